"""Which quoted phrases are programs, and the evidence each one is taken on."""

import pytest

from govdb.programs.find import find_programs


def _evidence(text: str, **options: object) -> list[tuple[str, str]]:
    return [(p.name, p.evidence) for p in find_programs(text, **options)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("用好“党建+网格+大数据”模式", ("党建+网格+大数据", "head noun 模式")),
        ("推行“街乡吹哨、部门报到”改革", ("街乡吹哨、部门报到", "head noun 改革")),
        ("“最多跑一次”改革", ("最多跑一次", "head noun 改革")),
        ("“三无”楼院党支部", ("三无楼院支部", "head noun 楼院党支部")),
        ("聚焦“11+8”产业链", ("11+8", "plus formula")),
        ("做实“五基四化”", ("五基四化", "numbered slogan")),
        ("严格落实“三会一课”", ("三会一课", "numbered slogan")),
        ("“两个聚焦、五个转变”", ("两个聚焦、五个转变", "enumeration")),
        ("深化“千万工程”", ("千万工程", "named as such")),
        ("全面推行“河长制”", ("河长制", "named as such")),
        ("群众称之为“窗帘之约”", ("窗帘之约", "called so")),
        # an alliance and a team a name brands
        ("组建“山溪人家”联盟", ("山溪人家", "head noun 联盟")),
        ("各镇“文明出行劝导队”每天上岗", ("文明出行劝导队", "named as such")),
        # a voucher a campaign issues, and one map of a service's data
        ("领取区级“东川焕新券”", ("东川焕新券", "named as such")),
        # the money a scheme pays out under its name, and a thing built under its own name
        ("全镇发放“稻鱼共养”补贴86万元", ("稻鱼共养", "head noun 补贴")),
        ("申领“银龄上学”补助需带身份证", ("银龄上学", "head noun 补助")),
        ("在广场边搭建“邻里晾晒棚”，群众叫好", ("邻里晾晒棚", "built")),
        # a formula of one character each, and a system named after its office
        ("推广“稻+鱼”共生模式", ("稻+鱼", "head noun 共生模式")),
        ("实行“路长”负责制，由村干部担任", ("路长负责制", "head noun 负责制")),
        ("为果农办理“惠果保”农业保险", ("惠果保", "head noun 农业保险")),
        # a name with a Latin letter inside
        ("县农商行推出“农e贷”线上贷款", ("农e贷", "named as such")),
        # a station a service is run from, one stop for a service's errands
        ("县法院在渡口共建“河岸法官工作站”", ("河岸法官工作站", "named as such")),
        ("大厅开设“创业服务一站通”窗口", ("创业服务一站通", "named as such")),
        # adopted for a field of several nouns
        ("东川县推行校园体育场地“错峰共享”", ("错峰共享", "adopted")),
        ("启用“汛情一张图”", ("汛情一张图", "named as such")),
        # a practice summed up under a name
        ("乡里把他的做法总结为“背篓调解法”：", ("背篓调解法", "called so")),
        ("县里把这套办法概括为“早来晚走”。", ("早来晚走", "called so")),
        ("全面落实“高效办成一件事”", ("高效办成一件事", "named as such")),
        ("推广“接诉即办”", ("接诉即办", "adopted")),
        # a campaign and a service's place carry their own head noun
        ("全面启动农村“垃圾革命”", ("垃圾革命", "named as such")),
        ("各村都办起了“孝心食堂”", ("孝心食堂", "named as such")),
        ("建成“东岭议事厅”12个", ("东岭议事厅", "named as such")),
        ("一个个“邻里说和堂”让矛盾不出村", ("邻里说和堂", "named as such")),
        # a formula left open takes the head noun after it, even one the tagger reads as a
        # word opening with 就 or 为
        ("推行“光伏+”就业模式", ("光伏+就业模式", "head noun 就业模式")),
        ("探索“支部+”为民服务机制", ("支部+为民服务机制", "head noun 为民服务机制")),
        # counts alone name nothing: the head is read further, and joins the name
        ("建立“1+2+N”矛盾纠纷调处机制", ("1+2+N矛盾纠纷调处机制", "head noun 矛盾纠纷调处机制")),
        # a way of working, a mediation room, a card and a council are kinds of practice
        ("采用“两不一直”方式督查", ("两不一直", "head noun 方式")),
        # a scheme something is run by; a label of two characters keeps the head
        ("西坪村对垃圾清运实行“星级榜”管理", ("星级榜", "head noun 管理")),
        ("社区推行“两单”管理", ("两单管理", "head noun 管理")),
        ("“老兵说和”调解室挂牌", ("老兵说和", "head noun 调解室")),
        # a mediation room named whole, its mediators after it no nickname's owner
        ("镇司法所和“大姐说事调解室”的两名调解员一起上门", ("大姐说事调解室", "named as such")),
        # what is rolled out or set up and named
        ("全区推开“垃圾分类存折”，居民投放一次记1分", ("垃圾分类存折", "named as such")),
        ("街道推开“邻里互助单”，由楼栋长收集", ("邻里互助单", "adopted")),
        ("村里办起了“田间学校”，请专家授课", ("田间学校", "named as such")),
        # the vouchers a campaign issues, and a route opened under a name
        ("全市发放“惠购湘潭”消费券500万元", ("惠购湘潭", "head noun 消费券")),
        # a loan product names itself
        ("种植户用“茶农贷”贷到了8万元", ("茶农贷", "named as such")),
        ("县里开通“农品进城”专线3条，每天发车", ("农品进城", "built")),
        ("为每户办理“孝善积分卡”", ("孝善积分卡", "named as such")),
        ("在三个村试点“坝坝议事会”", ("坝坝议事会", "named as such")),
        ("各村成立“红白理事会”", ("红白理事会", "named as such")),
        # “one …” of four characters that no dictionary has is a coined formula
        ("全面推行“一窗通办”", ("一窗通办", "numbered slogan")),
        ("推行“敬老积分”，积分可兑换日用品", ("敬老积分", "named as such")),
        # a program's title for the villages that meet it is not part of its name
        ("开展“四美乡村”示范村创建", ("四美乡村", "head noun 示范村")),
        # a standing meeting names itself, the contest a title is given in is its head, and
        # a practice whose progress is reported or whose steps are followed is named
        ("各村坚持开好“院坝会”", ("院坝会", "named as such")),
        ("通过“火塘会”解决问题", ("火塘会", "named as such")),
        ("开展“最美家庭”评选", ("最美家庭", "head noun 评选")),
        ("督导组听取“林长巡山”推进情况汇报", ("林长巡山", "progress reported")),
        ("严格按“群众点单、支部派单”的流程办理", ("群众点单、支部派单", "procedure")),
        # a ranking posted names itself, though the dictionary lists it as a person's name
        ("东川村推行“光荣榜”，每季更新一次", ("光荣榜", "named as such")),
        # a council a formula names, a practice held at set times, one taken into a plan
        ("镇里成立“大家的事大家议”议事会", ("大家的事大家议", "head noun 议事会")),
        ("西河村的“晒谷场夜谈”每月开一次", ("晒谷场夜谈", "held regularly")),
        ("县里把背街小巷整治纳入“民生月月办”", ("民生月月办", "adopted")),
        # a points scheme branded by a name, a day set aside, results to be kept up
        ("二是推行“红星分”积分制", ("红星分", "head noun 积分制")),
        ("村里把每月第一个周日定为“文明积分日”", ("文明积分日", "held regularly")),
        ("下一步将巩固“清零攻坚”成效", ("清零攻坚", "results kept up")),
        # a team, an app and a service a name brands
        ("社区组建了一支30余人的“红管家”队伍", ("红管家", "head noun 队伍")),
        ("登录“东川e家”小程序报修", ("东川e家", "head noun 小程序")),
        ("推出“暖心帮办”服务", ("暖心帮办", "head noun 服务")),
        # a slogan said to be one, a practice pushed forward
        ("“村村有活干、户户有收入”——这句标语写在墙上", ("村村有活干、户户有收入", "slogan")),
        ("镇政府近年推动“茶旅融合”", ("茶旅融合", "adopted")),
        ("全镇商户已完成“扫码溯源”", ("扫码溯源", "adopted")),
        # a workshop names itself; a place or a thing set up is named by its quote
        ("两个村的“绣娘工坊”吸纳妇女就业", ("绣娘工坊", "named as such")),
        ("社区新设“周末亲子会”课堂，每周六开放", ("周末亲子会", "built")),
        ("镇里建设“稻香共富”示范带，连片种植", ("稻香共富", "built")),
        ("村里先行建起“邻里书吧”，藏书两千册", ("邻里书吧", "adopted")),
        # a system named after its office, and a duty a formula names
        ("全村推行“楼栋长”制，每栋选一名楼栋长", ("楼栋长制", "head noun 制")),
        ("各户落实“门前四包”责任制", ("门前四包", "head noun 责任制")),
        ("镇里建设“菌菇共富”示范区2000亩", ("菌菇共富", "built")),
        # a practice measured by how far it has spread
        ("全县“林菌共生”面积达到6000亩", ("林菌共生", "scale reported")),
        # a team or a group named for itself
        ("乡里组建“山林护果队”，每天巡查果园", ("山林护果队", "named as such")),
        ("镇里请来“电工帮帮团”上门检修线路", ("电工帮帮团", "named as such")),
        ("村里组建“蒲公英”护学队，每天护送学生", ("蒲公英", "head noun 护学队")),
    ],
)
def test_evidence(text: str, expected: tuple[str, str]) -> None:
    assert [expected] == _evidence(text)


