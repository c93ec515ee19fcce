"""What a figure counts: a short noun phrase read from the parts of speech around it.

Chinese reports put the counted thing after the classifier (近700个西瓜大棚, 两个“五星”党支部)
or before the number (划分网格202个, 生产总值同比增长7.8%). Both readings are tried, within the
figure's own clause, and neither crosses a verb of having or making: in 河南有约5.2万个村 the
words before 有 name the owner, not what is counted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile

from govdb.tokenize import Token


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Part-of-speech tags (jieba's) that can be part of a noun phrase.
NOUN_TAGS = ("n", "nz", "vn", "nt", "ns", "nl", "ng", "an", "l", "j", "eng", "b", "s")
# One-character words that end a noun compound whatever jieba tags them (网格+员, 下降+率,
# 热交换+站): a verb right before one of them is part of the noun.
NOUN_SUFFIXES = frozenset("员者长户人师家率站点所馆室园厂场队会")
# Marks of reaching or of nearness the tagger fuses to a measure's last character (率为, 率约).
_NEAR = ("达", "约", "近", "超", "逾")
# What the tagger fuses a measure's last character to, between it and its figure.
_FUSED = ("较", "比", "须", "由", "从", *_NEAR)
# The last characters of a measure the tagger may cut off or fuse to the next word: a noun's
# (整改 + 率) and an amount's or a count's (登记 + 额, 产 + 量, 人 + 数).
_CUT_ENDS = NOUN_SUFFIXES | frozenset("额量值数")
# Verbs that also name an amount when a figure follows them (收入1.5万元, 投资600多万元).
NOMINAL_VERBS = _words(
    "兼职 专职 收入 投资 负债 贷款 销售 交易 出口 进口 消费 支出 成交 营收 产值 产量 吞吐 "
    "接待 签约 融资 纳税 盈余 增速 占地 出资 捐款 筹资 拨付 占比 投入 增收 创收 节约 节省 减免 "
    "分红 赔付 赔偿 获赔 理赔 补偿 放贷 开支 "
    "预算 拨款"  # 预算合共约6亿港元, 拨款1900万元: the budget and the grant
)
# Measures jieba cuts in two (占/比): taught to the tokenizer as nouns before tagging.
MEASURE_WORDS = (
    *("占比", "增幅", "增速", "比重", "增加值", "交易额", "吞吐量", "覆盖率"),
    "进度",  # the tagger takes it for an adverb: 采收/进度/d 达到75%
    *("周期", "去化周期"),  # …and this for a time word: 去化/周期/t, housing's months of stock
    *("可支配收入", "人均可支配收入"),  # the household income of every statistical bulletin
    *("转移支付", "预算安排"),  # a budget's words the tagger reads as verbs (支付/v, 安排/v)
)
# Common words jieba's dictionary tags wrong, as names or verbs, hiding what a figure counts
# (新建/ns 暖圈140座, 两家超市/v, 玉米/nr 收购价): taught to the tokenizer with their tags.
MISTAGGED = {
    "新建": "v",
    "超市": "n",
    "玉米": "n",
    "青壮年": "n",
    "养蚕": "v",
    "保姆": "n",
    "顾客": "n",
    # how a bulletin compares a figure with the usual (气温偏高1.8℃), cut 偏/高 otherwise
    "偏高": "a",
    "偏低": "a",
    "偏多": "a",
    "偏少": "a",
    # school grades, which jieba cuts 一年/级新生, leaving a figure's pupils a stray 级
    **{f"{grade}年级": "n" for grade in "一二三四五六七八九"},
    # Inner Mongolia's words for a village and a township, which jieba cuts 嘎/查, 苏/木
    "嘎查": "n",
    "苏木": "n",
}
# A noun phrase ending so measures an amount rather than naming a thing (交易额, 吞吐量).
MEASURE_ENDINGS = (
    "额",
    "量",
    "值",
    "率",
    "规模",
    "面积",
    "收入",
    "投资",
    "负债",
    "价值",
    "资金",
    "增速",
    "人口",
    "占地",
    "时长",
    "时延",  # a network's delay (网络时延12毫秒)
    "进度",  # 采收进度达到75%: how far a work has gone
    "天数",  # 优良天数: days counted, as in every environment bulletin
    "日数",
    "时数",  # 日照时数
    "工期",
    "时间",
    "海拔",  # 海拔1000米左右: a height above the sea
    "周期",  # 去化周期14.2个月: how long a stock lasts at the pace of sales
    "时效",
    "用时",
    "耗时",
    "历时",  # 工程历时14个月
    "需时",
    "全程",
    "耗",  # 能耗, 水耗: consumption
    "时限",
    "期限",
    "周期",
    "年龄",  # 平均年龄: an age measured over many people
    "寿命",  # 人均预期寿命
    "价格",  # 抽查9类果品，平均价格…: a price, of the kinds counted before it
    "均价",
)
SHARE_WORDS = ("比重", "比例", "份额")
# Words of an aim and of reaching it, passed over between a count's phrase and its figure.
AIMS = frozenset({"力争", "争取", "确保", "达到", "达", "将", "可"})
# Words between the subject and its figure that say how the figure relates, not what it counts.
LINKS = _words(
    "近 约 达 达到 为 是 共 一共 总共 共计 合计 总计 累计 超 超过 突破 逾 将近 接近 不到 不足 "
    "大约 已 已经 一度 连续 仅 只 均 各 分别 也 都 就 即 再 又 还 了 的 其中 同比 环比 "
    "增长 增加 提高 上升 提升 增 下降 减少 降低 下滑 回落 减 上涨 下跌 回升 加快 扩大 放缓 "
    "上调 下调 翻 "  # 收购价上调5%: a price set higher; 亩产翻了一倍: doubled
    "人民币 "  # 每斤批发价约人民币9元: the currency the price is said in, not what it prices
    "收窄 成长 实现 完成 预计 较 比 保持 维持 稳定在 仍为 缩短 压缩 延长 "  # 热价保持在每平方米24元
    "到位 "  # 资金到位3000万元: the money arrived
    "多达 高达 合共 整整 "  # 投诉多达530宗, 预算合共约6亿港元 (合共: Hong Kong's 合计)
    "只有 仅有 仅为 "  # 办结率只有76%: the level reached, said to be low
    "高出 多出 低了 少了 多了 缩小 快 "  # 亩均收入比往年高出300元, 进度比去年快4个百分点
    "偏 偏多 偏少 偏高 偏低 "  # 较常年偏多三成: the tagger cuts 偏/多
    "全市 全省 全县 全镇 全区 全村 全乡 全州 全盟 全旗 全国 "
    "可 可以 能 能够 将 要 有望 "  # what may be: 最低气温可降至-4℃, 产值要达到80亿元
    "已有 "  # 茶园面积已有2.8万亩
    "力争 争取 确保"  # what is aimed at: 新增岗位力争达到1200个
)
# Prepositions that mark a figure as the level reached (稳定在, 缩短至, 提高到, 降为): with the
# verb before them they link the measure to its figure, like 达到.
TARGET_MARKS = ("在", "至", "到", "为")
# Verbs of comparison: 增速高于平均水平1.2个百分点 measures the gap of the measure before them.
_COMPARING = re.compile(r"[高低快慢多少优]于")
# Nouns that name people or households: a count of them needs no classifier after 万 or 亿
# (700万志愿者), and a count of people may be named by what they do (1600万人出省务工).
PERSON_ENDINGS = (
    *"者员人民工户生师众客农属童士兵",
    "干部",
    "代表",
    "专家",
    "人才",
    "对象",
    "群体",
    "家庭",
)
# Verbs of having and making: the words before them name the owner or maker, never what the
# figure after them counts (河南有约5.2万个村, 到年底实际建成109个).
MAKING = _words(
    "有 拥有 现有 已有 共有 建成 新建 新增 建立 成立 打造 完成 实现 划分 配备 培育 举办 开展 签订"
)
# Words that end a counted phrase because they begin its predicate: nouns by jieba's tag
# (领衔, 化身), quantifiers (全部, 所有), and verbs that close a clause after what they say
# of it (120个村参加), which jieba tags like the nouns 超市 and 举措, as verbs.
PHRASE_ENDS = _words(
    "全部 所有 领衔 化身 牵头 带头 参与 专题研究 以上 左右 以下 等 "
    "参加 出席 参会 到场 入选 获奖 受益 落户 入驻 开工 投产 竣工 达标 报名 签约 约定 结对"
)
# Units of government counted: a verb after them begins the predicate (8个县开展…).
DIVISION_NOUNS = (
    "省",
    "市",
    "州",
    "县",
    "区",
    "旗",
    "乡",
    "镇",
    "村",
    "社区",
    "街道",
    "镇街",
    "街镇",
)
OPENING_QUOTES = "“「『‘\"'"
CLOSING_QUOTES = "”」』’\"'"
MAX_AFTER = 12  # characters
_AGE = re.compile(r"(?:\d+|[一二三四五六七八九十]+)周?岁(?:及以上|以上|及以下|以下|以内)?")
MAX_RUN = 4  # a plain run longer than this is read by parts of speech
MAX_BEFORE = 10


def subject_after(
    tokens: Sequence[Token],
    position: int,
    *,
    verbal: bool = False,
    longest: int = MAX_RUN,
    described: bool = False,
) -> str | None:
    """The noun phrase that starts at `position` (right after a classifier), quotes included:
    两个“五星”党支部 counts 五星党支部. With `described` (after a count of people or things),
    the noun after a description and 的: 20户生活困难的群众 counts 群众."""
    following = [
        Token(t.text[position - t.start :], position, t.end, t.pos) if t.start < position else t
        for t in tokens
        if t.end > position
    ]
    if (
        len(following) > 1
        and (following[0].pos or "").startswith("v")
        and following[1].text == "如下"
    ):
        return None  # 现将新聘人员5名公示如下: what is done with those counted, not what they are
    straddling = next((t for t in tokens if t.start < position < t.end), None)
    if straddling and (straddling.pos or "") in ("l", "i"):
        if not _after_figures(tokens, straddling):
            return None  # 两头跑: the numeral and its classifier are inside an idiom
        first = following[0]  # 46/名楼栋: no idiom, the start of a noun
        following[0] = Token(first.text, first.start, first.end, "n")
    counter = next((t.text[-1] for t in tokens if t.start < position <= t.end), "")
    if following and following[0].pos in ("nr", "nrt", "nrfg") and counter in _THINGS_COUNTED:
        # 20名青壮年, 11场养蚕技术培训: right after a counter the tagger's person's name is a
        # noun; a count never runs into one person's name.
        first = following[0]
        following[0] = Token(first.text, first.start, first.end, "n")
    quoted: list[str] = []
    age = _AGE.match("".join(t.text for t in following[:6]))
    if age:
        # 82名70岁以上老人: an age bound inside the phrase is part of what is counted.
        end = position + age.end()
        following = [
            Token(t.text[end - t.start :], end, t.end, t.pos) if t.start < end else t
            for t in following
            if t.end > end
        ]
        quoted = [age.group()]
    if following and following[0].text[:1] in OPENING_QUOTES:
        closing = next(
            (i for i, t in enumerate(following) if i and t.text[:1] in CLOSING_QUOTES), None
        )
        if closing is None:
            return None
        quoted += [t.text for t in following[1:closing]]
        following = following[closing + 1 :]
    if age:
        # 3名60岁以上的: the age alone says whom, not what is counted; after it come the
        # nouns of those counted, then the predicate (老人, not 老人提供助餐).
        nouns = list(takewhile(_plain_noun, following))
        return _trim(quoted + [t.text for t in nouns]) if nouns else None
    if described and not quoted and counter in "名位人":
        people = _people_described(following)
        if people is not None:
            # 7名威望很高的老干部, 12名手艺娴熟的技术员: a description the tagger takes for an
            # idiom or a noun, then 的 and the people counted.
            return people
    run, closed = _plain_run(following)
    if described and closed and run and not quoted and _described(following, len(run)):
        # 20户生活困难的群众, 5名经验丰富的技术员: what is counted is the noun after 的;
        # the words before it describe them. But people named first are the ones counted,
        # and the rest says what of them (300户村民吃水难的问题).
        first = following[0]
        if len(run) > 1 and first.text.endswith(PERSON_ENDINGS) and first.pos == "n":
            return first.text
        return subject_after(tokens, following[len(run)].end, verbal=verbal, longest=longest)
    if closed is None and len(run) == 1 and (is_measure(run[0]) or run[0] in NOMINAL_VERBS):
        return None  # 5个以上投资100亿元: the word after measures the next figure
    if not closed or len("".join(run)) > longest:
        run = _tagged_phrase(following, verbal=verbal)
    return _trim(quoted + _without_next_measure(run, following))


def _people_described(following: Sequence[Token]) -> str | None:
    """Where the people counted start, after a short description and 的 (威望很高的老干部):
    the words after 的 up to a verb or a mark end as people's words do."""
    words = list(takewhile(lambda t: t.text != "的", following[:4]))
    if not words or len(words) == len(following) or following[len(words)].text != "的":
        return None
    description = "".join(t.text for t in words)
    if not 2 <= len(description) <= DESCRIPTION_MAX or any(c.isdigit() for c in description):
        return None
    if any(t.text in PHRASE_ENDS or (t.pos or "") in ("c", "p", "x") for t in words):
        return None
    if words[0].text.endswith(PERSON_ENDINGS):
        return None  # 300户村民吃水难的问题: the people come first, the rest says what of them
    counted = list(takewhile(lambda t: (t.pos or "").startswith("n"), following[len(words) + 1 :]))
    last = max((i for i, t in enumerate(counted) if t.text.endswith(PERSON_ENDINGS)), default=None)
    if last is None:
        return None  # 老党员, 技术员 (驻村): people, not 规模较大的基地
    return "".join(t.text for t in counted[: last + 1])


