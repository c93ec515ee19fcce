"""`govdb ingest` as a library call: files in, one transaction per document, a report out.

A file that cannot be read or parsed is reported as one line and skipped; the files before and
after it still load, and nothing stored earlier is touched.

Parsing is the slow part and needs no database, so with `workers` > 1 it runs in that many
processes while this one reads files and writes the results, in the order the files were given:
the database is the same whatever the number of workers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import os
import stat
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Connection, Engine, or_, select
from sqlalchemy.exc import DBAPIError

from govdb.config import DEFAULT_MAX_BYTES
from govdb.errors import GovdbError, first_line
from govdb.ingest.dates import path_date
from govdb.ingest.manifest import MANIFEST, manifest_meta, merge_meta, restate
from govdb.ingest.parsed import DocumentMeta, ParsedDocument
from govdb.ingest.read import (
    FORMATS,
    ReadError,
    SourceFile,
    file_sha256,
    iter_input_files,
    printable,
    read_document,
)
from govdb.ingest.stored import (
    StoredVersion,
    finish_run,
    start_run,
    stored_meta,
    stored_version,
    stored_versions,
)
from govdb.models import Document, Source

# Extraction (the tokenizer, the gazetteer, every kind of fact) and the writing of documents
# are imported when a file first needs them: a run whose files are all stored already never
# loads them, and finishes in a fraction of the time.
if TYPE_CHECKING:
    from govdb.resources import Resources


@dataclass(frozen=True, slots=True)
class IngestOptions:
    source: str | None = None
    published_on: dt.date | None = None
    page_label: str | None = None
    dry_run: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(slots=True)
class IngestReport:
    run_id: int | None = None
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)  # reverted to a stored older version
    # Stored already, with an outlet, date or page this ingest states differently: updated.
    updated: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # "file: reason", one line each
    articles: int = 0
    sections: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "run_id": self.run_id,
            "files_added": len(self.added),
            "files_unchanged": len(self.unchanged),
            "files_restored": len(self.restored),
            "files_updated": len(self.updated),
            "files_failed": len(self.failed),
            "articles": self.articles,
            "sections": self.sections,
            "errors": self.failed,
            "updated": self.updated,
        }


@dataclass(frozen=True, slots=True)
class MetaUpdate:
    """A stored document whose outlet, date or page an ingest of the same bytes changes."""

    document_id: int
    meta: DocumentMeta
    reread: bool  # the outlet or date changed, which the facts depend on: read them again


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    source_path: str  # the folder given and the path below it, or the bare file name
    problem: str | None = None  # why it cannot be read at all (a path that does not exist)
    path_key: str | None = None  # which file it is a version of: see `version_key`
    path_date: dt.date | None = None  # the date its path holds: see `dates.path_date`
    update: MetaUpdate | None = None  # set when the same bytes are stored with other metadata


def version_key(folder: Path, relative: str) -> str:
    """The key of a file's versions: the folder ingested (absolute, links resolved) and the
    path below it. Two files named 01.txt in different folders are different files; a file
    ingested through its folder, through a parent folder or by itself is the same file."""
    where = f"{folder.resolve().as_posix()}/{relative}"
    return hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()


def collect_inputs(paths: Sequence[Path]) -> list[InputFile]:
    """Files to ingest, folders expanded. A path that does not exist is one failed input
    among the others; when none of the paths exists there is nothing to do, and that is
    bad input."""
    if paths and not any(given.exists() for given in paths):
        raise GovdbError(f"no such file or folder: {printable(str(paths[0]))}")
    inputs = []
    for given in paths:
        if not given.exists():
            inputs.append(InputFile(given, printable(str(given)), "no such file or folder"))
        elif given.is_dir():
            root = given.resolve()
            for path in iter_input_files([given]):
                relative = path.relative_to(given).as_posix()
                name = printable(f"{root.name}/{relative}")
                dated = path_date(f"{_as_given(given)}/{relative}")
                key = version_key(root, relative)
                inputs.append(InputFile(path, name, path_key=key, path_date=dated))
        else:
            key = version_key(given.absolute().parent, given.name)
            dated = path_date(f"{_as_given(given.parent)}/{given.name}")
            inputs.append(InputFile(given, printable(given.name), path_key=key, path_date=dated))
    return inputs


def _as_given(folder: Path) -> str:
    """A folder as given on the command line, for the date its path may hold: as typed, or its
    own name when typed as `.` or `..` (ingesting `.` inside 2025-11-30/ reads that date)."""
    return folder.as_posix() if folder.name not in ("", "..") else folder.resolve().name


def check_file(path: Path, max_bytes: int) -> None:
    """`ReadError` for what must not be opened: a FIFO or device (reading it would block or
    never end) and a file over the size limit."""
    try:
        status = path.stat()
    except OSError as error:
        raise ReadError(f"cannot read: {error.strerror or error}") from None
    if not stat.S_ISREG(status.st_mode):
        kind = "a FIFO" if stat.S_ISFIFO(status.st_mode) else "a device or socket"
        raise ReadError(f"not a regular file ({kind}): skipped")
    if status.st_size > max_bytes:
        raise ReadError(
            f"too large: {status.st_size:,} bytes, over the limit of {max_bytes:,} "
            "(--max-bytes raises it)"
        )


def check_meta(meta: DocumentMeta, where: str) -> None:
    """`GovdbError` for a source or page longer than its column: PostgreSQL would refuse the
    document (SQLite stores it), so both engines refuse it up front, in one line."""
    for label, value, column in (
        ("source", meta.source, Source.__table__.c.name),
        ("page", meta.page_label, Document.__table__.c.page_label),
    ):
        limit = column.type.length
        if value is not None and len(value) > limit:
            raise GovdbError(f"{where}{label} is longer than {limit} characters: {value[:20]}…")


def check_options(options: IngestOptions) -> None:
    """`GovdbError` for options no file could be stored with."""
    check_meta(DocumentMeta(options.source, None, options.page_label), "--")
    if options.max_bytes < 1:
        raise GovdbError("--max-bytes must be at least 1")


def default_workers() -> int:
    """One worker per core this process may use."""
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    return len(cores) if cores else os.cpu_count() or 1


def ingest(
    engine: Engine,
    paths: Sequence[Path],
    options: IngestOptions = IngestOptions(),
    *,
    arguments: Sequence[str] = (),
    resources: Resources | None = None,
    workers: int = 1,
    on_start: Callable[[int], None] | None = None,
    on_file: Callable[[InputFile], None] | None = None,
    migrate: Callable[[], object] | None = None,
) -> IngestReport:
    """`migrate`, for a database with nothing stored yet (a new one, before its tables exist),
    makes it: called once the workers have files to parse, so that the two overlap, and
    before anything is asked of the database or written to it."""
    check_options(options)
    inputs = collect_inputs(paths)
    if on_start:
        on_start(len(inputs))
    report = IngestReport()
    given = DocumentMeta(
        options.source,
        options.published_on,
        options.page_label,
        "option" if options.published_on else None,
    )
    prepared = False

    def prepare() -> None:
        """The database made if it is new, and this run's row in it; once."""
        nonlocal prepared
        if prepared:
            return
        prepared = True
        if migrate is not None:
            migrate()
        if not options.dry_run:
            with engine.begin() as connection:
                report.run_id = start_run(connection, list(arguments))

    if migrate is None:
        prepare()

    # Documents this run has given new metadata or made current: what was read of them
    # before the run started is out of date.
    touched: set[int] = set()

    def new_documents() -> Iterator[tuple[InputFile, Job | str]]:
        """Each input with the parse job it needs, or why it needs none."""
        # The bytes' hashes say which files are stored already, all asked for at once:
        # decoding (which may detect an encoding over the whole file) waits until a file is
        # known to be new.
        hashes = [None if item.problem else _hash(item, options.max_bytes) for item in inputs]
        known: dict[str, StoredVersion] = {}
        if prepared:  # else nothing is stored yet
            with engine.connect() as connection:
                known = stored_versions(connection, [h for h in hashes if isinstance(h, str)])
        jobs = 0
        for item, digest in zip(inputs, hashes, strict=True):
            if not prepared and jobs >= workers:
                prepare()  # while the workers parse the first files
            if item.problem or digest is None:
                yield item, f"failed: {item.problem}"
                continue
            try:
                if isinstance(digest, ReadError):
                    raise digest
                stored = known.get(digest)
                if prepared and (stored is None or stored.document_id in touched):
                    # Stored meanwhile (the same bytes earlier in this run, or by another
                    # ingest), or changed by this run: asked again.
                    with engine.connect() as connection:
                        stored = stored_version(connection, digest)
                if stored is not None and not stored.current and stored.path_key == item.path_key:
                    # The bytes of an older version of this very file: it was reverted.
                    yield item, f"restore {stored.document_id}"
                    continue
                stated = manifest_meta(item.path)
                check_meta(stated, f"{MANIFEST}: ")
                by_path = DocumentMeta(published_on=item.path_date, date_source="path")
                meta = merge_meta(given, stated, by_path if item.path_date else DocumentMeta())
                if stored is not None:
                    yield _restated(engine, item, stored, meta)
                    continue
                source = read_document(item.path)
            except (ReadError, GovdbError) as error:
                yield item, f"failed: {error}"
                continue
            jobs += 1
            yield item, Job(source, item.source_path, meta)

    with _Parser(resources, workers) as parser:
        for item, outcome in parser.parse(new_documents()):
            prepare()
            name = item.source_path
            try:
                if isinstance(outcome, BaseException):
                    raise outcome
                if item.update is not None:
                    parsed = outcome if isinstance(outcome, ParsedDocument) else None
                    if not options.dry_run:
                        touched.add(item.update.document_id)
                        with engine.begin() as connection:
                            _update(connection, item.update, parsed)
                    report.updated.append(name)
                elif outcome == "unchanged":
                    report.unchanged.append(name)
                elif isinstance(outcome, str) and outcome.startswith("restore "):
                    if not options.dry_run and item.path_key is not None:
                        from govdb.ingest.load import make_current

                        document_id = int(outcome.split()[1])
                        touched.add(document_id)
                        with engine.begin() as connection:
                            make_current(connection, document_id, item.path_key)
                    report.restored.append(name)
                elif isinstance(outcome, str):
                    report.failed.append(f"{name}: {outcome.removeprefix('failed: ')}")
                else:
                    _store(engine, outcome, options, report, item)
            except (ReadError, GovdbError) as error:
                report.failed.append(f"{name}: {error}")
            except DBAPIError as error:  # the driver's message, not the statement and its data
                report.failed.append(f"{name}: database refused it: {first_line(error.orig)}")
            except Exception as error:  # a bug in a stage must not cost the other files
                reason = f"{type(error).__name__}: {first_line(error)}"
                report.failed.append(f"{name}: internal error: {reason}")
            finally:
                if on_file:
                    on_file(item)
    prepare()
    if report.run_id is not None:
        with engine.begin() as connection:
            finish_run(
                connection,
                report.run_id,
                len(report.added),
                # A restored or updated version's bytes were stored already: unchanged, for
                # the run.
                len(report.unchanged) + len(report.restored) + len(report.updated),
                report.failed,
            )
    return report


