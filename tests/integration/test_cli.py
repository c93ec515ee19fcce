"""The command line: help, version, where the database is, one-line errors."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from govdb import __version__
from govdb.cli import app

runner = CliRunner()


def test_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["-h"])
    assert result.exit_code == 0
    for command in ("migrate", "views", "query", "stats", "summarise"):
        assert command in result.output


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert f"govdb {__version__}\n" == result.output


def test_migrate_creates_the_default_sqlite_file_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GOVDB_DATABASE_URL", raising=False)
    result = runner.invoke(app, ["migrate"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "govdb.sqlite").is_file()


def test_environment_variable_chooses_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GOVDB_DATABASE_URL", f"sqlite:///{tmp_path / 'env.sqlite'}")
    assert runner.invoke(app, ["migrate"]).exit_code == 0
    assert (tmp_path / "env.sqlite").is_file()
    assert not (tmp_path / "govdb.sqlite").exists()


def test_db_option_wins_before_or_after_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOVDB_DATABASE_URL", f"sqlite:///{tmp_path / 'env.sqlite'}")
    a, b = (f"sqlite:///{tmp_path / name}" for name in ("a.sqlite", "b.sqlite"))
    assert runner.invoke(app, ["--db", a, "migrate"]).exit_code == 0
    assert runner.invoke(app, ["migrate", "--db", b]).exit_code == 0
    assert {"a.sqlite", "b.sqlite"} == {p.name for p in tmp_path.iterdir()}


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "govdb: error: not a database URL: 'not a url'"),
        ("mysql+nodriver://x/y", "govdb: error: unsupported database URL"),
        ("postgresql://nobody@127.0.0.1:1/govdb", "govdb: error: cannot use database"),
    ],
)
def test_bad_database_urls_give_one_line_errors(url: str, message: str) -> None:
    result = runner.invoke(app, ["stats", "--db", url])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert result.output.startswith(message)
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [["stats"], ["query", "select 1"], ["search", "网格"]])
def test_commands_that_read_never_create_a_database(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GOVDB_DATABASE_URL", raising=False)
    default = runner.invoke(app, command)
    named = runner.invoke(app, [*command, "--db", "elsewhere/archive.sqlite"])
    assert (1, 1) == (default.exit_code, named.exit_code)
    assert default.output == (
        f"govdb: error: no database at {tmp_path / 'govdb.sqlite'}: run govdb ingest to make "
        "one, or name it with --db or $GOVDB_DATABASE_URL\n"
    )
    assert named.output.startswith(f"govdb: error: no database at {tmp_path / 'elsewhere'}")
    assert [] == list(tmp_path.iterdir())


def test_commands_that_read_refuse_a_file_govdb_did_not_make(tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    other.touch()
    result = runner.invoke(app, ["query", "select 1", "--db", str(other)])
    assert result.exit_code == 1
    assert result.output == (
        f"govdb: error: {other} is not a govdb database (no govdb tables): "
        "run govdb ingest or govdb migrate on it first\n"
    )
    assert 0 == other.stat().st_size


def test_views_lists_every_view_with_its_grain() -> None:
    result = runner.invoke(app, ["views"])
    assert result.exit_code == 0
    assert "v_articles" in result.output
    assert "one row per article" in result.output


def test_stats_counts_rows_per_table(db_url: str) -> None:
    result = runner.invoke(app, ["stats", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "documents" in result.output


def test_query_prints_rows_as_json(db_url: str) -> None:
    result = runner.invoke(app, ["query", "--db", db_url, "-f", "json", "select 1 + 1 as two"])
    assert result.exit_code == 0, result.output
    assert result.output == '[\n {\n  "two": 2\n }\n]\n'


def test_query_refuses_to_write(db_url: str) -> None:
    result = runner.invoke(
        app, ["query", "--db", db_url, "insert into programs (name, kind) values ('x', 'other')"]
    )
    assert result.exit_code == 1
    assert "govdb: error: govdb query only reads: INSERT statements are refused\n" == result.output
    count = "select count(*) as n from programs"
    after = runner.invoke(app, ["query", "--db", db_url, "-f", "csv", count])
    assert after.output.replace("\r\n", "\n") == "n\n0\n"