DESCRIPTION_MAX = 6


def _described(following: Sequence[Token], length: int) -> bool:
    """The run of `length` words after a count describes (a verb or an adjective in it: 懂技术,
    生活困难), and 的 and a noun follow it."""
    if length >= len(following) - 1 or following[length].text != "的":
        return False
    noun = following[length + 1]
    describes = any(
        (t.pos or "").startswith(("a", "v", "z", "l", "i", "d")) and t.pos != "vn"
        for t in following[:length]
    )
    return describes and (noun.pos or "").startswith("n") and noun.pos != "nr"


def _after_figures(tokens: Sequence[Token], word: Token) -> bool:
    """46/名楼栋/中心户: the tagger's idiom opens with the classifier of figures before it,
    so the number is no part of it."""
    return any(t.end == word.start and t.text[-1:].isdigit() for t in tokens)


def _without_next_measure(run: list[str], following: Sequence[Token]) -> list[str]:
    """8座窖总容量2400吨: a measure ending the words after a count, right before the next
    figure, is that figure's; the count counts what comes before it (窖)."""
    if len(run) < 2 or not is_measure(run[-1]):
        return run
    end = (following[0].start if following else 0) + len("".join(run))
    rest = [t for t in following if t.start >= end]
    if not rest or rest[0].start != end:
        return run
    while rest and rest[0].text in LINKS:
        rest.pop(0)  # 大棚面积达1200亩
    if not rest or not rest[0].text[:1].isdigit():
        return run
    kept = run[:-1]
    while kept and kept[-1] in ("总", "共"):
        kept.pop()
    return kept or run


