"""What a figure measures, named from the words around it: sides, capacities, ways, people."""

from decimal import Decimal

import pytest

from govdb.ingest.normalise import normalise
from govdb.metrics.extract import extract_metrics
from govdb.metrics.vocabulary import Qualifier


def _subjects(text: str) -> list[tuple[str, str | None]]:
    metrics, _ = extract_metrics(normalise(text).text)
    return [(m.surface, m.subject) for m in metrics]


def test_each_side_of_a_thing_is_named_with_the_thing() -> None:
    assert [("60米", "渡槽长"), ("3.5米", "渡槽宽"), ("12米", "渡槽高")] == _subjects(
        "新修的渡槽长60米、宽3.5米、高12米。"
    )
    assert [("约9公里", "引水渠长"), ("约2米", "渠面宽")] == _subjects(
        "引水渠长约9公里，渠面宽约2米。"
    )


def test_a_verb_ending_in_a_side_is_no_side() -> None:
    assert [("4公里", "硬化村道"), ("1.5公里", "拓宽")] == _subjects(
        "去年硬化村道4公里，拓宽1.5公里。"
    )


def test_a_way_gone_or_made_is_named_by_its_verb() -> None:
    assert [("3公里", "绕行")] == _subjects("以前孩子上学要绕行3公里。")


def test_land_worked_and_a_share_kept_are_named_by_their_verbs() -> None:
    assert [("86亩", "拆旧复垦"), ("80亩", "指标")] == _subjects(
        "今年全乡拆旧复垦86亩，腾出指标80亩。"
    )
    assert [("30%", "乡级统筹")] == _subjects("收益按比例分配，乡级统筹30%，村里留用70%。")
    # a verb too short names land or a share no better than nothing (能收100亩, 留用70%)
    assert [] == _subjects("一台收割机一天能收100亩。")


def test_a_quantity_handled_in_a_day_or_a_year_keeps_the_day_and_the_verb() -> None:
    assert [("80吨", "日压榨甘蔗"), ("1.2万吨", "年加工饲料")] == _subjects(
        "糖厂日压榨甘蔗可达80吨，饲料厂年加工饲料1.2万吨。"
    )
    # a year's goods, with nothing done in the year, are only goods
    assert [("15吨", "年货")] == _subjects("卖出年货15吨。")


def test_storeys_are_counted() -> None:
    assert [("5层", "办公楼")] == _subjects("新建的办公楼共5层。")
    assert [] == _subjects("从3层面推进。")


def test_people_named_right_after_the_count_are_what_it_counts() -> None:
    assert [("40多户", "居民")] == _subjects("化解了40多户居民用水难的问题。")
    assert [("25户", "家庭")] == _subjects("为25户缺少劳力的家庭送去农机。")


def test_a_word_for_people_the_tagger_takes_for_a_name_is_counted() -> None:
    assert [("16名", "青壮年")] == _subjects("村里组织16名青壮年组成护林队。")


def test_a_length_after_a_place_alone_is_of_what_was_last_measured() -> None:
    from govdb.places.find import find_places

    text = "全区平均降雨量86毫米，召陵镇录得120毫米。"
    metrics, _ = extract_metrics(text, places=find_places(text))
    assert ["平均降雨量", "平均降雨量"] == [m.subject for m in metrics]


def test_a_breakdown_by_place_in_the_next_paragraph_measures_what_the_total_did() -> None:
    from govdb.places.find import find_places

    text = "今年全区新修改造农村公路96.5公里。\n分镇看，召陵镇完成31.2公里，老窝镇完成22公里。"
    metrics, _ = extract_metrics(text, places=find_places(text, home_code="411104"))
    assert ["农村公路", "农村公路", "农村公路"] == [m.subject for m in metrics]


def test_a_price_higher_by_an_amount_is_its_change() -> None:
    metrics, _ = extract_metrics("今年稻谷收购价每斤1.3元，比去年高出0.1元。")
    assert [("1.3元", "元", False), ("0.1元", "元", True)] == [
        (m.surface, m.unit, m.is_change) for m in metrics
    ]
    assert ["稻谷收购价（每斤）", "稻谷收购价（每斤）"] == [m.subject for m in metrics]


def test_give_or_take_is_about() -> None:
    metrics, _ = extract_metrics("全村年产干辣椒300吨上下，上下游企业12家。")
    assert [("300吨上下", "about"), ("12家", None)] == [(m.surface, m.qualifier) for m in metrics]


def test_a_table_with_full_width_bars_and_cells_worded_around_their_figures() -> None:
    text = (
        "各品种种植面积与收购价见下表：\n"
        "品种｜面积｜收购价\n"
        "早熟梨｜1.2万亩｜每斤2.6元\n"
        "晚熟梨｜8000亩左右｜每斤3.1元\n"
    )
    metrics, _ = extract_metrics(normalise(text).text)
    assert [
        ("早熟梨面积", "12000", "亩", None),
        ("早熟梨收购价（每斤）", "2.6", "元", None),
        ("晚熟梨面积", "8000", "亩", "about"),
        ("晚熟梨收购价（每斤）", "3.1", "元", None),
    ] == [(m.subject, str(m.value), m.unit, m.qualifier) for m in metrics]


def test_votes_classes_rounds_and_boxes_are_counted() -> None:
    assert [("25票", "赞成票")] == _subjects("表决时议案获得25票赞成。")
    assert [("120节", "开设兴趣班")] == _subjects("社区今年开设兴趣班120节。")
    assert [("6梯次", "研习课程")] == _subjects("农会开办研习课程6梯次。")
    assert [("3000盒", "茶叶礼盒")] == _subjects("合作社卖出茶叶礼盒3000盒。")
    assert [] == _subjects("倡导节约用水，今年3节约")  # 节约 is no counter


def test_how_long_a_work_took_is_measured() -> None:
    assert [("9个月", "工程历时")] == _subjects("老街改造工程历时9个月。")


def test_a_population_in_ten_thousands_counts_people() -> None:
    metrics, _ = extract_metrics("全区人口约38万，其中长者约6万人。")
    assert [("人口", "380000", "人"), ("长者", "60000", "人")] == [
        (m.subject, str(m.value), m.unit) for m in metrics
    ]


def test_a_data_boxs_label_set_apart_by_a_wide_space_names_its_figure() -> None:
    text = "乡村道路拓宽　86公里\n接待游客　约12万人次\n"
    assert [("86公里", "乡村道路拓宽"), ("约12万人次", "接待游客")] == _subjects(text)


def test_two_sessions_are_counted_and_a_second_phase_is_not() -> None:
    assert [("两期", "电商培训")] == _subjects("镇里今年办了两期电商培训。")
    assert [] == _subjects("园区二期工程开工。")


def test_prices_of_heat_gas_and_power_name_their_unit_and_subsidies_stay_in_yuan() -> None:
    metrics, _ = extract_metrics("供热价格仍是每平方米26元，气价每立方米2.8元，电价每度0.52元。")
    assert [("价格（每平方米）", "元"), ("气价（每立方米）", "元"), ("电价（每度）", "元")] == [
        (m.subject, m.unit) for m in metrics
    ]
    metrics, _ = extract_metrics("住户烧气每立方米补贴0.5元。")
    assert ["元"] == [m.unit for m in metrics]