def test_repetition_in_the_article() -> None:
    text = "“助老小灶”怎么帮老人吃上热乎饭。类似“助老小灶”这样的实事。"
    assert [("助老小灶", "repeated"), ("助老小灶", "repeated")] == _evidence(text)


def test_a_name_known_from_other_articles_is_taken_again() -> None:
    text = "各地都在学习“浦江模板”的做法。"
    assert [] == _evidence(text)
    assert [("浦江模板", "known")] == _evidence(text, known={"浦江模板"})


def test_a_known_name_with_its_head_noun() -> None:
    assert [("五星支部", "known")] == _evidence("建成“五星”支部", known={"五星支部"})


@pytest.mark.parametrize(
    "text",
    [
        "“这大窟窿，谁能填平？”几任村干部不敢揭。",  # a quoted sentence
        "他表示“要坚决落实”。",  # introduced by a verb of speech
        "“好样的”村民们说，",  # followed by one
        "基层治理的“灵丹妙药”。",  # a metaphor
        "打通落实的“最后一公里”。",
        "“十四五”重大项目",  # a plan period
        "“85后”干部李振鑫",  # an age group
        "村“两委”班子",  # a common word that starts with a count
        "单位“一把手”要亲自参与",
        "坚持全市“一盘棋”",
        "从“一人学”到“众人行”",  # “one …”
        "被评为漯河“十佳市民”",  # an award
        "带着“如何优化企业服务”的问号",  # a question
        "形成“空心化、老龄化、疏离化”等问题",  # a parallel list with nothing around it
        "坚持“县、乡、村、组、联户”五级联动",  # a list of words
        "以“廉”心为主题",  # one character
        "“2025中国—东盟周”开幕",  # a year, not a count
        "“海巡088”轮出港。“海巡088”轮返航。",  # a ship, however often named
        "镇里把东川村定为“重点村”",  # a place designated, not a day set aside
        "要巩固“脱贫”成果",  # results of an everyday word
        "推动茶园从“一季采”向“四季采”转变",  # the states of a change, counts or not
        "让满山茶林变成群众的“致富银行”",  # what a thing becomes: a metaphor
        "提供代收、代烘“一条龙”服务",  # a service described by an idiom, not named
        "对楼道实行“精细化”管理",  # a manner of managing, not a scheme's name
        "提供“管家式”服务",
        "对“三乱”广告加强管理",  # 管理 further on is the verb of the clause
        "建成“李家坪”观景台，游客可登高",  # what is set up where a place's name says
        "打造“小而精”特色街区，引客入巷",  # what the thing is to be like
        "新建“网红”打卡点，吸引游客",  # an everyday word
        "打造“智造谷”制造业集群",  # 制 opens 制造业, no system
        "“米袋子”面积稳定在百万亩",  # a figure of speech, however measured
        "组织“苏宁”“国美”等品牌门店30家参与",  # shops' brands a campaign enlists
        "窗口办事“不插队”，群众点赞",  # no team: jumping the queue
        "“暖心”队员每天上门走访",  # the members of a team, no team named
        "引进“东川投资集团”建设冷库",  # a firm
        "村里新建“网红”打卡亭，",  # an everyday word before the thing built
        "村里搭建“幸福”，群众叫好",  # a quote built that names no thing built
        "家电以旧换新“加力”补贴上线",  # a word of two says how the money is paid
        "参加“三农”保险的农户",  # …or what the insurance covers
    ],
)
def test_not_programs(text: str) -> None:
    assert [] == _evidence(text)


