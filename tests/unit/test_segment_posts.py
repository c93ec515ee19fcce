"""Microblog and video posts, board messages, government-site catalogues and columns of
marked items: the headline each prints, and its text without the page's chrome."""

from govdb.ingest.segment import Page, split_page


def _only(page: Page):
    (article,) = page.articles
    return article


def _column(page: Page, field: str) -> list:
    return [getattr(article, field) for article in page.articles]


def test_a_microblog_posts_bracketed_headline_opens_its_first_line() -> None:
    text = (
        "东川发布\n"
        "12-03 07:40 来自 微博网页版\n"
        "【东川县启动夜间清雪机制 全县6个乡镇同步作业】#东川身边事# 2日夜间，东川县迎来首场"
        "大雪，县里连夜出动清雪机械32台，城区主干道早上6时前全部清通。\n"
        "西河乡组织村民扫雪队9支，清理通村公路约40公里。\n"
    )
    article = _only(split_page(text))
    assert "东川县启动夜间清雪机制 全县6个乡镇同步作业" == article.title
    assert article.body.startswith("#东川身边事# 2日夜间")
    assert "东川发布" not in article.body and "微博网页版" not in article.body


def test_a_column_tag_in_brackets_over_a_short_headline_stays_a_tag() -> None:
    # 【…】 opening a first line is the post's headline only when text runs on after it.
    text = "【东川广播·民生热线】山乡种茶，富了日子\n\n主持人：听众朋友，上午好！今天聊聊种茶。\n"
    assert (_only(split_page(text)).title or "").endswith("山乡种茶，富了日子")


def test_posting_lines_of_microblogs_and_video_accounts_are_chrome() -> None:
    for posted in (
        "今天 09:12 来自 某某手机客户端",
        "2026-12-02 20:16 发布于 云南",
        "12-01 18:30 · 云南",
        "2026-09-20 18:06 云南",
    ):
        text = (
            f"东川发布\n{posted}\n"
            "东川县秋粮收储基本结束，累计收购粮食约3.2万吨\n"
            "截至11月底，东川县累计收购玉米、大豆等粮食约3.2万吨，较去年同期增加0.4万吨。\n"
            "县粮食部门在西河乡新设收购点2个，农户售粮排队时间平均缩短约1小时。\n"
            "全县兑付售粮款约0.8亿元，比上年多出0.1亿元。\n"
        )
        article = _only(split_page(text))
        assert "东川县秋粮收储基本结束，累计收购粮食约3.2万吨" == article.title, posted
        assert article.body.startswith("截至11月底"), posted


def test_a_wechat_headline_under_the_posts_chrome_heads_its_text() -> None:
    text = (
        "东川发布\n"
        "原创 2026-09-03 08:15 云南\n"
        "开园啦！东川县12所乡镇托育点同时迎客\n"
        "3月2日上午，东川县的托育点陆续开门，首批入托宝宝共640名。\n"
        "西河乡托育点由旧村部改建而成，设有托位80个，比原计划多出20个。\n"
        "县卫健局说，每千人口托位数已达到3.6个，较去年增加0.8个。\n"
    )
    article = _only(split_page(text))
    assert "开园啦！东川县12所乡镇托育点同时迎客" == article.title
    assert article.body.startswith("3月2日上午")


def test_a_posts_topic_tags_on_their_own_line_are_neither_headline_nor_text() -> None:
    text = (
        "东川县西河乡冬储白菜喜获丰收\n\n"
        "近日，西河乡3200亩冬储白菜进入采收期，亩产约9000斤。\n\n"
        "#东川 #冬储白菜 #乡村振兴\n"
    )
    article = _only(split_page(text))
    assert "东川县西河乡冬储白菜喜获丰收" == article.title
    assert "#东川" not in article.body


