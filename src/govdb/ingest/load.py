"""The only ingest stage that touches the database: one parsed document in one transaction.

Idempotent and safe under concurrent ingests: the document row is inserted with
ON CONFLICT (sha256) DO NOTHING, so of two runs racing on the same bytes exactly one stores it
and the other sees "unchanged" without a second copy or an error.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select, update

from govdb import summaries
from govdb.ingest.bulk import bulk_insert
from govdb.ingest.facts import Loader
from govdb.ingest.kinds import LOADERS
from govdb.ingest.parsed import DocumentMeta, ParsedDocument, PlaceRecord, encode_offsets
from govdb.ingest.rows import fit, fits, upsert
from govdb.ingest.stored import recorded_arguments
from govdb.models import (
    Article,
    Document,
    Paratext,
    Place,
    PlaceAlias,
    Section,
    Source,
)

__all__ = ["fits", "recorded_arguments"]  # where callers have always found them


def lock_path(connection: Connection, path_key: str) -> None:
    """Serialise version changes of one file until the caller's transaction ends, so that
    concurrent ingests of its versions leave exactly one current. PostgreSQL: an advisory
    lock keyed by the path key; SQLite: the write transaction already excludes every other."""
    if connection.dialect.name == "postgresql":
        # 60 bits of the hash: a bigint, and two paths practically never share a lock.
        connection.execute(select(func.pg_advisory_xact_lock(int(path_key[:15], 16))))


def make_current(connection: Connection, document_id: int, path_key: str) -> None:
    """Make a stored version of a file its current one again (the file was reverted to
    these bytes): the version current until now points at it."""
    lock_path(connection, path_key)
    _supersede(connection, document_id, path_key)
    connection.execute(
        update(Document).where(Document.id == document_id).values(superseded_by_id=None)
    )
    summaries.settle(connection, document_id)


def _supersede(connection: Connection, document_id: int, path_key: str) -> None:
    connection.execute(
        update(Document)
        .where(
            Document.path_key == path_key,
            Document.id != document_id,
            Document.superseded_by_id.is_(None),
        )
        .values(superseded_by_id=document_id)
    )


def source_id(connection: Connection, name: str | None) -> int | None:
    if not name:
        return None
    name = fit(Source, {"name": name})["name"]
    statement = upsert(connection)(Source).values(name=name).on_conflict_do_nothing()
    connection.execute(statement)
    return connection.execute(select(Source.id).where(Source.name == name)).scalar_one()


@dataclass(frozen=True, slots=True)
class Stored:
    document_id: int | None  # None: the same bytes were already stored
    articles: int = 0
    sections: int = 0


def store_document(
    connection: Connection,
    doc: ParsedDocument,
    run_id: int | None,
    path_key: str | None = None,
    loaders: Mapping[str, Loader] = LOADERS,
) -> Stored:
    """Write one document with its articles, sections, paratexts and facts (each kind by its
    loader); the caller commits. `path_key` says which file it is a version of (see
    `Document.path_key`)."""
    if path_key is not None:
        lock_path(connection, path_key)
    values = {
        "path_key": path_key,
        "sha256": doc.sha256,
        "file_name": doc.file_name,
        "source_path": doc.source_path,
        "byte_size": doc.byte_size,
        "encoding": doc.encoding,
        "script": doc.script,
        "source_id": source_id(connection, doc.meta.source),
        "published_on": doc.meta.published_on,
        "date_source": doc.meta.date_source,
        "page_label": doc.meta.page_label,
        "raw_text": doc.raw_text,
        "ingest_run_id": run_id,
        "extraction_version": doc.extraction_version,
    }
    document = (
        upsert(connection)(Document)
        .values(**fit(Document, values))
        .on_conflict_do_nothing(index_elements=["sha256"])
        .returning(Document.id)
    )
    document_id = connection.execute(document).scalar_one_or_none()
    if document_id is None:
        return Stored(None)

    # A changed file at the same path is a new version: older versions stay, marked.
    if path_key is not None:
        _supersede(connection, document_id, path_key)
    stored = _store_content(connection, document_id, doc, loaders)
    summaries.settle(connection, document_id)
    return stored


def replace_content(
    connection: Connection,
    document_id: int,
    doc: ParsedDocument,
    loaders: Mapping[str, Loader] = LOADERS,
) -> Stored:
    """Put a new reading of a stored document in place of its old one, in the caller's
    transaction: articles and every fact of theirs are deleted, then written anew."""
    summaries.forget(connection, document_id)
    articles = select(Article.id).where(Article.document_id == document_id)
    tidy = [loader.before_replace(connection, articles) for loader in loaders.values()]
    connection.execute(delete(Article).where(Article.document_id == document_id))
    connection.execute(delete(Paratext).where(Paratext.document_id == document_id))
    connection.execute(
        update(Document)
        .where(Document.id == document_id)
        .values(extraction_version=doc.extraction_version)
    )
    stored = _store_content(connection, document_id, doc, loaders)
    summaries.settle(connection, document_id)
    for then in tidy:
        then()
    return stored


def _store_content(
    connection: Connection, document_id: int, doc: ParsedDocument, loaders: Mapping[str, Loader]
) -> Stored:
    """Articles, sections, paratexts and facts of a document whose row exists."""
    if not doc.articles and not doc.paratexts:
        return Stored(document_id)
    article_ids: list[int] = []
    if doc.articles:
        rows = [
            fit(
                Article,
                {
                    "document_id": document_id,
                    "ordinal": a.ordinal,
                    "title": a.title,
                    "subtitle": a.subtitle,
                    "kicker": a.kicker,
                    "byline": a.byline,
                    "kind": a.kind,
                    "continuation": a.continuation,
                    "start_char": a.start,
                    "end_char": a.end,
                    "body": a.body,
                    "body_offsets": encode_offsets(a.body_offsets),
                    "tokens": a.tokens,
                },
            )
            for a in doc.articles
        ]
        # Ids read back by ordinal: RETURNING in the order given costs SQLite a statement
        # per row.
        connection.execute(insert(Article), rows)
        stored = select(Article.ordinal, Article.id).where(Article.document_id == document_id)
        by_ordinal = {ordinal: id_ for ordinal, id_ in connection.execute(stored)}
        article_ids = [by_ordinal[a.ordinal] for a in doc.articles]
    sections = [
        {
            "article_id": article_id,
            "ordinal": s.ordinal,
            "heading": s.heading,
            "start_char": s.start,
            "end_char": s.end,
        }
        for article_id, a in zip(article_ids, doc.articles, strict=True)
        for s in a.sections
    ]
    paratexts = [
        {
            "document_id": document_id,
            "article_id": article_id,
            "kind": p.kind,
            "text": p.text,
            "start_char": p.start,
            "end_char": p.end,
        }
        for article_id, items in [
            *zip(article_ids, (a.paratexts for a in doc.articles), strict=True),
            (None, doc.paratexts),
        ]
        for p in items
    ]
    bulk_insert(connection, Section, sections)
    bulk_insert(connection, Paratext, [fit(Paratext, p) for p in paratexts])
    ids = _store_places(connection, doc)
    for kind, loader in loaders.items():
        facts = [
            (article_id, fact)
            for article_id, a in zip(article_ids, doc.articles, strict=True)
            for fact in a.of(kind)
        ]
        loader.store(connection, facts, ids)
    return Stored(document_id, len(article_ids), len(sections))


def _store_places(connection: Connection, doc: ParsedDocument) -> dict[str, int]:
    """Ids of the units the document names, stored first if new; the outlet's home region
    recorded the first time it is known."""
    ids = place_ids(connection, doc.places)
    if doc.home_code and doc.meta.source and doc.home_code in ids:
        connection.execute(
            update(Source)
            .where(Source.name == doc.meta.source, Source.home_place_id.is_(None))
            .values(home_place_id=ids[doc.home_code])
        )
    return ids


def place_ids(connection: Connection, records: Sequence[PlaceRecord]) -> dict[str, int]:
    """Database ids of these units by key, inserting them and their aliases first when this
    is the first time the database meets them. `records` come parents first."""
    ids = _existing(connection, records)
    pending = [r for r in records if r.key not in ids]
    aliases: list[dict[str, object]] = []
    # One level of the hierarchy per round (a unit's row needs its parent's id): a handful of
    # statements for a document, where a statement per new unit cost a third of storing it.
    while pending:
        waiting = {r.key for r in pending}
        ready = [r for r in pending if r.parent_key not in waiting] or pending
        for local in (False, True):
            rows = [_place_row(r, ids) for r in ready if (r.code is None) == local]
            if rows:
                connection.execute(_insert_place(connection, local), rows)
        ids.update(_existing(connection, ready, ids))
        aliases += [
            {"place_id": ids[r.key], "alias": text, "origin": origin}
            for r in ready
            for text, origin in r.aliases
        ]
        done = {r.key for r in ready}
        pending = [r for r in pending if r.key not in done]
    if aliases:
        connection.execute(upsert(connection)(PlaceAlias).on_conflict_do_nothing(), aliases)
    return ids


def _place_row(record: PlaceRecord, ids: Mapping[str, int]) -> dict[str, object]:
    return {
        "code": record.code,
        "name": record.name,
        "register_name": record.register_name,
        "level": record.level,
        "parent_id": ids.get(record.parent_key or ""),
        "path": record.path,
    }


def _insert_place(connection: Connection, local: bool):  # type: ignore[no-untyped-def]
    """INSERT of a place that leaves a row stored meanwhile (by a concurrent ingest) alone."""
    statement = upsert(connection)(Place)
    if local:  # one row per local unit's name under its parent
        return statement.on_conflict_do_nothing(
            index_elements=["parent_id", "name"], index_where=Place.code.is_(None)
        )
    return statement.on_conflict_do_nothing(index_elements=["code"])


def _existing(
    connection: Connection, records: Sequence[PlaceRecord], known: dict[str, int] | None = None
) -> dict[str, int]:
    """Ids of the records already stored; a local unit is found by name under its parent."""
    registered = [r.code for r in records if r.code is not None]
    found: dict[str, int] = {}
    if registered:
        rows = connection.execute(select(Place.code, Place.id).where(Place.code.in_(registered)))
        found.update({code: id_ for code, id_ in rows})
    for record in records:
        if record.code is None:
            parent = (known or {}).get(record.parent_key or "") or found.get(
                record.parent_key or ""
            )
            row = connection.execute(
                select(Place.id).where(
                    Place.code.is_(None), Place.name == record.name, Place.parent_id == parent
                )
            ).scalar_one_or_none()
            if row is not None:
                found[record.key] = row
    return found


def update_meta(connection: Connection, document_id: int, meta: DocumentMeta) -> None:
    """Give a stored document this outlet, date and page; the caller commits."""
    connection.execute(
        update(Document)
        .where(Document.id == document_id)
        .values(
            source_id=source_id(connection, meta.source),
            published_on=meta.published_on,
            date_source=meta.date_source,
            page_label=meta.page_label,
        )
    )