def test_radiators_are_counted_in_sets() -> None:
    assert [("96组", "暖气片")] == _subjects("小区更换暖气片96组。")
    assert [] == _subjects("镇里派出3组织员。")  # 组织 is no counter


def test_a_speakers_label_is_no_measure_of_the_sentence_after_it() -> None:
    text = "副县长 王明：今年全县推广保护性耕作面积12万亩，比去年增加2万亩。"
    metrics, _ = extract_metrics(text)
    assert all("王明" not in (m.subject or "") for m in metrics)
    assert ["保护性耕作面积"] == [m.subject for m in metrics][:1]


def test_a_course_the_tagger_opens_with_a_name_is_counted() -> None:
    assert [("6场", "养蚕技术培训")] == _subjects("镇里组织了6场养蚕技术培训。")


def test_relief_figures_tents_rounds_teams_and_payouts() -> None:
    assert [("80顶", "帐篷"), ("200床", "棉被")] == _subjects("调运帐篷80顶、棉被200床。")
    assert [("3轮", "强降雨")] == _subjects("入汛以来先后遭遇3轮强降雨。")
    assert ("4支", "抢险队") == _subjects("镇里组织抢险队4支共90人。")[0]
    assert [("38万元", "赔付")] == _subjects("保险公司已赔付38万元。")
    assert [] == _subjects("村民开着三轮车轮流值守。")  # a tricycle, and 轮流 is no counter


def test_a_villages_groups_by_number_are_no_count() -> None:
    assert [("12.5亩", "土地")] == _subjects("征收东岭村1组、3组土地12.5亩。")


def test_a_subsidy_per_cubic_metre_is_in_yuan_and_phases_are_no_count() -> None:
    metrics, _ = extract_metrics("烘房建设按每立方米150元发放奖补，工程分两期推进。")
    assert [("150元", "元")] == [(m.surface, m.unit) for m in metrics]


def test_common_words_jieba_tags_as_names_or_verbs_are_counted() -> None:
    assert [("三家", "超市")] == _subjects("村里与县城的三家超市签了供货协议。")
    assert [("2.1元", "玉米收购价（每公斤）")] == _subjects("今年玉米收购价每公斤2.1元。")


def test_what_has_been_held_so_many_times_is_named_before_the_verb() -> None:
    assert [("6期", "竹编技能培训班")] == _subjects("竹编技能培训班已举办6期。")


def test_a_qualifier_the_tagger_glues_to_the_word_before_stays_a_qualifier() -> None:
    # jieba guesses 网约 and 区约, words of no dictionary, from the characters around 约
    metrics, _ = extract_metrics("光伏电站今年新增并网约30万千瓦。村北现有塌陷区约800亩。")
    assert [("约30万千瓦", "并网", "about"), ("约800亩", "塌陷区", "about")] == [
        (m.surface, m.subject, m.qualifier) for m in metrics
    ]
    # a word that does end in the qualifier's character keeps it
    assert [("30%", "节约")] == _subjects("改造后节约30%。")


def test_energy_in_coal_equivalent_and_storage_in_two_units() -> None:
    metrics, _ = extract_metrics("全年节能1.6万吨标准煤。储能电站规模为20兆瓦/80兆瓦时。")
    assert [
        ("1.6万吨标准煤", "节能", "吨标准煤"),
        ("20兆瓦", "储能电站规模", "兆瓦"),
        ("80兆瓦时", "储能电站规模", "兆瓦时"),
    ] == [(m.surface, m.subject, m.unit) for m in metrics]


def test_one_group_counted_in_households_and_people_is_one_subject() -> None:
    assert [("340户", "移民"), ("1260人", "移民")] == _subjects("镇里安置移民340户1260人。")
    assert [("2支", "巡逻队"), ("26人", "巡逻队")] == _subjects("组建巡逻队2支共26人。")


def test_each_item_of_a_list_is_named_by_its_whole_label_verb_or_noun() -> None:
    text = "今年共查处违法行为3600起，其中闯红灯420起、电动车不戴头盔1900起、超员载客85起。"
    assert [
        ("3600起", "违法行为"),
        ("420起", "闯红灯"),
        ("1900起", "电动车不戴头盔"),
        ("85起", "超员载客"),
    ] == _subjects(text)


def test_a_unit_ends_the_word_the_tagger_runs_past_it() -> None:
    # jieba tags 多种文 and 户中 as words across the figure's unit
    assert [("20多种", "文创产品")] == _subjects("她设计了香囊、书签等20多种文创产品。")
    assert ("412户", "全村户数") == _subjects("全村412户中有脱贫户53户。")[0]


def test_the_nouns_after_a_count_may_be_a_list() -> None:
    assert [("150名", "高龄、失能老人")] == _subjects("社区为150名高龄、失能老人建立档案。")
    # a list of places each with its figure is no list of what is counted
    assert [("18个", "村"), ("11个", "村")] == _subjects("城关镇18个村、新城镇11个村。")


def test_land_before_its_area_is_what_is_measured_when_a_verb_follows() -> None:
    assert [("900亩", "荒坡地")] == _subjects("合作社流转荒坡地900亩种植花椒。")
    # money is named by its use
    assert [("300万元", "用于修缮村道")] == _subjects("镇里安排300万元用于修缮村道。")


def test_species_then_individuals_count_one_group() -> None:
    assert [("96种", "水鸟"), ("约2.1万只", "水鸟")] == _subjects("监测到越冬水鸟96种、约2.1万只。")


def test_those_counted_are_named_by_what_was_done_to_them() -> None:
    assert [("312户", "全村户数"), ("251户", "评为文明户")] == _subjects(
        "全村312户中有251户被评为文明户。"
    )
    # a time phrase the tagger takes for an idiom names nothing
    assert [("17户", "取消资格")] == _subjects("今年以来已有17户被取消资格。")


def test_a_share_right_after_a_figure_is_a_share_of_what_it_counted() -> None:
    assert ("62.5%", "物业投诉占比") == _subjects(
        "全年受理投诉8000件，其中物业投诉5000件，占62.5%。"
    )[-1]


def test_containers_are_counted_in_standard_boxes() -> None:
    metrics, _ = extract_metrics("港口集装箱吞吐量达3.6万标箱。")
    assert [("3.6万标箱", "标箱", 36000)] == [(m.surface, m.unit, m.value) for m in metrics]


def test_a_word_the_dictionary_hardly_uses_gives_back_its_qualifier() -> None:
    # jieba lists 全长约 (and 费约), used a handful of times
    metrics, _ = extract_metrics("新修的步道全长约820米。")
    assert [("约820米", "about")] == [(m.surface, m.qualifier) for m in metrics]
    # a rare word whose 约 is its own, not a qualifier's
    assert [("6份", "村规民约")] == _subjects("镇里修订村规民约6份。")


def test_a_part_after_qizhong_is_named_by_its_own_words() -> None:
    assert [("3200亩", "农田"), ("800亩", "重灾")] == _subjects(
        "全镇受灾农田3200亩，其中重灾800亩。"
    )


def _values(text: str) -> list[tuple[str, str | None, str, str | None]]:
    metrics, _ = extract_metrics(normalise(text).text)
    return [(m.surface, m.subject, str(m.value), m.unit) for m in metrics]


