"""The web view's tests share the five seed pages loaded once into a SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from govdb.cli import app

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="session")
def seeded_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds ingested by govdb into a SQLite file named seeds.sqlite."""
    path = tmp_path_factory.mktemp("web") / "seeds.sqlite"
    result = CliRunner().invoke(app, ["ingest", str(SEEDS), "--db", str(path), "--workers", "1"])
    assert 0 == result.exit_code, result.output
    return path
