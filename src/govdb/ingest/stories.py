"""Where one printed text holds several stories: headlines announced, then printed again.

Broadcast transcripts and brief columns run their stories together in one paragraph, each
headline fused to its text with no punctuation between them
(…增收。甘肃：做强特色产业在甘肃定西，…).
A reader finds the seams from what a headline is (a run with no sentence punctuation right after
a sentence end) and from what a story's first words are (a dateline, a reporting frame, or the
headline's subject said again). Pure functions over strings; the segmenter maps the spans back
onto the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations, pairwise

from govdb.tokenize import Tokenizer

MIN_TITLE = 6  # shorter runs are a sentence's subject (该工程, 国家统计局), not a headline
MAX_TITLE = 50
# A brief's text starts after a sentence end, or at the start of its paragraph.
_SENTENCE_END = re.compile(r"[。！？!?][”’」』]?")
_RUN_END = re.compile(r"[，。；！？,;!?]")
_CLOSED = tuple("，。；：！？、,.;:!?")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PAIRS = ("“”", "《》", "（）", "()", "「」", "『』", "‘’")
_NUM = r"[\d一二三四五六七八九十两]"
_DAY = r"(?:今天|昨天|前天|今晚|昨晚|今晨|今日|昨日)"

# How a story's own text starts: a time adverbial closed by a comma, a bracketed date, a
# reporting frame, an agency dateline, or a subject opened by 由…的 / 为期 / a locative.
_LEAD_IN = re.compile(
    "|".join(
        (
            rf"(?:近日|日前|近期|连日来|这段时间|眼下|目前|前不久|不久前|当天|当日|近年来|"
            rf"(?:今年|去年)以来|(?:今年|去年)?(?:前{_NUM}{{1,2}}(?:个)?(?:季度|月)|"
            rf"{_NUM}{{1,2}}[—－-]{_NUM}{{1,2}}月|[上下]半年)|"
            rf"(?:当地时间)?(?:\d{{1,2}}月)?\d{{1,2}}日(?:上午|下午|晚间?|凌晨)?)，",
            # A bracketed date opens a story when a comma closes it; followed by a verb
            # (今天（…）称) it sits inside a clause whose subject came before.
            rf"{_DAY}（[^（）]{{2,12}}）起?，",
            rf"记者(?:{_DAY}（[^（）]{{2,12}}）)?从[^，。]{{2,24}}?(?:获悉|了解到)",
            r"据[^，。]{2,20}?(?:消息|报道|统计|介绍)，",
            r"(?:新华社|中新社)[^，。\s]{2,16}电|本报讯|本报[^，。\s]{2,12}电",
            r"由[^，。]{2,24}?(?:发起|主办|承办|举办|指导|组织|牵头|实施|建设|研发|设计|建造|打造|开发|投资)"
            r"[\u4e00-\u9fff]{0,2}的",
            rf"为期{_NUM}{{1,3}}(?:个)?[天日周月年]",
            r"在[^，。]{1,15}[上中下里内外间前后区线]，",
        )
    )
)
# An organisation starting the story: 省统计局今天（5月8日）发布…, 国家统计局发布的数据显示.
# The last character of 财政部, 发改委, 总局, 总署, 银行, 协会, 中心, 集团, 公司, 政府, 等部门 ….
_ORG_END = "[部委局署办厅院行会社台心团司府门]"
_ORG_FRAME = re.compile(
    rf"(?<={_ORG_END})(?:{_DAY}（|近日|日前|近期|(?:最新)?(?:发布的?)?(?:最新)?(?:数据|统计)显示|"
    r"\d{1,2}日(?:表示|称|宣布|发布|发表|指出))"
)
_UNIT_AFTER_NUMBER = re.compile(r"[\d.]+[%％个项家元亿万千百倍吨亩米人次名座条所台件]*")


# A bracketed tag alone: the place or column an item is filed under.
_TAG_ONLY = re.compile(r"[【\[][^【】\[\]]{1,12}[】\]]")


@dataclass(frozen=True, slots=True)
class Seam:
    """A headline printed inside running text: its span; the story's own text starts at end."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Announced:
    """A headline of a first line that lists several, and where the text prints it again."""

    start: int  # span in the headline line
    end: int
    seam: Seam  # span in the text


