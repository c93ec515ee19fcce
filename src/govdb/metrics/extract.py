"""An article's numbers into metrics: value, unit, what is counted, when, where, how exact.

A number becomes a metric when a unit or classifier follows it (202个, 1.5万元, 7.8%), or
when the text leaves the counter unsaid (700万志愿者, 东部8省市); dates, ordinals, hotline
numbers, codes, numbers inside names and idioms, and rhetorical enumerations do not, and are
returned as skipped with the reason, for curators. The subject is the noun phrase after the
unit (近700个西瓜大棚) or before the number (划分网格202个, 生产总值同比增长7.8%), read from
the parts of speech of its sentence; figures read together share or split it (从A提高到B, 分别
增长A%和B%, 每5个…就有1个). A figure whose subject cannot be found is no metric: it is
skipped as no-subject. Figures about the country (全国, 我国) have no place.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cached_property

from govdb.metrics.lists import (
    LIST_WORDS,
    arrowed,
    from_to,
    left_from,
    listed,
    ranged,
    respectively,
)
from govdb.metrics.numbers import NumberMatch, chinese_to_int, find_numbers
from govdb.metrics.subject import (
    AIMS,
    CLOSING_QUOTES,
    LINKS,
    MAKING,
    MAX_BEFORE,
    MAX_RUN,
    NOMINAL_VERBS,
    OPENING_QUOTES,
    PERSON_ENDINGS,
    SHARE_WORDS,
    TARGET_MARKS,
    is_measure,
    subject_after,
    subject_before,
    verb_phrase,
    verb_phrase_before,
)
from govdb.metrics.tables import Figure, figures, find_tables, remarks
from govdb.metrics.units import CURRENCIES_BEFORE, STORED_UNITS, UNIT, UNITS, Unit, kind_of, unit_at
from govdb.metrics.vocabulary import (
    BIG_FIGURE,
    CHANGE_WORDS,
    FIGURE_MARKS,
    ITEM_NUMBER,
    LABEL_TIME,
    MARKS,
    PRIOR,
    Basis,
    Direction,
    MetricKind,
    Qualifier,
    SkipReason,
)
from govdb.places.find import PlaceMention
from govdb.places.lexicon import default_frequencies
from govdb.places.nearest import main_place, nearest_place
from govdb.places.scopes import PARAGRAPH_END, scope
from govdb.places.vocabulary import Resolution
from govdb.tokenize import Token, Tokenizer, default_tokenizer

_BEFORE = [  # qualifier words printed before the number, longest first
    ("不低于", "over"),  # a floor or a ceiling set: 不低于30家, 控制在…不超过3%
    ("不少于", "over"),
    ("不超过", "under"),
    ("不高于", "under"),
    ("不多于", "under"),
    ("将近", "under"),
    ("接近", "under"),
    ("不到", "under"),
    ("不足", "under"),
    ("近", "under"),
    ("大约", "about"),
    ("大概", "about"),
    ("约为", "about"),  # 解决率约为85.8%
    ("约", "about"),
    ("超过", "over"),
    ("突破", "over"),
    ("逾", "over"),
    ("超", "over"),
    ("上", "over"),  # 上百, 上万
    ("数", "over"),  # 数十, 数万: several tens, several ten-thousands
]
_IN_WORDS_ONLY = ("上", "数")  # qualifiers only of numbers in words (上百, 数十)
# Qualifiers that make a figure before 的 a bar things are sorted by (超过30万元的村).
_THRESHOLD_WORDS = ("超过", "以上", "以下", "以内", "不足", "不到")
_AFTER = [
    ("以上", "over"),
    ("多", "over"),
    ("余", "over"),
    ("左右", "about"),
    ("上下", "about"),  # 6元上下: about, as 左右
    ("出头", "over"),  # 三十块出头: a little over
    ("以下", "under"),
    ("以内", "under"),
]
_QUALIFIED = dict(_BEFORE + _AFTER)  # each qualifier's meaning, wherever it is printed
_NOT_ABOUT = re.compile(r"上下(?:游|班|楼|级|车|学|文|联|功|齐|其手|同心)")  # 上下游: no 上下
_VOTED = re.compile(r"赞成|反对|弃权|同意|不同意")
_VOTED_BEFORE = re.compile(f"(?:{_VOTED.pattern})$")
_HELD_LEVEL = ("持平", "不变", "相当")  # 新闻发布会 11场 持平: how it compares, not what it counts
_SIGN = re.compile(r"(?<=\s)[+＋\-－−]$")
# A change stressed as a whole (比翻修前多了整整4吨, 足足高出9个百分点).
_STRESSED = "(?:整整|足足)?"
_CHANGE = re.compile(
    # 成长 is growth as Taiwan's and Hong Kong's papers print it (較去年同期成長9.6%)
    # 偏多, 偏低: how weather bulletins compare a figure with the usual (较常年同期偏高0.6℃)
    # 上调, 下调: a price or a rate set higher or lower (收购价上调5%)
    r"(增长|增加|提高|上升|提升|上涨|回升|加快|扩大|成长|增|偏多|偏高|高出|多出|延长|上调|翻|"
    r"下降|减少|降低|下滑|回落|下跌|放缓|收窄|缩小|减|偏少|偏低|低了|少了|缩短|压缩|下调|"
    r"(?<=[^加])快)"
    rf"了?{_STRESSED}$"
)
# 增速比全省高1.2个百分点, 利率较普通贷款低0.8个百分点, 产量比去年多1.2万吨: a gap above or
# below what is compared.
_GAP = re.compile(rf"(?:比|较)[^，,。；;]{{1,14}}?(高|低|多|少)了?{_STRESSED}$")
_DOWN = (
    *("下降", "减少", "降低", "下滑", "回落", "下跌", "放缓", "收窄", "缩小", "减", "低", "少"),
    *("偏少", "偏低", "低了", "少了", "缩短", "压缩", "下调"),
)
_BASIS = re.compile(r"同比|环比")
_RANK = re.compile(
    r"(?:居|位居|位列|排名|排在|列)(?:全国|全省|全市|全区|全县|全州|全盟)?(?:同类城市)?"
    r"(?P<pre>第|前)(?P<n>[一二三四五六七八九十两\d]+)(?:位|名)?(?!方阵|梯队)"
)
_PEOPLE = ("人", "名", "人次", "万人", "户", "位")
# Heads of rhetorical enumerations written in words (五个方面, 三个层面).
_ASPECTS = ("方面", "领域", "方向", "层面", "维度", "板块")
# Affairs counted in words: 抓好三件事 lists the points of a speech, not tasks in the world.
_AFFAIRS = ("事", "大事", "事情", "要事")
# Classifiers of actions, not things: what follows them is a verb (分3批次召开…).
_VERBAL_CLASSIFIERS = ("次", "批次", "轮", "遍", "趟", "场次", "户次")
# Units of government counted without a classifier: 东部8省市, 三市三县, 12县区.
_DIVISIONS = re.compile(r"[省市县区乡镇村旗]+(?![长委级场民域])")
# The country as the scope of a figure, not the yardstick of a province's (居全国第二,
# 占全国的20%, 高于全国平均) nor part of a body's name (全国人大).
_NATIONAL = re.compile(r"(?<![居占较于比列在])(?:全国|我国)(?![第前平同人政])")
# 在湖北已经有: a place and a verb of existing, right before a count.
_THERE_ARE = re.compile(r"在[^，,。；;、在]{1,8}?(?:已经|已|共|目前|现|还)?(?:有|拥有)$")
# A verb of having or making right before a count (已建成350多个, 现有120个).
# A verb of making needs a word of time or sum before it: in 到年底实际建成109个 the count is
# of what the clause before named.
_HAS_MADE = re.compile(
    r"(?:(?:已经|已|共|累计|现|目前)(?:建成|建立|成立|组建|培育|打造|举办|举行|开办|开展)|"
    r"(?:已经|已|共|现|目前)?"
    r"(?:有|拥有))(?:近|约|超过|逾)?$"
)
# Those counted named by a phrase before 的 (入股合作社的有186户).
_HAVING_WORDS = "共有|有|达到|达"
_OF_THOSE = re.compile(
    rf"的(?P<noun>[\u4e00-\u9fff]{{0,6}}?)(?:{_HAVING_WORDS})(?:近|约|超过|逾)?$"
)
_SCOPE = re.compile(r"全[\u4e00-\u9fff]{1,2}|其中|目前|现在")
_CLAUSE_MARK = re.compile(r"[，,。；;：:、“”]")
_OF_LINK = re.compile(rf"(?:{_HAVING_WORDS}|占)?(?:近|约|超过|逾)?")
MAX_THOSE = 12
_COMPARED = ("比", "较", "是", "于", "同")
_COMPARISON = re.compile(r"[比较](?![例重率])")  # 比去年, 较上年; not 比例, 比重
_ISO_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}")  # 2025-11-19 18:32
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
# Spans of time the tagger calls nouns: 连续三个季度, 两个学期.
_TIME_NOUNS = ("季度", "学期", "年度", "农时", "汛期", "工作日")
_SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")
_CLAUSE_BREAK = re.compile(r"[，,、：:（(]")
_PHRASE_BREAK = re.compile(r"[，,：:（(]")  # 、 joins the items of one phrase
# Years and months in figures or in characters (二〇二四年, 一至九月, 前三个月).
_YEAR = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年"
_MONTH = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九十])"
_PERIOD = re.compile(
    rf"(?:截至|截止)(?:{_YEAR})?{_MONTH}月(?:上旬|中旬|下旬|底|末)?"
    rf"|(?:{_YEAR}|今年|去年|上年|前年)?(?:前三季度|上半年|下半年|全年|第?[一二三四]季度|"
    rf"前{_MONTH}个?月|"
    rf"{_MONTH}(?:—|-|至|到){_MONTH}月份?|{_MONTH}月份?(?:底|末)?)"
    rf"|{_YEAR}|今年|去年|近年来|近\d+年|“?十[四五]五”?(?:期间|以来)?"
)
_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


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

    def __post_init__(self) -> None:
        # The vocabularies as enums, checked as the fact is made (and on every replace).
        object.__setattr__(self, "kind", MetricKind(self.kind))
        for name, vocabulary in (
            ("qualifier", Qualifier),
            ("direction", Direction),
            ("basis", Basis),
        ):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, vocabulary(value))

    def shifted(self, by: int) -> Metric:
        return replace(
            self,
            start=self.start + by,
            end=self.end + by,
            sentence_start=self.sentence_start + by,
            sentence_end=self.sentence_end + by,
        )


@dataclass(frozen=True, slots=True)
class Skipped:
    surface: str
    start: int
    end: int
    # date, ordinal, code, program, age-group, period, set-phrase, name, no-unit, no-subject,
    # enumeration (五个方面), rate (每3户, 1吨钢的能耗), out-of-range
    reason: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "reason", SkipReason(self.reason))

    def shifted(self, by: int) -> Skipped:
        return replace(self, start=self.start + by, end=self.end + by)


def extract_metrics(
    text: str,
    *,
    published_on: dt.date | None = None,
    places: Sequence[PlaceMention] = (),
    exclude: Sequence[tuple[int, int]] = (),
    tokenizer: Tokenizer | None = None,
    frequencies: Mapping[str, int] | None = None,
) -> tuple[tuple[Metric, ...], tuple[Skipped, ...]]:
    """Metrics in an article's normalised body, and the numbers passed over with why.
    `frequencies`: the tokenizer's word frequencies (`Resources.word_frequencies`), the
    process's by default."""
    tokenizer = tokenizer or default_tokenizer()
    frequencies = default_frequencies() if frequencies is None else frequencies
    main = main_place(places)
    place_spans = [(p.start, p.end) for p in places]
    metrics: list[Metric] = []
    skipped: list[Skipped] = []
    carried: str | None = None  # the period of a clause list: 今年上半年，A增长…；B增长…
    # (paragraph, unit), and unit alone → what was last measured
    measured: dict[tuple[int, str] | str, str] = {}
    # A table's lines are read as a table, cell by cell, not as sentences.
    tables = find_tables(text)
    totals: set[int] = set()  # where the figures of tables' total rows start
    cells: set[int] = set()  # …and where every table's figures start
    for table in tables:
        read, unread = figures(table)
        for figure in read:
            _table_metric(text, figure, places, main, exclude, published_on, metrics, skipped)
            cells.add(figure.start)
            if figure.total:
                totals.add(figure.start)
        skipped.extend(Skipped(c.text, c.start, c.end, why) for c, why in unread)
    # Outside tables the text's sentences; inside, the remarks (门面14间) are prose too.
    sentences = [
        (m.start(), m.group())
        for m in _SENTENCE.finditer(text)
        if not any(t.start <= m.start() < t.end for t in tables)
    ]
    sentences += [(cell.start, cell.text) for table in tables for cell in remarks(table)]
    for s_start, s_text in sorted(sentences):
        inherited, carried = carried, None
        numbers = find_numbers(s_text)
        ranks = list(_RANK.finditer(s_text))
        if not numbers and not ranks:
            continue
        context = _Sentence(
            text,
            s_start,
            s_text,
            tokenizer,
            [(a - s_start, b - s_start) for a, b in place_spans],
            published_on,
            places,
            main,
            frequencies,
        )
        found: list[Metric] = []
        per_one: list[int] = []  # where figures of one unit, bases of a measure, start
        taken = [(rank.start(), rank.end()) for rank in ranks]
        for number in numbers:
            start, end = s_start + number.start, s_start + number.end
            if any(a <= number.start < b for a, b in taken) or _article_one(s_text, number):
                continue
            unit = unit_at(s_text, number.end)
            reason = _not_a_metric(s_text, number, unit, exclude, s_start)
            if reason == "no-unit":
                unit = _unstated_unit(context, number)
                reason = None if unit else reason
            if reason is None and _in_idiom(context, number):
                reason = "set-phrase"  # 三番五次, 几十年如一日
            if reason is None and _in_name(context, number):
                reason = "name"  # 三门峡水库: a numeral inside a proper name
            if reason is None and _numbered_estate(context, number):
                reason = "name"  # 共康三村, 田林十二村: an estate numbered in its name
            if reason is None and unit is not None and _fixed_term(context, number, unit):
                reason = "name"  # 两项补贴, said over and over
            if reason is not None:
                # Chinese numerals without a unit are mostly words (一些, 统一, 三会一课).
                if reason != "no-unit" or not _in_words(number):
                    skipped.append(Skipped(number.surface, start, end, reason))
                continue
            assert unit is not None
            if number.value == 1 and _per_one(context, unit):
                # 收割1亩小麦的时间缩短至20分钟: one unit of something is the base of the
                # measure after 的, no figure of its own.
                skipped.append(Skipped(number.surface, start, end, "rate"))
                per_one.append(number.start)
                continue
            floor = max([_clause_start(s_text, number.start)] + [m.end - s_start for m in found])
            found.append(_per_one_subject(context, _metric(context, number, unit, floor), per_one))
        found.extend(filter(None, (_rank(context, rank, found) for rank in ranks)))
        found.sort(key=lambda m: m.start)
        found = _from_to_subjects(
            context,
            _respective_subjects(context, _item_labels(context, _borrow_subjects(context, found))),
        )
        found = _every(context, found, skipped)
        # 租赁收入：132000元（出租44座，每座3000元）, 道路硬化（约860平方米）：52400元: figures in a
        # labelled line's brackets are asides, read for themselves; the label is the rest's
        aside = _bracketed(s_text, s_start, found)
        found = [m for m in found if m not in aside]
        for bound in _bounds_in_label(s_text, s_start, found):
            # 存放5年以上陈茶：6800吨: a bound in a label says which of them it counts
            skipped.append(Skipped(bound.surface, bound.start, bound.end, "threshold"))
            found.remove(bound)
        # 身高：172厘米，体重：65公斤: a label each, the clauses of one line
        found = _labelled_clauses(s_text, s_start, found) or found
        boxed = _label_under(text, s_start, s_text, found)
        label = (
            None
            if boxed
            else _label_before(text, s_text, found)
            or _label_over_note(text, s_start, s_text, found)
        )
        after = boxed or (_label_after(s_text, found) if label is None else None)
        if after is not None:
            label, when = _bare_label(context, *after)
            if when is not None:
                # 41起　今年以来查处的案件: the label's period is its figures'
                first, last = _period_dates(when, published_on)
                found = [
                    replace(m, period=when, period_start=first, period_end=last)
                    if m.period is None
                    else m
                    for m in found
                ]
        if (
            label is not None
            and len(found) == 2
            and found[0].kind in (MetricKind.MASS, MetricKind.VOLUME)
            and found[0].surface in label
        ):
            # 5斤装：29.9元: the size is a part of the label, which names the price after it
            skipped.append(Skipped(found[0].surface, found[0].start, found[0].end, "name"))
            found = found[1:]
        if label is not None and _arrow_pair(context.text, found):
            # 40分钟→15分钟 over 办事等候时间: the label's measure as it was and as it became
            found = [
                replace(found[0], subject=f"{label}（原）"),
                replace(found[1], subject=f"{label}（后）"),
            ]
        elif label is not None and not _completed(context, found[0]):
            # The figure's change after it (，同比增长6.2%) measures what the label names too,
            # and so do figures alone after it (技能培训：42期，2600余人次).
            alone = _figures_alone_after(s_text) and not _UNIT_NAME_END.search(label)
            added = [_added(s_text, m.start - s_start) for m in found]
            found = [
                replace(m, subject=verb + label)
                if m is found[0] or m.is_change or not m.subject or alone or m.subject == verb
                else m
                for m, verb in zip(found, added, strict=True)
            ]
        found = sorted(found + aside, key=lambda m: m.start)
        for bar in _thresholds(context, found):
            skipped.append(Skipped(bar.surface, bar.start, bar.end, "threshold"))
            found.remove(bar)
        fielded = None  # the subject the line's label gave its first figure
        for metric in found:
            option = _option_named(s_text, metric.start - s_start)
            if option is not None:
                # A．非常满意 41.5%　B．比较满意 36.1%: a survey's share of each answer
                metric = replace(metric, subject=option)
            if metric.subject is None and metric is found[0]:
                # 完工项目：24项，完工率约77%: the line's label names its first figure, whatever
                # the clauses after it say
                metric = replace(metric, subject=_field_label(context, metric))
                fielded = metric.subject
            item = _place_item(context, metric) if metric.subject is None else None
            if item is not None:
                # 认证面积：甲村680亩，乙村420亩，共1100亩: the label measures each place's
                # figure and their sum, which is of the unit holding them all
                metric = replace(metric, subject=_items_label(context))
                if item == "sum" and metric.subject:
                    items = [m.place_code for m in metrics if m.start >= s_start]
                    metric = replace(metric, place_code=_holding(items) or metric.place_code)
            if metric.subject is None:
                listed = _listed_under(context, metric)
                if listed is not None:
                    metric = replace(metric, subject=listed)
            if metric.subject and metric.unit == "倍" and not metric.surface.endswith("倍"):
                metric = replace(metric, subject=_ratio_named(s_text, metric.subject))
            if _completed(context, metric):
                metric = replace(metric, subject=_item_name(context) + "完成进度")
            paragraph = text.rfind("\n", 0, metric.start)
            placed = any(b <= metric.start - s_start for _, b in context.place_spans if b > 0)
            if metric.subject is None and metric.kind in _MEASURED and placed:
                # 车板镇也超过150毫米: a measurement naming nothing but a place is of what
                # the paragraph last measured in that unit (全市平均降雨量126.4毫米).
                # A paragraph breaking a total down by place (分镇看，东川镇完成37.2公里) is
                # of what the text measured last in that unit, in the paragraph before.
                last = measured.get((paragraph, metric.unit))
                if last is None and _opens_with_a_place(context, metric):
                    last = measured.get(metric.unit)
                metric = replace(metric, subject=last)
            if metric.subject is None and _time_only(context, metric):
                # 9月为18.3亿千瓦时: a month's figure of what was just measured in that unit
                last = measured.get((paragraph, metric.unit)) or measured.get(metric.unit)
                last = last or _measure_before(context, metric.start - context.start)
                metric = replace(metric, subject=last)
            if (
                metric.subject is None
                and metric.kind not in (MetricKind.MONEY, MetricKind.DURATION)
                and (counted := _figures_alone(context, metric)) is not None
            ):
                # …镇里还有闲置厂房，共18处、约2.1万平方米: a clause of figures alone counts
                # and measures the thing the clause before named.
                metric = replace(metric, subject=_thing_before(context, counted))
            if metric.subject is None and _link_only(context, metric):
                # 村办企业产值名列全乡第一，达到86万元: the clause of a bare link and its
                # figure goes on about the measure named before it (or the line's label:
                # 处理站：新建37座，累计达96座).
                before = _measure_before(context, metric.start - s_start)
                metric = replace(metric, subject=before or fielded)
            if (
                metric.subject is None
                and metric.unit in ("名", "人")
                and _bare_clause(context, metric)
            ):
                # 管理员队伍不断壮大，共135名: people counted alone are those named before.
                metric = replace(metric, subject=_people_before(context, metric))
            if (
                metric.subject is None
                and metric.kind == MetricKind.MONEY
                and "几" not in metric.surface  # (几百块: a sum guessed at in passing)
            ):
                metric = replace(metric, subject=_money_named_before(context, metric))
            if metric.subject in ("只需", "只要"):
                metric = replace(metric, subject=None)  # 只需270万元: what it takes names nothing
            if metric.subject is None:
                # 两头跑, 为期两天: a figure that counts nothing named is not a metric.
                skipped.append(Skipped(metric.surface, metric.start, metric.end, "no-subject"))
                continue
            if metric.unit == "个" and (
                tokenizer.tag_of(metric.subject) == "t" or metric.subject.startswith(_TIME_NOUNS)
            ):
                # 连开五个晚上, 两个周末: how long something took, not a count of anything.
                skipped.append(Skipped(metric.surface, metric.start, metric.end, "period"))
                continue
            aspects = _in_words(metric) and (
                metric.subject.startswith(_ASPECTS)
                or (metric.unit == "件" and metric.subject in _AFFAIRS)
                # 十件民生实事: the name of a year's list of tasks, not a count
                or (metric.unit == "件" and metric.subject.endswith("实事"))
            )
            if aspects or _sums_up(context, metric):
                # 从五个方面发力: the parts of an argument, not things in the world.
                skipped.append(Skipped(metric.surface, metric.start, metric.end, "enumeration"))
                continue
            if metric.period is None and inherited:
                period, p_start, p_end = _period(inherited, published_on)
                metric = replace(metric, period=period, period_start=p_start, period_end=p_end)
            measured[(paragraph, metric.unit)] = measured[metric.unit] = metric.subject
            metrics.append(metric)
        if s_text.rstrip().endswith(("；", ";")):
            own = [m.period for m in metrics if m.start >= s_start and m.period]
            carried = own[-1] if own else inherited
    return tuple(_without_restatements(metrics, totals, cells, skipped)), tuple(skipped)