# Counters of people, households and things (not of measures: 45亩种甘蓝 is what was grown).
_THINGS_COUNTED = "名位个场项家户件期批台架辆艘头只匹株棵套座所"


def _plain_noun(token: Token) -> bool:
    """A noun proper: not a verbal noun (免费, 服务) nor a place the tagger finds in a verb
    (上门), which after the nouns of those counted begin what is done for them."""
    pos = token.pos or ""
    return pos in ("j", "b", "eng") or (pos.startswith("n") and pos not in ("ns", "nr"))


def _plain_run(tokens: Sequence[Token]) -> tuple[list[str], bool | None]:
    """The words up to the first punctuation or function word, and whether the phrase closes
    there: after a classifier a short closed run is what is counted (4家联营超市，), whatever
    the tagger makes of its words. `None` when a number follows (13个街道66个社区)."""
    run: list[str] = []
    for index, token in enumerate(tokens):
        pos = token.pos or ""
        if any(c.isdigit() for c in token.text):
            return run, None
        if token.text in PHRASE_ENDS or token.text == "的" or pos in ("c", "p", "y", "e"):
            return run, True  # (…50斤哦～: a particle ends the phrase, and counts nothing)
        if pos == "x" and not token.text.isalnum():
            return run, True
        if _set_phrase(token) and (
            _next_is_noun(tokens, index) or token.text.endswith(PERSON_ENDINGS)
        ):
            # 以工代赈/l 项目: a set phrase naming a kind of thing; 孤寡老人/i: of people.
            run.append(token.text)
            continue
        if pos == "m" and run and token.text in NOUN_SUFFIXES:
            run.append(token.text)  # 收集/点: a noun's last character the tagger calls a numeral
            continue
        if pos in ("u", "uj", "ul", "d", "ad", "r", "m", "f") or _set_phrase(token):
            return run, False  # 村民牵涉其中, 企业获得了: a predicate has begun
        if pos == "b" and run and _acts_after(tokens, index):
            return run, True  # 46户牧民主动把…: a distinguishing word that says how they act
        if pos.startswith("v") and "".join(run) in DIVISION_NOUNS and _goes_on(tokens, index):
            # 6个村建起…: after units of government a verb is what they do (a word the tagger
            # calls a verb that ends the phrase is a noun: 5家社区超市、)
            return run, True
        run.append(token.text)
    return run, True


