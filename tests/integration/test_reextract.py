"""`govdb reextract`: a better extraction reaches documents loaded by an older one."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from typer.testing import CliRunner

import govdb.ingest.pipeline as pipeline
import govdb.programs.extractor as programs
from govdb.cli import app
from govdb.ingest.runner import ingest, reextract
from govdb.programs.find import ProgramMention

SEED = next((Path(__file__).resolve().parents[2] / "seeds").glob("001_*.txt"))


def _an_older_rule(text: str, **_options: object) -> list[ProgramMention]:
    """A program finder that misreads the first four characters of every article."""
    return [ProgramMention(text[:4], 0, 4, "旧规则误读", "other", "older rule")]


def test_reextract_replaces_an_older_reading_with_this_ones(
    engine_pair: tuple[Engine, Engine], monkeypatch: pytest.MonkeyPatch, stored_rows: Callable
) -> None:
    older, fresh = engine_pair
    with monkeypatch.context() as patch:
        patch.setattr(programs, "find_programs", _an_older_rule)
        patch.setattr(pipeline, "extraction_version", lambda: "0.0.1+older")
        ingest(older, [SEED])
    with older.connect() as connection:
        names = connection.execute(text("select program from v_programs")).scalars().all()
    assert ["旧规则误读"] == names

    report = reextract(older)
    ingest(fresh, [SEED])

    assert (1, 0, []) == (report.documents, report.skipped, report.failed)
    assert stored_rows(fresh) == stored_rows(older)  # the new facts, and nothing of the old
    again = reextract(older)
    assert (0, 1) == (again.documents, again.skipped)


def test_reextract_all_reads_current_documents_again(engine: Engine, db_url: str) -> None:
    ingest(engine, [SEED])
    runner = CliRunner()
    result = runner.invoke(app, ["reextract", "--db", db_url, "--all", "--json"])
    assert 0 == result.exit_code, result.output
    assert {"documents": 1, "skipped": 0, "failed": 0} == {
        k: v
        for k, v in json.loads(result.stdout).items()
        if k in ("documents", "skipped", "failed")
    }
