"""Which database a command talks to: --db, else GOVDB_DATABASE_URL, else ./govdb.sqlite."""

from __future__ import annotations

import os
from pathlib import Path

from govdb.errors import GovdbError

ENV_VAR = "GOVDB_DATABASE_URL"
DEFAULT_FILE = "govdb.sqlite"
SQLITE_SUFFIXES = (".sqlite", ".sqlite3", ".db")
# `govdb ingest` refuses larger files unless --max-bytes says otherwise: a file is read whole,
# so its size bounds the memory a run needs (see README, "How ingest treats files").
DEFAULT_MAX_BYTES = 20_000_000


def database_url(option: str | None = None) -> str:
    """The URL of the chosen database. `--db ""` is a mistake (an unset variable in a script),
    not a request for the default; a plain path (`--db govdb.sqlite`) is a SQLite file."""
    if option is not None:
        if not option.strip():
            raise GovdbError("--db is empty: give a database URL or a SQLite file path")
        return _as_url(option)
    if os.environ.get(ENV_VAR):
        return _as_url(os.environ[ENV_VAR])
    return f"sqlite:///{Path.cwd() / DEFAULT_FILE}"


def missing_sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names when it does not exist (None for PostgreSQL, an in-memory
    database or a file that is there): commands that only read refuse it rather than leave an
    empty database behind in the wrong folder."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # reported where the engine is made
        return None
    name = parsed.database
    if parsed.get_backend_name() != "sqlite" or not name or name == ":memory:":
        return None
    if parsed.query.get("uri") or name.startswith("file:"):
        return None
    path = Path(name)
    return None if path.exists() else path.absolute()


def _as_url(value: str) -> str:
    """A path with a SQLite suffix as a SQLite URL; anything else is left for the engine to
    judge (so a typo is an error, not a new file named after it)."""
    if "://" not in value and Path(value).suffix.lower() in SQLITE_SUFFIXES:
        return f"sqlite:///{Path(value).expanduser().absolute()}"
    return value
