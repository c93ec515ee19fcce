"""Analyst access: the view reference, PostgreSQL comments, and a read-only analyst login."""

import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DBAPIError

from govdb.analysts import grant_analyst
from govdb.db import make_engine
from govdb.errors import GovdbError
from govdb.migrate import upgrade
from govdb.views import load_views, markdown

DOCS = Path(__file__).resolve().parents[2] / "docs" / "views.md"


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
