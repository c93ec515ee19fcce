"""An article's numbers into metrics: value, unit, what is counted, when, where, how exact.

A number becomes a metric when a unit or classifier follows it (202个, 1.5万元, 7.8%); dates,
ordinals, hotline numbers, codes and numbers inside program names do not, and are returned as
skipped with the reason, for curators. The subject is the noun phrase after the unit (近700个
西瓜大棚) or before the number (划分网格202个, 生产总值同比增长7.8%), read from the parts of
speech of its sentence.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from govdb.metrics.numbers import NumberMatch, chinese_to_int, find_numbers
from govdb.places.find import PlaceMention
from govdb.places.nearest import main_place, nearest_place
from govdb.tokenize import Token, Tokenizer, default_tokenizer

# Unit → kind; money is normalised to 元 (the scale 万/亿 is part of the number already).
_UNITS: dict[str, str] = {
    "个百分点": "percent",
    "百分点": "percent",
    "%": "percent",
    "％": "percent",
    "平方公里": "area",
    "平方千米": "area",
    "平方米": "area",
    "公顷": "area",
    "亩": "area",
    "公里": "length",
    "千米": "length",
    "米": "length",
    "万吨": "mass",
    "吨": "mass",
    "千克": "mass",
    "公斤": "mass",
    "斤": "mass",
    "美元": "money",
    "元": "money",
    "人次": "count",
    "个": "count",
    "名": "count",
    "人": "count",
    "户": "count",
    "家": "count",
    "次": "count",
    "座": "count",
    "所": "count",
    "条": "count",
    "项": "count",
    "件": "count",
    "份": "count",
    "台": "count",
    "辆": "count",
    "艘": "count",
    "架": "count",
    "张": "count",
    "套": "count",
    "栋": "count",
    "间": "count",
    "处": "count",
    "场": "count",
    "批": "count",
    "期": "count",
    "类": "count",
    "种": "count",
    "支": "count",
    "只": "count",
    "头": "count",
    "棵": "count",
    "株": "count",
    "位": "count",
    "床": "count",
    "班": "count",
    "批次": "count",
    "万人": "count",
    "村": "count",
    "镇": "count",
    "乡": "count",
    "个月": "duration",
    "小时": "duration",
    "分钟": "duration",
    "天": "duration",
    "周": "duration",
    "年": "duration",
    "倍": "ratio",
}
_UNIT = re.compile("|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)))
_BEFORE = [  # qualifier words printed before the number, longest first
    ("将近", "under"),
    ("接近", "under"),
    ("不到", "under"),
    ("不足", "under"),
    ("近", "under"),
    ("大约", "about"),
    ("大概", "about"),
    ("约", "about"),
    ("超过", "over"),
    ("突破", "over"),
    ("逾", "over"),
    ("超", "over"),
]
_AFTER = [("以上", "over"), ("多", "over"), ("余", "over"), ("左右", "about"), ("以下", "under")]
_CHANGE = re.compile(r"(增长|增加|提高|上升|提升|增|下降|减少|降低|下滑|回落|减)了?$")
_DOWN = ("下降", "减少", "降低", "下滑", "回落", "减")
_BASIS = re.compile(r"同比|环比")
_RANK = re.compile(
    r"(?:居|位居|位列|排名|排在|列)(?:全国|全省|全市|全区|全县|全州|全盟)?(?:同类城市)?"
    r"第(?P<n>[一二三四五六七八九十\d]+)(?:位|名)?"
)
_SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")
_CLAUSE_BREAK = re.compile(r"[，,、：:（(]")
_PERIOD = re.compile(
    r"(?:截至|截止)(?:\d{4}年)?\d{1,2}月(?:上旬|中旬|下旬|底|末)?"
    r"|(?:\d{4}年|今年|去年|上年|前年)?(?:前三季度|上半年|下半年|全年|第?[一二三四]季度|"
    r"\d{1,2}(?:—|-|至|到)\d{1,2}月|\d{1,2}月份?)"
    r"|\d{4}年|今年|去年|近年来|近\d+年|“?十[四五]五”?(?:期间|以来)?"
)
_NOUN_TAGS = ("n", "nz", "vn", "nt", "ns", "nl", "ng", "an", "l", "j", "eng", "b")
# Verbs that name an amount when a figure follows (收入1.5万元, 投资600多万元).
_NOUN_SUFFIXES = {"员", "者", "长", "户", "人", "师", "家"}
_NOMINAL_VERBS = {
    "兼职",
    "专职",
    "收入",
    "投资",
    "负债",
    "贷款",
    "销售",
    "交易",
    "出口",
    "进口",
    "消费",
    "支出",
    "成交",
    "营收",
    "产值",
    "产量",
    "吞吐",
    "接待",
    "签约",
    "融资",
    "纳税",
}
_SKIP_BEFORE = {
    "近",
    "约",
    "达",
    "达到",
    "有",
    "为",
    "是",
    "共",
    "共有",
    "累计",
    "总",
    "超",
    "超过",
    "突破",
    "实现",
    "完成",
    "增长",
    "增加",
    "提高",
    "同比",
    "环比",
    "下降",
    "减少",
    "逾",
    "将近",
    "接近",
    "不到",
    "不足",
    "大约",
    "已",
    "已有",
    "现有",
    "拥有",
    "配备",
    "划分",
    "建成",
    "新增",
    "新建",
    "全市",
    "全省",
    "全县",
    "全镇",
    "全区",
    "其中",
    "了",
    "的",
}


# metrics.value is NUMERIC(38, 6): 32 digits before the point.
MAX_VALUE = Decimal(10) ** 30


@dataclass(frozen=True, slots=True)
class Metric:
    start: int
    end: int
    surface: str  # the figure as printed with its qualifier word and unit (近700个)
    subject: str | None
    value: Decimal
    unit: str | None
    kind: str
    qualifier: str | None  # about, over, under; None for an exact figure
    qualifier_word: str | None
    is_change: bool
    direction: str | None  # up, down
    basis: str | None  # 同比, 环比
    period: str | None
    period_start: dt.date | None
    period_end: dt.date | None
    place_code: str | None
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True, slots=True)
class Skipped:
    surface: str
    start: int
    end: int
    reason: str  # date, ordinal, code, program, age-group, no-unit


def extract_metrics(
    text: str,
    *,
    published_on: dt.date | None = None,
    places: Sequence[PlaceMention] = (),
    exclude: Sequence[tuple[int, int]] = (),
    tokenizer: Tokenizer | None = None,
) -> tuple[tuple[Metric, ...], tuple[Skipped, ...]]:
    """Metrics in an article's normalised body, and the numbers passed over with why."""
    tokenizer = tokenizer or default_tokenizer()
    main = main_place(places)
    metrics: list[Metric] = []
    skipped: list[Skipped] = []
    carried: str | None = None  # the period of a clause list: 今年上半年，A增长…；B增长…
    for sentence in _SENTENCE.finditer(text):
        s_start, s_text = sentence.start(), sentence.group()
        inherited, carried = carried, None
        numbers = find_numbers(s_text)
        ranks = list(_RANK.finditer(s_text))
        if not numbers and not ranks:
            continue
        tokens: list[Token] | None = None
        taken: list[tuple[int, int]] = []
        for rank in ranks:
            taken.append((rank.start(), rank.end()))
        for number in numbers:
            start, end = s_start + number.start, s_start + number.end
            if any(a <= number.start < b for a, b in taken):
                continue
            if _article_one(number):
                continue
            reason = _not_a_metric(s_text, number, exclude, s_start)
            unit = _UNIT.match(s_text, number.end)
            if reason is None and unit is None:
                reason = "no-unit"
            if reason is not None:
                if reason != "no-unit" or not _is_noise(number):
                    skipped.append(Skipped(number.surface, start, end, reason))
                continue
            assert unit is not None
            if tokens is None:
                tokens = tokenizer.tag(s_text)
            metric = _metric(
                text, s_start, s_text, number, unit, tokens, published_on, places, main
            )
            if metric.period is None and inherited:
                period, p_start, p_end = _period(inherited, published_on)
                metric = replace(metric, period=period, period_start=p_start, period_end=p_end)
            metrics.append(metric)
        for rank in ranks:
            if tokens is None:
                tokens = tokenizer.tag(s_text)
            value = _rank_value(rank.group("n"))
            if value is None:
                continue
            subject = next(
                (
                    m.subject
                    for m in reversed(metrics)
                    if s_start <= m.start < s_start + rank.start()
                ),
                None,
            )
            subject = subject or _subject_before(tokens, rank.start())
            start, end = s_start + rank.start(), s_start + rank.end()
            period, p_start, p_end = _period(s_text[: rank.start()], published_on)
            if period is None and inherited:
                period, p_start, p_end = _period(inherited, published_on)
            metrics.append(
                Metric(
                    start,
                    end,
                    rank.group(),
                    subject,
                    Decimal(value),
                    "位",
                    "rank",
                    None,
                    None,
                    False,
                    None,
                    None,
                    period,
                    p_start,
                    p_end,
                    nearest_place(text, start, end, places, main),
                    s_start,
                    s_start + len(s_text),
                )
            )
        if s_text.rstrip().endswith(("；", ";")):
            own = [m.period for m in metrics if m.start >= s_start and m.period]
            carried = own[-1] if own else inherited
    metrics.sort(key=lambda m: m.start)
    return tuple(metrics), tuple(skipped)


