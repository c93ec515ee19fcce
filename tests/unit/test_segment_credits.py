"""Credits lines under a headline: who wrote it, never the headline itself."""

import datetime as dt

import pytest

from govdb.ingest.normalise import normalise
from govdb.ingest.segment import Page, split_page


def _column(page: Page, field: str) -> list:
    return [getattr(article, field) for article in page.articles]


def test_a_line_of_names_under_the_headline_is_a_byline() -> None:
    text = "东川：小产业撬动大发展\n\n张明 李华 王芳\n\n近日，东川市竹编订单大增。\n\n版权所有"
    page = split_page(text)
    assert ["东川：小产业撬动大发展"] == _column(page, "title")
    assert ["张明 李华 王芳"] == _column(page, "byline")
    assert [] == [t.text for t in page.leftovers if t.kind == "banner"]


def test_a_headline_of_short_phrases_is_not_taken_for_names() -> None:
    page = split_page("稳增长 促发展 惠民生\n\n近日，东川市竹编订单大增。\n")
    assert (["稳增长 促发展 惠民生"], [None]) == (
        _column(page, "title"),
        _column(page, "byline"),
    )


def test_writer_and_photographer_credits_are_a_byline() -> None:
    page = split_page("东川：小产业撬动大发展\n文/张明 图/李华\n近日，东川市竹编订单大增。\n")
    assert ["东川：小产业撬动大发展"] == _column(page, "title")
    assert ["文/张明 图/李华"] == _column(page, "byline")


def test_a_role_and_a_colon_before_the_name() -> None:
    page = split_page("东川：小产业撬动大发展\n作者：张明\n近日，东川市竹编订单大增。\n")
    assert ["作者 张明"] == _column(page, "byline")


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("南岭商报记者 张明 东川报道", "南岭商报记者 张明"),
        ("大河网记者 李华", "大河网记者 李华"),
        ("东川县融媒体中心记者 王芳", "东川县融媒体中心记者 王芳"),
    ],
)
def test_an_outlets_reporter_is_a_byline_not_the_headline(line: str, byline: str) -> None:
    page = split_page("东川：小产业撬动大发展\n\n" + line + "\n\n近日，东川市竹编订单大增。\n")
    assert (["东川：小产业撬动大发展"], [byline]) == (
        _column(page, "title"),
        _column(page, "byline"),
    )


def test_a_sentence_after_a_full_stop_is_no_byline() -> None:
    page = split_page("东川：小产业撬动大发展\n\n近日，东川市竹编订单大增\n。本报记者 张明\n")
    assert [None] == _column(page, "byline")


def test_a_source_before_the_author_is_not_part_of_the_byline() -> None:
    text = "东川：小产业撬动大发展\n来源：东川日报 作者：张明\n\n近日，东川市竹编订单大增。\n"
    page = split_page(text)
    assert (["东川：小产业撬动大发展"], ["作者 张明"]) == (
        _column(page, "title"),
        _column(page, "byline"),
    )


def test_a_page_header_names_its_outlet_before_the_date() -> None:
    text = (
        "东川日报　2026年9月24日　第2版　综合新闻\n\n"
        "东川：小产业撬动大发展\n\n近日，东川市竹编订单大增。\n"
    )
    page = split_page(text)
    assert ("东川日报", "第2版") == (page.source, page.page_label)


def test_a_page_header_may_print_the_page_before_the_date() -> None:
    text = (
        "东川新闻　　第３版　　２０２６年９月２４日\n"
        "东川：小产业撬动大发展\n近日，东川市竹编订单大增，带动农户三百户。\n"
    )
    page = split_page(text)
    assert (["东川：小产业撬动大发展"], "第３版", dt.date(2026, 9, 24)) == (
        _column(page, "title"),
        page.page_label,
        page.published_on,
    )


def test_an_editor_credit_in_parentheses_is_a_credit() -> None:
    text = "东川：小产业撬动大发展\n\n近日，东川市竹编订单大增。\n\n（责任编辑：李华）\n"
    page = split_page(text)
    assert [("credit", "（责任编辑：李华）")] == [
        (t.kind, t.text) for t in page.articles[0].paratexts
    ]
    assert [] == list(page.leftovers)


COMMENT = (
    "让基层减负落到实处\n\n{}\n\n基层减负，关键在落实。近年来，各地出台措施为基层减负，成效明显。\n"
)


@pytest.mark.parametrize(
    ("signature", "byline"),
    [
        ("□ 江 南", "江南"),
        ("■ 本报评论员", "本报评论员"),
        ("◆王小明", "王小明"),
        ("■ 钟  声", "钟声"),
        ("特约评论员", "特约评论员"),
    ],
)
def test_a_commentary_signature_under_the_headline_is_its_byline(
    signature: str, byline: str
) -> None:
    page = split_page(COMMENT.format(signature))
    assert (["让基层减负落到实处"], [byline], ["commentary"]) == (
        _column(page, "title"),
        _column(page, "byline"),
        _column(page, "kind"),
    )
    assert [] == list(page.leftovers)


