"""Which extraction made a document's facts: a digest of the code and data that extraction reads.

Stored on every document, so `govdb reextract` knows which documents an improved govdb would
read differently: those whose digest is not the running govdb's.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable

from govdb import __version__
from govdb.ingest.kinds import EXTRACTORS

# What a document's facts depend on, inside the package, besides the packages of the kinds of
# fact (see `_kind_packages`).
_EXTRACTION = (
    "ingest",
    "data",
    "tokenize.py",
    "tagging.py",
    "compiled_tokenizer.py",
    "resources.py",
)


@lru_cache(maxsize=1)
def extraction_version() -> str:
    """`0.1.0+1a2b3c4d5e6f`: the release and a digest of the extraction's files."""
    digest = hashlib.sha256()
    package = files("govdb")
    for name in (*_EXTRACTION, *_kind_packages()):
        for relative, item in sorted(_files(package.joinpath(name), name)):
            digest.update(relative.encode())
            digest.update(item.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def _files(item: Traversable, relative: str) -> list[tuple[str, Traversable]]:
    if item.is_file():
        return [] if relative.endswith(".pyc") else [(relative, item)]
    if not item.is_dir() or item.name == "__pycache__":
        return []
    return [
        found for child in item.iterdir() for found in _files(child, f"{relative}/{child.name}")
    ]


def _kind_packages() -> list[str]:
    """The packages the registered extractors live in (places, programs, metrics …), so that a
    new kind's code is part of the digest without being listed here."""
    return sorted({type(e).__module__.split(".")[1] for e in EXTRACTORS})