def _without_restatements(
    metrics: list[Metric], totals: set[int], cells: set[int], skipped: list[Skipped]
) -> list[Metric]:
    """The article's metrics by position, each fact once: a total row repeating a figure the
    text gives (合计 4860 under 新造油茶林4860亩), a table's cell repeating one the text gives
    of the same measure (接待游客18.6万人次, then a row 接待游客 | … | 18.6万人次), or the same
    measure, value, time and place again (选定4个示范乡镇…。4个示范乡镇共建成…), is the fact
    restated, listed where the text first names it."""
    told = {(m.value, m.unit) for m in metrics if m.start not in totals}
    said = {
        (m.subject, m.value, m.unit, m.is_change, m.place_code)
        for m in metrics
        if m.start not in cells
    }
    kept: list[Metric] = []
    seen: set[tuple[object, ...]] = set()
    for metric in sorted(metrics, key=lambda m: m.start):
        fact = (
            metric.subject,
            metric.value,
            metric.unit,
            metric.is_change,
            metric.period,
            metric.place_code,
        )
        restated = metric.start in totals and (metric.value, metric.unit) in told
        restated = restated or (metric.start in cells and (*fact[:4], fact[5]) in said)
        if restated or fact in seen:
            skipped.append(Skipped(metric.surface, metric.start, metric.end, "restated"))
        else:
            kept.append(metric)
            seen.add(fact)
    return kept


def _arrow_pair(text: str, found: list[Metric]) -> bool:
    """The sentence's figures are two joined by an arrow (40分钟→15分钟)."""
    return len(found) == 2 and arrowed(
        text, (found[0].start, found[0].end), (found[1].start, found[1].end)
    )


def _label_under(
    text: str, start: int, sentence: str, found: list[Metric]
) -> tuple[str, int] | None:
    """A figure alone on its line over the words that say what it counts, as a data box
    prints it (2.3万人 / 新增城镇就业): those words, up to their first stop, and where they
    start from the sentence's start. So is a pair of figures joined by an arrow (40分钟→15分钟)."""
    bare = _MARK.sub("", sentence.strip())  # (💰 326.8万元: a pictograph may lead the figure)
    alone = len(found) == 1 and bare == found[0].surface
    pair = _arrow_pair(text, found) and bare == text[found[0].start : found[1].end]
    if not (alone or pair):
        return None
    if _labels_above(text, start):
        above = text.rfind("\n", 0, max(0, start - 1)) + 1
        label = text[above : max(above, start - 1)].strip()
        at = text.index(label, above) if label else above
        return (label, at - start) if _BOX_LABEL.fullmatch(label) else None
    end = start + len(sentence)
    if not text.startswith("\n", end):
        return None
    label = _LABEL_LINE.match(text, end + 1)
    return (label.group(1), end + 1 - start) if label else None


def _labels_above(text: str, start: int) -> bool:
    """Whether a box of figures, each on its line with its label, prints the labels over the
    figures (全县种植面积 / 52万亩) rather than under them (4.6万人 / 新增城镇就业): the box's
    first line is a label then, not a figure. The box is the run of short lines, figures and
    labels, the figure's line stands in."""
    lines = text[:start].split("\n")[:-1][-_BOX_REACH:]
    following = text[start:].split("\n")[1:3]
    first = None
    for index in range(len(lines) - 1, -1, -1):
        # (a pictograph may lead a figure, 📊 58个; a marked label, ◆ 支出篇, heads the box)
        line, bare = lines[index].strip(), _MARK.sub("", lines[index].strip())
        if not line or not (_BOX_FIGURE.fullmatch(bare) or _BOX_LABEL.fullmatch(line)):
            break
        if bare != line and not _BOX_FIGURE.fullmatch(bare):
            # ▶ 群测群防 / 23个 / 全县…建立网格: a marked line over a figure and the plain
            # words under it heads a part, and is none of its labels (● 加工设施 / 60万元 /
            # ● 烘干设备: marked lines each over a figure are the labels)
            under = [*lines[index + 2 : index + 3], *following][:1]
            if under and under[0].strip() and not _MARK.match(under[0].strip()):
                break
        first = bare
    return first is not None and _BOX_FIGURE.fullmatch(first) is None


# A figure alone on its line, as a box prints it: 52万亩, 1.3万余家, 98.5%.
# …or two joined by an arrow, as it was and as it became: 4.2%→0.8%.
_BOX_FIGURE = re.compile(
    r"(?:约|近|超|逾|超过)?\d[\d.,]*(?:万|亿|千)?[余多]?[^\s，。；：:\d→]{0,4}"
    r"(?:\s*→\s*(?:约|近)?\d[\d.,]*(?:万|亿|千)?[余多]?[^\s，。；：:\d]{0,4})?"
)
_BOX_REACH = 16  # lines of a box read back for its first
# A pictograph or a bullet leading a box's line (📊 58个, ▶ 1.2亿元), no part of what it says.
_MARK = re.compile(rf"^[{MARKS}]+\s*")
# A label over its figure: short words, perhaps with the time they count (1—10月电商销售额).
_BOX_LABEL = re.compile(r"(?!\d[\d.,]*$)[^，。；：,;:！？!?【】\[\]\s]{2,24}")


# Quantities a paragraph measures again and again in one unit (rainfall in 毫米, sown areas
# in 亩), unlike counts and money, which name many different things.
_MEASURED = frozenset(
    {MetricKind.AREA, MetricKind.LENGTH, MetricKind.MASS, MetricKind.VOLUME, MetricKind.TEMPERATURE}
)


# An age measured over many people: 平均年龄41.6岁, 人均预期寿命79.2岁, and its change after it.
_AGES_MEASURED = re.compile(r"平均年龄|预期寿命|平均寿命")


def _opens_with_a_place(context: _Sentence, metric: Metric) -> bool:
    """召陵镇完成31.2公里: the figure's clause is a place's name, a short verb and the figure
    (not a list of places a work was done in, 在甲镇、乙镇开展…, nor a product named after
    its place, 某地紫菜今年出口…)."""
    position = metric.start - context.start
    breaks = [m.end() for m in _PHRASE_BREAK.finditer(context.sentence, 0, position)]
    opening = max(breaks, default=0)
    return any(a == opening and position - b <= _PLACE_VERB for a, b in context.place_spans)


_PLACE_VERB = 4  # characters between a place and its figure: 完成, 累计完成


def _people_before(context: _Sentence, metric: Metric) -> str | None:
    """The last people named earlier in the sentence (…管理员…), as a noun phrase."""
    return _last_named_before(
        context,
        metric.start - context.start,
        lambda t: (t.pos or "").startswith("n") and t.text.endswith(PERSON_ENDINGS),
    )


def _time_only(context: _Sentence, metric: Metric) -> bool:
    """The figure's clause names nothing but a time before it (10月为, 上半年达)."""
    position = metric.start - context.start
    opening = _clause_start(context.sentence, position)
    return _TIME_ONLY.fullmatch(context.sentence[opening:position].strip()) is not None


_TIME_ONLY = re.compile(
    r"(?:\d{1,2}月份?|[一二三四]季度|上半年|下半年|前三季度|全年|去年|今年)"
    r"(?:为|是|达到?|仅|只有|完成|实现|回升至|回落至|升至|降至|增至|上升至|下降至)?"
)


def _figures_alone(context: _Sentence, metric: Metric) -> int | None:
    """Where the clause before starts, when the figure's clause is figures alone, parted by
    、 (，共64处、约9600亩，): they are of what that clause named."""
    position = metric.start - context.start
    sentence = context.sentence
    # (or a speaker's words opening on them: 数着圈里的滩羊：“一共236只，…”)
    opening = max(sentence.rfind(mark, 0, position) for mark in "，,“") + 1
    closing = min(
        (i for i in (sentence.find(mark, position) for mark in "，,。；;") if i >= 0),
        default=len(sentence),
    )
    if opening <= 0 or not _FIGURES_CLAUSE.fullmatch(sentence[opening:closing].strip()):
        return None
    before = opening - 1
    while before > 0 and sentence[before - 1] in "：:“":
        before -= 1
    return before


_FIGURE_ALONE = r"(?:约|近|超过|超|逾)?\d[\d.]*(?:万|亿)?[^\d，,。；;、\s]{1,3}"
_FIGURES_CLAUSE = re.compile(
    rf"(?:一共|总共|共有?|合计|总计|累计)?{_FIGURE_ALONE}(?:、{_FIGURE_ALONE})*"
)


def _thing_before(context: _Sentence, position: int) -> str | None:
    """The noun phrase the clause before `position` ends on (镇里还有闲置厂房，共18处), if it
    ends on a noun: none of a person's, a place's or a scope's."""
    words = context.tokens_before(position)
    last = words[-1] if words else None
    pos = (last.pos or "") if last is not None else ""
    if last is None or last.end != position or not pos.startswith("n") or pos in ("nr", "ns"):
        return None
    if last.text in _SCOPES:
        return None
    return subject_before(context.tokens, position, not_subjects=context.place_spans)


def _link_only(context: _Sentence, metric: Metric) -> bool:
    """The figure's clause is a link and the figure alone (，达到21.5万元), after another clause."""
    position = metric.start - context.start
    opening = _clause_start(context.sentence, position)
    head = context.sentence[opening:position].strip()
    return opening > 0 and _LINK_ONLY.fullmatch(head) is not None


_LINK_ONLY = re.compile(r"(?:已|共|累计|总计|合计)?(?:达到|达|超过|突破)")


def _completed(context: _Sentence, metric: Metric) -> bool:
    """完成75% with nothing before it that it measures: how far a task is done."""
    before = context.text[max(0, metric.start - 2) : metric.start]
    return metric.unit == "%" and before == "完成" and metric.subject in (None, "进展", "进度")


def _item_name(context: _Sentence) -> str:
    """The name a numbered item opens its line with (3.农村供水保障。目标：…), if it does."""
    line_start = context.text.rfind("\n", 0, context.start) + 1
    item = _ITEM_NAME.match(context.text, line_start)
    return item.group(1) if item else ""


_ITEM_NAME = re.compile(r"\s*(?:\d{1,2}[.、．]|[（(]\d{1,2}[）)])\s*([^。：:，\n\d]{2,16})。")


def _listed_under(context: _Sentence, metric: Metric) -> str | None:
    """A figure after a place's name and nothing else (东川镇 95.6分, 西河街道12名) in a list
    counts what the list's introduction (各村考核得分如下：) or the section's heading (二、岗位人数)
    names."""
    position = metric.start - context.start
    opening = _clause_start(context.sentence, position)
    words = context.sentence[opening:position]
    words = _ENUMERATION.sub("", words.strip()).strip()
    place = next(
        ((a, b) for a, b in context.place_spans if context.sentence[a:b] == words and opening <= a),
        None,
    )
    if place is None:
        return _measure_in_turn(context, metric)
    return _measure_introduced(context) or _measure_in_turn(context, metric)


def _measure_introduced(context: _Sentence) -> str | None:
    """What the list's introduction or section heading names, over the lines before."""
    for line in _lines_before(context):
        # 按百分制考核，各镇得分如下：: the last clause introduces, if it names a quantity
        clauses = re.split(r"[，,；;]", line)
        line, quantity_only = clauses[-1], len(clauses) > 1
        lead = _LIST_LEAD.fullmatch(line.strip())
        if lead is None:
            continue
        measure = _EACH_UNIT.sub("", lead.group("measure"))  # 各镇综合得分: 综合得分
        # an introduction (…如下：) names its list; a section's heading only when it names a
        # quantity (岗位人数), not a topic (总体情况)
        introduces = line.rstrip().endswith(("：", ":")) and not quantity_only
        if measure and (introduces or _QUANTITY.search(measure)):
            return measure
        return None
    return None


def _lines_before(context: _Sentence) -> list[str]:
    """The lines before the sentence's, nearest first, as far back as a list's introduction
    is looked for: only the last lines are read, a long body is not split whole for each
    figure."""
    before = context.text[: context.start].rstrip("\n")
    return before.rsplit("\n", LIST_REACH)[-LIST_REACH:][::-1]


def _measure_in_turn(context: _Sentence, metric: Metric) -> str | None:
    """东川村：1200亩，730吨 under 各村的面积和产量如下：: a list's line of a place and
    its figures, one for each measure its introduction names, in turn."""
    line = _PLACE_AND_FIGURES.match(context.sentence)
    if line is None or not any(
        a == line.start("place") and b == line.end("place") for a, b in context.place_spans
    ):
        return None
    figures = list(_FIGURE_STARTS.finditer(context.sentence, line.end("place")))
    position = metric.start - context.start
    turn = next((i for i, m in enumerate(figures) if m.start() == position), None)
    if turn is None:
        return None
    for previous in _lines_before(context):
        if _PLACE_AND_FIGURES.match(previous):
            continue  # another line of the list
        intro = _MEASURES_LEAD.search(previous.rstrip())
        if intro is None:
            return None
        measures = re.split(r"[和、及与]", _EACH_UNIT.sub("", intro.group("measures")))
        fits = len(measures) == len(figures) and all(2 <= len(m) <= 8 for m in measures)
        return measures[turn] if fits else None
    return None


# A list's line: a place, its colon, and its figures parted by commas.
_PLACE_AND_FIGURES = re.compile(
    r"\s*(?:" + ITEM_NUMBER + r"\s*)?(?P<place>[^：:，。；,;\s\d]{2,12})[：:]\s*"
    r"(?:约|近|超|逾)?\d[^，。；,;]*(?:[，,、]\s*(?:约|近|超|逾)?\d[^，。；,;]*)+[。；;]?$"
)
_FIGURE_STARTS = re.compile(r"(?:约|近|超|逾)?\d[\d.,]*")
# What an introduction names, the measures of each line in turn, after the last 的 of its
# last clause: 把各村的面积和产量汇总公布：, 各镇户数、人口如下：
_MEASURES_LEAD = re.compile(
    r"(?:^|[，,；;的])(?P<measures>[\u4e00-\u9fff]{2,8}(?:[和、及与][\u4e00-\u9fff]{2,8}?)+)"
    r"(?:情况|数据)?(?:汇总|统计|列表)?(?:公布|公示|如下|分别为|见下)*[：:]$"
)


_EACH_UNIT = re.compile(r"^.*?[各全](?:乡镇|镇街|镇|乡|村|社区|街道|县|区|市)(?:（街道）)?")
# Up to this many lines back a list's figures look for what introduced them.
LIST_REACH = 12
# 各村考核得分如下：, 二、岗位人数, 评比结果如下:
_QUANTITY = re.compile(r"(?:名额|人数|得分|分数|数量|数|额|量|率|排名)$")
_LIST_LEAD = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、)?(?P<measure>[\u4e00-\u9fff（）]{2,12}?)"
    r"(?:情况|结果|名单|分布)?(?:如下|分别为|具体如下)?[：:]?"
)


def _label_before(text: str, sentence: str, found: list[Metric]) -> str | None:
    """A line of a label and its figure (▶ 新增城镇就业：1.2万人), as an infographic's text
    prints it, perhaps with the figure's change after a comma (地区生产总值：18.6亿元，同比
    增长5.2%): the label, for the first figure."""
    if not found:
        return None
    line = _LABELLED.fullmatch(sentence.strip()) or _remarked(sentence.strip(), found)
    item = _BOX_ITEM.fullmatch(sentence.strip()) if line is None and len(found) == 1 else None
    if item and sentence.strip().endswith(found[0].surface):
        return item.group("label")  # ▶ 地方税收5.2亿元, its space taken out
    arrowed = _arrowed_after(text, found)
    # 5斤装：29.9元, 整箱20斤：98元: a label holding a size names the price after it
    sized = (
        line is not None
        and len(found) == 2
        and found[0].kind in (MetricKind.MASS, MetricKind.VOLUME)
        and found[0].surface in (line.group("label") or "")
    )
    if line is None and len(found) > 1:
        line = _LABELLED_FIRST.match(sentence.strip())
        after = _CHANGE_AFTER.match(sentence.strip(), line.end() + 1) if line else None
        if after is None and line and _bare(line.group("figure"), found[0]):
            after = _COMPARED_AFTER.match(sentence.strip(), line.end() + 1)
            # 技能培训：42期，2600余人次: the label's figures alone, one after another (a
            # place's are the measures a list's introduction names: 某村：1200亩，720吨)
            if not _UNIT_NAME_END.search(line.group("label") or ""):
                after = after or _FIGURES_ONLY.fullmatch(sentence.strip(), line.end() + 1)
                # 冷库：12座，今年新建3座: how many of them are new, in the label's unit
                after = after or _ADDED_AFTER.fullmatch(sentence.strip(), line.end() + 1)
        if after is None:
            return None
        if found[0].subject and not _bare(line.group("figure"), found[0]):
            return None  # 蔬菜：大白菜批发均价0.86元/斤，环比上涨3.2%: the figure's own words
        if after.group() == "其中" and line.group("figure").strip() != found[0].surface:
            return None  # 某某：今年收到…56件，其中…: a speaker's sentence, no label's figure
    elif len(found) > 1 and not (arrowed or sized or _restated(sentence, found)):
        return None
    last = found[1] if arrowed or sized else found[0]
    if line is None or not line.group("figure").endswith(last.surface):
        return None  # the figure may follow words of change: 立案数：同比下降12.7%
    if len(line.group("figure")) > LABELLED_FIGURE_MAX:
        return None  # 副县长 赵建国：今年全县落实…86万亩: a speaker and a sentence
    own = line.group("figure").removesuffix(last.surface)
    if (
        line.group("label")
        and _OWN_WORDS.search(own)
        and _YIELDING_LABEL.search(line.group("label"))
    ):
        # 某村：合作社户均分红5800元, 明年目标：再整治土地1000亩: a place's or a plan's label
        # over a figure with words of its own says where or when, and the words say what
        return None
    if line.group("spaced") and _UNIT_NAME_END.search(line.group("spaced")):
        # 召陵镇　95.6分: a place and its figure, a ranking's row, names no measure but a score
        # (numbered, 1．召陵镇　95.6分, it is an item of the list its introduction names)
        numbered = _ENUMERATION.match(line.group("spaced")) is not None
        return "得分" if found[0].unit == "分" and not numbered else None
    label = _ENUMERATION.sub("", (line.group("label") or line.group("spaced")).strip())
    label = label.removeprefix("其中") if len(label) > 4 else label  # 其中…：: a part of the last
    # 道路硬化（约860平方米）：52400元: the aside's figure is its own, no part of the label
    label = _FIGURED_ASIDE.sub("", label) or label
    # (字幕：日分拣能力约15吨, 解说：…: a script's cue, who speaks or what is shown, no measure;
    # 备注：…, 温馨提示：…: a note's heading says what kind of line it is, not what it counts)
    return None if _SPEAKER_LABEL.search(label) or _NOTE_LABEL.search(label) else label