def test_a_marked_heading_that_is_no_name_is_not_a_signature() -> None:
    text = (
        "东川县推进基层减负\n\n本报记者 张明\n\n"
        "近日，东川县出台措施为基层减负，精简会议文件三成。\n\n"
        "■ 强化督查\n\n县委督查室每季度开展一次减负专项督查。\n"
    )
    page = split_page(text)
    assert (["东川县推进基层减负"], ["news"]) == (_column(page, "title"), _column(page, "kind"))
    assert ["本报记者 张明"] == _column(page, "byline")


NOTICE = (
    "东川县人民政府办公室\n关于开展2026年春季植树造林工作的通知\n东政办〔2026〕7号\n\n"
    "各乡镇人民政府，县直各单位：\n今年春季全县计划完成植树造林1.2万亩。现将有关事项通知如下。\n\n"
    "东川县人民政府办公室\n2026年3月2日\n"
)


def test_an_official_documents_title_is_its_issuer_and_subject_and_its_number_a_credit() -> None:
    page = split_page(NOTICE)
    assert ["东川县人民政府办公室关于开展2026年春季植树造林工作的通知"] == _column(page, "title")
    assert page.articles[0].body.startswith("各乡镇人民政府，县直各单位：")
    assert "东政办〔2026〕7号" not in page.articles[0].body
    assert "东政办〔2026〕7号" in [t.text for a in page.articles for t in a.paratexts] + [
        t.text for t in page.leftovers
    ]


def test_a_heads_title_and_name_under_a_report_are_its_byline() -> None:
    text = (
        "东川县人民政府工作报告\n——2026年1月8日在东川县第十八届人民代表大会第五次会议上\n"
        "县长 王建国\n\n一、2025年工作回顾\n"
        "过去一年，全县地区生产总值增长6.2%，一般公共预算收入增长5.1%，城乡居民收入稳步提高。\n"
    )
    page = split_page(text)
    assert [
        "东川县人民政府工作报告——2026年1月8日在东川县第十八届人民代表大会第五次会议上"
    ] == _column(page, "title")
    assert ["县长 王建国"] == _column(page, "byline")


def test_a_bulletins_issuer_and_date_under_its_title_are_credits() -> None:
    text = (
        "东川县2026年上半年国民经济运行情况公报\n\n东川县统计局\n2026年7月20日\n\n"
        "上半年，全县地区生产总值86.4亿元，同比增长5.6%，增速比一季度提高0.3个百分点。\n"
    )
    page = split_page(text)
    assert ["东川县2026年上半年国民经济运行情况公报"] == _column(page, "title")
    assert page.articles[0].body.startswith("上半年，")


def test_a_page_header_is_no_headline_and_gives_the_date() -> None:
    text = (
        "南岭日报  2026年9月3日  第05版  县域·简讯\n\n"
        "▲近日，东川县城关镇召开秋粮收购工作会议，部署秋粮收购工作。\n\n"
        "▲日前，东川县北山镇新建村级综合服务中心12个。\n"
    )
    page = split_page(text)
    assert [None, None] == _column(page, "title")
    assert dt.date(2026, 9, 3) == page.published_on


TRANSCRIPT = (
    "东川台《东川新闻》 文字稿\n\n"
    "东川城关：积分兑出文明新风\n\n"
    "【主持人】乡村治理怎么让群众从旁观者变成参与者？城关镇给出的办法是一本积分册。\n\n"
    "【记者】走进城关镇东街村，村民正在用积分兑换生活用品，全村已有300多户建档。\n\n"
    "东川北山：巡逻队守护小城平安\n\n"
    "【主持人】在北山镇，一支戴着红袖标的队伍成了街头一景。\n\n"
    "【记者】北山镇组建平安巡逻队12支，队员200多人，大多是退休党员和热心居民。\n"
)


def test_each_story_of_a_broadcast_transcript_is_an_article() -> None:
    page = split_page(TRANSCRIPT)
    assert ["东川城关：积分兑出文明新风", "东川北山：巡逻队守护小城平安"] == _column(page, "title")
    assert [True, True] == [a.body.startswith("【主持人】") for a in page.articles]


def test_an_issuer_and_date_on_one_line_under_the_title_are_a_credit() -> None:
    text = (
        "《东川县村级公益事业奖补办法》解读\n\n东川县财政局　2026年5月6日\n\n"
        "近日，东川县印发村级公益事业奖补办法，明确奖补范围和标准，全年安排资金1200万元。\n"
    )
    assert ["《东川县村级公益事业奖补办法》解读"] == _column(split_page(text), "title")


