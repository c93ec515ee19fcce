"""Bulletins, newsletters, notices, programmes and posts: their names, issues, offices,
letterheads, contents and dividers are furniture; their items and entries are text."""

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


def test_a_letterhead_over_a_notices_title_is_furniture() -> None:
    text = (
        "东川县林业局文件\n关于做好2026年春季植树造林工作的通知\n东林〔2026〕5号\n"
        "各乡镇人民政府：\n现将今春植树安排告知。\n"
    )
    page = split_page(text)
    assert [a.title for a in page.articles] == ["关于做好2026年春季植树造林工作的通知"]
    assert page.articles[0].body.startswith("各乡镇人民政府：")


def test_a_programmes_entries_led_by_their_times_are_its_text() -> None:
    text = (
        "南坪镇2026年元宵晚会节目单\n演出时间：2月12日19:30—21:00\n演出地点：南坪镇文化广场\n"
        "19:30　1. 舞龙《龙腾盛世》　东岭村　舞龙队（24人）\n"
        "19:45　2. 快板《夸夸咱的新农村》　西岭村　李春生\n"
        "说明：本场晚会由镇文化站组织，全镇12个村报送节目31个。\n"
    )
    page = split_page(text)
    assert [a.title for a in page.articles] == ["南坪镇2026年元宵晚会节目单"]
    lines = page.articles[0].body.split("\n")
    assert lines[:4] == [
        "演出时间：2月12日19:30—21:00",
        "演出地点：南坪镇文化广场",
        "19:30　1. 舞龙《龙腾盛世》　东岭村　舞龙队（24人）",
        "19:45　2. 快板《夸夸咱的新农村》　西岭村　李春生",
    ]


def test_a_posts_title_in_lenticular_brackets_under_its_chrome() -> None:
    text = (
        "东川发布\n2026-4-2 08:15 来自 微博网页版\n【南坪镇“银龄课堂”开课啦！】\n"
        "今天上午，南坪镇老年学校春季班开课，全镇40名老人报名学习摄影。\n"
        "#东川老年教育# #银龄课堂# @东川教育\n"
    )
    page = split_page(text)
    assert [a.title for a in page.articles] == ["南坪镇“银龄课堂”开课啦！"]
    assert page.articles[0].body == "今天上午，南坪镇老年学校春季班开课，全镇40名老人报名学习摄影。"


def test_a_places_quoted_thing_over_what_it_did_is_one_headline() -> None:
    text = (
        "北山乡“海岛书屋”\n办到渔民家门口\n"
        "本报讯（通讯员 王海）北山乡今年建成书屋5个，借阅图书3200册次。\n"
    )
    assert [a.title for a in split_page(text).articles] == ["北山乡“海岛书屋”办到渔民家门口"]


def test_a_news_apps_flags_are_furniture() -> None:
    text = "东川县今冬明春水利建设安排（节选）\n广告\n举报\n同志们：今年全县新修水渠42公里。\n"
    page = split_page(text)
    assert [(a.title, a.subtitle) for a in page.articles] == [
        ("东川县今冬明春水利建设安排（节选）", None)
    ]
    assert page.articles[0].body == "同志们：今年全县新修水渠42公里。"


def test_a_fact_sheets_fields_are_its_text_one_a_line() -> None:
    text = (
        "东川县农产品加工园简介\n东川县商务局　编\n【园区概况】\n"
        "园区名称：东川县农产品加工园\n所在位置：南坪镇、北山乡\n规划面积：约3600亩\n入驻企业：42家\n"
    )
    page = split_page(text)
    assert [a.title for a in page.articles] == ["东川县农产品加工园简介"]
    assert page.articles[0].body.split("\n")[1:] == [
        "园区名称：东川县农产品加工园",
        "所在位置：南坪镇、北山乡",
        "规划面积：约3600亩",
        "入驻企业：42家",
    ]
    assert [p.kind for p in paragraphs(text)][:2] == ["heading", "credit"]


