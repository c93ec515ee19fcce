"""Forms, infographics, rolling feeds and message boards: their fields, ticks, marked parts,
time stamps and ratings are text or furniture, never headlines."""

import pytest
from pages import uncovered

from govdb.ingest.layout import paragraphs
from govdb.ingest.segment import split_page


def _kinds(text: str) -> dict[str, str]:
    return {p.simplified.strip(): p.kind for p in paragraphs(text)}


WEEKLY = (
    "东川县林业局工作周报\n"
    "第18期（2027年3月8日—3月14日）\n"
    "【本周要闻】\n"
    "3月10日，南坪镇完成春季补植730亩，苗木成活九成五。\n"
    "【下周安排】\n"
    "计划在北山乡补植苗木1.2万株。\n"
)


def test_a_bulletins_issue_with_the_week_it_covers_is_no_headline() -> None:
    assert _kinds(WEEKLY)["第18期（2027年3月8日—3月14日）"] == "credit"
    page = split_page(WEEKLY)
    assert [a.title for a in page.articles] == ["东川县林业局工作周报"]


TABLE_BY = (
    "东川县2026年造林任务完成情况一览表\n"
    "东川县林业局　制表\n"
    "乡镇\t任务（亩）\t完成（亩）\n"
    "南坪镇\t800\t760\n"
    "北山乡\t600\t610\n"
)


def test_the_office_that_drew_up_a_table_is_no_part_of_its_title() -> None:
    assert _kinds(TABLE_BY)["东川县林业局　制表"] == "credit"
    assert split_page(TABLE_BY).articles[0].title == "东川县2026年造林任务完成情况一览表"


INFOGRAPHIC = (
    "一图读懂｜东川县2026年春季造林\n"
    "东川发布　2026-05-06\n"
    "▶ 关键数字\n"
    "● 造林面积：1.4万亩\n"
    "● 参与群众：3200人次\n"
    "▶ 重点乡镇\n"
    "▶ 南坪镇：补植730亩，苗木存活率94%\n"
    "▶ 北山乡：补植苗木1.2万株\n"
)


def test_an_infographics_marked_part_head_is_no_headline() -> None:
    page = split_page(INFOGRAPHIC)
    assert len(page.articles) == 1
    assert page.articles[0].title == "东川县2026年春季造林"
    assert page.articles[0].body.startswith("▶ 关键数字")


def test_a_marked_point_with_a_comma_among_marked_points_is_no_brief() -> None:
    kinds = _kinds(INFOGRAPHIC)
    assert kinds["▶ 南坪镇：补植730亩，苗木存活率94%"] == "body"
    assert len(split_page(INFOGRAPHIC).articles) == 1


NUMBERED_PARTS = (
    "一图读懂｜东川县林长制实施方案\n"
    "来源：东川县林业局\n"
    "01 工作目标\n"
    "至2031年底，全县林木绿化率约63%\n"
    "新建护林站5个\n"
    "02 保障措施\n"
    "县财政每年安排资金约800万元\n"
)


def test_a_numbered_part_opens_the_text_and_item_lines_stand_alone() -> None:
    page = split_page(NUMBERED_PARTS)
    assert page.articles[0].title == "东川县林长制实施方案"
    body = page.articles[0].body
    assert body.startswith("01 工作目标\n至2031年底")
    # where no line is broken at a width, a line ending in its figure ends its item
    assert "约63%\n新建护林站5个\n02 保障措施" in body


def test_a_figure_caption_tag_and_its_words_are_a_part_not_the_title() -> None:
    text = (
        "一图读懂｜东川县普查成果一览\n【图1】总量\n法人单位2160个\n【图2】结构\n第三产业占78.5%\n"
    )
    page = split_page(text)
    assert page.articles[0].title == "东川县普查成果一览"
    assert page.articles[0].body.startswith("【图1】总量")


CHECKLIST = (
    "东川县山塘汛前巡查表（南坪镇青龙塘）\n"
    "巡查时间：5月8日　巡查人：张明、李华\n"
    "所在位置：南坪镇青龙村\n"
    "总库容：42万立方米　坝高：9.5米\n"
    "☑ 坝顶无裂缝\n"
    "☐ 背水坡无渗水（发现1处湿渍）\n"
    "☑ 溢洪道畅通\n"
    "巡查结论：3项中2项合格。\n"
)