def test_a_subdistrict_offices_name_and_date_under_the_title_are_a_credit() -> None:
    text = (
        "东川街道2026年工作总结\n\n东川县东川街道办事处　2026年12月20日\n\n"
        "2026年，东川街道新增城镇就业1200人，改造老旧小区8个。\n"
    )
    page = split_page(text)
    assert ["东川街道2026年工作总结"] == _column(page, "title")
    assert page.articles[0].body.startswith("2026年，东川街道")


def test_items_of_a_column_labelled_by_their_place_are_untitled_briefs() -> None:
    text = (
        "【县域快讯】\n\n"
        "城关镇　城关镇东街村召开村民大会，表决通过新修订的村规民约。\n\n"
        "北山乡　北山乡开展结对帮扶行动，全乡已结成帮扶对子86对。乡卫生院每季度为结对老人"
        "免费体检一次，今年已体检320人次。\n"
    )
    page = split_page(normalise(text).text)
    assert [None, None] == _column(page, "title")
    assert page.articles[1].body.endswith("今年已体检320人次。")


def test_a_video_scripts_header_lines_are_credits_and_its_cues_are_text() -> None:
    text = (
        "东川县融媒体中心　电视新闻稿\n"
        "标题：东川县：“夜话会”开进农家院\n"
        "记者：张明　李华　　编辑：王芳　　时长：1分50秒\n\n"
        "【导语】\n近日，东川县各村把议事会开到院坝里，邻里有事当面说。\n\n"
        "【同期声】北坡村村民　赵大山\n有事大家说，心里就亮堂。\n\n"
        "【解说】\n今年以来，全县共召开夜话会260场。\n"
    )
    page = split_page(text)
    (article,) = page.articles
    assert "东川县：“夜话会”开进农家院" == article.title
    assert article.body.startswith("【导语】")
    assert "【同期声】北坡村村民" in article.body
    assert "时长" not in article.body


def test_a_programmes_column_and_airing_line_is_a_credit_and_its_end_mark_no_story() -> None:
    text = (
        "东川镇：夜话会开进院坝\n"
        "栏目：乡村大喇叭　播出：2026年11月3日\n"
        "记者　张明\n"
        "【导语】东川镇各村把议事会开到院坝里，邻里有事当面说。\n"
        "【解说】今年以来，全镇共召开夜话会86场。\n"
        "【结束】\n"
    )
    page = split_page(text)
    (article,) = page.articles
    assert "东川镇：夜话会开进院坝" == article.title
    assert article.body.startswith("【导语】")
    assert "栏目" not in article.body and "【结束】" not in article.body


def test_a_paragraph_over_a_photographers_credit_is_a_photo_of_its_own() -> None:
    text = (
        "东川县：夜市点亮小城\n\n"
        "本报讯（记者 张明）入夜，东川县老街夜市灯火通明，摊位前人头攒动。"
        "今年以来，夜市新增摊位120个。\n\n"
        "11月2日，市民在东川老街夜市选购小吃。今年1至10月，老街接待游客86万人次。\n"
        "本报记者 李华 摄\n"
    )
    page = split_page(normalise(text).text)
    assert [("东川县：夜市点亮小城", "news"), (None, "caption")] == [
        (a.title, a.kind) for a in page.articles
    ]
    assert "李华" not in (page.articles[0].byline or "")
    assert page.articles[1].body.startswith("11月2日，市民在东川老街夜市")


def test_a_web_items_posting_line_with_its_font_controls_is_a_credit() -> None:
    text = (
        "东川县通报3起典型案例\n\n"
        "发布时间：2026-11-20　来源：东川县纪委监委　　【字体：大 中 小】\n\n"
        "近日，东川县纪委监委公开曝光3起违纪问题。\n"
    )
    (article,) = split_page(text).articles
    assert "东川县通报3起典型案例" == article.title
    assert article.body.startswith("近日，东川县")


def test_a_bulletins_issue_and_offices_under_its_title_are_credits() -> None:
    text = (
        "东川县农产品价格周报\n（2026年第47期　11月17日—11月23日）\n\n"
        "东川县农业农村局　市场信息科\n\n"
        "本周蔬菜到货量增加，多数品种价格回落。\n"
    )
    (article,) = split_page(text).articles
    assert "东川县农产品价格周报" == article.title
    assert article.body.startswith("本周蔬菜")


def test_a_narrow_column_keeps_its_headlines_folios_and_broken_numbers_apart() -> None:
    column = [
        "目 录 东川镇：林下经济“长”出好收成……1 西河乡：冷链仓储“链”出致富路……2",
        "东川县农业农村工作简报",
        "第 8 期",
        "东川县农业农村局　2026年11月28日",
        "东川镇：林下经济“长”出好收成",
        "今年以来，东川镇依托山区大片林地资源，引",
        "导农户在林间空地种植中药材、养殖土鸡和",
        "蜜蜂等林下产业。镇里累计发放种苗补助38-",
        "0万元，带动2100余户农户在自家门口",
        "—1—",
        "增收，户均年增收8000元，来年还将扩面。",
        "西河乡：冷链仓储“链”出致富路",
        "西河乡是全县水果主产乡镇，辖21个行政村",
        "，近年建成冷链仓储库42座，果园面积稳",
        "定在3.1万亩，年产各类鲜果约9万吨左右。",
    ]
    page = split_page("\n".join(column) + "\n")
    assert ["东川镇：林下经济“长”出好收成", "西河乡：冷链仓储“链”出致富路"] == [
        a.title for a in page.articles
    ]
    first = page.articles[0].body
    assert "累计发放种苗补助380万元" in first  # the hyphen at the break goes
    assert "在自家门口增收，户均" in first  # the page's number between the lines is no text of it
    assert first.startswith("今年以来")


