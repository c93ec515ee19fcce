"""Figures written in words, bare scales, ranges, OCR-spaced digits and counters, read into
metrics: value, unit, kind and qualifier."""

from govdb.ingest.normalise import normalise
from govdb.metrics.extract import extract_metrics

Row = tuple[str, str | None, str, str | None, str, str | None]


def _rows(text: str) -> list[Row]:
    metrics, _ = extract_metrics(normalise(text).text)
    return [(m.surface, m.subject, str(m.value), m.unit, m.kind, m.qualifier) for m in metrics]


def test_decimals_and_percentages_in_words() -> None:
    text = "全县茶农年均收入增长百分之六点四，登记失业率下降零点八个百分点。"
    assert [
        ("百分之六点四", "茶农年均收入", "6.4", "%", "percent", None),
        ("零点八个百分点", "登记失业率", "0.8", "百分点", "percent", None),
    ] == _rows(text)


def test_an_amount_with_a_decimal_in_words() -> None:
    assert [("四点二万元", "社员分红", "42000", "元", "money", None)] == _rows(
        "合作社向社员分红四点二万元。"
    )


def test_compound_numerals_with_qualifiers() -> None:
    text = "全镇有一千六百余名党员，新建茶园十五亩，带动增收三十多万元。"
    assert [
        ("一千六百余名", "党员", "1600", "名", "count", "over"),
        ("十五亩", "茶园", "15", "亩", "area", None),
        ("三十多万元", "带动增收", "300000", "元", "money", "over"),
    ] == _rows(text)


def test_bare_scales_after_qualifiers_of_two_characters() -> None:
    text = "全区电商交易额突破千亿元。村集体年收入不足十万元的村清零。"
    rows = _rows(text)
    assert ("突破千亿元", "100000000000", "元", "over") == (
        rows[0][0],
        rows[0][2],
        rows[0][3],
        rows[0][5],
    )
    assert ("不足十万元", "100000", "元", "under") == (
        rows[1][0],
        rows[1][2],
        rows[1][3],
        rows[1][5],
    )


def test_two_neighbouring_numerals_give_the_low_end_of_the_range() -> None:
    # As a range 3—5个 does: the lower bound, with no qualifier of its own.
    text = "每个网格配备四五名网格员。"
    assert [("四五名", "网格员", "4", "名", "count", None)] == _rows(text)


def test_ocr_spaced_digits_read_as_one_figure() -> None:
    text = "全县小麦播种面积达 6 2 . 4万亩，全县 4 8 个村完成改造，粮食产量增长3.6 %。"
    assert [
        ("62.4万亩", "小麦播种面积", "624000", "亩", "area", None),
        ("48个", "村", "48", "个", "count", None),
        ("3.6%", "粮食产量", "3.6", "%", "percent", None),
    ] == _rows(text)


def test_buildings_pairs_and_schools_are_counted() -> None:
    text = "新建住宅8幢，发放棉鞋1200双，改造乡村学校6所。"
    assert [
        ("8幢", "住宅", "8", "幢", "count", None),
        ("1200双", "棉鞋", "1200", "双", "count", None),
        ("6所", "乡村学校", "6", "所", "count", None),
    ] == _rows(text)


def test_lamps_articles_and_boxes_are_counted() -> None:
    text = "安装太阳能路灯120盏，刊发稿件30篇，捐赠口罩50箱。"
    assert [("盏", "count"), ("篇", "count"), ("箱", "count")] == [
        (u, k) for _, _, _, u, k, _ in _rows(text)
    ]


def test_points_after_figures() -> None:
    assert [("92分", "年度考核得分", "92", "分", "count", None)] == _rows("该村年度考核得分92分。")
    assert [("75", "分"), ("88", "分")] == [
        (v, u) for _, _, v, u, _, _ in _rows("群众满意度由75分提高到88分。")
    ]


def test_points_in_words_with_a_power_of_ten() -> None:
    assert [("二万六千余分", "积分", "26000", "分", "count", "over")] == _rows(
        "全年兑换积分二万六千余分。"
    )


def test_sets_of_equipment_and_points_over_a_scale() -> None:
    assert [("3台套", "3", "台套")] == [(r[0], r[2], r[3]) for r in _rows("新购置收割机械3台套。")]
    assert [("80余万分", "积分", "800000", "分", "count", "over")] == _rows(
        "全年兑换积分80余万分。"
    )


def test_horses_and_video_channels_are_counted_but_not_crossroads() -> None:
    assert [("230匹", "马匹", "230", "匹", "count", None)] == _rows("合作社吸纳马匹230匹。")
    assert [("860路", "视频监控", "860", "路", "count", None)] == _rows("接入视频监控860路。")
    assert [] == [row for row in _rows("改造3路口，拓宽2路段。") if row[3] == "路"]


