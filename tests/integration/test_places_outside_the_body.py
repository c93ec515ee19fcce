"""Places named outside an article's body: in its headline (spans in the headline) and in its
photos' captions (spans in the document's text), shown with their words in v_place_mentions; the
body's places read as before."""

from pathlib import Path

from sqlalchemy import Engine, text

from govdb.ingest.runner import ingest

PAGE = """湘西花垣：苗绣工坊带富一方

本报讯  近日，记者走进该县一家苗绣工坊，二十多名绣娘正赶制订单。

图为花垣县双龙镇的绣娘在赶制苗绣订单。  通讯员 供图

今年以来，工坊带动周边群众就业120人，产品远销省外。
"""


def _mentions(engine: Engine) -> list[tuple[str, str, str, str, str]]:
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "select surface, place, place_level, part, snippet from v_place_mentions"
                " order by part, mention_id"
            )
        ).all()
    return [(r.surface, r.place, r.place_level, r.part, r.snippet) for r in rows]


def test_places_named_in_the_headline_and_a_caption_are_mentions_there(
    engine: Engine, tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    ingest(engine, [page])
    title = "湘西花垣：苗绣工坊带富一方"
    mentions = _mentions(engine)
    assert [
        ("湘西", "湘西土家族苗族自治州", "city", "title", title),
        ("花垣", "花垣县", "county", "title", title),
    ] == [m for m in mentions if m[3] == "title"]
    assert [("花垣县", "county"), ("双龙镇", "town")] == [
        (m[1], m[2]) for m in mentions if m[3] == "caption"
    ]
    assert not [m for m in mentions if m[3] == "body"]  # the body says only 该县
    with engine.connect() as connection:
        spans = connection.execute(
            text(
                "select m.part, m.start_char, m.end_char, d.raw_text from place_mentions as m"
                " join articles as a on a.id = m.article_id"
                " join documents as d on d.id = a.document_id order by m.part, m.start_char"
            )
        ).all()
    # A caption's spans count in the document's text; a headline's in the headline.
    assert [("花垣县", "caption"), ("双龙镇", "caption")] == [
        (raw[start:end], part) for part, start, end, raw in spans if part == "caption"
    ]
    assert [(0, 2), (2, 4)] == [(s, e) for part, s, e, _ in spans if part == "title"]


def _places(engine: Engine) -> list[tuple[str, str, str]]:
    with engine.connect() as connection:
        rows = connection.execute(
            text("select surface, place, part from v_place_mentions order by mention_id")
        ).all()
    return [(r.surface, r.place, r.part) for r in rows]


def test_the_units_a_headline_names_are_the_context_of_its_body(
    engine: Engine, tmp_path: Path
) -> None:
    # The body names 城关镇 (a name many counties' towns bear) and never its county.
    page = tmp_path / "page.txt"
    page.write_text(
        "卢氏县：便民服务站开到群众家门口\n\n本报讯  今年以来，城关镇新建便民服务站12个，"
        "完成农村改厕1200户，群众办事不出村。\n",
        encoding="utf-8",
    )
    ingest(engine, [page])
    assert [("城关镇", "城关镇", "body"), ("卢氏县", "卢氏县", "title")] == _places(engine)
    with engine.connect() as connection:
        path = connection.execute(
            text("select place_path from v_place_mentions where part = 'body'")
        ).scalar_one()
    assert "河南省/三门峡市/卢氏县/城关镇" == path  # and no village named 完成农村


def test_a_brief_that_names_no_place_for_sure_is_read_with_the_page(
    engine: Engine, tmp_path: Path
) -> None:
    # 东明镇 is an everyday word alone (and the name of towns elsewhere): the brief names
    # nothing else, the story above it names the county.
    page = tmp_path / "page.txt"
    page.write_text(
        "卢氏县：便民服务站开到群众家门口\n\n本报讯  今年以来，卢氏县城关镇新建便民服务站12个，"
        "群众办事不出村。\n\n简讯\n\n● 近日，东明镇举办首届核桃采摘节，吸引游客3000余人次。\n",
        encoding="utf-8",
    )
    ingest(engine, [page])
    with engine.connect() as connection:
        brief = connection.execute(
            text(
                "select place_path from v_place_mentions as m join v_articles as a"
                " on a.article_id = m.article_id where a.title is null"
            )
        ).all()
    assert [("河南省/三门峡市/卢氏县/东明镇",)] == [tuple(row) for row in brief]


NOTICE = """关于开展冬季农机安全检查的通知
栾川县农业农村局

各乡镇：为保障今冬农机作业安全，决定于12月中旬开展上门检查，请全县各乡镇在月底前报送台账。
"""


def test_the_office_a_notice_is_issued_by_names_its_county_in_a_credit_line(
    engine: Engine, tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(NOTICE, encoding="utf-8")
    ingest(engine, [page])
    # The body says only 全县: the issuer's line says which county.
    assert [("栾川县", "栾川县", "credit")] == _places(engine)
    with engine.connect() as connection:
        snippet, start, end, raw = connection.execute(
            text(
                "select v.snippet, m.start_char, m.end_char, d.raw_text"
                " from v_place_mentions as v join place_mentions as m on m.id = v.mention_id"
                " join articles as a on a.id = m.article_id"
                " join documents as d on d.id = a.document_id"
            )
        ).one()
    assert "栾川县" == raw[start:end]  # counted in the document's text, as a caption's span is
    assert snippet.startswith("关于开展冬季农机安全检查的通知\n栾川县农业农村局")


COLUMN = """乡镇简讯

合峪镇：农机手冬训开班
近日，合峪镇组织40名农机手参加冬季安全培训。

潭头镇：深松整地完成
潭头镇今冬完成深松整地1.2万亩。
（栾川县农业农村局 供稿）
"""


def test_a_contributor_closing_a_column_and_an_outlet_name_no_place(
    engine: Engine, tmp_path: Path
) -> None:
    column = tmp_path / "column.txt"
    column.write_text(COLUMN, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(
        "赤土店镇冬桃上市\n来源：洛阳日报　2025-12-01\n\n赤土店镇2000亩冬桃近日上市，"
        "每斤售价6元。\n",
        encoding="utf-8",
    )
    ingest(engine, [column, story])
    assert [] == [place for place in _places(engine) if place[2] == "credit"]
