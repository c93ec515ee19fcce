"""Each contract view on both engines, over a small hand-written database."""

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from govdb.models import (
    Article,
    Document,
    Metric,
    Place,
    PlaceMention,
    Program,
    ProgramMention,
    SkippedNumber,
    Source,
)
from govdb.summaries import rebuild
from govdb.views import load_views

BODY = "在“漯河市西瓜第一村”召陵区召陵镇大徐村，以“党建+网格+大数据”为抓手，在全镇划分网格202个。"


def _places(session: Session) -> dict[str, Place]:
    chain = [
        ("41", "河南省", "河南省", "province"),
        ("4111", "漯河市", "漯河市", "city"),
        ("411104", "召陵区", "召陵区", "county"),
        ("411104100", "召陵镇", "召陵区召陵镇", "town"),
        ("411104100213", "大徐村", "大徐村村民委员会", "village"),
    ]
    places: dict[str, Place] = {}
    parent = None
    for code, name, register_name, level in chain:
        path = f"{parent.path}/{name}" if parent else name
        place = Place(
            code=code, name=name, register_name=register_name, level=level, parent=parent, path=path
        )
        session.add(place)
        places[name] = parent = place
    return places


def _document(session: Session, sha: str, name: str, superseded_by=None) -> Article:
    document = Document(
        sha256=sha,
        file_name=name,
        source_path=f"seeds/{name}",
        byte_size=len(BODY.encode()),
        encoding="utf-8",
        script="simplified",
        raw_text=BODY,
        published_on=dt.date(2024, 5, 13),
        source=Source(name=f"漯河日报{sha}"),
        superseded_by_id=superseded_by,
    )
    article = Article(
        ordinal=1,
        title="基层高效能治理赋能乡村振兴",
        byline="本报记者 姚肖",
        kind="news",
        start_char=0,
        end_char=len(BODY),
        body=BODY,
        tokens="",
    )
    document.articles.append(article)
    session.add(document)
    return article


@pytest.fixture
def sample(engine: Engine) -> Engine:
    with Session(engine) as session:
        places = _places(session)
        article = _document(session, "a" * 64, "000_x.txt")
        session.flush()
        start = BODY.index("大徐村")
        session.add(
            PlaceMention(
                article_id=article.id,
                place_id=places["大徐村"].id,
                surface="大徐村",
                start_char=start,
                end_char=start + 3,
                method="exact",
            )
        )
        start = BODY.index("“党建")
        program = Program(name="党建+网格+大数据", kind="model")
        session.add(program)
        session.flush()
        session.add(
            ProgramMention(
                article_id=article.id,
                program_id=program.id,
                place_id=places["召陵镇"].id,
                surface="“党建+网格+大数据”",
                start_char=start,
                end_char=start + 11,
            )
        )
        start = BODY.index("202个")
        session.add(
            Metric(
                article_id=article.id,
                subject="网格",
                value=Decimal(202),
                unit="个",
                kind="count",
                is_change=False,
                place_id=places["召陵镇"].id,
                surface="202个",
                start_char=start,
                end_char=start + 4,
                sentence_start=0,
                sentence_end=len(BODY),
            )
        )
        five_star = Program(name="五星支部", kind="brand")
        session.add(five_star)
        session.flush()
        session.add(
            ProgramMention(
                article_id=article.id,
                program_id=five_star.id,
                place_id=None,
                surface="“五星”支部",
                start_char=0,
                end_char=2,
            )
        )
        for value in (167, 170):  # the same figure printed twice, differently
            session.add(
                Metric(
                    article_id=article.id,
                    subject="网格员",
                    value=Decimal(value),
                    unit="名",
                    kind="count",
                    is_change=False,
                    period="2024年",
                    place_id=places["召陵镇"].id,
                    surface=f"{value}名",
                    start_char=0,
                    end_char=2,
                    sentence_start=0,
                    sentence_end=2,
                )
            )
        session.add(
            Metric(
                article_id=article.id,
                subject="生产总值",
                value=Decimal("7.8"),
                unit="%",
                kind="percent",
                is_change=True,
                direction="up",
                basis="同比",
                period="今年上半年",
                place_id=places["漯河市"].id,
                surface="7.8%",
                start_char=0,
                end_char=4,
                sentence_start=0,
                sentence_end=4,
            )
        )
        start = BODY.index("“漯河市")
        session.add(
            SkippedNumber(
                article_id=article.id,
                surface="第一",
                reason="ordinal",
                start_char=start + 6,
                end_char=start + 8,
            )
        )
        session.add(
            PlaceMention(
                article_id=article.id,
                place_id=None,
                surface="南街村",
                start_char=0,
                end_char=3,
                method="unresolved",
                candidates="411122001219 411103107203",
            )
        )
        # An older version of the same file: superseded, so left out of every view.
        old = _document(session, "b" * 64, "000_x.txt", superseded_by=article.document.id)
        session.flush()
        session.add(
            PlaceMention(
                article_id=old.id,
                place_id=places["大徐村"].id,
                surface="大徐村",
                start_char=0,
                end_char=3,
                method="exact",
            )
        )
        session.commit()
    # Facts written here, not by ingest: the summaries some views read, computed afresh.
    with engine.begin() as connection:
        rebuild(connection)
    return engine


