"""The curated views: one documented .sql file each under sql/views/, installed in the database.

Views are derived objects, but analysts build their own views on them, so `govdb migrate`
touches only govdb's views (the files, plus RETIRED) and only when they differ from the files:
the installed definition is compared with the file's (SQLite keeps the CREATE text verbatim;
PostgreSQL's deparsed definition is compared with a temporary view made from the file). Before a
schema change the runner drops govdb's views, so none blocks an ALTER on either engine, and
re-creates them once the schema is at head. A view govdb must drop that a user object depends
on is refused on PostgreSQL, naming the object, rather than dropped with CASCADE; SQLite tracks
no dependencies and re-reads a view's SQL when it is queried, so user views there are kept
aside during a schema change (whose copy-and-rename checks every view) and put back verbatim.

On PostgreSQL govdb's views live in their own schema, `govdb` (the base tables stay in the
schema they were made in, normally public), so that an analyst login whose search_path is that
schema alone sees the views and nothing else. The files stay schema-free: a view is created
with the tables' schema and then `govdb` on the search_path. migrate moves the views an older
govdb made in public with ALTER VIEW … SET SCHEMA, which keeps every view built on them, and
puts `govdb` at the end of the database's search_path (when its role owns the database; every
govdb connection appends it anyway), so `select * from v_articles` keeps working unqualified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, inspect
from sqlalchemy.exc import DBAPIError

from govdb.analysts import (
    SHARED_GROUP,
    analyst_group_if_any,
    grant_views_to_analysts,
    literal,
    revoke_shared_group,
    run_ddl,
)
from govdb.db import VIEW_SCHEMA, with_view_schema
from govdb.errors import GovdbError
from govdb.migrate import NOTES
from govdb.paths import views_dir

_HEADER = re.compile(r"^--\s?(.*)$")
_COLUMN = re.compile(r"^\s{2,}([a-z_][a-z0-9_]*)\s{2,}(.+)$")


@dataclass(frozen=True, slots=True)
class View:
    name: str
    summary: str  # first header line: what one row is
    description: str  # the header's prose after the summary
    columns: tuple[tuple[str, str], ...]  # (column, meaning) as documented in the header
    sql: str  # the SELECT that defines it

    @property
    def grain(self) -> str:
        """The summary without the view's name: "one row per article …"."""
        return self.summary.split(":", 1)[-1].strip()

    def depends_on(self, names: set[str]) -> set[str]:
        return {n for n in names if n != self.name and re.search(rf"\b{n}\b", self.sql)}


def parse_view(path: Path) -> View:
    """Read one view file: a `-- ` comment header (summary, prose, `Columns:` list), then the
    SELECT that defines the view (govdb wraps it in CREATE VIEW)."""
    header: list[str] = []
    body: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _HEADER.match(line)
        if match and not body:
            header.append(match.group(1))
        else:
            body.append(line)
    summary = header[0].strip() if header else ""
    prose: list[str] = []
    columns: list[tuple[str, str]] = []
    in_columns = False
    for line in header[1:]:
        if line.strip().lower() == "columns:":
            in_columns = True
            continue
        column = _COLUMN.match(line) if in_columns else None
        if column:
            columns.append((column.group(1), column.group(2).strip()))
        elif in_columns and line.strip() and columns:
            # A wrapped description continues the previous column's text.
            name, meaning = columns[-1]
            columns[-1] = (name, f"{meaning} {line.strip()}")
        elif not in_columns:
            prose.append(line.strip())
    sql = "\n".join(body).strip().rstrip(";")
    return View(path.stem, summary, " ".join(p for p in prose if p), tuple(columns), sql)


def load_views(directory: Path | None = None) -> list[View]:
    """Every view, ordered so that a view comes after the views it selects from."""
    views = {v.name: v for v in map(parse_view, sorted((directory or views_dir()).glob("*.sql")))}
    ordered: list[View] = []
    placed: set[str] = set()
    pending = dict(views)
    while pending:
        ready = [v for v in pending.values() if v.depends_on(set(views)) <= placed]
        if not ready:
            raise ValueError(f"views depend on each other in a cycle: {sorted(pending)}")
        for view in ready:
            ordered.append(view)
            placed.add(view.name)
            del pending[view.name]
    return ordered


