"""Analyst logins: `grant-analyst` gives reading the views and no more, and refuses a role that
already holds more; the password never travels as an argument."""

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, event, inspect
from sqlalchemy.exc import DBAPIError
from typer.testing import CliRunner

import govdb.views
from govdb.analysts import grant_analyst
from govdb.cli import app
from govdb.db import make_engine
from govdb.errors import GovdbError
from govdb.migrate import NOTES, upgrade
from govdb.paths import views_dir
from govdb.search import search
from govdb.views import load_views, prepare_view_schema


@pytest.fixture
def postgres(engine: Engine) -> Engine:
    if engine.dialect.name != "postgresql":
        pytest.skip("roles are a PostgreSQL feature")
    return engine


@pytest.fixture
def role(postgres: Engine) -> Iterator[str]:
    name = f"analyst_{uuid.uuid4().hex[:8]}"
    yield name
    with postgres.begin() as connection:
        exists = connection.exec_driver_sql(
            "SELECT 1 FROM pg_roles WHERE rolname = %(r)s", {"r": name}
        ).first()
        if exists:
            connection.exec_driver_sql(f"DROP OWNED BY {name}")
            connection.exec_driver_sql(f"DROP ROLE {name}")


@pytest.mark.parametrize(
    ("attributes", "reason"),
    [
        ("SUPERUSER", "is a superuser"),
        ("CREATEROLE", "can create roles"),
        ("CREATEDB", "can create databases"),
    ],
)
def test_a_role_with_more_rights_is_refused_and_left_as_it_was(
    postgres: Engine, role: str, attributes: str, reason: str
) -> None:
    with postgres.begin() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN {attributes}")
    with pytest.raises(GovdbError, match=reason):
        grant_analyst(postgres, role, None)
    with postgres.connect() as connection:
        member = connection.exec_driver_sql(
            "SELECT count(*) FROM pg_auth_members AS m JOIN pg_roles AS r ON r.oid = m.member "
            "WHERE r.rolname = %(r)s",
            {"r": role},
        ).scalar_one()
    assert 0 == member


def test_a_member_of_another_role_is_refused(postgres: Engine, role: str) -> None:
    with postgres.begin() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        connection.exec_driver_sql(f"GRANT pg_read_all_data TO {role}")
    with pytest.raises(GovdbError, match="is a member of pg_read_all_data"):
        grant_analyst(postgres, role, None)


def test_the_login_carries_an_idle_transaction_timeout(postgres: Engine, role: str) -> None:
    grant_analyst(postgres, role, None)
    with postgres.connect() as connection:
        settings = connection.exec_driver_sql(
            "SELECT unnest(s.setconfig) FROM pg_db_role_setting AS s "
            "JOIN pg_roles AS r ON r.oid = s.setrole WHERE r.rolname = %(r)s",
            {"r": role},
        ).scalars()
        assert "idle_in_transaction_session_timeout=5min" in set(settings)


