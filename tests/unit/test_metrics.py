"""Metrics from literal sentences of the seeds: value, unit, qualifier, change and subject."""

import datetime as dt
from decimal import Decimal

import pytest

from govdb.ingest.normalise import normalise
from govdb.metrics.extract import extract_metrics

Row = tuple[str, str | None, str, str | None, str | None, bool]


def _rows(text: str, **options: object) -> list[Row]:
    metrics, _ = extract_metrics(text, **options)
    return [(m.surface, m.subject, str(m.value), m.unit, m.qualifier, m.is_change) for m in metrics]


def test_seed_000_grid_figures() -> None:
    text = (
        "利用奥维互动地图，在全镇划分网格202个，配备专职网格员167名、兼职网格员332名。"
        "已有近700个西瓜大棚。村民实现亩产收入1.5万元以上。"
        "当地投资600多万元，建成大棚。现场签订二十余份合同。"
    )
    assert [
        ("202个", "网格", "202", "个", None, False),
        ("167名", "专职网格员", "167", "名", None, False),
        ("332名", "兼职网格员", "332", "名", None, False),
        ("近700个", "西瓜大棚", "700", "个", "under", False),
        ("1.5万元以上", "亩产收入", "15000", "元", "over", False),
        ("600多万元", "投资", "6000000", "元", "over", False),
        ("二十余份", "合同", "20", "份", "over", False),
    ] == _rows(text)


def test_seed_000_trade_figures_with_period() -> None:
    text = "今年一季度，完成货物吞吐量92.04万吨，同比增长17.93%。"
    metrics, _ = extract_metrics(text, published_on=dt.date(2025, 5, 13))
    assert [
        ("92.04万吨", "货物吞吐量", Decimal(920400), "吨", False),
        ("17.93%", "货物吞吐量", Decimal("17.93"), "%", True),
    ] == [(m.surface, m.subject, m.value, m.unit, m.is_change) for m in metrics]
    assert {("今年一季度", dt.date(2025, 1, 1), dt.date(2025, 3, 31))} == {
        (m.period, m.period_start, m.period_end) for m in metrics
    }
    assert ("up", "同比") == (metrics[1].direction, metrics[1].basis)


def test_seed_002_spaced_numbers_after_normalisation() -> None:
    # Printed "负债 460 万元", "约 5.2 万 个", "24.46 万个": normalisation closes the spaces.
    text = (
        "一个负债460万元的穷村庄。河南有约5.2万个村（社区）。构成一笔400余万元的巨额债务，"
        "80%的村民牵涉其中。河南有24.46万个基层党组织、617.6万名党员。"
    )
    rows = _rows(text)
    assert ("460万元", "负债", "4600000", "元", None, False) == rows[0]
    assert ("约5.2万个", "52000", "个", "about") == (rows[1][0], rows[1][2], rows[1][3], rows[1][4])
    assert ("400余万元", "4000000", "元", "over") == (
        rows[2][0],
        rows[2][2],
        rows[2][3],
        rows[2][4],
    )
    assert ("80%", "80", "%") == (rows[3][0], rows[3][2], rows[3][3])
    assert ("24.46万个", "基层党组织", "244600", "个", None, False) == rows[4]
    assert ("617.6万名", "党员", "6176000", "名", None, False) == rows[5]


def test_seed_004_growth_and_ranks_in_traditional_text_converted() -> None:
    text = (
        "今年上半年，漯河市生产总值同比增长7.8%、居全省第一位；规模以上工业增加值同比增长12.1%、"
        "居全省第一位；固定资产投资同比增长13.5%、居全省第五位。"
    )
    metrics, _ = extract_metrics(text, published_on=dt.date(2024, 9, 29))
    assert [
        ("7.8%", "生产总值", Decimal("7.8"), "percent", True),
        ("居全省第一位", "生产总值", Decimal(1), "rank", False),
        ("12.1%", "规模以上工业增加值", Decimal("12.1"), "percent", True),
        ("居全省第一位", "规模以上工业增加值", Decimal(1), "rank", False),
        ("13.5%", "固定资产投资", Decimal("13.5"), "percent", True),
        ("居全省第五位", "固定资产投资", Decimal(5), "rank", False),
    ] == [(m.surface, m.subject, m.value, m.kind, m.is_change) for m in metrics]
    # 今年上半年 carries over the clauses of one list.
    assert {(dt.date(2024, 1, 1), dt.date(2024, 6, 30))} == {
        (m.period_start, m.period_end) for m in metrics
    }


