"""Helpers every loader shares: rows cut to their columns, and the dialect's upsert."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite


def fit(model: type, row: dict[str, Any]) -> dict[str, Any]:
    """`row` with every string cut to its column's length. PostgreSQL refuses a longer value
    and with it the whole document, where SQLite stores it whole: a byline or heading run on
    by a missing line break is cut on both, the text as printed stays whole in raw_text."""
    columns = model.__table__.columns  # type: ignore[attr-defined]
    return {
        name: value[: columns[name].type.length]
        if isinstance(value, str) and getattr(columns[name].type, "length", None)
        else value
        for name, value in row.items()
    }


def fits(model: type, row: dict[str, Any]) -> bool:
    """Whether every string of `row` fits its column uncut."""
    return fit(model, row) == row


def upsert(connection: Connection):  # type: ignore[no-untyped-def]
    """The dialect's INSERT, which has on_conflict_do_nothing."""
    return postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
