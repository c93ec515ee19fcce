"""Read-only access for people: run a query, count what is stored."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.orm import Session

from govdb.db import make_engine
from govdb.errors import GovdbError
from govdb.models import Base, IngestRun
from govdb.statement import check_reading, parameters

DEFAULT_TIMEOUT = 60  # seconds a query may run on PostgreSQL before the server cancels it


def run_query(
    engine: Engine,
    sql: str,
    *,
    params: Mapping[str, object] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> tuple[list[str], list[tuple]]:
    """Run one statement that reads, in a transaction that cannot write, and return columns
    and rows. The text is checked first (`govdb.statement`): one statement, no writes.

    `params` are bound to the statement's named parameters (`:place`); each name must be used
    and each parameter given. On SQLite, columns declared BOOLEAN (also through views) come back
    as True and False, as PostgreSQL gives them."""
    check_reading(sql)
    given = dict(params or {})
    statement = _bound(sql, given, engine.dialect.name)
    with _reading_connection(engine) as connection:
        if engine.dialect.name == "postgresql":
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
            milliseconds = max(1, int(timeout * 1000))
            connection.exec_driver_sql(f"SET LOCAL statement_timeout = {milliseconds}")
        else:
            # query_only refuses writes on this connection; reset before it goes back to the pool.
            connection.exec_driver_sql("PRAGMA query_only = ON")
        try:
            # The driver's own parameters, not SQLAlchemy's text(): a ':x' inside a string
            # literal stays text, and `:n::int` is a parameter with a cast.
            result = connection.exec_driver_sql(statement, given)
            if not result.returns_rows:
                raise GovdbError("the statement returned no rows; govdb query only reads")
            return list(result.keys()), [tuple(row) for row in result]
        finally:
            connection.rollback()
            if engine.dialect.name == "sqlite":
                connection.exec_driver_sql("PRAGMA query_only = OFF")


def _bound(sql: str, given: Mapping[str, object], dialect: str) -> str:
    """`sql` as the driver takes it with `given` for its named parameters, or `GovdbError`
    naming a parameter used but not given, or given but not used."""
    used = parameters(sql)
    names = {name for name, _, _ in used}
    for name, _, _ in used:
        if name not in given:
            raise GovdbError(f"the query uses :{name} but no value is given for it")
    for name in given:
        if name not in names:
            raise GovdbError(f"parameter {name} is not used in the query (no :{name} in it)")
    if dialect == "sqlite":
        return sql  # sqlite3 reads :name itself
    # psycopg: %(name)s for each parameter, and every other % doubled (psycopg reads them even
    # in strings, and even when there are no parameters).
    pieces, position = [], 0
    for name, start, end in used:
        pieces += [sql[position:start].replace("%", "%%"), f"%({name})s"]
        position = end
    pieces.append(sql[position:].replace("%", "%%"))
    return "".join(pieces)


def _sqlite_boolean(raw: bytes) -> object:
    try:
        return int(raw) != 0
    except ValueError:
        return raw.decode("utf-8", "replace")


def _sqlite_text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


@contextmanager
def _reading_connection(engine: Engine) -> Iterator[Connection]:
    """A connection for a query. On a SQLite file, a connection of its own that reports each
    result column's declared type, so that a BOOLEAN column (0 or 1 in the file) reads as a
    bool; dates and timestamps stay the text stored, not Python's (deprecated) conversions."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        with engine.connect() as connection:
            yield connection
        return
    # Converters are looked up by declared type, only on connections that ask for them: in
    # govdb, this one.
    sqlite3.register_converter("BOOLEAN", _sqlite_boolean)
    for name in ("DATE", "TIMESTAMP"):
        sqlite3.register_converter(name, _sqlite_text)
    url = engine.url.update_query_dict({"detect_types": str(sqlite3.PARSE_DECLTYPES)})
    reading = make_engine(url.render_as_string(hide_password=False))
    try:
        with reading.connect() as connection:
            yield connection
    finally:
        reading.dispose()


def table_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }


def last_run(engine: Engine) -> IngestRun | None:
    with Session(engine) as session:
        return session.scalars(select(IngestRun).order_by(IngestRun.id.desc()).limit(1)).first()
