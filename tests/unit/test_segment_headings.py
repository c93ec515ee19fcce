"""Headings inside a running article: its sections, not new articles; new ones at headlines."""

import pytest
from pages import uncovered

from govdb.ingest.segment import Page, split_page


def _column(page: Page, field: str) -> list:
    return [getattr(article, field) for article in page.articles]


def _sections(page: Page) -> list[list[str]]:
    return [[s.heading for s in a.sections] for a in page.articles]


NUMBERED = (
    "# 东川市推进基层治理现代化\n\n本报记者 张明\n\n"
    "近日，东川市召开基层治理工作推进会，部署下一阶段工作。会议指出，全市基层治理成效明显。\n\n"
    "### 一、坚持党建引领\n\n全市建立网格党支部320个，配备网格员1500名。\n\n"
    "####（一）加强组织领导\n\n市委成立基层治理领导小组，每季度召开一次专题会议。\n\n"
    "####（二）完善工作机制\n\n各乡镇建立问题清单、责任清单，推动问题就地解决。\n\n"
    "### 二、坚持系统治理\n\n全市统筹推进矛盾纠纷化解，今年以来化解纠纷2300件。\n\n"
    "### 强化保障\n\n市财政安排专项资金8000万元，用于基层治理能力建设。\n\n"
    "## 西河县新建乡村公路120公里\n\n"
    "本报讯（记者 李华）今年以来，西河县新建乡村公路120公里，惠及群众12万人。\n"
)


def test_numbered_and_deeper_markdown_headings_are_sections_of_the_article() -> None:
    page = split_page(NUMBERED)
    assert ["东川市推进基层治理现代化", "西河县新建乡村公路120公里"] == _column(page, "title")
    assert [
        [
            "一、坚持党建引领",
            "（一）加强组织领导",
            "（二）完善工作机制",
            "二、坚持系统治理",
            "强化保障",
        ],
        [],
    ] == _sections(page)
    assert ["news", "news"] == _column(page, "kind")
    assert page.articles[0].body.endswith("用于基层治理能力建设。")
    assert "" == uncovered(NUMBERED, page)


def test_markdown_sub_headings_under_a_plain_headline_are_its_sections() -> None:
    text = (
        "南岭县多措并举促进农民增收\n\n记者 王芳\n\n"
        "今年以来，南岭县多措并举促进农民增收，茶农人均年收入增长7.5%。\n\n"
        "### 发展特色产业\n\n全县发展茶叶种植面积3万亩，带动农户4000户。\n\n"
        "### 拓宽就业渠道\n\n全县举办招聘会20场，提供岗位5000个。\n\n"
        "### 完善兜底保障\n\n全县发放各类补助资金1.2亿元，惠及群众3万人。\n"
    )
    page = split_page(text)
    assert ["南岭县多措并举促进农民增收"] == _column(page, "title")
    assert [["发展特色产业", "拓宽就业渠道", "完善兜底保障"]] == _sections(page)


def test_numbered_headings_at_the_headline_level_are_sections() -> None:
    text = (
        "## 东川县全力推进秋冬季农业生产工作\n\n近日，东川县部署秋冬季农业生产工作。\n\n"
        "## 一、抓好秋粮收购\n\n全县设立收购网点35个，收购秋粮8万吨。\n\n"
        "## 二、抓好冬小麦播种\n\n全县冬小麦播种面积达到42万亩，比上年增加2万亩。\n\n"
        "## 三、抓好农田水利建设\n\n全县新修水渠120公里，新增灌溉面积3万亩。\n"
    )
    page = split_page(text)
    assert ["东川县全力推进秋冬季农业生产工作"] == _column(page, "title")
    assert [["一、抓好秋粮收购", "二、抓好冬小麦播种", "三、抓好农田水利建设"]] == _sections(page)


SAME_LEVEL = (
    "### 东川县茶叶产业带动群众增收\n\n本报记者 张明\n\n"
    "近日，东川县茶叶加工园区投产，年加工能力达到5000吨。\n\n"
    "### 强化科技支撑\n\n全县组建茶叶技术服务队12支，培训茶农3000人次。\n\n"
    "### 西河县秋粮喜获丰收\n\n本报讯（记者 李华）今年，西河县秋粮总产量达到25万吨。\n\n"
    "### 南岭县建成智慧农业示范园\n\n近日，南岭县智慧农业示范园建成投用，占地1200亩。\n"
)


def test_a_short_heading_at_the_headline_level_is_a_section_unless_a_story_opens() -> None:
    page = split_page(SAME_LEVEL)
    assert [
        "东川县茶叶产业带动群众增收",
        "西河县秋粮喜获丰收",
        "南岭县建成智慧农业示范园",
    ] == _column(page, "title")
    assert [["强化科技支撑"], [], []] == _sections(page)


def test_a_short_headline_opening_a_story_is_a_new_article() -> None:
    text = (
        "## 东川县茶叶产业带动群众增收\n\n近日，东川县茶叶加工园区投产，年加工能力达5000吨。\n\n"
        "## 西河秋粮丰收\n\n近日，西河县秋粮总产量达到25万吨，比上年增长3%。\n"
    )
    page = split_page(text)
    assert ["东川县茶叶产业带动群众增收", "西河秋粮丰收"] == _column(page, "title")
    assert [[], []] == _sections(page)


def test_an_article_signed_after_its_text_is_finished() -> None:
    text = (
        "## 东川县茶叶产业带动群众增收\n\n东川县茶叶加工园区投产，年加工能力达到5000吨。\n\n"
        "（张明 李华）\n\n"
        "## 西河秋粮丰收\n\n西河县秋粮总产量达到25万吨，比上年增长3%。\n"
    )
    page = split_page(text)
    assert ["东川县茶叶产业带动群众增收", "西河秋粮丰收"] == _column(page, "title")
    assert ["张明 李华", None] == _column(page, "byline")