def test_a_table_saved_a_cell_a_line_under_its_title_keeps_the_title() -> None:
    cells = ["序号", "乡镇", "企业名称", "年产值", "从业人数"]
    cells += ["1", "南坪镇", "东川粮油有限公司", "8600万元", "120人"]
    cells += ["2", "北山乡", "北山茶业有限公司", "3200万元", "65人"]
    cells += ["3", "西岭镇", "西岭果蔬有限公司", "2100万元", "48人"]
    text = "东川县重点食品企业名录\n（截至2026年6月30日）\n" + "\n".join(cells) + "\n"
    page = split_page(text)
    assert page.articles[0].title.startswith("东川县重点食品企业名录")
    assert page.articles[0].body.startswith("序号\n乡镇\n")


def test_a_broadcasts_airing_line_and_an_apps_advert_are_furniture() -> None:
    radio = (
        "【东川之声】冬闲变冬忙：大棚里的新农活\n播出时间：2026年12月1日　午间《田野》\n"
        "主持人：听众们好，本期聊聊南坪镇的大棚。\n"
    )
    assert [a.title for a in split_page(radio).articles] == ["冬闲变冬忙：大棚里的新农活"]
    app = (
        "东川县冬季消费季启动 首日销售额超800万元\n东川发布　2026-12-01 09:30\n"
        "广告　年货节 全场满500减50 点击领取>>\n"
        "12月1日，东川县冬季消费季启动，全县200余家商户参与。\n"
    )
    page = split_page(app)
    assert [a.title for a in page.articles] == ["东川县冬季消费季启动 首日销售额超800万元"]
    assert page.articles[0].body.startswith("12月1日")


def test_a_page_header_with_the_date_first_and_the_page_label_last() -> None:
    text = (
        "2026年3月5日 星期四　　东川日报　　县域新闻　A2\n南坪镇：山坡变果园\n"
        "近日，记者在南坪镇看到，昔日荒坡已种上果树1200亩。\n"
    )
    assert [a.title for a in split_page(text).articles] == ["南坪镇：山坡变果园"]


def test_a_data_boxs_marked_figures_stay_its_text_to_the_end() -> None:
    text = (
        "一图读懂｜东川县2026年护林“成绩单”\n【群众受益】\n"
        "▶聘请看山员320名，年补贴每人8000元\n▶山区农户户均增收约650元\n"
        "【2027年目标】\n▶新增护林员100名以上\n"
    )
    page = split_page(text)
    assert len(page.articles) == 1
    assert page.articles[0].body.endswith("▶新增护林员100名以上")
    assert [t.text for t in page.leftovers] == []


def test_a_posts_bracketed_headline_run_into_its_text_and_its_counts_line() -> None:
    text = (
        "东川发布\n2026-12-01 18:36 来自 微博网页版\n"
        "【东川县发放第二轮“暖冬消费券” 单笔最高抵扣300元】今天起，东川县第二轮消费券开抢，"
        "本轮共投放6万份。\n"
        "#东川消费券# @东川商务\n转发 312　评论 86　赞 1024\n"
    )
    page = split_page(text)
    assert [a.title for a in page.articles] == ["东川县发放第二轮“暖冬消费券” 单笔最高抵扣300元"]
    assert page.articles[0].body == "今天起，东川县第二轮消费券开抢，本轮共投放6万份。"


def test_a_press_conferences_time_and_place_line_is_furniture() -> None:
    text = (
        "东川市冬春护林防火发布会（实录）\n时间：2026年6月3日下午　地点：市政府会议中心\n"
        "主持人：下午好，今天请市林业局谈谈护林防火。\n"
        "发布人（李明）：今冬全市聘用护林员800名。\n"
    )
    page = split_page(text)
    assert [(a.title, a.subtitle) for a in page.articles] == [
        ("东川市冬春护林防火发布会（实录）", None)
    ]
    assert page.articles[0].body.startswith("主持人：")