def _hash(item: InputFile, max_bytes: int) -> str | ReadError:
    """The SHA-256 of a file's bytes, or why the file is not read at all."""
    try:
        check_file(item.path, max_bytes)
        return file_sha256(item.path)
    except ReadError as error:
        return error


def _restated(
    engine: Engine, item: InputFile, stored: StoredVersion, meta: DocumentMeta
) -> tuple[InputFile, Job | str]:
    """A stored file's outcome: "unchanged" when this ingest states nothing new about it (no
    parsing: the usual case stays fast), else its update, with a job that reads it again from
    the stored text when the outlet or the date changed."""
    if meta == DocumentMeta():
        return item, "unchanged"
    document_id = stored.document_id
    before = stored.meta
    if before is None:
        with engine.connect() as connection:
            before = stored_meta(connection, document_id)
    restated = restate(before, meta)
    if restated is None:
        return item, "unchanged"
    reread = (restated.source, restated.published_on) != (before.source, before.published_on)
    job: Job | str = "update"
    if reread:
        with engine.connect() as connection:
            job = _stored_job(connection, document_id, restated)
    return replace(item, update=MetaUpdate(document_id, restated, reread)), job


def _update(connection: Connection, update: MetaUpdate, parsed: ParsedDocument | None) -> None:
    """Give a stored document its new metadata and, read again, its new facts: one
    transaction, so the views show it before or after, never half."""
    from govdb.ingest.load import replace_content, update_meta

    update_meta(connection, update.document_id, update.meta)
    if update.reread:
        assert parsed is not None
        replace_content(connection, update.document_id, parsed)