def _acts_after(tokens: Sequence[Token], index: int) -> bool:
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and (following.pos or "").startswith(("p", "v", "d"))


def _goes_on(tokens: Sequence[Token], index: int) -> bool:
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        following is not None
        and following.text not in PHRASE_ENDS
        and following.text not in "、，。；"
    )


def _tagged_phrase(tokens: Sequence[Token], *, verbal: bool = False) -> list[str]:
    """A longer stretch read by parts of speech: nouns, and a verb only where it modifies the
    noun after it (国家级电子商务示范基地) rather than begins a predicate (企业提供服务).
    After a verbal classifier (3批次召开…) a verb always begins the predicate."""
    words: list[str] = []
    for index, token in enumerate(tokens):
        pos = token.pos or ""
        modifying_idiom = _set_phrase(token) and _next_is_noun(tokens, index)
        if (
            token.text in PHRASE_ENDS
            or (_set_phrase(token) and not modifying_idiom)
            or len("".join(words)) >= MAX_AFTER
        ):
            break
        if modifying_idiom:
            words.append(token.text)
            continue
        noun = pos.startswith(NOUN_TAGS) and pos != "nr" and (pos != "vn" or not words)
        # Inside a noun phrase a word tagged a name is a noun the tagger mistook (老旧农家乐/nr).
        mistaken_name = pos == "nr" and bool(words) and len(token.text) >= 3
        # …and so is a lone character opening it before a noun (栗/nr 农: chestnut growers).
        mistaken_name = mistaken_name or (
            pos == "nr" and not words and len(token.text) == 1 and _next_is_noun(tokens, index)
        )
        noun = noun or mistaken_name or _taught_name(token)
        suffix = bool(words) and token.text in NOUN_SUFFIXES
        # Right after a classifier the tagger mistakes nouns for adjectives (合同); adjectives
        # of one character before a noun are part of it (老/a 旧/a 民宿).
        first_adjective = not words and pos == "a" and len(token.text) >= 2
        short_adjective = pos == "a" and len(token.text) == 1 and _noun_after_short(tokens, index)
        modifier = False
        if words and pos.startswith("v") and "".join(words).endswith(DIVISION_NOUNS):
            break  # 12个乡镇配备救护车: after units of government a verb is what they do
        if (
            words
            and pos == "v"
            and "".join(words).endswith(PERSON_ENDINGS)
            and not _names_a_place_after(tokens, index)
        ):
            # 126户牧民结成亲戚: after people a verb is what they do, unless it goes on to
            # name a place or a body (个人调解室)
            break
        if pos.startswith("v") and len(token.text) >= 2 and not (verbal and not words):
            if not words:
                modifier = _noun_follows(tokens, index)
            else:  # 合作社务工农民 breaks off; 基层社会治理 ends on its verbal noun
                modifier = _head_follows(tokens, index) or (pos == "vn" and _ends(tokens, index))
        # 村/zg + 党组织: jieba leaves a one-character noun morpheme untagged as a noun.
        morpheme = pos in ("zg", "g", "q") and len(token.text) == 1
        morpheme = morpheme and (bool(words) or _noun_follows(tokens, index))
        # 青年/t 志愿者, 老年/t 服务组织: an age group tagged as a time modifies the noun.
        age = pos == "t" and not words and _noun_follows(tokens, index)
        if noun or suffix or first_adjective or short_adjective or modifier or morpheme or age:
            words.append(token.text)
        else:
            break
    return words


def _names_a_place_after(tokens: Sequence[Token], index: int) -> bool:
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following.text.endswith(_BODY_ENDINGS)


_BODY_ENDINGS = ("室", "站", "中心", "点", "队", "所", "会", "社", "组", "团", "馆", "院")


def _set_phrase(token: Token) -> bool:
    """Four-character idioms (脱贫致富) are predicates, never what a figure counts."""
    return (token.pos or "") in ("l", "i") and len(token.text) >= 4


def _ends(tokens: Sequence[Token], index: int) -> bool:
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is None or not (following.pos or "").startswith(("n", "v"))


