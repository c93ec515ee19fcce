"""An ingest of files stored already: it answers from the hashes, without starting extraction
or Alembic, and still sees what is new, changed or restated."""

import json
import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text
from typer.testing import CliRunner

from govdb.cli import app
from govdb.migrate import alembic_config, downgrade
from govdb.revisions import at_head, head_revisions

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
runner = CliRunner()

# Runs `govdb ingest` in this process and prints which of these modules it loaded.
_LOADED = """
import sys
from govdb.cli import app
try:
    app(["ingest", *sys.argv[1:]])
except SystemExit as done:
    assert not done.code, done.code
heavy = ("jieba", "alembic", "govdb.ingest.pipeline", "govdb.ingest.load", "govdb.resources")
print(" ".join(sorted(name for name in heavy if name in sys.modules)))
"""


def _ingest(db_url: str, *args: str) -> dict:
    result = runner.invoke(app, ["ingest", "--db", db_url, "--json", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _loaded(db_url: str, *args: str) -> list[str]:
    command = [sys.executable, "-c", _LOADED, "--db", db_url, *args]
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=300)
    return done.stdout.split()


def test_a_run_of_stored_files_starts_neither_extraction_nor_alembic(
    db_url: str, tmp_path: Path
) -> None:
    _ingest(db_url, str(SEEDS))
    assert [] == _loaded(db_url, str(SEEDS))
    new = tmp_path / "new.txt"
    new.write_text("召陵镇\n\n大徐村今年新建蔬菜大棚二十个。\n", encoding="utf-8")
    assert {"jieba", "govdb.ingest.load"} <= set(_loaded(db_url, str(SEEDS), str(new)))


def test_the_same_bytes_twice_in_one_run_are_stored_once(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    page = "召陵镇\n\n大徐村的西瓜大棚已有三百个。\n".encode()
    for day in ("2025-03-01", "2025-03-02"):
        (tmp_path / day).mkdir()
        (tmp_path / day / "01.txt").write_bytes(page)
    for workers in ("1", "2"):
        report = _ingest(db_url, "--workers", workers, str(tmp_path))
        assert 0 == report["files_failed"], report
    with engine.connect() as connection:
        dates = connection.execute(text("select published_on from documents")).scalars().all()
    assert 1 == len(dates)
    assert "2025-03-01" == str(dates[0])


def test_a_restated_date_is_seen_on_a_run_of_stored_files(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    (tmp_path / "01.txt").write_text("召陵镇\n\n大徐村修好了两条路。\n", encoding="utf-8")
    _ingest(db_url, str(tmp_path))
    report = _ingest(db_url, "--date", "2025-04-05", str(tmp_path))
    assert 1 == len(report["updated"])
    report = _ingest(db_url, "--date", "2025-04-05", str(tmp_path))
    assert (0, 1) == (len(report["updated"]), report["files_unchanged"])
    with engine.connect() as connection:
        stored = connection.execute(text("select published_on from documents")).scalar_one()
    assert "2025-04-05" == str(stored)


def test_the_newest_revision_is_read_from_the_files_as_alembic_reads_it() -> None:
    assert set(ScriptDirectory.from_config(alembic_config()).get_heads()) == head_revisions()


def test_a_new_database_is_not_at_head(empty_engine: Engine) -> None:
    assert not at_head(empty_engine)


def test_only_a_database_at_the_newest_revision_is_at_head(engine: Engine) -> None:
    assert at_head(engine)
    downgrade(engine, "-1")
    assert not at_head(engine)
