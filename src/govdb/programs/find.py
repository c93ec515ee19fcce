"""An article's normalised body into mentions of named initiatives (ProgramMention): span,
surface as printed, canonical name, kind, and the evidence the quoted phrase was taken on."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from itertools import pairwise

from govdb.programs.canonical import COUNTS_ONLY, canonical_name, simplified, traditional
from govdb.programs.kinds import (
    EVERY_UNIT,
    HEADS,
    NOT_NUMBERED,
    NUMBERED,
    NUMERALS,
    SELF_NAMED,
    TEAM,
    TWO_NUMBERS,
    ProgramKind,
    kind_of,
)
from govdb.programs.quotes import Quote, find_quotes
from govdb.tokenize import Token, Tokenizer, default_tokenizer

__all__ = ["ProgramMention", "canonical_name", "find_programs"]


@dataclass(frozen=True, slots=True)
class ProgramMention:
    surface: str  # as printed, quotes and head noun included: “五星”支部
    start: int
    end: int
    name: str  # canonical: 五星支部
    kind: str  # model, mechanism, project, campaign, platform, brand, slogan, other
    evidence: str  # why it was taken: 'head noun 模式', 'numbered slogan', 'plus formula' …
    # The unit it applies to in its article: set by the extractor, which sees the places.
    place_code: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ProgramKind(self.kind))  # checked as the fact is made

    def shifted(self, by: int) -> ProgramMention:
        return replace(self, start=self.start + by, end=self.end + by)


_FUNCTION = "等的为是在和与及了到从对把被将就都也还而或并向让使以"
# A head noun may follow a short modifier (“六情直通、四级响应”闭环落实机制, “三无”楼院党支部)
# but no function word: in “雪亮工程”“蓝天卫士”等接入平台 no platform is named 蓝天卫士; nor a
# verb that makes the quote a subject: in “小事”成为改革 and “旧院”进行改造 nothing is named.
# A count may stand before the head (“甲”和“乙”两个工作法): it counts the programs, so it is
# no figure of its own.
_PREDICATE = "进行|成为|成爲|作为|作爲|变成|變成|实现|實現|得到|受到|带来|帶來"
# Head nouns, simplified and traditional, longest first.
# 管理 is a head only right after the quote (“红黑榜”管理): further on it is as often the verb of
# a clause of its own (“两违”建筑加强管理), or inside a longer head (“1+3+N”网格管理机制).
_MANAGED = "管理"
_HEAD_ALTERNATIVES = sorted({*HEADS, *map(traditional, HEADS)} - {_MANAGED}, key=len, reverse=True)
_HEAD_NOUNS = "(?:" + "|".join(_HEAD_ALTERNATIVES) + ")"
_HEAD = re.compile(rf"(?:(?!{_PREDICATE})[^\s\W{_FUNCTION}]){{0,4}}?{_HEAD_NOUNS}")
# A team of two characters' work right after a quote (“萤火虫”陪伴队), not queueing (“不”排队)
# nor a team's members or leader (…队员).
_TEAM_HEAD = re.compile(rf"(?![{_FUNCTION}])[\u4e00-\u9fff]{{2}}(?<![排插站])队(?![伍员长部])")
_PREDICATE_WORD = re.compile(_PREDICATE)
# After counts alone (“1+3+N”) the head is read further: see _head.
_LONG_HEAD = re.compile(rf"(?:(?!{_PREDICATE})[^\s\W{_FUNCTION}]){{0,8}}?{_HEAD_NOUNS}")
_HEAD_WORD = re.compile(_HEAD_NOUNS)
# A person's title after the head (“五星”支部书记) still names the branch; a noun that goes on
# (“双百”工程项目) is checked by the longest-first head match instead.
_CLAUSE = re.compile(r"[，。！？；：,!?;…]")
# Verbs that take a practice as their object: 推行“…”, 创新推出“…”, 探索出“…”, 通过“…”.
# What is launched (推出, 首创) is a new thing and may have a short name (推出“科技贷”); what
# is used (运用, 通过) is as often a common notion (运用“大数据”), so its name is longer.
# 创新 is a verb where an adverb or a unit comes before it (该县创新“…”), not where a noun
# runs into it (科技创新“…”).
_LAUNCHED = (
    r"推行|实行|实施|开展|创建|打造|建立|构建|探索|推出|启动|建成|建起|办起|做实|创设|开设|设立|打响|"
    r"叫响|擦亮|首创|试行|试点|(?:(?<![\u4e00-\u9fff])|(?<=积极)|(?<=大力)|(?<=持续)|(?<=不断)|"
    r"(?<=率先)|(?<=全面)|(?<=深入)|(?<=探索)|(?<=[省市县区镇乡村])|(?<=街道)|(?<=社区))创新"
)
_USED = (
    r"推广|利用|践行|落实|推进|推动|深化|学习运用|用好|用活|运用|复制|借鉴|引入|总结|提炼|采用|"
    r"纳入|完成|推开|铺开"
)
_ADDED = re.compile(r"(?:新增|开通|新设|增设)(?:了|出)?$")
_DIGIT = re.compile(r"[0-9０-９]")
_MEANS = r"通过|依托|借助"  # by way of: not before a list of principles (通过“甲、乙”)
_ADOPT = re.compile(rf"(?:{_LAUNCHED}|{_USED}|{_MEANS})(?:了|出)?$")
_LAUNCH = re.compile(rf"(?:{_LAUNCHED})(?:了|出)?$")
_ADOPT_LISTED = re.compile(rf"(?:{_LAUNCHED}|{_USED})(?:了|出)?$")
_ADOPT_FOR = re.compile(rf"(?:{_LAUNCHED}|{_USED})了?(?P<field>[\u4e00-\u9fff]{{2,4}})$")
# (what is launched may be for a longer field: 推行社区公共球场“…”; what is pushed on so far is
# as often a figure of speech, 推动传统重点企业“老树发新芽”)
_LAUNCHED_FOR = re.compile(rf"(?:{_LAUNCHED})了?(?P<field>[\u4e00-\u9fff]{{5,6}})$")
# What is done with a practice taken up (把“…”落到实处, 把“…”推广到全县).
_CARRIED = re.compile(r"(?:落到|落实|落地|推广|推向|延伸|覆盖|做实|抓实|贯穿|融入)")
# A nickname's owner named right after it: “…”名叫王秀英, “…”本名张建国.
_NAMED_PERSON = re.compile(r"(?:名叫|本名|原名|真名|大名)")
# A person's nickname: “…”的农技员, “…”的老支书.
# What a person is called by those around them: 村民都叫他“…”, 人称“…”.
_NICKNAMED = re.compile(r"(?:[叫称喊唤](?:他|她)们?|人称|外号|绰号|昵称)$")
_PERSON_AFTER = re.compile(
    r"的[\u4e00-\u9fff]{0,3}(?:员|人|师|长|者|户|们|嫂|姐|哥|婆|爷|娘|汉|妈|叔|书记)"
)
# A person called so by others (她因手巧被大家叫作“…”, 被村民称为“…”，他…): the pronoun in the
# passive clause or right after the quote says the name is theirs. 她把这种做法称为“…” has no 被.
_PASSIVE_CALLED = re.compile(r"被[^，。；;！？]{0,8}$")
_PRONOUN = re.compile(r"[他她]")
_PRONOUN_AFTER = re.compile(r"^[，,]?(?:的)?[他她]")
_MEANT = re.compile(rf"(?:{_MEANS})$")
_CLAUSE_END = re.compile(r"[，。；,;]")
_ADOPT_ANY = re.compile(rf"(?:{_LAUNCHED}|{_USED}|{_MEANS})(?:了|出)?")
# Verbs whose object may be what follows a quote and 的: 打造“…”的街巷 builds streets.
_BUILT = re.compile(r"(?:打造|构建|建成|建立|创建|创设|开设|设立)(?:了|出)?$")
# Verbs of setting up a place or a thing that a quoted name then names: 建设“…”示范带,
# 增设“…”兴趣课堂, 开发“…”线上地图. Not 打造, whose quote is as often what the thing is
# to be like (打造“小而美”特色街巷).
_MADE = re.compile(
    r"(?:建设|增设|新设|新建|开发|设立|建成|建起|开设|搭建|开辟|上线|开通|创办|开办)(?:了|出)?$"
)
_FACILITY = re.compile(r"(?!的)[\u4e00-\u9fff]{2,5}(?=[，。；,;\d])")  # …示范区，or …示范区3000亩


# The feature a place is named after (田家沟, 石门坪): a quote ending so names the place where
# something is built, not what is built.
_LANDFORM = re.compile(r"[沟湾坪坝寨庄岭峪屯堡洼坡塘岗垭峁山河溪湖]$")


# What a quoted name of a thing built ends on: a shed, a station, a room, a hall, a garden.
_FACILITY_END = re.compile(r"(?:棚|站|点|室|屋|馆|厅|园|亭|廊|栈|仓|库|中心|驿站|书屋|食堂)$")


def _named_facility(text: str, position: int) -> bool:
    """A short noun closing the clause right after the quote: what the quote names."""
    return _FACILITY.match(text, position) is not None


# What may follow a short name that stands alone (推出“科技贷”“创新贷”等); a character that
# goes on makes it a label of the noun after it (深化“政企校”合作, 实施“小升规”培育).
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CLOSES_A_NAME = "的和与及等在是为"
_ALONE = re.compile(r"$|[^\u4e00-\u9fff]|[等和与及或]")
# Practices listed: “…”“…”等做法, “…”、“…”等创新举措, “…”这一做法, “…”、“…”两项机制.
_SOME = rf"(?:一系列|一批|多项|多种|系列|[{NUMERALS}]+[项个条种大套批])"
_PRACTICES = re.compile(
    rf"(?:(?:等|这一|这种|这项|这套){_SOME}?|{_SOME})(?:创新|特色|典型|先进|成功|有效|务实|好)?"
    r"(?P<noun>做法|经验|举措|措施|模式|机制|办法|工作法|品牌|载体|实践|活动|项目|工程|"
    # A way is a practice only when counted (“甲”和“乙”两种方式): 等方式 follows everyday
    # means as often (“线上”“线下”等方式).
    r"(?<=[项个条种套])(?:方式|方法|路径))"
    # “苏宁”“国美”等品牌门店: brands of the shops and goods a campaign enlists, not practices
    r"(?!门店|店|产品|商品|专卖|家电|企业)"
)
# Quotes printed back to back or joined by 、 和 与 及 or 或 are one list (推行“甲”“乙”“丙”).
_LIST_JOINER = re.compile(r"\s*(?:、|和|与|及|以及|或)?\s*")
# A slogan said to be one after it: “…”——这句标语, “…”的口号.
_SLOGAN = re.compile(r"(?:——|—|，|,)?(?:这句|这条|这一|的)?(?:标语|口号|宣传语)")
# How far a practice has gone, inspected or reported: “…”推进情况, “…”运行成效.
_PROGRESS = re.compile(r"(?:推进|实施|运行|落实|开展|试点)(?:情况|进度|成效)")
# A practice whose results are to be kept or widened: 巩固“…”成效, 扩大“…”成果.
# How far a practice has spread, then its figure: “…”面积达1.2万亩, “…”规模扩大到300户.
# (…基地面积, …覆盖186个小区: the area of its places, or how many it reaches)
# (…接入率达到100%: the share of units that have taken it up)
_SCALE = re.compile(
    r"(?:[\u4e00-\u9fff]{0,2}(?:面积|规模)|覆盖面|覆盖|(?:接入|普及|安装|使用)率)[^，。；,;\d]{0,8}\d"
)
# A practice every unit has taken up: “…”实现全覆盖, “…”已覆盖全县.
_COVERED = re.compile(
    r"(?:服务|工作)?(?:已经?|基本|全面)?(?:实现|达到)?(?:全覆盖|全面覆盖|覆盖全[县市区镇乡村])"
)
# A practice named by what it is: 按照“…”的办法, 推广“…”的做法.
_OF_PRACTICE = re.compile(r"的(?:模式|机制|办法|做法|工作法|工作机制)")
# …or by the requirement it sets, followed: 按“…”要求, 按照“…”的标准 (not a principle, 原则,
# which says how the work is meant, no practice of it).
_BY_RULE = re.compile(r"(?:按|按照|依照|依据)$")
_RULE_AFTER = re.compile(r"的?(?:要求|标准)")
_KEPT_UP = re.compile(r"(?:巩固|扩大|拓展|放大|深化)(?:好|了)?$")
_RESULTS = re.compile(r"(?:成效|成果)")
# A day, a week or a festival set aside for a practice: 把每月5日定为“…日”.
_SET_ASIDE = re.compile(r"(?:定为|确定为|设为|设立为|定成)$")
_OCCASION = re.compile(r"(?:日|节|周|月|夜)$")
# A practice held at set times: “…”每周开一次, “…”每月一评.
_RECURRING = re.compile(r"(?:每[周月季年旬]|定期)")
# The steps a practice prescribes: 按“…”的程序.
_PROCEDURE = re.compile(r"的(?:程序|流程|步骤)")
# (or a practice summed up under a name: 把他的做法总结为“某某工作法”)
_CALLED = re.compile(
    r"(?:称之为|称为|命名为|取名为?|名为|叫作|叫做|总结为|概括为|提炼为|归纳为|dubbed)$"
)
_SPEECH_BEFORE = re.compile(
    r"(?:说|表示|指出|强调|认为|问|道|(?<![简统下])称|介绍|坦言|感慨)[:：]?$"
)
_SPEECH_AFTER = re.compile(r"^[^，。“”「」]{0,8}?(?:说|表示|介绍|坦言|感慨|告诉记者)[。，：:,]")
# What a thing becomes (成为当地群众的“…”, 变成“…”): a metaphor, unless a head noun names it.
_BECOMING = re.compile(r"(?:成为|变成|变为|成了|化为|化作|当成)[^，。；：“”「」]{0,8}$")
# A title awarded is no program, even with a place between: 被评为漯河“十佳市民”.
_AWARD = re.compile(r"(?:评为|评选为|获评|荣获|授予|誉为)[\u4e00-\u9fff]{0,4}$")
# Nicknames a place earns rather than initiatives it runs: “都市后花园”, “全县第一村”,
# “花木之乡”, “江畔明珠”, “城市名片”.
_HONORIFIC = re.compile(r"(?:后花园|第一[村镇乡县市区城]|之[乡都]|明珠|名片|会客厅)$")
# Places or venues paired by a dash or dot: routes (甲—乙), scenic areas, forum themes.
_JOINED_NAMES = re.compile(r"[\u4e00-\u9fff][—－\-–·•][\u4e00-\u9fff]")
_JOINERS = re.compile(r"[—－\-–·•]+")
# “简称‘…’” after a full name: the short form is the same program.
_ABBREVIATED = re.compile(r"[（(，,]\s*(?:以下|下文)?(?:简称|统称|下称)为?\s*$")
# An unquoted full name runs back from （简称 to punctuation, a quote mark, a space or 的.
_NAME_BOUND = re.compile(r"[的\s，。；：！？、,.;:!?“”「」『』‘’\"（）()《》]")
_NAME_TEXT = re.compile(r"[\u4e00-\u9fff0-9A-Za-z+]+")
_LONGEST_UNQUOTED = 30
# An unquoted full name must end as an initiative does; a bank, an office or a zone given a
# short form (…银行（简称“…”）, …管理局（以下简称“…”）) is a body, quoted or not.
_INITIATIVE = re.compile(r"(?:工程|行动|计划|项目|改革|模式|机制|工作法|经验|战略|试点|活动|攻坚)$")
_BODY = re.compile(
    r"(?:局|委|委员会|办公室|厅|部|院|中心|公司|集团|协会|学会|联合会|区|园|所|队|社|馆|学校|"
    r"大学|学院|银行|医院|政府|法院|检察院)$"
)
_IDIOM_TAGS = {"i", "l"}
# Heads that a word of manner may stand before instead of a name: how a service is given or a
# place run (“保姆式”服务, “精细化”管理), the quote an adjective, not a scheme's name.
_MANNER_HEADS = frozenset({"服务", "管理"})
_MANNER = re.compile(r"^[\u4e00-\u9fff]{1,4}[式化]$")
_NAME_TAGS = {"ns", "nr", "nrt", "nz", "nt"}
_FROM_PLACE = re.compile(r"从(?P<place>[^，。；：、“”「」‘’\s]{2,12})的$")
_TO_PLACE = re.compile(r"[^，。；“”「」]{0,2}?到(?P<place>[^，。；：、“”「」‘’\s]{2,12})的")
_PLACE_END = re.compile(r"(?:[省市县区镇乡村旗]|街道|社区|牧区|山区|林区|农村|城市|城乡)$")
_COUNTS = re.compile(f"[{NUMERALS}]+")
# A count of things never to be done, perhaps with a second count (三不收, 四不两直); not
# “one …” (一不怕苦), which is speech, nor 三不管, a no-man's-land.
_NOT_DONE = re.compile(
    f"[二三四五六七八九十两]+不(?!管$)[\u4e00-\u9fff]{{1,2}}"
    f"(?:[{NUMERALS}]+[\u4e00-\u9fff]{{1,2}})?"
)
# A count of times or rounds (二次创业, 三轮攻坚, 再次出发) says how often, not how many parts.
_TIMES = re.compile(f"(?:[{NUMERALS}]+[次轮遍趟回]|再次|又一次)")
_QUESTION = re.compile(r"如何|怎样|怎么|为何|为什么|什么|吗$")
_ALL_HAN = re.compile(r"[\u4e00-\u9fff、]+")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2}")
# A name with a Latin letter inside, for “e” (online) or the like: “税e贷”, “浙e办”.
_LETTER_INSIDE = re.compile(r"[\u4e00-\u9fff]+[A-Za-z]{1,2}[\u4e00-\u9fff]+")
_LIST_PART = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
# “11+8”产业链, “1+3+N”网格管理机制: counts joined by +, N for any number.
_MONEY_HEADS = frozenset({"补贴", "补助", "奖补", "保险"})
_HAN_FORMULA = re.compile(r"[\u4e00-\u9fff]+(?:\+[\u4e00-\u9fff]+)+")
_DIGIT_FORMULA = re.compile(r"[0-9]+(?:\+(?:[0-9]+|[NnXx]))+")
_PLUS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+(?: ?\+ ?[\u4e00-\u9fffA-Za-z0-9]+)+")
_LONGEST_NAME = 24  # a longer quote without 、 or + is a clause, not a name
_LONGEST_LIST = 40
_LONGEST_BARE = 12  # a quote named by its surroundings alone is a short name


@dataclass(frozen=True, slots=True)
class _Quotes:
    """An article's quotes with what is worked out once for all of them."""

    text: str
    quotes: tuple[Quote, ...]
    times: Counter[str]  # how often each quoted text is quoted
    lists: tuple[tuple[int, int], ...]  # for each quote, the first and last quote of its list
    speech: frozenset[int]  # quotes inside quoted speech
    compared: frozenset[int]  # quotes of places' practices set side by side (从…的“…”到…)
    changed: frozenset[int]  # the states a change goes from and to (从“…”向“…”转变)
    known: Collection[str]
    short_forms: Mapping[str, tuple[str, str]]  # from other articles: short → (name, kind)
    tokenizer: Tokenizer