def _remarked(line: str, found: list[Metric]) -> re.Match[str] | None:
    """某村参保率：98.6%，全镇最高: a label's one figure and a remark on it after a comma, with
    no figure of its own; the label still names the figure."""
    if len(found) != 1:
        return None
    first = _LABELLED_FIRST.match(line)
    if first is None or not _REMARK.fullmatch(line, first.end()):
        return None
    # (the figure alone after the colon: 某某：新政策共10条，重点是… is a speaker's sentence)
    return first if _bare(first.group("figure"), found[0]) else None


def _figures_alone_after(sentence: str) -> bool:
    """The words after a line's label are figures alone, parted by commas (42期，2600余人次)."""
    colon = _FIELD_LEAD.match(sentence)
    return colon is not None and _FIGURES_LINE.fullmatch(sentence.strip(), colon.end()) is not None


_FIGURE_ONLY = r"\s*(?:约|近|超过|超|逾)?\d[\d.,]*(?:万|亿)?[余多]?[^\d，,、；;。\s]{1,3}"
_FIGURES_ONLY = re.compile(rf"{_FIGURE_ONLY}[。；;]?")
_FIGURES_LINE = re.compile(rf"{_FIGURE_ONLY}(?:[，,、]{_FIGURE_ONLY})+[。；;]?")


def _added(sentence: str, position: int) -> str:
    """The verb of new ones right before a line's later figure (，今年新建3座): what it counts is
    the label's thing newly made; "" for any other figure."""
    if position == 0:
        return ""
    verb = _ADDED_BEFORE.search(sentence, 0, position)
    return verb.group("verb") if verb else ""


# How many of a label's things are new, after its figure (，今年新建3座, ，新增2家).
_ADDED_VERB = r"(?P<verb>新[建增添设开办购]成?|改建|扩建)了?"
_ADDED_AFTER = re.compile(rf"(?:{_PERIOD.pattern})?{_ADDED_VERB}{_FIGURE_ONLY}[。；;]?")
_ADDED_BEFORE = re.compile(rf"[，,](?:{_PERIOD.pattern})?{_ADDED_VERB}\s*(?:约|近|超过|超|逾)?$")


def _bare(figure: str, metric: Metric) -> bool:
    """The words after a label's colon are the figure alone, perhaps with what it is per
    (每斤3.8元)."""
    return _PER_WHAT.fullmatch(figure.strip().removesuffix(metric.surface)) is not None


_PER_WHAT = re.compile(r"(?:每[\u4e00-\u9fff]{1,3})?(?:人民币)?")  # (中标金额：人民币386.5万元)


# The remark: one short clause with no figure (，全镇最高, ，大多是返乡青年).
_REMARK = re.compile(r"[，,][^\d，,。；;：:]{2,14}[。；;！!]?")
# Words of the figure's own before it, more than a qualifier: 户均分红, 再整治土地.
_OWN_WORDS = re.compile(
    r"[\u4e00-\u9fff]{2,}(?<!约)(?<!近)(?<!超过)(?<!共)(?<!累计)\s*(?:约|近|超过?|逾)?$"
)
# A label that ends as a unit's name does (全镇, 某某村): it says where, not what.
_UNIT_NAME_END = re.compile(r"(?:省|市|县|区|旗|镇|乡|村|街道|社区)$")
# A label that says where or when rather than what: a place, or a plan's year (明年目标).
_YIELDING_LABEL = re.compile(
    rf"{_UNIT_NAME_END.pattern}|^(?:今年|明年|全年|年度|下一步|下步)?(?:目标|计划|任务)$"
)


def _labelled_clauses(sentence: str, start: int, found: list[Metric]) -> list[Metric] | None:
    """A line of two labelled figures or more, set apart by commas or by the wide space a form
    prints between its fields (身高：172厘米，体重：65公斤, 库容：42万立方米　坝高：9.5米):
    each figure named by the label right before it."""
    if len(found) < 2:
        return None
    named = []
    previous = 0
    for metric in found:
        at = metric.start - start
        end = at + len(metric.surface)
        field = _FIELD.fullmatch(sentence, previous, end)
        if field is None or len(field.group("figure")) > LABELLED_FIGURE_MAX:
            return None
        named.append(replace(metric, subject=_ENUMERATION.sub("", field.group("label").strip())))
        previous = end
    rest = sentence[previous:].strip()
    return named if not rest or rest in ("。", "；", ";") else None


# A label, its colon and its figure, after the field before it: 身高：170厘米, ，林地：38万亩.
_FIELD = re.compile(
    r"[，,；;、\s]*(?P<label>[^：:，。；,;\d\s][^：:，。；,;]{1,23})[：:]\s*"
    r"(?P<figure>[^：:，。；,;]{1,24})"
)


def _label_after(sentence: str, found: list[Metric]) -> str | None:
    """An infographic's line of a big figure and then, past a wide space, what it counts
    (2.4万件 全年接待来访群众, 93.1% 回访满意度（比上年高1.2个百分点）): those words, for the
    first figure, up to a comment after a comma and without a note in brackets."""
    indent = len(sentence) - len(sentence.lstrip())
    line = _FIGURE_FIRST.fullmatch(sentence.strip())
    if line is None or not found or found[0].surface not in line["figure"]:
        return None
    label = _NOTE_AFTER.sub("", line["label"]).rstrip()
    return (label, indent + line.start("label")) if label else None


def _bare_label(context: _Sentence, label: str, start: int) -> tuple[str, str | None]:
    """An infographic's label without the when and the where it opens with (今年以来查处的案件,
    甲镇、乙镇等地聘用的护林员, 在某村河段放流的鱼苗): what the figure counts, and its period."""
    when = _LABEL_PERIOD.match(label)
    at = when.end() if when else 0
    placed = at
    while True:
        if label.startswith("在", at) and any(a == start + at + 1 for a, _ in context.place_spans):
            at += 1  # (在某村…: where it was done)
        end = max((b for a, b in context.place_spans if a == start + at), default=None)
        if end is None:
            break
        at = end - start
        at = _AFTER_PLACE.match(label, at).end()  # type: ignore[union-attr]
        placed = _LOCATIVE.match(label, at).end()  # type: ignore[union-attr]
    rest = label[max(at, placed) :]
    if max(at, placed) > (when.end() if when else 0):
        rest = rest.removeprefix("的")  # (甲镇、乙镇的经营户)
    return (rest if len(rest) >= 2 else label), when.group() if when else None


_LABEL_PERIOD = re.compile(rf"(?:{_PERIOD.pattern})(?:以来)?(?=[^，。；\s])")
_AFTER_PLACE = re.compile(r"(?:等地|等)?[、和及]?")
# The stretch of a place a figure was counted in: 沿江江段, 河段, 境内, 辖区.
_LOCATIVE = re.compile(
    r"(?:沿[江河湖海线]?)?(?:江段|河段|湖区|海域|境内|辖区|区域|一带|片区|沿线)?"
)


_FIGURE_FIRST = re.compile(
    FIGURE_MARKS + rf"(?P<figure>{BIG_FIGURE})[ \t\u3000]+"
    rf"(?P<label>{LABEL_TIME}[^\d\s，。；：:,;][^，。；：:,;]{{1,40}}?)(?:[，,][^。；;]*)?[。；;]?"
)
_NOTE_AFTER = re.compile(r"[（(][^（）()]*\d[^（）()]*[）)]$")


def _restated(sentence: str, found: list[Metric]) -> bool:
    """特级：0.95元/斤（1900元/吨）: the line's second figure, in brackets closing it, is the
    first in another unit, and measures what the label names too."""
    bracket = _CLOSING_BRACKET.search(sentence.strip())
    return len(found) == 2 and bracket is not None and found[1].surface in bracket.group(1)


_CLOSING_BRACKET = re.compile(r"[（(]([^（）()]{1,40})[）)][。；;]?$")


def _arrowed_after(text: str, found: list[Metric]) -> bool:
    """门票收入　1.6亿元　↑8.2%, 审批用时　15天→6天: an infographic's line of a label, its
    figure and, after an arrow, how it changed or the level it reached, of the same label."""
    return _arrow_pair(text, found) or (
        len(found) == 2 and _CHANGE_ARROW.fullmatch(text, found[0].end, found[1].start) is not None
    )


_CHANGE_ARROW = re.compile(r"\s*[↑↓]\s*")


def _label_over_note(text: str, start: int, sentence: str, found: list[Metric]) -> str | None:
    """▶ 地方税收 5.2亿元 / 同比增长4.3%: a line opening with how a figure changed, right under
    a labelled figure's line, notes the change of what that label names."""
    if not found or not found[0].is_change or not _NOTED_CHANGE.match(sentence.strip()):
        return None
    if start and text[start - 1] != "\n":
        return None
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    line = text[above : max(above, start - 1)].strip()
    labelled = _BOX_ITEM.fullmatch(line)  # with no mark it may be a sentence's opening
    return labelled.group("label") if labelled else None


# A box's item: its mark, its label and its figure (▶ 地方税收 5.2亿元, the space perhaps gone).
_BOX_ITEM = re.compile(
    r"[▶►▸•●■◆★☆]\s*(?P<label>[^\d：:，。；\s]{2,24})[：:\s]*(?:约|近|超|逾)?\d[\d.,]*\s*"
    r"(?:万|亿)?[^\s，。；：:\d]{0,4}"
)
_NOTED_CHANGE = re.compile(
    rf"(?:同比|环比|[比较]{PRIOR}(?:同期)?)?(?:增长|下降|提高|减少|上升|增加|降低)"
)
LABELLED_FIGURE_MAX = 16  # characters after a label's colon: a figure and a few words
# The number of a list's item before its label: 一、, （二）, 3.
# …or a clause's number, 2.3 before words (2.3本标段…; 2.3万元 is a figure)
# …or a survey's option letter (A．会熟练使用　18.2%).
_OPTION = r"[A-H][.．、]"
_ENUMERATION = re.compile(rf"^(?:{ITEM_NUMBER}|{_OPTION}|\d{{1,2}}\.\d{{1,2}}(?![\d万亿%％]))\s*")
# A survey's answer and its share, one or several to a line (A．经常 31.6%　B．偶尔 52.3%).
_OPTION_SHARE = re.compile(
    rf"(?<![A-Za-z]){_OPTION}\s*(?P<label>[^\s\d%％，。；：:]{{1,16}})\s*(?P<share>\d[\d.]*[%％])"
)


def _field_label(context: _Sentence, metric: Metric) -> str | None:
    """The label a line opens with, right before its figure (咨询会：共举办11场): not a
    speaker's name (张明：…) nor a question's or an answer's mark (问：, 答：). A figure further
    on is the label's text's own (说明：…30天内…)."""
    field = _FIELD_LEAD.match(context.sentence) or _DATED_FIELD_LEAD.match(context.sentence)
    if field is None or metric.kind in (MetricKind.DURATION, MetricKind.RATE, MetricKind.RANK):
        return None
    if not _FIELD_GAP.fullmatch(context.sentence, field.end(), metric.start - context.start):
        return None
    label = _ENUMERATION.sub("", field.group("label")).strip()
    if label.count("（") > label.count("）"):
        label = label.replace("（", "")  # 收入（合计：186400元）: the sum of the heading's
    named = [t for t in context.tokens if t.end <= field.end("label")]
    if len(label) < 2 or (named and named[-1].pos == "nr") or _SPEAKER_LABEL.search(label):
        return None
    if _NOTE_LABEL.search(label):
        return None
    # 合计：6户17人 sums what the text counted before; 合计：2787.5万元 is a sum of its own
    if label in _SUM_LABELS and metric.kind == MetricKind.COUNT:
        return None
    return label


_SUM_LABELS = frozenset({"合计", "总计", "小计", "共计", "总数", "累计"})


def _bounds_in_label(sentence: str, start: int, found: list[Metric]) -> list[Metric]:
    """The figures inside a line's label, before its colon, when one figure stands alone after
    it: 60岁以上老人：320人, 存放5年以上陈茶：6800吨."""
    line = _LABELLED.fullmatch(sentence.strip())
    if line is None or line.group("label") is None or len(found) < 2:
        return []
    colon = sentence.index(line.group("label")) + len(line.group("label"))
    inside = [m for m in found if m.end - start <= colon]
    after = [m for m in found if m.start - start > colon]
    if len(after) != 1 or len(inside) + 1 != len(found) or not _bare(line["figure"], after[0]):
        return []
    # (each a bound, 5年以上陈茶, not a figure of its own: 全市16个镇网格员)
    bounds = all(
        m.surface.endswith(_BOUNDS) or sentence.startswith(_BOUNDS, m.end - start) for m in inside
    )
    return inside if bounds else []


_BOUNDS = ("以上", "以下", "以内")


def _bracketed(sentence: str, start: int, found: list[Metric]) -> list[Metric]:
    """The figures of a labelled line (某某：…) that stand in brackets, when a figure of the
    line stands outside them."""
    lead = _ASIDE.sub("", _ENUMERATION.sub("", sentence.lstrip()))
    if len(found) < 2 or not _FIELD_LEAD.match(lead):
        return []
    asides = [m for m in _ASIDE.finditer(sentence) if not _OWN_MEASURE.match(m.group(), 1)]
    ends = {m.end - start for m in found}
    spans = [m.span() for m in asides if not (m.start() in ends and _restating(m.group(), found))]
    inside = [m for m in found if any(a < m.start - start < b for a, b in spans)]
    return inside if len(inside) < len(found) else []


_ASIDE = re.compile(r"[（(][^（）()]{1,40}[）)]")
# Brackets that give the label's measure again, at another time or as a change (（上年同期为
# 516件）, （比去年新增3个）), or a measure of their own with its label (（预算金额：92万元）).
_OWN_MEASURE = re.compile(
    rf"(?:上年|去年|上月|同期|原|{CHANGE_WORDS}|[比较]|[^（）()：:]{{2,12}}[：:])"
)


def _restating(aside: str, found: list[Metric]) -> bool:
    """0.95元/斤（1900元/吨）: brackets right after a figure hold a figure and at most a word
    of conversion (约合), the one before in another unit (see `_restated`)."""
    words = aside[1:-1]
    for metric in found:
        words = words.replace(metric.surface, "")
    return len(words.strip()) <= 2 and len(words) < len(aside) - 2


_FIGURED_ASIDE = re.compile(r"[（(][^（）()\d]{0,20}\d[^（）()]{0,20}[）)]")


def _place_item(context: _Sentence, metric: Metric) -> str | None:
    """ "place" for a figure whose clause is a place's name and nothing else (，甲村680亩),
    "sum" for one after a sum's word (，共1100亩), None for any other."""
    position = metric.start - context.start
    clause = _clause_start(context.sentence, position)
    words = context.sentence[clause:position].strip()
    if words in ("共", *_SUM_LABELS):
        # (after places and their figures only: 公示期：…，共3个工作日 sums nothing listed)
        field = _FIELD_LEAD.match(context.sentence)
        listed = field is not None and any(
            field.end() <= a and b < position for a, b in context.place_spans
        )
        return "sum" if clause > 0 and listed else None
    placed = any(b == position and context.sentence[a:b] == words for a, b in context.place_spans)
    return "place" if placed else None


def _holding(codes: Sequence[str | None]) -> str | None:
    """The smallest unit holding every one of two units or more, by their codes' common
    prefix at a level's length (NBS codes nest: 445122104214 and 445122104208 are villages
    of 445122104)."""
    known = [code for code in codes if code is not None]
    if len(known) < 2 or len(known) < len(codes):
        return None
    shared = next((n for n in (9, 6, 4, 2) if len({code[:n] for code in known}) == 1), 0)
    return known[0][:shared] if shared and shared < min(map(len, known)) else None


def _items_label(context: _Sentence) -> str | None:
    """The label of a line whose clauses are places and their figures: a measure, not a place,
    a speaker or a note."""
    field = _FIELD_LEAD.match(context.sentence)
    if field is None:
        return None
    label = _ENUMERATION.sub("", field.group("label")).strip()
    if len(label) < 2 or _UNIT_NAME_END.search(label) or label in (*_SUM_LABELS, "其中"):
        return None
    if _SPEAKER_LABEL.search(label) or _NOTE_LABEL.search(label):
        return None
    return label


_FIELD_GAP = re.compile(
    r"\s*(?:共|约|近|超|逾|累计|共计|合计|达|达到)?(?:举办|开展|完成|建成|新建|新增|改造|发放)?"
    r"(?:人民币)?"  # 中标金额：人民币386.5万元
)
# (a bullet or a pictograph may lead it: 📌参与农户：138户)
_FIELD_LEAD = re.compile(FIGURE_MARKS + r"(?P<label>[^：:，。；,;\d\s]{2,16})[：:]")
# …opening with the months it covers: 1—10月线上销售额：6800万元 (the months are its period)
_DATED_FIELD_LEAD = re.compile(
    rf"\s*(?:{_PERIOD.pattern})(?P<label>[^：:，。；,;\d\s“”]{{2,16}})[：:]"
)
_SPEAKER_LABEL = re.compile(
    r"(?:问|答|说|表示|介绍|指出|强调|记者|主持人|网友|回复|主播|发布人|提问|"
    # (and a script's cues: 字幕：…, 解说：…, 镜头3：…, what is shown or read, no measure)
    r"字幕|解说|画面|旁白|配音|同期声?|镜头\s*\d*|导语|正文)$"
)


# A script's bracketed cue opening a label (【字幕】尾水总磷：…): what is shown, not measured.
_CUED = re.compile(r"[【\[（(]")
_NOTE_LABEL = re.compile(r"(?:备注|说明|附注|提示|情况)$")


def _option_named(sentence: str, position: int) -> str | None:
    """The answer a share at `position` is of, where the sentence prints a survey's options."""
    for match in _OPTION_SHARE.finditer(sentence):
        if match.start("share") == position:
            return match.group("label")
    return None