def test_seed_004_money_with_scale() -> None:
    text = "三大主导产业集群规模超2400亿元，休闲食品产业规模突破20亿元。"
    assert [
        ("超2400亿元", "240000000000", "元", "over"),
        ("突破20亿元", "2000000000", "元", "over"),
    ] == [(r[0], r[2], r[3], r[4]) for r in _rows(text)]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("5月12日，在召陵镇大徐村", "date"),
        ("2025年，全市新建供热管网", "date"),
        ("第二十二届中国（漯河）食品博览会", "ordinal"),
        ("群众通过12345热线反映", "code"),
        ("豫公网安备41110302000005号", "code"),
        ("雅居社区“80后”社区党委书记", "age-group"),
        # a second round is 二次, twice 两次
        ("果园合作社按利润二次返利。", "ordinal"),
        # time spent, told by the count of a time of day or week
        ("理事会为这笔钱商量了三个晚上。", "period"),
        ("该村环境整治考核连续两个季度名列前茅。", "period"),
        # the sectors and rounds of economics
        ("推动一次分配和三次分配协调配套。", "set-phrase"),
        # which building someone lives in (住宅楼12栋 counts buildings)
        ("家住12栋的老党员王大爷。", "ordinal"),
        # a numeral inside a name the tagger knows
        ("三门峡水库库区今年来了很多游客。", "name"),
    ],
)
def test_not_metrics(text: str, reason: str) -> None:
    metrics, skipped = extract_metrics(text)
    assert [] == list(metrics)
    assert reason in {s.reason for s in skipped}


def test_twice_is_counted() -> None:
    assert [("分红", "2", "次")] == [
        (m.subject, str(m.value), m.unit) for m in extract_metrics("合作社全年分红两次。")[0]
    ]


def test_numbers_inside_program_names_are_not_metrics() -> None:
    text = "建成“15分钟便民生活圈”。"
    start = text.index("“")
    metrics, skipped = extract_metrics(text, exclude=[(start, start + 11)])
    assert ([], ["program"]) == (list(metrics), [s.reason for s in skipped])


def test_seed_001_public_works_figures() -> None:
    text = (
        "从2024年3月启动建设到去年底，规划138个教学班、容纳6540名学生的漯河高中新校区已是鸟语花香。"
        "去年，我市计划新建供热主管网10公里、热交换站20座，新增供热面积300万平方米，"
        "新增居民供热2万户以上。截至2025年11月中旬，市区完成新建供热管网12.45公里、热交换站22座、"
        "新增供热面积305万平方米。计划打造“小而美”的街头游园、口袋公园100个。"
        "全市食品产业规模超2500亿元。"
    )
    metrics, _ = extract_metrics(text, published_on=dt.date(2025, 11, 30))
    rows = {(m.surface, m.subject, str(m.value), m.unit, m.qualifier) for m in metrics}
    assert {
        ("138个", "教学班", "138", "个", None),
        ("6540名", "学生", "6540", "名", None),
        ("10公里", "供热主管网", "10", "公里", None),
        ("300万平方米", "供热面积", "3000000", "平方米", None),
        ("2万户以上", "居民供热", "20000", "户", "over"),
        ("12.45公里", "供热管网", "12.45", "公里", None),
        ("305万平方米", "供热面积", "3050000", "平方米", None),
        ("100个", "口袋公园", "100", "个", None),
        ("超2500亿元", "食品产业规模", "250000000000", "元", "over"),
    } <= rows
    by_surface = {m.surface: m for m in metrics}
    assert (None, dt.date(2025, 11, 20)) == (  # 截至2025年11月中旬
        by_surface["12.45公里"].period_start,
        by_surface["12.45公里"].period_end,
    )
    assert (dt.date(2024, 1, 1), dt.date(2024, 12, 31)) == (
        by_surface["10公里"].period_start,
        by_surface["10公里"].period_end,
    )