def test_a_video_scripts_labelled_title_is_its_headline_without_label_or_pictograph() -> None:
    text = (
        "东川融媒 视频号\n"
        "标题：西河乡的冬天，从一锅热豆腐“暖”起来🍲\n"
        "【画面】清晨，西河乡豆腐坊里热气腾腾。\n"
        "【解说】豆腐坊今年加工黄豆约60吨，带动14户村民务工。\n"
    )
    article = _only(split_page(text))
    assert "西河乡的冬天，从一锅热豆腐“暖”起来" == article.title
    assert article.body.startswith("【画面】清晨")


def test_a_message_boards_form_names_its_title_and_keeps_its_fields_apart() -> None:
    text = (
        "留言详情\n"
        "留言标题：西河乡南街的排水沟堵了一个月，能不能清一清？\n"
        "留言时间：2026-10-12 09:30　留言类型：咨询求助　办理状态：已办结\n"
        "留言内容：南街排水沟约300米一直堵着，下雨时积水漫进20多户人家。\n"
        "回复单位：东川县西河乡人民政府\n"
        "回复时间：2026-10-15 17:05\n"
        "回复内容：您好！乡里已组织人员清淤约15立方米，排水已恢复。\n"
        "满意度评价：满意\n"
    )
    article = _only(split_page(text))
    assert "西河乡南街的排水沟堵了一个月，能不能清一清？" == article.title
    assert "留言时间" not in article.body and "满意度评价" not in article.body
    assert "乡里已组织人员清淤约15立方米" in article.body


def test_a_government_sites_catalogue_lines_are_no_headline() -> None:
    text = (
        "东川县政府门户网站 政务公开\n"
        "索引号：530113-2026-11-00021　主题分类：农业水利\n"
        "发布机构：东川县水务局　成文日期：2026年11月20日　发布日期：2026年11月21日\n"
        "关于西河灌区冬季停水检修的通知\n"
        "因灌区干渠检修，西河灌区自12月1日起停水15天，涉及农田约2.3万亩。\n"
    )
    article = _only(split_page(text))
    assert "关于西河灌区冬季停水检修的通知" == article.title
    assert article.body.startswith("因灌区干渠检修")
    assert "索引号" not in article.body


def test_a_story_signed_in_brackets_ends_before_the_next_headline() -> None:
    text = (
        "【简讯】\n"
        "西河乡开展冬季防火宣传\n"
        "近日，西河乡组织志愿者60余人入户宣传防火知识。（通讯员 张明）\n"
        "南岭镇新建3座村级文化广场\n"
        "南岭镇今年新建村级文化广场3座，总投资约90万元。（记者 李华）\n"
    )
    page = split_page(text)
    assert ["西河乡开展冬季防火宣传", "南岭镇新建3座村级文化广场"] == _column(page, "title")


def test_a_columns_items_headed_by_their_own_marked_lines_are_articles() -> None:
    text = (
        "东川县图书馆一周动态\n"
        "●流动图书车开进西河乡\n"
        "11月3日，县图书馆流动图书车开进西河乡，借出图书约420册。\n"
        "●少儿绘本阅读季启动\n"
        "县图书馆少儿绘本阅读季日前启动，首场活动吸引亲子家庭58组。\n"
    )
    page = split_page(text)
    assert ["流动图书车开进西河乡", "少儿绘本阅读季启动"] == _column(page, "title")
    assert page.articles[1].body.startswith("县图书馆少儿绘本阅读季")


def test_a_deck_printed_without_a_dash_is_the_subtitle_not_the_headline() -> None:
    text = (
        "东川县印发城乡绿道建设实施意见\n"
        "到2030年全县绿道总长超过200公里\n"
        "本报讯 近日，东川县出台城乡绿道建设实施意见，计划投资约1.6亿元。\n"
    )
    article = _only(split_page(text))
    assert "东川县印发城乡绿道建设实施意见" == article.title
    assert "到2030年全县绿道总长超过200公里" == article.subtitle


