"""Create the schema: sources, documents, articles, sections, paratexts, places, programs, metrics.

Revision ID: f584dfba2834
Revises:
Create Date: 2026-11-23 05:32:49.729077
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "f584dfba2834"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ingest_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("govdb_version", sa.String(length=40), nullable=False),
        sa.Column("arguments", sa.Text(), nullable=True),
        sa.Column("files_added", sa.Integer(), nullable=False),
        sa.Column("files_unchanged", sa.Integer(), nullable=False),
        sa.Column("files_failed", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ingest_runs")),
    )
    op.create_table(
        "places",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("register_name", sa.String(length=200), nullable=True),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("path", sa.String(length=500), nullable=False),
        sa.CheckConstraint(
            "level IN ('province', 'city', 'county', 'town', 'village', 'other')",
            name=op.f("ck_places_level"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["places.id"],
            name=op.f("fk_places_parent_id_places"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_places")),
        sa.UniqueConstraint("code", name=op.f("uq_places_code")),
    )
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_places_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_places_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_places_path"), ["path"], unique=False)

    op.create_table(
        "programs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programs")),
        sa.UniqueConstraint("name", name=op.f("uq_programs_name")),
    )
    op.create_table(
        "place_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=200), nullable=False),
        sa.Column("origin", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["places.id"],
            name=op.f("fk_place_aliases_place_id_places"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place_aliases")),
        sa.UniqueConstraint("place_id", "alias", name=op.f("uq_place_aliases_place_id_alias")),
    )
    with op.batch_alter_table("place_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_place_aliases_alias"), ["alias"], unique=False)
        batch_op.create_index(batch_op.f("ix_place_aliases_place_id"), ["place_id"], unique=False)

    op.create_table(
        "program_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_program_aliases_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_program_aliases")),
        sa.UniqueConstraint(
            "program_id", "alias", name=op.f("uq_program_aliases_program_id_alias")
        ),
    )
    with op.batch_alter_table("program_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_program_aliases_alias"), ["alias"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_program_aliases_program_id"), ["program_id"], unique=False
        )

    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("aliases", sa.Text(), nullable=True),
        sa.Column("home_place_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["home_place_id"],
            ["places.id"],
            name=op.f("fk_sources_home_place_id_places"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("name", name=op.f("uq_sources_name")),
    )
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sources_home_place_id"), ["home_place_id"], unique=False
        )

    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("source_path", sa.String(length=1000), nullable=False),
        sa.Column("byte_size", sa.BigInteger(), nullable=False),
        sa.Column("encoding", sa.String(length=40), nullable=False),
        sa.Column("script", sa.String(length=20), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("page_label", sa.String(length=40), nullable=True),
        sa.Column("raw_text", sa.Text(), nullable=False),
        sa.Column("ingest_run_id", sa.Integer(), nullable=True),
        sa.Column("superseded_by_id", sa.Integer(), nullable=True),
        sa.Column(
            "ingested_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "script IN ('simplified', 'traditional', 'mixed', 'unknown')",
            name=op.f("ck_documents_script"),
        ),
        sa.ForeignKeyConstraint(
            ["ingest_run_id"],
            ["ingest_runs.id"],
            name=op.f("fk_documents_ingest_run_id_ingest_runs"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_documents_source_id_sources"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["superseded_by_id"],
            ["documents.id"],
            name=op.f("fk_documents_superseded_by_id_documents"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("sha256", name=op.f("uq_documents_sha256")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_file_name"), ["file_name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_documents_ingest_run_id"), ["ingest_run_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_documents_published_on"), ["published_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_documents_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_source_path"), ["source_path"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_documents_superseded_by_id"), ["superseded_by_id"], unique=False
        )

    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("subtitle", sa.Text(), nullable=True),
        sa.Column("kicker", sa.String(length=200), nullable=True),
        sa.Column("byline", sa.String(length=500), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("continuation", sa.String(length=200), nullable=True),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("body_offsets", sa.Text(), nullable=True),
        sa.Column("tokens", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_articles_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("document_id", "ordinal", name=op.f("uq_articles_document_id_ordinal")),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_articles_document_id"), ["document_id"], unique=False)

    op.create_table(
        "metrics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=True),
        sa.Column("value", sa.Numeric(precision=38, scale=6), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("qualifier", sa.String(length=10), nullable=True),
        sa.Column("qualifier_word", sa.String(length=20), nullable=True),
        sa.Column("is_change", sa.Boolean(), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=True),
        sa.Column("basis", sa.String(length=10), nullable=True),
        sa.Column("period", sa.String(length=100), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("place_id", sa.Integer(), nullable=True),
        sa.Column("surface", sa.String(length=200), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("sentence_start", sa.Integer(), nullable=False),
        sa.Column("sentence_end", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "qualifier IS NULL OR qualifier IN ('about', 'over', 'under')",
            name=op.f("ck_metrics_qualifier"),
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_metrics_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["places.id"],
            name=op.f("fk_metrics_place_id_places"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_metrics")),
    )
    with op.batch_alter_table("metrics", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_metrics_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_metrics_place_id"), ["place_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_metrics_subject"), ["subject"], unique=False)

    op.create_table(
        "paratexts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_paratexts_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_paratexts_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paratexts")),
    )
    with op.batch_alter_table("paratexts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_paratexts_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_paratexts_document_id"), ["document_id"], unique=False)

    op.create_table(
        "place_mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=True),
        sa.Column("surface", sa.String(length=200), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("candidates", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_place_mentions_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["places.id"],
            name=op.f("fk_place_mentions_place_id_places"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place_mentions")),
    )
    with op.batch_alter_table("place_mentions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_place_mentions_article_id"), ["article_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_place_mentions_place_id"), ["place_id"], unique=False)

    op.create_table(
        "program_mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=True),
        sa.Column("surface", sa.String(length=300), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_program_mentions_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["places.id"],
            name=op.f("fk_program_mentions_place_id_places"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_program_mentions_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_program_mentions")),
    )
    with op.batch_alter_table("program_mentions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_program_mentions_article_id"), ["article_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_program_mentions_place_id"), ["place_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_program_mentions_program_id"), ["program_id"], unique=False
        )

    op.create_table(
        "skipped_numbers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("surface", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_skipped_numbers_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skipped_numbers")),
    )
    with op.batch_alter_table("skipped_numbers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_skipped_numbers_article_id"), ["article_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_skipped_numbers_reason"), ["reason"], unique=False)

    op.create_table(
        "sections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("heading", sa.Text(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_sections_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sections")),
        sa.UniqueConstraint("article_id", "ordinal", name=op.f("uq_sections_article_id_ordinal")),
    )
    with op.batch_alter_table("sections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sections_article_id"), ["article_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("skipped_numbers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skipped_numbers_reason"))
        batch_op.drop_index(batch_op.f("ix_skipped_numbers_article_id"))

    op.drop_table("skipped_numbers")
    with op.batch_alter_table("sections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sections_article_id"))

    op.drop_table("sections")
    with op.batch_alter_table("program_mentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_program_mentions_program_id"))
        batch_op.drop_index(batch_op.f("ix_program_mentions_place_id"))
        batch_op.drop_index(batch_op.f("ix_program_mentions_article_id"))

    op.drop_table("program_mentions")
    with op.batch_alter_table("place_mentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_place_mentions_place_id"))
        batch_op.drop_index(batch_op.f("ix_place_mentions_article_id"))

    op.drop_table("place_mentions")
    with op.batch_alter_table("paratexts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_paratexts_document_id"))
        batch_op.drop_index(batch_op.f("ix_paratexts_article_id"))

    op.drop_table("paratexts")
    with op.batch_alter_table("metrics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_metrics_subject"))
        batch_op.drop_index(batch_op.f("ix_metrics_place_id"))
        batch_op.drop_index(batch_op.f("ix_metrics_article_id"))

    op.drop_table("metrics")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_document_id"))

    op.drop_table("articles")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_superseded_by_id"))
        batch_op.drop_index(batch_op.f("ix_documents_source_path"))
        batch_op.drop_index(batch_op.f("ix_documents_source_id"))
        batch_op.drop_index(batch_op.f("ix_documents_published_on"))
        batch_op.drop_index(batch_op.f("ix_documents_ingest_run_id"))
        batch_op.drop_index(batch_op.f("ix_documents_file_name"))

    op.drop_table("documents")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sources_home_place_id"))

    op.drop_table("sources")
    with op.batch_alter_table("program_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_program_aliases_program_id"))
        batch_op.drop_index(batch_op.f("ix_program_aliases_alias"))

    op.drop_table("program_aliases")
    with op.batch_alter_table("place_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_place_aliases_place_id"))
        batch_op.drop_index(batch_op.f("ix_place_aliases_alias"))

    op.drop_table("place_aliases")
    op.drop_table("programs")
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_places_path"))
        batch_op.drop_index(batch_op.f("ix_places_parent_id"))
        batch_op.drop_index(batch_op.f("ix_places_name"))

    op.drop_table("places")
    op.drop_table("ingest_runs")
