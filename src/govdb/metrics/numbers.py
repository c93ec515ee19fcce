"""Chinese and Arabic numerals in text into exact decimal values.

Handles 5.2万, 2400亿, 3万4000, 1,200, 二十二, 两, 三百五十, 一千零五, 600多万 (多 between the
digits and the scale), 百分之十五, 三分之一, and ranges (5—20, 三到五). A bare scale word is
not a number: 百亩田, 千年古镇 and 万家灯火 are names and phrases, not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
LARGE_UNITS = {"万": 10**4, "亿": 10**8, "万亿": 10**12}
_CN = "零〇一二三四五六七八九两十百千万亿"
_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
_APPROX = "多余"
# An Arabic number, 多/余 perhaps, a scale, and perhaps more digits after 万 (3万4000).
_ARABIC_NUMBER = re.compile(
    # 千 and 百 are no scale where they begin a unit: 550千克, 5千米, 3千瓦, 2百分点.
    rf"(?P<num>{_ARABIC})(?P<approx>[{_APPROX}])?(?P<scale>万亿|亿|万|千(?![克米瓦])|百(?!分))?"
    r"(?P<rest>(?<=\d万)\d{1,4}(?![\d.]))?"
)
# Chinese numerals: must hold a digit word (一…九, 两) or 十, not only scale words.
_CHINESE_NUMBER = re.compile(rf"[{_CN}]*[一二三四五六七八九两十][{_CN}]*(?P<approx>[{_APPROX}])?")
_PERCENT_WORDS = re.compile(rf"百分之(?P<num>{_ARABIC}|[{_CN}]+)")
_FRACTION = re.compile(rf"(?P<den>{_ARABIC}|[{_CN}]+)分之(?P<num>{_ARABIC}|[{_CN}]+)")
# A scale word alone is a round number when a qualifier says so: 近万亿元, 上百种, 百余种, 超千人.
# Without one it is part of a name or phrase (百亩田, 千年古镇, 万家灯火).
_BARE_SCALE = re.compile(r"(?<=[近超上逾约数])[百千万亿]{1,2}|[百千万](?=[余多])")
_SCALE_VALUES = {"百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_RANGE_JOIN = re.compile(r"\s*(?:—|–|-|~|～|至|到)\s*")
# Every pattern above begins with a digit or a numeral word: no number starts elsewhere.
_FIRST = re.compile(rf"[\d{_CN}]")


@dataclass(frozen=True, slots=True)
class NumberMatch:
    start: int
    end: int
    surface: str
    value: Decimal  # the low end for a range
    high: Decimal | None = None  # the high end for a range
    approx: str | None = None  # 多 or 余 printed inside the number (600多万, 二十余)
    percent: bool = False  # 百分之十五, or a fraction read as a ratio

    @property
    def is_range(self) -> bool:
        return self.high is not None


def chinese_to_int(text: str) -> int | None:
    """二十二 → 22, 三百五十 → 350, 一千零五 → 1005, 两万 → 20000, 十四 → 14; None if not one."""
    if not text or any(c not in DIGITS and c not in SMALL_UNITS and c not in "万亿" for c in text):
        return None
    if all(c in DIGITS for c in text) and len(text) > 1:
        return int("".join(str(DIGITS[c]) for c in text))  # 二〇二四 read digit by digit
    total, section, number = 0, 0, None
    for char in text:
        if char in DIGITS:
            number = DIGITS[char]
        elif char in SMALL_UNITS:
            section += (1 if number is None else number) * SMALL_UNITS[char]
            number = None
        else:  # 万 or 亿 closes a section
            section += number or 0
            if section == 0:
                return None
            if char == "亿":
                total = (total + section) * LARGE_UNITS[char]
            else:
                total += section * LARGE_UNITS[char]
            section, number = 0, None
    return total + section + (number or 0)


def parse_number(text: str) -> Decimal | None:
    """The value of a whole string that is one number; None for anything else. Never raises."""
    text = text.strip()
    if not text:
        return None
    match = _ARABIC_NUMBER.fullmatch(text)
    if match and not match.group("approx"):
        return _arabic_value(match)
    percent = _PERCENT_WORDS.fullmatch(text)
    if percent:
        return _any_value(percent.group("num"))
    fraction = _FRACTION.fullmatch(text)
    if fraction:
        return _fraction_value(fraction)
    value = chinese_to_int(text)
    if value is not None:
        return Decimal(value)
    # Mixed: 5.2万 handled above; 三千五百万 by chinese_to_int; 12万亿 above.
    return None


def _arabic_value(match: re.Match[str]) -> Decimal | None:
    try:
        value = Decimal(match.group("num").replace(",", ""))
    except InvalidOperation:
        return None
    scale = match.group("scale")
    if scale:
        value *= LARGE_UNITS.get(scale) or SMALL_UNITS[scale]
        rest = match.group("rest")
        if rest:  # 3万4000: the digits after 万 count in ones
            value += Decimal(rest)
    return _plain(value)


def _any_value(text: str) -> Decimal | None:
    match = _ARABIC_NUMBER.fullmatch(text)
    if match:
        return _arabic_value(match)
    value = chinese_to_int(text)
    return Decimal(value) if value is not None else None


def _fraction_value(match: re.Match[str]) -> Decimal | None:
    denominator = _any_value(match.group("den"))
    numerator = _any_value(match.group("num"))
    if not denominator or numerator is None:
        return None
    return _plain((numerator / denominator * 100).quantize(Decimal("0.01")))


def _plain(value: Decimal) -> Decimal:
    """Drop trailing zeros after the point without switching to exponent notation."""
    try:
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        return value.normalize()
    except InvalidOperation:  # more digits than the context holds: keep it as it is
        return value


def find_numbers(text: str) -> tuple[NumberMatch, ...]:
    """Every number in the text, left to right, ranges joined. Never raises."""
    found: list[NumberMatch] = []
    following = _FIRST.search(text)
    while following is not None:
        position = following.start()
        match = _number_at(text, position)
        if match is None:
            following = _FIRST.search(text, position + 1)
            continue
        joiner = _RANGE_JOIN.match(text, match.end)
        if joiner:
            other = _number_at(text, joiner.end())
            if other is not None and other.value >= match.value and not other.percent:
                match = NumberMatch(
                    match.start,
                    other.end,
                    text[match.start : other.end],
                    match.value,
                    other.value,
                    other.approx,
                    match.percent,
                )
        found.append(match)
        following = _FIRST.search(text, match.end)
    return tuple(found)


def _number_at(text: str, position: int) -> NumberMatch | None:
    if position > 0 and (text[position - 1].isdigit() or text[position - 1] == "."):
        return None  # inside a number already read
    for pattern in (_PERCENT_WORDS, _FRACTION):
        match = pattern.match(text, position)
        if match:
            value = (
                _any_value(match.group("num"))
                if pattern is _PERCENT_WORDS
                else _fraction_value(match)
            )
            if value is not None:
                return NumberMatch(position, match.end(), match.group(), value, percent=True)
    match = _ARABIC_NUMBER.match(text, position)
    if match:
        # 600多万: the scale after 多 applies to the digits before it, as without 多.
        value = _arabic_value(match)
        if value is not None:
            return NumberMatch(
                position, match.end(), match.group(), value, approx=match.group("approx")
            )
    if position > 0 and text[position - 1] in _CN:
        return None
    bare = _BARE_SCALE.match(text, position)
    if bare:
        value = 1
        for char in bare.group():
            value *= _SCALE_VALUES[char]  # 千万, 万亿: scales multiply
        approx = text[bare.end() : bare.end() + 1]
        end = bare.end() + (approx in _APPROX)
        return NumberMatch(
            position,
            end,
            text[position:end],
            Decimal(value),
            approx=approx if approx in _APPROX else None,
        )
    match = _CHINESE_NUMBER.match(text, position)
    if match:
        digits = match.group().rstrip(_APPROX)
        # 一 alone is an article as often as a number (一些, 统一); it counts only before a
        # classifier, which the caller checks. Scale words alone never count.
        value = chinese_to_int(digits)
        if value is not None and value > 0:
            end = match.end()
            scale = re.match("万亿|万|亿", text[end:]) if match.group("approx") else None
            if scale:  # 十余万, 三百多亿: the scale after 多/余 applies to the words before
                value *= LARGE_UNITS[scale.group()]
                end += len(scale.group())
            return NumberMatch(
                position, end, text[position:end], Decimal(value), approx=match.group("approx")
            )
    return None


def format_number(value: Decimal) -> str:
    """How a report prints a non-negative value, read back exactly by parse_number:
    52000 → 5.2万, 240000000000 → 2400亿, 7.8 → 7.8."""
    value = _plain(Decimal(value))
    if value < 0:
        raise ValueError("reports print a decrease as 下降 and a positive number")
    for word, size in (("亿", Decimal(10**8)), ("万", Decimal(10**4))):
        if value >= size:
            return f"{_plain(value / size)}{word}"
    return str(value)