def test_a_posts_marked_points_opening_with_a_city_word_stay_its_text() -> None:
    # 新建城市书房: 城市 (city, the word) opens the point, no unit that acted; the points are
    # the post's, not briefs of their own.
    text = (
        "一图读懂｜东川县公共文化“五件实事”\n\n"
        "今年，我县将办好公共文化“五件实事”，一起来看：\n"
        "■新建城市书房3座，每座面积不少于120平方米\n"
        "■为村级阅览室补充绘本1.5万册，西河乡5个村先行\n"
    )
    article = _only(split_page(text))
    assert "■新建城市书房3座" in article.body and "■为村级阅览室补充绘本" in article.body


def test_the_office_issuing_a_bulletin_under_its_title_is_no_part_of_it() -> None:
    text = (
        "东川县冬季安全生产检查通报（第3期）\n"
        "东川县安委会冬季检查组办公室\n"
        "11月以来，全县检查企业312家，发现隐患540处，已整改498处。\n"
    )
    article = _only(split_page(text))
    assert "东川县冬季安全生产检查通报（第3期）" == article.title
    assert article.body.startswith("11月以来")


def test_a_tv_scripts_centre_programme_and_date_line_is_a_credit() -> None:
    text = (
        "网上卖得好 西河乡核桃走出大山\n"
        "东川县融媒体中心《东川新闻》\u30002026年8月6日\n"
        "【导语】西河乡今年核桃网上销售额达到360万元。\n"
    )
    article = _only(split_page(text))
    assert "网上卖得好 西河乡核桃走出大山" == article.title


def test_a_yearbook_entrys_bracketed_credit_is_no_headline() -> None:
    text = (
        "农业农村\n"
        "【概况】2026年，东川县粮食播种面积42万亩，总产18.6万吨。\n"
        "【特色产业】东川县今年种植魔芋约3万亩。\n"
        "（撰稿：张明）\n"
    )
    article = _only(split_page(text))
    assert article.title != "（撰稿：张明）"
    assert "撰稿" not in article.body


def test_a_posts_headline_over_a_list_of_marked_points_with_pictographs() -> None:
    text = (
        "东川发布\n"
        "原创 2026-11-12 19:06 云南\n"
        "🚌好消息！西河乡的公交开到家门口啦\n"
        "朋友们👋，以前进城要走半小时山路去等车，这个月起，西河乡的村民出门不用愁了！🎉\n"
        "11月10日，东川县新开的3条乡村公交线路通车，沿线设站点46个，惠及群众5200多人。\n"
        "✅今年全县新开乡村公交线路9条\n"
        "✅全县行政村通公交比例达到100%\n"
        "👉接下来，县里还将加密班次，力争明年平均候车时间缩短到20分钟以内。\n"
    )
    article = _only(split_page(text))
    assert "好消息！西河乡的公交开到家门口啦" == article.title
    assert article.body.startswith("朋友们")


def test_a_programmes_first_line_over_its_broadcast_credits_is_its_headline() -> None:
    text = (
        "【东川之声·乡村课堂】冬储白菜怎么存，听听农技员怎么说\n"
        "（播出时间：11月8日6:40 时长：4分钟）\n"
        "主持人：听众朋友们好。天冷了，家家户户开始储白菜，今天请来县农技站的老师。\n"
        "农技员：白菜入窖前要先晾晒两三天，窖温保持在0至2℃最好。\n"
    )
    article = _only(split_page(text))
    assert "冬储白菜怎么存，听听农技员怎么说" == article.title
    assert article.body.startswith("主持人")


def test_a_posts_lead_into_its_list_pointing_down_ends_like_a_sentence() -> None:
    text = (
        "东川发布\n"
        "原创 2026-11-22 18:40 云南\n"
        "🔥小炕头，大温暖！东川这个冬天取暖有新招\n"
        "朋友们👋，天一冷，土炕烟大又费柴。今年全县在5个乡镇推广节能炕，一起来瞧瞧👇\n"
        "✅建了多少？截至11月底，全县新砌节能炕1650铺💪。\n"
        "✅花多少钱？每铺造价约2600元，县里补助1800元。\n"
        "村民赵桂兰说：“炕热得快，柴火省了一半。”\n"
    )
    article = _only(split_page(text))
    assert "小炕头，大温暖！东川这个冬天取暖有新招" == article.title


