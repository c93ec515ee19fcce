"""Digests (一周要闻, 今日导读, 简讯 columns, a programme's round-up) and documents that open
with fields (minutes, monthly reports, chronicles): where each item starts and what heads it."""

from pages import uncovered

from govdb.ingest.segment import Page, split_page


def _titles(page: Page) -> list[str | None]:
    return [article.title for article in page.articles]


def test_blocks_of_a_headline_and_its_text_set_apart_by_blank_lines_are_stories() -> None:
    text = (
        "西河县一周要闻（3月2日—3月8日）\n"
        "编辑：张丽　审核：王强\n\n"
        "东坪镇新建两座冷库\n"
        "3月2日，东坪镇两座果蔬冷库投入使用，总库容1200吨。\n\n"
        "南河乡春播备耕有序推进\n"
        "3月4日，南河乡发放玉米良种8万公斤，覆盖全乡11个村。\n\n"
        "北坡镇举办技能培训\n"
        "3月6日，北坡镇举办电工培训班，60名农民参加。\n"
    )
    page = split_page(text)
    assert ["东坪镇新建两座冷库", "南河乡春播备耕有序推进", "北坡镇举办技能培训"] == _titles(page)
    assert page.articles[1].body.startswith("3月4日，南河乡")
    assert "" == uncovered(text, page)


def test_a_front_pages_index_entries_are_stories_without_their_page_numbers() -> None:
    text = (
        "西河日报\n"
        "2026年3月2日　星期一　第2315期\n"
        "今日导读\n\n"
        "东坪镇春茶开采　　　　2版\n"
        "全镇今年春茶开采面积1.2万亩，鲜叶收购价每斤38元。\n\n"
        "南河乡新建村级卫生室　　　　3版\n"
        "南河乡今年建成规范化村医务室6个，12个村都有了医务室。\n\n"
        "北坡镇推行“积分超市”　　　　3版\n"
        "北坡镇在8个村开办积分超市，村民累计兑换商品2300余件。\n"
    )
    page = split_page(text)
    assert ["东坪镇春茶开采", "南河乡新建村级卫生室", "北坡镇推行“积分超市”"] == _titles(page)
    assert page.articles[0].body.startswith("全镇今年春茶开采")
    assert "" == uncovered(text, page)


def test_a_columns_first_brief_opened_by_a_dateline_keeps_the_column_open() -> None:
    text = (
        "【简讯】\n"
        "东坪镇开展河道清洁行动\n"
        "本报讯 3月5日，东坪镇组织200余名干部群众清理河道垃圾12吨。\n"
        "南河乡举办读书分享会\n"
        "南河乡图书室近日举办读书分享会，40余名村民参加。\n"
    )
    page = split_page(text)
    assert ["东坪镇开展河道清洁行动", "南河乡举办读书分享会"] == _titles(page)
    assert ["brief", "brief"] == [article.kind for article in page.articles]


def test_a_programmes_items_each_signed_by_its_reporter_are_stories() -> None:
    text = (
        "西河县融媒体中心《西河新闻》　2026年3月5日\n"
        "主持人：各位观众，晚上好。欢迎收看本期节目。\n\n"
        "东坪镇：春茶开采上市\n"
        "【解说】东坪镇2000余亩春茶近日开采，鲜叶每斤卖到40元。\n"
        "（记者 张明 报道）\n\n"
        "南河乡：5个村完成春灌\n"
        "【解说】南河乡5个村完成春灌，共灌溉农田1.6万亩。\n"
        "（记者 李华 报道）\n\n"
        "主持人：以上就是本期内容，感谢收看。\n"
    )
    page = split_page(text)
    assert ["东坪镇：春茶开采上市", "南河乡：5个村完成春灌"] == _titles(page)
    assert ["记者 张明", "记者 李华"] == [article.byline for article in page.articles]
    assert page.articles[1].body.startswith("【解说】南河乡")
    assert "主持人" not in "".join(article.body for article in page.articles)
    assert "" == uncovered(text, page)


def test_a_posts_items_numbered_in_circles_under_its_lead_in_are_briefs() -> None:
    text = (
        "西河发布\n"
        "早安，西河｜3月6日　星期五\n"
        "原创　西河发布　2026-03-06 07:30　四川\n\n"
        "今日要闻↓↓↓\n\n"
        "①西河县召开春耕调度会，部署全县32万亩春播任务。\n\n"
        "②东坪镇3个村完成自来水管网改造，受益群众1800余人。\n\n"
        "③南河乡新建文化广场2个，总面积4600平方米。\n\n"
        "编辑：张丽｜审核：王强\n"
    )
    page = split_page(text)
    assert [None, None, None] == _titles(page)
    assert ["brief", "brief", "brief"] == [article.kind for article in page.articles]
    # each item keeps its printed number, as a brief keeps its printed mark
    assert page.articles[1].body.startswith("②东坪镇3个村")
    assert "" == uncovered(text, page)