_LABELLED = re.compile(
    # the label's colon, or the wide space a data box sets it apart by (网销额　3860万元)
    FIGURE_MARKS + r"(?:(?P<label>[^：:，。；,;]{2,24})[：:]\s*|"
    # (an item's number or an option's letter may open it: 1．租金收入　9,600.00元)
    rf"(?P<spaced>(?:(?:{ITEM_NUMBER}|{_OPTION})\s*)?[^：:，。；,;\s\d]{{2,16}})"
    r"[ \t\u3000]+(?=[↑↓]?\s*[约近超逾]?\d))"
    # (a wide space ends the figure: what follows it is a second one, 1860户　比去年新增…)
    r"(?P<figure>(?:[^：:，。；,;\u3000]|(?<=\d),(?=\d{3}))+?)"  # 186,452.37元: a thousands comma
    r"(?:\s*[（(][^（）()]{1,40}[）)])?[。；;]?"  # …（大写：…元整）: the amount spelt out
)
# (a box line may set its second figure off by a wide space instead: 养殖户：1860户　比去年…)
_LABELLED_FIRST = re.compile(_LABELLED.pattern.removesuffix("[。；;]?") + "(?=[，,\u3000])")
# What a labelled figure's line may add after a comma: how it changed (同比增长5.2%), or the
# part of it that came from somewhere (总投资：960万元，其中省级补助300万元).
_CHANGE_AFTER = re.compile(f"{CHANGE_WORDS}|其中")
# …or how it compares, after a label's figure alone (受理投诉：约420件，比去年少60件)
_COMPARED_AFTER = re.compile(rf"[比较]{PRIOR}(?:同期)?[多少高低]")
# The first clause of a line, short and with no figure of its own.
# (the words may open with the time they count in: 2026年…贷款目标, 今年1至5月…)
_LABEL_LINE = re.compile(
    rf"((?:(?:{_PERIOD.pattern})(?:以来)?)?[^\d\s，。；：,;:！？!?【】\[\]]{{2,29}})(?:[，。；,;]|\n|$)"
)


# A price per weight, as a table's column or cell gives it (元/斤, 每公斤3.2元).
_PRICE_PER_WEIGHT = re.compile(r"元/(斤|公斤|千克|吨)")


def _table_metric(
    text: str,
    figure: Figure,
    places: Sequence[PlaceMention],
    main: str | None,
    exclude: Sequence[tuple[int, int]],
    published_on: dt.date | None,
    metrics: list[Metric],
    skipped: list[Skipped],
) -> None:
    """A table's cell as a metric: the row is its sentence, and its place is the row label's
    (a total row's is the article's main place)."""
    if any(a <= figure.start < b for a, b in exclude):
        skipped.append(Skipped(figure.surface, figure.start, figure.end, "program"))
        return
    if abs(figure.value) >= MAX_VALUE:
        skipped.append(Skipped(figure.surface, figure.start, figure.end, "out-of-range"))
        return
    period, p_start, p_end = _period(figure.period or figure.lead, published_on)
    subject, unit, kind = figure.subject, figure.unit, figure.kind
    weight = _PRICE_PER_WEIGHT.fullmatch(unit)
    if weight is not None:
        # 每斤2.6元 in a price column, or 2.60 under 价格（元/斤）: as a sentence prints it,
        # 收购价（每斤） in 元
        subject, unit, kind = f"{subject}（每{weight.group(1)}）", "元", MetricKind.MONEY
    metrics.append(
        Metric(
            figure.start,
            figure.end,
            text[figure.start : figure.end],
            subject,
            figure.value,
            unit,
            kind,
            _QUALIFIED.get(figure.qualifier_word or "", "over") if figure.qualifier_word else None,
            figure.qualifier_word,
            figure.is_change,
            figure.direction,
            figure.basis,
            period,
            p_start,
            p_end,
            _row_place(figure, places, main),
            figure.row_start,
            figure.row_end,
        )
    )


def _row_place(figure: Figure, places: Sequence[PlaceMention], main: str | None) -> str | None:
    """The place a row's label names; none when it names one govdb cannot resolve (better
    no place than the article's), or the country; else (a total, a body, an item) the
    article's main place."""
    label = figure.label
    named = [m for m in places if label.start <= m.start and m.end <= label.end]
    resolved = [m for m in named if m.code and m.method != Resolution.UNRESOLVED]
    if resolved:
        return max(resolved, key=lambda m: m.end).code
    if named or _NATIONAL.search(label.text):
        return None
    return main


@dataclass(frozen=True)
class _Sentence:
    """A sentence being read, with what every figure in it needs."""

    text: str  # the whole body: metrics' spans point into it
    start: int
    sentence: str
    tokenizer: Tokenizer
    place_spans: list[tuple[int, int]]  # relative to the sentence
    published_on: dt.date | None
    places: Sequence[PlaceMention]
    main: str | None
    frequencies: Mapping[str, int]

    @cached_property
    def tokens(self) -> list[Token]:
        # Tagging is most of extraction's cost: only sentences with a real figure pay it.
        tagged = _as_people(self.tokenizer.tag(self.sentence))
        tokens = _qualifiers_apart(tagged, self.tokenizer, self.frequencies)
        return _figures_end_words(tokens, self.sentence, self.tokenizer)

    @cached_property
    def _ends(self) -> list[int]:
        return [t.end for t in self.tokens]

    def tokens_before(self, position: int) -> list[Token]:
        """The sentence's words that end at or before `position`: a slice found by bisection,
        since a figure of a sentence thousands of words long asks for them too."""
        return self.tokens[: bisect_right(self._ends, position)]

    def place_code(self, start: int, end: int) -> str | None:
        """The unit a figure describes; none for the country's own figures (全国新建公园
        3000多个, 我国汽车行业出口), whatever province the article is about."""
        position = start - self.start
        spans = [b for a, b in self.place_spans if 0 <= a and b <= position]
        # After a place named in the sentence, only the figure's own clause can make it the
        # country's: 漯河市荣获全国文明城市，全市新建公园30个 is still 漯河市's.
        nearest = max(spans, default=0)
        if spans:
            nearest = max(nearest, _clause_start(self.sentence, position))
        if any(m.start() >= nearest for m in _NATIONAL.finditer(self.sentence, 0, position)):
            return None
        in_sentence = any(0 <= a < len(self.sentence) for a, _ in self.place_spans)
        if not in_sentence and self._national_paragraph():
            return None
        return nearest_place(self.text, start, end, self.places, self.main)

    def _national_paragraph(self) -> bool:
        """A sentence naming no place in a paragraph about the country (全国…。东部8省市…)
        is the country's too, whatever the article's main place."""
        low, _ = scope(self.text, self.start, PARAGRAPH_END)
        named = [m.end for m in self.places if low <= m.start and m.end <= self.start]
        national = [m.start() for m in _NATIONAL.finditer(self.text, low, self.start)]
        return bool(national) and max(national) >= max(named, default=low)


# A word the dictionary lists this seldom is as good as none: 全长约, 费约 (jieba's 3 and 2).
_RARE = 10


def _rare_with_a_word_in_it(
    text: str, tokenizer: Tokenizer, frequencies: Mapping[str, int]
) -> bool:
    """全长约: a word the dictionary hardly uses that is a word and a qualifier (全长, 约); not
    村规民约, whose 约 belongs to it."""
    return frequencies.get(text, 0) < _RARE and tokenizer.tag_of(text[:-1]) != "x"


# Qualifiers of one character that the tagger may glue to the word before a figure.
_GLUED_QUALIFIERS = frozenset("约近超逾")


def _qualifiers_apart(
    tokens: list[Token], tokenizer: Tokenizer, frequencies: Mapping[str, int]
) -> list[Token]:
    """塌陷区约800亩 is tagged 塌陷/区约/800: a word no dictionary holds, guessed by the tagger
    from a qualifier and the character before it, is the two again, so that the figure keeps
    its qualifier (约) and the word before it its last character (塌陷区). Words that do end
    so (签约, 附近) are the dictionary's, unless it hardly uses them, and stay; a link the
    tagger fuses with the qualifier and reads as an adverb (至约) is read so in `_word_tail`."""
    result: list[Token] = []
    for token, following in zip(tokens, [*tokens[1:], None], strict=True):
        text = token.text
        if (
            len(text) >= 2
            and text[-1] in _GLUED_QUALIFIERS
            and following is not None
            and find_numbers(following.text[:1])
            and (
                (
                    (token.pos or "").startswith("n")
                    and (
                        tokenizer.tag_of(text) == "x"
                        or _rare_with_a_word_in_it(text, tokenizer, frequencies)
                    )
                )
                # (桂花干近6吨 is tagged 干近/v, a verb no dictionary holds: a noun's end, when
                # a noun runs into it; 还剩约30座 keeps its verb)
                or (
                    (token.pos or "").startswith("v")
                    and tokenizer.tag_of(text) == "x"
                    and len(text) == 2
                    and bool(result)
                    and result[-1].end == token.start
                    and (result[-1].pos or "").startswith("n")
                )
            )
        ):
            head = Token(text[:-1], token.start, token.end - 1, token.pos)  # a noun, as tagged
            noun = head.pos[:1] in ("n", "x", "v")
            if len(head.text) == 1 and noun and result and result[-1].end == head.start:
                # The noun left is the end of the word before (塌陷 区 → 塌陷区); a link
                # stays one (缩短 至 约1小时), as does a word of place (户 中 近八成).
                before = result.pop()
                head = Token(before.text + head.text, before.start, head.end, "n")
            elif head.pos == "x":
                head = head._replace(pos="n")
            result.append(head)
            result.append(Token(text[-1], token.end - 1, token.end, "d"))
        else:
            result.append(token)
    return result


def _as_people(tokens: list[Token]) -> list[Token]:
    """青年, 老年: the tagger's words for times of life, which mean people right before their
    count (返乡青年32人 counts the young, not a time; 老年食堂 keeps its word whole)."""
    return [
        Token(t.text, t.start, t.end, "n")
        if t.pos == "t"
        and t.text in _AGES_OF_LIFE
        and after is not None
        and (after.pos == "m" or after.text in _BEFORE_A_FIGURE)
        else t
        for t, after in zip(tokens, [*tokens[1:], None], strict=True)
    ]


_BEFORE_A_FIGURE = frozenset({"约", "近", "超过", "突破", "达", "达到", "共", "逾", "有"})
_AGES_OF_LIFE = frozenset({"青年", "少年", "老年", "中年", "青少年", "中老年"})


def _figures_end_words(tokens: list[Token], sentence: str, tokenizer: Tokenizer) -> list[Token]:
    """20多种文创产品 is tagged 20/多种文/创/产品, 412户中 412/户中: a figure's unit ends a word,
    so a word the tagger runs past it is cut there, and the words after it are tagged anew,
    up to the phrase's end."""
    for number in find_numbers(sentence):
        if not any(c.isdigit() for c in number.surface):
            continue  # 三门峡, 一度: numerals in words are the words' own
        unit = unit_at(sentence, number.end)
        end = unit.end if unit is not None else number.end
        straddling = next((t for t in tokens if number.start <= t.start < end < t.end), None)
        if straddling is None or not _HAN_CHAR.match(sentence, end):
            continue
        stop = _PHRASE_STOP.search(sentence, end)
        stop_at = max(stop.start() if stop else len(sentence), straddling.end)
        kept = [t for t in tokens if t.end <= straddling.start or t.start >= stop_at]
        head = Token(sentence[straddling.start : end], straddling.start, end, straddling.pos)
        tail = [
            Token(t.text, t.start + end, t.end + end, t.pos)
            for t in tokenizer.tag(sentence[end:stop_at])
        ]
        tokens = sorted([*kept, head, *tail], key=lambda t: t.start)
    return tokens


_PHRASE_STOP = re.compile(r"[，。；：、,;:！？!?\s]")


def _not_a_metric(
    sentence: str,
    number: NumberMatch,
    unit: Unit | None,
    exclude: Sequence[tuple[int, int]],
    offset: int,
) -> str | None:
    before = sentence[max(0, number.start - 1) : number.start]
    after = sentence[number.end : number.end + 2]
    tail = sentence[unit.end : unit.end + 2] if unit else ""
    digits = number.surface.replace(",", "")
    if any(a <= offset + number.start < b for a, b in exclude):
        return "program"
    if before in ("第", "届"):  # 第二十二届, 八届六次全会
        return "ordinal"
    ages = unit is not None and unit.text in ("岁", "周岁")
    if ages and not _AGES_MEASURED.search(sentence, 0, number.start):
        return "age-group"  # 今年52岁, 80岁以上老人: whose age, or whom a bound picks out
    if after.startswith("后") and re.fullmatch(r"\d{2}", digits):
        return "age-group"
    if before and before in OPENING_QUOTES and _quote_closes(sentence, number.end):
        return "name"  # “两个确立”, “三个一百”: a numbered formula is a name
    if number.value >= MAX_VALUE:
        return "out-of-range"  # no report counts this high: a code or an OCR run of digits
    if _latin(sentence[number.end : number.end + 1]) or (_latin(before) and unit is None):
        return "name"  # 5G, PM2.5, M2: digits inside a Latin name (but GDP5000亿元 counts)
    if re.fullmatch(r"\d{5,}", digits) and unit is None:
        return "code"  # hotlines (12345), registration numbers: before 号 is read as a day
    year = after.startswith("年") and re.fullmatch(r"\d{4}|[〇零一二三四五六七八九]{4}", digits)
    # 15日内 after no month is a span of days (在15日内履行完毕), not a day of one
    span = after.startswith("日内") and before != "月"
    span = span or after == "日历"  # 180日历天: a contract's calendar days
    if year or (after.startswith(("月", "日", "号")) and not span):
        return "date"
    if _inside(_ISO_DATE, sentence, number):
        return "date"
    if unit is None:
        return "no-unit"
    unit_text = unit.text
    if (
        not sentence[: number.start].strip()
        and re.fullmatch(r"\d{1,2}\.\d{1,2}", digits)
        and kind_of(unit_text) == "count"
    ):
        return "ordinal"  # 2.3本标段…: a clause's number opening its line; no count is 2.3本
    if unit_text in ("方", "手") and not digits.rstrip("多余").endswith(("万", "亿")):
        return "no-unit"  # 三方, 二手: parties, second-hand; 万方 is volume, 亿手 lots traded
    if kind_of(unit_text) == "money" and _CONVERTED.search(sentence, 0, number.start):
        return "restated"  # 约合新台币30亿元: the amount before, in another currency
    if unit_text in ("栋", "幢", "单元") and sentence[: number.start].endswith(("住", "住在")):
        return "ordinal"  # 家住8栋: which building, an address
    if unit_text == "周" and tail.startswith("年"):
        return "ordinal"  # 75周年 is an anniversary
    if unit_text == "年" and tail.startswith(("来", "以来", "前", "后")):
        return "period"  # 13年来, 五年前: says when, like 近年来
    if (
        before in ("前", "后")
        and unit_text in ("位", "名")
        and (not _HAN_CHAR.match(tail[:1]) or tail.startswith(_RANKS_LISTED))
    ):
        return "ordinal"  # 居全县前两位, 排名前10名, 后三名依次为…: a rank reached, no count
    if unit_text == "年" and tail.startswith("级"):
        return "ordinal"  # 七年级新生: which grade
    if unit_text == "年" and tail.startswith("代"):
        return "date"  # 建于上世纪80年代: a decade
    if kind_of(unit_text) == "duration" and sentence[: number.start].endswith("连续"):
        return "period"  # 连续3年稳定在…: how long the figure after it has held
    ahead = sentence[max(0, number.start - 2) : number.start] == "提前"  # 提前两个月: by
    if kind_of(unit_text) == "duration" and before == "前" and not ahead:
        return "period"  # 今年前10个月 is the period of the figures after it
    if (before and before in "×*") or (unit_text == "位" and tail == "一体"):
        return "set-phrase"  # 7×24小时, 六位一体
    if unit_text == "位" and tail.startswith("数"):
        return "set-phrase"  # 两位数增长: double-digit growth, no count of anything
    if (
        unit_text == "次"
        and tail.startswith(("会", "全"))
        and "届" in sentence[: number.start][-12:]
    ):
        return "ordinal"  # 十四届全国人大三次会议, 二十届四次全会: the session of a term
    if unit_text == "组" and (
        sentence[: number.start].endswith(("村", "社区", "屯"))
        or re.search(r"\d组、$", sentence[: number.start])
    ):
        return "ordinal"  # 半坡村1组、2组: a village's groups by number, not a count
    if unit_text == "期" and sentence[: number.start].endswith("分"):
        return "set-phrase"  # 工程分两期推进: how a work is staged, not sessions held
    if unit_text == "期" and not any(c.isdigit() for c in digits) and "两" not in digits:
        # “蓝鲸二号”二期, 三期工程: a phase; sessions are counted 3期 or 两期
        return "ordinal"
    if (
        unit_text == "处"
        and re.fullmatch("[一二三四五六七八九十]", digits)
        and not _CLAUSE_OVER.match(tail)
    ):
        # 督导二处 is a department, 四处奔走 everywhere; places are counted 3处, 两处, 六十余处,
        # and 供水点四处 where the clause ends on them
        return "name"
    if unit_text == "次" and digits == "二" and _HAN_CHAR.match(tail):
        return "ordinal"  # 二次返利, 二次开发: a second round; twice is counted 两次
    if unit_text == "次" and digits in ("一", "三") and tail in ("产业", "分配"):
        return "set-phrase"  # 三次产业, 一次分配: the sectors and rounds of economics
    return None


def _quote_closes(sentence: str, position: int) -> bool:
    closing = re.search(f"[{CLOSING_QUOTES}]", sentence[position : position + 8])
    return closing is not None


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _unstated_unit(context: _Sentence, number: NumberMatch) -> Unit | None:
    """The counter a figure goes without: after 万 or 亿 the counted people or households
    follow directly (700万志愿者 is 人, 10多万农户 is 户), and units of government are
    counted bare (东部8省市, 三市三县: 个)."""
    sentence, end = context.sentence, number.end
    if number.percent:  # 百分之六十五, 三分之一: the share is in the words
        return Unit("%", end, end)
    if _ratio(sentence, number):
        return Unit("倍", end, end)  # 城乡收入比为2.05: a ratio is printed bare
    divisions = _DIVISIONS.match(sentence, end)
    if divisions and number.value < 1000 and not _names_a_thing(context, divisions.end()):
        return Unit("个", end, end, divisions.group())
    if not number.surface.rstrip("多余").endswith(("万", "亿")):
        return None
    counted = _COUNTED_BEFORE.search(sentence, 0, number.start)
    if counted:
        # 全区人口约49万, 参与人次达2.1万: the people or visits, however many ten-thousands
        unit = "人次" if counted.group(1) == "人次" else "户" if "户" in counted.group(1) else "人"
        return Unit(unit, end, end)
    end += sentence[end : end + 1] in ("多", "余")  # 4万余农户
    named = subject_after(context.tokens, end, longest=2 * MAX_RUN)
    first = next((t for t in context.tokens if t.start >= end), None)
    if first and (first.pos or "").startswith("n") and first.text.endswith(PERSON_ENDINGS):
        named = first.text  # 40余万农户增收: the people are named first
    of = sentence.find("的", end, end + MAX_RUN * 2)
    person = named and named.endswith(PERSON_ENDINGS)
    if not person and of > 0 and not _CLAUSE_BREAK.search(sentence, end, of):
        named = subject_after(context.tokens, of + 1, longest=2 * MAX_RUN)  # 登记注册的志愿者
    if named and named.endswith("户"):
        return Unit("户", end, end)
    if named and named.endswith(PERSON_ENDINGS):
        return Unit("人", end, end)
    return None


# A ratio named by a noun in 比 (收入比, 师生比), and the verbs that give or change its value:
# 比 as a preposition is followed by what is compared (收入比去年), never by these.
_RATIO_NAMED = re.compile(
    r"[\u4e00-\u9fff]{2}比(?:值)?(?=为|是|由|从|达|降|缩小|扩大|提高|下降|上升|约|仅|保持|稳定)"
)


def _ratio(sentence: str, number: NumberMatch) -> bool:
    """两地人均收入比由2.4降至2.1，比上年缩小0.06: each bare figure after a ratio's name in
    its sentence is the ratio (or its change), counted as times the second term."""
    return (
        any(c.isdigit() for c in number.surface)
        and number.value < 100
        and _RATIO_NAMED.search(sentence, 0, number.start) is not None
    )