# Reports quote what they name (“党建+网格+大数据”模式, “五星”支部, “四件事”) but also speech,
# metaphors and idioms (“伤疤”, “主心骨”). A quote counts when its form or surroundings say it
# is a name: a head noun after it, a count at its start, a + formula, numbered enumeration, a
# verb of adoption or naming before it or its list, 等做法 after its list, repetition, or a
# name known from other articles. A short form given in “（简称‘…’）” is its full name again.
def find_programs(
    text: str,
    *,
    known: Collection[str] = (),
    short_forms: Mapping[str, tuple[str, str]] | None = None,
    tokenizer: Tokenizer | None = None,
) -> tuple[ProgramMention, ...]:
    """Programs named in `text`, by position. `known` holds canonical names taken from other
    articles: a quoted phrase already known as a program is taken again. `short_forms` maps
    short forms other articles gave (简称“…”) to the (name, kind) of their program."""
    tokenizer = tokenizer or default_tokenizer()
    quotes = find_quotes(text)
    page = _Quotes(
        text,
        quotes,
        Counter(_flat(q.content) for q in quotes),
        _lists(text, quotes),
        _in_speech(text, quotes),
        _compared(text, quotes, tokenizer),
        _changed(text, quotes),
        known,
        short_forms or {},
        tokenizer,
    )
    taken: dict[int, ProgramMention] = {}
    for index in range(len(quotes)):
        mention = _mention(page, index)
        if mention is not None:
            taken[index] = mention
    found = _name_short_forms(page, taken)
    found.extend(taken.values())
    quoted = [(q.start, q.end) for q in quotes]
    for start, end in _plus_formulas(text, tokenizer):
        if any(a <= start < b for a, b in quoted):
            continue  # inside a quote: taken or refused there
        surface = text[start:end]
        found.append(
            ProgramMention(surface, start, end, canonical_name(surface), "model", "plus formula")
        )
    return tuple(sorted(found, key=lambda p: (p.start, p.end)))


