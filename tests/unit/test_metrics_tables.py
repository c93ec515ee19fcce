"""Tables printed as lines of text: found by their shape, each quantity cell read as a metric
of its column (or, in a table of items, of its row), placed by its row's label; text that
merely has wide spaces is no table, and the lines around a table read as before."""

import datetime as dt
from decimal import Decimal

import pytest

from govdb.ingest.layout import paragraphs
from govdb.ingest.normalise import normalise
from govdb.ingest.segment import split_page
from govdb.metrics.extract import extract_metrics
from govdb.metrics.tables import (
    column_unit,
    figures,
    find_tables,
    implied_unit,
    parse_unit,
    quantity,
)
from govdb.places.find import PlaceMention

# Printed as a notice prints it: indented with ideographic spaces, cells apart by ASCII runs.
NOTICE = (
    "各街道活动进展情况如下：\n"
    "\u3000\u3000街道      走访户数   收集诉求   办结率\n"
    "\u3000\u3000东关街道    320       46        97.8%\n"
    "\u3000\u3000西湖街道    285       39        100%\n"
    "\u3000\u3000合计        605       85        98.8%\n"
    "下一步，将持续深化走访活动。"
)


def _figures(text: str) -> list[tuple[str, str, Decimal, str]]:
    return [
        (f.surface, f.subject, f.value, f.unit) for t in find_tables(text) for f in figures(t)[0]
    ]


def test_a_notice_table_is_found_with_its_cells_where_they_are_printed() -> None:
    (table,) = find_tables(NOTICE)
    assert ["街道", "走访户数", "收集诉求", "办结率"] == [c.text for c in table.header.cells]
    assert [["东关街道", "320", "46", "97.8%"], ["西湖街道", "285", "39", "100%"]] == [
        [c.text for c in row.cells] for row in table.rows[:2]
    ]
    assert ["合计", "605", "85", "98.8%"] == [c.text for c in table.rows[2].cells]
    for row in (table.header, *table.rows):
        for cell in row.cells:
            assert cell.text == NOTICE[cell.start : cell.end]
    assert "各街道活动进展情况如下：" == table.lead


def test_each_quantity_cell_is_a_figure_of_its_column_and_a_bare_count_is_left_unread() -> None:
    (table,) = find_tables(NOTICE)
    read, unread = figures(table)
    assert [
        ("320", "走访户数", Decimal(320), "户", False),
        ("97.8%", "办结率", Decimal("97.8"), "%", False),
        ("285", "走访户数", Decimal(285), "户", False),
        ("100%", "办结率", Decimal(100), "%", False),
        ("605", "走访户数", Decimal(605), "户", True),
        ("98.8%", "办结率", Decimal("98.8"), "%", True),
    ] == [(f.surface, f.subject, f.value, f.unit, f.total) for f in read]
    # 收集诉求 names no counter: its cells are not given one.
    assert [("46", "no-unit"), ("39", "no-unit"), ("85", "no-unit")] == [
        (c.text, why) for c, why in unread
    ]


def test_units_in_brackets_after_a_row_label_are_its_cells() -> None:
    text = (
        "| 指标 | 2024年 | 2025年1—9月 |\n"
        "| --- | --- | --- |\n"
        "| 门诊量（万人次） | 12.4 | 10.8 |\n"
        "| 签约率（%） | 58.2 | 63.5 |\n"
    )
    assert [
        ("12.4", "门诊量", Decimal(124000), "人次"),
        ("10.8", "门诊量", Decimal(108000), "人次"),
        ("58.2", "签约率", Decimal("58.2"), "%"),
        ("63.5", "签约率", Decimal("63.5"), "%"),
    ] == _figures(text)


def test_units_in_brackets_after_a_column_name_are_scaled() -> None:
    text = (
        "镇名    完成数（个）    投入资金（万元）    面积(亩)\n"
        "北山镇    12    35.5    1200\n"
        "南河乡    8    1.2万    860\n"
    )
    assert [
        ("12", "完成数", Decimal(12), "个"),
        ("35.5", "投入资金", Decimal(355000), "元"),
        ("1200", "面积", Decimal(1200), "亩"),
        ("8", "完成数", Decimal(8), "个"),
        # The cell's own 万 is part of its number: 1.2万 万元 is 1.2亿元.
        ("1.2万", "投入资金", Decimal(120000000), "元"),
        ("860", "面积", Decimal(860), "亩"),
    ] == _figures(text)


def test_a_unit_printed_in_the_cell_wins_over_the_column_name() -> None:
    text = "单位  投入\n甲村  3.5万元\n乙村  800元\n"
    assert [("3.5万元", "投入", Decimal(35000), "元"), ("800元", "投入", Decimal(800), "元")] == (
        _figures(text)
    )


def test_a_unit_line_over_the_table_gives_its_cells_their_unit() -> None:
    text = "（单位：万元）\n区域  专项资金  配套资金\n东区  350  120\n西区  420  98\n"
    assert [
        ("350", "专项资金", Decimal(3500000), "元"),
        ("120", "配套资金", Decimal(1200000), "元"),
        ("420", "专项资金", Decimal(4200000), "元"),
        ("98", "配套资金", Decimal(980000), "元"),
    ] == _figures(text)


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("走访户数", "户"),
        ("参与人数", "人"),
        ("服务人次数", "人次"),
        ("达标村数", "个"),
        ("覆盖社区数", "个"),
        ("立案件数", "件"),
        ("接诊人次", "人次"),  # a count of visits names its counter without 数
        ("巡查架次", "架次"),
        ("出栏头数", "头"),  # livestock, trees and boats are counted by their own counters
        ("本月积分", "分"),  # a points scheme's points
        ("补植株数", "株"),
        ("渔船艘数", "艘"),
        ("人次", None),  # the counter alone names nothing counted
        ("位数", None),  # digits, not a count of anything
        ("尾数", None),
        ("分数", None),
        ("数量", None),
        ("收集诉求", None),
        ("办结率", None),  # a rate may be in ‰: only a printed % says so
    ],
)
def test_units_a_column_name_implies(name: str, unit: str | None) -> None:
    assert unit == implied_unit(name)


