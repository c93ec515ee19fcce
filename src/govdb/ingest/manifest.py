"""Metadata for files from a manifest.csv beside them: outlet, date and page per file.

Format: UTF-8 CSV with a header row `file,source,published_on,page`; lines starting with #
are comments; empty cells mean unknown. `file` is a file name in the same folder.
"""

from __future__ import annotations

import csv
import datetime as dt
from functools import lru_cache
from pathlib import Path

from govdb.errors import GovdbError
from govdb.ingest.parsed import DocumentMeta

MANIFEST = "manifest.csv"
COLUMNS = ("file", "source", "published_on", "page")


def parse_date(value: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise GovdbError(f"{where}: not a date (YYYY-MM-DD): {value!r}") from None


@lru_cache(maxsize=256)
def read_manifest(folder: Path) -> dict[str, DocumentMeta]:
    """The manifest of `folder` by file name; empty when the folder has none."""
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    lines = [
        line
        for line in path.read_text(encoding="utf-8-sig").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    reader = csv.DictReader(lines)
    missing = set(COLUMNS) - set(reader.fieldnames or ())
    if missing:
        raise GovdbError(f"{path.name}: missing columns {', '.join(sorted(missing))}")
    entries = {}
    for number, row in enumerate(reader, start=2):
        where = f"{path.name} line {number}"
        date = (row["published_on"] or "").strip()
        entries[row["file"].strip()] = DocumentMeta(
            source=(row["source"] or "").strip() or None,
            published_on=parse_date(date, where) if date else None,
            page_label=(row["page"] or "").strip() or None,
        )
    return entries


def manifest_meta(path: Path) -> DocumentMeta:
    return read_manifest(path.parent.resolve()).get(path.name, DocumentMeta())


def merge_meta(*layers: DocumentMeta) -> DocumentMeta:
    """The first known value of each field, layers in order of precedence."""

    def first(name: str):  # type: ignore[no-untyped-def]
        return next((getattr(m, name) for m in layers if getattr(m, name) is not None), None)

    return DocumentMeta(first("source"), first("published_on"), first("page_label"))