_QUOTE_MARKS = '“”「」『』‘’"'


def quoted_in_both(first: str, second: str, tokenizer: Tokenizer | None = None) -> set[str]:
    """Coined names quoted in both texts (a headline and its story's text): a name printed
    again is a name, as it is when one text repeats it."""
    if not any(mark in first for mark in _QUOTE_MARKS):
        return set()  # (most headlines quote nothing: the text need not be read for quotes)
    tokenizer = tokenizer or default_tokenizer()
    names: list[set[str]] = []
    refused: set[str] = set()
    for text in (first, second):
        quotes = find_quotes(text)
        names.append({_flat(q.content) for q in quotes})
        spoken = _in_speech(text, quotes)
        # (a person's nickname, “…”名叫某某, or words someone said are no name anywhere)
        refused |= {
            _flat(q.content)
            for i, q in enumerate(quotes)
            if i in spoken
            or _SPEECH_BEFORE.search(text[max(0, q.start - 6) : q.start])
            or _NICKNAMED.search(text[max(0, q.start - 4) : q.start])
            or _NAMED_PERSON.match(text, q.end)
        }
    return {
        flat
        for flat in (names[0] & names[1]) - refused
        if len(flat) >= 4 and _ALL_HAN.fullmatch(flat) and _coined(flat, tokenizer)
    }


