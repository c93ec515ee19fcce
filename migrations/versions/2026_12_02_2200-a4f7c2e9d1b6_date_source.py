"""Record where each document's date came from (documents.date_source), and index documents by
outlet and date for v_outlet_timeline, which counts an outlet's documents date by date.

`option` (--date), `manifest` (manifest.csv), `path` (a date in the file's path) or `masthead`
(the page's own date line); NULL when the document has no date.

Documents dated before this revision get `unknown`, not a guess: their date may have come from
--date, a manifest or the masthead, and nothing stored says which. Undated ones stay NULL.

Plain ADD and DROP COLUMN on both engines (see 5e1c0a7d2b94: no batch copy of documents); the
check is part of the column, so SQLite can add and drop it without copying the table.

Revision ID: a4f7c2e9d1b6
Revises: e5b9d2c47a18
Create Date: 2026-12-02 22:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "a4f7c2e9d1b6"
down_revision: str | Sequence[str] | None = "e5b9d2c47a18"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DATE_SOURCES = "'option', 'manifest', 'path', 'masthead', 'unknown'"


def upgrade() -> None:
    op.execute(
        "ALTER TABLE documents ADD COLUMN date_source VARCHAR(10) "
        f"CONSTRAINT ck_documents_date_source CHECK (date_source IN ({DATE_SOURCES}))"
    )
    op.execute("UPDATE documents SET date_source = 'unknown' WHERE published_on IS NOT NULL")
    op.create_index(
        "ix_documents_source_id_published_on", "documents", ["source_id", "published_on"]
    )


def downgrade() -> None:
    op.drop_index("ix_documents_source_id_published_on", table_name="documents")
    op.execute("ALTER TABLE documents DROP COLUMN date_source")