def test_printed_units_and_their_scales() -> None:
    assert ("元", Decimal(10000)) == parse_unit("万元")
    assert ("元", Decimal(100000000)) == parse_unit("亿元")
    assert ("吨", Decimal(10000)) == parse_unit("万吨")
    assert ("千米", Decimal(1)) == parse_unit("千米")
    assert ("元", Decimal(1000)) == parse_unit("千元")
    assert ("%", Decimal(1)) == parse_unit("%")
    assert (None, Decimal(1)) == parse_unit("户/人")
    assert ("金额", "元", Decimal(10000)) == column_unit("金额（万元）")
    assert ("负责人（姓名）", None, Decimal(1)) == column_unit("负责人（姓名）")


@pytest.mark.parametrize(
    ("cell", "value", "unit", "word"),
    [
        ("320", Decimal(320), None, None),
        ("97.8%", Decimal("97.8"), "%", None),
        ("3.5万元", Decimal(35000), "元", None),
        ("-2.3", Decimal("-2.3"), None, None),
        ("320余", Decimal(320), None, "余"),
        ("1.2万多人", Decimal(12000), "人", "多"),
        # how exact a cell is, printed around its figure, and a price's weight before it
        ("约320", Decimal(320), None, "约"),
        ("近60户", Decimal(60), "户", "近"),
        ("2600亩左右", Decimal(2600), "亩", "左右"),
        ("每公斤8.6元", Decimal("8.6"), "元/公斤", None),
    ],
)
def test_quantity_cells(cell: str, value: Decimal, unit: str | None, word: str | None) -> None:
    found = quantity(cell)
    assert found is not None
    assert (value, unit, word) == (found.value, found.unit, found.qualifier_word)


@pytest.mark.parametrize(
    "cell", ["2024年", "5月12日", "一般", "东关街道", "3至5个", "320左右", "每斤3亩", "每斤", ""]
)
def test_cells_that_are_no_quantity(cell: str) -> None:
    assert quantity(cell) is None


def test_a_table_of_items_measures_its_labels_and_its_columns_say_how_and_when() -> None:
    text = (
        "2024年前三季度主要经济指标\n"
        "指标              绝对值（亿元）   增长（%）\n"
        "地区生产总值        1234.5          6.2\n"
        "一般公共预算收入     88.1           -3.4\n"
    )
    (table,) = find_tables(text)
    read, _ = figures(table)
    assert [
        ("地区生产总值", Decimal(123450000000), "元", False, None),
        ("地区生产总值", Decimal("6.2"), "%", True, "up"),
        ("一般公共预算收入", Decimal(8810000000), "元", False, None),
        ("一般公共预算收入", Decimal("3.4"), "%", True, "down"),
    ] == [(f.subject, f.value, f.unit, f.is_change, f.direction) for f in read]


def test_a_column_of_units_gives_each_row_its_unit_and_a_year_column_its_period() -> None:
    text = (
        "指标名称    单位    2024年    同比增长（%）\n"
        "粮食产量    万吨    56.2      1.5\n"
        "城镇新增就业  人    1.2万     8.0\n"
    )
    (table,) = find_tables(text)
    read, _ = figures(table)
    assert [
        ("粮食产量", Decimal(562000), "吨", "2024年", None),
        ("粮食产量", Decimal("1.5"), "%", None, "同比"),
        ("城镇新增就业", Decimal(12000), "人", "2024年", None),
        ("城镇新增就业", Decimal(8), "%", None, "同比"),
    ] == [(f.subject, f.value, f.unit, f.period, f.basis) for f in read]


def test_a_column_for_a_year_gives_the_period_and_the_rest_of_its_name_the_subject() -> None:
    text = (
        "镇街  2024年完成数（个）  2023年（万元）  2024年（万元）\n"
        "东山镇  12  35  41\n"
        "西山镇  9  28  30\n"
    )
    (table,) = find_tables(text)
    read, unread = figures(table)
    assert [("完成数", Decimal(12), "个", "2024年"), ("完成数", Decimal(9), "个", "2024年")] == [
        (f.subject, f.value, f.unit, f.period) for f in read
    ]
    # A column named only by a year, in a table of places, leaves its measure unsaid.
    assert [("35", "no-subject"), ("41", "no-subject"), ("28", "no-subject")] == [
        (c.text, why) for c, why in unread[:3]
    ]


def test_a_column_of_row_numbers_is_passed_over_and_the_total_row_has_none() -> None:
    text = (
        "序号    村名      参与户数   人均增收（元）\n"
        "1       李庄村    120        860\n"
        "2       王庄村    98         1,020\n"
        "合计              218        930\n"
    )
    (table,) = find_tables(text)
    assert ["李庄村", "王庄村", "合计"] == [r.label_cell.text for r in table.rows]
    read, _ = figures(table)
    assert [
        ("李庄村", "参与户数", Decimal(120), "户"),
        ("李庄村", "人均增收", Decimal(860), "元"),
        ("王庄村", "参与户数", Decimal(98), "户"),
        ("王庄村", "人均增收", Decimal(1020), "元"),
        ("合计", "参与户数", Decimal(218), "户"),
        ("合计", "人均增收", Decimal(930), "元"),
    ] == [(f.label.text, f.subject, f.value, f.unit) for f in read]


def test_a_total_row_repeating_the_texts_figure_is_listed_once_with_the_texts_words() -> None:
    text = (
        "两村今年参与户数共218户。\n"
        "村名      参与户数   人均增收（元）\n"
        "李庄村    120        860\n"
        "王庄村    98         1,020\n"
        "合计      218        930\n"
    )
    metrics, skipped = extract_metrics(text)
    assert ["218户"] == [m.surface for m in metrics if m.value == 218]
    assert ("218", "restated") in {(s.surface, s.reason.value) for s in skipped}
    assert Decimal(930) in {m.value for m in metrics}  # a total the text does not give stays