def _mention(page: _Quotes, index: int, evidence: str | None = None) -> ProgramMention | None:
    """The program quote `index` names, on `evidence` if given, else on what _evidence finds."""
    text, quote = page.text, page.quotes[index]
    head = _head(text, quote, page.tokenizer)
    shared = "" if head else _shared_head(text, page.quotes, index)
    evidence = evidence or _evidence(page, index, head, shared)
    if evidence is None:
        return None
    end = quote.end + len(head)
    surface = text[quote.start : end]
    kind = kind_of(_flat(quote.content), simplified(head or shared) or _practice(page, index))
    return ProgramMention(surface, quote.start, end, canonical_name(surface), kind, evidence)


def _practice(page: _Quotes, index: int) -> str:
    """The kind of practice the list of quote `index` is said to be (等做法, 等活动), if any."""
    last = page.quotes[page.lists[index][1]]
    listed = _PRACTICES.match(page.text, last.end)
    return listed.group("noun") if listed else ""


def _flat(content: str) -> str:
    return simplified(content).replace("＋", "+")


def _head(text: str, quote: Quote, tokenizer: Tokenizer | None = None) -> str:
    match = _HEAD.match(text, quote.end, quote.end + 10)
    opens_a_word = match is not None and _HAN.match(text, match.end()) is not None
    if match and match.group() == "制" and opens_a_word and text[match.end()] not in _CLOSES_A_NAME:
        match = None  # “智造谷”制造业, “三定”制定: 制 opens a word of its own
    if match is None and COUNTS_ONLY.fullmatch(_flat(quote.content)):
        # “1+3+N”基层治理工作机制: counts alone name nothing, so what follows them is read
        # further for the head that does.
        match = _LONG_HEAD.match(text, quote.end, quote.end + 14)
    if match is None and text.startswith(_MANAGED, quote.end):
        return _MANAGED
    team = _TEAM_HEAD.match(text, quote.end)
    if match is None and team:
        return team.group()  # “萤火虫”陪伴队: a team named by the quote
    if match or tokenizer is None:
        return match.group() if match else ""
    return _worded_head(text, quote.end, tokenizer)


def _worded_head(text: str, position: int, tokenizer: Tokenizer) -> str:
    """“生态岗位+”就业模式: a modifier may open with a character that is a function word alone
    (就, 为, 对) when it is part of a word there (就业, 为民, 对口)."""
    modifier = ""
    for token in tokenizer.cut(text[position : position + 10]):
        word = token.text
        if len(word) < 2 or len(modifier) + len(word) > 4 or _PREDICATE_WORD.fullmatch(word):
            return ""
        modifier += word
        head = _HEAD_WORD.match(text, position + len(modifier))
        if head:
            return modifier + head.group()
    return ""