def test_a_checklists_fields_and_ticked_items_are_its_text() -> None:
    kinds = _kinds(CHECKLIST)
    assert kinds["巡查时间：5月8日　巡查人：张明、李华"] == "body"
    assert kinds["总库容：42万立方米　坝高：9.5米"] == "body"
    assert kinds["☑ 坝顶无裂缝"] == kinds["☑ 溢洪道畅通"] == "body"
    page = split_page(CHECKLIST)
    assert [a.title for a in page.articles] == ["东川县山塘汛前巡查表（南坪镇青龙塘）"]
    assert page.articles[0].body.startswith("巡查时间：")
    # each ticked item ends with its line
    assert "☑ 坝顶无裂缝\n☐ 背水坡" in page.articles[0].body
    assert uncovered(CHECKLIST, page) == ""


def test_one_line_of_several_fields_under_a_title_opens_the_text() -> None:
    text = (
        "南坪镇驿站收发登记簿（2027年6月）\n"
        "站点：南坪镇青龙村　负责人：王芳　登记人：李华\n"
        "6月1日，进村包裹126件，出村寄递35件。\n"
    )
    page = split_page(text)
    assert page.articles[0].title == "南坪镇驿站收发登记簿（2027年6月）"
    assert page.articles[0].body.startswith("站点：南坪镇青龙村")


def test_a_forms_fields_read_as_credits_do_not_break_the_run_of_its_fields() -> None:
    text = (
        "糖尿病患者回访登记\n"
        "回访日期：6月3日\n"
        "回访方式：电话回访\n"
        "患者姓名：王某　性别：男　年龄：71岁\n"
        "现住址：东川县南坪镇青龙村\n"
        "收缩压：146毫米汞柱\n"
    )
    kinds = _kinds(text)
    assert kinds["患者姓名：王某　性别：男　年龄：71岁"] == "body"
    assert kinds["现住址：东川县南坪镇青龙村"] == "body"
    assert split_page(text).articles[0].title == "糖尿病患者回访登记"


def test_a_village_broadcasts_label_and_the_note_under_it() -> None:
    text = (
        "村村响广播稿：秋收时节防火要记牢\n"
        "（南坪镇青龙村广播站　每天早晚各播一次）\n"
        "乡亲们注意了！秋收时节天干物燥，田间地头严禁焚烧秸秆。\n"
    )
    assert _kinds(text)["村村响广播稿：秋收时节防火要记牢"] == "heading"
    page = split_page(text)
    assert page.articles[0].title == "秋收时节防火要记牢"
    assert page.articles[0].body.startswith("（南坪镇青龙村广播站")


BOARD = (
    "网民留言\n"
    "南坪镇青龙村的自来水什么时候能通？\n"
    "留言人：青龙村村民　留言时间：3月2日20:15\n"
    "我们村去年就说要通自来水，现在还没有动静。\n"
    "回复单位：东川县水利局　回复时间：3月9日10:00\n"
    "您好！青龙村的供水管网在本年度的计划里，6月底前可通水。\n"
    "满意度：★★★★☆\n"
)


def test_a_boards_message_is_titled_by_the_line_over_who_wrote_it() -> None:
    assert _kinds(BOARD)["满意度：★★★★☆"] == "credit"
    page = split_page(BOARD)
    assert [a.title for a in page.articles] == ["南坪镇青龙村的自来水什么时候能通？"]
    assert page.articles[0].body.startswith("留言人：")


FEED = (
    "东川融媒 · 滚动快讯\n"
    "5月6日\n"
    "08:30　南坪镇召开春耕生产现场会，全镇已完成春播面积2.1万亩。\n"
    "10:15　北山乡卫生院开展义诊活动，为群众免费测量血压300余人次。\n"
    "14:40　东川县人社局组织用工对接会，42家企业带来岗位860个。\n"
)


def test_a_rolling_feeds_timed_items_are_briefs_and_its_day_no_headline() -> None:
    page = split_page(FEED)
    assert [a.title for a in page.articles] == [None, None, None]
    assert [a.body[:5] for a in page.articles] == ["08:30", "10:15", "14:40"]


def test_a_programmes_timed_entries_are_no_briefs() -> None:
    text = (
        "东川县春节联欢晚会节目单\n"
        "19:30　1. 开场舞《红红火火》\n"
        "19:40　2. 合唱《我的家乡》\n"
        "19:50　3. 小品《回家过年》\n"
    )
    assert len(split_page(text).articles) == 1


