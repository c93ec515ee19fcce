"""`govdb ingest` as a library call: files in, one transaction per document, a report out.

A file that cannot be read or parsed is reported as one line and skipped; the files before and
after it still load, and nothing stored earlier is touched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from govdb.errors import GovdbError
from govdb.ingest.load import (
    document_exists,
    finish_run,
    start_run,
    store_document,
)
from govdb.ingest.manifest import manifest_meta, merge_meta
from govdb.ingest.parsed import DocumentMeta
from govdb.ingest.pipeline import parse_document
from govdb.ingest.read import ReadError, iter_input_files, read_document
from govdb.resources import Resources, default_resources


@dataclass(frozen=True, slots=True)
class IngestOptions:
    source: str | None = None
    published_on: dt.date | None = None
    page_label: str | None = None
    dry_run: bool = False


@dataclass(slots=True)
class IngestReport:
    run_id: int | None = None
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # "file: reason", one line each
    articles: int = 0
    sections: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "run_id": self.run_id,
            "files_added": len(self.added),
            "files_unchanged": len(self.unchanged),
            "files_failed": len(self.failed),
            "articles": self.articles,
            "sections": self.sections,
            "errors": self.failed,
        }


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    source_path: str  # the folder given and the path below it, or the bare file name


def collect_inputs(paths: Sequence[Path]) -> list[InputFile]:
    """Files to ingest, folders expanded; a path that does not exist is bad input."""
    inputs = []
    for given in paths:
        if not given.exists():
            raise GovdbError(f"no such file or folder: {given}")
        if given.is_dir():
            root = given.resolve()
            for path in iter_input_files([given]):
                relative = path.resolve().relative_to(root).as_posix()
                inputs.append(InputFile(path, f"{root.name}/{relative}"))
        else:
            inputs.append(InputFile(given, given.name))
    return inputs


def ingest(
    engine: Engine,
    paths: Sequence[Path],
    options: IngestOptions = IngestOptions(),
    *,
    arguments: Sequence[str] = (),
    resources: Resources | None = None,
    on_start: Callable[[int], None] | None = None,
    on_file: Callable[[InputFile], None] | None = None,
) -> IngestReport:
    inputs = collect_inputs(paths)
    if on_start:
        on_start(len(inputs))
    resources = resources or default_resources()
    report = IngestReport()
    given = DocumentMeta(options.source, options.published_on, options.page_label)
    if not options.dry_run:
        with engine.begin() as connection:
            report.run_id = start_run(connection, list(arguments))
    for item in inputs:
        name = item.source_path
        try:
            source = read_document(item.path)
            with engine.connect() as connection:
                if document_exists(connection, source.sha256):
                    report.unchanged.append(name)
                    continue
            meta = merge_meta(given, manifest_meta(item.path))
            parsed = parse_document(source, item.source_path, meta, resources)
            if options.dry_run:
                stored_articles = len(parsed.articles)
                stored_sections = sum(len(a.sections) for a in parsed.articles)
                report.added.append(name)
            else:
                with engine.begin() as connection:
                    stored = store_document(connection, parsed, report.run_id)
                if stored.document_id is None:  # another ingest stored it meanwhile
                    report.unchanged.append(name)
                    continue
                stored_articles, stored_sections = stored.articles, stored.sections
                report.added.append(name)
            report.articles += stored_articles
            report.sections += stored_sections
        except (ReadError, GovdbError) as error:
            report.failed.append(f"{name}: {error}")
        except Exception as error:  # a bug in a stage must not cost the other files
            report.failed.append(f"{name}: internal error: {type(error).__name__}: {error}")
        finally:
            if on_file:
                on_file(item)
    if report.run_id is not None:
        with engine.begin() as connection:
            finish_run(
                connection, report.run_id, len(report.added), len(report.unchanged), report.failed
            )
    return report
