"""Publication dates from where a file is kept: archives are laid out by date (2025-11-30/01.txt,
2025/11/30/01.txt, 20251130_01.txt), and that date is the page's when nothing better says so.

Only an unambiguous date counts: a valid calendar date with a four-digit year from FIRST_YEAR to
LAST_YEAR, written with separators (2025-11-30, 2025_11_30, 2025.11.30, 2025年11月30日, or
2025/11/30/ as three folders: in 2025/11/01.txt the 01 may be a page) or as a run of exactly
eight digits (20251130) with no ASCII letter or digit glued to it (lhrb20251130 could be part of
an identifier, a hash's digits are not a date). A path that holds two different dates holds
none: govdb never picks one.
"""

from __future__ import annotations

import datetime as dt
import re

FIRST_YEAR, LAST_YEAR = 1949, 2100

# Year, month and day with the same separator between them; month and day with two digits.
_SEPARATED = re.compile(r"(?<!\d)(\d{4})([-_.])(\d{2})\2(\d{2})(?!\d)")
# Across folders, each part a whole folder: 2025/11/30/01.txt, not 2025/11/01.txt (page 01).
_FOLDERS = re.compile(r"(?:^|(?<=/))(\d{4})/(\d{2})/(\d{2})/")
_CHINESE = re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日")
_RUN = re.compile(r"(?<![0-9A-Za-z])(\d{4})(\d{2})(\d{2})(?![0-9A-Za-z])")


def path_date(path: str) -> dt.date | None:
    """The one date `path` (folders and file name, separated by /) holds, or None when it holds
    none or more than one."""
    found = set()
    for pattern, (year, month, day) in (
        (_SEPARATED, (1, 3, 4)),
        (_FOLDERS, (1, 2, 3)),
        (_CHINESE, (1, 2, 3)),
        (_RUN, (1, 2, 3)),
    ):
        for match in pattern.finditer(path):
            date = _date(match.group(year), match.group(month), match.group(day))
            if date is not None:
                found.add(date)
    return found.pop() if len(found) == 1 else None


def _date(year: str, month: str, day: str) -> dt.date | None:
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        return None
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
