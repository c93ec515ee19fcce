"""Schema upgrades: Alembic driven from Python, with the migrations that ship with govdb.

Every migration runs as one transaction under a lock, on both engines: concurrent first ingests
wait for the one that migrates instead of racing it, and a migration killed half-way leaves the
database at the revision it started from (SQLite's DDL is transactional too, once the driver is
kept from committing on its own).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError

from govdb.db import VIEW_SCHEMA
from govdb.errors import GovdbError
from govdb.paths import migrations_dir

NOTES = "govdb_notes"  # connection.info key: one-line notes the view sync leaves for the caller

# Seconds a migration waits for a lock another session holds (an analyst's open transaction on a
# view it must replace) before it gives up and says who holds it.
LOCK_TIMEOUT = 10.0
# pg_advisory_xact_lock key shared by every govdb migration on a database ("govd").
_LOCK_KEY = 0x676F7664
_LOCK_NOT_AVAILABLE = "55P03"


def alembic_config(connection: Connection | Engine | None = None) -> Config:
    """Alembic's config for govdb's migrations; with `connection`, revisions run on it."""
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(
    engine: Engine, revision: str = "head", *, lock_timeout: float = LOCK_TIMEOUT
) -> list[str]:
    """Returns notes for the person migrating (what the role could not do, e.g. set the
    database's search_path when it does not own the database)."""
    return _migrate(engine, command.upgrade, revision, lock_timeout)


def downgrade(engine: Engine, revision: str, *, lock_timeout: float = LOCK_TIMEOUT) -> None:
    """Downgrade without asking: callers that act for a person ask first (`downgrade_losses`)."""
    _migrate(engine, command.downgrade, revision, lock_timeout)


def _migrate(
    engine: Engine, run: Callable[[Config, str], None], revision: str, lock_timeout: float
) -> list[str]:
    with _plain_errors(engine, lock_timeout), migration_transaction(engine, lock_timeout) as c:
        run(alembic_config(c), revision)
        return list(c.info.pop(NOTES, []))


def is_current(engine: Engine) -> bool:
    """True when the database is at the newest revision govdb knows."""
    heads = set(ScriptDirectory.from_config(alembic_config()).get_heads())
    with engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads()) == heads


def refuse_unknown_revisions(script: ScriptDirectory, current: set[str]) -> None:
    """A database a newer govdb migrated: say so, rather than fail somewhere inside Alembic."""
    known = {r.revision for r in script.walk_revisions()}
    unknown = sorted(current - known)
    if unknown:
        raise GovdbError(
            f"this database was made by a newer govdb (revision {', '.join(unknown)}); "
            "upgrade govdb"
        )