def test_a_column_tag_over_headlines_on_its_line_is_not_split_off_as_a_headline() -> None:
    text = (
        "【冬春农事在基层】南坪：大棚蔬菜喜获丰收 北山：茶园冬管有序推进\n\n"
        "入冬以来，各地抓好冬春农事。南坪：大棚蔬菜喜获丰收进入12月，南坪镇大棚蔬菜上市。"
        "北山：茶园冬管有序推进连日来，北山乡茶农忙于冬管。\n"
    )
    titles = [a.title for a in split_page(text).articles]
    assert titles[0] == "南坪：大棚蔬菜喜获丰收"


def test_a_bulletins_compiler_line_with_its_day_and_a_first_headline_naming_a_centre() -> None:
    text = (
        "东川县商务工作简报\n第3期\n东川县商务局编　　　　2026年5月20日\n"
        "南坪镇建成农产品冷链集配中心\n5月上旬，南坪镇农产品冷链集配中心投入运营，库容1.2万吨。\n"
        "北山乡“田头冷库”覆盖20个村\n今年以来，北山乡建成田头冷库26座。\n"
    )
    titles = [a.title for a in split_page(text).articles]
    assert titles == ["南坪镇建成农产品冷链集配中心", "北山乡“田头冷库”覆盖20个村"]


def test_offices_that_made_an_infographic_together_are_furniture() -> None:
    text = (
        "图解｜东川县2026年粮食仓储“年报”\n东川县商务局　东川县融媒体中心　联合制作\n"
        "去年东川县新建粮仓一批：\n🏭 粮仓总数　126座　↑21座\n"
    )
    page = split_page(text)
    assert [a.title for a in page.articles] == ["东川县2026年粮食仓储“年报”"]
    assert page.articles[0].body.startswith("去年东川县")


def test_a_headline_broken_at_a_narrow_columns_edge_is_one_headline() -> None:
    text = (
        "南坪镇稻田养蟹亩\n效增两成\n本报讯（通讯员 王海）入夏以来，南坪镇稻蟹共养\n"
        "基地面积扩大到320亩，预计亩产河蟹40公斤。\n"
    )
    assert [a.title for a in split_page(text).articles] == ["南坪镇稻田养蟹亩效增两成"]


def test_a_headline_broken_inside_straight_quotes_is_one_headline() -> None:
    text = (
        '东 川 日 报　2026年3月2日　星期一　第4版·县域\n南坪镇茶叶加工"冬闲\n变冬忙"\n'
        "本报讯(记者 王 海 通讯员 李 明)进 入12月，南坪镇的茶叶加工厂 里机器轰鸣。\n"
        " 厂长介绍，今年已收购 鲜叶 680余吨。\n"
    )
    assert [a.title for a in split_page(text).articles] == ['南坪镇茶叶加工"冬闲变冬忙"']


def test_a_label_under_a_headline_is_not_its_broken_end() -> None:
    text = "南坪山村的春天\n图片说明\n春日的南坪山村，桃花开满山坡。本报记者近日走进村里。\n"
    assert [p.simplified for p in paragraphs(text)][:2] == ["南坪山村的春天", "图片说明"]
    assert "南坪山村的春天图片说明" not in [a.title for a in split_page(text).articles]


def test_contents_entries_repeated_with_their_numbers_are_furniture() -> None:
    text = (
        "主题：南坪镇林业工作通讯 第2期\n"
        "发件人：南坪镇林业站\n"
        "目录\n"
        "1. 北岭村完成荒山造林\n"
        "2. 镇里培训护林员\n"
        "=====\n"
        "1. 北岭村完成荒山造林\n"
        "近日，北岭村完成荒山造林600亩，栽植侧柏2.4万株。\n"
        "=====\n"
        "2. 镇里培训护林员\n"
        "3月5日，镇里组织护林员培训，全镇46名护林员参加。\n"
    )
    kinds = {(p.simplified.strip(), p.start): p.kind for p in paragraphs(text)}
    entries = [kind for (line, _), kind in kinds.items() if line.startswith(("1. ", "2. "))]
    assert entries == ["credit", "credit", "heading", "heading"]
    page = split_page(text)
    assert [a.title for a in page.articles] == ["1. 北岭村完成荒山造林", "2. 镇里培训护林员"]
    assert uncovered(text, page) == ""


