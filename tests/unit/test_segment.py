"""Page → articles on the five seed pages: what a careful reader sees, pinned exactly."""

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pages import uncovered

from govdb.ingest.normalise import normalise
from govdb.ingest.segment import Page, split_page

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _page(name: str) -> Page:
    return split_page(next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pages() -> dict[str, Page]:
    return {name: _page(name) for name in ("000", "001", "002", "003", "004")}


def _column(page: Page, field: str) -> list:
    return [getattr(article, field) for article in page.articles]


def test_000_ocr_page_with_headlines_printed_after_their_bodies(pages: dict[str, Page]) -> None:
    page = pages["000"]
    assert [
        "基层高效能治理赋能乡村振兴",
        "食博会西城分会场布展工作完成",  # printed after its body
        "开放发展激活澎湃动能",  # printed after the next article
        "“争第一”是一种精神状态",
        "以干部教育培训为引擎 激活高质量发展新动能",
        "《对花枪》让戏迷过足瘾",  # printed after its body
        "第二十二届食博会对口接待工作会议召开",  # printed after its body
    ] == _column(page, "title")
    assert [
        "本报记者 姚肖",
        "记者 姚晓晓",
        None,
        None,
        None,
        "本报记者 齐国霞",
        "见习记者 徐斐斐",
    ] == _column(page, "byline")
    assert ["召陵区召陵镇", None, None, None, None, None, None] == _column(page, "kicker")
    assert [None, None, "（上接01版）", "（上接01版）", "（上接01版）", None, None] == _column(
        page, "continuation"
    )
    assert [
        [],
        [],
        ["搭建平台重塑对外开放格局", "创优环境打造一流发展生态圈"],
        [],
        ["以学促干 知行合一", "科学规划 协同联育"],
        [],
        [],
    ] == [[s.heading for s in a.sections] for a in page.articles]


def test_000_joins_lines_broken_inside_words_and_numbers(pages: dict[str, Page]) -> None:
    first = pages["000"].articles[0].body
    assert first.startswith("“有了村干部的牵线搭桥，大徐小吊瓜实现了产业化种植")
    assert "在全镇划分网格202个，配备专职网格员167名" in first
    # A blank line inside a paragraph does not split it.
    assert "舞台搭建已经完工" in pages["000"].articles[1].body
    assert "以“党建+网格+大数据”为抓手" in first


def test_000_bylines_and_markers_are_not_body(pages: dict[str, Page]) -> None:
    for article in pages["000"].articles:
        assert "本报记者" not in article.body
        assert "本报讯" not in article.body
        assert "上接" not in article.body
    kinds = [(t.kind, t.text) for t in pages["000"].articles[1].paratexts]
    assert [("dateline", "本报讯（记者 姚晓晓）")] == kinds


def test_001_web_article_with_sections_caption_credits_and_footer(pages: dict[str, Page]) -> None:
    page = pages["001"]
    (article,) = page.articles
    assert (
        "党建引领基层高效能治理",
        "以“沙澧善治”添彩“中原之治”——我市纵深推进党建引领基层高效能治理",
        "我市纵深推进党建引领基层高效能治理",
    ) == (article.kicker, article.title, article.subtitle)
    assert "漯河日报全媒体记者 张晓甫；通讯员 陆梦娇" == article.byline
    assert [
        "建强组织 把党的政治优势组织优势转化为治理效能",
        "防化风险 把各类矛盾纠纷预防在源头化解在基层",
        "办好实事 把保障和改善民生作为基础性工作",
        "促进发展 把高效能治理转化为高质量发展动能",
    ] == [s.heading for s in article.sections]
    assert [
        (
            "caption",
            "源汇区马路街街道友爱街社区工作人员为新就业群体讲解“积分存折”使用方法。"
            "本报记者 张晓甫摄",
        ),
        ("credit", "校对 谢明芮"),
        ("credit", "统筹 周鹤琦"),
        ("credit", "审核 谭艺君"),
    ] == [(t.kind, t.text) for t in article.paratexts]
    assert [("footer", "豫公网安备 41110302000005号")] == [(t.kind, t.text) for t in page.leftovers]
    assert "校对" not in article.body and "公网安备" not in article.body
    assert "漯河日报" == page.source


def test_001_sections_span_their_text(pages: dict[str, Page]) -> None:
    article = pages["001"].articles[0]
    for section in article.sections:
        assert article.body[section.start :].startswith(section.heading)
    assert len(article.body) == article.sections[-1].end


def test_002_pdf_markdown_with_several_outlets_articles(pages: dict[str, Page]) -> None:
    page = pages["002"]
    assert [
        "砌基层善治之石 筑人民幸福之基-河南党建引领高效能治理观察",
        '持续优化营商环境 河北着力下好"三招棋"',
        "成渝地区特色农产品加速出口海外",
        "中国大力发展新质生产力 意义重大·访《哈萨克斯坦实业报》总编辑科尔茹姆巴耶夫",
        "四川华蓥:石漠化土地生出新产业",
    ] == _column(page, "title")
    assert [
        "河南党建引领高效能治理观察",
        None,
        None,
        "访《哈萨克斯坦实业报》总编辑科尔茹姆巴耶夫",
        None,
    ] == (_column(page, "subtitle"))
    assert [
        "李俊 双瑞 韩朝阳 张浩然",
        None,
        "新华社记者 伍鲲鹏",
        "新华社记者 郑钰 张继业 赵宇",
        None,
    ] == (_column(page, "byline"))
    assert 5 == len(page.articles[0].sections)
    captions = [t.text for a in page.articles for t in a.paratexts if t.kind == "caption"]
    assert [
        "● 河南省获嘉县照镜镇东彰仪村召开党群代表议事会",
        "●货轮停泊在新加坡巴西班让集装箱码头装 卸货物(2023年9月8日摄)。",
    ] == captions


def test_002_a_paragraph_broken_around_a_caption_is_joined(pages: dict[str, Page]) -> None:
    body = pages["002"].articles[0].body
    assert "五级社情民" in body and "省平安建设优秀县。" in body
    assert "● 河南省" not in body


def test_003_page_of_columns_profiles_and_briefs(pages: dict[str, Page]) -> None:
    page = pages["003"]
    assert [
        "聚焦高质量 引领新发展",
        "推进清廉企业建设",
        "我市开展无偿献血及造血干细胞捐献知识宣讲活动",
        "郭亚男：创新实干 为民尽责",
        "乡村振兴绘新图",
        "做好困难群众小额信贷落实工作",
        "徐翠品：甘当文明创建“老黄牛”",
        None,  # a photo with its caption under the 劳模风采 label
        None,  # three briefs under 简讯
        None,
        None,
    ] == _column(page, "title")
    assert [
        None,
        "市工商联",
        None,
        None,
        "巨陵镇",
        "固厢乡",
        None,
        "劳模风采",
        "简讯",
        "简讯",
        "简讯",
    ] == (_column(page, "kicker"))
    assert [
        "郾城区委副书记、区长 李占宾",
        "曹哲",
        "记者 徐赫",
        "本报记者 于文博",
        "全庆",
        "路琳",
        "本报记者 孙震",
        None,
        "曹静静",
        "刘耀峰",
        None,
    ] == _column(page, "byline")
    assert [
        "commentary",
        "news",
        "news",
        "news",
        "news",
        "news",
        "news",
        "caption",
        "brief",
        "brief",
        "brief",
    ] == _column(page, "kind")
    # A name after the last sentence is a byline, not body.
    assert page.articles[4].body.endswith("烟叶种植面积达4200亩。")
    assert page.articles[8].body.startswith("●近日,郾城区国动办")  # the printed mark kept
    assert [
        "学思践悟争出彩 奋勇跑出加速度",
        "深入学习贯彻党的二十大精神 全面推进中国式现代化漯河建设",
    ] == [t.text for t in page.leftovers]


def test_004_traditional_page_with_captions_between_paragraphs(pages: dict[str, Page]) -> None:
    (article,) = pages["004"].articles
    assert ("國慶75周年", "河南漯河：改革風勁破浪行") == (article.kicker, article.title)
    assert [
        "加大改革力度 增強高質量發展動力",
        "釋放改革紅利 塑造發展新動能新優勢",
        "堅持改革爲民 持續增進民生福祉",
    ] == [s.heading for s in article.sections]
    assert [
        ("caption", "漯河市市民之家。"),
        ("caption", "漯河市舞陽縣賈湖遺址。"),
        ("credit", "王濤 圖片來源：中共漯河市委宣傳部"),
        ("caption", "中原食品實驗室。"),
        ("caption", "漯河市雙匯新總部大樓。"),
        ("caption", "漯河市沙澧河千機飛表演。"),
        ("caption", "漯河市首座3D打印實景建築——「小商橋」。"),
        ("caption", "漯河市小學生在許慎文化園研學。"),
    ] == [(t.kind, t.text) for t in article.paratexts]
    assert "市民之家" not in article.body
    # 「三個\n\n五百億」 is one paragraph broken by the page, joined again.
    assert "「三個五百億」項目" in article.body


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_no_printed_character_is_lost(name: str) -> None:
    text = next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")
    assert "" == uncovered(text, split_page(text))


def test_body_offsets_point_at_the_printed_characters(pages: dict[str, Page]) -> None:
    text = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    for article in pages["000"].articles:
        for char, index in zip(article.body, article.body_offsets, strict=False):
            assert char == "\n" or char == text[index]


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("召陵镇。，■本报讯记者（）#●\n 摄123上接版")), max_size=200
    )
)
def test_split_page_never_raises(text: str) -> None:
    page = split_page(text)
    for article in page.articles:
        assert len(article.body) + 1 == len(article.body_offsets)


