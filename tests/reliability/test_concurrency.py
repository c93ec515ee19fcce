"""Versions of a file: which file a document is a version of, reverts, and concurrent version
changes, on both engines. Exactly one version of each file is current."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import Engine, text
from typer.testing import CliRunner

from govdb.cli import app
from govdb.ingest.load import store_document
from govdb.ingest.parsed import DocumentMeta
from govdb.ingest.pipeline import parse_document
from govdb.ingest.read import read_document
from govdb.ingest.runner import version_key

runner = CliRunner()


def _page(figure: int) -> str:
    return f"召陵镇\n\n大徐村西瓜大棚近{figure}个，带动周边农户增收。\n"


def _ingest(db_url: str, *paths: Path) -> str:
    result = runner.invoke(app, ["ingest", "--db", db_url, *map(str, paths)])
    assert 0 == result.exit_code, result.output
    return result.output


def _current(engine: Engine) -> list[tuple[str, int]]:
    """(source_path, byte_size) of every current document."""
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "select source_path, raw_text from documents "
                "where superseded_by_id is null order by source_path, raw_text"
            )
        ).all()
    return [(path, raw) for path, raw in rows]


def test_files_of_the_same_name_in_different_folders_are_different_files(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    for day, figure in (("2025-11-01", 700), ("2025-11-02", 800)):
        (tmp_path / day).mkdir()
        (tmp_path / day / "01.txt").write_text(_page(figure), encoding="utf-8")
    # Given as files: both are shown as 01.txt, and both stay current.
    _ingest(db_url, tmp_path / "2025-11-01" / "01.txt", tmp_path / "2025-11-02" / "01.txt")
    assert 2 == len(_current(engine))
    # Folders named alike under different parents (a/issue, b/issue).
    for parent, figure in (("a", 500), ("b", 600)):
        (tmp_path / parent / "issue").mkdir(parents=True)
        (tmp_path / parent / "issue" / "01.txt").write_text(_page(figure), encoding="utf-8")
    _ingest(db_url, tmp_path / "a" / "issue", tmp_path / "b" / "issue")
    assert 4 == len(_current(engine))


def test_a_file_reached_through_its_folder_or_directly_is_one_file(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    issue = tmp_path / "issue"
    issue.mkdir()
    page = issue / "01.txt"
    page.write_text(_page(700), encoding="utf-8")
    _ingest(db_url, issue)
    page.write_text(_page(800), encoding="utf-8")
    _ingest(db_url, page)
    page.write_text(_page(900), encoding="utf-8")
    _ingest(db_url, tmp_path)  # through the parent folder
    current = _current(engine)
    assert 1 == len(current) and "900" in current[0][1]


def test_reverting_a_file_makes_the_older_version_current_again(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    page = tmp_path / "01.txt"
    page.write_text(_page(700), encoding="utf-8")
    _ingest(db_url, page)
    page.write_text(_page(800), encoding="utf-8")
    _ingest(db_url, page)
    page.write_text(_page(700), encoding="utf-8")
    output = _ingest(db_url, page)
    assert "1 restored" in output
    current = _current(engine)
    assert 1 == len(current) and "700" in current[0][1]
    with engine.connect() as connection:
        assert 2 == connection.execute(text("select count(*) from documents")).scalar_one()
    # Unchanged now: nothing more happens.
    assert "1 unchanged" in _ingest(db_url, page)


def test_concurrent_version_changes_leave_one_current_version(
    engine: Engine, tmp_path: Path
) -> None:
    """Two ingests store different versions of the same 12 files at the same moment."""
    files = 12
    versions = []
    for writer in range(2):
        for number in range(files):
            path = tmp_path / f"{writer}_{number}.txt"
            path.write_text(_page(1000 * writer + number + 1), encoding="utf-8")
            parsed = parse_document(read_document(path), f"{number}.txt", DocumentMeta())
            versions.append((writer, number, parsed))
    start = threading.Barrier(2)

    def write(writer: int) -> None:
        start.wait()
        for number, parsed in [(n, p) for w, n, p in versions if w == writer]:
            with engine.begin() as connection:
                store_document(connection, parsed, None, version_key(tmp_path, f"{number}.txt"))

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(write, range(2)))
    with engine.connect() as connection:
        counts = connection.execute(
            text(
                "select path_key, count(*) from documents where superseded_by_id is null "
                "group by path_key"
            )
        ).all()
    assert files == len(counts)
    assert all(1 == count for _, count in counts), counts
