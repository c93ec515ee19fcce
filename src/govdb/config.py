"""Which database a command talks to: --db, else GOVDB_DATABASE_URL, else ./govdb.sqlite."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "GOVDB_DATABASE_URL"
DEFAULT_FILE = "govdb.sqlite"
# `govdb ingest` refuses larger files unless --max-bytes says otherwise: a file is read whole,
# so its size bounds the memory a run needs (see README, "How ingest treats files").
DEFAULT_MAX_BYTES = 20_000_000


def database_url(option: str | None = None) -> str:
    if option:
        return option
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    return f"sqlite:///{Path.cwd() / DEFAULT_FILE}"