def announced_stories(headline: str, text: str) -> tuple[Announced, ...]:
    """The stories a line of headlines announces, when each is printed again in the text.

    The line `甘肃：做强特色产业 带动群众增收 湖北：推进城乡融合 建设宜居乡村` names two stories
    when both halves are found again, in order, each at a sentence start and fused to the text
    after it. A headline printed once, or repeated whole, names one story: nothing is returned.
    """
    chunks = [(m.start(), m.end()) for m in re.finditer(r"\S+", headline)]
    if len(chunks) < 2 or len(chunks) > 12:
        return ()
    for groups in range(2, len(chunks) + 1):
        for cuts in combinations(range(1, len(chunks)), groups - 1):
            bounds = [0, *cuts, len(chunks)]
            found = _find_in_order(headline, text, [chunks[a:b] for a, b in pairwise(bounds)])
            if found:
                return found
    return ()


def _find_in_order(
    headline: str, text: str, groups: list[list[tuple[int, int]]]
) -> tuple[Announced, ...]:
    found: list[Announced] = []
    position = 0
    for group in groups:
        start, end = group[0][0], group[-1][1]
        if len(_CJK.findall(headline[start:end])) < MIN_TITLE:
            return ()
        pattern = re.compile(_loose_pattern(headline[start:end]))
        seam = None
        for match in pattern.finditer(text, position):
            if _at_sentence_start(text, match.start()) and (
                _fused(text, match.end()) or _own_line(text, match.start(), match.end())
            ):
                if text.startswith(_PREDICATE, match.end()):
                    continue  # 做强特色产业是…: the phrase is a sentence's subject
                seam = Seam(match.start(), match.end())
                break
        if seam is None:
            return ()
        found.append(Announced(start, end, seam))
        position = seam.end
    return tuple(found)


