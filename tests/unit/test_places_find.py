"""Finding place mentions: chains, spans, gates on short and generic names, ambiguity, and the
words that look like places but are not."""

import dataclasses
from collections.abc import Callable

import pytest

from govdb.places.find import PlaceMention, dictionary_words, find_places
from govdb.places.gazetteer import Gazetteer, default_gazetteer
from govdb.tokenize import default_tokenizer


def _surfaces(text: str, **options: object) -> list[str]:
    return [m.surface for m in find_places(text, **options)]


def test_a_chain_gives_one_mention_per_link_with_its_span() -> None:
    assert (
        PlaceMention("召陵区", 1, 4, "411104", "county", "exact"),
        PlaceMention("召陵镇", 4, 7, "411104100", "town", "exact"),
        PlaceMention("大徐村", 7, 10, "411104100213", "village", "context"),
    ) == find_places("在召陵区召陵镇大徐村的西瓜大棚里")


def test_mentions_are_frozen() -> None:
    (mention,) = find_places("漯河市")
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.code = "41"  # type: ignore[misc]


def test_spans_point_at_the_surface() -> None:
    text = "河南省漯河市源汇区马路街街道友爱街社区，经开区邓襄镇，郾城区。"
    assert all(text[m.start : m.end] == m.surface for m in find_places(text))


def test_a_county_short_form_counts_only_where_its_city_is_known() -> None:
    assert [] == _surfaces("申报召陵千年古镇")
    assert [("召陵", "411104", "alias")] == [
        (m.surface, m.code, m.method) for m in find_places("申报召陵千年古镇", home_code="4111")
    ]


def test_a_zone_short_form_needs_its_city() -> None:
    assert [] == _surfaces("经开区招商引资")
    assert ["漯河市", "经开区"] == _surfaces("漯河市经开区招商引资")


def test_a_two_character_county_needs_its_province() -> None:
    assert [] == _surfaces("争创全国示范县")
    assert ["商丘市", "睢县"] == _surfaces("在商丘市睢县")


def test_a_two_character_county_counts_only_as_a_whole_word() -> None:
    text = "争创全国示范县"
    boundaries = frozenset({0, 2, 4, 7})  # 争创 / 全国 / 示范县
    assert [] == _surfaces(text, home_code="4109", boundaries=boundaries)


def test_zones_and_farms_registered_under_generic_names_need_their_city() -> None:
    assert [] == _surfaces("建设现代农业产业园。国家林草局获悉。物流园区建设。")


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("坚持发展乡村特色产业", "发展乡"),
        ("副局长陈桂林重点推介了招商项目", "桂林"),
        ("调解员周武汉连夜赶到现场", "武汉"),
        ("白鹭又回到了漯河沿岸的芦苇丛", "漯河"),
        ("村民赵桂林把新茶摆上了摊", "桂林"),
        ("行走在中原大地，郑州市街头巷尾", "中原"),
        ("窗口收到了一封武汉市民的感谢信", "武汉市"),
        ("湖南省长康实业参展", "湖南省"),
        ("浙江大学的专家", "浙江"),
        ("为泰山小区更换路灯、为黄山小区安装健身器材", "黄山"),
        ("韶关乳源：瑶族村寨走上共富路", "瑶族村"),
        ("福建省晋江市梅岭街道今年新建社区服务站14处", "今年新建社区"),
        ("【澳门商报讯】记者从珠海市获悉", "澳门"),
        ("据浙江晨报报道，杭州市", "浙江"),
    ],
)
def test_not_places(text: str, not_a_place: str) -> None:
    assert not_a_place not in _surfaces(text, home_code="4111")


def test_a_villages_name_may_open_with_its_countys_short_form() -> None:
    assert "山阴庄村" in _surfaces("山阴县广武镇山阴庄村新修了文化广场。")


def test_a_village_before_its_inns_is_a_village_and_before_its_people_is_not() -> None:
    assert "山阴庄村" in _surfaces("山阴县广武镇山阴庄村民宿今年接待游客上万人。")
    assert "山阴庄村" not in _surfaces("山阴县广武镇山阴庄村民纷纷点赞。")


def test_a_street_named_after_a_park_does_not_make_a_town_a_parks_name() -> None:
    assert ["东城区", "安定门街道", "花园社区"] == _surfaces(
        "东城区推进物业全覆盖。安定门街道花园社区成立了业主委员会。"
    )


def test_a_town_whose_name_opens_with_a_parks_word_is_named_after_its_county() -> None:
    assert ["伊州区", "花园乡"] == _surfaces("伊州区花园乡今年新建温室大棚120座。")


def test_a_short_form_after_a_modal_is_a_verb_not_the_place() -> None:
    assert [] == _surfaces("新酒要捂上半个月才敢开封。")
    assert ["开封"] == _surfaces("他们每年去开封卖酒。")


def test_a_banks_branch_named_after_a_town_is_no_mention() -> None:
    assert [] == _surfaces("农业银行宝鸡支行召开座谈会。")