def _shared_head(text: str, quotes: tuple[Quote, ...], index: int) -> str:
    """“五治统筹”“四防融合”指挥平台: quotes printed back to back share the last one's head."""
    following = index
    while following + 1 < len(quotes) and quotes[following + 1].start == quotes[following].end:
        following += 1
    return _head(text, quotes[following]) if following != index else ""


def _outermost(quotes: tuple[Quote, ...]) -> list[int]:
    """Indexes of the quotes no other quote holds."""
    outer: list[int] = []
    reach = -1
    for index, quote in enumerate(quotes):  # by start, an outer quote before its inner ones
        if quote.start >= reach:
            outer.append(index)
            reach = quote.end
    return outer


def _lists(text: str, quotes: tuple[Quote, ...]) -> tuple[tuple[int, int], ...]:
    """For every quote the first and last quote of the list it stands in (itself alone if
    none): outer quotes back to back or joined by 、 和 与 及 或."""
    lists = [(index, index) for index in range(len(quotes))]
    outer = _outermost(quotes)
    run = outer[:1]
    for previous, index in zip(outer, [*outer[1:], None], strict=False):
        joined = index is not None and _LIST_JOINER.fullmatch(
            text[quotes[previous].end : quotes[index].start]
        )
        if joined:
            run.append(index)
            continue
        for member in run:
            lists[member] = (run[0], run[-1])
        run = [index] if index is not None else []
    return tuple(lists)


def _in_speech(text: str, quotes: tuple[Quote, ...]) -> frozenset[int]:
    """Quotes inside quoted speech: inside a quote that holds a clause, or a ‘…’ inside a
    “ left open in its paragraph (a passage of speech too long to pair)."""
    inside = set()
    for index, quote in enumerate(quotes):
        holders = [
            o
            for o in quotes
            if o.start <= quote.start
            and quote.end <= o.end
            and (o.start, o.end) != (quote.start, quote.end)
        ]
        if any(_CLAUSE.search(_flat(o.content)) for o in holders):
            inside.add(index)
        elif not holders and text[quote.start] == "‘":
            paragraph = text[: quote.start].rsplit("\n", 1)[-1]
            if paragraph.rfind("“") > paragraph.rfind("”"):
                inside.add(index)
    return frozenset(inside)


def _compared(text: str, quotes: tuple[Quote, ...], tokenizer: Tokenizer) -> frozenset[int]:
    """从甲县的“…”到乙镇的“…”: a range of places, each with its practice, names practices;
    the same range over times (从过去的“…”到如今的“…”) tells a change, and names nothing."""
    compared: set[int] = set()
    outer = _outermost(quotes)
    for first, second in pairwise(outer):
        opening = _FROM_PLACE.search(text, max(0, quotes[first].start - 14), quotes[first].start)
        between = _TO_PLACE.fullmatch(text, quotes[first].end, quotes[second].start)
        if (
            opening
            and between
            and _placelike(opening.group("place"), tokenizer)
            and _placelike(between.group("place"), tokenizer)
        ):
            compared.update((first, second))
    return frozenset(compared)


def _changed(text: str, quotes: tuple[Quote, ...]) -> frozenset[int]:
    """从“旺季火”向“四季热”转变, 由“盆景”到“风景”: two quotes right after 从 and 向 or 到
    are the states a change goes from and to, not names of what brings it about."""
    changed: set[int] = set()
    outer = _outermost(quotes)
    for first, second in pairwise(outer):
        opening = text[max(0, quotes[first].start - 1) : quotes[first].start]
        between = text[quotes[first].end : quotes[second].start]
        if opening in ("从", "由") and between in ("向", "到", "变为", "变成", "转向"):
            changed.update((first, second))
    return frozenset(changed)


def _placelike(words: str, tokenizer: Tokenizer) -> bool:
    """Whether a phrase ends in a place: a unit (…县, …社区) or a name (四川; the tagger
    takes some county names, 诸城, for people's)."""
    if _PLACE_END.search(words):
        return True
    tagged = tokenizer.tag(words)
    return bool(tagged) and tagged[-1].pos in _NAME_TAGS


def _called_person(text: str, start: int, after: str) -> bool:
    """A passive 被…称为 before the quote, a person's pronoun as its subject or right after it.
    A clause that opens with 被 has the subject of the clause before (她种菜有一手，被…称为)."""
    clause_start = _clause_start(text, start)
    clause = text[clause_start:start]
    passive = _PASSIVE_CALLED.search(clause)
    if not passive:
        return False
    subject = clause[: passive.start()]
    if not subject.strip() and clause_start > 1:
        subject = text[_clause_start(text, clause_start - 1) : clause_start][:2]
    return bool(_PRONOUN.search(subject) or _PRONOUN_AFTER.match(after))


def _clause_start(text: str, end: int) -> int:
    return max(text.rfind(mark, 0, end) for mark in "，。；;！？\n") + 1