def subject_before(
    tokens: Sequence[Token],
    position: int,
    *,
    floor: int = 0,
    not_subjects: Sequence[tuple[int, int]] = (),
) -> str | None:
    """The noun phrase that ends right before the figure at `position`, reading back no further
    than `floor` (the clause start or the previous figure), and leaving out places and periods
    in front: 漯河市生产总值 is 生产总值 of 漯河市."""
    before = [t for t in tokens if floor <= t.start < position]
    if before and before[-1].end > position:
        # A word cut across the figure keeps its part before it when that part is a word:
        # 缩短/至约/1小时 (the mark of the level reached), 实现/GDP5000/亿元 (the measure);
        # 稳居/全省前两位 leaves a fragment.
        cut = before.pop()
        part = cut.text[: position - cut.start]
        if part in TARGET_MARKS or len(part) > 1:
            before.append(Token(part, cut.start, position, cut.pos))
        elif part in _CUT_ENDS:
            before.append(Token(part, cut.start, position, "n"))  # 整改/率约/83%: the measure's
    opening = 1 if before and before[-1].text in ("（", "(") else 0
    run = len(before) - opening
    while run > 0 and all(c in _CAPITALS for c in before[run - 1].text):
        run -= 1
    capitals = "".join(t.text for t in before[run : len(before) - opening])
    if capitals.endswith(("元", "圆", "整")) and not _CAPITAL_DIGITS.isdisjoint(capitals):
        # 罚款壹拾伍万元（150000元）: the sum in capital numerals, then in figures; what is
        # paid is named before both.
        del before[run:]
    # 监测/户共/64户: the tagger also joins a noun's last character to the 共 that sums it up
    if before and len(before[-1].text) == 2 and before[-1].text[1] in (*TARGET_MARKS, *_NEAR, "共"):
        fused = before[-1]
        # (but 合共, Hong Kong's 合计, is a link of its own)
        if fused.text not in LINKS and (fused.text[0] in _CUT_ENDS or fused.text[1] == "共"):
            # 流转/率为/36.4%, 登记/额达/3.26亿元
            # the tagger joins a measure's last character to the mark after it
            before[-1] = Token(fused.text[0], fused.start, fused.start + 1, "n")
    _strip_links(before)
    compared = _compared_with(before)
    if compared is not None:
        # 增速比邻县平均水平高0.9个百分点: the gap is of what is compared, not the yardstick.
        del before[compared:]
        _strip_links(before)
    if before and before[-1].text in (")", "）") and _aside(before):
        _strip_links(before)  # 老年食堂（助餐点）74个: the aside restates what is counted
    if before and before[-1].text in CLOSING_QUOTES:
        return _quoted(before)
    if before and before[-1].text == "》":
        return _titled(before)
    words: list[Token] = []
    while before:
        token = before[-1]
        # 下降 + 率, 登记 + 额: a measure's last character cut off by the tagger
        compound = bool(words) and words[0].text in _CUT_ENDS
        # A person's name ends the phrase; four characters tagged a name are a noun the tagger
        # mistook (农村居民), and so is one right before the figure: no one's name is counted
        # (法律明白人/nr 620名, 特色农家乐/nr 63家).
        name = token.pos == "nr" and len(token.text) < 4 and bool(words) and not compound
        if (token.text in LINKS and not compound) or token.text in MAKING or name:
            break
        if words and token.text in (")", "）") and _aside(before):
            continue  # 广义货币(M2)余额: an aside in brackets inside the phrase
        if words and len("".join(t.text for t in words)) + len(token.text) > MAX_BEFORE:
            break
        if not _nominal_before(token, words, before):
            break
        words.insert(0, token)
        before.pop()
    if not words and len(before) == 1 and _done_by_those_counted(tokens, before[0]):
        return before[0].text  # 420户存粮1300吨: what those just counted did, measured
    if words and words[0].text[:1].isascii() and words[0].text[:1].isalpha() and before:
        digits = before[-1]
        if digits.end == words[0].start and digits.text.isdigit():  # 5G基站: a Latin name
            words.insert(0, before.pop())
    clause_first = not before
    while len(words) > 1 and (
        any(a <= words[0].start < b for a, b in not_subjects)
        or (words[0].pos or "") in ("t", "ns", "s")  # 今年, 漯河, 当地: when and where
        # 排查经营性自建房532栋: a verb opening the clause acts on what is counted.
        or (clause_first and words[0].pos == "vn" and words[0].text not in NOMINAL_VERBS)
        # 这条高速公路: the classifier of a demonstrative is no part of the noun.
        or (len(words[0].text) == 1 and bool(before) and (before[-1].pos or "") == "r")
    ):
        words.pop(0)
    if words and (any(a <= words[0].start < b for a, b in not_subjects) or _where(words[0])):
        return None  # a place alone (村里两头跑) says where, not what
    subject = _trim([t.text for t in words])
    if (
        subject
        and len(before) >= 2
        and before[-1].text in _BACK_REFERENCES
        and (before[-2].pos or "").startswith("v")
        and len(before[-2].text) >= 2
    ):
        # 共销售此类产品120余瓶: a thing named before, said again, is named by what was done
        subject = f"{before[-2].text}{subject}"
    if compared is not None and subject and subject.startswith("每"):
        return None  # 每斤比市场价高2元: a price's base, not the price compared
    opened = bool(before) and before[-1].text in CLOSING_QUOTES
    if subject and opened and before[-1].end == words[0].start:
        # 推广“稻鱼共生”种养模式3.2万亩: the quoted name is part of the phrase it opens.
        named = _quoted(before)
        subject = f"{named}{subject}" if named else subject
    rest = list(before)
    while rest and rest[-1].text in LINKS:
        rest.pop()  # 高于全国平均水平: 全国 is the yardstick's scope
    if subject and rest and _COMPARING.fullmatch(rest[-1].text):
        # 增速高于全国平均水平1.2个百分点: the gap is of the measure compared.
        verb = rest[-1]
        part = subject_before(tokens, verb.start, floor=floor, not_subjects=not_subjects)
        return f"{part or ''}{verb.text}{subject}"
    if subject and subject.endswith(SHARE_WORDS) and before and before[-1].text == "占":
        # 新能源汽车产量占汽车总产量比重: a share names the part as well as the whole.
        part = subject_before(tokens, before[-1].start, floor=floor, not_subjects=not_subjects)
        return f"{part}占{subject}" if part else subject
    return subject


_BACK_REFERENCES = frozenset({"此类", "这类", "该类", "这些", "上述", "此种", "这种"})
_GAPS = frozenset({"高", "低", "快", "慢", "多", "少"})
_YARDSTICK_WORDS = 6  # how many words a yardstick after 比 may run to


def _compared_with(before: list[Token]) -> int | None:
    """Where 比 or 较 opens the yardstick of a gap (比邻县平均水平高): the phrase before it
    names what is measured."""
    if not before or before[-1].text not in _GAPS:
        return None
    for index in range(len(before) - 2, max(-1, len(before) - 2 - _YARDSTICK_WORDS), -1):
        if before[index].text in ("比", "较"):
            return index
        if (before[index].pos or "") in ("x", "v") and before[index].text not in _GAPS:
            return None
    return None


def _done_by_those_counted(tokens: Sequence[Token], verb: Token) -> bool:
    """A verb of two characters right after a count of people or households (3.2万人参保)."""
    if verb.pos != "v" or len(verb.text) != 2:
        return False
    previous = next((t for t in tokens if t.end == verb.start), None)
    return (
        previous is not None
        and previous.text[-1:] in _PEOPLE_COUNTERS
        and (previous.pos == "m" or len(previous.text) == 1)
    )


