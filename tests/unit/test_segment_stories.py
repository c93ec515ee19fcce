"""Pages that print several stories as one text: one article per story, nothing dropped."""

from pages import uncovered

from govdb.ingest.segment import Page, split_page

TRANSCRIPT = (
    "【一线见闻】甘肃：做强特色产业 带动群众增收 湖北：推进城乡融合 建设宜居乡村\n"
    "\n"
    "各地认真落实部署，推动发展取得新成效。甘肃：做强特色产业 带动群众增收在甘肃定西，"
    "马铃薯种植基地迎来丰收，全市种植面积达到120万亩。湖北：推进城乡融合 建设宜居乡村眼下，"
    "湖北宜昌的乡村道路正在加紧铺设，今年新建农村公路800公里。\n"
)

BRIEFS = (
    "新闻简报\n"
    "\n"
    "2030年东川博览会开幕2030年东川博览会今天（9月3日）在东川会展中心开幕，展期五天。"
    "东川特色农产品展销同步举办展区面积达到三万平方米。"
    "西河县新建乡村公路120公里近日，西河县交通运输局通报，今年以来全县新建乡村公路120公里。"
    "西河县住房和城乡建设局今天（9月3日）召开会议，部署危房改造。"
    "南岭水库除险加固工程开工由南岭市水利局组织实施的南岭水库除险加固工程昨天（9月2日）开工，"
    "总投资3.2亿元。\n"
)


def _column(page: Page, field: str) -> list:
    return [getattr(article, field) for article in page.articles]


def _offsets_hold(text: str, page: Page) -> bool:
    return all(
        char == "\n" or char == text[index]
        for article in page.articles
        for char, index in zip(article.body, article.body_offsets, strict=False)
    )


def test_a_transcript_announcing_two_headlines_is_two_stories() -> None:
    page = split_page(TRANSCRIPT)
    assert [
        "甘肃：做强特色产业 带动群众增收",
        "湖北：推进城乡融合 建设宜居乡村",
    ] == _column(page, "title")
    assert ["一线见闻", "一线见闻"] == _column(page, "kicker")
    # The shared lead stays with the first story; each repeated headline is cut out.
    assert page.articles[0].body.startswith("各地认真落实部署，推动发展取得新成效。\n在甘肃定西，")
    assert page.articles[0].body.endswith("达到120万亩。")
    assert page.articles[1].body.startswith("眼下，湖北宜昌")
    assert "" == uncovered(TRANSCRIPT, page)
    assert _offsets_hold(TRANSCRIPT, page)


def test_the_second_story_spans_only_its_own_text() -> None:
    page = split_page(TRANSCRIPT)
    second = page.articles[1]
    assert TRANSCRIPT[second.start : second.end].startswith("湖北：推进城乡融合 建设宜居乡村眼下")
    assert page.articles[0].start == 0


def test_a_one_headline_transcript_moving_between_provinces_stays_one_article() -> None:
    text = (
        "各地加快秋冬种 夯实丰收基础\n\n连日来，各地抢抓农时推进秋冬种。在河南南阳，农机手正在播种"
        "小麦。今天（10月20日），四川绵阳的油菜移栽已完成六成。夯实丰收基础，各地还加强了农技服务。\n"
    )
    page = split_page(text)
    assert ["各地加快秋冬种 夯实丰收基础"] == _column(page, "title")


def test_a_news_article_with_a_date_inside_a_paragraph_is_not_split() -> None:
    text = (
        "东川秋粮收购进度过半\n\n截至目前，全市已收购秋粮12万吨。东川全市秋粮收购工作会议"
        "今天（10月8日）召开，要求各收购点延长营业时间。\n"
    )
    page = split_page(text)
    assert ["东川秋粮收购进度过半"] == _column(page, "title")
    assert 1 == len(page.articles)


def test_a_brief_column_fused_into_one_paragraph_is_one_article_per_brief() -> None:
    page = split_page(BRIEFS)
    assert [
        "2030年东川博览会开幕",
        "西河县新建乡村公路120公里",
        "南岭水库除险加固工程开工",
    ] == _column(page, "title")
    assert ["新闻简报"] * 3 == _column(page, "kicker")
    assert ["brief"] * 3 == _column(page, "kind")
    assert ["2030年东", "近日，西河县", "由南岭市水利"] == [a.body[:6] for a in page.articles]
    # A sentence with no headline signal stays in the brief before it.
    assert page.articles[0].body.endswith("展区面积达到三万平方米。")
    assert page.articles[1].body.endswith("部署危房改造。")
    assert "" == uncovered(BRIEFS, page)
    assert _offsets_hold(BRIEFS, page)