def test_a_town_of_one_character_and_xiangzhen_needs_its_province() -> None:
    # 分乡镇 is a town of Hubei; 分乡镇看 in a Henan story reads "by township"
    assert ["舞阳县"] == _surfaces("舞阳县通报秋粮收购进展。分乡镇看，各地进度不一。")
    assert "分乡镇" in _surfaces("湖北省宜昌市夷陵区分乡镇新修了两座桥。")


def test_a_company_counted_in_a_city_leaves_the_city_a_mention() -> None:
    # one company in the city, not one named after it
    assert ["杭州"] == _surfaces("他辞去杭州一家物流公司的工作，回村创业。")


def test_a_government_body_is_a_mention_of_its_place() -> None:
    assert ["漯河市", "召陵区"] == _surfaces("漯河市委、召陵区政府联合发文")


def test_a_place_before_a_site_in_it_is_still_a_place() -> None:
    assert ["舞阳县"] == _surfaces("舞阳县贾湖遗址")


def test_a_province_and_its_namesake_city_read_as_the_province() -> None:
    (mention,) = find_places("报告团在吉林作巡回报告")
    assert ("22", "province", "alias") == (mention.code, mention.level, mention.method)


def test_a_city_registered_again_as_its_own_county_is_one_place() -> None:
    assert [("广东省", "44", "exact"), ("东莞市", "4419", "exact")] == [
        (m.surface, m.code, m.method) for m in find_places("论坛将于下月在广东省东莞市开幕")
    ]


def test_an_ambiguous_town_takes_its_county_from_the_sentence() -> None:
    # Henan has four 东城街道; the sentence names 召陵区 before it.
    (_, mention) = find_places("召陵区东城街道党工委书记说")
    assert ("411104003", "context") == (mention.code, mention.method)


def test_a_nearer_scope_bounds_a_farther_one() -> None:
    # Two 代庄村 in 兰考县: the outlet's region elsewhere must not pick a third.
    mention = find_places("兰考县代庄村党支部书记", home_code="4111")[1]
    assert ("410225~代庄村", "ancestor") == (mention.code, mention.method)


def test_a_village_name_that_narrows_to_no_city_is_taken_for_a_common_word() -> None:
    # 46 南街村 in Henan and nothing nearer than the province: no mention rather than a guess
    # (the same rule keeps 幸福社区, a programme's name, from becoming a place).
    assert [] == _surfaces("带学员们到南街村看看", home_code="41")
    assert ["南街村"] == _surfaces("带学员们到南街村看看", home_code="4111")


def test_villages_only_in_provinces_the_text_is_about() -> None:
    # No county named, no home region: the village register is not even consulted.
    assert [] == _surfaces("到南街村看看")


def test_bare_village_names_only_in_a_list_inside_their_town() -> None:
    text = "召陵镇先后建成白庄、大徐两个党支部。"
    assert [("召陵镇", "411104100"), ("白庄", "411104100229"), ("大徐", "411104100213")] == [
        (m.surface, m.code) for m in find_places(text, home_code="4111")
    ]
    assert ["召陵镇"] == _surfaces("召陵镇的大徐介绍说", home_code="4111")


def test_what_a_text_yields_does_not_depend_on_the_texts_read_before(
    new_gazetteer: Callable[[], Gazetteer],
) -> None:
    # A town alone opens no province to the village matcher, but its bare villages and its
    # village printed after it are looked up among its own children: loaded for the look-up,
    # not left to whichever earlier document loaded Henan.
    text = "召陵镇先后建成白庄、大徐两个党支部，召陵镇大徐村也在其中。"
    fresh = find_places(text, gazetteer=new_gazetteer())
    used = new_gazetteer()
    for province in ("13", "41", "44"):
        used.load_villages(province)
    assert fresh == find_places(text, gazetteer=used)
    assert [
        ("召陵镇", "411104100"),
        ("白庄", "411104100229"),
        ("大徐", "411104100213"),
        ("召陵镇", "411104100"),
        ("大徐村", "411104100213"),
    ] == [(m.surface, m.code) for m in fresh]


def test_dictionary_words_keep_places_whole() -> None:
    words = set(dictionary_words())
    assert {"召陵镇", "漯河市", "漯河", "经开区", "马路街街道"} <= words
    assert "大徐村" not in words
    assert "大徐村" in set(dictionary_words(provinces=["41"]))


def test_a_county_short_form_right_after_its_province_counts() -> None:
    assert [("湖北", "42", "alias"), ("嘉鱼", "421221", "alias")] == [
        (m.surface, m.code, m.method) for m in find_places("记者来到湖北嘉鱼蔬菜基地")
    ]


def test_a_short_form_shared_with_a_county_inside_the_city_is_the_city() -> None:
    # 长沙县 lies inside 长沙市: 湖南长沙 is the city.
    assert [("湖南", "43"), ("长沙", "4301")] == [
        (m.surface, m.code) for m in find_places("论坛在湖南长沙开幕")
    ]


