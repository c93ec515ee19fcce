"""`govdb ingest` end to end: the seeds load the same on both engines, once, safely."""

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from typer.testing import CliRunner

from govdb.cli import app

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
runner = CliRunner()

COUNTED = (
    "documents",
    "articles",
    "sections",
    "paratexts",
    "sources",
    "places",
    "place_aliases",
    "place_mentions",
)


def _ingest(db_url: str, *args: str) -> dict:
    result = runner.invoke(app, ["ingest", "--db", db_url, "--json", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table: connection.execute(text(f"select count(*) from {table}")).scalar_one()
            for table in COUNTED
        }


@pytest.fixture(scope="module")
def seed_counts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    """The seeds loaded once into SQLite: the reference every engine must match."""
    path = tmp_path_factory.mktemp("reference") / "reference.sqlite"
    report = _ingest(f"sqlite:///{path}", str(SEEDS))
    assert 5 == report["files_added"]
    from govdb.db import make_engine

    engine = make_engine(f"sqlite:///{path}")
    try:
        return _counts(engine)
    finally:
        engine.dispose()


def test_the_seeds_load_with_identical_counts_on_both_engines(
    engine: Engine, db_url: str, seed_counts: dict[str, int]
) -> None:
    report = _ingest(db_url, str(SEEDS))
    assert (5, 0, 0) == (report["files_added"], report["files_unchanged"], report["files_failed"])
    assert seed_counts == _counts(engine)
    assert seed_counts["articles"] == report["articles"]


def test_ingesting_the_seeds_again_changes_nothing(
    engine: Engine, db_url: str, seed_counts: dict[str, int]
) -> None:
    _ingest(db_url, str(SEEDS))
    report = _ingest(db_url, str(SEEDS))
    assert (0, 5, 0) == (report["files_added"], report["files_unchanged"], report["files_failed"])
    assert seed_counts == _counts(engine)
    with engine.connect() as connection:
        runs = connection.execute(
            text("select files_added, files_unchanged from ingest_runs order by id")
        ).all()
    assert [(5, 0), (0, 5)] == [tuple(r) for r in runs]


def test_concurrent_ingests_store_each_document_once(
    engine: Engine, db_url: str, seed_counts: dict[str, int]
) -> None:
    command = [sys.executable, "-m", "govdb", "ingest", "--db", db_url, "--json", str(SEEDS)]
    with ThreadPoolExecutor(4) as pool:
        results = list(
            pool.map(
                lambda _: subprocess.run(command, capture_output=True, text=True, check=False),
                range(4),
            )
        )
    assert [0, 0, 0, 0] == [r.returncode for r in results], [r.stderr for r in results]
    added = sum(json.loads(r.stdout)["files_added"] for r in results)
    assert 5 == added
    assert seed_counts == _counts(engine)


def test_concurrent_first_ingests_into_a_new_database_store_each_document_once(
    empty_engine: Engine, seed_counts: dict[str, int]
) -> None:
    # The new database is made while the first files are parsed, by both runs at once.
    url = empty_engine.url.render_as_string(hide_password=False)
    command = [sys.executable, "-m", "govdb", "ingest", "--db", url, "--json", "--workers", "2"]
    with ThreadPoolExecutor(2) as pool:
        results = list(
            pool.map(
                lambda _: subprocess.run(
                    [*command, str(SEEDS)], capture_output=True, text=True, check=False
                ),
                range(2),
            )
        )
    assert [0, 0] == [r.returncode for r in results], [r.stderr for r in results]
    reports = [json.loads(r.stdout) for r in results]
    assert 5 == sum(r["files_added"] for r in reports)
    assert 10 == sum(r["files_added"] + r["files_unchanged"] for r in reports)
    assert seed_counts == _counts(empty_engine)


def test_a_changed_file_is_a_new_version_and_the_old_one_is_kept(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "issue"
    folder.mkdir()
    page = folder / "01.txt"
    page.write_text("标题一\n\n正文第一段，讲述召陵镇的故事。\n", encoding="utf-8")
    _ingest(db_url, str(folder))
    page.write_text("标题一\n\n正文第一段，讲述召陵镇的故事。补充一句。\n", encoding="utf-8")
    report = _ingest(db_url, str(folder))
    assert 1 == report["files_added"]
    with engine.connect() as connection:
        rows = connection.execute(
            text("select id, superseded_by_id from documents order by id")
        ).all()
        current = connection.execute(text("select count(*) from v_articles")).scalar_one()
    (_, old_successor), (new_id, new_successor) = rows
    assert (new_id, None) == (old_successor, new_successor)
    assert 1 == current


def test_a_bad_file_fails_alone_with_one_line_and_nothing_stored_is_lost(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("召陵镇\n\n大徐村西瓜大棚近700个。\n", encoding="utf-8")
    _ingest(db_url, str(good))
    before = _counts(engine)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    result = runner.invoke(app, ["ingest", "--db", db_url, str(tmp_path)])
    assert 1 == result.exit_code
    failures = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert 2 == len(failures), result.output
    assert any("empty.txt" in line for line in failures)
    assert any("picture.txt" in line for line in failures)
    assert "Traceback" not in result.output
    assert before == _counts(engine)


def test_a_missing_path_is_a_one_line_error(db_url: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", "--db", db_url, str(tmp_path / "nowhere")])
    assert 1 == result.exit_code
    assert result.output.startswith("govdb: error: no such file or folder:")


def test_dry_run_stores_nothing(engine: Engine, db_url: str) -> None:
    report = _ingest(db_url, "--dry-run", str(SEEDS))
    assert 5 == report["files_added"]
    assert 0 == _counts(engine)["documents"]


def test_search_finds_two_character_words_on_both_engines(engine: Engine, db_url: str) -> None:
    _ingest(db_url, str(SEEDS))
    from govdb.search import search

    hits = search(engine, "网格")
    assert hits
    assert all("网格" in hit.snippet for hit in hits)
    result = runner.invoke(app, ["search", "--db", db_url, "小吊瓜"])
    assert 0 == result.exit_code
    assert "小吊瓜" in result.output


def test_a_folder_of_awkward_files_loads_what_is_text(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    sentence = "漯河市舞陽縣賈湖遺址。今年是新中國成立75周年，改革攻堅力度不斷加大。\n"
    simplified = "召陵镇大徐村已有近700个西瓜大棚，村民实现亩产收入1.5万元以上。\n"
    files = {
        "big5.txt": sentence.encode("big5"),
        "gb18030.txt": simplified.encode("gb18030"),
        "utf16.txt": simplified.encode("utf-16"),
        "nul.txt": simplified.replace("大棚", "大\x00棚").encode(),
        "truncated.txt": (simplified + "瓜").encode()[:-1],
        "page.html": f"<html><body><h1>标题</h1><p>{simplified}</p></body></html>".encode(),
        "empty.txt": b"",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    report = _ingest(db_url, str(tmp_path))
    assert 6 == report["files_added"]
    assert [f"{tmp_path.name}/empty.txt: empty file"] == report["errors"]
    with engine.connect() as connection:
        rows = dict(connection.execute(text("select file_name, encoding from documents")).all())
        bodies = connection.execute(text("select body from articles")).scalars().all()
    assert {
        "big5.txt": "big5",
        "utf16.txt": "utf-16-le-bom",
        "nul.txt": "utf-8",
        "truncated.txt": "utf-8-truncated",
    } == {k: rows[k] for k in ("big5.txt", "utf16.txt", "nul.txt", "truncated.txt")}
    assert any("舞阳县贾湖遗址" in body for body in bodies)  # simplified for search
    assert not any("\x00" in body for body in bodies)


def test_seed_places_resolve_to_their_official_units(engine: Engine, db_url: str) -> None:
    _ingest(db_url, str(SEEDS))
    with engine.connect() as connection:
        mentions = connection.execute(
            text("select surface, place_code, place_path, method from v_place_mentions")
        ).all()
        rollup = connection.execute(
            text("select mention_count from v_place_rollup where place_code = '411104'")
        ).scalar_one()
        home = connection.execute(
            text("select p.code from sources s join places p on p.id = s.home_place_id")
        ).scalar_one()
    found = {(surface, code) for surface, code, _, _ in mentions}
    assert ("白庄村", "411104100229") in found
    assert ("经开区", "411171") in found and ("邓襄镇", "411171102") in found
    assert ("郏城区", "411103") in found  # printed 郟城區, one character off 郾城区
    assert ("空家郭镇", "411102102") in found
    paths = {surface: path for surface, _, path, _ in mentions}
    assert "河南省/漯河市/召陵区/召陵镇/大徐村" == paths["大徐村"]
    assert "河南省/漯河市/西城区" == paths["西城区"]  # Luohe's local zone, not Beijing's
    # 召陵区 rolls up its own mentions and those of its towns and villages.
    assert rollup > 5
    assert "4111" == home  # 漯河日报's home region, from its name


def test_the_same_initiative_in_several_seeds_is_one_program(engine: Engine, db_url: str) -> None:
    _ingest(db_url, str(SEEDS))
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "select p.name, d.file_name from program_mentions m"
                " join programs p on p.id = m.program_id"
                " join articles a on a.id = m.article_id"
                " join documents d on d.id = a.document_id"
            )
        ).all()
        cooccurring = connection.execute(
            text("select count(*) from v_program_cooccurrence where program = '党建+网格+大数据'")
        ).scalar_one()
    seen: dict[str, set[str]] = {}
    for name, file_name in rows:
        seen.setdefault(name, set()).add(file_name[:3])
    assert {"000", "001", "002"} <= seen["党建+网格+大数据"]
    assert {"003", "004"} == seen["三个五百亿项目"]
    assert {"000"} == seen["五星支部"]
    assert {"001"} == seen["六情直通、四级响应"]
    assert {"001"} == seen["15分钟便民生活圈"]
    assert {"002"} == seen["时间银行"] == seen["窗帘之约"] == seen["减县补乡"]
    assert not {"伤疤", "主心骨", "灵丹妙药"} & set(seen)
    assert cooccurring > 5


def test_seed_metrics_reach_the_views(engine: Engine, db_url: str) -> None:
    _ingest(db_url, str(SEEDS))
    with engine.connect() as connection:
        growth = connection.execute(
            text(
                "select value, unit, is_change, place_code, period from v_economic_indicators"
                " where subject = '生产总值' and unit = '%'"
            )
        ).one()
        grid = connection.execute(
            text("select value, place from v_grid_governance where subject = '专职网格员'")
        ).one()
        skipped = connection.execute(
            text("select count(*) from v_unresolved where item = 'number' and detail = 'date'")
        ).scalar_one()
    assert (Decimal("7.8"), "%", True, "4111", "今年上半年") == (
        Decimal(str(growth[0])),
        growth[1],
        bool(growth[2]),
        growth[3],
        growth[4],
    )
    assert (Decimal(167), "召陵镇") == (Decimal(str(grid[0])), grid[1])
    assert skipped > 20