def test_a_dated_note_and_joint_issuers_under_a_title_are_credits() -> None:
    text = (
        "东坡村村规民约\n\n（2026年4月经村民代表大会讨论通过）\n\n"
        "第一条　村民应当爱护公共设施，不得乱堆乱放。\n"
    )
    assert ["东坡村村规民约"] == [a.title for a in split_page(text).articles]
    text = (
        "东川县农业气象周报\n（2026年第12期　4月6日—4月12日）\n"
        "东川县气象局　东川县农业农村局联合发布\n\n"
        "上周全县以晴到多云天气为主，平均气温14.2℃，比常年偏高1.1℃。\n"
    )
    assert ["东川县农业气象周报"] == [a.title for a in split_page(text).articles]


def test_a_commentators_name_alone_under_the_headline_is_the_byline() -> None:
    text = (
        "快评\n\n小镇的“慢功夫”值得等待\n　　周文澜\n\n"
        "东川县的老茶馆改成了民宿，今年接待游客两千人次。\n"
    )
    (article,) = split_page(text).articles
    assert ("小镇的“慢功夫”值得等待", "周文澜") == (article.title, article.byline)


def test_a_story_printed_with_a_mark_before_each_paragraph_stays_one_story() -> None:
    text = (
        "东川镇柑橘喜获丰收\n"
        "■ 本报讯 东川镇今年柑橘种植面积达到2.1万亩，预计总产量3600吨。\n"
        "■ 镇里引进的果品加工企业今年收购鲜果900吨，带动就业200余人。\n"
        "西河乡冬季旅游开门红\n"
        "■ 本报讯 11月以来，西河乡推出冬游系列活动，首月接待游客5.2万人次。\n"
        "■ 乡里新开农家乐12家，带动村民就业160多人。\n"
    )
    page = split_page(text)
    assert ["东川镇柑橘喜获丰收", "西河乡冬季旅游开门红"] == [a.title for a in page.articles]
    assert "带动就业200余人" in page.articles[0].body


@pytest.mark.parametrize("mark", ["编者按：", "【编者按】", "编者的话："])
def test_an_editors_note_over_the_headline_is_a_note_of_the_article_under_it(mark: str) -> None:
    note = mark + "治水之要在基层。本报今起推出系列报道，看东川市各乡镇怎样守住堤坝。"
    text = note + "\n\n青石镇：巡堤队守夜记\n\n本报记者 张明\n\n入夏以来，青石镇组建巡堤队6支。\n"
    page = split_page(text)
    assert (["青石镇：巡堤队守夜记"], ["入夏以来，青石镇组建巡堤队6支。"]) == (
        _column(page, "title"),
        [article.body for article in page.articles],
    )
    assert [("note", note)] == [
        (p.kind, p.text) for p in page.articles[0].paratexts if p.kind == "note"
    ]


def test_an_afterword_is_a_note_of_the_article_above_it() -> None:
    text = (
        "青石镇：巡堤队守夜记\n\n入夏以来，青石镇组建巡堤队6支。\n\n"
        "编后：守堤如守家，值得各地借鉴。\n"
    )
    page = split_page(text)
    assert ["入夏以来，青石镇组建巡堤队6支。"] == [article.body for article in page.articles]
    assert ["note"] == [p.kind for p in page.articles[0].paratexts]


def test_a_notices_short_title_and_its_sign_off_over_the_next_story() -> None:
    text = (
        "更正启事\n"
        "本报11月2日第4版刊发的《青石镇：核桃丰收》一文中，“1.3万亩”应为“1.5万亩”。特此更正。\n"
        "东川日报社\n"
        "2026年11月4日\n\n"
        "青石镇：核桃丰收\n"
        "本报记者　张明\n"
        "初冬时节，青石镇的核桃进入收获期，全镇核桃面积1.5万亩。\n"
    )
    page = split_page(text)
    assert ["更正启事", "青石镇：核桃丰收"] == _column(page, "title")
    assert "东川日报社" in {t.text for t in page.articles[0].paratexts}


