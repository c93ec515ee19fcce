"""Migrations under an unlucky operator: the user's own views survive, a downgrade that drops data
asks first, a killed migration leaves the previous revision, concurrent first ingests wait for
one migration, a newer database is named as such, and a lock held elsewhere is reported, not
waited on forever. On both engines where it applies."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, event, inspect, text
from typer.testing import CliRunner

import govdb.views
from govdb.cli import app
from govdb.errors import GovdbError
from govdb.migrate import downgrade, is_current, migration_transaction, upgrade
from govdb.paths import views_dir

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "004_f57a3f49528561d3.txt"  # the smallest page: enough rows to lose, quickly
BEFORE_HEAD = "5e1c0a7d2b94"  # two revisions before head, with documents' full shape
# Upgrading from here starts with an ALTER (documents.extraction_version): a kill after it is
# where SQLite's driver had committed the DDL on its own.
BEFORE_ALTER = "9d2c41e7a0b3"
runner = CliRunner()


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _ingest_a_page(url: str) -> None:
    result = runner.invoke(app, ["ingest", str(SEED), "--db", url, "--workers", "1"])
    assert result.exit_code == 0, result.output


def _scalar(engine: Engine, sql: str) -> object:
    with engine.connect() as connection:
        return connection.execute(text(sql)).scalar()


def _revision(engine: Engine) -> str | None:
    if "alembic_version" not in inspect(engine).get_table_names():
        return None
    return _scalar(engine, "select version_num from alembic_version")  # type: ignore[return-value]


def _add_user_views(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(
            text("create view my_report as select subject, count(*) as n from v_metrics group by 1")
        )
        connection.execute(text("create view v_my_notes as select 'mine' as note"))


def _user_views_work(engine: Engine) -> bool:
    names = set(inspect(engine).get_view_names())
    if not {"my_report", "v_my_notes"} <= names:
        return False
    _scalar(engine, "select count(*) from my_report")
    return _scalar(engine, "select note from v_my_notes") == "mine"


@contextmanager
def _statements(engine: Engine) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement.strip().upper())

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _copy_views(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """govdb's view files in a folder of their own, for a test to play a newer govdb."""
    directory = tmp_path / "views"
    directory.mkdir()
    for path in views_dir().glob("*.sql"):
        (directory / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(govdb.views, "views_dir", lambda: directory)
    return directory


@pytest.fixture
def changed_v_metrics(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A newer govdb's view files: v_metrics defined differently, same columns."""
    path = _copy_views(tmp_path, monkeypatch) / "v_metrics.sql"
    lines = path.read_text(encoding="utf-8").splitlines()
    # The header is the leading comment; the body may carry comments of its own.
    header = list(itertools.takewhile(lambda line: line.startswith("--"), lines))
    body = "\n".join(lines[len(header) :]).strip().rstrip(";")
    path.write_text(
        "\n".join([*header, f"select * from (\n{body}\n) as changed"]) + "\n", encoding="utf-8"
    )


def _v_metrics_changed(engine: Engine) -> bool:
    if engine.dialect.name == "sqlite":
        sql = "select sql from sqlite_master where name = 'v_metrics'"
    else:
        sql = "select pg_get_viewdef('v_metrics'::regclass)"
    return "changed" in str(_scalar(engine, sql))


# 1. Only govdb's views, only when they changed, and never what depends on them silently.


def test_migrate_keeps_the_users_own_views(engine: Engine) -> None:
    _add_user_views(engine)
    upgrade(engine)
    result = runner.invoke(app, ["migrate", "--db", _url(engine)])
    assert result.exit_code == 0, result.output
    assert _user_views_work(engine)


def test_migrate_at_head_with_unchanged_views_touches_nothing(engine: Engine) -> None:
    with _statements(engine) as seen:
        upgrade(engine)
    # PostgreSQL compares through a temporary view made from the file; nothing else changes.
    changes = ("DROP", "CREATE VIEW", "COMMENT", "GRANT")
    assert not [s for s in seen if s.startswith(changes) and "PG_TEMP." not in s]


def test_a_changed_view_is_replaced_only_if_no_user_view_depends_on_it(
    engine: Engine, changed_v_metrics: None
) -> None:
    _add_user_views(engine)
    if engine.dialect.name == "sqlite":
        # SQLite reads a view's SQL when it is queried: replacing v_metrics keeps my_report.
        upgrade(engine)
        assert _v_metrics_changed(engine)
        assert _user_views_work(engine)
        return
    result = runner.invoke(app, ["migrate", "--db", _url(engine)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert "view my_report (on v_metrics)" in lines[0]
    assert not _v_metrics_changed(engine)
    assert _user_views_work(engine)
    with engine.begin() as connection:
        connection.execute(text("drop view my_report"))
    upgrade(engine)
    assert _v_metrics_changed(engine)
    assert "v_my_notes" in inspect(engine).get_view_names()


def test_a_changed_header_updates_the_comments_and_keeps_the_view(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _copy_views(tmp_path, monkeypatch) / "v_metrics.sql"
    path.write_text(path.read_text(encoding="utf-8").replace("-- ", "-- Reworded: ", 1))
    _add_user_views(engine)
    with _statements(engine) as seen:
        upgrade(engine)
    assert not [s for s in seen if s.startswith(("DROP VIEW V_", "CREATE VIEW"))]
    assert _user_views_work(engine)
    if engine.dialect.name == "postgresql":
        about = _scalar(engine, "select obj_description('v_metrics'::regclass, 'pg_class')")
        assert str(about).startswith("Reworded: ")


def test_a_schema_change_keeps_user_views_or_names_the_one_in_the_way(engine: Engine) -> None:
    _ingest_a_page(_url(engine))
    _add_user_views(engine)
    if engine.dialect.name == "sqlite":
        downgrade(engine, BEFORE_HEAD)
        upgrade(engine)
        assert _user_views_work(engine)
        return
    with pytest.raises(GovdbError, match="view my_report"):
        downgrade(engine, BEFORE_HEAD)
    assert is_current(engine)
    assert _user_views_work(engine)


# 2. A downgrade that drops data says what and asks; base and back works.


def _alembic(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GOVDB_DATABASE_URL": url}
    command = [sys.executable, "-m", "alembic", "-c", str(ROOT / "alembic.ini"), *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_alembic_downgrade_base_asks_then_upgrade_head_works(db_url: str, engine: Engine) -> None:
    _ingest_a_page(db_url)
    documents = _scalar(engine, "select count(*) from documents")
    refused = _alembic(db_url, "downgrade", "base")
    assert refused.returncode != 0
    said = refused.stdout + refused.stderr
    assert "FAILED: this would drop" in said and "table documents" in said and "-x yes" in said
    assert "Traceback" not in said
    assert documents == _scalar(engine, "select count(*) from documents")
    assert _alembic(db_url, "-x", "yes", "downgrade", "base").returncode == 0
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    done = _alembic(db_url, "upgrade", "head")
    assert done.returncode == 0, done.stderr
    _ingest_a_page(db_url)
    assert documents == _scalar(engine, "select count(*) from documents")


def test_govdb_downgrade_says_what_it_drops_and_needs_yes(db_url: str, engine: Engine) -> None:
    _ingest_a_page(db_url)
    refused = runner.invoke(app, ["downgrade", "base", "--db", db_url])
    assert refused.exit_code == 1
    articles = _scalar(engine, "select count(*) from articles")
    assert f"table articles ({articles} rows)" in refused.output
    assert "--yes" in refused.output
    assert is_current(engine)
    done = runner.invoke(app, ["downgrade", "base", "--yes", "--db", db_url])
    assert done.exit_code == 0, done.output
    assert _revision(engine) is None
    assert runner.invoke(app, ["migrate", "--db", db_url]).exit_code == 0
    assert is_current(engine)


def test_a_downgrade_that_drops_no_data_needs_no_confirmation(engine: Engine) -> None:
    result = runner.invoke(app, ["downgrade", BEFORE_HEAD, "--db", _url(engine)])
    assert result.exit_code == 0, result.output
    assert BEFORE_HEAD == _revision(engine)


# 3. A migration killed half-way leaves the revision it started from.

_PAUSING_MIGRATION = """
import sys, time
from sqlalchemy import event
from govdb.db import make_engine
from govdb.migrate import upgrade

engine = make_engine(sys.argv[1])

@event.listens_for(engine, "after_cursor_execute")
def pause(conn, cursor, statement, *args):
    # The first revision is applied and recorded: stop here and wait to be killed.
    verb = statement.lstrip().upper()
    if "alembic_version" in statement and verb.startswith(("INSERT", "UPDATE")):
        print("revision applied", flush=True)
        time.sleep(300)

upgrade(engine)
"""


def _kill_mid_migration(url: str, tmp_path: Path) -> None:
    script = tmp_path / "pausing_migration.py"
    script.write_text(_PAUSING_MIGRATION, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, str(script), url], stdout=subprocess.PIPE, text=True
    )
    try:
        assert "revision applied" in (process.stdout.readline() if process.stdout else "")
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)


def test_a_first_migration_killed_half_way_leaves_an_empty_usable_database(
    empty_engine: Engine, tmp_path: Path
) -> None:
    url = _url(empty_engine)
    _kill_mid_migration(url, tmp_path)
    empty_engine.dispose()
    assert _revision(empty_engine) is None
    assert [] == inspect(empty_engine).get_table_names()
    for command in (["migrate"], ["stats"]):
        result = runner.invoke(app, [*command, "--db", url])
        assert result.exit_code == 0, result.output


def test_an_upgrade_killed_half_way_leaves_the_previous_revision(
    engine: Engine, tmp_path: Path
) -> None:
    url = _url(engine)
    _ingest_a_page(url)
    downgrade(engine, BEFORE_ALTER)
    articles = _scalar(engine, "select count(*) from articles")
    _kill_mid_migration(url, tmp_path)
    engine.dispose()
    assert BEFORE_ALTER == _revision(engine)
    for command in (["migrate"], ["stats"]):
        result = runner.invoke(app, [*command, "--db", url])
        assert result.exit_code == 0, result.output
    assert is_current(engine)
    assert articles == _scalar(engine, "select count(*) from articles")


# 4. Concurrent first ingests wait for one migration.

CONCURRENT = 4


@pytest.mark.slow
def test_concurrent_first_ingests_all_succeed(empty_engine: Engine, tmp_path: Path) -> None:
    url = _url(empty_engine)
    files = []
    for n in range(CONCURRENT):
        path = tmp_path / f"issue{n}" / "01.txt"
        path.parent.mkdir()
        path.write_text(f"第{n}篇测试稿\n\n本报讯 今天第{n}次召开会议，部署第{n}项工作。\n")
        files.append(path)
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "govdb", "ingest", str(path), "--db", url, "--workers", "1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in files
    ]
    outcomes = [(p.wait(timeout=180), p.stderr.read() if p.stderr else "") for p in processes]
    assert [0] * CONCURRENT == [code for code, _ in outcomes], outcomes
    assert CONCURRENT == _scalar(empty_engine, "select count(*) from documents")
    assert CONCURRENT == _scalar(empty_engine, "select count(distinct sha256) from documents")


# 5. A database a newer govdb made is named as such, in one line, by every command.


def _set_revision(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        connection.execute(text("update alembic_version set version_num = :r"), {"r": revision})


def test_a_newer_database_is_named_by_every_command(engine: Engine) -> None:
    url = _url(engine)
    _set_revision(engine, "ffffffffffff")
    newer = "this database was made by a newer govdb (revision ffffffffffff); upgrade govdb"
    with pytest.raises(GovdbError, match=r"newer govdb \(revision ffffffffffff\)"):
        upgrade(engine)
    commands = [["migrate"], ["ingest", str(SEEDS)], ["reextract"], ["downgrade", "base"]]
    # Commands that only read say so too, rather than fail on whatever the newer schema moved.
    commands += [["stats"], ["search", "网格"], ["query", "select 1"]]
    for command in commands:
        result = runner.invoke(app, [*command, "--db", url])
        assert result.exit_code == 1, (command, result.output)
        assert f"govdb: error: {newer}\n" == result.output, command
    assert "ffffffffffff" == _revision(engine)


# 6. A lock another session holds is reported, not waited on for ever.


def _hold_a_read_lock(engine: Engine) -> Connection:
    """An analyst's transaction left open after reading v_metrics."""
    connection = engine.connect()
    if engine.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN")
    connection.exec_driver_sql("SELECT count(*) FROM v_metrics").all()
    return connection


def test_an_idle_transaction_elsewhere_stops_migrate_with_a_clear_error(
    engine: Engine, changed_v_metrics: None
) -> None:
    idle = _hold_a_read_lock(engine)
    try:
        result = runner.invoke(app, ["migrate", "--lock-timeout", "0.5", "--db", _url(engine)])
    finally:
        idle.rollback()
        idle.close()
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    if engine.dialect.name == "postgresql":
        assert "another session holds a lock govdb migrate needs (pid" in lines[0]
    else:
        assert "another connection holds the database file" in lines[0]
    assert not _v_metrics_changed(engine)
    assert runner.invoke(app, ["migrate", "--db", _url(engine)]).exit_code == 0
    assert _v_metrics_changed(engine)


def test_sqlite_checks_foreign_keys_before_it_commits_a_migration(empty_engine: Engine) -> None:
    """SQLite migrates with foreign keys off (a table copy would otherwise delete what
    references the table); a revision that leaves a dangling reference is rolled back."""
    if empty_engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL enforces foreign keys inside every migration")
    upgrade(empty_engine, BEFORE_HEAD)
    dangling = "rows of sources pointing at missing places"
    with pytest.raises(GovdbError, match=dangling), migration_transaction(empty_engine) as c:
        c.exec_driver_sql("insert into sources (name, home_place_id) values ('x', 9)")
        c.exec_driver_sql("update alembic_version set version_num = 'b7d4e2f9a1c3'")
    assert BEFORE_HEAD == _revision(empty_engine)
    assert 0 == _scalar(empty_engine, "select count(*) from sources")