def test_points_numbered_in_circles_without_a_lead_in_stay_one_story() -> None:
    text = (
        "西河县出台稳就业措施\n"
        "西河县近日出台稳就业五条措施：\n"
        "①对吸纳就业的企业给予每人1000元补贴。\n"
        "②对返乡创业人员提供10万元以内贴息贷款。\n"
        "③新开发公益性岗位200个。\n"
    )
    page = split_page(text)
    assert ["西河县出台稳就业措施"] == _titles(page)


def test_the_fields_minutes_open_with_are_their_text() -> None:
    text = (
        "东坪社区居民代表会议纪要\n"
        "时间：2026年3月2日14时\n"
        "地点：社区二楼会议室\n"
        "主持：社区党委书记 张丽\n"
        "记录：网格员 王强\n"
        "出席：居民代表28人（应到30人），业委会委员5人，物业项目经理1人；列席：街道工作人员2人。\n"
        "一、会议议题\n"
        "审议小区停车管理方案，研究2号楼、6号楼外墙维修资金的使用，通报上半年物业服务评议结果。\n"
        "二、会议决定\n"
        "停车管理方案经表决通过，同意26票，反对1票，弃权1票，自下月起施行。\n"
    )
    (article,) = split_page(text).articles
    assert "东坪社区居民代表会议纪要" == article.title
    assert article.body.startswith("地点：社区二楼会议室")


def test_the_office_under_a_reports_title_over_its_first_numbered_part_is_a_credit() -> None:
    text = (
        "西河县2026年2月市场监管工作月报\n"
        "西河县统计局\n"
        "一、总体情况\n"
        "2月西河工业用电量增长6.2%。\n"
        "二、下月重点\n"
        "开展春季食品安全检查。\n"
    )
    (article,) = split_page(text).articles
    assert "西河县2026年2月市场监管工作月报" == article.title
    assert article.body.startswith("一、总体情况")


def test_a_quoted_headline_with_its_deck_after_a_dash_over_the_byline() -> None:
    text = (
        "“老房子修好了，住着心里踏实”——访西河县东坪镇东坪社区党支部书记、居委会主任王丽华\n"
        "本报记者 张明\n"
        "记者：社区的老房子有多少？\n"
        "王丽华：全社区有老楼12栋，今年改造了8栋。\n"
    )
    (article,) = split_page(text).articles
    assert article.title.startswith("“老房子修好了，住着心里踏实”")
    assert "张明" in (article.byline or "")
    assert article.body.startswith("记者：社区的老房子")


def test_a_chronicles_compilers_and_its_dated_entries() -> None:
    text = (
        "西河县3月大事记\n"
        "（县委办公室　县档案馆编）\n\n"
        "3月2日　县里开会部署春耕。\n\n"
        "3月5日　东坪镇12个村完成春灌，灌溉农田1.1万亩。\n"
    )
    (article,) = split_page(text).articles
    assert "西河县3月大事记" == article.title
    assert article.body.startswith("3月2日")


def test_a_column_briefs_marked_points_and_marked_parts_are_its_own() -> None:
    points = (
        "【简讯】西河县42个村修订完村规\n"
        "本报讯 近日，西河县42个村都修订了村规，同时推行积分管理。\n"
        "▲村民参与多。各村共开会130余场，新增条款近400条。\n"
        "▲积分兑换见效。东坪村开了积分超市，210户建了积分卡。\n"
    )
    page = split_page(points)
    assert ["西河县42个村修订完村规"] == _titles(page)
    assert "▲积分兑换见效" in page.articles[0].body
    parts = (
        "【考核简讯】\n"
        "西河县三项年度考核结果发布\n"
        "本报讯 近日，西河县发布三项年度考核结果，现摘要如下。\n"
        "▲平安乡镇考核：东坪镇居首\n"
        "在全县9个乡镇平安建设考核中，东坪镇以97.5分排名第一。\n"
        "▲河长制考核：南河乡获优秀\n"
        "南河乡河长制考核得分96分，获评优秀等次。\n"
    )
    assert ["西河县三项年度考核结果发布"] == _titles(split_page(parts))


def test_a_column_brief_opening_with_an_offices_name_after_its_dateline_stays_whole() -> None:
    text = (
        "【住房简讯】\n"
        "西河县公积金可贷额度提高\n"
        "本报讯 西河县住房公积金中心近日通知，职工最高可贷50万元。\n\n"
        "东坪镇安置小区首批住户入住\n"
        "本报讯 3月5日，东坪镇安置小区交房，首批120户搬进新家。\n"
    )
    page = split_page(text)
    assert ["西河县公积金可贷额度提高", "东坪镇安置小区首批住户入住"] == _titles(page)
    assert page.articles[0].body.startswith("西河县住房公积金中心")


def test_a_kind_tag_on_the_headlines_line_heads_one_story_of_several_paragraphs() -> None:
    text = (
        "【快讯】西河县农民人均收入过两万\n"
        "本报讯 3月2日，记者从西河县统计局获悉，"
        "去年全县农民人均收入20160元，比上年多7.2%。\n"
        "务工和茶叶是增收的两大来源。茶叶成了增收的“主引擎”，东坪镇、南河乡等地新建茶叶加工厂6座。\n"
        "县里还把“西河好茶”作为区域公用品牌，组织企业参加展销会12场，销售额达3600万元。\n"
    )
    (article,) = split_page(text).articles
    assert "西河县农民人均收入过两万" == article.title
    assert "news" == article.kind  # no column of briefs is open after it


