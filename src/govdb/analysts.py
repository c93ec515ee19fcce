"""Read-only analyst logins on PostgreSQL: the views and the search function, nothing else.

Analysts of a database are members of its group role, `govdb_analysts_<database>_<hash>` (roles
are server-wide, so one group for every database would let an analyst of one read another's
views). The group has USAGE on the view schema (`govdb`), SELECT on each view and EXECUTE on
`govdb.search_articles`; the migration runner grants SELECT to it whenever it re-creates a view,
so a login made once keeps working after later migrations. Base tables are never granted, and
the login's search_path is the view schema alone, so catalogue browsers show it the views only.

What is taken from PUBLIC in this database, because PostgreSQL grants no right to a single role
that PUBLIC has (there is no deny): CONNECT and TEMPORARY on the database (given back to its
owner and to the role running grant-analyst, CONNECT also to the group), CREATE on schema public
(PostgreSQL 15 no longer grants it by default) and, when a superuser runs it, EXECUTE on the
functions that create large objects (given back to the owner). Other databases on the server
are not govdb's to change.

The grants are the security. The settings put on the login (read-only transactions, statement
and idle-transaction timeouts, search_path) are defaults a session can SET away; with no right
to write anything, turning read-only off gains nothing, and migrate's lock timeout keeps an
idle analyst transaction with its timeout turned off from blocking migrate for ever. A role
that already holds more than the grants give (a superuser, a creator of roles or databases, a
member of other roles) is refused rather than quietly left as it is.
"""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import Connection, Engine

from govdb.errors import GovdbError

GROUP_PREFIX = "govdb_analysts_"
# The one analyst group for every database that govdb made before groups were per database: its
# members could read the views of every govdb database on the server.
SHARED_GROUP = "govdb_analysts"
# The server-side functions that create a large object (lo_import also reads a server file).
LARGE_OBJECT_FUNCTIONS = (
    "lo_create(oid)",
    "lo_creat(integer)",
    "lo_from_bytea(oid, bytea)",
    "lo_import(text)",
    "lo_import(text, oid)",
)
STATEMENT_TIMEOUT = "60s"
IDLE_TIMEOUT = "5min"  # an analyst's forgotten open transaction must not hold migrate's locks
PASSWORD_ENV = "GOVDB_ANALYST_PASSWORD"
# Role attributes that give more than reading the views.
_POWERS = {
    "rolsuper": "is a superuser",
    "rolcreaterole": "can create roles",
    "rolcreatedb": "can create databases",
    "rolreplication": "can replicate",
    "rolbypassrls": "bypasses row security",
}
_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def literal(value: str) -> str:
    """A SQL string literal, for statements that take no bind parameters (ROLE, COMMENT)."""
    return "'" + value.replace("'", "''") + "'"


def run_ddl(connection: Connection, statement: str) -> None:
    """Run a statement verbatim: psycopg reads `%` as a placeholder even without parameters,
    and view bodies (LIKE '%…%') and comments (7.8%) contain it."""
    if connection.dialect.name == "postgresql":
        statement = statement.replace("%", "%%")
    connection.exec_driver_sql(statement)


def _role_exists(connection: Connection, role: str) -> bool:
    found = connection.exec_driver_sql(
        "SELECT 1 FROM pg_roles WHERE rolname = %(role)s", {"role": role}
    ).first()
    return found is not None


def analyst_group(database: str) -> str:
    """The group role of one database's analysts: a plain name within PostgreSQL's 63 bytes."""
    plain = re.sub(r"[^a-z0-9_]", "_", database.lower())[:36]
    digest = hashlib.sha256(database.encode()).hexdigest()[:8]
    return f"{GROUP_PREFIX}{plain}_{digest}"


def _group(connection: Connection) -> str:
    return analyst_group(connection.exec_driver_sql("SELECT current_database()").scalar_one())


def analyst_group_if_any(connection: Connection) -> str | None:
    """This database's analyst group, when grant-analyst has made it."""
    group = _group(connection)
    return group if _role_exists(connection, group) else None


