"""Alembic's entry point: runs revisions in one locked transaction, then brings the curated
views in line with sql/views/ at head.

The URL comes from a connection handed in by the caller (govdb migrate, tests), else from
GOVDB_DATABASE_URL, else ./govdb.sqlite. Run from the `alembic` command line, a migration that
would drop tables or columns holding data is refused unless `-x yes` is given (`govdb downgrade`
lists them and asks).
"""

from __future__ import annotations

from alembic import context
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection

from govdb.config import database_url
from govdb.db import make_engine
from govdb.errors import GovdbError
from govdb.migrate import inventory, losses, migration_transaction, refuse_unknown_revisions
from govdb.models import Base
from govdb.views import drop_for_schema_change, restore, sync_views

config = context.config
# govdb's own targets: a revision id, head(s) or base. Anything else (relative steps such as -1,
# branch syntax) is taken to change the schema.
_KEYWORDS = {"head", "heads", "base"}


def include_name(name, type_, parent_names):  # type: ignore[no-untyped-def]
    # Search objects are engine-specific (an FTS5 table and its shadow tables on SQLite, a
    # tsvector table and a trigram index on PostgreSQL), created by a revision outside the
    # models, so autogenerate must not compare them.
    return not (type_ in ("table", "index") and name and name.startswith("article_search"))


def _changes_schema(script: ScriptDirectory, current: set[str]) -> bool:
    destination = context.get_context().opts.get("destination_rev")
    if destination is None:  # alembic check, current, …: no revision runs
        return False
    targets = destination if isinstance(destination, tuple) else (destination,)
    if not all(t in _KEYWORDS or t.isalnum() for t in targets):
        return True
    try:
        wanted = {r.revision for r in script.get_revisions(targets) if r is not None}
    except Exception:  # an unknown id: Alembic reports it when it runs
        return True
    return wanted != current


def run_migrations(connection: Connection, *, guard: bool = False) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite can only ALTER by copying the table
        compare_type=True,
        include_name=include_name,
    )
    script = ScriptDirectory.from_config(config)
    with context.begin_transaction():
        migration = context.get_context()
        current = set(migration.get_current_heads())
        refuse_unknown_revisions(script, current)
        # Revisions run with govdb's views out of the way (none may block an ALTER).
        kept = drop_for_schema_change(connection) if _changes_schema(script, current) else []
        before = inventory(connection) if guard else None
        context.run_migrations()
        if set(migration.get_current_heads()) == set(script.get_heads()):
            sync_views(connection)
        restore(connection, kept)
        if before is not None:
            lost, data = losses(before, inventory(connection))
            if data:
                raise GovdbError(
                    f"this would drop {', '.join(lost)}; nothing was changed. "
                    "Run it again with `-x yes` to drop them (or use govdb downgrade)"
                )


def run_offline() -> None:
    context.configure(
        url=database_url(config.get_main_option("sqlalchemy.url")),
        target_metadata=Base.metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    given = config.attributes.get("connection")
    if isinstance(given, Connection):
        # govdb.migrate's own: the caller holds the transaction and the lock.
        run_migrations(given)
        return
    # An Engine handed in (as some test harnesses do) is used as it is; otherwise the URL,
    # from the alembic command line, which a person may have pointed at the wrong revision.
    engine = given or make_engine(database_url(config.get_main_option("sqlalchemy.url")))
    try:
        with migration_transaction(engine) as connection:
            run_migrations(
                connection, guard=given is None and "yes" not in context.get_x_argument()
            )
    except GovdbError as error:
        # The alembic command line prints a CommandError as one line, like govdb does.
        raise CommandError(str(error)) from None
    finally:
        if given is None:
            engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
