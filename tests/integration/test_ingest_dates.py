"""Dates on both engines: read from the path, where each came from, updated on a second ingest of
the same bytes, and the timeline views by place and by outlet."""

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import Engine, text
from typer.testing import CliRunner

from govdb.cli import app
from govdb.ingest.runner import IngestOptions, ingest

runner = CliRunner()

# Two composed pages: a district's sorting stations, and a county's service stations.
PAGE_A = (
    "郾城区推进垃圾分类\n\n本报讯 今年上半年，漯河市郾城区推行“积分兑换”机制，"
    "全区新建分类驿站35个，服务居民1.2万户。\n"
)
PAGE_B = (
    "舞阳县新建便民服务站\n\n本报讯 今年以来，舞阳县侯集镇推行“积分兑换”机制，"
    "新建便民服务站12个。郾城区也在学习。\n"
)


def _archive(root: Path) -> Path:
    """archive/2025-11-30/01.txt and archive/2025-12/20251201_02.txt."""
    archive = root / "archive"
    for relative, page in (("2025-11-30/01.txt", PAGE_A), ("2025-12/20251201_02.txt", PAGE_B)):
        (archive / relative).parent.mkdir(parents=True, exist_ok=True)
        (archive / relative).write_text(page, encoding="utf-8")
    return archive


def _dates(engine: Engine) -> list[tuple[str, str | None, str | None, str | None]]:
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "select d.file_name, d.published_on, d.date_source, d.page_label"
                " from documents as d order by d.file_name"
            )
        ).all()
    return [(n, str(p) if p else None, s, page) for n, p, s, page in rows]


def _scalars(engine: Engine, query: str) -> list:
    with engine.connect() as connection:
        return list(connection.execute(text(query)).scalars())


def test_a_folder_laid_out_by_date_dates_its_files_from_the_path(
    engine: Engine, tmp_path: Path
) -> None:
    report = ingest(engine, [_archive(tmp_path)])
    assert ["archive/2025-11-30/01.txt", "archive/2025-12/20251201_02.txt"] == report.added
    assert [
        ("01.txt", "2025-11-30", "path", None),
        ("20251201_02.txt", "2025-12-01", "path", None),
    ] == _dates(engine)
    with engine.connect() as connection:
        rows = connection.execute(
            text("select document, published_on, date_source from v_articles order by document")
        ).all()
    assert [
        ("01.txt", dt.date(2025, 11, 30), "path"),
        ("20251201_02.txt", dt.date(2025, 12, 1), "path"),
    ] == [(d, p if isinstance(p, dt.date) else dt.date.fromisoformat(p), s) for d, p, s in rows]


