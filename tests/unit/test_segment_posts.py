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
        "开学啦！东川县12所乡镇幼儿园全部开园\n"
        "9月1日，东川县各幼儿园迎来新学期，在园幼儿共2100名。\n"
        "今年新建的西河乡中心幼儿园可容纳幼儿180名，比原园多出60个学位。\n"
        "县教育局介绍，全县学前三年毛入园率达到93%，较去年提高2个百分点。\n"
    )
    article = _only(split_page(text))
    assert "开学啦！东川县12所乡镇幼儿园全部开园" == article.title
    assert article.body.startswith("9月1日")


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
        "东川县人民政府信息公开\n"
        "索引号：530113-2026-11-00021　主题分类：交通运输\n"
        "发布机构：东川县交通运输局　成文日期：2026年11月20日　发布日期：2026年11月21日\n"
        "关于调整县城至西河乡公交线路的公告\n"
        "为方便沿线群众出行，自2026年12月1日起调整县城至西河乡公交线路，全长42公里。\n"
    )
    article = _only(split_page(text))
    assert "关于调整县城至西河乡公交线路的公告" == article.title
    assert article.body.startswith("为方便沿线群众出行")
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
        "东川县出台体育设施补短板三年行动方案\n"
        "到2028年人均体育场地面积达到3平方米\n"
        "本报讯 近日，东川县印发体育设施补短板三年行动方案，总投资约2.1亿元。\n"
    )
    article = _only(split_page(text))
    assert "东川县出台体育设施补短板三年行动方案" == article.title
    assert "到2028年人均体育场地面积达到3平方米" == article.subtitle


def test_a_posts_marked_points_opening_with_a_city_word_stay_its_text() -> None:
    # 新建城市书房: 城市 (city, the word) opens the point, no unit that acted; the points are
    # the post's, not briefs of their own.
    text = (
        "一图读懂｜东川县公共文化“五件实事”\n\n"
        "今年，我县将办好公共文化“五件实事”，一起来看：\n"
        "■新建城市书房3座，每座面积不少于120平方米\n"
        "■更新农家书屋图书2万册，西河乡5个村先行试点\n"
    )
    article = _only(split_page(text))
    assert "■新建城市书房3座" in article.body and "■更新农家书屋图书2万册" in article.body


def test_the_office_issuing_a_bulletin_under_its_title_is_no_part_of_it() -> None:
    text = (
        "东川县治理欠薪工作情况通报（第2期）\n"
        "东川县治理拖欠农民工工资工作领导小组办公室\n"
        "10月以来，全县排查在建工程项目46个，督促支付工资820万元。\n"
    )
    article = _only(split_page(text))
    assert "东川县治理欠薪工作情况通报（第2期）" == article.title
    assert article.body.startswith("10月以来")


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
        "【特色产业】全县中药材种植面积约8万亩。\n"
        "（撰稿：张明）\n"
    )
    article = _only(split_page(text))
    assert article.title != "（撰稿：张明）"
    assert "撰稿" not in article.body


def test_a_posts_headline_over_a_list_of_marked_points_with_pictographs() -> None:
    text = (
        "东川发布\n"
        "原创 2026-11-12 19:06 云南\n"
        "📶好消息！西河乡山区信号“满格”啦\n"
        "家人们👋，还记得打电话要爬到山顶的日子吗？这个月起，西河乡的乡亲们终于和它说再见了！🎉\n"
        "11月10日，东川县新建的6座通信铁塔全部开通，惠及群众2100余户8600多人。\n"
        "✅今年以来全县新建通信铁塔42座\n"
        "✅全县79个行政村4G信号覆盖率达100%\n"
        "👉下一步，县里还将推进通信网络建设，力争明年底前5G覆盖率超过95%。\n"
    )
    article = _only(split_page(text))
    assert "好消息！西河乡山区信号“满格”啦" == article.title
    assert article.body.startswith("家人们")


def test_a_programmes_first_line_over_its_broadcast_credits_is_its_headline() -> None:
    text = (
        "【东川之声·平安东川】烟花爆竹“禁燃令”下，这些事您得知道\n"
        "（播出时间：12月22日7:30 时长：3分钟）\n"
        "主持人：各位听众早上好。眼看就要进腊月了，不少听众打来电话问燃放的事。\n"
        "记者：日前，东川县发布通告，城区全域禁止燃放烟花爆竹。\n"
    )
    article = _only(split_page(text))
    assert "烟花爆竹“禁燃令”下，这些事您得知道" == article.title
    assert article.body.startswith("主持人")


def test_a_posts_lead_into_its_list_pointing_down_ends_like_a_sentence() -> None:
    text = (
        "东川发布\n"
        "原创 2026-11-22 18:40 云南\n"
        "🚽小厕所，大民生！东川这个冬天改厕有“暖”招\n"
        "家人们👋，天一冷，旱厕又冻又脏。今年全县在6个乡镇推广防冻厕所，一起来看看👇\n"
        "✅改了多少？截至11月中旬，全县完成防冻户厕改造2180座💪。\n"
        "✅花多少钱？每座改造成本约4200元，县里补助3000元。\n"
        "村民王秀英说：“厕所进了屋，冬天再也不受罪了。”\n"
    )
    article = _only(split_page(text))
    assert "小厕所，大民生！东川这个冬天改厕有“暖”招" == article.title


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
        "長者搭巴士每程2元\n"
        "東區議會推出長者巴士乘車優惠，惠及約1.8萬名居民。\n"
    )
    page = split_page(text)
    assert ["西河休憩空地翻新", "長者搭巴士每程2元"] == _column(page, "title")
    assert ["brief", "brief"] == _column(page, "kind")
