"""Query results as text, the same from SQLite and PostgreSQL: table, csv, tsv, json, ndjson.

Each engine's Python values are first made plain, the same way on both (`plain`):

- numbers: a whole number prints as one (PostgreSQL's NUMERIC 102.000000 and SQLite's 102 are
  both 102, an average of 3.0 is 3), any other as the shortest float that reads back the same
  (7.800000 and 7.8 are both 7.8); NaN and infinities, which JSON cannot hold, as the strings
  "NaN", "Infinity" and "-Infinity";
- booleans: true and false (SQLite's 0 and 1 arrive as bools from `govdb.query.run_query` for
  columns declared BOOLEAN);
- dates and times: ISO 8601 text (2025-11-01; a timestamp with a space before the time);
- NULL: null in JSON, an empty field in CSV and TSV, an empty cell in a table;
- arrays and JSON values: JSON; bytes: \\x and hex, as PostgreSQL prints bytea; anything else
  its text.

The table never reads the data as markup and never shortens a value: cells wrap, and when the
columns cannot share the width, each row is printed as a block of `column  value` lines.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol, TextIO

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

FORMATS = ("table", "csv", "tsv", "json", "ndjson")
DELIMITED = ("csv", "tsv")
BOM = "\ufeff"

# A column may be narrowed to this many cells (or its name's width, if wider) before the
# rows are printed as blocks instead: narrower, a table is harder to read than the blocks.
MIN_COLUMN_WIDTH = 12


def plain(value: object) -> object:
    """`value` as a JSON value, the same whichever engine it came from."""
    if value is None or isinstance(value, (bool, str, int)):
        return value
    if isinstance(value, Decimal):
        if not value.is_finite():
            return _non_finite(float(value))
        if value == value.to_integral_value():
            return int(value)
        return float(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return _non_finite(value)
        return int(value) if value.is_integer() else value
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "\\x" + bytes(value).hex()
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    return str(value)


def _non_finite(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    return "Infinity" if value > 0 else "-Infinity"


def plain_rows(rows: Sequence[Sequence[object]]) -> list[list[object]]:
    return [[plain(value) for value in row] for row in rows]


def field(value: object) -> str:
    """A plain value as the text of a CSV or TSV field or a table cell ('' for NULL)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)  # numbers as in JSON; arrays, objects


def record_keys(columns: Sequence[str]) -> list[str]:
    """Column names as JSON keys: a name that repeats (`select 1 as n, 2 as n`) gets _2, _3,
    so that no value is lost."""
    keys: list[str] = []
    for name in columns:
        key, number = name, 1
        while key in keys:
            number += 1
            key = f"{name}_{number}"
        keys.append(key)
    return keys