def _stored_job(connection: Connection, document_id: int, meta: DocumentMeta | None = None) -> Job:
    """Parsing a stored document again from its stored text: with its stored metadata, or
    with `meta` instead."""
    document = connection.execute(
        select(
            Document.file_name,
            Document.source_path,
            Document.sha256,
            Document.byte_size,
            Document.encoding,
            Document.raw_text,
        ).where(Document.id == document_id)
    ).one()
    path = Path(document.source_path)
    text = SourceFile(
        path=path,
        name=document.file_name,
        sha256=document.sha256,
        size=document.byte_size,
        text=document.raw_text,
        encoding=document.encoding,
        format=FORMATS.get(path.suffix.lower(), "text"),
    )
    return Job(text, document.source_path, meta or stored_meta(connection, document_id))


def _store(
    engine: Engine,
    parsed: ParsedDocument,
    options: IngestOptions,
    report: IngestReport,
    item: InputFile,
) -> None:
    name = item.source_path
    if options.dry_run:
        report.added.append(name)
        report.articles += len(parsed.articles)
        report.sections += sum(len(a.sections) for a in parsed.articles)
        return
    from govdb.ingest.load import store_document

    with engine.begin() as connection:
        stored = store_document(connection, parsed, report.run_id, item.path_key)
    if stored.document_id is None:  # another ingest stored it meanwhile
        report.unchanged.append(name)
        return
    report.added.append(name)
    report.articles += stored.articles
    report.sections += stored.sections