def test_kuai_where_money_is_spoken_of_is_yuan_and_counts_pieces_elsewhere() -> None:
    assert [("两万块左右", "收入", "20000", "元")] == _values("去年他打零工的收入是两万块左右。")
    assert [("4块", "钢板切成", "4", "块"), ("3块", "屏幕", "3", "块")] == _values(
        "工人把钢板切成4块，装了3块屏幕。"
    )


def test_a_ratio_named_by_a_noun_in_bi_is_counted_in_times() -> None:
    assert [
        ("1.85", "两地居民人均收入比", "1.85", "倍"),
        ("0.04", "两地居民人均收入比", "0.04", "倍"),
    ] == _values("两地居民人均收入比为1.85，比上年缩小0.04。")
    assert [
        ("2.3", "两地人均收入比（原）", "2.3", "倍"),
        ("1.9", "两地人均收入比（后）", "1.9", "倍"),
    ] == (_values("两地人均收入比由2.3降至1.9。"))
    # 比 comparing with last year is the preposition: no ratio, and the bare figure no figure
    assert [] == _values("今年收入比去年多5.2。")


def test_loans_of_books_lengths_along_a_run_and_meals_served() -> None:
    assert [("3.1万册次", "借阅图书", "31000", "册次")] == _values("借阅图书3.1万册次。")
    assert [("320延米", "桥梁总长", "320", "延米")] == _values("新建桥梁总长320延米。")
    assert [
        ("约3200客", "食堂日均供餐", "3200", "客"),
        ("2万人次", "吸引客流", "20000", "人次"),
    ] == (_values("食堂日均供餐约3200客，吸引客流2万人次。"))


def test_aims_and_holdings_link_a_measure_to_its_figure() -> None:
    assert [("80亿元", "茶叶产业产值", "8000000000", "元")] == _values(
        "到2030年茶叶产业产值要达到80亿元。"
    )
    assert [("3.6万亩", "果园面积", "36000", "亩")] == _values("全镇果园面积已有3.6万亩。")


def test_young_people_counted_in_ge_are_no_years() -> None:
    assert [("30多个", "年轻人", "30", "个")] == _values("村里有30多个年轻人回乡创业。")


def test_animals_each_time_and_stretches_are_counted() -> None:
    assert [("35只次", "救助野生动物", "35", "只次"), ("6段", "整治河道", "6", "段")] == _values(
        "全年救助野生动物35只次，整治河道6段。"
    )


def test_a_part_of_the_people_named_before_is_named_by_what_it_does() -> None:
    assert [("12户", "投亲靠友", "12", "户")] == _values("安置群众中已有12户投亲靠友。")
    assert [("860户", "困难户", "860", "户")] == _values("帮助困难户860户实现增收。")


def test_visits_to_firms_vehicles_counted_each_time_and_transformer_capacity() -> None:
    assert [
        ("860家次", "检查企业", "860", "家次"),
        ("3.2万辆次", "收费站车流量", "32000", "辆次"),
    ] == (_values("全年检查企业860家次，收费站车流量3.2万辆次。"))
    assert [("2.8千伏安", "容量", "2.8", "千伏安")] == _values("全村户均配变容量达到2.8千伏安。")


def test_a_list_closed_by_deng_before_a_bare_count_is_what_it_counts() -> None:
    assert [("120批次", "抽检米面、食用油、调味品", "120", "批次")] == _values(
        "共抽检米面、食用油、调味品等120批次。"
    )
    # a noun after the count names it itself
    assert [("6个", "村", "6", "个")] == _values("在东坡村、西岭村等6个村建起光伏电站。")


def test_households_before_the_people_counted_with_them_are_those_people() -> None:
    assert [("45户", "村民"), ("160名", "村民")] == [
        (m.surface, m.subject) for m in extract_metrics("为沿线45户160名村民修通便道。")[0]
    ]


def test_having_after_a_count_says_nothing_the_counted_do() -> None:
    assert [("58户", "重建"), ("51户", "入住新房")] == [
        (m.surface, m.subject) for m in extract_metrics("全镇需重建的58户已有51户入住新房。")[0]
    ]


def test_kilowatt_hours_where_electricity_is_spoken_of_and_what_each_one_takes() -> None:
    assert [("约180度", "烘干1吨茶叶耗电", "180", "度")] == _values("每烘干1吨茶叶耗电约180度。")
    assert [("150万度", "发电", "1500000", "度")] == _values("全年发电150万度。")
    assert [] == _values("气温高达37度。")


def test_a_creature_counted_where_it_was_found_is_the_sentences_topic() -> None:
    assert [("86只", "白鹭"), ("12只", "白鹭")] == [
        (m.surface, m.subject)
        for m in extract_metrics("白鹭在东湖湿地记录到86只，比去年多了12只。")[0]
    ]
    assert [("2300余只", "藏羚羊数量")] == [
        (m.surface, m.subject) for m in extract_metrics("藏羚羊在保护区境内的数量已达2300余只。")[0]
    ]
    # a scope before 在 is no topic
    assert [("296项", "整改")] == [
        (m.surface, m.subject) for m in extract_metrics("全县在本月已整改296项。")[0]
    ]


def test_the_time_a_thing_took_is_named_by_its_steps_or_what_was_done() -> None:
    assert [("18天", "从报修到修好用时")] == _subjects(
        "楼栋用公共收益修缮了外墙，从报修到修好只用了18天。"
    )
    assert [("24小时", "从采摘到顾客手中用时")] == _subjects("柑橘从采摘到顾客手中最快只需24小时。")
    assert [("1天", "办理营业执照用时")] == _subjects("办理营业执照仅需1天。")
    assert [("3小时", "派单处置用时")] == _subjects("发现问题平均3小时内派单处置。")
    assert [("8小时", "全部恢复供电用时")] == _subjects("暴雨过后8小时内全部恢复供电。")


def test_a_time_limit_set_or_a_plans_span_is_no_time_taken() -> None:
    assert [] == _subjects("材料齐备的7个工作日内办结审批。")
    assert [("50%以上", "问题")] == _subjects("力争三年内违建问题下降50%以上。")


def test_doses_given_to_animals_and_models_of_a_product_are_counted() -> None:
    metrics, _ = extract_metrics(
        normalise("秋季免疫生猪8.6万头次、禽类320万羽次，全县免疫牲畜150余万头只。").text
    )
    assert [("头次", 86000), ("羽次", 3200000), ("头只", 1500000)] == [
        (m.unit, m.value) for m in metrics
    ]
    assert [("28款", "网销产品")] == _subjects("今年新开发网销产品28款。")


def test_the_level_reached_after_a_rise_in_points_is_of_the_measure_that_rose() -> None:
    assert [("1.2个百分点", "森林覆盖率"), ("62.5%", "森林覆盖率")] == _subjects(
        "全县森林覆盖率比上年提高1.2个百分点，达到62.5%。"
    )
    # the tagger fuses 率 to the yardstick's 较: the measure keeps it
    assert [("9个百分点", "水费收缴率"), ("81%", "水费收缴率")] == _subjects(
        "村里水费收缴率较上年提高9个百分点，达到81%。"
    )


