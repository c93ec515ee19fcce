"""Database fixtures shared by the suite: every database test runs on SQLite and PostgreSQL.

PostgreSQL comes from GOVDB_TEST_POSTGRES_URL (a server URL; the suite creates and drops its own
uniquely named databases). Without it the PostgreSQL half skips with a reason, unless CI or
GOVDB_REQUIRE_POSTGRES is set: then a missing server fails the run.
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from govdb.analysts import analyst_group
from govdb.db import make_engine
from govdb.migrate import alembic_config as govdb_alembic_config
from govdb.migrate import upgrade
from govdb.models import Base
from govdb.places.gazetteer import Gazetteer, default_gazetteer
from govdb.tokenize import read_dictionary_tags

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def pytest_configure(config: pytest.Config) -> None:
    """The resource cache of this run lives in a folder of its own (one build, then reused by
    every process the tests start), never in the user's cache, unless the caller chose one.

    The collector runs less often than by default: a test process holds several copies of the
    resources at once (gazetteers, tokenizer tables, millions of objects that live as long as
    the run) and builds more as tests ask, and at the default thresholds the collector walked
    them over and over, a tenth of the unit suite's time. What is garbage is still collected."""
    gc.set_threshold(10_000, 10, 10)
    if "GOVDB_CACHE_DIR" not in os.environ:
        folder = tempfile.mkdtemp(prefix="govdb-test-cache-")
        os.environ["GOVDB_CACHE_DIR"] = folder
        config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


POSTGRES_ENV = "GOVDB_TEST_POSTGRES_URL"
ENGINES = ["sqlite", "postgresql"]


def _postgres_required() -> bool:
    return bool(os.environ.get("CI") or os.environ.get("GOVDB_REQUIRE_POSTGRES"))


def _postgres_server_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        message = f"PostgreSQL tests need {POSTGRES_ENV} (e.g. postgresql://postgres@127.0.0.1:5432/postgres)"
        if _postgres_required():
            pytest.fail(f"{message}; CI/GOVDB_REQUIRE_POSTGRES is set, so they may not skip")
        pytest.skip(message)
    return url


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Engine]:
    """An AUTOCOMMIT engine on the server's maintenance database, for CREATE/DROP DATABASE."""
    engine = make_engine(_postgres_server_url()).execution_options(isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


def _new_postgres_database(server: Engine, template: str | None = None) -> tuple[Engine, str]:
    """A new database, empty or a copy of `template`, with an engine on it."""
    name = f"govdb_test_{uuid.uuid4().hex[:12]}"
    copied = f' TEMPLATE "{template}"' if template else ""
    with server.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"{copied}')
    return make_engine(server.url.set(database=name).render_as_string(hide_password=False)), name


def _drop_postgres_database(server: Engine, engine: Engine, name: str) -> None:
    engine.dispose()
    with server.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        # Roles are the server's: the analyst group a test made for this database goes too.
        connection.exec_driver_sql(f"DROP ROLE IF EXISTS {analyst_group(name)}")


@pytest.fixture(params=ENGINES)
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A new, empty database (no schema) on each engine."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'test.sqlite'}")
        yield engine
        engine.dispose()
        return
    server = request.getfixturevalue("postgres_server")
    engine, name = _new_postgres_database(server)
    yield engine
    _drop_postgres_database(server, engine, name)


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file built by the migrations once per session, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "migrated.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def migrated_postgres(postgres_server: Engine) -> Iterator[str]:
    """A PostgreSQL database built by the migrations once per session: each test's database is
    a copy of it (CREATE DATABASE ... TEMPLATE), a fraction of the time the revisions take."""
    engine, name = _new_postgres_database(postgres_server)
    upgrade(engine)
    engine.dispose()  # a template may have no other connection while it is copied
    yield name
    _drop_postgres_database(postgres_server, engine, name)


