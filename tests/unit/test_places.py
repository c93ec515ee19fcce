"""Place mentions resolved to the NBS 2023 division codes, on literal passages of the seeds."""

import pytest

from govdb.places.find import PlaceMention, find_places
from govdb.places.gazetteer import default_gazetteer, town_name, village_name
from govdb.places.home import home_region


def _codes(text: str, **options: object) -> dict[str, tuple[str | None, str]]:
    return {m.surface: (m.code, m.method) for m in find_places(text, **options)}


def _one(text: str, surface: str, **options: object) -> PlaceMention:
    (mention,) = [m for m in find_places(text, **options) if m.surface == surface]
    return mention


def test_paths_use_the_names_people_write() -> None:
    g = default_gazetteer()
    g.load_villages("41")
    assert ("河南省", "漯河市", "召陵区", "召陵镇", "大徐村") == g.path("411104100213")
    assert ("北京市", "西城区") == g.path("110102")  # the register's 市辖区 is left out


@pytest.mark.parametrize(
    ("register", "written"),
    [
        ("大徐村村民委员会", "大徐村"),
        ("白庄村民委员会", "白庄村"),
        ("友爱街社区居民委员会", "友爱街社区"),
        ("大寺前社区居委会", "大寺前社区"),
        ("油坊社区", "油坊社区"),
        ("五里庙居民委员会", "五里庙社区"),
    ],
)
def test_village_names_lose_the_committee_suffix(register: str, written: str) -> None:
    assert written == village_name(register)


def test_town_names_lose_the_county_prefix() -> None:
    assert "召陵镇" == town_name("召陵区召陵镇", "召陵区")
    assert "马路街街道" == town_name("马路街街道", "源汇区")


def test_seed_001_chains_and_the_zone_short_form() -> None:
    text = (
        "2025年8月，群众通过12345热线反映，舞阳县侯集镇井庄村、源汇区问十乡骆坡村、经开区邓襄镇"
        "部分机井出现故障。源汇区马路街街道友爱街社区、郾城区龙塔街道金牛社区和郾城区沙北街道泰山社区"
        "为泰山小区更换路灯。漯河市委党建引领基层高效能治理。"
    )
    assert {
        "舞阳县": ("411121", "exact"),
        "侯集镇": ("411121107", "context"),
        "井庄村": ("411121107230", "context"),
        "源汇区": ("411102", "exact"),
        "问十乡": ("411102202", "exact"),
        "骆坡村": ("411102202213", "exact"),
        "经开区": ("411171", "alias"),
        "邓襄镇": ("411171102", "exact"),
        "马路街街道": ("411102002", "exact"),
        "友爱街社区": ("411102002004", "exact"),
        "郾城区": ("411103", "exact"),
        "龙塔街道": ("411103002", "context"),
        "金牛社区": ("411103002004", "context"),
        "沙北街道": ("411103001", "exact"),
        # Renamed or shortened: the register lists 泰山路社区 under 沙北街道.
        "泰山社区": ("411103001002", "fuzzy"),
        "漯河市": ("4111", "exact"),
    } == _codes(text)


def test_seed_002_places_across_henan_and_beyond() -> None:
    text = (
        "在新乡市获嘉县东彰仪村，2000年倒闭的村办榨油厂。郑州市二七区嵩山路街道雅居社区“80后”"
        "社区党委书记。洛阳市新安县铁门镇刘杨村。焦作市马村区、焦作市中站区。开封市鼓楼区油坊社区。"
        "安阳市文峰区大寺前社区。重庆市合川区发出。四川省华蓥市华龙街道。"
    )
    codes = _codes(text)
    assert ("410724101202", "exact") == codes["东彰仪村"]
    assert ("410103011021", "exact") == codes["雅居社区"]
    assert "410323104229" == codes["刘杨村"][0]
    assert ("410804", "exact") == codes["马村区"]
    assert ("410803", "exact") == codes["中站区"]
    assert "410204005002" == codes["油坊社区"][0]
    assert "410502006002" == codes["大寺前社区"][0]
    assert ("500117", "exact") == codes["合川区"]
    assert "511681003" == codes["华龙街道"][0]


def test_seed_002_an_ambiguous_village_keeps_its_candidates() -> None:
    # Two 代庄村 in 兰考县 alone, and the sentence names no town.
    mention = _one("开封市兰考县代庄村的村民", "代庄村")
    # A 代庄村 of 兰考县, one of the two.
    assert ("410225~代庄村", "village", "ancestor") == (mention.code, mention.level, mention.method)
    assert {"410225104220", "410225108203"} == set(mention.candidates)


