"""The words the metrics tables store, as enums (values are the stored strings): a fact made
with a word outside them fails where it is made, not later in a CHECK or a view that silently
matches nothing."""

from __future__ import annotations

from enum import StrEnum


class MetricKind(StrEnum):
    """What a figure measures, from its unit (metrics.kind)."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    RATIO = "ratio"
    RATE = "rate"  # a unit per unit: 3.2元/斤
    RANK = "rank"  # 第3位
    AREA = "area"
    LENGTH = "length"
    MASS = "mass"
    VOLUME = "volume"
    DURATION = "duration"
    ENERGY = "energy"
    POWER = "power"
    TEMPERATURE = "temperature"
    PRESSURE = "pressure"


class Qualifier(StrEnum):
    """How exact a figure is said to be: 约 about, 超过 over, 近 under; None when exact."""

    ABOUT = "about"
    OVER = "over"
    UNDER = "under"


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"


class Basis(StrEnum):
    """What a change is measured against."""

    YEAR_ON_YEAR = "同比"
    PERIOD_ON_PERIOD = "环比"


class SkipReason(StrEnum):
    """Why a number was not stored as a metric (skipped_numbers.reason)."""

    DATE = "date"
    ORDINAL = "ordinal"
    CODE = "code"  # hotlines, registration numbers
    PROGRAM = "program"  # inside a program's name: “311”周教学模式
    AGE_GROUP = "age-group"
    PERIOD = "period"
    SET_PHRASE = "set-phrase"
    NAME = "name"
    NO_UNIT = "no-unit"
    NO_SUBJECT = "no-subject"
    ENUMERATION = "enumeration"  # 五个方面
    RATE = "rate"  # the base of a rate: 每3户, 1吨钢的能耗
    THRESHOLD = "threshold"  # a bar things are sorted by: 收入超过30万元的村
    RESTATED = "restated"  # a table's total row repeating the text's figure: listed once
    OUT_OF_RANGE = "out-of-range"
    TOO_LARGE = "too-large"  # more than the columns hold: passed over at loading


# Words that say how a figure changed, as a labelled figure's line adds them after a comma
# (地区生产总值：18.6亿元，同比增长5.2%): a regular expression, shared by layout and metrics.
# What a change is against: last year, month, season, round or term (比上季, 较上届).
PRIOR = r"(?:上年|去年|上月|上季度?|上届|上期|上一年|往年)"
CHANGE_WORDS = (
    rf"(?:同比|[比较](?:{PRIOR}|\d{{4}}年)(?:同期)?|环比)?"
    r"(?:增长|下降|提高|减少|上升|增加|上涨|下跌|降低|新增)"
)
# A list's item number where a line opens: 1．, 2、, 3. before words (not 3.5亿元), 一、, （二）.
ITEM_NUMBER = (
    r"(?:\d{1,2}(?:[、．]|\.(?!\d))|[一二三四五六七八九十]{1,3}、"
    r"|[（(][一二三四五六七八九十\d]{1,3}[）)])"
)
# The pictographs posts print (🎉, 👇, ✅, ❄️), as a character class's ranges; an infographic's
# line may open with one (🚛 货运量　52.8万吨　↑19.6%).
PICTOGRAPHS = "\U0001f000-\U0001faff\u2600-\u27bf"
# What may open an infographic's or a data box's line before its label: a bullet, a dash, a
# pictograph (▶ 新增就业：1.2万人, 🚛 货运量　52.8万吨).
# The bullets and pictographs themselves, as a character class's members.
MARKS = rf"▶►▸•●■◆★☆{PICTOGRAPHS}\uFE0F"
FIGURE_MARKS = rf"[{MARKS}·\-—\s]*"
# A figure as an infographic prints it big over or before its words: 6.83万件, 约3.6万平方米,
# 4300余件, 96%以上.
BIG_FIGURE = (
    r"(?:约|近|超|逾)?(?:\d[\d.,]*(?:万|亿)?[^\s\d，。；：:,;]{0,5}?(?:余|多)?"
    # (or a share in tenths, as words: 近四成, 六成以上)
    r"|[一二三四五六七八九]成)(?:以上|左右)?"
)
# The time an infographic's words may open with, digits and all: 1至10月累计…, 2025年新增….
LABEL_TIME = r"(?:\d{4}年)?(?:\d{1,2}(?:至|-|—|到)\d{1,2}月|\d{1,2}月份?)?"
