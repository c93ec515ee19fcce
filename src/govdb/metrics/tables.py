"""Tables printed as lines of text: a header of column names, then rows of a label and cells.

Notices, statistics releases and work reports print a table as text, the cells set apart by
runs of spaces, a tab or a full-width space (or a Markdown table's bars, | 街道 | 走访户数 |):

    街道      走访户数   收集诉求   办结率
    东关街道    320       46        97.8%
    西湖街道    285       39        100%

A row has no sentence punctuation, so read as prose it yields nothing. A table is told from
text that merely has wide spaces (an OCR page spaced inside words, a byline spaced to fill a
line) by its shape: a header of two or more names that are not quantities, then two or more
rows of as many cells (one more when the labels' column goes unnamed), each a label and its
values (after a row number under 序号), with a value column that holds a quantity in one
unit in every row.

Each quantity cell is a figure. What it counts is its column's name, less a time it opens with
(2024年完成数: 完成数, in 2024年); in a table of items (指标, 项目) it is the row's label, the
column saying when, or that the figure is a change (增长（%）). Its unit is the cell's own
(97.8%, 3.5万元), else its column's in brackets (金额（万元）, scaled), else its row's in a
单位 column, else the table's on a 单位：万元 line over it, else the counter its column's name
ends in (…户数: see `implied_unit`); a cell with none is left unread, not guessed.

Pure functions of the text: spans are offsets into it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from govdb.metrics.numbers import NumberMatch, find_numbers
from govdb.metrics.units import STORED_UNITS, UNITS, kind_of, unit_at

# What sets cells apart: two or more spaces of any kind, a tab, an ideographic space, or the
# bar of a Markdown table (| 街道 | 走访户数 |, or full-width: 街道｜走访户数), whose rule line
# under the header is passed over.
SEPARATOR = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]{2,}|[\t\u3000]")
_EDGE = " \t\u3000|｜"
LOOSE_SEPARATOR = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+")
# (a comma inside a quoted field is the field's own: 某镇,"品种甲,品种乙",120亩: see `_gaps`)
CSV_SEPARATOR = re.compile(r"[ \t]*,[ \t]*")
_QUOTED_FIELD = re.compile(r'"[^"\n]*"')
_RULE_LINE = re.compile(r"[ \t|:]*-{3,}[ \t|:-]*")
_SENTENCE_PUNCT = re.compile(r"[。，；！？,;!?]")
MIN_ROWS = 2
MAX_NAME = 16  # a column's name, unit included
MAX_LABEL = 20
MAX_CELL = 30
_SIGN = "-－−"
_UNIT_IN_NAME = re.compile(r"^(?P<name>.+?)\s*[（(](?P<unit>[^（）()]{1,8})[）)]$")
_UNIT_LINE = re.compile(
    # (closing the sentence that leads into the table: …分镇数据见下表（单位：头）：, or the
    # line of who drew it up and when, which normalising may glue to it: …2026年6月单位：株)
    r"[（(]?\s*单位\s*[：:]\s*(?P<unit>[^（）()\s、，,：:]{1,6})\s*[）)]?\s*[：:。]?\s*$"
)
_SCALES = {"万": Decimal(10**4), "亿": Decimal(10**8), "千": Decimal(1000), "百": Decimal(100)}
# Counters a column's name ends in before 数: 走访户数 is the number of households visited. Not
# every counter: 位数, 尾数, 分数 and 倍数 are words of their own (digits, a remainder, a score,
# a multiple).
_COUNTED = ("人次", "户次", "户", "人", "次", "件", "个", "家", "项", "名", "起", "例", "所", "座")
_COUNTED += ("台", "辆", "场", "条", "宗", "笔", "头", "只", "株", "棵", "艘", "匹", "箱", "套")
# Counters of times a thing was done, which end a column's name without 数 (出诊人次).
_TIMES = ("人次", "户次", "架次", "艘次", "批次")
# Units of government are counted bare in Chinese (东部8省市): their number, in 个.
_DIVISIONS = ("村", "社区", "镇", "乡", "街道", "县", "区", "市", "省")
# A total row: the whole the table is of, not a part of it.
TOTAL_LABEL = re.compile(r"^(?:合\s*计|总\s*计|总\s*数|全[省市区县镇乡]|全部|总体)$")
# What a table of items (rather than of places or bodies) calls its labels' column.
_ITEM_COLUMN = re.compile(r"^(?:指\s*标|项\s*目)(?:名称)?$|^名\s*称$")
# A first column of kinds: 来源, 类别, 品种 …
_KIND_COLUMN = re.compile(
    r"^[\u4e00-\u9fff]{0,4}?(?:来源|类别|类型|种类|分类|品种|品名|产业|行业|用途|方式|"
    r"物种|鱼种|树种|苗种|畜种|作物|规格|等级)$"
    # (or the items of one account: 分配项目, 支出项目 — 提取公积金, 股东分红)
    r"|^[\u4e00-\u9fff]{1,4}项目$"
)
# A column giving each row's unit (指标 单位 绝对数: 粮食产量 万吨 56.2).
_UNIT_COLUMN = re.compile(r"^(?:计量)?单\s*位$")
# A first column of row numbers: 序号 1, 2, 3 before the labels.
_NUMBER_COLUMN = re.compile(
    r"^(?:序\s*号|编\s*号|名\s*次|排\s*名|标的号|批次号)$"
)  # a ranking's place, too
_ROW_NUMBER = re.compile(r"\d{1,3}[.、]?|[A-Z]{1,3}-?\d{1,4}")  # (or a register's code: JC01)
# A first column whose numbers name what each row is of: 样点 1, 地块 2, 监测点 3, 批次 4.
_KEY = re.compile(r"\d{1,3}[.、]?|\d{1,3}[组队班]")  # 1, 2 or 1组, 2组 under such a column
_KEY_COLUMN = re.compile(r"[\u4e00-\u9fff]{0,4}(?:样点|样地|地块|点位|测点|监测点|批次|组别|组)")
# A column of changes: 增长（%）, 同比增速, 比上年±%.
_CHANGE_COLUMN = re.compile(
    r"增长|增速|增幅|增减|涨跌|同比|环比|[比较](?:上年|去年|上周|上期|上月|昨日|前日)|±"
)
_BASIS = re.compile(r"同比|环比")
# A column of how far each figure moved, with no unit of its own.
_BORROWS_UNIT = re.compile(
    r"^(?:(?:涨跌|增减|升降)(?:幅度|值)?|[比较](?:上周|上期|上月|昨日|前日|上年|去年|同期))$"
)


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...]
    start: int  # the line, without its indentation
    end: int
    label: int = 0  # which cell is the label: 1 after a row number (序号)

    @property
    def label_cell(self) -> Cell:
        return self.cells[self.label]

    @property
    def values(self) -> tuple[Cell, ...]:
        return self.cells[self.label + 1 :]


@dataclass(frozen=True, slots=True)
class Table:
    header: Row
    rows: tuple[Row, ...]
    lead: str  # the line before the header (its title, or the sentence announcing it)
    units: Row | None = None  # the header's second line, the units of its columns: （吨）

    @property
    def start(self) -> int:
        return self.header.start

    @property
    def end(self) -> int:
        return self.rows[-1].end

    @property
    def names(self) -> tuple[Cell, ...]:
        """The names of the value columns, the header's last ones."""
        width = len(self.rows[0].values)
        return self.header.cells[len(self.header.cells) - width :]

    @property
    def of_items(self) -> bool:
        """The labels are the things measured (指标, 项目), the columns how or when."""
        named = self.header.cells[: len(self.header.cells) - len(self.names)]
        return bool(named) and _ITEM_COLUMN.match(named[-1].text) is not None

    @property
    def of_kinds(self) -> bool:
        """The labels are kinds of one thing (来源: 资源发包, 物业租赁), each column measuring
        every kind: a figure measures its column's quantity for its row's kind."""
        named = self.header.cells[: len(self.header.cells) - len(self.names)]
        return bool(named) and _KIND_COLUMN.match(named[-1].text) is not None


