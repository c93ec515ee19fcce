"""Engines and sessions for a database URL; nothing is connected at import time."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from govdb.errors import GovdbError


def make_engine(url: str) -> Engine:
    """An engine for `url`, with SQLite set up the way govdb relies on (foreign keys on)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise GovdbError(f"not a database URL: {url!r}") from None
    if parsed.drivername in ("postgresql", "postgres"):
        # psycopg 3 is the driver govdb ships with; the bare scheme would ask for psycopg2.
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        engine = create_engine(parsed)
    except (NoSuchModuleError, ArgumentError) as error:
        raise GovdbError(f"unsupported database URL {url!r}: {error}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
    return engine


def _sqlite_on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # Concurrent ingests wait for each other's write transaction instead of failing at once.
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.close()