def test_spans_of_time_that_say_when_are_periods_not_metrics() -> None:
    text = "今年前10个月，全县新建农村公路86公里，比五年前多出一倍，提前两个月完成任务。"
    metrics, skipped = extract_metrics(text, published_on=dt.date(2025, 11, 20))
    assert [("86公里", "农村公路", "今年前10个月"), ("两个月", "提前完成任务", "今年前10个月")] == [
        (m.surface, m.subject, m.period) for m in metrics
    ]
    assert (dt.date(2025, 1, 1), dt.date(2025, 10, 31)) == (
        metrics[0].period_start,
        metrics[0].period_end,
    )
    assert {("10", "period"), ("五", "period")} <= {(s.surface, s.reason) for s in skipped}


def test_years_and_months_written_in_characters_are_periods_with_dates() -> None:
    text = "二〇二四年，该镇新修水渠36公里。今年一至八月，全镇引进项目14个。"
    metrics, _ = extract_metrics(text, published_on=dt.date(2025, 9, 12))
    assert [
        ("二〇二四年", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("今年一至八月", dt.date(2025, 1, 1), dt.date(2025, 8, 31)),
    ] == [(m.period, m.period_start, m.period_end) for m in metrics]
    metrics, _ = extract_metrics(
        "今年十一月，全区新增市场主体650户。", published_on=dt.date(2025, 12, 2)
    )
    assert [("今年十一月", dt.date(2025, 11, 1), dt.date(2025, 11, 30))] == [
        (m.period, m.period_start, m.period_end) for m in metrics
    ]


def test_a_list_of_changes_shares_its_subject_and_direction() -> None:
    text = "全县粮食产量和产值同比分别增长4.2%和6.8%，电商零售额占比突破30%。"
    metrics, _ = extract_metrics(text)
    assert [
        ("4.2%", "粮食产量", True, "up", "同比"),
        ("6.8%", "产值", True, "up", "同比"),
        ("突破30%", "电商零售额占比", False, None, None),
    ] == [(m.surface, m.subject, m.is_change, m.direction, m.basis) for m in metrics]


def test_half_units_and_verbal_classifiers() -> None:
    text = "从县城到省城只需2个半小时。县委分4批次召开座谈会，共有120个村参加。"
    metrics, skipped = extract_metrics(text)
    # 只需2个半小时 is the time the way takes, named by its ends.
    assert [
        ("2个半小时", "2.5", "小时", "duration", "从县城到省城用时"),
        ("4批次", "4", "批次", "count", "召开座谈会"),
        ("120个", "120", "个", "count", "村"),
    ] == [(m.surface, str(m.value), m.unit, m.kind, m.subject) for m in metrics]
    assert [] == [(s.surface, s.reason) for s in skipped]


def test_an_approximation_between_scale_and_unit_and_more_units() -> None:
    text = "2025-11-19 18:32 全省有7万多名网格员，年发电量达12.5亿千瓦时，建成历史文化街区58片。"
    metrics, skipped = extract_metrics(text)
    assert [
        ("7万多名", "网格员", "70000", "名", "count", "over"),
        ("12.5亿千瓦时", "年发电量", "1250000000", "千瓦时", "energy", None),
        ("58片", "历史文化街区", "58", "片", "count", None),
    ] == [(m.surface, m.subject, str(m.value), m.unit, m.kind, m.qualifier) for m in metrics]
    assert {"date"} == {s.reason for s in skipped if s.start < 16}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # those counted named by the phrase before 的, or the noun after it
        ("全乡参加技能培训的有340人。", "340人", "参加技能培训"),
        ("其中签订协议的共有58户。", "58户", "签订协议"),
        ("经过调解平息的矛盾纠纷有41起。", "41起", "矛盾纠纷"),
        # with no noun, what the verb before 了 did
        ("两年来，全街道累计受理了96件。", "96件", "受理"),
        # a sum paid by the year or the month is named by the verb after it
        ("每名护林员年补贴4800元。", "4800元", "补贴"),
        ("每位保洁员月发放1500元。", "1500元", "发放"),
        # places counted in characters are places, not a department's number
        ("整治废弃坑塘四十余处。", "四十余处", "坑塘"),
        # the tagger takes a three-character noun right before the figure for a state
        ("复垦闲置地近900亩。", "近900亩", "闲置地"),
        # an amount that sets up a fund is the fund's
        ("区里拿出300万元设立“乡贤回归”奖励基金。", "300万元", "乡贤回归奖励基金"),
        # a character the tagger calls a classifier stands in a noun before a figure
        ("小区安装充电桩48个。", "48个", "充电桩"),
        # after a preposition the count opens its own noun phrase, and after people a verb
        # is what they do
        ("组织党员与126户脱贫户结成对子。", "126户", "脱贫户"),
        ("镇里为320户农户发放补贴。", "320户", "农户"),
        ("全区设立15个个人调解室。", "15个", "个人调解室"),
        # a set phrase before a noun names a kind of it; a count before 的 is the size of
        # what follows
        ("下达资金支持96个以工代赈工程。", "96个", "以工代赈工程"),
        ("村里组建了一支32人的应急救援队。", "32人", "应急救援队"),
        # a one-character morpheme after a noun ends the noun
        ("今年共清除河道鱼簖45处。", "45处", "河道鱼簖"),
        # an age bound after the classifier is part of what is counted
        ("社区为46名80岁以上老人免费体检。", "46名", "80岁以上老人"),
        # a noun of three characters the tagger takes for an idiom
        ("防汛站备好冲锋舟7艘。", "7艘", "冲锋舟"),
        # a character the tagger calls a numeral ends a noun
        ("全镇开放避险安置点14个。", "14个", "安置点"),
        # what may be: the modal verb links the measure to its figure
        ("明年亩产可提高15%。", "15%", "亩产"),
        # a measure's last character fused to the mark after it (率/为)
        ("全县林地流转率为42.5%。", "42.5%", "林地流转率"),
        # a verb after a noun the tagger calls a verb names what the money is for
        ("明年全市教育支出安排52000万元。", "52000万元", "教育支出安排"),
    ],
)
def test_subjects_the_tagger_leaves_without_a_noun(text: str, surface: str, subject: str) -> None:
    assert [(surface, subject)] == [row[:2] for row in _rows(text)]