def test_a_metaphor_with_a_head_noun_becomes_a_program() -> None:
    assert [("最后一公里工程", "head noun 工程")] == _evidence("实施“最后一公里”工程")


def test_function_word_between_quote_and_head_noun() -> None:
    assert [("雪亮工程", "named as such")] == _evidence("把“雪亮工程”“蓝天卫士”等接入平台")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("探索龙头企业+合作社+农户的发展路子", "龙头企业+合作社+农户"),
        ("推行党组织+合作社+农户发展模式", "党组织+合作社+农户"),
        ("建成中原食品实验室+研究生院+中试基地", "中原食品实验室+研究生院+中试基地"),
    ],
)
def test_unquoted_plus_formulas_end_at_the_nouns(text: str, surface: str) -> None:
    [mention] = find_programs(text)
    assert (surface, "plus formula") == (mention.surface, mention.evidence)
    assert surface == text[mention.start : mention.end]


def test_arithmetic_is_no_formula() -> None:
    assert [] == _evidence("共计3+5=8项")


def test_mentions_come_in_text_order_with_their_spans() -> None:
    text = "用好“党建+网格+大数据”模式，做实“五基四化”，推行党组织+合作社+农户发展模式。"
    spans = [(p.start, p.end) for p in find_programs(text)]
    assert [(2, 15), (18, 24), (27, 37)] == spans


