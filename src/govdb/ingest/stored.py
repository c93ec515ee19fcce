"""What the database holds already, asked before anything is parsed: which files' bytes are
stored (all of a run's files in a few queries), a stored document's metadata, and the run's
own row.

Kept apart from `load` (which writes documents and so imports every kind of fact and its
extractor): a run whose files are all stored already needs only this, and starts in a
fraction of the time.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update

from govdb import __version__
from govdb.db import without_password
from govdb.ingest.parsed import DocumentMeta
from govdb.ingest.read import printable
from govdb.models import Document, IngestRun, Source

# Hashes asked for in one statement: well under SQLite's and PostgreSQL's parameter limits.
CHUNK = 500
# The tables, not the mapped classes: a query of mapped columns sets up every mapper (all
# relationships of all tables) first, which a run that only asks what is stored never needs.
_documents = Document.__table__
_sources = Source.__table__
_runs = IngestRun.__table__
# A document's outlet, date (and where it came from) and page, in DocumentMeta's order.
_META = (
    _sources.c.name,
    _documents.c.published_on,
    _documents.c.page_label,
    _documents.c.date_source,
)
_WITH_SOURCE = _documents.outerjoin(_sources, _sources.c.id == _documents.c.source_id)


@dataclass(frozen=True, slots=True)
class StoredVersion:
    document_id: int
    path_key: str | None
    current: bool
    meta: DocumentMeta | None = None  # its outlet, date and page, when asked for


def stored_version(connection: Connection, sha256: str) -> StoredVersion | None:
    """The stored document with these bytes, if any."""
    return stored_versions(connection, [sha256]).get(sha256)


def stored_versions(connection: Connection, hashes: Iterable[str]) -> dict[str, StoredVersion]:
    """The stored documents with these bytes, by hash, with their metadata: one query per
    `CHUNK` hashes instead of one per file."""
    found: dict[str, StoredVersion] = {}
    for chunk in _chunks(sorted(set(hashes))):
        rows = connection.execute(
            select(
                _documents.c.sha256,
                _documents.c.id,
                _documents.c.path_key,
                _documents.c.superseded_by_id,
                *_META,
            )
            .select_from(_WITH_SOURCE)
            .where(_documents.c.sha256.in_(chunk))
        )
        for sha256, id_, path_key, superseded_by, *meta in rows:
            found[sha256] = StoredVersion(id_, path_key, superseded_by is None, DocumentMeta(*meta))
    return found


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def stored_meta(connection: Connection, document_id: int) -> DocumentMeta:
    """A stored document's outlet, date (and where it came from) and page."""
    row = connection.execute(
        select(*_META).select_from(_WITH_SOURCE).where(_documents.c.id == document_id)
    ).one()
    return DocumentMeta(*row)


def recorded_arguments(arguments: Sequence[str]) -> list[str]:
    """The command line as ingest_runs keeps it: passwords in database URLs replaced by ***
    (the table is readable by analysts, and backups travel), and file names that are not
    UTF-8 escaped, as the documents table stores them."""
    return [without_password(printable(argument)) for argument in arguments]


def start_run(connection: Connection, arguments: list[str]) -> int:
    statement = (
        insert(_runs)
        .values(
            started_at=dt.datetime.now(dt.timezone.utc),
            govdb_version=__version__,
            arguments=json.dumps(recorded_arguments(arguments), ensure_ascii=False),
            files_added=0,
            files_unchanged=0,
            files_failed=0,
        )
        .returning(_runs.c.id)
    )
    return connection.execute(statement).scalar_one()


def finish_run(
    connection: Connection, run_id: int, added: int, unchanged: int, errors: list[str]
) -> None:
    connection.execute(
        update(_runs)
        .where(_runs.c.id == run_id)
        .values(
            finished_at=dt.datetime.now(dt.timezone.utc),
            files_added=added,
            files_unchanged=unchanged,
            files_failed=len(errors),
            errors="\n".join(errors) or None,
        )
    )
