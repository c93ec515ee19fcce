"""govdb.output: one engine's values print as the other's, data is never markup, never cut."""

import datetime as dt
import io
import json
from dataclasses import dataclass
from decimal import Decimal

import pytest
from rich.cells import cell_len

from govdb.output import plain, record_keys, write, write_hits

COLUMNS = ["place", "subject", "value", "is_change", "period_start", "note"]
# The same two rows as each engine's driver returns them from v_metrics-like columns.
SQLITE_ROWS = [
    ("召陵镇", "网格", 202, False, None, None),
    ("漯河市", "生产总值", 7.8, True, "2025-01-01", "同比, 上半年"),
]
POSTGRES_ROWS = [
    ("召陵镇", "网格", Decimal("202.000000"), False, None, None),
    ("漯河市", "生产总值", Decimal("7.800000"), True, dt.date(2025, 1, 1), "同比, 上半年"),
]


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """These variables make rich colour a file as if it were a terminal."""
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)


def render(columns, rows, format: str, **options) -> str:  # type: ignore[no-untyped-def]
    out = io.StringIO(newline="")
    write(columns, rows, format, out, **options)
    return out.getvalue()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("102.000000"), 102),
        (102, 102),
        (102.0, 102),
        (Decimal("7.800000"), 7.8),
        (7.8, 7.8),
        (Decimal("-0.000000"), 0),
        (Decimal("NaN"), "NaN"),
        (float("-inf"), "-Infinity"),
        (True, True),
        (None, None),
        (dt.date(2025, 11, 1), "2025-11-01"),
        (
            dt.datetime(2025, 11, 1, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=8))),
            "2025-11-01 08:30:00+08:00",
        ),
        (b"\x00\xff", "\\x00ff"),
        ([Decimal("1.500000"), None], [1.5, None]),
    ],
)
def test_plain_values_are_the_same_whichever_engine_gave_them(value, expected) -> None:  # type: ignore[no-untyped-def]
    result = plain(value)
    assert expected == result
    assert type(expected) is type(result)


@pytest.mark.parametrize("format", ["table", "csv", "tsv", "json", "ndjson"])
def test_sqlite_and_postgresql_values_print_byte_for_byte_the_same(format: str) -> None:
    sqlite = render(COLUMNS, SQLITE_ROWS, format, width=120)
    assert sqlite == render(COLUMNS, POSTGRES_ROWS, format, width=120)


def test_csv_quotes_per_rfc_4180_and_leaves_null_empty() -> None:
    expected = (
        "place,subject,value,is_change,period_start,note\r\n"
        "召陵镇,网格,202,false,,\r\n"
        '漯河市,生产总值,7.8,true,2025-01-01,"同比, 上半年"\r\n'
    )
    assert expected == render(COLUMNS, POSTGRES_ROWS, "csv")


def test_tsv_is_tab_separated_and_quotes_only_what_holds_a_tab_or_line_break() -> None:
    rows = [("a\tb", 'say "x"', "two\nlines", None)]
    expected = 'w\tx\ty\tz\n"a\tb"\t"say ""x"""\t"two\nlines"\t\n'
    assert expected == render(["w", "x", "y", "z"], rows, "tsv")


def test_json_is_a_list_of_objects_and_ndjson_one_object_a_line() -> None:
    assert (
        "[\n"
        " {\n"
        '  "place": "召陵镇",\n'
        '  "subject": "网格",\n'
        '  "value": 202,\n'
        '  "is_change": false,\n'
        '  "period_start": null,\n'
        '  "note": null\n'
        " },\n"
        " {\n"
        '  "place": "漯河市",\n'
        '  "subject": "生产总值",\n'
        '  "value": 7.8,\n'
        '  "is_change": true,\n'
        '  "period_start": "2025-01-01",\n'
        '  "note": "同比, 上半年"\n'
        " }\n"
        "]\n"
    ) == render(COLUMNS, POSTGRES_ROWS, "json")
    assert (
        '{"place":"召陵镇","subject":"网格","value":202,"is_change":false,'
        '"period_start":null,"note":null}\n'
        '{"place":"漯河市","subject":"生产总值","value":7.8,"is_change":true,'
        '"period_start":"2025-01-01","note":"同比, 上半年"}\n'
    ) == render(COLUMNS, POSTGRES_ROWS, "ndjson")


def test_an_empty_result_is_an_empty_list_or_a_header() -> None:
    assert "[]\n" == render(["n"], [], "json")
    assert "" == render(["n"], [], "ndjson")
    assert "n\r\n" == render(["n"], [], "csv")


