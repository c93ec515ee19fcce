"""What the reliability tests of ingest share: a small good page, and ingest as a user runs it."""

from pathlib import Path

from sqlalchemy import Engine, text
from typer.testing import CliRunner

from govdb.cli import app

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
GOOD = "召陵镇\n\n大徐村西瓜大棚近700个，带动周边200余户农户增收。\n"
runner = CliRunner()


def ingest_cli(*args: str) -> tuple[int, list[str], str]:
    """Exit code, the failed lines, and all output of `govdb ingest`; never a traceback."""
    result = runner.invoke(app, ["ingest", *args])
    failed = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert "Traceback" not in result.output
    return result.exit_code, failed, result.output


def stored_paths(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return sorted(connection.execute(text("select source_path from documents")).scalars())