def test_a_citizen_of_a_city_names_the_city_whatever_the_tokenizer_cut() -> None:
    text = "一封武汉市民的信"
    boundaries = frozenset({0, 1, 2, 5, 6, 7, 8})  # 一 / 封 / 武汉市 / 民 / 的 / 信
    assert [("武汉", "4201")] == [
        (m.surface, m.code) for m in find_places(text, boundaries=boundaries)
    ]


def test_a_chain_the_tokenizer_keeps_as_one_word_still_gives_both_names() -> None:
    text = "大会在江西南昌召开"
    boundaries = frozenset({0, 2, 3, 7, 9})  # 大会 / 在 / 江西南昌 / 召开
    assert [("江西", "36"), ("南昌", "3601")] == [
        (m.surface, m.code) for m in find_places(text, boundaries=boundaries)
    ]
    # Inside a longer word that is no chain, a short form stays a part of that word.
    assert [] == _surfaces("推进江西南部发展", boundaries=frozenset({0, 2, 6, 8}))


def test_autonomous_units_in_their_everyday_forms() -> None:
    assert [("新疆", "65"), ("伊犁州", "6540"), ("长阳县", "420528")] == [
        (m.surface, m.code) for m in find_places("新疆伊犁州的客商来到长阳县考察")
    ]
    # contractions no rule derives, as the units' own papers print them
    assert [("博州", "6527"), ("前郭县", "220721"), ("查干湖镇", "220721108")] == [
        (m.surface, m.code) for m in find_places("博州的客商来到前郭县查干湖镇考察")
    ]


def test_a_bare_league_name_is_a_word_unless_its_league_is_named() -> None:
    assert [] == _surfaces("坚持科技兴安、人才强安")
    assert ["兴安盟", "乌兰浩特市", "兴安"] == _surfaces("兴安盟乌兰浩特市，兴安的冬天")


def test_a_short_form_running_on_into_a_landmark_is_no_mention() -> None:
    assert ["福建"] == _surfaces("游客在福建厦门岛环岛路骑行")
    assert ["厦门"] == _surfaces("厦门的岛内外一体化")
    assert [] == _surfaces("杭州湾跨海大桥通车")
    assert ["杭州"] == _surfaces("杭州的湾区经济")


def test_a_short_form_running_on_into_an_everyday_word_needs_its_province() -> None:
    # 平台 (platform) and 阳光 (sunshine) are everyday words: 四平 and 德阳 are read from them
    # only in a text about Jilin or Sichuan.
    assert [] == _surfaces("该区推动基层治理四平台建设")
    assert ["吉林省", "四平"] == _surfaces("吉林省出台措施，四平台账管理全面规范")
    assert [] == _surfaces("赴德阳光伏企业调研")
    assert ["德阳"] == _surfaces("赴德阳光伏企业调研", home_code="51")
    assert ["四平"] == _surfaces("赴四平调研")
    # A province's short form needs no more than itself (南面 is a word too).
    assert ["河南"] == _surfaces("河南面对新形势，稳中求进")


def test_towns_named_after_everyday_words_need_a_unit_between_them_and_the_province() -> None:
    # Kinds of specialty towns in a list, with only a province named elsewhere: no places.
    assert ["云南省"] == _surfaces("云南省推广板栗镇、石榴镇等特色产业模式")
    assert ["昭通市", "绥江县", "板栗镇"] == _surfaces("昭通市绥江县板栗镇的板栗上市了")
    assert ["昭通", "板栗镇"] == _surfaces("在昭通，板栗镇的板栗上市了")
    assert ["板栗镇"] == _surfaces("板栗镇的板栗上市了", home_code="5306")


def test_a_village_right_after_its_city_is_looked_up_in_that_province() -> None:
    # Only a province and a prefecture named: the village is found under the prefecture.
    assert [("湖南", "43"), ("湘西", "4331"), ("十八洞村", "433124110226")] == [
        (m.surface, m.code) for m in find_places("记者来到湖南湘西十八洞村")
    ]


def test_a_village_name_swallows_a_city_short_form_inside_it() -> None:
    # 南平里社区 of 北京, not 南平 of 福建 followed by 里社区.
    assert [("北京", "11"), ("南平里社区", "110105020004")] == [
        (m.surface, m.code) for m in find_places("北京南平里社区的志愿者上门服务")
    ]


def test_a_village_the_province_holds_twice_is_a_village_of_the_province() -> None:
    (_, village) = find_places("在北京青年湖社区，志愿者上门理发")
    assert ("青年湖社区", "11~青年湖社区", "village", "ancestor") == (
        village.surface,
        village.code,
        village.level,
        village.method,
    )
    assert ("110101010026", "110102020002") == village.candidates
    # Not printed after the province, the name is no place: it may be any such community.
    assert ["北京市"] == _surfaces("北京市有个社区叫青年湖社区")