def test_the_labels_column_may_go_unnamed() -> None:
    text = "        新建（个）    改造（个）\n东城    12    30\n西城    9    41\n"
    assert [
        ("12", "新建", Decimal(12), "个"),
        ("30", "改造", Decimal(30), "个"),
        ("9", "新建", Decimal(9), "个"),
        ("41", "改造", Decimal(41), "个"),
    ] == _figures(text)


def test_a_table_of_kinds_measures_each_columns_quantity_for_its_rows_kind() -> None:
    text = (
        "类别    面积（亩）    产值（万元）\n"
        "茶叶    3200    960\n油茶    1800    240\n合计    5000    1200\n"
    )
    assert [
        ("3200", "茶叶面积", Decimal(3200), "亩"),
        ("960", "茶叶产值", Decimal(9600000), "元"),
        ("1800", "油茶面积", Decimal(1800), "亩"),
        ("240", "油茶产值", Decimal(2400000), "元"),
        ("5000", "面积", Decimal(5000), "亩"),
        ("1200", "产值", Decimal(12000000), "元"),
    ] == _figures(text)


def test_tab_and_ideographic_space_separate_cells_too() -> None:
    text = "村\t户数\t人数\n李庄村\t120\t436\n王庄村\t98\t351\n"
    assert 4 == len(_figures(text))
    text = "村\u3000户数\u3000人数\n李庄村\u3000120\u3000436\n王庄村\u300098\u3000351\n"
    # (a bare 户数 or 人数 is named by its row: 李庄村户数)
    assert [
        ("120", "李庄村户数", Decimal(120), "户"),
        ("436", "李庄村人数", Decimal(436), "人"),
    ] == (_figures(text)[:2])


@pytest.mark.parametrize(
    "text",
    [
        # OCR spaced inside words and numbers.
        "全 市 共 有  3 2 0  个 村  完 成 改 造\n今 年  以 来  累 计 投 入  5 . 6  亿 元\n"
        "新 建  道 路  1 2 0  公 里  惠 及 群 众\n改 造  农 房  4 5 6  户  群 众 满 意",
        # Prose OCR spaced apart, a figure by chance in the same place, in different units.
        "今年以来  全市累计  投入资金\n新建道路  120公里  惠及群众\n改造农房  456户  群众满意\n"
        "新增绿地  30公顷  环境改善",
        # Bylines and a headline spaced to fill their lines.
        "记者  张  三\n通讯员  李四  王五\n编辑  赵六  钱七",
        "砌基层善治之石\u3000筑人民幸福之基\n■本报记者\u3000姚\u3000肖\n今年以来，全市新建公园30个。",
        # Two columns of a page read across.
        "村民实现亩产收入1.5万元  大徐村党支部书记\n近700个西瓜大棚  书记说西瓜上市\n"
        "已有350个  村干部一大早",
        # A header and one row; rows of different widths; rows without figures.
        "街道  走访户数  办结率\n东关街道  320  97.8%\n下一步，继续推进。",
        "街道  走访户数  办结率\n东关街道  320  97.8%\n西湖街道  285\n南湖街道  300  99%",
        "镇街  负责人  联系方式\n东关街道  张三  见附件\n西湖街道  李四  见附件",
        # Sentences, however spaced, are no rows.
        "情况  如下\n全区走访，共320户。  完成\n全区收集，共46件。  完成",
    ],
)
def test_text_with_wide_spaces_that_is_no_table(text: str) -> None:
    assert [] == find_tables(text)


def test_normalisation_keeps_one_tab_between_cells_and_closes_other_spaces() -> None:
    normalised = normalise(NOTICE + "\n全区 共走访  群众605户。")
    lines = normalised.text.split("\n")
    assert "街道\t走访户数\t收集诉求\t办结率" == lines[1]
    assert "东关街道\t320\t46\t97.8%" == lines[2]
    assert "全区共走访群众605户。" == lines[-1]
    # Each tab maps to the first space of the printed run.
    tab = normalised.text.index("\t")
    assert " " == NOTICE[normalised.offsets[tab]]
    assert "走" == NOTICE[normalised.offsets[tab + 1]]


def test_normalisation_reads_traditional_tables_and_keeps_their_ideographic_gaps() -> None:
    text = "鄉鎮\u3000戶數\u3000人數\n東山鎮\u3000120\u3000436\n西山鎮\u300098\u3000351"
    assert "乡镇\t户数\t人数\n东山镇\t120\t436\n西山镇\t98\t351" == normalise(text).text


def test_layout_keeps_each_table_line_a_body_row_not_a_heading() -> None:
    table = "\n".join(NOTICE.split("\n")[1:-1])
    page = "城区通报走访进展\n\n本报讯 近日，城区通报了各街道走访进展情况\n" + table
    found = paragraphs(page)
    rows = [p for p in found if p.table]
    assert 4 == len(rows)
    assert {"body"} == {p.kind for p in rows}
    # The open sentence before the table does not run into its header.
    assert found[1].simplified.endswith("走访进展情况")
    assert "街道      走访户数   收集诉求   办结率" == rows[0].text
    article = split_page(page).articles[0]
    assert () == tuple(article.sections)
    assert "城区通报走访进展" == article.title


PLACE_TEXT = (
    "北山县通报各镇走访情况。\n"
    "镇        走访户数   办结率\n"
    "东山镇     320       97.8%\n"
    "西山镇     285       100%\n"
    "南岭村     12        90%\n"
    "合计       617       98.7%\n"
    "北山县将持续推进走访，全县群众满意率达99.2%。"
)


def _mention(
    text: str, surface: str, code: str | None, level: str | None, after: int = 0
) -> PlaceMention:
    start = text.index(surface, after)
    method = "exact" if code else "unresolved"
    return PlaceMention(surface, start, start + len(surface), code, level, method)


