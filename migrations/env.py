"""Alembic's entry point: runs revisions, then re-creates the curated views at head.

The URL comes from a connection handed in by the caller (govdb migrate, tests), else from
GOVDB_DATABASE_URL, else ./govdb.sqlite.
"""

from __future__ import annotations

from alembic import context
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from govdb.config import database_url
from govdb.db import make_engine
from govdb.models import Base
from govdb.views import create_views, drop_views

config = context.config


def include_name(name, type_, parent_names):  # type: ignore[no-untyped-def]
    # Search objects are engine-specific (an FTS5 table and its shadow tables on SQLite, a
    # tsvector table and a trigram index on PostgreSQL), created by a revision outside the
    # models, so autogenerate must not compare them.
    return not (type_ in ("table", "index") and name and name.startswith("article_search"))


def run_migrations(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite can only ALTER by copying the table
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        drop_views(connection)
        context.run_migrations()
        heads = set(ScriptDirectory.from_config(config).get_heads())
        if set(context.get_context().get_current_heads()) == heads:
            create_views(connection)


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
        run_migrations(given)
        return
    # An Engine handed in (as some test harnesses do) is used as it is; otherwise the URL.
    engine = given or make_engine(database_url(config.get_main_option("sqlalchemy.url")))
    try:
        with engine.connect() as connection:
            run_migrations(connection)
            connection.commit()
    finally:
        if given is None:
            engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