@dataclass(slots=True)
class ReextractReport:
    documents: int = 0  # current documents read again
    skipped: int = 0  # already read by this extraction
    failed: list[str] = field(default_factory=list)
    articles: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "skipped": self.skipped,
            "failed": len(self.failed),
            "articles": self.articles,
            "errors": self.failed,
        }


def reextract(
    engine: Engine,
    *,
    everything: bool = False,
    resources: Resources | None = None,
    workers: int = 1,
    on_start: Callable[[int], None] | None = None,
    on_file: Callable[[StoredItem], None] | None = None,
) -> ReextractReport:
    """Read stored documents again with this govdb's extraction, from the text kept in the
    database (no files needed): the current version of every document whose facts another
    extraction made, or of every document with `everything`. Each document is replaced in one
    transaction, so the views show its old reading or its new one, never a mix."""
    from govdb.ingest.load import replace_content
    from govdb.ingest.version import extraction_version

    version = extraction_version()
    current = select(Document.id).where(Document.superseded_by_id.is_(None))
    with engine.connect() as connection:
        total = len(connection.execute(current).all())
        if not everything:
            current = current.where(
                or_(Document.extraction_version.is_(None), Document.extraction_version != version)
            )
        ids = list(connection.execute(current.order_by(Document.id)).scalars())
    report = ReextractReport(skipped=total - len(ids))
    if on_start:
        on_start(len(ids))

    def stored_documents() -> Iterator[tuple[StoredItem, Job | str]]:
        for document_id in ids:
            with engine.connect() as connection:
                job = _stored_job(connection, document_id)
            yield StoredItem(document_id, job.source_path), job

    with _Parser(resources, workers) as parser:
        for item, outcome in parser.parse(stored_documents()):
            try:
                if isinstance(outcome, BaseException):
                    raise outcome
                assert isinstance(outcome, ParsedDocument)
                with engine.begin() as connection:
                    stored = replace_content(connection, item.document_id, outcome)
                report.documents += 1
                report.articles += stored.articles
            except Exception as error:  # one document's failure must not cost the others
                where = f"document {item.document_id} ({item.source_path})"
                report.failed.append(f"{where}: {type(error).__name__}: {error}")
            finally:
                if on_file:
                    on_file(item)
    return report