def test_table_metrics_take_the_row_labels_place_and_a_total_the_main_place() -> None:
    text = normalise(PLACE_TEXT).text
    places = [
        _mention(text, "北山县", "990101", "county"),
        _mention(text, "东山镇", "990101001", "town"),
        _mention(text, "西山镇", "990101002", "town"),
        _mention(text, "南岭村", None, None),
        _mention(text, "北山县", "990101", "county", after=1),
    ]
    metrics, skipped = extract_metrics(text, places=places, published_on=dt.date(2025, 6, 1))
    assert [
        ("320", "走访户数", Decimal(320), "户", "990101001"),
        ("97.8%", "办结率", Decimal("97.8"), "%", "990101001"),
        ("285", "走访户数", Decimal(285), "户", "990101002"),
        ("100%", "办结率", Decimal(100), "%", "990101002"),
        # A village govdb cannot resolve: no place rather than the county's.
        ("12", "走访户数", Decimal(12), "户", None),
        ("90%", "办结率", Decimal(90), "%", None),
        ("617", "走访户数", Decimal(617), "户", "990101"),
        ("98.7%", "办结率", Decimal("98.7"), "%", "990101"),
        ("99.2%", "群众满意率", Decimal("99.2"), "%", "990101"),
    ] == [(m.surface, m.subject, m.value, m.unit, m.place_code) for m in metrics]
    # The cell is the metric's span, the row its sentence.
    first = metrics[0]
    assert "320" == text[first.start : first.end]
    assert "东山镇\t320\t97.8%" == text[first.sentence_start : first.sentence_end]
    # The table's numbers are not read again as a sentence's.
    assert not [s for s in skipped if any(m.start <= s.start < m.end for m in metrics)]


def test_a_table_takes_the_period_its_lead_names() -> None:
    text = normalise("今年1至9月各村情况如下：\n" + "村  户数\n李庄村  120\n王庄村  98").text
    metrics, _ = extract_metrics(text, published_on=dt.date(2025, 10, 20))
    assert [
        ("李庄村户数", Decimal(120), "今年1至9月", dt.date(2025, 1, 1), dt.date(2025, 9, 30)),
        ("王庄村户数", Decimal(98), "今年1至9月", dt.date(2025, 1, 1), dt.date(2025, 9, 30)),
    ] == [(m.subject, m.value, m.period, m.period_start, m.period_end) for m in metrics]


MARKDOWN = (
    "各街道走访情况如下：\n"
    "| 街道 | 走访户数 | 办结率 |\n"
    "| --- | :---: | ---: |\n"
    "| 东关街道 | 320 | 97.8% |\n"
    "| 西湖街道 | 285 | 100% |\n"
)


def test_a_markdown_table_is_read_past_its_rule_line() -> None:
    assert [
        ("320", "走访户数", Decimal(320), "户"),
        ("97.8%", "办结率", Decimal("97.8"), "%"),
        ("285", "走访户数", Decimal(285), "户"),
        ("100%", "办结率", Decimal(100), "%"),
    ] == _figures(MARKDOWN)


def test_a_markdown_table_keeps_its_bars_and_its_rows_through_the_pipeline() -> None:
    text = normalise(MARKDOWN).text
    assert "| 东关街道 | 320 | 97.8% |" in text
    assert [True] * 4 == [p.table for p in paragraphs(text)[1:]]


ACCOUNTS = (
    "一、支出明细（单位：元）\n"
    "项目            金额         备注\n"
    "道路维修        52000.00     硬化路面3.5公里\n"
    "办公费          4300.00\n"
    "护林员报酬      36000.00     护林员6名\n"
    "支出合计        92300.00\n"
    "对上述账目有异议的，可向村监委会提出。"
)


def test_rows_may_leave_their_remark_blank_and_remarks_are_read_as_prose() -> None:
    assert [
        ("52000.00", "道路维修", Decimal(52000), "元"),
        ("4300.00", "办公费", Decimal(4300), "元"),
        ("36000.00", "护林员报酬", Decimal(36000), "元"),
        ("92300.00", "支出合计", Decimal(92300), "元"),
    ] == _figures(ACCOUNTS)
    text = normalise(ACCOUNTS).text
    assert "办公费\t4300.00\n护林员报酬" in text  # the blank remark keeps its line break
    metrics, _ = extract_metrics(text)
    assert [
        ("52000.00", "道路维修", "元"),
        ("3.5公里", "硬化路面", "公里"),
        ("4300.00", "办公费", "元"),
        ("36000.00", "护林员报酬", "元"),
        ("6名", "护林员", "名"),
        ("92300.00", "支出合计", "元"),
    ] == [(m.surface, m.subject, m.unit) for m in metrics]


def test_a_header_printed_on_two_lines_gives_each_column_its_unit() -> None:
    text = (
        "表2　分乡镇农作物产量\n"
        "乡镇　　　小麦产量　　玉米产量\n"
        "　　　　　（吨）　　　（万吨）\n"
        "东关镇　　38600　　　5.2\n"
        "西湖乡　　47200　　　6.1\n"
    )
    expected = [
        ("38600", "小麦产量", Decimal(38600), "吨"),
        ("5.2", "玉米产量", Decimal(52000), "吨"),
        ("47200", "小麦产量", Decimal(47200), "吨"),
        ("6.1", "玉米产量", Decimal(61000), "吨"),
    ]
    assert expected == _figures(text)
    assert expected == _figures(normalise(text).text)  # the units' line keeps its gaps


def test_a_change_column_named_with_a_bare_percent_sign_and_a_part_of_the_row_above() -> None:
    text = (
        "指标              单位     1-6月     同比增长%\n"
        "地方财政收入      万元     56320     -3.5\n"
        "  其中：税收      万元     41280      2.4\n"
    )
    assert [
        ("56320", "地方财政收入", Decimal(563200000), "元"),
        ("-3.5", "地方财政收入", Decimal("3.5"), "%"),
        ("41280", "税收", Decimal(412800000), "元"),
        ("2.4", "税收", Decimal("2.4"), "%"),
    ] == _figures(text)
    [fall] = [f for t in find_tables(text) for f in figures(t)[0] if f.surface == "-3.5"]
    assert (True, "down") == (fall.is_change, fall.direction)


