"""Register names into the names news prints, and each unit's other forms with their origin."""

import pytest

from govdb.places.aliases import (
    Alias,
    province_short,
    register_alias,
    short_names,
    town_name,
    traditional_form,
    village_name,
)


@pytest.mark.parametrize(
    ("register", "written"),
    [
        ("大徐村村民委员会", "大徐村"),
        ("白庄村民委员会", "白庄村"),
        ("西皋西村村委会", "西皋西村"),
        ("井庄村委会", "井庄村"),
        ("友爱街社区居民委员会", "友爱街社区"),
        ("大寺前社区居委会", "大寺前社区"),
        ("油坊社区", "油坊社区"),
        ("五里庙居民委员会", "五里庙社区"),
        ("村民委员会", "村民委员会"),
    ],
)
def test_village_names_lose_the_committee_suffix(register: str, written: str) -> None:
    assert written == village_name(register)


@pytest.mark.parametrize(
    ("register", "written"),
    [
        ("东川县河口镇石桥村村民委员会", "石桥村"),  # the county's and town's path before it
        ("西河市东川县河口镇石桥村村委会", "石桥村"),
        ("河口镇社区居民委员会", "河口镇社区"),  # the town's own community keeps its name
        ("东川县河口镇中心社区", "东川县河口镇中心社区"),  # a generic rest is no name
    ],
)
def test_village_names_lose_the_path_some_registers_print_before_them(
    register: str, written: str
) -> None:
    paths = ("东川县河口镇", "西河市东川县河口镇")
    assert written == village_name(register, paths)


def test_town_names_lose_the_county_prefix_only_when_something_is_left() -> None:
    assert "召陵镇" == town_name("召陵区召陵镇", "召陵区")
    assert "东城街道" == town_name("召陵区东城街道", "召陵区")
    assert "马路街街道" == town_name("马路街街道", "源汇区")
    assert "召陵区镇" == town_name("召陵区镇", "召陵区")


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("河南省", "河南"),
        ("北京市", "北京"),
        ("广西壮族自治区", "广西"),
        ("宁夏回族自治区", "宁夏"),
        ("内蒙古自治区", "内蒙古"),
        ("西藏自治区", "西藏"),
    ],
)
def test_province_short_forms(name: str, short: str) -> None:
    assert short == province_short(name)


def test_a_city_is_written_without_its_suffix_anywhere() -> None:
    assert [Alias("漯河", "short", gated=False)] == short_names("city", "漯河市", "河南省")


def test_a_county_short_form_needs_its_city_named() -> None:
    assert [Alias("召陵", "short", gated=True)] == short_names("county", "召陵区", "漯河市")


def test_a_functional_zone_has_its_short_forms() -> None:
    assert [
        Alias("经开区", "zone", gated=True),
        Alias("漯河经开区", "zone", gated=False),
    ] == short_names("county", "漯河经济技术开发区", "漯河市")


def test_a_short_form_that_is_an_everyday_word_counts_only_after_an_ancestor() -> None:
    # 中原大地: 中原区 is written out when meant, or printed right after 郑州.
    assert [Alias("中原", "short", gated=True, chained=True)] == (
        short_names("county", "中原区", "郑州市")
    )


def test_a_district_named_new_area_has_a_short_form() -> None:
    assert [Alias("浦东", "short", gated=True)] == short_names("county", "浦东新区", "市辖区")


def test_no_city_short_form_that_names_a_province() -> None:
    provinces = frozenset(["海南省", "海南", "吉林省", "吉林"])
    assert "海南" not in [
        a.text for a in short_names("city", "海南藏族自治州", "青海省", provinces)
    ]
    assert [] == short_names("city", "吉林市", "吉林省", provinces)


def test_the_register_form_is_an_alias_named_for_its_difference() -> None:
    assert Alias("大徐村村民委员会", "suffix", gated=False) == register_alias(
        "village", "大徐村", "大徐村村民委员会"
    )
    assert Alias("召陵区召陵镇", "prefix", gated=False) == register_alias(
        "town", "召陵镇", "召陵区召陵镇"
    )
    assert None is register_alias("county", "召陵区", "召陵区")


def test_traditional_forms_for_search_over_traditional_text() -> None:
    assert ("舞陽縣", "臨潁縣", None) == (
        traditional_form("舞阳县"),
        traditional_form("临颍县"),
        traditional_form("漯河市"),
    )


