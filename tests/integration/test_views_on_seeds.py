"""Every curated view on the loaded seeds, on both engines: one known row each, stable types."""

import datetime as dt
import re
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
        "select place, place_level, parent_name, place_path from v_places"
        " where place_code = '411104100213'",
        ("大徐村", "village", "召陵镇", "河南省/漯河市/召陵区/召陵镇/大徐村"),
    ),
    "v_place_mentions": (
        "select distinct place, place_code from v_place_mentions where surface = '空家郭镇'",
        ("空冢郭镇", "411102102"),
    ),
    "v_place_rollup": (
        "select place, place_level from v_place_rollup where place_code = '4111'",
        ("漯河市", "city"),
    ),
    "v_programs": (
        "select program, program_kind, article_count from v_programs"
        " where program = '党建+网格+大数据'",
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
        "select program, place_level, place from v_program_diffusion"
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
        ("漯河市", "city", "411100", "2025-07-31", "1", "36", "25"),
    ),
    "v_outlet_timeline": (
        "select source, published_on, documents, articles, places, programs, metrics"
        " from v_outlet_timeline",
        # 17 places: 15 in the body, 马路街街道 and 友爱街社区 in its photo's caption only.
        ("漯河日报", "2025-07-31", "1", "1", "17", "36", "27"),
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
        " where place_code = '411104'",
        [("4", "19", "12", "21")],
    ),
    (
        "select place, place_level, place_path from v_program_places"
        " where program = '党建+网格+大数据' order by place_id",
        [
            ("漯河市", "city", "河南省/漯河市"),
            ("召陵镇", "town", "河南省/漯河市/召陵区/召陵镇"),
            ("夏邑县", "county", "河南省/商丘市/夏邑县"),
        ],
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
        "select program, program_kind, article_count, place_count from v_programs"
        " order by article_count desc, place_count desc limit 1",
        [("党建+网格+大数据", "model", "3", "3")],
    ),
    (
        "select adcode, place, article_count, metric_count from v_place_rollup"
        " where adcode like '4111%' and place_level = 'county' order by adcode",
        [
            ("411102", "源汇区", "4", "2"),
            ("411103", "郾城区", "4", "8"),  # the district its head's report speaks for
            ("411104", "召陵区", "4", "21"),
            ("411121", "舞阳县", "2", "0"),  # the second names it in a photo's caption
            ("411122", "临颍县", "3", "4"),
        ],
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
        # adcode, what map files and yearbooks join on, for one unit of each level, and for a
        # unit the register does not list (南街村, stored under 漯河市 itself).
        adcodes = connection.execute(
            text(
                "select place, place_level, place_code, adcode from v_places"
                " where place in ('河南省', '漯河市', '召陵区', '召陵镇', '大徐村', '南街村')"
            )
        ).all()
        for query in _readme_queries():
            assert connection.execute(text(query)).first() is not None, query
    assert {
        ("河南省", "province", "41", "410000"),
        ("漯河市", "city", "4111", "411100"),
        ("召陵区", "county", "411104", "411104"),
        ("召陵镇", "town", "411104100", "411104"),
        ("大徐村", "village", "411104100213", "411104"),
        ("南街村", "village", None, "411100"),
    } == set(map(tuple, adcodes))
    conflicts = {v.name for v in load_views()} - set(KNOWN_ROWS)
    # A view whose row depends on more than one outlet reporting the same figure.
    assert {"v_metric_conflicts"} == conflicts


def _readme_queries() -> list[str]:
    """The queries the README's "Ask the data" prints, as printed."""
    readme = (SEEDS.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Ask the data", 1)[1].split("\n## ", 1)[0]
    queries = re.findall(r"^ +`(select [^`]+)`$", section, flags=re.M)
    assert 6 == len(queries)
    return queries


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