def test_a_price_list_by_product_keeps_the_price_per_weight_of_its_column() -> None:
    text = (
        "品名      规格        价格(元/公斤)\n"
        "脐橙      一级            6.40\n"
        "白萝卜    统货            1.20\n"
    )
    assert [
        ("6.40", "脐橙价格", Decimal("6.4"), "元/公斤"),
        ("1.20", "白萝卜价格", Decimal("1.2"), "元/公斤"),
    ] == _figures(text)


def test_a_table_of_kinds_gives_its_signed_changes_as_rises_and_falls() -> None:
    text = (
        "重点商品零售均价（单位：元/斤）\n"
        "品种　　　本周均价　环比　　同比\n"
        "牛腩　　　38.50　　－1.2%　－7.5%\n"
        "菠菜　　　2.40　　 ＋4.1%　＋12.6%\n"
    )
    metrics, _ = extract_metrics(text)
    changes = [(m.subject, str(m.value), m.direction) for m in metrics if m.unit == "%"]
    assert [
        ("牛腩环比", "1.2", "down"),
        ("牛腩同比", "7.5", "down"),
        ("菠菜环比", "4.1", "up"),
        ("菠菜同比", "12.6", "up"),
    ] == changes


def test_a_price_after_the_kinds_counted_is_theirs_and_the_count_is_of_the_kinds() -> None:
    metrics, _ = extract_metrics("本月抽查的9类水果平均价格为6.35元/斤。")
    assert [("水果", "类"), ("水果平均价格", "元/斤")] == [(m.subject, m.unit) for m in metrics]


def test_a_rankings_place_column_and_its_score_column() -> None:
    text = "名次｜街道｜新增就业（人）｜综合得分\n1｜东关街道｜420｜95.5\n2｜西湖街道｜365｜91.2\n"
    assert [
        ("420", "新增就业", Decimal("420"), "人"),
        ("95.5", "综合得分", Decimal("95.5"), "分"),
        ("365", "新增就业", Decimal("365"), "人"),
        ("91.2", "综合得分", Decimal("91.2"), "分"),
    ] == _figures(text)
    assert "分" == implied_unit("考核评分")


def test_a_change_column_saying_its_way_in_words() -> None:
    text = (
        "品种　　规格　　本周均价（元/公斤）　环比\n"
        "黄芪　　统货　　48　　　　　　　　　上涨2.5%\n"
        "党参　　一等　　80　　　　　　　　　下跌1.5%\n"
        "当归　　统货　　55　　　　　　　　　持平\n"
    )
    changes = [f for t in find_tables(text) for f in figures(t)[0] if f.is_change]
    assert [("上涨2.5%", Decimal("2.5"), "up"), ("下跌1.5%", Decimal("1.5"), "down")] == [
        (f.surface, f.value, f.direction) for f in changes
    ]


def test_a_row_whose_label_one_space_parts_from_its_first_figure() -> None:
    text = (
        "指标        3月          同比\n"
        "货物吞吐量  52.4万吨     +8.5%\n"
        " 其中：煤炭 18.6万吨     -2.1%\n"
        "集装箱      0.86万标箱   +12.0%\n"
    )
    assert [
        ("52.4万吨", "货物吞吐量"),
        ("+8.5%", "货物吞吐量"),
        ("18.6万吨", "煤炭"),
        ("-2.1%", "煤炭"),
        ("0.86万标箱", "集装箱"),
        ("+12.0%", "集装箱"),
    ] == [(f.surface, f.subject) for t in find_tables(text) for f in figures(t)[0]]


def test_a_table_typed_with_single_spaces() -> None:
    text = "名次 乡镇 亩均税收 较上年\n1 东坪镇 12.5万元 +1.2万元\n2 南河乡 9.8万元 -0.6万元\n"
    assert [
        ("12.5万元", "亩均税收", Decimal("125000"), "元"),
        ("+1.2万元", "较上年", Decimal("12000"), "元"),
        ("9.8万元", "亩均税收", Decimal("98000"), "元"),
        ("-0.6万元", "较上年", Decimal("6000"), "元"),
    ] == _figures(text)
    falls = [f.direction for t in find_tables(text) for f in figures(t)[0] if f.is_change]
    assert ["up", "down"] == falls
    # words apart by spaces in a sentence are no table
    assert [] == find_tables("今年 全县 新建 道路\n东坪 南河 两镇 受益\n")


def test_a_table_saved_as_comma_separated_values() -> None:
    text = "乡镇,幼儿园数(所),在园幼儿(人)\n东坪镇,12,1860\n南河乡,7,940\n合计,19,2800\n"
    assert [
        ("12", "幼儿园数", Decimal("12"), "所"),
        ("1860", "在园幼儿", Decimal("1860"), "人"),
        ("7", "幼儿园数", Decimal("7"), "所"),
        ("940", "在园幼儿", Decimal("940"), "人"),
        ("19", "幼儿园数", Decimal("19"), "所"),
        ("2800", "在园幼儿", Decimal("2800"), "人"),
    ] == _figures(text)


def test_a_web_table_saved_one_cell_a_line() -> None:
    text = (
        "各镇数据如下：\n乡镇\n学校数（所）\n在校生（人）\n"
        "东坪镇\n14\n8620\n南河乡\n6\n2310\n注：不含幼儿园。\n"
    )
    assert [
        ("14", "学校数", Decimal("14"), "所"),
        ("8620", "在校生", Decimal("8620"), "人"),
        ("6", "学校数", Decimal("6"), "所"),
        ("2310", "在校生", Decimal("2310"), "人"),
    ] == _figures(text)


def test_a_progress_tables_cells_may_say_what_was_done() -> None:
    text = "序号 项目 完成情况 完成率\n1 农村公路提升 完成42.5公里 94.4%\n2 供水保障 建成6处 100%\n"
    assert [
        ("完成42.5公里", Decimal("42.5"), "公里"),
        ("94.4%", Decimal("94.4"), "%"),
        ("建成6处", Decimal("6"), "处"),
        ("100%", Decimal("100"), "%"),
    ] == [(f.surface, f.value, f.unit) for t in find_tables(text) for f in figures(t)[0]]


