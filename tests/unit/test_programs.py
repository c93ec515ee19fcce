"""Named initiatives in literal passages of the seeds, and what is quoted but is no program."""

import pytest

from govdb.programs.find import canonical_name, find_programs


def _names(text: str, **options: object) -> list[str]:
    return [p.name for p in find_programs(text, **options)]


def test_seed_000_quoted_programs_with_and_without_head_nouns() -> None:
    text = (
        "坚持基层党建与基层治理深度融合，以“党建+网格+大数据”为抓手，真抓实干。"
        "“三个聚焦”筑牢基层战斗堡垒。该镇把深化“五星”支部建设作为重要举措，先后建成白庄、大徐两个"
        "“五星”党支部。严格落实“三会一课”、主题党日等制度。把“雪亮工程”“蓝天卫士”等接入平台监控体系。"
        "全面推行“311”周教学模式。"
    )
    assert [
        "党建+网格+大数据",
        "三个聚焦",
        "五星支部",
        "五星支部",
        "三会一课",
        "雪亮工程",
        "311周教学模式",
    ] == _names(text)


def test_seed_001_mechanisms_slogans_and_formulas() -> None:
    text = (
        "用好“党建+网格+大数据”模式，围绕建强组织、防化风险、办好实事、促进发展“四件事”，做实“五基四化”，"
        "创新构建“六情直通、四级响应”闭环落实机制。在农村，推行“党组织+合作社+农户”发展模式。"
        "建成“15分钟便民生活圈”。创新推出“510”圆桌会议。"
    )
    programs = {p.name: p.kind for p in find_programs(text)}
    assert {
        "党建+网格+大数据": "model",
        "四件事": "slogan",
        "五基四化": "slogan",
        "六情直通、四级响应": "mechanism",
        "党组织+合作社+农户": "model",
        "15分钟便民生活圈": "slogan",
        "510圆桌会议": "mechanism",
    } == programs


def test_seed_002_named_by_repetition_and_by_their_head_noun() -> None:
    text = (
        "一次“窗帘之约”为何成为50位独居者与35个网格员的“平安暗号”。"
        "油坊社区利用“时间银行”创新社区志愿服务模式，“时间银行”里不存钱，存的是时间。"
        "后来，“窗帘之约”推广到全街道。2019年以来，河南实行“减县补乡”改革。"
        "以“党建+网格+大数据”治理模式为依托。"
    )
    names = set(_names(text))
    assert {"窗帘之约", "时间银行", "减县补乡", "党建+网格+大数据"} == names


def test_seeds_003_and_004_name_the_same_project_alike() -> None:
    seed_003 = "聚焦2个“双百”工程项目、12个“三个五百亿”项目、30个省市重点项目。"
    seed_004 = "「硬投资」「軟投資」一齊抓，「三个五百亿」项目（5个以上投资100亿元以上的项目）。"
    assert "三个五百亿项目" in _names(seed_003)
    assert "双百工程" in _names(seed_003)
    assert "三个五百亿项目" in _names(seed_004)


@pytest.mark.parametrize(
    "text",
    [
        "2000年倒闭的村办榨油厂是所有村民心中的“伤疤”。几任村干部不敢揭“伤疤”。",
        "党建引领铸牢治理“主心骨”。选好“主心骨”。",
        "这并非一剂“灵丹妙药”。",
        "“这大窟窿，谁能填平？”几任村干部不敢揭。",
        "“有了村干部的牵线搭桥，大徐小吊瓜实现了产业化种植。”村民说。",
        "东彰仪成了“半瘫痪”的软弱涣散村。打通落实的“最后一公里”。",
        "郑州市二七区嵩山路街道雅居社区“80后”社区党委书记。",
        "村“两委”班子的倾情付出。单位“一把手”要亲自参与。",
    ],
)
def test_quoted_speech_metaphors_and_idioms_are_not_programs(text: str) -> None:
    assert [] == _names(text)


def test_a_name_known_from_other_articles_counts_again() -> None:
    text = "村里也搞起了“积分兑换”。"
    assert [] == _names(text)
    assert ["积分兑换"] == _names(text, known={"积分兑换"})


def test_unquoted_plus_formulas() -> None:
    assert ["龙头企业+合作社+农户"] == _names("探索龙头企业+合作社+农户的发展路子")


