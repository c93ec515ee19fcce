"""A text into its quoted phrases (Quote): “…”, 「…」, 『…』, ‘…’ and straight "…", nested
ones too, and across line breaks (「三個\\n\\n五百億」); straight quotes pair within a paragraph.
Recognition prints mix the marks (“…" or "…”): a straight mark closes whichever quote is open,
and opens one when none is."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LONGEST = 60  # a longer “quote” is a passage of speech, or a stray mark pairing far away
_CORNER = re.compile(
    rf"「([^「」]{{1,{_LONGEST}}})」|『([^『』]{{1,{_LONGEST}}})』|‘([^‘’“”]{{1,{_LONGEST}}})’"
)
_DOUBLE = re.compile(r'[“”"]')
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_JOINER = re.compile(r"\s*(?:、|，|,|和|与|及|以及|或)?\s*")
_CLAUSE = re.compile(r"[，。！？；：,!?;]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # at the opening mark
    end: int  # after the closing mark
    content: str  # between the marks, as printed


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Every quoted phrase in `text`, by position; an inner quote comes after its outer one."""
    quotes = [
        Quote(m.start(), m.end(), next(g for g in m.groups() if g is not None))
        for m in _overlapping(_CORNER, text)
    ]
    quotes.extend(_double_quotes(text))
    return tuple(sorted(quotes, key=lambda q: (q.start, -q.end)))


def _double_quotes(text: str) -> list[Quote]:
    """Double quotes paired in turn. “ opens (an earlier one left open was a stray mark), ”
    closes, and " closes the open quote or else opens one; but “…"…"…” is a straight quote
    inside a curly one. A pair with a straight mark stays in its paragraph and holds Chinese
    (not a "title" in Latin text); a pair too long is speech or marks pairing far apart, and
    neither mark pairs again."""
    marks = list(_DOUBLE.finditer(text))
    kinds = "".join(m.group() for m in marks)
    quotes: list[Quote] = []
    opened: int | None = None
    index = 0
    while index < len(marks):
        char = kinds[index]
        if _nested(text, marks, kinds, opened, index):
            quotes.extend(_pair(text, marks[index], marks[index + 1]))  # nested inside
            index += 2
            continue
        if char == "“" or (char == '"' and opened is None):
            opened = index
        elif opened is not None:
            pair = _pair(text, marks[opened], marks[index])
            quotes.extend(pair)
            across = (
                char == '"'
                and not pair
                and _PARAGRAPH_BREAK.search(text[marks[opened].end() : marks[index].start()])
            )
            opened = index if across else None  # a stray mark in the paragraph before
        index += 1
    return quotes


def _nested(
    text: str, marks: list[re.Match[str]], kinds: str, opened: int | None, index: int
) -> bool:
    """“…"…"…”: a straight pair inside a curly quote, unless what stands between the
    straight marks is a joining word or runs over a clause: “甲"和"乙” and “甲"制度，推行"乙”
    are two quotes with their marks mixed."""
    if opened is None or kinds[opened] != "“" or not kinds.startswith('""”', index):
        return False
    between = text[marks[index].end() : marks[index + 1].start()]
    return not (_JOINER.fullmatch(between) or _CLAUSE.search(between))


def _pair(text: str, opening: re.Match[str], closing: re.Match[str]) -> list[Quote]:
    start, end = opening.start(), closing.end()
    content = text[start + 1 : end - 1]
    if not content or len(content) > _LONGEST:
        return []
    straight = '"' in (opening.group(), closing.group())
    if straight and (_PARAGRAPH_BREAK.search(content) or not _HAN.search(content)):
        return []
    return [Quote(start, end, content)]


def _overlapping(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches of `pattern`, including those nested in an earlier match (‘…’ inside “…”)."""
    found: list[re.Match[str]] = []
    position = 0
    while (m := pattern.search(text, position)) is not None:
        found.append(m)
        position = m.start() + 1
    return found