def test_a_kicker_over_a_headline_still_opens_an_article() -> None:
    text = (
        "# 东川县茶叶产业带动群众增收\n\n本报记者 张明\n\n"
        "近日，东川县茶叶加工园区投产，年加工能力达到5000吨。\n\n"
        "## 西河县\n\n### 秋粮喜获丰收\n\n全县秋粮总产量达到25万吨，比上年增长3%。\n"
    )
    page = split_page(text)
    assert ["东川县茶叶产业带动群众增收", "秋粮喜获丰收"] == _column(page, "title")
    assert [None, "西河县"] == _column(page, "kicker")


BODY = "\n\n近日，东川县茶叶加工园区投产，年加工能力达到5000吨，带动茶农2000户。\n"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        ("东川县：茶叶产业链\n延伸出增收“新路子”", "东川县：茶叶产业链延伸出增收“新路子”"),
        ("东川县:茶叶产业链\n延伸出增收新路子", "东川县:茶叶产业链延伸出增收新路子"),
        ("东川县：茶叶产业链\n\n延伸出增收新路子", "东川县：茶叶产业链延伸出增收新路子"),
        ("## 东川县：茶叶产业链\n## 延伸出增收新路子", "东川县：茶叶产业链延伸出增收新路子"),
        ("让“绿水青山\n变成金山银山”", "让“绿水青山变成金山银山”"),
        ("东川县茶叶产\n业链延伸出增收新路子", "东川县茶叶产业链延伸出增收新路子"),
        ("东川县茶叶产业链延伸出增收的\n新路子", "东川县茶叶产业链延伸出增收的新路子"),
        ("东川县：竹编“编”出\n致富新路子", "东川县：竹编“编”出致富新路子"),
        ("东川县：搬迁群众\n“入住”有保障", "东川县：搬迁群众“入住”有保障"),
    ],
)
def test_a_headline_broken_over_two_lines_is_one_title(lines: str, title: str) -> None:
    page = split_page(lines + "\n本报记者 张明" + BODY)
    assert ([title], [None], ["本报记者 张明"]) == (
        _column(page, "title"),
        _column(page, "kicker"),
        _column(page, "byline"),
    )


@pytest.mark.parametrize(
    ("lines", "kicker", "title"),
    [
        ("东川县茶园镇\n茶叶产业链延伸出增收新路子", "东川县茶园镇", "茶叶产业链延伸出增收新路子"),
        ("国庆75周年\n东川：改革风劲破浪行", "国庆75周年", "东川：改革风劲破浪行"),
        ("【一线见闻】\n东川：小产业撬动大发展", "一线见闻", "东川：小产业撬动大发展"),
        ("劳模风采\n张明：甘当乡村振兴“老黄牛”", "劳模风采", "张明：甘当乡村振兴“老黄牛”"),
        ("全民参与\n东川县垃圾分类见实效", "全民参与", "东川县垃圾分类见实效"),
    ],
)
def test_a_kicker_line_over_the_headline_is_not_joined_to_it(
    lines: str, kicker: str, title: str
) -> None:
    page = split_page(lines + BODY)
    assert ([kicker], [title]) == (_column(page, "kicker"), _column(page, "title"))


def test_a_complete_statement_over_a_headline_is_not_run_into_it() -> None:
    # Two parts of one headline, each complete: the line break reads as a space.
    page = split_page("东川：小产业撬动大发展\n竹编订单排到明年" + BODY)
    assert ["东川：小产业撬动大发展 竹编订单排到明年"] == _column(page, "title")
    page = split_page("东川县：小产业撬动大发展\n竹编订单排到明年" + BODY)
    assert ["东川县：小产业撬动大发展 竹编订单排到明年"] == _column(page, "title")


def test_figures_under_a_headline_that_says_who_acted_are_its_subtitle() -> None:
    page = split_page("东川县举行秋季项目集中开工仪式\n12个项目开工 总投资36亿元" + BODY)
    (article,) = page.articles
    assert "东川县举行秋季项目集中开工仪式" in (article.title or "")
    assert "12个项目开工 总投资36亿元" == article.subtitle


@pytest.mark.parametrize(
    "subtitle_line",
    [
        "——东川县发展特色产业，带动群众增收",
        "—— 东川县发展茶叶、竹编、药材产业",
        "—东川县发展特色产业带动群众增收",
    ],
)
def test_a_dash_line_under_the_headline_is_its_subtitle(subtitle_line: str) -> None:
    text = "东川县茶叶产业链延伸出增收新路子\n" + subtitle_line + BODY
    (article,) = split_page(text).articles
    subtitle = subtitle_line.lstrip("— ")
    dash = subtitle_line[: subtitle_line.index(subtitle)].strip()
    # The headline as printed carries its subtitle after the dash; subtitle is that part alone.
    assert "东川县茶叶产业链延伸出增收新路子" + dash + subtitle == article.title
    assert subtitle == article.subtitle
    assert article.body.startswith("近日，东川县")


def test_a_quoted_saying_with_a_comma_over_a_dash_subtitle_is_the_headline() -> None:
    text = (
        "“群众的小事，就是我们的大事”\n——访东川县河口镇党委书记王立新\n\n"
        "河口镇地处山区，近年来新修村道二十公里。\n\n记者：你们是怎么做的？\n"
    )
    (article,) = split_page(text).articles
    assert "“群众的小事，就是我们的大事”——访东川县河口镇党委书记王立新" == article.title
    assert "访东川县河口镇党委书记王立新" == article.subtitle
    assert article.body.startswith("河口镇地处山区")


def test_a_sentence_over_a_dash_line_stays_text() -> None:
    text = "近日，东川县召开推进会，部署三项工作：\n——抓产业，带动增收；\n——抓治理。\n"
    (article,) = split_page(text).articles
    assert article.title is None
    assert article.body.startswith("近日，东川县召开推进会")