def test_a_repeated_parallel_slogan() -> None:
    text = "“人人有责、人人尽责、人人享有”正成为共识。让“人人有责、人人尽责、人人享有”落到实处。"
    assert 2 * [("人人有责、人人尽责、人人享有", "repeated")] == _evidence(text)


def test_package_exports_the_stage() -> None:
    import govdb.programs as programs

    assert programs.find_programs is find_programs


# Quoted names with nothing after them: a list of quotes shares the verb before it and the
# 等做法 after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "该镇推行“院落议事”“积分兑换”“邻里互助”，群众满意度明显提升。",
            3 * ["listed after a verb of adoption"],
        ),
        (
            "县里用好“村民说事”和“百姓评理”，矛盾就地化解。",
            2 * ["listed after a verb of adoption"],
        ),
        (
            "街道推出“银发学苑”、“暖心食堂”，老人很欢迎。",
            ["listed after a verb of adoption", "named as such"],
        ),
        ("“田间学苑”“院坝夜校”等举措让村民受益。", ["listed as practices", "named as such"]),
        ("社区总结出“板凳说事”“夜谈议事”等经验。", 2 * ["listed after a verb of adoption"]),
        ("“板凳说事”“夜谈议事”等创新做法在全县推开。", 2 * ["listed as practices"]),
        ("“院落议事”、“积分兑换”两项机制运转良好。", ["listed as practices", "head noun 两项机制"]),
        # a counted way names the ways listed; 等方式 follows everyday means as often
        ("镇里用“房换房”和“地换房”两种方式安置。", ["listed as practices", "head noun 两种方式"]),
        ("通过“红色代办”，群众办事少跑腿。", ["adopted"]),
        ("该县创新“院落议事”，成效明显。", ["adopted"]),
        ("镇里积极创新“院落议事”。", ["adopted"]),
        ("“院落议事”这一做法在全县推开。", ["head noun 这一做法"]),
        ("依托“共享菜园”，邻里关系更融洽。", ["adopted"]),
        ("通过“红色代跑”，村里的事大家办。", ["adopted"]),  # the whole means of the clause
        # after the verb, the field the practice is for, in nouns
        ("县里推行政务服务“掌上通办”，群众少跑腿。", ["adopted"]),
        # two phrases of four characters paired by a dot are a slogan, not joined names
        ("全县持续深化“支部引领·网格联动”。", ["adopted"]),
        # what is done with a practice taken up
        ("要把“干部走亲连心”落到实处。", ["carried out"]),
        # A list under one verb names practices even where the dictionary has the word.
        ("推行“院落议事”“光荣榜”等做法。", ["listed after a verb of adoption", "named as such"]),
    ],
)
def test_quoted_names_in_lists_and_after_verbs(text: str, expected: list[str]) -> None:
    assert expected == [evidence for _, evidence in _evidence(text)]


def test_every_name_of_a_list_is_taken_with_its_own_name() -> None:
    text = "该镇推行“院落议事”“积分兑换”“邻里互助”等做法。"
    assert ["院落议事", "积分兑换", "邻里互助"] == [name for name, _ in _evidence(text)]


def test_a_list_member_with_its_own_head_noun_keeps_it() -> None:
    text = "开展“送法进村”、“扫码议事”活动。"
    assert [
        ("送法进村", "listed after a verb of adoption"),
        ("扫码议事", "head noun 活动"),
    ] == _evidence(text)


