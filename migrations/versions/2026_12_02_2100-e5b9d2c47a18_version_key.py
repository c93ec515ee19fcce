"""Key document versions by the folder ingested and the path below it, not by the path shown.

`path_key` is the SHA-256 of the folder's absolute path and the file's path below it: two files
named 01.txt in different folders are different documents, and a file reached through its
folder or directly is the same one. Documents stored before have none and are left as they are.

Revision ID: e5b9d2c47a18
Revises: c3a8f61d0e27
Create Date: 2026-12-02 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "e5b9d2c47a18"
down_revision: str | Sequence[str] | None = "c3a8f61d0e27"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN on both engines (see 5e1c0a7d2b94: no batch copy of documents).
    op.add_column("documents", sa.Column("path_key", sa.String(length=64)))
    op.create_index(op.f("ix_documents_path_key"), "documents", ["path_key"])


def downgrade() -> None:
    op.drop_index(op.f("ix_documents_path_key"), table_name="documents")
    op.execute("ALTER TABLE documents DROP COLUMN path_key")
