"""`govdb serve`: a SQLite database's curated views in the browser, through Datasette.

Datasette is an optional extra (`pip install 'govdb[web]'`) and is imported only here, when the
command runs. The file is opened immutable: read-only, and SQLite takes it that nobody changes
the file while it is served, so the page shows the database as it was when serving started.

What the pages show comes from the view headers (sql/views/*.sql, parsed by govdb.views): each
view's summary and prose as its description, each column's meaning. The database page lists
the curated views first; every table is hidden (still reachable by its URL, read-only).
Articles are searched through the FTS5 index `article_search` (the words jieba cut, one token
each), and each view offers the facets that suit it, among the columns it has in this database.
"""

from __future__ import annotations

import html
import socket
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

from govdb.errors import GovdbError, first_line
from govdb.views import View

INSTALL_HINT = "govdb serve needs Datasette: pip install 'govdb[web]'"

# The facets each view offers, in order. A tuple names one facet by alternative column names
# (the first one the view has is used), so the configuration outlives a renamed column; a dict
# is a facet of another type, e.g. {"date": "published_on"}. Facets on columns a view does not
# have are left out when serving.
FacetSpec = str | tuple[str, ...] | dict[str, str]
PLACE = ("place", "name")
PLACE_LEVEL = ("place_level", "level")
PROGRAM = ("program", "name")
PUBLISHED = {"date": "published_on"}
FACETS: dict[str, tuple[FacetSpec, ...]] = {
    "v_articles": ("source", ("article_kind", "kind"), PUBLISHED),
    "v_article_text": ("source", PUBLISHED),
    "v_economic_indicators": ("place", "place_level", "subject", "unit", "is_change", PUBLISHED),
    "v_grid_governance": ("place", "place_level", "subject", "unit", PUBLISHED),
    "v_metric_conflicts": ("place", "place_level", "subject"),
    "v_metric_subjects": ("unit", "is_change"),
    "v_metrics": (
        "place",
        "place_level",
        "subject",
        "unit",
        ("metric_kind", "kind"),
        "is_change",
        PUBLISHED,
    ),
    "v_outlet_timeline": ("source", PUBLISHED),
    "v_place_mentions": (PLACE, PLACE_LEVEL, "method"),
    "v_place_rollup": (PLACE_LEVEL,),
    "v_place_timeline": ("place", "place_level", PUBLISHED),
    "v_places": (PLACE_LEVEL, "parent_name"),
    "v_program_cooccurrence": ("program",),
    "v_program_diffusion": (PROGRAM, PLACE_LEVEL, "place"),
    "v_program_mentions": (
        PROGRAM,
        ("program_kind", "kind"),
        "place",
        "place_level",
        PUBLISHED,
    ),
    "v_program_places": (PROGRAM, PLACE_LEVEL, "place"),
    "v_programs": (("program_kind", "kind"),),
    "v_unresolved": ("item", "detail"),
}

# Views with one row per article, keyed by article_id: the FTS5 table article_search (rowid =
# articles.id) filters them. What is typed in the search box is cut into words the way ingest
# cut the articles, and each word matches the words it starts, all required: the FTS5 query
# `govdb search` sends (网格 finds articles with 网格 or 网格员; 网格化管理 is 网格化 and 管理).
SEARCHABLE = ("v_article_text", "v_articles")
SEARCH_TABLE = "article_search"


def facets(view: str, columns: list[str]) -> list[str | dict[str, str]]:
    """The facets of `view` that this database can show, given the view's columns."""
    chosen: list[str | dict[str, str]] = []
    for spec in FACETS.get(view, ()):
        if isinstance(spec, dict):
            if all(column in columns for column in spec.values()):
                chosen.append(spec)
            continue
        present = [name for name in ((spec,) if isinstance(spec, str) else spec) if name in columns]
        if present and present[0] not in chosen:
            chosen.append(present[0])
    return chosen


def datasette_metadata(
    database: str, views: list[View], tables: list[str], columns: dict[str, list[str]]
) -> dict[str, Any]:
    """Datasette's metadata for a govdb database named `database` (its file's stem).

    `views` are govdb's documented views, `tables` every table of the file, `columns` the
    columns of each view the file has. Views the file lacks are left out; a view whose header
    documents a column the file's view lacks shows only the columns it has."""
    present = sorted((v for v in views if v.name in columns), key=lambda v: v.name)
    entries: dict[str, dict[str, Any]] = {}
    for name in tables:
        entries[name] = {"hidden": True}
    for view in present:
        have = columns[view.name]
        entry: dict[str, Any] = {"description": _describe(view)}
        documented = {c: meaning for c, meaning in view.columns if c in have}
        if documented:
            entry["columns"] = documented
        chosen = facets(view.name, have)
        if chosen:
            entry["facets"] = chosen
        if view.name in SEARCHABLE and SEARCH_TABLE in tables and "article_id" in have:
            entry["fts_table"] = SEARCH_TABLE
            entry["fts_pk"] = "article_id"
        entries[view.name] = entry
    listing = "".join(
        f'<li><a href="/{_url(database)}/{_url(v.name)}">{html.escape(v.name)}</a>: '
        f"{html.escape(v.grain)}</li>"
        for v in present
    )
    return {
        "title": "govdb",
        "description": "Chinese local-governance news: articles, places, programs and metrics.",
        "databases": {
            database: {
                "description_html": (
                    "<p>The curated views, documented column by column; the tables behind "
                    f"them are hidden.</p><ul>{listing}</ul>"
                ),
                "tables": entries,
            }
        },
    }


