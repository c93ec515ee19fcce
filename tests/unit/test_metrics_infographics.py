"""An infographic's lines and a ranking's, read through the whole pipeline: a label and its
figure (perhaps after a pictograph, with its change after an arrow), a big figure and then its
words, places and their scores parted by semicolons; and caps and means said of a figure."""

from decimal import Decimal
from pathlib import Path

from govdb.ingest.parsed import DocumentMeta
from govdb.ingest.pipeline import parse_document
from govdb.ingest.read import read_document
from govdb.metrics.extract import extract_metrics


def _found(tmp_path: Path, text: str) -> list:
    """The metrics of a page ingest reads from `text`, every article's in turn."""
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    document = parse_document(read_document(path), str(path), DocumentMeta())
    return [
        m
        for article in document.articles
        for m in article.facts["metrics"]
        if hasattr(m, "subject")
    ]


def _metrics(tmp_path: Path, text: str) -> list[tuple[str | None, Decimal, str]]:
    return [(m.subject, m.value, m.unit) for m in _found(tmp_path, text)]


def test_a_pictograph_led_line_keeps_its_label_for_the_figure_and_its_change(
    tmp_path: Path,
) -> None:
    text = (
        "东川港前三季度数据\n"
        "今年前三季度，东川港主要数据一览👇\n"
        "🚢 集装箱吞吐量　8.6万标箱　↑12.5%\n"
        "🌾 粮食中转量　1.4万吨　↓3.2%\n"
    )
    assert _metrics(tmp_path, text) == [
        ("集装箱吞吐量", Decimal("86000"), "标箱"),
        ("集装箱吞吐量", Decimal("12.5"), "%"),
        ("粮食中转量", Decimal("14000"), "吨"),
        ("粮食中转量", Decimal("3.2"), "%"),
    ]


def test_a_big_figure_before_its_words_is_counted_by_them(tmp_path: Path) -> None:
    text = (
        "一图看懂东川县政务服务“年报”\n"
        "【全年数据】\n"
        "18.4万件　全年办结审批服务事项\n"
        "99.2%　网上可办率（较上年提高1.6个百分点）\n"
        "约2.3万户　享受上门办服务的群众，其中老人居多\n"
    )
    assert _metrics(tmp_path, text) == [
        ("办结审批服务事项", Decimal("184000"), "件"),
        ("网上可办率", Decimal("99.2"), "%"),
        ("网上可办率", Decimal("1.6"), "百分点"),
        ("享受上门办服务的群众", Decimal("23000"), "户"),
    ]


def test_a_big_figure_is_counted_by_its_words_without_their_when_and_where(
    tmp_path: Path,
) -> None:
    text = (
        "数说｜东川区护河这一年\n"
        "56名　阿旺镇、铜都街道等地聘用的护河员\n"
        "约1.2万尾　今年在汤丹镇河段放流的鱼苗\n"
        "37起　今年以来查处的非法采砂案件\n"
        "3处　因民镇境内新建的监控点\n"
    )
    assert [(m.subject, m.value, m.period) for m in _found(tmp_path, text)] == [
        ("聘用的护河员", Decimal("56"), None),
        ("放流的鱼苗", Decimal("12000"), "今年"),
        ("查处的非法采砂案件", Decimal("37"), "今年以来"),
        ("新建的监控点", Decimal("3"), None),
    ]


def test_a_figure_over_words_opening_with_months_and_a_note_after_the_box(
    tmp_path: Path,
) -> None:
    text = (
        "数读｜某县林下经济半年报\n"
        "今年上半年，某县林下经济稳中有升。\n"
        "6800户\n"
        "今年1至6月参与林下种植的农户\n"
        "约4200万元\n"
        "今年1至6月林产品销售额，同比增长17%\n"
        "目标：到2028年，林下种植面积达到9万亩。\n"
    )
    assert [(m.subject, m.value, m.unit, m.period) for m in _found(tmp_path, text)] == [
        ("参与林下种植的农户", Decimal("6800"), "户", "今年1至6月"),
        ("林产品销售额", Decimal("42000000"), "元", "今年1至6月"),
        ("林产品销售额", Decimal("17"), "%", "今年1至6月"),
        ("林下种植面积", Decimal("90000"), "亩", "2028年"),
    ]


