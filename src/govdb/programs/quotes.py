"""A text into its quoted phrases (Quote): “…”, 「…」, 『…』, ‘…’ and straight "…", nested
ones too, and across line breaks (「三個\\n\\n五百億」); straight quotes pair within a paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LONGEST = 60  # a longer “quote” is a passage of speech, or a stray mark pairing far away
_CURLY = re.compile(
    rf"“([^“”]{{1,{_LONGEST}}})”|「([^「」]{{1,{_LONGEST}}})」|『([^『』]{{1,{_LONGEST}}})』"
    rf"|‘([^‘’“”]{{1,{_LONGEST}}})’"
)
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
_STRAIGHT = re.compile(rf'"([^"]{{1,{_LONGEST}}})"')
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
        for m in _overlapping(_CURLY, text)
    ]
    for paragraph in _PARAGRAPH.finditer(text):
        for m in _STRAIGHT.finditer(paragraph.group()):
            if _HAN.search(m.group(1)):
                start = paragraph.start() + m.start()
                quotes.append(Quote(start, start + len(m.group()), m.group(1)))
    return tuple(sorted(quotes, key=lambda q: (q.start, -q.end)))


def _overlapping(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches of `pattern`, including those nested in an earlier match (‘…’ inside “…”)."""
    found: list[re.Match[str]] = []
    position = 0
    while (m := pattern.search(text, position)) is not None:
        found.append(m)
        position = m.start() + 1
    return found