def test_a_headline_with_a_subtitle_after_an_article_opens_an_article() -> None:
    text = (
        "东川县新建乡村公路120公里\n\n"
        "本报讯（记者 张明）今年以来，东川县新建乡村公路120公里，惠及群众12万人。\n\n"
        "西河县秋粮喜获丰收\n——西河县推广良种良法，粮食单产创新高\n\n"
        "今年，西河县秋粮种植面积50万亩，总产量达到25万吨。\n"
    )
    page = split_page(text)
    assert [
        "东川县新建乡村公路120公里",
        "西河县秋粮喜获丰收——西河县推广良种良法，粮食单产创新高",
    ] == _column(page, "title")
    assert [None, "西河县推广良种良法，粮食单产创新高"] == _column(page, "subtitle")
    assert "" == uncovered(text, page)


UNTITLED_FIRST = "东川县新建乡村公路120公里，惠及群众12万人，全县农村公路总里程达到3000公里。\n\n"


def test_a_headline_with_its_subtitle_before_a_byline_stays_with_that_article() -> None:
    text = (
        UNTITLED_FIRST + "西河县秋粮喜获丰收\n\n——西河县推广良种良法，粮食单产创新高\n\n"
        "本报记者 李华\n\n今年，西河县秋粮种植面积50万亩，总产量达到25万吨。\n"
    )
    page = split_page(text)
    assert [None, "西河县秋粮喜获丰收——西河县推广良种良法，粮食单产创新高"] == _column(
        page, "title"
    )
    assert [None, "西河县推广良种良法，粮食单产创新高"] == _column(page, "subtitle")
    assert "" == uncovered(text, page)


def test_a_headline_printed_after_its_body_keeps_its_subtitle() -> None:
    text = UNTITLED_FIRST + "东川县乡村公路建设提速\n——东川县推进“四好农村路”建设\n"
    page = split_page(text)
    assert (
        ["东川县乡村公路建设提速——东川县推进“四好农村路”建设"],
        ["东川县推进“四好农村路”建设"],
    ) == (
        _column(page, "title"),
        _column(page, "subtitle"),
    )
    assert () == page.leftovers


def test_a_deeper_heading_over_a_reported_story_opens_an_article() -> None:
    text = (
        "# 东川县茶叶产业带动群众增收\n\n近日，东川县茶叶加工园区投产，年加工能力达到5000吨。\n\n"
        "### 西河县秋粮收购进度过半\n\n记者从西河县粮食局获悉，全县已收购秋粮12万吨。\n"
    )
    page = split_page(text)
    assert ["东川县茶叶产业带动群众增收", "西河县秋粮收购进度过半"] == _column(page, "title")


def test_headings_numbered_in_other_ways_are_sections() -> None:
    text = (
        "## 东川县全力推进秋冬季农业生产工作\n\n近日，东川县部署秋冬季农业生产工作。\n\n"
        "## 第一部分 抓好秋粮收购工作\n\n全县设立收购网点35个，收购秋粮8万吨。\n\n"
        "## ② 抓好冬小麦播种工作\n\n全县冬小麦播种面积达到42万亩，比上年增加2万亩。\n"
    )
    page = split_page(text)
    assert ["东川县全力推进秋冬季农业生产工作"] == _column(page, "title")
    assert [["第一部分 抓好秋粮收购工作", "② 抓好冬小麦播种工作"]] == _sections(page)


COLUMNS = (
    "东川县：茶叶产业链\n延伸出增收“金钥匙”\n——东川县做强茶叶\n产业带动群众增收纪实\n"
    "■本报记者 张 明\n\n"
    "金秋时节，走进东川县茶叶\n加工园区，一派繁忙景象。\n今年以来，全县茶叶种植\n"
    "面积达到10万亩，加工企业\n发展到36家，带动农户2.3\n万户增收。\n\n"
    "“以前茶叶卖不上价，现在\n有了加工厂，收入翻了一番。”\n村民王大山说。\n\n"
    "目前，全县茶叶综合产值\n突破15亿元，比上年增长\n百分之十二。\n"
)


def test_a_headline_and_subtitle_broken_in_a_narrow_column() -> None:
    page = split_page(COLUMNS)
    (article,) = page.articles
    assert (
        "东川县：茶叶产业链延伸出增收“金钥匙”——东川县做强茶叶产业带动群众增收纪实",
        "东川县做强茶叶产业带动群众增收纪实",
        "本报记者 张明",
    ) == (article.title, article.subtitle, article.byline)
    assert article.body.startswith("金秋时节，走进东川县茶叶加工园区")
    assert "收入翻了一番。”\n村民王大山说。" in article.body
    assert () == article.paratexts
    assert "" == uncovered(COLUMNS, page)


def test_a_short_headline_at_the_pages_top_level_opens_an_article() -> None:
    text = (
        "# 东川县茶叶产业带动群众增收\n\n东川县茶叶加工园区投产，年加工能力达5000吨。\n\n"
        "## 强化科技支撑\n\n全县组建茶叶技术服务队12支，培训茶农3000人次。\n\n"
        "# 金秋采茶忙\n\n东川县茶农抢抓晴好天气采摘秋茶，全县秋茶产量预计增长一成。\n"
    )
    page = split_page(text)
    assert ["东川县茶叶产业带动群众增收", "金秋采茶忙"] == _column(page, "title")
    assert [["强化科技支撑"], []] == _sections(page)