def test_a_mail_subject_line_over_the_sender_is_header_but_a_meetings_theme_is_text() -> None:
    mail = "主题：西河乡周报\n发件人：西河乡党政办\n\n西河乡本周完成秋播小麦1.2万亩。\n"
    assert paragraphs(mail)[0].kind == "credit"
    meeting = "东川县召开民生实事推进会\n主题：盯紧十件实事\n会上，县里通报了各项目进度。\n"
    assert [p.kind for p in paragraphs(meeting)][1] != "credit"


DATED_LIST = (
    "东川县人民政府　政务动态\n"
    "\n"
    "■ 北山乡三个村办起老年食堂（2026-03-02）\n"
    "北山乡三个村办起老年食堂，每天供餐约150份。\n"
    "\n"
    "■ 县里发放春耕补贴（2026-03-09）\n"
    "县农业农村局发放春耕补贴共计860万元，惠及农户1.1万户。\n"
)


def test_a_sites_list_of_dated_items_is_an_article_each() -> None:
    page = split_page(DATED_LIST)
    assert [a.title for a in page.articles] == [
        "北山乡三个村办起老年食堂（2026-03-02）",
        "县里发放春耕补贴（2026-03-09）",
    ]
    assert page.articles[1].body.startswith("县农业农村局发放")
    assert uncovered(DATED_LIST, page) == ""


def test_a_leaflets_labelled_marked_points_stay_its_text() -> None:
    text = (
        "东川县居家养老服务明白纸\n"
        "\n"
        "为方便群众办事，现将服务事项告知如下：\n"
        "✔ 服务对象：全县80岁以上老人。\n"
        "● 城关镇长者食堂：餐位60个，每餐收费8元。\n"
        "● 办理地点：乡镇民政办，材料齐全当天受理。\n"
    )
    (article,) = split_page(text).articles
    assert article.title == "东川县居家养老服务明白纸"
    assert "城关镇长者食堂：餐位60个" in article.body


def test_a_digests_marked_briefs_under_a_heading_stay_briefs() -> None:
    text = "乡镇简讯\n● 城关镇：近日，镇里新建停车场一处，设车位120个。\n"
    kinds = [p.kind for p in paragraphs(text)]
    assert kinds[1] == "brief"


def test_a_presentation_saved_as_text_is_one_report_of_its_slides() -> None:
    text = (
        "幻灯片1\n"
        "东川县农村供水工作汇报\n"
        "东川县水利局　2026年5月8日\n"
        "\n"
        "幻灯片2　基本情况\n"
        "· 全县建成集中供水工程86处\n"
        "· 自来水入户率提高到93%\n"
        "\n"
        "幻灯片3　下步打算\n"
        "· 年内新建水厂2座\n"
    )
    (article,) = split_page(text).articles
    assert article.title == "东川县农村供水工作汇报"
    assert article.body.split("\n")[:3] == [
        "幻灯片2　基本情况",
        "· 全县建成集中供水工程86处",
        "· 自来水入户率提高到93%",
    ]
    assert [p.kind for p in article.paratexts] == ["credit"]


def test_the_line_saying_whose_account_it_is_stays_text_of_its_own() -> None:
    text = (
        "我家门口有了卫生室\n"
        "口述：北山乡石桥村村民 周秀英　整理：本报记者 李华\n"
        "我今年七十岁了，以前看病要走十里山路。\n"
    )
    (article,) = split_page(text).articles
    assert article.title == "我家门口有了卫生室"
    assert article.body.split("\n") == [
        "口述：北山乡石桥村村民 周秀英　整理：本报记者 李华",
        "我今年七十岁了，以前看病要走十里山路。",
    ]


def test_a_government_sites_catalogue_fields_a_line_each_are_furniture() -> None:
    text = (
        "索引号：115300000000000000/2026-00031\n"
        "发布机构：东川县林业局\n"
        "文号：东林发〔2026〕5号\n"
        "主题分类：林业\n"
        "东川县2026年油茶产业发展方案\n"
        "为做大油茶产业，特制定本方案。全县新造油茶林1.5万亩。\n"
    )
    (article,) = split_page(text).articles
    assert article.title == "东川县2026年油茶产业发展方案"
    assert article.body.startswith("为做大油茶产业")
    assert [p.kind for p in article.paratexts] == ["credit"] * 4


