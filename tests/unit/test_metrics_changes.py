"""Levels reached, levels left, 分别 lists, counts with no classifier, figures with no subject."""

from decimal import Decimal

from govdb.metrics.extract import extract_metrics
from govdb.metrics.vocabulary import Direction

Row = tuple[str, str | None, str, str | None, str | None]


def _rows(text: str) -> list[Row]:
    metrics, _ = extract_metrics(text)
    return [(m.surface, m.subject, str(m.value), m.unit, m.qualifier) for m in metrics]


def test_a_verb_of_reaching_links_the_measure_to_its_level() -> None:
    text = (
        "全县贫困发生率降至0.5%，森林覆盖率高达68%，"
        "农民合作社入社率每年都稳定在90%以上，城乡供水保障时效缩短至3天。"
    )
    assert [
        ("0.5%", "贫困发生率", "0.5", "%", None),
        ("68%", "森林覆盖率", "68", "%", None),
        ("90%以上", "农民合作社入社率", "90", "%", "over"),
        ("3天", "城乡供水保障时效", "3", "天", None),
    ] == _rows(text)


def test_a_share_names_the_part_and_the_whole() -> None:
    text = "新能源汽车销量占汽车总销量比重提高到35%。"
    assert [("35%", "新能源汽车销量占汽车总销量比重", "35", "%", None)] == _rows(text)


def test_from_one_level_to_another_gives_two_figures_told_apart() -> None:
    text = "客车通行时间从原来的4个小时缩短至90分钟，日均客流由3000人次增加到5000人次。"
    assert [
        ("4个小时", "客车通行时间（原）"),
        ("90分钟", "客车通行时间（后）"),
        ("3000人次", "日均客流（原）"),
        ("5000人次", "日均客流（后）"),
    ] == [row[:2] for row in _rows(text)]


def test_from_one_level_to_another_names_them_by_the_words_before_from() -> None:
    # 喜宴 is a verb to the tagger; the plan the first level was is no subject
    text = "喜宴由原定的20桌减至8桌。"
    assert [("20桌", "喜宴（原）"), ("8桌", "喜宴（后）")] == [row[:2] for row in _rows(text)]


def test_a_qualifier_after_hours_counted_with_ge() -> None:
    assert [("1个小时左右", "耗时", "1", "小时", "about")] == _rows("耗时1个小时左右。")


def test_respectively_gives_each_listed_thing_its_own_figure() -> None:
    text = "全省粮食产量和农业产值同比分别增长3.1%和5.6%。"
    assert [("3.1%", "粮食产量"), ("5.6%", "农业产值")] == [r[:2] for r in _rows(text)]


def test_respectively_after_two_figures_pairs_them_in_order() -> None:
    text = "全年供水量52.3亿吨、营业收入18.6亿元，同比分别增长4.2%和7.9%。"
    assert [
        ("52.3亿吨", "供水量"),
        ("18.6亿元", "营业收入"),
        ("4.2%", "供水量"),
        ("7.9%", "营业收入"),
    ] == [r[:2] for r in _rows(text)]


def test_people_after_wan_need_no_classifier() -> None:
    text = "全市有3万多名党员，120万青年志愿者，帮扶4万余农户，核查了12万监测对象。"
    assert [
        ("3万多名", "党员", "30000", "名", "over"),
        ("120万", "青年志愿者", "1200000", "人", None),
        ("4万余", "农户", "40000", "户", "over"),
        ("12万", "监测对象", "120000", "人", None),
    ] == _rows(text)


def test_units_of_government_are_counted_bare() -> None:
    text = "对口支援西部6省区，工程途经两市四县，推进两区建设。"
    assert [
        ("6", "省区", "6", "个", None),
        ("两", "市", "2", "个", None),
        ("四", "县", "4", "个", None),
    ] == _rows(text)


def test_people_and_occasions_are_named_by_what_they_do() -> None:
    text = "合作社带动2000多人就近务工，镇里分3批次组织技能培训，还提前两个月完成改造。"
    assert [
        ("2000多人", "就近务工"),
        ("3批次", "组织技能培训"),
        ("两个月", "提前完成改造"),
    ] == [r[:2] for r in _rows(text)]


def test_a_figure_that_names_nothing_is_skipped() -> None:
    metrics, skipped = extract_metrics("活动为期三天，他坚持了两个多月。")
    assert [] == list(metrics)
    assert [("三天", "no-subject"), ("两个多月", "no-subject")] == [
        (s.surface, s.reason) for s in skipped
    ]


