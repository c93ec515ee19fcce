"""The division register as govdb reads it: units, paths, aliases, lazy villages."""

from collections import Counter
from collections.abc import Callable

from govdb.places.aliases import Alias
from govdb.places.gazetteer import Gazetteer, Unit, default_gazetteer


def test_a_town_is_named_as_people_write_it() -> None:
    assert Unit("411104100", "召陵镇", "召陵区召陵镇", "town", "411104") == (
        default_gazetteer().unit("411104100")
    )


def test_a_functional_zone_is_level_other_whatever_its_code() -> None:
    g = default_gazetteer()
    assert Unit("411171", "漯河经济技术开发区", "漯河经济技术开发区", "other", "4111") == (
        g.unit("411171")
    )
    assert ("other", "town") == (g.unit("440305400").level, g.unit("440305001").level)
    assert "county" == g.unit("411104").level


def test_a_local_zone_is_level_other_under_its_city() -> None:
    g = default_gazetteer()
    assert ("other", "4111") == (g.unit("4111~西城区").level, g.unit("4111~西城区").parent_code)
    assert ("河南省", "漯河市", "西城区") == g.path("4111~西城区")


def test_a_village_after_its_province_is_loaded() -> None:
    g = default_gazetteer()
    g.load_villages("41")
    assert Unit("411104100229", "白庄村", "白庄村村民委员会", "village", "411104100") == (
        g.unit("411104100229")
    )
    assert ("河南省", "漯河市", "召陵区", "召陵镇", "大徐村") == g.path("411104100213")
    assert ("河南省", "漯河市", "源汇区", "马路街街道", "友爱街社区") == g.path("411102002004")


def test_paths_leave_out_the_registers_placeholders() -> None:
    g = default_gazetteer()
    assert ("北京市", "西城区") == g.path("110102")
    assert ("重庆市", "合川区") == g.path("500117")


def test_villages_load_when_a_look_up_needs_them(new_gazetteer: Callable[[], Gazetteer]) -> None:
    g = new_gazetteer()
    assert [] == g.village_names.get("大徐村", [])
    assert "大徐村" == g.unit("411104100213").name  # by code
    assert [] == g.villages_named("大徐村", ["65"])
    assert "411104100229" in g.children_of("411104100")  # a town's villages
    assert "411104100213" in g.villages_named("大徐村", ["41", "65"])


def test_units_to_town_level_for_the_whole_mainland() -> None:
    counts = Counter(u.level for u in default_gazetteer().iter_units())
    # 31 provinces of the mainland, and Hong Kong, Macao and Taiwan with their 25 regions and
    # 383 districts. Functional zones are other: 124 of county rank, 616 of town rank, and
    # 漯河's 西城区.
    assert {"province": 34, "city": 367, "county": 3237, "town": 40736, "other": 741} == counts


def test_hong_kong_has_its_official_province_code_and_no_code_below() -> None:
    g = default_gazetteer()
    assert ("香港特别行政区", True) == (g.unit("81").name, g.unit("81").registered)
    assert ("香港岛", "81", False) == (
        g.unit("8101").name,
        g.unit("8101").parent_code,
        g.unit("8101").registered,
    )


def test_iteration_puts_parents_before_children() -> None:
    seen: set[str] = set()
    for unit in default_gazetteer().iter_units():
        assert unit.parent_code is None or unit.parent_code in seen
        seen.add(unit.code)


def test_aliases_of_a_town_with_the_county_prefix() -> None:
    assert [
        Alias("召陵区召陵镇", "prefix", gated=False),
        Alias("召陵鎮", "traditional", gated=False),
        Alias("召陵區召陵鎮", "traditional", gated=False),
    ] == default_gazetteer().aliases("411104100")


def test_aliases_of_a_village() -> None:
    g = default_gazetteer()
    g.load_villages("41")
    assert [
        Alias("大徐村村民委员会", "suffix", gated=False),
        Alias("大徐", "short", gated=True),
        Alias("大徐村村民委員會", "traditional", gated=False),
    ] == g.aliases("411104100213")


def test_aliases_of_a_county_and_a_zone() -> None:
    g = default_gazetteer()
    assert {("舞阳", "short"), ("舞陽縣", "traditional"), ("舞陽", "traditional")} == {
        (a.text, a.origin) for a in g.aliases("411121")
    }
    assert ("经开区", "zone") in {(a.text, a.origin) for a in g.aliases("411171")}


def test_the_default_gazetteer_is_built_once() -> None:
    assert default_gazetteer() is default_gazetteer()


def test_a_village_of_a_unit_that_holds_several_of_that_name_is_a_unit_of_its_own() -> None:
    g = default_gazetteer()
    assert Unit("410225~代庄村", "代庄村", "代庄村", "village", "410225") == g.unit("410225~代庄村")
    assert ("河南省", "开封市", "兰考县", "代庄村") == g.path("410225~代庄村")
    assert not g.unit("410225~代庄村").registered
    assert None is g.get("410225~代庄")  # no village's name
    assert None is g.get("4199~代庄村")  # no such parent


def test_a_town_of_a_unit_that_holds_several_of_that_name_is_a_unit_of_its_own() -> None:
    g = default_gazetteer()
    assert Unit("1404~店上镇", "店上镇", "店上镇", "town", "1404") == g.unit("1404~店上镇")
    assert ("山西省", "长治市", "店上镇") == g.path("1404~店上镇")