_PEOPLE_COUNTERS = ("人", "户", "家", "名")


def verb_phrase_before(
    tokens: Sequence[Token], position: int, floor: int = 0, *, past: bool = False
) -> str | None:
    """新增就业4.3万人, 带动就业3.5万人: the verbs and nouns right before a count of people
    name them by what was done for them; None unless a verb is among them."""
    words: list[Token] = []
    reached = aspect = False
    for token in reversed([t for t in tokens if floor <= t.start and t.end <= position]):
        pos = token.pos or ""
        if not words and token.text in AIMS:
            continue  # 新增岗位力争达到1200个: the aim's words, between the phrase and its figure
        if past and not words and token.text == "了":
            aspect = True  # 订购了8吨: the aspect after the verb, not the verb's end
            continue
        if not words and (token.text in TARGET_MARKS or _reaching(token)):
            reached = True  # 演出增加到350场: what reaches the level is named before its verb
            continue
        if not words and reached and token.text in LINKS:
            continue
        if token.text == "被" and words:
            words.insert(0, token)  # 被骗走7000余元: the passive says the money was lost
            break
        if not pos.startswith(("v", "n")) or pos in ("nr", "ns") or token.text in LINKS:
            break
        if token.text in MAKING:  # 该村共有142户: having names the owner, not the people
            break
        if len("".join(t.text for t in words)) + len(token.text) > MAX_BEFORE // 2 + 1:
            break
        words.insert(0, token)
    if not any((t.pos or "").startswith("v") for t in words):
        return None
    if aspect and (len(words[-1].text) < 2 or not (words[-1].pos or "").startswith("v")):
        return None  # 走了260公里, 少了600人: a verb of one character names no goods
    return "".join(t.text for t in words)


_HAVING_VERBS = frozenset({"已有", "有", "共有", "是", "为", "达", "达到"})
_PERSONS_FOLLOWED = frozenset({"他", "她", "他们", "她们"})
# What completes a verb of one character (种上, 养起, 住进), whatever the tagger calls it.
_COMPLEMENTS = frozenset("上下起出进回开好完满到")
# Verbs of one character the tagger may fuse with the counter before them (户种 in 142户种了红花).
_ONE_CHARACTER_VERBS = frozenset("种养卖买建开办用住搬领报签加参入做干学跟租包栽喂")


def verb_phrase(tokens: Sequence[Token], position: int) -> str | None:
    """What the people or occasions just counted do: the verb phrase at `position`, up to the
    clause's end (3000多人就地务工, 分4批次召开座谈会); None unless a verb opens it."""
    words: list[str] = []
    aspect = False
    for token in tokens:
        if token.start < position:
            continue
        pos = token.pos or ""
        if not words and token.text in _ONE_CHARACTER_VERBS and pos in ("m", "q", "n"):
            pos = "v"  # 142户种了红花: 种 cut from the counter 户种, and tagged as if still in it
        if words and token.text == "了" and len(words[-1]) == 1:
            aspect = True
            continue  # 签了保底合同: the aspect after a verb of one character, not its end
        if len(words) == 1 and len(words[0]) == 1 and token.text in _COMPLEMENTS:
            words.append(token.text)  # 种/m 上/f 了葡萄: the verb's complement, then 了
            continue
        if words and token.text in _PERSONS_FOLLOWED:
            words.append(token.text)  # 9户跟着他学育秧: the person they follow, then what
            continue
        if pos in ("x", "c", "p", "r", "m", "u", "uj", "ul", "f") or token.text in ("等", "的"):
            break
        if token.text == "如下":
            # 现将新聘人员5名公示如下: what is done with those counted, not what they do
            return None
        if len("".join(words)) + len(token.text) > MAX_AFTER:
            break
        if not words and (not pos.startswith(("v", "d", "l", "i")) or token.text in _HAVING_VERBS):
            return None  # 58户已有51户…: a verb of having or being says nothing they do
        words.append(token.text)
        if pos.startswith("n") and token.text.endswith(PERSON_ENDINGS):
            break  # 2万多名志愿者坚守…: the people are named at last
    # (a verb of one character, its aspect and its object say something too: 换了种)
    return "".join(words) if any(len(w) > 1 for w in words) or (aspect and len(words) > 1) else None


def _aside(before: list[Token]) -> bool:
    """Drop a short bracketed aside that ends `before`, brackets included, if there is one."""
    for index in range(len(before) - 2, max(-1, len(before) - 6), -1):
        if before[index].text in ("(", "（"):
            del before[index:]
            return True
    return False


def _quoted(before: list[Token]) -> str | None:
    """建成“邻里食堂”120个: a quoted name right before the figure is what it counts,
    whatever the tagger makes of its words."""
    opening = next(
        (i for i in range(len(before) - 2, -1, -1) if before[i].text in OPENING_QUOTES), None
    )
    if opening is None or (opening and before[opening - 1].text in ("比", "较")):
        return None  # 比“十三五”末增加: the quoted words name what the figure is compared with
    return "".join(t.text for t in before[opening + 1 : -1]) or None


def _titled(before: list[Token]) -> str | None:
    """制定《村规民约》十二条: the parts of a document counted right after its title."""
    opening = next((i for i in range(len(before) - 2, -1, -1) if before[i].text == "《"), None)
    if opening is None:
        return None
    return "".join(t.text for t in before[opening + 1 : -1]) or None


def _where(token: Token) -> bool:
    """村里, 镇上, 家门口: a place word with a locative ending says where (but 街区 counts)."""
    return token.pos == "s" and token.text[-1] in "里内外上中下边口前后旁"


# The times a change is measured against, which the tagger may take for nouns (较去年同期).
_BASES = frozenset({"去年同期", "上年同期", "同期", "往年同期", "常年同期", "上年", "往年"})