def test_percentage_points_drop_their_counter_and_lots_and_cubic_metres_need_a_scale() -> None:
    text = "合格率提高2.5个百分点，日供水量达120万方，期货成交量8.2亿手，三方签约二手车。"
    assert [
        ("2.5个百分点", "合格率", "2.5", "百分点", None),
        ("120万方", "供水量", "1200000", "方", None),
        ("8.2亿手", "期货成交量", "820000000", "手", None),
    ] == _rows(text)


def test_round_numbers_of_a_bare_scale_take_their_qualifier() -> None:
    text = "全省培育上百名乡村工匠，研发出百余种新农具，带动近万户农户。"
    assert [
        ("上百名", "乡村工匠", "100", "名", "over"),
        ("百余种", "新农具", "100", "种", "over"),
        ("近万户", "农户", "10000", "户", "under"),
    ] == _rows(text)


def test_a_quoted_name_before_the_figure_is_what_it_counts() -> None:
    assert [("26个", "幸福食堂", "26", "个", None)] == _rows("全县建成“幸福食堂”26个。")


def test_a_figure_in_brackets_and_a_share_of_it() -> None:
    text = "民营经济完成投资82亿元，占全市固定资产投资总额（205亿元）的40%。"
    assert [
        ("82亿元", "投资", "8200000000", "元", None),
        ("205亿元", "固定资产投资总额", "20500000000", "元", None),
        ("40%", "占固定资产投资总额比重", "40", "%", None),
    ] == _rows(text)


def test_a_share_after_de_names_the_part_and_the_whole() -> None:
    text = "林业产值占全县生产总值的12%，80%的村民参与其中。"
    assert [
        ("12%", "林业产值占生产总值比重"),
        ("80%", "村民"),
    ] == [r[:2] for r in _rows(text)]


def test_a_rise_on_the_day_before_is_a_change_of_the_measure_named() -> None:
    metrics, _ = extract_metrics("景区门票收入较前一日上涨8.5%，客流量较上周下跌3%。")
    assert [("8.5%", "景区门票收入", "up"), ("3%", "客流量", "down")] == [
        (m.surface, m.subject, m.direction) for m in metrics
    ]


def test_a_place_word_names_what_is_counted_unless_it_says_where() -> None:
    text = "全县改造老旧街区120多个，村里两头跑。"
    assert [("120多个", "街区")] == [r[:2] for r in _rows(text)]


def test_a_figure_about_the_country_has_no_place() -> None:
    from govdb.places.find import find_places

    text = "云南省今年新建农村公路1.2万公里。全国累计建成农村公路460万公里，云南总里程居全国第三。"
    metrics, _ = extract_metrics(text, places=find_places(text))
    assert [("1.2万公里", True), ("460万公里", False)] == [
        (m.surface, m.place_code is not None) for m in metrics if m.kind == "length"
    ]
    rank = next(m for m in metrics if m.kind == "rank")
    assert rank.place_code is not None  # 居全国第三 ranks the province among the others


def test_every_n_with_m_is_one_share() -> None:
    metrics, skipped = extract_metrics("全省每10名老人中就有3名独居，每3户配1名网格员。")
    assert [("每10名老人中就有3名", "老人", "30", "%"), ("1名", "网格员", "1", "名")] == [
        (m.surface, m.subject, str(m.value), m.unit) for m in metrics
    ]
    assert [("3户", "rate")] == [(s.surface, s.reason) for s in skipped]


def test_rhetorical_enumerations_and_digit_counts_are_not_metrics() -> None:
    metrics, skipped = extract_metrics(
        "全县从五个方面发力，工业增加值实现两位数增长，建成6个产业园。"
    )
    assert [("6个", "产业园")] == [(m.surface, m.subject) for m in metrics]
    assert {("五个", "enumeration"), ("两", "set-phrase")} <= {
        (s.surface, s.reason) for s in skipped
    }


def test_people_are_named_by_what_was_done_for_them() -> None:
    text = "全州扶持创业1.2万人，带动就业3.5万人，失业率控制在5.5%以内。"
    assert [
        ("1.2万人", "扶持创业", "12000", "人", None),
        ("3.5万人", "带动就业", "35000", "人", None),
        ("5.5%以内", "失业率", "5.5", "%", "under"),
    ] == _rows(text)


def test_a_gap_names_the_measure_compared() -> None:
    text = "全县农民收入增速高于全省平均水平2.3个百分点。"
    assert [("2.3个百分点", "农民收入增速高于平均水平")] == [r[:2] for r in _rows(text)]


