"""Places a headline names: found in the headline, with spans in it, shown with their
headline in v_place_mentions; the body's places read as before."""

from pathlib import Path

from sqlalchemy import Engine, text

from govdb.ingest.runner import ingest

PAGE = """湘西花垣：苗绣工坊带富一方

本报讯  近日，记者走进该县一家苗绣工坊，二十多名绣娘正赶制订单。
今年以来，工坊带动周边群众就业120人。
"""


def test_a_place_named_only_in_the_headline_is_a_mention_in_the_headline(
    engine: Engine, tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    ingest(engine, [page])
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "select surface, place, place_level, in_title, snippet from v_place_mentions"
                " order by in_title, mention_id"
            )
        ).all()
    title = "湘西花垣：苗绣工坊带富一方"
    assert [
        ("湘西", "湘西土家族苗族自治州", "city", True, title),
        ("花垣", "花垣县", "county", True, title),
    ] == [(r.surface, r.place, r.place_level, bool(r.in_title), r.snippet) for r in rows]
    with engine.connect() as connection:
        spans = connection.execute(
            text("select start_char, end_char from place_mentions order by start_char")
        ).all()
    assert [(0, 2), (2, 4)] == [tuple(s) for s in spans]
