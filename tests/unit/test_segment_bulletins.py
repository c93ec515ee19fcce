"""Bulletins and newsletters: their names, issues, offices, contents and dividers are furniture;
their items are the articles."""

from pages import uncovered

from govdb.ingest.layout import paragraphs
from govdb.ingest.segment import split_page
from govdb.ingest.stories import fused_briefs

NEWSLETTER = (
    "主题：东川县农业农村工作通讯（2026年第3期）\n"
    "发件人：东川县水利局综合股\n"
    "目录\n"
    "一、南坪镇新建育秧工厂两座\n"
    "二、北山乡茶园春管全面铺开\n"
    "=====\n"
    "南坪镇新建育秧工厂两座\n"
    "今年以来，南坪镇投入资金360万元，新建育秧工厂两座，可供秧面积1.2万亩。\n"
    "=====\n"
    "北山乡茶园春管全面铺开\n"
    "入春以来，北山乡组织茶农开展修剪、施肥，全乡4200亩茶园春管已完成八成。\n"
)


def test_a_newsletter_sent_as_text_is_its_items() -> None:
    page = split_page(NEWSLETTER)
    assert [a.title for a in page.articles] == ["南坪镇新建育秧工厂两座", "北山乡茶园春管全面铺开"]
    assert [a.sections for a in page.articles] == [(), ()]
    assert page.articles[1].body.startswith("入春以来")
    assert uncovered(NEWSLETTER, page) == ""


def test_the_contents_and_the_mail_header_are_furniture() -> None:
    kinds = {p.simplified.strip(): p.kind for p in paragraphs(NEWSLETTER)}
    assert kinds["发件人：东川县水利局综合股"] == "credit"
    assert kinds["目录"] == kinds["一、南坪镇新建育秧工厂两座"] == "credit"
    assert kinds["====="] == "divider"


def test_a_numbered_line_that_heads_nothing_further_down_is_no_contents_entry() -> None:
    text = "目录\n一、南坪镇新建育秧工厂两座\n\n南坪镇今年新建育秧工厂两座，可供秧面积1.2万亩。\n"
    kinds = {p.simplified.strip(): p.kind for p in paragraphs(text)}
    assert kinds["一、南坪镇新建育秧工厂两座"] != "credit"


def test_a_long_bulletin_name_over_its_first_item_is_the_items_kicker() -> None:
    text = (
        "西湖街道物业服务管理工作简报\n第4期\n西湖街道办事处编印　　2026年3月2日\n\n"
        "“暖心物业”进驻全部楼院 三月份报修量降至41件\n"
        "3月份，西湖街道在辖区18个楼院引入“暖心物业”，物业费收缴率升至92%。\n\n"
        "西湖街道启动老旧小区消防通道整治\n"
        "街道本月清理占用消防通道的杂物86处，施划标线2.3公里。\n"
    )
    page = split_page(text)
    assert [a.title for a in page.articles] == [
        "“暖心物业”进驻全部楼院 三月份报修量降至41件",
        "西湖街道启动老旧小区消防通道整治",
    ]
    assert {a.kicker for a in page.articles} == {"西湖街道物业服务管理工作简报"}


def test_a_table_units_line_under_its_title_is_text() -> None:
    text = (
        "东川县2026年一季度农机作业量统计表\n单位：亩\n"
        "乡镇\t耕地\t播种\n南坪镇\t3200\t2800\n北山乡\t2100\t1900\n"
    )
    page = split_page(text)
    assert page.articles[0].title == "东川县2026年一季度农机作业量统计表"
    assert page.articles[0].body.startswith("单位：亩\n")


def test_an_office_with_a_hotline_number_in_its_name_is_no_headline() -> None:
    text = (
        "东川市12345热线9月份运行情况通报\n（2026年第9期）\n东川市12345热线服务中心\n\n"
        "9月份，东川市12345热线接听来电3210个，按期办结率98.1%。\n"
    )
    assert [a.title for a in split_page(text).articles] == ["东川市12345热线9月份运行情况通报"]


def test_an_outline_heading_with_a_note_in_brackets_stands_alone() -> None:
    text = "考核结果通报\n二、良好（80分至89.9分，6个）\n南坪镇　86.5分；北山乡　84.2分\n"
    body = split_page(text).articles[0].body
    assert body == "二、良好（80分至89.9分，6个）\n南坪镇　86.5分；北山乡　84.2分"


def test_a_line_a_brief_broke_off_under_a_column_is_no_headline() -> None:
    text = (
        "东川县乡村产业工作简报\n\n"
        "南坪镇：小庭院做出大产业\n"
        "今年以来，南坪镇引导农户利用庭院发展特色种养，全镇示范户达到\n"
        "420户。东岭村把闲置的8间旧校舍改造成香菇菌\n"
        "棒加工车间，年产菌棒40万棒。\n\n"
        "北山乡：茶旅融合添活力\n"
        "北山乡今年接待茶园游客1.6万名，比去年多两成。\n"
    )
    titles = [a.title for a in split_page(text).articles]
    assert titles == ["南坪镇：小庭院做出大产业", "北山乡：茶旅融合添活力"]


def test_wei_after_a_one_character_verb_opens_no_purpose_clause() -> None:
    text = "南坪镇今年完成改厕320户。东岭村把两处旧仓库改造为带淋浴间的公共厕所，每处投入4万元。"
    assert fused_briefs(text) == ()


def test_a_briefs_headline_whose_last_word_reads_on_into_the_next_line_stays_a_headline() -> None:
    text = (
        "【春季安全快讯】\n南坪镇排查山塘水库隐患\n日前，南坪镇组织巡查员60余人检查山塘。\n"
        "全县液化气供应点减少两成多\n县商务局消息，今年全县保留供应点30个。\n"
    )
    titles = [a.title for a in split_page(text).articles]
    assert titles == ["南坪镇排查山塘水库隐患", "全县液化气供应点减少两成多"]