def test_seed_003_misprints_are_corrected_inside_their_county() -> None:
    text = "●近日，源汇区空家郭镇初级中学举办家庭教育讲座。●5月22日，源汇区向十乡召开推进会。"
    codes = _codes(text)
    assert ("411102102", "fuzzy") == codes["空家郭镇"]  # 空冢郭镇
    assert ("411102202", "fuzzy") == codes["向十乡"]  # 问十乡
    assert "郭镇" not in codes


def test_seed_003_towns_in_their_county() -> None:
    text = "今年以来，临颍县巨陵镇立足实际。今年以来，临颍县固厢乡不断加大小额信贷政策宣传力度。"
    assert {
        "临颍县": ("411122", "exact"),
        "巨陵镇": ("411122105", "exact"),
        "固厢乡": ("411122202", "exact"),
    } == _codes(text)


def test_seed_003_xicheng_of_luohe_is_a_local_zone_not_beijing() -> None:
    text = "5月24日上午，西城区城市防汛指挥部组织该区城市公用事业服务中心开展应急演练。"
    mention = _one(text, "西城区", nearby=["4111"])
    assert ("4111~西城区", "other", "context") == (mention.code, mention.level, mention.method)


def test_a_town_misread_right_before_its_village_is_that_town() -> None:
    # 宰便镇 of 从江县, misread 宰使镇; its village 摆利村 says which town it is
    text = "从江县今年新修村史馆12座。其中宰使镇摆利村的村史馆最先建成。"
    assert ("522633104", "fuzzy") == _codes(text)["宰使镇"]
    # a word before the village one character off no town is left alone
    assert "全镇" not in _codes("从江县今年新修村史馆12座。其中全镇摆利村的最先建成。")


def test_a_city_that_is_its_own_county_vouches_for_its_towns() -> None:
    # 中山市 is the city 4420 and the county 442000 under it; 三乡镇 needs its province named
    codes = _codes("中山市三乡镇今年新修了两座公园。")
    assert ("442000114", "exact") == codes["三乡镇"]


def test_a_villages_shareholding_cooperative_is_no_firm_hiding_its_places() -> None:
    codes = _codes("从江县宰便镇摆利村股份经济联合社今年分红。")
    assert ("522633104", "exact") == codes["宰便镇"]
    # a firm's name still holds its place: 某某股份有限公司 is no mention
    assert "从江县" not in _codes("从江县宰便股份有限公司今年招工。")


def test_towns_listed_without_their_kind_under_their_county() -> None:
    codes = _codes("从江县今年组织工作队，到贯洞、洛香等4个乡镇开展义诊。")
    assert ("522633101", "context") == codes["贯洞"]
    assert ("522633102", "context") == codes["洛香"]
    # the list must say its items are towns
    assert "贯洞" not in _codes("从江县的贯洞、洛香两个景点游人如织。")


def test_a_county_named_by_an_everyday_word_right_before_its_town() -> None:
    # 郊区 and 城区 are counties of several cities, and everyday words: printed right before
    # a town of their own they choose it among its bearers
    codes = _codes("家住郊区沿江镇的老李今年搬进了新房。")
    assert ("230811", "exact") == codes["郊区"]
    assert ("230811107", "context") == codes["沿江镇"]
    assert "城区" not in _codes("城区的老李今年搬进了新房。")


def test_an_autonomous_county_shortened_before_its_town() -> None:
    codes = _codes("喀左县山嘴子镇的农户今年增收。")  # the autonomous county of 喀喇沁左翼
    assert "211324" == codes["喀左县"][0]
    # a word before the town that shortens no county of it is left alone
    assert "喀县" not in _codes("喀县山嘴子镇的农户今年增收。")


def test_seed_004_traditional_text_after_conversion() -> None:
    text = (
        "河南省漯河市有着敢为人先的优秀基因。舞阳县、临颍县、召陵区。"
        "郏城区孟庙镇五里庙社区是漯河市首批幸福社区建设试点。五里庙社区聚焦“一老一小”。"
        "我从武汉市过来办理不动产方面的事项。"
    )
    mentions = find_places(text)
    codes = {(m.surface, m.code, m.method) for m in mentions}
    assert ("郏城区", "411103", "fuzzy") in codes  # 郾城区, one character off
    assert ("孟庙镇", "411103101", "exact") in codes
    # The register lists no 五里庙社区 under 孟庙镇: a community of 孟庙镇, both times.
    assert [("411103101~五里庙社区", "ancestor")] * 2 == [
        (m.code, m.method) for m in mentions if m.surface == "五里庙社区"
    ]
    assert ("武汉市", "4201", "exact") in codes