def test_a_social_pages_name_over_its_stamp_is_chrome_and_its_text_no_headline() -> None:
    text = (
        "西河議員辦事處 Xihe Office\n"
        "12月2日 · 🌐\n"
        "各位街坊，好消息！跟進咗兩年嘅升降機工程，今日終於有時間表！🎉\n"
        "房屋署回覆，西河邨合共16部升降機，將分三期更換，總費用約3,800萬港元。\n"
        "第一期6部預計明年3月開工，每部更換需時約10星期。\n"
    )
    article = _only(split_page(text))
    assert article.title is None
    assert article.body.startswith("各位街坊")
    assert "Xihe Office" not in article.body


def test_a_column_label_in_traditional_script_opens_its_column() -> None:
    text = (
        "【社區簡訊】\n"
        "西河休憩空地翻新\n"
        "西河區議會撥款約180萬港元翻新休憩處，工程歷時5個月。\n"
        "圖書館延長開放\n"
        "東區公共圖書館下月起逢週五開放至晚上九時，每週多開6小時。\n"
    )
    page = split_page(text)
    assert ["西河休憩空地翻新", "圖書館延長開放"] == _column(page, "title")
    assert ["brief", "brief"] == _column(page, "kind")


def test_a_headline_in_traditional_script_is_read_by_the_same_rules() -> None:
    # 東川縣舉行… says who acted as 东川县举行… does: the figures under it are its subtitle.
    page = split_page(
        "東川縣舉行秋季項目集中開工儀式\n12個項目開工 總投資36億元\n\n"
        "本報訊 昨日，東川縣舉行秋季項目集中開工儀式，12個項目總投資36億元。\n"
    )
    (article,) = page.articles
    assert "東川縣舉行秋季項目集中開工儀式" == article.title
    assert "12個項目開工 總投資36億元" == article.subtitle


def test_a_posts_title_between_the_accounts_name_and_its_posting_line() -> None:
    text = (
        "西河健康\n"
        "降温了，老人要不要打疫苗？医生这样说\n"
        "原创 西河健康 2026-01-08 10:20 四川\n"
        "近日，全县流感病例增多，县疾控中心答复了群众关心的问题。\n"
        "问：谁能免费打疫苗？\n"
        "答：全县65岁以上老年人可免费接种。\n"
    )
    article = _only(split_page(text))
    assert "降温了，老人要不要打疫苗？医生这样说" == article.title
    assert article.body.startswith("近日，全县流感病例")


def test_a_tv_stories_broadcast_line_under_its_labelled_headline_is_a_credit() -> None:
    text = (
        "【西河新闻】冬修水利正当时 西河掀起农田水利建设热潮\n"
        "（播出时间：2026年12月1日 西河县融媒体中心）\n"
        "【导语】\n"
        "入冬以来，西河县各乡镇抢抓农闲时节，全力推进冬修水利。\n"
        "【正文】\n"
        "记者在东坪镇看到，几台挖掘机正在清淤，全镇今冬计划整修塘坝12座。\n"
    )
    article = _only(split_page(text))
    assert "冬修水利正当时 西河掀起农田水利建设热潮" == article.title
    assert article.body.startswith("【导语】")


def test_an_infographic_posts_labelled_lines_are_no_narrow_columns() -> None:
    text = (
        "栾川发布\n一图读懂｜2025年栾川旅游“成绩单”\n原创　栾川发布　2026-01-08 20:10　河南\n"
        "📊【接待】\n游客接待量 1860万人次\n↑比上年增长9.2%\n旅游收入 152.6亿元\n"
        "📊【住宿】\n民宿 1420家\n床位 3.1万张\n📊【亮点】\n"
        "▶合峪镇杜鹃花谷开园首年接待游客42万人次\n▶潭头镇推行“民宿+研学”模式，带动600户增收\n"
        "数据来源：栾川县文旅局\n"
    )
    article = _only(split_page(text))
    assert "一图读懂｜2025年栾川旅游“成绩单”" == article.title
    assert article.body.startswith("📊【接待】\n游客接待量 1860万人次\n")