NESTED = (
    "# 坚持党建引领 推进基层治理现代化\n"
    "\n"
    "### ——东川县基层治理工作纪实\n"
    "\n"
    "**本报记者 张明**\n"
    "\n"
    "近年来，东川县坚持党建引领，推动乡村治理提质增效，全县群众满意度达到98%。\n"
    "\n"
    "### 一、强化组织引领\n"
    "\n"
    "####（一）加强组织领导\n"
    "\n"
    "县委成立基层治理领导小组，每季度召开一次专题会议。\n"
    "\n"
    "####（二）完善工作机制\n"
    "\n"
    "各乡镇建立问题清单、责任清单，推动问题就地解决。\n"
    "\n"
    "### 二、坚持系统治理\n"
    "\n"
    "全县统筹推进矛盾纠纷化解，今年以来化解纠纷2300件。\n"
    "\n"
    "### 织密服务网络\n"
    "\n"
    "全县建成党群服务中心210个，实现村（社区）全覆盖。\n"
    "\n"
    "### 三、强化保障措施\n"
    "\n"
    "县财政安排专项资金8000万元，用于基层治理能力建设。\n"
    "\n"
    "## 西河县新建乡村公路120公里\n"
    "\n"
    "本报讯（记者 李华）今年以来，西河县新建乡村公路120公里，惠及群众12万人。\n"
)


def test_an_article_with_nested_numbered_sub_headings_is_one_article() -> None:
    page = split_page(NESTED)
    assert [
        "坚持党建引领 推进基层治理现代化——东川县基层治理工作纪实",
        "西河县新建乡村公路120公里",
    ] == _column(page, "title")
    assert ["东川县基层治理工作纪实", None] == _column(page, "subtitle")
    assert [
        [
            "一、强化组织引领",
            "（一）加强组织领导",
            "（二）完善工作机制",
            "二、坚持系统治理",
            "织密服务网络",
            "三、强化保障措施",
        ],
        [],
    ] == _sections(page)
    assert "" == uncovered(NESTED, page)


def test_a_numbered_heading_right_under_the_headline_is_the_first_section() -> None:
    text = (
        "# 东川县推进基层治理现代化\n\n### 一、坚持党建引领\n\n"
        "全县建立网格党支部320个，配备网格员1500名。\n\n"
        "### 二、坚持系统治理\n\n全县今年以来化解纠纷2300件。\n"
    )
    page = split_page(text)
    assert (["东川县推进基层治理现代化"], [None]) == (
        _column(page, "title"),
        _column(page, "subtitle"),
    )
    assert [["一、坚持党建引领", "二、坚持系统治理"]] == _sections(page)
    assert page.articles[0].body.endswith("化解纠纷2300件。")


def test_two_short_clauses_under_a_headline_that_says_who_acted_are_its_subtitle() -> None:
    page = split_page("东川县秋季村容村貌评比结果揭晓\n北山镇摘得桂冠 西河乡进步最大" + BODY)
    (article,) = page.articles
    assert "北山镇摘得桂冠 西河乡进步最大" == article.subtitle
    assert (article.title or "").startswith("东川县秋季村容村貌评比结果揭晓")


def test_a_headline_may_hold_a_comma_when_a_byline_follows() -> None:
    text = (
        "雪山脚下的牧场上，牧民当上“护林员”\n\n本报记者　张明　通讯员　李华\n\n"
        "初冬时节，东川县高山牧场上已是一片枯黄，牧民们忙着巡护林区。\n"
    )
    (article,) = split_page(text).articles
    assert "雪山脚下的牧场上，牧民当上“护林员”" == article.title
    assert article.body.startswith("初冬时节")


def test_a_page_opening_with_a_headline_that_holds_a_comma() -> None:
    text = (
        "【东川广播·民生热线】山乡种茶，富了日子\n\n"
        "主持人：听众朋友，上午好！今天做客直播间的是东川县茶叶站站长。\n"
    )
    (article,) = split_page(text).articles
    assert (article.title or "").endswith("山乡种茶，富了日子")


def test_a_long_line_printed_right_over_the_headline_is_its_first_part() -> None:
    text = (
        "东川县连夜转移沿河群众2100余人\n"
        "暴雨过程中全县未发生人员伤亡\n\n"
        "本报讯（记者 张明）受强降雨影响，东川县连夜转移群众。\n"
    )
    page = split_page(text)
    assert ["东川县连夜转移沿河群众2100余人 暴雨过程中全县未发生人员伤亡"] == [
        a.title for a in page.articles
    ]
    assert [None] == [a.kicker for a in page.articles]
    assert "" == uncovered(text, page)


def test_a_short_line_over_the_headline_stays_its_kicker() -> None:
    page = split_page("防汛一线\n暴雨过程中全县未发生人员伤亡\n\n受强降雨影响，东川县转移群众。\n")
    assert (["暴雨过程中全县未发生人员伤亡"], ["防汛一线"]) == (
        [a.title for a in page.articles],
        [a.kicker for a in page.articles],
    )


def test_the_line_over_a_dateline_is_the_headline_an_exclamation_inside_or_not() -> None:
    text = (
        "东川日报　2026年10月10日　第02版\n\n"
        "“你好，东川”！古村游带火西河镇 国庆接待游客12万人次\n\n"
        "本报讯（记者 张明）今年国庆假期，西河镇共接待游客12万人次。\n"
    )
    assert ["“你好，东川”！古村游带火西河镇 国庆接待游客12万人次"] == _column(
        split_page(text), "title"
    )


def test_the_issuer_over_a_documents_name_opens_its_title() -> None:
    text = (
        "东川县人民政府\n征收土地公告\n\n东政征告〔2026〕第7号\n\n"
        "根据有关规定，现将征收事项公告如下：\n"
    )
    page = split_page(text)
    assert ["东川县人民政府 征收土地公告"] == _column(page, "title")
    assert ["东政征告〔2026〕第7号"] == [
        t.text for a in page.articles for t in a.paratexts if t.kind == "credit"
    ]


