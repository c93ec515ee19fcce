"""govdb's command line: thin commands over the library, one-line errors, no tracebacks."""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from typer.core import TyperCommand

from govdb import __version__
from govdb.config import DEFAULT_MAX_BYTES, ENV_VAR, database_url, missing_sqlite_file
from govdb.errors import GovdbError, first_line

# SQLAlchemy and rich are imported by the commands that use them, not here: `govdb --help`
# and a mistyped command answer without loading them.
if TYPE_CHECKING:
    from sqlalchemy import Engine

app = typer.Typer(
    help="Load Chinese local-governance news into a database and query what it says.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help=f"Database URL (sqlite:///file.sqlite, postgresql://user@host/db) or the path of "
        f"a SQLite file (govdb.sqlite). "
        f"Default: ${ENV_VAR}, else govdb.sqlite in the working directory.",
        show_default=False,
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"govdb {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    db: DbOption = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Load Chinese local-governance news into a database and query what it says."""
    # `govdb --db URL COMMAND` and `govdb COMMAND --db URL` both work; the latter wins.
    ctx.obj = db


def fail(message: str) -> NoReturn:
    typer.echo(f"govdb: error: {message}", err=True)
    raise typer.Exit(1)


def note(message: str) -> None:
    typer.echo(message, err=True)


@contextmanager
def database(db: str | None, *, reading: bool = False) -> Iterator[Engine]:
    """An engine for the chosen database; any failure to reach it becomes one line. A command
    that only reads (`reading`) refuses a database that is not there or that govdb cannot
    read, instead of creating an empty file or failing on a missing table."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    from govdb.db import make_engine

    try:
        url = database_url(db)
        missing = missing_sqlite_file(url) if reading else None
        if missing is not None:
            raise GovdbError(
                f"no database at {missing}: run govdb ingest to make one, "
                f"or name it with --db or ${ENV_VAR}"
            )
        engine = make_engine(url)
    except GovdbError as error:
        fail(str(error))
    try:
        if reading:
            from govdb.migrate import check_readable  # Alembic: not for a command that writes

            check_readable(engine)
        yield engine
    except KeyboardInterrupt:
        # psycopg has already asked the server to cancel the running statement.
        note("interrupted")
        raise typer.Exit(130) from None
    except GovdbError as error:
        fail(str(error))
    except OperationalError as error:
        fail(
            f"cannot use database {engine.url.render_as_string(hide_password=True)}: "
            f"{first_line(error.orig)}"
        )
    except DBAPIError as error:
        fail(first_line(error.orig))
    finally:
        engine.dispose()


def _migrated(engine: Engine) -> None:
    """The database brought to the newest revision, if it is not there already."""
    from govdb.revisions import at_head

    if at_head(engine):  # the usual case, known without loading Alembic
        return
    from govdb.migrate import is_current, upgrade

    if not is_current(engine):
        upgrade(engine)


def _print_failures(lines: list[str]) -> None:
    for line in lines:
        typer.echo(f"failed: {line}", err=True)


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files or folders (searched recursively for .txt, .md, .html, .srt, .vtt)."
        ),
    ],
    db: DbOption = None,
    source: Annotated[
        str | None, typer.Option(help="The outlet, e.g. 漯河日报, for every file given.")
    ] = None,
    date: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for every file given.")
    ] = None,
    page: Annotated[str | None, typer.Option(help="Page label, e.g. 01版.")] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the summary as JSON, for scripts.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Read and parse everything, store nothing.")
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Processes that parse files in parallel (default: one per core)."),
    ] = None,
    max_bytes: Annotated[
        int,
        typer.Option(min=1, help="Refuse files larger than this many bytes (one line each)."),
    ] = DEFAULT_MAX_BYTES,
) -> None:
    """Load newspaper files into the database (migrating it first if needed).

    Metadata comes from --source/--date/--page, else from a manifest.csv beside the files,
    else (the date) from the file's path (2025-11-30/01.txt, 20251130_01.txt), else from the
    text itself; what none of them states stays unknown. The same bytes twice are stored once;
    given again with another --source/--date/--page (or manifest row), the stored document's
    metadata is updated. Exits 1 when any file failed; the others are still loaded.
    """
    from govdb.ingest.manifest import parse_date
    from govdb.ingest.runner import IngestOptions, check_options, default_workers
    from govdb.ingest.runner import ingest as run_ingest

    try:
        published_on = parse_date(date, "--date") if date else None
    except GovdbError as error:
        fail(str(error))
    options = IngestOptions(source, published_on, page, dry_run, max_bytes)
    try:
        check_options(options)
    except GovdbError as error:
        fail(str(error))
    from govdb.revisions import state

    with database(db if db is not None else ctx.obj) as engine:
        # A new database is made once the workers have files to parse (nothing is stored in
        # it to look for), so that the two overlap.
        new = not dry_run and state(engine) == "new"
        if not dry_run and not new:
            _migrated(engine)
        with _progress(quiet=as_json) as (begin, advance):
            report = run_ingest(
                engine,
                paths,
                options,
                arguments=sys.argv[1:],
                workers=workers or default_workers(),
                on_start=begin,
                on_file=advance,
                migrate=(lambda: _migrated(engine)) if new else None,
            )
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
    else:
        _print_failures(report.failed)
        verb = "would add" if dry_run else "added"
        restored = f"{len(report.restored)} restored, " if report.restored else ""
        updated = ""
        if report.updated:
            updated = f"{len(report.updated)} {'would update' if dry_run else 'updated'}, "
        note(
            f"{verb} {len(report.added)} files, {len(report.unchanged)} unchanged, "
            f"{restored}{updated}{len(report.failed)} failed; {report.articles} articles, "
            f"{report.sections} sections"
        )
    if report.failed:
        raise typer.Exit(1)


@app.command()
def reextract(
    ctx: typer.Context,
    db: DbOption = None,
    everything: Annotated[
        bool,
        typer.Option("--all", help="Read every current document again, not only older readings."),
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1, help="Processes that parse documents in parallel (default: one per core)."
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the summary as JSON, for scripts.")
    ] = False,
) -> None:
    """Extract places, programs and metrics again from the stored text, with this govdb.

    Documents whose facts an older govdb made are read again from the text kept in the
    database (the files are not needed), each replaced in one transaction. Exits 1 when any
    document failed; it keeps its old reading.
    """
    from govdb.ingest.runner import default_workers
    from govdb.ingest.runner import reextract as run_reextract

    with database(db if db is not None else ctx.obj) as engine:
        _migrated(engine)
        with _progress(quiet=as_json, what="re-reading documents") as (begin, advance):
            report = run_reextract(
                engine,
                everything=everything,
                workers=workers or default_workers(),
                on_start=begin,
                on_file=advance,
            )
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
    else:
        _print_failures(report.failed)
        note(
            f"re-read {report.documents} documents ({report.articles} articles), "
            f"{report.skipped} already current, {len(report.failed)} failed"
        )
    if report.failed:
        raise typer.Exit(1)


@contextmanager
def _progress(
    quiet: bool, what: str = "ingesting files"
) -> Iterator[tuple[Callable[[int], None], Callable[[object], None]]]:
    """A progress bar of files on a terminal; silence in pipes and logs."""
    if quiet or not sys.stderr.isatty():
        yield (lambda _total: None), (lambda _item: None)
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(what, total=None)
        yield (
            lambda total: progress.update(task, total=total),
            lambda _item: progress.advance(task),
        )


FormatOption = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="table, csv, tsv, json or ndjson (one JSON object a line).",
    ),
]
BomOption = Annotated[
    bool,
    typer.Option("--bom", help="Start csv or tsv with a UTF-8 byte order mark, for Excel."),
]


def _check_format(format: str, bom: bool) -> None:
    from govdb.output import DELIMITED, FORMATS

    if format not in FORMATS:
        fail(f"unknown format {format!r}: use {', '.join(FORMATS[:-1])} or {FORMATS[-1]}")
    if bom and format not in DELIMITED:
        fail(f"--bom is for {' and '.join(DELIMITED)}")


@contextmanager
def _stdout_reader_may_leave() -> Iterator[None]:
    """A reader that stops early (`| head`) ends the output quietly, not with a traceback."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        # Nothing more can be written; Python flushes stdout again at exit, into /dev/null.
        with suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(1) from None


def _print_rows(columns: list[str], rows: list[tuple], format: str, bom: bool = False) -> None:
    """Rows in `format` on standard output: a table for the terminal, or UTF-8 data whatever
    the locale (`govdb.output` makes both engines' values print the same)."""
    from govdb.output import write

    with _stdout_reader_may_leave():
        if format == "table":
            write(columns, rows, "table", sys.stdout)
            return
        text = io.StringIO(newline="")
        write(columns, rows, format, text, bom=bom)
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            sys.stdout.write(text.getvalue())
            return
        sys.stdout.flush()
        buffer.write(text.getvalue().encode("utf-8"))
        buffer.flush()


@app.command()
def search(
    ctx: typer.Context,
    words: Annotated[list[str], typer.Argument(help="Words to look for, e.g. 网格 治理.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Show at most this many articles.")] = 10,
    format: FormatOption = "table",
    bom: BomOption = False,
) -> None:
    """Find articles by words, best first, with a highlighted snippet.

    The other formats give each hit as a record: rank, article_id, document, title, score (the
    engine's own, higher is better) and snippet."""
    from govdb.search import search as run_search

    _check_format(format, bom)
    with database(db if db is not None else ctx.obj, reading=True) as engine:
        hits = run_search(engine, " ".join(words), limit=limit)
    if format != "table":
        columns = ["rank", "article_id", "document", "title", "score", "snippet"]
        rows = [
            (rank, hit.article_id, hit.document, hit.title, hit.score, hit.snippet)
            for rank, hit in enumerate(hits, start=1)
        ]
        _print_rows(columns, rows, format, bom)
        return
    if not hits:
        note("no articles match")
        return
    from govdb.output import write_hits

    with _stdout_reader_may_leave():
        write_hits(hits, sys.stdout)


LockTimeoutOption = Annotated[
    float,
    typer.Option(
        "--lock-timeout",
        min=0.001,
        help="Seconds to wait for a lock another session holds before giving up.",
    ),
]


@app.command()
def migrate(ctx: typer.Context, db: DbOption = None, lock_timeout: LockTimeoutOption = 10) -> None:
    """Create or upgrade the database schema and views to the newest version.

    Only govdb's own views are replaced, and only those whose file changed; your own views stay.
    A govdb view that one of yours depends on is not dropped: migrate stops and names yours."""
    from govdb.migrate import upgrade

    with database(db if db is not None else ctx.obj) as engine:
        for line in upgrade(engine, lock_timeout=lock_timeout):
            note(line)
        note(f"database is up to date: {engine.url.render_as_string(hide_password=True)}")


@app.command()
def summarise(ctx: typer.Context, db: DbOption = None) -> None:
    """Compute the summary tables the rollup, place and program views read afresh from the
    facts. Ingest and reextract keep them current; this is for facts written by other means
    (SQL by hand, another program)."""
    from govdb.summaries import rebuild

    with database(db if db is not None else ctx.obj) as engine, engine.begin() as connection:
        rebuild(connection)
    note("summaries computed afresh from the facts of current documents")


@app.command()
def downgrade(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Revision to go back to, or base for none.")],
    db: DbOption = None,
    yes: Annotated[
        bool, typer.Option("--yes", help="Drop what the downgrade drops without asking.")
    ] = False,
    lock_timeout: LockTimeoutOption = 10,
) -> None:
    """Take the schema back to an older revision, saying first which tables and columns it
    drops; asks before dropping any that hold data (or takes --yes)."""
    from govdb.migrate import downgrade as run_downgrade
    from govdb.migrate import downgrade_losses

    with database(db if db is not None else ctx.obj) as engine:
        lost, data = downgrade_losses(engine, revision, lock_timeout=lock_timeout)
        if lost:
            note(f"downgrading to {revision} drops {', '.join(lost)}")
        if data and not yes:
            if not sys.stdin.isatty():
                fail("the downgrade drops data; run it again with --yes to drop it")
            if not typer.confirm("Drop them?", err=True):
                fail("nothing was changed")
        run_downgrade(engine, revision, lock_timeout=lock_timeout)
        note(f"database is at {revision}: {engine.url.render_as_string(hide_password=True)}")


@app.command()
def views(
    as_markdown: Annotated[
        bool, typer.Option("--markdown", help="Print the full reference (docs/views.md).")
    ] = False,
) -> None:
    """List the curated views, with what one row of each is."""
    from govdb.views import load_views, markdown

    if as_markdown:
        typer.echo(markdown(load_views()), nl=False)
        return
    for view in sorted(load_views(), key=lambda v: v.name):
        typer.echo(f"{view.name:<24} {view.grain}")


@app.command("grant-analyst")
def grant_analyst(
    ctx: typer.Context,
    role: Annotated[str, typer.Argument(help="Login role to create or update, e.g. analyst.")],
    password: Annotated[
        bool,
        typer.Option(
            "--password",
            help="Ask for the role's password (or take it from $GOVDB_ANALYST_PASSWORD); "
            "omit to keep the current one.",
        ),
    ] = False,
    db: DbOption = None,
) -> None:
    """PostgreSQL: a login that can read every view and nothing else, now and after upgrades.

    A role that can already do more (a superuser, a member of other roles) is refused. The
    password is never an argument, so it never shows in the process list."""
    import os

    from govdb.analysts import PASSWORD_ENV, STATEMENT_TIMEOUT
    from govdb.analysts import grant_analyst as run_grant

    secret = os.environ.get(PASSWORD_ENV) or None
    if password and secret is None:
        if not sys.stdin.isatty():
            fail(f"no terminal to ask for the password on: set ${PASSWORD_ENV}")
        secret = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    with database(db if db is not None else ctx.obj) as engine:
        for line in run_grant(engine, role, secret):
            note(line)
    note(f"{role} can read the views (statement_timeout {STATEMENT_TIMEOUT}, read-only)")


_PARAMETER_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class _QueryCommand(TyperCommand):
    """`-p NAME VALUE`, repeatable: an option of two values, which typer cannot declare. Each
    pair reaches the command as one value, NAME and VALUE joined by a NUL (no argument holds
    one)."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        joined: list[str] = []
        index = 0
        while index < len(args):
            arg = args[index]
            if arg == "--":
                joined += args[index:]
                break
            if arg in ("-p", "--param") and index + 1 < len(args):
                # A NAME with no VALUE after it stays alone, and is refused as such.
                joined += [arg, "\0".join(args[index + 1 : index + 3])]
                index += 3
                continue
            joined.append(arg)
            index += 1
        return super().parse_args(ctx, joined)


def _query_parameters(pairs: list[str] | None) -> dict[str, str]:
    given: dict[str, str] = {}
    for pair in pairs or []:
        name, nul, value = pair.partition("\0")
        if not nul:
            fail(f"-p {name} needs a value: -p NAME VALUE")
        if not _PARAMETER_NAME.fullmatch(name):
            fail(f"-p {name!r}: a parameter's name is letters, digits and _, e.g. -p place 召陵区")
        if name in given:
            fail(f"-p {name} is given twice")
        given[name] = value
    return given


def _check_parameters(sql: str, given: dict[str, str]) -> None:
    from govdb.statement import parameters

    try:
        used = {name for name, _, _ in parameters(sql)}
    except GovdbError as error:
        fail(str(error))
    for name in sorted(used - given.keys()):
        fail(f"the query uses :{name}; give its value with -p {name} VALUE")
    for name in given.keys() - used:
        fail(f"-p {name} is not used: the query has no :{name}")


def _read_sql(sql: str | None, file: str | None) -> str:
    """The statement: the argument, the file, or standard input (`-`, or nothing given while
    standard input is not a terminal)."""
    if sql is not None and file is not None:
        fail("give the SQL as an argument or with --file, not both")
    source = file if file is not None else sql
    if source is None and (sys.stdin is None or sys.stdin.isatty()):
        fail("no SQL given: pass a statement, --file PATH, or - to read it from standard input")
    if source is None or source == "-":
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        return _utf8(data, "standard input")
    if file is None:
        return source
    try:
        data = Path(file).read_bytes()
    except OSError as error:
        fail(f"cannot read {file}: {error.strerror or error}")
    return _utf8(data, file)


def _utf8(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        fail(f"{where} is not UTF-8 text")


@app.command(cls=_QueryCommand)
def query(
    ctx: typer.Context,
    sql: Annotated[
        str | None,
        typer.Argument(
            help="One SQL statement, e.g. 'select * from v_articles'; - or none: read it "
            "from standard input.",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
    file: Annotated[
        str | None,
        typer.Option("--file", metavar="PATH", help="Read the statement from this file."),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            metavar="NAME VALUE",
            help="Bind VALUE (as text) to :NAME in the statement; repeat for more.",
            show_default=False,
        ),
    ] = None,
    format: FormatOption = "table",
    bom: BomOption = False,
    timeout: Annotated[
        float,
        typer.Option(min=0.001, help="Seconds before PostgreSQL cancels the query."),
    ] = 60,
) -> None:
    """Run one read-only SQL statement (SELECT, WITH, VALUES, EXPLAIN) and print its rows.

    Anything that writes, several statements at once, and functions that reach other sessions
    or the server's files are refused before the query runs. The same rows print the same from
    SQLite and PostgreSQL, in every format."""
    from sqlalchemy.exc import DBAPIError

    from govdb.query import run_query

    _check_format(format, bom)
    given = _query_parameters(param)
    statement = _read_sql(sql, file)
    _check_parameters(statement, given)
    with database(db if db is not None else ctx.obj, reading=True) as engine:
        try:
            columns, rows = run_query(engine, statement, params=given, timeout=timeout)
        except DBAPIError as error:
            fail(f"query failed: {first_line(error.orig)}")
    _print_rows(columns, rows, format, bom)


@app.command()
def stats(ctx: typer.Context, db: DbOption = None) -> None:
    """Print how many rows each table holds, and the last ingest run."""
    from govdb.query import last_run, table_counts

    with database(db if db is not None else ctx.obj, reading=True) as engine:
        counts = table_counts(engine)
        run = last_run(engine)
    for name, count in counts.items():
        typer.echo(f"{name:<18} {count:>10}")
    if run:
        typer.echo(
            f"last ingest: run {run.id} started {run.started_at:%Y-%m-%d %H:%M}, "
            f"{run.files_added} added, {run.files_unchanged} unchanged, "
            f"{run.files_failed} failed"
        )


@app.command()
def serve(
    ctx: typer.Context,
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8001,
) -> None:
    """Browse a SQLite database's curated views in the web browser (needs the web extra).

    Shows each view with its documentation, facets and, for articles, full-text search. The
    file is served read-only and as it is when serving starts: restart after an ingest."""
    from govdb.serve import serve as run_serve
    from govdb.serve import sqlite_file

    try:
        path = sqlite_file(database_url(db if db is not None else ctx.obj))
        run_serve(path, host, port, announce=note)
    except GovdbError as error:
        fail(str(error))