def test_briefs_span_their_own_text_not_the_column_label() -> None:
    page = split_page(BRIEFS)
    assert [BRIEFS.index(t) for t in _column(page, "title")] == _column(page, "start")


def test_a_brief_column_of_one_paragraph_per_brief_without_headlines() -> None:
    text = "要闻速览\n\n近日，东川县完成冬小麦播种八万亩。\n\n日前，西河县新建乡村公路20公里。\n"
    page = split_page(text)
    assert [None, None] == _column(page, "title")
    assert ["要闻速览", "要闻速览"] == _column(page, "kicker")
    assert ["近日，东川县", "日前，西河县"] == [a.body[:6] for a in page.articles]


def test_a_column_tag_before_the_headline_is_its_kicker() -> None:
    page = split_page("【奋进新征程】东川：小产业撬动大发展\n\n近日，东川市竹编订单大增。\n")
    assert (["奋进新征程"], ["东川：小产业撬动大发展"]) == (
        _column(page, "kicker"),
        _column(page, "title"),
    )


def test_a_bracketed_kicker_line_loses_its_brackets() -> None:
    page = split_page("【一线见闻】\n东川：小产业撬动大发展\n\n近日，东川市竹编订单大增。\n")
    assert ["一线见闻"] == _column(page, "kicker")
    assert ["东川：小产业撬动大发展"] == _column(page, "title")


def test_a_brief_column_label_in_brackets() -> None:
    text = (
        "【国际快讯】\n\n东川港首开远洋航线近日，东川港首条远洋航线开通。"
        "南岭机场迎来首航今天（9月3日），南岭机场通航。\n"
    )
    page = split_page(text)
    assert ["东川港首开远洋航线", "南岭机场迎来首航"] == _column(page, "title")
    assert ["国际快讯", "国际快讯"] == _column(page, "kicker")


WEB_PAGE = (
    "王某某：提高基层应急能力\n"
    "\n"
    "王某某：提高基层应急能力\n"
    "    2030-09-03 07:20\n"
    "    来源： \n"
    "        东川日报\n"
    "    字号：默认\n"
    "        大\n"
    "        超大\n"
    "\n"
    "提高基层应急能力王某某党的十八大以来，基层应急能力明显提升，全市建成应急站120个。\n"
    "\n"
    "各地加强应急队伍建设，开展演练培训，提升群众自救互救能力。\n"
    "\n"
    "下一步，全市将继续完善基层应急体系，织密安全防护网。\n"
)


def test_a_web_page_keeps_its_chrome_out_of_the_body() -> None:
    page = split_page(WEB_PAGE)
    (article,) = page.articles
    assert ("王某某：提高基层应急能力", "王某某") == (article.title, article.byline)
    assert article.body.startswith("党的十八大以来，")
    assert [("credit", "2030-09-03 07:20")] == [
        (t.kind, t.text) for t in article.paratexts if "2030" in t.text
    ]
    assert ["字号：默认", "大"] == [t.text.split()[0] for t in page.leftovers if t.kind == "footer"]
    assert "" == uncovered(WEB_PAGE, page)


def test_a_posting_line_with_its_source_is_a_credit() -> None:
    text = (
        "东川：小产业撬动大发展\n\n发布时间：2030-09-03 07:20 来源：东川日报\n\n"
        "近日，东川市竹编订单大增，全市带动就业三千人。\n"
    )
    (article,) = split_page(text).articles
    assert ["发布时间：2030-09-03 07:20 来源：东川日报"] == [
        t.text for t in article.paratexts if t.kind == "credit"
    ]
    assert article.body.startswith("近日，")


TITLED_BRIEFS = (
    "简讯\n\n东川举办农民丰收节\n近日，东川市举办农民丰收节，吸引游客两万人次。\n\n"
    "西河县新建公路20公里\n日前，西河县新建乡村公路20公里。\n\n全县公路总里程800公里，通村率百分之百。\n\n"
    "南岭召开防汛会议\n\n本报讯（记者 张明）近日，南岭县召开防汛工作会议。\n"
)


