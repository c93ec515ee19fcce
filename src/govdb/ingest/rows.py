"""Helpers every loader shares: rows cut to their columns, and the dialect's upsert."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite


def fit(model: type, row: dict[str, Any]) -> dict[str, Any]:
    """`row` with every string cut to its column's length. PostgreSQL refuses a longer value
    and with it the whole document, where SQLite stores it whole: a byline or heading run on
    by a missing line break is cut on both, the text as printed stays whole in raw_text."""
    lengths = _lengths(model)
    return {
        name: value[: lengths[name]] if name in lengths and isinstance(value, str) else value
        for name, value in row.items()
    }


@cache
def _lengths(model: type) -> dict[str, int]:
    """The columns of `model` with a length (VARCHAR), by name: looked up once per table,
    not once per value of every row stored."""
    columns = model.__table__.columns  # type: ignore[attr-defined]
    return {c.name: c.type.length for c in columns if getattr(c.type, "length", None)}


def fits(model: type, row: dict[str, Any]) -> bool:
    """Whether every string of `row` fits its column uncut."""
    return fit(model, row) == row


def upsert(connection: Connection):  # type: ignore[no-untyped-def]
    """The dialect's INSERT, which has on_conflict_do_nothing."""
    return postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
