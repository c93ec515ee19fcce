"""The migrations: pytest-alembic's four standard checks, and the views they install."""

from pytest_alembic.tests import (  # noqa: F401  (collected as tests here, on both engines)
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import Engine, inspect

from govdb.migrate import downgrade, is_current, upgrade
from govdb.models import Base
from govdb.views import load_views


def test_upgrade_creates_every_table_and_view(engine: Engine) -> None:
    inspector = inspect(engine)
    assert set(Base.metadata.tables) <= set(inspector.get_table_names())
    assert {v.name for v in load_views()} == set(inspector.get_view_names())
    assert is_current(engine)


def test_downgrade_to_base_removes_everything_and_upgrade_restores_it(engine: Engine) -> None:
    downgrade(engine, "base")
    inspector = inspect(engine)
    assert inspector.get_view_names() == []
    assert set(inspector.get_table_names()) <= {"alembic_version"}
    assert not is_current(engine)
    upgrade(engine)
    assert {v.name for v in load_views()} == set(inspect(engine).get_view_names())


def test_views_have_the_columns_their_headers_document(engine: Engine) -> None:
    inspector = inspect(engine)
    for view in load_views():
        actual = [c["name"] for c in inspector.get_columns(view.name)]
        assert [name for name, _ in view.columns] == actual, view.name


def test_migrating_twice_changes_nothing(engine: Engine) -> None:
    before = sorted(inspect(engine).get_view_names())
    upgrade(engine)
    assert before == sorted(inspect(engine).get_view_names())