def test_a_department_numbered_in_characters_is_no_count() -> None:
    metrics, skipped = extract_metrics("市督查三处派员参加。")
    assert () == metrics
    assert ["name"] == [s.reason.value for s in skipped]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one measure named for a whole 分别 list, before 分别 or after the last figure
        (
            "年终测评中，得分分别为96.5分、93分。",
            [("96.5分", "得分", "96.5", "分"), ("93分", "得分", "93", "分")],
        ),
        (
            "对评为先进的社区，分别发放5万元、3万元、2万元以奖代补资金。",
            [
                ("5万元", "以奖代补资金", "50000", "元"),
                ("3万元", "以奖代补资金", "30000", "元"),
                ("2万元", "以奖代补资金", "20000", "元"),
            ],
        ),
        # households and people a unit has
        (
            "全镇现有5260户21430人。",
            [("5260户", "全镇户数", "5260", "户"), ("21430人", "全镇人口", "21430", "人")],
        ),
        ("该村三百零六户。", [("三百零六户", "该村户数", "306", "户")]),
        # the currency restated after 元 is part of the figure
        ("引进外资约3,200万元人民币。", [("约3,200万元人民币", "引进外资", "32000000", "元")]),
        # a four-character noun the tagger takes for a state
        ("今年调处邻里纠纷31宗。", [("31宗", "邻里纠纷", "31", "宗")]),
    ],
)
def test_subjects_shared_by_lists_and_units(text: str, expected: list[tuple[str, ...]]) -> None:
    assert expected == [row[:4] for row in _rows(text)]


