"""A program as printed (“五星”支部, 「三個\\n\\n五百億」項目, “党建＋网格＋大数据”模式) into
the canonical name all its printings share (五星支部, 三个五百亿项目, 党建+网格+大数据)."""

from __future__ import annotations

import re
from functools import lru_cache

from govdb.programs.kinds import ENDING, HEADS

# Quotes, spaces and line breaks go, ＋ becomes +, 、 stays as the separator of an enumeration,
# traditional characters become simplified. A head noun after the quote stays when it names one
# particular thing (支部, 项目, 工程, 会议, 驿站 …) and goes when it only says what kind of thing
# the name is (模式, 机制, 理念, 改革, 活动 …): “党建+网格+大数据”模式 and “党建+网格+大数据” are
# one program. A bare number or a two-character label names nothing on its own, so it keeps
# its head: “311”周教学模式, “三清”改革 → 三清改革, “两拆”改造 → 两拆改造.
_OPEN = "“「『‘\"'"
_QUOTE_MARKS = re.compile(r"[“”「」『』‘’\"']")
_SPACE = re.compile(r"\s+")
_WIDTH = str.maketrans(
    "０１２３４５６７８９＋ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ",
    "0123456789+ABCDEFGHIJKLMNOPQRSTUVWXYZ",
)


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    # 't2s' converts characters only; 'tw2sp' would also rewrite words (高效能 → 高性能).
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _s2t():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("s2t")


def traditional(text: str) -> str:
    """`text` in traditional characters: head nouns are matched in either script (「…」項目)."""
    return _s2t().convert(text)


def simplified(text: str) -> str:
    """Characters in simplified script, widths and spacing as one canonical form."""
    text = _SPACE.sub("", text).translate(_WIDTH).replace("➕", "+")
    return _t2s().convert(text)


def split_surface(surface: str) -> tuple[str, str]:
    """(the quoted name, the head noun after the closing quote) of a printed mention; an
    unquoted surface is all name."""
    surface = surface.strip()
    if surface[:1] not in _OPEN:
        return surface, ""
    close = _closing(surface)
    if close < 0:
        return surface[1:], ""
    return surface[1:close], surface[close + 1 :]


def _closing(surface: str) -> int:
    """Index of the mark closing the opening quote; quotes nested inside are skipped. A
    straight mark closes a curly opening too (“…" as recognition prints it) when no curly
    mark closes it later."""
    depth = 0
    for index, char in enumerate(surface):
        if char in "“「『‘":
            depth += 1
        elif char in "”」』’":
            depth -= 1
            if depth == 0 or (index > 0 and surface[0] == '"' and char == "”"):
                return index
        elif char in "\"'" and index > 0 and (char == surface[0] or _mixed(surface, index, depth)):
            return index
    return -1


def _mixed(surface: str, index: int, depth: int) -> bool:
    """The straight mark at `index` closes the curly quote the surface opens with."""
    return surface[index] == '"' and surface[0] == "“" and depth == 1 and "”" not in surface[index:]


def canonical_name(surface: str, head: str = "") -> str:
    """The canonical name of a printed mention: `canonical_name('“五星”党支部')` and
    `canonical_name('五星', '党支部')` are both 五星支部."""
    if head:
        content = surface
    else:
        quoted = surface.strip()[:1] in _OPEN
        content, head = split_surface(surface)
        if not quoted and "+" in content.replace("＋", "+"):
            content, head = _unquoted_head(content)
    name = _QUOTE_MARKS.sub("", simplified(content))
    head = simplified(head)
    ending = ENDING.search(head)
    if not head or not ending:
        return name
    noun = HEADS.get(ending.group())
    # A kept head printed right after the quote is part of the name (“双百”工程); with words of
    # its own before it, it describes what the quoted brand runs (“老街坊”养老驿站 is 老街坊).
    if _label(name) or (noun is not None and noun.kept and head == ending.group()):
        return name + re.sub(r"党支部$", "支部", head)
    if head == "负责制" and name.endswith("长"):
        return name + head  # “路长”负责制: the system named after its office, as 河长制 is
    return name


# Counts and + alone, N for any number: 1+3+N.
COUNTS_ONLY = re.compile(r"[0-9NnXx+]+")


def _label(name: str) -> bool:
    """A quoted part that is no name on its own: a bare number (311) or one in words (四个一),
    a label of two characters (三清, 双百, 五星), a formula left open (“生态岗位+”就业模式) or
    one of counts alone (“1+3+N”网格管理机制)."""
    return (
        name.isdigit()
        or len(name) <= 2
        or name.endswith("+")
        or COUNTS_ONLY.fullmatch(name) is not None
        or _NUMERALS_ONLY.fullmatch(name) is not None
    )


# 四个一, 三个一百: numerals alone, a formula no more a name than 311 is.
_NUMERALS_ONLY = re.compile("[一二三四五六七八九十两双百千万个]+")


def _unquoted_head(content: str) -> tuple[str, str]:
    """党建+网格+大数据模式, unquoted: the generic head still goes (党建+网格+大数据)."""
    ending = ENDING.search(content)
    noun = HEADS.get(ending.group()) if ending else None
    if ending and noun is not None and not noun.kept:
        return content[: ending.start()], ""
    return content, ""
