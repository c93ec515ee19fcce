"""A program printed with a short form (简称“…”) is stored once, the short form its alias."""

from pathlib import Path

from sqlalchemy import Engine, text
from typer.testing import CliRunner

from govdb.cli import app

runner = CliRunner()


def test_a_short_form_is_an_alias_of_one_program(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "百村工程见实效\n\n"
        "全省实施“乡村振兴百村示范工程”（简称“百村工程”），今年“百村工程”已覆盖全部县区。\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["ingest", "--db", db_url, str(page)])
    assert 0 == result.exit_code, result.output
    with engine.connect() as connection:
        programs = connection.execute(text("select name from programs")).scalars().all()
        aliases = (
            connection.execute(
                text(
                    "select a.alias from program_aliases a join programs p on p.id = a.program_id"
                    " where p.name = '乡村振兴百村示范工程' order by a.alias"
                )
            )
            .scalars()
            .all()
        )
        mentions = connection.execute(text("select count(*) from program_mentions")).scalar_one()
    assert ["乡村振兴百村示范工程"] == programs
    assert ["“乡村振兴百村示范工程”", "“百村工程”"] == aliases
    assert 3 == mentions