def test_a_one_sentence_text_is_one_article() -> None:
    page = split_page("东湖镇今年新修村道12公里。\n")
    assert [(None, "brief", "东湖镇今年新修村道12公里。")] == [
        (a.title, a.kind, a.body) for a in page.articles
    ]
    assert () == page.leftovers


def test_a_headline_over_one_short_line_is_its_title() -> None:
    page = split_page("东湖镇修路\n东湖镇今年新修村道12公里。\n")
    assert [("东湖镇修路", "东湖镇今年新修村道12公里。")] == [
        (a.title, a.body) for a in page.articles
    ]
    assert () == page.leftovers


def test_a_page_of_only_a_masthead_makes_no_article() -> None:
    page = split_page("南湖日报\n2031年3月4日\n")
    assert () == page.articles
    assert ["南湖日报", "2031年3月4日"] == [p.text for p in page.leftovers]


def test_a_web_pages_header_gives_its_outlet_and_date() -> None:
    page = split_page(
        "来源：德阳市人民政府网  发布时间：2024-06-03 09:15\n\n"
        "旌阳区开展防汛应急演练\n\n"
        "6月1日，旌阳区在石亭江畔组织开展防汛应急演练，300余名干部群众参加。\n"
    )
    assert ("德阳市人民政府网", dt.date(2024, 6, 3)) == (page.source, page.published_on)
    assert ["旌阳区开展防汛应急演练"] == [a.title for a in page.articles]
    assert "发布时间" not in page.articles[0].body