def test_a_big_figure_before_words_opening_with_months(tmp_path: Path) -> None:
    text = (
        "数读｜某镇秋粮烘干\n"
        "3处　全镇建成的烘干点\n"
        "约2.4万吨　1至11月累计烘干玉米\n"
        "1800余户　受益的种粮户\n"
    )
    assert [(m.subject, m.value, m.period) for m in _found(tmp_path, text)] == [
        ("全镇建成的烘干点", Decimal("3"), None),
        ("累计烘干玉米", Decimal("24000"), "1至11月"),
        ("受益的种粮户", Decimal("1800"), None),
    ]


def test_a_share_in_tenths_as_words_is_a_big_figure_of_the_box(tmp_path: Path) -> None:
    text = (
        "【数说】某县庙会这五天\n"
        "\n"
        "5.2万人次　庙会累计接待游客\n"
        "近三成　外省游客的占比\n"
        "86家　参加庙会的摊点\n"
    )
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    document = parse_document(read_document(path), str(path), DocumentMeta())
    assert ["某县庙会这五天"] == [a.title for a in document.articles]
    assert [(m.subject, m.value, m.unit) for m in _found(tmp_path, text)] == [
        ("庙会累计接待游客", Decimal("52000"), "人次"),
        ("外省游客的占比", Decimal("30"), "%"),
        ("参加庙会的摊点", Decimal("86"), "家"),
    ]


def test_places_and_their_scores_parted_by_semicolons_are_each_a_score(tmp_path: Path) -> None:
    text = "东川县环境卫生考评结果\n一、先进（90分以上，2个）\n南坪镇　93.5分；北山乡　90.8分\n"
    assert _metrics(tmp_path, text) == [
        ("得分", Decimal("93.5"), "分"),
        ("得分", Decimal("90.8"), "分"),
    ]


def test_a_cap_after_its_verb_and_a_mean_of_a_change_are_no_subjects() -> None:
    text = "县里对返乡创办企业的青年给予最高8万元创业补贴。示范区水稻亩产平均增加约45公斤。"
    metrics, _ = extract_metrics(text)
    assert [m.subject for m in metrics] == ["创业补贴", "示范区水稻亩产"]


def test_a_cap_or_a_mean_that_names_the_measure_stays_in_it() -> None:
    metrics, _ = extract_metrics("当天最高水温28℃，最低水温19℃。村里党员平均年龄47.5岁。")
    assert [m.subject for m in metrics] == ["最高水温", "最低水温", "党员平均年龄"]


def test_a_sum_after_words_the_tagger_takes_for_verbs_is_named_by_them() -> None:
    metrics, _ = extract_metrics(
        "渔船领到休渔补助1.8万元。每套设备造价约36万元，省市两级补贴每套12万元。"
    )
    assert [(m.subject, m.value) for m in metrics] == [
        ("休渔补助", Decimal("18000")),
        ("设备造价", Decimal("360000")),
        ("补贴", Decimal("120000")),
    ]


def test_an_estate_numbered_in_its_name_counts_no_villages() -> None:
    metrics, _ = extract_metrics(
        "梅林三村的老人等来了电梯，田园十二村今年加装电梯8部。全镇三村已完成改造。"
    )
    assert [(m.subject, m.value) for m in metrics] == [("电梯", Decimal("8")), ("村", Decimal("3"))]


def test_a_clause_of_figures_alone_is_of_the_thing_the_clause_before_named() -> None:
    metrics, _ = extract_metrics("镇里新建了冷库，共3座、1.2万立方米，全部投入使用。")
    assert [(m.subject, m.value, m.unit) for m in metrics] == [
        ("冷库", Decimal("3"), "座"),
        ("冷库", Decimal("12000"), "立方米"),
    ]


def test_a_pictograph_led_figure_over_its_words_is_counted_by_them(tmp_path: Path) -> None:
    text = (
        "图说｜东川县2026年一季度民生账单\n"
        "\n"
        "🏠 326套\n"
        "新建保障性住房\n"
        "\n"
        "🚌 12条\n"
        "新开城乡公交线路，日均客流约3000人次\n"
        "\n"
        "📉 18%→9%\n"
        "群众办事跑腿率\n"
        "\n"
        "👥 41人\n"
        "新招聘社区工作者\n"
    )
    found = _metrics(tmp_path, text)
    assert ("新建保障性住房", Decimal("326"), "套") in found
    assert ("新开城乡公交线路", Decimal("12"), "条") in found
    assert ("新招聘社区工作者", Decimal("41"), "人") in found
    assert ("群众办事跑腿率（原）", Decimal("18"), "%") in found


