"""The programs named in literal passages of the five seeds (OCR line breaks joined, spaces
inside words closed, seed 004 in simplified script), and the quoted phrases that are none."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govdb.programs.canonical import simplified
from govdb.programs.find import find_programs

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _found(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.kind) for p in find_programs(text)]


def _names(text: str) -> list[str]:
    return [p.name for p in find_programs(text)]


def test_seed_000_quoted_formula_used_as_a_lever() -> None:
    text = "坚持基层党建与基层治理深度融合，以“党建+网格+大数据”为抓手，真抓实干、奋勇争先。"
    assert [("党建+网格+大数据", "model")] == _found(text)


def test_seed_000_five_star_branches_printed_two_ways_are_one_program() -> None:
    text = (
        "“三个聚焦”筑牢基层战斗堡垒。聚焦基层组织建设，夯实党建根基。该镇把深化“五星”支部建设"
        "作为基层强基固本的重要举措，先后建成白庄、大徐两个“五星”党支部，工作成效明显。"
    )
    assert [
        ("三个聚焦", "slogan"),
        ("五星支部", "brand"),
        ("五星支部", "brand"),
    ] == _found(text)


def test_seed_000_surface_keeps_quotes_and_head_noun() -> None:
    text = "先后建成白庄、大徐两个“五星”党支部，工作成效明显。"
    mention = find_programs(text)[0]
    assert ("“五星”党支部", 11, 18) == (mention.surface, mention.start, mention.end)
    assert text[mention.start : mention.end] == mention.surface


def test_seed_000_teaching_model_named_by_a_number() -> None:
    assert [("311周教学模式", "model")] == _found("全面推行“311”周教学模式，每周三天学理论。")


def test_seed_001_opening_paragraph() -> None:
    text = (
        "去年以来，我市锚定“两高四着力”重大要求，用好“党建+网格+大数据”模式，围绕建强组织、"
        "防化风险、办好实事、促进发展“四件事”，做实“五基四化”。"
    )
    assert [
        ("两高四着力", "slogan"),
        ("党建+网格+大数据", "model"),
        ("四件事", "slogan"),
        ("五基四化", "slogan"),
    ] == _found(text)


def test_seed_001_enumerated_mechanism() -> None:
    text = (
        "我市探索建立“六情直通、四级响应”机制，明确民情、社情、舆情、警情、访情、急情具体内容和"
        "责任主体，形成“基层首接、分级响应、部门联动、多元共治”的化解体系。"
    )
    assert [("六情直通、四级响应", "mechanism")] == _found(text)


def test_seed_001_round_table_after_a_quoted_question() -> None:
    text = (
        "“大家最近在‘走网格’的时候遇到了哪些问题，都说说。”在郾城区龙塔街道金牛社区“510”圆桌会议"
        "上，社区工作人员、网格队员、居民代表等围绕前期收集的问题纷纷发言。"
    )
    assert [("510圆桌会议", "mechanism")] == _found(text)


def test_seed_001_rural_and_community_models() -> None:
    text = (
        "在农村，推行“党组织+合作社+农户”发展模式。在社区，构建“幸福社区+幸福小区+红色驿站”"
        "幸福体系，建成“15分钟便民生活圈”。积极推行“一联四帮”。"
    )
    assert [
        ("党组织+合作社+农户", "model"),
        ("幸福社区+幸福小区+红色驿站", "mechanism"),
        ("15分钟便民生活圈", "slogan"),
        ("一联四帮", "slogan"),
    ] == _found(text)


def test_seed_001_quotes_in_a_row_share_the_last_ones_head_noun() -> None:
    text = "深化“双承诺”“双报到”“双结对”活动。"
    assert [
        ("双承诺", "campaign"),
        ("双报到", "campaign"),
        ("双结对", "campaign"),
    ] == _found(text)


def test_seed_002_the_same_formula_with_straight_quotes_and_a_longer_head() -> None:
    text = (
        '这是夏邑县按照"党建+网格+大数据"治理模式，与其他单位合作开发的"AI党建"云平台和'
        '"五治统筹""四防融合"指挥平台在发挥效能。'
    )
    assert [
        ("党建+网格+大数据", "model"),
        ("AI党建", "platform"),
        ("五治统筹", "platform"),
        ("四防融合", "platform"),
    ] == _found(text)


def test_seed_002_time_bank_named_as_such() -> None:
    text = (
        '开封市鼓楼区油坊社区利用"时间银行"创新社区志愿服务模式，"时间银行"里不存钱，存的是参与'
        '公益服务的时间，当自己遭遇困难时可从中支取"被服务时间"。'
    )
    assert ["时间银行", "时间银行"] == _names(text)


def test_seed_002_curtain_appointment_named_by_those_who_use_it() -> None:
    text = '用窗帘一早一晚的开合，传递平安信号，群众亲切地称之为"窗帘之约"。'
    assert [("窗帘之约", "other")] == _found(text)


def test_seed_002_curtain_appointment_repeated_in_the_article() -> None:
    text = (
        '一次"窗帘之约"为何成为50位独居者与35个网格员的"平安暗号"。后来，"窗帘之约"推广到全街道。'
    )
    assert ["窗帘之约", "窗帘之约"] == _names(text)


def test_seed_002_county_to_township_reform() -> None:
    text = (
        '2019年以来，河南实行"减县补乡"改革，累计向乡镇（街道）下沉编制7.5万余个。'
        '"85后"干部李振鑫，当地"减县补乡"改革时，他首批申请到兰考县红庙镇工作。'
    )
    assert [("减县补乡", "campaign"), ("减县补乡", "campaign")] == _found(text)


@pytest.mark.parametrize(
    "text",
    [
        '2000年倒闭的村办榨油厂是所有村民心中的"伤疤"。',
        '"这大窟窿，谁能填平？"几任村干部不敢揭"伤疤"。干部越绕，群众越闹。',
        '党建引领铸牢治理"主心骨"。把党组织建成群众信赖的"主心骨"。',
        '社区"80后"党支部书记郭文雅工作18年间，不断探寻基层治理的"灵丹妙药"。',
        '"历史遗留问题不解决，村里就是一盘散沙。"2014年，他回村任职。',
        '东彰仪成了"半瘫痪"的软弱涣散村，村集体经济零收入。',
        "打通政策部署落实的“最后一公里”。",
    ],
)
def test_seed_002_metaphors_speech_and_age_groups_are_no_programs(text: str) -> None:
    assert [] == _names(text)


def test_seed_003_province_projects_with_naming_head_nouns() -> None:
    text = "聚焦2个“双百”工程项目、12个“三个五百亿”项目、30个省市重点项目，完善服务工作机制。"
    assert [("双百工程", "project"), ("三个五百亿项目", "project")] == _found(text)


def test_seed_004_same_project_in_simplified_script() -> None:
    text = (
        "推动更多「老树发新芽」「新苗成大树」。「三个五百亿」项目（5个以上投资100亿元以上的项目）"
        "着力增高度、增内涵，做到「干一个成一个」。"
    )
    assert [("三个五百亿项目", "project")] == _found(text)


def test_seed_004_as_printed_in_traditional_script_across_a_blank_line() -> None:
    text = "推動更多「老樹發新芽」「新苗成大樹」。「三個\n\n五百億」項目（5個以上投資100億元以上）"
    mention = find_programs(text)[0]
    assert ("「三個\n\n五百億」項目", "三个五百亿项目") == (mention.surface, mention.name)


def test_seed_004_fengqiao_experience() -> None:
    text = "堅持和發展新時代「楓橋經驗」，努力把風險化解在基層。"
    assert [("枫桥经验", "model")] == _found(text)


def _whole(seed: str) -> str:
    """A seed file with line breaks joined and spaces inside Chinese closed, in simplified."""
    text = (SEEDS / seed).read_text(encoding="utf-8").replace("\n", "")
    return simplified(re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", text))


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        ("000_9ef92d6b9b86d40d.txt", {"党建+网格+大数据", "五星支部", "三会一课", "311周教学模式"}),
        ("001_274de3711385715e.txt", {"党建+网格+大数据", "六情直通、四级响应", "510圆桌会议"}),
        ("002_689bbf77def6bc30.txt", {"党建+网格+大数据", "时间银行", "窗帘之约", "减县补乡"}),
        ("003_10801ac72e73e9aa.txt", {"三个五百亿项目", "双百工程", "龙头企业+合作社+农户"}),
        ("004_f57a3f49528561d3.txt", {"三个五百亿项目", "枫桥经验", "政录企用"}),
    ],
)
def test_whole_seed_names_its_programs(seed: str, expected: set[str]) -> None:
    assert expected == expected & set(_names(_whole(seed)))


@pytest.mark.parametrize(
    "seed",
    [
        "000_9ef92d6b9b86d40d.txt",
        "001_274de3711385715e.txt",
        "002_689bbf77def6bc30.txt",
        "003_10801ac72e73e9aa.txt",
        "004_f57a3f49528561d3.txt",
    ],
)
def test_whole_seed_takes_no_metaphor_idiom_or_period(seed: str) -> None:
    refused = {"伤疤", "主心骨", "灵丹妙药", "半瘫痪", "最后一公里", "两委", "一把手", "一盘棋"}
    refused |= {"十四五", "十四五重大项目", "80后支部", "如何优化企业服务"}
    assert set() == refused & set(_names(_whole(seed)))
