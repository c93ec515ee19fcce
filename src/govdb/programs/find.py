"""An article's normalised body into mentions of named initiatives (ProgramMention): span,
surface as printed, canonical name, kind, and the evidence the quoted phrase was taken on."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace

from govdb.programs.canonical import canonical_name, simplified, traditional
from govdb.programs.kinds import (
    HEADS,
    NOT_NUMBERED,
    NUMBERED,
    SELF_NAMED,
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
# but no function word: in “雪亮工程”“蓝天卫士”等接入平台 no platform is named 蓝天卫士.
_HEAD = re.compile(
    rf"[^\s\W{_FUNCTION}]{{0,4}}?(?:"
    + "|".join(sorted({*HEADS, *map(traditional, HEADS)}, key=len, reverse=True))
    + ")"
)
# A person's title after the head (“五星”支部书记) still names the branch; a noun that goes on
# (“双百”工程项目) is checked by the longest-first head match instead.
_CLAUSE = re.compile(r"[，。！？；：,!?;…]")
_ADOPT = re.compile(
    r"(?:推行|实行|实施|开展|创建|打造|建立|构建|探索|推出|启动|建成|做实|推广|利用|创设|"
    r"开设|设立|践行|落实|打响|叫响|擦亮|推进|深化|学习运用)了?$"
)
_CALLED = re.compile(r"(?:称之为|称为|命名为|取名为?|名为|叫作|叫做|dubbed)$")
_SPEECH_BEFORE = re.compile(r"(?:说|表示|指出|强调|认为|问|道|称|介绍|坦言|感慨)[:：]?$")
_SPEECH_AFTER = re.compile(r"^[^，。“”「」]{0,8}?(?:说|表示|介绍|坦言|感慨|告诉记者)[。，：:,]")
# A title awarded is no program, even with a place between: 被评为漯河“十佳市民”.
_AWARD = re.compile(r"(?:评为|评选为|获评|荣获|授予|誉为)[\u4e00-\u9fff]{0,4}$")
_QUESTION = re.compile(r"如何|怎样|怎么|为何|为什么|什么|吗$")
_ALL_HAN = re.compile(r"[\u4e00-\u9fff、]+")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2}")
_LIST_PART = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
_DIGIT_FORMULA = re.compile(r"[0-9]+(?:\+[0-9]+)+")  # “11+8”产业链
_PLUS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+(?: ?\+ ?[\u4e00-\u9fffA-Za-z0-9]+)+")
_LONGEST_NAME = 24  # a longer quote without 、 or + is a clause, not a name
_LONGEST_LIST = 40


# Reports quote what they name (“党建+网格+大数据”模式, “五星”支部, “四件事”) but also speech,
# metaphors and idioms (“伤疤”, “主心骨”). A quote counts when its form or surroundings say it
# is a name: a head noun after it, a count at its start, a + formula, numbered enumeration, a
# verb of adoption or naming before it, repetition, or a name known from other articles.
def find_programs(
    text: str, *, known: Collection[str] = (), tokenizer: Tokenizer | None = None
) -> tuple[ProgramMention, ...]:
    """Programs named in `text`, by position. `known` holds canonical names taken from other
    articles: a quoted phrase already known as a program is taken again."""
    tokenizer = tokenizer or default_tokenizer()
    quotes = find_quotes(text)
    times = Counter(_flat(q.content) for q in quotes)
    found: list[ProgramMention] = []
    for index, quote in enumerate(quotes):
        head = _head(text, quote)
        shared = "" if head else _shared_head(text, quotes, index)
        evidence = _evidence(text, quote, head, shared, times, known, tokenizer)
        if evidence is None:
            continue
        end = quote.end + len(head)
        surface = text[quote.start : end]
        flat = _flat(quote.content)
        kind = kind_of(flat, simplified(head or shared))
        found.append(
            ProgramMention(surface, quote.start, end, canonical_name(surface), kind, evidence)
        )
    quoted = [(q.start, q.end) for q in quotes]
    for start, end in _plus_formulas(text, tokenizer):
        if any(a <= start < b for a, b in quoted):
            continue  # inside a quote: taken or refused there
        surface = text[start:end]
        found.append(
            ProgramMention(surface, start, end, canonical_name(surface), "model", "plus formula")
        )
    return tuple(sorted(found, key=lambda p: (p.start, p.end)))


def _flat(content: str) -> str:
    return simplified(content).replace("＋", "+")


def _head(text: str, quote: Quote) -> str:
    match = _HEAD.match(text, quote.end, quote.end + 10)
    return match.group() if match else ""


def _shared_head(text: str, quotes: tuple[Quote, ...], index: int) -> str:
    """“五治统筹”“四防融合”指挥平台: quotes printed back to back share the last one's head."""
    following = index
    while following + 1 < len(quotes) and quotes[following + 1].start == quotes[following].end:
        following += 1
    return _head(text, quotes[following]) if following != index else ""


