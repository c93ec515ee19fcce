"""Units printed after a figure: what kind of quantity each measures, and how it is stored.

The printed counter is kept (个, 名, 眼, 船次); money is normalised to 元, the scale 万/亿 being
part of the number already; 个百分点 is stored as 百分点 and ％ as %.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govdb.metrics.numbers import CN_NUMERALS

# Unit → kind; money is normalised to 元 (the scale 万/亿 is part of the number already).
UNITS: dict[str, str] = {
    "个百分点": "percent",
    "百分点": "percent",
    "%": "percent",
    "％": "percent",
    # per thousand, as blood donation and birth rates are given (千人口献血率8.6‰), and its
    # change in points (提高1.1个千分点)
    "‰": "percent",
    "个千分点": "percent",
    "千分点": "percent",
    # an index's points, against its base of 100 (价格指数为112.6点), only after the index is
    # named: see unit_at
    "点": "ratio",
    "平方公里": "area",
    "平方千米": "area",
    "平方米": "area",
    "平米": "area",
    "㎡": "area",
    "立方米": "volume",
    # an artificial reef's volume, counted by the space its blocks enclose (投放礁体1.2万空方)
    "空方": "volume",
    "公顷": "area",
    "亩": "area",
    "亩次": "count",  # work done on land, each pass over a mu counted (托管作业3.2万亩次)
    "公里": "length",
    "延米": "length",  # bridges, tunnels and pipes measured along their run (桥梁总长320延米)
    "海里": "length",
    "千米": "length",
    "米": "length",
    "厘米": "length",
    "毫米": "length",
    "毫升": "volume",  # blood given (采血量6.3万毫升)
    "升": "volume",
    "万吨": "mass",
    "吨": "mass",
    "千克": "mass",
    "毫克": "mass",
    "微克": "mass",
    "克": "mass",
    "公斤": "mass",
    "公吨": "mass",  # the metric ton as Taiwan and Hong Kong print it
    "公尺": "length",  # the metre, as Taiwan prints it
    "年一遇": "duration",  # a flood standard's return period, in years (防洪标准50年一遇)
    "斤": "mass",
    "美元": "money",
    "欧元": "money",
    "港元": "money",
    "港币": "money",
    "澳门元": "money",  # Macao's pataca, printed 澳門元 or 澳门币
    "澳门币": "money",
    "新台币": "money",  # printed after a figure (3200万新台币) as well as before it
    "台币": "money",
    "日元": "money",
    "英镑": "money",
    "元": "money",
    "人次": "count",
    "个": "count",
    "名": "count",
    "人": "count",
    "户": "count",
    "家": "count",
    "次": "count",
    "座": "count",
    "所": "count",
    "条": "count",
    "项": "count",
    "件": "count",
    "份": "count",
    "台": "count",
    "部": "count",  # phones, lifts, films (加装电梯46部); not 部门, 部署: see unit_at
    "辆": "count",
    "艘": "count",
    "架": "count",
    "张": "count",
    "套": "count",
    "栋": "count",
    "幢": "count",  # buildings (住宅楼12幢)
    "双": "count",  # pairs (爱心鞋300双)
    "对": "count",  # pairs (结成帮扶对子120对); not the preposition: see unit_at
    "盏": "count",  # lamps (路灯200盏)
    "篇": "count",
    "枚": "count",
    "箱": "count",
    "袋": "count",
    "桶": "count",
    "分": "count",  # points (积分21万分, 得分95分): only after figures, see _points
    "间": "count",
    "层": "count",  # storeys (教学楼共4层); not 层面, 层级: see unit_at
    "顶": "count",  # tents, hats (帐篷60顶); not 顶级, 顶尖: see unit_at
    "轮": "count",  # rounds (4轮强降雨); not 轮流, 轮椅: see unit_at
    "组": "count",  # radiators, sets (暖气片140组); not 组织, 组建: see unit_at
    "票": "count",  # votes (以18票赞成); not 票据, 票价: see unit_at
    "节": "count",  # classes and sessions (兴趣班380节); not 节约, 节日: see unit_at
    "梯次": "count",  # rounds of a course, as Taiwan prints them (开办课程14梯次)
    "盒": "count",  # boxes (礼盒1.2万盒); not 盒饭: see unit_at
    "瓶": "count",  # bottles (售出娘酒3.8万瓶); not 瓶颈, 瓶装: see unit_at
    "坛": "count",  # jars (存酒2万坛); not 坛子, 论坛: see unit_at
    "罐": "count",  # jars and cans (辣酱1.2万罐); not 罐头, 罐车: see unit_at
    "处": "count",
    "盘": "count",  # coils of net, trays (冬网2盘); not 盘活, 盘点: see unit_at
    "面": "count",  # banners, walls, flags (锦旗3面); not 面积, 面向: see unit_at
    "刀": "count",  # reams of paper, a hundred sheets each (宣纸2.6万刀); not 刀具: see unit_at
    "片": "count",
    "场": "count",
    "批": "count",
    "期": "count",
    "类": "count",
    "种": "count",
    "支": "count",
    "只": "count",
    "头": "count",
    "棵": "count",
    "株": "count",
    "具": "count",  # extinguishers, coffins (灭火器4280具); not 具体, 具有: see unit_at
    "股": "count",  # shares of a collective (折股3426股); not 股东, 股份: see unit_at
    "枝": "count",  # cut flowers' stems (成交鲜切花120万枝); not 枝条, 枝叶: see unit_at
    "位": "count",
    "床": "count",
    "班": "count",
    "批次": "count",
    "起": "count",  # cases (查处案件1523起)
    "群": "count",  # bee colonies and flocks counted in figures (蜂群1500群); see unit_at
    "人份": "count",  # blood given, in donations of one person each (采血112人份)
    "羽份": "count",  # doses of vaccine for birds, one bird each (用苗3300羽份)
    "基": "count",  # lamp posts, towers, kilns (新装灯杆480基); not 基地, 基金: see unit_at
    "宗": "count",
    "例": "count",
    "笔": "count",
    "本": "count",
    "块": "count",
    "根": "count",
    "门": "count",
    "幅": "count",
    "册": "count",
    "册次": "count",  # loans of books, counted per lending (借阅图书4.2万册次)
    "家次": "count",  # firms inspected, each visit counted (检查企业1370家次)
    "辆次": "count",
    "件次": "count",
    "艘次": "count",
    "只次": "count",  # animals rescued or seen, each time counted (救助野生动物57只次)
    "头次": "count",  # animals vaccinated, each dose counted (免疫生猪8.6万头次)
    "羽次": "count",
    "头只": "count",  # cattle and sheep counted together (存栏牛羊32万头只)
    "羊单位": "count",  # livestock counted in sheep equivalents (核减超载牲畜3.6万羊单位)
    "款": "count",  # products and models (开发新品35款)
    "摊": "count",  # market stalls (摊商240摊)
    "段": "count",  # stretches and clips (整治河道5段, 影像2400段); not 段落: see unit_at
    "眼": "count",  # wells (机井3眼)
    "孔": "count",
    "尾": "count",
    "羽": "count",
    "台套": "count",  # sets of equipment (烘干设备2台套)
    "匹": "count",  # horses (马匹230匹)
    "口": "count",  # people of a household or village (全村1260口人), wells (机井3口)
    "棒": "count",  # mushroom logs (菌棒86万棒)
    "路": "count",  # video channels (接入监控2360路); not 路口, 路段: see unit_at
    "趟": "count",  # trips (班车每天往返6趟)
    "单": "count",  # orders (网店发货3.5万单); not 单位, 单价: see unit_at
    "把": "count",  # chairs, tools, tussah silkworm lots (放养柞蚕900把); not 把关: see unit_at
    "台次": "count",
    "趟次": "count",  # trips counted both ways (往返县城480余趟次)
    "棚": "count",  # greenhouses (建成蔬菜大棚24棚); not 棚户区, 棚改: see unit_at
    "架次": "count",
    "车次": "count",
    "航次": "count",
    "班次": "count",
    "船次": "count",
    "列": "count",  # trains (开行中欧班列1200列)
    "标箱": "count",  # containers, in twenty-foot units (集装箱吞吐量4.1万标箱)
    "场次": "count",
    "车道": "count",  # a road's lanes (双向六车道)
    "客": "count",  # meals served (日均供餐3200客); not 客流, 客车: see unit_at
    "户次": "count",
    "矿次": "count",  # mines inspected, each visit counted (检查煤矿93矿次)
    "治疗量": "count",  # platelets collected, in doses (采集血小板36个治疗量)
    "剂次": "count",  # vaccine doses given (接种流感疫苗4680剂次)
    "剂": "count",  # doses supplied (调配疫苗1200剂); not 剂量, 剂型: see unit_at
    "笼": "count",  # cages and baskets (养殖鲍鱼4000笼); not 笼子, 笼罩: see unit_at
    "遍": "count",  # times over (每天打扫两遍); not 遍布, 遍地: see unit_at
    "卷": "count",  # archive files (馆藏档案18.5万卷); not 卷入, 卷烟: see unit_at
    "页": "count",  # pages (修复档案4.6万页); not 页面, 页码: see unit_at
    "字": "count",  # a book's length (全书约160万字): only after figures, see unit_at
    "级": "count",  # wind force, stairs (西北风3级): only after figures, see unit_at
    "桌": "count",  # tables of a banquet (婚宴摆了12桌); not 桌椅, 桌面: see unit_at
    "课时": "count",  # class periods (培训40课时)
    "串": "count",  # skewers and strings (卖出糖葫芦800串)
    "万人": "count",
    "千瓦时": "energy",
    "度": "energy",  # 耗电260度: a kilowatt-hour where electricity is spoken of (see unit_at)
    "兆瓦时": "energy",
    "吉瓦时": "energy",
    "千瓦": "power",
    "瓦": "power",  # a lamp's power (单灯功率120瓦); not 瓦房, 瓦片: see unit_at
    "千伏安": "power",  # a transformer's capacity (户均配变容量2.5千伏安)
    "兆伏安": "power",
    "兆瓦": "power",
    "吉瓦": "power",
    # energy counted as the coal that would give it (节能1.6万吨标准煤, 综合能耗…吨标煤)
    "担": "mass",  # fifty kilograms, as tobacco is bought (收购烟叶4.2万担); not 担任: see unit_at
    "吨标准煤": "mass",
    "吨标煤": "mass",
    "毫米汞柱": "pressure",  # blood pressure (收缩压152毫米汞柱)
    # blood sugar, a concentration (空腹血糖6.1毫摩尔每升)
    "毫摩尔每升": "rate",
    "毫摩尔/升": "rate",
    "摄氏度": "temperature",
    "℃": "temperature",
    "方": "volume",
    "手": "count",
    "个月": "duration",
    "秒": "duration",
    "毫秒": "duration",  # a network's delay (时延12毫秒)
    "小时": "duration",
    "钟头": "duration",  # the hour, as people say it (两个钟头)
    "分钟": "duration",
    "天": "duration",
    "工作日": "duration",
    "日历天": "duration",  # a works contract's calendar days (计划工期180日历天)
    "星期": "duration",  # weeks, as Hong Kong prints them (約10星期)
    "日": "duration",  # a span of days, only before 内 (15日内); a day of a month is a date
    "周": "duration",
    "年": "duration",
    "岁": "duration",  # an average age (平均年龄41.6岁); a person's age is passed over
    "周岁": "duration",
    "倍": "ratio",
    "成": "percent",  # 近三成: tenths, stored as a percentage
}
# Nouns for what a figure in a unit measures that jieba mistakes, taught to the tokenizer as
# nouns so that they can name the figure: 积分 (points, counted in 分) it tags as an adverb,
# and 用时 (the time taken, in 天 or 小时) it cuts into 用 and 时.
UNIT_NOUNS = ("积分", "用时")
# Printed forms stored as one: the counter 个 is no part of 百分点, and ％ is %.
STORED_UNITS = {
    "个百分点": "百分点",
    "个千分点": "千分点",
    "％": "%",
    # One name a currency: 港币 is 港元, 澳门币 澳门元, and 新台币 is counted in 元 as 新台币元.
    "港币": "港元",
    "澳门币": "澳门元",
    "新台币": "新台币元",
    "台币": "新台币元",
}
# Currencies printed before an amount in 元 (新台币500万元, 港币30万元): stored as above.
CURRENCIES_BEFORE = ("新台币", "台币", "港币", "澳门币")
UNIT = re.compile("|".join(sorted(map(re.escape, UNITS), key=len, reverse=True)))


@dataclass(frozen=True, slots=True)
class Unit:
    text: str
    start: int
    end: int  # equal to start for a unit the text leaves unsaid (700万志愿者)
    names: str | None = None  # what a bare count counts, when the unit says it (8省市: 省市)


# 分 after a number counts points only after figures (95分, 21万分): in words it is an adverb
# (十分重要) or a fraction (三分天下); after an hour it is a minute (8时30分, 8点30分), before
# more figures part of a time (3分28秒), and it is no counter where it begins a word of its
# own: 3分地 (a tenth of a mu), 60分贝, 2分局, 100分制, 3分之1.
_CLOCK = re.compile(r"\d[时点:：]\d{1,2}$")
_FEN_WORDS = "贝局队院校行公会店站厂部册地田制之别类期批级段组"


# A number in words of two characters or more with a power of ten (九十, 二万六千) counts
# points too; one character (十分, 三分) is the adverb or the fraction, and a run without a
# power (七八分饱) a rough share.
_POINTS_IN_WORDS = re.compile(f"[{CN_NUMERALS}]*[十百千万亿][{CN_NUMERALS}]*$")
_CLOCK_IN_WORDS = re.compile(f"[时点][{CN_NUMERALS}]+$")  # 八时三十分


def _points(sentence: str, number_end: int, unit_end: int) -> bool:
    before = sentence[:number_end]
    after = sentence[unit_end : unit_end + 1]
    words = _POINTS_IN_WORDS.search(before.removesuffix("余").removesuffix("多"))
    figures = re.search(r"\d[余多]?[万亿]?$", before) is not None or (
        words is not None and len(words.group()) >= 2 and not _CLOCK_IN_WORDS.search(before)
    )
    word = after.isdigit() or (after != "" and after in _FEN_WORDS)
    return figures and not word and not _CLOCK.search(before)


# Counters that also start words of their own, and what follows them then: 3部门 (部门),
# 30户对接 (the preposition 对), 356.5本期收入 (本期), 317.6期末结余 (期末), 3860支出 (支出),
# 2单位 (单位).
_WORD_STARTS = {
    "部": "门署分长队委位件落",
    "对": "于此象接比应话照待标症口外付称立抗峙岸面手其全该本这那各我他她们",
    "本": "期年月次届轮批项单村镇乡县市区部级人",
    "期": "末初间内限满望待盼刊",
    "支": "出付持援部队撑柱书",
    "盘": "点活子山旋查问算中面根整",
    "面": "积向临对貌粉条包料上前子部孔值试谈具额板层粉食",
    "刀": "具片口工法剪削锋刃把背",
    "路": "口段线面灯况费径上边网基桥程子",
    "口": "岸径罩号头碑述语音感味气袋子令腔吻",
    "单": "位价元品独项个次身据列亲行",
    "把": "关守握控脉持手",
    "棚": "户改区内",
    "层": "面级次",
    "票": "据价务房证选",
    "组": "织建成长合团件别委员",
    "顶": "级尖端层部住替用峰点",
    "轮": "流换值岗椅船胎廓番动回车",  # 三轮车: a tricycle
    "节": "约能点日目水庆奏假气俭制",
    "盒": "饭子装",
    "瓶": "颈装子盖",
    "坛": "子口",
    "罐": "头车子装",
    "客": "流运车人商户房栈服源厅机船轮观家舱座",
    "段": "落位长",
    "桌": "椅面子布",
    "剂": "量型",
    "瓦": "房片屋顶面窑罐斯特时",  # 3瓦房: tiled rooms; 千瓦时 is a unit of its own
    "基": "地金础层站本数因线坑座",
    "群": "众体落岛组聊山居防测策",
    "卷": "入起烟尺心宗轴曲",
    "页": "面码岩脚眉",
    "字": "号典母段幅样句据迹体眼",
    "级": "别数差台阶",
    "笼": "子罩统络屉",
    "遍": "布地及历",
    "星期": "一二三四五六日天",
    "担": "任当心保负子忧责纲",
    "枝": "条叶头干独",
    "具": "体有备",  # 3具体…: a word, not a count
    "股": "东份权金票本市价息红民",  # 2000股东, 3股份: a word, not shares
}


_INDEX_WORDS = 20  # characters back from an index's points to 指数
_POWER_WORDS = 12  # how far before 度 electricity must be named
_AFTER_FIGURES = re.compile(r"\d[万千]?[余多]?$")


def unit_at(sentence: str, position: int) -> Unit | None:
    """The unit right after a number, or after 多/余 there (7万多名, 3000余人)."""
    unit = UNIT.match(sentence, position)
    if unit is None and sentence[position : position + 1] in ("多", "余"):
        unit = UNIT.match(sentence, position + 1)
    if unit is None or (unit.group() == "分" and not _points(sentence, position, unit.end())):
        return None
    if unit.group() == "点" and "指数" not in sentence[max(0, position - _INDEX_WORDS) : position]:
        return None  # 8点, 三点: the hour, a point of a list; an index's points follow 指数
    if unit.group() == "度" and "电" not in sentence[max(0, position - _POWER_WORDS) : position]:
        return None  # 38度高温, 360度: degrees, not kilowatt-hours
    if unit.group() == "日" and not sentence.startswith("日内", unit.start()):
        return None  # a span of days only before 内 (15日内); 3日 is a day of the month
    if unit.group() in ("字", "级", "群", "面") and not _AFTER_FIGURES.search(
        sentence, 0, unit.start()
    ):
        return None  # 八字方针, 一级保护动物, 四面环水: in words they name, and count nothing
    following = sentence[unit.end() : unit.end() + 1]
    if following and following in _WORD_STARTS.get(unit.group(), ""):
        return None  # 3部门, 30户对接: a word that starts with the counter's character
    per = UNIT.match(sentence, unit.end() + 1) if sentence.startswith("/", unit.end()) else None
    if per and per.group() == "日":
        per = None  # 2.4吨/日: a day's amount, the unit the amount's (日 alone is a span)
    if per:  # 28微克/立方米, 3.2元/斤: a rate
        return Unit(sentence[unit.start() : per.end()], unit.start(), per.end())
    return Unit(unit.group(), unit.start(), unit.end())


def kind_of(unit: str) -> str:
    return "rate" if "/" in unit else UNITS[unit]