@dataclass(frozen=True, slots=True)
class Quantity:
    number: NumberMatch  # offsets within the cell
    value: Decimal  # signed, scaled by the number's own 万 or 亿
    unit: str | None  # as printed in the cell (多 and 余 aside)
    qualifier_word: str | None  # 多 or 余 (320余, 1.2万多): over


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity cell read: what it counts, its value and unit, where it stands."""

    start: int  # the cell
    end: int
    surface: str
    subject: str
    value: Decimal
    unit: str
    kind: str
    qualifier_word: str | None  # 多 or 余: the figure is over its value
    row_start: int
    row_end: int
    label: Cell
    total: bool  # a 合计 row
    is_change: bool
    direction: str | None
    basis: str | None
    period: str | None  # a column named by a period (2024年, 1-9月): the raw name
    lead: str


def split_cells(
    text: str, start: int, end: int, *, loose: re.Pattern[str] | None = None
) -> Row | None:
    """The line text[start:end] as cells, or None for a line of fewer than two; `loose`, the
    separator of a table typed otherwise (single spaces, or commas as a CSV file has them)."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    cells: list[Cell] = []
    position = start
    for gap_start, gap_end in _gaps(text, start, end, loose or SEPARATOR):
        cells.append(Cell(text[position:gap_start], position, gap_start))
        position = gap_end
    cells.append(Cell(text[position:end], position, end))
    return Row(tuple(cells), start, end) if len(cells) >= 2 else None