def _strip_links(before: list[Token]) -> None:
    """Drop the words between a measure and its figure: adverbs, time words, and a verb of
    reaching (参保人数每年都稳定在200万人以上, 通勤时间缩短至半小时, 高达80%)."""
    marked = False
    popped: Token | None = None
    while before:
        token = before[-1]
        pos = token.pos or ""
        if len(token.text) == 2 and token.text[0] in _CUT_ENDS and token.text[1] in _FUSED:
            # 收缴/率较/去年, 解决/率约/为, 整改/率须/达到: the measure's last character fused
            # to the mark after it
            before[-1] = Token(token.text[0], token.start, token.start + 1, "n")
            break
        link = token.text in LINKS or token.text in TARGET_MARKS
        link = link or pos in ("d", "p", "u", "uj", "ul", "r", "t", "f") or token.text in _BASES
        link = link or token.text.endswith("以来")  # 今年以来, which the tagger calls an idiom
        link = link or (pos == "m" and not _morpheme_tagged_numeral(token))
        # 分红就有36万元: having after an adverb links; after 的 (参加的有) it names those who
        link = link or (token.text == "有" and len(before) > 1 and before[-2].pos == "d")
        # 满意度测评达到96%: how the measure was taken, between it and its figure
        link = link or (
            token.text in _ASSESSED and len(before) > 1 and before[-2].text.endswith(_RATED)
        )
        # 给予最高5万元: a cap after the verb that grants it; 亩产平均提高60公斤: a mean of a
        # change (not 最高气温, 平均年龄, which name the measure)
        link = link or (
            token.text in _CAPS and len(before) > 1 and (before[-2].pos or "").startswith("v")
        )
        link = link or (
            token.text == "平均" and popped is not None and (popped.pos or "").startswith("v")
        )
        if not (link or _reaching(token) or (marked and pos.startswith(("v", "a")))):
            break
        marked = token.text[:1] in TARGET_MARKS  # 至约: the tagger fuses the mark and 约
        popped = before.pop()


_CAPS = frozenset({"最高", "最低", "最多"})
_ASSESSED = frozenset({"测评", "调查", "评估", "考核", "评价", "抽查", "监测", "统计", "测算"})
_RATED = ("度", "率", "指数", "得分", "分数")


def _morpheme_tagged_numeral(token: Token) -> bool:
    """安置/点: a character the tagger calls a numeral that is no number, ending a noun."""
    text = token.text
    return len(text) == 1 and "\u4e00" <= text <= "\u9fff" and text not in _NUMERAL_CHARACTERS


# Characters that are numbers or say how many, and the units of dates after them (10/月): the
# tagger's numerals that are numerals.
_NUMERAL_CHARACTERS = frozenset(
    "零〇一二三四五六七八九两十百千万亿多余几半数第些来每年月日时分秒周天"
)


def _reaching(token: Token) -> bool:
    """降至, 增至, 高达: a verb fused with its mark of the level reached."""
    pos = token.pos or ""
    return (
        len(token.text) >= 2
        and token.text.endswith(("至", "到", "达"))
        and (pos.startswith(("v", "a")) or pos == "nr")  # jieba reads 高达 as a name
    )


_PER_TIME = ("年", "月", "日", "季")
_MORPHEMES = ("g", "zg", "ng", "q")


