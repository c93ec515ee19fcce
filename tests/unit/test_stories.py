"""Seams between stories run together: headlines announced then repeated, fused briefs."""

from govdb.ingest.stories import announced_stories, fused_briefs, reprinted_headline


def _titles(text: str) -> list[str]:
    return [text[s.start : s.end] for s in fused_briefs(text)]


def _leads(text: str) -> list[str]:
    return [text[s.end : s.end + 6] for s in fused_briefs(text)]


def test_announced_headlines_found_again_fused_to_their_stories() -> None:
    line = "甘肃：做强特色产业 带动群众增收 湖北：推进城乡融合 建设宜居乡村"
    text = (
        "各地认真落实部署。甘肃：做强特色产业 带动群众增收在甘肃定西，马铃薯迎来丰收。"
        "湖北：推进城乡融合 建设宜居乡村眼下，宜昌的乡村道路正在铺设。"
    )
    found = announced_stories(line, text)
    assert [(0, 16), (17, 33)] == [(a.start, a.end) for a in found]
    assert ["在甘肃定西", "眼下，宜昌"] == [text[a.seam.end : a.seam.end + 5] for a in found]
    assert "甘肃：做强特色产业 带动群众增收" == text[found[0].seam.start : found[0].seam.end]


def test_a_headline_printed_once_names_one_story() -> None:
    text = "连日来，各地推进秋冬种。在河南南阳，农机手正在播种。夯实丰收基础，各地加强农技服务。"
    assert () == announced_stories("各地加快秋冬种 夯实丰收基础", text)


def test_a_headline_reprinted_whole_at_the_start_is_not_two_stories() -> None:
    text = "扎实推进乡村振兴 持续改善农村人居环境本报讯 近日，某县召开现场会。"
    assert () == announced_stories("扎实推进乡村振兴 持续改善农村人居环境", text)


def test_a_headline_half_followed_by_a_comma_is_a_sentence_not_a_story() -> None:
    text = (
        "甲乙丙丁戊己庚辛开幕。甲乙丙丁戊己庚辛开幕，活动持续三天。壬癸子丑寅卯辰巳闭幕，观众很多。"
    )
    assert () == announced_stories("甲乙丙丁戊己庚辛开幕 壬癸子丑寅卯辰巳闭幕", text)


def test_a_brief_opening_with_a_time_adverbial() -> None:
    text = "东川县完成冬小麦播种近日，东川县完成冬小麦播种八万亩。"
    assert ["东川县完成冬小麦播种"] == _titles(text)


def test_a_brief_opening_with_a_bracketed_date() -> None:
    text = "前一条简讯到此结束。南岭大桥今天合龙今天（9月3日），南岭大桥主桥合龙。"
    assert ["南岭大桥今天合龙"] == _titles(text)
    assert ["今天（9月3"] == _leads(text)


def test_a_brief_that_repeats_its_headline_subject() -> None:
    text = "上一条。2030年东川博览会开幕2030年东川博览会今天在东川会展中心开幕。"
    assert ["2030年东川博览会开幕"] == _titles(text)


def test_the_year_may_drop_its_nian_when_the_subject_is_repeated() -> None:
    text = "2031年西河马拉松鸣枪开跑2031西河马拉松昨天在西河开跑，两万人参赛。"
    assert ["2031年西河马拉松鸣枪开跑"] == _titles(text)


def test_a_brief_opening_with_a_reporting_frame() -> None:
    text = "南岭港集装箱吞吐量创新高记者从南岭港务局了解到，今年吞吐量创新高。"
    assert ["南岭港集装箱吞吐量创新高"] == _titles(text)


def test_a_brief_opening_with_you_or_weiqi() -> None:
    text = (
        "南岭水库除险加固工程开工由南岭市水利局组织实施的除险加固工程昨天开工。"
        "东川农民丰收节闭幕为期三天的东川农民丰收节今天闭幕。"
    )
    assert ["南岭水库除险加固工程开工", "东川农民丰收节闭幕"] == _titles(text)


def test_an_organisation_opening_a_brief_stays_with_the_brief() -> None:
    text = (
        "前三季度全省外贸进出口增长8.5%省商务厅今天（10月20日）发布数据显示，外贸向好。"
        "全市新能源汽车产量突破十万辆国家统计局昨天（10月19日）发布的数据显示，产量增长。"
    )
    assert ["前三季度全省外贸进出口增长8.5%", "全市新能源汽车产量突破十万辆"] == _titles(text)
    assert ["省商务厅今天", "国家统计局昨"] == _leads(text)


def test_a_sentence_whose_subject_is_an_organisation_is_not_a_brief() -> None:
    text = "上一条。西河县住房和城乡建设局今天（9月3日）召开会议，部署危房改造。"
    assert [] == _titles(text)


def test_a_verb_before_the_date_ends_the_headline() -> None:
    text = "东川至西河城际铁路今起通车今天（9月3日），城际铁路开始通车。"
    assert ["东川至西河城际铁路今起通车"] == _titles(text)


def test_a_sentence_that_opens_with_a_lead_in_is_never_a_headline() -> None:
    text = "上一条。为期三天的论坛将围绕乡村产业振兴展开交流。"
    assert [] == _titles(text)


def test_a_brief_without_a_signal_is_not_invented() -> None:
    text = "上一条。东川特色农产品展销同步举办展区面积达到三万平方米。"
    assert [] == _titles(text)


def test_a_run_that_breaks_off_a_sentence_is_not_a_headline() -> None:
    text = (
        "上一条。东川市政府会同商务局、农业局、能源局和东川市政府办公室等部门参加。"
        "上一条。西河县县长王某介绍了西河县县城建设情况。"
    )
    assert [] == _titles(text)