def test_people_wells_and_mushroom_logs_are_counted() -> None:
    assert [("3口", "机井", "3", "口", "count", None)] == _rows("新打机井3口。")
    assert [("26万棒", "年产菌棒", "260000", "棒", "count", None)] == _rows("年产菌棒26万棒。")
    assert [] == [row for row in _rows("设立3口岸，开通2口径。") if row[3] == "口"]


def test_pairs_are_counted_but_the_preposition_is_not() -> None:
    assert [("96对", "对子", "96", "对", "count", None)] == _rows("全镇结成帮扶对子96对。")
    assert [("12户", "全村户数", "12", "户", "count", None)] == _rows("全村12户对房屋进行了加固。")
    assert [] == [row for row in _rows("共有6家对接企业，3家对此表示欢迎。") if row[3] == "对"]


def test_fen_that_is_no_point() -> None:
    # an adverb, a clock time, minutes and seconds, a tenth of a mu, decibels
    text = (
        "这项工作十分重要。会议于9时40分开始，用时2分15秒。每户留出3分地种菜。"
        "夜间噪声控制在45分贝以下。晚会八时三十分开场，饭吃到七八分饱。"
    )
    assert not [row for row in _rows(text) if row[3] == "分"]


def test_times_as_much() -> None:
    text = "今年全村集体经济收入是三年前的5倍多。"
    assert [("5倍多", "5", "倍", "ratio", "over")] == [
        (s, v, u, k, q) for s, _, v, u, k, q in _rows(text)
    ]


def test_a_count_of_provinces_named_just_before_it() -> None:
    # Units of government are counted even when listed first; a list of ideas is not.
    text = "江西、福建、广东三省联合开展执法。"
    assert [("三", "省", "3", "个", "count", None)] == _rows(text)


def test_a_price_by_weight_printed_before_it_names_its_weight_and_is_in_yuan() -> None:
    # 每斤8.5元 is written down as a reader does: 收购价（每斤） 8.5 元; printed 8.5元/斤, the
    # rate keeps its unit. 每亩 subsidies are amounts.
    rows = _rows("今年核桃收购价每斤8.5元，猪肉价格为每公斤26元左右，每亩补贴200元。")
    assert [
        ("8.5元", "核桃收购价（每斤）", "8.5", "元", "money", None),
        ("26元左右", "猪肉价格（每公斤）", "26", "元", "money", "about"),
        ("200元", "补贴", "200", "元", "money", None),
    ] == rows
    assert [("0.86元/斤", "元/斤", "rate")] == [
        (row[0], row[3], row[4]) for row in _rows("大白菜批发均价0.86元/斤。")
    ]
    # a difference per weight is kept in 元
    assert ["元"] == [row[3] for row in _rows("鲜笋收购价每斤比镇上市价高出0.3元。")]


def test_the_metric_ton_as_taiwan_prints_it_is_a_mass() -> None:
    assert [("约1.9万公吨", "青葱总产量", "19000", "公吨", "mass", "about")] == _rows(
        "全乡青葱总产量约1.9万公吨。"
    )


def test_other_currencies_keep_their_names_wherever_printed() -> None:
    rows = _rows("县府拨款新台币3200万元，总投资1.5亿澳门元，港币30万元用于助学。")
    assert [
        ("3200万元", "32000000", "新台币元"),
        ("1.5亿澳门元", "150000000", "澳门元"),
        ("30万元", "300000", "港元"),
    ] == [(row[0], row[2], row[3]) for row in rows]


def test_an_amount_converted_into_another_currency_is_the_same_amount_again() -> None:
    metrics, skipped = extract_metrics("全年旅游收入6.8亿元，约合新台币30亿元。捐物折合46万元。")
    assert [("6.8亿元", "元"), ("46万元", "元")] == [(m.surface, m.unit) for m in metrics]
    assert [("30亿", "restated")] == [(s.surface, s.reason.value) for s in skipped]


def test_named_villages_counted_again_with_a_classifier_are_named_not_counted() -> None:
    rows = _rows("东坪村、西坪村两个村的村民参保率都超过了95%。")
    assert [("95%", "村民参保率", "95", "%", "percent", None)] == rows


def test_units_listed_after_when_and_in_count_where_the_work_is_tried() -> None:
    rows = _rows("今年先在东坪镇、西坪镇两个镇试点，明年推开。")
    assert [("两个", "镇试点", "2", "个", "count", None)] == rows


def test_points_and_time_taken_name_their_figures() -> None:
    text = "全年发放积分15万分。不动产登记平均用时压缩至2.5天。"
    assert [
        ("15万分", "积分", "150000", "分", "count", None),
        ("2.5天", "平均用时", "2.5", "天", "duration", None),
    ] == _rows(text)