def test_a_statistics_list_of_fields_under_numbered_heads_is_one_article() -> None:
    text = (
        "东川县公安局2026年上半年户政业务统计\n"
        "（截至2026年6月30日）\n"
        "一、户籍管理\n"
        "办理户口迁入：2106笔\n"
        "办理户口迁出：1320笔\n"
        "新生儿入户：860人，其中网上办理710人\n"
        "二、居民身份证\n"
        "受理申领：约1.6万件\n"
        "临时身份证：260余张\n"
        "三、居住证\n"
        "新办居住证：1420张\n"
        "居住证签注：近3000人次\n"
    )
    (article,) = split_page(text).articles
    assert article.title == "东川县公安局2026年上半年户政业务统计"
    assert article.body.split("\n")[:4] == [
        "一、户籍管理",
        "办理户口迁入：2106笔",
        "办理户口迁出：1320笔",
        "新生儿入户：860人，其中网上办理710人",
    ]
    assert [p.kind for p in article.paratexts] == ["credit"]


def test_the_lines_naming_who_speaks_are_furniture_but_their_words_are_text() -> None:
    text = (
        "东川县自来水入户工作发布会实录\n"
        "发布人：东川县水利局局长 张明\n"
        "张明：感谢大家出席，全县自来水入户率已达到93%。\n"
        "记者：下一步怎么安排？\n"
        "发布人：年内新建水厂2座，改造管网120公里。\n"
    )
    (article,) = split_page(text).articles
    assert article.title == "东川县自来水入户工作发布会实录"
    assert article.body.startswith("张明：感谢大家出席")
    assert article.body.endswith("发布人：年内新建水厂2座，改造管网120公里。")
    assert [p.kind for p in article.paratexts] == ["credit"]


def test_the_headline_is_the_line_over_its_subtitle_and_heads_under_it_are_text() -> None:
    text = (
        "东川县居家养老服务手册\n"
        "——家门口的养老服务，您用上了吗\n"
        "东川县民政局 编印\n"
        "【哪些老人可以申请】\n"
        "✔ 全县80岁以上老人，每月补贴100元；\n"
        "✔ 失能老人，每月补贴300元。\n"
    )
    (article,) = split_page(text).articles
    assert article.title == "东川县居家养老服务手册——家门口的养老服务，您用上了吗"
    assert article.body.startswith("【哪些老人可以申请】")


def test_a_slides_marker_never_runs_into_the_point_over_it() -> None:
    text = (
        "东川县教育工作汇报\n"
        "幻灯片2 基本情况\n"
        "· 全县共有中小学56所\n"
        "· 专职心理教师24名\n"
        "幻灯片3 主要做法\n"
        "· 实施心理健康进校园工程\n"
    )
    kinds = [(p.kind, p.simplified.strip()) for p in paragraphs(text)]
    assert ("body", "· 专职心理教师24名") in kinds
    assert any(line == "幻灯片3 主要做法" for _, line in kinds)


def test_a_newsletters_name_over_its_mail_header_is_furniture_too() -> None:
    text = (
        "北山乡农技通讯｜第6期\n"
        "发件人：北山乡农技站\n"
        "发送日期：2026年5月6日\n"
        "主题：春播进度；病虫害防治\n"
        "=====\n"
        "1. 全乡春播过半\n"
        "截至5月5日，全乡完成春播1.6万亩，占计划的56%。\n"
        "=====\n"
        "2. 统防统治全面铺开\n"
        "乡里组织植保无人机12架，开展统防统治作业。\n"
    )
    page = split_page(text)
    assert [a.title for a in page.articles] == ["1. 全乡春播过半", "2. 统防统治全面铺开"]
    kinds = [p.kind for p in paragraphs(text)[:4]]
    assert kinds == ["credit"] * 4
