"""`govdb serve`: its one-line errors, and the Datasette app it builds on the loaded seeds."""

from __future__ import annotations

import asyncio
import hashlib
import socket
import sqlite3
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from typer.testing import CliRunner
from web_support import SEARCH_TITLES, require_module

from govdb.cli import app
from govdb.errors import GovdbError
from govdb.serve import _listen, build_app
from govdb.views import load_views

runner = CliRunner()


def _error(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert 1 == result.exit_code, result.output
    return result.output


def test_postgresql_is_refused_in_one_line_without_its_password() -> None:
    output = _error(["serve", "--db", "postgresql://reader:s3cret@127.0.0.1:1/govdb"])
    assert (
        "govdb: error: govdb serve shows SQLite files only (Datasette reads SQLite files), "
        "not postgresql: use govdb query or an SQL client there\n"
    ) == output


def test_a_missing_file_is_named_and_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.sqlite"
    assert f"govdb: error: no such database file: {missing}\n" == _error(
        ["serve", "--db", str(missing)]
    )
    assert [] == list(tmp_path.iterdir())


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("网格员名单\n" * 200, encoding="utf-8")
    assert f"govdb: error: {notes} is not a SQLite database: file is not a database\n" == _error(
        ["serve", "--db", str(notes)]
    )


def test_without_datasette_it_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "small.sqlite"
    sqlite3.connect(path).close()
    for module in ("datasette", "datasette.app", "datasette.handle_exception"):
        monkeypatch.setitem(sys.modules, module, None)
    assert "govdb: error: govdb serve needs Datasette: pip install 'govdb[web]'\n" == _error(
        ["--db", str(path), "serve"]
    )


def test_a_port_in_use_is_one_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(GovdbError, match=rf"^cannot listen on 127\.0\.0\.1:{port}: "):
            _listen("127.0.0.1", port)


# The app on the seeds, through Datasette's own in-process client.


@pytest.fixture(scope="module")
def datasette(seeded_sqlite: Path) -> Any:
    require_module("datasette", "pip install -e '.[test,web]'")
    return build_app(seeded_sqlite)


def _get(datasette: Any, path: str, status: int = 200) -> Any:
    async def fetch() -> Any:
        return await datasette.client.get(path)

    response = asyncio.run(fetch())
    assert status == response.status_code, response.text[:300]
    return response


def test_the_views_are_listed_and_the_tables_hidden(datasette: Any) -> None:
    listing = _get(datasette, "/seeds.json").json()
    assert sorted(v.name for v in load_views()) == [v["name"] for v in listing["views"]]
    tables = {t["name"]: t["hidden"] for t in listing["tables"]}
    assert {"alembic_version", "articles", "article_search", "article_search_idx"} <= set(tables)
    assert all(tables.values())
    page = _get(datasette, "/seeds").text
    assert page.index('<a href="/seeds/v_article_text">') < page.index('<h2 id="views">')
    assert '<a href="/seeds/articles">' not in page


def test_a_view_page_shows_its_header_and_rows(datasette: Any) -> None:
    page = _get(datasette, "/seeds/v_metrics").text
    assert '<meta charset="utf-8">' in page
    assert "One row per metric (a number the text reports about something)." in page
    assert "<dt>subject</dt><dd>what is counted or measured (专职网格员, 生产总值)</dd>" in page
    data = _get(datasette, "/seeds/v_metrics.json?_size=0").json()
    assert 185 == data["filtered_table_rows_count"]


def test_the_facets_are_those_of_the_view(datasette: Any) -> None:
    data = _get(datasette, "/seeds/v_metrics.json?_size=0").json()
    assert [
        "place",
        "place_level",
        "subject",
        "unit",
        "metric_kind",
        "is_change",
        "published_on",
    ] == list(data["facet_results"])
    places = {r["value"]: r["count"] for r in data["facet_results"]["place"]["results"]}
    assert (81, 25, 8) == (places["漯河市"], places["河南省"], places["郾城区"])
    chosen = _get(datasette, "/seeds/v_metrics.json?place=召陵镇&_shape=objects").json()
    assert 3 == chosen["filtered_table_rows_count"]
    assert {"召陵镇"} == {row["place"] for row in chosen["rows"]}


def test_searching_articles_for_a_word_of_the_index(datasette: Any) -> None:
    found = _get(datasette, "/seeds/v_article_text.json?_search=网格&_shape=objects").json()
    assert SEARCH_TITLES == sorted(row["title"] for row in found["rows"])
    assert [1, 5, 8, 9, 20] == sorted(row["article_id"] for row in found["rows"])
    # v_articles shares the index.
    brief = _get(datasette, "/seeds/v_articles.json?_search=网格&_shape=objects").json()
    assert [1, 5, 8, 9, 20] == sorted(row["article_id"] for row in brief["rows"])
    none = _get(datasette, "/seeds/v_article_text.json?_search=火星&_shape=objects").json()
    assert [] == none["rows"]


def _found(datasette: Any, typed: str) -> list[int]:
    query = urlencode({"_search": typed, "_shape": "objects"})
    rows = _get(datasette, f"/seeds/v_article_text.json?{query}").json()["rows"]
    return sorted(row["article_id"] for row in rows)


def test_search_cuts_what_is_typed_like_govdb_search(datasette: Any) -> None:
    # 网格化管理 typed without spaces is the words 网格化 and 管理, as ingest cut them.
    assert [1] == _found(datasette, "网格化管理")
    # Every word is required; a word matches the words it starts (网格员 cuts to 网格 员 here).
    assert [1, 8, 9] == _found(datasette, "网格员 党建")
    assert [1, 5, 8, 9, 20] == _found(datasette, "网格")
    # Nothing to search for is no match, not an error.
    assert [] == _found(datasette, '"')
    assert [] == _found(datasette, "，")


def test_the_file_is_served_read_only_and_unchanged(datasette: Any, seeded_sqlite: Path) -> None:
    before = hashlib.sha256(seeded_sqlite.read_bytes()).hexdigest()
    database = datasette.get_database("seeds")
    assert database.is_mutable is False

    async def write() -> None:
        await database.execute_fn(
            lambda conn: conn.execute("insert into sources (name) values ('网页')")
        )

    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        asyncio.run(write())
    _get(datasette, "/seeds/v_place_mentions?_facet=method")
    assert before == hashlib.sha256(seeded_sqlite.read_bytes()).hexdigest()


def test_page_errors_are_shown_on_the_page_not_as_tracebacks(
    datasette: Any, capfd: pytest.CaptureFixture[str]
) -> None:
    assert "Table not found" == _get(datasette, "/seeds/v_nothing.json", 404).json()["error"]
    bad_sql = _get(datasette, "/seeds.json?sql=delete+from+articles", 400).json()
    assert "Statement must be a SELECT" == bad_sql["error"]
    size = _get(datasette, "/seeds/v_metrics.json?_size=many", 400).json()
    assert "_size must be a positive integer" == size["error"]
    printed = capfd.readouterr()
    assert "Traceback" not in printed.out + printed.err