def test_briefs_with_headlines_on_their_own_lines_under_a_column_label() -> None:
    page = split_page(TITLED_BRIEFS)
    assert ["东川举办农民丰收节", "西河县新建公路20公里", "南岭召开防汛会议"] == _column(
        page, "title"
    )
    assert ["简讯", "简讯", None] == _column(page, "kicker")
    assert ["brief", "brief", "news"] == _column(page, "kind")
    # A titled brief runs on to the next headline.
    assert page.articles[1].body.endswith("全县公路总里程800公里，通村率百分之百。")
    assert "" == uncovered(TITLED_BRIEFS, page)


def test_a_long_text_under_a_headline_after_a_brief_column_is_an_article() -> None:
    long_text = "近日，东川市召开全市经济工作会议，部署明年重点工作。" * 15
    text = (
        f"简讯\n\n东川举办农民丰收节\n近日，东川市举办丰收节。\n\n东川经济稳中向好\n{long_text}\n"
    )
    page = split_page(text)
    assert ["brief", "news"] == _column(page, "kind")
    assert ["东川举办农民丰收节", "东川经济稳中向好"] == _column(page, "title")
    assert ["简讯", None] == _column(page, "kicker")


def test_a_bullet_after_a_titled_brief_is_a_brief_of_its_own() -> None:
    text = (
        "简讯\n\n东川举办农民丰收节\n近日，东川市举办丰收节，游客两万人次。\n\n"
        "●日前，西河县召开秋粮收购工作会议，部署收购工作。\n"
    )
    page = split_page(text)
    assert ["东川举办农民丰收节", None] == _column(page, "title")
    assert ["●日前，西河县"] == [a.body[:7] for a in page.articles[1:]]
    assert "" == uncovered(text, page)


def test_a_bulletins_numbered_items_that_name_the_place_acting_are_briefs() -> None:
    text = (
        "工作简报\n2026年第5期\n\n"
        "1.东川镇“院坝议事”化解邻里小矛盾\n"
        "东川镇在全镇12个村推行“院坝议事”，今年以来议定事项86件，办结81件，群众满意度明显提升。\n\n"
        "2.西河乡建成农产品冷链仓储中心\n"
        "西河乡投资320万元建成农产品冷链仓储中心，库容1200吨，带动周边农户180户增收。\n"
    )
    page = split_page(text)
    assert ["1.东川镇“院坝议事”化解邻里小矛盾", "2.西河乡建成农产品冷链仓储中心"] == [
        a.title for a in page.articles
    ]


def test_a_reports_numbered_parts_stay_its_sections() -> None:
    text = (
        "东川镇2026年基层治理工作总结\n\n"
        "今年，东川镇以网格为抓手，基层治理有了新起色。\n\n"
        "1.加强组织领导\n"
        "镇里成立工作专班，每月召开推进会，研究解决重点难题18个，全镇形成合力。\n\n"
        "2.夯实网格基础\n"
        "全镇调整网格46个，每格配一名专职网格员，全年上报事件230件。\n"
    )
    page = split_page(text)
    assert ["东川镇2026年基层治理工作总结"] == [a.title for a in page.articles]
    assert ["1.加强组织领导", "2.夯实网格基础"] == [s.heading for s in page.articles[0].sections]


def test_numbered_headlines_over_long_paragraphs_are_no_narrow_columns() -> None:
    from govdb.ingest.layout import paragraphs

    items = "".join(
        f"{n}.{town}“{name}”见实效\n{town}推行“{name}”以来，累计办结群众诉求{n * 40}件，"
        f"群众满意度提升到{90 + n}%，这一做法正在全县推广。\n\n"
        for n, (town, name) in enumerate(
            [
                ("东川镇", "院坝议事"),
                ("西河乡", "夜话会"),
                ("北山镇", "积分超市"),
                ("南岭乡", "红色代办"),
                ("青石镇", "老兵调解"),
            ],
            start=1,
        )
    )
    page = (
        "工作简报\n第5期\n\n本期要目：各乡镇基层治理\n\n"
        + items
        + "报：县委\n送：各乡镇\n（共印30份）\n"
    )
    headlines = [p.simplified for p in paragraphs(page) if p.kind == "heading"]
    # each item's headline stands alone: the short lines are no column's broken lines
    assert 5 == sum(1 for h in headlines if h[0].isdigit() and "见实效" in h)


def test_bracketed_font_and_print_controls_are_no_headline() -> None:
    text = (
        "东川县2026年民生工程进展情况\n"
        "发布时间：2026-10-08 10:15　来源：县政府办\n"
        "【字体：大 中 小】【打印本页】【关闭】\n\n"
        "今年以来，全县十项民生工程完成投资3.2亿元。\n"
    )
    page = split_page(text)
    assert ["东川县2026年民生工程进展情况"] == _column(page, "title")
    assert ["【字体：大 中 小】【打印本页】【关闭】"] == [
        t.text for t in page.leftovers if t.kind == "footer"
    ]