def test_an_offices_column_name_over_a_headline_is_no_headline() -> None:
    text = (
        "东川县卫生健康局　健康科普\n"
        "天冷血压易波动 晨起测量要记牢\n"
        "入冬以后，不少患者早上量出的血压偏高。\n"
    )
    assert _kinds(text)["东川县卫生健康局　健康科普"] == "credit"
    assert split_page(text).articles[0].title == "天冷血压易波动 晨起测量要记牢"


def test_a_notices_issuer_and_kind_over_nothing_else_stay_its_title() -> None:
    text = "东川县人民政府　通告\n为做好今春的林区防火，现通告如下：\n一、全县禁止野外用火。\n"
    assert _kinds(text)["东川县人民政府　通告"] != "credit"


def test_a_writers_line_may_say_who_the_writer_is() -> None:
    text = (
        "一名村医的出诊日记\n"
        "文/王明（东川县南坪镇青龙村村医）\n"
        "5月3日　晴\n"
        "上午走访高血压患者8户。\n"
    )
    article = split_page(text).articles[0]
    assert article.title == "一名村医的出诊日记"
    assert article.byline == "文/王明"


def test_a_live_reports_timed_entries_under_its_headline_are_one_story() -> None:
    text = (
        "东川县春季农产品展销会图文直播\n"
        "09:30　展销会在县体育馆开幕，来自12个乡镇的86家企业参展。\n"
        "10:15　记者在茶叶展区看到，南坪镇的新茶上午已售出200多斤。\n"
        "11:40　签约仪式结束，9个项目签下合同，金额1.6亿元。\n"
    )
    page = split_page(text)
    assert [a.title for a in page.articles] == ["东川县春季农产品展销会图文直播"]


def test_an_infographics_title_under_an_account_may_ask_a_question() -> None:
    text = "东川发布\n一图读懂｜东川县“点亮乡村”行动今年干什么？\n【今年任务】\n新装光伏灯1200盏\n"
    page = split_page(text)
    assert [a.title for a in page.articles] == ["一图读懂｜东川县“点亮乡村”行动今年干什么？"]


def test_a_logs_date_weather_and_keepers_lines_are_furniture() -> None:
    text = (
        "南坪镇青龙村观火台值守记录\n"
        "日期：4月2日　天气：晴　西北风3级\n"
        "值班员：张明　李华\n"
        "06:00　上岗。台上看得远，能见度约20公里。\n"
        "09:30　给镇防火办打电话报告无异常。\n"
    )
    kinds = _kinds(text)
    assert kinds["日期：4月2日　天气：晴　西北风3级"] == "credit"
    assert kinds["值班员：张明　李华"] == "credit"
    page = split_page(text)
    assert [a.title for a in page.articles] == ["南坪镇青龙村观火台值守记录"]
    assert page.articles[0].body.startswith("06:00")


def test_a_boards_day_and_unit_line_is_furniture() -> None:
    text = (
        "青龙村菜园当日行情\n"
        "2027年3月2日　星期二　单位：元/公斤\n"
        "品名｜规格｜今日价\n"
        "黄瓜｜顶花带刺｜2.40\n"
        "番茄｜硬粉｜3.20\n"
    )
    assert _kinds(text)["2027年3月2日　星期二　单位：元/公斤"] == "credit"
    assert split_page(text).articles[0].title == "青龙村菜园当日行情"


def test_a_writers_line_may_name_the_body_the_writer_works_for() -> None:
    text = (
        "农技员田间笔记｜冬棚里的一天\n"
        "文/东川县农业技术推广站　王明\n"
        "11月3日　晴\n"
        "到南坪镇看番茄棚，棚温28℃。\n"
    )
    assert _kinds(text)["文/东川县农业技术推广站　王明"] == "byline"


def test_a_banner_that_acted_heads_a_line_of_figures_under_it() -> None:
    text = (
        "东川旗开展秋季草原扑火演练\n"
        "百余名队员40分钟开出2公里隔离带\n"
        "\n"
        "本报讯 9月22日，东川旗秋季草原防火演练在南坪苏木举行。\n"
    )
    article = split_page(text).articles[0]
    assert article.title == "东川旗开展秋季草原扑火演练"
    assert article.subtitle == "百余名队员40分钟开出2公里隔离带"