def test_a_banner_by_its_side_right_after_its_league() -> None:
    assert [("阿拉善盟", "1529"), ("右旗", "152922")] == [
        (m.surface, m.code) for m in find_places("在阿拉善盟右旗的戈壁上")
    ]
    assert [] == _surfaces("左旗右旗各有说法")


def test_a_town_printed_without_its_doubled_suffix() -> None:
    (mention,) = find_places("大留镇的农民")
    assert ("大留镇", "131026109", "town") == (mention.surface, mention.code, mention.level)
    assert [] == _surfaces("参观古镇")


def test_no_village_is_read_across_a_particle_after_a_town() -> None:
    assert [("疏附县", "county"), ("托克扎克镇", "town")] == [
        (m.surface, m.level) for m in find_places("疏附县托克扎克镇的村民搬进新居")
    ]
    assert ["珲春市", "敬信镇", "防川村"] == _surfaces("珲春市敬信镇的防川村发展边境旅游")


def test_a_name_begun_inside_an_everyday_word_is_no_mention() -> None:
    assert [] == _surfaces("评选全国文明村镇")
    assert ["平度市", "明村镇"] == _surfaces("平度市明村镇的小麦")
    assert ["舞阳县", "城关镇"] == _surfaces("舞阳县召开会议，全县城关镇等乡镇参加")
    # Only towns and villages hide so: 从重 and 党河 are words, but not here.
    assert ["重庆市", "合川区"] == _surfaces("卡车从重庆市合川区发出")
    assert ["河南省"] == _surfaces("核心在于党河南省委组织部负责同志说")


def test_a_name_the_tokenizer_cuts_apart_from_the_word_before_it_is_a_mention() -> None:
    text = "方山县依托马坊镇景区发展旅游"
    cut = [0, 3, 5, 8, 10, 12, 14]  # 方山县 / 依托 / 马坊镇 / 景区 / 发展 / 旅游
    found = find_places(text, boundaries=frozenset(cut))
    assert [("方山县", "141128"), ("马坊镇", "141128101")] == [(m.surface, m.code) for m in found]
    # with no word boundaries to go by, 托马 is a word and the town no mention
    assert "马坊镇" not in _surfaces(text)


def test_a_lane_named_after_a_city_is_no_mention_of_the_city() -> None:
    # No 长春里社区 in the register: the lane's community, not 长春市.
    assert [] == _surfaces("长春里社区的居民")
    assert ["长春"] == _surfaces("长春里外都是雪")


def test_a_prefecture_named_without_diqu_is_the_prefecture() -> None:
    # 阿克苏 is the prefecture 阿克苏地区 and, inside it, 阿克苏市: the prefecture holds both.
    (_, mention) = find_places("在新疆阿克苏，红枣丰收在即")
    assert ("阿克苏", "6529", "city") == (mention.surface, mention.code, mention.level)
    assert [("阿克苏市", "652901", "county")] == [
        (m.surface, m.code, m.level) for m in find_places("阿克苏市的林果业")
    ]


def test_leagues_and_municipalities_at_their_levels() -> None:
    assert [
        ("兴安盟", "city"),
        ("阿拉善盟", "city"),
        ("重庆市", "province"),
        ("香港", "province"),
    ] == [(m.surface, m.level) for m in find_places("兴安盟、阿拉善盟、重庆市和香港的代表")]


def test_an_everyday_word_names_a_district_only_right_after_its_city() -> None:
    assert [("广州", "4401"), ("天河", "440106")] == [
        (m.surface, m.code) for m in find_places("广州天河的商圈人气旺")
    ]
    assert ["广州"] == _surfaces("广州的天河商圈人气旺")
    assert [("北京", "11"), ("西城", "110102")] == [
        (m.surface, m.code) for m in find_places("北京西城的胡同里")
    ]
    assert ["河南"] == _surfaces("河南中原大地麦浪翻滚")
    assert [] == _surfaces("建设中原大地")
    assert "合作" not in set(dictionary_words())


def test_a_district_named_new_area_by_its_short_form_after_its_city() -> None:
    assert [("上海", "31"), ("浦东", "310115")] == [
        (m.surface, m.code) for m in find_places("上海浦东的金融机构")
    ]


def test_a_town_two_counties_of_the_city_hold_is_a_town_of_the_city() -> None:
    (_, town) = find_places("长治市店上镇的农民")
    assert ("1404~店上镇", "town", "ancestor", ("140406100", "140427102")) == (
        town.code,
        town.level,
        town.method,
        town.candidates,
    )


def test_a_short_form_after_a_title_and_a_preposition_is_a_place() -> None:
    assert [("西双版纳州", "5328")] == [
        (m.surface, m.code) for m in find_places("记者从西双版纳州了解到，茶园面积扩大")
    ]
    assert [] == _surfaces("副局长陈桂林说")