def _ratio_named(sentence: str, subject: str) -> str:
    """收入比's 比 is read as a preposition and left out of the subject: put it back."""
    core, bracket, rest = subject.partition("（")
    if not core.endswith("比") and core + "比" in sentence:
        return core + "比" + bracket + rest
    return subject


# A list of a few short items closed by 等 right before a count, after its verb (and a scope
# or 共 before that): 共抽检米面、食用油、调味品等.
_LISTED_BEFORE = re.compile(
    r"(?:共|共计|累计|全县|全市|全区|全镇)?"
    r"(?P<list>[\u4e00-\u9fff]{0,4}?[\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4})+)等$"
)
_CLAUSE_STOP = re.compile(r"[，,。；;：:]")
MAX_LIST = 16  # how far back a list before a count is read


def _listed_before(sentence: str, start: int, floor: int) -> str | None:
    """The list closed by 等 right before the count at `start`, read back across the 、 that
    part its items (where `floor`, the clause's start, has stopped)."""
    opening = max((m.end() for m in _CLAUSE_STOP.finditer(sentence, 0, start)), default=0)
    listed = _LISTED_BEFORE.search(sentence, max(opening, floor - MAX_LIST), start)
    return listed.group("list") if listed else None


_PEOPLE_NEXT = re.compile(r"[\d.]+万?[多余]?[名人]")
# A whole unit counting its divisions (全乡26个村, 全县12个乡镇（街道）): the division named
# right after the count, however the words after it run on.
_WHOLE_UNIT = re.compile(r"全(?:省|市|州|盟|县|区|旗|镇|乡|街道)[^，。；,;\d]{0,4}$")
_DIVISION_COUNTED = re.compile(
    r"(?:行政村|自然村|村民小组|村|社区|乡镇|乡|镇|街道|县|市辖区)"
    r"(?:[（(](?:社区|居|街道|村)[）)])?"
    # …then all of them (均, 都), their people, or the clause goes on: not a thing or a body of
    # each (全县12个村卫生室 counts clinics)
    r"(?=均|都|全部|全|已|共|各|群众|村民|居民|[，。、；,;]|$)"
)
_DIVISION_WORD = re.compile(r"行政村|自然村|村民小组|村|社区|乡镇|乡|镇|街道|县|市辖区")
_SET_UP = re.compile(r"办起|办了|建起|建成|建了|种上|养起|搞起")
_AMONG = re.compile(r"中(?:已有|已经有|共有|有|已)?$")
_SUMMED_AFTER = re.compile(r"(?:共|共计|合计|计|总计)\d")
_COUNTED_BEFORE = re.compile(
    r"(人口|居民|人数|游客|旅客|村民|人次|户数)(?:总数|数量)?(?:约|近|超过|超|逾|达到|达|为|有|共|累计)*$"
)


def _names_a_thing(context: _Sentence, position: int) -> bool:
    """三区规划: a noun right after 三区 makes the whole a name; 5省市结对帮扶 is a count."""
    following = next((t for t in context.tokens if t.start >= position), None)
    if following is None or find_numbers(following.text[:1]):
        return False  # 三市三县: another count follows
    return (following.pos or "").startswith(("n", "vn"))


def _inside(pattern: re.Pattern[str], sentence: str, number: NumberMatch) -> bool:
    return any(m.start() <= number.start < m.end() for m in pattern.finditer(sentence))


def _clause_start(sentence: str, position: int) -> int:
    """Where the clause of `position` starts; a bracket closed before it is no break
    (广义货币(M2)余额335万亿元)."""
    breaks = [
        m.end()
        for m in _CLAUSE_BREAK.finditer(sentence, 0, position)
        if m.group() not in "（(" or not re.search("[）)]", sentence[m.end() : position])
    ]
    return max(breaks, default=0)


def _per_one(context: _Sentence, unit: Unit) -> bool:
    """1亩小麦的用工, 1吨水泥的综合能耗: one unit, then 的 and a measure, within the clause;
    or after 每 (每烘干1吨鲜菜耗电260度): what each one takes."""
    sentence = context.sentence
    each = sentence.rfind("每", _clause_start(sentence, unit.start), unit.start)
    if (
        each >= 0
        and unit.start - each <= _EACH_REACH
        and _CLAUSE_BREAK.search(sentence, each, unit.start) is None
    ):
        return UNIT.search(sentence, unit.end, _clause_end(sentence, unit.end)) is not None
    of = sentence.find("的", unit.end, unit.end + 7)
    if of < 0 or _CLAUSE_BREAK.search(sentence, unit.end, of):
        return False
    return is_measure(subject_after(context.tokens, of + 1, longest=2 * MAX_RUN))


_EACH_REACH = 6  # 每 and a verb of up to four characters before the one unit


def _clause_end(sentence: str, position: int) -> int:
    found = _CLAUSE_BREAK.search(sentence, position)
    return found.start() if found else len(sentence)


def _per_one_subject(context: _Sentence, metric: Metric, per_one: list[int]) -> Metric:
    """The measure of one unit is named with it: 收割1亩小麦的时间 (缩短至20分钟)."""
    position = metric.start - context.start
    bases = [p for p in per_one if _clause_start(context.sentence, position) <= p < position]
    if not bases or not metric.subject:
        return metric
    begin = next(
        (t.start for t in context.tokens if t.end == bases[-1] and (t.pos or "").startswith("v")),
        bases[-1],
    )
    end = context.sentence.find(metric.subject, bases[-1], position)
    if end < 0:
        return metric
    return replace(metric, subject=context.sentence[begin : end + len(metric.subject)])


def _in_idiom(context: _Sentence, number: NumberMatch) -> bool:
    """A number that starts inside a word of four or more characters is part of an idiom,
    unless all before it in the word is a qualifier (数十万只)."""
    qualifiers = {word for word, _ in _BEFORE}
    return any(
        t.start < number.start < t.end
        and len(t.text) >= 4
        and (t.pos or "") in ("i", "l", "m")
        and t.text[: number.start - t.start] not in qualifiers
        for t in context.tokens
    )


FIXED_TERM_REPEATS = 3  # a counted phrase printed this often in one text is a name


def _fixed_term(context: _Sentence, number: NumberMatch, unit: Unit) -> bool:
    """两项补贴 printed again and again (发放两项补贴, 两项补贴标准, 两项补贴申领) is the name of
    a policy, as 三项制度 is: a count in words of 项 with its noun, recurring in the text."""
    if not _in_words(number) or unit.text != "项":
        return False
    term = context.sentence[number.start : unit.end + 2]
    return len(term) == unit.end + 2 - number.start and (
        context.text.count(term) >= FIXED_TERM_REPEATS
    )


def _in_name(context: _Sentence, number: NumberMatch) -> bool:
    """A number opening a word of three characters or more the tagger knows as a name of a
    place or a body (三门峡水库/nz, 七台河市/ns); not one inside a cut it made wrongly
    (广/东三省)."""
    return any(
        t.start == number.start
        and t.end > number.end
        and len(t.text) >= 3
        and (t.pos or "") in ("ns", "nz", "nt")
        for t in context.tokens
    )


def _numbered_estate(context: _Sentence, number: NumberMatch) -> bool:
    """梅林三村, 田园十二村: a numeral in characters and 村 right after a name (a noun, no
    scope such as 全镇 or 辖区) names one estate of a numbered series, not villages counted."""
    if context.sentence[number.end : number.end + 1] != "村" or any(
        c.isdigit() for c in number.surface
    ):
        return False
    before_it = context.tokens_before(number.start)
    following = context.tokens[len(before_it)] if len(before_it) < len(context.tokens) else None
    if following is not None and following.start < number.start:
        return True  # 共/康三村: the tagger holds the numeral inside the name
    before = before_it[-1] if before_it and before_it[-1].end == number.start else None
    return (
        before is not None
        and (before.pos or "").startswith("n")
        and len(before.text) >= 2
        and before.text not in _SCOPES
        and not before.text.startswith(("全", "各", "辖"))
    )


# 20多个年轻人, 3个年度: 年 opening a word after 个 is no span of years (but 5个年头 is).
_WORD_AFTER_YEAR = re.compile(r"年(?!头)[\u4e00-\u9fff]")
_POINTS_AFTER = re.compile(r"(?:和|、|与|及|至|到|—|-|～)[\d.]+个百分点")
# What a count found or recorded is named by, when the tagger leaves only these.
_FOUND_WORDS = frozenset({"数量", "总数", "记录", "发现", "观测", "监测"})
_TOPIC_WORDS = 3  # a topic of this many words at most
_CREATURES = frozenset({"只", "头", "尾", "羽", "株", "棵", "种"})  # what is counted by kind


def _topic_before_where(context: _Sentence) -> str | None:
    """The nouns a sentence opens with, right before 在 and where: 黑颈鹤 in 黑颈鹤在某湿地…."""
    words: list[Token] = []
    for token in context.tokens:
        if token.text == "在" and words:
            topic = "".join(t.text for t in words)
            return None if topic in LINKS or topic in _SCOPES else topic
        pos = token.pos or ""
        if not pos.startswith("n") or pos in ("ns", "nt") or len(words) == _TOPIC_WORDS:
            return None
        words.append(token)
    return None


_SCOPES = frozenset({"街道", "社区", "村里", "镇里", "县里", "乡里", "区里", "市里"})
_RANKS_LISTED = ("依次", "分别", "为", "是", "的")  # 前三名依次为…: the ranked, named after
_RANK_AMONG = re.compile(r"(?:的)?前[一二三四五六七八九十两\d]+[位名]$")
# Words of earning, spending and prices: 块 in their clause, with no noun after it, is money.
# (花 as spending, followed by what or how much: not the flower of 红花 or 棉花)
_MONEY_WORDS = re.compile(
    "挣|赚|花(?=[了掉费钱去光在一二三四五六七八九十两几百千万\\d])|省|卖|买|收入|工资|补|多了|少了"
    "|付|交|钱|价|费|贵|便宜|值"
)


def _spoken_yuan(sentence: str, start: int, tail_end: int) -> bool:
    """省了十来块钱, 每月多挣800块: 块 followed by 钱, or ending its clause where money is
    spoken of, is the everyday word for 元; 3块屏幕, 切成4块 count pieces."""
    if sentence.startswith("钱", tail_end):
        return True
    ends = tail_end == len(sentence) or _CLAUSE_END.match(sentence, tail_end) is not None
    # (searched to the sentence's end: 花 is told from a flower by what follows it, the sum)
    money = _MONEY_WORDS.search(sentence, _clause_start(sentence, start))
    return ends and money is not None and money.start() < start


_CLAUSE_END = re.compile(r"[，。；！？、,;!?”」…）)]|$")


def _in_words(figure: NumberMatch | Metric) -> bool:
    return not any(c.isdigit() for c in figure.surface)


def _article_one(sentence: str, number: NumberMatch) -> bool:
    """一个缩影, 一张名片: 一 with a classifier is an article, not a count; but 提前一周 is the
    time gained."""
    if number.surface not in ("一", "壹"):
        return False
    ahead = _AHEAD.search(sentence, 0, number.start) is not None
    unit = unit_at(sentence, number.end)  # 提前一天, 提前一个月
    if unit is not None and unit.text == "成" and _TENTH_MOVED.search(sentence, 0, number.start):
        return False  # 上涨约一成: a change of a tenth (not 一成不变)
    return not (ahead and unit is not None and UNITS.get(unit.text) == "duration")


_AHEAD = re.compile(r"(?:提前|提早|推迟|延后)(?:约|近)?$")


# 人 after 个 ending the phrase, a whole's people (全团38个人，…): not 个人 of 个人所得税.
_WHOLE_BEFORE = re.compile(r"(?:全[\u4e00-\u9fff]|一共|总共|共)$")
_PEOPLE_AS_ONES = re.compile(r"人(?![\u4e00-\u9fff])|人(?=[都也就还在参来去从])")
_TENTH_MOVED = re.compile(
    r"(?:增长|增加|提高|上升|提升|上涨|回升|上调|下降|减少|降低|下滑|回落|下跌|下调|[增减多少高低贵])"
    r"了?(?:约|近|超过?|逾)?$"
)


def _metric(context: _Sentence, number: NumberMatch, unit: Unit, floor: int) -> Metric:
    sentence = context.sentence
    unit_text = unit.text
    kind = kind_of(unit_text)
    qualifier = qualifier_word = None
    # (约人民币380元: the qualifier may stand before the currency the sum is said in)
    said_in = number.start - 3 if sentence.endswith("人民币", 0, number.start) else number.start
    for word, meaning in _BEFORE:
        if word in _IN_WORDS_ONLY and not _in_words(number):
            continue  # 景气指数52%: 数 before digits is part of a word
        at = said_in - len(word)
        if at >= 0 and sentence[at:said_in] == word and not _word_tail(context, at):
            qualifier, qualifier_word = meaning, word
            break
    tail_end = unit.end
    for word, meaning in _AFTER:
        if sentence.startswith(word, unit.end) and not _NOT_ABOUT.match(sentence, unit.end):
            qualifier, qualifier_word, tail_end = meaning, word, unit.end + len(word)
            break
    value = number.value
    if unit_text == "成":  # 近三成 is under 30%
        value, unit_text = value * 10, "%"
        tenth = _TENTH.match(sentence, unit.end)
        if tenth:  # 三成五 is 35%
            value += Decimal(tenth.group().translate(_DIGITS))
            tail_end = max(tail_end, tenth.end())
    if unit_text == "个" and _POINTS_AFTER.match(sentence, tail_end):
        unit_text, kind = "百分点", "percent"  # 分别提高4.1个和3.8个百分点
    if unit_text == "块" and _spoken_yuan(sentence, number.start, tail_end):
        unit_text, kind = "元", "money"  # 一个月挣三千块: 块 is how 元 is said
        tail_end += sentence.startswith("钱", tail_end)  # 十来块钱
    if (
        unit_text == "个"
        and _PEOPLE_AS_ONES.match(sentence, tail_end)
        and _WHOLE_BEFORE.search(sentence, 0, number.start)
    ):
        unit_text, tail_end = "人", tail_end + 1  # 全团38个人: people, counted one by one
    if unit_text == "个" and sentence.startswith("半", tail_end):
        longer = UNIT.match(sentence, tail_end + 1)  # 2个半小时: two and a half hours
        if longer and UNITS.get(longer.group()) == "duration":
            unit_text, kind, tail_end = longer.group(), "duration", longer.end()
            value += Decimal("0.5")
    elif unit_text == "个" and (
        qualifier_word in ("多", None) or sentence[: number.start].endswith(qualifier_word)
    ):
        longer = UNIT.match(sentence, tail_end)  # 4个小时, 两个多小时: the hours are counted
        if sentence.startswith("月", tail_end):  # 两个多月
            unit_text, kind, tail_end = "个月", "duration", tail_end + 1
        elif (
            longer
            and UNITS.get(longer.group()) == "duration"
            and not _WORD_AFTER_YEAR.match(sentence, longer.end() - 1)
        ):
            unit_text, kind, tail_end = longer.group(), "duration", longer.end()
        elif longer and len(longer.group()) > 1 and longer.group().endswith("次"):
            # 二至四个班次, 3个批次: the trips or rounds are the counter
            unit_text, tail_end = longer.group(), longer.end()
    for word, meaning in _AFTER if qualifier_word is None and tail_end > unit.end else ():
        if sentence.startswith(word, tail_end) and not _NOT_ABOUT.match(sentence, tail_end):
            # 1个小时左右
            qualifier, qualifier_word, tail_end = meaning, word, tail_end + len(word)
            break
    if sentence.startswith("不等", tail_end):
        tail_end += 2  # 300元至650元不等: the range's end, no word of what it measures
    if kind == "money" and sentence.startswith(_CURRENCY, tail_end):
        tail_end += len(next(c for c in _CURRENCY if sentence.startswith(c, tail_end)))
    per_volume = None
    if unit_text in _TRACES:
        per_volume = _PER_VOLUME.search(sentence, _clause_start(sentence, number.start), number.end)
        if per_volume is not None:
            # 每立方米156微克降至98微克: a concentration printed with its volume first
            unit_text = f"{unit_text}/{per_volume.group(1)}"
            kind = kind_of(unit_text)
    per_weight = _price_unit(sentence, number.start)
    priced_per = unit_text == "元" and per_weight is not None
    if priced_per:
        # 收购价每斤8.5元: a price quoted per unit of what is sold, read as a rate to name it
        # (the price, not the 斤), and stored in 元 with its unit in the subject (see below).
        unit_text, kind = f"元/{per_weight[0]}", "rate"
    if number.approx and qualifier is None:
        qualifier, qualifier_word = "over", number.approx
    elif unit.start > number.end:  # 7万多名
        qualifier, qualifier_word = "over", sentence[number.end]
    start = number.start - (
        len(qualifier_word)
        if qualifier_word and sentence[: number.start].endswith(qualifier_word)
        else 0
    )
    # 同比增长约5%: the change is read before the qualifier
    clause = sentence[_clause_start(sentence, number.start) : start]
    change = _CHANGE.search(clause.rstrip()) or _GAP.search(clause.rstrip())
    # 政策解读 312篇 +9.5%: a table's or a box's signed share after a figure is its change
    sign = (
        _SIGN.search(sentence, max(0, number.start - 2), number.start)
        if kind == "percent"
        else None
    )
    direction = None
    if change is not None:
        direction = "down" if change.group(1) in _DOWN else "up"
    elif sign is not None:
        direction = "down" if sign.group() in "-－−" else "up"
    basis = _BASIS.search(clause)
    named_from = start
    if per_volume is not None and per_volume.end() == number.start:
        named_from = per_volume.start()  # 浓度由每立方米156微克: named before the volume
    currency = next((c for c in CURRENCIES_BEFORE if sentence[:start].endswith(c)), None)
    if currency is not None and unit_text.split("/")[0] == "元":
        # 新台币500万元, 港币30万元: the currency printed before the amount is its unit.
        unit_text = STORED_UNITS[currency] + unit_text[1:]
        named_from = start - len(currency)
        said = next((b for b in _BEFORE if sentence[:named_from].endswith(b[0])), None)
        if qualifier is None and said is not None and said[0] not in _IN_WORDS_ONLY:
            # 营收约新台币2800万元: how near the amount is, said before its currency
            qualifier, qualifier_word = said[1], said[0]
            named_from -= len(said[0])
    if sentence[:start].endswith(("（", "(")) and sentence.startswith(("）", ")"), tail_end):
        # 投资总量（1925亿元）: a figure in brackets gives the amount of the phrase before them.
        named_from, floor = start - 1, _clause_start(sentence, start - 1)
    subject = unit.names or _subject(context, named_from, tail_end, unit_text, kind, floor)
    found_only = subject is not None and subject.endswith(tuple(_FOUND_WORDS))
    if kind == "count" and (found_only or (subject is None and unit_text in _CREATURES)):
        # 某鸟在某湿地记录到46只, 某羊在某县境内的数量达1800只: the sentence's topic, before
        # where it was counted, is what the count is of.
        topic = _topic_before_where(context)
        if topic:
            subject = topic + (subject if subject in ("数量", "总数") else "")
    if subject and _RANK_AMONG.search(subject) and _RANK_AMONG.sub("", subject):
        subject = _RANK_AMONG.sub("", subject)  # 12个乡镇前三位: the towns, not the rank
    base = f"每{per_weight[0]}" if per_weight is not None else ""
    if per_weight is not None and kind == "rate" and (not subject or base in subject):
        # 收购价每斤8.5元, 价格为每公斤26元, 电价每度0.5元: the price is named before its unit.
        before = _subject(context, per_weight[1], tail_end, unit_text, kind, floor)
        subject = before or (subject[: subject.index(base)] if subject else None) or subject
    if priced_per:
        # As a reader writes it down: 收购价（每斤） 8.5 元, in the currency printed (新台币元). A
        # rate printed as one (8.5元/斤) keeps its unit.
        unit_text, kind = unit_text.split("/")[0], "money"
        named = subject.removeprefix(base) if subject else None
        subject = f"{named}（{base}）" if named else None
    period, p_start, p_end = _period(sentence[: number.start], context.published_on)
    f_start, f_end = context.start + start, context.start + tail_end
    return Metric(
        f_start,
        f_end,
        context.text[f_start:f_end],
        subject,
        value,
        STORED_UNITS.get(unit_text, unit_text),
        kind,
        qualifier,
        qualifier_word,
        direction is not None,
        direction,
        basis.group() if basis else None,
        period,
        p_start,
        p_end,
        context.place_code(f_start, f_end),
        context.start,
        context.start + len(sentence),
    )