# Views an older govdb installed and this one no longer ships: migrate drops them. A name that is
# not in sql/views/ nor here is never govdb's, whatever it starts with.
RETIRED: tuple[str, ...] = ()


def _statement(view: View, schema: str | None = None) -> str:
    name = f"{schema}.{view.name}" if schema else view.name
    return f"CREATE VIEW {name} AS\n{view.sql}"


def view_schema(connection: Connection) -> str | None:
    """The schema govdb's views live in: `govdb` on PostgreSQL, none on SQLite."""
    return VIEW_SCHEMA if connection.dialect.name == "postgresql" else None


def _qualified(connection: Connection, name: str) -> str:
    schema = view_schema(connection)
    return f"{schema}.{name}" if schema else name


def _view_names(connection: Connection) -> set[str]:
    return set(inspect(connection).get_view_names(schema=view_schema(connection)))


def prepare_view_schema(connection: Connection) -> None:
    """PostgreSQL: the view schema exists, govdb's views made in the tables' schema by an older
    govdb are moved into it, and the database's search_path ends with it. Changes nothing when
    all that holds already."""
    if connection.dialect.name != "postgresql":
        return
    found = connection.exec_driver_sql(
        "SELECT 1 FROM pg_namespace WHERE nspname = %(schema)s", {"schema": VIEW_SCHEMA}
    ).first()
    if found is None:
        connection.exec_driver_sql(f"CREATE SCHEMA {VIEW_SCHEMA}")
        # Logins an older grant-analyst made read the views they are moved into here.
        group = analyst_group_if_any(connection)
        if group is not None:
            connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA {VIEW_SCHEMA} TO {group}")
    ours = [v.name for v in load_views()] + list(RETIRED)
    moving = connection.exec_driver_sql(
        "SELECT c.relname FROM pg_class AS c "
        "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'v' "
        "AND c.relname = ANY(%(names)s) AND NOT EXISTS (SELECT 1 FROM pg_class AS g "
        "WHERE g.relnamespace = %(schema)s::regnamespace AND g.relname = c.relname) ORDER BY 1",
        {"names": ours, "schema": VIEW_SCHEMA},
    ).scalars()
    for name in list(moving):
        # Views on it (a user's own) refer to it by oid and keep working; grants and comments
        # move with it.
        connection.exec_driver_sql(f"ALTER VIEW {name} SET SCHEMA {VIEW_SCHEMA}")
    _database_search_path(connection)
    if revoke_shared_group(connection):
        connection.info.setdefault(NOTES, []).append(
            f"note: the group {SHARED_GROUP}, which an older govdb shared between databases, "
            "no longer reads this database; run govdb grant-analyst again for its members"
        )


def _database_search_path(connection: Connection) -> None:
    row = connection.exec_driver_sql(
        "SELECT d.datname, pg_has_role(d.datdba, 'USAGE'), "
        "(SELECT substr(c, length('search_path=') + 1) FROM pg_db_role_setting AS s, "
        "unnest(s.setconfig) AS c WHERE s.setdatabase = d.oid AND s.setrole = 0 "
        "AND starts_with(c, 'search_path=')) FROM pg_database AS d "
        "WHERE d.datname = current_database()"
    ).one()
    database, owner, path = row
    wanted = with_view_schema(path or '"$user", public')
    if wanted is None:
        return
    if not owner:
        connection.info.setdefault(NOTES, []).append(
            f"note: only the owner of database {database} can add {VIEW_SCHEMA} to its "
            f"search_path (ALTER DATABASE ... SET search_path = {wanted}); govdb adds it to "
            "its own connections, other clients must qualify the views or set it themselves"
        )
        return
    connection.exec_driver_sql(
        f'ALTER DATABASE "{database.replace(chr(34), chr(34) * 2)}" SET search_path = {wanted}'
    )


