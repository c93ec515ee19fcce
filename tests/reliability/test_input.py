"""Hostile and unlucky input to `govdb ingest`: each bad input fails alone, on one line, the
other files still load, and both engines store the same thing."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from support import GOOD, ingest_cli, runner, stored_paths

from govdb.cli import app
from govdb.db import without_password
from govdb.ingest.load import fits, recorded_arguments
from govdb.models import Metric

# Case: file names that are not valid UTF-8 (GBK names from a Windows zip) gave a traceback.


def test_file_names_that_are_not_utf8_are_stored_escaped(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "zip"
    folder.mkdir()
    gbk = os.fsencode(folder) + b"/" + "漯河.txt".encode("gb18030")
    with open(gbk, "w", encoding="utf-8") as file:
        file.write(GOOD)
    code, failed, _ = ingest_cli("--db", db_url, str(folder))
    assert (0, []) == (code, failed)
    escaped = "".join(f"\\x{byte:02x}" for byte in "漯河".encode("gb18030")) + ".txt"
    assert [f"zip/{escaped}"] == stored_paths(engine)
    with engine.connect() as connection:
        name = connection.execute(text("select file_name from documents")).scalar_one()
        arguments = connection.execute(text("select arguments from ingest_runs")).scalar_one()
    assert escaped == name
    json.loads(arguments)  # stored, and readable


# Case: mysql://, a port that is not a number and --db "" gave tracebacks or wrote ./govdb.sqlite.


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://root:secret@127.0.0.1/govdb", "unsupported database URL 'mysql://root:***@"),
        ("postgresql://u@127.0.0.1:port/govdb", "the port must be a number"),
        ("", "--db is empty"),
        ("  ", "--db is empty"),
    ],
)
def test_unusable_database_urls_are_one_line_errors(
    url: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["ingest", "--db", url, "a.txt"])
    assert 1 == result.exit_code
    assert 1 == len(result.output.strip().splitlines()), result.output
    assert result.output.startswith("govdb: error: ") and message in result.output
    assert "secret" not in result.output
    assert ["a.txt"] == [p.name for p in tmp_path.iterdir()]  # no ./govdb.sqlite written


def test_a_plain_path_is_a_sqlite_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    code, failed, output = ingest_cli("--db", "mine.sqlite", "a.txt")
    assert (0, []) == (code, failed), output
    assert (tmp_path / "mine.sqlite").stat().st_size > 0


# Case: on PostgreSQL only, a long --page or --source, or a 200-digit number in the text, lost
# the document with a dump of the SQL; SQLite stored the same file.


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--page", "版" * 41, "--page is longer than 40 characters"),
        ("--source", "报" * 201, "--source is longer than 200 characters"),
    ],
)
def test_options_too_long_for_their_column_are_refused_up_front(
    engine: Engine, db_url: str, tmp_path: Path, option: str, value: str, message: str
) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    code, _, output = ingest_cli("--db", db_url, option, value, str(tmp_path / "a.txt"))
    assert 1 == code
    assert 1 == len(output.strip().splitlines())
    assert output.startswith(f"govdb: error: {message}")
    assert [] == stored_paths(engine)


def test_a_manifest_value_too_long_fails_its_file_alone(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD.replace("700", "800"), encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        f"file,source,published_on,page\na.txt,,,{'版' * 41}\nb.txt,,,01版\n", encoding="utf-8"
    )
    code, failed, _ = ingest_cli("--db", db_url, str(tmp_path))
    assert 1 == code
    reason = "manifest.csv: page is longer than 40 characters"
    assert 1 == len(failed) and failed[0].startswith(f"failed: {tmp_path.name}/a.txt: {reason}")
    assert [f"{tmp_path.name}/b.txt"] == stored_paths(engine)


def test_numbers_too_long_for_the_columns_do_not_cost_the_document(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    digits = "1" * 200
    (tmp_path / "a.txt").write_text(
        f"召陵镇\n\n大徐村西瓜大棚近{digits}个，全镇共有{digits * 2}亩耕地，同比增长{digits}%。"
        "带动周边200余户农户增收。\n",
        encoding="utf-8",
    )
    code, failed, _ = ingest_cli("--db", db_url, str(tmp_path / "a.txt"))
    assert (0, []) == (code, failed)
    with engine.connect() as connection:
        skipped = connection.execute(
            text("select reason, length(surface) from skipped_numbers order by start_char")
        ).all()
        metrics = connection.execute(text("select value from metrics")).scalars().all()
    assert 3 <= len([r for r, n in skipped if r in ("out-of-range", "too-large")])
    assert all(n <= 200 for _, n in skipped)
    assert [200] == [int(v) for v in metrics]


def test_a_metric_its_columns_cannot_hold_is_skipped_as_too_large() -> None:
    row = {"surface": "1" * 201, "subject": "耕地", "unit": "亩", "kind": "count"}
    assert not fits(Metric, row)
    assert fits(Metric, {**row, "surface": "1" * 200})


# Case: one bad manifest row failed every file of its folder; one missing path aborted the run.


def test_a_bad_manifest_row_fails_only_the_file_it_names(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    for name, figure in (("a.txt", 700), ("b.txt", 800), ("c.txt", 900)):
        (tmp_path / name).write_text(GOOD.replace("700", str(figure)), encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,source,published_on,page\n"
        "a.txt,漯河日报,13/5/2024,01版\n"
        "b.txt,漯河日报,2024-05-13,02版\n",
        encoding="utf-8",
    )
    code, failed, _ = ingest_cli("--db", db_url, str(tmp_path))
    assert 1 == code
    reason = "manifest.csv line 2: not a date (YYYY-MM-DD): '13/5/2024'"
    assert [f"failed: {tmp_path.name}/a.txt: {reason}"] == failed
    assert [f"{tmp_path.name}/{n}" for n in ("b.txt", "c.txt")] == stored_paths(engine)
    with engine.connect() as connection:
        page = connection.execute(
            text("select page_label from documents where file_name = 'b.txt'")
        ).scalar_one()
    assert "02版" == page


def test_a_missing_path_fails_alone_and_the_others_load(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    missing = tmp_path / "nowhere.txt"
    code, failed, output = ingest_cli("--db", db_url, str(missing), str(tmp_path / "a.txt"))
    assert 1 == code
    assert [f"failed: {missing}: no such file or folder"] == failed
    assert "added 1 files" in output
    assert ["a.txt"] == stored_paths(engine)


# Case: the database URL given with --db, password included, was stored in ingest_runs.


def test_passwords_in_database_urls_are_not_recorded() -> None:
    given = ["ingest", "--db", "postgresql://govdb:s3cr:et@db.example/govdb", "x.txt"]
    assert "postgresql://govdb:***@db.example/govdb" == recorded_arguments(given)[2]
    assert ["--db=postgresql+psycopg://a:***@h/d"] == recorded_arguments(
        ["--db=postgresql+psycopg://a:pw@h/d"]
    )
    assert "sqlite:////tmp/x.sqlite" == without_password("sqlite:////tmp/x.sqlite")


def test_ingest_runs_keep_the_url_without_its_password(
    engine: Engine, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if engine.dialect.name == "sqlite":
        pytest.skip("a SQLite URL has no password")
    url = engine.url.set(password="hunter2").render_as_string(hide_password=False)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    arguments = ["ingest", "--db", url, str(tmp_path / "a.txt")]
    monkeypatch.setattr(sys, "argv", ["govdb", *arguments])
    code, failed, _ = ingest_cli(*arguments[1:])
    assert (0, []) == (code, failed)
    with engine.connect() as connection:
        stored = connection.execute(text("select arguments from ingest_runs")).scalar_one()
    assert "hunter2" not in stored and ":***@" in stored