def _not_a_metric(
    sentence: str, number: NumberMatch, exclude: Sequence[tuple[int, int]], offset: int
) -> str | None:
    before = sentence[max(0, number.start - 1) : number.start]
    after = sentence[number.end : number.end + 2]
    digits = number.surface.replace(",", "")
    if any(a <= offset + number.start < b for a, b in exclude):
        return "program"
    if before == "第":
        return "ordinal"
    if after.startswith("后") and re.fullmatch(r"\d{2}", digits):
        return "age-group"
    if number.value >= MAX_VALUE:
        return "out-of-range"  # no report counts this high: a code or an OCR run of digits
    if re.fullmatch(r"\d{5,}", digits) and not _UNIT.match(sentence, number.end):
        return "code"  # hotlines (12345), registration numbers: before 号 is read as a day
    year = after.startswith("年") and re.fullmatch(r"\d{4}", digits)
    if year or after.startswith(("月", "日", "号")):
        return "date"
    return None


def _is_noise(number: NumberMatch) -> bool:
    """Chinese numerals without a unit are mostly words (一些, 统一, 三会一课): not worth a row."""
    return not any(c.isdigit() for c in number.surface)


def _article_one(number: NumberMatch) -> bool:
    """一个缩影, 一张名片: 一 with a classifier is an article, not a count."""
    return number.surface in ("一", "壹")