def test_a_folder_given_by_its_dated_name_dates_its_files(engine: Engine, tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    ingest(engine, [archive / "2025-11-30"])
    ingest(engine, [archive / "2025-12" / "20251201_02.txt"])
    assert [
        ("01.txt", "2025-11-30", "path", None),
        ("20251201_02.txt", "2025-12-01", "path", None),
    ] == _dates(engine)


def test_the_date_option_beats_the_path(engine: Engine, tmp_path: Path) -> None:
    ingest(engine, [_archive(tmp_path)], IngestOptions(published_on=dt.date(2025, 10, 1)))
    assert [
        ("01.txt", "2025-10-01", "option", None),
        ("20251201_02.txt", "2025-10-01", "option", None),
    ] == _dates(engine)


def test_a_manifest_date_beats_the_path_and_a_changed_row_updates_it(
    engine: Engine, tmp_path: Path
) -> None:
    archive = _archive(tmp_path)
    manifest = archive / "2025-11-30" / "manifest.csv"
    manifest.write_text("file,source,published_on,page\n01.txt,,2025-11-29,\n", encoding="utf-8")
    ingest(engine, [archive])
    assert ("01.txt", "2025-11-29", "manifest", None) == _dates(engine)[0]

    manifest.write_text("file,source,published_on,page\n01.txt,,2025-11-28,02版\n", "utf-8")
    _forget_manifests()
    report = ingest(engine, [archive])
    assert (["archive/2025-11-30/01.txt"], ["archive/2025-12/20251201_02.txt"]) == (
        report.updated,
        report.unchanged,
    )
    assert ("01.txt", "2025-11-28", "manifest", "02版") == _dates(engine)[0]
    assert [] == ingest(engine, [archive]).updated

    # An explicit --date outranks the manifest, which then no longer moves it.
    ingest(engine, [archive / "2025-11-30" / "01.txt"], IngestOptions(published_on=_NOV_1))
    assert [] == ingest(engine, [archive]).updated
    assert ("01.txt", "2025-11-01", "option", "02版") == _dates(engine)[0]


_NOV_1 = dt.date(2025, 11, 1)


def _forget_manifests() -> None:
    """Manifests are read once per folder and process; a test that edits one starts afresh."""
    from govdb.ingest.manifest import _entries

    _entries.cache_clear()


def test_ingesting_stored_bytes_again_with_a_date_updates_them_and_says_so(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    flat = tmp_path / "flat"
    flat.mkdir()
    (flat / "01.txt").write_text(PAGE_A, encoding="utf-8")
    first = runner.invoke(app, ["ingest", "--db", db_url, str(flat)])
    assert "added 1 files, 0 unchanged, 0 failed" in first.output
    assert ("01.txt", None, None, None) == _dates(engine)[0]
    # Without a date, 今年上半年 has no year.
    assert [None, None] == _scalars(engine, "select period_start from metrics order by id")

    second = runner.invoke(app, ["ingest", "--db", db_url, str(flat), "--date", "2024-06-30"])
    assert second.exit_code == 0, second.output
    assert "added 0 files, 0 unchanged, 1 updated, 0 failed" in second.output
    assert ("01.txt", "2024-06-30", "option", None) == _dates(engine)[0]
    # Read again from the stored text with the date: the period now has its year.
    starts = _scalars(engine, "select period_start from metrics order by id")
    assert ["2024-01-01", "2024-01-01"] == [str(s) for s in starts]
    assert 1 == len(_scalars(engine, "select id from articles"))

    # Without options nothing changes, and a page alone is updated without reading again.
    third = runner.invoke(app, ["ingest", "--db", db_url, str(flat)])
    assert "added 0 files, 1 unchanged, 0 failed" in third.output
    # A mark that reading the text again would overwrite.
    with engine.begin() as connection:
        connection.execute(text("update articles set tokens = 'mark'"))
    result = runner.invoke(app, ["ingest", "--db", db_url, "--json", str(flat), "--page", "A3"])
    report = json.loads(result.stdout)
    assert (0, 0, 1, ["flat/01.txt"]) == (
        report["files_added"],
        report["files_unchanged"],
        report["files_updated"],
        report["updated"],
    )
    assert ("01.txt", "2024-06-30", "option", "A3") == _dates(engine)[0]
    assert ["mark"] == _scalars(engine, "select tokens from articles")
    # The run counts the updated file with the unchanged ones: its bytes were stored already.
    runs = _scalars(engine, "select files_unchanged from ingest_runs order by id")
    assert [0, 1, 1, 1] == runs


def test_a_path_date_fills_a_missing_date_but_never_replaces_one(
    engine: Engine, tmp_path: Path
) -> None:
    archive = _archive(tmp_path)
    flat = tmp_path / "flat"
    flat.mkdir()
    (flat / "01.txt").write_text(PAGE_A, encoding="utf-8")
    (flat / "02.txt").write_text(PAGE_B, encoding="utf-8")
    ingest(engine, [flat / "01.txt"])
    ingest(engine, [flat / "02.txt"], IngestOptions(published_on=_NOV_1))
    # The same bytes found again in the dated archive.
    report = ingest(engine, [archive])
    assert (["archive/2025-11-30/01.txt"], ["archive/2025-12/20251201_02.txt"]) == (
        report.updated,
        report.unchanged,
    )
    assert [("01.txt", "2025-11-30", "path", None), ("02.txt", "2025-11-01", "option", None)] == (
        _dates(engine)
    )


def test_a_dry_run_reports_the_update_and_stores_nothing(engine: Engine, tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    ingest(engine, [archive])
    options = IngestOptions(published_on=_NOV_1, source="漯河日报", dry_run=True)
    report = ingest(engine, [archive], options)
    assert 2 == len(report.updated)
    assert ("01.txt", "2025-11-30", "path", None) == _dates(engine)[0]
    assert [] == _scalars(engine, "select name from sources")


def test_the_timelines_count_each_place_and_outlet_by_date(engine: Engine, tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    ingest(engine, [archive / "2025-11-30"], IngestOptions(source="漯河日报"))
    ingest(engine, [archive / "2025-12"], IngestOptions(source="舞阳报"))
    # An undated page counts in neither view.
    undated = tmp_path / "undated"
    undated.mkdir()
    (undated / "03.txt").write_text(PAGE_A.replace("35", "36"), encoding="utf-8")
    ingest(engine, [undated], IngestOptions(source="漯河日报"))
    with engine.connect() as connection:
        places = connection.execute(
            text(
                "select place, place_level, place_code, adcode, published_on,"
                " articles, programs, metrics"
                " from v_place_timeline order by place_code, published_on"
            )
        ).all()
        outlets = connection.execute(
            text(
                "select source, published_on, documents, articles, places, programs, metrics"
                " from v_outlet_timeline order by source"
            )
        ).all()
        one_place = connection.execute(
            text("select published_on from v_place_timeline where place = '郾城区'")
        ).all()
    assert [
        ("漯河市", "city", "4111", "411100", "2025-11-30", 1, 1, 0),
        ("郾城区", "county", "411103", "411103", "2025-11-30", 1, 1, 2),
        ("郾城区", "county", "411103", "411103", "2025-12-01", 1, 1, 0),
        ("舞阳县", "county", "411121", "411121", "2025-12-01", 1, 1, 0),
        ("侯集镇", "town", "411121107", "411121", "2025-12-01", 1, 1, 1),
    ] == [(*row[:4], str(row[4]), *row[5:]) for row in places]
    assert [
        ("漯河日报", "2025-11-30", 1, 1, 2, 1, 2),
        ("舞阳报", "2025-12-01", 1, 1, 3, 1, 1),
    ] == [(row[0], str(row[1]), *row[2:]) for row in outlets]
    assert ["2025-11-30", "2025-12-01"] == sorted(str(row[0]) for row in one_place)