# The shared vocabulary: every view that names a place has these columns.
PLACE_COLUMNS = {"place_id", "place", "place_level", "place_code", "adcode"}

# Names the public contract listed before the shared vocabulary, kept in its views as copies of
# the new columns so that queries written for them keep working: old name → new name.
KEPT = {
    "v_places": {
        "code": "place_code",
        "name": "place",
        "level": "place_level",
        "path": "place_path",
    },
    "v_place_mentions": {
        "name": "place",
        "level": "place_level",
        "code": "place_code",
        "path": "place_path",
    },
    "v_programs": {"name": "program", "kind": "program_kind"},
    "v_program_mentions": {"kind": "program_kind"},
    "v_program_places": {"path": "place_path"},
}


def _rows(engine: Engine, sql: str) -> list[dict]:
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(text(sql))]


def test_v_articles(sample: Engine) -> None:
    (row,) = _rows(sample, "select * from v_articles")
    assert "000_x.txt" == row["document"]
    assert "漯河日报" + "a" * 64 == row["source"]
    assert BODY[:40] == row["lead"]
    assert (len(BODY), 1, 2, 4) == (
        row["char_count"],
        row["place_count"],
        row["program_count"],
        row["metric_count"],
    )


def test_v_places(sample: Engine) -> None:
    (row,) = _rows(sample, "select * from v_places")
    assert ("411104100213", "411104", "大徐村", "village", "召陵镇") == (
        row["place_code"],
        row["adcode"],
        row["place"],
        row["place_level"],
        row["parent_name"],
    )
    assert "河南省/漯河市/召陵区/召陵镇/大徐村" == row["place_path"]
    assert (1, 1) == (row["mention_count"], row["article_count"])


def test_v_place_mentions(sample: Engine) -> None:
    (row,) = _rows(sample, "select * from v_place_mentions")
    assert ("大徐村", "exact") == (row["surface"], row["method"])
    assert ("大徐村", "village", "411104100213", "411104") == (
        row["place"],
        row["place_level"],
        row["place_code"],
        row["adcode"],
    )
    # 17 characters precede the mention, fewer than 20: the snippet starts at the body's start.
    assert BODY[: 17 + 3 + 20] == row["snippet"]


def test_v_programs_and_mentions_and_places(sample: Engine) -> None:
    (program,) = _rows(sample, "select * from v_programs where program = '党建+网格+大数据'")
    assert ("党建+网格+大数据", "model", 1, 1, 1) == (
        program["program"],
        program["program_kind"],
        program["mention_count"],
        program["article_count"],
        program["place_count"],
    )
    assert str(program["first_seen"]).startswith("2024-05-13")
    (mention,) = _rows(sample, "select * from v_program_mentions where program_kind = 'model'")
    assert ("召陵镇", "town", "411104100", "411104", "“党建+网格+大数据”") == (
        mention["place"],
        mention["place_level"],
        mention["place_code"],
        mention["adcode"],
        mention["surface"],
    )
    (unplaced,) = _rows(sample, "select * from v_program_mentions where program = '五星支部'")
    assert (None, None, None, None) == (
        unplaced["place_id"],
        unplaced["place"],
        unplaced["place_code"],
        unplaced["adcode"],
    )
    (pair,) = _rows(sample, "select * from v_program_places")
    assert ("党建+网格+大数据", "召陵镇", "town", "河南省/漯河市/召陵区/召陵镇", "411104", 1) == (
        pair["program"],
        pair["place"],
        pair["place_level"],
        pair["place_path"],
        pair["adcode"],
        pair["article_count"],
    )


def test_v_metrics(sample: Engine) -> None:
    (row,) = _rows(sample, "select * from v_metrics where subject = '网格'")
    assert ("网格", Decimal(202), "个", None, "count", "202个") == (
        row["subject"],
        Decimal(str(row["value"])),
        row["unit"],
        row["qualifier"],
        row["metric_kind"],
        row["surface"],
    )
    assert ("召陵镇", "town", "411104100", "411104") == (
        row["place"],
        row["place_level"],
        row["place_code"],
        row["adcode"],
    )
    assert BODY == row["snippet"]
    assert not row["is_change"]


