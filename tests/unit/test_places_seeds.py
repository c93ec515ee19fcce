"""Every seed mention of the gazetteer's coverage study, resolved on a literal passage of its seed
(seed 004 converted to simplified script, as ingest does before finding places)."""

from govdb.places.find import PlaceMention, find_places

LUOHE = "4111"  # 漯河日报's home region


def _found(text: str, **options: object) -> dict[str, tuple[str | None, str]]:
    return {m.surface: (m.code, m.method) for m in find_places(text, **options)}


def _one(text: str, surface: str, **options: object) -> PlaceMention:
    (mention,) = [m for m in find_places(text, **options) if m.surface == surface]
    return mention


# Seed 000 -----------------------------------------------------------------------------------

SEED_000_DAXU = (
    "12日，在“漯河市西瓜第一村”召陵区召陵镇大徐村的西瓜大棚里，一个个圆溜溜的小吊瓜挂满藤蔓。"
    "这是召陵镇坚持党建引领、推动乡村振兴的一个缩影。据召陵镇党委书记王阳介绍，近年来，"
    "该镇把深化“五星”支部建设作为基层强基固本的重要举措，先后建成白庄、大徐两个“五星”党支部。"
    "同时，在白庄村试点打造智慧平台。在西皋西村建设生姜储存库。"
)


def test_seed_000_a_chain_resolves_each_link() -> None:
    assert {
        "漯河市": ("4111", "exact"),
        "召陵区": ("411104", "exact"),
        "召陵镇": ("411104100", "exact"),
        "大徐村": ("411104100213", "context"),
        "白庄": ("411104100229", "context"),
        "大徐": ("411104100213", "context"),
        "白庄村": ("411104100229", "context"),
        "西皋西村": ("411104100211", "exact"),
    } == _found(SEED_000_DAXU, home_code=LUOHE)


def test_seed_000_baizhuang_is_the_one_of_zhaoling_town_of_48_in_henan() -> None:
    mention = _one(SEED_000_DAXU, "白庄村", home_code=LUOHE)
    assert ("411104100229", "village", "context", ()) == (
        mention.code,
        mention.level,
        mention.method,
        mention.candidates,
    )


def test_seed_000_a_town_named_four_times_in_henan_within_its_county() -> None:
    text = "“……”召陵区副区长、东城街道党工委书记张琦说。"
    assert ("411104003", "context") == _found(text, home_code=LUOHE)["东城街道"]


def test_seed_000_nanjie_village_with_no_context_keeps_its_three_luohe_candidates() -> None:
    mention = _one("——带学员们到南街村看“红色治理”如何激活集体经济", "南街村", home_code=LUOHE)
    # A village 南街村 in 漯河市, one of three: the gold lists 南街村 as a village.
    assert ("4111~南街村", "village", "ancestor") == (mention.code, mention.level, mention.method)
    assert ("411103107203", "411121100211", "411122001219") == tuple(sorted(mention.candidates))


def test_seed_000_places_beyond_henan() -> None:
    text = "博览会期间，与广西壮族自治区钦州市签订友好合作协议。吸引湖南省长康实业等知名企业参展。"
    assert {
        "广西壮族自治区": ("45", "exact"),
        "钦州市": ("4507", "exact"),
    } == _found(text, home_code=LUOHE)


# Seed 001 -----------------------------------------------------------------------------------

SEED_001 = (
    "2025年8月，群众通过12345热线反映，舞阳县侯集镇井庄村、源汇区问十乡骆坡村、经开区邓襄镇"
    "部分机井出现故障。在郾城区龙塔街道金牛社区“510”圆桌会上，源汇区马路街街道友爱街社区"
    "为泰山小区更换路灯、为黄山小区安装健身器材，郾城区沙北街道泰山社区党支部书记赵丽说。"
)


