"""The curated views: one documented .sql file each under sql/views/, installed in the database.

Views are derived objects. The migration runner drops them all before any schema change (so
no view blocks an ALTER on either engine) and re-creates them from the files once the schema
is at head; `govdb migrate` therefore also refreshes views whose files changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from govdb.analysts import grant_views_to_analysts, literal, run_ddl
from govdb.paths import views_dir

_HEADER = re.compile(r"^--\s?(.*)$")
_COLUMN = re.compile(r"^\s{2,}([a-z_][a-z0-9_]*)\s{2,}(.+)$")


@dataclass(frozen=True, slots=True)
class View:
    name: str
    summary: str  # first header line: what one row is
    description: str  # the header's prose after the summary
    columns: tuple[tuple[str, str], ...]  # (column, meaning) as documented in the header
    sql: str  # the SELECT that defines it

    @property
    def grain(self) -> str:
        """The summary without the view's name: "one row per article …"."""
        return self.summary.split(":", 1)[-1].strip()

    def depends_on(self, names: set[str]) -> set[str]:
        return {n for n in names if n != self.name and re.search(rf"\b{n}\b", self.sql)}


def parse_view(path: Path) -> View:
    """Read one view file: a `-- ` comment header (summary, prose, `Columns:` list), then the
    SELECT that defines the view (govdb wraps it in CREATE VIEW)."""
    header: list[str] = []
    body: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _HEADER.match(line)
        if match and not body:
            header.append(match.group(1))
        else:
            body.append(line)
    summary = header[0].strip() if header else ""
    prose: list[str] = []
    columns: list[tuple[str, str]] = []
    in_columns = False
    for line in header[1:]:
        if line.strip().lower() == "columns:":
            in_columns = True
            continue
        column = _COLUMN.match(line) if in_columns else None
        if column:
            columns.append((column.group(1), column.group(2).strip()))
        elif in_columns and line.strip() and columns:
            # A wrapped description continues the previous column's text.
            name, meaning = columns[-1]
            columns[-1] = (name, f"{meaning} {line.strip()}")
        elif not in_columns:
            prose.append(line.strip())
    sql = "\n".join(body).strip().rstrip(";")
    return View(path.stem, summary, " ".join(p for p in prose if p), tuple(columns), sql)


def load_views(directory: Path | None = None) -> list[View]:
    """Every view, ordered so that a view comes after the views it selects from."""
    views = {v.name: v for v in map(parse_view, sorted((directory or views_dir()).glob("*.sql")))}
    ordered: list[View] = []
    placed: set[str] = set()
    pending = dict(views)
    while pending:
        ready = [v for v in pending.values() if v.depends_on(set(views)) <= placed]
        if not ready:
            raise ValueError(f"views depend on each other in a cycle: {sorted(pending)}")
        for view in ready:
            ordered.append(view)
            placed.add(view.name)
            del pending[view.name]
    return ordered


def drop_views(connection: Connection) -> None:
    """Drop every govdb view (file-defined or left over from an older version)."""
    names = set(inspect(connection).get_view_names())
    known = [v.name for v in load_views()]
    leftovers = sorted(n for n in names if n.startswith("v_") and n not in known)
    cascade = " CASCADE" if connection.dialect.name == "postgresql" else ""
    for name in [*reversed(known), *leftovers]:
        if name in names:
            connection.execute(text(f"DROP VIEW IF EXISTS {name}{cascade}"))


def create_views(connection: Connection) -> None:
    views = load_views()
    for view in views:
        # Driver-level SQL: a view may contain `::` casts that bind-parameter parsing misreads.
        run_ddl(connection, f"CREATE VIEW {view.name} AS\n{view.sql}")
        if connection.dialect.name == "postgresql":
            _comment(connection, view)
    grant_views_to_analysts(connection, [v.name for v in views])


def _comment(connection: Connection, view: View) -> None:
    """The header's text as PostgreSQL comments, which BI tools and psql's \\d+ show."""
    about = f"{view.summary} {view.description}".strip()
    run_ddl(connection, f"COMMENT ON VIEW {view.name} IS {literal(about)}")
    for column, meaning in view.columns:
        run_ddl(connection, f"COMMENT ON COLUMN {view.name}.{column} IS {literal(meaning)}")


def markdown(views: list[View]) -> str:
    """docs/views.md: the view reference for analysts, generated from the headers."""
    lines = [
        "# Curated views",
        "",
        "Generated from the headers of sql/views/*.sql by `govdb views --markdown`;",
        "a test fails when this file and the headers disagree.",
        "",
    ]
    for view in sorted(views, key=lambda v: v.name):
        lines += [f"## {view.name}", "", view.grain[:1].upper() + view.grain[1:]]
        if view.description:
            lines += ["", view.description]
        lines += ["", "| column | meaning |", "| --- | --- |"]
        lines += [f"| `{name}` | {_cell(meaning)} |" for name, meaning in view.columns]
        lines.append("")
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")