def test_how_a_rating_was_taken_stands_between_it_and_its_figure() -> None:
    assert [("95.2%", "景区游客满意度")] == _subjects("景区游客满意度测评达到95.2%。")


def test_money_lent_or_paid_out_is_named_by_its_verb() -> None:
    assert [("3.2亿元", "投放"), ("2100户", "农户")] == _subjects(
        "“惠农贷”累计投放3.2亿元，支持农户2100户。"
    )
    assert [("2400万元", "发放")] == _subjects("今年已发放2400万元。")


def test_households_and_people_a_place_governs_are_its_own() -> None:
    assert [("9个", "村民小组"), ("418户", "户数"), ("1620人", "人口")] == _subjects(
        "芝麻村位于青石镇北部，辖9个村民小组、418户1620人。"
    )


def test_a_trace_printed_after_its_volume_is_a_concentration() -> None:
    metrics, _ = extract_metrics(normalise("全县细颗粒物浓度为每立方米35微克。").text)
    assert [("35微克", 35, "微克/立方米")] == [(m.surface, m.value, m.unit) for m in metrics]


def test_a_budgets_transfers_and_allocations_are_its_measures() -> None:
    assert [("4.2亿元", "民生支出预算安排")] == _subjects("明年民生支出预算安排4.2亿元。")
    assert [("18.5亿元", "上级转移支付")] == _subjects("上级转移支付到位18.5亿元。")


def test_a_funds_amount_is_named_by_the_fund_before_what_it_pays_for() -> None:
    assert [("1.2亿元", "专项债券")] == _subjects("项目使用专项债券1.2亿元建设水厂。")


def test_a_total_as_a_share_of_its_budget_and_its_change_in_percent() -> None:
    assert [
        ("9.3亿元", "税收"),
        ("98.6%", "税收占预算比重"),
        ("4.1%", "税收"),
    ] == _subjects("全县税收完成9.3亿元，为预算的98.6%，同比增长4.1%。")


def test_the_ranked_first_or_last_few_are_no_count() -> None:
    metrics, skipped = extract_metrics("得分最高的前三名依次为甲乡、乙乡；后三名分别是丙镇、丁镇。")
    assert [] == list(metrics)
    assert [("三", "ordinal"), ("三", "ordinal")] == [(s.surface, s.reason) for s in skipped]


def test_how_near_an_amount_is_may_be_said_before_its_currency() -> None:
    metrics, _ = extract_metrics("今年门票收入约新台币1,200万元。")
    assert [("新台币元", 12000000, "about")] == [(m.unit, m.value, m.qualifier) for m in metrics]


def test_a_wait_and_a_gain_of_time_are_named() -> None:
    assert [("约9个月", "等候时间")] == _subjects("入住养老院平均需等候约9个月。")
    assert [("3个月", "提早完工")] == _subjects("大桥较原计划提早3个月完工。")


def test_lengths_and_stalls_as_taiwan_prints_them() -> None:
    assert [("约600公尺", "步道"), ("超过180摊", "夜市摊商")] == _subjects(
        "新修步道约600公尺，夜市摊商超过180摊。"
    )


def test_a_rates_last_character_fused_to_near_stays_in_it() -> None:
    assert [("19处", "整改"), ("约83%", "整改率")] == _subjects("已整改19处，整改率约83%。")


def test_time_taken_after_only_used() -> None:
    assert [("45天", "法律援助案件用时")] == _subjects("法律援助案件仅用45天办结。")


def test_a_flood_standards_return_period_is_its_unit() -> None:
    metrics, _ = extract_metrics(normalise("河堤防洪标准从10年一遇提高到30年一遇。").text)
    assert [(10, "年一遇"), (30, "年一遇")] == [(m.value, m.unit) for m in metrics]


def test_a_months_figure_is_of_the_measure_the_sentence_follows() -> None:
    assert [("19.6亿千瓦时", "风电发电量"), ("18.3亿千瓦时", "风电发电量")] == _subjects(
        "全县风电发电量逐月回落，8月为19.6亿千瓦时，9月为18.3亿千瓦时。"
    )


def test_people_counted_alone_are_those_named_before_in_the_sentence() -> None:
    assert [("86名", "村级调解员")] == _subjects("村级调解员队伍逐年壮大，目前共86名。")


def test_hours_after_a_bound_or_as_people_say_them_are_no_count() -> None:
    text = normalise("网店开播不到两个小时就售出800多单，过去每天仅供两个钟头的电。").text
    metrics, skipped = extract_metrics(text)
    assert [] == [m.surface for m in metrics if m.unit == "个"]
    assert {"不到两个小时", "两个钟头"} <= {s.surface for s in skipped}


def test_a_rates_last_character_fused_to_the_mark_before_its_figure_stays_in_it() -> None:
    assert [("约为91.2%", "办结率")] == _subjects("群众诉求办结率约为91.2%。")
    assert [("100%", "重大隐患整改率")] == _subjects("重大隐患整改率须达到100%。")


def test_a_signed_share_after_a_figure_on_its_line_is_its_change() -> None:
    text = normalise("主要数据：\n公开文件 4200条 +8.6%\n政策解读 97篇 -2.1%\n").text
    metrics, _ = extract_metrics(text)
    assert [("8.6%", True, "up"), ("2.1%", True, "down")] == [
        (m.surface, m.is_change, m.direction) for m in metrics if m.unit == "%"
    ]


def test_a_count_held_level_is_named_before_the_word_that_says_so() -> None:
    assert [("11场", "新闻发布会")] == _subjects("新闻发布会 11场 持平")


def test_a_months_figure_after_its_verb_and_sheep_units() -> None:
    assert [("58.2万件", "快递业务量"), ("90.3万件", "快递业务量")] == _subjects(
        "全县快递业务量逐月攀升，2月回落至58.2万件，10月完成90.3万件。"
    )
    metrics, _ = extract_metrics(normalise("全年核减超载牲畜2.4万羊单位。").text)
    assert [("羊单位", 24000)] == [(m.unit, m.value) for m in metrics]


def test_votes_each_way_and_people_or_visits_in_ten_thousands() -> None:
    assert [("9票", "赞成票"), ("3票", "反对票"), ("1票", "弃权票")] == _subjects(
        "动议以9票赞成、3票反对、1票弃权获得通过。"
    )
    metrics, _ = extract_metrics(normalise("夜市参与人次达3.4万，全镇居民约6万。").text)
    assert [("人次", 34000), ("人", 60000)] == [(m.unit, m.value) for m in metrics]


def test_places_counted_in_words_where_the_clause_ends_on_them() -> None:
    assert [("四处", "取水点")] == _subjects("全乡设置应急取水点四处。")
    metrics, skipped = extract_metrics("他四处奔走，由督查三处负责。")
    assert [] == list(metrics)
    assert [("四", "name"), ("三", "name")] == [(s.surface, s.reason) for s in skipped]


def test_work_reported_done_within_a_time_took_that_time() -> None:
    assert [("24小时", "完成抢修用时")] == _subjects("接到报修后，维修队24小时内完成抢修。")
    assert [("15日", "履行完毕用时")] == _subjects("被告在15日内履行完毕。")
    # a rule's limit or a plan's is not what the work took
    assert [] == _subjects("按规定，须在5天内完成审核。")
    assert [] == _subjects("力争3天内完成清运。")