def revoke_shared_group(connection: Connection) -> bool:
    """Take from the server-wide group of older govdb versions what it holds in this database
    (its views, the view schema, CONNECT). True when it held anything: its members must be
    made analysts of this database again, with grant-analyst."""
    if connection.dialect.name != "postgresql" or not _role_exists(connection, SHARED_GROUP):
        return False
    relations = connection.exec_driver_sql(
        "SELECT DISTINCT n.nspname, c.relname FROM pg_class AS c "
        "JOIN pg_namespace AS n ON n.oid = c.relnamespace, aclexplode(c.relacl) AS a "
        "WHERE a.grantee = %(group)s::regrole ORDER BY 1, 2",
        {"group": SHARED_GROUP},
    ).all()
    schemas = list(
        connection.exec_driver_sql(
            "SELECT DISTINCT n.nspname FROM pg_namespace AS n, aclexplode(n.nspacl) AS a "
            "WHERE a.grantee = %(group)s::regrole ORDER BY 1",
            {"group": SHARED_GROUP},
        ).scalars()
    )
    connects = connection.exec_driver_sql(
        "SELECT EXISTS (SELECT 1 FROM pg_database AS d, aclexplode(d.datacl) AS a "
        "WHERE d.datname = current_database() AND a.grantee = %(group)s::regrole)",
        {"group": SHARED_GROUP},
    ).scalar_one()
    if not (relations or schemas or connects):
        return False
    for schema, name in relations:
        connection.exec_driver_sql(f'REVOKE ALL ON "{schema}"."{name}" FROM {SHARED_GROUP}')
    for schema in schemas:
        connection.exec_driver_sql(f'REVOKE ALL ON SCHEMA "{schema}" FROM {SHARED_GROUP}')
    if connects:
        database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
        connection.exec_driver_sql(
            f'REVOKE CONNECT ON DATABASE "{database.replace(chr(34), chr(34) * 2)}" '
            f"FROM {SHARED_GROUP}"
        )
    return True


def grant_views_to_analysts(connection: Connection, view_names: list[str]) -> None:
    if connection.dialect.name != "postgresql":
        return
    from govdb.db import VIEW_SCHEMA

    group = analyst_group_if_any(connection)
    if group is None:
        return
    for name in view_names:
        connection.exec_driver_sql(f"GRANT SELECT ON {VIEW_SCHEMA}.{name} TO {group}")