def test_a_wire_dateline_names_the_agency() -> None:
    page = split_page(
        "秦岭生态保护有了新抓手\n\n"
        "新华社西安5月8日电（记者 王某）陕西省近日印发方案，加强秦岭生态环境保护。\n"
    )
    assert ("新华社", None) == (page.source, page.published_on)


def test_a_data_box_keeps_each_figure_over_its_label() -> None:
    text = (
        "数说东川2025\n\n"
        "126.4亿元\n地区生产总值，同比增长5.9%，增速居全市第2位\n\n"
        "1.8万人\n新增城镇就业\n\n"
        "96.5%\n城乡供水一体化覆盖率\n"
    )
    (article,) = split_page(normalise(text).text).articles
    assert "数说东川2025" == article.title
    assert (
        "126.4亿元\n地区生产总值，同比增长5.9%，增速居全市第2位\n1.8万人\n新增城镇就业\n"
        "96.5%\n城乡供水一体化覆盖率"
    ) == article.body


def test_an_infographics_label_and_figure_lines_stand_alone_under_its_headline() -> None:
    text = (
        "一图读懂｜东川县2026年民生实事进展\n\n"
        "东川县人民政府办公室　2026年11月25日\n\n"
        "【开篇】\n"
        "2026年东川县民生实事：10项\n"
        "累计完成投资：8.6亿元\n"
        "■ 就业增收\n"
        "▶ 新增城镇就业：6200人\n"
        "▶ 城镇登记失业率：2.9%\n"
    )
    (article,) = split_page(normalise(text).text).articles
    assert "东川县2026年民生实事进展" == article.title
    assert "2026年东川县民生实事：10项\n累计完成投资：8.6亿元" in article.body