def _evidence(
    text: str,
    quote: Quote,
    head: str,
    shared: str,
    times: Counter[str],
    known: Collection[str],
    tokenizer: Tokenizer,
) -> str | None:
    flat = _flat(quote.content)
    name = canonical_name(flat, head)
    before = text[max(0, quote.start - 6) : quote.start]
    after = text[quote.end : quote.end + 12]
    if _CLAUSE.search(flat) or _QUESTION.search(flat):
        return None  # a quoted clause or question: speech
    if _SPEECH_BEFORE.search(before) or _SPEECH_AFTER.match(after) or _AWARD.search(before):
        return None  # speech, or a title awarded (评为“十佳市民”)
    if NOT_NUMBERED.match(flat) or not (
        _HAN_RUN.search(flat) or flat.isdigit() or _DIGIT_FORMULA.fullmatch(flat)
    ):
        return None  # 十四五, 80后; a lone character (“廉”心) or Latin text
    parts = flat.split("、")
    listed = len(parts) >= 2
    if listed and not all(_LIST_PART.match(p) for p in parts):
        return None  # 县、乡、村: a list of words, not of mechanisms
    if len(flat) > (_LONGEST_LIST if listed or "+" in flat else _LONGEST_NAME):
        return None
    if name in known or flat in known:
        return "known"
    if head:
        return f"head noun {simplified(head)}"
    if shared:
        return f"shared head noun {simplified(shared)}"
    if ("+" in flat and _HAN_RUN.search(flat)) or _DIGIT_FORMULA.fullmatch(flat):
        return "plus formula"
    if listed and all(_numbered(p, tokenizer) for p in parts):
        return "enumeration"  # 六情直通、四级响应
    if SELF_NAMED.search(flat) and len(flat) >= (3 if flat.endswith("制") else 4):
        return "named as such"  # “雪亮工程”, “枫桥经验”, “河长制”
    if not listed and _numbered(flat, tokenizer):
        return "numbered slogan"
    if _CALLED.search(before):
        return "called so"  # 群众亲切地称之为“窗帘之约”
    # Parallel phrases (增品种、提品质、创品牌) are as often problems and principles
    # (空心化、老龄化、疏离化; 规模适度、界限清晰) as programs: only what surrounds them tells.
    if len(flat) >= 4 and _ADOPT.search(before):
        return "adopted"  # 利用“时间银行”
    # Repetition alone takes Chinese names only: quoted ship names (海巡088), routes
    # (珲春-莫斯科) and forum themes recur in a report too.
    if len(flat) >= 4 and times[flat] >= 2 and _ALL_HAN.fullmatch(flat):
        return "repeated"  # “时间银行” … “时间银行”里不存钱
    return None


def _numbered(flat: str, tokenizer: Tokenizer) -> bool:
    """四件事, 五基四化, 三个聚焦 — but not a common word that starts with a count (两委,
    三农, 十佳) nor “one …” (一把手, 一盘棋), unless it holds two counts (一联四帮, 一带一路)."""
    if not NUMBERED.match(flat) or len(flat) > 10 or flat.isdigit():
        return False
    if TWO_NUMBERS.match(flat):
        return True
    if flat[0] == "一":
        return False  # 一人学, 一张网, 一把手: “one …” is ordinary speech
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