def test_a_posting_line_may_name_the_author_and_the_account() -> None:
    text = (
        "养老金今天到账！全县12.6万人领到了\n原创 栾川人社 栾川人社 2026年01月15日 09:20 河南\n"
        "1月15日，全县养老金按时发放到卡。\n"
    )
    article = _only(split_page(text))
    assert "养老金今天到账！全县12.6万人领到了" == article.title
    assert article.body.startswith("1月15日")


def test_a_posts_title_led_by_a_pictograph_under_its_posting_line() -> None:
    text = (
        "栾川发布\n原创　栾川发布　2026-04-02 18:00　河南\n"
        "🎉栾川又添新景区！首日迎客8000人次\n"
        "家人们，4月1日，合峪镇杜鹃花谷正式开园。\n"
    )
    article = _only(split_page(text))
    assert "栾川又添新景区！首日迎客8000人次" == article.title
    assert article.body.startswith("家人们，4月1日")


def test_a_phone_screenshots_status_and_app_bars_and_counts_are_chrome() -> None:
    text = (
        "10:26　　　　4G　73%\n"
        "＜返回　　西河融媒　　分享\n"
        "北山乡：果园里建起了冷库\n"
        "近日，北山乡新建果品冷库2座，可储存苹果800吨。\n"
        "阅读 3.6万　　点赞 512　　在看 77\n"
        "写留言\n"
    )
    article = _only(split_page(text))
    assert article.title == "北山乡：果园里建起了冷库"
    assert article.body == "近日，北山乡新建果品冷库2座，可储存苹果800吨。"
    assert [p.kind for p in article.paratexts] == ["credit", "credit", "credit", "footer"]


def test_a_picture_story_under_a_photo_columns_headline_is_told_by_its_captions() -> None:
    text = (
        "图片新闻\n"
        "春到北山\n"
        "——东川县北山乡春耕见闻\n"
        "图①：北山乡石桥村村民在田间插秧。该村今年种植水稻1200亩。\n"
        "图②：北山乡农机手驾驶插秧机作业。全乡新添插秧机18台。\n"
        "全乡春播推进顺利，已播3.6万亩，较上年多出2000亩，优质稻约占六成多，"
        "乡里打算明年添建两座育秧工厂。\n"
        "（摄影 周明）\n"
    )
    article = _only(split_page(text))
    assert article.title.startswith("春到北山")
    assert article.body.split("\n")[:2] == [
        "图①：北山乡石桥村村民在田间插秧。该村今年种植水稻1200亩。",
        "图②：北山乡农机手驾驶插秧机作业。全乡新添插秧机18台。",
    ]
    assert article.kind == "caption"


def test_an_advert_flagged_in_brackets_between_the_headline_and_the_story_is_chrome() -> None:
    text = (
        "东川新闻App\n"
        "东川县消费红包第二轮开抢 小店扫码忙起来\n"
        "2026-12-02 08:15 来源：东川日报 作者：李华\n"
        "【广告】新用户开户 立享5元红包 点击领取>>\n"
        "12月1日，东川县第二轮消费红包开抢，1.2万个红包在半小时内领完。\n"
    )
    article = _only(split_page(text))
    assert article.title == "东川县消费红包第二轮开抢 小店扫码忙起来"
    assert article.body.startswith("12月1日")