def test_a_headline_saying_who_acted_opens_the_next_story_on_a_page_of_several() -> None:
    text = (
        "东川报　2026年10月12日　第2版　乡镇新闻\n\n"
        "北山镇秋收进度过半\n本报讯（记者 张明）连日来，北山镇组织农机抢收玉米，已收获2.1万亩。\n\n"
        "西河乡新建文化广场\n本报记者 李华\n西河乡文化广场建成投用，面积约3000平方米。"
        "村民说：“晚上有地方跳舞了。”\n\n"
        "南坪镇清理沟渠迎接春灌\n"
        "开春以后，南坪镇发动村民清理沟渠，疏通渠道21公里。（通讯员 王芳）\n"
    )
    page = split_page(text)
    assert ["北山镇秋收进度过半", "西河乡新建文化广场", "南坪镇清理沟渠迎接春灌"] == _column(
        page, "title"
    )
    assert [[], [], []] == _sections(page)


def test_a_post_title_exclaiming_over_its_posting_line_is_the_headline() -> None:
    text = (
        "西河乡这个村，一年卖了3万斤蜂蜜！\n"
        "西河发布　2026年5月6日 20:15\n"
        "今年，西河乡白石村的蜂蜜通过网店卖出3万斤，比去年多了一倍。\n"
        "村里新建蜂场2个，带动农户40户。\n"
    )
    (article,) = split_page(text).articles
    assert "西河乡这个村，一年卖了3万斤蜂蜜！" == article.title
    assert article.body.startswith("今年，西河乡白石村")


def test_a_heading_under_the_posting_line_opens_the_posts_text() -> None:
    text = (
        "“门难进”变“一次办”\n\n"
        "北山镇便民中心，一天办结120件！\n"
        "北山发布　2026-04-02 18:40\n"
        "“门难进”变“一次办”\n"
        "今年以来，北山镇政务大厅推行一窗受理，日均办结事项120件。\n"
        "窗口从8个减到5个，办事排队时长缩短一半。\n"
    )
    (article,) = split_page(text).articles
    assert "北山镇便民中心，一天办结120件！" == article.title
    assert article.body.startswith("“门难进”变“一次办”\n今年以来")


def test_the_accounts_name_over_its_posting_line_is_no_title() -> None:
    text = (
        "东川发布\n"
        "原创 东川发布 2026-03-09 08:00 云南\n"
        "东川镇：一片果园富了一个村\n"
        "近日，东川镇青石村的柑橘进入采摘期，全村种植柑橘1600亩。\n"
        "合作社吸纳社员85户，人均增收4000元。\n"
    )
    (article,) = split_page(text).articles
    assert "东川镇：一片果园富了一个村" == article.title


def test_the_first_line_over_a_storys_opening_words_is_its_headline() -> None:
    asked = (
        "答疑丨明年全县教育投入怎么安排？\n"
        "近日，记者就明年教育预算采访了县教育局负责人。\n"
        "问：明年教育投入有多少？\n"
        "答：全县安排教育支出5.6亿元，比今年增长4%。\n"
    )
    assert "明年全县教育投入怎么安排？" == split_page(asked).articles[0].title
    unpunctuated = (
        "最新！北山县前三季度税收“账本”公布\n"
        "1—9月，北山县税收收入完成3.2亿元，同比增长5%。快来看看👇\n"
        "▶ 增值税 1.4亿元\n"
        "同比增长6%\n"
    )
    (article,) = split_page(unpunctuated).articles
    assert "最新！北山县前三季度税收“账本”公布" == article.title
    assert article.body.startswith("1—9月，北山县")


def test_a_rare_blank_line_sets_the_next_story_apart() -> None:
    text = (
        "青石村党员带头种下800亩茶园\n"
        "本报讯（记者 张明）今年以来，东川县青石镇青石村发动党员认领荒山，种下茶园800亩。\n"
        "茶园吸纳农户62户入股，预计明年采茶后村集体增收20万元。\n"
        "青石镇12个村中，已有9个村组建了党员服务队。\n"
        "\n"
        "白沙镇“网格+积分”让小事不出村\n"
        "东川县白沙镇把全镇14个村划成96个网格，由党员任网格员的占六成。\n"
        "今年网格员化解纠纷210起，化解率97%。\n"
        "（通讯员 王芳）\n"
    )
    page = split_page(text)
    assert ["青石村党员带头种下800亩茶园", "白沙镇“网格+积分”让小事不出村"] == _column(
        page, "title"
    )


def test_a_table_under_its_name_after_a_blank_line_stays_in_the_story() -> None:
    text = (
        "东川县三季度经济形势向好\n"
        "1—9月，东川县经济稳中向好。现将部分数据列示如下。\n"
        "全县生产总值增长5%，工业增加值增长6%。\n"
        "消费市场回暖，零售额增长4%。\n"
        "\n"
        "东川县统计月报（2026年9月）\n"
        "指标      单位    1-9月    同比增长%\n"
        "地区生产总值    亿元    212.5    5.0\n"
        "工业增加值      亿元    48.3     6.1\n"
        "零售总额        亿元    66.2     4.2\n"
    )
    assert ["东川县三季度经济形势向好"] == _column(split_page(text), "title")


def test_a_bulleted_figure_and_its_note_each_stand_alone() -> None:
    text = (
        "北山县前三季度财政收支情况\n"
        "1—9月，北山县财政收支平稳向好。\n"
        "▶ 地方税收 5.2亿元\n"
        "同比增长4.3%\n"
        "▶ 新增贷款 3.4亿元\n"
        "支持9个重点项目\n"
        "县里表示，四季度将确保全年任务完成。\n"
    )
    (article,) = split_page(text).articles
    assert () == tuple(article.sections)
    assert article.body.split("\n")[1:] == [
        "▶ 地方税收 5.2亿元",
        "同比增长4.3%",
        "▶ 新增贷款 3.4亿元",
        "支持9个重点项目",
        "县里表示，四季度将确保全年任务完成。",
    ]


