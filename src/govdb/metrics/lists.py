"""Figures read together: the level left and the level reached (续航里程从500公里提高到800公里),
and a 分别 list that gives each of several things its own figure (产量和产值分别增长4%和6%).

Pure functions over a sentence and the spans of its figures; the caller names the subjects.
"""

from __future__ import annotations

import re

# 从/由 opens the level left; a few words may stand between it and the figure (从目前的2小时).
_FROM = re.compile(r"[从由][^，,。；;、：:从由]{0,6}$")
# Between the two figures: the verb of change and the mark of the level reached (跃升至, 降为),
# perhaps with the time of the later level (增加到2024年的).
_TO = re.compile(r"[^，,。；;、：:]{0,5}?[至到为](?:[^，,。；;、：:]{1,7}的)?")
_RESPECTIVELY = "分别"
_LIST_JOINS = ("、", "，", ",", "和", "与", "及", "以及")
LIST_WORDS = ("、", "和", "与", "及", "以及")  # join the things a 分别 list is about


def from_to(sentence: str, first: tuple[int, int], second: tuple[int, int]) -> int | None:
    """Where 从 or 由 stands when the figure at `first` is the level left and the one at
    `second` the level reached, in one clause: 从300公里提高到600公里. None otherwise."""
    if arrowed(sentence, first, second):
        return first[0]  # 40分钟→15分钟: an infographic's way of saying it, 从 left unsaid
    opening = _FROM.search(sentence, 0, first[0])
    if opening is None or not _TO.fullmatch(sentence, first[1], second[0]):
        return None
    return opening.start()


_ARROW = re.compile(r"\s*(?:→|⟶|➡|->)\s*")


def arrowed(sentence: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Two figures joined by an arrow, the level left and the level reached: 40分钟→15分钟."""
    return _ARROW.fullmatch(sentence, first[1], second[0]) is not None


# After the level left, the verb that leaves it for a level no figure gives (降到个位数, 降至零).
_LEFT_FOR = re.compile(r"(?:每[年月日天周])?[^，,。；;、：:]{0,3}?[至到为][^0-9０-９]")


def left_from(sentence: str, figure: tuple[int, int]) -> int | None:
    """Where 从 or 由 stands when the figure at `figure` is a level left for one the sentence
    gives in words (超时件从每月40多件降到个位数). None otherwise."""
    opening = _FROM.search(sentence, 0, figure[0])
    if opening is None or not _LEFT_FOR.match(sentence, figure[1]):
        return None
    return opening.start()


def listed(sentence: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Two figures printed one after the other as items of a list: 4.2%和6.8%."""
    return sentence[first[1] : second[0]] in _LIST_JOINS


_RANGE_JOINS = ("至", "到", "—", "－", "-", "~", "～")


def ranged(sentence: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Two figures printed as the ends of a range, each with its unit: 300元至650元."""
    return sentence[first[1] : second[0]] in _RANGE_JOINS


def respectively(sentence: str, clause_start: int, first: int) -> int | None:
    """Where 分别 stands in the clause before a list's first figure, or None."""
    position = sentence.rfind(_RESPECTIVELY, clause_start, first)
    return position if position >= 0 else None
