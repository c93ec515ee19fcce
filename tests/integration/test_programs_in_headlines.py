"""Programs named in an article's headline: mentions there, their spans in the headline, shown
with the headline in v_program_mentions; the body's programs read as before."""

from pathlib import Path

from sqlalchemy import Engine, text

from govdb.ingest.runner import ingest

FIRST = "湘西花垣：“指尖工程”绣出致富路"
SECOND = "龙山：“院坝议事”议出和美乡村"
THIRD = "“小院子”里的大变化"
PAGE = f"""{FIRST}

本报讯  近日，记者走进花垣县双龙镇，二十多名绣娘正在工坊里赶制订单。镇里推行“订单+农户”模式，
今年以来带动周边群众就业120人。

{SECOND}

本报讯  龙山县里耶镇推行“院坝议事”制度，把村里的大事小情搬到院坝里商量，今年已议定事项46件。

{THIRD}

本报讯  龙山县洗车河镇的村民把自家小院收拾得干干净净，种上了花草。
"""


def _mentions(engine: Engine) -> list[tuple[str, str, str, str, str | None]]:
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "select program, surface, part, snippet, place from v_program_mentions"
                " order by article_id, part, mention_id"
            )
        ).all()
    return [(r.program, r.surface, r.part, r.snippet, r.place) for r in rows]


def test_a_program_named_in_the_headline_is_a_mention_there(engine: Engine, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    ingest(engine, [page])
    titles = [(p, s, part, snippet) for p, s, part, snippet, _ in _mentions(engine)]
    assert [
        ("订单+农户", "“订单+农户”模式", "body"),
        ("指尖工程", "“指尖工程”", "title"),
        ("院坝议事", "“院坝议事”制度", "body"),
        # quoted bare in its headline, taken on the body's evidence
        ("院坝议事", "“院坝议事”", "title"),
    ] == [t[:3] for t in titles]
    assert [FIRST, SECOND] == [t[3] for t in titles if t[2] == "title"]
    # a headline's program applies at the place it names (花垣), else at the body's main one
    assert ["花垣县", "里耶镇"] == [m[4] for m in _mentions(engine) if m[2] == "title"]
    with engine.connect() as connection:
        spans = connection.execute(
            text("select start_char, end_char from program_mentions where part = 'title'")
        ).all()
    assert [(5, 11), (3, 9)] == [tuple(span) for span in spans]
