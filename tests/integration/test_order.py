"""A document gives the same rows whatever was ingested before it, in this process or another,
and however many worker processes parse it."""

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _ingest_in_a_new_process(engine: Engine, files: list[Path], *options: str) -> None:
    url = engine.url.render_as_string(hide_password=False)
    command = [sys.executable, "-m", "govdb", "ingest", "--db", url, *options, *map(str, files)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert 0 == result.returncode, result.stderr


def test_the_seeds_in_two_orders_store_the_same_rows(
    engine_pair: tuple[Engine, Engine], stored_rows: Callable
) -> None:
    forward, backward = engine_pair
    files = sorted(SEEDS.glob("*.txt"))
    _ingest_in_a_new_process(forward, files, "--workers", "1")
    _ingest_in_a_new_process(backward, files[::-1], "--workers", "1")
    first, second = stored_rows(forward), stored_rows(backward)
    assert first["place_mentions"] and first["metrics"] and first["program_mentions"]
    for table in first:
        assert first[table] == second[table], table


def test_two_workers_store_what_one_stores(
    engine_pair: tuple[Engine, Engine], stored_rows: Callable
) -> None:
    one, two = engine_pair
    files = sorted(SEEDS.glob("*.txt"))
    _ingest_in_a_new_process(one, files, "--workers", "1")
    _ingest_in_a_new_process(two, files, "--workers", "2")
    assert stored_rows(one) == stored_rows(two)


def test_the_seeds_store_the_same_rows_with_jieba_or_rjieba(
    engine_pair: tuple[Engine, Engine], stored_rows: Callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The `fast` extra changes the speed of an ingest, never what it stores."""
    pytest.importorskip("rjieba")
    fast, reference = engine_pair
    files = sorted(SEEDS.glob("*.txt"))
    _ingest_in_a_new_process(fast, files, "--workers", "1")
    monkeypatch.setenv("GOVDB_TOKENIZER", "jieba")
    _ingest_in_a_new_process(reference, files, "--workers", "1")
    first, second = stored_rows(fast), stored_rows(reference)
    assert first["place_mentions"] and first["metrics"] and first["program_mentions"]
    for table in first:
        assert first[table] == second[table], table