def test_a_programmes_line_of_outlet_date_and_show_is_a_credit() -> None:
    text = (
        "板凳会上议出民生事\n东川县融媒体中心　2026年10月14日　《东川新闻》\n\n"
        "【导语】东川镇的村民搬条板凳就能议村里的事。\n"
    )
    assert ["板凳会上议出民生事"] == _column(split_page(text), "title")


WEB_PAGE = (
    "东川新闻网 > 县区新闻\n"
    "东川镇“竹编工坊”带动妇女增收_东川新闻网\n"
    "东川镇“竹编工坊”带动妇女增收\n"
    "发布时间：2025-11-12　来源：东川日报\n"
    "分享到：微信 微博 QQ空间　　字号：大 中 小\n"
    "　　近日，走进东川镇河口村的竹编工坊，十多名村民正低头编织。今年以来，东川镇依托"
    "传承百年的竹编技艺，推行“工坊+农户”模式，由工坊统一接单、统一标准，农户在家加工，"
    "带动120户增收，户均每月增收1800元。\n"
    "　　为解决销路问题，镇里与县里的电商企业合作开办直播间，培训本土主播20名，今年线上"
    "销售额突破300万元，产品远销江浙一带。镇党委书记说，下一步将建设竹编文化展示馆。\n"
    "相关新闻：\n"
    "·西河镇召开森林防火部署会\n"
    "·南山镇开展送法进村活动\n"
    "网友评论\n"
    "山里人：支持！　点赞 12\n"
    "上一篇：西河镇秋粮喜获丰收\n"
)


def test_a_web_pages_trail_title_buttons_and_lists_are_no_part_of_its_article() -> None:
    page = split_page(WEB_PAGE)
    (article,) = page.articles
    assert "东川镇“竹编工坊”带动妇女增收" == article.title
    assert article.body.startswith("近日，走进东川镇河口村的竹编工坊")
    for furniture in ("县区新闻", "东川新闻网", "分享到", "西河镇", "南山镇", "点赞", "上一篇"):
        assert furniture not in article.body


def test_a_brief_under_other_news_is_a_story_of_its_own() -> None:
    text = (
        WEB_PAGE.split("相关新闻：")[0]
        + "其他新闻\n"
        + "【简讯】近日，西河镇组织居民开展冬季消防演练，共有80余名居民参加。\n"
        + "【返回顶部】\n"
    )
    page = split_page(text)
    assert 2 == len(page.articles)
    assert "西河镇" not in page.articles[0].body
    assert "近日，西河镇组织居民开展冬季消防演练" in page.articles[1].body


def test_a_web_pages_header_run_into_one_line_is_its_trail_headline_and_source() -> None:
    text = (
        "首页>新闻>县区新闻 东川镇：12个村的“幸福食堂”开饭了 来源:东川日报 时间:2025年11月08日\n"
        "11月5日中午,东川镇河口村的幸福食堂里,十几位老人围坐在一起吃饭.今年以来,镇里在"
        "全镇12个村建成幸福食堂,累计为老人提供助餐服务3.2万人次.\n"
    )
    (article,) = split_page(text).articles
    assert "东川镇：12个村的“幸福食堂”开饭了" == article.title
    assert article.body.startswith("11月5日中午")
    assert "来源" not in article.body and "首页" not in (article.title or "")


def test_a_web_pages_issuer_and_date_fields_are_credits_not_the_headline() -> None:
    text = (
        "政策解读｜东川县农村改厕奖补办法问答\n\n"
        "发布单位：东川县农业农村局　发布日期：2026-11-21\n\n"
        "问：谁能申请奖补？\n答：今年完成改厕的农户都可以申请，每户奖补800元。\n"
    )
    page = split_page(text)
    assert (["东川县农村改厕奖补办法问答"], ["政策解读"]) == (
        _column(page, "title"),
        _column(page, "kicker"),
    )


def test_a_taiwan_pages_section_date_and_reported_from_byline() -> None:
    text = (
        "地方新聞　民國114年10月8日\n"
        "鹿野鄉推動茶園友善耕作　農友收益提升\n"
        "記者陳志明／台東報導\n"
        "台東縣鹿野鄉公所今年推動茶園友善耕作，已有42戶茶農加入，面積共38公頃。\n"
    )
    page = split_page(normalise(text).text)
    assert ["鹿野乡推动茶园友善耕作农友收益提升"] == _column(page, "title")
    assert page.articles[0].byline is not None and "陈志明" in page.articles[0].byline
    assert dt.date(2025, 10, 8) == page.published_on


@pytest.mark.parametrize(
    "dateline", ["【本报东川讯】记者　张明", "本报东川讯 记者 张明", "【东川日报讯】记者 张明"]
)
def test_a_dateline_line_with_the_city_filed_from_and_its_reporter_is_no_headline(
    dateline: str,
) -> None:
    page = split_page(f"东川柑橘 今年又是好年景\n{dateline}\n从县城驱车东行，便到了东川镇。\n")
    assert ["东川柑橘 今年又是好年景"] == _column(page, "title")
    assert ["记者 张明"] == _column(page, "byline")
    assert ["从县城驱车东行，便到了东川镇。"] == _column(page, "body")