@pytest.mark.parametrize(
    "text",
    [
        "推行“网格化”，用好“传帮带”。",  # everyday words of the dictionary
        "打造区域发展“桥头堡”。",
        "通过“千方百计”，问题得以解决。",  # an idiom
        "推行“时时放心不下”的作风。",  # a set phrase inside
        "深化“政企校”合作，实施“小升规”培育。",  # a short label of the noun after it
        "打造“小而美”的街巷。",  # what is built comes after 的
        "运用“大数据”提升效率。",  # a short notion used, not launched
        "通过“代跑团”解决问题。",  # a short name by way of which, running on
        "推行“千方百计”“一心一意”。",  # idioms, listed or not
        "让科技创新“关键变量”成为最大增量。",  # 创新 a noun here, not a verb
        "打造“新引擎”“新赛道”。",  # new everyday things: figures of speech
        "全面推进“二次创业”。",  # a call to effort, not a program
        "通过“党员带头、群众参与”，难题化解了。",  # principles a thing is done by
        "打造“青山湖—白云寨”旅游线。",  # places joined by a dash
        "推出“创新·开放·共赢”论坛主题。",
        "学习“浦江模板”的做法。",  # 的做法 is no list of practices
        "把“雪亮工程”“蓝天卫士”等接入平台。",  # 等 then a verb, not a kind of practice
        "通过“线上”“线下”等方式办理。",  # everyday means, not counted
        "从过去的“脏乱差”到如今的“美如画”，村子变了。",  # a change over time
        "从单打独斗的“小作坊”到抱团发展的“产业链”。",  # a change of state
        "从山东的“大葱”到四川的“花椒”，特产走俏。",  # everyday things of places
        "被乡亲们称为“果树医生”的农技员上门指导。",  # what a person is called
        "老周因手巧被大家叫作“巧木匠”，他带出了12个徒弟。",  # called so, then 他
        "她种菜有一手，被邻居们称为“菜园管家”。",  # called so, with 她 before 被
        "推行了群众“点单”。",  # a verb, not nouns, between
        "把“小事”落到实处。",  # a word of the dictionary
        "推动传统骨干企业“枯枝开新花”。",  # pushed on for a long field: a figure of speech
    ],
)
def test_quotes_after_verbs_that_are_not_names(text: str) -> None:
    assert "蓝天卫士" not in [name for name, _ in _evidence(text)]
    assert [] == [e for e in _evidence(text) if e[0] != "雪亮工程"]


def test_a_practice_called_so_is_a_program_even_in_the_passive() -> None:
    assert [("积分换物", "called so")] == _evidence("这一做法被村民称为“积分换物”，很受欢迎。")
    assert [("三问工作法", "head noun 工作法")] == _evidence("她把这种做法称为“三问”工作法。")


@pytest.mark.parametrize(
    "text",
    [
        "全镇打造“都市后花园”。",  # what a place is called, not what it runs
        "争创“西瓜第一村”。",
        "建成远近闻名的“花木之乡”。",
        "群众称之为“江畔明珠”。",
        "这里成了城市“会客厅”。“会客厅”里天天热闹。",
    ],
)
def test_nicknames_of_places_are_not_programs(text: str) -> None:
    assert [] == _evidence(text)


@pytest.mark.parametrize(
    "text",
    [
        "要坚持“一把扫帚扫一条街”。",  # a saying with a clause between its counts
        "“千家万户”都受益。",  # idioms of the dictionary
        "“三天打鱼两天晒网”不行。",
        "开启“二次创业”新征程。",  # a count of times
    ],
)
def test_sayings_and_idioms_with_counts_are_not_numbered_slogans(text: str) -> None:
    assert [] == _evidence(text)


def test_formulas_with_two_counts_still_are() -> None:
    text = "推行“一村一品”，落实“三评两议”，开展“千户帮万户”。"
    assert ["一村一品", "三评两议", "千户帮万户"] == [name for name, _ in _evidence(text)]
    assert {"numbered slogan"} == {evidence for _, evidence in _evidence(text)}


@pytest.mark.parametrize(
    "text",
    [
        "他说：“我们推行‘院落议事’模式，大家都满意。”",  # a name inside someone's words
        "“这几年推行‘院落议事’模式，村里的事大家商量着办，"
        "谁家有困难大伙儿都来帮一把，日子越过越红火，我们心里都特别踏实，也更有奔头了。”",
    ],
)
def test_names_inside_quoted_speech_are_not_taken(text: str) -> None:
    assert [] == _evidence(text)


def test_a_name_inside_a_quoted_name_is_no_speech() -> None:
    text = "推广“‘院落议事’+积分”模式，“院落议事”越办越好。"
    assert ["院落议事+积分", "院落议事", "院落议事"] == [n for n, _ in _evidence(text)]


def test_a_head_noun_does_not_follow_a_verb_of_the_clause() -> None:
    assert [] == _evidence("一件件“小事”成为改革发力点，“旧院”进行改造。")


def test_a_short_form_names_the_full_program() -> None:
    text = "全省实施“乡村振兴百村示范工程”（简称“百村工程”），今年“百村工程”已覆盖全部县区。"
    mentions = find_programs(text)
    assert 3 * ["乡村振兴百村示范工程"] == [p.name for p in mentions]
    assert ["“乡村振兴百村示范工程”", "“百村工程”", "“百村工程”"] == [p.surface for p in mentions]
    assert {"project"} == {p.kind for p in mentions}