def test_a_short_head_under_a_long_title_opens_the_text() -> None:
    text = (
        "东川县南坪镇中心小学第9周课程及收费公示\n"
        "（2027年3月1日—3月5日）\n"
        "\n"
        "课程安排\n"
        "星期一　上午：语文、数学　下午：美术、体育\n"
        "课后服务费：每生每月120元。\n"
    )
    article = split_page(text).articles[0]
    assert article.title == "东川县南坪镇中心小学第9周课程及收费公示"
    assert article.body.startswith("课程安排\n星期一")


def test_a_storys_headline_under_a_columns_tag_stays_its_headline() -> None:
    text = (
        "【民生】\n"
        "南坪镇4个社区都有了家门口的服务站\n"
        "本报讯（记者 王明）记者从东川县南坪镇了解到，该镇4个社区的服务站日前已全部开门。\n"
    )
    assert [a.title for a in split_page(text).articles] == ["南坪镇4个社区都有了家门口的服务站"]


def test_a_headline_that_reads_as_a_field_over_a_pages_credits_stays_the_headline() -> None:
    text = (
        "东川县：小产业撬动大发展\n"
        "来源：东川发布　时间：3月2日\n"
        "编辑：王明\n"
        "近日，东川县南坪镇又建起加工厂2座，周边农户300户从中受益。\n"
    )
    assert split_page(text).articles[0].title == "东川县：小产业撬动大发展"


def test_a_forms_fields_with_its_credits_among_them_are_its_text() -> None:
    text = (
        "东川县农户取暖设施上门核查表\n"
        "编号：DC-0012　核查日期：11月8日\n"
        "乡镇（村）：南坪镇青龙村\n"
        "户主姓名：王某　家庭人口：3人\n"
        "取暖方式：☑煤改电　□煤改气\n"
        "设备情况：空气源热泵1台，额定功率3千瓦。\n"
    )
    article = split_page(text).articles[0]
    assert article.title == "东川县农户取暖设施上门核查表"
    assert article.body.startswith("乡镇（村）：南坪镇青龙村")


def test_a_table_of_words_is_text_and_its_header_no_headline() -> None:
    text = (
        "南坪镇2025年三季度困难群众走访记录\n"
        "\n"
        "日期｜对象｜村名｜办理事项\n"
        "7月2日｜低保户刘某｜前进村｜帮助申请医疗救助2000元\n"
        "8月9日｜五保户陈某｜后营村｜更换取暖炉1台，送米面两袋\n"
    )
    kinds = _kinds(text)
    assert kinds["日期｜对象｜村名｜办理事项"] == "body"
    page = split_page(text)
    assert [a.title for a in page.articles] == ["南坪镇2025年三季度困难群众走访记录"]
    assert uncovered(text, page) == ""


def test_a_list_of_labelled_lines_under_the_sentence_that_announces_it_is_text() -> None:
    text = (
        "东川县政府关于划定禁渔水域的通告\n"
        "为保护水生生物资源，现将禁渔水域名单公布如下：\n"
        "南坪镇：青龙村水塘、石门村河湾\n"
        "北山乡：北山水库\n"
        "本通告即日起施行。\n"
    )
    kinds = _kinds(text)
    assert kinds["南坪镇：青龙村水塘、石门村河湾"] == "body"
    assert kinds["北山乡：北山水库"] == "body"
    page = split_page(text)
    assert [a.title for a in page.articles] == ["东川县政府关于划定禁渔水域的通告"]


def test_a_roundups_headline_of_a_place_has_its_story_under_it() -> None:
    text = (
        "各地动态\n"
        "本期要闻如下：\n"
        "南坪镇：青龙村建成冷库\n"
        "近日，青龙村冷库投入使用，可储存果蔬300吨。\n"
    )
    assert _kinds(text)["南坪镇：青龙村建成冷库"] == "heading"


def test_a_boards_day_with_its_weekday_in_brackets_and_its_source_is_a_credit() -> None:
    text = (
        "南坪镇农贸市场蔬菜价格行情\n"
        "2026年3月9日（星期一）　来源：南坪镇市场监管所\n"
        "品名｜价格（元/斤）｜涨跌\n"
        "白菜｜1.20｜↑0.10\n"
        "萝卜｜0.90｜↓0.05\n"
    )
    assert _kinds(text)["2026年3月9日（星期一）\u3000来源：南坪镇市场监管所"] == "credit"
    assert ["南坪镇农贸市场蔬菜价格行情"] == [a.title for a in split_page(text).articles]


