"""Chinese and Arabic numerals in text into exact decimal values.

Handles 5.2万, 2400亿, 3万4000, 1,200, 二十二, 两, 三百五十, 一千零五, 600多万 (多 between the
digits and the scale), decimals in words (七点二, 零点六, 三点五万), 百分之十五, 百分之七点二,
三分之一, and ranges (5—20, 三到五, and two neighbouring numerals: 七八, 三五, 十二三, 二三十).
A bare scale word is not a number: 百亩田, 千年古镇 and 万家灯火 are names and phrases, not
quantities, unless a qualifier makes it a round figure (突破百亿, 不足百万, 上千).
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
CN_NUMERALS = "零〇一二三四五六七八九两十百千万亿"
_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
_APPROX = "多余"
_CN_DIGITS = "零〇一二三四五六七八九"
# A decimal in words: 七点二, 零点六, 十二点五, 三点五万. The digits after 点 are read one by one
# and are never followed by 十/百/千, which makes a clock time (七点二十分).
_CN_DECIMAL = re.compile(
    rf"(?P<int>[{_CN_DIGITS}两十百千]+)点(?P<frac>[{_CN_DIGITS}]+)(?![十百千点])"
    r"(?P<scale>万亿|亿|万)?"
)
# Two neighbouring numerals are a range, not digits read one by one: 七八个 is seven or eight,
# 三五天 three to five days, 十二三 twelve or thirteen, 二三十 twenty to thirty, 两三万.
_NEIGHBOURS = re.compile(
    r"(?P<head>(?:[一二两三四五六七八九]?[十百千万亿])*)"
    r"(?P<low>[一二两三四五六七八九])(?P<high>[二两三四五六七八九])(?P<scale>[十百千万亿]*)"
)
# An Arabic number, 多/余 perhaps, a scale, and perhaps more digits after 万 (3万4000).
_ARABIC_NUMBER = re.compile(
    # 千 and 百 are no scale where they begin a unit: 550千克, 5千米, 3千瓦, 2.5千伏安, 2百分点.
    rf"(?P<num>{_ARABIC})(?P<approx>[{_APPROX}])?(?P<scale>万亿|亿|万|千(?![克米瓦伏])|百(?!分))?"
    r"(?P<rest>(?<=\d万)\d{1,4}(?![\d.]))?"
)
# Chinese numerals: must hold a digit word (一…九, 两) or 十, not only scale words.
# 几 after a numeral is 多 (十几个, 二十几万): some more than the round figure.
_CN_APPROX = _APPROX + "几"
_CHINESE_NUMBER = re.compile(
    rf"[{CN_NUMERALS}]*[一二三四五六七八九两十][{CN_NUMERALS}]*(?P<approx>[{_CN_APPROX}])?"
)
_PERCENT_WORDS = re.compile(rf"百分之(?P<num>{_ARABIC}|[{CN_NUMERALS}]+(?:点[{_CN_DIGITS}]+)?)")
_FRACTION = re.compile(
    rf"(?P<den>{_ARABIC}|[{CN_NUMERALS}]+)分之(?P<num>{_ARABIC}|[{CN_NUMERALS}]+)"
)
# A scale word alone is a round number when a qualifier says so: 近万亿元, 上百种, 百余种, 超千人,
# 突破百亿元, 超过千人, 不足百万元. Without one it is part of a name or phrase (百亩田, 千年古镇,
# 万家灯火).
_BARE_SCALE = re.compile(
    r"(?:(?<=[近超上逾约数几])|(?<=突破|超过|不足|不到))[百千万亿]{1,2}|[百千万](?=[余多])"
)
_SCALE_VALUES = {"百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_RANGE_JOIN = re.compile(r"\s*(?:—|–|-|~|～|至|到)\s*")
# Every pattern above begins with a digit or a numeral word: no number starts elsewhere.
_FIRST = re.compile(rf"[\d{CN_NUMERALS}]")


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
    decimal = _CN_DECIMAL.fullmatch(text)
    if decimal:
        return _decimal_value(decimal)
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
    decimal = _CN_DECIMAL.fullmatch(text)
    if decimal:
        return _decimal_value(decimal)
    value = chinese_to_int(text)
    return Decimal(value) if value is not None else None


def _decimal_value(match: re.Match[str]) -> Decimal | None:
    """七点二 → 7.2, 零点六 → 0.6, 三点五万 → 35000: the digits after 点 one by one."""
    whole = chinese_to_int(match.group("int"))
    if whole is None:
        return None
    fraction = "".join(str(DIGITS[c]) for c in match.group("frac"))
    value = Decimal(f"{whole}.{fraction}")
    scale = match.group("scale")
    if scale:
        value *= LARGE_UNITS[scale]
    return _plain(value)


def _neighbours(text: str) -> tuple[int, int] | None:
    """七八 → (7, 8), 三五 → (3, 5), 十二三 → (12, 13), 二三十 → (20, 30), 两三万 → (20000,
    30000): two numerals side by side, the second one more (or 三五), are the ends of a range."""
    match = _NEIGHBOURS.fullmatch(text)
    if match is None:
        return None
    low, high = DIGITS[match.group("low")], DIGITS[match.group("high")]
    if high != low + 1 and (low, high) != (3, 5):
        return None
    head, scale = match.group("head"), match.group("scale")
    ends = (
        chinese_to_int(head + match.group("low") + scale),
        chinese_to_int(head + match.group("high") + scale),
    )
    if ends[0] is None or ends[1] is None or not 0 < ends[0] < ends[1]:
        return None
    return ends[0], ends[1]


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
            sign = _below_zero(text, position, match.end())
            return NumberMatch(
                position - sign,
                match.end(),
                text[position - sign : match.end()],
                -value if sign else value,
                approx=match.group("approx"),
            )
    if position > 0 and text[position - 1] in CN_NUMERALS:
        return None
    decimal = _CN_DECIMAL.match(text, position)
    if decimal:
        value = _decimal_value(decimal)
        if value is not None:
            return NumberMatch(position, decimal.end(), decimal.group(), value)
    bare = _BARE_SCALE.match(text, position)
    if bare:
        value = 1
        for char in bare.group():
            value *= _SCALE_VALUES[char]  # 千万, 万亿: scales multiply
        approx = text[bare.end() : bare.end() + 1]
        end = bare.end() + (approx in _APPROX)
        # 几十个, 几百万: several tens, several millions, at least the scale, like 数十.
        several = position > 0 and text[position - 1] == "几"
        if several:
            position, approx = position - 1, "几"
        return NumberMatch(
            position,
            end,
            text[position:end],
            Decimal(value),
            approx=approx if approx in _CN_APPROX else None,
        )
    match = _CHINESE_NUMBER.match(text, position)
    if match:
        digits = match.group().rstrip(_CN_APPROX)
        # 一 alone is an article as often as a number (一些, 统一); it counts only before a
        # classifier, which the caller checks. Scale words alone never count.
        pair = _neighbours(digits)
        value = pair[0] if pair else chinese_to_int(digits)
        if value is not None and value > 0:
            high = pair[1] if pair else None
            end = match.end()
            scale = re.match("万亿|万|亿", text[end:]) if match.group("approx") else None
            if scale:  # 十余万, 三百多亿: the scale after 多/余 applies to the words before
                value *= LARGE_UNITS[scale.group()]
                high = high * LARGE_UNITS[scale.group()] if high else None
                end += len(scale.group())
            approx = match.group("approx")
            if position > 0 and text[position - 1] == "几" and digits.startswith("十"):
                position, approx = position - 1, "几"  # 几十个, 几十万: several tens
            return NumberMatch(
                position,
                end,
                text[position:end],
                Decimal(value),
                Decimal(high) if high else None,
                approx=approx,
            )
    return None


def _below_zero(text: str, start: int, end: int) -> int:
    """How many characters before a temperature say it is below zero (-1.2℃, 零下5℃): a
    minus sign not joining two numbers (3-5℃ is a range), or 零下; 0 if none."""
    if not text.startswith(_DEGREES, end):
        return 0
    if text[max(0, start - 2) : start] == "零下":
        return 2
    if start and text[start - 1] in "-－−" and not text[max(0, start - 2) : start - 1].isdigit():
        return 1
    return 0


_DEGREES = ("℃", "°C", "摄氏度")


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