def test_a_short_form_that_is_no_name_on_its_own_is_taken_for_its_full_name() -> None:
    text = "推动“城乡环境综合整治提升行动”（以下简称“两提”），“两提”见效快。"
    assert 3 * ["城乡环境综合整治提升行动"] == [n for n, _ in _evidence(text)]


def test_a_full_name_given_a_short_form_is_a_name() -> None:
    text = "“邻里守望互助”（简称“守望”）已在三个社区试点，“守望”志愿者有两百人。"
    assert [
        ("邻里守望互助", "abbreviated"),
        ("邻里守望互助", "short form of 邻里守望互助"),
        ("邻里守望互助", "short form of 邻里守望互助"),
    ] == _evidence(text)


def test_words_between_a_quote_and_the_short_form_belong_to_another_name() -> None:
    text = "围绕“邻里守望”开展的社区互助计划（简称“互助计划”）成效明显。"
    assert [
        ("社区互助计划", "abbreviated"),
        ("社区互助计划", "short form of 社区互助计划"),
    ] == _evidence(text)


def test_an_unquoted_full_name_runs_back_to_its_verb() -> None:
    text = "今年，全省深入实施乡村振兴百村示范工程（简称“百村工程”），“百村工程”覆盖全部县区。"
    mentions = find_programs(text)
    assert 3 * ["乡村振兴百村示范工程"] == [p.name for p in mentions]
    assert "乡村振兴百村示范工程" == mentions[0].surface
    assert mentions[0].surface == text[mentions[0].start : mentions[0].end]


@pytest.mark.parametrize(
    "text",
    [
        "市场监督管理局（以下简称“市监局”）发布通知。",
        "省农村信用合作银行（简称“农信行”）发放贷款。",
        "“滨江新城管理委员会”（以下简称“新城管委”）成立。",
    ],
)
def test_a_short_form_of_a_body_names_no_program(text: str) -> None:
    assert [] == _evidence(text)


def test_practices_of_places_set_side_by_side_are_named() -> None:
    text = (
        "从城东社区的“红色管家”到城西街道的“邻里帮办”，从成都的“院坝夜话”到"
        "北川的“马背宣讲”，各地各有打法。"
    )
    assert [
        ("红色管家", "practices of places compared"),
        ("邻里帮办", "practices of places compared"),
        ("院坝夜话", "practices of places compared"),
        ("马背宣讲", "practices of places compared"),
    ] == _evidence(text)


def test_a_nickname_whose_owner_is_named_is_no_program_anywhere_in_the_text() -> None:
    text = (
        "楼道里传来一声吆喝，大家都知道是“王大铜锣”来了。“王大铜锣”名叫王秀英，是社区网格员。"
        "“王大铜锣”的小本子上记着每户的难处。"
    )
    assert [] == _evidence(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year, month or week given over to a drive
        ("今年是全县“招商引资突破年”，下半年重点抓项目落地。", ("招商引资突破年", "campaign")),
        ("全市开展“安全生产月”系列宣传。", ("安全生产月", "campaign")),
        ("镇里启动“法治宣传周”。", ("法治宣传周", "campaign")),
        ("随着“招商大会战”推进，签约额有望回升。", ("招商大会战", "campaign")),
        # a unit doubled: the project reaching every village or home
        ("各村通过“村村亮”路灯照明。", ("村村亮", "project")),
        # a government's app
        ("群众可以通过“皖事通”APP在线办理。", ("皖事通", "platform")),
    ],
)
def test_drives_of_a_season_projects_for_every_unit_and_apps_are_named(
    text: str, expected: tuple[str, str]
) -> None:
    assert [expected] == [(p.name, p.kind.value) for p in find_programs(text)]


def test_a_plain_year_or_a_short_span_is_no_drive() -> None:
    assert () == find_programs("今年又是一个“丰收年”，“幸福年”到来了。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("北山镇“农民夜校”每周三晚上课，今年办了30期。", ("农民夜校", "platform")),
        ("合作社办起“田间学校”。", ("田间学校", "platform")),
        ("各村卫生站都接入了“医保户户通”。", ("医保户户通", "project")),
    ],
)
def test_schools_for_villagers_and_what_reaches_every_home_are_named(
    text: str, expected: tuple[str, str]
) -> None:
    assert [expected] == [(p.name, p.kind.value) for p in find_programs(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # numerals in words are no name on their own, as a bare number is not
        ("西河乡建立“三个一”帮扶机制。", "三个一帮扶机制"),
        ("村里实行“532”分配办法。", "532分配办法"),
        # a points scheme's exchange and a government app's mobile side
        ("村里建起“好邻里”兑换站。", "好邻里"),
        ("推动“苏服办”移动端覆盖更多事项。", "苏服办"),
    ],
)
def test_numbered_formulas_keep_their_head_and_exchanges_and_apps_are_named(
    text: str, name: str
) -> None:
    assert [name] == [p.name for p in find_programs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("镇里把积分与“巾帼示范岗”结合起来。", ("巾帼示范岗", "brand")),
        ("社区公告栏贴出物业“光荣榜”，6家企业上榜。", ("光荣榜", "mechanism")),
        ("“政策直通车”已为企业解决问题86个。", ("政策直通车", "platform")),
        ("社区的“乡邻客厅”每月开展活动8场。", ("乡邻客厅", "platform")),
    ],
)
def test_posts_rankings_door_to_door_services_and_meeting_rooms_are_named(
    text: str, expected: tuple[str, str]
) -> None:
    assert [expected] == [(p.name, p.kind.value) for p in find_programs(text)]