def test_a_village_name_read_into_the_words_after_it_is_no_village() -> None:
    # 新建 (built) and 村内 (in the village): several 新建村 in the city, none printed as one.
    text = "道里区兆麟街道、群力街道今年新建口袋公园6处。新农镇前进村修缮村部，新建村内道路12公里。"
    boundaries = frozenset(
        edge for token in default_tokenizer().cut(text) for edge in (token.start, token.end)
    )
    found = find_places(text, nearby=["2301", "230102"], boundaries=boundaries)
    assert ["道里区", "兆麟街道", "群力街道", "新农镇", "前进村"] == [m.surface for m in found]


def test_a_town_does_not_open_a_village_with_what_it_did() -> None:
    found = find_places("卢氏县城关镇完成农村改厕1200户。")
    assert [("卢氏县", "411224"), ("城关镇", "411224100")] == [(m.surface, m.code) for m in found]


def test_a_village_the_rest_of_the_page_places_is_found_alone() -> None:
    # 祁寸湾村 alone could be in any province; the page has named its county.
    text = "游客在祁寸湾村采摘核桃。"
    assert [] == _surfaces(text)
    assert ["祁寸湾村"] == _surfaces(text, nearby=["411224"])


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("卢氏县城关镇近日完成农村改厕1200户。", None),  # when, then what it did
        ("卢氏县城关镇二十个村全部通上客车。", None),  # how many it has
        ("卢氏县城关镇十里铺村开展文艺汇演。", "十里铺村"),  # a name the register lacks
    ],
)
def test_what_follows_a_town_is_a_village_only_when_it_reads_as_a_name(
    text: str, village: str | None
) -> None:
    found = [m.surface for m in find_places(text) if m.surface not in ("卢氏县", "城关镇")]
    assert ([village] if village else []) == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("和平阳明镇组建巡逻队。", [("和平", "441624"), ("阳明镇", "441624100")]),
        ("安定香泉镇新修道路。", [("安定", "621102"), ("香泉镇", "621102110")]),
        # the everyday words alone are no places
        ("和平的日子来之不易。", []),
        ("安定团结是大局。", []),
    ],
)
def test_a_short_form_that_is_a_word_names_its_county_before_a_town_of_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == [(m.surface, m.code) for m in find_places(text)]


def test_a_short_form_that_opens_a_local_name_given_elsewhere_is_its_stem() -> None:
    # 南阳寨村 is a village of 惠济区; its 南阳寨东组 is no mention of the city 南阳.
    text = "郑州市惠济区南阳寨村硬化南阳寨东组生产路2公里"
    assert ["郑州市", "惠济区", "南阳寨村"] == _surfaces(text)
    assert ["南阳"] == _surfaces("南阳月季远销海外")


def test_a_town_named_after_a_word_the_dictionary_hardly_uses_is_a_place_alone() -> None:
    # 告成 is in the dictionary but rare; 苹果 and 木耳 are everyday words.
    assert ["告成镇"] == _surfaces("告成镇召开冬季森林防火工作会议")
    assert [] == _surfaces("发展苹果村、木耳乡等特色产业")


def test_a_county_short_form_counts_where_a_town_of_its_own_is_named() -> None:
    # 何市镇 is a town of 修水县 and of one other county; 修水 alone names no place.
    text = "修水是产茶大县。今年何市镇新建茶园3000亩。"
    assert [("修水", "360424"), ("何市镇", "360424114")] == [
        (m.surface, m.code) for m in find_places(text)
    ]
    assert [] == [m.code for m in find_places("修水是产茶大县。") if m.code]


def test_a_gacha_village_under_a_banner_printed_short() -> None:
    assert [("科左中旗", "150521"), ("团结一嘎查", "150521102206")] == [
        (m.surface, m.code) for m in find_places("科左中旗团结一嘎查今年修通了砂石路。")
    ]


def test_a_town_named_after_an_everyday_word_counts_over_its_own_village() -> None:
    # 千金 is a word (a daughter, a thousand pieces of gold): alone, 千金镇 is no sure place.
    assert [] == _surfaces("千金镇近日召开会议。")
    assert [("千金镇", "330503107"), ("南窑桥村", "330503107201")] == [
        (m.surface, m.code) for m in find_places("千金镇南窑桥村近日召开会议。")
    ]


def test_a_town_of_two_bearers_is_the_one_whose_village_follows_it() -> None:
    # 阎村镇 is a town of 北京房山 and of 陕西渭南; the village after it is the first's.
    found = find_places("阎村镇前沿村近日召开会议。", nearby=["110111102"])
    assert [("阎村镇", "110111101", "town"), ("前沿村", "110111101202", "village")] == [
        (m.surface, m.code, m.level) for m in found
    ]


def test_a_town_the_text_names_opens_its_own_villages_further_on() -> None:
    # 东坑村 is a name of many villages; the one under 球川镇, named before it, is meant.
    assert [("球川镇", "330822111"), ("东坑村", "330822111209")] == [
        (m.surface, m.code) for m in find_places("球川镇今年在东坑村推广玉米。")
    ]


