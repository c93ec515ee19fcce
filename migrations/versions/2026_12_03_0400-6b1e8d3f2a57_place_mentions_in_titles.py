"""Place mentions in headlines: place_mentions.in_title says the span is in the article's
title, not its body.

A headline often names the place its story is about (韶关乳源：瑶族村寨走上共富路) where the
body says only 该县; those mentions were not found. Existing rows are body mentions.

Revision ID: 6b1e8d3f2a57
Revises: f2c6a9d3e851
Create Date: 2026-12-03 04:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "6b1e8d3f2a57"
down_revision: str | Sequence[str] | None = "f2c6a9d3e851"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN on both engines: no copy of the table (see 5e1c0a7d2b94).
    op.add_column(
        "place_mentions",
        sa.Column("in_title", sa.Boolean(), server_default=sa.false(), nullable=False),
    )


def downgrade() -> None:
    op.drop_column("place_mentions", "in_title")