def test_offices_that_put_out_a_warning_together_are_no_part_of_its_title() -> None:
    text = (
        "东川县暴雨灾害预警（黄色）\n"
        "东川县气象台　东川县水务局　联合发布\n"
        "预计5月8日8时至9日8时，我县南坪镇、北山乡将出现大雨，局地暴雨。\n"
    )
    assert _kinds(text)["东川县气象台　东川县水务局　联合发布"] == "credit"
    assert ["东川县暴雨灾害预警（黄色）"] == [a.title for a in split_page(text).articles]


def test_the_words_over_a_figure_under_a_parts_head_are_no_headline() -> None:
    text = (
        "一图读懂｜东川县护林防火三年方案\n"
        "▶ 工作目标\n"
        "专职护林员人数\n"
        "320名\n"
        "林木覆盖率保持在\n"
        "68%以上\n"
    )
    assert _kinds(text)["专职护林员人数"] == "body"
    page = split_page(text)
    assert [("东川县护林防火三年方案", "一图读懂")] == [(a.title, a.kicker) for a in page.articles]


# A red-header document as a PDF's text gives it: every line broken at the page's width.
RED_HEADER = (
    "东川县政府办公室文件\n"
    "东政办发〔2027〕8号\n"
    "东川县政府办公室\n"
    "关于下发东川县2027年山塘整治和小水库除险加固\n"
    "工作方案的通知\n"
    "各乡镇人民政府，县直有关单位：\n"
    "现将《东川县2027年山塘整治和小水库除险加固工作方案》印发给你们，请结合\n"
    "实际认真执行。全县计划整治山塘46座，除险加固小水库12座，县财政安排资金\n"
    "1800万元。\n"
)


def test_a_documents_title_broken_over_lines_ends_where_its_addressees_begin() -> None:
    (article,) = split_page(RED_HEADER).articles
    assert (
        "东川县政府办公室关于下发东川县2027年山塘整治和小水库除险加固工作方案的通知"
        == article.title
    )
    assert article.body.startswith("各乡镇人民政府，县直有关单位：")


def test_a_message_is_titled_over_a_line_giving_when_and_then_who_wrote() -> None:
    text = (
        "南坪镇青龙村的路灯坏了半年，谁来修？\n"
        "留言时间：2027-03-02 20:41　留言人：网友“青龙老李”\n"
        "各位领导好！村口到小学的六盏路灯坏了半年，晚上接孩子很不方便。\n"
        "回复单位：东川县南坪镇人民政府　回复时间：2027-03-09\n"
        "网友您好！镇里已于3月8日更换路灯6盏，感谢您的关注。\n"
    )
    (article,) = split_page(text).articles
    assert "南坪镇青龙村的路灯坏了半年，谁来修？" == article.title
    assert article.body.startswith("各位领导好！")
    assert _kinds(text)["留言时间：2027-03-02 20:41\u3000留言人：网友“青龙老李”"] == "credit"


def test_a_firm_over_the_rest_of_its_notices_title_is_one_title() -> None:
    text = (
        "东川县清源供水有限公司\n"
        "关于2027年第二季度管网检修停水的公告\n"
        "广大用户：\n"
        "因管网检修，4月12日8时至18时南坪镇全镇停水，请提前储水。\n"
    )
    (article,) = split_page(text).articles
    assert "东川县清源供水有限公司关于2027年第二季度管网检修停水的公告" == article.title


def test_a_scripts_name_over_its_labelled_title_is_no_headline() -> None:
    text = (
        "东川县广播电视台广播稿\n"
        "标题：南坪镇山塘清淤 赶在雨季前\n"
        "播出时间：2027年4月2日\n"
        "【导语】连日来，南坪镇组织党员突击队对全镇山塘开展清淤。\n"
    )
    (article,) = split_page(text).articles
    assert "南坪镇山塘清淤 赶在雨季前" == article.title
    assert _kinds(text)["东川县广播电视台广播稿"] == "credit"