def test_nanjie_village_without_context_is_ambiguous_within_the_home_city() -> None:
    mention = _one("带学员们到南街村看“红色治理”如何激活集体经济", "南街村", home_code="4111")
    assert ("4111~南街村", "village", "ancestor") == (mention.code, mention.level, mention.method)
    assert {"411122001219", "411103107203", "411121100211"} == set(mention.candidates)


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("——聚焦黄钫市长关于江西新余火灾事故调查报告的批示", "黄钫市"),
        ("吸引盐津铺子、新疆笑厨、湖南省长康实业等知名企业参展", "湖南省"),
        ("中国科技大学教授张居中和浙江大学的专家", "浙江"),
        ("到贾湖遗址博物馆感受“最早的酒、最早的文字”", "贾湖"),
        ("为泰山小区更换路灯、为黄山小区安装健身器材", "黄山"),
        ("《哈萨克斯坦实业报》总编辑", "哈萨克斯坦"),
        ("构建“幸福社区+幸福小区+红色驿站”幸福体系", "幸福社区"),
        ("城市社区网格983个", "城市社区"),
    ],
)
def test_not_places(text: str, not_a_place: str) -> None:
    assert not_a_place not in {m.surface for m in find_places(text, home_code="4111")}


def test_a_short_form_counts_only_as_a_whole_word() -> None:
    text = "通江达海口岸建设"
    boundaries = frozenset({0, 2, 3, 6, 8})  # 通江 / 达 / 海口岸 / 建设: 海口 is no word here
    # In a Hainan outlet's text, so that 口岸's being a word is not what decides.
    found = find_places(text, home_code="46")
    assert "海口" in {m.surface for m in found}
    found = find_places(text, home_code="46", boundaries=boundaries)
    assert "海口" not in {m.surface for m in found}


def test_home_region_of_an_outlet() -> None:
    assert ("4111", "41", None) == (
        home_region("漯河日报"),
        home_region("河南日报"),
        home_region("人民日报"),
    )


def _parsed(tmp_path, text: str):  # type: ignore[no-untyped-def]
    """`text` saved as a page and parsed by the whole pipeline."""
    from govdb.ingest.parsed import DocumentMeta
    from govdb.ingest.pipeline import parse_document
    from govdb.ingest.read import read_document

    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return parse_document(read_document(page), str(page), DocumentMeta(None, None, None))


def test_a_town_alone_in_the_body_is_read_with_the_county_the_pages_header_names(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    from govdb.places.extractor import PLACES

    # 何市镇 is a town of 修水县 and of one other county; only the header names the county.
    document = _parsed(
        tmp_path,
        "政协修水县第十届委员会第三次会议\n提案第12号\n\n"
        "案由：关于推动何市镇茶叶产业发展的提案\n\n"
        "何市镇是我县茶叶主产区，全镇茶园面积逐年扩大，茶农收入稳步增长。\n",
    )
    assert [("何市镇", "360424114")] == [
        (m.surface, m.code) for a in document.articles for m in a.of(PLACES)
    ]


def test_a_boxs_headline_names_the_pages_county_in_short(tmp_path) -> None:
    from govdb.places.extractor import TITLE_PLACES

    document = _parsed(
        tmp_path,
        "舞阳新闻　2026年11月10日　星期二　第3版\n"
        "舞阳县新建乡村公路120公里\n"
        "本报讯 今年以来，舞阳县北舞渡镇新建乡村公路120公里，惠及群众两万余人，出行更方便。\n"
        "舞阳天气\n"
        "今天　多云　气温8℃至17℃\n",
    )
    assert ["舞阳县新建乡村公路120公里", "舞阳天气"] == [a.title for a in document.articles]
    assert [("舞阳", "411121")] == [
        (m.surface, m.code) for m in document.articles[1].of(TITLE_PLACES)
    ]


def test_a_headline_naming_the_county_in_short_says_which_town_the_body_means(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    from govdb.places.extractor import PLACES

    # 何市镇 is a town of 修水县 and of one other county; the headline says 修水 in short only.
    document = _parsed(
        tmp_path,
        "修水一周要闻回顾\n\n"
        "1.何市镇新建茶叶加工厂1座，年加工干茶约300吨。\n"
        "2.全县秋冬种进度过半，已种油菜12万亩。\n",
    )
    assert [("何市镇", "360424114")] == [
        (m.surface, m.code) for a in document.articles for m in a.of(PLACES)
    ]


def test_a_town_beside_a_settled_one_is_read_with_the_county_an_office_line_names(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    from govdb.places.extractor import PLACES

    # 石门镇 is a town of many counties; the issuing office under the title names 卢龙县,
    # though nothing in the body is left unsettled to ask for a second look.
    document = _parsed(
        tmp_path,
        "关于全县设施农业建设情况的通报\n卢龙县农业农村局\n\n各乡镇：\n"
        "石门镇、下寨乡新建大棚分别为120座、86座。\n",
    )
    assert [("石门镇", "130324105"), ("下寨乡", "130324200")] == [
        (m.surface, m.code) for a in document.articles for m in a.of(PLACES)
    ]