def _evidence(page: _Quotes, index: int, head: str, shared: str) -> str | None:
    text, quote, tokenizer = page.text, page.quotes[index], page.tokenizer
    flat = _flat(quote.content)
    name = canonical_name(flat, head)
    before = text[max(0, quote.start - 6) : quote.start]
    after = text[quote.end : quote.end + 12]
    if _CLAUSE.search(flat) or _QUESTION.search(flat):
        return None  # a quoted clause or question: speech
    if _SPEECH_BEFORE.search(before) or _SPEECH_AFTER.match(after) or _AWARD.search(before):
        return None  # speech, or a title awarded (评为“十佳市民”)
    if index in page.speech:
        return None  # a name in someone's words is theirs to give, not the report's
    if any(_flat(q.content) == flat and _NAMED_PERSON.match(text, q.end) for q in page.quotes):
        return None  # “王大嗓门”名叫王秀英: a person's nickname, wherever it is quoted
    if NOT_NUMBERED.match(flat) or not (
        _HAN_RUN.search(flat)
        or _HAN_FORMULA.fullmatch(flat)  # “稻+鱼”: a formula of one character each
        or flat.isdigit()
        or _DIGIT_FORMULA.fullmatch(flat)
        or _LETTER_INSIDE.fullmatch(flat)
    ):
        return None  # 十四五, 80后; a lone character (“廉”心) or Latin text
    parts = flat.split("、")
    listed = len(parts) >= 2
    if listed and not all(_LIST_PART.match(p) for p in parts):
        return None  # 县、乡、村: a list of words, not of mechanisms
    if len(flat) > (_LONGEST_LIST if listed or "+" in flat else _LONGEST_NAME):
        return None
    if name in page.known or flat in page.known:
        return "known"
    if (
        head
        and simplified(head) in _MANNER_HEADS
        and (_MANNER.search(flat) or _idiomatic(flat, tokenizer))
    ):
        return None  # “一条龙”服务, “保姆式”服务, “网格化”管理: a way of doing, not a name
    if head and simplified(head) in _MONEY_HEADS and len(flat) <= 2:
        return None  # 以旧换新“加力”补贴: a word of two says how the money is paid, no name
    if head:
        return f"head noun {simplified(head)}"
    if shared:
        return f"shared head noun {simplified(shared)}"
    if _OF_PRACTICE.match(after) and (listed or _numbered(flat, tokenizer)):
        return "practice named"  # 按照“一户一档、精准帮扶”的办法
    by_rule = _BY_RULE.search(before) and _RULE_AFTER.match(after)
    if by_rule and (listed or _numbered(flat, tokenizer)):
        return "practice named"  # 按“一箱一号、按证养殖”要求: the requirement a practice sets
    plus = "+" in flat and (_HAN_RUN.search(flat) or _HAN_FORMULA.fullmatch(flat))
    if plus or _DIGIT_FORMULA.fullmatch(flat):
        return "plus formula"
    if listed and all(_numbered(p, tokenizer) for p in parts):
        return "enumeration"  # 六情直通、四级响应
    if _levels_formula(flat):
        return "division of work"  # “村财乡管”: what each level of government does
    if _CONVERSION.fullmatch(flat) and not _idiomatic(flat, tokenizer):
        return "conversion"  # “煤改电”, “旱改水”: one thing replaced by another, everywhere
    if before.endswith("以") and _FRAME.match(after):
        return "frame of the work"  # 以“平安某县”建设为主线: what the work is organised by
    if len(flat) >= 4 and _SLOGAN.match(after):
        return "slogan"  # “村村有特色、户户有事做”——这句标语
    if _BECOMING.search(text, max(0, quote.start - 12), quote.start):
        return None  # 让油茶林变成群众的“绿色银行”: what a thing becomes is a figure of speech
    if SELF_NAMED.search(flat) and len(flat) >= (
        3 if flat.endswith(("制", "贷", "榜", "屋")) else 4
    ):
        return "named as such"  # “雪亮工程”, “枫桥经验”, “河长制”, “茶农贷”, “红黑榜”
    if len(flat) >= 3 and flat.endswith("码") and _coined(flat, tokenizer):
        return "named as such"  # “刀剪码”: a code a scheme gives its goods (not 二维码)
    if 3 <= len(flat) <= 4 and flat.endswith(("保", "券")) and _coined(flat, tokenizer):
        # “茶园保”, “良种券”: an insurance or a voucher named for what it covers (not 医保
        # or 消费券, words of every day)
        return "named as such"
    if TEAM.fullmatch(flat):
        return "named as such"  # “银发护渡队”, “工匠帮帮团”: a team named for itself
    if _meeting(flat, tokenizer):
        return "named as such"  # “屋场会”, “板凳会”
    if EVERY_UNIT.fullmatch(flat):
        return "named as such"  # “村村通”, “户户亮”: a project reaching every village or home
    if len(flat) >= 3 and _PROGRESS.match(after):
        return "progress reported"  # 察看“茶山托管”推进情况
    if len(flat) >= 4 and _SCALE.match(after) and _coined(flat, tokenizer):
        return "scale reported"  # “稻鱼共养”面积达1.2万亩: a practice measured by its spread
    if len(flat) >= 4 and _COVERED.match(after) and _coined(flat, tokenizer):
        return "scale reported"  # “每天一小时阅读”实现全覆盖: a practice every unit has taken up
    if len(flat) >= 4 and _RECURRING.match(after) and _coined(flat, tokenizer):
        return "held regularly"  # “火塘夜话”每周开一次
    if len(flat) >= 4 and _SET_ASIDE.search(before) and _OCCASION.search(flat):
        return "held regularly"  # 把每月第一个周日定为“文明积分日”
    if (
        len(flat) >= 3
        and _KEPT_UP.search(before)
        and _RESULTS.match(after)
        and _coined(flat, tokenizer)
    ):
        return "results kept up"  # 巩固“清零攻坚”成效
    if len(flat) >= 4 and _PROCEDURE.match(after):
        return "procedure"  # 按“群众点、干部办、社会评”的流程
    if index in page.changed:
        return None  # 从“旺季火”向“四季热”: states, before and after
    if not listed and _numbered(flat, tokenizer):
        return "numbered slogan"
    if _HONORIFIC.search(flat):
        return None  # “花木之乡”, “都市后花园”: what a place is called, not what it does
    if _CALLED.search(before):
        if _PERSON_AFTER.match(after) or _called_person(text, quote.start, after):
            return None  # 被乡亲们称为“果树医生”的农技员: what a person is called
        if "的" in flat:
            return None  # 被称为“全国最晚的荔枝”: a description of a thing, no name of a practice
        return "called so"  # 群众亲切地称之为“窗帘之约”
    if index in page.compared and _coined(flat, tokenizer):
        return "practices of places compared"
    if (
        len(flat) >= 3
        and _MADE.search(before)
        and _named_facility(text, quote.end)
        and not _LANDFORM.search(flat)
        and _coined(flat, tokenizer)
    ):
        return "built"  # 增设“饭后一小时”兴趣课堂: the name of the place or thing made
    if (
        len(flat) >= 4
        and _MADE.search(before)
        and _HAN.match(flat[-1])
        and _CLAUSE_END.match(text, quote.end)
        and _FACILITY_END.search(flat)
        and _coined(flat, tokenizer)
    ):
        return "built"  # 搭建“院落充电棚”，: the quote is the name of what was built
    first, last = page.lists[index]
    list_before = text[max(0, page.quotes[first].start - 6) : page.quotes[first].start]
    list_after = text[page.quotes[last].end : page.quotes[last].end + 12]
    # Parallel phrases (增品种、提品质、创品牌) are as often problems and principles
    # (空心化、老龄化、疏离化; 规模适度、界限清晰) as programs: only what surrounds them tells.
    if listed:
        if len(flat) >= 4 and _ADOPT_LISTED.search(list_before):
            return "adopted"
    elif _bare_name(flat, list_before, list_after, after, first != last, tokenizer):
        if _ADOPT.search(list_before):
            return "adopted" if first == last else "listed after a verb of adoption"
        if _ADDED.search(list_before) and not _DIGIT.search(flat):
            # 新增“先办后补”, 开通“夜间办证”: a service added; not the rules a charter adds
            # (新增“酒席不过十桌”), which give their figures
            return "adopted" if first == last else "listed after a verb of adoption"
        if _PRACTICES.match(list_after):
            return "listed as practices"  # “院落议事”“积分兑换”等做法
        if len(flat) >= 4 and _adopted_for(text, page.quotes[first].start, tokenizer):
            return "adopted"  # 推行政务服务“掌上通办”
        if len(flat) >= 4 and before.endswith("把") and _CARRIED.match(after):
            return "carried out"  # 把“干部走亲连心”落到实处
    # Repetition alone takes Chinese names only: quoted ship names (海巡088), routes
    # (珲春-莫斯科) and forum themes recur in a report too; so do idioms.
    if len(flat) >= 4 and page.times[flat] >= 2 and _ALL_HAN.fullmatch(flat):
        return None if _idiomatic(flat, tokenizer) else "repeated"  # “时间银行” … “时间银行”里
    return None