def test_seed_001_every_link_of_every_chain() -> None:
    assert {
        "舞阳县": ("411121", "exact"),
        "侯集镇": ("411121107", "context"),
        "井庄村": ("411121107230", "context"),
        "源汇区": ("411102", "exact"),
        "问十乡": ("411102202", "exact"),
        "骆坡村": ("411102202213", "exact"),
        "经开区": ("411171", "alias"),
        "邓襄镇": ("411171102", "exact"),
        "郾城区": ("411103", "exact"),
        "龙塔街道": ("411103002", "context"),
        "金牛社区": ("411103002004", "context"),
        "马路街街道": ("411102002", "exact"),
        "友爱街社区": ("411102002004", "exact"),
        "沙北街道": ("411103001", "exact"),
        # The register lists 泰山路社区 under 沙北街道: one character off, inside its town.
        "泰山社区": ("411103001002", "fuzzy"),
    } == _found(SEED_001, home_code=LUOHE)


def test_seed_001_the_zone_short_form_needs_no_home_region() -> None:
    assert ("411171102", "exact") == _found("经开区邓襄镇部分机井出现故障")["邓襄镇"]


# Seed 002 -----------------------------------------------------------------------------------


def test_seed_002_a_village_unique_in_henan_resolves_without_its_town() -> None:
    text = "在新乡市获嘉县东彰仪村，2000年倒闭的村办榨油厂是所有村民心中的“伤疤”。"
    assert {
        "新乡市": ("4107", "exact"),
        "获嘉县": ("410724", "exact"),
        "东彰仪村": ("410724101202", "exact"),
    } == _found(text, home_code=LUOHE)


def test_seed_002_the_same_village_in_its_full_chain() -> None:
    assert ("410724101202", "exact") == _found("●河南省获嘉县照镜镇东彰仪村召开党群代表议事会")[
        "东彰仪村"
    ]


def test_seed_002_a_community_under_a_district_of_zhengzhou() -> None:
    text = "高效能治理的郑州市二七区嵩山路街道雅居社区“80后”社区党委书记"
    assert {
        "郑州市": ("4101", "exact"),
        "二七区": ("410103", "exact"),
        "嵩山路街道": ("410103011", "context"),
        "雅居社区": ("410103011021", "exact"),
    } == _found(text, home_code=LUOHE)


def test_seed_002_daizhuang_stays_ambiguous_inside_lankao_whatever_the_home_region() -> None:
    mention = _one("开封市兰考县代庄村党支部书记代玉建刚返乡时", "代庄村", home_code=LUOHE)
    assert ("410225~代庄村", "ancestor") == (mention.code, mention.method)
    assert ("410225104220", "410225108203") == tuple(sorted(mention.candidates))


def test_seed_002_a_town_of_lankao() -> None:
    assert ("410225104", "context") == _found("他首批申请到兰考县红庙镇工作。")["红庙镇"]


def test_seed_002_villages_and_communities_across_henan() -> None:
    text = (
        "每到中午，洛阳市新安县铁门镇刘杨村的10多位老人。“窗帘之约”开封市鼓楼区油坊社区利用“时间"
        "银行”。“安阳市文峰区大寺前社区党支部书记曲说。焦作市马村区是老矿区。在焦作市中站区，"
        "智慧党建平台。传统农业县驻马店市遂平县。商丘市夏邑县行政审批。在商丘市睢县，政务。"
        "在新乡市红旗区，智慧城市。"
    )
    found = _found(text, home_code=LUOHE)
    assert {
        "刘杨村": "410323104229",
        "油坊社区": "410204005002",
        "大寺前社区": "410502006002",
        "马村区": "410804",
        "中站区": "410803",
        "遂平县": "411728",
        "夏邑县": "411426",
        "睢县": "411422",
        "红旗区": "410702",
    } == {
        surface: found[surface][0]
        for surface in (
            "刘杨村",
            "油坊社区",
            "大寺前社区",
            "马村区",
            "中站区",
            "遂平县",
            "夏邑县",
            "睢县",
            "红旗区",
        )
    }