def test_a_pictograph_after_a_sentences_end_still_ends_it() -> None:
    text = (
        "西河“村运会”火了！两天吸引游客超5万人次\n"
        "朋友们，今年的西河乡村运动会又开幕啦！🎉\n"
        "记者从西河乡了解到，11月以来，全乡8个村已举办各类比赛26场，参赛群众超过1500人。\n"
        "📍白石村\n"
        "白石村把拔河比赛和丰收节合在一起办，当天村里民宿收入约12万元。\n"
    )
    (article,) = split_page(text).articles
    assert "西河“村运会”火了！两天吸引游客超5万人次" == article.title
    assert article.body.startswith("朋友们，今年的西河乡村运动会又开幕啦！🎉\n记者从")


def test_an_offices_signature_under_a_notice_is_its_credit() -> None:
    text = (
        "东川乡春节期间交通管制公告\n"
        "一、自2月1日起，每逢周末实施老街周边交通管制。\n"
        "二、本所另设临时停车场2处，共可停放300辆。\n"
        "东川县东川乡公所　乡长 王建国\n"
    )
    (article,) = split_page(text).articles
    assert [("credit", "东川县东川乡公所　乡长 王建国")] == [
        (p.kind, p.text) for p in article.paratexts
    ]


def test_a_posts_marked_points_are_its_text_not_a_column_of_briefs() -> None:
    text = (
        "一图读懂｜东川县农业发布会要点\n"
        "东川发布　2026-10-12 18:00\n"
        "今天上午，东川县召开秋收新闻发布会。重点数据都在这里👇\n"
        "▶ 粮食：全县粮食产量12.6万吨，同比增长3%。\n"
        "▶ 西河镇：白石村新建烘干中心1座，日烘干能力80吨。\n"
        "▶ 下一步：明年再建成高标准农田2万亩。\n"
    )
    (article,) = split_page(text).articles
    assert ("news", "东川县农业发布会要点") == (article.kind, article.title)
    assert article.body.split("\n")[1:] == [
        "▶ 粮食：全县粮食产量12.6万吨，同比增长3%。",
        "▶ 西河镇：白石村新建烘干中心1座，日烘干能力80吨。",
        "▶ 下一步：明年再建成高标准农田2万亩。",
    ]


def test_the_accounts_name_on_its_own_line_over_its_posting_line_is_a_credit() -> None:
    text = (
        "降温了！东川这些农事要注意→\n"
        "东川发布\n"
        "原创 2026-11-18 17:30 云南\n"
        "朋友们注意啦！据东川县气象台预报，本周将有一次强降温过程，降温幅度6至8℃。\n"
        "请大家及时做好大棚保温，出门注意添衣，防范道路结冰带来的出行风险。\n"
    )
    (article,) = split_page(text).articles
    assert "降温了！东川这些农事要注意→" == article.title
    assert ["东川发布", "原创 2026-11-18 17:30 云南"] == [p.text for p in article.paratexts]


def test_captions_saying_where_their_photo_sits_are_the_storys() -> None:
    text = (
        "东川县茶叶加工订单足\n"
        "连日来，东川县的茶叶加工企业忙着赶制订单，今年前10个月茶产业营业收入达8.6亿元。\n"
        "上图：青石镇白石村一家茶厂的车间里，工人正在分拣茶叶。该厂今年已接订单约3万斤。\n"
        "下图：东川县质检站里，技术员正在抽检茶样。质检站今年已检测样品2600批次。\n"
    )
    (article,) = split_page(text).articles
    assert ["caption", "caption"] == [p.kind for p in article.paratexts]


def test_a_data_section_of_a_markdown_page_is_the_storys_not_a_column() -> None:
    text = (
        "# 东川县推进学校建设\n\n"
        "东川县全年教育经费达到2.1亿元，新建校舍约1.8万平方米。\n\n"
        "## 数据速览\n\n"
        "- 课后托管覆盖率为96.1%；\n"
        "- 公办园学位增加360个。\n"
    )
    (article,) = split_page(text).articles
    assert "东川县推进学校建设" == article.title


def test_a_headline_broken_before_a_lone_noun_character_is_one_headline() -> None:
    text = (
        "东川日报　2026年4月2日　第3版\n"
        "西河乡易地搬迁安置\n"
        "楼年底前全部交付\n"
        "本报记者　张明\n"
        "今年，西河乡新建安置楼12栋，可安置群众480户。\n"
    )
    (article,) = split_page(text).articles
    assert article.title == "西河乡易地搬迁安置楼年底前全部交付"
    assert article.kicker is None


def test_a_kicker_over_a_headline_opening_with_a_word_stays_a_kicker() -> None:
    text = (
        "乡村振兴在行动\n东川县今年建成旱涝保收田3万亩\n"
        "本报讯 今年以来，东川县建成旱涝保收田3万亩。\n"
    )
    (article,) = split_page(text).articles
    assert (article.kicker, article.title) == ("乡村振兴在行动", "东川县今年建成旱涝保收田3万亩")


def test_a_speakers_titles_and_name_and_the_date_in_brackets_stand_apart() -> None:
    text = (
        "在全县防汛备汛动员会上的讲话\n"
        "县政府党组成员、副县长、县防指办公室主任　王建军\n"
        "（2026年2月26日）\n"
        "\n"
        "同志们：\n"
        "今年汛期全县转移群众1200人，无一伤亡。\n"
    )
    (article,) = split_page(text).articles
    assert article.title == "在全县防汛备汛动员会上的讲话"
    assert article.body.startswith("同志们：")
    assert "王建军" in (article.byline or "")


