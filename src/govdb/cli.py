"""govdb's command line: thin commands over the library, one-line errors, no tracebacks."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from govdb import __version__
from govdb.config import DEFAULT_MAX_BYTES, ENV_VAR, database_url
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
        help=f"Database URL (sqlite:///file.sqlite, postgresql://user@host/db). "
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
def database(db: str | None) -> Iterator[Engine]:
    """An engine for the chosen database; any failure to reach it becomes one line."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    from govdb.db import make_engine

    try:
        engine = make_engine(database_url(db))
    except GovdbError as error:
        fail(str(error))
    try:
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


def _print_failures(lines: list[str]) -> None:
    for line in lines:
        typer.echo(f"failed: {line}", err=True)


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(help="Files or folders (searched recursively for .txt, .md, .html)."),
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
    else from the text itself; what none of them states stays unknown. The same bytes twice
    are stored once. Exits 1 when any file failed; the others are still loaded.
    """
    from govdb.ingest.manifest import parse_date
    from govdb.ingest.runner import IngestOptions, check_options, default_workers
    from govdb.ingest.runner import ingest as run_ingest
    from govdb.migrate import is_current, upgrade

    try:
        published_on = parse_date(date, "--date") if date else None
    except GovdbError as error:
        fail(str(error))
    options = IngestOptions(source, published_on, page, dry_run, max_bytes)
    try:
        check_options(options)
    except GovdbError as error:
        fail(str(error))
    with database(db if db is not None else ctx.obj) as engine:
        if not dry_run and not is_current(engine):
            upgrade(engine)
        with _progress(quiet=as_json) as (begin, advance):
            report = run_ingest(
                engine,
                paths,
                options,
                arguments=sys.argv[1:],
                workers=workers or default_workers(),
                on_start=begin,
                on_file=advance,
            )
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
    else:
        _print_failures(report.failed)
        verb = "would add" if dry_run else "added"
        restored = f"{len(report.restored)} restored, " if report.restored else ""
        note(
            f"{verb} {len(report.added)} files, {len(report.unchanged)} unchanged, "
            f"{restored}{len(report.failed)} failed; {report.articles} articles, "
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
    from govdb.migrate import is_current, upgrade

    with database(db if db is not None else ctx.obj) as engine:
        if not is_current(engine):
            upgrade(engine)
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


@app.command()
def search(
    ctx: typer.Context,
    words: Annotated[list[str], typer.Argument(help="Words to look for, e.g. 网格 治理.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Show at most this many articles.")] = 10,
) -> None:
    """Find articles by words, best first, with a highlighted snippet."""
    from rich.console import Console
    from rich.text import Text

    from govdb.search import search as run_search

    with database(db if db is not None else ctx.obj) as engine:
        hits = run_search(engine, " ".join(words), limit=limit)
    console = Console()
    if not hits:
        note("no articles match")
        return
    for hit in hits:
        console.print(
            f"[bold]{hit.title or '(untitled)'}[/bold]  "
            f"[dim]{hit.document} · article {hit.article_id}[/dim]",
            highlight=False,
        )
        line = Text("  " + hit.snippet)
        for start, end in hit.highlights:
            line.stylize("bold yellow", start + 2, end + 2)
        console.print(line)


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


@app.command()
def query(
    ctx: typer.Context,
    sql: Annotated[str, typer.Argument(help="One SQL statement, e.g. 'select * from v_articles'.")],
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    timeout: Annotated[
        float,
        typer.Option(min=0.001, help="Seconds before PostgreSQL cancels the query."),
    ] = 60,
) -> None:
    """Run one read-only SQL statement (SELECT, WITH, VALUES, EXPLAIN) and print its rows.

    Anything that writes, several statements at once, and functions that reach other sessions
    or the server's files are refused before the query runs."""
    from govdb.query import run_query

    if format not in ("table", "csv", "json"):
        fail(f"unknown format {format!r}: use table, csv or json")
    from sqlalchemy.exc import DBAPIError

    with database(db if db is not None else ctx.obj) as engine:
        try:
            columns, rows = run_query(engine, sql, timeout=timeout)
        except DBAPIError as error:
            fail(f"query failed: {first_line(error.orig)}")
    _print_rows(columns, rows, format)


def _print_rows(columns: list[str], rows: list[tuple], format: str) -> None:
    if format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif format == "json":
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        typer.echo(json.dumps(records, ensure_ascii=False, default=str, indent=1))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        Console().print(table)


@app.command()
def stats(ctx: typer.Context, db: DbOption = None) -> None:
    """Print how many rows each table holds, and the last ingest run."""
    from govdb.query import last_run, table_counts

    with database(db if db is not None else ctx.obj) as engine:
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