def test_a_count_that_restates_a_list_joined_by_and_counts_nothing() -> None:
    metrics, skipped = extract_metrics("全年重点抓好产业发展、人才培养和基层组织三个方面。")
    assert () == metrics
    assert ["enumeration"] == [s.reason.value for s in skipped]


def test_affairs_counted_in_words_are_a_speechs_points_but_tasks_in_figures_count() -> None:
    metrics, skipped = extract_metrics("书记说，我们今年主要做了两件事。")
    assert () == metrics
    assert ["enumeration"] == [s.reason.value for s in skipped]
    rows = _rows("今年办成民生实事12件。")
    assert [("12件", "民生实事", "12", "件")] == [row[:4] for row in rows]
    # 十件民生实事 names a year's list of tasks
    metrics, _ = extract_metrics("今年全县将办好十件民生实事。")
    assert () == metrics


def test_the_same_figure_of_the_same_measure_again_is_one_fact() -> None:
    metrics, skipped = extract_metrics("全县选定4个示范乡镇。4个示范乡镇累计新建茶园1200亩。")
    assert [("4个", "示范乡镇"), ("1200亩", "茶园")] == [(m.surface, m.subject) for m in metrics]
    assert [("4个", "restated")] == [(s.surface, s.reason.value) for s in skipped]
    # the same count of another time is another fact
    metrics, _ = extract_metrics("去年全县有4个示范乡镇。今年全县有4个示范乡镇。")
    assert 2 == len(metrics)


def test_a_count_after_and_opens_the_last_item() -> None:
    assert [("两个", "组合伞", "2", "个")] == [
        row[:4] for row in _rows("试验场展示了主伞和两个组合伞。")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share with no whole after 占: the part named before it
        ("全年受理投诉860件，其中线上办理的占76.5%。", ("76.5%", "线上办理占比", "76.5", "%")),
        # the far end of a range, each end with its unit
        ("每户补贴200元至500元不等。", ("500元不等", "补贴", "500", "元")),
        # an aside in brackets before the figure restates what is counted
        ("全县已建成老年食堂（助餐点）58个。", ("58个", "食堂", "58", "个")),
        # 一度 says when, not what
        ("返乡创业人员一度达到3000余人。", ("3000余人", "创业人员", "3000", "人")),
    ],
)
def test_subjects_past_shares_ranges_asides_and_adverbs(text: str, expected: tuple) -> None:
    assert expected == _rows(text)[-1][:4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("积压件从每周60多件降到个位数。", ("60多件", "积压件（原）", "60", "件")),
        ("辍学率由3.5%降至零。", ("3.5%", "辍学率（原）", "3.5", "%")),
    ],
)
def test_a_level_left_for_one_told_in_words_is_the_measure_as_it_was(
    text: str, expected: tuple
) -> None:
    assert [expected] == [row[:4] for row in _rows(text)]


def test_a_verb_after_a_count_of_households_names_the_next_figure() -> None:
    assert [("300余户", "存粮"), ("900多吨", "存粮")] == [
        row[:2] for row in _rows("已有300余户存粮900多吨。")
    ]


def test_a_figure_alone_on_its_line_counts_what_the_line_under_it_names() -> None:
    text = (
        "数说东川\n\n4.6万人\n新增城镇就业\n\n98.5%\n城乡供水一体化覆盖率\n\n"
        "2.1万元\n农民人均纯收入，比上年增长6.9%\n"
    )
    assert [
        ("4.6万人", "新增城镇就业"),
        ("98.5%", "城乡供水一体化覆盖率"),
        ("2.1万元", "农民人均纯收入"),
        ("6.9%", "农民人均纯收入"),
    ] == [row[:2] for row in _rows(text)]