def test_a_pdfs_running_head_over_the_title_and_each_page_is_no_text() -> None:
    text = (
        "东川县审计局　　　　　　　　审计结果公告\n"
        "东川县2025年乡道维修经费审计结果公告\n"
        "\n"
        "县审计局对全县12个乡镇的乡道维修经费进行了审计。共抽查路段46条，发现\n"
        "　　　　　第 1 页 共 2 页\n"
        "东川县审计局　　　　　　　　审计结果公告\n"
        "问题资金86万元，已全部整改。\n"
        "　　　　　第 2 页 共 2 页\n"
    )
    (article,) = split_page(text).articles
    assert article.title == "东川县2025年乡道维修经费审计结果公告"
    assert "审计局　" not in article.body
    assert article.body.startswith("县审计局对全县12个乡镇")


def test_a_place_over_what_it_did_is_one_headline_broken_in_two() -> None:
    text = (
        "东川日报　2026年6月3日　第2版\n"
        "北山乡石桥村高山茶园\n"
        "　　　　　迎来采摘旺季\n"
        "本报讯（李华）入夏以来，石桥村高山茶园进入采摘旺季，日采鲜叶约2吨。\n"
    )
    (article,) = split_page(text).articles
    assert article.title == "北山乡石桥村高山茶园迎来采摘旺季"


def test_a_kicker_that_says_something_of_its_own_stays_over_the_headline() -> None:
    text = "东川县推进乡村振兴\n建成旱涝保收田3万亩\n本报讯 今年以来，东川县建成旱涝保收田3万亩。\n"
    (article,) = split_page(text).articles
    assert article.title != "东川县推进乡村振兴建成旱涝保收田3万亩"


def test_people_over_what_they_did_a_word_later_is_one_headline() -> None:
    text = (
        "东川日报　2026年1月9日　第3版\n"
        "北山乡茶农\n"
        "春茶开采 忙\n"
        "本报记者 李华\n"
        "立春刚过，北山乡茶农就忙着开采春茶，日采鲜叶约3吨。\n"
    )
    (article,) = split_page(text).articles
    assert article.title == "北山乡茶农春茶开采 忙"


def test_the_kind_of_script_before_a_headline_is_no_part_of_it() -> None:
    text = "口播稿：走进北山乡茶叶加工厂\n【画面】清晨，茶农把鲜叶送进北山乡茶叶加工厂。\n"
    (article,) = split_page(text).articles
    assert article.title == "走进北山乡茶叶加工厂"


def test_a_quoted_saying_and_its_subtitle_on_the_first_line_are_the_headline() -> None:
    text = (
        "“茶香飘出山，日子甜起来”——北山乡一位茶农的口述\n"
        "口述：周秀英（北山乡石桥村茶农）　整理：本报记者 李华\n"
        "我家种茶三十年了，今年春茶卖了两万多元。\n"
    )
    (article,) = split_page(text).articles
    assert article.title == "“茶香飘出山，日子甜起来”——北山乡一位茶农的口述"
    assert article.body.startswith("口述：周秀英")


def test_who_wrote_an_account_down_under_who_told_it_opens_no_second_story() -> None:
    text = (
        "我在石桥村当村医的十年\n"
        "\n"
        "口述：周明（北山乡石桥村乡村医生）\n"
        "整理：本报记者 李华\n"
        "\n"
        "2016年我回到石桥村看病，那会儿卫生室就一间平房。\n"
    )
    (article,) = split_page(text).articles
    assert article.title == "我在石桥村当村医的十年"
    assert article.body.endswith("那会儿卫生室就一间平房。")


def test_a_headline_with_a_comma_over_who_tells_the_account_is_the_headline() -> None:
    text = (
        "种了半辈子茶，头一回觉得茶园是“金饭碗”\n"
        "口述：周秀英（北山乡石桥村茶农）　整理：本报记者 李华\n"
        "我叫周秀英，今年五十六岁，种茶快三十年了。\n"
    )
    (article,) = split_page(text).articles
    assert article.title == "种了半辈子茶，头一回觉得茶园是“金饭碗”"
    assert article.body.startswith("口述：周秀英")


def test_a_scripts_kind_in_brackets_before_a_question_headline_is_no_part_of_it() -> None:
    text = "【口播稿】北山乡的茶为啥越卖越俏？\n【画面】茶农在北山乡茶园采摘春茶。\n"
    (article,) = split_page(text).articles
    assert article.title == "北山乡的茶为啥越卖越俏？"


def test_headlines_under_a_column_tag_and_over_the_writer_open_a_story() -> None:
    page = split_page("【一线直击】\n深夜的河岸\n——东川县护河队巡查纪实\n记者　张明" + BODY)
    assert (["深夜的河岸——东川县护河队巡查纪实"], ["一线直击"], ["记者 张明"]) == (
        _column(page, "title"),
        _column(page, "kicker"),
        _column(page, "byline"),
    )


@pytest.mark.parametrize(
    ("text", "title", "kicker", "opening"),
    [
        (
            "【访谈】\n让老街“留得住乡愁”\n——访东川县住建局局长张明\n记者：老街改造进展如何？\n"
            "张明：今年已完成门面改造86间，还有40间年底前完工。\n",
            "让老街“留得住乡愁”——访东川县住建局局长张明",
            "访谈",
            "记者：老街改造进展如何？",
        ),
        (
            "【价格行情】\n东川县蔬菜批发市场一周行情\n东川县蔬菜批发市场信息中心　2026年第12期\n"
            "3月2日　白菜每公斤1.2元，较上周上涨0.1元。\n3月4日　土豆每公斤2.4元，与上周持平。\n",
            "东川县蔬菜批发市场一周行情",
            "价格行情",
            "3月2日",
        ),
        (
            "【数说】\n东川县茶产业这一年\n东川县委宣传部　制图\n● 12个乡镇　茶园实现全覆盖\n"
            "● 约5万亩　全县茶园面积，其中有机茶园约1万亩\n● 2.1万户　从事茶产业的农户\n"
            "● 2030年目标　茶业总产值突破80亿元\n说明：西河乡为全县首批示范基地。\n",
            "东川县茶产业这一年",
            "数说",
            "● 12个乡镇",
        ),
    ],
)
def test_a_column_tag_atop_the_page_stands_over_one_story(
    text: str, title: str, kicker: str, opening: str
) -> None:
    # the headline under the tag, the office and issue under it no part of it, and every
    # marked point of figures the story's text
    (article,) = split_page(text).articles
    assert (title, kicker) == (article.title, article.kicker)
    assert article.body.startswith(opening)