def test_a_marked_part_head_over_a_figure_is_none_of_its_labels(tmp_path: Path) -> None:
    text = (
        "数说东川县护林这一年\n"
        "2026年，东川县一组数字看护林：\n"
        "▶巡山护林\n"
        "312名\n"
        "专职护林员守在各个山头\n"
        "4.6万余次\n"
        "全年累计巡山\n"
    )
    found = _metrics(tmp_path, text)
    assert ("专职护林员守在各个山头", Decimal("312"), "名") in found
    assert ("累计巡山", Decimal("46000"), "次") in found  # 全年 its period


def test_marked_lines_each_over_a_figure_are_its_labels() -> None:
    metrics, _ = extract_metrics("一图读懂｜东川县农机奖补\n●烘干设备\n45万元\n●冷藏设施\n28万元\n")
    assert [("●烘干设备", Decimal("450000")), ("●冷藏设施", Decimal("280000"))] == [
        (m.subject, m.value) for m in metrics
    ]


def test_a_box_line_whose_label_ends_in_a_person_word_is_a_figure_not_a_credit(
    tmp_path: Path,
) -> None:
    # 学员 and 人员 end like a form's 记录员: a figure after the colon says it is data
    text = (
        "【数读】南坪镇：农民夜校这一年\n"
        "南坪镇今年办起农民夜校，一组数字看成效——\n"
        "开课期数：42期\n"
        "培训学员：1300余人次，全县最多\n"
        "结业人员：860余人，多为返乡青年\n"
    )
    assert _metrics(tmp_path, text) == [
        ("开课期数", Decimal("42"), "期"),
        ("培训学员", Decimal("1300"), "人次"),
        ("结业人员", Decimal("860"), "人"),
    ]


def test_a_labelled_figure_keeps_its_label_past_a_remark_or_a_change_in_words(
    tmp_path: Path,
) -> None:
    text = (
        "【数读】北山乡：一年的账\n"
        "北山乡今年的民生账，一组数字看变化——\n"
        "东坪村入户率：97.2%，全乡第一\n"
        "受理投诉：约420件，比去年少60件\n"
    )
    assert _metrics(tmp_path, text) == [
        ("东坪村入户率", Decimal("97.2"), "%"),
        ("受理投诉", Decimal("420"), "件"),
        ("受理投诉", Decimal("60"), "件"),
    ]


def test_a_label_holding_a_size_names_the_price_and_the_size_is_no_figure(
    tmp_path: Path,
) -> None:
    text = (
        "南坪米上新啦\n家人们好！南坪村的新米到了。\n【价格一览】\n3斤装：19.8元\n整袋25斤：126元\n"
    )
    assert _metrics(tmp_path, text) == [
        ("3斤装", Decimal("19.8"), "元"),
        ("整袋25斤", Decimal("126"), "元"),
    ]


def test_a_place_or_a_plan_as_label_yields_to_the_figures_own_words(tmp_path: Path) -> None:
    text = (
        "【数读】南坪镇：合作社这一年\n"
        "南坪镇今年的合作社，一组数字看成效——\n"
        "入社农户：约1500户\n"
        "东坪村：合作社人均分红3200元\n"
        "明年目标：新建冷库5座\n"
    )
    assert _metrics(tmp_path, text) == [
        ("入社农户", Decimal("1500"), "户"),
        ("合作社人均分红", Decimal("3200"), "元"),
        ("冷库", Decimal("5"), "座"),
    ]


def test_a_labels_figure_before_a_clause_of_its_own_and_a_from_to_pair(tmp_path: Path) -> None:
    text = (
        "【数读】南坪镇：土地整治这一年\n"
        "南坪镇今年的土地整治，一组数字看成效——\n"
        "复垦耕地：318亩，收益2100万元\n"
        "平均审批时长：由30天缩短至12天\n"
    )
    # (the box's last line, a label and where its figure went, is no heading)
    assert _metrics(tmp_path, text) == [
        ("复垦耕地", Decimal("318"), "亩"),
        ("收益", Decimal("21000000"), "元"),
        ("平均审批时长（原）", Decimal("30"), "天"),
        ("平均审批时长（后）", Decimal("12"), "天"),
    ]