_TENTH = re.compile(r"[一二三四五六七八九](?![\u4e00-\u9fff]*[成倍])")


def _word_tail(context: _Sentence, position: int) -> bool:
    """签约3个项目, 节约30%, 附近5个村: the qualifier's character ends a word of its own. The
    tagger also fuses a qualifier with the link before it (达近, 已有近, 至约) or with a side
    (长约): those keep it."""
    for token in context.tokens:
        if token.start < position < token.end:
            head = token.text[: position - token.start]
            fused = head in LINKS or head in MAKING or head[-1:] in TARGET_MARKS
            fused = fused or head in _DIMENSIONS
            return not fused and (token.pos or "").startswith(("v", "n", "f", "a"))
    return False


def _subject(
    context: _Sentence, start: int, end: int, unit: str, kind: str, floor: int
) -> str | None:
    """Counts name what they count after the classifier (近700个西瓜大棚); amounts name it
    before when those words measure (负债460万元), else after, perhaps past 的 (建设2000平方米的
    高温愈合冷库, 建成5000亩绿色蔬菜种植区)."""
    tokens, sentence = context.tokens, context.sentence
    if unit == "分" and sentence[:start].endswith("以"):
        return "得分"  # 以92.4分位列第一, 以96分的成绩: the score of whoever ranks by it
    vote = _VOTED.match(sentence, end) if unit == "票" else None
    if vote:
        return f"{vote.group()}票"  # 15票赞成、2票反对: the votes each way
    if unit == "票" and sentence[:start].endswith("以"):
        return "得票"  # 以172票居首: the votes of whoever ranks by them
    voted = _VOTED_BEFORE.search(sentence, 0, start) if unit == "票" else None
    if voted:
        return f"{voted.group()}票"  # 同意27票，反对3票: each way, said before the votes
    before = subject_before(tokens, start, floor=floor, not_subjects=context.place_spans)
    if kind == "count":
        verbal = sentence[start:end].endswith(_VERBAL_CLASSIFIERS)
        division = _DIVISION_COUNTED.match(sentence, end) if unit == "个" else None
        if division is None and unit == "个":
            # 全镇3个村招生: the whole's divisions and what they do
            division = _DIVISION_WORD.match(sentence, end)
            if division and _SET_UP.match(sentence, division.end()):
                # 已有6个村办起作坊 (村办/n 起): divisions named by what they set up are counted
                return division.group()
            division = division if division and _verb_at(context, division.end()) else None
        if division and (
            _WHOLE_UNIT.search(sentence, floor, start) or _AMONG.search(sentence, floor, start)
        ):
            # 全镇11个村群众出行, 全乡26个村均建起…: the whole's divisions are counted, and
            # what follows is of them; so are some of them (6个村中已有4个村办起…).
            return division.group()
        if sentence[:start].endswith("一行") and unit in _PEOPLE:
            # 考察组一行8人来到…: the party's size, named before 一行, not where it went.
            party = subject_before(tokens, start - 2, floor=floor, not_subjects=context.place_spans)
            if party:
                return party
        if sentence.startswith("的", end) and not verbal:
            # 一支32人的应急救援队: the count is the size of what follows 的.
            sized = subject_after(tokens, end + 1)
            if sized and sized.endswith(_GROUPS):
                return sized
        if sentence[start - 1 : start] in _WITH and not verbal:
            # 干部与126户牧民结对: after a preposition the count opens its own noun phrase.
            with_whom = _with_listed(context, end, subject_after(tokens, end, described=True))
            if with_whom:
                return with_whom
        people = bool(before) and not verbal and before.endswith(PERSON_ENDINGS)  # type: ignore[union-attr]
        # 转移群众中已有19户投亲靠友: a part of the people before is named by what it does.
        people = people and _AMONG.search(sentence, floor, start) is None
        if people and unit in _PEOPLE and floor == _clause_start(sentence, start):
            # 帮助困难户860户实现增收: the people, not what they then do (unless the words
            # before follow another figure and are its: 35名网格员与50户…).
            return before
        passive = _PASSIVE.match(sentence, end)
        if passive and not verbal:
            # 有251户被评为文明户: those counted are named by what was done to them.
            return passive.group(1)
        people_next = _PEOPLE_NEXT.match(sentence, end) if unit == "户" else None
        if people_next:
            # 组织沿河87户232名群众: the households are of the people named after both counts.
            named = next((t.text for t in tokens if t.start >= people_next.end()), "")
            if named.endswith(PERSON_ENDINGS) and len(named) >= 2:
                return named
        # 救援队5支共140人: 共 and the next figure sum up the same thing, no noun after
        summed = _SUMMED_AFTER.match(sentence, end) is not None
        after = None if summed else subject_after(tokens, end, verbal=verbal, described=True)
        after = None if after in _HELD_LEVEL else _with_listed(context, end, after)
        if after == "人家" and unit == "户":
            # 40户人家靠打铁为生: households, named by what they do; 共有86户人家: how many
            homes = next(t for t in tokens if t.start >= end and t.text == "人家")
            return verb_phrase(tokens, homes.end) or "户数"
        listed = None if after or summed else _listed_before(sentence, start, floor)
        if listed:
            # 抽检米面、食用油、调味品等120批次: with no noun after it, the count is of the whole
            # list, as done to it (等8个村 names its villages itself).
            return listed
        if after or people:
            return after or before
        if verbal or unit in _PEOPLE:
            # 1600万人出省务工, 分4批次召开座谈会: people and occasions are named by what
            # they do when no noun follows, or by what was done for them (带动就业3.5万人).
            done_for = verb_phrase_before(tokens, start, floor)  # 走访1200户次
            if before and len(before) > 2:
                done_for = None  # 新增居民供热2万户: the noun phrase says it already
            return (
                verb_phrase(tokens, end)
                or done_for
                or before
                or _those_who(context, start, floor)
                or _existing(context, start, floor)
                or _population(context, start, unit)
            )
        return before or _those_who(context, start, floor) or _existing(context, start, floor)
    if kind == "duration":
        ahead = next((w for w in ("提前", "提早") if sentence[:start].endswith(w)), None)
        if ahead:  # 提前两个月完成任务: the gain of time
            done = verb_phrase(tokens, end)
            if done:
                return f"{ahead}{done}"
            # 比合同工期提前20天: gained on what it is compared with
            compared = _COMPARED_AHEAD.search(sentence, floor, start)
            if compared:
                return compared.group()
            # 上市时间提前10天: the time that came sooner, named before 提前
            timed = subject_before(tokens, start - len(ahead), floor=floor)
            return f"{timed}{ahead}" if timed and _WHEN_NAMED.search(timed) else None
        if before and _SPAN_NAMED.search(before):
            return before  # 建设期18个月, 公示期5个工作日: a span named for what it is of
        # 连续13年, 工作18年间: the words around a span of time name who, not what is measured.
        return before if is_measure(before) else _time_taken(context, start, end, floor)
    side = _side_before(context, start) if kind == "length" else None
    if side is not None:
        return _dimension(context, side, floor)
    of = sentence.startswith("的", end)  # (这段长约38公里的航道: the thing is named after 的)
    fused = _fused_side(context, start) if kind == "length" and not of else None
    if fused is not None:
        # 浪高1.5米, 水深约3米: the thing and its side in one word the tagger keeps whole
        thing = subject_before(tokens, fused.start, floor=floor, not_subjects=context.place_spans)
        return f"{thing or ''}{fused.text}"
    share = _share_of(context, start) if kind == "percent" else None
    if share:
        return share
    if kind == "percent" and of and before in NOMINAL_VERBS:
        # 降低20%左右的运输成本: the share is of the noun after 的, and the verb says how.
        after = subject_after(tokens, end + 1, verbal=True, longest=2 * MAX_RUN)
        return f"{before}{after}" if after else before
    rated = _per_day_or_year(context, start, floor, before) if kind in _CAPACITIES else None
    if rated:
        return rated
    if is_measure(before) or (kind == "percent" and not of and before):
        return before  # 增长7.8%, 占比30%: a share's words come before it, unless 80%的村民
    founding = None if of else _FOUNDING.match(sentence, end)
    if founding:
        # 拿出500万元设立“…”奖励基金: the amount is the fund it sets up.
        founded = subject_after(tokens, founding.end(), longest=2 * MAX_RUN)
        if founded:
            return founded
    # An amount's phrase is closed by punctuation: 94.4万元融资奖补资金，
    after = subject_after(tokens, end + 1 if of else end, verbal=True, longest=2 * MAX_RUN)
    following = next((t for t in tokens if t.start >= end), None)
    verb_after = following is not None and (following.pos or "").startswith("v")
    if kind == "money" and before and not of and verb_after and before.endswith(_FUNDS):
        return before  # 利用专项债3600万元建设…: the fund's amount, then what it pays for
    if before and not of and verb_after and kind != "money" and not _is_verb(context, before):
        # 流转荒坡地900亩种植花椒: the land, then what is done on it. Not money, which its
        # use names (安排800万元用于改造).
        return before
    placed = any(0 < b <= start for _, b in context.place_spans)
    if kind in _DONE_IN_WORDS:
        # (land and shares: a place in the clause and no noun after it, not one a clause
        # before, 某村、某村2个拆旧区，计划复垦152亩, nor one whose words follow, 某区完成
        # 池塘改造3.4万亩)
        placed = any(
            floor <= a
            and 0 < b <= start
            and not any(b <= t.start and t.end <= start and _noun(t) for t in tokens)
            for a, b in context.place_spans
        )
    if kind == "money" and not (after or before) and _CLAUSE_OVER.match(sentence, end):
        # “某某贷”累计投放3.2亿元, 紧急止付2.5万元, 被骗去1.6万元: money the clause ends on,
        # lent, paid out, lost, held back or given, is named by the verb that moves it (not
        # money that may be, 可罚1万元).
        paid = verb_phrase_before(tokens, start, floor)
        if paid and _MOVED.search(paid) and not _MAY.search(paid):
            return paid
    if kind == "area" and not after and (not before or _LAND_WORK.fullmatch(before)):
        # 种植1.2万亩, 明年再扩种800亩: land named by the work done on it, a place before or
        # not (某乡：种植1.2万亩)
        work = verb_phrase_before(tokens, start, floor, past=True) or ""
        # (a bare verb of one character is left to the words before it, 当年新栽, unless it
        # was all there was to name the figure: 一共种了300亩)
        work = (before or "") if len(work) < 2 else work
        worked = _LAND_WORK.search(work)
        if worked and len(work) >= 4:
            return work  # 拆旧复垦86亩: a compound verb says it all
        if worked:
            return f"{_LAND_WORK_NAMES.get(worked.group(), worked.group())}面积"
    if after or before or kind not in _DONE_IN_AMOUNTS or placed:
        # A length after a place alone is of what was last measured there (车板镇也超过150毫米).
        return after or before
    # 硬化12公里, 要绕行3公里, 节水200吨: the way made or gone, the goods handled or saved,
    # without the modal before it.
    gone = verb_phrase_before(tokens, start, floor, past=True)
    for modal in ("需要", "要", "需"):
        _, said, done = (gone or "").rpartition(modal)
        if said and done:
            return done
    if kind != "length" and gone and (len(gone) < 2 or _CHANGE.fullmatch(gone)):
        return None  # 还能收1100斤, 高出30公斤: a verb too bare, or a change of what was measured
    if kind in _DONE_IN_WORDS and gone and len(gone) < 4:
        return None  # 能收100亩, 低于20%: land and shares only by what a compound verb does
    return gone


# The time a thing takes is reported after a verb of taking (只用了25天, 最快只需36小时, 压缩到平均
# 15个工作日) or as the span within which it is done (平均2小时内派单处置).
_TAKING = re.compile(
    r"(?:用了|用时|耗时|花了|[仅只才共]用|只需要?|仅需要?|需要?|缩短到|缩短至|压缩到|压缩至|控制在|"
    r"(?P<waiting>等候|等待|轮候|排队))"
    r"(?:平均|不到|不足|约|仅|只|最快|最短)*$"
)
_FROM_TO = re.compile(r"从[^，,。；;从]{1,12}?到[^，,。；;]{1,14}?(?=只|仅|最|平均|共|用|耗|花|需)")


# A span of time named by what it is the time of (建设期, 公示期, 缺陷责任期), not a word for
# when (同期, 近期, 学期, 一期) nor a deadline (限期).
_SPAN_NAMED = re.compile(
    r"[\u4e00-\u9fff]{2}(?<![同时近早后前中初末长短当本上下每分首一二三四五六七八九十星学假汛限])期$"
)
# A time a thing happens (上市时间, 收获期, 开工日期), which may come sooner or later.
_WHEN_NAMED = re.compile(r"(?:时间|日期|时节|期)$")
_COMPARED_AHEAD = re.compile(r"比[^，。；比]{1,12}(?:提前|提早)$")


def _work_before(context: _Sentence, floor: int, end: int) -> str | None:
    """烘干一批 (只需…): the clause's words before a verb of taking, when a verb opens them
    and they hold no figure; a time word first (现在, 过去) is when, not what."""
    words = [t for t in context.tokens if floor <= t.start and t.end <= end]
    while words and ((words[0].pos or "") in ("t", "d", "c", "p") or words[0].text in _WHEN_WORDS):
        words.pop(0)
    text = "".join(t.text for t in words)
    if not words or not (words[0].pos or "").startswith("v") or not _ALL_HAN.fullmatch(text):
        return None
    if any(c in text for c in "这那此"):
        return None  # 盖那一间用了两个月: work pointed at, as a speaker does, names no measure
    return text if 2 < len(text) <= _SHARED_MAX else None


_WHEN_WORDS = frozenset({"现在", "过去", "如今", "以前", "原来", "目前", "今年", "去年"})


def _time_taken(context: _Sentence, start: int, end: int, floor: int) -> str | None:
    """从报名到开班仅用了9天: the time from one step to another; 平均2小时内派单处置: the
    time a thing is done within. Named by the steps, or by what is done, and 用时."""
    sentence = context.sentence
    head = sentence[floor:start]
    taking = _TAKING.search(head)
    if taking:
        steps = list(_FROM_TO.finditer(head))
        if steps:
            return f"{steps[-1].group()}用时"
        done = subject_before(context.tokens, floor + taking.start(), floor=floor)
        if done and len(done) < 2:
            # 蒸完一锅只需8个小时: a noun of one character after a count is the work's object
            done = _work_before(context, floor, floor + taking.start()) or done
        if not done:
            waiting = taking.group("waiting")
            if waiting:
                return f"{waiting}时间"  # 平均需等候约11个月
            work = _work_before(context, floor, floor + taking.start())
            return f"{work}用时" if work else None  # 烘干一批只需10个小时
        return done if is_measure(done) else f"{done}用时"  # 审批时间压缩到…
    # 内 may have been read with the figure, as the bound it sets (2小时内).
    if sentence[end - 1 : end] == "内":
        within = end
    elif sentence.startswith("内", end):
        within = end + 1
    elif head.endswith("平均") and _verb_at(context, end):
        within = end  # 平均2.1天办结: the time each took, on average (not 平均3天一次)
    else:
        return None
    # The time things took: on average (平均2小时内派单处置), or all of them (6小时内全部恢复);
    # not a time limit set (5个工作日内办结审批) nor the span of a plan (两年内下降50%).
    done = _ALL_HAN.match(sentence, within)
    if done is None or sentence[start - 1 : end].endswith(("年内", "年")):
        return None
    averaged = head.endswith("平均") or done.group().startswith(_ALL_DONE)
    # Work reported done within the time (24小时内完成抢修, 10日内履行完毕), where no rule or
    # plan sets it as a limit (须在5个工作日内完成, 力争3天内完成).
    completed = (
        (done.group().startswith(_COMPLETED) or done.group().endswith("完毕"))
        and not any(word in head for word in _LIMITING)
        and "工作日" not in sentence[start:end]  # 7个工作日内办结: a service's standard
    )
    averaged = averaged or completed
    words = done.group().removeprefix("就")
    return f"{words}用时" if averaged and 2 <= len(words) <= _DONE_WITHIN else None


def _verb_at(context: _Sentence, position: int) -> bool:
    """Whether the word starting at `position` in the sentence is a verb."""
    word = next((t for t in context.tokens if t.start == position), None)
    # (or the aim that opens a verb phrase: 3个村力争…)
    return word is not None and ((word.pos or "").startswith("v") or word.text in AIMS)


_ALL_DONE = ("全部", "均已", "全都", "均")
_COMPLETED = ("完成", "修复", "抢通", "解决")
_LIMITING = ("要求", "须", "应", "确保", "力争", "争取", "承诺", "规定", "限", "将", "计划", "必")
# Traces measured in a volume of air or water, the volume printed first (每立方米156微克).
_TRACES = ("微克", "毫克")
_PER_VOLUME = re.compile(r"每(立方米|升)(?=[约近]?\d)")
# Money set aside for a purpose, named before its amount (专项债, 衔接资金, 奖补资金).
_FUNDS = ("资金", "债", "债券", "贷款", "补贴", "补助", "奖补", "基金", "经费", "款", "转移支付")
# Verbs of money paid out, ending the phrase (投放, 拨付); and anywhere in it, of money lost to
# fraud, held back, recovered, given or made good (被骗去, 紧急止付).
_MONEY_VERBS = {"借": "借款", "赔": "亏损", "亏": "亏损", "花": "花费", "损失": "损失"}
# Money earned over what it was, borrowed, owed, lost or spent, or what each one earns, right
# before the sum (多卖了, 借了, 被欠了, 赔了, 他花, 每人每月能挣).
_PER_BASE = r"每(?:(?![能可])[\u4e00-\u9fff]){1,2}"  # 每斤, 每亩 (not 每斤能: a modal follows)
_AGAINST = r"[比较][^，。；\d]{1,6}?"  # 比往年
_MONEY_GAINED = re.compile(
    rf"(?<![可能])(?P<verb>(?:{_PER_BASE})?(?:平均)?(?:{_AGAINST})?[多少]卖"
    # (earned over before, per what or against what: 每斤多挣; a bare 多挣 is left to the words)
    rf"|(?:{_PER_BASE}(?:平均)?|{_AGAINST})[多少](?:赚|挣|收入|收)"
    r"|借|被欠|被拖欠|(?<![获理险])赔|亏|损失|(?<=[他她们家里])花"
    r"|(?:每人每[月年天季]|每[月天日]|人均|户均)[\u4e00-\u9fff]{0,2}?能?(?:挣|赚|拿))了?"
    r"\s*(?:约|近|超过?|逾)?\s*$"
)
_MOVED = re.compile(
    r"(?:投放|发放|兑付|拨付|兑现|放贷|编列|批出|报销|提取)$|"
    r"止付|冻结|追回|挽回|返还|退还|退赔|追缴|收缴|罚没|骗走|骗去|被骗|转走|捐赠|捐款|捐资|"
    r"募集|筹集|垫付|偿还|赔偿|追偿|寄回|汇回"
)
_MAY = re.compile(r"[可能会][\u4e00-\u9fff]{1,2}$")
_CLAUSE_OVER = re.compile(r"[，。；,;！？]|$")
_DONE_WITHIN = 6  # 2小时内派单处置: longer, what follows is a clause of its own
_ALL_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _noun(token: Token) -> bool:
    return (token.pos or "").startswith("n") and token.pos not in ("nr", "ns")


