"""Analyst logins: `grant-analyst` gives reading the views and no more, and refuses a role that
already holds more; the password never travels as an argument."""

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from typer.testing import CliRunner

from govdb.analysts import grant_analyst
from govdb.cli import app
from govdb.errors import GovdbError


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
            with foreign.connect() as connection, pytest.raises(DBAPIError):
                connection.exec_driver_sql("SELECT count(*) FROM v_articles")
        finally:
            foreign.dispose()
    finally:
        with other.begin() as connection:
            connection.exec_driver_sql("DROP OWNED BY other_reader_probe")
        _drop_postgres_database(postgres_server, other, name)
        with postgres.begin() as connection:
            connection.exec_driver_sql("DROP ROLE IF EXISTS other_reader_probe")