def test_a_day_of_the_month_and_a_days_amount_are_no_span_of_days() -> None:
    assert [("280人", "参会")] == _subjects("会议于3日召开，参会280人。")
    metrics, _ = extract_metrics(normalise("日均分出可回收物2.4吨/日。").text)
    assert [("吨", "2.4")] == [(m.unit, str(m.value)) for m in metrics]


def test_tables_of_a_banquet_mine_visits_class_periods_and_skewers_are_counted() -> None:
    metrics, _ = extract_metrics(
        normalise("婚宴平均桌数由30桌降至18桌，检查非煤矿山57矿次，培训36课时，卖出600串。").text
    )
    assert [("桌", 30), ("桌", 18), ("矿次", 57), ("课时", 36), ("串", 600)] == [
        (m.unit, m.value) for m in metrics
    ]
    assert [("20套", "桌椅")] == _subjects("会议室配有桌椅20套。")


def test_a_bar_printed_before_the_class_it_names_is_no_amount() -> None:
    assert [("3个", "项目"), ("45亿元", "总投资")] == _subjects(
        "今年引进10亿元以上项目3个，总投资45亿元。"
    )
    # people at least so many are counted (3万名以上劳动力)
    assert [("3万名以上", "劳动力")] == _subjects("预计带动3万名以上劳动力就近务工。")
    # a bar after its measure is the amount, at least so much
    assert [("5亿元以上", "项目总投资")] == _subjects("项目总投资达5亿元以上。")


def test_pupils_of_a_grade_are_counted_with_their_grade() -> None:
    assert [("1260名", "一年级新生")] == _subjects("今年秋季招收一年级新生1260名。")


def test_people_counted_after_a_description_are_the_people() -> None:
    assert [("7名", "老干部")] == _subjects("调解组由7名威望很高的老干部组成。")
    assert [("12名", "技术员")] == _subjects("镇里选派12名经验丰富的技术员驻村。")
    assert [("300户", "村民")] == _subjects("解决300户村民吃水难的问题。")
    # units counted before whose people: the count is of the units
    assert [("4个", "车间")] == _subjects("首批4个车间的工人次日复工。")


def test_money_claimed_or_withdrawn_is_named_by_its_verb() -> None:
    assert [("3.6亿元", "报销")] == _subjects("全年医保报销3.6亿元。")
    assert [("约8600万元", "提取")] == _subjects("离退休提取约8600万元。")


def test_a_level_said_to_be_low_is_the_measures() -> None:
    assert [("76%", "办结率")] == _subjects("目前办结率只有76%。")


def test_the_average_time_a_thing_took_before_its_verb() -> None:
    assert [("2.1天", "办结用时")] == _subjects("工单平均2.1天办结。")
    assert [] == _subjects("平均3天一次。")  # how often, not how long


def test_tobacco_in_dan_and_a_kind_abbreviated_are_counted() -> None:
    assert [("约4.2万担", "烟叶")] == _subjects("已收购烟叶约4.2万担。")
    assert [("3名", "干部")] == _subjects("3名干部担任网格员。")
    assert [("176件", "社保类")] == _subjects("劳动社保类176件。")


def test_per_mille_rates_millilitres_and_milliseconds_are_measured() -> None:
    metrics, _ = extract_metrics(
        normalise("献血率达到8.6‰，比去年提高1.1个千分点。采血量约6.3万毫升，网络时延12毫秒。").text
    )
    assert [("‰", "8.6"), ("千分点", "1.1"), ("毫升", "63000"), ("毫秒", "12")] == [
        (m.unit, str(m.value)) for m in metrics
    ]


def test_doses_cages_rounds_and_calendar_days_are_units() -> None:
    metrics, _ = extract_metrics(
        normalise(
            "今年已接种流脑疫苗3120剂次，县里又分到疫苗800剂。合同工期150日历天。"
            "养殖户共放养2600笼扇贝。保洁员每天清扫三遍。"
        ).text
    )
    assert [
        ("3120剂次", "剂次"),
        ("800剂", "剂"),
        ("150日历天", "日历天"),  # no day of a month
        ("2600笼", "笼"),
        ("三遍", "遍"),
    ] == [(m.surface, m.unit) for m in metrics]
    assert [] == _subjects("剂量减半，笼罩全城，遍布各村。")


def test_a_span_of_time_named_for_what_it_is_of() -> None:
    assert [("24个月", "厂区建设期")] == _subjects("厂区建设期24个月。")
    assert [] == _subjects("去年同期为5个月。")  # 同期 says when


def test_time_gained_is_named_by_what_it_is_compared_with() -> None:
    assert [("15天", "比计划工期提前")] == _subjects("比计划工期提前15天。")
    assert [("一个月", "比预定工期提前")] == _subjects("比预定工期提前一个月。")


def test_a_labelled_total_over_the_part_it_holds() -> None:
    assert [("860万元", "总投资"), ("300万元", "省级资金")] == _subjects(
        "总投资：860万元，其中争取省级资金300万元。"
    )


def test_a_clauses_number_opening_its_line_is_no_count() -> None:
    assert [("420万元", "本项目最高限价")] == _subjects("3.2本项目最高限价：420万元。")
    assert [("2.3万人", "参加")] == _subjects("2.3万人参加。")


def test_a_bare_link_clause_goes_on_about_the_measure_before_it() -> None:
    assert ("86万元", "村办企业产值") in _subjects("该村的村办企业产值名列全乡第一，达到86万元。")


def test_a_noun_the_tagger_fuses_to_the_sum_after_it() -> None:
    assert [("40户", "残疾户")] == _subjects("困难户和残疾户共40户。")


def test_a_lists_figures_share_the_noun_after_its_last() -> None:
    assert [("20万元", "奖励资金"), ("10万元", "奖励资金")] == _subjects(
        "前两名分别获得20万元、10万元奖励资金。"
    )


def test_a_month_compared_with_names_nothing_counted() -> None:
    assert [("96件", "受理投诉"), ("12件", "受理投诉")] == _subjects(
        "受理投诉96件，较8月份减少12件。"
    )


def test_a_verbal_noun_and_its_verb_name_what_was_done() -> None:
    assert [("约800平方米", "违章搭建")] == _subjects("拆除违章搭建约800平方米。")
    assert [("320个", "抽查户")] == _subjects("共抽查户（家庭）320个。")


def test_an_adjective_before_a_rates_last_character_is_part_of_the_measure() -> None:
    assert ("93%", "古树健康率（后）") in _subjects("古树健康率由去年的88%提升至93%。")


def test_a_labelled_total_is_no_speakers_sentence() -> None:
    # 某某：今年… is a speaker's sentence, not a label and its figure
    assert ("56件", "王丽华") not in _subjects("王丽华：今年收到咨询56件，其中涉及社保的21件。")


def test_a_deadline_set_is_no_span_measured() -> None:
    assert [] == [s for s in _subjects("其余问题责令限期10日内整改到位。") if s[0] == "10日"]


def test_votes_each_way_said_before_the_votes() -> None:
    assert [("26票", "同意票"), ("1票", "反对票"), ("2票", "弃权票")] == _subjects(
        "表决结果：同意26票，反对1票，弃权2票。"
    )