def test_a_change_cell_in_words_is_a_change_in_a_table_of_places() -> None:
    text = (
        "排名 景区 接待游客 同比\n1 东坪温泉 12.6万人次 增长8.5%\n2 南河古镇 6.2万人次 下降2.4%\n"
    )
    changes = [
        (f.surface, f.value, f.direction)
        for t in find_tables(text)
        for f in figures(t)[0]
        if f.is_change
    ]
    assert [("增长8.5%", Decimal("8.5"), "up"), ("下降2.4%", Decimal("2.4"), "down")] == changes


def test_columns_of_visits_are_read_with_their_counter() -> None:
    text = (
        "各卫生院指标如下：\n"
        "卫生院　接诊人次　出诊人次\n"
        "潭头镇卫生院　12040　860\n"
        "合峪镇卫生院　9310　512\n"
    )
    metrics, _ = extract_metrics(normalise(text).text)
    assert [
        ("接诊人次", Decimal(12040), "人次"),
        ("出诊人次", Decimal(860), "人次"),
        ("接诊人次", Decimal(9310), "人次"),
        ("出诊人次", Decimal(512), "人次"),
    ] == [(m.subject, m.value, m.unit) for m in metrics]


def test_a_csv_table_with_a_quoted_field_holding_commas() -> None:
    text = (
        "东川县2026年茶叶基地统计表\n"
        "乡镇,基地,主栽品种,面积,带动农户\n"
        '南坪镇,东岭茶场,"福鼎大白,龙井43",860亩,132户\n'
        "北山乡,云雾茶场,福鼎大白,540亩,86户\n"
    )
    page = split_page(text)
    body = normalise(page.articles[0].body).text
    rows = [[c.text for c in row.cells] for table in find_tables(body) for row in table.rows]
    assert rows == [
        ["南坪镇", "东岭茶场", "“福鼎大白，龙井43”", "860亩", "132户"],
        ["北山乡", "云雾茶场", "福鼎大白", "540亩", "86户"],
    ]


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("班级数", "个"),
        ("站点数", "个"),
        ("招生名额", "名"),
        ("面积亩数", None),
        ("综合指数", None),
    ],
)
def test_a_count_column_with_no_counter_of_its_own_counts_in_ge(
    name: str, unit: str | None
) -> None:
    assert implied_unit(name) == unit


def test_a_sum_per_term_or_per_person_is_in_yuan() -> None:
    assert parse_unit("元/学期") == ("元", Decimal(1))
    assert parse_unit("万元/年") == ("元", Decimal(10000))
    assert parse_unit("元/斤") == ("元/斤", Decimal(1))


def test_a_numbered_table_saved_a_cell_a_line_with_columns_of_words() -> None:
    cells = ["序号", "乡镇", "企业名称", "年产值", "从业人数"]
    cells += ["1", "南坪镇", "东川粮油有限公司", "8600万元", "120人"]
    cells += ["2", "北山乡", "北山茶业有限公司", "3200万元", "65人"]
    text = "\n".join(cells)
    read, _ = figures(find_tables(text)[0])
    assert [(f.subject, f.value, f.unit, f.label.text) for f in read] == [
        ("年产值", Decimal("86000000"), "元", "南坪镇"),
        ("从业人数", Decimal("120"), "人", "南坪镇"),
        ("年产值", Decimal("32000000"), "元", "北山乡"),
        ("从业人数", Decimal("65"), "人", "北山乡"),
    ]


def test_units_printed_under_some_columns_of_a_kinds_table_by_year() -> None:
    text = (
        "投诉类别      2025年      2026年      增长（%）\n"
        "              （件）      （件）\n"
        "噪声扰民      312         268         -14.1\n"
        "占道经营      205         241         17.6\n"
    )
    read, _ = figures(find_tables(text)[0])
    assert [(f.subject, f.value, f.unit, f.period) for f in read][:3] == [
        ("噪声扰民", Decimal("312"), "件", "2025年"),
        ("噪声扰民", Decimal("268"), "件", "2026年"),
        ("噪声扰民增长", Decimal("14.1"), "%", None),
    ]


def test_the_unit_closing_the_sentence_that_leads_into_a_table_is_its_cells() -> None:
    text = (
        "全县秋季羊只免疫分乡镇统计（单位：只）：\n"
        "乡镇\t存栏\t免疫数\n"
        "北山乡\t8600\t8420\n"
        "南坪镇\t5300\t5180\n"
    )
    found = _figures(text)
    assert ("8420", "免疫数", Decimal("8420"), "只") in found
    assert {unit for *_, unit in found} == {"只"}


def test_a_unit_glued_to_the_line_of_who_drew_the_table_up_gives_its_cells_their_unit() -> None:
    # 东川县畜牧站　2025年4月　单位：头, its wide spaces taken out by normalising
    text = normalise(
        "东川县畜牧站　2025年4月　单位：头\n村｜能繁母猪｜仔猪\n东村｜12｜40\n西村｜8｜35\n"
    ).text
    assert [
        ("12", "能繁母猪", Decimal(12), "头"),
        ("40", "仔猪", Decimal(40), "头"),
        ("8", "能繁母猪", Decimal(8), "头"),
        ("35", "仔猪", Decimal(35), "头"),
    ] == _figures(text)


def test_one_row_of_a_longer_table_may_print_a_unit_of_its_own() -> None:
    text = (
        "品名　价格（元/公斤）　涨跌\n"
        "鲜辣椒　6.20　↑0.40\n"
        "干辣椒　38.00　↓1.50\n"
        "生姜　9.80　持平\n"
        "大蒜　7.60　↑0.20\n"
        "辣椒苗　0.15元/株　持平\n"
    )
    assert len(find_tables(text)) == 1
    # in a short one, a figure in another unit is prose that chanced on the same place
    assert find_tables("村名　数量\n东村　12吨\n西村　30亩\n") == []


