"""Program mentions in headlines: program_mentions.part says where in its article a program is
named, and so what its span counts in.

`body` (the normalised body, as every mention before) or `title` (the headline). A headline
often quotes the program its story is about (“积分超市”兑出治理新气象) where the body names it
otherwise; those mentions were not found. The values are place_mentions.part's, so a caption's
programs can follow without another check. Existing rows are body mentions.

Plain ADD and DROP COLUMN on both engines, as 6b1e8d3f2a57 does for place mentions.

Revision ID: 9d2e4a6c1f35
Revises: 6b1e8d3f2a57
Create Date: 2026-12-03 07:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "9d2e4a6c1f35"
down_revision: str | Sequence[str] | None = "6b1e8d3f2a57"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PARTS = "'body', 'title', 'caption'"


def upgrade() -> None:
    op.execute(
        "ALTER TABLE program_mentions ADD COLUMN part VARCHAR(10) DEFAULT 'body' NOT NULL "
        f"CONSTRAINT ck_program_mentions_part CHECK (part IN ({PARTS}))"
    )


def downgrade() -> None:
    op.execute("ALTER TABLE program_mentions DROP COLUMN part")
