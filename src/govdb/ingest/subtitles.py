"""Subtitles saved as text (.srt, .vtt): a broadcast item's words, cue by cue.

A subtitle file numbers each cue and times it before its one or two lines:

    3
    00:00:08,200 --> 00:00:12,400
    新建的育苗温室里秧苗长势喜人
    这个中心占地约60亩

Read as printed text, every cue number and timecode would be words of the story, and every
figure in them a metric; the lines themselves carry no punctuation, the timing standing in for
it, so a story would run on as one unpunctuated paragraph or break into a headline per line.
Such a file is read as the script it shows: the header, the cue numbers and the timecodes go;
a cue's lines are one clause after another (joined by a comma) and the cue ends its sentence.
The first cue is left as printed, as a broadcast's title card is. A file with fewer than
`MIN_CUES` timecodes is returned as it is.
"""

from __future__ import annotations

import re

_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}"
_TIMECODE = re.compile(rf"\s*{_TIME}\s*-->\s*{_TIME}(?:\s+\S.*)?\s*")  # (VTT: settings after it)
_CUE_NUMBER = re.compile(r"\s*\d{1,6}\s*")
_HEADER = re.compile(r"\s*WEBVTT\b.*")
# Where a line already ends a clause or a sentence, or a bracketed cue (（同期声）) closes.
_PUNCTUATED = tuple("。！？!?；;，,、：:…）)】」』”")
MIN_CUES = 3


def without_cues(text: str) -> str:
    """`text` as the script its subtitles show, or `text` itself when it is no subtitle file."""
    lines = text.split("\n")
    timed = [i for i, line in enumerate(lines) if _TIMECODE.fullmatch(line)]
    if len(timed) < MIN_CUES:
        return text
    cues: list[list[str]] = []
    for n, at in enumerate(timed):
        end = timed[n + 1] if n + 1 < len(timed) else len(lines)
        words = [line.strip() for line in lines[at + 1 : end] if line.strip()]
        if n + 1 < len(timed) and words and _CUE_NUMBER.fullmatch(words[-1]):
            words.pop()  # the next cue's number
        if words:
            cues.append(words)
    before = [
        line.strip()
        for line in lines[: timed[0]]
        if line.strip() and not _CUE_NUMBER.fullmatch(line) and not _HEADER.fullmatch(line)
    ]
    script = [*before, *(_sentence(words, ended=i > 0) for i, words in enumerate(cues))]
    return "\n".join(script) + "\n"


def _sentence(words: list[str], *, ended: bool) -> str:
    """A cue's lines as one clause after another, `ended` as a sentence: 秧苗长势喜人，这个中心
    占地约60亩。"""
    joined = words[0]
    for line in words[1:]:
        joined += (
            line if joined.endswith(_PUNCTUATED) or line.startswith(_PUNCTUATED) else f"，{line}"
        )
    return f"{joined}。" if ended and not joined.endswith(_PUNCTUATED) else joined