def test_a_longer_county_short_form_is_a_name_unless_it_names_a_landform() -> None:
    assert [Alias("呼图壁", "short", gated=False)] == short_names(
        "county", "呼图壁县", "昌吉回族自治州"
    )
    assert [Alias("峨眉山", "short", gated=True)] == short_names("county", "峨眉山市", "乐山市")


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("新疆维吾尔自治区", "新疆"),  # a nationality written without 族
        ("广西壮族自治区", "广西"),
    ],
)
def test_a_province_short_form_drops_the_nationality_with_or_without_zu(
    name: str, short: str
) -> None:
    assert short == province_short(name)


def test_an_autonomous_prefecture_is_written_with_or_without_zhou() -> None:
    assert [Alias("伊犁", "short", gated=False), Alias("伊犁州", "short", gated=False)] == (
        short_names("city", "伊犁哈萨克自治州", "新疆维吾尔自治区")
    )
    # 海南 is the province, but 海南州 can only be the prefecture.
    provinces = frozenset(["海南省", "海南"])
    assert [Alias("海南州", "short", gated=False)] == short_names(
        "city", "海南藏族自治州", "青海省", provinces
    )


@pytest.mark.parametrize(
    ("level", "name", "short"),
    [
        ("city", "黔东南苗族侗族自治州", "黔东南州"),  # not 黔东 + 南苗族
        ("city", "博尔塔拉蒙古自治州", "博尔塔拉州"),
        ("county", "龙胜各族自治县", "龙胜县"),
    ],
)
def test_the_place_part_of_an_autonomous_name_ends_where_the_nationalities_begin(
    level: str, name: str, short: str
) -> None:
    assert short in [a.text for a in short_names(level, name, None)]


def test_an_autonomous_county_is_written_without_its_nationalities() -> None:
    assert [Alias("长阳", "short", gated=True), Alias("长阳县", "short", gated=False)] == (
        short_names("county", "长阳土家族自治县", "宜昌市")
    )


def test_a_long_transliterated_autonomous_name_has_its_conventional_contraction() -> None:
    assert Alias("博州", "short", gated=False) in short_names(
        "city", "博尔塔拉蒙古自治州", "新疆维吾尔自治区"
    )
    county = short_names("county", "前郭尔罗斯蒙古族自治县", "松原市")
    assert Alias("前郭县", "short", gated=False) in county
    assert Alias("前郭", "short", gated=True) in county


def test_a_league_needs_its_meng_or_a_unit_of_it_named() -> None:
    assert [Alias("兴安", "short", gated=True)] == short_names("city", "兴安盟", "内蒙古自治区")
    assert [Alias("锡林郭勒", "short", gated=False)] == short_names(
        "city", "锡林郭勒盟", "内蒙古自治区"
    )


def test_a_banner_named_for_its_league_is_written_as_its_side_after_the_league() -> None:
    assert [
        Alias("阿拉善右", "short", gated=False),
        Alias("阿右旗", "short", gated=False),
        Alias("右旗", "short", gated=True),
    ] == (short_names("county", "阿拉善右旗", "阿拉善盟"))
    assert [Alias("巴林右", "short", gated=False), Alias("巴右旗", "short", gated=False)] == (
        short_names("county", "巴林右旗", "赤峰市")
    )
    # a banner of a wing and a part: its first character, the wing and the part
    assert "科左中旗" in [a.text for a in short_names("county", "科尔沁左翼中旗", "通辽市")]


def test_a_town_whose_name_doubles_its_suffix_is_printed_once() -> None:
    assert [Alias("大留镇", "short", gated=False)] == short_names("town", "大留镇镇", "霸州市")
    assert [Alias("古镇", "short", gated=True)] == short_names("town", "古镇镇", "会理市")
    assert [] == short_names("town", "召陵镇", "召陵区")


@pytest.mark.parametrize(
    ("name", "short"),
    [("喇叭沟门满族乡", "喇叭沟门乡"), ("于家务回族乡", "于家务乡"), ("某某苗族彝族乡", "某某乡")],
)
def test_an_ethnic_township_is_printed_as_its_place_and_its_kind(name: str, short: str) -> None:
    assert [Alias(short, "short", gated=False)] == short_names("town", name, "某县")