def test_a_district_named_as_any_citys_old_town_counts_only_beside_its_city() -> None:
    assert [] == _surfaces("石岐是东川的老城区，辖19个社区。")
    assert ["洛阳市", "老城区"] == _surfaces("洛阳市老城区今年新建公园3个。")


def test_a_village_whose_last_character_opens_a_word_of_villages_is_none() -> None:
    # 新建村 is a village's name in many provinces; 新建村级食堂 builds village canteens.
    assert ["保定市"] == _surfaces("保定市今年新建村级食堂38个。")


def test_communities_listed_bare_count_when_the_list_says_they_are_communities() -> None:
    assert ["华埠镇", "枫树底", "横街"] == _surfaces("华埠镇枫树底、横街两个社区今年完成改造。")
    assert ["华埠镇"] == _surfaces("华埠镇枫树底、横街两个街道今年完成改造。")


@pytest.mark.parametrize(
    "text",
    ["华埠镇农村饮水改造工程完工。", "华埠镇启动农村饮水改造工程。", "华埠镇某社区今年新建食堂。"],
)
def test_the_country_or_a_withheld_name_after_a_town_is_no_new_unit(text: str) -> None:
    assert ["华埠镇"] == _surfaces(text)


def test_a_village_the_register_lacks_after_its_town_is_still_one() -> None:
    assert ["华埠镇", "五里庙村"] == _surfaces("华埠镇五里庙村今年新建茶园。")


def test_taiwans_townships_count_beside_their_county_only() -> None:
    found = find_places("宜兰县三星乡今年青葱丰收，罗东镇的集货场每日处理15公吨。")
    assert [("宜兰县", "city"), ("三星乡", "county"), ("罗东镇", "county")] == [
        (m.surface, m.level) for m in found
    ]
    assert [] == _surfaces("三星乡今年青葱丰收。")  # a name of mainland towns too
    assert ["广东", "大埔县"] == _surfaces("广东大埔县新建公园。")


def test_a_village_named_before_the_words_for_inside_it_is_still_one() -> None:
    assert ["球川镇", "东坑村"] == _surfaces("球川镇今年在东坑村里推广玉米。")


def test_a_conjunction_before_the_county_is_no_two_character_county() -> None:
    # 和县 (Anhui) is printed after an ancestor or in a list; otherwise 和 joins, and 县 is
    # the county the text is about.
    opening = "含山县召开会议。"
    assert ["含山县"] == _surfaces(opening + "各村和县直单位都来参加。")
    assert ["含山县"] == _surfaces(opening + "镇上又和县气象站联手。")
    assert ["含山县", "和县"] == _surfaces("含山县与和县的干部参加。")
    assert ["马鞍山市", "和县"] == _surfaces("马鞍山市和县的干部参加。")


def test_each_village_and_a_town_begun_inside_a_word_are_no_names() -> None:
    assert ["龙广镇"] == _surfaces("龙广镇昨天向各村派驻了工作组，到该社区走访。")
    assert ["安龙县", "龙广镇", "向阳村"] == _surfaces("安龙县龙广镇向阳村派出指导组。")


def test_a_kind_of_a_towns_villages_is_no_village_of_its_own() -> None:
    assert ["安龙县", "龙广镇"] == _surfaces("安龙县龙广镇移民村建起了扶贫车间。")
    assert ["安龙县", "龙广镇"] == _surfaces("安龙县龙广镇示范村今年新修步道3公里。")
    # 车往镇 is a town of 魏县; here a tricycle (三轮车) goes to the town (往镇上)
    assert [] == _surfaces("村民蹬着三轮车往镇上拉货。")


def test_a_town_of_several_bearers_is_the_one_whose_villages_the_text_names() -> None:
    # Three towns are called 石咀镇; the villages named are those of one of them (140971101).
    text = "石咀镇今年的工作要点已经印发。力争芦家庄村、铁堡村年收入都超过百万元。"
    mentions = find_places(text)
    assert [("石咀镇", "140971101", "context"), ("芦家庄村", "140971101201", "exact")] == [
        (m.surface, m.code, m.method) for m in mentions[:2]
    ]
    # one village is not enough to tell
    assert [] == [m.code for m in find_places("石咀镇今年推动芦家庄村发展。") if m.code]


def test_a_taiwan_countys_short_form_is_the_county_not_its_seat() -> None:
    text = "南投县鱼池乡办了一场红茶节，来南投的游客多了。"
    assert [("南投县", "7113"), ("鱼池乡", "711312"), ("南投", "7113")] == [
        (m.surface, m.code) for m in find_places(text)
    ]


def test_a_hong_kong_district_of_a_name_no_other_unit_bears_needs_no_context() -> None:
    assert [("葵青区", "810301")] == [(m.surface, m.code) for m in find_places("葵青区议会开会。")]
    # 东区 and 南区 are everyday words: only beside Hong Kong
    assert [] == _surfaces("城市东区和南区的居民参加。")