def test_a_label_opening_with_its_months_and_a_goal_in_longer_words(tmp_path: Path) -> None:
    text = (
        "【数读】南坪镇：茶叶这一年\n"
        "南坪镇今年的茶产业，一组数字看成效——\n"
        "1—9月线上销售额：4600万元，占总销售额的三成\n"
        "明年目标：全镇茶园综合产值突破3亿元\n"
        "（资料来源：南坪镇农业站）\n"
    )
    found = [(m.subject, m.value, m.period) for m in _found(tmp_path, text)]
    assert ("线上销售额", Decimal("46000000"), "1—9月") == found[0]
    # the box's last line, a goal in more words, is no heading: its figure is read
    assert ("茶园综合产值", Decimal("300000000")) == found[-1][:2]


def test_a_place_a_clause_before_leaves_the_verb_to_name_the_land(tmp_path: Path) -> None:
    # a place in the figure's own clause would say where, not what (某村也超过150毫米)
    text = "复垦简讯\n本报讯　从江县宰便镇宰帽村、宰近村2个拆旧区，今年拆除复垦152亩。\n"
    assert _metrics(tmp_path, text) == [
        ("拆旧区", Decimal("2"), "个"),
        ("拆除复垦", Decimal("152"), "亩"),
    ]


def test_a_box_line_counting_in_words_and_its_running_total(tmp_path: Path) -> None:
    text = (
        "【数读】南坪镇：一年的账\n"
        "南坪镇今年的民生账，一组数字看变化——\n"
        "志愿人员：党员12名、群众30名\n"
        "污水处理站：新建12座，累计达45座\n"
        "“惠农贷”发放：2.1亿元，惠及860余户\n"
        "（资料来源：南坪镇人民政府）\n"
    )
    assert _metrics(tmp_path, text) == [
        ("党员", Decimal("12"), "名"),
        ("群众", Decimal("30"), "名"),
        ("污水处理站", Decimal("12"), "座"),
        ("污水处理站", Decimal("45"), "座"),
        ("“惠农贷”发放", Decimal("210000000"), "元"),
        ("惠及", Decimal("860"), "户"),
    ]


def test_a_place_with_words_of_its_own_before_the_figure_leaves_them_to_name_it(
    tmp_path: Path,
) -> None:
    text = "梯田简讯\n本报讯　今年从江县完成梯田修复1.2万亩，全县已有超过600户签了托管协议。\n"
    assert _metrics(tmp_path, text) == [
        ("梯田修复", Decimal("12000"), "亩"),
        ("签托管协议", Decimal("600"), "户"),
    ]


def test_a_box_line_with_a_remark_stands_apart_from_the_line_under_it(tmp_path: Path) -> None:
    text = (
        "【数读】南坪镇：一年的防火账\n"
        "南坪镇今年的防火账，一组数字看变化——\n"
        "东坪村：改造率达96.5%，居全镇第一\n"
        "1—9月火灾起数：3起，比去年同期减少5起\n"
        "（资料来源：南坪镇人民政府）\n"
    )
    assert _metrics(tmp_path, text) == [
        ("改造率", Decimal("96.5"), "%"),
        ("1—9月火灾起数", Decimal("3"), "起"),
        ("1—9月火灾起数", Decimal("5"), "起"),
    ]


def test_a_price_lines_change_in_words_of_rising_or_comparing(tmp_path: Path) -> None:
    text = (
        "【数读】南坪镇：一年的果园账\n"
        "南坪镇今年的果园账，一组数字看变化——\n"
        "鲜果收购均价：每斤约4.6元，比去年上涨0.5元\n"
        "干果收购均价：每斤12元，比去年高1.5元\n"
        "（资料来源：南坪镇农业站）\n"
    )
    assert _metrics(tmp_path, text) == [
        ("鲜果收购均价", Decimal("4.6"), "元"),
        ("鲜果收购均价", Decimal("0.5"), "元"),
        ("干果收购均价", Decimal("12"), "元"),
        ("干果收购均价", Decimal("1.5"), "元"),
    ]


