"""Read-only analyst logins on PostgreSQL: every view readable, nothing else.

Analysts of a database are members of its group role, `govdb_analysts_<database>_<hash>` (roles
are server-wide, so one group for every database would let an analyst of one read another's
views); the migration runner grants SELECT on each view to that group whenever it re-creates the
views, so a login made once keeps working after later migrations add or change views. Base
tables are never granted.

The grants are the security. The settings put on the login (read-only transactions, statement
and idle-transaction timeouts) are guard-rails a session can SET away. A role that already holds
more than the grants give (a superuser, a creator of roles or databases, a member of other
roles) is refused rather than quietly left as it is.
"""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import Connection, Engine

from govdb.errors import GovdbError

GROUP_PREFIX = "govdb_analysts_"
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


def grant_views_to_analysts(connection: Connection, view_names: list[str]) -> None:
    if connection.dialect.name != "postgresql":
        return
    group = _group(connection)
    if not _role_exists(connection, group):
        return
    for name in view_names:
        connection.exec_driver_sql(f"GRANT SELECT ON {name} TO {group}")


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


def grant_analyst(engine: Engine, role: str, password: str | None) -> None:
    """Create (if needed) a login `role` that can read every view and nothing else; an existing
    role that can do more is refused with the reason."""
    if engine.dialect.name != "postgresql":
        raise GovdbError("analyst roles need PostgreSQL; a SQLite file is read with file access")
    if not _ROLE.match(role):
        raise GovdbError(f"not a plain role name (lowercase letters, digits, _): {role!r}")
    from govdb.views import load_views

    with engine.begin() as connection:
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
        # Guard-rails, not security: a session can SET these away; the grants are the security.
        connection.exec_driver_sql(
            f"ALTER ROLE {role} SET statement_timeout = {literal(STATEMENT_TIMEOUT)}"
        )
        connection.exec_driver_sql(f"ALTER ROLE {role} SET default_transaction_read_only = on")
        connection.exec_driver_sql(
            f"ALTER ROLE {role} SET idle_in_transaction_session_timeout = {literal(IDLE_TIMEOUT)}"
        )
        database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
        connection.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO {group}')
        connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {group}")
        grant_views_to_analysts(connection, [v.name for v in load_views()])