def _describe(view: View) -> str:
    grain = view.grain[:1].upper() + view.grain[1:]
    return f"{grain} {view.description}".strip()


def _url(name: str) -> str:
    from urllib.parse import quote

    return quote(name, safe="")


def sqlite_file(url: str) -> Path:
    """The SQLite file a database URL names; anything else is a one-line error."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise GovdbError(f"not a database URL: {url!r}") from None
    if parsed.get_backend_name() != "sqlite":
        raise GovdbError(
            f"govdb serve shows SQLite files only (Datasette reads SQLite files), "
            f"not {parsed.get_backend_name()}: use govdb query or an SQL client there"
        )
    if not parsed.database or parsed.database == ":memory:":
        raise GovdbError("govdb serve needs a SQLite file: give --db PATH")
    path = Path(parsed.database).expanduser()
    if not path.is_file():
        raise GovdbError(f"no such database file: {path}")
    return path.absolute()


def read_layout(path: Path) -> tuple[list[str], dict[str, list[str]]]:
    """The file's tables, and each view's columns, read without changing the file."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise GovdbError(f"cannot open {path}: {first_line(error)}") from None
    try:
        rows = connection.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name"
        ).fetchall()
        tables = [name for kind, name in rows if kind == "table"]
        columns: dict[str, list[str]] = {}
        for kind, name in rows:
            if kind != "view":
                continue
            quoted = name.replace('"', '""')
            try:
                info = connection.execute(f'PRAGMA table_info("{quoted}")').fetchall()
            except sqlite3.Error:
                continue  # a view its tables no longer fit: Datasette shows the error on its page
            columns[name] = [row[1] for row in info]
    except sqlite3.DatabaseError as error:
        raise GovdbError(f"{path} is not a SQLite database: {first_line(error)}") from None
    finally:
        connection.close()
    return tables, columns


def _listen(host: str, port: int) -> socket.socket:
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as error:
        raise GovdbError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    return sock


def build_app(path: Path) -> Any:
    """The Datasette instance for `path`, immutable, with govdb's metadata."""
    try:
        from datasette.app import Datasette
    except ImportError:
        raise GovdbError(INSTALL_HINT) from None
    # Datasette prints every page's error (a mistyped URL, a bad SQL query) as a traceback with
    # its locals when rich is importable, which govdb's own commands need; the reader already
    # sees the error on the page, so the terminal stays quiet. (Imported after datasette.app,
    # which registers this module's error handler as it loads it.)
    import datasette.handle_exception

    datasette.handle_exception.rich = None
    from govdb.views import load_views

    tables, columns = read_layout(path)
    metadata = datasette_metadata(path.stem, load_views(), tables, columns)
    if SEARCH_TABLE in tables:
        _cut_search_queries()
    return Datasette(
        immutables=[str(path)],
        metadata=metadata,
        template_dir=str(Path(__file__).parent / "web_templates"),
        # Ten values a facet, so a view's rows show on its first screen; "…" shows more.
        settings={"default_facet_size": 10},
    )


def _cut_search_queries() -> None:
    """Make Datasette's search send the FTS5 query `govdb search` sends.

    Datasette passes what is typed through the SQL function escape_fts, which only quotes each
    space-separated part, so Chinese typed without spaces would have to be one indexed word.
    This plugin registers its own escape_fts on every connection, after Datasette's."""
    from datasette import hookimpl
    from datasette.plugins import pm

    from govdb.search import _fts5_query, query_words
    from govdb.tokenize import default_tokenizer

    if pm.get_plugin("govdb-search") is not None:
        return
    tokenizer = default_tokenizer()  # loaded now, not on the first search

    def escape_fts(query: str) -> str:
        words = query_words(query or "", tokenizer)
        # Nothing to look for (only punctuation): a phrase no article has.
        return _fts5_query(words) if words else '""'

    @hookimpl(trylast=True)
    def prepare_connection(conn: sqlite3.Connection) -> None:
        conn.create_function("escape_fts", 1, escape_fts, deterministic=True)

    plugin = ModuleType("govdb_search")  # Datasette lists its plugins by module name
    plugin.prepare_connection = prepare_connection  # type: ignore[attr-defined]
    pm.register(plugin, name="govdb-search")


def serve(path: Path, host: str, port: int, announce: Any = print) -> None:
    """Serve `path` until interrupted."""
    datasette = build_app(path)
    import uvicorn

    sock = _listen(host, port)
    shown = f"[{host}]" if ":" in host else host
    announce(f"serving {path} read-only at http://{shown}:{port}/ (Ctrl-C stops)")
    config = uvicorn.Config(datasette.app(), log_level="warning", lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])