def test_rates_in_compound_units() -> None:
    metrics, _ = extract_metrics("全市细颗粒物平均浓度降至28微克/立方米，白菜收购价3.2元/斤。")
    assert [
        ("28微克/立方米", "颗粒物平均浓度", "28", "微克/立方米", "rate"),
        ("3.2元/斤", "白菜收购价", "3.2", "元/斤", "rate"),
    ] == [(m.surface, m.subject, str(m.value), m.unit, m.kind) for m in metrics]


def test_a_rate_suffix_after_a_verb_and_a_noun_tagged_as_an_idiom() -> None:
    text = "全县排查整治安全隐患1.2万处，整改率100%。"
    assert [("1.2万处", "12000", "处"), ("100%", "100", "%")] == [
        (r[0], r[2], r[3]) for r in _rows(text)
    ]
    assert ["整改率"] == [r[1] for r in _rows(text)][1:]


def test_digits_in_latin_names_are_not_figures_but_a_measure_in_latin_is() -> None:
    metrics, skipped = extract_metrics("全市实现GDP5000亿元，建成5G基站1.2万个，PM2.5浓度下降3%。")
    assert [("5000亿元", "GDP"), ("1.2万个", "5G基站"), ("3%", "浓度")] == [
        (m.surface, m.subject) for m in metrics
    ]
    assert {("5", "name"), ("2.5", "name")} <= {(s.surface, s.reason) for s in skipped}


def test_a_later_figure_in_the_same_unit_with_no_words_of_its_own() -> None:
    text = "全市生产总值突破5000亿元，达到5123.4亿元，增长5.6%。"
    assert [
        ("突破5000亿元", "生产总值"),
        ("5123.4亿元", "生产总值"),
        ("5.6%", "生产总值"),
    ] == [r[:2] for r in _rows(text)]


def test_counters_of_cases_wells_fish_and_trips() -> None:
    text = (
        "全市查处违法案件1523起，罚没款830万元，新打机井120眼，放流鱼苗50万尾，进出港船舶300船次。"
    )
    assert [
        ("1523起", "违法案件", "1523", "起", None),
        ("830万元", "罚没款", "8300000", "元", None),
        ("120眼", "机井", "120", "眼", None),
        ("50万尾", "鱼苗", "500000", "尾", None),
        ("300船次", "进出港船舶", "300", "船次", None),
    ] == _rows(text)


def test_a_numbered_formula_in_quotes_is_a_name() -> None:
    metrics, skipped = extract_metrics(
        "坚决做到“两个维护”，落实“三个一百”工程，建成“幸福食堂”26个。"
    )
    assert [("26个", "幸福食堂")] == [(m.surface, m.subject) for m in metrics]
    assert [("两", "name"), ("三", "name")] == [
        (s.surface, s.reason) for s in skipped if s.reason == "name"
    ]


def test_having_names_the_owner_not_the_households() -> None:
    metrics, _ = extract_metrics("该村共有142户，开行班列1200列，同比增长15%。")
    assert [("1200列", "班列"), ("15%", "班列")] == [
        (m.surface, m.subject) for m in metrics if m.unit != "户"
    ]
    assert "共有" not in {m.subject for m in metrics}


def test_shares_in_words_tenths_and_a_share_without_de() -> None:
    text = "森林覆盖率达到百分之六十五，特色农产品产量占全国近三成，九成以上农户参保。"
    assert [
        ("百分之六十五", "森林覆盖率", "65", "%", None),
        ("近三成", "特色农产品产量占全国比重", "30", "%", "under"),
        ("九成以上", "农户参保", "90", "%", "over"),
    ] == _rows(text)


def test_a_period_after_a_word_of_comparison_is_the_base_not_when() -> None:
    metrics, _ = extract_metrics("全县出口额是去年的2.3倍，今年粮食产量比上年增长4%。")
    assert [("2.3倍", None), ("4%", "今年")] == [(m.surface, m.period) for m in metrics]


def test_counts_of_occasions_are_named_by_the_action() -> None:
    text = "全镇开展宣讲182场次，干部走访1200户次。"
    assert [
        ("182场次", "宣讲", "182", "场次", None),
        ("1200户次", "干部走访", "1200", "户次", None),
    ] == (_rows(text))


def test_respectively_shares_the_head_of_the_last_item() -> None:
    text = "全市小学、初中、高中在校生分别为12.3万人、6.8万人和3.2万人。"
    assert ["小学在校生", "初中在校生", "高中在校生"] == [r[1] for r in _rows(text)]
    text = "一、二、三产业增加值分别增长3.2%、5.1%和6.3%。"
    assert ["一产业增加值", "二产业增加值", "三产业增加值"] == [r[1] for r in _rows(text)]


