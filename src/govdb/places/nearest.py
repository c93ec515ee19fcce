"""Which place a fact in an article applies to: the nearest resolved place around it.

Nearest means: in the same sentence (the closest mention before it, else after it), else
earlier in the same paragraph, else the article's main place (the unit it names most often;
on a tie, the deepest on the way to all the tied ones, else the deepest). Mentions resolved
only to an ancestor count as that ancestor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from govdb.places.find import PlaceMention
from govdb.places.scopes import PARAGRAPH_END, SENTENCE_END, scope
from govdb.places.vocabulary import Resolution

_DEIXIS = re.compile(r"(?:全|该|本|此)(?:省|市|区|县|镇|乡|街道|村|社区)")
_LEVEL_OF = {
    "省": ("province",),
    "市": ("city", "county"),
    "区": ("county", "other"),
    "县": ("county",),
    "镇": ("town",),
    "乡": ("town",),
    "街道": ("town",),
    "村": ("village",),
    "社区": ("village",),
}


def main_place(places: Sequence[PlaceMention]) -> str | None:
    counts = Counter(m.code for m in places if m.code and m.method != Resolution.UNRESOLVED)
    if not counts:
        return None
    most = max(counts.values())
    tied = [code for code in counts if counts[code] == most]
    # A county named once over its towns and villages named once each: the deepest unit
    # that lies on the way to every other (holding it, or held by it) is the article's;
    # failing one, the deepest.
    common = [c for c in tied if all(o.startswith(c) or c.startswith(o) for o in tied)]
    return max(common or tied, key=len)


def nearest_place(
    text: str, start: int, end: int, places: Sequence[PlaceMention], fallback: str | None
) -> str | None:
    usable = [m for m in places if m.code and m.method != Resolution.UNRESOLVED]
    low, high = scope(text, start, SENTENCE_END)
    before = [m for m in usable if low <= m.start and m.end <= start]
    if before:
        return max(before, key=lambda m: m.end).code
    # 全镇, 该县, 本市 point back to the last unit of that level named before.
    deixis = _DEIXIS.findall(text, low, start)
    if deixis:
        level = _LEVEL_OF[deixis[-1][1:]]
        earlier = [m for m in usable if m.end <= start and m.level in level]
        if earlier:
            return max(earlier, key=lambda m: m.end).code
    after = [m for m in usable if end <= m.start and m.end <= high]
    if after:
        return min(after, key=lambda m: m.start).code
    # Beyond the sentence only what came before counts: a place named later in the
    # paragraph usually starts a new topic.
    low, _ = scope(text, start, PARAGRAPH_END)
    before = [m for m in usable if low <= m.start and m.end <= start]
    if before:
        return max(before, key=lambda m: m.end).code
    return fallback