@pytest.mark.parametrize(
    "text",
    [
        "坚持“村财乡管”，向各村拨付资金。",
        "某县以“户清扫、村收集、镇转运”为主线推进垃圾治理。",
    ],
)
def test_a_division_of_work_among_levels_of_government_is_named(text: str) -> None:
    (program,) = find_programs(text)
    assert "division of work" == program.evidence


@pytest.mark.parametrize(
    "text", ["加强“县乡村”三级联动。", "推动“村级组织”规范化。", "实行“村村户户”全覆盖。"]
)
def test_levels_alone_or_named_twice_are_no_division_of_work(text: str) -> None:
    assert all(p.evidence != "division of work" for p in find_programs(text))


@pytest.mark.parametrize(
    ("text", "name", "evidence"),
    [
        ("该县以“退役老兵驿家”建设为抓手推进服务站建设。", "退役老兵驿家", "frame of the work"),
        ("县里以“平安东川”为主线推进治理。", "平安东川", "frame of the work"),
        ("今年完成“旱改水”农田860亩。", "旱改水", "conversion"),
        ("全镇新建村级“托育屋”3个。", "托育屋", "named as such"),
        ("组建“义诊小分队”9支。", "义诊小分队", "named as such"),
    ],
)
def test_frames_of_the_work_conversions_rooms_and_teams_are_named(
    text: str, name: str, evidence: str
) -> None:
    assert [(name, evidence)] == [(p.name, p.evidence) for p in find_programs(text)]


def test_an_idiom_of_change_is_no_conversion() -> None:
    assert () == find_programs("他决心“痛改前非”。")


def test_an_appeal_named_by_its_quote_is_a_campaign() -> None:
    assert [("护河清源", "head noun 倡议")] == _evidence("县河长办发出“护河清源”倡议。")
    assert [("助学圆梦", "head noun 爱心倡议")] == _evidence(
        "县妇联向社会发出“助学圆梦”爱心倡议，号召各界捐款。"
    )


def test_a_practice_every_unit_has_taken_up_is_named() -> None:
    assert [("每天一小时阅读", "scale reported")] == _evidence(
        "今年东川县中小学“每天一小时阅读”实现全覆盖。"
    )
    assert [("一村一品", "scale reported")] == _evidence("“一村一品”已覆盖全县。")


def test_a_formula_named_by_what_it_is_after_its_quote() -> None:
    assert [("一户一档、精准帮扶", "practice named")] == _evidence(
        "按照“一户一档、精准帮扶”的办法，逐户落实。"
    )
    assert [("一村一策", "practice named")] == _evidence("推行“一村一策”的工作机制。")
    # a place's template, copied, is no formula of the report's (see the known-name test)
    assert [] == _evidence("各地都在学习“某某模板”的做法。")


def test_teams_homes_and_students_practice_name_themselves() -> None:
    assert [("党员突击队", "named as such")] == _evidence("组建“党员突击队”12支。")
    assert [("妇女之家", "named as such")] == _evidence("建成标准化“妇女之家”46个。")
    assert [("返城乡", "head noun 社会实践")] == _evidence("团县委组织“返城乡”社会实践。")
    assert [] == _evidence("这里是“我们的家”。")


def test_teams_courts_channels_and_courses_under_a_quoted_name() -> None:
    assert [("护河人", "head noun 巡护队")] == _evidence("村里组成了一支“护河人”巡护队。")
    assert [("送医下乡", "head noun 医疗队")] == _evidence("县医院派出“送医下乡”医疗队。")
    assert [("田坎宣讲队", "named as such")] == _evidence("老党员组成“田坎宣讲队”。")
    assert [("田间法庭", "named as such")] == _evidence("法院在村里设立“田间法庭”。")
    assert [("山货优选", "head noun 直播间")] == _evidence("书记走进“山货优选”直播间。")
    assert [("月嫂之家", "named as such")] == _evidence("开办“月嫂之家”。")
    assert [("巧手绣娘", "head noun 技能培训班")] == _evidence("妇联举办“巧手绣娘”技能培训班。")
    assert [] == _evidence("“国家队”在这里训练。")