def test_the_area_of_a_province_or_region_is_no_district_ending_in_that_area() -> None:
    # 湖南山区 is the mountains of Hunan, not 南山区; 京西山区 the hills west of Beijing
    assert ["湖南"] == _surfaces("湖南山区的孩子上学难。")
    # the tokenizer, taught 南山区, cuts 湖 / 南山区: the province still ends a word there
    boundaries = frozenset({0, 1, 4, 5, 7, 9, 10, 11})  # 湖 / 南山区 / 的 / 孩子 / 上学 / 难 / 。
    assert ["湖南"] == _surfaces("湖南山区的孩子上学难。", boundaries=boundaries)
    assert ["江西"] == _surfaces("江西山区的茶园很多。")
    assert [] == _surfaces("冬日的京西山区，古村热闹。")
    # after its city, or on its own, the district is the district
    assert ["深圳市", "南山区"] == _surfaces("来自深圳市南山区的企业。")
    assert ["北京", "东城区"] == _surfaces("北京东城区今年新增企业。")


def test_a_citys_short_form_that_is_an_everyday_word_needs_the_city_named() -> None:
    # 桃园 is a peach orchard in a text about Beijing's peaches, Taoyuan only beside Taiwan
    assert ["平谷区"] == _surfaces("平谷区计划把桃园观光与民宿连起来。")
    assert ["台湾", "桃园"] == _surfaces("台湾桃园今年举办灯会。")
    assert [] == _surfaces("祝大家平安健康，岁岁安康。")


def test_a_village_of_one_character_and_cun_is_found_in_a_list_under_its_town() -> None:
    assert [("丁村", "410122114214"), ("东村", "410122114203")] == [
        (m.surface, m.code)
        for m in find_places("中牟县雁鸣湖镇丁村、东村两个村新修道路3公里。")
        if m.level == "village"
    ]


def test_a_community_named_after_its_village_is_found_whole() -> None:
    # not its village 菅庄村, which the register does not list on its own
    assert [("菅庄村社区", "411025103001")] == [
        (m.surface, m.code)
        for m in find_places("襄城县颍阳镇菅庄村社区今年新建口袋公园2处。")
        if m.level == "village"
    ]


def test_some_of_a_towns_villages_are_no_village_of_its_own() -> None:
    assert ["安龙县", "龙广镇"] == _surfaces("通报批评了安龙县龙广镇个别村工作不到位的问题。")
    assert ["安龙县", "龙广镇", "向阳村"] == _surfaces("安龙县龙广镇向阳村派出指导组。")


def test_rivers_in_a_list_are_no_bare_villages_though_villages_bear_their_names() -> None:
    # 沱湖乡 has villages named 淮河村 and 浍河村; printed bare and listed, they are rivers.
    assert ["五河县", "沱湖乡"] == _surfaces("五河县沱湖乡今年加固了淮河、浍河沿岸堤防。")


def test_a_residents_committee_is_named_as_its_community() -> None:
    text = "崇明区陈家镇裕弘社区今年新办托育点2个。"
    (village,) = [m for m in find_places(text) if m.level == "village"]
    g = default_gazetteer()
    g.load_villages("31")
    assert ("裕弘社区", "裕弘社区") == (village.surface, g.unit(village.code).name)


def test_sunshine_hours_are_no_city() -> None:
    assert ["临洮县"] == _surfaces("临洮县本月日照时数为156.2小时，较常年偏多。")


def test_a_student_from_a_village_is_no_college_of_its_name() -> None:
    # 大学 after a name opens a college's (某村大学) but not 大学生, a student.
    assert ["岳西县", "天堂镇", "余安村"] == _surfaces("岳西县天堂镇余安村大学生陈晨暑假回乡。")


def test_an_office_acting_with_another_is_no_county_of_that_name() -> None:
    # 会同 (acting together with) before 县 opens no 会同县 after an office's name.
    assert [] == _surfaces("县林业局会同县财政局开展检查。")
    assert [] == _surfaces("镇政府会同县交通局修路。")
    assert [] == _surfaces("接到投诉后，村里会同县林业局上门核实。")
    assert ["会同县"] == _surfaces("在会同县开展检查。")
    assert ["怀化市", "会同县"] == _surfaces("怀化市会同县开展检查。")


def test_a_town_named_nearby_vouches_for_its_county() -> None:
    # three counties have a 冯家镇; a town of one of them named elsewhere in the notice says which
    headline = "关于冯家镇大集改在逢五逢十的通知"
    assert [("210922104", "context")] == [
        (m.code, m.method) for m in find_places(headline, nearby=["210922101"])
    ]
    assert [None] == [m.code for m in find_places(headline)]


def test_a_unit_named_elsewhere_inside_one_candidate_chooses_it() -> None:
    # Two counties are called 朝阳区 (Beijing's and Changchun's); a street of Beijing's,
    # named elsewhere in the document, says which one is meant.
    alone = find_places("区长在朝阳区人大会议上作报告。")
    assert [m.code for m in alone] == [None]
    beijing_street = "110105001"
    near = find_places("区长在朝阳区人大会议上作报告。", nearby=[beijing_street])
    assert [(m.code, m.method) for m in near] == [("110105", "context")]


