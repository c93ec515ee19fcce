"""A per-user cache of what a process builds before its first document: the taught tokenizer's
tables, jieba's dictionary as word → part of speech, and the gazetteer's index to town level.

Building them from the data takes seconds (jieba's dictionary read twice, forty thousand words
taught, the gazetteer's names worked out); reading them back a fraction of that. The cache is
only ever a copy: each file is keyed by a digest of everything it was built from (govdb's
version and extraction code, its data files, jieba's version and dictionary, the Python
version), written whole or not at all, and any file that cannot be read or does not hold what
it should is ignored and built again. Ingest never fails because of the cache.

Where: `$GOVDB_CACHE_DIR` if set (`off` turns the cache off), else `$XDG_CACHE_HOME/govdb`,
else `~/.cache/govdb`. Files of other keys (an older govdb) are removed when a new one is
written.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import marshal
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import lru_cache
from pathlib import Path
from typing import Any

ENV_VAR = "GOVDB_CACHE_DIR"
OFF = frozenset(("off", "none", "0", "false", "no"))
# Raised when what a file holds changes shape, so that an old file is never read as new.
FORMAT = 1

logger = logging.getLogger(__name__)


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is turned off."""
    value = os.environ.get(ENV_VAR)
    if value is not None:
        if not value.strip() or value.strip().lower() in OFF:
            return None
        return Path(value).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or ""
    root = Path(base) if base.strip() and Path(base).is_absolute() else Path.home() / ".cache"
    return root / "govdb"


@lru_cache(maxsize=1)
def cache_key() -> str:
    """A digest of everything the cached tables are built from."""
    import jieba

    from govdb.ingest.version import extraction_version

    digest = hashlib.sha256()
    for part in (
        f"format {FORMAT}",
        extraction_version(),  # govdb's version, extraction code and data files
        f"jieba {getattr(jieba, '__version__', '?')}",
        f"python {sys.version_info[0]}.{sys.version_info[1]} marshal {marshal.version}",
    ):
        digest.update(part.encode())
        digest.update(b"\0")
    with jieba.Tokenizer().get_dict_file() as dictionary:  # jieba's own, whatever jieba.dt uses
        digest.update(dictionary.read())
    return digest.hexdigest()[:20]


def _path(name: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{name}-{cache_key()}.marshal"


@contextmanager
def no_gc() -> Iterator[None]:
    """Collection off while a few million objects are made that all stay alive: the
    collector would otherwise walk them again and again, for nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read(name: str) -> Any | None:
    """What `write(name, ...)` stored under the current key, or None (no cache, no file, or
    a file that cannot be read)."""
    try:
        path = _path(name)
        if path is None or not path.is_file():
            return None
        data = path.read_bytes()  # marshal.load of a file object reads object by object: slow
        with no_gc():
            stored = marshal.loads(data)
        if not (isinstance(stored, tuple) and len(stored) == 3 and stored[:2] == (name, FORMAT)):
            logger.debug("cache file %s holds something else: ignored", path)
            return None
        return stored[2]
    except Exception as error:  # a damaged or foreign file: built again, never fatal
        logger.debug("cache file for %s not read: %s", name, error)
        return None


def write(name: str, value: Any) -> bool:
    """Store `value` (marshal-able: built-in types only) for the current key. Atomic: readers
    see the old file or the whole new one. Failures (read-only home, full disk) are ignored."""
    try:
        path = _path(name)
        if path is None:
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        data = marshal.dumps((name, FORMAT, value))
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        except BaseException:
            with suppress(OSError):
                os.unlink(temporary)
            raise
        for stale in path.parent.glob(f"{name}-*.marshal"):
            if stale != path:
                with suppress(OSError):
                    stale.unlink()
        return True
    except Exception as error:
        logger.debug("cache file for %s not written: %s", name, error)
        return False