def _nominal_before(token: Token, words: list[Token], before: list[Token]) -> bool:
    pos = token.pos or ""
    if token.text.endswith(("同期", "季度", "月份")):
        return False  # 去年同期, 首季度 and 9月份, nouns to the tagger, say when, like 上年
    if token.text in NOMINAL_VERBS or (pos.startswith(NOUN_TAGS) and pos != "vn"):
        return True
    if pos == "z" and len(token.text) >= 4:
        return True  # 化解邻里纠纷57宗: the tagger takes a few four-character nouns for states
    if pos == "z" and len(token.text) == 3 and token.text[1] != token.text[2] and not words:
        # 闲置地 right before its figure, though 绿油油, 亮堂堂 (doubled) describe it
        return True
    if pos == "z" and len(token.text) == 2 and not words and len(before) > 1:
        # 修复/湿地/z 1200亩: right after a verb, the tagger's state word is its object
        return (before[-2].pos or "").startswith("v")
    if pos == "z" and len(token.text) == 2 and words and len(before) > 1:
        # 空气/优良/天数: a state word between two nouns is inside one name
        return (before[-2].pos or "").startswith(NOUN_TAGS)
    if not words:
        # 签订装卸合同二十余份: right before the figure the tagger takes 合同 for an adjective
        # (but 稳定在2000万人 is one); 下降率达41%: it takes 率 for a verb.
        after_word = len(before) > 1 and (before[-2].pos or "").startswith(("n", "v"))
        suffix = token.text in NOUN_SUFFIXES and len(before) > 1
        # 油樟种植达6.8万亩: a noun and its verb name the activity the figure measures.
        activity = pos == "v" and len(token.text) >= 2 and len(before) > 1
        # 人均分红3100元: after a word of per head or per share, the verb is what is paid.
        # 每个岗位年补助3500元: so is it after a unit of time paid by (年, 每月).
        per = len(before) > 1 and (
            before[-2].text.startswith(("人均", "户均", "每")) or before[-2].text in _PER_TIME
        )
        # 乡贤累计捐资: a noun, perhaps past one word of sum or time.
        # 预算支出安排: so does a noun the tagger calls a verb (支出, 投资).
        # (拆除违章/vn 搭建/v: a verbal noun before it too)
        doer = len(before) > 1 and (
            (before[-2].pos or "") in ("n", "nz", "ng", "vn") or before[-2].text in NOMINAL_VERBS
        )
        doer = doer or (
            len(before) > 2 and before[-2].text in LINKS and (before[-3].pos or "") in ("n", "nz")
        )
        activity = activity and (doer or per)
        # 清除河道鱼簖45处: a one-character morpheme after a noun ends that noun.
        # So does one the tagger calls a classifier, as none stands right before a figure
        # (充电/v 桩/q 48个).
        morpheme = (
            (pos in _MORPHEMES or (pos == "m" and _morpheme_tagged_numeral(token)))
            and len(token.text) == 1
            and len(before) > 1
            # (社保/j 类/q 176件: an abbreviation is a noun too)
            # (抽查/v 村/zg（社区）150个: the verb's object, its aside dropped)
            and (before[-2].pos or "").startswith(
                ("n", "v", "j") if pos in ("q", "zg") else ("n", "j")
            )
        )
        # 罚没款830万元: words of money are nouns whatever the tagger says; and so is the one
        # character of money that ends a word before it (保洁/费 每月20元).
        money = len(token.text) > 1 and token.text.endswith(_MONEY_ENDS)
        money = money or (
            _money_word(token)
            and len(before) > 1
            and (before[-2].pos or "").startswith(("n", "v", "a"))
        )
        # 排查整治安全隐患1.2万处, 储备冲锋舟4艘: the tagger takes some nouns of three and four
        # characters for idioms or set phrases.
        idiom = pos in ("i", "l") and len(token.text) in (3, 4)
        return (
            pos == "vn"
            or (pos == "a" and len(token.text) >= 2 and after_word)
            or suffix
            or activity
            or idiom
            or money
            or morpheme
        )
    head = words[0]
    if head.text in _CUT_ENDS and pos.startswith("v"):
        return True  # 热交换 + 站, 整改 + 率, 登记 + 额
    if len(head.text) == 1 and head.pos in _MORPHEMES and pos.startswith("v"):
        return len(token.text) == 2  # 充电 + 桩: the verb and the morpheme make the noun
    if pos == "v" and len(token.text) >= 2 and is_measure(head.text):
        # 烟叶种植面积: a verb between a noun and a measure belongs to the compound, as does
        # one that opens the clause (审批时间缩短到3个工作日).
        if len(before) == 1:
            return True
        return (before[-2].pos or "").startswith("n") and before[-2].pos != "nr"
    if (
        pos == "a"
        and len(token.text) >= 2
        and ((head.pos or "").startswith("n") or head.text in _CUT_ENDS or _money_word(head))
    ):
        # 贫困发生率: an adjective of two characters modifies the noun after it (健康 + 率,
        # though the tagger takes 率 for a verb)
        return True
    if pos == "vn":  # 供热面积, 亩产收入: a verbal noun modifies a noun after it
        # …and makes one with the verb right before the figure (违章搭建, 升级改造)
        verb = len(words) == 1 and (head.pos or "").startswith("v")
        return (head.pos or "").startswith("n") or head.text in NOMINAL_VERBS or verb
    return (
        pos == "f"
        and len(before) > 1
        and (before[-2].pos or "").startswith(NOUN_TAGS)  # 规模以上工业增加值
    )


# The capital numerals a sum of money is written in on a cheque or a decision (壹拾伍万元整).
_CAPITAL_DIGITS = frozenset("零壹贰叁肆伍陆柒捌玖拾佰仟")
_CAPITALS = _CAPITAL_DIGITS | frozenset("万亿元圆角分整")


_MONEY_ENDS = ("款", "费", "金", "税")


def _money_word(token: Token) -> bool:
    """费, 款, 金, 税 alone: the last character of a word of money (保洁/费, 管理/费)."""
    return token.text in _MONEY_ENDS


def is_measure(subject: str | None) -> bool:
    if not subject:
        return False
    return subject.endswith(MEASURE_ENDINGS) or any(subject.endswith(v) for v in NOMINAL_VERBS)


def _noun_follows(tokens: Sequence[Token], index: int) -> bool:
    """A verb modifies a noun when nouns, perhaps after more modifiers, follow it."""
    for token in tokens[index + 1 :]:
        pos = token.pos or ""
        if pos.startswith("n") and pos != "nr" and token.text not in PHRASE_ENDS:
            return True
        if _taught_name(token):
            return True
        if pos in ("zg", "g", "q") and len(token.text) == 1:
            return True  # 脱贫/v 县/zg, 脱贫/v 户/q: a one-character noun the tagger mistags
        if not pos.startswith("v"):
            return False
    return False


def _next_is_noun(tokens: Sequence[Token], index: int) -> bool:
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    pos = (following.pos or "") if following else ""
    return pos.startswith("n") and pos != "nr" and following.text not in PHRASE_ENDS  # type: ignore[union-attr]


def _noun_after_short(tokens: Sequence[Token], index: int) -> bool:
    """Past more one-character adjectives, a noun follows."""
    for token in tokens[index + 1 :]:
        pos = token.pos or ""
        if pos == "a" and len(token.text) == 1:
            continue
        name = pos == "nr" and len(token.text) < 3  # 农家乐/nr is a noun the tagger mistook
        return pos.startswith("n") and not name and token.text not in PHRASE_ENDS
    return False


def _taught_name(token: Token) -> bool:
    """A name the tokenizer was taught without a part of speech (社区服务中心, a unit's name
    in the register): the tagger marks it x, like punctuation, but it is a noun."""
    return token.pos == "x" and all("\u4e00" <= c <= "\u9fff" for c in token.text)


def _head_follows(tokens: Sequence[Token], index: int) -> bool:
    """Inside a phrase a verb modifies when one noun, its head, follows and the phrase ends."""
    rest = tokens[index + 1 : index + 3]
    if not rest or not (rest[0].pos or "").startswith("n") or rest[0].pos == "nr":
        return False
    return len(rest) == 1 or not (rest[1].pos or "").startswith(("n", "v"))


def _trim(words: list[str]) -> str | None:
    # -化 makes verbs and adverbs (常态化参与): a phrase ending so has run into its predicate.
    if len(words) > 2 and words[-1] == "化":
        words = words[:-2]
    elif len(words) > 1 and len(words[-1]) > 1 and words[-1].endswith("化"):
        words = words[:-1]
    return "".join(words) or None