def test_marked_points_under_a_headline_with_its_kind_tag_are_one_story() -> None:
    text = (
        "【简讯】西河县春节游客接待创新高\n"
        "●春节假期，西河县共接待游客12.6万人次，同比增长9.2%。\n\n"
        "●东坪镇依托温泉资源推出康养套餐，假期接待游客1.8万人次。\n\n"
        "●南河乡举办非遗展演，三天吸引游客约2.1万人次。\n"
    )
    (article,) = split_page(text).articles
    assert "西河县春节游客接待创新高" == article.title
    assert "●南河乡举办非遗展演" in article.body


def test_an_infographics_marked_points_under_its_parts_are_its_text() -> None:
    text = (
        "一图读懂西河县2026年预算报告\n\n"
        "一、2025年预算执行情况\n"
        "● 全县财政收入9.6亿元，完成年度计划的101.5%\n"
        "● 财政支出21.3亿元，比上年增长3.1%\n\n"
        "二、重点民生项目\n"
        "● 东坪镇修通通组公路36公里\n"
        "● 老人养老金每月多发15元\n"
        "● 1.1万名学生吃上营养午餐\n\n"
        "西河县财政局　制\n"
    )
    (article,) = split_page(text).articles
    assert "一图读懂西河县2026年预算报告" == article.title
    assert "● 东坪镇修通通组公路36公里" in article.body
    assert "" == uncovered(text, split_page(text))


def test_a_rankings_statistics_period_line_is_no_headline() -> None:
    text = (
        "2026年春节西河县各景区游客人数排名\n"
        "发布单位：西河县文化和旅游局\n"
        "统计时段：2月16日至2月22日\n\n"
        "全县8家A级景区合计接待游客42.6万人次，同比增长11.2%；景区收入1860万元，同比增长7.5%。\n"
    )
    (article,) = split_page(text).articles
    assert "2026年春节西河县各景区游客人数排名" == article.title


def test_a_work_logs_keeper_and_its_days() -> None:
    text = (
        "东坪村路口劝导点值班记录（3月第一周）\n"
        "劝导员：张丽、王强（记录）\n\n"
        "3月2日 星期一 晴\n"
        "7:00至9:00在村口值守，提醒骑车不戴头盔的村民12人次。\n"
        "3月4日 星期三 小雨\n"
        "赶场天车流增多，登记过往车辆260辆次。\n"
    )
    (article,) = split_page(text).articles
    assert "东坪村路口劝导点值班记录（3月第一周）" == article.title
    assert article.body.startswith("3月2日 星期一 晴\n7:00至9:00")


def test_marked_points_after_the_words_leading_into_them_are_the_storys() -> None:
    text = (
        "提醒！这几段山路要慢行\n"
        "西河发布\n"
        "原创 2026-01-08 19:45 四川\n\n"
        "春节临近，山区路上车多了，全县近3年同期发生交通事故31起。\n"
        "西河交警提醒：\n"
        "▲东坪镇至南河乡路段弯急坡陡，请提前换低速挡；\n"
        "▲南河乡沿河路段没有护栏，夜间切勿超速；\n"
        "目前全县已设路口劝导点46个。\n"
    )
    (article,) = split_page(text).articles
    assert "▲南河乡沿河路段没有护栏" in article.body


def test_a_programmes_days_and_time_slots_are_lines_of_its_text() -> None:
    text = (
        "2026西河年俗节日程安排\n"
        "主办：西河县人民政府  承办：东坪镇人民政府\n"
        "2月14日（农历腊月二十七）\n"
        "9:00—10:00 开幕式（东坪镇文化广场），参演人员约500人\n"
        "10:00—17:00 年货大集开市，设摊位360个\n"
        "2月15日（农历腊月二十八）\n"
        "19:00—21:00 非遗灯会，展出花灯120组\n"
    )
    (article,) = split_page(text).articles
    assert "2026西河年俗节日程安排" == article.title
    assert article.body.startswith("2月14日（农历腊月二十七）\n9:00—10:00 开幕式")
    assert "约500人\n10:00—17:00" in article.body


def test_a_related_reading_lists_marked_titles_are_furniture() -> None:
    text = (
        "积分攒下的是人心\n\n"
        "在西河县东坪镇，积分存折成了村民的新宝贝，全镇今年已兑换积分3.6万分。\n\n"
        "相关阅读\n\n"
        "● 东坪镇：积分超市开到家门口\n"
        "● 西河县推行村民说事制度　今年化解纠纷200余件\n"
        "● 南河乡：每个村都有了文明实践站\n"
    )
    (article,) = split_page(text).articles
    assert "村民说事" not in article.body
    assert ["footer"] * 4 == [p.kind for p in article.paratexts]
