"""Read-only access for people: run a query, count what is stored."""

from __future__ import annotations

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from govdb.errors import GovdbError
from govdb.models import Base, IngestRun
from govdb.statement import check_reading

DEFAULT_TIMEOUT = 60  # seconds a query may run on PostgreSQL before the server cancels it


def run_query(
    engine: Engine, sql: str, *, timeout: float = DEFAULT_TIMEOUT
) -> tuple[list[str], list[tuple]]:
    """Run one statement that reads, in a transaction that cannot write, and return columns
    and rows. The text is checked first (`govdb.statement`): one statement, no writes."""
    check_reading(sql)
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
            milliseconds = max(1, int(timeout * 1000))
            connection.exec_driver_sql(f"SET LOCAL statement_timeout = {milliseconds}")
        else:
            # query_only refuses writes on this connection; reset before it goes back to the pool.
            connection.exec_driver_sql("PRAGMA query_only = ON")
        try:
            result = connection.execute(text(sql))
            if not result.returns_rows:
                raise GovdbError("the statement returned no rows; govdb query only reads")
            return list(result.keys()), [tuple(row) for row in result]
        finally:
            connection.rollback()
            if engine.dialect.name == "sqlite":
                connection.exec_driver_sql("PRAGMA query_only = OFF")


def table_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }


def last_run(engine: Engine) -> IngestRun | None:
    with Session(engine) as session:
        return session.scalars(select(IngestRun).order_by(IngestRun.id.desc()).limit(1)).first()
