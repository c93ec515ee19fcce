"""Engines and sessions for a database URL; nothing is connected at import time."""

from __future__ import annotations

import re

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from govdb.errors import GovdbError

SUPPORTED = "sqlite:///file.sqlite or postgresql://user@host/db"
# Seconds to wait for a PostgreSQL server to answer before giving up with one line: a server
# that accepts the connection and never answers would otherwise hang every command. A URL's
# own ?connect_timeout= wins.
CONNECT_TIMEOUT = 10
# PostgreSQL: the schema of govdb's curated views (base tables stay in public). Every govdb
# connection has it on its search_path, so `select * from v_articles` works unqualified.
VIEW_SCHEMA = "govdb"


# user:password@ in a URL (postgresql://govdb:secret@host/db, also inside --db=URL).
_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^/:@\s]*:)[^@\s]*@", re.I)


def without_password(text: str) -> str:
    """`text` with the password of every URL in it replaced by ***: for messages and for
    what is stored (ingest_runs.arguments), which analysts and backups can read."""
    return _URL_PASSWORD.sub(r"\1***@", text)


def parse_url(url: str) -> URL:
    """The URL of a database govdb can use, or `GovdbError` saying what is wrong with it."""
    shown = without_password(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise GovdbError(f"not a database URL: {shown!r} (use {SUPPORTED})") from None
    except ValueError:  # sqlalchemy reads the port with int()
        raise GovdbError(f"not a database URL: {shown!r} (the port must be a number)") from None
    backend = parsed.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in ("sqlite", "postgresql"):
        raise GovdbError(f"unsupported database URL {shown!r}: govdb uses {SUPPORTED}")
    if backend == "postgresql":
        # psycopg 3 is the driver govdb ships with; the bare scheme would ask for psycopg2.
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(url: str) -> Engine:
    """An engine for `url`, with SQLite set up the way govdb relies on (foreign keys on)."""
    parsed = parse_url(url)
    connect_args: dict[str, object] = {}
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT
    try:
        engine = create_engine(parsed, connect_args=connect_args)
    except (NoSuchModuleError, ArgumentError, ImportError) as error:
        shown = without_password(url)
        raise GovdbError(f"unsupported database URL {shown!r}: {error}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
    else:
        event.listen(engine, "connect", _postgresql_on_connect)
    return engine


def with_view_schema(search_path: str) -> str | None:
    """`search_path` with the view schema appended, or None when it is on it already (an
    analyst's path is the view schema alone; a person's own path is kept as it is)."""
    schemas = [s.strip() for s in search_path.split(",") if s.strip()]
    if any(s.strip('"') == VIEW_SCHEMA for s in schemas):
        return None
    return ", ".join([*schemas, VIEW_SCHEMA])


def _postgresql_on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # For databases whose owner could not set the path (ALTER DATABASE) and for sessions that
    # started before migrate moved the views into their schema.
    cursor = dbapi_connection.cursor()
    cursor.execute("SHOW search_path")
    path = with_view_schema(cursor.fetchone()[0])
    if path is not None:
        cursor.execute("SELECT set_config('search_path', %s, false)", (path,))
    cursor.close()
    dbapi_connection.commit()  # a rolled-back SET would be undone when the pool resets


def _sqlite_on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # Concurrent ingests wait for each other's write transaction instead of failing at once.
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.close()
