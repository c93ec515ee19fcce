"""Whether a database is at the newest schema revision, answered without Alembic.

Every ingest asks before it starts; Alembic's own answer costs more than a whole ingest of
files that are all stored already (importing it and every database dialect it supports,
then loading each migration script). The migration files name their revision and the one
before it in one plain form, so the newest is found by reading them as text. Only a yes is
trusted: whenever the files or the database say anything else, the caller asks Alembic
(`govdb.migrate`), which migrates or explains.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from govdb.paths import migrations_dir

# revision: str = "d81f3b6a9c20" and down_revision: str | Sequence[str] | None = "a4f7c2e9d1b6"
_ASSIGNED = r"^{name}(?:\s*:[^=\n]*)?\s*=\s*(.*)$"
_REVISION = re.compile(_ASSIGNED.format(name="revision"), re.M)
_DOWN_REVISION = re.compile(_ASSIGNED.format(name="down_revision"), re.M)
_QUOTED_ID = re.compile(r"""["']([0-9A-Za-z_]+)["']""")


@lru_cache(maxsize=1)
def head_revisions() -> frozenset[str] | None:
    """The revisions no other migration file builds on, or None when a file does not name
    its revision and the one before it in the plain form read here."""
    revisions: set[str] = set()
    built_on: set[str] = set()
    for path in sorted((migrations_dir() / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        named = _QUOTED_ID.fullmatch(revision.group(1).strip()) if revision else None
        if named is None or down is None:
            return None
        revisions.add(named.group(1))
        built_on.update(_QUOTED_ID.findall(down.group(1)))
    heads = revisions - built_on
    return frozenset(heads) if heads and built_on <= revisions else None


def at_head(engine: Engine) -> bool:
    """True when the database is known to be at the newest revision; False when it is not
    or when this cannot tell (no version table yet, files in another form)."""
    return state(engine) == "current"


def state(engine: Engine) -> Literal["current", "new", "other"]:
    """`current`: known to be at the newest revision; `new`: govdb has not made its tables
    yet (no version table), so nothing is stored; `other`: anything else, which Alembic
    sorts out (an older revision, a newer one, files in another form)."""
    try:
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT version_num FROM alembic_version"))
            revisions = frozenset(stored.scalars())
    except DBAPIError:  # no version table
        return "new"
    heads = head_revisions()
    return "current" if heads is not None and revisions == heads else "other"
