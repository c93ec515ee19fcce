"""The sentence or paragraph around a position in an article's body, as a span."""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[。！？；!?;\n]")
PARAGRAPH_END = re.compile(r"\n")


def scope(text: str, index: int, boundary: re.Pattern[str]) -> tuple[int, int]:
    """From after the last boundary before `index` to the next boundary (exclusive)."""
    starts = [b.end() for b in boundary.finditer(text, 0, index)]
    after = boundary.search(text, index)
    return (starts[-1] if starts else 0, after.start() if after else len(text))
