"""The migrations: pytest-alembic's four standard checks, and the views they install."""

from pathlib import Path

import pytest
from pytest_alembic.tests import (  # noqa: F401  (collected as tests here, on both engines)
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from govdb.ingest.runner import ingest
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


CITY = "'4111', '漯河市', 'city', '漯河市'"


def test_a_local_unit_stored_twice_by_a_race_is_merged_into_one(empty_engine: Engine) -> None:
    upgrade(empty_engine, "5e1c0a7d2b94")  # before the unique index
    with empty_engine.begin() as connection:
        run = connection.execute
        run(text(f"insert into places (id, code, name, level, path) values (1, {CITY})"))
        for place_id in (2, 3):
            run(
                text(
                    "insert into places (id, code, name, level, parent_id, path) "
                    "values (:id, null, '西城区', 'other', 1, '漯河市/西城区')"
                ),
                {"id": place_id},
            )
        run(text("insert into sources (id, name, home_place_id) values (1, '某报', 3)"))
    upgrade(empty_engine)
    with empty_engine.connect() as connection:
        places = connection.execute(text("select id, name from places order by id")).all()
        home = connection.execute(text("select home_place_id from sources")).scalar_one()
    assert [(1, "漯河市"), (2, "西城区")] == [tuple(p) for p in places]
    assert 2 == home


def test_the_database_refuses_a_second_row_for_a_local_unit(engine: Engine) -> None:
    insert = text(
        "insert into places (code, name, level, parent_id, path) "
        "values (null, '西城区', 'other', :parent, '漯河市/西城区')"
    )
    with engine.begin() as connection:
        connection.execute(text(f"insert into places (code, name, level, path) values ({CITY})"))
        parent = connection.execute(text("select id from places")).scalar_one()
        connection.execute(insert, {"parent": parent})
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(insert, {"parent": parent})


def test_a_place_inserted_gets_its_whole_ancestry(engine: Engine) -> None:
    chain = [
        ("41", "河南省", "province"),
        ("4111", "漯河市", "city"),
        ("411104", "召陵区", "county"),
    ]
    with engine.begin() as connection:
        parent = None
        for code, name, level in chain:
            parent = connection.execute(
                text(
                    "insert into places (code, name, level, parent_id, path) "
                    "values (:code, :name, :level, :parent, :name) returning id"
                ),
                {"code": code, "name": name, "level": level, "parent": parent},
            ).scalar_one()
        rows = connection.execute(
            text(
                "select p.name, a.name, y.depth from place_ancestors as y "
                "join places as p on p.id = y.place_id join places as a on a.id = y.ancestor_id "
                "where p.code = '411104' order by y.depth"
            )
        ).all()
    assert [("召陵区", "召陵区", 0), ("召陵区", "漯河市", 1), ("召陵区", "河南省", 2)] == [
        tuple(r) for r in rows
    ]


def _parts(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as connection:
        rows = connection.execute(
            text("select surface, part from place_mentions order by part, surface")
        ).all()
    return [(r.surface, r.part) for r in rows]


def test_mention_parts_survive_the_revision_that_adds_credit(
    engine: Engine, tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "栾川县：冬季农机安全检查开始\n栾川县农业农村局\n\n"
        "各乡镇：潭头镇、合峪镇农机手请于本月底前到站检查。\n",
        encoding="utf-8",
    )
    ingest(engine, [page])
    parts = _parts(engine)
    assert {"body", "title", "credit"} == {part for _, part in parts}
    # Down: the check is put back as it was, and the credit lines' mentions go with the value.
    downgrade(engine, "9d2e4a6c1f35")
    assert [p for p in parts if p[1] != "credit"] == _parts(engine)
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(text("update place_mentions set part = 'credit'"))
    # Up again: every row keeps its part, and the new value is accepted.
    upgrade(engine)
    assert [p for p in parts if p[1] != "credit"] == _parts(engine)
    with engine.begin() as connection:
        connection.execute(text("update place_mentions set part = 'credit' where part = 'title'"))