def test_a_posts_bracketed_headline_after_its_topic_tags_under_the_accounts_name() -> None:
    text = (
        "东川发布\n"
        "#东川身边事# #乡村振兴# 【东川：“护河管家”上线 黑水沟变清水渠】今年以来，东川县在"
        "12个乡镇推广“护河管家”平台，86座闸站的数据实时上传，闸站故障响应平均缩短到4小时左右。\n"
    )
    page = split_page(text)
    assert ["东川：“护河管家”上线 黑水沟变清水渠"] == [a.title for a in page.articles]
    assert page.articles[0].body.startswith("今年以来，东川县")


def test_a_bracketed_title_under_the_accounts_short_name_is_the_posts_title() -> None:
    text = (
        "东川人社\n"
        "【“就业快车”开进山乡，西河乡务工群众这样说】\n\n"
        "5月以来，东川县人社局组织招聘专车进村12次，帮助230多名群众找到工作。\n\n"
        "西河乡村民李华说：“家门口有活干，心里踏实。”\n"
    )
    article = _only(split_page(text))
    assert "“就业快车”开进山乡，西河乡务工群众这样说" == article.title
    assert article.body.startswith("5月以来")


def test_a_bracketed_headline_runs_into_a_question_that_opens_the_posts_text() -> None:
    text = (
        "东川林业\n"
        "【山林“分红” 合同说话】西河村的林地入股怎么分？一起来看→\n"
        "#东川林改#\n"
        "今年，东川县西河乡西河村156户村民以林地入股合作社，年底人均分红约800元。\n"
    )
    article = _only(split_page(text))
    assert "山林“分红” 合同说话" == article.title
    assert article.body.startswith("西河村的林地入股怎么分？")


def test_a_posts_title_under_its_posting_line_stands_over_its_text() -> None:
    text = (
        "东川融媒\n"
        "原创　2026-06-02 20:15　云南\n"
        "不比排场比实在！西河乡36对新人办起集体婚礼\n"
        "端午假期，西河乡在文化广场为36对新人办了一场集体婚礼，每对新人省下约2万元。\n"
        "👉乡里请来8名志愿者帮忙布置会场；\n"
        "👉全乡12个村的村干部都来帮忙张罗。\n"
    )
    article = _only(split_page(text))
    assert "不比排场比实在！西河乡36对新人办起集体婚礼" == article.title
    assert article.body.startswith("端午假期")


def test_a_posts_topic_tags_and_bracketed_headline_alone_on_their_line() -> None:
    text = (
        "东川发布\n"
        "11-20 08:15 来自 微博网页版\n"
        "#东川冬储菜# #产销对接# 【西河乡白菜装车发往省城】\n"
        "这几天，西河乡的白菜地里一片忙碌，合作社每天装车发往省城超市。\n"
    )
    article = _only(split_page(text))
    assert "西河乡白菜装车发往省城" == article.title
    assert article.body.startswith("这几天，西河乡")


def test_a_video_scripts_credits_line_stays_under_its_headline() -> None:
    text = (
        "【短视频脚本】去赶集！南坪圩的冬日早晨\n"
        "时长：约45秒　出品：东川县融媒体中心　编导：李华\n"
        "镜头1：航拍圩场\n"
        "画面：南坪镇圩场摊位整齐。\n"
        "字幕：改造后的南坪圩有固定摊位160个\n"
    )
    article = _only(split_page(text))
    assert "去赶集！南坪圩的冬日早晨" == article.title
    assert article.body.startswith("镜头1：航拍圩场")


def test_a_posts_pictograph_led_lines_stay_lines_after_one_its_pictograph_ends() -> None:
    text = (
        "东川发布\n"
        "原创 2026-11-20 19:10 云南\n"
        "好消息！西河乡的核桃有了“身份证”\n"
        "朋友们，西河乡两个村的核桃园日前通过了绿色食品认证🎉\n"
        "📌认证面积：4200亩\n"
        "📌参与农户：316户\n"
        "编辑：李青\n"
    )
    body = _only(split_page(text)).body
    assert "认证🎉\n📌认证面积：4200亩\n📌参与农户：316户" in body
