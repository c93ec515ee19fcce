"""A document gives the same rows whatever was ingested before it, in this process or another,
and however many worker processes parse it."""

import subprocess
import sys
from pathlib import Path

from sqlalchemy import Engine, select

from govdb.models import Base

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# Rows that record the run, not the text: which run, when, with which arguments.
RUN_TABLES = {"ingest_runs", "alembic_version"}
RUN_COLUMNS = {"ingested_at", "started_at", "finished_at"}


def _ingest_in_a_new_process(engine: Engine, files: list[Path], *options: str) -> None:
    url = engine.url.render_as_string(hide_password=False)
    command = [sys.executable, "-m", "govdb", "ingest", "--db", url, *options, *map(str, files)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert 0 == result.returncode, result.stderr


def _rows(engine: Engine) -> dict[str, list[tuple]]:
    """Every table's rows without surrogate keys (they follow the order of insertion)."""
    tables = {}
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in RUN_TABLES:
                continue
            columns = [
                c
                for c in table.columns
                if c.name != "id" and not c.name.endswith("_id") and c.name not in RUN_COLUMNS
            ]
            rows = connection.execute(select(*columns)).all()
            tables[table.name] = sorted(tuple(map(repr, row)) for row in rows)
    return tables


def test_the_seeds_in_two_orders_store_the_same_rows(engine_pair: tuple[Engine, Engine]) -> None:
    forward, backward = engine_pair
    files = sorted(SEEDS.glob("*.txt"))
    _ingest_in_a_new_process(forward, files, "--workers", "1")
    _ingest_in_a_new_process(backward, files[::-1], "--workers", "1")
    first, second = _rows(forward), _rows(backward)
    assert first["place_mentions"] and first["metrics"] and first["program_mentions"]
    for table in first:
        assert first[table] == second[table], table


def test_two_workers_store_what_one_stores(engine_pair: tuple[Engine, Engine]) -> None:
    one, two = engine_pair
    files = sorted(SEEDS.glob("*.txt"))
    _ingest_in_a_new_process(one, files, "--workers", "1")
    _ingest_in_a_new_process(two, files, "--workers", "2")
    assert _rows(one) == _rows(two)
