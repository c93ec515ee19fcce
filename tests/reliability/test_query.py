"""`govdb query` reads and never writes: what a hostile or careless query is refused, on both
engines, and that nothing stored changes."""

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from govdb.errors import GovdbError
from govdb.query import run_query
from govdb.statement import check_reading

READING = [
    "select 1",
    "  with t as (select 1 as x) select x from t;  ",
    "values (1), (2)",
    "explain select * from documents",
    "select ';' as semicolon, 'it''s' as quote -- a comment; with a semicolon",
    "select /* a ; nested /* comment */ ; */ 1",
    "select $$;$$ as dollar, $tag$ ; delete $tag$ as tagged",
    'select "delete" from (select 1 as "delete") as t',
    "select * from documents for update",
]
REFUSED = [
    ("", "no SQL statement"),
    ("-- nothing but a comment", "no SQL statement"),
    ("commit; delete from metrics; select 1", "one statement"),
    ("select 1; select 2", "one statement"),
    ("end; update documents set file_name = 'x'", "one statement"),
    ("set transaction read write", "SET statements are refused"),
    ("delete from metrics", "DELETE statements are refused"),
    ("drop table documents cascade", "DROP statements are refused"),
    ("with d as (delete from metrics returning id) select * from d", "DELETE is refused"),
    ("explain analyze update documents set file_name = 'x'", "UPDATE is refused"),
    ("select * into copy_of_documents from documents", "INTO creates a table"),
    ("copy documents to program 'sh'", "COPY statements are refused"),
    ("select pg_terminate_backend(pid) from pg_stat_activity", "pg_terminate_backend"),
    ("select lo_export(1, '/tmp/x')", "lo_export"),
    ("select set_config('transaction_read_only', 'off', true)", "set_config"),
    ("attach database 'x.sqlite' as x", "ATTACH statements are refused"),
    ("vacuum into 'copy.sqlite'", "VACUUM statements are refused"),
    ("pragma journal_mode = wal", "PRAGMA statements are refused"),
    ("select 'unterminated; drop table documents", "one statement"),
]


@pytest.mark.parametrize("sql", READING)
def test_a_statement_that_reads_passes(sql: str) -> None:
    check_reading(sql)


@pytest.mark.parametrize(("sql", "reason"), REFUSED)
def test_what_could_write_is_refused_with_a_reason(sql: str, reason: str) -> None:
    with pytest.raises(GovdbError, match=reason):
        check_reading(sql)


def _sources(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return list(connection.execute(text("select name from sources")).scalars())


@pytest.mark.parametrize(
    "sql",
    [
        "commit; delete from sources; select 1",
        "end; delete from sources",
        "with d as (delete from sources returning id) select * from d",
    ],
)
def test_a_refused_query_changes_nothing(engine: Engine, sql: str) -> None:
    with engine.begin() as connection:
        connection.execute(text("insert into sources (name) values ('某日报')"))
    with pytest.raises(GovdbError):
        run_query(engine, sql)
    assert ["某日报"] == _sources(engine)


def test_attach_creates_no_file(engine: Engine, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.sqlite"
    with pytest.raises(GovdbError):
        run_query(engine, f"attach database '{target}' as elsewhere")
    assert not target.exists()


def test_a_query_that_reads_returns_its_rows_on_both_engines(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("insert into sources (name) values ('某日报')"))
    assert (["name"], [("某日报",)]) == run_query(engine, "select name from sources")


def test_postgresql_cancels_a_query_past_its_timeout(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no statement timeout")
    from sqlalchemy.exc import OperationalError

    with pytest.raises(OperationalError, match="statement timeout"):
        run_query(engine, "select count(*) from generate_series(1, 100000000)", timeout=0.2)


def test_ctrl_c_cancels_the_query_on_the_server_and_exits_130(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("a SQLite query runs in the process that is interrupted")
    url = engine.url.render_as_string(hide_password=False)
    marker = "select count(*) as interrupted from generate_series(1, 10000000000)"
    command = [sys.executable, "-m", "govdb", "query", "--db", url, "--timeout", "600", marker]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)

    def running() -> int:
        with engine.connect() as connection:
            return connection.execute(
                text(
                    "select count(*) from pg_stat_activity where query like '%as interrupted%'"
                    " and pid <> pg_backend_pid() and state = 'active'"
                )
            ).scalar_one()

    deadline = time.monotonic() + 20
    while running() == 0 and time.monotonic() < deadline:
        time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=20)
    assert 130 == process.returncode, stderr
    assert "interrupted" in stderr
    time.sleep(0.5)
    assert 0 == running()
