"""Place mentions in an article's credit lines: `credit` joins the values of place_mentions.part
and program_mentions.part.

A notice's issuer printed under its title or over its date (某县农业农村局, 主办：某县人民政府)
names the unit the page speaks for, where its text says only 全县 or 本镇; those units were not
found. The span counts in the document's text as read, as a caption's does. Existing rows keep
their values; program mentions share the list, as they do since 9d2e4a6c1f35.

The check is part of each column (6b1e8d3f2a57). PostgreSQL replaces the named constraint.
SQLite cannot alter a check, so the column is renamed aside, added again with the new check,
filled from the old one and the old one dropped: plain ALTER TABLE statements, no copy of the
table (SQLite 3.35 or newer, as DROP COLUMN needs).

Revision ID: 3c7e9a1f5b24
Revises: 9d2e4a6c1f35
Create Date: 2026-12-04 14:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "3c7e9a1f5b24"
down_revision: str | Sequence[str] | None = "9d2e4a6c1f35"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BEFORE = "'body', 'title', 'caption'"
AFTER = "'body', 'title', 'caption', 'credit'"
TABLES = ("place_mentions", "program_mentions")


def _check(table: str, parts: str) -> None:
    constraint = f"ck_{table}_part"
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT {constraint}")
        op.execute(f"ALTER TABLE {table} ADD CONSTRAINT {constraint} CHECK (part IN ({parts}))")
        return
    op.execute(f"ALTER TABLE {table} RENAME COLUMN part TO part_before")
    op.execute(
        f"ALTER TABLE {table} ADD COLUMN part VARCHAR(10) DEFAULT 'body' NOT NULL "
        f"CONSTRAINT {constraint} CHECK (part IN ({parts}))"
    )
    op.execute(f"UPDATE {table} SET part = part_before")
    op.execute(f"ALTER TABLE {table} DROP COLUMN part_before")


def upgrade() -> None:
    for table in TABLES:
        _check(table, AFTER)


def downgrade() -> None:
    # A credit's mentions have no place in the older list: they go with the value.
    for table in TABLES:
        op.execute(f"DELETE FROM {table} WHERE part = 'credit'")
        _check(table, BEFORE)
