"""Which quoted phrases are programs, and the evidence each one is taken on."""

import pytest

from govdb.programs.find import find_programs


def _evidence(text: str, **options: object) -> list[tuple[str, str]]:
    return [(p.name, p.evidence) for p in find_programs(text, **options)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("用好“党建+网格+大数据”模式", ("党建+网格+大数据", "head noun 模式")),
        ("推行“街乡吹哨、部门报到”改革", ("街乡吹哨、部门报到", "head noun 改革")),
        ("“最多跑一次”改革", ("最多跑一次", "head noun 改革")),
        ("“三无”楼院党支部", ("三无楼院支部", "head noun 楼院党支部")),
        ("聚焦“11+8”产业链", ("11+8", "plus formula")),
        ("做实“五基四化”", ("五基四化", "numbered slogan")),
        ("严格落实“三会一课”", ("三会一课", "numbered slogan")),
        ("“两个聚焦、五个转变”", ("两个聚焦、五个转变", "enumeration")),
        ("深化“千万工程”", ("千万工程", "named as such")),
        ("全面推行“河长制”", ("河长制", "named as such")),
        ("群众称之为“窗帘之约”", ("窗帘之约", "called so")),
        ("全面落实“高效办成一件事”", ("高效办成一件事", "adopted")),
        ("推广“接诉即办”", ("接诉即办", "adopted")),
    ],
)
def test_evidence(text: str, expected: tuple[str, str]) -> None:
    assert [expected] == _evidence(text)


def test_repetition_in_the_article() -> None:
    text = "“助老小灶”怎么帮老人吃上热乎饭。类似“助老小灶”这样的实事。"
    assert [("助老小灶", "repeated"), ("助老小灶", "repeated")] == _evidence(text)


def test_a_name_known_from_other_articles_is_taken_again() -> None:
    text = "各地都在学习“浦江模板”的做法。"
    assert [] == _evidence(text)
    assert [("浦江模板", "known")] == _evidence(text, known={"浦江模板"})


def test_a_known_name_with_its_head_noun() -> None:
    assert [("五星支部", "known")] == _evidence("建成“五星”支部", known={"五星支部"})


@pytest.mark.parametrize(
    "text",
    [
        "“这大窟窿，谁能填平？”几任村干部不敢揭。",  # a quoted sentence
        "他表示“要坚决落实”。",  # introduced by a verb of speech
        "“好样的”村民们说，",  # followed by one
        "基层治理的“灵丹妙药”。",  # a metaphor
        "打通落实的“最后一公里”。",
        "“十四五”重大项目",  # a plan period
        "“85后”干部李振鑫",  # an age group
        "村“两委”班子",  # a common word that starts with a count
        "单位“一把手”要亲自参与",
        "坚持全市“一盘棋”",
        "从“一人学”到“众人行”",  # “one …”
        "被评为漯河“十佳市民”",  # an award
        "带着“如何优化企业服务”的问号",  # a question
        "形成“空心化、老龄化、疏离化”等问题",  # a parallel list with nothing around it
        "坚持“县、乡、村、组、联户”五级联动",  # a list of words
        "以“廉”心为主题",  # one character
        "“2025中国—东盟周”开幕",  # a year, not a count
        "“海巡088”轮出港。“海巡088”轮返航。",  # a ship, however often named
    ],
)
def test_not_programs(text: str) -> None:
    assert [] == _evidence(text)


def test_a_metaphor_with_a_head_noun_becomes_a_program() -> None:
    assert [("最后一公里工程", "head noun 工程")] == _evidence("实施“最后一公里”工程")


def test_function_word_between_quote_and_head_noun() -> None:
    assert [("雪亮工程", "named as such")] == _evidence("把“雪亮工程”“蓝天卫士”等接入平台")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("探索龙头企业+合作社+农户的发展路子", "龙头企业+合作社+农户"),
        ("推行党组织+合作社+农户发展模式", "党组织+合作社+农户"),
        ("建成中原食品实验室+研究生院+中试基地", "中原食品实验室+研究生院+中试基地"),
    ],
)
def test_unquoted_plus_formulas_end_at_the_nouns(text: str, surface: str) -> None:
    [mention] = find_programs(text)
    assert (surface, "plus formula") == (mention.surface, mention.evidence)
    assert surface == text[mention.start : mention.end]


def test_arithmetic_is_no_formula() -> None:
    assert [] == _evidence("共计3+5=8项")


def test_mentions_come_in_text_order_with_their_spans() -> None:
    text = "用好“党建+网格+大数据”模式，做实“五基四化”，推行党组织+合作社+农户发展模式。"
    spans = [(p.start, p.end) for p in find_programs(text)]
    assert [(2, 15), (18, 24), (27, 37)] == spans


def test_a_repeated_parallel_slogan() -> None:
    text = "“人人有责、人人尽责、人人享有”正成为共识。让“人人有责、人人尽责、人人享有”落到实处。"
    assert 2 * [("人人有责、人人尽责、人人享有", "repeated")] == _evidence(text)


def test_package_exports_the_stage() -> None:
    import govdb.programs as programs

    assert programs.find_programs is find_programs
