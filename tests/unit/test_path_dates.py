"""Dates read from where a file is kept, and how a stored document's metadata is restated."""

import datetime as dt
from pathlib import Path

import pytest

from govdb.ingest.dates import path_date
from govdb.ingest.manifest import restate
from govdb.ingest.parsed import DocumentMeta
from govdb.ingest.runner import collect_inputs

NOV_30 = dt.date(2025, 11, 30)


@pytest.mark.parametrize(
    "path",
    [
        "2025-11-30/01.txt",
        "archive/2025/11/30/01.txt",
        "20251130/01.txt",
        "lhrb/20251130_01.txt",
        "2025-11-30-01.txt",
        "2025_11_30/a3.md",
        "2025.11.30.html",
        "漯河日报/2025年11月30日/第1版.txt",
        "漯河日报20251130.txt",
        # The same date twice is one date.
        "2025-11-30/20251130_01.txt",
    ],
)
def test_a_path_with_one_date_gives_it(path: str) -> None:
    assert NOV_30 == path_date(path)


@pytest.mark.parametrize(
    "path",
    [
        "01.txt",
        "issue/01.txt",
        # Two different dates: ambiguous.
        "2025-11-29/20251130_01.txt",
        "2025-11-30/2025-12-01.txt",
        # Not calendar dates, or years out of range.
        "2025-02-30/01.txt",
        "20251340_01.txt",
        "1900-01-01/01.txt",
        "2101-01-01/01.txt",
        # Digit runs longer than eight, or glued to letters (a hash, an identifier).
        "120251130/01.txt",
        "202511301.txt",
        "000_9ef20251130d40d.txt",
        "lhrb20251130.txt",
        # Mixed separators, one-digit months, a year and month only.
        "2025-11/30/01.txt",
        "2025-1-30.txt",
        "2025/11/01.txt",
        "x2025/11/30/01.txt",
    ],
)
def test_a_path_without_one_unambiguous_date_gives_none(path: str) -> None:
    assert path_date(path) is None


def test_an_invalid_date_does_not_make_a_valid_one_ambiguous() -> None:
    assert NOV_30 == path_date("20259999/2025-11-30/01.txt")


STORED = DocumentMeta("漯河日报", dt.date(2025, 11, 29), "01版", "masthead")


def test_nothing_stated_or_the_same_stated_changes_nothing() -> None:
    assert restate(STORED, DocumentMeta()) is None
    same = DocumentMeta("漯河日报", dt.date(2025, 11, 29), "01版", "option")
    assert restate(STORED, same) is None


def test_an_option_date_replaces_any_stored_date() -> None:
    for origin in ("option", "manifest", "path", "masthead", "unknown"):
        stored = DocumentMeta(None, dt.date(2025, 11, 29), None, origin)
        stated = DocumentMeta(published_on=NOV_30, date_source="option")
        assert DocumentMeta(None, NOV_30, None, "option") == restate(stored, stated)


def test_a_manifest_date_replaces_all_but_an_option_date() -> None:
    stated = DocumentMeta(published_on=NOV_30, date_source="manifest")
    for origin in ("manifest", "path", "masthead", "unknown"):
        stored = DocumentMeta(None, dt.date(2025, 11, 29), None, origin)
        assert DocumentMeta(None, NOV_30, None, "manifest") == restate(stored, stated)
    assert restate(DocumentMeta(None, dt.date(2025, 11, 29), None, "option"), stated) is None


def test_a_path_date_only_fills_a_missing_date() -> None:
    stated = DocumentMeta(published_on=NOV_30, date_source="path")
    assert restate(STORED, stated) is None
    undated = DocumentMeta("漯河日报", None, None, None)
    assert DocumentMeta("漯河日报", NOV_30, None, "path") == restate(undated, stated)


def test_an_outlet_or_page_given_replaces_the_stored_one_and_keeps_the_date() -> None:
    restated = restate(STORED, DocumentMeta(source="新华社", page_label="A3"))
    assert DocumentMeta("新华社", dt.date(2025, 11, 29), "A3", "masthead") == restated


def test_inputs_read_the_date_of_the_path_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = tmp_path / "archive" / "2025-11-30"
    (day / "a").mkdir(parents=True)
    (day / "a" / "01.txt").write_text("一", encoding="utf-8")
    (day / "03.txt").write_text("三", encoding="utf-8")
    (tmp_path / "archive" / "20251201_02.txt").write_text("二", encoding="utf-8")
    dates = {i.source_path: i.path_date for i in collect_inputs([tmp_path / "archive"])}
    expected = {
        "archive/2025-11-30/03.txt": NOV_30,
        "archive/2025-11-30/a/01.txt": NOV_30,
        "archive/20251201_02.txt": DEC_1,
    }
    assert expected == dates
    # Given as `.`, `..` or by a bare name inside the dated folder: the folder's name counts.
    monkeypatch.chdir(day)
    assert [NOV_30, NOV_30] == [i.path_date for i in collect_inputs([Path(".")])]
    assert [NOV_30] == [i.path_date for i in collect_inputs([Path("03.txt")])]
    # A folder given below the dated one, without it, holds no date.
    assert [None] == [i.path_date for i in collect_inputs([Path("a")])]
    monkeypatch.chdir(day / "a")
    assert [None] == [i.path_date for i in collect_inputs([Path("01.txt")])]
    assert [NOV_30, NOV_30] == [i.path_date for i in collect_inputs([Path("..")])]


DEC_1 = dt.date(2025, 12, 1)
