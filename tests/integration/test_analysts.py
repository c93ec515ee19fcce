"""Analyst access: the view reference, PostgreSQL comments, and a read-only analyst login."""

import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DBAPIError
from typer.testing import CliRunner

from govdb.analysts import grant_analyst
from govdb.cli import app
from govdb.db import make_engine
from govdb.errors import GovdbError
from govdb.migrate import upgrade
from govdb.search import search
from govdb.views import load_views, markdown

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "views.md"
SEEDS = ROOT / "seeds"
runner = CliRunner()


def test_docs_views_md_is_generated_from_the_view_headers() -> None:
    assert markdown(load_views()) == DOCS.read_text(encoding="utf-8"), (
        "docs/views.md is stale: run `govdb views --markdown > docs/views.md`"
    )


def test_every_view_documents_its_grain_and_columns() -> None:
    for view in load_views():
        assert view.grain.startswith("one row per"), view.name
        assert view.columns, view.name


def test_bi_tools_see_every_view_with_its_columns(engine: Engine) -> None:
    inspector = inspect(engine)
    for view in load_views():
        assert [c for c, _ in view.columns] == [c["name"] for c in inspector.get_columns(view.name)]


def test_postgresql_carries_the_headers_as_comments(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("comments on views are a PostgreSQL feature")
    inspector = inspect(engine)
    view = next(v for v in load_views() if v.name == "v_places")
    assert inspector.get_table_comment("v_places")["text"].startswith(view.summary)
    columns = {c["name"]: c.get("comment") for c in inspector.get_columns("v_places")}
    assert dict(view.columns)["path"] == columns["path"]


def test_grant_analyst_needs_postgresql(engine: Engine) -> None:
    if engine.dialect.name == "postgresql":
        pytest.skip("the SQLite refusal is what is tested here")
    with pytest.raises(GovdbError, match="need PostgreSQL"):
        grant_analyst(engine, "analyst", None)


def test_an_analyst_reads_views_but_not_tables_and_cannot_write(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("roles are a PostgreSQL feature")
    role = f"analyst_{uuid.uuid4().hex[:8]}"
    grant_analyst(engine, role, "secret")
    # A later migration re-creates the views: the grants must survive it.
    upgrade(engine)
    analyst = make_engine(engine.url.set(username=role, password="secret").render_as_string(False))
    try:
        with analyst.connect() as connection:
            assert 0 == connection.exec_driver_sql("SELECT count(*) FROM v_articles").scalar()
        for statement in (
            "SELECT count(*) FROM articles",
            "INSERT INTO programs (name, kind) VALUES ('x', 'other')",
            "CREATE TABLE mine (id integer)",
        ):
            with analyst.connect() as connection, pytest.raises(DBAPIError):
                connection.exec_driver_sql(statement)
    finally:
        analyst.dispose()
        with engine.begin() as connection:
            connection.exec_driver_sql(f"DROP OWNED BY {role}")
            connection.exec_driver_sql(f"DROP ROLE {role}")


def test_an_analyst_searches_through_the_function_and_finds_what_the_owner_finds(
    engine: Engine,
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("roles are a PostgreSQL feature")
    owner_url = engine.url.render_as_string(False)
    ingested = runner.invoke(app, ["ingest", str(SEEDS), "--db", owner_url, "--workers", "1"])
    assert 0 == ingested.exit_code, ingested.output
    role = f"analyst_{uuid.uuid4().hex[:8]}"
    grant_analyst(engine, role, "secret")
    analyst_url = engine.url.set(username=role, password="secret").render_as_string(False)
    analyst = make_engine(analyst_url)
    try:
        as_owner = search(engine, "网格")
        as_analyst = search(analyst, "网格")
        assert 5 == len(as_owner)
        assert "基层高效能治理赋能乡村振兴" == as_owner[0].title
        assert as_owner == as_analyst
        shown = runner.invoke(app, ["search", "网格", "--db", analyst_url])
        assert 0 == shown.exit_code, shown.output
        assert runner.invoke(app, ["search", "网格", "--db", owner_url]).output == shown.output
        # The tables behind it stay closed to the analyst.
        with analyst.connect() as connection, pytest.raises(DBAPIError, match="article_search"):
            connection.exec_driver_sql("SELECT count(*) FROM public.article_search")
    finally:
        analyst.dispose()
        with engine.begin() as connection:
            connection.exec_driver_sql(f"DROP OWNED BY {role}")
            connection.exec_driver_sql(f"DROP ROLE {role}")


def test_only_the_owner_and_the_analyst_group_may_run_the_search_function(
    engine: Engine,
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("roles are a PostgreSQL feature")
    with engine.connect() as connection:
        public = connection.exec_driver_sql(
            "SELECT has_function_privilege('public', "
            "'govdb.search_articles(text, text, integer)', 'EXECUTE'), "
            "p.prosecdef, p.proconfig FROM pg_proc AS p WHERE p.proname = 'search_articles'"
        ).one()
    assert (
        False,
        True,
        [
            "search_path=pg_catalog, public, pg_temp",
            "max_parallel_workers_per_gather=0",
            "jit=off",
        ],
    ) == tuple(public)