def test_from_a_dated_level_to_another() -> None:
    metrics, _ = extract_metrics("全县从业人员由2020年的5.6万人增加到2024年的8.9万人。")
    assert [
        ("5.6万人", "从业人员（原）", "2020年"),
        ("8.9万人", "从业人员（后）", "2024年"),
    ] == [(m.surface, m.subject, m.period) for m in metrics]


def test_how_long_a_level_has_held_is_a_period() -> None:
    metrics, skipped = extract_metrics("全省粮食产量连续3年稳定在500亿斤以上。")
    assert [("500亿斤以上", "粮食产量")] == [(m.surface, m.subject) for m in metrics]
    assert ("3", "period") in {(s.surface, s.reason) for s in skipped}


def test_household_income_and_a_gap_with_nothing_before_the_comparison() -> None:
    text = "农民人均可支配收入达到2.1万元，高于城市居民1.5个百分点。这条公路全长128公里。"
    assert [
        ("2.1万元", "农民人均可支配收入"),
        ("1.5个百分点", "高于城市居民"),
        ("128公里", "公路全长"),
    ] == [r[:2] for r in _rows(text)]


def test_working_days_and_time_limits() -> None:
    text = "审批时间缩短到3个工作日，办结时限压缩至5个工作日以内。"
    assert [
        ("3个工作日", "审批时间", "3", "工作日", None),
        ("5个工作日以内", "办结时限", "5", "工作日", "under"),
    ] == _rows(text)


def test_a_count_in_words_of_the_items_just_listed_restates_them() -> None:
    text = "聚焦产业、创新、开放三个方向，用好宣传、联防、调处三条路径，涵盖食品、服装等16个类别。"
    metrics, skipped = extract_metrics(text)
    assert [("16个", "类别")] == [(m.surface, m.subject) for m in metrics]
    assert [("三个", "enumeration"), ("三条", "enumeration")] == [
        (s.surface, s.reason) for s in skipped if s.reason == "enumeration"
    ]


def test_a_list_of_where_is_not_restated_by_the_count_after_it() -> None:
    metrics, _ = extract_metrics("在东岭村、西坡村建成两处农旅研学基地。")
    assert [("两处", "农旅研学基地", 2)] == [(m.surface, m.subject, m.value) for m in metrics]


def test_what_exists_somewhere_is_named_before_the_place() -> None:
    text = "这样的专业合作社在全县已经有120个。"
    assert [("120个", "专业合作社", "120", "个", None)] == _rows(text)


def test_a_closed_bracket_is_no_clause_break_and_month_ends_are_periods() -> None:
    metrics, _ = extract_metrics("9月末，全省制造业(M类)贷款余额2.6万亿元，同比增长11%。")
    assert [("2.6万亿元", "制造业贷款余额", "9月末"), ("11%", "制造业贷款余额", "9月末")] == [
        (m.surface, m.subject, m.period) for m in metrics
    ]


def test_income_gains_and_power_capacity() -> None:
    text = "带动村民人均增收3000元，全省新能源装机容量将达到1.2亿千瓦。"
    assert [
        ("3000元", "村民人均增收", "3000", "元", None),
        ("1.2亿千瓦", "新能源装机容量", "120000000", "千瓦", None),
    ] == _rows(text)


def test_a_count_with_nothing_else_is_of_what_the_verb_before_it_did() -> None:
    text = "全县升级改造3处，平均降雨量达120毫米，投资2.5亿欧元。"
    assert [
        ("3处", "升级改造", "3", "处", None),
        ("120毫米", "平均降雨量", "120", "毫米", None),
        ("2.5亿欧元", "投资", "250000000", "欧元", None),
    ] == _rows(text)


def test_the_session_of_a_term_is_an_ordinal() -> None:
    metrics, skipped = extract_metrics("十四届全国人大三次会议开幕，全县召开会议三次。")
    assert [("三次", "召开会议")] == [(m.surface, m.subject) for m in metrics]
    assert ("三", "ordinal") in {(s.surface, s.reason) for s in skipped}


def test_a_national_title_does_not_make_a_city_figure_national() -> None:
    from govdb.places.find import find_places

    text = "漯河市荣获全国文明城市称号，全市新建口袋公园30个。"
    metrics, _ = extract_metrics(text, places=find_places(text))
    assert [("30个", True)] == [(m.surface, m.place_code is not None) for m in metrics]


def test_a_sentence_without_a_place_in_a_paragraph_about_the_country() -> None:
    from govdb.places.find import find_places

    text = "云南省新建农村公路1.2万公里。\n全国累计建成农村公路460万公里。东部8省市结对帮扶。"
    metrics, _ = extract_metrics(text, places=find_places(text))
    assert [("1.2万公里", True), ("460万公里", False), ("8", False)] == [
        (m.surface, m.place_code is not None) for m in metrics
    ]