_CONVERSION = re.compile(r"[\u4e00-\u9fff]{1,2}改[\u4e00-\u9fff]{1,2}")
_FRAME = re.compile(
    r"(?:建设|创建|行动|工程|品牌|工作)?为(?:抓手|主线|引领|载体|突破口|切入点|统领|牵引|纽带|依托)"
)
# The levels of government a division of work names, one character each (户, 村, 镇 …).
_LEVELS = "户组村镇乡县市省"
_LEVEL_PART = re.compile(rf"[{_LEVELS}][^{_LEVELS}]{{1,3}}")
_LEVEL_PAIR = re.compile(rf"[{_LEVELS}][^{_LEVELS}组][{_LEVELS}][^{_LEVELS}组]")


def _levels_formula(flat: str) -> bool:
    """A division of work among levels of government, each opening its part: “村财乡管”,
    “户分类、村收集、镇转运、县处理”. Two or more levels, none named twice."""
    parts = flat.split("、")
    if len(parts) == 1:
        pair = _LEVEL_PAIR.fullmatch(flat) is not None and "组" not in flat[::2]
        return pair and flat[0] != flat[2]
    levels = [p[0] for p in parts]
    return all(_LEVEL_PART.fullmatch(p) for p in parts) and len(set(levels)) == len(levels)


def _meeting(flat: str, tokenizer: Tokenizer) -> bool:
    """A standing meeting given a name of its own (“屋场会”, “夜谈会”): 会 after words no
    dictionary joins with it, unlike a body or an everyday word (委员会, 座谈会, 社会)."""
    return (
        len(flat) >= 3
        and flat.endswith("会")
        and all(tokenizer.tag_of(flat[-n:]) == "x" for n in range(2, len(flat) + 1))
    )


def _adopted_for(text: str, position: int, tokenizer: Tokenizer) -> bool:
    """推行工业项目“…”, 实施农村“…”: a verb of adoption, then the field the practice is for,
    in nouns."""
    window = max(0, position - 10)
    match = _ADOPT_FOR.search(text, window, position) or _LAUNCHED_FOR.search(
        text, window, position
    )
    if match is None:
        return False
    field = tokenizer.tag(match.group("field"))
    return bool(field) and all((t.pos or "").startswith("n") or t.pos == "vn" for t in field)


def _bare_name(
    flat: str, before: str, list_after: str, after: str, together: bool, tokenizer: Tokenizer
) -> bool:
    """Whether a quote with no head noun may be a name its surroundings give: a coined name,
    not what 打造 builds (打造“小而美”的街巷); a short one is launched, listed as a practice
    or the whole means of a clause (通过“…”，), and stands alone (推出“科技贷”, but not the
    label in 实施“小升规”培育). Quotes listed `together` under one verb or 等做法 are names
    of practices even when the dictionary has the word (“红黑榜”), though not its idioms."""
    if not _coined(flat, tokenizer, words=not together):
        return False
    if _BUILT.search(before) and after.startswith("的"):
        return False
    if len(flat) > 3:
        return True
    launched = _LAUNCH.search(before) or _PRACTICES.match(list_after)
    if launched is None and _MEANT.search(before) and not together:
        # 通过“…”，, or the means named by a proper noun before what it does (通过“一卡通”
        # 直接发放)
        return _CLAUSE_END.match(after) is not None or tokenizer.tag_of(flat) == "nz"
    return launched is not None and _ALONE.match(after) is not None


def _coined(flat: str, tokenizer: Tokenizer, *, words: bool = True) -> bool:
    """A quote named by its surroundings alone is a short coined name: not an everyday word
    (unless not `words`), idiom or saying of the dictionary (“主心骨”, “一盘棋”, “放心不下”),
    no 的 phrase, no places joined by a dash (甲—乙)."""
    if not 2 <= len(flat) <= _LONGEST_BARE or "的" in flat or _joined_names(flat):
        return False
    if flat[0] in "新老" and len(flat) <= 4 and tokenizer.tag_of(flat[1:]) != "x":
        return False  # a new or old everyday thing is a figure of speech: “新引擎”, “老字号”
    if _TIMES.match(flat):
        return False  # doing a thing again is a call to effort: “二次创业”, “再次出发”
    if not words and tokenizer.tag_of(flat) in _IDIOM_TAGS:
        return False
    return not _idiomatic(flat, tokenizer, words=words)


def _joined_names(flat: str) -> bool:
    """Places or venues joined by a dash or a dot (青山湖—白云寨, 创新·开放·共赢), not two
    phrases of four characters paired as a slogan (党建扎桩·治理结网)."""
    if not _JOINED_NAMES.search(flat):
        return False
    return any(len(part) < 4 for part in _JOINERS.split(flat))


def _idiomatic(flat: str, tokenizer: Tokenizer, *, words: bool = True) -> bool:
    """A word of the dictionary (if `words`), or a phrase made mostly of its idioms and set
    phrases (时时放心不下), though not a slogan that borrows one (人人有责、人人尽责、人人享有)."""
    # The dictionary lists a few names of practices as if they were people's (红黑榜/nr) or
    # as other proper nouns (一卡通/nz): those are no everyday words.
    if words and tokenizer.tag_of(flat) not in ("x", "nr", "nz"):
        return True
    idioms = sum(len(t.text) for t in tokenizer.tag(flat) if t.pos in _IDIOM_TAGS)
    return idioms >= 4 and 2 * idioms >= len(flat)