def test_seed_002_places_in_other_provinces() -> None:
    text = (
        "卡车从重庆市合川区发出。已助推云阳菊花、忠县忠橙等农产品出口。近年来，四川省华蓥市利用"
        "华龙街道柏木山的石漠化土地。河北省把“优化营商环境”作为“新春第一会”的主题。"
    )
    found = _found(text, home_code=LUOHE)
    assert {
        "合川区": "500117",
        "忠县": "500233",
        "华蓥市": "511681",
        "华龙街道": "511681003",
        "河北省": "13",
    } == {s: found[s][0] for s in ("合川区", "忠县", "华蓥市", "华龙街道", "河北省")}


def test_seed_002_a_foreign_country_is_no_place() -> None:
    assert () == find_places("《哈萨克斯坦实业报》总编辑谢里克·科尔茹姆巴耶夫", home_code=LUOHE)


# Seed 003 -----------------------------------------------------------------------------------


def test_seed_003_towns_of_linying() -> None:
    text = "今年以来，临颍县巨陵镇立足实际。今年以来，临颍县固厢乡不断加大小额信贷政策宣传力度。"
    assert {
        "临颍县": ("411122", "exact"),
        "巨陵镇": ("411122105", "exact"),
        "固厢乡": ("411122202", "exact"),
    } == _found(text, home_code=LUOHE)


def test_seed_003_a_community_named_twice_in_henan() -> None:
    text = "他正在源汇区马路街街道交通路社区二纸厂家属院。"
    assert ("411102002003", "context") == _found(text, home_code=LUOHE)["交通路社区"]


def test_seed_003_misprints_are_corrected_inside_their_county() -> None:
    text = "●近日，源汇区空家郭镇初级中学举办家庭教育讲座。●5月22日，源汇区向十乡召开推进会。"
    assert {
        "源汇区": ("411102", "exact"),
        "空家郭镇": ("411102102", "fuzzy"),  # 空冢郭镇
        "向十乡": ("411102202", "fuzzy"),  # 问十乡
    } == _found(text, home_code=LUOHE)


def test_seed_003_xicheng_district_of_luohe_is_a_local_zone_not_beijing() -> None:
    text = "5月24日上午，西城区城市防汛指挥部组织该区城市公用事业服务中心开展应急演练。"
    mention = _one(text, "西城区", home_code=LUOHE)
    assert ("4111~西城区", "other", "context") == (mention.code, mention.level, mention.method)


# Seed 004, converted to simplified ----------------------------------------------------------


def test_seed_004_counties_of_luohe() -> None:
    text = "宠物食品被誉为「漯河新特产」，临颍县铜基新材料、召陵区鞋革制品等特色产业链迅速壮大。"
    assert {
        "漯河": ("4111", "alias"),
        "临颍县": ("411122", "exact"),
        "召陵区": ("411104", "exact"),
    } == _found(text, home_code=LUOHE)


def test_seed_004_a_misprinted_county_is_found_from_its_town() -> None:
    text = "今年暑期，郏城区孟庙镇五里庙社区新时代文明实践站，一场亲子手工花馒制作活动正在进行。"
    assert {
        "郏城区": ("411103", "fuzzy"),  # 郾城区
        "孟庙镇": ("411103101", "exact"),
        # The 2023 register lists no 五里庙社区 under 孟庙镇: a community of 孟庙镇.
        "五里庙社区": ("411103101~五里庙社区", "ancestor"),
    } == _found(text, home_code=LUOHE)


def test_seed_004_an_archaeological_site_is_no_village() -> None:
    assert {"漯河市": ("4111", "exact"), "舞阳县": ("411121", "exact")} == _found(
        "漯河市舞阳县贾湖遗址。", home_code=LUOHE
    )


def test_seed_004_a_city_and_a_citizen_of_it() -> None:
    text = "「我从武汉市过来办理不动产方面的事项」前不久，窗口收到了一封武汉市民向女士热情洋溢的信"
    assert [("武汉市", "4201"), ("武汉", "4201")] == [
        (m.surface, m.code) for m in find_places(text, home_code=LUOHE)
    ]