def test_a_budget_and_a_grant_are_amounts_and_a_total_word_links_them() -> None:
    assert [("约6亿港元", "预算")] == _subjects("预算合共约6亿港元。")
    assert [("300万元", "财政拨款")] == _subjects("县财政拨款300万元用于道路维修。")


def test_volumes_pages_characters_and_wind_force_are_counted_after_figures() -> None:
    metrics, _ = extract_metrics(
        normalise("县档案馆馆藏档案约9.6万卷，修复档案2.1万页。县志全书约120万字。东风4级。").text
    )
    assert [("约9.6万卷", "卷"), ("2.1万页", "页"), ("约120万字", "字"), ("4级", "级")] == [
        (m.surface, m.unit) for m in metrics
    ]
    assert [] == _subjects("国家一级保护动物，八字方针，卷入其中，页面整洁。")


def test_a_stocks_turnover_period_is_measured() -> None:
    assert [("9.4个月", "住宅去化周期")] == _subjects("今年住宅去化周期缩短到9.4个月。")
    assert [("3个月", "检修周期")] == _subjects("设备检修周期为3个月。")


def test_people_counted_right_after_households_are_their_population() -> None:
    assert [("420户", "农牧户"), ("1860人", "农牧人口")] == _subjects("全村有农牧户420户、1860人。")
    assert [("3.2万户", "户籍人口"), ("11.6万人", "户籍人口")] == _subjects(
        "全县户籍人口3.2万户、11.6万人。"
    )
    # not people of another clause
    assert ("12人", "残疾人") in _subjects("帮扶困难户46户，其中残疾人12人。")


def test_a_height_above_the_sea_is_measured() -> None:
    assert [("1200米左右", "海拔")] == _subjects("果园分布在海拔1200米左右的山坡上。")


def test_a_labelled_amount_with_its_capital_numerals_in_brackets() -> None:
    assert [("586.5万元", "中标金额")] == _subjects(
        "四、中标金额：586.5万元（大写：伍佰捌拾陆万伍仟元整）"
    )


def test_inner_mongolias_villages_and_townships_are_counted() -> None:
    assert [("7个", "嘎查")] == _subjects("苏木所辖7个嘎查的草场都已确权。")
    assert [("3个", "苏木")] == _subjects("全旗3个苏木完成草场确权。")


def test_the_votes_a_project_ranks_by() -> None:
    assert [("186票", "得票")] == _subjects("农村供水工程以186票居首。")


def test_two_figures_joined_by_an_arrow_are_the_level_left_and_reached() -> None:
    assert [("30分钟", "办事等候时间（原）"), ("10分钟", "办事等候时间（后）")] == _subjects(
        "办事等候时间30分钟→10分钟。"
    )
    assert [("5天", "退税办理时间（原）"), ("2天", "退税办理时间（后）")] == _subjects(
        "5天→2天\n退税办理时间\n"
    )


def test_a_party_counted_with_yixing_is_named_before_it_not_by_where_it_went() -> None:
    assert [("5人", "省督导组")] == _subjects("昨天，省督导组一行5人到潭头镇检查秸秆禁烧工作。")
    assert [("18人", "春泥支教队")] == _subjects("我院“春泥”支教队一行18人抵达赤土店镇中心小学。")


def test_a_labelled_figure_restated_in_brackets_shares_the_label() -> None:
    assert [("0.95元/斤", "特级"), ("1900元/吨", "特级")] == _subjects(
        "特级：0.95元/斤（1900元/吨）"
    )


def test_a_whole_units_divisions_are_counted_whatever_follows_them() -> None:
    assert [("26个", "村")] == _subjects("全乡26个村均建起了议事厅。")
    assert [("11个", "村")] == _subjects("暴雪过后，全镇11个村群众出行顺畅。")
    # …or what they do
    assert [("7个", "村")] == _subjects("学校面向全镇7个村招生。")
    # a thing of each division is what is counted
    assert [("9个", "村卫生室")] == _subjects("全乡9个村卫生室完成提档升级。")


def test_an_infographics_line_reads_its_figure_and_the_arrow_after_it() -> None:
    assert [("3.6亿元", "旅游收入"), ("8.2%", "旅游收入")] == _subjects("旅游收入　3.6亿元　↑8.2%")
    assert [("12.5%", "民宿入住率")] == _subjects("民宿入住率 ↑12.5%")
    assert [("15天", "审批用时（原）"), ("6天", "审批用时（后）")] == _subjects(
        "审批用时　15天→6天"
    )


def test_blood_pressure_and_blood_sugar_keep_their_units() -> None:
    metrics, _ = extract_metrics(normalise("收缩压：148毫米汞柱　空腹血糖：7.2毫摩尔每升").text)
    assert [(m.subject, str(m.value), m.unit, m.kind) for m in metrics] == [
        ("收缩压", "148", "毫米汞柱", "pressure"),
        ("空腹血糖", "7.2", "毫摩尔每升", "rate"),
    ]


def test_each_field_of_a_line_names_its_own_figure() -> None:
    assert [("172厘米", "身高"), ("65公斤", "体重")] == _subjects("身高：172厘米，体重：65公斤。")
    # a form's fields set apart by a wide space, which normalising takes out
    assert [("42万立方米", "总库容"), ("9.5米", "坝高")] == _subjects(
        "总库容：42万立方米　坝高：9.5米"
    )
    # a change after a comma still measures the label before it
    assert [("3.74亿元", "营业额"), ("5%", "营业额")] == _subjects("营业额：3.74亿元，环比增长5%。")


def test_watts_and_posts_are_units_after_a_figure_only() -> None:
    assert [("480基", "新装灯杆"), ("80瓦", "单灯功率")] == _subjects(
        "今年新装灯杆480基，单灯功率80瓦。"
    )
    # 基地 and 瓦房 are words of their own
    assert [("12间", "瓦房")] == _subjects("全村新建3基地，翻修瓦房12间。")


def test_colonies_and_donations_are_counted_after_a_figure_only() -> None:
    assert [("约2.3万群", "中蜂"), ("86人份", "献血")] == _subjects(
        "全乡饲养中蜂约2.3万群，当天献血86人份。"
    )
    # in words, 一群 is a crowd; and 群众 is a word of its own
    assert [] == _subjects("一群学生在操场上跑步。")
    assert [("5名", "群众代表")] == _subjects("会上共有5名群众代表发言。")


def test_money_a_clause_ends_on_is_named_by_the_verb_that_moves_it() -> None:
    assert [("3.6万元", "冻结")] == _subjects("警方当即冻结3.6万元，")
    assert [("7000余元", "被骗走")] == _subjects("老人被骗走7000余元。")
    # money that may be moved, a fine's cap, is no figure of what happened
    assert [] == _subjects("乱砍树木的，最高可罚2000元。")


def test_a_surveys_options_name_their_shares() -> None:
    assert [("31.6%", "经常参加"), ("52.3%", "偶尔参加")] == _subjects(
        "A．经常参加　31.6%\nB．偶尔参加　52.3%\n"
    )
    # several to a line
    assert [("64.1%", "满意"), ("28.5%", "基本满意"), ("7.4%", "不满意")] == _subjects(
        "A．满意　64.1%　B．基本满意　28.5%　C．不满意　7.4%\n"
    )


