"""One canonical name for every printing of a program, and the kind its form implies."""

import pytest

from govdb.programs.canonical import canonical_name, split_surface
from govdb.programs.kinds import kind_of


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("“五星”支部", "五星支部"),
        ("“五星”党支部", "五星支部"),
        ("“三个五百亿”项目", "三个五百亿项目"),
        ("「三個\n\n五百億」項目", "三个五百亿项目"),
        ("“双百”工程", "双百工程"),
        ("“510”圆桌会议", "510圆桌会议"),
        ("“311”周教学模式", "311周教学模式"),
        ("“党建+网格+大数据”模式", "党建+网格+大数据"),
        ("“党建＋网格＋大数据”", "党建+网格+大数据"),
        ('"党建+网格+大数据"治理模式', "党建+网格+大数据"),
        ("党建+网格+大数据", "党建+网格+大数据"),
        ("党组织+合作社+农户模式", "党组织+合作社+农户"),
        ("“六情直通、四级响应”闭环落实机制", "六情直通、四级响应"),
        ("“减县补乡”改革", "减县补乡"),
        ("“‘大脚板’巡防员实地走访+大数据实时互动”机制", "大脚板巡防员实地走访+大数据实时互动"),
        # a kept head with words of its own before it describes what the brand runs
        ("“源汇小哥”红色驿站", "源汇小哥"),
        ("“老街坊”养老驿站", "老街坊"),
        ("“AI 党建”云平台", "AI党建"),
        ("「楓橋經驗」", "枫桥经验"),
        ("“１５分钟便民生活圈”", "15分钟便民生活圈"),
        # A two-character label is no name on its own: its head noun stays, kept or not.
        ("“三清”改革", "三清改革"),
        ("“两拆”改造", "两拆改造"),
        ("“双评”机制", "双评机制"),
        ("“院落议事”机制", "院落议事"),
        # Marks mixed by character recognition.
        ('“积分兑换"制度', "积分兑换"),
        ('"积分兑换”制度', "积分兑换"),
        ('"双评”机制', "双评机制"),
    ],
)
def test_canonical_name_of_a_printed_mention(surface: str, name: str) -> None:
    assert name == canonical_name(surface)


def test_content_and_head_given_apart() -> None:
    assert "五星支部" == canonical_name("五星", "党支部")


def test_simplified_conversion_keeps_words_as_written() -> None:
    # t2s converts characters only; a word-rewriting conversion would give 高性能.
    assert "高效能治理" == canonical_name("「高效能治理」")


def test_split_surface_skips_nested_quotes() -> None:
    assert ("‘源汇小哥’驿站", "模式") == split_surface("“‘源汇小哥’驿站”模式")


def test_split_surface_of_an_unquoted_formula() -> None:
    assert ("党组织+合作社+农户", "") == split_surface("党组织+合作社+农户")


@pytest.mark.parametrize(
    ("content", "head", "kind"),
    [
        ("党建+网格+大数据", "模式", "model"),
        ("六情直通、四级响应", "闭环落实机制", "mechanism"),
        ("五星", "党支部", "brand"),
        ("三个五百亿", "项目", "project"),
        ("减县补乡", "改革", "campaign"),
        ("漯河市政策计算器", "平台", "platform"),
        ("书记工程", "破题攻坚", "project"),
        ("增品种、提品质、创品牌", "行动", "campaign"),
        ("党组织+合作社+农户", "", "model"),
        ("六情直通、四级响应", "", "mechanism"),
        ("四件事", "", "slogan"),
        ("河长制", "", "mechanism"),
        ("窗帘之约", "", "other"),
    ],
)
def test_kind_from_head_noun_or_form(content: str, head: str, kind: str) -> None:
    assert kind == kind_of(content, head)