def test_a_headline_may_ask_or_exclaim_over_its_byline_or_atop_a_page_of_whole_lines() -> None:
    page = split_page(
        "看病报销有啥不同？——东川县医保局局长谈新政\n本报记者 张明\n"
        "今年的集中缴费已于10月启动。记者采访了有关负责人。\n"
    )
    assert (["看病报销有啥不同？——东川县医保局局长谈新政"], ["本报记者 张明"]) == (
        _column(page, "title"),
        _column(page, "byline"),
    )
    page = split_page(
        "冬天去东川！古镇、温泉、小吃，一篇攻略全说清\n"
        "寒假快到了，想出门走走吗？\n从省城坐高铁到东川，只要约一个小时，票价也不贵。\n"
        "下了车，眼前是一座几百年的古镇，街上的老字号一家挨着一家。\n"
        "镇上的温泉今年新开了两家，泡完温泉再去吃一碗米线，正好。\n"
    )
    assert ["冬天去东川！古镇、温泉、小吃，一篇攻略全说清"] == _column(page, "title")
    assert _column(page, "body")[0].startswith("寒假快到了")


def test_an_editors_note_under_the_headline_opens_the_articles_text() -> None:
    text = (
        "专家问答｜春茶采摘要注意什么\n\n"
        "西河县广播电视台 记者 张明\n\n"
        "编者按：春茶开采在即。西河县今年茶园面积约2.6万亩，记者就茶农关心的问题请教了专家。\n\n"
        "问：什么时候开采最好？\n\n答：一芽一叶初展时开采，品质最好。\n"
    )
    (article,) = split_page(text).articles
    assert article.body.startswith("编者按：春茶开采在即。")
    assert [] == [p for p in article.paratexts if p.kind == "note"]


def test_lines_in_another_script_rendering_the_chinese_are_no_text_or_headline() -> None:
    text = (
        "东坪镇牧民合作社年销售额突破8000万元\n"
        "Дунпин сумын малчдын хоршоо\n"
        "东坪镇畜牧兽医站\n"
        "本报讯 今年以来，东坪镇3家合作社共卖出羔羊2.1万只。\n"
        "동평진 목축민 합작사는 올해 어린 양 2.1만 마리를 팔았다.\n"
        "合作社统一收购、统一销售，今年带动牧户186户增收，户均增收约4200元。\n"
    )
    (article,) = split_page(text).articles
    assert "东坪镇牧民合作社年销售额突破8000万元" == article.title
    assert "Дунпин" not in article.body and "동평진" not in article.body
    assert "合作社统一收购、统一销售" in article.body


def test_a_decisions_parties_are_its_text_not_its_headline() -> None:
    text = (
        "西河县财政局关于保洁服务采购投诉的处理决定\n"
        "西财采投〔2026〕5号\n\n"
        "投诉人：西河县恒达保洁服务有限公司\n"
        "被投诉人：西河县东坪镇人民政府（采购人）\n"
        "投诉人就东坪镇保洁服务项目的中标结果提起投诉，本机关依法受理并调取了评审资料。\n"
    )
    (article,) = split_page(text).articles
    assert "西河县财政局关于保洁服务采购投诉的处理决定" == article.title
    assert article.body.startswith("投诉人：西河县恒达")


def test_an_issuer_over_its_date_in_chinese_numerals_is_no_headline() -> None:
    text = (
        "西河县二〇二四年上半年茶叶生产情况公报\n"
        "西河县统计局\n"
        "二〇二四年七月十五日\n"
        "上半年，全县茶园共有十二万亩，采制干茶一千八百吨，比上年同期多百分之十。\n"
    )
    (article,) = split_page(text).articles
    assert "西河县二〇二四年上半年茶叶生产情况公报" == article.title
    assert ["credit", "credit"] == [p.kind for p in article.paratexts]


def test_a_scraped_fields_line_with_its_last_value_missing_ends_there() -> None:
    # The page's counter came in by script and was not saved: 点击量： ends the line, and the
    # story's first paragraph under it is body, not the counter's value.
    page = split_page(
        "潭头镇温泉小镇开园\n发布时间：2025-11-03 09:12　来源：县文旅局　点击量：\n"
        "11月2日，潭头镇温泉小镇正式开园，首日接待游客6000余人次。\n"
        "小镇总投资3.2亿元，配套民宿120间。\n"
    )
    (article,) = page.articles
    assert article.body.startswith("11月2日，潭头镇温泉小镇正式开园")
    assert ["发布时间：2025-11-03 09:12　来源：县文旅局　点击量："] == [
        t.text for t in article.paratexts if t.kind == "credit"
    ]