@pytest.mark.parametrize(
    ("content", "head", "name"),
    [
        ("党建＋网格＋大数据", "模式", "党建+网格+大数据"),
        ("五星", "党支部", "五星支部"),
        ("三个\n\n五百亿", "项目", "三个五百亿项目"),
        ("311", "周教学模式", "311周教学模式"),
        ("减县补乡", "改革", "减县补乡"),
    ],
)
def test_canonical_names(content: str, head: str, name: str) -> None:
    assert name == canonical_name(content, head)


def test_a_short_form_given_in_one_article_names_its_program_in_another() -> None:
    from govdb.ingest.facts import ArticleText, Page
    from govdb.programs.extractor import ProgramExtractor
    from govdb.resources import default_resources

    page = Page(
        (
            ArticleText("全省实施“乡村振兴百村示范工程”（简称“百村工程”）。", frozenset()),
            ArticleText("我县“百村工程”进展顺利。", frozenset()),
        )
    )
    first, second = ProgramExtractor().extract(page, default_resources(), [{}, {}])
    assert 2 * ["乡村振兴百村示范工程"] == [p.name for p in first]
    assert [("乡村振兴百村示范工程", "“百村工程”")] == [(p.name, p.surface) for p in second]


def test_short_forms_from_other_articles_rename_the_quotes_they_print() -> None:
    text = "我县“百村工程”进展顺利。"
    assert ["百村工程"] == _names(text)
    forms = {"百村工程": ("乡村振兴百村示范工程", "project")}
    assert ["乡村振兴百村示范工程"] == _names(text, short_forms=forms)


def _headline_and_body(headline: str, body: str) -> tuple[list, list]:
    """The programs of an article's text, and then of its headline, as ingest reads them."""
    from govdb.ingest.facts import ArticleText, Page
    from govdb.programs.extractor import PROGRAMS, ProgramExtractor, TitleProgramExtractor
    from govdb.resources import default_resources

    page = Page((ArticleText(body, frozenset(), title=headline),))
    resources = default_resources()
    (body_programs,) = ProgramExtractor().extract(page, resources, [{}])
    (in_title,) = TitleProgramExtractor().extract(page, resources, [{PROGRAMS: body_programs}])
    return list(body_programs), list(in_title)


def test_a_headline_may_quote_one_part_of_the_bodys_formula() -> None:
    body = "东坡村推行“夜话会+清单制”议事机制和“护林员+”增收模式，村里的事大家商量。"
    body_programs, in_title = _headline_and_body("东坡村的“夜话会”“党建”和“护林员”", body)
    assert ["夜话会+清单制", "护林员+增收模式"] == [p.name for p in body_programs]
    # a part of three characters or more is a practice; one of two is a field, and the base of
    # an open formula (护林员+) is what is built on
    assert [("夜话会", "“夜话会”")] == [(p.name, p.surface) for p in in_title]


def test_a_coined_name_quoted_in_the_headline_and_again_in_the_text_is_a_program() -> None:
    body = "11月8日，东川县西河广场人头攒动，今年“山货赶集周”的第一场活动开场。"
    _, in_title = _headline_and_body("东川“山货赶集周”开场", body)
    assert ["山货赶集周"] == [p.name for p in in_title]
    # once only, and in one text only, it is no more than a phrase in quotes
    _, in_title = _headline_and_body("东川山货赶集开场", body)
    assert [] == [p.name for p in in_title]
    # nor is a nickname, or words someone said, however often quoted
    body = "村民都知道是“王大喇叭”来了。“王大喇叭”名叫王秀兰，当了十年网格员。"
    _, in_title = _headline_and_body("“王大喇叭”的一本民生账", body)
    assert [] == [p.name for p in in_title]
    body = "他当过十年会计，乡亲们都叫他“铁算盘村长”。"
    _, in_title = _headline_and_body("“铁算盘村长”张明：把村里的账越算越清", body)
    assert [] == [p.name for p in in_title]
    body = "张书记常说“群众事就是自家事”。明年村里要修两条路。"
    _, in_title = _headline_and_body("“群众事就是自家事”——访西河村党支部书记", body)
    assert [] == [p.name for p in in_title]
