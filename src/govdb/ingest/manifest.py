"""Metadata for files from a manifest.csv beside them: outlet, date and page per file.

Format: UTF-8 CSV with a header row `file,source,published_on,page`; lines starting with #
are comments; empty cells mean unknown. `file` is a file name in the same folder.

A bad row (a date that is not one) fails only the file it names; the other rows still count.
A manifest that cannot be read at all (not UTF-8, columns missing) fails the files of its
folder, since what it says about any of them is unknown.
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


def read_manifest(folder: Path) -> dict[str, DocumentMeta]:
    """The manifest of `folder` by file name; empty when the folder has none. `GovdbError`
    naming the line when any row is bad."""
    entries = {}
    for name, entry in _entries(folder).items():
        if isinstance(entry, GovdbError):
            raise entry
        entries[name] = entry
    return entries


@lru_cache(maxsize=256)
def _entries(folder: Path) -> dict[str, DocumentMeta | GovdbError]:
    """Each file's metadata, or the error of its row."""
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        reason = "not UTF-8" if isinstance(error, UnicodeDecodeError) else error.strerror
        raise GovdbError(f"{path.name}: cannot read: {reason}") from None
    lines = [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    try:
        rows = list(csv.DictReader(lines))
    except csv.Error as error:
        raise GovdbError(f"{path.name}: not CSV: {error}") from None
    missing = set(COLUMNS) - set(csv.DictReader(lines[:1]).fieldnames or ())
    if missing:
        raise GovdbError(f"{path.name}: missing columns {', '.join(sorted(missing))}")
    entries: dict[str, DocumentMeta | GovdbError] = {}
    for number, row in enumerate(rows, start=2):
        where = f"{path.name} line {number}"
        date = (row["published_on"] or "").strip()
        try:
            entries[(row["file"] or "").strip()] = DocumentMeta(
                source=(row["source"] or "").strip() or None,
                published_on=parse_date(date, where) if date else None,
                page_label=(row["page"] or "").strip() or None,
                date_source="manifest" if date else None,
            )
        except GovdbError as error:
            entries[(row["file"] or "").strip()] = error
    return entries


def manifest_meta(path: Path) -> DocumentMeta:
    """The metadata the manifest beside `path` gives it; `GovdbError` when its row is bad."""
    entry = _entries(path.parent.resolve()).get(path.name, DocumentMeta())
    if isinstance(entry, GovdbError):
        raise entry
    return entry


def merge_meta(*layers: DocumentMeta) -> DocumentMeta:
    """The first known value of each field, layers in order of precedence; the date's source
    comes with the date."""

    def first(name: str):  # type: ignore[no-untyped-def]
        return next((getattr(m, name) for m in layers if getattr(m, name) is not None), None)

    dated = next((m for m in layers if m.published_on is not None), DocumentMeta())
    return DocumentMeta(first("source"), dated.published_on, first("page_label"), dated.date_source)


def restate(stored: DocumentMeta, stated: DocumentMeta) -> DocumentMeta | None:
    """A stored document's metadata with what an ingest of the same bytes states now (options
    merged with the manifest and the path), or None when that changes nothing.

    An outlet or page given replaces the stored one. A date replaces the stored date only from a
    layer at least as strong as the one that gave it: --date always; a manifest row unless the
    stored date came from --date; a path date only where none is stored (the same bytes under
    two dated folders must not move back and forth on every ingest)."""
    date, origin = stored.published_on, stored.date_source
    stronger = (
        stated.date_source == "option"
        or (stated.date_source == "manifest" and origin != "option")
        or date is None
    )
    if stated.published_on is not None and stated.published_on != date and stronger:
        date, origin = stated.published_on, stated.date_source
    restated = DocumentMeta(
        stated.source or stored.source, date, stated.page_label or stored.page_label, origin
    )
    return None if restated == stored else restated