def test_a_reprint_may_drop_quote_marks_and_change_the_colon() -> None:
    line = "南岭：端稳“米袋子” 东川：推动农机提质增效"
    text = (
        "各地落实部署。南岭:端稳米袋子眼下，南岭稻谷丰收。"
        "东川：推动农机提质增效在东川山区，药材采挖。"
    )
    found = announced_stories(line, text)
    assert ["南岭:端稳米袋子", "东川：推动农机提质增效"] == [
        text[a.seam.start : a.seam.end] for a in found
    ]


def test_announced_headlines_may_stand_on_lines_of_their_own() -> None:
    line = "南岭：端稳米袋子 东川：推动农机提质增效"
    text = (
        "各地落实部署。\n南岭：端稳米袋子\n眼下，南岭稻谷丰收。\n"
        "东川：推动农机提质增效\n在东川山区。"
    )
    found = announced_stories(line, text)
    assert ["眼下", "在东"] == [text[a.seam.end + 1 : a.seam.end + 3] for a in found]


def test_a_headline_reprinted_without_punctuation_before_the_dateline() -> None:
    text = "某某强调持续推进乡村振兴 改善人居环境新华社东川9月3日电 现场会今天召开。"
    reprint = reprinted_headline("某某强调：持续推进乡村振兴 改善人居环境", text)
    assert reprint is not None
    assert ("新华社东川", None) == (text[reprint.end : reprint.end + 5], reprint.byline)


def test_a_signed_article_reprints_its_headline_then_the_author() -> None:
    text = "提高基层应急能力王某某党的十八大以来，基层应急能力明显提升。"
    reprint = reprinted_headline("王某某：提高基层应急能力", text)
    assert reprint is not None
    assert "王某某" == text[reprint.byline[0] : reprint.byline[1]]
    assert "党的十八大" == text[reprint.end : reprint.end + 5]


def test_a_body_that_only_starts_like_its_headline_is_left_alone() -> None:
    assert None is reprinted_headline("东川博览会开幕", "东川博览会开幕式今天举行，观众很多。")


def test_a_bracketed_date_followed_by_a_verb_is_inside_a_sentence() -> None:
    text = "上一条。东川省农业厅厅长王某某今天（9月3日）称，秋粮收购进展顺利。"
    assert [] == _titles(text)


def test_a_date_that_starts_a_story_may_say_from_when() -> None:
    text = "首场寒潮今天起影响东川今天（9月3日）起，东川将出现大范围降温。"
    assert ["首场寒潮今天起影响东川"] == _titles(text)


def test_an_international_brief_opening_with_a_ministry_and_a_day() -> None:
    text = "巴西称对某国加征关税 某国称将反制巴西外交部7日称，将对某国商品加征关税。"
    assert ["巴西称对某国加征关税 某国称将反制"] == _titles(text)


def test_a_brief_opening_with_the_local_day() -> None:
    text = "上一条。某国一架货机坠毁 多人受伤当地时间4日，某国一架货机在机场附近坠毁。"
    assert ["某国一架货机坠毁 多人受伤"] == _titles(text)


def test_a_headline_ending_in_a_book_title_and_a_verb_keeps_the_verb() -> None:
    text = "《东川市河道管理办法》发布东川市水利局今天（9月3日）发布《东川市河道管理办法》。"
    assert ["《东川市河道管理办法》发布"] == _titles(text)


def test_an_organisation_keeps_the_place_it_serves() -> None:
    text = "秋粮收购进展顺利广东省商务厅近日发布数据，全省秋粮收购进展顺利。"
    assert ["秋粮收购进展顺利"] == _titles(text)


def test_a_brief_opening_with_departments_that_issued_it() -> None:
    text = "到2035年全省森林覆盖率将提高约3%省林业局等部门近日发布意见，提出提高森林覆盖率。"
    assert ["到2035年全省森林覆盖率将提高约3%"] == _titles(text)


def test_a_brief_opening_with_a_purpose_clause() -> None:
    text = "东川下达农业保险补贴资金3亿元为支持农业保险发展，东川市财政局日前下达补贴资金。"
    assert ["东川下达农业保险补贴资金3亿元"] == _titles(text)


def test_a_headline_ending_in_wei_and_a_superlative_is_not_cut() -> None:
    text = "上一条。全市新增就业岗位为历年最高今天（9月3日），东川市公布就业数据。"
    assert ["全市新增就业岗位为历年最高"] == _titles(text)


def test_a_story_that_repeats_its_headline_with_a_word_added() -> None:
    text = (
        "2031届东川毕业生规模预计12万人2031届东川高校毕业生规模预计12万人。市教育局部署就业工作。"
    )
    assert ["2031届东川毕业生规模预计12万人"] == _titles(text)


def test_a_story_that_repeats_its_headline_word_for_word() -> None:
    text = "上一条。第五批督察组全部实现督察进驻第五批督察组全部实现督察进驻。进驻时间为1个月。"
    assert ["第五批督察组全部实现督察进驻"] == _titles(text)


def test_a_headline_half_that_is_a_sentences_subject_is_not_a_story() -> None:
    text = "各地加快发展。做强特色产业是增收之本，东川种植马铃薯。带动群众增收的路子越走越宽。"
    assert () == announced_stories("做强特色产业 带动群众增收", text)


def test_announced_halves_too_short_to_be_headlines_are_one_story() -> None:
    text = "东川加快发展。稳就业东川新增岗位三千个。惠民生东川新建学校两所。"
    assert () == announced_stories("稳就业 惠民生", text)
