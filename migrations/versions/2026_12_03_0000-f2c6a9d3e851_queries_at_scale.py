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
article_search gets `grams`, the distinct pairs of adjacent characters of the body (and its
last character alone), with a GIN index: a body contains a literal of two characters or more
only if it has each of the literal's pairs, and one of one character only if a pair starts
with it, so the index gives the few candidate bodies and `strpos` checks them. A body too long
for one tsvector has NULL grams and is always checked (a partial index finds those).

The trigger that keeps article_search in step now also runs when a body changes. SQLite keeps
reading bodies for the literal match: at the sizes it serves that is fast enough.

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

# Up to 50,000 characters, at most 50,000 pairs of at most 8 bytes each, well within a
# tsvector's 1 MB.
GRAMS = """CREATE FUNCTION article_search_grams(body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN length(body) <= 50000 THEN array_to_tsvector(ARRAY(
        SELECT DISTINCT substr(body, i, 2) FROM generate_series(1, length(body)) AS i
    )) END
$$"""

REFRESH = """CREATE OR REPLACE FUNCTION article_search_refresh() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_search (article_id, words, grams)
    VALUES (new.id, to_tsvector('simple', coalesce(new.tokens, '')),
            article_search_grams(coalesce(new.body, '')))
    ON CONFLICT (article_id) DO UPDATE SET words = excluded.words, grams = excluded.grams;
    RETURN NULL;
END
$$"""

OLD_REFRESH = """CREATE OR REPLACE FUNCTION article_search_refresh() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_search (article_id, words)
    VALUES (new.id, to_tsvector('simple', coalesce(new.tokens, '')))
    ON CONFLICT (article_id) DO UPDATE SET words = excluded.words;
    RETURN NULL;
END
$$"""

UPGRADE = [
    GRAMS,
    "ALTER TABLE article_search ADD COLUMN grams tsvector",
    # The table is written again whole and its index made afresh: cheaper than updating every
    # row in place, which would also update the index row by row.
    """CREATE TEMPORARY TABLE article_search_new ON COMMIT DROP AS
    SELECT s.article_id, s.words, article_search_grams(a.body) AS grams
    FROM article_search AS s JOIN articles AS a ON a.id = s.article_id""",
    "DROP INDEX article_search_words",
    "TRUNCATE article_search",
    "INSERT INTO article_search (article_id, words, grams) "
    "SELECT article_id, words, grams FROM article_search_new",
    "CREATE INDEX article_search_words ON article_search USING gin (words)",
    "CREATE INDEX article_search_grams ON article_search USING gin (grams)",
    "CREATE INDEX article_search_long ON article_search (article_id) WHERE grams IS NULL",
    REFRESH,
    "DROP TRIGGER article_search_refresh ON articles",
    """CREATE TRIGGER article_search_refresh AFTER INSERT OR UPDATE OF tokens, body ON articles
    FOR EACH ROW EXECUTE FUNCTION article_search_refresh()""",
    "ANALYZE article_search",
]

DOWNGRADE = [
    "DROP TRIGGER article_search_refresh ON articles",
    OLD_REFRESH,
    """CREATE TRIGGER article_search_refresh AFTER INSERT OR UPDATE OF tokens ON articles
    FOR EACH ROW EXECUTE FUNCTION article_search_refresh()""",
    "DROP INDEX article_search_long",
    "DROP INDEX article_search_grams",
    "ALTER TABLE article_search DROP COLUMN grams",
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
