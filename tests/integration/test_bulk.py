"""The per-fact tables go in by COPY on PostgreSQL: the same rows, the same ids, the same
all-or-nothing document as with executemany."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert, select, text

import govdb.ingest.bulk as bulk
import govdb.ingest.pipeline as pipeline
import govdb.programs.extractor as programs
from govdb.ingest.bulk import USE_COPY, bulk_insert
from govdb.ingest.runner import ingest, reextract
from govdb.models import Article, Base, Document, Metric
from govdb.programs.find import ProgramMention

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
ON_POSTGRES_PAIR = pytest.mark.parametrize("engine_pair", ["postgresql"], indirect=True)
ON_POSTGRES = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
LEAVES = {
    "sections",
    "paratexts",
    "place_mentions",
    "program_mentions",
    "metrics",
    "skipped_numbers",
}


def _without_copy(engine: Engine) -> Engine:
    return engine.execution_options(**{USE_COPY: False})


def _every_row(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Each table's rows in id order with every column, ids included, except the times
    and arguments a run records."""
    tables = {}
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in ("ingest_runs", "alembic_version"):
                continue
            columns = [c for c in table.columns if c.name != "ingested_at"]
            rows = connection.execute(select(*columns).order_by(*table.primary_key)).all()
            tables[table.name] = [tuple(row) for row in rows]
    return tables


@pytest.fixture
def copied(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tables written by COPY, one entry per COPY."""
    tables: list[str] = []
    real = bulk.copy_rows

    def counting(connection, table, columns, rows) -> None:  # type: ignore[no-untyped-def]
        tables.append(table)
        real(connection, table, columns, rows)

    monkeypatch.setattr(bulk, "copy_rows", counting)
    return tables


def _an_older_rule(text: str, **_options: object) -> list[ProgramMention]:
    """A program finder that misreads the first four characters of every article."""
    return [ProgramMention(text[:4], 0, 4, "旧规则误读", "other", "older rule")]


@ON_POSTGRES_PAIR
def test_ingest_and_reextract_by_copy_store_what_executemany_stores(
    engine_pair: tuple[Engine, Engine], monkeypatch: pytest.MonkeyPatch, copied: list[str]
) -> None:
    by_copy, by_inserts = engine_pair
    with monkeypatch.context() as patch:
        patch.setattr(programs, "find_programs", _an_older_rule)
        patch.setattr(pipeline, "extraction_version", lambda: "0.0.1+older")
        ingest(by_copy, SEEDS)
        assert LEAVES <= set(copied)
        copies = len(copied)
        ingest(_without_copy(by_inserts), SEEDS)
        assert copies == len(copied)  # the second load wrote no row by COPY
    assert _every_row(by_copy) == _every_row(by_inserts)

    assert 5 == reextract(by_copy).documents
    assert copies < len(copied)
    copies = len(copied)
    assert 5 == reextract(_without_copy(by_inserts)).documents
    assert copies == len(copied)
    after = _every_row(by_copy)
    assert after == _every_row(by_inserts)
    # The rows compared carry what COPY must spell right: NULLs, dates, decimals, booleans.
    with by_copy.connect() as connection:
        facts = connection.execute(
            text(
                "select count(*) filter (where period_start is not null),"
                " count(*) filter (where is_change), count(*) filter (where not is_change),"
                " count(*) filter (where place_id is null), count(*) filter (where value <> "
                " round(value)) from metrics"
            )
        ).one()
    assert all(facts), facts
    assert "旧规则误读" not in {row[1] for row in after["programs"]}


@ON_POSTGRES
def test_awkward_values_come_back_the_same_by_copy_and_by_inserts(engine: Engine) -> None:
    with engine.begin() as connection:
        document = connection.execute(
            insert(Document)
            .values(
                sha256="0" * 64,
                file_name="a.txt",
                source_path="a.txt",
                byte_size=1,
                encoding="utf-8",
                script="simplified",
                raw_text="甲",
            )
            .returning(Document.id)
        ).scalar_one()
        articles = connection.execute(
            insert(Article).returning(Article.id, sort_by_parameter_order=True),
            [
                {"document_id": document, "ordinal": n, "start_char": 0, "end_char": 1, "body": ""}
                for n in (1, 2)
            ],
        ).scalars()
        first, second = list(articles)
    awkward = [
        {
            "subject": None,
            "value": Decimal("-12345678901234567890123456789012.123456"),
            "unit": "万元\t(含\\N)",
            "kind": "amount",
            "qualifier": None,
            "qualifier_word": "近\n",
            "is_change": True,
            "direction": "up",
            "basis": None,
            "period": "\\.",
            "period_start": dt.date(2023, 1, 1),
            "period_end": dt.date(2023, 12, 31),
            "place_id": None,
            "surface": "“引号”，'单引号' 和 \\ 反斜杠",
            "start_char": 0,
            "end_char": 2_147_483_647,
            "sentence_start": 0,
            "sentence_end": 3,
        },
        {
            "subject": "",
            "value": Decimal("0.000001"),
            "unit": None,
            "kind": "count",
            "qualifier": "about",
            "qualifier_word": None,
            "is_change": False,
            "direction": None,
            "basis": "同比",
            "period": None,
            "period_start": None,
            "period_end": None,
            "place_id": None,
            "surface": "\\N",
            "start_char": 5,
            "end_char": 6,
            "sentence_start": 4,
            "sentence_end": 7,
        },
    ]
    with engine.begin() as connection:
        bulk_insert(connection, Metric, [{"article_id": first, **row} for row in awkward])
    with _without_copy(engine).begin() as connection:
        bulk_insert(connection, Metric, [{"article_id": second, **row} for row in awkward])
    columns = [c for c in Metric.__table__.columns if c.name not in ("id", "article_id")]
    with engine.connect() as connection:
        stored = {
            article: [
                dict(row._mapping)
                for row in connection.execute(
                    select(*columns).where(Metric.article_id == article).order_by(Metric.id)
                )
            ]
            for article in (first, second)
        }
    assert awkward == stored[first] == stored[second]


@ON_POSTGRES_PAIR
def test_a_copy_refused_mid_document_rolls_back_that_document_alone(
    engine_pair: tuple[Engine, Engine], monkeypatch: pytest.MonkeyPatch, stored_rows: Callable
) -> None:
    failing, clean = engine_pair
    real = bulk.copy_rows
    refused: list[str] = []

    def refusing(connection, table, columns, rows) -> None:  # type: ignore[no-untyped-def]
        if table == "metrics" and not refused:  # the first document's last COPY
            refused.append(table)
            # The last row's offset does not fit an integer: the server stops the COPY there.
            rows = [*rows[:-1], {**rows[-1], "end_char": 2**40}]
        real(connection, table, columns, rows)

    monkeypatch.setattr(bulk, "copy_rows", refusing)
    report = ingest(failing, SEEDS[1:3])
    assert ["metrics"] == refused
    assert [SEEDS[2].name] == report.added
    assert 1 == len(report.failed)
    assert report.failed[0].startswith(f"{SEEDS[1].name}: database refused it: ")
    assert "out of range for type integer" in report.failed[0]
    with failing.connect() as connection:
        runs = connection.execute(text("select files_added, files_failed from ingest_runs")).all()
    assert [(1, 1)] == runs

    # Nothing of the refused document stayed: not its row, articles, facts, places or source.
    ingest(clean, SEEDS[2:3])
    assert stored_rows(failing) == stored_rows(clean)
    again = ingest(failing, SEEDS[1:2])
    assert ([SEEDS[1].name], []) == (again.added, again.failed)