def test_a_wechat_posts_furniture_is_no_headline_and_no_text() -> None:
    text = (
        "东川发布　2026-10-08 19:30　云南\n\n"
        "👆点击上方蓝字 关注我们\n\n"
        "东川镇：一杯咖啡“香”了8个村🍵\n\n"
        "原创　东川发布\n\n"
        "[图片]\n\n"
        "▼\n\n"
        "金秋时节，东川镇的咖啡豆进入采收期，全镇种植咖啡1.2万亩。\n\n"
        "阅读原文\n\n"
        "分享　收藏　👍点赞　在看\n"
    )
    (article,) = split_page(text).articles
    assert "东川镇：一杯咖啡“香”了8个村" == article.title  # the pictograph decorates it
    assert "金秋时节，东川镇的咖啡豆进入采收期，全镇种植咖啡1.2万亩。" == article.body
    assert {"东川发布　2026-10-08 19:30　云南", "原创　东川发布", "[图片]", "▼"} <= {
        t.text for t in article.paratexts
    }


def test_a_digest_of_place_tagged_items_is_one_brief_each_under_its_name() -> None:
    text = (
        "东川快报　2026年11月18日　第216期\n\n"
        "【青石镇】17日，镇里召开冬季防火调度会，20个村的干部参加。\n\n"
        "【西河乡】记者从乡便民服务中心获悉，今年已办结群众诉求1260件。\n\n"
        "【白沙村】村里新建的8座储窖进入满仓期。\n"
    )
    page = split_page(text)
    assert ["brief", "brief", "brief"] == _column(page, "kind")
    assert [None, None, None] == _column(page, "title")
    assert 3 * ["东川快报　2026年11月18日　第216期"] == _column(page, "kicker")
    assert page.articles[1].body.startswith("【西河乡】记者从")


def test_topic_tags_over_paragraphs_stay_one_article() -> None:
    text = (
        "东川镇院坝会典型案例\n\n"
        "【基本情况】东川镇辖12个行政村，常住人口2.1万人。\n\n"
        "【主要做法】镇里推行院坝会，每月开一次。\n"
    )
    assert 1 == len(split_page(text).articles)


def test_a_row_of_ornaments_closes_the_story_before_it() -> None:
    text = (
        "西河县新建乡村公路120公里\n"
        "本报讯 今年以来，西河县新建乡村公路120公里，惠及群众两万人。\n"
        "　　　　※　　※　　※\n"
        "南岭镇举办农民丰收节\n"
        "日前，南岭镇举办农民丰收节，吸引游客三千人次。\n"
    )
    page = split_page(text)
    assert ["西河县新建乡村公路120公里", "南岭镇举办农民丰收节"] == [a.title for a in page.articles]
    assert page.articles[1].body == "日前，南岭镇举办农民丰收节，吸引游客三千人次。"
    assert "" == uncovered(text, page)


def test_a_reporters_note_after_the_story_is_a_piece_of_its_own() -> None:
    story = (
        "南岭镇：稻田养鱼带富一方\n"
        "本报记者 张明\n"
        "今年南岭镇在沿河的六个村推广稻田养鱼3000亩，亩均增收1200元，参与农户达到400户。\n"
        "■ 合作社统一收购\n"
        "镇里的合作社按保底价统一收购鲜鱼，今年已收购80吨，还在县城开了两家直营店。\n"
    )
    note = "稻田养鱼，看似给农户多添了一份活计，实则给一亩田多添了一份收成和保障。\n"
    for label in ("记者手记", "■短评■", "编后"):
        text = f"{story}{label}\n一亩田里的两份收成\n{note}"
        page = split_page(text)
        titles = [a.title for a in page.articles]
        assert ["南岭镇：稻田养鱼带富一方", "一亩田里的两份收成"] == titles
        assert label.strip("■") == page.articles[1].kicker
        assert ["■ 合作社统一收购"] == [s.heading for s in page.articles[0].sections]
        assert "" == uncovered(text, page)