def test_a_rate_in_a_column_name_is_its_unit_and_a_days_amount_is_the_amounts() -> None:
    assert ("吨", Decimal(1)) == parse_unit("吨/日")
    assert ("吨", Decimal(10000)) == parse_unit("万吨/年")
    assert ("毫克/升", Decimal(1)) == parse_unit("毫克/升")
    text = "监测点｜总磷（毫克/升）｜结论\n东村站｜0.35｜达标\n西村站｜0.62｜超标\n"
    assert [
        ("0.35", "总磷", Decimal("0.35"), "毫克/升"),
        ("0.62", "总磷", Decimal("0.62"), "毫克/升"),
    ] == _figures(text)


def test_a_price_cell_printed_per_weight_reads_as_the_sentence_would_print_it() -> None:
    text = (
        "东川县谷子订单收购表\n村名｜户数｜面积｜保底收购价\n"
        "西河村｜35户｜410亩｜每斤2.6元\n东坪村｜48户｜620亩｜每斤2.8元\n"
        "北山村｜22户｜286亩｜每斤2.7元\n"
    )
    metrics, _ = extract_metrics(text)
    priced = [(m.subject, m.value, m.unit) for m in metrics if m.surface.startswith("每")]
    assert priced == [
        ("保底收购价（每斤）", Decimal("2.6"), "元"),
        ("保底收购价（每斤）", Decimal("2.8"), "元"),
        ("保底收购价（每斤）", Decimal("2.7"), "元"),
    ]


def test_a_yield_columns_weight_per_mu_is_the_weight_a_sentence_gives_it() -> None:
    text = "田块\t品种\t亩产（公斤/亩）\n东坝一组\t早稻甲\t612.5\n西坝二组\t早稻乙\t598.0\n"
    assert [
        ("612.5", "亩产", Decimal("612.5"), "公斤"),
        ("598.0", "亩产", Decimal("598.0"), "公斤"),
    ] == _figures(text)
    # a concentration stays a rate: its name says nothing of a mu
    assert ("毫克/升",) == tuple(
        {f[3] for f in _figures("断面\t氨氮（毫克/升）\n甲\t0.42\n乙\t0.38\n")}
    )


def test_a_tables_cell_repeating_a_figure_the_text_gives_of_the_same_measure_is_listed_once() -> (
    None
):
    text = (
        "假期三天，全县接待游客6.4万人次。\n"
        "| 指标 | 2025年 | 2026年 |\n"
        "| 接待游客 | 5.1万人次 | 6.4万人次 |\n"
        "| 旅游收入 | 0.42亿元 | 0.58亿元 |\n"
    )
    metrics, skipped = extract_metrics(normalise(text).text)
    assert [("6.4万人次", Decimal(64000)), ("5.1万人次", Decimal(51000))] == [
        (m.surface, m.value) for m in metrics if m.unit == "人次"
    ]
    assert ("6.4万人次", "restated") in [(s.surface, s.reason) for s in skipped]


@pytest.mark.parametrize(("row", "restated"), [("西山镇", False), ("东山镇", True)])
def test_a_cell_restates_a_figure_of_the_text_only_for_the_same_place(
    row: str, restated: bool
) -> None:
    text = normalise(
        "东山镇卫生院现有床位40张。\n"
        "| 卫生院 | 床位 | 医生 |\n"
        f"| {row}卫生院 | 40张 | 12名 |\n"
        "| 南坪镇卫生院 | 36张 | 9名 |\n"
    ).text
    codes = {"东山镇": "990101001", "西山镇": "990101002", "南坪镇": "990101003"}
    first = _mention(text, "东山镇", codes["东山镇"], "town")
    places = [
        first,
        _mention(text, row, codes[row], "town", after=first.end),
        _mention(text, "南坪镇", codes["南坪镇"], "town"),
    ]
    metrics, skipped = extract_metrics(text, places=places)
    beds = [m.place_code for m in metrics if m.unit == "张" and m.value == 40]
    # 40 beds in another town's row is a fact of its own; in the same town's, the text's again.
    assert (["990101001"] if restated else ["990101001", "990101002"]) == beds
    assert restated == (("40张", "restated") in [(s.surface, s.reason) for s in skipped])


def test_a_numbered_tables_total_row_may_leave_its_label_blank() -> None:
    text = (
        "序号｜名称｜所在乡镇｜面积（亩）｜补贴（元）\n"
        "1｜青禾育苗合作社｜南坪镇｜210｜42000\n"
        "2｜丰源农机合作社｜北山乡｜180｜36000\n"
        "合计｜　｜　｜390｜78000\n"
    )
    assert [
        ("390", "面积合计", Decimal(390), "亩"),
        ("78000", "补贴合计", Decimal(78000), "元"),
    ] == _figures(text)[-2:]


def test_a_bare_quantity_column_is_named_by_the_rows_kind() -> None:
    text = (
        "乡镇｜品种｜数量（万株）｜面积（亩）\n"
        "南坪镇｜侧柏｜12万株｜600亩\n"
        "北山乡｜油松“北林1号”｜8万株｜400亩\n"
        "合计｜—｜20万株｜1000亩\n"
    )
    assert ["侧柏数量", "面积", "油松“北林1号”数量", "面积", "数量", "面积"] == [
        f[1] for f in _figures(text)
    ]


def test_a_total_rows_dashed_label_is_left_out_of_its_cells_but_stays_printed() -> None:
    text = (
        "序号｜小区｜楼栋｜补助（万元）\n"
        "1｜东园小区｜3号楼｜18万元\n"
        "2｜西园小区｜7号楼｜16万元\n"
        "合计｜—｜2部｜34万元\n"
    )
    body = normalise(text).text
    assert "合计｜—｜2部" in body
    metrics, _ = extract_metrics(body)
    assert ("34万元", "补助", Decimal(340000)) == next(
        (m.surface, m.subject, m.value) for m in metrics if m.surface == "34万元"
    )