def test_the_password_comes_from_the_environment_not_an_argument(
    postgres: Engine, role: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = postgres.url.render_as_string(hide_password=False)
    monkeypatch.setenv("GOVDB_ANALYST_PASSWORD", "a secret")
    result = CliRunner().invoke(app, ["grant-analyst", role, "--db", url])
    assert 0 == result.exit_code, result.output
    with postgres.connect() as connection:
        has_password = connection.exec_driver_sql(
            "SELECT rolpassword IS NOT NULL FROM pg_authid WHERE rolname = %(r)s", {"r": role}
        ).scalar_one()
    assert has_password
    refused = CliRunner().invoke(app, ["grant-analyst", role, "--password", "typed", "--db", url])
    assert 0 != refused.exit_code  # --password takes no value: it asks on a terminal


def test_an_analyst_of_one_database_cannot_read_anothers_views(
    postgres: Engine, role: str, postgres_server: Engine
) -> None:
    from conftest import _drop_postgres_database, _new_postgres_database
    from govdb.db import make_engine
    from govdb.migrate import upgrade

    other, name = _new_postgres_database(postgres_server)
    try:
        upgrade(other)
        with other.begin() as connection:
            connection.exec_driver_sql("CREATE ROLE other_reader_probe NOLOGIN")
        grant_analyst(other, "other_reader_probe", None)
        grant_analyst(postgres, role, "secret")
        own = postgres.url.set(username=role, password="secret")
        elsewhere = other.url.set(username=role, password="secret")
        with make_engine(own.render_as_string(False)).connect() as connection:
            assert 0 == connection.exec_driver_sql("SELECT count(*) FROM v_articles").scalar()
        foreign = make_engine(elsewhere.render_as_string(False))
        try:
            # Not even a connection: CONNECT on a govdb database is its own analysts' only.
            with pytest.raises(DBAPIError, match="permission denied for database"):
                foreign.connect()
        finally:
            foreign.dispose()
    finally:
        with other.begin() as connection:
            connection.exec_driver_sql("DROP OWNED BY other_reader_probe")
        _drop_postgres_database(postgres_server, other, name)
        with postgres.begin() as connection:
            connection.exec_driver_sql("DROP ROLE IF EXISTS other_reader_probe")


def test_the_group_older_versions_shared_between_databases_loses_this_one(
    postgres: Engine, role: str
) -> None:
    """Before groups were per database, one group, govdb_analysts, read every database's
    views; migrate takes back what it holds here and says so."""
    database = postgres.url.database
    with postgres.begin() as connection:
        connection.exec_driver_sql("CREATE ROLE govdb_analysts NOLOGIN")
        connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD 'secret'")
        connection.exec_driver_sql(f"GRANT govdb_analysts TO {role}")
        connection.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO govdb_analysts')
        connection.exec_driver_sql("GRANT USAGE ON SCHEMA govdb TO govdb_analysts")
        connection.exec_driver_sql("GRANT SELECT ON govdb.v_articles TO govdb_analysts")
    login = make_engine(postgres.url.set(username=role, password="secret").render_as_string(False))
    try:
        with login.connect() as connection:
            assert 0 == connection.exec_driver_sql("SELECT count(*) FROM v_articles").scalar()
        notes = upgrade(postgres)
        assert [
            "note: the group govdb_analysts, which an older govdb shared between databases, "
            "no longer reads this database; run govdb grant-analyst again for its members"
        ] == [n for n in notes if "govdb_analysts" in n]
        with pytest.raises(DBAPIError, match="permission denied"), login.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM govdb.v_articles").scalar()
        assert [] == [n for n in upgrade(postgres) if "govdb_analysts" in n]
    finally:
        login.dispose()
        with postgres.begin() as connection:
            connection.exec_driver_sql("DROP OWNED BY govdb_analysts")
            connection.exec_driver_sql(f"DROP ROLE {role}")
            connection.exec_driver_sql("DROP ROLE govdb_analysts")


# What the login can and cannot do once it is connected (PostgreSQL).


@contextmanager
def _as(postgres: Engine, role: str, password: str = "secret") -> Iterator[Engine]:
    url = postgres.url.set(username=role, password=password).render_as_string(False)
    engine = make_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


def _views_as_schema_rows() -> set[tuple[str, str]]:
    return {("govdb", v.name) for v in load_views()}


def test_the_analyst_sees_the_views_and_no_table(postgres: Engine, role: str) -> None:
    grant_analyst(postgres, role, "secret")
    with _as(postgres, role) as analyst, analyst.connect() as connection:
        visible = connection.exec_driver_sql(
            "SELECT table_schema, table_name FROM information_schema.tables "
            "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
        ).all()
        assert _views_as_schema_rows() == set(map(tuple, visible))
        assert len(load_views()) == len(visible)
        # What catalogue browsers list by default: the search_path is the view schema alone.
        inspector = inspect(connection)
        assert [] == inspector.get_table_names()
        assert sorted(v.name for v in load_views()) == sorted(inspector.get_view_names())
        assert "govdb" == connection.exec_driver_sql("SHOW search_path").scalar_one()
        with pytest.raises(DBAPIError, match="permission denied for table articles"):
            connection.exec_driver_sql("SELECT count(*) FROM public.articles")


def test_the_login_starts_with_its_settings(postgres: Engine, role: str) -> None:
    grant_analyst(postgres, role, "secret")
    with _as(postgres, role) as analyst, analyst.connect() as connection:
        shown = {
            name: connection.exec_driver_sql(f"SHOW {name}").scalar_one()
            for name in (
                "default_transaction_read_only",
                "statement_timeout",
                "idle_in_transaction_session_timeout",
                "search_path",
            )
        }
    assert {
        "search_path": "govdb",
        "default_transaction_read_only": "on",
        "statement_timeout": "1min",
        "idle_in_transaction_session_timeout": "5min",
    } == shown


@pytest.mark.parametrize(
    ("statement", "refusal"),
    [
        ("CREATE TEMP TABLE scratch (id integer)", "permission denied to create temporary"),
        ("CREATE TABLE public.scratch (id integer)", "permission denied for schema public"),
        ("CREATE TABLE govdb.scratch (id integer)", "permission denied for schema govdb"),
        ("SELECT lo_create(0)", "permission denied for function lo_create"),
        ("SELECT lo_creat(-1)", "permission denied for function lo_creat"),
        ("SELECT lo_from_bytea(0, 'x')", "permission denied for function lo_from_bytea"),
        ("DELETE FROM public.programs", "permission denied for table programs"),
    ],
)
def test_with_read_only_lifted_the_analyst_still_writes_nothing(
    postgres: Engine, role: str, statement: str, refusal: str
) -> None:
    grant_analyst(postgres, role, "secret")
    with _as(postgres, role) as analyst, analyst.connect() as connection:
        # PostgreSQL lets any session change its own defaults: this is not prevented.
        connection.exec_driver_sql("SET default_transaction_read_only = off")
        connection.exec_driver_sql("SET statement_timeout = 0")
        connection.commit()
        with pytest.raises(DBAPIError, match=refusal):
            connection.exec_driver_sql(statement)


def test_connect_is_no_longer_public_on_this_database(postgres: Engine, role: str) -> None:
    stranger = f"stranger_{uuid.uuid4().hex[:8]}"
    with postgres.begin() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {stranger} LOGIN PASSWORD 'secret'")
    try:
        grant_analyst(postgres, role, "secret")
        with _as(postgres, stranger) as other, pytest.raises(DBAPIError, match="CONNECT"):
            other.connect()
        with postgres.connect() as connection:
            public = connection.exec_driver_sql(
                "SELECT has_database_privilege('public', current_database(), 'CONNECT'), "
                "has_database_privilege('public', current_database(), 'TEMPORARY')"
            ).one()
        assert (False, False) == tuple(public)
    finally:
        with postgres.begin() as connection:
            connection.exec_driver_sql(f"DROP OWNED BY {stranger}")
            connection.exec_driver_sql(f"DROP ROLE {stranger}")


def test_an_idle_analyst_transaction_ends_with_its_timeout(
    postgres: Engine, role: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("govdb.analysts.IDLE_TIMEOUT", "300ms")
    grant_analyst(postgres, role, "secret")
    with _as(postgres, role) as analyst, analyst.connect() as connection:
        connection.exec_driver_sql("SELECT count(*) FROM v_metrics").all()
        time.sleep(1.0)
        with pytest.raises(DBAPIError, match="idle-in-transaction timeout"):
            connection.exec_driver_sql("SELECT 1")


def test_an_analyst_who_lifts_the_idle_timeout_does_not_block_migrate_for_ever(
    postgres: Engine, role: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    grant_analyst(postgres, role, "secret")
    views = tmp_path / "views"
    views.mkdir()
    for path in views_dir().glob("*.sql"):
        lines = path.read_text(encoding="utf-8").splitlines()
        if path.stem == "v_programs":  # a newer govdb's v_programs: defined differently
            # The header is the leading comment; the body may hold comments of its own.
            size = next(i for i, line in enumerate(lines) if not line.startswith("--"))
            header = lines[:size]
            body = "\n".join(lines[size:]).strip().rstrip(";")
            lines = [*header, f"select * from (\n{body}\n) as changed"]
        (views / path.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(govdb.views, "views_dir", lambda: views)
    url = postgres.url.render_as_string(hide_password=False)
    with _as(postgres, role) as analyst, analyst.connect() as connection:
        connection.exec_driver_sql("SET idle_in_transaction_session_timeout = 0")
        connection.exec_driver_sql("SELECT count(*) FROM v_programs").all()
        started = time.monotonic()
        result = CliRunner().invoke(app, ["migrate", "--lock-timeout", "0.5", "--db", url])
        assert time.monotonic() - started < 15
    assert 1 == result.exit_code
    lines = result.output.strip().splitlines()
    assert 1 == len(lines), result.output
    assert f"user {role}, idle in transaction, on v_programs)" in lines[0]
    again = CliRunner().invoke(app, ["migrate", "--db", url])
    assert 0 == again.exit_code, again.output


# Databases whose views an older govdb made in public.


def test_migrate_moves_views_from_public_and_keeps_the_users_own(
    postgres: Engine, role: str
) -> None:
    names = [v.name for v in load_views()]
    grant_analyst(postgres, role, "secret")
    with postgres.begin() as connection:
        # The database as an older govdb left it: views in public, no schema govdb, an
        # analyst login with the default search_path.
        for name in names:
            connection.exec_driver_sql(f"ALTER VIEW govdb.{name} SET SCHEMA public")
        connection.exec_driver_sql("DROP SCHEMA govdb CASCADE")
        connection.exec_driver_sql(
            "CREATE VIEW my_programs AS SELECT count(*) AS n FROM public.v_programs"
        )
        database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
        connection.exec_driver_sql(f'ALTER DATABASE "{database}" RESET search_path')
        connection.exec_driver_sql(f'ALTER ROLE {role} IN DATABASE "{database}" RESET ALL')
    upgrade(postgres)
    with _as(postgres, role) as analyst, analyst.connect() as connection:
        assert 0 == connection.exec_driver_sql("SELECT count(*) FROM v_articles").scalar_one()
        assert [] == search(analyst, "网格")
    with postgres.connect() as connection:
        placed = connection.exec_driver_sql(
            "SELECT c.relnamespace::regnamespace::text, count(*) FROM pg_class AS c "
            "WHERE c.relname = ANY(%(names)s) GROUP BY 1",
            {"names": names},
        ).all()
        assert [("govdb", len(load_views()))] == [tuple(row) for row in placed]
        assert 0 == connection.exec_driver_sql("SELECT n FROM my_programs").scalar_one()
    # A client that is not govdb finds the views unqualified too: the database's own path.
    raw = psycopg.connect(postgres.url.render_as_string(False).replace("+psycopg", ""))
    try:
        path = raw.execute("SHOW search_path").fetchone()
        assert ('"$user", public, govdb',) == path
        assert (0,) == raw.execute("SELECT count(*) FROM v_articles").fetchone()
    finally:
        raw.close()


def test_migrating_again_leaves_schema_function_and_search_path_alone(postgres: Engine) -> None:
    seen: list[str] = []

    def record(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement.strip().upper())

    event.listen(postgres, "before_cursor_execute", record)
    try:
        upgrade(postgres)
    finally:
        event.remove(postgres, "before_cursor_execute", record)
    changes = ("CREATE", "DROP", "ALTER", "GRANT", "REVOKE", "COMMENT")
    # PostgreSQL compares each view through a temporary view; nothing else is made or changed.
    assert [] == [s for s in seen if s.startswith(changes) and "GOVDB_CANDIDATE" not in s]


def test_a_role_that_does_not_own_the_database_is_told_how_to_set_the_search_path(
    postgres: Engine, role: str
) -> None:
    with postgres.begin() as connection:
        database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
        connection.exec_driver_sql(f'ALTER DATABASE "{database}" RESET search_path')
        connection.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
    with postgres.connect() as connection:
        connection.exec_driver_sql(f"SET ROLE {role}")
        connection.info.pop(NOTES, None)
        prepare_view_schema(connection)
        notes = connection.info.pop(NOTES)
        connection.rollback()
    assert [
        f"note: only the owner of database {database} can add govdb to its search_path "
        '(ALTER DATABASE ... SET search_path = "$user", public, govdb); govdb adds it to its '
        "own connections, other clients must qualify the views or set it themselves"
    ] == notes