def test_shang_and_shu_qualify_only_numbers_in_words() -> None:
    text = "制造业采购经理指数52%，上百名志愿者参加，签约数十个项目。"
    assert [("52%", None), ("上百名", "over"), ("数十个", "over")] == [
        (r[0], r[4]) for r in _rows(text)
    ]


def test_a_qualifier_character_that_ends_a_word_is_no_qualifier() -> None:
    text = "现场签约3个项目，附近5个村受益，粮食产量达近500吨，已有近700个大棚。"
    assert [("3个", None), ("5个", None), ("近500吨", "under"), ("近700个", "under")] == [
        (r[0], r[4]) for r in _rows(text)
    ]


def test_a_share_after_a_verb_of_saving_is_of_the_noun_after_de() -> None:
    text = "新工艺可节约20%的用水成本，80%的村民参与。"
    assert [("20%", "节约用水成本"), ("80%", "村民")] == [r[:2] for r in _rows(text)]


def test_a_number_inside_an_idiom_is_no_figure() -> None:
    metrics, skipped = extract_metrics("老张三番五次上门劝说，召开会议五次，湖区栖息候鸟数十万只。")
    assert [("五次", "召开会议"), ("数十万只", "候鸟")] == [(m.surface, m.subject) for m in metrics]
    assert ("五", "set-phrase") in {(s.surface, s.reason) for s in skipped}


def test_a_year_in_chinese_digits_is_a_date() -> None:
    _, skipped = extract_metrics("项目于二〇二四年启动。")
    assert [("二〇二四", "date")] == [(s.surface, s.reason) for s in skipped]


def test_a_share_in_its_own_clause_is_of_the_figure_before() -> None:
    text = "其中，咖啡种植面积78万亩，占全省的56%，带动40余万农户增收。"
    assert [
        ("78万亩", "咖啡种植面积", "780000", "亩", None),
        ("56%", "咖啡种植面积占全省比重", "56", "%", None),
        ("40余万", "农户增收", "400000", "户", "over"),
    ] == _rows(text)


def test_kilograms_are_not_thousands_of_grams_and_consumption_is_a_measure() -> None:
    text = "吨钢综合能耗下降到550千克标准煤，新建管线全长5千米。"
    assert [("550千克", "钢综合能耗", "550", "千克"), ("5千米", "管线全长", "5", "千米")] == [
        r[:4] for r in _rows(text)
    ]


def test_one_unit_before_a_measure_is_its_base_not_a_figure() -> None:
    metrics, skipped = extract_metrics("每生产1吨钢的综合能耗下降到550千克，全县新建1个产业园。")
    assert [("550千克", "生产1吨钢的综合能耗"), ("1个", "产业园")] == [
        (m.surface, m.subject) for m in metrics
    ]
    assert [("1", "rate")] == [(s.surface, s.reason) for s in skipped]


def test_ge_before_a_counter_of_trips_or_rounds_gives_way_to_it() -> None:
    metrics, _ = extract_metrics("专列每月开行四个班次，分3个批次召开会议。")
    assert [("四个班次", "4", "班次"), ("3个批次", "3", "批次")] == [
        (m.surface, str(m.value), m.unit) for m in metrics
    ]


def test_completed_links_a_measure_to_its_figure_like_achieved() -> None:
    # 完成 right before the figure says the measure reached it; before a noun it opens the
    # thing done (完成造林面积).
    assert [
        ("9.6亿元", "税收收入", "960000000", "元", None),
        ("5.5%", "税收收入", "5.5", "%", None),
    ] == _rows("全县税收收入完成9.6亿元，同比增长5.5%。")
    assert [("4.2万亩", "植树造林面积", "42000", "亩", None)] == _rows(
        "今年全县完成植树造林面积4.2万亩。"
    )


def test_the_same_period_a_year_before_is_the_base_not_the_subject() -> None:
    assert [
        ("97.1%", "群众满意率", "97.1", "%", None),
        ("2.4个百分点", "群众满意率", "2.4", "百分点", None),
    ] == _rows("群众满意率97.1%，较去年同期提升2.4个百分点。")


def test_a_bar_that_sorts_what_a_later_figure_counts_is_no_amount() -> None:
    metrics, skipped = extract_metrics("年收入超过80万元的合作社达到27家。")
    assert [("27家", "合作社", "27", "家", None)] == [
        (m.surface, m.subject, str(m.value), m.unit, m.qualifier) for m in metrics
    ]
    assert [("超过80万元", "threshold")] == [(s.surface, s.reason) for s in skipped]
    assert [("15万元以上", "threshold")] == [
        (s.surface, s.reason) for s in extract_metrics("人均收入15万元以上的家庭占比40%。")[1]
    ]
    # Without a later figure the same words are an amount.
    assert [("超过80万元", "合作社年收入", "800000", "元", "over")] == _rows(
        "合作社年收入超过80万元。"
    )


