"""COPY against executemany for the per-fact tables on PostgreSQL, on the same rows.

Run by hand with a PostgreSQL server's URL (a scratch database is made on it and dropped):
    python benchmarks/copy_vs_executemany.py postgresql://postgres@127.0.0.1/postgres [ROWS] [RUNS]

1. Bulk: the seeds are ingested once; the rows load wrote to sections, paratexts,
   place_mentions, program_mentions, metrics and skipped_numbers are read back and replicated
   to ROWS rows per table (default 20,000), one of each per new article. Each run inserts
   every table's rows with `bulk_insert` both ways, in turns (which goes first alternates),
   each in a transaction rolled back afterwards, so both ways meet the same table; and by
   COPY into copies of the tables without foreign keys, and into the tables with the key
   checks skipped (needs a superuser), to show what the checks cost.
2. Store: the seeds are parsed once and written as COPIES new documents each (default 8
   copies, their bytes' hash made unique) by `store_document`, one transaction per document as
   ingest does, into a fresh database per way and run.

Prints medians over RUNS (default 5) in milliseconds and the ratio executemany / COPY; on a
shared machine the ratios are what to compare. The scratch databases' names start with
$GOVDB_BENCH_PREFIX (default govdb_bench).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select

from govdb.db import make_engine
from govdb.ingest.bulk import USE_COPY, bulk_insert, copy_rows
from govdb.ingest.load import store_document
from govdb.ingest.parsed import DocumentMeta, ParsedDocument
from govdb.ingest.pipeline import parse_document
from govdb.ingest.read import read_document
from govdb.ingest.runner import ingest
from govdb.migrate import upgrade
from govdb.models import (
    Article,
    Document,
    Metric,
    Paratext,
    PlaceMention,
    ProgramMention,
    Section,
    SkippedNumber,
)
from govdb.resources import default_resources

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
LEAVES = [Section, Paratext, PlaceMention, ProgramMention, Metric, SkippedNumber]
NO_KEYS = "COPY, no foreign keys"
# COPY into the tables themselves with their foreign-key triggers skipped (a superuser's
# session_replication_role): what checking the keys costs, everything else as in COPY.
NO_CHECKS = "COPY, keys not checked"
WAYS = ("executemany", "COPY")


@contextmanager
def scratch_database(server_url: str) -> Iterator[Engine]:
    server = make_engine(server_url).execution_options(isolation_level="AUTOCOMMIT")
    name = f"{os.environ.get('GOVDB_BENCH_PREFIX', 'govdb_bench')}_{uuid.uuid4().hex[:10]}"
    with server.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine = make_engine(server.url.set(database=name).render_as_string(hide_password=False))
    try:
        upgrade(engine)
        yield engine
    finally:
        engine.dispose()
        with server.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.dispose()


def way(engine: Engine, name: str) -> Engine:
    return engine.execution_options(**{USE_COPY: name == "COPY"})


def replicated_rows(engine: Engine, count: int) -> dict[type, list[dict[str, Any]]]:
    """`count` rows per leaf table: the seeds' own rows, each seed article's facts copied
    together onto a new article, as many times as it takes."""
    with engine.begin() as connection:
        seed_rows = {
            model: [
                dict(row._mapping)
                for row in connection.execute(
                    select(*[c for c in model.__table__.columns if c.name != "id"]).order_by(
                        model.__table__.c.id
                    )
                )
            ]
            for model in LEAVES
        }
        seed_articles = list(connection.execute(select(Article.id).order_by(Article.id)).scalars())
        document = connection.execute(
            insert(Document)
            .values(
                sha256="f" * 64,
                file_name="bench",
                source_path="bench",
                byte_size=0,
                encoding="utf-8",
                script="simplified",
                raw_text="",
            )
            .returning(Document.id)
        ).scalar_one()
        copies = -(-count // min(len(rows) for rows in seed_rows.values()))
        new_ids = iter(
            connection.execute(
                insert(Article).returning(Article.id, sort_by_parameter_order=True),
                [
                    {
                        "document_id": document,
                        "ordinal": n,
                        "start_char": 0,
                        "end_char": 0,
                        "body": "",
                    }
                    for n in range(copies * len(seed_articles))
                ],
            ).scalars()
        )
        renamed = [{old: next(new_ids) for old in seed_articles} for _ in range(copies)]
    replicated: dict[type, list[dict[str, Any]]] = {}
    for model, rows in seed_rows.items():
        made = []
        for articles in renamed:
            for row in rows:
                made.append(
                    row
                    | {"article_id": articles.get(row["article_id"])}
                    | ({"document_id": document} if model is Paratext else {})
                )
        replicated[model] = made[:count]
    return replicated


def time_bulk(engine: Engine, rows: dict[type, list[dict[str, Any]]], name: str) -> dict:
    """Milliseconds per table for inserting `rows` one way, rolled back afterwards. The
    third way is COPY into a copy of each table without its foreign keys (indexes and checks
    kept; a temporary table, so without write-ahead log either); the fourth COPY into the
    tables themselves with the key checks skipped."""
    times = {}
    with way(engine, name).connect() as connection, connection.begin() as transaction:
        if name == NO_CHECKS:
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
        for model, table_rows in rows.items():
            table = model.__tablename__
            if name == NO_KEYS:
                connection.exec_driver_sql(
                    f"CREATE TEMP TABLE t_{table} (LIKE {table} INCLUDING ALL)"
                )
            started = time.perf_counter()
            if name == NO_KEYS:
                copy_rows(connection, f"t_{table}", list(table_rows[0]), table_rows)
            elif name == NO_CHECKS:
                copy_rows(connection, table, list(table_rows[0]), table_rows)
            else:
                bulk_insert(connection, model, table_rows)
            times[table] = (time.perf_counter() - started) * 1000
        transaction.rollback()
    return times


def parsed_copies(copies: int) -> list[ParsedDocument]:
    resources = default_resources()
    parsed = [
        parse_document(read_document(path), path.name, DocumentMeta(), resources) for path in SEEDS
    ]
    return [
        dataclasses.replace(
            doc,
            sha256=hashlib.sha256(f"{n} {doc.sha256}".encode()).hexdigest(),
            source_path=f"{n}/{doc.source_path}",
        )
        for n in range(copies)
        for doc in parsed
    ]


def time_store(server_url: str, docs: list[ParsedDocument], name: str) -> float:
    """Milliseconds for storing `docs`, a transaction each, into a fresh database."""
    with scratch_database(server_url) as engine:
        engine = way(engine, name)
        started = time.perf_counter()
        for doc in docs:
            with engine.begin() as connection:
                store_document(connection, doc, None)
        return (time.perf_counter() - started) * 1000


def in_turns(
    runs: int, measure: Callable[[str], Any], ways: tuple[str, ...] = WAYS
) -> dict[str, list[Any]]:
    """Each way measured `runs` times, in turns; which goes first rotates run by run."""
    results: dict[str, list[Any]] = {name: [] for name in ways}
    for name in ways:  # warm-up: connections, statement caches
        measure(name)
    for run in range(runs):
        for name in ways[run % len(ways) :] + ways[: run % len(ways)]:
            results[name].append(measure(name))
    return results


def main(server_url: str, count: int, runs: int, copies: int) -> None:
    with scratch_database(server_url) as engine:
        report = ingest(engine, SEEDS)
        assert len(report.added) == len(SEEDS), report.failed
        rows = replicated_rows(engine, count)
        bulk = in_turns(
            runs, lambda name: time_bulk(engine, rows, name), (*WAYS, NO_KEYS, NO_CHECKS)
        )
    print(f"bulk insert, {count:,} rows per table, median of {runs} runs (ms)")
    print(
        f"{'table':<18}{'executemany':>12}{'COPY':>9}{'ratio':>8}{'COPY, no FKs':>14}"
        f"{'COPY, keys unchecked':>22}"
    )
    for table in [*bulk["COPY"][0], "all six"]:

        def median(name: str, table: str = table) -> float:
            return statistics.median(
                sum(t.values()) if table == "all six" else t[table] for t in bulk[name]
            )

        many, copy, bare = median("executemany"), median("COPY"), median(NO_KEYS)
        unchecked = median(NO_CHECKS)
        print(
            f"{table:<18}{many:>12,.0f}{copy:>9,.0f}{many / copy:>7.1f}x{bare:>14,.0f}"
            f"{unchecked:>22,.0f}"
        )

    docs = parsed_copies(copies)
    facts = sum(
        len(a.sections) + len(a.paratexts) + sum(len(facts) for facts in a.facts.values())
        for d in docs
        for a in d.articles
    )
    store = in_turns(runs, lambda name: time_store(server_url, docs, name))
    many, copy = (statistics.median(store[name]) for name in WAYS)
    print(
        f"\nstore_document of {len(docs)} parsed documents (~{facts:,} fact rows), "
        f"median of {runs} runs (ms)"
    )
    print(f"executemany {many:,.0f}  COPY {copy:,.0f}  ratio {many / copy:.2f}x")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if not arguments:
        sys.exit(f"usage: {sys.argv[0]} POSTGRESQL_SERVER_URL [ROWS] [RUNS] [COPIES]")
    main(
        arguments[0],
        int(arguments[1]) if len(arguments) > 1 else 20_000,
        int(arguments[2]) if len(arguments) > 2 else 5,
        int(arguments[3]) if len(arguments) > 3 else 8,
    )