def test_v_place_rollup_counts_a_unit_with_everything_below_it(sample: Engine) -> None:
    rows = {r["place"]: r for r in _rows(sample, "select * from v_place_rollup")}
    assert {"河南省", "漯河市", "召陵区", "召陵镇", "大徐村"} == set(rows)
    town = rows["召陵镇"]
    assert (1, 1, 1, 3) == (
        town["article_count"],
        town["mention_count"],
        town["program_count"],
        town["metric_count"],
    )
    village = rows["大徐村"]
    assert (1, 0, 0) == (
        village["mention_count"],
        village["program_count"],
        village["metric_count"],
    )
    assert 4 == rows["河南省"]["metric_count"]  # the town's three and the city's one
    # adcode: the unit's own 6 digits at county level and above, else its county's.
    assert {
        "河南省": ("41", "410000"),
        "漯河市": ("4111", "411100"),
        "召陵区": ("411104", "411104"),
        "召陵镇": ("411104100", "411104"),
        "大徐村": ("411104100213", "411104"),
    } == {name: (r["place_code"], r["adcode"]) for name, r in rows.items()}


def test_v_program_diffusion_reaches_county_and_city(sample: Engine) -> None:
    rows = _rows(sample, "select * from v_program_diffusion order by place_level")
    assert [("city", "漯河市", "4111", "411100"), ("county", "召陵区", "411104", "411104")] == [
        (r["place_level"], r["place"], r["place_code"], r["adcode"]) for r in rows
    ]
    assert all(str(r["first_seen"]).startswith("2024-05-13") for r in rows)
    assert all(1 == r["article_count"] for r in rows)


def test_v_program_cooccurrence_lists_each_pair_both_ways(sample: Engine) -> None:
    rows = _rows(sample, "select * from v_program_cooccurrence order by program")
    assert [("五星支部", "党建+网格+大数据", 1), ("党建+网格+大数据", "五星支部", 1)] == sorted(
        (r["program"], r["other_program"], r["article_count"]) for r in rows
    )


def test_v_metric_subjects(sample: Engine) -> None:
    (row,) = _rows(sample, "select * from v_metric_subjects where subject = '网格员'")
    assert ("名", 2, 1, Decimal(167), Decimal(170)) == (
        row["unit"],
        row["facts"],
        row["places"],
        Decimal(str(row["min_value"])),
        Decimal(str(row["max_value"])),
    )


def test_v_metric_conflicts_finds_the_same_figure_printed_differently(sample: Engine) -> None:
    (row,) = _rows(sample, "select * from v_metric_conflicts")
    assert ("召陵镇", "411104", "网格员", "2024年", 2, 2) == (
        row["place"],
        row["adcode"],
        row["subject"],
        row["period"],
        row["value_count"],
        row["metric_count"],
    )


def test_v_source_coverage_counts_current_documents_only(sample: Engine) -> None:
    (row,) = _rows(sample, "select * from v_source_coverage")
    assert ("漯河日报" + "a" * 64, 1, 1, 1) == (
        row["source"],
        row["documents"],
        row["articles"],
        row["villages"],
    )
    assert (0, 0, 0, 0) == (row["provinces"], row["cities"], row["counties"], row["towns"])


def test_v_grid_governance_keeps_grid_figures_only(sample: Engine) -> None:
    rows = _rows(sample, "select * from v_grid_governance order by metric_id")
    assert [("网格", 202), ("网格员", 167), ("网格员", 170)] == [
        (r["subject"], int(r["value"])) for r in rows
    ]
    assert {("召陵镇", "town", "411104100", "411104")} == {
        (r["place"], r["place_level"], r["place_code"], r["adcode"]) for r in rows
    }


def test_v_grid_governance_reads_its_metrics_from_their_own_index(sample: Engine) -> None:
    """The view's WHERE on subject must stay the WHERE of ix_metrics_grid (models.py), or
    every metric is read again."""
    with sample.connect() as connection:
        if sample.dialect.name == "postgresql":
            connection.exec_driver_sql("SET enable_seqscan = off")  # a few rows here
            plan = connection.exec_driver_sql("EXPLAIN SELECT * FROM v_grid_governance")
            lines = [row[0] for row in plan]
        else:
            plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN SELECT * FROM v_grid_governance")
            lines = [row[3] for row in plan]
    assert any("ix_metrics_grid" in line for line in lines), lines


