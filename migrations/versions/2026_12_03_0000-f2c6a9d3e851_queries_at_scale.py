"""Queries at scale: an index of the metrics about grids for v_grid_governance, and on
PostgreSQL an index of each body's character pairs for `govdb search`'s literal match.

v_grid_governance picked its subjects by pattern from metric_subject_counts and read their
metrics by subject; PostgreSQL took each matching subject for an average one (50,000 metrics
at a million articles rather than a hundred) and read every metric. The view now reads the ids
from ix_metrics_grid, a partial index whose WHERE is the view's (both engines use a partial
index whose condition the query repeats), and the planner estimates the rows from the
statistics of metrics.subject.

The literal match (the query as typed, found anywhere in a body) read every body: the trigram
index cannot serve a query of two characters, the length of most Chinese words. Here
`article_search_grams(body)` gives the distinct pairs of adjacent characters of a body (and its
last character alone) as a tsvector, indexed by GIN on articles: a body contains a literal of
two characters or more only if it has each of the literal's pairs, and one of one character
only if a pair starts with it, so the index gives the few candidate bodies and `strpos` checks
them. A body too long for one tsvector (over 100,000 characters) has the lexeme 'long body'
instead, which every literal search asks for too, so it is always checked. An expression
index: nothing is stored twice and no trigger changes. SQLite keeps reading bodies for the
literal match: at the sizes it serves that is fast enough.

Revision ID: f2c6a9d3e851
Revises: d81f3b6a9c20
Create Date: 2026-12-03 00:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "f2c6a9d3e851"
down_revision: str | Sequence[str] | None = "d81f3b6a9c20"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Up to 100,000 characters: at most 100,000 pairs of at most 8 bytes each, within a tsvector's
# 1 MB of lexemes. A longer body gets the one lexeme 'long body', which every search for a
# literal also asks for. Each character with the next (array_to_tsvector drops repeats), from
# one pass over the characters: substr(body, i, 2) would count i characters again each time.
GRAMS = """CREATE FUNCTION article_search_grams(body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT array_to_tsvector(CASE WHEN length(body) <= 100000 THEN ARRAY(
        SELECT c || coalesce(lead(c) OVER (ORDER BY n), '')
        FROM unnest(string_to_array(body, NULL)) WITH ORDINALITY AS t(c, n)
    ) ELSE ARRAY['long body'] END)
$$"""

UPGRADE = [
    GRAMS,
    "CREATE INDEX article_search_grams ON articles USING gin (article_search_grams(body))",
    "ANALYZE articles",  # statistics for the indexed expression
]

DOWNGRADE = [
    "DROP INDEX article_search_grams",
    "DROP FUNCTION article_search_grams(text)",
]


GRID_SUBJECTS = (
    "subject like '%网格%' or subject like '%楼栋长%' or subject like '%楼长%'"
    " or subject like '%单元长%' or subject like '%中心户长%'"
)


def upgrade() -> None:
    where = sa.text(GRID_SUBJECTS)
    op.create_index(
        "ix_metrics_grid", "metrics", ["id"], sqlite_where=where, postgresql_where=where
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in DOWNGRADE:
            op.execute(statement)
    op.drop_index("ix_metrics_grid", table_name="metrics")