def drop_for_schema_change(connection: Connection) -> list[str]:
    """Drop every govdb view before revisions run. Returns the statements that put back the
    user's own views (SQLite only, see the module's docstring); run them after the schema
    change with `restore`."""
    prepare_view_schema(connection)
    present = _view_names(connection)
    ours = [v.name for v in reversed(load_views()) if v.name in present]
    ours += [n for n in RETIRED if n in present]
    refuse_dependents(connection, ours)
    kept: list[str] = []
    if connection.dialect.name == "sqlite":
        kept = _set_user_views_aside(connection, set(ours))
    for name in ours:
        connection.exec_driver_sql(f"DROP VIEW IF EXISTS {_qualified(connection, name)}")
    return kept


def _set_user_views_aside(connection: Connection, ours: set[str]) -> list[str]:
    rows = connection.exec_driver_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE type IN ('view', 'trigger') AND sql IS NOT NULL ORDER BY rowid"
    ).all()
    views = [(name, sql) for kind, name, _, sql in rows if kind == "view" and name not in ours]
    names = {name for name, _ in views}
    # INSTEAD OF triggers live on a view and go with it.
    triggers = [sql for kind, _, table, sql in rows if kind == "trigger" and table in names]
    for name, _ in reversed(views):
        connection.exec_driver_sql(f'DROP VIEW "{name}"')
    return [sql for _, sql in views] + triggers


def restore(connection: Connection, statements: list[str]) -> None:
    for statement in statements:
        connection.exec_driver_sql(statement)


def sync_views(connection: Connection) -> list[str]:
    """Make govdb's views match the files, changing only those that differ (and the govdb
    views built on them). Returns the names re-created; none when nothing changed."""
    prepare_view_schema(connection)
    views = load_views()
    names = {v.name for v in views}
    present = _view_names(connection)
    changed: set[str] = set()
    for view in views:  # dependencies first: a view on a changed view changes too
        if (
            view.name not in present
            or view.depends_on(names) & changed
            or not _definition_matches(connection, view)
        ):
            changed.add(view.name)
    dropped = [v.name for v in reversed(views) if v.name in changed and v.name in present]
    dropped += [n for n in RETIRED if n in present]
    refuse_dependents(connection, dropped)
    for name in dropped:
        connection.exec_driver_sql(f"DROP VIEW {_qualified(connection, name)}")
    made = [v for v in views if v.name in changed]
    for view in made:
        # Driver-level SQL: a view may contain `::` casts that bind-parameter parsing misreads.
        run_ddl(connection, _statement(view, view_schema(connection)))
    if connection.dialect.name == "postgresql":
        for view in views:
            if view.name in changed or not _comments_match(connection, view):
                _comment(connection, view)
        from govdb.search import install_search_function

        install_search_function(connection, VIEW_SCHEMA)
    grant_views_to_analysts(connection, [v.name for v in made])
    return [v.name for v in made]


def _definition_matches(connection: Connection, view: View) -> bool:
    if connection.dialect.name == "sqlite":
        stored = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", (view.name,)
        ).scalar()
        return stored == _statement(view)
    # Both definitions deparsed by the same server in the same session: equal text, equal view.
    # A savepoint, because a file that no longer fits the schema must not abort the migration.
    try:
        with connection.begin_nested():
            run_ddl(connection, f"CREATE TEMP VIEW govdb_candidate AS\n{view.sql}")
            candidate, installed = connection.exec_driver_sql(
                "SELECT pg_get_viewdef('pg_temp.govdb_candidate'::regclass), "
                "pg_get_viewdef(c.oid) FROM pg_class AS c "
                "WHERE c.relnamespace = %(schema)s::regnamespace "
                "AND c.relname = %(name)s AND c.relkind = 'v'",
                {"name": view.name, "schema": VIEW_SCHEMA},
            ).one()
            connection.exec_driver_sql("DROP VIEW pg_temp.govdb_candidate")
    except DBAPIError:
        return False
    return bool(candidate == installed)


def _about(view: View) -> str:
    return f"{view.summary} {view.description}".strip()