def test_a_date_in_brackets_under_a_title_is_a_credit_not_part_of_it() -> None:
    page = split_page(
        "栾川县冬季供暖情况发布会\n（2025年12月2日 会议实录）\n"
        "主持人：各位记者，上午好！今天介绍全县冬季供暖保障情况。\n"
    )
    (article,) = page.articles
    assert "栾川县冬季供暖情况发布会" == article.title
    assert article.body.startswith("主持人：各位记者")
    assert ["（2025年12月2日 会议实录）"] == [
        t.text for t in article.paratexts if t.kind == "credit"
    ]


def test_an_office_over_a_date_in_brackets_under_a_title_issues_it() -> None:
    page = split_page(
        "栾川县2025年外出务工情况\n栾川县人社局\n（2026年1月8日）\n\n"
        "2025年，全县转移就业农村劳动力12.3万人。\n"
    )
    (article,) = page.articles
    assert "栾川县2025年外出务工情况" == article.title
    assert ["栾川县人社局", "（2026年1月8日）"] == [
        t.text for t in article.paratexts if t.kind == "credit"
    ]


def test_an_office_and_the_hour_it_reports_for_is_a_credit() -> None:
    page = split_page(
        "栾川县雨情通报\n栾川县气象局　　2026年7月9日8时\n"
        "7月8日8时至9日8时，全县普降大雨，平均雨量56.2毫米。\n"
    )
    (article,) = page.articles
    assert "栾川县雨情通报" == article.title
    assert article.body.startswith("7月8日8时至9日8时")


def test_a_message_boards_tagged_dates_and_writer_are_its_text() -> None:
    page = split_page(
        "栾川县12345热线办理选登\n【留言】2025年11月3日\n留言人：潭头镇居民\n"
        "小区门口路灯坏了一个月，晚上出行不便。\n【回复】2025年11月6日\n"
        "回复单位：潭头镇人民政府\n经核实，已于11月5日修复路灯4盏。\n"
    )
    (article,) = page.articles
    assert "栾川县12345热线办理选登" == article.title
    assert article.body.startswith("【留言】2025年11月3日\n留言人：潭头镇居民\n小区门口")


def test_an_issue_with_the_days_it_covers_and_an_office_with_its_issue_are_credits() -> None:
    page = split_page(
        "栾川县农业气象旬报\n2026年第8期（3月下旬）\n栾川县气象局　　2026年4月1日\n\n"
        "一、天气概况\n3月下旬，全县平均气温11.2℃，较常年偏高0.8℃。\n"
    )
    assert ["栾川县农业气象旬报"] == _column(page, "title")
    page = split_page(
        "栾川县2026年农村公路建设进展通报\n洛阳市栾川县交通运输局（2026年第3期）\n"
        "截至3月31日，全县农村公路项目开工9个，完成投资1.2亿元。\n"
    )
    assert ["栾川县2026年农村公路建设进展通报"] == _column(page, "title")


def test_a_page_header_opening_with_the_pages_number_is_no_headline() -> None:
    page = split_page(
        "05　栾川新闻·乡镇　　2026年5月8日　星期五　责任编辑：王敏\n"
        "潭头镇：民宿集群带旺乡村游\n"
        "　　本报讯（记者 李静）五一假期，潭头镇12家民宿入住率达到95%。\n"
    )
    assert ["潭头镇：民宿集群带旺乡村游"] == _column(page, "title")


def test_an_editors_note_over_the_writers_line_is_no_part_of_the_text() -> None:
    text = (
        "【山乡笔记】北坡看梯田\n"
        "编者按：本栏目刊登读者走进乡村的见闻。\n"
        "文/赵晓林\n"
        "从东川县城往西走十多公里，就到了北坡村，梯田一层一层铺上山腰。\n"
    )
    page = split_page(text)
    assert [("北坡看梯田", "文/赵晓林")] == [(a.title, a.byline) for a in page.articles]
    assert page.articles[0].body.startswith("从东川县城往西走")


def test_captions_each_closing_with_who_took_the_photo_are_one_picture_story() -> None:
    text = (
        "图片新闻｜北坡梯田开镰了\n"
        "①　北坡村村民在梯田里收割稻谷。全村今年种植水稻320亩。（摄影 赵晓林）\n"
        "②　收割机在平缓地块作业，一天能收40亩左右。（摄影 钱卫东）\n"
        "③　合作社晒场上，新谷堆成小山。（摄影 赵晓林）\n"
    )
    page = split_page(text)
    assert [("北坡梯田开镰了", "图片新闻")] == [(a.title, a.kicker) for a in page.articles]