def test_a_lines_label_names_its_first_figure_whatever_follows() -> None:
    assert [("18项", "完工工程"), ("约75%", "完工率")] == _subjects("完工工程：18项，完工率约75%")
    assert [("9场", "说明会"), ("约300人", "出席")] == _subjects("说明会：共举办9场，出席约300人")


def test_spending_names_the_sum_after_it() -> None:
    assert [("约860万元", "工程总开支")] == _subjects("工程总开支约860万元。")


def test_a_sums_label_names_money_but_no_count() -> None:
    assert [("1260.5万元", "合计"), ("32万元", "预算节约")] == _subjects(
        "合计：1260.5万元，较预算节约32万元。"
    )
    assert [("23.5万元", "补助资金")] == _subjects("合计：9户26人，补助资金23.5万元。")


def test_stems_passes_over_land_and_money_sent_home_are_measured() -> None:
    assert [("86万枝", "产鲜切花")] == _subjects("基地今年产鲜切花86万枝。")
    assert [] == _subjects("剪下3枝条扦插。")  # 枝条: cuttings, no count of stems
    assert [("1.5万亩次", "机收作业")] == _subjects("合作社完成机收作业1.5万亩次。")
    assert [("3000多元", "汇回")] == _subjects("她每月给家里汇回3000多元。")


def test_a_board_priced_per_weight_in_its_column_reads_as_sentences_do() -> None:
    text = "品名｜批发价（元/公斤）｜涨跌\n青椒｜6.40｜↑0.20\n莲藕｜4.80｜↓0.30\n冬瓜｜1.60｜—\n"
    metrics, _ = extract_metrics(normalise(text).text)
    assert [
        ("青椒批发价（每公斤）", "6.4", "元", False, None),
        ("青椒涨跌（每公斤）", "0.2", "元", True, "up"),
        ("莲藕批发价（每公斤）", "4.8", "元", False, None),
        ("莲藕涨跌（每公斤）", "0.3", "元", True, "down"),
        ("冬瓜批发价（每公斤）", "1.6", "元", False, None),
    ] == [(m.subject, str(m.value), m.unit, m.is_change, m.direction) for m in metrics]


def test_a_barred_table_may_count_each_row_in_its_own_unit() -> None:
    text = (
        "放流计划如下：\n"
        "鱼种｜投放水域｜数量\n"
        "草鱼｜东湖库区｜12万尾\n"
        "蟹苗｜西湾近岸｜约300公斤\n"
        "河蚌｜南岔河段｜6000只\n"
    )
    metrics, _ = extract_metrics(normalise(text).text)
    assert [
        ("草鱼数量", "120000", "尾", None),
        ("蟹苗数量", "300", "公斤", "about"),
        ("河蚌数量", "6000", "只", None),
    ] == [(m.subject, str(m.value), m.unit, m.qualifier) for m in metrics]


def test_a_reefs_volume_is_counted_in_hollow_cubic_metres() -> None:
    assert [("2.8万空方", "混凝土礁体")] == _subjects("全湾近三年沉放混凝土礁体2.8万空方。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "等级｜收购价（元/斤）｜较上周\n一级｜5.20｜↑0.30\n二级｜3.90｜持平\n",
            [
                ("一级收购价（每斤）", "5.2", "元", False),
                ("一级较上周（每斤）", "0.3", "元", True),
                ("二级收购价（每斤）", "3.9", "元", False),
            ],
        ),
        (
            "品种｜收购价（元/公斤）｜较去年\n早熟甲｜6.40｜+0.25\n晚熟乙｜5.90｜持平\n",
            [
                ("早熟甲收购价（每公斤）", "6.4", "元", False),
                ("早熟甲较去年（每公斤）", "0.25", "元", True),
                ("晚熟乙收购价（每公斤）", "5.9", "元", False),
            ],
        ),
    ],
)
def test_a_change_on_last_week_or_year_beside_a_price_is_in_the_prices_unit(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    metrics, _ = extract_metrics(normalise(text).text)
    assert expected == [(m.subject, str(m.value), m.unit, m.is_change) for m in metrics]


def test_a_particle_after_the_figure_counts_nothing() -> None:
    metrics, _ = extract_metrics(normalise("温馨提示：采摘园单次限购不超过30斤哦～").text)
    assert [("不超过30斤", "限购")] == [(m.surface, m.subject) for m in metrics]


def test_a_fee_the_tagger_cuts_in_two_before_a_per_month_rate_is_its_subject() -> None:
    metrics, _ = extract_metrics(normalise("小区保洁费每月15元，由物业统一收取。").text)
    assert [("15元", "小区保洁费")] == [(m.surface, m.subject) for m in metrics]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("字幕：冷库日储存能力约40吨", "储存能力"),  # a short video's caption cue
        ("主播：今晚已经卖出果干3000单", "果干"),  # a live stream's speaker
    ],
)
def test_a_scripts_cue_before_a_figure_names_no_measure(text: str, subject: str) -> None:
    metrics, _ = extract_metrics(normalise(text).text)
    assert [subject] == [m.subject for m in metrics]


def test_a_sum_in_capital_numerals_then_in_figures_is_named_before_both() -> None:
    text = "责令立即停止开采，没收违法所得叁万贰仟元（32000元），并处罚款捌万元（80000元）。"
    assert [("32000元", "违法所得"), ("80000元", "罚款")] == _subjects(text)


def test_what_a_notice_does_with_those_it_counts_is_not_what_they_are() -> None:
    assert [("4名", "妇联主任")] == _subjects("现将东川镇拟聘妇联主任4名公示如下：")


def test_a_machine_the_tagger_takes_for_a_name_after_its_count_is_what_is_counted() -> None:
    assert [("8架", "植保无人机")] == _subjects("南坪镇的麦田边，8架植保无人机排成一行。")


def test_shares_are_counted_but_a_word_starting_with_the_counter_is_none() -> None:
    assert [("1520人", "股东"), ("2890股", "折股")] == _subjects("全村现有股东1520人，折股2890股。")
    assert [] == _subjects("全村3股东代表参会。")


def test_extinguishers_are_counted_but_a_word_starting_with_the_counter_is_none() -> None:
    assert [("360具", "灭火器")] == _subjects("全村今年新配灭火器360具。")
    assert [] == _subjects("全村3具体措施落地。")


def test_the_young_and_the_old_counted_are_people_not_times() -> None:
    # the tagger reads 青年 and 老年 as times of life
    assert [("45人", "返乡青年")] == _subjects("今年全村返乡青年45人。")


def test_a_notes_heading_or_a_speaker_before_words_of_their_own_names_nothing() -> None:
    assert [("2盒", "限购")] == _subjects("温馨提示：特价菜籽油每户限购2盒，请自带购物袋；")
    assert [("8条", "政策")] == _subjects("副镇长 张明：新政策共8条，重点是留得住人。")


def test_tenths_and_a_half_tenth_in_words_are_a_share() -> None:
    metrics, _ = extract_metrics(normalise("全村外出务工的约占四成五。").text)
    assert [("四成五", Decimal("45"), "%")] == [(m.surface, m.value, m.unit) for m in metrics]