def _gaps(text: str, start: int, end: int, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where `separator` parts text[start:end]; a CSV line's commas inside a quoted field are
    the field's own (found in one pass, whatever the line's length)."""
    gaps = [m.span() for m in separator.finditer(text, start, end)]
    if separator is not CSV_SEPARATOR or '"' not in text[start:end]:
        return gaps
    quoted = [m.span() for m in _QUOTED_FIELD.finditer(text, start, end)]
    kept, index = [], 0
    for gap in gaps:
        while index < len(quoted) and quoted[index][1] <= gap[0]:
            index += 1
        if index < len(quoted) and quoted[index][0] < gap[0] < quoted[index][1]:
            continue  # inside "…,…"
        kept.append(gap)
    return kept


# Words a cell may print around its figure: how exact it is (约, 近, 左右 …), and a price's
# weight before it (每斤3.2元: 3.2元/斤).
_CELL_BEFORE = re.compile(r"约|近|超过|超|逾|不足|不到")
_CELL_DONE = re.compile(r"完成|建成|新增|开通|改造|新建|培训|累计")
_FALLS = ("下跌", "下降", "减少", "降低", "回落")
_CELL_MOVED = re.compile("上涨|上升|增长|增加|提高|回升|" + "|".join(_FALLS))
_CELL_AFTER = ("左右", "上下", "以上", "以下")
# (a cell opening with the weight its price is quoted by: 每斤3.2元)
_CELL_PER_WEIGHT = re.compile(r"每(斤|公斤|千克|吨)")


def quantity(text: str) -> Quantity | None:
    """A cell that is a figure and nothing else: 320, 97.8%, 3.5万元, -2.3, 1.2万多, 约60户,
    9000亩左右, 每斤3.2元; not a year (2024年) nor a figure inside words."""
    sign = 1
    offset = 0
    word: str | None = None
    per = _CELL_PER_WEIGHT.match(text)
    if per:
        offset = per.end()
    done = _CELL_DONE.match(text, offset)
    if done and text[done.end() : done.end() + 1].isdigit():
        offset = done.end()  # 建成9处, 完成38.6公里: a progress cell says what was done
    before = _CELL_BEFORE.match(text, offset)
    if before:
        word, offset = before.group(), before.end()
    moved = _CELL_MOVED.match(text, offset)
    if moved and text[moved.end() : moved.end() + 1].isdigit():
        # 上涨2.2%, 下跌3.1%: a change cell saying its way in words, as a sign would
        sign, offset = (-1 if moved.group() in _FALLS else 1), moved.end()
    elif text[offset : offset + 1] in _SIGN + "↓" and text[offset + 1 : offset + 2].isdigit():
        sign, offset = -1, offset + 1  # (↓0.20: a fall, as a board's arrow marks it)
    elif text[offset : offset + 1] in "+＋↑" and text[offset + 1 : offset + 2].isdigit():
        offset += 1  # ＋5.6%: a rise, signed as a table prints it
    numbers = find_numbers(text[offset:])
    if len(numbers) != 1 or numbers[0].start != 0 or numbers[0].is_range:
        return None
    number = numbers[0]
    end = offset + number.end
    word = number.approx or word
    unit = unit_at(text, end)
    if unit is not None:
        if unit.start > end:
            word = text[end]  # 7万多人
        end = unit.end
    elif text[end : end + 1] in ("多", "余"):
        word, end = text[end], end + 1
    after = next((w for w in _CELL_AFTER if text.startswith(w, end)), None)
    if after and unit is not None:
        word, end = after, end + len(after)
    if end != len(text) or number.percent:
        return None
    if unit is not None and unit.text == "年" and re.fullmatch(r"\d{4}", number.surface):
        return None  # a year names a column, it measures nothing
    if not any(c.isdigit() for c in number.surface):
        return None  # 一, 十: numerals in words in a cell are words (一般, 十佳)
    if per and (unit is None or unit.text != "元"):
        return None  # 每斤 before anything but a price in 元
    shifted = NumberMatch(
        number.start + offset, number.end + offset, number.surface, number.value, None
    )
    unit_text = f"元/{per.group(1)}" if per else unit.text if unit else None
    return Quantity(shifted, sign * number.value, unit_text, word)


def _name_cell(cell: Cell) -> bool:
    text = cell.text
    return (
        0 < len(text) <= MAX_NAME
        and not _SENTENCE_PUNCT.search(text)
        and quantity(text) is None
        and not re.fullmatch(r"[\d\W_]+", text)
    )


def _label_cell(cell: Cell) -> bool:
    text = cell.text
    return (
        0 < len(text) <= MAX_LABEL
        and not _SENTENCE_PUNCT.search(text)
        and quantity(text) is None
        and re.search(r"[\u4e00-\u9fffA-Za-z]", text) is not None
    )


_PLACEHOLDERS = ("—", "-", "－", "/", "／", "——")


def _shaped(row: Row, width: int, numbered: bool, keyed: bool = False) -> Row | None:
    """The row with its label found, if it fits a table of `width` value columns: a label and
    the values, after a row number in a numbered table (whose total row has none). In a
    `keyed` table the label may be a number, the key its column's name gives meaning
    (样点 1, 2, 3: each sample point's figures)."""
    cells = row.cells
    if numbered and len(cells) == width + 2 and _ROW_NUMBER.fullmatch(cells[0].text):
        shaped = Row(cells, row.start, row.end, 1)
    elif len(cells) == width + 1 and (not numbered or TOTAL_LABEL.match(cells[0].text)):
        shaped = Row(cells, row.start, row.end, 0)
    elif (
        numbered
        and len(cells) == width + 2
        and TOTAL_LABEL.match(cells[0].text)
        and cells[1].text.strip() in ("", *_PLACEHOLDERS)
    ):
        # 合计｜　｜1450, 合计｜—｜1450: the total row's label in the numbers' column, the
        # labels' left blank
        shaped = Row((cells[0], *cells[2:]), row.start, row.end, 0)
    else:
        return None
    values = shaped.values
    key = keyed and _KEY.fullmatch(shaped.label_cell.text) is not None
    fits = (
        (_label_cell(shaped.label_cell) or key)
        and all(len(c.text) <= MAX_CELL for c in values)
        and any(quantity(c.text) is not None for c in values)
    )
    return shaped if fits else None


def line_spans(text: str) -> list[tuple[int, int]]:
    """Where each line of `text` starts and ends, line breaks left out."""
    spans, start = [], 0
    for match in re.finditer("\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def find_tables(text: str) -> list[Table]:
    """Every table printed in `text`, in order."""
    lines = line_spans(text)
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        table = (
            _table_at(text, lines, index)
            or _loose_table_at(text, lines, index)
            or _stacked_table_at(text, lines, index)
        )
        if table is None:
            index += 1
            continue
        tables.append(table)
        index = next(i for i, (_, end) in enumerate(lines) if end >= table.end) + 1
    return tables


def _loose_table_at(text: str, lines: list[tuple[int, int]], index: int) -> Table | None:
    """A table typed with single spaces (名次 乡镇 亩均税收 / 1 某镇 15.2万元) or saved as CSV
    (乡镇,幼儿园数(所) / 某镇,21): read as one only when its header and every row split into
    the same three or more cells."""
    for separator in (LOOSE_SEPARATOR, CSV_SEPARATOR):
        header = split_cells(text, *lines[index], loose=separator)
        if header is None or len(header.cells) < LOOSE_CELLS_MIN:
            continue
        rows = []
        for start, end in lines[index + 1 :]:
            row = split_cells(text, start, end, loose=separator)
            if row is None or len(row.cells) != len(header.cells):
                break
            rows.append(row)
        if len(rows) >= MIN_ROWS:
            return _table_at(text, lines, index, loose=separator)
    return None


LOOSE_CELLS_MIN = 3


def _stacked_table_at(text: str, lines: list[tuple[int, int]], index: int) -> Table | None:
    """A web table a scraper saved one cell a line: the header's names, then each row's label
    and its figures (乡镇 / 学校数（所） / 在校生（人） / 赵州镇 / 18 / 12640 / 范庄镇 / …)."""
    cells = []
    for start, end in lines[index:]:
        row = split_cells(text, start, end)
        if row is not None or start == end:
            break  # a line of several cells, or a blank one, ends the run
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        if end - start > max(MAX_CELL, MAX_NAME):
            break  # a line of prose
        cells.append(Cell(text[start:end], start, end))
    run = next((i for i, c in enumerate(cells) if not _name_cell(c)), len(cells))
    if (
        run >= LOOSE_CELLS_MIN
        and _NUMBER_COLUMN.match(cells[0].text)
        and run < len(cells)
        and _ROW_NUMBER.fullmatch(cells[run].text)
    ):
        # 序号 / 所在镇 / 企业名称 / 年产值 / 1 / 某镇 / 某公司 / 18600万元: each row opens
        # with its number, so the header is the whole run of names.
        rows = _stacked_rows(cells, run, 0, numbered=True)
        if len(rows) >= MIN_ROWS and _shared_quantity_column(rows):
            header = Row(tuple(cells[:run]), cells[0].start, cells[run - 1].end)
            lead = text[lines[index - 1][0] : lines[index - 1][1]].strip(_EDGE) if index else ""
            return Table(header, tuple(rows), lead)
    # The run of names is the header's, then the first row's words before its first figure:
    # its label, and perhaps a second column of words (项目区 / 建设地点 / 面积 …).
    for words in range(1, STACKED_WORDS_MAX + 1):
        names = run - words
        if names < LOOSE_CELLS_MIN or names <= words:
            break
        rows = _stacked_rows(cells, names, words)
        if len(rows) >= MIN_ROWS and _shared_quantity_column(rows):
            header = Row(tuple(cells[:names]), cells[0].start, cells[names - 1].end)
            lead = text[lines[index - 1][0] : lines[index - 1][1]].strip(_EDGE) if index else ""
            return Table(header, tuple(rows), lead)
    return None


STACKED_WORDS_MAX = 2


def _stacked_rows(
    cells: list[Cell], names: int, words: int, *, numbered: bool = False
) -> list[Row]:
    """The rows of a table saved a cell a line, `names` cells each: `words` cells of words,
    then figures; or, `numbered`, a row number, words, then figures only after the first."""
    rows: list[Row] = []
    for first in range(names, len(cells) - names + 1, names):
        group = cells[first : first + names]
        width = names - 2 if numbered else names - 1
        shaped = _shaped(Row(tuple(group), group[0].start, group[-1].end), width, numbered)
        if numbered and shaped is not None:
            figure = next((i for i, c in enumerate(group) if i and quantity(c.text)), None)
            fits = figure is not None and all(quantity(c.text) for c in group[figure:])
        else:
            fits = shaped is not None and all(quantity(c.text) for c in group[words:])
        if shaped is None or not fits:
            break
        rows.append(shaped)
    return rows


def _table_at(
    text: str, lines: list[tuple[int, int]], index: int, *, loose: re.Pattern[str] | None = None
) -> Table | None:
    header = split_cells(text, *lines[index], loose=loose)
    if header is None or not all(_name_cell(c) for c in header.cells):
        return None
    names = len(header.cells)
    numbered = _NUMBER_COLUMN.match(header.cells[0].text) is not None
    # (a first column named for what its numbers key, 样点 or 地块, over rows 1, 2, 3)
    keyed = not numbered and _KEY_COLUMN.fullmatch(header.cells[0].text) is not None
    # The value columns: all but the label's (and the row number's); the labels' column may
    # go unnamed, one name fewer than cells.
    widths = (names - 2,) if numbered else (names - 1, names)
    rows: list[Row] = []
    first = index + 1
    if first < len(lines) and _RULE_LINE.fullmatch(text, *lines[first]):
        first += 1  # | --- | --- |: a Markdown table's rule under its header
    units = _units_under(text, lines[first], header) if first < len(lines) and not loose else None
    if units is not None:
        # 粮食产量  蔬菜产量 / （吨）  （吨）: a header printed on two lines, the units under
        # the names of the value columns.
        header = _with_units(text, header, units)
        first += 1
    for start, end in lines[first:]:
        row = split_cells(text, start, end, loose=loose)
        if row and loose and len(row.cells) != names:
            break  # a single-spaced table's rows each fill every column
        if row and rows and not loose and _remarks_left_blank(row, rows):
            # 存款利息  326.50: a row may leave its last cells blank where they are words (a
            # remark), not where they are figures (a value missing is no row of the table).
            blank = Cell("", row.end, row.end)
            missing = len(rows[0].cells) - len(row.cells)
            row = Row(row.cells + (blank,) * missing, row.start, row.end)
        shaped = next(
            (r for width in widths if row and (r := _shaped(row, width, numbered, keyed))), None
        )
        if shaped is None and row is not None and (apart := _label_apart(row)) is not None:
            # 其中：散货 52.9万吨: a label set off from its first figure by one space only
            shaped = next((r for width in widths if (r := _shaped(apart, width, numbered))), None)
        if shaped is None:
            break
        widths = (len(shaped.values),)
        rows.append(shaped)
    if len(rows) < MIN_ROWS or not _shared_quantity_column(rows, _barred(text, header, rows)):
        return None
    lead = text[lines[index - 1][0] : lines[index - 1][1]].strip(_EDGE) if index else ""
    return Table(header, tuple(rows), lead, units)


_LABEL_AND_FIGURE = re.compile(r"(?P<label>\S*[^\d\s.,%％])[ \u3000](?P<figure>[约近超逾]?\d\S*)")


def _label_apart(row: Row) -> Row | None:
    """The row with its first cell cut in two where one space parts a label and a figure."""
    first = row.cells[0]
    match = _LABEL_AND_FIGURE.fullmatch(first.text)
    if match is None:
        return None
    label = Cell(match.group("label"), first.start, first.start + match.end("label"))
    figure = Cell(match.group("figure"), first.start + match.start("figure"), first.end)
    return Row((label, figure, *row.cells[1:]), row.start, row.end, row.label)


_BRACKETED_UNIT = re.compile(r"[（(][^（）()\s]{1,8}[）)]")


def _units_under(text: str, line: tuple[int, int], header: Row) -> Row | None:
    """The line under a header if it prints the units of its value columns: one each, or
    some of them, each printed under its column's name (2025年  2026年  增长（%） / （件）
    （件）). The units are kept as cells under the names they belong to."""
    start, end = line
    units = split_cells(text, start, end)
    if units is None:  # one column's unit alone
        stripped = text[start:end].strip(_EDGE)
        if not stripped:
            return None
        offset = text.index(stripped, start)
        cell = Cell(stripped, offset, offset + len(stripped))
        units = Row((cell,), cell.start, cell.end)
    if not all(_BRACKETED_UNIT.fullmatch(c.text) for c in units.cells):
        return None
    return units if _unit_columns(text, header, units) is not None else None


def _unit_columns(text: str, header: Row, units: Row) -> list[int] | None:
    """Which of the header's names each unit of the line under it belongs to: the last ones,
    one each (a label's column may go without); else those with no unit of their own, in
    order (2025年  2026年  增长（%） / （件）  （件）); else the names they stand under."""
    names = len(header.cells)
    if names - len(units.cells) in (0, 1):
        return list(range(names - len(units.cells), names))
    bare = [i for i, c in enumerate(header.cells) if i and not _UNIT_IN_NAME.match(c.text)]
    if len(bare) == len(units.cells):
        return bare
    under = [_column_under(text, header, unit) for unit in units.cells]
    if any(column is None or column == 0 for column in under) or len(set(under)) < len(under):
        return None
    return [column for column in under if column is not None]


def _with_units(text: str, header: Row, units: Row) -> Row:
    """The header with each value column's name followed by its unit: 粮食产量（吨）."""
    named = list(header.cells)
    for column, unit in zip(_unit_columns(text, header, units) or [], units.cells, strict=True):
        name = named[column]
        named[column] = Cell(name.text + unit.text, name.start, name.end)
    return Row(tuple(named), header.start, header.end)


def _column_under(text: str, header: Row, cell: Cell) -> int | None:
    """Which of the header's names `cell` is printed under, as a monospaced page sets them (a
    Chinese character two columns wide): the one starting where it starts, give or take."""
    at = _display_column(text, cell.start)
    starts = [_display_column(text, name.start) for name in header.cells]
    nearest = min(range(len(starts)), key=lambda i: abs(starts[i] - at))
    return nearest if abs(starts[nearest] - at) <= UNIT_ALIGNMENT else None


UNIT_ALIGNMENT = 2  # display columns a unit may stand off its column's name


def _display_column(text: str, position: int) -> int:
    line = text.rfind("\n", 0, position) + 1
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text[line:position])


def _remarks_left_blank(row: Row, rows: list[Row]) -> bool:
    width = len(rows[0].cells)
    return len(row.cells) < width and all(
        quantity(r.cells[index].text) is None
        for r in rows
        for index in range(len(row.cells), width)
    )


def _shared_quantity_column(rows: list[Row], barred: bool = False) -> bool:
    """Some column holds a quantity in every row, in one unit (or none): the rows line up
    under the header. Prose spaced apart by OCR may chance on a figure in the same place of a
    few lines, but hardly in the same unit (120公里, 456户, 30公顷). In a longer table one
    row may print its own (a board's 3.20元/棒 under prices by weight). Where bars rule the
    cells (or tabs), they line them up, and each row may count in its own unit (鲢鱼｜5万尾 over
    蟹苗｜300公斤)."""
    for index in range(len(rows[0].values)):
        found = [quantity(r.values[index].text) for r in rows]
        if not all(found):
            continue
        if barred:
            return True
        units = Counter(q.unit for q in found if q)
        most = units.most_common(1)[0][1]
        if most == len(rows) or (len(rows) >= ODD_UNIT_ROWS_MIN and most == len(rows) - 1):
            return True
    return False


ODD_UNIT_ROWS_MIN = 5  # rows of a table one of which may print a unit of its own


def _barred(text: str, header: Row, rows: list[Row]) -> bool:
    """Every line of the table sets its cells apart by bars (| or ｜) or tabs, which nobody
    types by chance (and which normalising leaves between the cells of a table it found)."""
    return all(re.search(r"[|｜\t]", text[r.start : r.end]) for r in (header, *rows))


def remarks(table: Table) -> list[Cell]:
    """The cells of words with a figure in them (门面14间, 保洁员4名 under 备注): prose,
    each read as a sentence of its own."""
    return [
        cell
        for row in table.rows
        for cell in row.values
        if cell.text and quantity(cell.text) is None and re.search(r"\d", cell.text)
    ]


_ONE_SEPARATOR = re.compile(r"[\s\u3000]*(?:[|｜][\s\u3000]*|(?:,[\s\u3000]*)+)?")


def separators(text: str) -> list[tuple[int, int]]:
    """The runs of space between the cells of every table in `text`."""
    gaps: list[tuple[int, int]] = []
    for table in find_tables(text):
        for row in (table.header, table.units, *table.rows):
            if row is None:
                continue
            pairs = zip(row.cells, row.cells[1:], strict=False)
            # A Markdown bar stays printed: it sets the cells apart as it is. A blank cell is
            # no gap's end, but in a CSV row (合计,,,3600亩) where its comma stands for it.
            gaps.extend(
                (a.end, b.start)
                for a, b in pairs
                if (b.text or "," in text[a.end : b.start])
                and "|" not in text[a.end : b.start]
                # (a total row's blank or dashed label, left out of its cells, stays printed)
                and _ONE_SEPARATOR.fullmatch(text, a.end, b.start)
            )
    return gaps


def column_unit(name: str) -> tuple[str, str | None, Decimal]:
    """A column's name without its bracketed unit, the unit and the scale it prints
    (金额（万元） → 金额, 元, 10000; 办结率（%） → 办结率, %, 1)."""
    match = _UNIT_IN_NAME.match(name)
    if match is None and name.endswith(("%", "％")) and len(name) > 1:
        return name[:-1].strip(), "%", Decimal(1)  # 同比增长%: a share's sign unbracketed
    if match is None:
        return name, None, Decimal(1)
    unit, scale = parse_unit(match.group("unit"))
    if unit is None:
        return name, None, Decimal(1)
    yielded = _PER_MU.fullmatch(unit)
    if yielded and _YIELD_NAME.search(match.group("name")):
        # 折合亩产（公斤/亩）: a yield, in the weight a sentence gives it (亩产695公斤)
        unit = yielded.group(1)
    return match.group("name").strip(), unit, scale


# A weight per mu, and a column's name that says it is so much a mu (亩产, 亩均产量, 单产).
_PER_MU = re.compile(r"(公斤|千克|斤|吨)/亩")
_YIELD_NAME = re.compile(r"亩产|亩均|单产")


def parse_unit(printed: str) -> tuple[str | None, Decimal]:
    """万元 → (元, 10000), 个 → (个, 1), % → (%, 1), 万吨 → (吨, 10000); (None, 1) otherwise."""
    printed = printed.strip()
    rate = _PRICE_RATE.fullmatch(printed)
    if rate:
        return f"元/{rate.group(1)}", Decimal(1)  # 价格(元/公斤): a price per weight
    if printed[:1] in ("万", "亿") and printed[1:] in UNITS:
        return printed[1:], _SCALES[printed[0]]
    if printed in UNITS:
        return printed, Decimal(1)
    if printed[:1] in _SCALES and printed[1:] in UNITS:
        return printed[1:], _SCALES[printed[0]]
    per = _PER_TIME_OR_HEAD.fullmatch(printed)
    if per:
        return parse_unit(per["unit"])  # 学费（元/学期）: a sum charged each term, in 元
    rate = _RATE.fullmatch(printed)
    if rate and rate["per"] in _PER_DAY:
        return parse_unit(rate["unit"])  # 处理规模（吨/日）: a day's amount, in 吨
    if rate and _measured_unit(rate["unit"]) and _measured_unit(rate["per"]):
        # 氨氮（毫克/升）: a concentration (but 户/人 is two counts, households and people)
        return f"{rate['unit']}/{rate['per']}", Decimal(1)
    return None, Decimal(1)


# A unit per another (毫克/升) or per a span of time (吨/日, 万千瓦时/年).
_RATE = re.compile(r"(?P<unit>[^/／\s]{1,4})\s*[/／]\s*(?P<per>[^/／\s]{1,3})")
_PER_DAY = frozenset({"日", "天", "年", "月"})


def _measured_unit(unit: str) -> bool:
    return UNITS.get(unit, "count") not in ("count", "money", "percent")


# A sum per term, per year or per person (元/学期, 万元/年, 元/人): the cells are sums in 元,
# each the rate its column names (a price per weight, 元/斤, stays one: see _PRICE_RATE).
_PER_TIME_OR_HEAD = re.compile(
    r"(?P<unit>[万亿]?元)\s*/\s*(?:学期|年|季度?|月|周|天|日|次|人|户|课时|节|期)"
)


def implied_unit(name: str) -> str | None:
    """The counter a column's name says (走访户数 → 户, 参与人数 → 人, 达标村数 → 个, 班级数 →
    个): a name ending in a counter and 数 is the number of those things, one ending in 人次
    counts those; a score's column (综合得分, 考核评分) counts points, and 名额 places for
    people."""
    if name.endswith(("得分", "评分", "积分")):
        return "分"
    if name.endswith("名额"):
        return "名"  # 招生名额: places for that many people
    if len(name) > 2 and name.endswith(_TIMES):
        return name[-2:]  # 接诊人次, 出诊人次: a count of visits names its own counter
    if not name.endswith("数") or len(name) < 2:
        return None
    counted = re.sub(r"[（(][^（）()]*[）)]", "", name[:-1])  # 村（社区）数: villages counted
    for counter in _COUNTED:
        if counted.endswith(counter):
            return counter
    if counted.endswith(_DIVISIONS):
        return "个"
    if len(counted) >= 2 and counted.endswith(_PEOPLE):
        return "人"  # 学生数, 志愿者数: people counted
    if (
        len(counted) >= 2
        # (面积亩数 counts 亩, no things; but 站点数, 网点数 count sites, no index's points)
        and (UNITS.get(counted[-1], "count") == "count" or counted.endswith("点"))
        and not name.endswith(_NOT_COUNTS)
    ):
        return "个"  # 班级数, 站点数: how many of a thing with no counter of its own
    return None


_PEOPLE = (*"者员生师工农童众", "干部", "代表", "老人", "儿童", "群众", "居民", "村民")
# Words ending in 数 that count nothing: a score, a multiple, a digit, an index, a reading.
_NOT_COUNTS = (
    "分数",
    "倍数",
    "位数",
    "尾数",
    "指数",
    "系数",
    "基数",
    "读数",
    "参数",
    "度数",
    "岁数",
)


def unit_line(line: str) -> bool:
    """单位：吨, （单位：万元）: a line of its own that gives the unit of the table under it,
    perhaps after when its figures hold from (（2026年12月起执行　单位：元/斤）)."""
    line = line.strip()
    match = _UNIT_LINE.search(line)
    if match is None or parse_unit(match["unit"])[0] is None:
        return False
    return match.start() == 0 or _FROM_WHEN.fullmatch(line, 0, match.start()) is not None


# When a table's figures hold from, before its unit in one bracket: （2026年12月起执行　单位：…）
_FROM_WHEN = re.compile(r"[（(][^（）()，。；：:]{2,20}(?:起|开始)(?:执行|施行|实行)?[\s　]*")


def table_unit(lead: str) -> tuple[str | None, Decimal]:
    """The unit a line over the table gives all its cells: 单位：万元, （单位：户）."""
    match = _UNIT_LINE.search(lead)
    return parse_unit(match.group("unit")) if match else (None, Decimal(1))


def figures(table: Table) -> tuple[list[Figure], list[tuple[Cell, str]]]:
    """The table's quantity cells as figures, and those left unread with why (no-unit: none
    printed or implied; no-subject: a column named only by its time, in a table of places).
    A cell's unit is its own, else its column's (in brackets), else its row's (a 单位
    column), else the table's (a 单位： line over it), else what the column's name implies."""
    names = table.names
    unit_column = next((i for i, c in enumerate(names) if _UNIT_COLUMN.match(c.text)), None)
    read: list[Figure] = []
    unread: list[tuple[Cell, str]] = []
    for row in table.rows:
        total = TOTAL_LABEL.match(row.label_cell.text) is not None
        default_unit, default_scale = table_unit(table.lead)
        if unit_column is not None:
            own_unit, own_scale = parse_unit(row.values[unit_column].text)
            if own_unit is not None:
                default_unit, default_scale = own_unit, own_scale
        _, label_unit, label_scale = column_unit(row.label_cell.text)
        if unit_column is None and label_unit is not None:
            default_unit, default_scale = label_unit, label_scale  # 就诊率（%）: the row's unit
        for index, (cell, column) in enumerate(zip(row.values, names, strict=True)):
            found = quantity(cell.text)
            if found is None:
                continue
            unit, scale = default_unit, default_scale
            if unit is None and index and _BORROWS_UNIT.search(column.text):
                # 价格（元/斤） 涨跌: how much a figure moved is in the unit of the column
                # before it, the figure's own
                _, unit, scale = column_unit(names[index - 1].text)
            figure = _figure(table, row, cell, column, found, total, unit, scale)
            if isinstance(figure, str):
                unread.append((cell, figure))
            else:
                read.append(figure)
    return read, unread


def _figure(
    table: Table,
    row: Row,
    cell: Cell,
    column: Cell,
    found: Quantity,
    total: bool,
    default_unit: str | None,
    default_scale: Decimal,
) -> Figure | str:
    """The cell as a figure, or why it is none (no-unit, no-subject)."""
    name, unit, scale = column_unit(column.text)
    value = found.value
    if found.unit is not None:
        unit, scale = found.unit, Decimal(1)  # the cell's own unit says it all
    elif unit is None and default_unit is not None:
        unit, scale = default_unit, default_scale
    elif unit is None:
        unit = implied_unit(name)
    if unit is None:
        return "no-unit"
    value = _plain(value * scale)
    label = row.label_cell
    items = table.of_items
    # 2024年, 2024年完成数: a column for a time; what it counts is the rest of its name.
    period = column_period(name)
    measure = name[len(period) :].strip() if period else name
    # (a table of kinds too: 品种 猪肉 with its 环比 and 同比 columns)
    # (or a signed cell under a change's name, in any table: +1.8万元 under 较上年)
    signed = cell.text[:1] in "+＋-－−" or _CELL_MOVED.match(cell.text) is not None
    change = (items or table.of_kinds or signed) and _CHANGE_COLUMN.search(name) is not None
    direction = None
    if change and value:
        # -3.4 under 增长（%） is a fall of 3.4%, stored as prose says it: 下降3.4%.
        direction = "down" if value < 0 else "up"
        value = abs(value)
    basis = _BASIS.search(name) if change else None
    # 其中：税收收入: a part of the row above, named by its own label, without its unit
    subject = _PART_OF.sub("", column_unit(label.text)[0] or label.text) if items else measure
    if items and total and measure:
        subject = measure + label.text  # 合计 under 名称, in 面积（亩）: 面积合计, not 合计
    if table.of_kinds and measure and TOTAL_LABEL.match(label.text) is None:
        subject = label.text + measure  # 资源发包 under 来源, in 金额（万元）: 资源发包金额
    elif table.of_kinds and period and TOTAL_LABEL.match(label.text) is None:
        subject = label.text  # 市容环境 under 事件类别, in 2025年（件）: that kind, that year
    if subject in _GENERIC_MEASURES and (kind := _kind_in_row(table, row)) is not None:
        subject = kind + subject  # 数量 beside 品种 中国沙棘: 中国沙棘数量, not any 数量
    elif (
        subject in _GENERIC_MEASURES
        and _WORDS.search(label.text)
        and len(label.text.strip()) <= _SHORT_LABEL
        and not items
        and not total
    ):
        subject = label.text + subject  # 人数 in the row of 东坪村: 东坪村人数, not any 人数
    if not subject:
        return "no-subject"  # 镇街 2023年 2024年: the table's lines leave the measure unsaid
    stored = STORED_UNITS.get(unit, unit)
    return Figure(
        start=cell.start,
        end=cell.end,
        surface=cell.text,
        subject=re.sub(r"\s+", "", subject),
        value=value,
        unit=stored,
        kind=kind_of(unit),
        qualifier_word=found.qualifier_word,
        row_start=row.start,
        row_end=row.end,
        label=label,
        total=total,
        is_change=change,
        direction=direction,
        basis=basis.group() if basis else None,
        period=period,
        lead=table.lead,
    )


# Names of a column that say how much but not of what: the row's kind says it (in words: a
# total row's dash names nothing).
_WORDS = re.compile(r"[\u4e00-\u9fff]")
_SHORT_LABEL = 5  # a row's name short enough to lead its measure (a village's, a group's)
_GENERIC_MEASURES = frozenset({"数量", "数目", "总数", "总量", "规模", "人数", "户数", "个数"})


def _kind_in_row(table: Table, row: Row) -> str | None:
    """The row's cell under a column of kinds (品种, 类别…), where it names one in words."""
    for cell, name in zip(row.values, table.names, strict=True):
        text = cell.text.strip()
        if _KIND_COLUMN.match(name.text) and _WORDS.search(text) and quantity(text) is None:
            return text
    return None


_PRICE_RATE = re.compile(r"元\s*[/／每]\s*(斤|公斤|千克|吨)")
_PART_OF = re.compile(r"^其中[：:]\s*")


# A column for a time: 2024年, 1-9月, 2024年上半年, 2024年增长（%）.
_PERIOD_NAME = re.compile(
    r"^(?:\d{4}年)?(?:\d{1,2}(?:—|-|至|到)\d{1,2}月|\d{1,2}月|上半年|下半年|前三季度|全年|"
    r"第?[一二三四]季度)?"
)


def column_period(name: str) -> str | None:
    """The period a column's name opens with, if any."""
    match = _PERIOD_NAME.match(name)
    period = match.group() if match else ""
    return period if any(c.isdigit() for c in period) else None


def _plain(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()
