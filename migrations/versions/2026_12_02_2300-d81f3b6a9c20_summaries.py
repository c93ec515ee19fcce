"""Add the summary tables that v_place_rollup, v_places, v_programs, v_program_diffusion,
v_program_cooccurrence and v_grid_governance read (place_summaries, place_programs,
program_summaries, program_pairs, metric_subject_counts) and summarised_documents, the
documents they count; filled here from the facts of current documents, kept by ingest from
then on (govdb.summaries).

New tables only: nothing existing is copied or altered on either engine. The fill is
govdb.summaries.rebuild, which writes the newest shape of these tables: a later revision that
changes them must make this fill skip (or match) the shape it had here.

Revision ID: d81f3b6a9c20
Revises: a4f7c2e9d1b6
Create Date: 2026-12-02 23:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from govdb.summaries import rebuild

revision: str = "d81f3b6a9c20"
down_revision: str | Sequence[str] | None = "a4f7c2e9d1b6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _count(name: str) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "place_summaries",
        sa.Column("place_id", sa.Integer(), nullable=False),
        _count("article_count"),
        _count("mention_count"),
        _count("program_count"),
        _count("metric_count"),
        _count("own_article_count"),
        _count("own_mention_count"),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["places.id"],
            name=op.f("fk_place_summaries_place_id_places"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("place_id", name=op.f("pk_place_summaries")),
    )
    op.create_table(
        "place_programs",
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        _count("mention_count"),
        _count("own_count"),
        _count("article_count"),
        sa.Column("first_seen", sa.Date(), nullable=True),
        sa.Column("first_article_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["places.id"],
            name=op.f("fk_place_programs_place_id_places"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_place_programs_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("place_id", "program_id", name=op.f("pk_place_programs")),
    )
    op.create_index(
        op.f("ix_place_programs_program_id"), "place_programs", ["program_id"], unique=False
    )
    op.create_index(
        "ix_place_programs_first_seen",
        "place_programs",
        ["first_seen", "program_id", "place_id"],
    )
    op.create_table(
        "program_summaries",
        sa.Column("program_id", sa.Integer(), nullable=False),
        _count("mention_count"),
        _count("article_count"),
        _count("place_count"),
        sa.Column("first_seen", sa.Date(), nullable=True),
        sa.Column("last_seen", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_program_summaries_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("program_id", name=op.f("pk_program_summaries")),
    )
    op.create_table(
        "program_pairs",
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("other_program_id", sa.Integer(), nullable=False),
        _count("article_count"),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_program_pairs_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_program_id"],
            ["programs.id"],
            name=op.f("fk_program_pairs_other_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("program_id", "other_program_id", name=op.f("pk_program_pairs")),
    )
    op.create_index(
        op.f("ix_program_pairs_other_program_id"), "program_pairs", ["other_program_id"]
    )
    op.create_index(op.f("ix_program_pairs_article_count"), "program_pairs", ["article_count"])
    op.create_table(
        "metric_subject_counts",
        sa.Column("subject", sa.String(length=200), nullable=False),
        _count("metric_count"),
        sa.PrimaryKeyConstraint("subject", name=op.f("pk_metric_subject_counts")),
    )
    op.create_table(
        "summarised_documents",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_summarised_documents_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_summarised_documents")),
    )
    rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_table("summarised_documents")
    op.drop_table("metric_subject_counts")
    op.drop_index(op.f("ix_program_pairs_article_count"), table_name="program_pairs")
    op.drop_index(op.f("ix_program_pairs_other_program_id"), table_name="program_pairs")
    op.drop_table("program_pairs")
    op.drop_table("program_summaries")
    op.drop_index("ix_place_programs_first_seen", table_name="place_programs")
    op.drop_index(op.f("ix_place_programs_program_id"), table_name="place_programs")
    op.drop_table("place_programs")
    op.drop_table("place_summaries")
