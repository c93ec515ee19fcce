"""Full-text search over articles: words cut the same way as at ingest, ranked by each engine.

A query matches an article when every query word starts a word of the article (FTS5 prefix
query on SQLite, tsquery prefix on PostgreSQL), or when the article's body contains the query
literally: jieba may cut 网格员 whole, and a reader searching 网格 still expects it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Engine, bindparam, text

from govdb.tokenize import Tokenizer, default_tokenizer

_WORD = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Hit:
    article_id: int
    document: str
    title: str | None
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...]  # spans of query words in the snippet


def query_words(query: str, tokenizer: Tokenizer) -> list[str]:
    words: list[str] = []
    for token in tokenizer.cut(query):
        if _WORD.search(token.text) and token.text not in words:
            words.append(token.text)
    return words


def _fts5_query(words: list[str]) -> str:
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _tsquery(words: list[str]) -> str:
    # Quote each word so tsquery syntax characters in it are taken literally.
    return " & ".join("'" + w.replace("'", "''").replace("\\", "\\\\") + "':*" for w in words)


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(
    engine: Engine, query: str, *, limit: int = 20, tokenizer: Tokenizer | None = None
) -> list[Hit]:
    words = query_words(query, tokenizer or default_tokenizer())
    literal = re.sub(r"\s+", "", query)
    if not words and not literal:
        return []
    if engine.dialect.name == "postgresql":
        ranked = """
            select a.id, ts_rank(s.words, to_tsquery('simple', :tsquery)) as score
            from article_search as s join articles as a on a.id = s.article_id
            where :tsquery != '' and s.words @@ to_tsquery('simple', :tsquery)
        """
    else:
        ranked = """
            select a.id, -bm25(article_search) as score
            from article_search join articles as a on a.id = article_search.rowid
            where :fts != '' and article_search match :fts
        """
    statement = text(f"""
        with matches as (
            {ranked}
            union all
            select a.id, 0 as score from articles as a where a.body like :like escape '\\'
        )
        select a.id, d.file_name, a.title, a.body, max(m.score) as score
        from matches as m
        join articles as a on a.id = m.id
        join documents as d on d.id = a.document_id
        where d.superseded_by_id is null
        group by a.id, d.file_name, a.title, a.body
        order by score desc, a.id
        limit :limit
    """)
    params = {"like": _like(literal), "limit": limit}
    if engine.dialect.name == "postgresql":
        params["tsquery"] = _tsquery(words)
    else:
        params["fts"] = _fts5_query(words)
    statement = statement.bindparams(*(bindparam(k) for k in params))
    with engine.connect() as connection:
        rows = connection.execute(statement, params).all()
    return [
        Hit(row[0], row[1], row[2], float(row[4]), *snippet(row[3], [literal, *words]))
        for row in rows
    ]


def snippet(
    body: str, words: list[str], width: int = 60
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of the body around the first query word, with the words' spans in it."""
    positions = [p for p in (body.find(w) for w in words if w) if p >= 0]
    first = min(positions) if positions else 0
    start = max(0, first - width // 3)
    window = body[start : start + width].replace("\n", " ")
    spans = []
    for word in sorted({w for w in words if w}, key=len, reverse=True):
        for match in re.finditer(re.escape(word), window):
            if not any(s <= match.start() < e for s, e in spans):
                spans.append((match.start(), match.end()))
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + width < len(body) else ""
    shifted = tuple(sorted((s + len(prefix), e + len(prefix)) for s, e in spans))
    return prefix + window + suffix, shifted
