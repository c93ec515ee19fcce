"""Columns of briefs and photos, and photos after the last article: one article per item."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pages import uncovered

from govdb.ingest.segment import Page, split_page

LEAD = (
    "东川县新建乡村公路120公里\n\n"
    "本报讯（记者 张明）今年以来，东川县新建乡村公路120公里，惠及群众12万人。"
    "全县农村公路总里程达到3000公里。\n\n"
)
ITEMS = (
    "近日，西河县召开秋粮收购工作会议，部署秋粮收购工作。",
    "10月8日，南岭县举办农民丰收节，吸引游客两万人次。",
    "日前，北山镇新建村级综合服务中心12个。",
)


def _column(page: Page, field: str) -> list:
    return [getattr(article, field) for article in page.articles]


@pytest.mark.parametrize("label", ["简明新闻", "新闻速递", "简讯", "新闻短波"])
@pytest.mark.parametrize("mark", ["■", "◆", "▲", "●"])
def test_marked_items_under_a_column_label_after_an_article(label: str, mark: str) -> None:
    text = LEAD + f"{label}\n\n" + "".join(f"{mark}{item}\n\n" for item in ITEMS)
    page = split_page(text)
    assert ["东川县新建乡村公路120公里", None, None, None] == _column(page, "title")
    assert ["news", "brief", "brief", "brief"] == _column(page, "kind")
    assert [None, label, label, label] == _column(page, "kicker")
    # Each brief keeps the mark it is printed with.
    assert [f"{mark}{item}" for item in ITEMS] == [a.body for a in page.articles[1:]]
    assert page.articles[0].body.endswith("总里程达到3000公里。")
    assert [] == [s.heading for s in page.articles[0].sections]
    assert "" == uncovered(text, page)


@pytest.mark.parametrize(
    "numbers", [("1.", "2.", "3."), ("（1）", "（2）", "（3）"), ("①", "②", "③")]
)
def test_numbered_items_under_a_column_label(numbers: tuple[str, ...]) -> None:
    text = (
        LEAD
        + "新闻速递\n\n"
        + "".join(f"{n}{item}\n\n" for n, item in zip(numbers, ITEMS, strict=True))
    )
    page = split_page(text)
    assert ["news", "brief", "brief", "brief"] == _column(page, "kind")
    # 2.10月8日 is item 2 of the column, not a figure; a circled number stays, as a mark does.
    kept = numbers[0] == "①"
    assert [f"{n}{item}" if kept else item for n, item in zip(numbers, ITEMS, strict=True)] == [
        a.body for a in page.articles[1:]
    ]
    assert "" == uncovered(text, page)


def test_marked_briefs_without_a_label_are_briefs_of_their_own() -> None:
    text = LEAD + "".join(f"▲{item}\n\n" for item in ITEMS[:2])
    page = split_page(text)
    assert ["news", "brief", "brief"] == _column(page, "kind")
    assert [None, None, None] == _column(page, "kicker")
    assert [f"▲{item}" for item in ITEMS[:2]] == [a.body for a in page.articles[1:]]


def test_a_column_of_photos_under_a_marked_markdown_label() -> None:
    text = (
        "## 东川县新建乡村公路120公里\n\n"
        "本报讯（记者 张明）今年以来，东川县新建乡村公路120公里，惠及群众12万人。\n\n"
        "## ■ 图片新闻\n\n"
        "◆ 近日，西河县农民在田间收割水稻，今年全县秋粮喜获丰收。（记者 李华 摄）\n\n"
        "◆ 10月8日，南岭县举办农民丰收节，村民展示农产品。（记者 王芳 摄）\n"
    )
    page = split_page(text)
    assert ["东川县新建乡村公路120公里", None, None] == _column(page, "title")
    assert ["news", "caption", "caption"] == _column(page, "kind")
    assert [None, "图片新闻", "图片新闻"] == _column(page, "kicker")
    assert page.articles[1].body.startswith("◆ 近日，西河县农民")
    assert page.articles[2].body.startswith("◆ 10月8日，南岭县")
    assert [] == [t.text for a in page.articles for t in a.paratexts if t.kind == "caption"]
    assert "" == uncovered(text, page)


def test_a_column_label_with_nothing_under_it_is_kept_on_the_page() -> None:
    text = LEAD + "图片新闻\n\n"
    page = split_page(text)
    assert 1 == len(page.articles)
    assert "" == uncovered(text, page)


PHOTOS = (
    "东川县新建乡村公路120公里\n\n"
    "本报讯（记者 张明）今年以来，东川县新建乡村公路120公里，惠及群众12万人。\n\n"
    "西河县秋粮喜获丰收\n\n"
    "本报讯（记者 李华）今年，西河县秋粮种植面积50万亩，总产量达到25万吨。\n\n"
    "近日，南岭县农民在田间收割水稻。（图）\n\n"
    "图为东川县新建成的乡村公路。\n\n"
    "南岭县村民在文化广场跳广场舞，庆祝丰收节。（记者 王芳 摄）\n"
)


def test_photos_after_the_last_article_are_photo_articles_of_their_own() -> None:
    page = split_page(PHOTOS)
    assert ["东川县新建乡村公路120公里", "西河县秋粮喜获丰收", None, None, None] == _column(
        page, "title"
    )
    assert ["news", "news", "caption", "caption", "caption"] == _column(page, "kind")
    assert page.articles[1].body.endswith("总产量达到25万吨。")
    assert [
        "近日，南岭县农民在田间收割水稻。（图）",
        "图为东川县新建成的乡村公路。",
        "南岭县村民在文化广场跳广场舞，庆祝丰收节。（记者 王芳 摄）",
    ] == [a.body for a in page.articles[2:]]
    assert [] == [t.text for a in page.articles for t in a.paratexts if t.kind == "caption"]
    assert "" == uncovered(PHOTOS, page)


def test_a_caption_between_an_articles_paragraphs_stays_with_it() -> None:
    text = (
        "东川县新建乡村公路120公里\n\n本报记者 张明\n\n"
        "今年以来，东川县新建乡村公路120公里，惠及群众12万人。\n\n"
        "图为东川县新建成的乡村公路。\n\n"
        "全县农村公路总里程达到3000公里，实现村村通硬化路。\n"
    )
    page = split_page(text)
    assert ["news"] == _column(page, "kind")
    assert [("caption", "图为东川县新建成的乡村公路。")] == [
        (t.kind, t.text) for t in page.articles[0].paratexts
    ]
    assert "图为" not in page.articles[0].body


@pytest.mark.parametrize(
    ("caption", "after"),
    [
        ("（图）北山镇村民在便民服务中心办事。  通讯员 供图", "西河县秋粮喜获丰收\n\n本报讯 "),
        ("近日，北山镇村民在田间收割水稻。（图）", "简讯\n\n"),
        ("图为东川县新建成的乡村公路。（记者 王芳 摄）", "西河县秋粮喜获丰收\n\n本报讯 "),
    ],
)
def test_a_photo_between_two_articles_is_a_photo_article(caption: str, after: str) -> None:
    text = LEAD + caption + "\n\n" + after + ITEMS[0] + "\n"
    page = split_page(text)
    assert ["news", "caption"] == _column(page, "kind")[:2]
    assert caption == page.articles[1].body
    assert page.articles[0].body.endswith("全县农村公路总里程达到3000公里。")
    assert [] == [t.text for t in page.articles[0].paratexts if t.kind == "caption"]
    assert page.articles[2].body.endswith(ITEMS[0])
    assert "" == uncovered(text, page)


def test_a_photo_before_a_section_of_the_same_article_stays_with_it() -> None:
    text = LEAD + "图为东川县新建成的乡村公路。\n\n## 管好用好\n\n" + ITEMS[2] + "\n"
    page = split_page(text)
    assert ["news"] == _column(page, "kind")
    assert ["图为东川县新建成的乡村公路。"] == [
        t.text for t in page.articles[0].paratexts if t.kind == "caption"
    ]


def test_a_long_paragraph_ending_in_a_photo_mark_is_text() -> None:
    sentence = (
        "今年以来，东川县新建乡村公路120公里，惠及群众12万人，全县农村公路总里程达到3000公里。"
    )
    text = "东川县新建乡村公路120公里\n\n本报记者 张明\n\n" + sentence * 2 + "（图）\n"
    (article,) = split_page(text).articles
    assert article.body.endswith("（图）")


def test_marked_points_inside_an_article_stay_its_text() -> None:
    text = (
        "东川县出台十条措施支持民营经济\n\n"
        "本报讯（记者 张明）近日，东川县出台十条措施，支持民营经济发展。\n\n"
        "■降低企业用地成本，工业用地出让底价下调10%。\n\n"
        "■加大金融支持力度，设立5亿元融资担保基金。\n\n"
        "◆ 强化督查\n\n"
        "■ 优化审批服务，企业开办时间压缩至1个工作日。\n"
    )
    (article,) = split_page(text).articles
    assert "设立5亿元融资担保基金" in article.body
    assert article.body.endswith("压缩至1个工作日。")
    assert ["◆ 强化督查"] == [s.heading for s in article.sections]


def test_marked_briefs_naming_who_acted_and_broken_over_lines() -> None:
    text = (
        LEAD + "■西河县召开秋粮收购工作会议，部署秋粮收购工作，要求\n确保颗粒归仓。\n\n"
        "■南岭县举办农民丰收节，吸引游客两万人次。\n"
    )
    page = split_page(text)
    assert ["news", "brief", "brief"] == _column(page, "kind")
    assert [
        "■西河县召开秋粮收购工作会议，部署秋粮收购工作，要求确保颗粒归仓。",
        "■南岭县举办农民丰收节，吸引游客两万人次。",
    ] == [a.body for a in page.articles[1:]]
    assert "" == uncovered(text, page)


def test_a_column_label_spaced_out_to_fill_the_line() -> None:
    text = LEAD + "简  讯\n\n" + "".join(f"●{item}\n\n" for item in ITEMS[:2])
    page = split_page(text)
    assert [None, "简讯", "简讯"] == _column(page, "kicker")
    assert ["news", "brief", "brief"] == _column(page, "kind")


def test_titled_photos_under_a_column_label_at_the_page_end() -> None:
    text = (
        LEAD + "图片新闻\n\n金秋采茶忙\n\n"
        "近日，东川县茶农在茶园采摘秋茶，今年秋茶长势良好。（记者 李华 摄）\n\n"
        "丰收节上展风采\n\n10月8日，南岭县举办农民丰收节，村民展示农产品。（记者 王芳 摄）\n"
    )
    page = split_page(text)
    assert ["东川县新建乡村公路120公里", "金秋采茶忙", "丰收节上展风采"] == _column(page, "title")
    assert ["news", "caption", "caption"] == _column(page, "kind")
    assert [None, "图片新闻", "图片新闻"] == _column(page, "kicker")
    assert page.articles[2].body.startswith("10月8日，南岭县")
    assert () == page.leftovers
    assert "" == uncovered(text, page)


def test_a_short_sentence_under_a_sub_heading_is_the_sections_text() -> None:
    text = (
        "东川县推进基层减负\n\n本报记者 张明\n\n"
        "近日，东川县出台措施为基层减负，精简会议文件三成。\n\n"
        "■ 强化督查\n\n县委督查室每季度开展一次减负专项督查。\n"
    )
    (article,) = split_page(text).articles
    assert ["■ 强化督查"] == [s.heading for s in article.sections]
    assert article.body.endswith("县委督查室每季度开展一次减负专项督查。")
    assert () == article.paratexts


def test_a_marked_label_line_over_unmarked_items() -> None:
    text = LEAD + "■图片新闻\n" + "\n\n".join(ITEMS[:2]) + "\n"
    page = split_page(text)
    # Under 图片新闻 each item is a photo with its caption.
    assert ["news", "caption", "caption"] == _column(page, "kind")
    assert [None, "图片新闻", "图片新闻"] == _column(page, "kicker")
    assert list(ITEMS[:2]) == [a.body for a in page.articles[1:]]


def test_a_markdown_label_over_numbered_items() -> None:
    text = (
        "## 东川县新建乡村公路120公里\n\n"
        "本报讯（记者 张明）今年以来，东川县新建乡村公路120公里，惠及群众12万人。\n\n"
        "### 简讯\n\n" + "".join(f"{n}. {item}\n\n" for n, item in enumerate(ITEMS, 1))
    )
    page = split_page(text)
    assert ["news", "brief", "brief", "brief"] == _column(page, "kind")
    assert list(ITEMS) == [a.body for a in page.articles[1:]]


def test_titled_marked_briefs_under_a_bracketed_label() -> None:
    text = (
        LEAD + "【新闻速递】\n\n◆西河县召开秋粮收购工作会议\n\n" + ITEMS[0] + "\n\n"
        "◆南岭县举办农民丰收节\n\n" + ITEMS[1] + "\n"
    )
    page = split_page(text)
    assert ["东川县新建乡村公路120公里", "西河县召开秋粮收购工作会议", "南岭县举办农民丰收节"] == (
        _column(page, "title")
    )
    assert ["news", "brief", "brief"] == _column(page, "kind")
    assert [None, "新闻速递", "新闻速递"] == _column(page, "kicker")
    assert [[], [], []] == [[s.heading for s in a.sections] for a in page.articles]
    assert "" == uncovered(text, page)


PIECES = [
    *("东川县", "：", "茶叶产业链", "延伸出", "增收", "。", "，", "\n", "\n\n", "## ", "#### "),
    *("■", "◆", "▲", "●", "□ 江 南", "——", "简讯", "图片新闻", "（图）", "图为", "（一）"),
    *("（记者 王芳 摄）", "本报讯（记者 张明）", "本报记者 李华", "一、", "2.", "近日，"),
    *("记者从", "获悉", "“", "【新闻速递】", "本报评论员", "（张明）", "（上接01版）"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
@example("（上接01版）\n（上接01版）东川县")  # a continuation marker printed twice
@example("## 记者从\n## ")  # a bare heading mark under a heading
@example("：\n（张明）\n\n：")  # names in brackets that close nothing before them
def test_no_printed_character_is_lost_among_marks_labels_and_subtitles(text: str) -> None:
    page = split_page(text)
    assert "" == uncovered(text, page)
    for article in page.articles:
        for char, index in zip(article.body, article.body_offsets, strict=False):
            assert char == "\n" or char == text[index]


def test_a_sentence_over_a_photo_credit_after_the_last_article_is_a_photo() -> None:
    text = (
        LEAD + "全县今年还将新建桥梁12座，改造危桥30座。\n\n"
        "近日，南岭县村民在文化广场跳广场舞，庆祝丰收节。\n\n（记者 王芳 摄）\n"
    )
    page = split_page(text)
    assert ["news", "caption"] == _column(page, "kind")
    assert page.articles[0].body.endswith("改造危桥30座。")
    assert "近日，南岭县村民在文化广场跳广场舞，庆祝丰收节。" == page.articles[1].body
    assert [("credit", "（记者 王芳 摄）")] == [
        (t.kind, t.text) for t in page.articles[1].paratexts
    ]
    assert "" == uncovered(text, page)


def test_a_paragraph_opening_on_an_unread_character_is_not_a_brief() -> None:
    text = LEAD + "□县召开秋粮收购工作会议，部署秋粮收购工作。\n"
    page = split_page(text)
    assert ["news"] == _column(page, "kind")
    assert page.articles[0].body.endswith("□县召开秋粮收购工作会议，部署秋粮收购工作。")


def test_a_column_of_briefs_after_a_column_of_photos_is_a_column_of_its_own() -> None:
    text = (
        LEAD + "■ 图片新闻\n\n10月8日，西河县农民在收割水稻。  本报记者 摄\n\n"
        "■ 简明新闻\n\n" + "\n\n".join(ITEMS) + "\n"
    )
    page = split_page(text)
    assert ["news", "caption", "brief", "brief", "brief"] == _column(page, "kind")
    assert [None, "图片新闻", "简明新闻", "简明新闻", "简明新闻"] == _column(page, "kicker")
    assert list(ITEMS) == [a.body for a in page.articles[2:]]
    assert "" == uncovered(text, page)


def test_a_headline_over_several_photo_captions_names_a_group_of_photo_items() -> None:
    text = (
        "丰收时节 田野忙\n\n"
        "图为青石镇农民在田间收割晚稻。（记者 张明 摄）\n\n"
        "图为东川市白沙村的合作社仓库，工人正在装车。（李华 摄）\n\n"
        "东川：稻米产业链再延伸\n\n"
        "本报记者 张明\n\n"
        "　　今年以来，东川市新建烘干中心3座。\n"
    )
    page = split_page(text)
    assert [None, None, "东川：稻米产业链再延伸"] == _column(page, "title")
    assert ["caption", "caption", "news"] == _column(page, "kind")
    assert ["丰收时节 田野忙", "丰收时节 田野忙", None] == _column(page, "kicker")
    assert page.articles[1].body.startswith("图为东川市白沙村")
    assert "" == uncovered(text, page)


def test_a_headline_over_one_photo_caption_titles_that_photo() -> None:
    text = "丰收时节 田野忙\n\n图为青石镇农民在田间收割晚稻。（记者 张明 摄）\n"
    page = split_page(text)
    assert (["丰收时节 田野忙"], ["caption"]) == (
        _column(page, "title"),
        _column(page, "kind"),
    )


def test_a_page_of_boxes_gives_each_box_its_own_article() -> None:
    text = (
        "东川日报　2026年11月10日　星期二　第3版\n"
        "图片新闻\n"
        "10月8日，南岭镇农民在晾晒今年新收的玉米，全镇玉米喜获丰收。（记者 张明 摄）\n"
        "数据·南岭镇前三季度\n"
        "农产品网销额　1260万元\n"
        "新增市场主体　86户\n"
        "东川天气\n"
        "今天　多云　气温8℃至17℃\n"
        "停电公告\n"
        "因线路检修，南岭镇部分村组将于11月12日8时至12时停电，请各户提前储水。\n"
    )
    page = split_page(text)
    assert [None, "数据·南岭镇前三季度", "东川天气", "停电公告"] == _column(page, "title")
    assert ["caption", "news", "news", "news"] == _column(page, "kind")
    assert "农产品网销额　1260万元\n新增市场主体　86户" == page.articles[1].body
    assert "今天　多云　气温8℃至17℃" == page.articles[2].body
    assert "" == uncovered(text, page)


@pytest.mark.parametrize(
    "text",
    [
        "【图片新闻】河畔的护绿人\n"
        "▲3月2日，东川县西河乡，护林员在河岸巡查。　记者　张明　摄\n"
        "▲3月9日，东川县东坪乡，志愿者补植苗木1200株。　记者　张明　摄\n"
        "▲3月16日，东川县北山乡，林业干部为学生讲解护林知识。　通讯员　李华　摄\n",
        "图片新闻｜河畔的护绿人\n"
        "①3月2日，东川县西河乡村民在田间播种，全乡已播种1.2万亩。\n"
        "②东坪乡的合作社里，工人在分拣种苗。\n"
        "③北山乡的果园里，果农在修剪果树。\n"
        "本报记者　张明　摄\n",
    ],
)
def test_a_photo_columns_tag_with_a_headline_of_its_own_heads_one_picture_story(text: str) -> None:
    (article,) = split_page(text).articles
    assert "河畔的护绿人" == article.title


def test_a_picture_storys_captions_under_its_lead_are_its_text() -> None:
    text = (
        "图片新闻｜河畔的护绿人\n"
        "本报记者　张明　摄\n"
        "\n"
        "开春以来，东川县各乡的护林员和志愿者沿河补植苗木。\n"
        "图①：3月2日，西河乡的护林员在河岸巡查，全乡已补植苗木1200株。\n"
        "图②：东坪乡的志愿者在堤上浇水。\n"
    )
    (article,) = split_page(text).articles
    assert "河畔的护绿人" == article.title
    assert article.body.startswith("开春以来")
    assert article.body.endswith("东坪乡的志愿者在堤上浇水。")


def test_a_picture_story_headed_by_a_place_and_a_colon_keeps_its_captions() -> None:
    text = (
        "图片新闻｜南坪乡：山塘边练救援\n"
        "6月20日，东川县南坪乡在石门村山塘边开展应急演练，村民和学生80余人参加。\n"
        "图①：救援队员演示抛投救生圈。全乡12个村中有5个临水。\n"
        "图②：演练结束后，乡里补设警示牌30块，比去年增加8块。\n"
        "（通讯员　李华　摄）\n"
    )
    (article,) = split_page(text).articles
    assert "南坪乡：山塘边练救援" == article.title
    assert article.body.endswith("比去年增加8块。")