def _described_noun(context: _Sentence, position: int) -> str | None:
    """失能老人: a noun after the word that describes it, which the tagger takes for a verb."""
    words = [t for t in context.tokens if t.start >= position][:3]
    if len(words) < 2 or words[0].start != position or not (words[0].pos or "").startswith("v"):
        return None
    nouns = list(itertools.takewhile(lambda t: (t.pos or "").startswith("n"), words[1:]))
    return context.sentence[position : nouns[-1].end] if nouns else None


def _is_verb(context: _Sentence, words: str) -> bool:
    return context.tokenizer.tag_of(words).startswith("v")


def _with_listed(context: _Sentence, end: int, after: str | None) -> str | None:
    """150名高龄、失能老人: the nouns after a count may be a list, all of them counted."""
    sentence, position = context.sentence, end + len(after or "")
    if not after or not sentence.startswith(after, end):
        return after
    while sentence.startswith("、", position):
        item = subject_after(context.tokens, position + 1) or _described_noun(context, position + 1)
        if not item or not sentence.startswith(item, position + 1):
            break
        if find_numbers(sentence[position + 1 + len(item) : position + 2 + len(item)]):
            break  # 东川镇20个村、西河镇12个村: the label of the next figure
        after += "、" + item
        position += 1 + len(item)
    return after


# Quantities whose verb alone may say what they measure (硬化12公里, 节能1.6万吨标准煤).
_DONE_IN_AMOUNTS = frozenset({"length", "mass", "volume", "energy", "area", "percent"})
# …of which land and shares only by a verb of four characters or more (拆旧复垦412亩, 乡级统筹30%)
_DONE_IN_WORDS = frozenset({"area", "percent"})
# Work whose measure is the land it is done on: planting (种植, 扩种, 套种), turning over
# (流转), reclaiming (复垦) and afforesting (造林).
_LAND_WORK_NAMES = {"种": "种植", "栽": "栽种"}  # (a bare verb by its compound)
_LAND_WORK = re.compile(
    r"(?:(?:[扩改补套轮间复新播栽试]?种植?|栽植|栽种|[新补移]?栽)|流转|复垦|开垦|造林|植树|托管)$"
)
# Quantities a plant or a place handles in a day or a year (日处理污水1万吨, 年加工茶叶500吨).
_CAPACITIES = frozenset({"mass", "volume", "energy", "power"})
_PER_TIME = frozenset({"日", "年", "月", "每日", "每天", "每年", "每月", "日均", "年均"})


def _per_day_or_year(context: _Sentence, start: int, floor: int, before: str | None) -> str | None:
    """日烘干稻谷可达240吨: what is done in a day, with the day and the verb, not the goods
    alone, which say nothing of a capacity."""
    if not before:
        return None
    named = context.sentence.rfind(before, floor, start)
    previous = [t for t in context.tokens if floor <= t.start and t.end <= named]
    verb = previous.pop() if previous and (previous[-1].pos or "").startswith("v") else None
    if not previous or previous[-1].text not in _PER_TIME:
        return None
    if verb is None and not any(
        (t.pos or "").startswith("v")
        for t in context.tokens
        if named <= t.start < named + len(before)
    ):
        return None  # 年 before goods alone (年货): no work done in a year
    return context.sentence[previous[-1].start : named + len(before)]


# The sides of a thing a length measures when printed right before it: 桥长42米、宽6米.
_DIMENSIONS = frozenset("长宽高深厚")
# Earlier sides of the same thing before this one: 长42米、宽6米、 before 高3米.
_EARLIER_SIDES = re.compile(
    r"(?:[长宽高深厚][约近超达]?[\d.]+(?:公里|千米|厘米|毫米|米)[、，,]?)+$"
)


def _side_before(context: _Sentence, start: int) -> int | None:
    """Where a side's word stands alone right before the figure, perhaps over 约 (宽6米,
    长约12公里); None for the end of a verb (拓宽6米)."""
    side = start - 2 if context.sentence[start - 1 : start] in _ABOUT else start - 1
    alone = any(t.start == side and t.end <= side + 2 for t in context.tokens)  # 长/ or 长约/
    return side if alone and context.sentence[side : side + 1] in _DIMENSIONS else None


_ABOUT = frozenset("约近超达为")


# Classifiers of a stretch (这段长约38公里): the thing is named elsewhere, not before 长.
_COUNTED_STRETCHES = frozenset("段条座根道")


def _fused_side(context: _Sentence, start: int) -> Token | None:
    """A word of two characters ending in a side's word right before the figure (浪高, 水深),
    perhaps over 约; None for a verb's (拓宽, 加高)."""
    end = start - 1 if context.sentence[start - 1 : start] in _ABOUT else start
    return next(
        (
            t
            for t in context.tokens
            if t.end == end
            and len(t.text) == 2
            and _HAN_ONLY.fullmatch(t.text)
            and t.text[0] not in _COUNTED_STRETCHES
            and t.text[-1] in _DIMENSIONS
            and (t.pos or "") in ("a", "n")
        ),
        None,
    )


def _dimension(context: _Sentence, side: int, floor: int) -> str:
    """桥长42米、宽6米: the thing measured and the side, named once for all its sides."""
    earlier = _EARLIER_SIDES.search(context.sentence, 0, side)
    named_at = earlier.start() if earlier else side
    thing = subject_before(
        context.tokens,
        named_at,
        floor=min(floor, _clause_start(context.sentence, named_at)),
        not_subjects=context.place_spans,
    )
    return f"{thing or ''}{context.sentence[side]}"


def _existing(context: _Sentence, start: int, floor: int) -> str | None:
    """智慧农场在全省已经有40家: what exists somewhere is named before 在 and the place;
    调解中心已建成350多个: what was made, before the verb, when nothing follows the count."""
    there = _THERE_ARE.search(context.sentence, floor, start) or _HAS_MADE.search(
        context.sentence, floor, start
    )
    if there is None:
        return None
    return subject_before(
        context.tokens, there.start(), floor=floor, not_subjects=context.place_spans
    )


def _population(context: _Sentence, start: int, unit: str) -> str | None:
    """全村现有403户1806人, 全镇二百一十七户: households and people a unit has, counted after
    the unit (全村, 该镇, or its name) with nothing else named, are its 户数 and 人口."""
    measure = _POPULATION.get(unit)
    if measure is None:
        return None
    sentence = context.sentence
    opening = _clause_start(sentence, start)
    holder = _HOLDER.search(sentence, opening, start)
    if holder is not None:
        return holder.group("who") + measure
    for a, b in context.place_spans:
        if opening <= a and _HOLDING.fullmatch(sentence, b, start):
            return sentence[a:b] + measure
    governs = _GOVERNS.search(sentence, 0, start)
    if governs is not None and governs.end() == start:
        # 某村位于某镇北部，辖14个村民小组、612户2380人: what the place the sentence is about has
        named = [sentence[a:b] for a, b in context.place_spans if b <= governs.start()]
        return (named[0] if named else "") + measure
    return None


_POPULATION = {"户": "户数", "人": "人口"}
# What a unit governs, listed after 辖: its groups, then its households and people.
_GOVERNS = re.compile(
    r"(?:下辖|辖有|辖)(?:[0-9]+个[\u4e00-\u9fff]{2,6}[、，,])*(?:[0-9.,]+[户人])*"
)
# A count and what was done to those counted: 17户被取消资格.
_PASSIVE = re.compile(r"被([\u4e00-\u9fff]{2,12})(?=[，。；、,;]|$)")
_WITH = ("与", "同", "跟", "和", "为", "给", "向", "帮")
# What a count of people can be the size of: a team, a group (not 217户的门前卫生).
_GROUPS = ("队", "团", "组", "班", "协会", "团队", "队伍", "合作社")
_FOUNDING = re.compile(r"(?:设立|设置|成立|组建|建立|注入)了?")
# A conversion of the amount before it into another currency (约合新台币30亿元); 捐物折合46万元
# values goods, and counts.
_CONVERTED = re.compile(r"(?:约合|折合|约折合)(?:人民币|新台币|台币|港币|港元|美元|澳门币)[约近]?$")
# A price's unit printed before it (每斤8.5元, 每公斤在26元左右, 供暖价格每平方米29元): the
# weights, areas, volumes and energy prices are quoted by, then a few words that are no
# figure, no clause break and no comparison (每斤比市场价高出0.2元 is a difference, in 元).
# Areas, volumes and energy price heat, gas and power (供暖价格每平方米29元); a subsidy per
# unit (按每立方米200元给予补贴) is an amount given, in 元: those need a price named before.
_PER_WEIGHT = re.compile(
    r"(?:每(斤|公斤|千克|吨)|(?<=[价费租])[^，,。；;]{0,6}每(平方米|立方米|千瓦时|度))"
    r"(?!补贴|补助|奖补|奖励)[^\d，,。；;、：:（(比较高低增减提降涨跌多少]{0,4}$"
)


def _price_unit(sentence: str, position: int) -> tuple[str, int] | None:
    """The unit a price before `position` is quoted by (每斤, 每平方米) and where its 每 is."""
    match = _PER_WEIGHT.search(sentence, _clause_start(sentence, position), position)
    if match is None:
        return None
    group = 1 if match.group(1) else 2
    return match.group(group), match.start(group) - 1


# The currency an amount in 元 restates after it (8000万元人民币): part of the figure.
_CURRENCY = ("人民币",)
# Between the unit and the count: a verb of having, and the unit's other counts (403户1806人).
_HAVING = r"(?:现有|共有|总共有|拥有|有|共|计|总计|常住|户籍)*(?:[0-9.,，]+[户人])*"
_HOLDING = re.compile(_HAVING)
_HOLDER = re.compile(rf"(?P<who>[全该本][村镇乡县市区旗]|[全该本]社区){_HAVING}$")


def _those_who(context: _Sentence, start: int, floor: int) -> str | None:
    """入股合作社的有186户: those counted are named by the phrase before 的, without the
    scope and the time in front of it (全村, 今年以来, 其中), or by a noun after 的."""
    having = _OF_THOSE.search(context.sentence, floor, start)
    if having is None:
        return None
    if having.group("noun"):  # 化解的邻里纠纷有63起: the noun after 的 names them
        noun = having.group("noun")
        return noun if len(noun) >= 2 and noun not in LINKS else None
    return _phrase_of(context, having.end(), floor)


def _phrase_of(context: _Sentence, end: int, floor: int) -> str | None:
    """The phrase before the 的 that `end` follows (perhaps past 有 or 占), without the scope and
    the time in front of it: 入股合作社 in 全村入股合作社的有, 简办 in 其中简办的占."""
    of = context.sentence.rfind("的", floor, end)
    if of < 0 or not _OF_LINK.fullmatch(context.sentence, of + 1, end):
        return None
    words = [t for t in context.tokens if floor <= t.start and t.end <= of]
    while words and (
        (words[0].pos or "") in ("t", "ns", "s", "r", "c", "p", "d")
        or any(a <= words[0].start < b for a, b in context.place_spans)
        or _SCOPE.fullmatch(words[0].text)
        or words[0].text.endswith("以来")
    ):
        words.pop(0)
    phrase = "".join(t.text for t in words)
    return phrase if 2 <= len(phrase) <= MAX_THOSE and not _CLAUSE_MARK.search(phrase) else None


_SHARE_REACHED = re.compile(r"(?:达到|相当于|为)([^，,：:的\d]{1,8})的$")


def _share_of(context: _Sentence, start: int) -> str | None:
    """农业产值占全县生产总值的18%, 市场规模占全球近三成: a share is of the whole named
    after 占, and of the part named before it, when the clause names one."""
    sentence = context.sentence
    opening = max((m.end() for m in re.finditer("[，,：:]", sentence[:start])), default=0)
    share = sentence.rfind("占", opening, start)
    reached = _SHARE_REACHED.search(sentence, opening, start)
    if share < 0 and reached is not None:
        # 播种进度达到计划的74%: the share is of the whole after the verb, and the part is
        # what reached it.
        part = subject_before(
            context.tokens, reached.start(), floor=opening, not_subjects=context.place_spans
        )
        # 收入18.6亿元，为预算的102%: with no part in its clause, the figure before is.
        return f"{part or ''}占{reached.group(1)}比重"
    if share < 0 or sentence[share + 1 : share + 2] in ("比", "地"):  # 占比, 占地 measure
        return None
    if share + 1 == start:
        # 其中村级调解的占88.2%: no whole after 占; the part is named before it, past 的.
        part = _phrase_of(context, share, opening) or subject_before(
            context.tokens, share, floor=opening, not_subjects=context.place_spans
        )
        return f"{part}占比" if part else None
    bracket = sentence.find("（", share, start)  # 总量（1925亿元）的: the restated amount
    end = bracket if bracket > 0 else start - sentence[:start].endswith("的")
    whole = subject_before(context.tokens, end, floor=share + 1, not_subjects=context.place_spans)
    scope = sentence[share + 1 : end]
    if not whole and 1 < len(scope) <= 3:
        whole = scope  # 占全国近三成: the whole is the scope itself
    if not whole:
        return None
    part = subject_before(context.tokens, share, floor=opening, not_subjects=context.place_spans)
    share_word = "" if whole.endswith(SHARE_WORDS) else "比重"
    return f"{part or ''}占{whole}{share_word}"


def _rank(context: _Sentence, rank: re.Match[str], found: Sequence[Metric]) -> Metric | None:
    value = _rank_value(rank.group("n"))
    if value is None:
        return None
    start, end = context.start + rank.start(), context.start + rank.end()
    floor = max(
        [_clause_start(context.sentence, rank.start())]
        + [m.end - context.start for m in found if m.end <= start]
    )
    subject = subject_before(
        context.tokens, rank.start(), floor=floor, not_subjects=context.place_spans
    )
    if subject is None:
        # 生产总值同比增长7.8%、居全省第一位: the rank is of the figure just before it.
        subject = next(
            (
                m.subject
                for m in reversed(found)
                if m.end <= start and not context.text[m.end : start].strip("、，,； ")
            ),
            None,
        )
    period, p_start, p_end = _period(context.sentence[: rank.start()], context.published_on)
    within = rank.group("pre") == "前"  # 居全省前两位: second or better
    return Metric(
        start,
        end,
        rank.group(),
        subject,
        Decimal(value),
        "位",
        "rank",
        "under" if within else None,
        "前" if within else None,
        False,
        None,
        None,
        period,
        p_start,
        p_end,
        context.place_code(start, end),
        context.start,
        context.start + len(context.sentence),
    )


# A share with no whole named, right after a figure: ，占60.4%, ，约占三成.
_SHARE_ALONE = re.compile(r"[，,]\s*(?:约|共)?占(?:比)?(?:约|达|为)?$")
# What may stand between two counts of one group: nothing, or a word of summing.
_JOINED_COUNT = re.compile(r"(?:共|共计|合计|计)?")


def _measured_twice(text: str, first: Metric, second: Metric) -> bool:
    """低保对象1120户2034人, 医疗队2支共15人, 水鸟96种、2.1万只: one group counted twice;
    储能50兆瓦/200兆瓦时: one thing measured in two units. The second figure, naming nothing
    of its own, is of what the first is."""
    if first.unit == second.unit:
        return False
    between = text[first.end : second.start]
    counts = first.kind == second.kind == "count"
    return between in ("/", "／", "、") or (counts and _JOINED_COUNT.fullmatch(between) is not None)


_SHARE_NAMED = re.compile(r"占.*(?:比重|比例)$|占比$")


def _comparable(measured: Metric, change: Metric) -> bool:
    """Whether a change may be of what a figure before it measured: a share or points of
    anything, else a change in the figure's own unit (气温偏高1.8℃ is no change of a rainfall
    in 毫米), a price's per its weight."""
    if change.unit == "%" and measured.unit == "%" and _SHARE_NAMED.search(measured.subject or ""):
        return False  # 为预算的102%，同比增长5.8%: a share changes in points, the total in %
    if change.unit in ("%", "百分点"):
        return True
    return measured.unit == change.unit or (change.unit == "元" and measured.unit.startswith("元/"))


def _borrow_subjects(context: _Sentence, found: list[Metric]) -> list[Metric]:
    """A figure with no words of its own counts what a neighbour counts: 5类14个基本培训班次
    (the next figure's), 吞吐量92.04万吨，同比增长17.93% (the change of the figure before),
    口袋公园100个，到年底实际建成109个 (the figure before, in the same unit), and in a list
    分别增长了123.9%、85.2% the second is a change like the first."""
    result: list[Metric] = []
    for index, metric in enumerate(found):
        subject = metric.subject
        previous = result[-1] if result else None
        following = found[index + 1] if index + 1 < len(found) else None
        if previous and previous.unit == metric.unit and _listed(context, previous, metric):
            metric = replace(
                metric,
                subject=subject or previous.subject,
                is_change=metric.is_change or previous.is_change,
                direction=metric.direction or previous.direction,
                basis=metric.basis or previous.basis,
            )
            subject = metric.subject
        if (
            previous is not None
            and previous.unit == "户"
            and metric.unit in ("人", "口")
            and context.text[previous.end : metric.start].strip() in ("、", "，", ",")
        ):
            # 农牧户386户、1670人: the households, then the people living in them
            households = (previous.subject or "").removesuffix("户数").removesuffix("户")
            subject = households if households.endswith("人口") else f"{households}人口"
        if subject is None and following and following.start == metric.end:
            subject = following.subject
        if subject is None and following and following.unit == metric.unit:
            # 分别获得50万元、30万元、20万元经费: the list's figures all count what its last
            # names after it.
            subject = _named_after_list(context, found, index)
        if subject is None and previous and _measured_twice(context.text, previous, metric):
            subject = previous.subject
        if subject is None and previous and previous.unit == metric.unit:
            span = (previous.start, previous.end), (metric.start, metric.end)
            if ranged(context.text, *span):
                subject = previous.subject  # 300元至650元不等: both ends of one measure
        share = metric.unit == "%" and _SHARE_ALONE.search(
            context.text, max(0, metric.start - 4), metric.start
        )
        if subject is None and previous and previous.subject and share:
            # 其中物业投诉5000件，占62.5%: the share is of what the figure before counted
            subject = previous.subject + "占比"
        if subject and subject.startswith("占") and not subject.startswith("占比"):
            # 咖啡种植面积78万亩，占全省的56%: the part is what the figure before measured
            # (not the whole, restated in brackets: 占投资总额（205亿元）的40%).
            part = next(
                (m.subject for m in reversed(result) if m.subject and m.subject not in subject),
                None,
            )
            subject = (part or "") + subject
        if subject is None and (metric.is_change or _compares(context, metric)):
            measured = next(
                (m for m in reversed(result) if m.subject and _comparable(m, metric)), None
            )
            subject = measured.subject if measured else None
            subject = subject or _measure_before(context, metric.start - context.start)
            if measured and metric.unit == "元" and measured.unit.startswith("元/"):
                # 6.5元/斤，比去年高出1.2元: a rate's change is per the rate's unit too.
                metric = replace(metric, unit=measured.unit, kind=measured.kind)
        bare = metric.kind == "count" or _bare_clause(context, metric)
        if (
            subject is None
            and bare
            and previous
            and previous.is_change
            and (previous.unit, metric.unit) == ("百分点", "%")
        ):
            subject = previous.subject  # 覆盖率提高1.2个百分点，达到62.5%: the level reached
        if subject is None and bare and metric.kind not in ("duration", "rank"):
            # 生产总值突破5000亿元，达到5123.4亿元: a later figure in the same unit, its own
            # clause naming nothing, is of the same thing.
            subject = next(
                (
                    m.subject
                    for m in reversed(result)
                    if m.unit == metric.unit and m.subject and not _PRICED_PER.search(m.subject)
                ),
                None,
            )
        if subject is None and metric.kind == "count" and not _in_words(metric):
            # 升级改造3处, 一共化解了37件: with nothing else to go by, a count is of what the
            # verb before it did.
            position = metric.start - context.start
            floor = _clause_start(context.sentence, position)
            subject = verb_phrase_before(context.tokens, _past_aspect(context, position), floor)
            subject = None if subject in LINKS or subject in MAKING else subject
        result.append(replace(metric, subject=subject) if subject != metric.subject else metric)
    return result