def _name_short_forms(page: _Quotes, taken: dict[int, ProgramMention]) -> list[ProgramMention]:
    """…（简称“…”）: the short form names the full name's program, here and wherever the
    article quotes it again. A quoted full name given a short form is a name; so is an
    unquoted one that ends as names of initiatives do (…工程, …行动), which is returned."""
    text, quotes = page.text, page.quotes
    full_names: dict[str, tuple[str, str]] = dict(page.short_forms)
    unquoted: list[ProgramMention] = []
    for index, quote in enumerate(quotes):
        marker = _ABBREVIATED.search(text, max(0, quote.start - 8), quote.start)
        if marker is None:
            continue
        mention = _quoted_full_name(page, taken, index, marker.start())
        if mention is None:
            mention = _unquoted_full_name(text, marker.start())
            if mention is None:
                continue
            unquoted.append(mention)
        short = _mention(page, index, f"short form of {mention.name}")
        if short is not None and short.name != mention.name:
            full_names[short.name] = (mention.name, mention.kind)
            full_names[_flat(quote.content)] = (mention.name, mention.kind)
    if not full_names:
        return unquoted
    for index, quote in enumerate(quotes):
        mention = taken.get(index) or _mention(page, index, "short form")
        full = None if mention is None else full_names.get(mention.name)
        full = full or full_names.get(_flat(quote.content))
        if mention is not None and full is not None and mention.name != full[0]:
            name, kind = full
            taken[index] = replace(mention, name=name, kind=kind, evidence=f"short form of {name}")
    return unquoted


def _quoted_full_name(
    page: _Quotes, taken: dict[int, ProgramMention], index: int, marker: int
) -> ProgramMention | None:
    """The program the quote just before （简称 names, with its head noun, if any."""
    text, quotes = page.text, page.quotes
    full = max(
        (i for i in range(index) if quotes[i].end <= marker),
        key=lambda i: quotes[i].end,
        default=None,
    )
    if full is None or (text[quotes[full].end : marker].strip() and full not in taken):
        return None
    mention = taken.get(full)
    if mention is None:
        if not _nameable(quotes[full]) or _BODY.search(_flat(quotes[full].content)):
            return None
        mention = _mention(page, full, "abbreviated")
        if mention is None:
            return None
        taken[full] = mention
    if text[mention.end : marker].strip():
        return None  # words between the full name and （简称: the short form is of them
    return mention


def _unquoted_full_name(text: str, marker: int) -> ProgramMention | None:
    """百村示范工程（简称“…”）: the name runs back to a mark or a verb of adoption."""
    start = max(0, marker - _LONGEST_UNQUOTED)
    window = text[start:marker]
    bounds = [m.end() for m in _NAME_BOUND.finditer(window)]
    if not bounds and start > 0:
        return None  # no start in sight: a passage, not a name
    begin = max(bounds, default=0)
    begin = max([begin, *(m.end() for m in _ADOPT_ANY.finditer(window, begin))])
    name = window[begin:]
    if not (4 <= len(name) and _NAME_TEXT.fullmatch(name) and _INITIATIVE.search(name)):
        return None
    begin += start
    return ProgramMention(name, begin, marker, canonical_name(name), kind_of(name), "abbreviated")


def _nameable(quote: Quote) -> bool:
    """A full name in quotes: Chinese, no clause, not a passage."""
    flat = _flat(quote.content)
    return bool(_HAN_RUN.search(flat)) and not _CLAUSE.search(flat) and len(flat) <= _LONGEST_LIST


def _numbered(flat: str, tokenizer: Tokenizer) -> bool:
    """四件事, 五基四化, 三个聚焦 — but not a common word that starts with a count (两委,
    三农, 十佳), nor a count of times (二次创业), nor “one …” (一把手, 一盘棋), unless it
    holds two counts (一联四帮, 一带一路) or is a coined phrase of four characters or more.
    Two counts make a formula when short words stand between them: not an idiom of the
    dictionary (千家万户, 三天打鱼两天晒网) nor a saying with a clause between them (一把
    扫帚扫一条街)."""
    if not NUMBERED.match(flat) or len(flat) > 10 or flat.isdigit() or _TIMES.match(flat):
        return False
    if _NOT_DONE.fullmatch(flat):
        return True  # 三不收, 五不准, 四不两直: what is never to be done, counted (a rule)
    if TWO_NUMBERS.match(flat):
        between = _COUNTS.split(flat)[1:-1]
        return not _idiomatic(flat, tokenizer) and all(len(words) <= 3 for words in between)
    if flat[0] == "一":
        # 一人学, 一张网, 一把手: “one …” is ordinary speech; four characters or more that no
        # dictionary has are a coined formula (一网统管, 一窗受理).
        return len(flat) >= 4 and _coined(flat, tokenizer)
    return len(tokenizer.cut(flat)) > 1


def _plus_formulas(text: str, tokenizer: Tokenizer) -> list[tuple[int, int]]:
    """Unquoted formulas (探索龙头企业+合作社+农户的发展路子) run into the sentence at both
    ends: the first member keeps the nouns just before its +, the last the nouns just after,
    so the verb before and the 的…, 模式 after stay out: 龙头企业+合作社+农户."""
    spans = []
    for match in _PLUS.finditer(text):
        parts = re.split(r" ?\+ ?", match.group())
        if not any(_HAN_RUN.search(p) for p in parts):
            continue  # arithmetic, not a formula
        first = "".join(reversed(_nouns(reversed(tokenizer.tag(parts[0])))))
        last = "".join(_nouns(tokenizer.tag(parts[-1])))
        if first and last:
            start = match.start() + len(parts[0]) - len(first)
            spans.append((start, match.end() - len(parts[-1]) + len(last)))
    return spans


_NOUNISH = {"j", "l", "a", "b", "zg", "eng"}  # not vn: 农户|发展模式


def _nouns(tokens: Iterable[Token]) -> list[str]:
    """The words of the noun phrase `tokens` start with, four at most, up to a head noun."""
    words: list[str] = []
    for token in tokens:
        pos = token.pos or ""
        if len(words) == 4 or token.text in HEADS or not (pos[:1] == "n" or pos in _NOUNISH):
            break
        words.append(token.text)
    return words