def test_a_labels_figures_alone_one_after_another_and_a_change_since_a_year(
    tmp_path: Path,
) -> None:
    text = (
        "【数读】南坪镇：一年的培训账\n"
        "南坪镇今年的培训账，一组数字看变化——\n"
        "开展技能培训：36期，1800余人次\n"
        "公交班次：每天往返12班，比2024年增加3班\n"
        "（资料来源：南坪镇人民政府）\n"
    )
    assert _metrics(tmp_path, text) == [
        ("开展技能培训", Decimal("36"), "期"),
        ("开展技能培训", Decimal("1800"), "人次"),
        ("公交班次", Decimal("12"), "班"),
        ("公交班次", Decimal("3"), "班"),
    ]


def test_how_many_of_a_labels_things_are_new_is_counted_by_the_verb_and_the_label(
    tmp_path: Path,
) -> None:
    text = (
        "【数读】石门镇：冬储一本账\n"
        "石门镇今年的冬储账——\n"
        "保鲜冷库：15座，今年新建4座\n"
        "收购网点：22个，新设了5个\n"
        "（资料来源：石门镇农业站）\n"
    )
    assert _metrics(tmp_path, text) == [
        ("保鲜冷库", Decimal("15"), "座"),
        ("新建保鲜冷库", Decimal("4"), "座"),
        ("收购网点", Decimal("22"), "个"),
        ("新设收购网点", Decimal("5"), "个"),
    ]


def test_a_labels_figures_by_place_and_their_sum_are_its_measure(tmp_path: Path) -> None:
    text = (
        "【数读】大刘镇：一年的菜园账\n"
        "源汇区大刘镇今年的蔬菜账——\n"
        "📌大棚面积：南王村320亩，杜庄村180亩，共500亩\n"
        "▶收购价：每斤从1.2元涨到1.6元\n"
    )
    found = _found(tmp_path, text)
    assert [(m.subject, m.value, m.place_code) for m in found[:3]] == [
        ("大棚面积", Decimal("320"), "411102100202"),
        ("大棚面积", Decimal("180"), "411102100203"),
        ("大棚面积", Decimal("500"), "411102100"),  # the town holding both villages
    ]
    assert [(m.subject, m.value) for m in found[3:]] == [
        ("收购价每斤（原）", Decimal("1.2")),
        ("收购价每斤（后）", Decimal("1.6")),
    ]


def test_a_pictograph_before_a_lines_label_is_no_part_of_it(tmp_path: Path) -> None:
    text = (
        "【数读】大刘镇：茶园认证了\n"
        "源汇区大刘镇今年的茶园账——\n"
        "📌认证面积：约1100亩\n"
        "📌参与农户：138户，户均年增收近4000元\n"
    )
    assert _metrics(tmp_path, text)[:2] == [
        ("认证面积", Decimal("1100"), "亩"),
        ("参与农户", Decimal("138"), "户"),
    ]


def test_figures_in_a_labelled_lines_brackets_leave_the_label_to_the_rest(
    tmp_path: Path,
) -> None:
    text = (
        "南王村2026年第二季度财务公开\n"
        "一、收入（合计：98000元）\n"
        "1.门面出租收入：72000元（出租门面12间）\n"
        "2.水渠清淤（约1.5公里）：26000元\n"
    )
    assert _metrics(tmp_path, text) == [
        ("收入合计", Decimal("98000"), "元"),
        ("门面出租收入", Decimal("72000"), "元"),
        ("门面", Decimal("12"), "间"),
        ("水渠清淤", Decimal("1.5"), "公里"),
        ("水渠清淤", Decimal("26000"), "元"),
    ]


def test_a_change_since_last_year_as_new_ones_and_a_bound_inside_a_label(
    tmp_path: Path,
) -> None:
    text = (
        "【数读】大刘镇：粮仓这一年\n"
        "源汇区大刘镇今年的粮仓账——\n"
        "粮仓总数：86座，比去年新增12座\n"
        "其中储存3年以上陈粮：2400吨\n"
    )
    found = _found(tmp_path, text)
    assert [(m.subject, m.value, m.unit, m.is_change) for m in found] == [
        ("粮仓总数", Decimal("86"), "座", False),
        ("粮仓总数", Decimal("12"), "座", True),
        ("储存3年以上陈粮", Decimal("2400"), "吨", False),
    ]