def test_a_practice_measured_by_its_places_area_or_its_reach() -> None:
    assert [("稻蟹共生", "scale reported")] == _evidence("“稻蟹共生”基地面积达到3000亩。")
    assert [("幸福物业", "scale reported")] == _evidence("“幸福物业”覆盖42个小区。")
    assert [] == _evidence("她是村里的“主心骨”，覆盖全村。")


def test_a_service_newly_added_or_opened_and_a_life_events_errands_done_as_one() -> None:
    assert [("先办后补", "adopted")] == _evidence("便民大厅新增“先办后补”，材料不全也能先受理。")
    assert [("夜间办证", "adopted")] == _evidence("派出所开通“夜间办证”，每周三延时到晚八点。")
    assert [("退休一件事", "named as such")] == _evidence(
        "县人社局推出的“退休一件事”联办，一次办结。"
    )
    assert [] == _evidence("新增的“大块头”设备正在调试。")


def test_a_practice_whose_take_up_rate_is_reported_is_named() -> None:
    assert [("阳光厨房", "scale reported")] == _evidence("全县“阳光厨房”接入率将在年底达到100%。")
    assert [] == _evidence("村里的“老传统”使用率不高。")


def test_the_rules_a_charter_adds_are_no_services_added() -> None:
    assert [] == _evidence("村规民约新增“宴席不超过15桌”一条。")


def test_a_means_the_dictionary_files_as_a_proper_noun_is_a_program() -> None:
    # 一卡通 is a proper noun of the dictionary, the means the money goes through
    text = "奖补款会通过“一卡通”按月打到农户的账上。"
    assert ["一卡通"] == [m.name for m in find_programs(text)]
    # an everyday word quoted after a means is none
    assert [] == [m.name for m in find_programs("村里有了“主心骨”，通过“一盘棋”推进。")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one network of a service, as one map of its data is
        ("建成全县“充电一张网”", ("充电一张网", "named as such")),
        # a round of inspection and a fund a quote names
        ("县里启动垃圾分类“回头查”专项检查", ("回头查", "head noun 专项检查")),
        ("资金从“安居暖心”专项资金中列支", ("安居暖心", "head noun 专项资金")),
    ],
)
def test_inspections_and_funds_a_quote_names(text: str, expected: tuple[str, str]) -> None:
    assert [expected] == _evidence(text)


def test_a_quoted_way_of_inspecting_is_no_program() -> None:
    assert [] == _evidence("开展“解剖式”检查。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("严格执行“三不剪”：不成熟不剪、不晴天不剪。", "三不剪"),
        ("镇里推行收购“五不进”规范，劣质果不进库。", "五不进"),
        ("检查组坚持“四不两直”。", "四不两直"),
    ],
)
def test_a_count_of_things_never_done_is_a_numbered_rule(text: str, name: str) -> None:
    assert [(name, "numbered slogan")] == _evidence(text)


def test_no_mans_land_and_one_not_afraid_are_no_rules() -> None:
    assert [] == _evidence("这里曾是“三不管”地带。他常说“一不怕苦”。")


def test_a_code_a_scheme_gives_its_goods_is_named_as_such_but_not_a_common_code() -> None:
    assert [("茶叶码", "named as such")] == _evidence("入社茶农的茶叶可扫“茶叶码”查产地。")
    assert [] == _evidence("扫“二维码”付款。")


def test_shopping_days_and_descriptions_called_so_are_no_programs() -> None:
    assert [] == _evidence("今年“双十二”那天到了300件。")
    assert [] == _evidence("这里的荔枝被称为“全国最晚的荔枝”。")


def test_a_listed_requirement_followed_is_a_practice() -> None:
    assert [("一塘一证、持证养殖", "practice named")] == _evidence(
        "各养殖户须按“一塘一证、持证养殖”要求登记。"
    )
    assert [("一户一码、扫码入库", "practice named")] == _evidence(
        "新建冷库按照“一户一码、扫码入库”的标准管理。"
    )
    assert [] == _evidence("新建冷库按照“谁投资、谁受益”的原则管理。")
    assert [] == _evidence("按“高标准”要求建设。")


def test_an_insurance_or_a_voucher_named_for_what_it_covers_is_a_program() -> None:
    assert [("茶园保", "named as such")] == _evidence("县里今年推出“茶园保”，每亩保费15元。")
    assert [("良种券", "named as such")] == _evidence("每户可领“良种券”一张。")
    assert [] == _evidence("我们要把“环保”放在心上。")