def test_a_town_of_one_candidates_county_named_in_the_text_chooses_it() -> None:
    # 梁村镇 is the name of towns in several counties; 姜村镇, printed after it, is a town of
    # only one of them.
    mentions = find_places("梁村镇一家诊所和姜村镇一家药店被通报。")
    assert [(m.surface, m.code) for m in mentions] == [
        ("梁村镇", "610424102"),
        ("姜村镇", "610424104"),
    ]


def test_a_short_form_across_a_word_and_a_villages_name_is_no_place() -> None:
    # 更新 is a word and 北关村 a village's name: 新北 (新北市) across them is neither
    assert "新北" not in _surfaces("今年计划更新北关村等3个站点的设备。")
    assert "新北市" in _surfaces("新北市推出银发族交通补助。")


def test_a_district_named_as_a_kind_of_area_is_it_after_its_city() -> None:
    # 郊区, 城区, 矿区 are districts of 阳泉市 as well as everyday words for a city's parts.
    text = "阳泉市郊区今年新建公交站点12个，郊区的公交线路延伸到每个镇。阳泉城区也在推进。"
    assert [(m.surface, m.code) for m in find_places(text)] == [
        ("阳泉市", "1403"),
        ("郊区", "140311"),
        ("郊区", "140311"),
        ("阳泉", "1403"),
        ("城区", "140302"),
    ]
    assert [] == _surfaces("城市郊区的菜地和老城区的街巷都在改造。")


def test_what_is_built_or_done_in_a_community_is_no_community_the_register_lacks() -> None:
    assert ["召陵区", "召陵镇"] == _surfaces("召陵区召陵镇社区矫正社区服务有序推进")
    assert ["兰考县", "孟庙镇"] == _surfaces("兰考县孟庙镇新建社区食堂3个")
    # a community the register lacks is still one under its town
    assert ["兰考县", "孟庙镇", "五里庙社区"] == _surfaces("兰考县孟庙镇五里庙社区新建食堂")


def test_an_ethnic_township_is_found_by_its_short_form() -> None:
    (mention,) = find_places("怀柔区喇叭沟门乡今年新修山路12公里")[1:]
    assert ("喇叭沟门乡", "110116213") == (mention.surface, mention.code)


def test_villages_listed_bare_count_under_a_town_the_headline_names() -> None:
    text = "今年，孙上京、刘上京两个村新建了文化广场。"
    assert [] == _surfaces(text)
    assert [("孙上京", "130524203210"), ("刘上京", "130524203211")] == [
        (m.surface, m.code) for m in find_places(text, nearby=["130524203"])
    ]


def test_an_everyday_word_one_character_off_a_village_is_the_word() -> None:
    # 固城镇 has a 孟村; 农村 after it is the countryside, no misprint of that village.
    assert ["隆尧县", "固城镇"] == _surfaces("隆尧县固城镇农村道路全部硬化。")


def test_two_villages_after_a_town_are_no_village_of_that_name() -> None:
    assert ["隆尧县", "固城镇"] == _surfaces("隆尧县固城镇两村合建了一座冷库。")


@pytest.mark.parametrize(
    "text",
    [
        "三、报名截止时间：2027年3月8日17时（北京时间）",  # the clock a notice keeps
        "网友“漯河小王”：上次买的很新鲜。",  # a user's handle borrowing a place
    ],
)
def test_a_time_zone_and_a_users_handle_name_no_place(text: str) -> None:
    assert [] == _surfaces(text)


def test_some_villages_of_a_kind_after_a_town_are_no_village_of_that_name() -> None:
    assert ["通州区", "于家务乡"] == _surfaces("通州区于家务乡一些自然村修通了硬化路。")


def test_a_name_begun_inside_an_everyday_word_is_no_name() -> None:
    # 销往 / 沿海 / 城市: 海城市 (a city of Liaoning) starts inside 沿海
    text = "销往沿海城市"
    assert [] == _surfaces(text, boundaries=frozenset({0, 2, 4, 6}))
    # …but printed as a word of its own it is the city
    assert ["海城市"] == _surfaces("销往海城市", boundaries=frozenset({0, 2, 5}))


def test_a_place_before_its_markets_streets_and_neighbours_is_named() -> None:
    # 街市, 街头 and 街坊 are words of their own: no street named after the place
    assert ["深圳"] == _surfaces("荔枝在深圳街头很受欢迎")
    assert ["澳门"] == _surfaces("腊肠走俏澳门街市")
    assert [] == _surfaces("中山路上新开了一家店")


def test_a_township_before_its_village_whose_name_opens_with_zhen() -> None:
    assert ["瑞云观乡", "镇边城村"] == _surfaces("今年，瑞云观乡镇边城村新修了水渠。")
    assert [] == _surfaces("全乡镇村干部参加会议。")