def _loose_pattern(headline: str) -> str:
    """The headline as a pattern that tolerates how a reprint differs: spaces, quote marks,
    full- or half-width colons."""
    parts = []
    for char in headline:
        if char.isspace():
            parts.append("[ \t\u3000]*")
        elif char in _QUOTES:
            parts.append(f"[{_QUOTES}]?")
        elif char in "：:":
            parts.append("[：:]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


_QUOTES = "“”\"‘’'「」『』"
_PREDICATE = tuple("是的了着过")


def _at_sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip(" \t\u3000")
    return not before or before.endswith("\n") or bool(_SENTENCE_END.search(before[-2:]))


def _fused(text: str, index: int) -> bool:
    """The headline runs straight on into text (not into a comma: then it is a sentence)."""
    rest = text[index:].lstrip(" \t\u3000")
    return bool(rest) and not rest.startswith(_CLOSED) and not rest.startswith("\n")


def _own_line(text: str, start: int, end: int) -> bool:
    """The headline printed on a line of its own, with the story on the lines after it."""
    line_start = start == 0 or text[start - 1] == "\n"
    rest = text[end:].lstrip(" \t\u3000")
    return line_start and rest.startswith("\n") and bool(rest.strip())


def fused_briefs(text: str) -> tuple[Seam, ...]:
    """Headlines fused to their briefs in one paragraph of a brief column, in order.

    After a sentence end (or at the paragraph start) a run with no sentence punctuation is a
    headline when the words after it open a story: `…举行。某某博览会开幕为期三天的某某博览会…`.
    A run with no such signal stays part of the brief before it.
    """
    seams = []
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
    for start in starts:
        while start < len(text) and text[start].isspace():
            start += 1
        end = _headline_end(text, start)
        if end is not None:
            seams.append(Seam(start, end))
    return tuple(seams)


def _headline_end(text: str, start: int) -> int | None:
    if _LEAD_IN.match(text, start):
        return None  # 为期三天的论坛将…: a sentence of the story, however long its first run
    run = _RUN_END.search(text, start)
    stop = run.start() if run else len(text)
    candidates = [
        j
        for j in range(start + MIN_TITLE, min(stop, start + MAX_TITLE) + 1)
        if _LEAD_IN.match(text, j)
        or _repeats_opening(text[start:j], text[j : j + 40])
        or _purpose(text, j)
    ]
    for frame in _ORG_FRAME.finditer(text, start + MIN_TITLE, stop + 1):
        edge = _organisation_start(text, start, frame.start())
        if edge is not None:
            candidates.append(edge)
    for j in sorted(candidates):
        splits_number = (
            bool(re.search(r"\d\s*月?\s*$", text[start:j])) and text[j : j + 1].isdigit()
        )
        if j - start < MIN_TITLE or splits_number or _subject(text, start, j):
            continue
        if _TAG_ONLY.fullmatch(text[start:j].strip()):
            continue  # 【东川镇】记者从…获悉: the item's tag, not a headline
        if _headline_like(text[start:j]):
            return j
    return None


def _purpose(text: str, j: int) -> bool:
    """为支持农业保险发展，…: a purpose clause opening the story (为 and a verb, then a comma).
    Its verb is a word of two characters or more (为推动, 为确保); 为 before a verb of one
    (…改造为带水池的投放站，) ends the verb before it: it became something, in the sentence."""
    clause = re.match(r"为了?([^，。]{2,24})，", text[j:])
    if not clause:
        return False
    words = _tokenizer().tag(clause.group(1)[:6])
    return bool(words) and (words[0].pos or "").startswith("v") and len(words[0].text) >= 2


def _subject(text: str, start: int, j: int) -> bool:
    """国家市场监督管理总局今天（…）: an organisation before a date is a subject, not a headline."""
    if not (
        re.match(_ORG_END, text[j - 1 : j]) and re.match(rf"{_DAY}（|近日|日前|近期", text[j:])
    ):
        return False
    words = _tokenizer().tag(text[start:j])
    return bool(words) and not (words[-1].pos or "").startswith("v")


def _normal(s: str) -> str:
    return re.sub(r"(\d{4})年", r"\1", s)


def _repeats_opening(title: str, lead: str) -> bool:
    """The story says its headline's subject again: 某某大会在某地举行|某某大会今天…, or the
    headline whole with a word added (2030届毕业生规模预计…|2030届全国毕业生规模预计…)."""
    a, b = _normal(title), _normal(lead)
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    if common >= 4 and len(_CJK.findall(a[:common])) >= 2:
        return True
    return common >= 2 and _shares(a, b[:30], _SHARED)


_SHARED = 8  # a run this long said in both is the same subject, not a coincidence


def _shares(a: str, b: str, size: int) -> bool:
    return any(a[i : i + size] in b for i in range(len(a) - size + 1))


def _headline_like(title: str) -> bool:
    bare = title.strip()
    if len(bare) > MAX_TITLE or len(_CJK.findall(bare)) < 4:
        return False
    if bare.endswith(("、", "：", ":", "（", "(", "“", "《", "—", "-")):
        return False
    # A run ending in a particle or a preposition breaks off a sentence; a run that lists
    # three items (财政厅、商务厅、林业局) is a sentence's enumeration.
    if bare.endswith(tuple("的和与及或了将在对把被向从")) or bare.count("、") >= 2:
        return False
    # A unit's name alone is the place label a column prints before each item (勐海镇　…),
    # and a run that says how often (每季度, 每月) is a sentence's subject and its habit.
    if _PLACE_LABEL.fullmatch(bare) or _PLACE_LABEL_OPENING.match(bare):
        return False
    if _HOW_OFTEN.search(bare):
        return False
    return all(bare.count(a) == bare.count(b) for a, b in _PAIRS)


_PLACE_LABEL = re.compile(r"[\u4e00-\u9fff]{1,12}(?:省|市|州|盟|县|区|旗|镇|乡|街道|村|社区)")
_PLACE_LABEL_OPENING = re.compile(_PLACE_LABEL.pattern + r"\s")
_HOW_OFTEN = re.compile(r"每(?:个)?(?:年|月|季度?|周|天|日)")


def _organisation_start(text: str, start: int, frame: int) -> int | None:
    """Where the organisation before a reporting frame begins: 市场监管总局、某某部今天（…."""
    before = text[start:frame]
    listed = before.rfind("、")
    if listed > MIN_TITLE:
        before = before[:listed]  # the first of the organisations listed
    words = _tokenizer().tag(before)
    if not words or (words[-1].pos or "").startswith("v"):
        return None  # 今起通车今天（…）: a verb, not an organisation, before the date
    numbers = list(_UNIT_AFTER_NUMBER.finditer(before))
    if numbers and len(before) - numbers[-1].end() <= 12 and numbers[-1].end() < len(before):
        # A headline ending in a figure (…34项, …21.82%): the organisation starts after it.
        return start + numbers[-1].end()
    # Otherwise the last word, with the words it needs to be a name (市场监管+总局) or the
    # two halves joined by 和.
    texts = [w.text for w in words]
    org = [texts.pop()]
    while texts and (
        len("".join(org)) < 3
        or texts[-1] in _JOINS
        or (len(texts) >= 2 and texts[-2] in _JOINS and len(texts[-1]) <= 2)
    ):
        org.insert(0, texts.pop())
        if org[0] in _JOINS and texts:
            org.insert(0, texts.pop())
    if words[len(texts) - 1 : len(texts)] and words[len(texts) - 1].pos == "ns":
        org.insert(0, texts.pop())  # 俄罗斯+国防部, 广东省+商务厅: the place the body serves
    return start + len(before) - len("".join(org))


_JOINS = ("和", "与")  # 工业和信息化部, 住房和城乡建设局: one name in two halves


def _tokenizer() -> Tokenizer:
    # The process's tokenizer: taught every word before the first file and never after, so
    # the seams found here do not depend on which files came before.
    from govdb.tokenize import default_tokenizer

    return default_tokenizer()


@dataclass(frozen=True, slots=True)
class Reprint:
    """A body that opens with its headline printed again: where the headline ends, and the
    author's name printed after it, if the headline named one (张某：提高…能力)."""

    end: int
    byline: tuple[int, int] | None = None


def reprinted_headline(title: str, text: str) -> Reprint | None:
    """The headline printed again at the start of the text, fused to the story.

    Web pages reprint the headline above the text, often without its punctuation and run into
    the dateline (某某强调推进城乡融合发展新华社南宁3月2日电); a signed article prints the headline
    without the author's name, then the name (提高…能力张某党的十八大以来…).
    """
    end = _match_loosely(title, text)
    if end is not None and end < len(text) and _LEAD_IN.match(text, end):
        return Reprint(end)
    speaker = re.match(r"^([\u4e00-\u9fff·]{2,4})[：:]\s*", title)
    if not speaker:
        return None
    end = _match_loosely(title[speaker.end() :], text)
    if end is None:
        return None
    name = speaker.group(1)
    rest = len(text[end:]) - len(text[end:].lstrip())
    if text.startswith(name, end + rest):
        return Reprint(end + rest + len(name), (end + rest, end + rest + len(name)))
    return None


def _match_loosely(title: str, text: str) -> int | None:
    """Where title ends in text when text starts with it, punctuation and spaces ignored."""
    wanted = [c for c in title if not _LOOSE.match(c)]
    if len(wanted) < MIN_TITLE:
        return None
    matched = 0
    for index, char in enumerate(text):
        if matched == len(wanted):
            return index
        if _LOOSE.match(char):
            continue
        if char != wanted[matched]:
            return None
        matched += 1
    return len(text) if matched == len(wanted) else None


_LOOSE = re.compile(r"[\W_]")