def _metric(
    text: str,
    s_start: int,
    sentence: str,
    number: NumberMatch,
    unit: re.Match[str],
    tokens: list[Token],
    published_on: dt.date | None,
    places: Sequence[PlaceMention],
    main: str | None,
) -> Metric:
    unit_text = unit.group()
    kind = _UNITS[unit_text]
    if unit_text == "年" and number.value > 100:
        kind = "duration"
    qualifier = qualifier_word = None
    for word, meaning in _BEFORE:
        if sentence[max(0, number.start - len(word)) : number.start] == word:
            qualifier, qualifier_word = meaning, word
            break
    tail_end = unit.end()
    for word, meaning in _AFTER:
        if sentence.startswith(word, unit.end()):
            qualifier, qualifier_word, tail_end = meaning, word, unit.end() + len(word)
            break
    if number.approx and qualifier is None:
        qualifier, qualifier_word = "over", number.approx
    clause_start = max(
        (m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, number.start)), default=0
    )
    clause = sentence[clause_start : number.start]
    change = _CHANGE.search(clause.rstrip())
    is_change = change is not None
    direction = ("down" if change.group(1) in _DOWN else "up") if change else None
    basis = _BASIS.search(clause)
    start = number.start - (
        len(qualifier_word)
        if qualifier_word and sentence[: number.start].endswith(qualifier_word)
        else 0
    )
    subject = _subject_after(tokens, unit.end()) if kind == "count" else None
    subject = subject or _subject_before(tokens, number.start)
    period, p_start, p_end = _period(sentence[: number.start], published_on)
    f_start, f_end = s_start + start, s_start + tail_end
    value = number.value
    return Metric(
        f_start,
        f_end,
        text[f_start:f_end],
        subject,
        value,
        unit_text,
        kind,
        qualifier,
        qualifier_word,
        is_change,
        direction,
        basis.group() if basis else None,
        period,
        p_start,
        p_end,
        nearest_place(text, f_start, f_end, places, main),
        s_start,
        s_start + len(sentence),
    )


