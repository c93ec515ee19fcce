"""Every curated view on the loaded seeds, on both engines: one known row each, stable types."""

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Date, Engine, Numeric, inspect, text

from govdb.ingest.runner import IngestOptions, ingest
from govdb.views import load_views

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# For each view, a query that must return exactly the row given (values as text).
KNOWN_ROWS = {
    "v_articles": (
        "select document, title, byline from v_articles where title = '基层高效能治理赋能乡村振兴'",
        ("000_9ef92d6b9b86d40d.txt", "基层高效能治理赋能乡村振兴", "本报记者 姚肖"),
    ),
    "v_article_text": (
        "select title, length(body), substr(body, 1, 4) from v_article_text"
        " where document = '000_9ef92d6b9b86d40d.txt' and ordinal = 1",
        ("基层高效能治理赋能乡村振兴", "1775", "“有了村"),
    ),
    "v_places": (
        "select name, level, parent_name, path from v_places where code = '411104100213'",
        ("大徐村", "village", "召陵镇", "河南省/漯河市/召陵区/召陵镇/大徐村"),
    ),
    "v_place_mentions": (
        "select distinct name, code from v_place_mentions where surface = '空家郭镇'",
        ("空冢郭镇", "411102102"),
    ),
    "v_place_rollup": (
        "select name, level from v_place_rollup where code = '4111'",
        ("漯河市", "city"),
    ),
    "v_programs": (
        "select name, kind, article_count from v_programs where name = '党建+网格+大数据'",
        ("党建+网格+大数据", "model", "3"),
    ),
    "v_program_mentions": (
        "select program, surface from v_program_mentions where surface = '「三个五百亿」项目'",
        ("三个五百亿项目", "「三个五百亿」项目"),
    ),
    "v_program_places": (
        "select program, place from v_program_places"
        " where program = '党建+网格+大数据' and place = '召陵镇'",
        ("党建+网格+大数据", "召陵镇"),
    ),
    "v_program_cooccurrence": (
        "select program, other_program from v_program_cooccurrence"
        " where program = '六情直通、四级响应' and other_program = '党建+网格+大数据'",
        ("六情直通、四级响应", "党建+网格+大数据"),
    ),
    "v_program_diffusion": (
        "select program, level, place from v_program_diffusion"
        " where program = '党建+网格+大数据' and place = '召陵区'",
        ("党建+网格+大数据", "county", "召陵区"),
    ),
    "v_metrics": (
        "select subject, surface, unit, qualifier from v_metrics where surface = '近700个'",
        ("西瓜大棚", "近700个", "个", "under"),
    ),
    "v_metric_subjects": (
        "select subject, unit, facts from v_metric_subjects where subject = '专职网格员'",
        ("专职网格员", "名", "1"),
    ),
    "v_grid_governance": (
        "select place, subject, unit from v_grid_governance where subject = '兼职网格员'",
        ("召陵镇", "兼职网格员", "名"),
    ),
    "v_economic_indicators": (
        "select subject, unit, basis, period from v_economic_indicators"
        " where subject = '固定资产投资' and unit = '%'",
        ("固定资产投资", "%", "同比", "今年上半年"),
    ),
    "v_source_coverage": (
        "select source, documents, articles from v_source_coverage where source = '漯河日报'",
        ("漯河日报", "1", "1"),
    ),
    # The seeds print no dates: the test gives 001 one (see DATED below).
    "v_place_timeline": (
        "select place, place_level, adcode, published_on, articles, programs, metrics"
        " from v_place_timeline where place_code = '4111'",
        ("漯河市", "city", "411100", "2025-07-31", "1", "34", "25"),
    ),
    "v_outlet_timeline": (
        "select source, published_on, documents, articles, places, programs, metrics"
        " from v_outlet_timeline",
        ("漯河日报", "2025-07-31", "1", "1", "15", "34", "27"),
    ),
    "v_unresolved": (
        "select distinct item, surface, detail from v_unresolved where surface = '12345'",
        ("number", "12345", "code"),
    ),
}


# The README's "Ask the data" questions, with the answers it prints.
README_ANSWERS = [
    (
        "select article_count, mention_count, program_count, metric_count from v_place_rollup"
        " where code = '411104'",
        [("4", "19", "12", "21")],
    ),
    (
        "select place, level from v_program_places where program = '党建+网格+大数据'"
        " order by place_id",
        [("漯河市", "city"), ("召陵镇", "town"), ("夏邑县", "county")],
    ),
    (
        "select subject, value, unit from v_grid_governance where place = '召陵镇' order by value",
        [("专职网格员", "167", "名"), ("网格", "202", "个"), ("兼职网格员", "332", "名")],
    ),
    (
        "select subject, value, unit from v_economic_indicators"
        " where place = '漯河市' and is_change and period = '今年上半年' order by value",
        [
            ("生产总值", "7.8", "%"),
            ("规模以上工业增加值", "12.1", "%"),
            ("固定资产投资", "13.5", "%"),
        ],
    ),
    (
        "select name, kind, article_count, place_count from v_programs"
        " order by article_count desc, place_count desc limit 1",
        [("党建+网格+大数据", "model", "3", "3")],
    ),
]


# The date given to one seed on the command line, after it was stored without one.
DATED = SEEDS / "001_274de3711385715e.txt"


def test_every_view_has_a_known_row_from_the_seeds(engine: Engine) -> None:
    report = ingest(engine, [SEEDS])
    assert 5 == len(report.added)
    dated = ingest(engine, [DATED], IngestOptions(published_on=dt.date(2025, 7, 31)))
    assert ["001_274de3711385715e.txt"] == dated.updated
    with engine.connect() as connection:
        for view, (query, expected) in KNOWN_ROWS.items():
            rows = [tuple(str(v) for v in row) for row in connection.execute(text(query))]
            assert [expected] == rows, view
        for query, answer in README_ANSWERS:
            rows = [tuple(_plain(v) for v in row) for row in connection.execute(text(query))]
            assert answer == rows, query
    conflicts = {v.name for v in load_views()} - set(KNOWN_ROWS)
    # A view whose row depends on more than one outlet reporting the same figure.
    assert {"v_metric_conflicts"} == conflicts


def _plain(value: object) -> str:
    """A value as the README prints it: 7.8 and 202, whichever engine's type it comes in."""
    text = str(value)
    return text.rstrip("0").rstrip(".") if "." in text else text


def test_postgresql_gives_views_numeric_and_date_columns(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no column types to speak of")
    types = {c["name"]: c["type"] for c in inspect(engine).get_columns("v_metrics")}
    assert isinstance(types["value"], Numeric)
    assert isinstance(types["published_on"], Date)
    assert isinstance(types["period_start"], Date)