def test_a_table_saved_one_cell_a_line_is_read_as_rows_of_tabs() -> None:
    text = (
        "各乡镇学校情况如下：\n乡镇\n学校数（所）\n在校生（人）\n"
        "南坪镇\n18\n12640\n北山乡\n9\n5310\n下一步将继续推进。\n"
    )
    assert "南坪镇\t18\t12640\n北山乡\t9\t5310" in normalise(text).text


def test_the_items_of_an_account_are_kinds_each_column_measures() -> None:
    text = "支出项目｜金额｜比例\n村道养护｜12.6万元｜30%\n路灯电费｜4.2万元｜10%\n"
    assert _figures(text) == [
        ("12.6万元", "村道养护金额", Decimal("126000"), "元"),
        ("30%", "村道养护比例", Decimal("30"), "%"),
        ("4.2万元", "路灯电费金额", Decimal("42000"), "元"),
        ("10%", "路灯电费比例", Decimal("10"), "%"),
    ]


def test_a_bare_count_of_people_or_households_is_named_by_its_row() -> None:
    text = (
        "村别｜人数（人）｜补贴金额（元）\n"
        "东坪村｜42｜126000\n北坡村｜18｜54000\n合计｜60｜180000\n"
    )
    assert [(f[1], f[2]) for f in _figures(text)] == [
        ("东坪村人数", Decimal("42")),
        ("补贴金额", Decimal("126000")),
        ("北坡村人数", Decimal("18")),
        ("补贴金额", Decimal("54000")),
        ("人数", Decimal("60")),  # the total row says no more than its column
        ("补贴金额", Decimal("180000")),
    ]


def test_a_price_board_reads_its_cells_in_the_unit_a_dated_bracket_gives() -> None:
    text = (
        "西河村农家腊肉价目表\n"
        "腊月将至，西河村合作社公布腊味价目。\n"
        "（2026年12月起执行　单位：元/斤）\n"
        "品名｜零售价｜批发价\n"
        "腊肉｜45｜40\n"
        "香肠｜52｜46\n"
    )
    (article,) = split_page(text).articles
    body = normalise(article.body).text
    assert body.startswith("腊月将至，西河村合作社公布腊味价目。\n（2026年12月起执行单位：元/斤）")
    metrics, _ = extract_metrics(body)
    assert [(m.surface, m.subject, m.unit) for m in metrics] == [
        ("45", "腊肉零售价（每斤）", "元"),
        ("40", "腊肉批发价（每斤）", "元"),
        ("52", "香肠零售价（每斤）", "元"),
        ("46", "香肠批发价（每斤）", "元"),
    ]


def test_a_tables_lot_numbers_open_its_rows_and_bottles_are_counted() -> None:
    text = (
        "竞价结果如下：\n"
        "标的号｜所属村｜重量（公斤）｜成交单价（元/公斤）\n"
        "1｜东坪村｜900｜172\n"
        "2｜西坪村｜650｜168\n"
        "本月售出米酒3.2万瓶。\n"
    )
    metrics, _ = extract_metrics(text)
    assert [(m.surface, m.subject, m.unit) for m in metrics] == [
        ("900", "重量", "公斤"),
        ("172", "成交单价（每公斤）", "元"),
        ("650", "重量", "公斤"),
        ("168", "成交单价（每公斤）", "元"),
        ("3.2万瓶", "米酒", "瓶"),
    ]


def test_rows_keyed_by_number_under_a_column_that_names_the_keys() -> None:
    text = "监测点｜水温（℃）｜溶解氧（毫克/升）\n1｜18.5｜7.2\n2｜19.1｜6.8\n平均｜18.8｜7.0\n"
    assert [
        ("18.5", "水温", Decimal("18.5"), "℃"),
        ("7.2", "溶解氧", Decimal("7.2"), "毫克/升"),
        ("19.1", "水温", Decimal("19.1"), "℃"),
        ("6.8", "溶解氧", Decimal("6.8"), "毫克/升"),
        ("18.8", "水温", Decimal("18.8"), "℃"),
        ("7.0", "溶解氧", Decimal("7.0"), "毫克/升"),
    ] == _figures(text)
    # numbers under a column that names no key are no rows (金额 1, 2)
    assert [] == _figures("金额｜水温（℃）\n1｜18.5\n2｜19.1\n")


def test_groups_numbered_under_a_column_of_groups_are_rows() -> None:
    text = (
        "组别｜所在村｜种植户（户）｜面积（亩）\n"
        "1组｜东岭村｜42｜310\n"
        "2组｜西岭村｜37｜265\n"
        "合计｜—｜79｜575\n"
    )
    assert [
        ("42", "种植户", Decimal(42), "户"),
        ("310", "面积", Decimal(310), "亩"),
        ("37", "种植户", Decimal(37), "户"),
        ("265", "面积", Decimal(265), "亩"),
        ("79", "种植户", Decimal(79), "户"),
        ("575", "面积", Decimal(575), "亩"),
    ] == _figures(text)


def test_vaccine_doses_for_birds_are_counted() -> None:
    text = (
        "接种日期｜疫苗名称｜接种数（羽）｜用苗量（羽份）\n"
        "5月3日｜甲疫苗｜2980｜3000\n"
        "5月17日｜乙疫苗｜2960｜3100\n"
    )
    metrics, _ = extract_metrics(text)
    assert [("2980", "接种数"), ("3000", "用苗量"), ("2960", "接种数"), ("3100", "用苗量")] == [
        (m.surface, m.subject) for m in metrics
    ]
    assert {"羽", "羽份"} == {m.unit for m in metrics}


def test_a_shot_lists_numbered_shots_are_no_rows_of_figures() -> None:
    text = "镜号｜景别｜画面｜时长\n1｜航拍｜清晨的果园｜5秒\n2｜近景｜果农剪枝｜7秒\n"
    assert [] == _figures(text)


def test_a_registers_coded_rows_under_its_number_column() -> None:
    text = "编号｜所在村｜树高（米）\nGS01｜东岭村｜28\nGS02｜西岭村｜25\n"
    assert [("28", "树高", Decimal(28), "米"), ("25", "树高", Decimal(25), "米")] == _figures(text)
