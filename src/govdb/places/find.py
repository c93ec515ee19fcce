"""An article's text into place mentions, each tied to one official unit or honestly not.

Names are matched longest first against the gazetteer to town level; villages (村, 社区) are
looked up only in the provinces the document is about, or under the unit printed right before
them. A name many units share is resolved by the units named around it (the chain it is
printed in, its sentence, its paragraph, the whole text, the outlet's home region); when that
does not decide, the mention goes to the deepest unit all candidates share and keeps the
candidates; a town or village name then becomes a unit of that name under it (410225~代庄村).
One-character misprints are corrected only among the children of a unit already resolved next
to them. Everyday words that are also names (苹果村, 文明村镇, 科技兴安) are told apart by the
units named around them and by the general lexicon (places/lexicon.py).

A chain (召陵区召陵镇大徐村) gives one mention per link, each with its own span and code. Codes
are the register's, at their level's length (41, 4111, 411104, 411104100, 411104100213).
What a text yields depends on the text and the arguments only: the gazetteer loads the
villages each look-up needs, whatever earlier texts loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from govdb.places.aliases import PLACEHOLDERS
from govdb.places.gazetteer import Gazetteer, default_gazetteer, local_code, register_level
from govdb.places.lexicon import (
    default_dictionary,
    default_frequencies,
    is_common_word,
    is_everyday_word,
    is_word,
)
from govdb.places.resolve import Match, resolve
from govdb.places.vocabulary import PlaceLevel, Resolution

# A place name followed by these is part of a company's or a school's name (湖南省长康实业,
# 浙江大学), not a mention of the place; government bodies (市委, 区政府) stay mentions. The
# name may run on a few characters, but not across a particle (友爱街社区为泰山小区…) nor a
# count (辞去杭州一家物流公司的工作: one company in the city, not its name).
_INSTITUTION = re.compile(
    r"^(?:(?![为在和与及的是对向把被将从到了于]|[一两几多某][家个所座])[\u4e00-\u9fff]){0,6}?"
    # (大学生 is a student from the place, no college of its name)
    # (股份 of a firm, not of a village's 股份经济合作社, which its own village runs)
    r"(?:大学(?!生)|学院|公司|集团|实业|银行|支行|分行|有限|股份(?!经济|合作)|日报|晚报|晨报|早报|商报|时报|都市报|报社|报讯"
    r"|电视台|广播电视台|研究院)"
    # A facility only right after the name: 泰山小区 is no place, but 舞阳县贾湖遗址 is in one.
    r"|^(?:小区|花园|广场|大道|公园|遗址|博物馆|酒店|商场|超市)"
    # but not the start of a street's, a community's or a town's own name (安定门街道花园社区,
    # 某区花园乡)
    r"(?!路|街|巷|社区|村|乡|镇)"
)
# Streets, lanes, compounds and the like named after a place: 黄山小区, 中山路, 长春里社区;
_NOT_AFTER_SHORT = re.compile(
    # (not 街市, 街头 or 街坊: the place's markets, streets and neighbours)
    r"^(?:路|街(?!道|市|头|坊)|大街|巷|里(?=社区|小区)|小区|花园|广场|大道|公园|山庄|苑|号"
    # and the river or wetland a place is named after: 黑河沿岸, 洮河流域, 黑河湿地
    r"|沿岸|两岸|流域|干流|上游|中游|下游|河畔|河道|水系|湿地)"
)
# A title or a role and one character before a short form: the form is a given name
# (局长刘桂林, 调解员周武汉, 村民赵桂林). Not a preposition, though: 记者从西双版纳州了解到
# names the prefecture.
_TITLE_AND_SURNAME = re.compile(
    r"(?:长|书记|主任|委员|记者|经理|教授|代表|同志|专家|老师|干部|员|村民|居民|农民)"
    r"(?![从在到赴对与和及为把被来去自往])[\u4e00-\u9fff]$"
)
# 嘎查: a village of Inner Mongolia; 村社区: a community named after the village it was
# (李家村社区), tried whole before its village
_VILLAGE_SUFFIX = re.compile(r"村社区|村|社区|嘎查")
# A short form and one of these make a landmark's name when the two are a word (麦积山, 杭州湾).
_LANDMARK_ENDS = frozenset("山河湖江海岛峡岭峰湾溪泉洞寺塔")
# The characters that name a unit's kind, at the end of its name.
_KINDS = "省市县区旗镇乡村"
# 镇 opening a village's name right after a township's 乡 (大通河乡镇江村), not 乡镇村干部.
_VILLAGE_AFTER_TOWN = re.compile(r"镇[\u4e00-\u9fff]{1,3}村")
_JOINING = "和与及同跟"  # conjunctions, which open two-character names too (和县)
_PREPOSITIONS = "从在到赴对与和及为把被来去自往向于"
# Names of the kinds a unit of its own is made for, when the register has several or none.
_LOCAL_KINDS = "村|社区|镇|乡|街道"
_LOCAL_KIND = re.compile(rf"(?:{_LOCAL_KINDS})$")
# A town's or village's name with its kind, as it starts: 北谢堡村, 西岗子镇.
_LOCAL_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,5}}?(?:{_LOCAL_KINDS})")
# The part of a town's or village's name before its kind: 苹果 in 苹果村.
_STEM = re.compile(rf"^(.{{2,}}?)(?:{_LOCAL_KINDS})$")
# A name runs on up to its kind, but not across a particle (托克扎克镇的村民 names no 的村),
# and 村民, 村委 are people and bodies, not a village's name.
_NAME_CHARACTER = r"(?:(?![的了在和与及是为对把被将从到于等之])[\u4e00-\u9fff])"
# Nor does a name start with a word of time or manner that opens a clause: 梅岭街道今年新建
# 社区服务站 names no community 今年新建社区.
_NOT_A_NAME_START = r"(?!今年|去年|明年|近年|近期|目前|当前|已经|正在|先后|陆续|累计)"
_TOWN_AFTER = re.compile(rf"^{_NOT_A_NAME_START}{_NAME_CHARACTER}{{1,5}}?(?:街道|镇|乡)")
# Nor is 各村 or 该社区 a name: a determiner before the kind says which of them (向各村, 到该社区).
# 民宿 and 民俗 after a village's name are its inns and customs (山阴庄村民宿), not 村民.
_INNS = r"民宿|民俗"
_INN = re.compile(_INNS)
_VILLAGE_AFTER = re.compile(
    rf"^{_NOT_A_NAME_START}{_NAME_CHARACTER}{{1,6}}?(?<![各每该本此这那全])(?:社区|村)"
    rf"(?![委级]|(?!{_INNS})民)"
)
_COUNTY_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,4}(?:区|县|市)$")


@dataclass(frozen=True, slots=True)
class PlaceMention:
    surface: str  # as in the text
    start: int  # span in the text
    end: int
    # the unit it resolves to (an ancestor, or a unit of the name under it, when ambiguous);
    # None: unresolved
    code: str | None
    level: str | None
    method: str  # exact, alias, context, fuzzy, ancestor, unresolved
    candidates: tuple[str, ...] = ()  # the units it could be, when context did not decide

    def __post_init__(self) -> None:
        # The vocabularies as enums, checked as the fact is made.
        object.__setattr__(self, "method", Resolution(self.method))
        if self.level is not None:
            object.__setattr__(self, "level", PlaceLevel(self.level))

    @property
    def place_code(self) -> str | None:
        """The unit named, under the name every kind of fact uses (govdb.ingest.facts)."""
        return self.code

    def shifted(self, by: int) -> PlaceMention:
        return replace(self, start=self.start + by, end=self.end + by)


COUNTY_DIGITS = 6  # a county's code is its towns' and villages' first six digits


def find_places(
    text: str,
    *,
    home_code: str | None = None,
    nearby: Sequence[str] = (),
    boundaries: frozenset[int] | None = None,
    gazetteer: Gazetteer | None = None,
    dictionary: Mapping[str, str] | None = None,
    frequencies: Mapping[str, int] | None = None,
) -> tuple[PlaceMention, ...]:
    """Place mentions in `text`.

    `home_code` is the outlet's home region; `nearby` the units the rest of the document
    names (other articles of the same page), consulted after the text itself. `boundaries` are
    the text's word boundaries (from the tokenizer): a two-character name (漯河, 范县) counts
    only as a whole word, not inside 出海口岸 or 示范县. The text is simplified Chinese.

    Each mention's method says how it was resolved: exact (the name of one unit), alias (a
    short, zone or register form of one unit), context (several units bear the name; the
    units named around it chose one), fuzzy (one character off a child of the unit printed
    before it, or a county one character off the parent of the town after it), ancestor (still
    ambiguous, or missing from the register: the deepest unit all candidates share, or for a
    town or village name a unit of that name under it, with the candidates), unresolved
    (candidates share no unit).

    `gazetteer`, `dictionary` (jieba's dictionary as word → part of speech, which tells
    everyday words from names) and `frequencies` (its words' frequencies) default to the
    process's (`govdb.resources`)."""
    g = gazetteer or default_gazetteer()
    words = default_dictionary() if dictionary is None else dictionary
    counts = default_frequencies() if frequencies is None else frequencies
    matches = _match_names(text, g, boundaries, words)
    # A town or village named nearby vouches for its county too: 大王镇 elsewhere in a notice
    # says which of four 焦村镇 its headline means.
    counties = [code[:COUNTY_DIGITS] for code in nearby if len(code) > COUNTY_DIGITS]
    nearby = [*nearby, *dict.fromkeys(c for c in counties if c not in nearby)]
    outside = [*nearby, home_code] if home_code else list(nearby)
    named = {c for m in matches if _one_unit(m.codes) and not m.alias for c in m.codes}
    context = named | set(outside)
    # Units a name of a few bearers may be: one of them under a short form's county vouches
    # for it (平江 and 浯口镇, a town of 平江县 and of one other county).
    candidates = frozenset(
        c for m in matches if 1 < len(m.codes) <= FEW_BEARERS and not m.alias for c in m.codes
    )
    before = {m.end: m for m in matches}
    after = {m.start: m for m in matches}
    matches = [
        m
        for m in matches
        if not _drop_out_of_context(
            text, m, g, (context, candidates), (before, after), (words, counts)
        )
    ]
    resolve(text, matches, g, outside)
    matches = sorted(
        [*matches, *_districts_named_as_areas(text, g, matches)], key=lambda m: m.start
    )
    matches = sorted([*matches, *_counties_printed_before(text, g, matches)], key=lambda m: m.start)
    _towns_by_their_villages(text, g, matches)
    provinces = _village_provinces(matches, g, home_code, nearby)
    villages, swallowed = _match_villages(text, g, matches, provinces)
    matches = [m for m in matches if not any(m is o for o in swallowed)] + villages
    matches.sort(key=lambda m: m.start)
    resolve(text, matches, g, outside)
    fixed = _fix_misprints(text, g, matches, words)
    matches = [m for m in matches if not any(f.start < m.end and m.start < f.end for f in fixed)]
    matches += fixed
    # The same words in one text mean the same place: a misprint corrected once is corrected
    # wherever it recurs (五里庙社区 under 孟庙镇, then alone).
    corrected = {text[f.start : f.end]: f for f in fixed}
    for m in matches:
        twin = corrected.get(text[m.start : m.end])
        if twin is not None and m is not twin:
            m.codes, m.code, m.method = list(twin.codes), twin.code, twin.method
    matches.sort(key=lambda m: m.start)
    resolve(text, matches, g, outside)
    matches += _bare_villages(text, g, matches, nearby)
    matches += _bare_towns(text, g, matches, nearby)
    matches.sort(key=lambda m: m.start)
    matches = _without_everyday_words(text, matches, outside, (words, counts))
    matches = _without_stems_of_local_names(text, matches)
    kept = _local_units(text, matches, villages, words)
    return tuple(_mention(text, m, g) for m in kept)


def _districts_named_as_areas(text: str, g: Gazetteer, matches: list[Match]) -> list[Match]:
    """铜陵市郊区, 阳泉城区: a district registered under a word for a kind of area (郊区, 城区,
    矿区) is that district right after its city's name; the same word elsewhere in the text
    then names it too. Alone, the word is a city's outskirts or centre, no unit."""
    named: dict[str, str] = {}
    for m in matches:
        if m.code is None or len(m.code) != CITY_DIGITS:
            continue
        word = text[m.end : m.end + 2]
        if word not in _AREA_DISTRICTS or word in named:
            continue
        district = next((c for c in g.children_of(m.code) if g.unit(c).name == word), None)
        if district is not None:
            named[word] = district
    taken = _spans(matches)
    return [
        Match(
            found.start(), found.end(), [named[found.group()]], False, "exact", named[found.group()]
        )
        for found in re.finditer("|".join(named) or "(?!)", text)
        if (found.start(), found.end()) not in taken
    ]


_AREA_DISTRICTS = frozenset({"城区", "郊区", "矿区"})
CITY_DIGITS = 4


VILLAGES_THAT_TELL = 2  # villages of one candidate town named, and of no other as many
TOWNS_SEARCHED = 8  # bearers of a town's name whose villages are looked through


def _towns_by_their_villages(text: str, g: Gazetteer, matches: list[Match]) -> None:
    """A town's name borne by a few towns, with nothing around it to choose among them, is
    the one whose villages the text names (石咀镇 … 芦家庄村、铁堡村): they are printed
    without their town, so only the town's register can tell."""
    for m in matches:
        if m.resolved or not 1 < len(m.codes) <= TOWNS_SEARCHED:
            continue
        if not all(len(c) == 9 and c.isdigit() for c in m.codes):
            continue
        named: dict[str, int] = {}
        for c in m.codes:
            names = (g.unit(v).name for v in g.children_of(c))
            named[c] = sum(1 for name in names if len(name) >= 3 and name in text)
        best = max(named.values())
        chosen = [c for c, n in named.items() if n == best]
        if best >= VILLAGES_THAT_TELL and len(chosen) == 1:
            m.codes, m.code, m.method, m.settled = chosen, chosen[0], "context", True


def _without_stems_of_local_names(text: str, matches: list[Match]) -> list[Match]:
    """A short form that opens a longer local name the text gives elsewhere (南阳寨村, then
    南阳寨东组): it is that name's stem there, not the city 南阳."""
    stems = {
        stem
        for m in matches
        if not m.alias
        and (stem := _LOCAL_SUFFIX.sub("", text[m.start : m.end])) != text[m.start : m.end]
        and len(stem) >= 3
    }
    return [
        m
        for m in matches
        if not (
            m.alias and any(len(s) > m.end - m.start and text.startswith(s, m.start) for s in stems)
        )
    ]


_LOCAL_SUFFIX = re.compile(rf"(?:{_LOCAL_KINDS}|居委会)$")


def _local_units(
    text: str,
    matches: list[Match],
    villages: list[Match],
    words: Mapping[str, str],
) -> list[Match]:
    """A town or village name several units bear under the deepest unit their candidates
    share (兰考县 has two 代庄村), or one the register lacks under its town (五里庙社区 under
    孟庙镇), is a unit of that name there, the register's candidates kept: a reader lists
    代庄村, not 兰考县. A village name that resolves no deeper than a province is a common word
    (幸福社区), unless printed right after the province (天津朝阳里社区). Nor is one whose
    stem is a word and whose 村 opens a word with what follows (新建村内道路: 新建 村内),
    unless printed right after its town or county."""
    chained = {m.end: m for m in matches if m.resolved}
    kept = []
    for m in matches:
        surface = text[m.start : m.end]
        if m.method == "ancestor" and m.code is not None and _LOCAL_KIND.search(surface):
            parent = chained.get(m.start)
            after_parent = parent is not None and m.code == parent.code
            village = surface.endswith(("村", "社区"))
            if village and len(m.code) <= 2 and not after_parent:
                if any(m is v for v in villages):
                    continue
            elif village and not after_parent and _runs_on(text, m, words):
                continue
            elif village and _some_of_a_kind(surface[: -len(_kind_of(surface))]):
                # 某镇个别村: a few of the town's villages, none the register lacks; 某镇移民村,
                # 某乡示范村: a kind of the town's villages; 某乡一些自然村: some of a kind
                continue
            elif village and _MADE_OR_KIND.search(surface[: -len(_kind_of(surface))]):
                # 某镇新建社区书屋, 某乡社区矫正社区服务: what is built in a community, or a
                # kind of work done there, runs into the word 社区, no name the register lacks
                continue
            else:
                m.code = local_code(m.code, surface)
        elif m.method == "unresolved" and any(m is v for v in villages):
            continue
        kept.append(m)
    return kept


# Words that pick out some or all of a kind (个别村, 其余社区, 周边村): no village's name.
_QUANTIFIERS = frozenset(
    {
        *("个别", "部分", "全部", "其他", "其余", "周边", "附近", "所有"),
        *("少数", "多数", "各个", "一些", "有关", "相关", "邻近", "沿线"),
    }
)


# Words that say what kind a village is (移民村, 示范村, 中心村): no village's name.
_VILLAGE_KINDS = frozenset(
    {
        *("移民", "贫困", "脱贫", "示范", "重点", "试点", "中心", "行政", "自然", "空心"),
        *("传统", "搬迁", "安置", "边境", "民族", "先进", "后进", "涉农", "城中", "整建制"),
    }
)


def _some_of_a_kind(stem: str) -> bool:
    """个别, 移民, 一些自然: how many of a town's villages, or which kind, or both."""
    if stem in _QUANTIFIERS | _VILLAGE_KINDS:
        return True
    return any(stem.startswith(q) and stem[len(q) :] in _VILLAGE_KINDS for q in _QUANTIFIERS)


_MADE_OR_KIND = re.compile(r"^(?:新建|改建|扩建|新增|共建|创建|建设|打造)|社区")


def _kind_of(village: str) -> str:
    return "社区" if village.endswith("社区") else "村"


def _runs_on(text: str, m: Match, words: Mapping[str, str]) -> bool:
    """新建村内道路: the name's stem is a word, and 村 a word with what follows (村内)."""
    stem = _STEM.match(text[m.start : m.end])
    return (
        stem is not None
        and stem.group(1) in words
        and text[m.end - 1 : m.end + 1] in _VILLAGE_WORDS
    )


def _village_provinces(
    matches: list[Match], g: Gazetteer, home_code: str | None, nearby: Sequence[str] = ()
) -> set[str]:
    """Provinces whose villages the text may name: where it names a county, or a town of a
    province it names otherwise too (a lone 木耳乡 among generic examples opens no province),
    and where the rest of the page names a county or a deeper unit (a caption's 某某村 under
    stories about its county)."""
    settled = [m.code for m in matches if m.resolved and m.code]
    provinces = {home_code[:2]} if home_code else set()
    provinces |= {code[:2] for code in nearby if len(code) >= 6}
    for code in settled:
        level = g.unit(code).level
        if level == "county" or (
            level in ("town", "other")
            and (code[:2] in provinces or any(o[:2] == code[:2] for o in settled if o != code))
        ):
            provinces.add(code[:2])
    return provinces


# Words 村 opens: after an everyday word they are read with it, not as a village's kind.
_VILLAGE_WORDS = frozenset({"村内", "村里", "村外", "村民", "村委", "村级", "村务", "村庄", "村落"})
# …of which these follow no village's name (东坑村里 is in the village; 村级 is of villages).
_OF_VILLAGES = frozenset({"村级", "村务"})


def _without_everyday_words(
    text: str,
    matches: list[Match],
    outside: list[str],
    lexicon: tuple[Mapping[str, str], Mapping[str, int]],
) -> list[Match]:
    """Towns and villages named after an everyday word (苹果村, 木耳乡, 黄花镇) count only where
    a unit between them and their province is named too (their city, county or town, in the
    text or as the outlet's region): in 苹果村、木耳乡等特色产业 they are kinds of places, and a
    province named elsewhere in the text does not make them places; or where one of their own
    units follows them (黄花镇某村). Nor where 村 opens a word with what follows (新建村内道路)."""
    words, counts = lexicon
    kept = []
    for m in matches:
        if text[m.end - 1 : m.end + 1] in _OF_VILLAGES and text[m.end - 2 : m.end - 1] != "村":
            continue  # 新建村级食堂: 村级 is a word, 新建 what was done; no name runs on so
        stem = _STEM.match(text[m.start : m.end])
        # A word the dictionary holds but hardly uses (some towns' names it files as
        # people's or as nouns) is no everyday word.
        if stem and is_common_word(stem.group(1), words) and counts.get(stem.group(1), 0) >= 100:
            if text[m.end - 1 : m.end + 1] in _VILLAGE_WORDS:
                continue  # 新建村内道路: 村内 is a word, 新建 what was done
            context = [o.code for o in matches if o is not m and o.resolved and o.code]
            context = [c for c in [*context, *outside] if len(c) >= 4]
            candidates = m.codes or ([m.code] if m.code else [])
            under = any(c != x and c.startswith(x) for c in candidates for x in context)
            if not under and not _over_its_own_unit(m, candidates, matches):
                continue
        kept.append(m)
    return kept


def _over_its_own_unit(m: Match, candidates: list[str], matches: list[Match]) -> bool:
    """千金镇南窑桥村: a name printed right before one of its own villages (or towns) is the
    head of that chain of units, not an everyday word."""
    following = [o for o in matches if o.start == m.end]
    return any(
        c.startswith(x) and c != x
        for o in following
        for c in (o.codes or ([o.code] if o.code else []))
        for x in candidates
    )


def _bare_villages(
    text: str, g: Gazetteer, matches: list[Match], nearby: Sequence[str] = ()
) -> list[Match]:
    """Villages printed without 村 (or communities without 社区) in a list (建成白庄、大徐两个
    支部, 太平、濠梁两个社区), only among the units of a town the text has already named, or
    its headline (`nearby`): alone, 白庄 or 大徐 could be anything. A village of one
    character and 村 is listed whole (东村、西村)."""
    taken = [(m.start, m.end) for m in matches]
    found: list[Match] = []
    for town in _units_named(matches, nearby, digits=9):
        for code in g.children_of(town):
            name = g.unit(code).name
            kind = next((k for k in ("村", "社区") if name.endswith(k)), None)
            if kind is None or (len(name) - len(kind) < 2 and (kind, len(name)) != ("村", 2)):
                continue
            bare = name if len(name) == 2 else name[: -len(kind)]
            if kind == "村" and bare.endswith(_WATERS):
                continue  # 淮河、浍河: rivers and lakes, though villages bear their names
            for start, end in _listed(text, bare, taken):
                if kind == "社区" and not _LISTED_COMMUNITIES.match(text, end):
                    continue  # 劲松、双井、潘家园三个街道: the list says what its items are
                found.append(Match(start, end, [code], False, "context", code))
                taken.append((start, end))
    return found


def _units_named(matches: list[Match], nearby: Sequence[str], digits: int) -> list[str]:
    """The units of one level (by their codes' length) the text has settled, or its headline."""
    named = {m.code for m in matches if m.resolved and m.code and len(m.code) == digits}
    return sorted(named | {code for code in nearby if len(code) == digits})


def _listed(text: str, bare: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a name printed without its kind stands as an item of a list (after or before 、),
    clear of the names already found."""
    spans = [hit.span() for hit in re.finditer(re.escape(bare), text)]
    return [
        (start, end)
        for start, end in spans
        if (text[end : end + 1] == "、" or text[start - 1 : start] == "、")
        and not any(a < end and start < b for a, b in taken)
    ]


def _counties_printed_before(text: str, g: Gazetteer, matches: list[Match]) -> list[Match]:
    """郊区河底镇: a county whose name is an everyday word (郊区, 城区, 矿区), not looked for on
    its own, printed right before a town of its own that stays ambiguous, chooses that town
    among its bearers and is named itself."""
    found: list[Match] = []
    for m in matches:
        if m.resolved or m.settled or not 1 < len(m.codes) <= FEW_BEARERS:
            continue
        if any(o.end == m.start for o in matches):
            continue
        owners = [
            (c, county)
            for c in m.codes
            if (county := g.get(c[:COUNTY_DIGITS])) is not None
            and len(c) > COUNTY_DIGITS
            and text[max(0, m.start - len(county.name)) : m.start] == county.name
        ]
        if len(owners) == 1:
            code, county = owners[0]
            m.codes, m.code, m.method, m.settled = [code], code, "context", True
            start = m.start - len(county.name)
            found.append(Match(start, m.start, [county.code], False, "exact", county.code))
    return found


def _bare_towns(
    text: str, g: Gazetteer, matches: list[Match], nearby: Sequence[str] = ()
) -> list[Match]:
    """Towns printed without 镇, 乡 or 街道 in a list that says what its items are (冶西、东回等
    5个乡镇), only among the towns of a county the text has already named, or its headline."""
    taken = [(m.start, m.end) for m in matches]
    found: list[Match] = []
    for county in _units_named(matches, nearby, digits=COUNTY_DIGITS):
        for code in g.children_of(county):
            name = g.unit(code).name
            kind = next((k for k in ("街道", "镇", "乡") if name.endswith(k)), None)
            if kind is None or len(name) - len(kind) < 2:
                continue
            for start, end in _listed(text, name[: -len(kind)], taken):
                if not _LISTED_TOWNS.match(text, end):
                    continue  # 东回、冶西两条河: the list must say its items are towns
                found.append(Match(start, end, [code], False, "context", code))
                taken.append((start, end))
    return found


# The rest of a list of towns printed bare, up to the word that says they are towns.
_LISTED_TOWNS = re.compile(
    r"(?:[、和与及][\u4e00-\u9fff]{2,6})*等?[两二三四五六七八九十\d]*个?(?:乡镇|镇|乡|街道)"
)
# A netizen's or a user's quoted handle opening right before a name.
_HANDLE_OPENS = re.compile(r"(?:网友|网名|用户|昵称|粉丝)[：:]?[“「\"]$")
_WATERS = tuple("河湖江溪渠海")
# The rest of a list of communities printed bare, up to the word that says they are ones.
_LISTED_COMMUNITIES = re.compile(
    r"(?:[、和与及][\u4e00-\u9fff]{2,6})*[两二三四五六七八九十\d]*个?社区"
)


def _match_names(
    text: str, g: Gazetteer, boundaries: frozenset[int] | None, words: Mapping[str, str]
) -> list[Match]:
    """Longest names of units to town level, left to right, not inside institutions' names."""
    found: list[Match] = []
    position = 0
    while position < len(text) - 1:
        if text[position : position + 2] not in g.starts:  # most characters begin no name
            position += 1
            continue
        longest = g.longest.get(text[position], 0)
        for length in range(min(longest, len(text) - position), 1, -1):
            surface = text[position : position + length]
            entries = g.names.get(surface)
            if not entries:
                continue
            end = position + length
            after = text[end : end + 10]
            aliased = all(alias is not None for _, alias in entries)
            if _INSTITUTION.match(after) or (aliased and _NOT_AFTER_SHORT.match(after)):
                break
            if after.startswith("时间") and surface in ("北京", "北京市"):
                break  # （北京时间）: the clock a notice keeps, no place it is about
            if _HANDLE_OPENS.search(text, max(0, position - 4), position):
                break  # 网友“厦门阿杰”: a user's handle, whatever place it borrows
            if aliased and after[:1] in _LANDMARK_ENDS and is_word(surface + after[0], words):
                break
            if _not_a_name_here(text, position, end, aliased, boundaries, found, g, words):
                continue
            found.append(Match(position, end, [c for c, _ in entries], aliased))
            position = end - 1
            break
        position += 1
    return found


def _not_a_name_here(
    text: str,
    start: int,
    end: int,
    aliased: bool,
    boundaries: frozenset[int] | None,
    found: list[Match],
    g: Gazetteer,
    words: Mapping[str, str],
) -> bool:
    """Where a gazetteer name is part of another word: a short form or two-character name
    across word boundaries (出海口岸, 示范县), a longer name begun inside a word (文明村镇),
    乡村 and 乡镇 (发展乡村), 武汉市民 (a citizen of
    武汉), a short form that is a person's given name after a title (副局长刘桂林)."""
    short = aliased or end - start == 2
    chained = bool(found) and found[-1].end == start
    if not chained and _area_after_a_word(text, start, end, words):
        return True
    if aliased and not chained and _VERB_MARK.search(text, max(0, start - 2), start):
        return True  # 才敢开封, 不能定安: a short form after a modal is a verb, not the place
    if short and boundaries is not None:
        # The tokenizer's dictionary holds chains as single words (福建厦门, 吉林长春): a name
        # may end where the next name starts, or start where the previous one ended.
        # The tokenizer, taught 武汉市, cuts 武汉市民 as 武汉市 + 民, and taught 南山区,
        # 湖南山区 as 湖 + 南山区.
        whole = (
            end in boundaries
            or text[end : end + 2] in _AREAS
            or text[end : end + 2] == "市民"
            or _name_to_boundary(text, end, g, boundaries)
        )
        if not ((start in boundaries or chained) and whole):
            return True
    if (
        aliased
        and not chained
        and text[start - 1 : start] not in ("", *_KINDS, *_PREPOSITIONS)
        and is_common_word(text[start - 1 : start + 1], words)
        and (
            _LOCAL_NAME.match(text, start + 1)
            or _name_to_boundary(text, start + 1, g, boundaries or frozenset())
        )
    ):
        # 更新北谢堡村: 更新 is a word and 北谢堡村 a name; 新北 (新北市) across them is neither.
        return True
    if (
        text[end - 1] == "乡"
        and text[end : end + 1] in ("村", "镇")
        and not chained
        # (大通河乡镇江村: the town, then its village 镇江村)
        and not _VILLAGE_AFTER_TOWN.match(text, end)
    ):
        return True
    if (
        not short
        and not chained
        and boundaries is not None
        and start not in boundaries
        and end in boundaries
        and is_common_word(text[start - 1 : start + 1], words)
    ):
        # 沿海城市: 海城市 begun inside the everyday word 沿海 is the words 沿海 and 城市
        return True
    if (
        end - start == 2
        and text[start] in _JOINING
        and text[end - 1] in "县区市"
        and not chained
        and text[start - 1 : start] not in ("", *_JOINING, "、", "，", "：")
    ):
        # 各村和县直单位, 镇上又和县气象站联手: 和 joins, and 县 is the county the text is
        # about; 和县 (Anhui) is named after an ancestor (马鞍山市和县) or in a list.
        return True
    # A town's or village's name whose first character ends an everyday word: 明村镇 in
    # 文明村镇. Not after a unit's kind (全县城关镇 is the county's, whatever 县城 means) nor
    # after a preposition (从重庆市: 从重 is a word too).
    if (
        not chained
        and not short
        and _LOCAL_KIND.search(text, start, end)
        and text[start - 1 : start] not in ("", *_KINDS, *_PREPOSITIONS)
        and (
            # a word of three or four characters, whatever the tokenizer taught cut (三轮车
            # before 往镇上: not 车往镇)
            any(is_common_word(text[start - k : start + 1], words) for k in (2, 3))
            or (
                not _word_ends_at(start, boundaries)
                and is_common_word(text[start - 1 : start + 1], words)
            )
        )
    ):
        return True
    if (
        # (chained too: a forestry bureau, 某某林业局, is a unit of the register itself)
        text[start : start + 2] in _ACTING_WITH
        and (
            text[start - 1 : start] in _OFFICE_ENDS
            or (text[start - 1 : start] == "里" and text[start - 2 : start - 1] in _KIND_CHARS)
        )
        and text[end - 1] in "县区市"
    ):
        # 县水利局会同县应急局, 镇里会同县交通局: an office, or a unit spoken of as one
        # (乡里, the township), acts with (会同) another of the county's; 会同县 (Hunan) is
        # named after its city or on its own.
        return True
    if text[end - 1] == "市" and text[end : end + 1] == "民" and text[end + 1 : end + 2] != "政":
        return True
    return aliased and _TITLE_AND_SURNAME.search(text, max(0, start - 4), start) is not None


# Modals and adverbs that only a verb follows: a short form right after one is that verb.
_VERB_MARK = re.compile(r"(?:敢|才能|不能|能否|不会|就会|不要|不得|不必|没有|未曾|已经)$")
# Verbs of acting together that open a county's name (会同县), and what an office's name ends in.
_ACTING_WITH = frozenset({"会同", "协同", "联合", "配合", "连同"})
_OFFICE_ENDS = frozenset("局委办部院厅所站队室组府")
_KIND_CHARS = frozenset("省市县区镇乡村")
# Everyday words for a kind of area that end many districts' names (南山区, 西城区, 东山区).
_AREAS = frozenset(
    {
        *("山区", "城区", "郊区", "矿区", "林区", "湖区", "港区", "园区"),
        *("景区", "市区", "牧区", "垦区", "库区", "社区", "片区", "辖区"),
    }
)


def _area_after_a_word(text: str, start: int, end: int, words: Mapping[str, str]) -> bool:
    """湖南山区, 京西山区, 江南城区: where the character before a district's name ends a word
    with the name's first character, and the rest of the name is a kind of area, the text
    speaks of that word's area (the mountains of 湖南), not of the district (南山区)."""
    return (
        start >= 1
        and end - start == 3
        and text[start + 1 : end] in _AREAS
        and is_word(text[start - 1 : start + 1], words)
    )


def _word_ends_at(position: int, boundaries: frozenset[int] | None) -> bool:
    """The tokenizer read a word of two characters or more ending at `position` (依托 |
    岭下镇): what follows starts afresh. A lone character before it (高 | 于城镇) proves
    nothing, as the tokenizer is taught the names themselves."""
    if boundaries is None or position not in boundaries:
        return False
    return position - 1 not in boundaries and position - 2 >= 0


def _name_to_boundary(text: str, start: int, g: Gazetteer, boundaries: frozenset[int]) -> bool:
    """A gazetteer name starts at `start` and ends at a word boundary."""
    longest = g.longest.get(text[start : start + 1], 0)
    return any(
        start + length in boundaries
        and any(
            a is None or not a.chained for _, a in g.names.get(text[start : start + length], ())
        )
        for length in range(2, longest + 1)
    )


FEW_BEARERS = 4  # a town's name borne by this many units or fewer still points somewhere


def _drop_out_of_context(
    text: str,
    m: Match,
    g: Gazetteer,
    named: tuple[set[str], frozenset[str]],
    neighbours: tuple[dict[int, Match], dict[int, Match]],
    lexicon: tuple[Mapping[str, str], Mapping[str, int]],
) -> bool:
    """Short county forms (召陵), zone forms (经开区) and generic-looking names (林草局, a farm)
    count only where a unit of the same city is named too, or the outlet is from there; short
    forms that are everyday words (天河) only right after an ancestor (广州天河);
    two-character counties (睢县) only where their province is. Printed right after one of
    its ancestors (湖北嘉鱼), any of them counts; so does one printed right before a unit
    of its own (互助威远镇: 威远镇 is a town of 互助土族自治县), and a county's short form
    where a town named too may be one of its own (平江 with 浯口镇)."""
    context, candidates = named
    before, after = neighbours
    entries = g.names[text[m.start : m.end]]
    needed = {c: 4 for c, a in entries if a is not None and a.gated}
    needed.update((c, g.context_needed[c]) for c in m.codes if c in g.context_needed)
    if m.alias and _runs_into_a_word(text, m.end, *lexicon):
        # The tokenizer, taught every short form, cuts 四平 out of 四平台 (four platforms) and
        # 德阳 out of 德阳光伏: where an everyday word runs on from its last character, a short
        # form below a province names a place only in a text about that province.
        for c in m.codes:
            if len(c) > 2:
                needed.setdefault(c, 2)
    if not needed:
        return False
    chain_only = {c for c, a in entries if a is not None and a.chained}
    parent = before.get(m.start)
    chained = parent.codes if parent is not None and _one_unit(parent.codes) else []
    follower = after.get(m.end)
    children = follower.codes if follower is not None else []
    m.codes = [
        c
        for c in m.codes
        if c not in needed
        or (
            c not in chain_only
            and any(
                len(x) >= needed[c] and x[: needed[c]] == c[: needed[c]] for x in context if x != c
            )
        )
        or any(
            c.startswith(x) and x != c and (c not in chain_only or _names_its_city(x, c, g))
            for x in chained
        )
        or any(x.startswith(c) and x != c for x in children)
        or (c not in chain_only and any(x.startswith(c) and x != c for x in candidates))
    ]
    # 湖南长沙 is the city, though 长沙县 lies inside it: a short form yields to its ancestor.
    m.codes = [
        c for c in m.codes if c not in needed or not any(c.startswith(o) for o in m.codes if o != c)
    ]
    return not m.codes


def _one_unit(codes: list[str]) -> bool:
    """The codes are one unit, perhaps printed as a city that is its own county too (中山市:
    the city 4420 and the county 442000 under it, both of that name)."""
    ordered = sorted(codes, key=len)
    return bool(ordered) and all(c.startswith(ordered[0]) for c in ordered)


def _runs_into_a_word(
    text: str, end: int, words: Mapping[str, str], frequencies: Mapping[str, int]
) -> bool:
    """An everyday word begins on the character before `end` and runs past it."""
    return any(is_everyday_word(text[end - 1 : end + n], words, frequencies) for n in (1, 2))


def _names_its_city(ancestor: str, code: str, g: Gazetteer) -> bool:
    """The ancestor is the district's city, or a municipality that stands for it: 广州天河 and
    北京西城 name the district, 河南中原 names a region."""
    city = g.get(code[:4])
    return len(ancestor) >= 4 or (city is not None and city.name in PLACEHOLDERS)


def _match_villages(
    text: str, g: Gazetteer, upper: list[Match], provinces: set[str]
) -> tuple[list[Match], list[Match]]:
    """Village names in the given provinces, or under the unit printed right before them
    (四川凉山悬崖村) or among the villages of a town the text names, and the names of units
    they swallow (朝阳 in 天津朝阳里社区 is no city).
    Only the provinces the text opens are searched: the villages a process happens to have
    loaded must not change what a text says."""
    taken = [(m.start, m.end) for m in upper]
    ends = {m.end: m for m in upper if m.resolved and m.code}
    # The towns the text names open their own villages wherever the text names them
    # (球川镇今年在东坑村…), though not their provinces' others.
    towns = sorted({m.code for m in upper if m.resolved and m.code and len(m.code) == 9})
    found: list[Match] = []
    swallowed: list[Match] = []
    suffix_ends = [
        (end, length)
        for suffix in _VILLAGE_SUFFIX.finditer(text)
        for end, length in (
            [(suffix.end(), 3), (suffix.start() + 1, 1)]
            if suffix.group() == "村社区"
            else [(suffix.end(), len(suffix.group()))]
        )
    ]
    for end, suffix_length in suffix_ends:
        if any(a < end <= b for a, b in taken[len(upper) :]):
            continue  # 李家村社区 found whole: its 村 ends inside it
        for start in range(max(0, end - 9), end - suffix_length - 1):
            surface = text[start:end]
            parent = ends.get(start)
            opened = (
                provinces | {parent.code[:2]} if parent is not None and parent.code else provinces
            )
            codes = g.villages_named(surface, opened)
            if parent is not None and parent.code and parent.code[:2] not in provinces:
                # Opened for the chain only: the villages under the unit printed before.
                codes = [c for c in codes if c[:2] in provinces or c.startswith(parent.code)]
            if not codes and towns:
                codes = [
                    c for c in g.villages_named(surface, {t[:2] for t in towns}) if c[:9] in towns
                ]
            if not codes:
                continue
            inside = [m for m in upper if start <= m.start and m.end <= end]
            if any(a < end and start < b for a, b in taken if (a, b) not in _spans(inside)):
                continue
            # A unit named inside the village's name, no ancestor of it, is part of the name;
            # an ancestor in full is named before a village of its own (召陵镇后谢村), but its
            # short form may begin a village's name (山阴庄村 of 山阴县).
            if any(
                m.code and not m.alias and any(c.startswith(m.code) for c in codes) for m in inside
            ):
                continue
            # 村民, 村委 are people and bodies; 村寨, 村庄, 村落 are villages in general
            # (瑶族村寨: the Yao people's villages, no village named 瑶族村).
            people = text[end : end + 1] in tuple("委民寨庄落") and not _INN.match(text, end)
            if _INSTITUTION.match(text[end : end + 8]) or people:
                continue
            found.append(Match(start, end, list(codes), alias=False))
            taken.append((start, end))
            swallowed += inside
            break
    return found, swallowed


def _spans(matches: list[Match]) -> set[tuple[int, int]]:
    return {(m.start, m.end) for m in matches}


def _fix_misprints(
    text: str, g: Gazetteer, matches: list[Match], words: Mapping[str, str]
) -> list[Match]:
    """Names right after a resolved unit that are not among its children: one character off
    (源汇区空家郭镇 → 空冢郭镇), a community renamed (泰山社区 → 泰山路社区), or missing from the
    register (五里庙社区 under 孟庙镇 → the town). And a county one character off before its
    resolved town (郏城区孟庙镇 → 郾城区)."""
    fixed: list[Match] = []
    by_start = {m.start: m for m in matches}
    for m in list(matches):
        if not m.resolved or m.code is None or m.code not in g:
            continue
        unit = g.unit(m.code)
        # A zone's towns hang under it as a county's do (经开区邓襄镇).
        level = register_level(unit.code) or unit.level
        if level in ("county", "town"):
            follower = by_start.get(m.end)
            children = g.children_of(unit.code)
            inside = follower is not None and any(c.startswith(unit.code) for c in follower.codes)
            if follower is not None and not inside:
                word = text[follower.start : follower.end]
                follower.codes = []  # handled here instead
            elif follower is None:
                # Nothing recognised right after the unit: a misprinted child, perhaps.
                pattern = _TOWN_AFTER if level == "county" else _VILLAGE_AFTER
                hit = pattern.match(text[m.end : m.end + 10])
                word = hit.group() if hit else ""
            else:
                word = ""
            if word:
                names = [(c, g.unit(c).name) for c in children]
                close = [c for c, n in names if n == word] or [
                    c
                    for c, n in names
                    # (华埠镇农村…, 某镇两村…: an everyday word or a count one character off a
                    # village is the word)
                    if _one_off(word, n, level == "town")
                    and not is_common_word(word, words)
                    and word[:-1] not in _HOW_MANY
                ]
                end = m.end + len(word)
                if follower is not None:
                    matches.remove(follower)
                if len(close) == 1:
                    # Printed right but missed above (a neighbour looked like a compound).
                    how = "exact" if g.unit(close[0]).name == word else "fuzzy"
                    fixed.append(Match(m.end, end, close, False, how, close[0]))
                elif level == "town" and word.endswith(("村", "社区")) and not _acts(word, words):
                    fixed.append(Match(m.end, end, [], False, "ancestor", m.code))
        before = _COUNTY_BEFORE.search(text[max(0, m.start - 5) : m.start])
        if before and level in ("town", "village") and not any(o.end == m.start for o in matches):
            word = before.group()
            county = next((u for u in g.ancestors(m.code) if u.level == "county"), None)
            if county and county.name != word and _one_off(word, county.name, False):
                start = m.start - len(word)
                fixed.append(Match(start, m.start, [county.code], False, "fuzzy", county.code))
            elif county and (short := _abbreviation(word, county.name)):
                # 阜蒙县伊吗图镇: an autonomous county shortened to its first characters
                start = m.start - len(short)
                fixed.append(Match(start, m.start, [county.code], False, "alias", county.code))
        if level == "village" and not any(o.end == m.start for o in matches):
            # 广阴镇陶贤村: a town one character off the village's own, right before it, is
            # that town misread
            town = next((u for u in g.ancestors(m.code) if u.level == "town"), None)
            name = town.name if town is not None else ""
            word = text[max(0, m.start - len(name)) : m.start]
            misread = len(name) >= 3 and word != name and word[-1:] == name[-1:]
            if misread and _one_off(word, name, False) and not is_common_word(word, words):
                start = m.start - len(word)
                fixed.append(Match(start, m.start, [town.code], False, "fuzzy", town.code))
    return fixed


_HOW_MANY = frozenset({"两", "几", "多", "数", "各", "全", "每", "该", "本", "两个"})
_COUNTED = re.compile(r"^[0-9一二三四五六七八九十百千两几多数]+个|.*个$")


def _acts(word: str, words: Mapping[str, str]) -> bool:
    """东川乡完成危房改造, 河口镇近日完成道路硬化, 五十镇二十个村, 华埠镇农村饮水: after a
    town, what it did, how many it has or the country it lies in, not a village's name; a
    name the register lacks is taken only when no verb stands in it and it is no count."""
    stem = word[:-2] if word.endswith("社区") else word[:-1]
    if _COUNTED.match(stem) or stem in _HOW_MANY:
        return True  # (某镇两村: the two villages just named, no village called 两村)
    if stem.startswith("某"):
        return True  # 某社区, 某某村: a name withheld, no unit to store
    if word.endswith("村") and words.get(word[-2:], "") == "n":
        return True  # 华埠镇农村饮水, 启动农村饮水: 农村, 渔村 are the country, no name
    return any(words.get(stem[i : i + 2], "") in ("v", "vn") for i in range(len(stem) - 1))


def _abbreviation(printed: str, name: str) -> str | None:
    """The end of `printed` that shortens `name` by keeping some of its characters in order,
    its first and its kind among them (an autonomous county's first characters and 县: 阜蒙县,
    喀左县): three characters at least, and shorter than the name."""
    for length in range(3, min(len(printed), len(name) - 1) + 1):
        short = printed[-length:]
        if short[0] != name[0] or short[-1] != name[-1]:
            continue
        rest = iter(name)
        if all(char in rest for char in short):
            return short
    return None


def _one_off(printed: str, name: str, allow_insertion: bool) -> bool:
    if len(printed) == len(name):
        return sum(a != b for a, b in zip(printed, name, strict=True)) == 1
    if allow_insertion and abs(len(printed) - len(name)) == 1:
        short, long = sorted((printed, name), key=len)
        return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
    return False


def _mention(text: str, m: Match, g: Gazetteer) -> PlaceMention:
    level = g.unit(m.code).level if m.code and m.code in g else None
    candidates = tuple(m.codes) if m.method in ("ancestor", "unresolved") else ()
    return PlaceMention(text[m.start : m.end], m.start, m.end, m.code, level, m.method, candidates)


def dictionary_words(g: Gazetteer | None = None, provinces: Iterable[str] = ()) -> list[str]:
    """Place names and their forms to teach the tokenizer, so 召陵镇 and 漯河 stay whole words:
    every unit to town level, and the villages of `provinces` (two-digit codes: '41'), loaded
    for it. Villages are opt-in: the whole country's would be half a million words."""
    g = g or default_gazetteer()
    wanted = set(provinces)
    for province in sorted(wanted):
        g.load_villages(province)
    # Not the everyday words that name a district only after its city (天河): taught as
    # words, they would change how the tokenizer cuts ordinary text (合作社).
    words = [
        name
        for name, entries in g.names.items()
        if len(name) >= 2 and not all(a is not None and a.chained for _, a in entries)
    ]
    if wanted:
        words += [
            name for name, codes in g.village_names.items() if any(c[:2] in wanted for c in codes)
        ]
    return words