def test_a_count_after_a_verb_of_making_counts_what_the_clause_opens_with() -> None:
    assert [("60多个", "便民服务站", "60", "个", "over")] == _rows("全县便民服务站已建成60多个。")
    # A making verb with nothing before it but an adverb counts what the sentence named before.
    assert [
        ("40个", "停车位", "40", "个", None),
        ("46个", "停车位", "46", "个", None),
    ] == _rows("计划新增停车位40个，到月底实际建成46个。")


def test_people_counted_after_their_name_are_not_what_they_do_next() -> None:
    assert [("740户", "困难户", "740", "户", None)] == _rows("帮扶困难户740户实现稳定增收。")
    # Right after another figure the words before belong to it.
    assert [("20名", "调解员", "20", "名", None), ("90户", "商户", "90", "户", None)] == _rows(
        "20名调解员与90户商户结对。"
    )


def test_one_character_adjectives_open_the_noun_they_qualify() -> None:
    assert [("18家", "老旧厂房", "18", "家", None)] == _rows("对18家老旧厂房进行改造。")


def test_a_word_tagged_a_name_right_before_a_count_is_what_is_counted() -> None:
    # No one's name is counted: jieba tags 明白人 and 农家乐 as names.
    assert [("310名", "法律明白人", "310", "名", None)] == _rows("全镇选育法律明白人310名。")
    assert [("27家", "家庭农场", "27", "家", None), ("41家", "特色农家乐", "41", "家", None)] == (
        _rows("扶持家庭农场27家、特色农家乐41家。")
    )


def test_a_verb_of_paying_after_per_head_names_the_amount() -> None:
    assert [("2100元", "社员人均分红", "2100", "元", None)] == _rows("参股社员人均分红2100元。")
    assert [("650元", "分红", "650", "元", None)] == _rows("茶厂每股分红650元。")


def test_a_verb_of_giving_after_its_giver_and_a_word_of_sum_names_the_amount() -> None:
    assert [("6800万元", "捐资", "68000000", "元", None)] == _rows("校友累计捐资6800万元。")


def test_a_verb_after_counted_units_of_government_is_what_they_do() -> None:
    assert [("15个", "乡镇", "15", "个", None)] == _rows("全市15个乡镇配齐应急广播。")
    assert [("六个", "县", "6", "个", None)] == _rows("为山区六个县援建卫生院。")


def test_a_name_the_tokenizer_was_taught_is_a_noun_of_the_counted_phrase() -> None:
    # 社区服务中心 is a unit's name in the register: taught, it is tagged like punctuation.
    assert [("7个", "示范社区服务中心", "7", "个", None)] == _rows("年内建成7个示范社区服务中心。")


def test_a_multiple_or_a_compared_share_is_of_the_measure_before_it() -> None:
    assert [
        ("86万元", "合作社年收入", "860000", "元", None),
        ("3倍多", "合作社年收入", "3", "倍", "over"),
    ] == _rows("合作社年收入达86万元，是两年前的3倍多。")
    assert [
        ("4.2万人次", "参观人数", "42000", "人次", None),
        ("约两成", "参观人数", "20", "%", "about"),
    ] == _rows("参观人数达4.2万人次，比上年多出约两成。")


def test_parts_counted_right_after_a_documents_title_are_its_parts() -> None:
    assert [("十五条", "居民公约", "15", "条", None)] == _rows("街道修订《居民公约》十五条。")


def test_speeding_up_and_narrowing_are_changes_too() -> None:
    metrics, _ = extract_metrics("出口总额增长2.4%，降幅比上半年收窄0.9个百分点。")
    assert [("2.4%", "出口总额", True), ("0.9个百分点", "出口总额", True)] == [
        (m.surface, m.subject, m.is_change) for m in metrics
    ]
    assert "down" == metrics[1].direction


def test_a_word_tagged_a_name_inside_the_counted_phrase_is_part_of_it() -> None:
    assert [("21家", "老旧农家乐", "21", "家", None)] == _rows("对21家老旧农家乐实施改造。")


def test_days_and_hours_counted_over_a_year_are_measures() -> None:
    text = "去年全县降水日数为96天，城区空气优良天数达到301天，日照时数1870小时。"
    assert [
        ("96天", "降水日数", "96", "天", None),
        ("301天", "城区空气优良天数", "301", "天", None),
        ("1870小时", "日照时数", "1870", "小时", None),
    ] == _rows(text)