def test_a_labelled_figure_with_its_change_stands_alone_on_its_line() -> None:
    text = (
        "东川镇2026年工作总结\n\n"
        "（一）主要指标\n"
        "地区生产总值：12.4亿元，同比增长4.8%\n"
        "农村居民人均可支配收入：19870元，同比增长6.1%\n"
        "（二）重点工作\n"
        "全镇新建高标准农田1.2万亩。\n"
    )
    (article,) = split_page(normalise(text).text).articles
    assert "同比增长4.8%\n农村居民人均可支配收入：19870元，同比增长6.1%\n" in article.body


def test_numbered_items_without_stops_stay_one_a_line() -> None:
    text = (
        "东川村2026年第一季度财务公示\n\n"
        "二、本期收入：合计16,200.00元\n"
        "1．鱼塘承包收入　9,600.00元\n"
        "2．光伏收益分配　6,600.00元\n"
        "三、本期结余：68,518.40元\n"
    )
    (article,) = split_page(normalise(text).text).articles
    assert "9,600.00元\n2.光伏收益分配" in article.body


def test_a_bulletins_distribution_lines_are_credits() -> None:
    text = (
        "东川县工作动态\n\n"
        "东川镇推行“院坝议事”，今年以来议定事项86件，办结81件。\n\n"
        "报：县委、县政府主要领导\n送：各乡镇党委\n（共印30份）\n"
    )
    (article,) = split_page(text).articles
    assert article.body.endswith("办结81件。")
    assert 3 == sum(1 for t in article.paratexts if t.kind == "credit")


def test_a_number_broken_across_two_lines_is_joined_without_a_space() -> None:
    page = split_page(
        "东川镇新建学校\n本报讯 新教学楼建筑面积4800平方米，总投资23\n50万元，"
        "大班额比例由20\n21年的8.3%降至今年的0.5%。\n"
    )
    assert "总投资2350万元" in page.articles[0].body
    assert "由2021年" in page.articles[0].body


def test_a_headline_over_a_narrow_column_stops_where_the_story_opens() -> None:
    page = split_page(
        "东川镇柑橘加工项目签约\n11月5日，东川县东川镇举\n行柑橘加工项目签约仪式，一\n"
        "家果品公司拟出资2亿元，在\n东川村建设果脯生产基地。\n厂区用地约80亩，共建三条\n"
        "生产线，首条线明年春季试\n产，全部达产后年加工柑橘\n2万吨，可带动周边农户增收。\n"
    )
    assert ["东川镇柑橘加工项目签约"] == [a.title for a in page.articles]
    assert page.articles[0].body.startswith("11月5日，东川县东川镇举行")
