"""Record on each document which extraction made its facts, for `govdb reextract`.

Plain ADD and DROP COLUMN on both engines: on SQLite a batch copy of `documents` would drop the
table that articles cascade from, deleting them.

Revision ID: 5e1c0a7d2b94
Revises: 9d2c41e7a0b3
Create Date: 2026-12-02 19:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5e1c0a7d2b94"
down_revision: str | Sequence[str] | None = "9d2c41e7a0b3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("extraction_version", sa.String(length=64)))
    op.create_index(op.f("ix_documents_extraction_version"), "documents", ["extraction_version"])


def downgrade() -> None:
    op.drop_index(op.f("ix_documents_extraction_version"), table_name="documents")
    op.execute("ALTER TABLE documents DROP COLUMN extraction_version")