def _more_than_reading(connection: Connection, role: str) -> str | None:
    """Why an existing role holds more than an analyst login gets, or None."""
    columns = ", ".join(_POWERS)
    row = connection.exec_driver_sql(
        f"SELECT {columns} FROM pg_roles WHERE rolname = %(role)s", {"role": role}
    ).first()
    if row is None:
        return None
    for reason, held in zip(_POWERS.values(), row, strict=True):
        if held:
            return reason
    # Being an analyst of other govdb databases is no more than reading.
    groups = connection.exec_driver_sql(
        "SELECT g.rolname FROM pg_auth_members AS m "
        "JOIN pg_roles AS g ON g.oid = m.roleid JOIN pg_roles AS r ON r.oid = m.member "
        "WHERE r.rolname = %(role)s AND g.rolname NOT LIKE %(analysts)s ORDER BY 1",
        {"role": role, "analysts": GROUP_PREFIX.replace("_", "\\_") + "%"},
    ).scalars()
    names = list(groups)
    return f"is a member of {', '.join(names)}" if names else None


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def grant_analyst(engine: Engine, role: str, password: str | None) -> list[str]:
    """Create (if needed) a login `role` that can read every view and run the search function
    and nothing else; an existing role that can do more is refused with the reason. Returns
    notes on what could not be done with the rights of the role running it."""
    if engine.dialect.name != "postgresql":
        raise GovdbError("analyst roles need PostgreSQL; a SQLite file is read with file access")
    if not _ROLE.match(role):
        raise GovdbError(f"not a plain role name (lowercase letters, digits, _): {role!r}")
    from govdb.db import VIEW_SCHEMA
    from govdb.search import FUNCTION, SIGNATURE
    from govdb.views import load_views

    notes: list[str] = []
    with engine.begin() as connection:
        ready = connection.exec_driver_sql(
            "SELECT 1 FROM pg_proc WHERE pronamespace = to_regnamespace(%(schema)s) "
            "AND proname = %(name)s",
            {"schema": VIEW_SCHEMA, "name": FUNCTION},
        ).first()
        if ready is None:
            raise GovdbError(
                f"this database has no schema {VIEW_SCHEMA} with govdb's views yet: "
                "run govdb migrate first"
            )
        group = _group(connection)
        if not _role_exists(connection, group):
            connection.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
        reason = _more_than_reading(connection, role)
        if reason is not None:
            raise GovdbError(
                f"role {role} {reason}: an analyst login may only read the views; "
                "choose another name or take the extra rights away first"
            )
        if not _role_exists(connection, role):
            connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        if password is not None:
            run_ddl(connection, f"ALTER ROLE {role} WITH LOGIN PASSWORD {literal(password)}")
        connection.exec_driver_sql(f"GRANT {group} TO {role}")
        database, owner, superuser = connection.exec_driver_sql(
            "SELECT current_database(), pg_get_userbyid(d.datdba), r.rolsuper "
            "FROM pg_database AS d, pg_roles AS r "
            "WHERE d.datname = current_database() AND r.rolname = current_user"
        ).one()
        db = _quoted(database)
        # Defaults, not security: a session can SET these away (see the module's docstring).
        connection.exec_driver_sql(
            f"ALTER ROLE {role} SET statement_timeout = {literal(STATEMENT_TIMEOUT)}"
        )
        connection.exec_driver_sql(f"ALTER ROLE {role} SET default_transaction_read_only = on")
        connection.exec_driver_sql(
            f"ALTER ROLE {role} SET idle_in_transaction_session_timeout = {literal(IDLE_TIMEOUT)}"
        )
        connection.exec_driver_sql(
            f"ALTER ROLE {role} IN DATABASE {db} SET search_path = {VIEW_SCHEMA}"
        )
        # This database only: no temporary tables, no connecting without a grant.
        keepers = ", ".join(sorted({_quoted(owner), "CURRENT_USER"}))
        connection.exec_driver_sql(f"REVOKE CONNECT, TEMPORARY ON DATABASE {db} FROM PUBLIC")
        connection.exec_driver_sql(f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {keepers}")
        connection.exec_driver_sql(f"REVOKE ALL ON DATABASE {db} FROM {group}, {role}")
        connection.exec_driver_sql(f"GRANT CONNECT ON DATABASE {db} TO {group}")
        # Nothing to create in public; what an older grant-analyst gave the group there goes.
        if connection.exec_driver_sql(
            "SELECT has_schema_privilege('public', 'public', 'CREATE')"
        ).scalar_one():
            connection.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        connection.exec_driver_sql(f"REVOKE ALL ON SCHEMA public FROM {group}, {role}")
        if superuser:
            for function in LARGE_OBJECT_FUNCTIONS:
                connection.exec_driver_sql(f"REVOKE EXECUTE ON FUNCTION {function} FROM PUBLIC")
                connection.exec_driver_sql(
                    f"GRANT EXECUTE ON FUNCTION {function} TO {_quoted(owner)}"
                )
        else:
            notes.append(
                "note: only a superuser can take large objects away from PUBLIC: "
                f"REVOKE EXECUTE ON FUNCTION {', '.join(LARGE_OBJECT_FUNCTIONS)} FROM PUBLIC"
            )
        connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA {VIEW_SCHEMA} TO {group}")
        connection.exec_driver_sql(
            f"GRANT EXECUTE ON FUNCTION {VIEW_SCHEMA}.{FUNCTION}{SIGNATURE} TO {group}"
        )
        grant_views_to_analysts(connection, [v.name for v in load_views()])
    return notes