@dataclass(frozen=True, slots=True)
class StoredItem:
    document_id: int
    source_path: str


@dataclass(frozen=True, slots=True)
class Job:
    source: SourceFile
    source_path: str
    meta: DocumentMeta


Outcome = ParsedDocument | str | BaseException
# Bytes of files parsed at once, beyond the newest one (see `_Parser.parse`): pages of news
# are far smaller, so this only makes big files wait for each other.
IN_FLIGHT = 4_000_000
Item = TypeVar("Item")


class _Parser:
    """Parses jobs in order, in this process or in a pool of worker processes.

    Nothing is built until the first job: a run whose files are all stored already starts no
    tokenizer and no worker. At most two jobs per worker are in flight, so memory stays flat
    however many files come."""

    def __init__(self, resources: Resources | None, workers: int) -> None:
        self.given = resources
        self.workers = max(1, workers)
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Parser:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    @cached_property
    def resources(self) -> Resources:
        from govdb.resources import default_resources

        return self.given or default_resources()

    def _pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            if "fork" in multiprocessing.get_all_start_methods():
                # Forked workers share the resources built here (a second or two to build),
                # tagger included, instead of each building its own.
                self.resources.tokenizer.tag("预热")
                context = multiprocessing.get_context("fork")
                given: Resources | None = self.resources
            else:
                context, given = multiprocessing.get_context("spawn"), None
            self.pool = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_start_worker, initargs=(given,)
            )
        return self.pool

    def parse(self, items: Iterator[tuple[Item, Job | str]]) -> Iterator[tuple[Item, Outcome]]:
        if self.workers == 1:
            for item, job in items:
                yield item, job if isinstance(job, str) else _attempt(job, self.resources)
            return
        window: deque[tuple[Item, Future[Outcome] | str, int]] = deque()
        in_flight = 0  # bytes of the files in the window
        for item, job in items:
            pending = job if isinstance(job, str) else self._pool().submit(_work, job)
            size = 0 if isinstance(job, str) else job.source.size
            window.append((item, pending, size))
            in_flight += size
            # Parsing needs memory in proportion to the file: big files wait for each other
            # however many workers there are, so a run needs about the memory of one file at
            # the size limit plus IN_FLIGHT bytes of others.
            while len(window) > 2 * self.workers or (len(window) > 1 and in_flight > IN_FLIGHT):
                done, outcome, size = window.popleft()
                in_flight -= size
                yield _settled(done, outcome)
        while window:
            done, outcome, _ = window.popleft()
            yield _settled(done, outcome)


def _settled(item: Item, pending: Future[Outcome] | str) -> tuple[Item, Outcome]:
    return item, pending if isinstance(pending, str) else pending.result()


def _attempt(job: Job, resources: Resources) -> Outcome:
    """The parsed document, or the error that stopped it (reported, not raised)."""
    from govdb.ingest.pipeline import parse_document

    try:
        return parse_document(job.source, job.source_path, job.meta, resources)
    except Exception as error:
        return error


_worker_resources: Resources | None = None  # set once, when a worker process starts


def _start_worker(resources: Resources | None) -> None:
    from govdb.resources import default_resources

    global _worker_resources
    _worker_resources = resources or default_resources()


def _work(job: Job) -> Outcome:
    assert _worker_resources is not None
    return _attempt(job, _worker_resources)