def test_a_video_scripts_numbered_shots_are_its_text() -> None:
    text = (
        "【解说词】西河乡的梨花开了\n镜头1：航拍西河乡梨园\n解说：西河乡种植酥梨2600亩。\n"
        "镜头2：果农疏花\n解说：今年全乡带动农户320户。\n"
    )
    (article,) = split_page(text).articles
    assert "西河乡的梨花开了" == article.title
    assert article.body.startswith("镜头1：航拍西河乡梨园")


@pytest.mark.parametrize(
    ("text", "title", "kicker"),
    [
        # a market's board under its name, the office and the month under that
        (
            "蔬菜行情\n东川县蔬菜市场信息中心　第12期　2026年3月\n"
            "3月2日　西河乡白菜收购价每斤0.8元，较上周上涨0.1元。\n"
            "3月4日　东坪乡土豆收购价每斤1.2元，与上周持平。\n",
            "蔬菜行情",
            None,
        ),
        # the outlet's name over a headline its column's tag leads
        (
            "东川县融媒体中心\n【数读】东川县护林这一年\n"
            "2026年，东川县持续加强森林管护。\n1200名\n全县生态护林员\n",
            "东川县护林这一年",
            "数读",
        ),
        # under a column's tag, a headline with a comma over the writer's line
        (
            "【急救现场】\n45分钟，从山村到手术台\n本报记者　张明\n"
            "3月8日清晨，东川县西河乡62岁的村民突发胸痛，乡卫生院立即联系县医院。\n",
            "45分钟，从山村到手术台",
            "急救现场",
        ),
    ],
)
def test_a_pages_headline_among_its_chrome(text: str, title: str, kicker: str | None) -> None:
    (article,) = split_page(text).articles
    assert (title, kicker) == (article.title, article.kicker)


def test_a_numbered_part_that_makes_something_public_is_no_notice_of_its_own() -> None:
    text = (
        "东川县西河村2026年第一季度村务公开\n一、党务公开\n本季度新发展党员1名，收缴党费2380元。\n"
        "二、财务收支\n本季度经营收入186400元，上级补助92000元。\n三、“小微权力”事项公示\n"
        "本季度经平台审批的支出共14笔，均由监委会审核签字。\n"
    )
    assert ["东川县西河村2026年第一季度村务公开"] == _column(split_page(text), "title")


def test_a_bulletins_issuer_and_hour_under_its_title_stay_out_of_it() -> None:
    text = (
        "西河乡茶园防冻提示（第3期）\n"
        "西河乡农业服务中心　2026年12月2日9时发布\n"
        "一、天气预报\n"
        "明天夜里最低气温降到零下2℃，请茶农及早覆盖地膜。\n"
    )
    (article,) = split_page(text).articles
    assert "西河乡茶园防冻提示（第3期）" == article.title


def test_a_headline_with_a_comma_over_a_scripts_first_numbered_shot() -> None:
    text = (
        "短视频｜雪落茶山，茶农还在忙\n"
        "【画面1】清晨，西河乡茶山上，二十多位茶农正在给茶树盖草。\n"
        "【字幕】西河乡茶园越冬管护\n"
        "【旁白】全乡茶园约2600亩，今年新建防冻大棚12座。\n"
    )
    (article,) = split_page(text).articles
    assert "雪落茶山，茶农还在忙" == article.title
    assert article.body.startswith("【画面1】清晨")


def test_a_hotline_question_over_its_labelled_parts_and_the_dated_reply_line() -> None:
    text = (
        "民生热线｜村口的路灯坏了，能否修一修？\n"
        "【网友留言】我是西河乡东坪村村民，村口两盏路灯坏了一个多月。\n"
        "【部门回复】西河乡人民政府：您好！经核实，路灯已于11月20日修复。\n"
        "（回复时间：2026年11月21日）\n"
    )
    (article,) = split_page(text).articles
    assert "村口的路灯坏了，能否修一修？" == article.title
    assert "回复时间" not in article.body


def test_a_learners_name_under_the_headline_of_what_they_wrote_is_no_headline() -> None:
    text = (
        "学员心得｜学会了修农机，心里有了底\n"
        "西河乡东坪村学员　王秋生\n"
        "我今年52岁，开了二十年拖拉机，坏了只能等人来修。\n"
    )
    (article,) = split_page(text).articles
    assert "学会了修农机，心里有了底" == article.title
    assert article.body.startswith("我今年52岁")


def test_a_report_of_the_days_its_title_spans_is_one_article_not_briefs() -> None:
    text = (
        "西河乡茶叶价格周报（4月8日—4月12日）\n"
        "■4月8日　东坪村收购点明前茶每斤180元，较上周下跌10元。\n"
        "■4月9日　西坪村鲜叶每斤约32元，同比上涨约8%。\n"
        "■4月10日　全乡鲜叶日收购量约12吨。\n"
    )
    (article,) = split_page(text).articles
    assert "西河乡茶叶价格周报（4月8日—4月12日）" == article.title
    assert article.body.count("■") == 3


def test_an_english_headline_before_the_bar_is_half_of_the_headline_not_a_column() -> None:
    text = "Tea Goes Abroad｜西河乡红茶首次出口\n本报讯 近日，西河乡3家茶企的红茶首批出口12吨。\n"
    (article,) = split_page(text).articles
    assert "Tea Goes Abroad｜西河乡红茶首次出口" == article.title
    assert article.kicker is None
