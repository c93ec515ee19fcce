"""`govdb search` on both engines: words first, then the query found anywhere in a body."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from typer.testing import CliRunner

from govdb import search as search_module
from govdb.cli import app
from govdb.search import search

runner = CliRunner()

# 网格化 is cut whole: 格化 starts no word of it, only the literal match finds it.
GRID = "城市推行网格化管理，社区工作有了新抓手。\n"
TREES = "示范街区今年种下银杏一百棵。\n"
PLAIN = "城市社区周末组织义诊，居民排队咨询。\n"


def _ingest(db_url: str, folder: Path, texts: dict[str, str]) -> None:
    folder.mkdir()
    for name, body in texts.items():
        (folder / name).write_text(body, encoding="utf-8")
    result = runner.invoke(app, ["ingest", "--db", db_url, str(folder)])
    assert 0 == result.exit_code, result.output


def _ids(engine: Engine) -> dict[str, int]:
    """Article id per file name (one article each)."""
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "select d.file_name, a.id from articles as a"
                " join documents as d on d.id = a.document_id"
            )
        ).all()
    return dict(rows)


def test_the_query_inside_a_word_is_found_after_the_words_matches(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    texts = {"grid.txt": GRID, "trees.txt": TREES, "plain.txt": PLAIN}
    _ingest(db_url, tmp_path / "pages", texts)
    ids = _ids(engine)
    assert [(ids["grid.txt"], 0.0)] == [(h.article_id, h.score) for h in search(engine, "格化")]
    # A word match ranks before a body that only contains the query (score 0) …
    hits = search(engine, "社区")
    assert {ids["grid.txt"], ids["plain.txt"]} == {h.article_id for h in hits}
    assert all(h.score > 0 for h in hits)
    # … and when the words alone fill the rows asked for, the literal matches are not added.
    assert 1 == len(search(engine, "社区", limit=1))


def test_a_body_changed_or_too_long_for_its_character_pairs_is_still_found(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    texts = {"grid.txt": GRID, "plain.txt": PLAIN}
    _ingest(db_url, tmp_path / "pages", texts)
    ids = _ids(engine)
    long_body = "居民踊跃参加志愿服务。" * 10000 + "银杏满街"  # past 100,000 characters
    with engine.begin() as connection:
        connection.execute(
            text("update articles set body = :body where id = :id"),
            {"body": "示范街区种下银杏。", "id": ids["grid.txt"]},
        )
        connection.execute(
            text("update articles set body = :body where id = :id"),
            {"body": long_body, "id": ids["plain.txt"]},
        )
    assert [] == search(engine, "格化")
    assert [ids["grid.txt"], ids["plain.txt"]] == [h.article_id for h in search(engine, "银杏")]
    assert [ids["plain.txt"]] == [h.article_id for h in search(engine, "杏满")]


def test_only_the_newest_matches_are_ranked_when_a_word_is_everywhere(
    engine: Engine, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("on PostgreSQL the number is part of the installed search function")
    texts = {f"{n}.txt": PLAIN.replace("。", f"，共{n + 2}批。") for n in range(4)}
    _ingest(db_url, tmp_path / "pages", texts)
    everything = sorted(h.article_id for h in search(engine, "居民"))
    assert 4 == len(everything)
    monkeypatch.setattr(search_module, "CANDIDATES", 2)
    assert everything[-2:] == sorted(h.article_id for h in search(engine, "居民", limit=2))
    assert search(engine, "居民", limit=1)[0].article_id in everything[-2:]
