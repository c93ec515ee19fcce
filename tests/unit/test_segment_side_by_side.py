"""Two columns OCR read side by side: each line holds a line of both, split by a gap."""

from pages import uncovered

from govdb.ingest.layout import side_by_side
from govdb.ingest.segment import split_page
from govdb.metrics.tables import line_spans

G = "\u3000" * 4  # the gap between the columns
PAGE = (
    f"南岭水库完成除险加固{G}北山镇图书馆夜间开放\n"
    f"本报记者 王 明{G}本报通讯员 周 红\n"
    f"　　近日，南岭水库除险加固工程通过{G}　　本月起，北山镇图书馆每周五晚\n"
    f"验收，大坝新增防渗墙一千二百米，{G}开放至九点，新添图书三千册，夜间\n"
    f"溢洪道也已拓宽。{G}借阅已达四百人次。\n"
    "　　工程总投资八百万元，可保护下游\n"
    "三个村的农田。\n"
)


def _titles_and_bodies(text: str) -> list[tuple[str | None, str]]:
    return [(a.title, a.body) for a in split_page(text).articles]


def test_each_column_is_read_down_before_the_next() -> None:
    assert [
        (
            "南岭水库完成除险加固",
            "近日，南岭水库除险加固工程通过验收，大坝新增防渗墙一千二百米，溢洪道也已拓宽。\n"
            "工程总投资八百万元，可保护下游三个村的农田。",
        ),
        (
            "北山镇图书馆夜间开放",
            "本月起，北山镇图书馆每周五晚开放至九点，新添图书三千册，夜间借阅已达四百人次。",
        ),
    ] == _titles_and_bodies(PAGE)
    page = split_page(PAGE)
    assert ["本报记者 王明", "本报通讯员 周红"] == [a.byline for a in page.articles]
    assert "" == uncovered(PAGE, page)


def test_a_line_under_the_columns_indented_far_goes_on_in_the_right_column() -> None:
    text = PAGE + f"{G}{G}　　馆长说，下月还将增开周六夜场。\n"
    bodies = [body for _title, body in _titles_and_bodies(text)]
    assert bodies[1].endswith("夜间借阅已达四百人次。\n馆长说，下月还将增开周六夜场。")
    assert "馆长" not in bodies[0]


def test_the_text_of_each_column_keeps_its_place_on_the_page() -> None:
    article = split_page(PAGE).articles[1]
    start = PAGE.index("本月起")
    assert start == article.body_offsets[0]
    # The body's next line is the second line of the right column, four lines further down.
    where = article.body.index("开放至九点")
    assert PAGE.index("开放至九点") == article.body_offsets[where]


def test_labels_and_their_figures_are_no_columns() -> None:
    text = (
        "一、本季度收入合计　一万二千元\n"
        "　　1．鱼塘承包收入　8,000.00元\n"
        "　　2．仓库出租收入　4,000.00元\n"
        "　　3．光伏发电分成　3,500.00元\n"
    )
    spans = line_spans(text)
    assert spans == side_by_side(text, spans)


def test_two_lines_with_a_gap_are_no_columns() -> None:
    text = (
        f"全县秋粮收购工作会议召开{G}某县融媒体中心主办\n"
        "本报讯 今天上午，会议在县城召开，部署秋粮收购。\n"
    )
    spans = line_spans(text)
    assert spans == side_by_side(text, spans)


def test_a_name_spaced_out_is_no_gap() -> None:
    text = (
        "本报记者 李 娜 通讯员 王 强 张 明\n"
        "南岭水库除险加固工程 通过验收 大坝 新增防渗墙\n"
        "北山镇图书馆 每周五晚 开放至九点 新添图书三千册\n"
    )
    spans = line_spans(text)
    assert spans == side_by_side(text, spans)
