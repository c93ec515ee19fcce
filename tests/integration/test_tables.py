"""A notice that prints a table as text: once ingested, each quantity cell is a metric in
v_metrics, placed at its row's town (a total row at the article's main place), its snippet the
row and its surface the cell as printed."""

from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine, text

from govdb.ingest.runner import ingest

PAGE = """郾城区通报矛盾纠纷排查化解进展

本报讯 近日，郾城区通报了各镇街矛盾纠纷排查化解进展。今年以来，郾城区累计排查矛盾纠纷1260起。

今年1至9月各镇街排查化解情况如下：

　　镇街      排查纠纷（起）   化解率   投入资金（万元）
　　沙北街道    126             97.8%     35.5
　　孟庙镇      143             96.5%     41.2
　　合计        269             97.1%     76.7

下一步，郾城区将持续深化排查化解，确保矛盾纠纷就地化解。
"""


def test_a_printed_table_gives_metrics_placed_at_its_rows(engine: Engine, tmp_path: Path) -> None:
    page = tmp_path / "2025-10-20_notice.txt"
    page.write_text(PAGE, encoding="utf-8")
    ingest(engine, [page])
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "select subject, value, unit, place, place_level, surface, snippet, period"
                " from v_metrics order by metric_id"
            )
        ).all()
        sections = connection.execute(text("select count(*) from sections")).scalar_one()
        cells = connection.execute(
            text(
                "select x.surface, a.body, x.start_char, x.end_char from metrics as x"
                " join articles as a on a.id = x.article_id"
            )
        ).all()
    assert 0 == sections  # the table's lines are no headings
    found = [(r.subject, Decimal(str(r.value)), r.unit, r.place, r.surface) for r in rows]
    assert [
        # Values come back as floats (SQLite) or NUMERIC(38, 6) (PostgreSQL): compared as numbers.
        ("矛盾纠纷", Decimal(1260), "起", "郾城区", "1260起"),
        ("排查纠纷", Decimal(126), "起", "沙北街道", "126"),
        ("化解率", Decimal("97.8"), "%", "沙北街道", "97.8%"),
        ("投入资金", Decimal(355000), "元", "沙北街道", "35.5"),
        ("排查纠纷", Decimal(143), "起", "孟庙镇", "143"),
        ("化解率", Decimal("96.5"), "%", "孟庙镇", "96.5%"),
        ("投入资金", Decimal(412000), "元", "孟庙镇", "41.2"),
        ("排查纠纷", Decimal(269), "起", "郾城区", "269"),
        ("化解率", Decimal("97.1"), "%", "郾城区", "97.1%"),
        ("投入资金", Decimal(767000), "元", "郾城区", "76.7"),
    ] == found
    table = next(r for r in rows if r.surface == "126")
    assert "沙北街道\t126\t97.8%\t35.5" == table.snippet
    assert ("town", "今年1至9月") == (table.place_level, table.period)
    # Every metric's span is its printed cell in the stored body.
    assert all(body[start:end] == surface for surface, body, start, end in cells)