def test_a_weather_figure_compared_with_the_usual_is_its_change() -> None:
    text = "上月全市平均气温12.4℃，较常年同期偏低1.1℃，降水量比常年偏多三成。"
    metrics, _ = extract_metrics(text)
    assert [
        ("12.4℃", "平均气温", "12.4", False, None),
        ("1.1℃", "平均气温", "1.1", True, "down"),
        ("三成", "降水量", "30", True, "up"),
    ] == [(m.surface, m.subject, str(m.value), m.is_change, m.direction) for m in metrics]


def test_a_verb_of_having_links_an_amount_to_what_it_measures() -> None:
    assert [("52万元", "合作社分红", "520000", "元", None)] == _rows("去年合作社分红就有52万元。")


def test_how_the_people_counted_act_is_not_part_of_what_they_are() -> None:
    assert [("53户", "农民", "53", "户", None)] == _rows("有53户农民主动把纠纷拿到中心来调解。")


def test_a_count_whose_classifier_the_tagger_joins_to_the_next_word_counts_that_noun() -> None:
    # jieba reads 名楼栋 as one idiom; the figure before it is no part of one (两头跑 is).
    assert [("28名", "楼栋信息员", "28", "名", None)] == _rows("社区聘请28名楼栋信息员。")


def test_a_count_before_a_description_and_de_counts_the_noun_after_it() -> None:
    assert [
        ("20户", "群众", "20", "户", None),
        ("300多名", "志愿者", "300", "名", "over"),
        ("12名", "年轻人", "12", "名", None),
    ] == _rows("村里有20户生活困难的群众，300多名身穿红马甲的志愿者，组织12名懂技术的年轻人。")
    assert [("3个", "村", "3", "个", None)] == _rows("建成3个村的服务站。")  # 村 is no description


def test_a_quoted_name_opening_the_phrase_is_part_of_what_is_measured() -> None:
    rows = _rows("今年推广“稻鱼共生”种养模式3.2万亩，全县棉花采收进度达到75%。")
    assert [
        ("3.2万亩", "稻鱼共生种养模式", "32000", "亩", None),
        ("75%", "棉花采收进度", "75", "%", None),
    ] == rows


def test_an_adverb_after_what_is_counted_begins_the_predicate() -> None:
    assert [("5个", "乡", "5", "个", None)] == _rows("全县5个乡直接归县里管理。")


def test_a_state_word_right_after_a_verb_is_its_object() -> None:
    assert [("800亩", "湿地", "800", "亩", None)] == _rows("今年全县修复湿地800亩。")


def test_a_floor_or_a_ceiling_set_qualifies_its_figure() -> None:
    assert [
        ("不低于30家", "市级以上龙头企业", "30", "家", "over"),
        ("不超过3次", "超标排放", "3", "次", "under"),
    ] == _rows("培育市级以上龙头企业不低于30家，超标排放不超过3次。")


def test_a_lone_character_the_tagger_takes_for_a_surname_opens_what_is_counted() -> None:
    assert [("1.1万户", "栗农", "11000", "户", None)] == _rows("全县1.1万户栗农加入了合作社。")


def test_a_change_against_last_years_same_period_names_what_changed() -> None:
    # jieba tags 去年同期 a noun, which stood between the measure and its change
    metrics, _ = extract_metrics("住院开支较去年同期减少8.5%，门诊量比上年同期增长6%。")
    assert [("8.5%", "住院开支", "down"), ("6%", "门诊量", "up")] == [
        (m.surface, m.subject, m.direction) for m in metrics
    ]


def test_a_change_in_another_unit_is_not_of_the_figure_before() -> None:
    metrics, _ = extract_metrics("今年汛期降雨量312毫米，气温偏高1.4℃。")
    assert [("312毫米", "降雨量", False), ("1.4℃", "气温", True)] == [
        (m.surface, m.subject, m.is_change) for m in metrics
    ]


def test_a_time_shortened_or_lengthened_is_a_change_of_that_time() -> None:
    metrics, _ = extract_metrics("投诉办理时长较去年缩短2.5天，维修工期延长3个月。")
    assert [("2.5天", "办理时长", "down"), ("3个月", "维修工期", "up")] == [
        (m.surface, m.subject, m.direction) for m in metrics
    ]


def _changes(text: str) -> list[tuple[str, str | None, bool, str | None]]:
    metrics, _ = extract_metrics(text)
    return [(m.surface, m.subject, m.is_change, m.direction) for m in metrics]