def _subject_after(tokens: list[Token], position: int) -> str | None:
    words: list[str] = []
    for token in tokens:
        if token.start < position:
            continue  # the number and its unit, however the tagger cut them
        suffix = words and token.text in _NOUN_SUFFIXES  # 网格 + 员
        # Right after a classifier a word is what is counted, whatever the tagger guessed
        # (it tags 合同 as an adjective).
        first = not words and token.pos in ("a", "v") and len(token.text) >= 2
        noun = (token.pos or "").startswith(_NOUN_TAGS) or suffix or first
        if noun and len("".join(words)) < 8:
            words.append(token.text)
        else:
            break
    return "".join(words) or None


def _subject_before(tokens: list[Token], position: int) -> str | None:
    before = [t for t in tokens if t.end <= position]
    while before and (before[-1].text in _SKIP_BEFORE or (before[-1].pos or "") in ("d", "p", "m")):
        before.pop()
    words: list[str] = []
    while before:
        token = before[-1]
        pos = token.pos or ""
        inner_locative = (
            pos == "f"
            and words
            and len(before) > 1
            and (before[-2].pos or "").startswith(_NOUN_TAGS)
        )
        nominal = pos.startswith(_NOUN_TAGS) or token.text in _NOMINAL_VERBS or inner_locative
        if not nominal or len("".join(words)) >= 10:
            break
        if token.text in _SKIP_BEFORE:
            break
        words.insert(0, token.text)
        before.pop()
    # A place name in front says where, not what: 漯河市生产总值 is 生产总值 of 漯河市.
    while len(words) > 1 and any(t.text == words[0] and t.pos == "ns" for t in tokens):
        words.pop(0)
    return "".join(words) or None


def _rank_value(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return chinese_to_int(text)


def _period(
    before: str, published_on: dt.date | None
) -> tuple[str | None, dt.date | None, dt.date | None]:
    """The last period named before the figure in its sentence, with dates where known."""
    matches = [m.group() for m in _PERIOD.finditer(before) if m.group()]
    if not matches:
        return None, None, None
    period = matches[-1]
    return period, *_period_dates(period, published_on)


def _period_dates(period: str, published: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    year_match = re.search(r"(\d{4})年", period)
    if year_match:
        year = int(year_match.group(1))
    elif published and "今年" in period:
        year = published.year
    elif published and ("去年" in period or "上年" in period):
        year = published.year - 1
    elif published and "前年" in period:
        year = published.year - 2
    else:
        return None, None
    months = _months(period)
    if months is None:
        return None, None
    first, last = months
    if period.startswith(("截至", "截止")):
        # 上旬, 中旬, 下旬: the first, second and last ten days of the month.
        day = {"上旬": 10, "中旬": 20}.get(period[-2:], calendar.monthrange(year, last)[1])
        return None, dt.date(year, last, day)
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


def _months(period: str) -> tuple[int, int] | None:
    quarters = {"一": 1, "二": 2, "三": 3, "四": 4}
    if "前三季度" in period:
        return 1, 9
    if "上半年" in period:
        return 1, 6
    if "下半年" in period:
        return 7, 12
    quarter = re.search(r"([一二三四])季度", period)
    if quarter:
        q = quarters[quarter.group(1)]
        return 3 * q - 2, 3 * q
    span = re.search(r"(\d{1,2})(?:—|-|至|到)(\d{1,2})月", period)
    if span:
        return int(span.group(1)), int(span.group(2))
    month = re.search(r"(\d{1,2})月", period)
    if month and 1 <= int(month.group(1)) <= 12:
        return int(month.group(1)), int(month.group(1))
    if re.search(r"\d{4}年$|今年$|去年$|上年$|前年$|全年", period):
        return 1, 12
    return None