def _comments_match(connection: Connection, view: View) -> bool:
    rows = connection.exec_driver_sql(
        "SELECT a.attname, col_description(c.oid, a.attnum), obj_description(c.oid, 'pg_class') "
        "FROM pg_class AS c JOIN pg_attribute AS a ON a.attrelid = c.oid "
        "AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE c.relnamespace = %(schema)s::regnamespace AND c.relname = %(name)s",
        {"name": view.name, "schema": VIEW_SCHEMA},
    ).all()
    if not rows or rows[0][2] != _about(view):
        return False
    stored = {column: meaning for column, meaning, _ in rows}
    return all(stored.get(column) == meaning for column, meaning in view.columns)


# Objects that depend on one of the named relations and are not themselves among them: a view's
# rewrite rule stands for the view (or materialized view) it defines.
_PG_DEPENDENTS = """
SELECT DISTINCT used.relname,
       CASE WHEN r.oid IS NULL THEN pg_describe_object(d.classid, d.objid, d.objsubid)
            WHEN dependent.relkind = 'm' THEN 'materialized view ' || dependent.oid::regclass
            ELSE 'view ' || dependent.oid::regclass END,
       dependent.relname
FROM pg_depend AS d
JOIN pg_class AS used ON used.oid = d.refobjid AND d.refclassid = 'pg_class'::regclass
LEFT JOIN pg_rewrite AS r ON d.classid = 'pg_rewrite'::regclass AND r.oid = d.objid
LEFT JOIN pg_class AS dependent ON dependent.oid = r.ev_class
WHERE used.relnamespace = %(schema)s::regnamespace
  AND used.relname = ANY(%(names)s)
  AND d.deptype = 'n'
  AND (dependent.oid IS NULL OR dependent.oid <> used.oid)
ORDER BY 1, 2
"""


def refuse_dependents(connection: Connection, dropping: list[str]) -> None:
    """PostgreSQL: refuse, naming them, when objects outside `dropping` depend on a view in it
    (DROP … CASCADE would delete them without a word)."""
    if connection.dialect.name != "postgresql" or not dropping:
        return
    rows = connection.exec_driver_sql(
        _PG_DEPENDENTS, {"names": list(dropping), "schema": VIEW_SCHEMA}
    ).all()
    blocking = [(used, what) for used, what, name in rows if name not in dropping]
    if blocking:
        used = sorted({name for name, _ in blocking})
        ours = f"view {used[0]}, but" if len(used) == 1 else f"views {', '.join(used)}, but"
        theirs = ", ".join(f"{what} (on {name})" for name, what in blocking)
        one = len(blocking) == 1
        raise GovdbError(
            f"govdb must replace its {ours} {theirs} {'depends' if one else 'depend'} on "
            f"{'it' if len(used) == 1 else 'them'}; drop {'it' if one else 'them'}, "
            f"run govdb migrate, then create {'it' if one else 'them'} again"
        )


def _comment(connection: Connection, view: View) -> None:
    """The header's text as PostgreSQL comments, which BI tools and psql's \\d+ show."""
    name = _qualified(connection, view.name)
    run_ddl(connection, f"COMMENT ON VIEW {name} IS {literal(_about(view))}")
    for column, meaning in view.columns:
        run_ddl(connection, f"COMMENT ON COLUMN {name}.{column} IS {literal(meaning)}")


def markdown(views: list[View]) -> str:
    """docs/views.md: the view reference for analysts, generated from the headers."""
    lines = [
        "# Curated views",
        "",
        "Generated from the headers of sql/views/*.sql by `govdb views --markdown`;",
        "a test fails when this file and the headers disagree.",
        "",
    ]
    for view in sorted(views, key=lambda v: v.name):
        lines += [f"## {view.name}", "", view.grain[:1].upper() + view.grain[1:]]
        if view.description:
            lines += ["", view.description]
        lines += ["", "| column | meaning |", "| --- | --- |"]
        lines += [f"| `{name}` | {_cell(meaning)} |" for name, meaning in view.columns]
        lines.append("")
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")