def test_a_category_label_yields_to_the_figures_own_words_before_its_change() -> None:
    assert [("3.6元/斤", "苹果批发均价"), ("2.1%", "苹果批发均价")] == _subjects(
        "水果：苹果批发均价3.6元/斤，环比上涨2.1%；"
    )


def test_a_nouns_last_character_the_tagger_calls_a_numeral_ends_what_is_counted() -> None:
    assert [("2个", "收集点")] == _subjects("镇里设立2个收集点。")


def test_households_following_someone_are_named_by_what_they_do_with_him() -> None:
    assert [("12户", "跟着他学养蜂")] == _subjects("邻村也有12户跟着他学养蜂。")


def test_goods_after_a_verb_and_its_aspect_are_named_by_the_verb() -> None:
    assert [("约6吨", "订购")] == _subjects("他今年向合作社订购了约6吨。")


def test_money_earned_over_before_or_borrowed_is_named_by_its_verb() -> None:
    assert [("3.2万元", "多卖"), ("0.5元", "每斤多挣"), ("6万元", "借款")] == _subjects(
        "他家今年多卖了3.2万元，茶农每斤多挣0.5元。建棚时她借了6万元。"
    )


def test_a_time_that_came_sooner_names_the_days_it_gained() -> None:
    assert [("12天", "早稻收割时间提前")] == _subjects("今年早稻收割时间提前12天。")


def test_money_owed_to_someone_and_goods_before_a_glued_qualifier() -> None:
    assert [("1600多元", "被欠")] == _subjects("老周被欠了1600多元。")
    assert [("近8吨", "花生干")] == _subjects("他家花生干近8吨。")


def test_a_side_fused_with_its_thing_names_the_length() -> None:
    assert [("1.2米左右", "近岸浪高"), ("约4米", "港池水深")] == _subjects(
        "明天近岸浪高1.2米左右，港池水深约4米。"
    )


def test_households_called_homes_are_named_by_what_they_do_or_counted_as_households() -> None:
    assert [("30户", "靠编竹为生")] == _subjects("东坪村有30户人家靠编竹为生。")
    assert [("112户", "户数")] == _subjects("西坪村共有112户人家。")


def test_what_each_one_earns_and_money_lost_are_named_by_their_verbs() -> None:
    assert [("4200元", "每人每月收入"), ("两万多元", "亏损")] == _subjects(
        "进厂的村民每人每月能挣4200元。他头一年赔了两万多元。"
    )


def test_people_counted_one_by_one_and_money_spent() -> None:
    assert [("26个人", "全队"), ("1.8万元", "花费")] == _subjects(
        "全队26个人，一年跑了40个村。他花1.8万元买了一台旋耕机。"
    )[:1] + _subjects("他花1.8万元买了一台旋耕机。")


def test_divisions_aiming_at_something_are_counted_as_divisions() -> None:
    assert [("4个", "村")] == _subjects("全镇4个村力争明年春耕前通上自来水。")


def test_compensation_paid_is_no_loss_and_a_stretch_is_named_after_it() -> None:
    assert [] == _subjects("每户最高可获赔5万元。")
    assert [("约12公里", "机耕路")] == _subjects("这条长约12公里的机耕路已经完工。")


def test_a_sum_said_in_renminbi_after_a_label_keeps_the_label_and_its_qualifier() -> None:
    assert [("386.5万元", "中标金额"), ("约4.2%", "下浮率")] == _subjects(
        "四、中标金额：人民币386.5万元，下浮率约4.2%"
    )
    metrics, _ = extract_metrics(normalise("每份套餐约人民币58元。").text)
    assert [(m.surface, m.qualifier) for m in metrics] == [("58元", Qualifier.ABOUT)]


def test_a_thing_said_again_is_named_by_what_was_done_with_it() -> None:
    assert [("80余罐", "售出辣酱")] == _subjects("这家作坊去年售出此类辣酱80余罐。")


def test_land_named_by_the_planting_done_on_it() -> None:
    assert [("2.6万亩", "种植面积")] == _subjects("该乡今年种植2.6万亩。")
    assert [("500亩", "扩种面积")] == _subjects("合作社下一步还要扩种500亩。")
    # a place before the figure says where; the planting still says what
    assert [("3400亩", "种植面积")] == _subjects("东岭村：种植3400亩")
    assert [] == _subjects("老张说他一季能收70亩。")
    # (一共 links the figure, as 共 does: 一共种 is no verb of its own)
    assert [("260亩", "种植面积")] == _subjects("合作社一共种了260亩。")


def test_households_named_by_what_they_grow_when_the_verb_is_cut_from_the_counter() -> None:
    assert [("65户", "种油菜")] == _subjects("去年有65户种了油菜。")
    # …and its complement: those who took it up, not the households the village has
    assert [("26户", "种上桑树")] == _subjects("隔壁组今年有26户种上了桑树。")
    assert [("30户", "种上葡萄")] == _subjects("今年全村有30户种上了葡萄。")


def test_the_time_a_piece_of_work_takes_is_named_by_the_work() -> None:
    assert [("8个小时", "蒸完一锅用时")] == _subjects("如今蒸完一锅只需8个小时。")
    assert [] == _subjects("他只需5天。")
    assert [] == _subjects("盖这一间用了两个月。")


def test_pieces_of_land_are_counted_not_paid() -> None:
    # 花 in 棉花 spends nothing: 块 counts the fields
    assert [("36块", "棉花田")] == _subjects("农技站抽查棉花田36块。")


def test_coils_are_counted() -> None:
    assert [("6盘", "渔网")] == _subjects("合作社新购渔网6盘。")


def test_some_of_a_wholes_divisions_named_by_what_they_set_up() -> None:
    assert [("8个", "村"), ("3个", "村")] == _subjects("全乡8个村中已有3个村办起茶厂。")


def test_households_that_changed_something_are_named_by_the_change() -> None:
    assert [("58户", "换种")] == _subjects("今年全村有58户换了种。")


def test_divisions_that_set_something_up_are_counted_as_divisions() -> None:
    assert [("12个", "村"), ("5个", "村")] == _subjects("全乡12个村已有5个村办起粉坊。")


def test_what_one_takes_home_each_month_is_an_income() -> None:
    assert [("4800元左右", "每月收入")] == _subjects("她在车间每月能拿4800元左右。")


def test_banners_and_reams_are_counted() -> None:
    assert [("4面", "锦旗")] == _subjects("村里今年收到锦旗4面。")
    assert [] == _subjects("四面环水的小岛。")
    assert [("约1200刀", "产纸")] == _subjects("作坊上月产纸约1200刀。")
    assert [("12平方公里", "面积")] == _subjects("全村面积12平方公里。")


def test_an_index_is_measured_in_points_the_hour_is_not() -> None:
    assert [("108.4点", "蔬菜价格指数")] == _subjects("本周全市蔬菜价格指数为108.4点。")
    assert [] == _subjects("上午9点召开会议。")


def test_a_speakers_total_counts_what_he_was_counting() -> None:
    assert [("158头", "肉牛")] == _subjects("老李指着棚里的肉牛：“一共158头，都是今年买的。”")
