"""Add place_ancestors, every place with each unit above it, filled from places.parent_id and
kept by a trigger on places (one per engine, named place_ancestors_*), so that every way a
place is inserted (ingest, a curator's INSERT) records its ancestry.

Views that roll facts up the hierarchy join it instead of recursing over every fact per query.

Revision ID: c3a8f61d0e27
Revises: b7d4e2f9a1c3
Create Date: 2026-12-02 20:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# A parent is inserted before its children, so its ancestry is there to copy.
SQLITE_TRIGGER = """
CREATE TRIGGER place_ancestors_insert AFTER INSERT ON places BEGIN
    INSERT INTO place_ancestors (place_id, ancestor_id, depth) VALUES (new.id, new.id, 0);
    INSERT INTO place_ancestors (place_id, ancestor_id, depth)
    SELECT new.id, ancestor_id, depth + 1 FROM place_ancestors WHERE place_id = new.parent_id;
END
"""
POSTGRESQL_TRIGGER = [
    """CREATE FUNCTION place_ancestors_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO place_ancestors (place_id, ancestor_id, depth) VALUES (new.id, new.id, 0);
        INSERT INTO place_ancestors (place_id, ancestor_id, depth)
        SELECT new.id, ancestor_id, depth + 1 FROM place_ancestors WHERE place_id = new.parent_id;
        RETURN NULL;
    END
    $$""",
    """CREATE TRIGGER place_ancestors_insert AFTER INSERT ON places
    FOR EACH ROW EXECUTE FUNCTION place_ancestors_insert()""",
]

revision: str = "c3a8f61d0e27"
down_revision: str | Sequence[str] | None = "b7d4e2f9a1c3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "place_ancestors",
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("ancestor_id", sa.Integer(), nullable=False),
        sa.Column("depth", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ancestor_id"],
            ["places.id"],
            name=op.f("fk_place_ancestors_ancestor_id_places"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["places.id"],
            name=op.f("fk_place_ancestors_place_id_places"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("place_id", "ancestor_id", name=op.f("pk_place_ancestors")),
    )
    op.create_index(
        op.f("ix_place_ancestors_ancestor_id"), "place_ancestors", ["ancestor_id"], unique=False
    )
    op.execute(
        """
        with recursive chain (place_id, ancestor_id, depth) as (
            select id, id, 0 from places
            union all
            select c.place_id, p.parent_id, c.depth + 1
            from chain as c
            join places as p on p.id = c.ancestor_id
            where p.parent_id is not null
        )
        insert into place_ancestors (place_id, ancestor_id, depth)
        select place_id, ancestor_id, depth from chain
        """
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRESQL_TRIGGER:
            op.execute(statement)
    else:
        op.execute(SQLITE_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS place_ancestors_insert ON places")
        op.execute("DROP FUNCTION IF EXISTS place_ancestors_insert()")
    else:
        op.execute("DROP TRIGGER IF EXISTS place_ancestors_insert")
    op.drop_index(op.f("ix_place_ancestors_ancestor_id"), table_name="place_ancestors")
    op.drop_table("place_ancestors")