def test_a_box_that_prints_its_labels_over_the_figures_names_each_figure_by_the_line_above() -> (
    None
):
    text = (
        "东川县种植业概况\n"
        "全县茶园面积\n12万亩\n1—9月茶叶电商销售额\n3.6亿元\n茶叶合作社\n420余家\n"
    )
    assert (
        [
            ("12万亩", "全县茶园面积"),
            ("3.6亿元", "茶叶电商销售额"),  # of 1—9月, its period
            ("420余家", "茶叶合作社"),
        ]
        == [row[:2] for row in _rows(text)]
    )
    assert ["1—9月"] == [m.period for m in extract_metrics(text)[0] if m.period]


def test_a_line_of_a_label_and_its_figure_counts_what_the_label_names() -> None:
    text = "■ 民生保障\n▶ 新增养老床位：360张\n▶ 城乡供水覆盖率：98.6%\n已办结民生项目：7项\n"
    assert [
        ("360张", "新增养老床位"),
        ("98.6%", "城乡供水覆盖率"),
        ("7项", "已办结民生项目"),
    ] == [row[:2] for row in _rows(text)]


def test_a_labelled_figure_with_its_change_after_a_comma_counts_what_the_label_names() -> None:
    text = "全社会消费品零售总额：9.4亿元，同比增长6.2%\n税收收入：3150万元，比上年下降2.5%\n"
    assert [
        ("9.4亿元", "全社会消费品零售总额", False),
        ("6.2%", "全社会消费品零售总额", True),
        ("3150万元", "税收收入", False),
        ("2.5%", "税收收入", True),
    ] == [(row[0], row[1], row[5]) for row in _rows(text)]


def test_a_villages_accounts_lines_count_what_their_labels_name() -> None:
    text = (
        "一、上期结余：52,318.40元\n"
        "二、本期收入：合计16,200.00元\n"
        "1．鱼塘承包收入　9,600.00元\n"
        "2．光伏收益分配　6,600.00元\n"
    )
    assert [
        ("52,318.40元", "上期结余"),
        ("16,200.00元", "本期收入"),
        ("9,600.00元", "鱼塘承包收入"),
        ("6,600.00元", "光伏收益分配"),
    ] == [row[:2] for row in _rows(normalise(text).text)]


def test_a_measure_after_a_count_belongs_to_the_next_figure() -> None:
    assert [("12座", "温室"), ("3600平方米", "温室总面积")] == [
        r[:2] for r in _rows("镇里新建的12座温室总面积3600平方米。")
    ]
    assert [("4个", "鱼塘"), ("260亩", "鱼塘面积")] == [
        r[:2] for r in _rows("今年挖了4个鱼塘面积达260亩。")
    ]


def test_an_aim_between_a_count_and_its_figure_is_passed_over() -> None:
    assert [("突破3200人", "就业")] == [r[:2] for r in _rows("明年全镇新增就业力争突破3200人。")]


def test_growth_as_taiwan_and_hong_kong_papers_print_it_is_a_change() -> None:
    rows = _rows("全镇民宿收入3.2亿元，较去年同期成长7.5%。")
    assert [("3.2亿元", "民宿收入", False), ("7.5%", "民宿收入", True)] == [
        (r[0], r[1], r[5]) for r in rows
    ]


def test_a_measurement_naming_only_a_place_is_of_what_the_paragraph_measured() -> None:
    from govdb.places.find import find_places

    text = "全县平均降雨量84.2毫米，西河镇达131毫米，东川镇也超过100毫米。\n青石镇修路5公里。"
    metrics, _ = extract_metrics(text, places=find_places(text))
    assert [
        ("84.2毫米", "平均降雨量"),
        ("131毫米", "平均降雨量"),
        ("超过100毫米", "平均降雨量"),
        ("5公里", "修路"),
    ] == [(m.surface, m.subject) for m in metrics]


