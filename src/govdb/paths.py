"""Where migrations/ and sql/ are: inside the installed package, or at the top of a checkout.

A wheel carries both directories inside the package; an editable install reads them from the
checkout, where people edit them.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    packaged = _PACKAGE / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parents[1] / name


def migrations_dir() -> Path:
    return resource_dir("migrations")


def views_dir() -> Path:
    return resource_dir("sql") / "views"
