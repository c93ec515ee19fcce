"""Place mentions in headlines and photo captions: place_mentions.part says where in its
article a place is named, and so what its span counts in.

`body` (the normalised body, as every mention before), `title` (the headline) or `caption` (a
photo's caption: the span counts in the document's text as read, where the caption's paratext
is). A headline often names the place its story is about (韶关乳源：瑶族村寨走上共富路) where
the body says only 该县, and a caption the village in the picture; those mentions were not found.
Existing rows are body mentions.

Plain ADD and DROP COLUMN on both engines (see 5e1c0a7d2b94: no batch copy); the check is part
of the column, so SQLite can add and drop it without copying the table.

Revision ID: 6b1e8d3f2a57
Revises: f2c6a9d3e851
Create Date: 2026-12-03 04:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "6b1e8d3f2a57"
down_revision: str | Sequence[str] | None = "f2c6a9d3e851"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PARTS = "'body', 'title', 'caption'"


def upgrade() -> None:
    op.execute(
        "ALTER TABLE place_mentions ADD COLUMN part VARCHAR(10) DEFAULT 'body' NOT NULL "
        f"CONSTRAINT ck_place_mentions_part CHECK (part IN ({PARTS}))"
    )


def downgrade() -> None:
    op.execute("ALTER TABLE place_mentions DROP COLUMN part")