def test_v_economic_indicators(sample: Engine) -> None:
    (row,) = _rows(sample, "select * from v_economic_indicators")
    assert ("漯河市", "411100", "生产总值", Decimal("7.8"), "%", "up", "同比", "今年上半年") == (
        row["place"],
        row["adcode"],
        row["subject"],
        Decimal(str(row["value"])),
        row["unit"],
        row["direction"],
        row["basis"],
        row["period"],
    )


def test_v_unresolved_lists_places_and_numbers_for_curators(sample: Engine) -> None:
    rows = _rows(sample, "select * from v_unresolved order by item")
    assert [
        ("number", "第一", "ordinal"),
        ("place", "南街村", "unresolved: 411122001219 411103107203"),
    ] == [(r["item"], r["surface"], r["detail"]) for r in rows]
    assert "第一" in rows[0]["snippet"]


def test_every_view_naming_a_place_or_program_uses_the_shared_vocabulary() -> None:
    views = {v.name: dict(v.columns) for v in load_views()}
    naming_a_place = {name for name, columns in views.items() if "place" in columns}
    assert {
        "v_places",
        "v_place_mentions",
        "v_place_rollup",
        "v_place_timeline",
        "v_program_mentions",
        "v_program_places",
        "v_program_diffusion",
        "v_metrics",
        "v_metric_conflicts",
        "v_grid_governance",
        "v_economic_indicators",
        "v_unresolved",
    } == naming_a_place
    for name, columns in views.items():
        if "place" in columns or "place_id" in columns:
            assert PLACE_COLUMNS <= set(columns), name
        if "program_id" in columns:
            assert "program" in columns, name
        # The old names survive only where the contract listed them, each documented as a copy.
        old = {c for c in ("name", "level", "code", "path", "kind") if c in columns}
        assert set(KEPT.get(name, {})) == old, name
        for column, new in KEPT.get(name, {}).items():
            assert new in columns, name
            assert columns[column] == (
                f"same as {new}, kept for queries written before the shared vocabulary"
            ), (name, column)


def test_contract_views_answer_to_their_old_column_names(sample: Engine) -> None:
    for view, kept in KEPT.items():
        rows = _rows(sample, f"select * from {view}")
        assert rows, view
        for row in rows:
            assert {old: row[new] for old, new in kept.items()} == {o: row[o] for o in kept}, view
    # The queries the contract's column lists allow, in their old spelling.
    (place,) = _rows(sample, "select code, name, level, parent_name, path from v_places")
    assert ("411104100213", "大徐村", "village", "召陵镇") == tuple(place.values())[:4]
    (mention,) = _rows(sample, "select name, level, code, path from v_place_mentions")
    assert ("大徐村", "village", "411104100213") == tuple(mention.values())[:3]
    programs = _rows(sample, "select name, kind from v_programs order by name")
    assert [("五星支部", "brand"), ("党建+网格+大数据", "model")] == sorted(
        tuple(r.values()) for r in programs
    )
    kinds = _rows(sample, "select program, kind from v_program_mentions where kind = 'model'")
    assert [{"program": "党建+网格+大数据", "kind": "model"}] == kinds
    (pair,) = _rows(sample, "select program, place, path from v_program_places")
    assert "河南省/漯河市/召陵区/召陵镇" == pair["path"]


def test_a_unit_the_register_does_not_list_takes_its_parents_adcode(
    sample: Engine,
) -> None:
    with Session(sample) as session:
        town = session.query(Place).filter_by(code="411104100").one()
        zone = Place(
            code=None, name="东区片", level="other", parent=town, path=f"{town.path}/东区片"
        )
        group = Place(
            code=None, name="三组", level="village", parent=zone, path=f"{zone.path}/三组"
        )
        session.add_all([zone, group])
        session.flush()
        article_id = (
            session.query(Article.id).filter_by(title="基层高效能治理赋能乡村振兴").first()[0]
        )
        for place in (zone, group):
            session.add(
                PlaceMention(
                    article_id=article_id,
                    place_id=place.id,
                    surface=place.name,
                    start_char=0,
                    end_char=2,
                    method="exact",
                )
            )
        session.commit()
    with sample.begin() as connection:
        rebuild(connection)
    rows = _rows(
        sample,
        "select place, place_code, adcode from v_place_mentions"
        " where place in ('东区片', '三组') order by place",
    )
    # The zone under the town takes the town's county's; a unit under the unlisted zone has
    # none (the views look one level up, not up the whole hierarchy).
    assert [
        {"place": "三组", "place_code": None, "adcode": None},
        {"place": "东区片", "place_code": None, "adcode": "411104"},
    ] == sorted(rows, key=lambda r: r["place"] != "三组")