def write(
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    format: str,
    out: TextIO,
    *,
    bom: bool = False,
    width: int | None = None,
) -> None:
    """Write a result in `format` (one of FORMATS) to `out`; `bom` (CSV and TSV only) starts
    with a UTF-8 byte order mark, so that Excel reads the Chinese right; `width` is the
    table's, by default the terminal's."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}")
    if bom and format not in DELIMITED:
        raise ValueError("a byte order mark is only written before csv or tsv")
    values = plain_rows(rows)
    if format == "table":
        write_table(columns, values, out, width=width)
    elif format in DELIMITED:
        if bom:
            out.write(BOM)
        if format == "csv":
            writer = csv.writer(out, dialect="excel")  # RFC 4180: \r\n ends each line
        else:
            writer = csv.writer(out, dialect="excel-tab", lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([field(value) for value in row] for row in values)
    else:
        keys = record_keys(columns)
        records = [dict(zip(keys, row, strict=True)) for row in values]
        if format == "json":
            out.write(json.dumps(records, ensure_ascii=False, indent=1, allow_nan=False) + "\n")
        else:
            for record in records:
                line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
                out.write(line + "\n")


# Control characters would move the cursor or restyle the terminal: each is shown as one
# visible character instead (its Unicode control picture, ␛ for ESC), so offsets stay put.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"


def _shown(text: str) -> str:
    return _CONTROL.sub(_picture, text)


def _natural_width(text: str) -> int:
    return max((cell_len(line) for line in text.split("\n")), default=0)


def console_for(out: TextIO, width: int | None = None) -> Console:
    """A console that prints data as it is: no markup, no emoji codes, no highlighting."""
    return Console(
        file=out, width=width, markup=False, emoji=False, highlight=False, soft_wrap=False
    )


def write_table(
    columns: Sequence[str],
    values: Sequence[Sequence[object]],
    out: TextIO,
    *,
    width: int | None = None,
) -> None:
    """Plain values (`plain_rows`) as a table that fits `width`, or as one block per row."""
    console = console_for(out, width)
    available = console.width
    headers = [_shown(name) for name in columns]
    cells = [[_shown(field(value)) for value in row] for row in values]
    natural = [
        max([cell_len(name), *(_natural_width(row[i]) for row in cells)])
        for i, name in enumerate(headers)
    ]
    border = 3 * len(columns) + 1  # a rule and a space either side of each cell
    narrowest = [
        min(full, max(cell_len(name), MIN_COLUMN_WIDTH))
        for full, name in zip(natural, headers, strict=True)
    ]
    if columns and sum(narrowest) + border > available:
        _write_blocks(console, headers, cells)
    else:
        wraps = sum(natural) + border > available or any("\n" in c for row in cells for c in row)
        table = Table(box=box.SQUARE, show_lines=wraps, header_style="bold")
        for index, name in enumerate(headers):
            numeric = _is_numeric([row[index] for row in values])
            table.add_column(Text(name), justify="right" if numeric else "left", overflow="fold")
        for row in cells:
            table.add_row(*(Text(cell) for cell in row))
        console.print(table)
    count = len(cells)
    console.print(Text(f"({count} row{'' if count == 1 else 's'})"))


def _is_numeric(column: Sequence[object]) -> bool:
    present = [value for value in column if value is not None]
    return bool(present) and all(
        isinstance(value, (int, float)) and not isinstance(value, bool) for value in present
    )


def _write_blocks(console: Console, headers: Sequence[str], cells: Sequence[Sequence[str]]) -> None:
    """One block per row: a rule naming the record, then a `column  value` line per column."""
    for number, row in enumerate(cells, start=1):
        console.print(Rule(Text(f"record {number}"), align="left", characters="─", style=""))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", overflow="fold")
        grid.add_column(overflow="fold")
        for name, cell in zip(headers, row, strict=True):
            grid.add_row(Text(name), Text(cell))
        if console.is_terminal:
            console.print(grid)
            continue
        # In a file or a pipe, without the spaces that pad each line to the longest value.
        with console.capture() as captured:
            console.print(grid)
        console.file.write("\n".join(line.rstrip() for line in captured.get().split("\n")))


class Hit(Protocol):
    """What the highlighted search view needs of a hit (`govdb.search.Hit`)."""

    @property
    def article_id(self) -> int: ...
    @property
    def document(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def snippet(self) -> str: ...
    @property
    def highlights(self) -> tuple[tuple[int, int], ...]: ...


def write_hits(hits: Sequence[Hit], out: TextIO, *, width: int | None = None) -> None:
    """Search hits for reading: title, where it is from, and the snippet with the query's
    words highlighted; the text is never read as markup."""
    console = console_for(out, width)
    for hit in hits:
        heading = Text(_shown(hit.title or "(untitled)"), style="bold")
        heading.append(f"  {_shown(hit.document)} · article {hit.article_id}", style="dim")
        console.print(heading)
        line = Text("  " + _shown(hit.snippet))
        for start, end in hit.highlights:
            line.stylize("bold yellow", start + 2, end + 2)
        console.print(line)