def test_bu_counts_lifts_and_films_but_not_departments() -> None:
    metrics, skipped = extract_metrics("小区加装电梯38部，另有9部门参与。")
    assert [("38部", "电梯", "38", "部")] == [
        (m.surface, m.subject, str(m.value), m.unit) for m in metrics
    ]
    assert "9部" not in {s.surface for s in skipped}


def test_square_metres_written_short_are_an_area() -> None:
    metrics, _ = extract_metrics("新建仓库3.5万平米，改造门面800㎡。")
    assert [("3.5万平米", "35000", "平米", "area"), ("800㎡", "800", "㎡", "area")] == [
        (m.surface, str(m.value), m.unit, m.kind) for m in metrics
    ]


def test_counters_that_start_words_of_their_own_are_no_units() -> None:
    text = "期初结余356420.35本期收入5200.50，期末结余317610.00期末，支出3860.00支出合计。"
    assert [] == [row for row in _rows(text) if row[3] in ("本", "期", "支")]
    assert [("1200本", "图书", "1200", "本", "count", None)] == _rows("新增图书1200本。")


def test_trips_and_orders_are_counted_but_not_a_unit_of_work() -> None:
    assert [("6趟", "往返", "6", "趟", "count", None)] == _rows("公交专线每天往返6趟。")
    assert [("3.5万单", "发货", "35000", "单", "count", None)] == _rows("网店全年发货3.5万单。")
    assert [] == [row for row in _rows("引进2单位，单价下调。") if row[3] == "单"]


def test_trips_both_ways_and_greenhouses_are_counted_but_not_shanty_towns() -> None:
    assert [("480余趟次", "往返", "480", "趟次", "count", "over")] == _rows(
        "假期专线车累计往返480余趟次。"
    )
    assert [("24棚", "蔬菜大棚", "24", "棚", "count", None)] == _rows("村里新建蔬菜大棚24棚。")
    assert [] == [row for row in _rows("完成3棚户区改造。") if row[3] == "棚"]


def test_lots_of_silkworms_are_counted_but_not_a_checkpoint() -> None:
    assert [("900把", "柞蚕", "900", "把", "count", None)] == _rows("今年放养柞蚕900把。")
    assert [] == [row for row in _rows("由3把关人员负责。") if row[3] == "把"]


def test_temperatures_below_zero_are_negative_but_a_range_is_not() -> None:
    assert [("-3.5℃", "最低气温", "-3.5", "℃")] == [r[:4] for r in _rows("最低气温-3.5℃。")]
    assert [("零下6℃", "最低气温", "-6", "℃")] == [r[:4] for r in _rows("最低气温零下6℃。")]
    assert ["2"] == [r[2] for r in _rows("夜间气温2-6℃。")]  # a range, low end first


def test_an_average_or_expected_age_is_measured_but_a_persons_age_is_not() -> None:
    rows = _rows("全村党员平均年龄52.3岁，较五年前下降3.1岁。人均预期寿命达到80.4岁。")
    assert [
        ("52.3岁", "党员平均年龄", "52.3", "岁"),
        ("3.1岁", "党员平均年龄", "3.1", "岁"),
        ("80.4岁", "人均预期寿命", "80.4", "岁"),
    ] == [r[:4] for r in rows]
    assert [] == _rows("老党员王大伯今年81岁，报名者年龄须在35周岁以下。")


def test_a_school_grade_and_a_decade_are_no_figures() -> None:
    metrics, skipped = extract_metrics("今年招收七年级新生380名，老旧管网多建于上世纪80年代。")
    assert [("380名", "七年级新生")] == [(m.surface, m.subject) for m in metrics]
    assert [("七", "ordinal"), ("80", "date")] == [(s.surface, s.reason.value) for s in skipped]


def test_a_place_among_the_first_is_a_rank_and_a_score_ranked_by_is_a_score() -> None:
    metrics, skipped = extract_metrics("东川镇产值居全市12个乡镇前三位，今年以96.5分位列全县第一。")
    assert [("12个", "乡镇", "个"), ("96.5分", "得分", "分")] == [
        (m.surface, m.subject, m.unit) for m in metrics if m.kind.value == "count"
    ]
    assert [("三", "ordinal")] == [(s.surface, s.reason.value) for s in skipped]


def test_a_counted_phrase_printed_again_and_again_is_a_name() -> None:
    text = "全县发放三项补贴300万元，三项补贴标准提高，三项补贴申领纳入一网通办。"
    metrics, skipped = extract_metrics(text)
    assert ["300万元"] == [m.surface for m in metrics]
    assert ["name"] * 3 == [s.reason.value for s in skipped]
    # said once, it counts
    assert ["两项"] == [m.surface for m in extract_metrics("全县完成两项任务。")[0]]


def test_chutou_after_a_figure_is_a_little_over_it() -> None:
    rows = _rows("今年鲜笋收购价每斤十二块出头。")
    assert [("十二块出头", "鲜笋收购价（每斤）", "12", "元", "money", "over")] == rows
