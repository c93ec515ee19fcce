"""Many rows of one table in one go: COPY on PostgreSQL, executemany elsewhere.

Only for tables no other row points at (the per-fact leaves: sections, paratexts, mentions,
metrics, skipped numbers): COPY hands back no ids. The rows go through the caller's
transaction, so a document is still stored whole or not at all, and a refused row is a
`DBAPIError` as from any other statement. Both ways store the same rows with the same ids:
COPY takes them from the table's sequence in the order given, as the inserts do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.exc import DBAPIError

# Execution option that turns COPY off (an engine's or a connection's), for comparing the two.
USE_COPY = "govdb_copy"


def bulk_insert(connection: Connection, model: type, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys, values as the columns take them) into
    `model`'s table in the caller's transaction."""
    if not rows:
        return
    if connection.dialect.name == "postgresql" and connection.get_execution_options().get(
        USE_COPY, True
    ):
        copy_rows(connection, model.__table__.name, list(rows[0]), rows)  # type: ignore[attr-defined]
    else:
        connection.execute(insert(model), list(rows))


def copy_rows(
    connection: Connection, table: str, columns: list[str], rows: Sequence[dict[str, Any]]
) -> None:
    """COPY `rows` into `table` through the driver's connection under `connection`."""
    import psycopg  # the PostgreSQL driver; SQLite never gets here

    statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    driver = connection.connection.driver_connection
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
            for row in rows:
                copy.write_row([row[column] for column in columns])
    except psycopg.Error as error:
        raise DBAPIError.instance(statement, None, error, psycopg.Error) from error