def test_occasions_raised_to_a_level_are_named_before_the_verb_of_reaching() -> None:
    assert [("420场以上", "电影放映", False, None)] == _changes(
        "该区计划将惠民电影放映增加到420场以上。"
    )
    assert [("1200户次", "走访", False, None)] == _changes("全年走访增至1200户次。")


def test_a_share_of_a_whole_reached_is_of_what_reached_it() -> None:
    assert [("74%", "播种进度占计划比重", False, None)] == _changes(
        "截至5月10日，播种进度达到计划的74%。"
    )


def test_a_change_is_read_before_its_qualifier_and_gaps_above_are_changes() -> None:
    assert [("约5%", "销售额", True, "up"), ("近2%", "成本", True, "down")] == _changes(
        "销售额同比增长约5%，成本下降近2%。"
    )
    assert [("约800元", "大棚草莓亩均收入", True, "up")] == _changes(
        "改种的大棚草莓亩均收入预计比上一季高出约800元。"
    )


def test_points_printed_once_for_two_changes_and_progress_faster_by_points() -> None:
    metrics, _ = extract_metrics("城乡达标率比上年分别提升2.5个和1.8个百分点。")
    assert [("2.5个", "百分点"), ("1.8个百分点", "百分点")] == [
        (m.surface, m.unit) for m in metrics
    ]
    assert [("3.6个百分点", "播种进度", True, "up")] == _changes(
        "播种进度比去年同期快3.6个百分点。"
    )


def test_one_as_an_article_is_no_count_but_a_week_gained_is_a_span() -> None:
    assert [] == _changes("这是全镇变化的一个缩影。")
    assert [("一周", "提前完成", False, None)] == _changes("秋收比常年提前一周完成。")


def test_a_gap_above_or_below_a_yardstick_is_of_what_is_compared() -> None:
    assert [("1.5个百分点", "工业增速", True, "up"), ("0.6个百分点", "贷款利率", True, "down")] == (
        _changes("工业增速比全市平均水平高1.5个百分点，贷款利率较同类贷款低0.6个百分点。")
    )
    assert [("2万吨", "粮食产量", True, "up")] == _changes("今年粮食产量比去年多2万吨。")
    # a height is no gap
    assert [("15米", "塔高", False, None)] == _changes("这座塔高15米。")


def test_a_measure_cut_by_the_tagger_before_its_mark_of_level_is_whole() -> None:
    assert [("5.6亿元", "登记额", False, None)] == _changes("全县合同登记额达5.6亿元。")
    assert [("81%", "5G通达率（原）", False, None), ("100%", "5G通达率（后）", False, None)] == (
        _changes("全镇5G通达率由81%提高到100%。")
    )


def test_a_gap_said_with_le_and_stressed_is_still_a_gap() -> None:
    assert [
        ("6.2吨", "亩产", "6.2", "吨", None),
        ("1吨", "亩产", "1", "吨", None),
    ] == _rows("大棚平均亩产6.2吨，比改造前多了整整1吨！")
    assert [
        ("1.2万元", "人均收入", "12000", "元", None),
        ("3000元", "人均收入", "3000", "元", None),
    ] == _rows("人均收入1.2万元，比改造前多了3000元。")


def test_a_price_set_higher_or_lower_is_a_change_and_a_tenth_after_it_a_share() -> None:
    metrics, _ = extract_metrics("收购价上调约一成，运费同比下调5%。这套老办法一成不变。")
    assert [(m.surface, m.subject, m.value, m.is_change, m.direction) for m in metrics] == [
        ("约一成", "收购价", Decimal("10"), True, Direction.UP),
        ("5%", "运费", Decimal("5"), True, Direction.DOWN),
    ]


def test_the_currency_before_a_price_is_no_part_of_what_it_prices() -> None:
    metrics, _ = extract_metrics("鲜笋每斤批发价人民币6元。")
    assert [(m.surface, m.subject) for m in metrics] == [("6元", "鲜笋每斤批发价")]


def test_a_labelled_change_against_last_season() -> None:
    assert [
        ("28个", "受理窗口", False, None),
        ("4个", "受理窗口", True, "up"),
    ] == _changes("受理窗口：28个，比上季增加4个")


def test_a_change_against_last_week() -> None:
    assert [("12吨", "市场上市鲜枣", False, None), ("3吨", "市场上市鲜枣", True, "up")] == _changes(
        "本周市场上市鲜枣12吨，较上周增加3吨。"
    )


def test_a_box_lines_change_set_off_by_a_wide_space() -> None:
    assert [("2300户", "种植户", False, None), ("180户", "种植户", True, "up")] == _changes(
        "种植户：2300户　比去年新增180户"
    )