# Pages whose lines of fields or of offices are text or credits, never headlines: each with
# a line whose kind is pinned, and the headline over them.
FIELD_PAGES = {
    # a sign's fields in words over fields written in sentences
    "sign": (
        "东川县南坪镇冷库建设项目公示牌\n"
        "项目名称：南坪镇北岭村果蔬冷库建设项目\n"
        "建设地点：南坪镇北岭村村委会东侧\n"
        "建设单位：北岭村果蔬合作社\n"
        "建设内容：新建冷库1座，库容600吨，配套分拣车间300平方米。\n"
        "总投资：240万元，其中财政补助200万元。\n"
        "监督电话：0871-1234567\n",
        ("项目名称：南坪镇北岭村果蔬冷库建设项目", "body"),
        "东川县南坪镇冷库建设项目公示牌",
    ),
    # the offices issuing a page side by side break no line in two
    "offices": (
        "消费提醒｜选购蜂蜜：看标签、看色泽、摇一摇\n"
        "东川县林业和草原局　东川县中蜂养殖产业协会\n"
        "蜂蜜掺糖的手法越来越隐蔽，今年全县抽检蜂蜜82批次，发现不合格4批次。我们总结了三个办法：\n"
        "一看标签。配料表只写蜂蜜一种，不应有糖浆。\n"
        "二看色泽。纯蜂蜜透亮，久放会结晶。\n"
        "三摇一摇。气泡多而大、散得快的多半掺了水。\n",
        ("东川县林业和草原局　东川县中蜂养殖产业协会", "credit"),
        "选购蜂蜜：看标签、看色泽、摇一摇",
    ),
    # a card of fields one a line, labels spaced out to line up
    "card": (
        "老店｜王记醋坊：一缸老醋酿了七十年\n"
        "店　名：王记醋坊\n"
        "始　创：1953年\n"
        "店　址：东川县南坪镇北岭村\n"
        "招牌货：陈醋、柿子醋\n"
        "王记醋坊是南坪镇最老的醋坊，如今一年酿醋约30吨。\n",
        ("店　名：王记醋坊", "body"),
        "王记醋坊：一缸老醋酿了七十年",
    ),
    # a form's lines of several fields each
    "record": (
        "北岭村生猪免疫记录表（2026年9月）\n"
        "东川县南坪镇畜牧兽医站　2026年10月8日\n"
        "养殖地点：南坪镇北岭村　养殖主体：北岭村生猪合作社\n"
        "存栏数量：860头　圈舍面积：约1200平方米\n"
        "本月完成口蹄疫免疫860头，免疫密度100%。\n",
        ("养殖地点：南坪镇北岭村　养殖主体：北岭村生猪合作社", "body"),
        "北岭村生猪免疫记录表（2026年9月）",
    ),
}


@pytest.mark.parametrize("page", FIELD_PAGES)
def test_lines_of_fields_or_offices_are_no_headlines(page: str) -> None:
    text, (line, kind), title = FIELD_PAGES[page]
    assert _kinds(text)[line] == kind
    assert split_page(text).articles[0].title == title


TAGGED = (
    "【民生连线】\n"
    "果子为啥卖不上价？县果业中心主任来回应\n"
    "主持人：今天先说说果子的价钱。\n"
    "负责人：今年全县苹果约12万吨。\n"
)


def test_the_line_under_a_columns_tag_is_the_headline_a_question_in_it_or_not() -> None:
    assert split_page(TAGGED).articles[0].title == "果子为啥卖不上价？县果业中心主任来回应"


PUPIL = (
    "【小记者采访】果园里的苹果为什么要套袋？\n"
    "小记者　王一诺（东川实验小学四年级）\n"
    "国庆假期，我来到南坪镇北岭村的果园，满坡的苹果都套着黄色的纸袋。\n"
    "小记者：李伯伯，苹果为什么要套袋？\n"
    "李伯伯：套了袋，虫子咬不着，果面也光亮，一斤能多卖五毛钱。\n"
    "小记者：套一个袋要多少钱？\n"
    "李伯伯：一个袋子八分钱，一个人一天能套两千多个。\n"
)


def test_a_pupil_reporters_line_is_the_byline_under_the_headline() -> None:
    (article,) = split_page(PUPIL).articles
    assert (article.title, article.byline) == ("果园里的苹果为什么要套袋？", "小记者 王一诺")
