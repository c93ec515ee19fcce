"""One row per unit the register does not list: a unique index on (parent_id, name) where
code IS NULL, so concurrent ingests that meet the same local unit store it once.

Rows stored twice by earlier races are merged first: every reference moves to the oldest row.

Revision ID: b7d4e2f9a1c3
Revises: 5e1c0a7d2b94
Create Date: 2026-12-02 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b7d4e2f9a1c3"
down_revision: str | Sequence[str] | None = "5e1c0a7d2b94"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column) pairs that point at a place.
REFERENCES = [
    ("place_mentions", "place_id"),
    ("program_mentions", "place_id"),
    ("metrics", "place_id"),
    ("sources", "home_place_id"),
    ("places", "parent_id"),
]
CODE_IS_NULL = sa.text("code IS NULL")


def upgrade() -> None:
    twins = """
        select p.id as twin, (
            select min(k.id) from places as k
            where k.code is null and k.parent_id = p.parent_id and k.name = p.name
        ) as kept
        from places as p
        where p.code is null and p.parent_id is not null
    """
    for table, column in REFERENCES:
        op.execute(
            f"update {table} set {column} = (select kept from ({twins}) as t "
            f"where t.twin = {table}.{column}) "
            f"where {column} in (select twin from ({twins}) as t where twin <> kept)"
        )
    op.execute(
        f"delete from places where id in (select twin from ({twins}) as t where twin <> kept)"
    )
    op.create_index(
        "ux_places_local_unit",
        "places",
        ["parent_id", "name"],
        unique=True,
        sqlite_where=CODE_IS_NULL,
        postgresql_where=CODE_IS_NULL,
    )


def downgrade() -> None:
    op.drop_index("ux_places_local_unit", table_name="places")