# A price's subject names the unit it is quoted by (收购价（每斤）): no total in 元 is of it.
_PRICED_PER = re.compile(r"（每[^）]+）$")


def _past_aspect(context: _Sentence, position: int) -> int:
    """Where the verb before a figure ends, past 了 or 过 (化解了37件)."""
    for token in reversed([t for t in context.tokens if t.end <= position]):
        if token.text not in ("了", "过") or token.end != position:
            break
        position = token.start
    return position


def _compares(context: _Sentence, metric: Metric) -> bool:
    """A multiple (是三年前的5倍多, 增长近两倍) or a share compared with an earlier time (比去年
    多出约三成): of the measure the sentence gave before it."""
    position = metric.start - context.start
    clause = context.sentence[_clause_start(context.sentence, position) : position]
    return metric.unit == "倍" or (metric.unit == "%" and _COMPARISON.search(clause) is not None)


def _thresholds(context: _Sentence, found: list[Metric]) -> list[Metric]:
    """Bars that sort the things a later figure of the clause counts: 年收入超过30万元的村达到
    58个, 20万元以上的村占比75%. The bar is a limit, not an amount anyone has."""
    bars = [
        metric
        for metric in found
        if metric.qualifier_word in ("以上", "以下")
        # money only: 30万名以上劳动力, 九成以上农户 count (at least) those people
        and metric.kind == "money"
        and metric.subject
        and context.sentence.startswith(metric.subject, metric.end - context.start)
    ]  # 10亿元以上项目3个, 消除56人以上超大班额: the bar names the class right after it
    for metric, later in itertools.pairwise(found):
        after = metric.end - context.start
        between = context.sentence[after : later.start - context.start]
        if (
            metric not in bars
            and metric.qualifier_word in _THRESHOLD_WORDS
            and between.startswith("的")
            and not _CLAUSE_BREAK.search(between)
        ):
            bars.append(metric)
    return bars


_LAST_JOINERS = ("和", "与", "及", "以及")


_WHERE_LISTED = ("在", "于", "从", "向", "赴", "到")
# When and how soon, before 在 opens a list of where: 今年先在, 目前已在.
_WHERE_LEAD = re.compile(rf"^(?:{_PERIOD.pattern}|目前|现已)?(?:先|首先|率先|已经|已|还|又|将|拟)?")


def _sums_up(context: _Sentence, metric: Metric) -> bool:
    """宣传教育、治安联防、矛盾调处三条路径: a count in words of exactly the items listed just
    before it restates the list, it counts nothing new (but 食品、体育等16个类别 counts, and so
    do units of government counted bare: 湖南、四川、贵州三省 is how many provinces took
    part, where 东坪村、西坪村两个村 only names the two again)."""
    if metric.kind != "count" or not _in_words(metric) or metric.value > 20:
        return False
    position = metric.start - context.start
    if _DIVISIONS.fullmatch(metric.subject or "") and not metric.surface.endswith("个"):
        return False  # 湖南、四川、贵州三省 counts provinces; 甲村、乙村两个村 names them again
    sentence = context.sentence
    opening = max((m.end() for m in re.finditer("[，,。；;：:]", sentence[:position])), default=0)
    listed = sentence[opening:position]
    if _WHERE_LEAD.sub("", listed.lstrip(), count=1).startswith(_WHERE_LISTED):
        # 在甲村、乙村建成两处基地: the list says where, the count what; and 今年先在甲镇、乙镇
        # 两个镇试点 counts the towns the work is tried in
        return False
    # 环境整治、安全稳定和服务群众三块: the last item may be joined by 和, 与 or 及 (but in
    # 捕风伞和两个组合伞 the count opens the last item).
    joined = [
        t
        for t in context.tokens
        if opening <= t.start
        and t.end < position
        and t.text in _LAST_JOINERS
        and (t.pos or "") == "c"
    ]
    items = listed.count("、") + min(len(joined), 1) + 1
    return items >= 2 and items == metric.value


def _bare_clause(context: _Sentence, metric: Metric) -> bool:
    """The figure's clause says nothing before it but words of linking (，达到5123.4亿元)."""
    position = metric.start - context.start
    opening = _clause_start(context.sentence, position)
    return all(
        t.text in LINKS or (t.pos or "") in ("d", "p", "v", "t", "m", "x", "u", "uj", "ul")
        for t in context.tokens
        if opening <= t.start and t.end <= position
    )


def _listed(context: _Sentence, first: Metric, second: Metric) -> bool:
    return listed(context.text, (first.start, first.end), (second.start, second.end))


def _named_after_list(context: _Sentence, found: list[Metric], index: int) -> str | None:
    """The subject the last figure of a printed list names after it, for a figure of the list."""
    for before, after in itertools.pairwise(found[index:]):
        if after.unit != before.unit or not _listed(context, before, after):
            return None
        if after.subject is not None:
            named_after = context.text[after.end : after.end + len(after.subject) + 1]
            return after.subject if after.subject in named_after else None
    return None


def _runs(context: _Sentence, found: list[Metric]) -> list[list[int]]:
    """Indexes of the figures of each printed list (4.2%和6.8%), single figures included."""
    runs: list[list[int]] = []
    for index, metric in enumerate(found):
        if runs and _listed(context, found[runs[-1][-1]], metric):
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _item_labels(context: _Sentence, found: list[Metric]) -> list[Metric]:
    """其中闯红灯420起、电动车不戴头盔1900起: a list whose items are each a label and its figure,
    parted by 、, names each figure by its whole label, whatever its words (a verb's phrase as
    well as a noun). The first item's label is whole only after 其中 or 包括, which open it, as
    is that of a part alone that names nothing else."""
    result = list(found)
    sentence = context.sentence
    for index, metric in enumerate(found):
        position = metric.start - context.start
        previous = found[index - 1] if index else None
        following = found[index + 1] if index + 1 < len(found) else None
        listed = following is not None and sentence.startswith("、", metric.end - context.start)
        if previous is not None and sentence[previous.end - context.start : position].startswith(
            "、"
        ):
            opening = previous.end - context.start + 1
        elif listed or metric.subject is None:
            # the first of a list, or a part alone that names nothing else (其中重旱1.1万亩)
            opened = _ITEM_OPENING.search(sentence, 0, position)
            if opened is None or opened.end() <= _clause_start(sentence, position) - 1:
                continue
            opening = opened.end()
        else:
            continue
        label = _without_making(context, opening, position)
        if not _ITEM_LABEL.fullmatch(label) or _CHANGE.search(label) or metric.is_change:
            continue
        if any(a == opening and b == position for a, b in context.place_spans):
            continue  # 东川镇12名、西河镇9名: a place's figure, named by its list
        result[index] = replace(metric, subject=label)
    return result


def _without_making(context: _Sentence, start: int, end: int) -> str:
    """新增供热面积: the verb of making or linking before what is made names nothing of it
    (a word of its own: 超员载客 keeps its 超)."""
    first = next((t for t in context.tokens if t.start == start), None)
    if first is not None and first.end < end and (first.text in MAKING or first.text in LINKS):
        start = first.end
    return context.sentence[start:end]


# What opens a list of labelled figures: 其中 (其中闯红灯420起、…), 包括.
_ITEM_OPENING = re.compile(r"(?:其中|包括)[：:，,]?")
_ITEM_LABEL = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _respective_subjects(context: _Sentence, found: list[Metric]) -> list[Metric]:
    """In a 分别 list each figure belongs to one of the things named before it, in order:
    the nouns listed before 分别 (粮食产量和产值同比分别增长4.2%和6.8%), else the figures
    just before (客运量3亿人次、货运量5亿吨，同比分别增长6%和9%)."""
    result = list(found)
    sentence = context.sentence
    for run in _runs(context, found):
        first = found[run[0]].start - context.start
        word = respectively(sentence, _clause_start(sentence, first), first)
        if len(run) < 2 or word is None:
            continue
        opening = max((m.end() for m in _PHRASE_BREAK.finditer(sentence, 0, word)), default=0)
        subjects = _listed_nouns(context, opening, word)
        earlier = [m.subject for m in result[: run[0]]]
        if len(subjects) != len(run) and len(earlier) >= len(run) and all(earlier[-len(run) :]):
            subjects = earlier[-len(run) :]
        if len(subjects) != len(run) and not any(result[i].subject for i in run):
            shared = _shared_subject(context, sentence[opening:word], result[run[-1]])
            subjects = [shared] * len(run) if shared else subjects
        if len(subjects) == len(run):
            for index, subject in zip(run, subjects, strict=True):
                result[index] = replace(result[index], subject=subject)
    return result


def _shared_subject(context: _Sentence, before: str, last: Metric) -> str | None:
    """One measure named for a whole 分别 list: before 分别 (得分分别为94.2分、92.8分), or after
    the last figure (分别给予8万元、6万元奖补资金)."""
    named = before.strip().rsplit("的", 1)[-1]  # 两个村的测评得分: whose, then what
    if 2 <= len(named) <= _SHARED_MAX and _HAN_ONLY.fullmatch(named):
        return named
    end = last.end - context.start
    after = subject_after(context.tokens, end, verbal=True)
    if after:
        return after
    # 以奖代补资金: a set phrase the tagger cuts up, ending in the noun that names the sum.
    phrase = _HAN_ONLY.match(context.sentence, end)
    if phrase is None or not 2 <= len(phrase.group()) <= _SHARED_MAX:
        return None
    tail = [t for t in context.tokens if phrase.start() <= t.start and t.end <= phrase.end()]
    return phrase.group() if tail and (tail[-1].pos or "").startswith("n") else None


_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_HAN_TAIL = re.compile(r"[\u4e00-\u9fff]{2,6}$")
_SHARED_MAX = 8


def _listed_nouns(context: _Sentence, start: int, end: int) -> list[str | None]:
    """The things a list names between `start` and `end`, the head of the last one shared by
    all: 对甲国、乙国出口 → 甲国出口, 乙国出口; 小学、初中、高中在校生 → 小学在校生, …;
    一、二、三产业增加值 → 一产业增加值, …."""
    tokens = [t for t in context.tokens if t.start >= start and t.end <= end]
    pieces: list[list[Token]] = [[]]
    for token in tokens:
        if token.text in LIST_WORDS:
            pieces.append([])
        else:
            pieces[-1].append(token)
    for piece in pieces:
        while piece and (
            _scope(context, piece[0]) or (piece[0].pos or "") in ("p", "d", "c", "r", "t", "x")
        ):
            piece.pop(0)  # 全市, 特别是对: where, when and towards, not what
        while piece and (piece[-1].text in LINKS or (piece[-1].pos or "") in ("d", "j")):
            piece.pop()  # 同比, 均
    if len(pieces) < 2 or not all(pieces):
        return []
    last, others = pieces[-1], pieces[:-1]
    head: list[Token] = []
    if len(last) > 1:
        # The last item's own word stands where the others' do: what follows it is shared.
        alike = all(len(p) == 1 and p[0].pos == last[0].pos for p in others)
        head = last[1:] if alike else last[-1:]
    shared = "".join(t.text for t in head)
    subjects: list[str | None] = []
    for piece in pieces:
        text: str | None = "".join(t.text for t in piece).replace(" ", "")
        if len(text) > MAX_BEFORE:  # 通过多种措施推动工业: a predicate, read back to its noun
            text = subject_before(
                context.tokens,
                piece[-1].end,
                floor=piece[0].start,
                not_subjects=context.place_spans,
            )
        own = not text or text.endswith(shared) or (is_measure(text) and piece is not last)
        subjects.append(text if own else text + shared)  # 粮食产量和农业产值: its own measure
    return subjects


def _scope(context: _Sentence, token: Token) -> bool:
    return token.text in LINKS or any(a <= token.start < b for a, b in context.place_spans)


def _every(context: _Sentence, found: list[Metric], skipped: list[Skipped]) -> list[Metric]:
    """每4个苹果中就有1个: the pair is one share (20%) of what the first figure counts. A 每
    figure without its pair is the base of a rate (每10户), not a count of its own."""
    result: list[Metric] = []
    used: set[int] = set()
    for index, base in enumerate(found):
        if index in used:
            continue
        if base.kind != "count" or not context.text[: base.start].endswith("每") or not base.value:
            result.append(base)
            continue
        part = next(
            (
                (i, m)
                for i, m in enumerate(found[index + 1 :], index + 1)
                if m.unit == base.unit
                and "有" in context.text[base.end : m.start]
                and not _CLAUSE_BREAK.search(context.text, base.end, m.start)
            ),
            None,
        )
        if part is None:
            skipped.append(Skipped(base.surface, base.start, base.end, "rate"))
            continue
        used.add(part[0])
        share = (part[1].value / base.value * 100).quantize(Decimal("0.01")).normalize()
        result.append(
            replace(
                base,
                start=base.start - 1,
                end=part[1].end,
                surface=context.text[base.start - 1 : part[1].end],
                value=share if share % 1 else share.quantize(Decimal(1)),
                unit="%",
                kind="percent",
            )
        )
    return result


def _from_to_subjects(context: _Sentence, found: list[Metric]) -> list[Metric]:
    """从A提高到B: both figures measure what is named before 从, A as it was and B as it
    became, told apart in the subject: 续航里程（原） and 续航里程（后）. A level left for one
    given in words (降到个位数) is the measure as it was."""
    result = list(found)
    for index in range(len(found) - 1):
        first, second = found[index], found[index + 1]
        if first.kind != second.kind:
            continue
        opening = from_to(
            context.text,
            (first.start, first.end),
            (second.start, second.end),
        )
        if opening is None or opening < context.start:
            continue
        position = opening - context.start
        floor = _clause_start(context.sentence, position)
        base = subject_before(
            context.tokens, position, floor=floor, not_subjects=context.place_spans
        )
        # (丧宴由30桌减至6桌: words the tagger reads as no noun phrase name it still)
        words = _HAN_TAIL.search(context.sentence, floor, position)
        base = base or (words.group() if words else None) or first.subject or second.subject
        # 办证时长：由45天缩短至18天: a line's label names what went from one to the other
        field = _FIELD_LEAD.match(context.sentence)
        cue = field is not None and _CUED.match(field.group("label").strip()) is not None
        # (收购价：每斤从35元涨到55元: the label's measure per what the base says)
        per = base if base and base.startswith("每") and _PER_WHAT.fullmatch(base) else ""
        led = field is not None and field.end() == position - len(per) and not cue
        if (not base or per) and led:
            base = _ENUMERATION.sub("", field.group("label")).strip() + per  # type: ignore[union-attr]
        if base:
            result[index] = replace(first, subject=f"{base}（原）")
            result[index + 1] = replace(second, subject=f"{base}（后）")
    for index, metric in enumerate(result):
        if metric.subject and metric.subject.endswith(("（原）", "（后）")):
            continue
        # 超时件从每月40多件降到个位数: the level left, the level reached told in words.
        opening = left_from(context.text, (metric.start, metric.end))
        if opening is None or opening < context.start:
            continue
        position = opening - context.start
        floor = _clause_start(context.sentence, position)
        base = subject_before(
            context.tokens, position, floor=floor, not_subjects=context.place_spans
        )
        # 超时件 (超时/b 件/q) is no noun phrase to the tagger: the words before 从 then.
        words = _HAN_TAIL.search(context.sentence, floor, position)
        base = base or (words.group() if words else None)
        if base:
            result[index] = replace(metric, subject=f"{base}（原）")
    return result


def _money_named_before(context: _Sentence, metric: Metric) -> str | None:
    """发放休渔补助2.4万元, 每台造价约62万元: the words right before a sum, which the tagger
    reads as verbs (补助, 造价), name the money; a link (达到, 约), an adverb or a count (每台)
    between them is passed over, and nothing else."""
    position = metric.start - context.start
    gained = _MONEY_GAINED.search(context.sentence, 0, position)
    if gained:
        # 多卖了2.6万元, 每斤多挣0.3元: what was earned over before; 借了4万元: a loan;
        # 赔了3万多元: a loss; 每人每月能挣3500元: what each one earns
        verb = gained["verb"]
        if verb.endswith(("挣", "赚", "拿")) and verb[-2:-1] not in ("多", "少"):
            return verb.replace("能", "")[:-1] + "收入"  # 每人每月能挣: each one's income
        return _MONEY_VERBS.get(verb, verb.replace("能", ""))
    before = context.tokens_before(position)
    while before and (before[-1].text in LINKS or (before[-1].pos or "")[:1] in "dmrq"):
        before.pop()
    words: list[str] = []
    # (two such words at most, the first a verb too: 休渔/补助, not 县里/投入)
    while before and len(words) < 2 and _money_word(before[-1], verb=bool(words)):
        words.insert(0, before.pop().text)
    return "".join(words) or None


def _money_word(token: Token, *, verb: bool) -> bool:
    """A word that names a sum (补助, 造价, 租金), or the word before it (休渔): not a rate's
    每斤, a modal's 需付, nor a verb of what was done with it (选择, 调整, 给予)."""
    return (
        len(token.text) >= 2
        and _HAN_ONLY.fullmatch(token.text) is not None
        and not token.text.startswith(("每", "需", "要", "可", "能", "应"))
        and not token.text.endswith(_COMPLEMENTS)
        and token.text not in LINKS
        and token.text not in MAKING
        and (token.pos or "")[:1] in (("v",) if verb else ("v", "n"))
        and (verb or token.text.endswith(_MONEY_ENDINGS))
    )


# How the words that name a sum end: a grant, a price, a payment, a fund, a cost.
_MONEY_ENDINGS = (
    *("补助", "补贴", "奖励", "奖补", "资助", "救助", "造价", "投资", "投入", "成本", "收入"),
    *("支出", "利润", "经费", "费", "价", "款", "金", "额", "资", "租", "薪", "税"),
)


_COMPLEMENTS = tuple("出到了上下来去得成过于币")  # (…过, …于: a threshold; …币: the currency)


def _measure_before(context: _Sentence, position: int) -> str | None:
    """The last measure named earlier in the sentence: 全市食品出口额逆势上扬，同比增长84.7%."""
    return _last_named_before(context, position, lambda t: is_measure(t.text))


def _last_named_before(
    context: _Sentence, position: int, wanted: Callable[[Token], bool]
) -> str | None:
    """The noun phrase ending in the last word before `position` that is `wanted`."""
    for token in reversed([t for t in context.tokens if t.end <= position]):
        if wanted(token):
            return subject_before(
                context.tokens,
                token.end,
                floor=_clause_start(context.sentence, token.start),
                not_subjects=context.place_spans,
            )
    return None


def _rank_value(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return chinese_to_int(text)


def _period(
    before: str, published_on: dt.date | None
) -> tuple[str | None, dt.date | None, dt.date | None]:
    """The last period named before the figure in its sentence, with dates where known."""
    # 是去年的2.3倍, 比上年增长: a period after a word of comparison is the base, not when.
    matches = [
        m.group()
        for m in _PERIOD.finditer(before)
        if m.group() and before[max(0, m.start() - 1) : m.start()] not in _COMPARED
    ]
    if not matches:
        return None, None, None
    period = matches[-1]
    return period, *_period_dates(period, published_on)


def _period_dates(period: str, published: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    period = _in_figures(period)
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


def _in_figures(period: str) -> str:
    """The period with its year and months in figures: 二〇二四年一至九月 → 2024年1至9月."""
    period = re.sub(
        r"[〇○零一二三四五六七八九]{4}(?=年)", lambda m: m.group().translate(_DIGITS), period
    )
    return re.sub(
        r"(?:十[一二]?|[一二三四五六七八九])(?=(?:—|-|至|到|个)?月|—|-|至|到)",
        lambda m: str(chinese_to_int(m.group())),
        period,
    )


def _months(period: str) -> tuple[int, int] | None:
    quarters = {"一": 1, "二": 2, "三": 3, "四": 4}
    if "前三季度" in period:
        return 1, 9
    first_months = re.search(r"前(\d{1,2})个?月", period)
    if first_months and 1 <= int(first_months.group(1)) <= 12:
        return 1, int(first_months.group(1))
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
