"""The curated views at scale: a database of ARTICLES synthetic articles' worth of facts, then
each view filtered to one place, one program or one subject, unfiltered rankings, the README's
"Ask the data" queries and `govdb search`, timed, with their plans.

Run by hand on an empty database (a second run reuses it, upgraded to this govdb's schema):
    python benchmarks/views_at_scale.py postgresql://postgres@127.0.0.1/govdb_scale 1000000
    python benchmarks/views_at_scale.py sqlite:////tmp/scale.sqlite 100000 --plans
    python benchmarks/views_at_scale.py URL ARTICLES --views OLDER/sql/views

The seeds are ingested first (real places, programs and metrics), then every county and town of
Henan is stored as a place, and documents (10 articles each) with 10 place mentions, 10 metrics
and 3 program mentions per article are generated with SQL, spread over those places, 1,000
programs and 50 subjects by arithmetic on the ids (the same on both engines); the summary tables
are then computed from those facts, as ingest would have kept them. Prints each query's median
of three runs in milliseconds (one run when it takes longer than SLOW seconds, stopped after
LIMIT) and the first line of its plan (`--plans`: all of it). `--views` puts the SELECT of each
view file in that folder in place of the installed view, to compare older views on the same
data.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError

from govdb.db import make_engine
from govdb.ingest.load import place_ids
from govdb.ingest.pipeline import place_records
from govdb.ingest.runner import ingest
from govdb.migrate import upgrade
from govdb.places.gazetteer import default_gazetteer
from govdb.search import search
from govdb.summaries import rebuild
from govdb.views import load_views

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
BODY = "某市某区推进基层治理，建成网格一百个，服务群众一千人次。" * 4

README = "select article_count, mention_count, program_count, metric_count from v_place_rollup"
QUERIES = [
    ("v_place_rollup, one county", "select * from v_place_rollup where place_code = '411104'"),
    ("v_place_rollup, one city", "select * from v_place_rollup where place_code = '4111'"),
    ("v_place_rollup, one province", "select * from v_place_rollup where place_code = '41'"),
    (
        "v_place_rollup, cities ranked",
        "select * from v_place_rollup where place_level = 'city' order by article_count desc",
    ),
    ("v_places, one county", "select * from v_places where place_code = '411104'"),
    ("v_places, ranked", "select * from v_places order by mention_count desc limit 20"),
    ("v_place_mentions, one town", "select * from v_place_mentions where place_code = '411104100'"),
    ("v_programs, one program", "select * from v_programs where program = '党建+网格+大数据'"),
    (
        "v_program_mentions, one program",
        "select * from v_program_mentions where program = '党建+网格+大数据' limit 100",
    ),
    (
        "v_program_diffusion, one program",
        "select * from v_program_diffusion where program = '党建+网格+大数据'",
    ),
    ("v_program_diffusion, first 100", "select * from v_program_diffusion limit 100"),
    (
        "v_program_cooccurrence, one program",
        "select * from v_program_cooccurrence where program = '党建+网格+大数据'",
    ),
    (
        "v_program_cooccurrence, ranked",
        "select * from v_program_cooccurrence order by article_count desc limit 20",
    ),
    ("v_metrics, one subject", "select * from v_metrics where subject = '生产总值' limit 100"),
    ("v_metric_subjects, one subject", "select * from v_metric_subjects where subject = '网格'"),
    ("v_metric_subjects, ranked", "select * from v_metric_subjects order by facts desc limit 20"),
    ("v_metric_conflicts, one place", "select * from v_metric_conflicts where place = '召陵区'"),
    (
        "v_metric_conflicts, ranked",
        "select * from v_metric_conflicts order by value_count desc limit 20",
    ),
    ("v_articles, limit 100", "select * from v_articles limit 100"),
    # The README's "Ask the data", as printed there.
    ("README 1: 召陵区 rollup", f"{README} where place_code = '411104'"),
    (
        "README 2: program places",
        "select place, place_level, place_path from v_program_places"
        " where program = '党建+网格+大数据'",
    ),
    ("README 3: grid governance", "select place, subject, value, unit from v_grid_governance"),
    (
        "README 4: 漯河市 economy",
        "select subject, value, unit, is_change, period from v_economic_indicators "
        "where place = '漯河市'",
    ),
    (
        "README 5: programs ranked",
        "select program, program_kind, article_count, place_count from v_programs "
        "order by article_count desc",
    ),
    (
        "README 6: 漯河市 counties",
        "select adcode, place, article_count, metric_count from v_place_rollup "
        "where adcode like '4111%' and place_level = 'county' order by adcode",
    ),
]
# govdb search: a word every synthetic article has, and one only the seeds have.
SEARCHES = ["网格", "西瓜"]
# A query that takes longer than this runs once, not three times.
SLOW = 5.0
# and one still running after this many seconds is stopped.
LIMIT = 60


def series(engine: Engine, count: int) -> str:
    """Rows n = 0 … count-1, as a subquery both engines run."""
    return (
        f"(with recursive s(n) as (select 0 union all select n + 1 from s where n < {count - 1})"
        " select n from s)"
    )


def build(engine: Engine, articles: int) -> None:
    upgrade(engine)
    ingest(engine, [SEEDS])
    g = default_gazetteer()
    henan = [u.code for u in g.iter_units(("county", "town")) if u.code.startswith("41")]
    with engine.begin() as connection:
        place_ids(connection, place_records(set(henan), g))
    documents = articles // 10
    date = (
        "date '2020-01-01' + (d.n % 2000)"
        if engine.dialect.name == "postgresql"
        else "date('2020-01-01', '+' || (d.n % 2000) || ' days')"
    )
    statements = [
        "create table bench_places as select row_number() over (order by id) - 1 as n, id "
        "from places where level in ('county', 'town', 'village')",
        "insert into programs (name, kind) "
        f"select '合成项目' || n, 'other' from {series(engine, 1000)} as s",
        "create table bench_programs as select row_number() over (order by id) - 1 as n, id "
        "from programs",
        f"""insert into documents (sha256, file_name, source_path, byte_size, encoding, script,
            published_on, raw_text)
            select 'synthetic-' || d.n, 'synthetic_' || d.n || '.txt', 'synthetic/' || d.n,
                   0, 'utf-8', 'simplified', {date}, ''
            from {series(engine, documents)} as d""",
        f"""insert into articles (document_id, ordinal, title, kind, start_char, end_char, body,
            tokens)
            select d.id, k.n + 1, '合成文章' || d.id || '之' || k.n, 'news', 0, 0, '{BODY}',
                   '基层 治理 网格'
            from documents as d cross join {series(engine, 10)} as k
            where d.sha256 like 'synthetic-%'""",
    ]
    facts = [
        f"""insert into place_mentions (article_id, place_id, surface, start_char, end_char,
            method)
            select a.id, p.id, '某地', k.n, k.n + 2, 'exact'
            from articles as a cross join {series(engine, 10)} as k
            join bench_places as p
              on p.n = (a.id * 31 + k.n * 17) % (select count(*) from bench_places)
            where a.title like '合成文章%'""",
        f"""insert into metrics (article_id, subject, value, unit, kind, is_change, period,
            place_id, surface, start_char, end_char, sentence_start, sentence_end)
            select a.id, '合成指标' || ((a.id + k.n) % 50), (a.id * 7 + k.n) % 1000, '个',
                   'count', false, '2024年', p.id, '100个', 10, 14, 0, 30
            from articles as a cross join {series(engine, 10)} as k
            join bench_places as p
              on p.n = (a.id * 13 + k.n * 7) % (select count(*) from bench_places)
            where a.title like '合成文章%'""",
        f"""insert into program_mentions (article_id, program_id, place_id, surface, start_char,
            end_char)
            select a.id, g.id, p.id, '某项目', 20, 24
            from articles as a cross join {series(engine, 3)} as k
            join bench_programs as g
              on g.n = (a.id * 11 + k.n * 5) % (select count(*) from bench_programs)
            join bench_places as p
              on p.n = (a.id * 29 + k.n * 3) % (select count(*) from bench_places)
            where a.title like '合成文章%'""",
        "drop table bench_places",
        "drop table bench_programs",
    ]
    for statement in [*statements, *facts]:
        started = time.perf_counter()
        with engine.begin() as connection:
            connection.execute(text(statement))
        print(f"  {time.perf_counter() - started:6.1f} s  {' '.join(statement.split())[:70]}")
    started = time.perf_counter()
    with engine.begin() as connection:
        rebuild(connection)  # the facts above were written by SQL, not by ingest
    print(f"  {time.perf_counter() - started:6.1f} s  summaries rebuilt")
    with engine.begin() as connection:
        connection.execute(text("analyze"))


def timed(engine: Engine, sql: str) -> tuple[float | None, int, list[str]]:
    """Median milliseconds (of one run when the first takes longer than SLOW seconds, else
    of three; None when a run was stopped after LIMIT seconds), the number of runs, and the
    plan."""
    runs: list[float] = []
    while len(runs) < 3 and not (runs and runs[0] > SLOW):
        started = time.perf_counter()
        with engine.connect() as connection:
            try:
                _limit(connection)
                connection.execute(text(sql)).all()
            except OperationalError:  # stopped at the limit
                return None, 1, _plan(engine, sql)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs) * 1000, len(runs), _plan(engine, sql)


def _limit(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"set statement_timeout = '{LIMIT}s'"))
    else:
        deadline = time.perf_counter() + LIMIT
        raw = connection.connection.driver_connection
        raw.set_progress_handler(lambda: int(time.perf_counter() > deadline), 100_000)


def _plan(engine: Engine, sql: str) -> list[str]:
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            return list(connection.execute(text(f"explain (costs off) {sql}")).scalars())
        rows = connection.execute(text(f"explain query plan {sql}")).all()
    depth = {0: 0}
    plan = []
    for node, parent, _, detail in rows:
        depth[node] = depth.get(parent, 0) + 1
        plan.append("  " * (depth[node] - 1) + detail)
    return plan


def timed_search(engine: Engine, words: str) -> tuple[float, int]:
    search(engine, words)  # the tokenizer is built once, not timed
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        search(engine, words)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs) * 1000, len(runs)


def inline(sql: str, views: dict[str, str]) -> str:
    """The query with each view it names replaced by that view's SELECT from `views`."""
    for name, body in views.items():
        sql = re.sub(rf"\b{name}\b", f"({body}) as {name}", sql)
    return sql


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url")
    parser.add_argument("articles", type=int, nargs="?", default=100_000)
    parser.add_argument(
        "--views",
        type=Path,
        help="a folder of view files to time instead of the installed views (an older sql/views)",
    )
    parser.add_argument("--plans", action="store_true", help="print each query's whole plan")
    options = parser.parse_args()
    engine = make_engine(options.url)
    with engine.connect() as connection:
        stored = connection.execute(
            text("select count(*) from articles") if _has_schema(engine) else text("select 0")
        ).scalar_one()
    if stored < options.articles:
        print(f"building {options.articles:,} articles' worth of facts in {options.url}")
        build(engine, options.articles)
    else:
        started = time.perf_counter()
        upgrade(engine)  # a database built by an older govdb: its summaries are filled here
        print(f"  {time.perf_counter() - started:6.1f} s  upgrade")
    with engine.connect() as connection:
        for table in ("articles", "place_mentions", "metrics", "program_mentions", "places"):
            count = connection.execute(text(f"select count(*) from {table}")).scalar_one()
            print(f"{table:>18}: {count:>11,}")
    views = {}
    if options.views:
        views = {v.name: v.sql for v in load_views(options.views)}
        print(f"views from {options.views}")
    for label, sql in QUERIES:
        milliseconds, runs, plan = timed(engine, inline(sql, views))
        if milliseconds is None:
            print(f"{'> ' + str(LIMIT) + ' s':>12} {'(1 run)':7} {label:36} {plan[0][:80]}")
            continue
        print(
            f"{milliseconds:9.1f} ms {'' if runs == 3 else '(1 run)':7} {label:36} {plan[0][:80]}"
        )
        if options.plans:
            print("\n".join(f"{'':20}{line}" for line in plan))
    for words in SEARCHES:
        milliseconds, _ = timed_search(engine, words)
        print(f"{milliseconds:9.1f} ms {'':7} govdb search {words}")
    engine.dispose()


def _has_schema(engine: Engine) -> bool:
    from sqlalchemy import inspect

    return "articles" in inspect(engine).get_table_names()


if __name__ == "__main__":
    main()