def test_json_never_writes_nan_which_is_not_json() -> None:
    text = render(["x"], [(float("nan"),), (Decimal("Infinity"),)], "ndjson")
    assert '{"x":"NaN"}\n{"x":"Infinity"}\n' == text
    assert [{"x": "NaN"}, {"x": "Infinity"}] == [json.loads(line) for line in text.splitlines()]


def test_a_repeated_column_name_keeps_both_values_in_json() -> None:
    assert ["n", "n_2", "n_3", "m"] == record_keys(["n", "n", "n", "m"])
    assert '{"n":1,"n_2":2}\n' == render(["n", "n"], [(1, 2)], "ndjson")


def test_bom_starts_csv_and_tsv_with_the_utf8_byte_order_mark() -> None:
    assert b"\xef\xbb\xbfn\r\n\xe7\xbd\x91\xe6\xa0\xbc\r\n" == render(
        ["n"], [("网格",)], "csv", bom=True
    ).encode("utf-8")
    assert render(["n"], [], "tsv", bom=True).startswith("\ufeffn\n")
    with pytest.raises(ValueError, match="only written before csv or tsv"):
        render(["n"], [], "json", bom=True)


def test_the_table_prints_markup_and_emoji_codes_literally() -> None:
    rows = [("[/]", "[red]x[/red] :smile:")]
    assert (
        "┌─────┬──────────────────────┐\n"
        "│ a   │ b                    │\n"
        "├─────┼──────────────────────┤\n"
        "│ [/] │ [red]x[/red] :smile: │\n"
        "└─────┴──────────────────────┘\n"
        "(1 row)\n"
    ) == render(["a", "b"], rows, "table", width=40)


def test_the_table_shows_control_characters_instead_of_sending_them() -> None:
    text = render(["a"], [("\x1b[31mred\x07",)], "table", width=40)
    assert "│ ␛[31mred␇ │" in text
    assert "\x1b" not in text


def test_a_table_that_fits_right_aligns_numbers() -> None:
    assert (
        "┌────────┬──────────┬───────┬───────────┬──────────────┬──────────────┐\n"
        "│ place  │ subject  │ value │ is_change │ period_start │ note         │\n"
        "├────────┼──────────┼───────┼───────────┼──────────────┼──────────────┤\n"
        "│ 召陵镇 │ 网格     │   202 │ false     │              │              │\n"
        "│ 漯河市 │ 生产总值 │   7.8 │ true      │ 2025-01-01   │ 同比, 上半年 │\n"
        "└────────┴──────────┴───────┴───────────┴──────────────┴──────────────┘\n"
        "(2 rows)\n"
    ) == render(COLUMNS, POSTGRES_ROWS, "table", width=80)


def test_a_300_character_cell_wraps_and_is_never_shortened() -> None:
    long = "网格员" * 100  # 300 characters, 600 cells
    text = render(["n", "snippet"], [(1, long)], "table", width=80)
    lines = text.splitlines()
    assert all(cell_len(line) <= 80 for line in lines)
    assert "…" not in text
    inside = "".join(line.split("│")[2].strip() for line in lines if line.startswith("│"))
    assert "snippet" + long == inside


def test_columns_that_cannot_share_a_narrow_width_print_one_block_per_row() -> None:
    assert (
        "record 1 ───────────────────────────────\n"
        "place         召陵镇\n"
        "subject       网格\n"
        "value         202\n"
        "is_change     false\n"
        "period_start\n"
        "note\n"
        "record 2 ───────────────────────────────\n"
        "place         漯河市\n"
        "subject       生产总值\n"
        "value         7.8\n"
        "is_change     true\n"
        "period_start  2025-01-01\n"
        "note          同比, 上半年\n"
        "(2 rows)\n"
    ) == render(COLUMNS, POSTGRES_ROWS, "table", width=40)


def test_a_block_wraps_a_long_value_under_itself() -> None:
    text = render(["title", "snippet"], [("标题", "网格员" * 5)], "table", width=20)
    assert (
        "record 1 ───────────\n"
        "title    标题\n"
        "snippet  网格员网格\n"
        "         员网格员网\n"
        "         格员网格员\n"
        "(1 row)\n"
    ) == text


@dataclass
class FakeHit:
    article_id: int
    document: str
    title: str | None
    snippet: str
    highlights: tuple[tuple[int, int], ...]


def test_search_hits_print_titles_and_snippets_literally() -> None:
    out = io.StringIO()
    hits = [FakeHit(3, "a.txt", "[bold]标题[/]", "…划分[/]网格202个…", ((5, 7),))]
    write_hits(hits, out, width=40)
    assert "[bold]标题[/]  a.txt · article 3\n  …划分[/]网格202个…\n" == out.getvalue()
