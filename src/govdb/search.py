"""Full-text search over articles: words cut the same way as at ingest, ranked by each engine.

A query matches an article when every query word starts a word of the article (FTS5 prefix
query on SQLite, tsquery prefix on PostgreSQL), or when the article's body contains the query
literally: jieba cuts 网格化 whole, and a reader searching 格化 still expects it. Word
matches rank first, by the engine's score; literal matches after them, oldest first, and so
they are looked for only when the words fill fewer rows than asked for. A word in more than
CANDIDATES articles is ranked among the CANDIDATES stored last, not among all of them.

On PostgreSQL the search is a function in the view schema, `govdb.search_articles`, owned by
the role that migrates and run with its rights (SECURITY DEFINER, with a fixed search_path):
an analyst login, which reads no base table, searches through it exactly as the owner does, and
the indexes on the base tables (words, and each body's character pairs) still serve it.
migrate installs it with the views and grants EXECUTE to the database's analyst group only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, bindparam, text

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


FUNCTION = "search_articles"
# Articles matching the words that are ranked, the most recently stored first: a word nearly
# every article has would otherwise have every article read and ranked.
CANDIDATES = 1000
# PostgreSQL looks for them among this many newest articles first (enough for a common word),
# then through the index of words (for a rarer one).
RECENT = 20000
# SQL for {text} as a tsquery lexeme: in quotes, its quotes doubled and its backslashes
# (chr(92)) escaped, so that tsquery syntax in it is taken literally.
_QUOTED = "'''' || replace(replace({text}, chr(92), chr(92) || chr(92)), '''', '''''') || ''''"
# The article's document is current, looked up by its key for each of the few rows an index
# gives (a join could hash every document).
_CURRENT = "(select d.superseded_by_id from documents as d where d.id = a.document_id) is null"
# The body of govdb.search_articles(query text, literal text, max_rows integer): $1 is the
# tsquery text ('' for none), $2 the query as typed without spaces ('' for none), $3 the number
# of rows. Articles matching the words rank first; those that only contain the literal (score 0)
# are looked for only when the words match fewer than $3, through the index of each body's
# character pairs (article_search_grams(body): a body has every pair of the literal, or its one
# character starts a pair), then checked with strpos. The planner cannot tell a common word
# from a rare one (its estimate for a prefix query is a constant), so what is found decides
# which way the matches are read, and each way is written so that one plan only fits it:
# `recent` reads the newest articles backwards, `everywhere` and `literal` (materialized,
# unordered) an index.
_FUNCTION_BODY = rf"""
with recent as materialized (
    select s.article_id as id, s.words
    from (
        select article_id, words from article_search order by article_id desc limit {RECENT}
    ) as s
    join articles as a on a.id = s.article_id
    join documents as d on d.id = a.document_id
    where $1 <> '' and s.words @@ to_tsquery('simple', $1) and d.superseded_by_id is null
    order by s.article_id desc
    limit greatest($3, {CANDIDATES})
),
everywhere as materialized (
    select s.article_id as id, s.words
    from article_search as s
    join articles as a on a.id = s.article_id
    where (select count(*) from recent) < greatest($3, {CANDIDATES})
        and $1 <> '' and s.words @@ to_tsquery('simple', $1)
        and {_CURRENT}
),
candidates as (
    select id, words from recent
    where (select count(*) from recent) >= greatest($3, {CANDIDATES})
    union all
    (select id, words from everywhere order by id desc limit greatest($3, {CANDIDATES}))
),
ranked as (
    select c.id, ts_rank(c.words, to_tsquery('simple', $1)) as score
    from candidates as c
    order by 2 desc, c.id
    limit $3
),
pairs as (
    -- 网格员 → '网格' & '格员'; one character, 网 → '网':*
    select (string_agg({_QUOTED.format(text="substr($2, i, 2)")}, ' & ')
        || case when length($2) = 1 then ':*' else '' end)::tsquery
        -- and a body too long to have its pairs listed (see article_search_grams)
        || '''long body'''::tsquery as grams
    from generate_series(1, greatest(length($2) - 1, 1)) as i
    where $2 <> ''
),
literal as materialized (
    select a.id
    from articles as a
    where (select count(*) from ranked) < $3 and $2 <> ''
        and article_search_grams(a.body) @@ (select grams from pairs)
        and strpos(a.body, $2) > 0
        and {_CURRENT}
)
select a.id, d.file_name::text, a.title, a.body, m.score
from (
    select id, score from ranked
    union all
    (
        select id, 0::real from literal
        where id not in (select id from candidates)
        order by id
        limit $3
    )
) as m
join articles as a on a.id = m.id
join documents as d on d.id = a.document_id
order by m.score desc, a.id
limit $3
"""
# The same on SQLite: FTS5 gives the newest matches in rowid order without reading the others;
# the literal match reads the bodies (fast enough at the sizes SQLite serves), and only when the
# words match fewer articles than asked for.
_SQLITE = """
with candidates as (
    select article_search.rowid as id, -bm25(article_search) as score
    from article_search
    join articles as a on a.id = article_search.rowid
    join documents as d on d.id = a.document_id
    where :fts != '' and article_search match :fts and d.superseded_by_id is null
    order by article_search.rowid desc
    limit max(:limit, :candidates)
),
ranked as (
    select id, score from candidates order by score desc, id limit :limit
),
literal as (
    select a.id, 0 as score
    from articles as a
    join documents as d on d.id = a.document_id
    where (select count(*) from ranked) < :limit
        and a.body like :like escape '\\'
        and d.superseded_by_id is null
        and a.id not in (select id from candidates)
    order by a.id
    limit :limit
)
select a.id, d.file_name, a.title, a.body, m.score
from (select id, score from ranked union all select id, score from literal) as m
join articles as a on a.id = m.id
join documents as d on d.id = a.document_id
order by m.score desc, a.id
limit :limit
"""
SIGNATURE = "(query text, literal text, max_rows integer)"
# No parallel workers and no JIT compilation: starting either costs more than the few rows a
# search reads (the plan's cost counts branches that the rows found leave unread).
_SETTINGS = ("max_parallel_workers_per_gather=0", "jit=off")
_RETURNS = "TABLE (article_id integer, document text, title text, body text, score real)"


def install_search_function(connection: Connection, schema: str) -> bool:
    """PostgreSQL: create or replace `schema.search_articles` unless it is already as above;
    EXECUTE for its owner and the analyst group only. True when it was (re)made."""
    from govdb.analysts import analyst_group_if_any, run_ddl

    tables = connection.exec_driver_sql(
        "SELECT quote_ident(n.nspname) FROM pg_class AS c "
        "JOIN pg_namespace AS n ON n.oid = c.relnamespace "
        "WHERE c.oid = 'articles'::regclass"
    ).scalar_one()
    # Only pg_catalog and the tables' schema, pg_temp last: no object another role makes can
    # stand in for one the function uses.
    path = f"pg_catalog, {tables}, pg_temp"
    installed = connection.exec_driver_sql(
        "SELECT p.prosrc, p.proconfig, p.prosecdef FROM pg_proc AS p "
        "WHERE p.pronamespace = %(schema)s::regnamespace AND p.proname = %(name)s",
        {"schema": schema, "name": FUNCTION},
    ).all()
    wanted = (_FUNCTION_BODY, [f"search_path={path}", *_SETTINGS], True)
    if [tuple(row) for row in installed] == [wanted]:
        return False
    name = f"{schema}.{FUNCTION}"
    connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}{SIGNATURE}")
    run_ddl(
        connection,
        f"CREATE FUNCTION {name}{SIGNATURE} RETURNS {_RETURNS} "
        f"LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {path} "
        f"{' '.join(f'SET {setting}' for setting in _SETTINGS)} "
        f"AS $govdb${_FUNCTION_BODY}$govdb$",
    )
    connection.exec_driver_sql(f"REVOKE ALL ON FUNCTION {name}{SIGNATURE} FROM PUBLIC")
    group = analyst_group_if_any(connection)
    if group is not None:
        connection.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {name}{SIGNATURE} TO {group}")
    return True


def search(
    engine: Engine, query: str, *, limit: int = 20, tokenizer: Tokenizer | None = None
) -> list[Hit]:
    words = query_words(query, tokenizer or default_tokenizer())
    literal = re.sub(r"\s+", "", query)
    if not words and not literal:
        return []
    if engine.dialect.name == "postgresql":
        # Through the function, for the owner and an analyst alike (see the module's doc).
        statement = text(f"select * from {FUNCTION}(:tsquery, :literal, :limit)")
        params: dict[str, object] = {"tsquery": _tsquery(words), "literal": literal}
    else:
        statement = text(_SQLITE)
        params = {"fts": _fts5_query(words), "like": _like(literal), "candidates": CANDIDATES}
    params["limit"] = limit
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