def test_a_reporters_note_without_a_headline_is_the_storys() -> None:
    text = (
        "南岭镇：稻田养鱼带富一方\n"
        "本报记者 张明\n"
        "今年南岭镇在沿河的六个村推广稻田养鱼3000亩，亩均增收1200元，参与农户达到400户。\n"
        "【记者手记】\n"
        "稻田养鱼，看似给农户多添了一份活计，实则给一亩田多添了一份收成和保障。\n"
    )
    (article,) = split_page(text).articles
    assert article.body.endswith("多添了一份收成和保障。")


def test_a_run_of_titled_one_paragraph_stories_goes_on_without_a_dateline() -> None:
    text = (
        "【民生简讯】\n"
        "东坪镇开展冬季义诊\n"
        "本报讯 近日，东坪镇卫生院组织医生进村义诊，为群众免费测量血压300余人次。\n"
        "南河乡举办厨艺培训\n"
        "本报讯 12日，南河乡举办农家厨艺培训班，40名学员参加。\n"
        "县图书馆延长开放时间\n"
        "县图书馆自下周起每天延长开放两小时，方便读者借阅。\n"
    )
    page = split_page(text)
    assert ["东坪镇开展冬季义诊", "南河乡举办厨艺培训", "县图书馆延长开放时间"] == [
        a.title for a in page.articles
    ]


def test_headlines_under_a_column_name_of_its_own_are_its_stories() -> None:
    text = (
        "【农情快报】\n"
        "合峪镇板栗收购过半\n"
        "近日，合峪镇板栗收购点已收购鲜栗1200吨，占预计产量的六成。\n"
        "潭头镇开展冬季果园管护培训\n"
        "11月以来，潭头镇组织技术员深入8个村，指导果农修剪、清园。\n"
        "赤土店镇新建冷库投入使用\n"
        "赤土店镇新建的两座冷库本周投用，总库容3000吨。\n"
    )
    page = split_page(text)
    assert [
        "合峪镇板栗收购过半",
        "潭头镇开展冬季果园管护培训",
        "赤土店镇新建冷库投入使用",
    ] == _column(page, "title")


def test_a_line_that_ocr_broke_off_a_long_story_under_a_column_name_stays_in_it() -> None:
    text = (
        "农 事 天 地\n"
        "潭头镇冬季农事忙\n"
        "入冬以来，潭头镇抢抓农时，组织群众清沟渠、修果树。\n"
        "全镇已完成清淤沟渠42公里，整修机耕道18公里，新建高标准农田3000亩。\n"
        "合峪镇庙子村依托村内荒坡发展林下中药材种\n"
        "植，全村种植面积800亩，带动农户120户。\n"
    )
    page = split_page(text)
    assert ["潭头镇冬季农事忙"] == _column(page, "title")


def test_a_brief_headline_saying_what_a_town_did_up_to_a_figure_is_a_headline() -> None:
    text = (
        "【就业简讯】\n"
        "合峪镇：招聘会达成就业意向210人\n"
        "2月10日，合峪镇办起春季用工对接会，22家企业带来岗位680个。\n"
        "潭头镇：建成乡村冷库3座\n"
        "今年以来，潭头镇建成乡村冷库3座，总库容900吨。\n"
    )
    page = split_page(text)
    assert ["合峪镇：招聘会达成就业意向210人", "潭头镇：建成乡村冷库3座"] == _column(page, "title")


def test_a_page_that_names_itself_runs_its_stories_on_without_blank_lines() -> None:
    text = (
        "东川日报　2026年4月8日　第3版　乡村振兴\n"
        "西河乡茶叶加工厂投产\n"
        "本报讯（记者 张明）4月6日，东川县西河乡的新茶厂开工，日加工鲜叶约8吨。\n"
        "东坪乡蔬菜大棚“添新装”\n"
        "开春后，东坪乡上坝村给120座蔬菜大棚换上新棚膜，菜农每亩多收约500元。（通讯员 李华）\n"
    )
    page = split_page(text)
    assert ["西河乡茶叶加工厂投产", "东坪乡蔬菜大棚“添新装”"] == [a.title for a in page.articles]
    assert page.articles[1].body.startswith("开春后")


def test_a_sub_head_saying_who_acted_stays_in_an_unpaged_story() -> None:
    text = (
        "西河乡茶叶加工厂投产\n"
        "本报讯（记者 张明）4月6日，东川县西河乡的新茶厂开工，日加工鲜叶约8吨。\n"
        "西河乡把加工厂建到茶园边\n"
        "加工厂就建在茶园边上，鲜叶采下两小时内就能进厂，茶农每亩多收约500元。\n"
    )
    (article,) = split_page(text).articles
    assert "西河乡茶叶加工厂投产" == article.title
