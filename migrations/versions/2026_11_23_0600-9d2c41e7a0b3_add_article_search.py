"""Add full-text search over articles' words, one index per engine.

SQLite: an FTS5 table over articles.tokens (space-joined words), kept in step by triggers.
PostgreSQL: a stored tsvector('simple') of the same words with a GIN index, kept in step by a
trigger, plus a pg_trgm index on the body for exact substring search. Both are named
article_search*, which autogenerate leaves alone (see env.py).

A later revision that batch-alters `articles` on SQLite drops its triggers with the old table
and must create them again; tests/integration/test_search.py checks they exist at head.

Revision ID: 9d2c41e7a0b3
Revises: f584dfba2834
Create Date: 2026-11-23 06:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "9d2c41e7a0b3"
down_revision: str | Sequence[str] | None = "f584dfba2834"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UPGRADE = [
    "CREATE VIRTUAL TABLE article_search USING fts5("
    "tokens, content='articles', content_rowid='id', tokenize='unicode61')",
    """CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_search (rowid, tokens) VALUES (new.id, new.tokens);
    END""",
    """CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
        INSERT INTO article_search (article_search, rowid, tokens)
        VALUES ('delete', old.id, old.tokens);
    END""",
    """CREATE TRIGGER article_search_update AFTER UPDATE OF tokens ON articles BEGIN
        INSERT INTO article_search (article_search, rowid, tokens)
        VALUES ('delete', old.id, old.tokens);
        INSERT INTO article_search (rowid, tokens) VALUES (new.id, new.tokens);
    END""",
    "INSERT INTO article_search (article_search) VALUES ('rebuild')",
]

SQLITE_DOWNGRADE = [
    "DROP TRIGGER IF EXISTS article_search_update",
    "DROP TRIGGER IF EXISTS article_search_delete",
    "DROP TRIGGER IF EXISTS article_search_insert",
    "DROP TABLE IF EXISTS article_search",
]

POSTGRESQL_UPGRADE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """CREATE TABLE article_search (
        article_id integer PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        words tsvector NOT NULL
    )""",
    "CREATE INDEX article_search_words ON article_search USING gin (words)",
    "CREATE INDEX article_search_body_trgm ON articles USING gin (body gin_trgm_ops)",
    """CREATE FUNCTION article_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO article_search (article_id, words)
        VALUES (new.id, to_tsvector('simple', coalesce(new.tokens, '')))
        ON CONFLICT (article_id) DO UPDATE SET words = excluded.words;
        RETURN NULL;
    END
    $$""",
    """CREATE TRIGGER article_search_refresh AFTER INSERT OR UPDATE OF tokens ON articles
    FOR EACH ROW EXECUTE FUNCTION article_search_refresh()""",
    """INSERT INTO article_search (article_id, words)
    SELECT id, to_tsvector('simple', coalesce(tokens, '')) FROM articles""",
]

POSTGRESQL_DOWNGRADE = [
    "DROP TRIGGER IF EXISTS article_search_refresh ON articles",
    "DROP FUNCTION IF EXISTS article_search_refresh()",
    "DROP INDEX IF EXISTS article_search_body_trgm",
    "DROP TABLE IF EXISTS article_search",
]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _run(POSTGRESQL_UPGRADE)
    else:
        _run(SQLITE_UPGRADE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _run(POSTGRESQL_DOWNGRADE)
    else:
        _run(SQLITE_DOWNGRADE)