def _migrated_database(request: pytest.FixtureRequest, engine_name: str, path: Path) -> Engine:
    """A new migrated database on `engine_name`: a copy of the session's. On PostgreSQL what a
    copy does not carry (the database's own settings, such as its search_path) is set by a
    migrate that finds no revision to run, as it would be on any database at head."""
    if engine_name == "sqlite":
        shutil.copyfile(request.getfixturevalue("migrated_sqlite"), path)
        return make_engine(f"sqlite:///{path}")
    server = request.getfixturevalue("postgres_server")
    engine, name = _new_postgres_database(server, request.getfixturevalue("migrated_postgres"))
    upgrade(engine)

    def drop() -> None:
        _drop_postgres_database(server, engine, name)

    request.addfinalizer(drop)
    return engine


@pytest.fixture(params=ENGINES)
def engine_pair(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Engine, Engine]]:
    """Two new, migrated databases on the same engine, for tests that compare two loads."""
    pair = tuple(_migrated_database(request, request.param, tmp_path / f"{n}.sqlite") for n in "ab")
    yield pair  # type: ignore[misc]
    for engine in pair:
        engine.dispose()


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A new database on each engine, built by the migrations (never create_all): a copy of
    the one the session migrated."""
    engine = _migrated_database(request, request.param, tmp_path / "test.sqlite")
    yield engine
    engine.dispose()


@pytest.fixture
def db_url(engine: Engine) -> str:
    """The URL of `engine`'s database, as a user would pass it to --db."""
    return engine.url.render_as_string(hide_password=False)


# pytest-alembic's fixtures: its standard checks run on both engines.
@pytest.fixture
def alembic_engine(empty_engine: Engine) -> Engine:
    return empty_engine


@pytest.fixture
def alembic_config():  # type: ignore[no-untyped-def]
    return govdb_alembic_config()


# Rows that record a run, not the text: which run, when, with which arguments.
_RUN_TABLES = {"ingest_runs", "alembic_version"}
_RUN_COLUMNS = {"ingested_at", "started_at", "finished_at"}


def _stored_rows(engine: Engine) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without surrogate keys (they follow the order of
    insertion) or the record of the run: what two loads of the same text must share."""
    tables = {}
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in _RUN_TABLES:
                continue
            columns = [
                c
                for c in table.columns
                if c.name != "id" and not c.name.endswith("_id") and c.name not in _RUN_COLUMNS
            ]
            if not columns:  # keys only (summarised_documents): how many rows
                columns = [func.count()]
            rows = connection.execute(select(*columns).select_from(table)).all()
            tables[table.name] = sorted(tuple(map(repr, row)) for row in rows)
    return tables


@pytest.fixture
def stored_rows() -> Callable[[Engine], dict[str, list[tuple]]]:
    return _stored_rows


@pytest.fixture(scope="session")
def dictionary_tags() -> dict[str, str]:
    """jieba's dictionary as word → part of speech, read once per session for the tests that
    make tokenizers of their own (each would otherwise read it on its first tag())."""
    return read_dictionary_tags()


@pytest.fixture(scope="session")
def new_gazetteer() -> Callable[[], Gazetteer]:
    """Makes gazetteers equal to a new `Gazetteer()` (no villages loaded, each its own object),
    for tests that must not share what another test loaded: each restored from the state the
    resource cache holds (the register is read once per session at most)."""
    from govdb import cache

    default_gazetteer()  # the process's: its state is read from the run's cache or written to it
    state = cache.read("gazetteer") or Gazetteer().state()
    return lambda: Gazetteer.restored(state)


@pytest.fixture(scope="session")
def seeded_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds ingested by `govdb ingest` into a SQLite file named seeds.sqlite, once."""
    from typer.testing import CliRunner

    from govdb.cli import app

    path = tmp_path_factory.mktemp("web") / "seeds.sqlite"
    result = CliRunner().invoke(app, ["ingest", str(SEEDS), "--db", str(path), "--workers", "1"])
    assert 0 == result.exit_code, result.output
    return path