def check_readable(engine: Engine) -> None:
    """Before a command that only reads: the database is one govdb made, by a govdb no newer
    than this one. A login that cannot see govdb's bookkeeping (an analyst on PostgreSQL) is
    let through: the views it reads answer for themselves."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            if engine.dialect.name == "sqlite":
                raise GovdbError(
                    f"{engine.url.database} is not a govdb database (no govdb tables): "
                    "run govdb ingest or govdb migrate on it first"
                )
            return
        try:
            current = set(MigrationContext.configure(connection).get_current_heads())
        except DBAPIError:
            return
    refuse_unknown_revisions(ScriptDirectory.from_config(alembic_config()), current)


@contextmanager
def migration_transaction(
    engine: Engine, lock_timeout: float = LOCK_TIMEOUT, *, commit: bool = True
) -> Iterator[Connection]:
    """A connection in one transaction that holds the migration lock; committed at the end
    (rolled back instead when `commit` is false, for a dry run)."""
    milliseconds = max(1, int(lock_timeout * 1000))
    if engine.dialect.name != "sqlite":
        with engine.connect() as connection, connection.begin() as transaction:
            # Wait as long as another migration takes; then only `lock_timeout` for the rest.
            connection.exec_driver_sql("SET LOCAL lock_timeout = 0")
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(%(key)s)", {"key": _LOCK_KEY})
            connection.exec_driver_sql(f"SET LOCAL lock_timeout = {milliseconds}")
            yield connection
            if not commit:
                transaction.rollback()
        return
    with engine.connect() as connection:
        # Python's sqlite3 runs DDL outside any transaction unless told not to manage them;
        # with the driver in autocommit mode, BEGIN and COMMIT are ours.
        connection.execution_options(isolation_level="AUTOCOMMIT")
        busy = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
        # A table copy (SQLite's ALTER) drops the old table, and with foreign keys on that
        # deletes what references it; the pragma is ignored inside a transaction, so it is set
        # before BEGIN, and the keys are checked before COMMIT instead.
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {milliseconds}")
        try:
            try:
                connection.exec_driver_sql("BEGIN EXCLUSIVE")
            except OperationalError as error:
                if "locked" not in str(error.orig):
                    raise
                raise GovdbError(
                    f"another connection holds the database file (an open transaction); "
                    f"waited {lock_timeout:g} s. End it, then run govdb migrate again"
                ) from None
            try:
                started_at = _sqlite_revision(connection)
                yield connection
                # Only after revisions ran: the check reads every table, too slow for a no-op.
                if _sqlite_revision(connection) != started_at:
                    _check_foreign_keys(connection)
                connection.exec_driver_sql("COMMIT" if commit else "ROLLBACK")
            except BaseException:
                if connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
                    connection.exec_driver_sql("ROLLBACK")
                raise
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(busy or 0)}")


def _sqlite_revision(connection: Connection) -> tuple[str, ...]:
    if not connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first():
        return ()
    return tuple(connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars())


def _check_foreign_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
    if broken:
        raise GovdbError(
            f"the migration would leave rows of {broken[0]} pointing at missing {broken[2]} "
            "rows; nothing was changed"
        )


@contextmanager
def _plain_errors(engine: Engine, lock_timeout: float) -> Iterator[None]:
    """Alembic's and the server's refusals as one line each."""
    try:
        yield
    except CommandError as error:
        raise GovdbError(str(error).strip().splitlines()[0]) from None
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) != _LOCK_NOT_AVAILABLE:
            raise
        raise GovdbError(_who_holds_the_lock(engine, lock_timeout)) from None


def _who_holds_the_lock(engine: Engine, lock_timeout: float) -> str:
    holder = ""
    # Naming the holder is a courtesy: when the catalogue cannot be read, the message stands
    # without it.
    with suppress(DBAPIError), engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT a.pid, a.usename, a.state, c.relname FROM pg_locks AS l "
                "JOIN pg_stat_activity AS a ON a.pid = l.pid "
                "JOIN pg_class AS c ON c.oid = l.relation "
                "WHERE l.granted AND l.pid <> pg_backend_pid() "
                "AND a.datname = current_database() "
                "AND c.relnamespace::regnamespace::text IN (current_schema(), :views) "
                "AND c.relkind IN ('v', 'r', 'm', 'p') "
                "ORDER BY a.xact_start NULLS LAST, c.relkind = 'v' DESC, c.relname LIMIT 1"
            ),
            {"views": VIEW_SCHEMA},
        ).first()
        if row:
            holder = f" (pid {row.pid}, user {row.usename}, {row.state}, on {row.relname})"
    return (
        f"another session holds a lock govdb migrate needs{holder}; waited {lock_timeout:g} s. "
        "End that session or its transaction, then run govdb migrate again"
    )


# What a downgrade drops, so that a person can be asked first.


@dataclass(frozen=True, slots=True)
class Table:
    columns: frozenset[str]
    rows: int  # exact when counted, else 1 for "has rows" and 0 for empty
    counted: bool

    def __str__(self) -> str:
        if not self.rows:
            return "empty"
        return f"{self.rows} rows" if self.counted else "holds data"


def inventory(connection: Connection, *, count: bool = False) -> dict[str, Table]:
    """Every table (not Alembic's own) with its columns and rows; `count` false only asks
    whether a table has any, which costs nothing on a large table."""
    inspector = inspect(connection)
    tables: dict[str, Table] = {}
    for name in inspector.get_table_names():
        if name == "alembic_version" or name.startswith("article_search_"):
            continue  # FTS5's shadow tables go with article_search
        query = f"SELECT count(*) FROM {name}" if count else f"SELECT EXISTS (SELECT 1 FROM {name})"
        rows = int(connection.exec_driver_sql(query).scalar() or 0)
        columns = frozenset(c["name"] for c in inspector.get_columns(name))
        tables[name] = Table(columns, rows, count)
    return tables


def losses(before: dict[str, Table], after: dict[str, Table]) -> tuple[list[str], bool]:
    """What is gone from `before` in `after`, as phrases, and whether any of it held data."""
    lost: list[str] = []
    data = False
    for name, table in sorted(before.items()):
        if name not in after:
            lost.append(f"table {name} ({table})")
            data = data or table.rows > 0
            continue
        for column in sorted(table.columns - after[name].columns):
            lost.append(f"column {name}.{column}")
            data = data or table.rows > 0
    return lost, data


def downgrade_losses(
    engine: Engine, revision: str, *, lock_timeout: float = LOCK_TIMEOUT
) -> tuple[list[str], bool]:
    """What a downgrade to `revision` would drop, found by running it in a transaction that
    is then rolled back; and whether any of it holds data."""
    with (
        _plain_errors(engine, lock_timeout),
        migration_transaction(engine, lock_timeout, commit=False) as connection,
    ):
        before = inventory(connection, count=True)
        command.downgrade(alembic_config(connection), revision)
        return losses(before, inventory(connection))