def test_a_share_done_measures_how_far_the_numbered_task_is_done() -> None:
    text = (
        "1.乡村道路硬化。目标：硬化道路40公里。进展：已完工32公里，完成80%。\n"
        "2.农贸市场改造。目标：改造市场2个。进展：完成50%。\n"
    )
    assert (
        [
            ("40公里", "硬化道路"),  # the plan's own words, not its label, say what
            ("32公里", "完工"),  # the way done, named by its verb
            ("80%", "乡村道路硬化完成进度"),
            ("2个", "市场"),
            ("50%", "农贸市场改造完成进度"),
        ]
        == [row[:2] for row in _rows(text)]
    )
    assert [("95%", "任务")] == [row[:2] for row in _rows("全年任务完成95%。")]


def test_figures_after_a_place_alone_count_what_their_list_or_section_names() -> None:
    from govdb.places.find import find_places

    for text, measure in (
        ("各镇考核得分如下：\n1.召陵镇　95.6分\n2.老窝镇　94.8分\n", "考核得分"),
        ("漯河市招聘网格员。\n二、岗位人数\n天桥街道12名，马路街街道10名。\n", "岗位人数"),
    ):
        metrics, _ = extract_metrics(text, places=find_places(text))
        assert [measure, measure] == [m.subject for m in metrics]
    # with nothing introducing them, a place's figure names nothing, but for a score: 分 says
    # what it is
    text = "召陵镇　1.2万人\n"
    assert [] == list(extract_metrics(text, places=find_places(text))[0])
    text = "召陵镇　95.6分\n"
    metrics, _ = extract_metrics(text, places=find_places(text))
    assert [("95.6分", "得分")] == [(m.surface, m.subject) for m in metrics]


def test_each_figure_of_a_places_line_takes_the_measure_its_introduction_names_in_turn() -> None:
    from govdb.ingest.segment import split_page
    from govdb.places.find import find_places

    page = (
        "青年镇晒出秋收账\n"
        "镇里把各村的玉米面积和产量汇总如下：\n\n"
        "后谢村：1200亩，720吨\n"
        "侯庄村：860亩，510吨\n\n"
        "秋种工作还将继续推进。\n"
    )
    [article] = split_page(page).articles
    body = normalise(article.body).text
    metrics, _ = extract_metrics(body, places=find_places(body, home_code="411104"))
    assert [
        ("1200亩", "玉米面积"),
        ("720吨", "产量"),
        ("860亩", "玉米面积"),
        ("510吨", "产量"),
    ] == [(m.surface, m.subject) for m in metrics]
    # as many measures as figures, or none is given
    text = "各村的玉米面积和产量如下：\n后谢村：1200亩，720吨，36户\n"
    assert [] == list(extract_metrics(text, places=find_places(text, home_code="411104"))[0])


def test_a_lists_introduction_may_open_with_a_clause_of_its_own() -> None:
    from govdb.places.find import find_places

    text = "按百分制考核，各镇综合得分如下：\n1.召陵镇　95.6分\n2.老窝镇　94.8分\n"
    metrics, _ = extract_metrics(text, places=find_places(text))
    assert ["综合得分", "综合得分"] == [m.subject for m in metrics]


def test_a_line_under_a_boxs_item_notes_how_that_item_changed() -> None:
    text = (
        "▶ 地方税收5.2亿元\n同比增长4.3%，完成年度任务的76.1%\n"
        "▶ 上级补助资金12.7亿元\n较上年同期增加0.9亿元\n"
    )
    metrics, _ = extract_metrics(text)
    assert [
        ("5.2亿元", "地方税收"),
        ("4.3%", "地方税收"),
        ("76.1%", "年度任务"),
        ("12.7亿元", "上级补助资金"),
        ("0.9亿元", "上级补助资金"),
    ] == [(m.surface, m.subject) for m in metrics]