def test_an_offices_bulletin_of_its_work_is_one_report_in_numbered_parts() -> None:
    text = (
        "东川县供水站运行简报\n"
        "第5期\n"
        "东川县水务局　2026年6月3日\n"
        "5月份，全县农村供水工程运行平稳，现将情况简报如下：\n"
        "一、供水情况。全县9个乡镇共供水28.6万吨，同比增长3.1%。\n"
        "二、水费收缴。当月收缴水费约41万元，收缴率96.5%。\n"
        "三、维修管护。当月共处理管网漏损23处，平均修复时间5小时。\n"
    )
    page = split_page(text)
    assert ["东川县供水站运行简报"] == [a.title for a in page.articles]
    # …or straight with its first numbered part
    opening = text.replace("5月份，全县农村供水工程运行平稳，现将情况简报如下：\n", "")
    assert ["东川县供水站运行简报"] == [a.title for a in split_page(opening).articles]


def test_an_agreements_parties_open_its_text_and_their_seals_close_it() -> None:
    text = (
        "东川县北坡村闲置校舍租赁协议（节选）\n"
        "甲方：东川县南坪镇北坡村村民委员会\n"
        "乙方：东川县青禾农产有限公司\n"
        "经双方协商，订立本协议。\n"
        "第一条　甲方将闲置校舍一处租给乙方，建筑面积约620平方米。\n"
        "甲方（盖章）　乙方（盖章）\n"
    )
    page = split_page(text)
    assert ["东川县北坡村闲置校舍租赁协议（节选）"] == [a.title for a in page.articles]
    assert page.articles[0].body.startswith("甲方：东川县南坪镇北坡村村民委员会")
    assert "甲方（盖章）" not in page.articles[0].body


def test_the_office_that_sent_a_page_in_is_no_headline() -> None:
    text = (
        "【数说】东川县就业服务年度账单\n"
        "东川县人社局 供稿\n\n"
        "■ 2300人\n"
        "城镇就业全年新增的人数，比上年多约150人。\n"
    )
    page = split_page(text)
    assert ["东川县就业服务年度账单"] == _column(page, "title")
    assert "供稿" not in page.articles[0].body


def test_the_team_and_the_quarter_a_register_covers_are_no_headline() -> None:
    text = (
        "河道日常巡查台账\n"
        "东川县西河乡河道巡查队　2026年第三季度\n"
        "日期｜巡查河段｜发现问题｜处置情况\n"
        "7月3日｜西河村段｜堆放垃圾约2吨｜当日清运\n"
        "7月9日｜东坪村段｜违规采砂1处｜移交执法\n"
    )
    page = split_page(text)
    assert ["河道日常巡查台账"] == _column(page, "title")
    assert page.articles[0].body.startswith("日期｜巡查河段")


def test_a_scanned_page_header_spread_over_the_width_is_no_headline() -> None:
    text = (
        "西河日报 2026年3月5日 星期四                        第2版·乡镇\n"
        "东川县：春耕备耕正当时\n"
        "本报讯（记者 张明）近日，东川县各乡镇抢抓农时，已备足种子120吨、化肥3600吨。\n"
    )
    page = split_page(text)
    assert ["东川县：春耕备耕正当时"] == _column(page, "title")


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # the sender and the day a notice gives as its fields
        (
            "秋收烘干公告\n东川镇农会　推广股　发文日期：民国114年10月2日\n"
            "主旨：本会烘干中心自10月6日起受理稻谷烘干。\n说明：本会现有干燥机12台。\n",
            ["秋收烘干公告"],
        ),
        # a board's day in the Republic's years, with its source
        (
            "稻谷行情表 10月8日\n民国114年10月8日（星期三）　资料来源：东川镇农会\n"
            "品项｜今日价格｜前日价格\n湿谷｜1,280元｜1,260元\n干谷｜1,750元｜1,750元\n"
            "糯谷｜1,620元｜1,640元\n",
            ["稻谷行情表 10月8日"],
        ),
        # a brief's headline with a figure in thousands
        (
            "【农业简讯】\n东川好米 香又安全\n东川镇农会自产的好米今年通过检验，米质达到一等。\n\n"
            "西河代耕 每亩1,800元\n西河乡农会代耕中心现有收割机九台，今年已代耕稻田1200亩。\n\n"
            "冬天休耕不休田\n北山乡今冬休耕田种植绿肥约300亩，农户报名踊跃。\n",
            ["东川好米 香又安全", "西河代耕 每亩1,800元", "冬天休耕不休田"],
        ),
    ],
)
def test_taiwan_pages_headlines_and_their_furniture(text: str, titles: list[str]) -> None:
    assert titles == _column(split_page(text), "title")


def test_a_tagged_headline_with_a_comma_and_the_writers_office_in_brackets() -> None:
    text = (
        "【东川时评】路修好了，还要管得好\n"
        "今年全县新修农村公路120公里，不少村子第一次通了硬化路，可路修好了，谁来管？\n"
        "管好路，关键在把责任落到人头上，让每一段路都有人看着。\n"
        "（作者单位：东川县交通运输局　王明）\n"
    )
    (article,) = split_page(text).articles
    assert ("路修好了，还要管得好", "东川时评") == (article.title, article.kicker)
    assert article.body.startswith("今年全县")
    assert "作者单位" not in article.body
