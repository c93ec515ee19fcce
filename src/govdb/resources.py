"""What extraction reads and never changes: a tokenizer taught every word, and the gazetteer.

A process builds one `Resources` (`default_resources()`) and hands it to every stage. No stage
teaches the tokenizer a word or adds a unit to the gazetteer, so a document gives the same rows
whichever documents came before it, in this process or another.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from govdb.metrics.subject import MEASURE_WORDS
from govdb.places.find import dictionary_words
from govdb.places.gazetteer import Gazetteer, default_gazetteer
from govdb.tokenize import JiebaTokenizer, Tokenizer


@dataclass(frozen=True, slots=True)
class Resources:
    tokenizer: Tokenizer
    gazetteer: Gazetteer


def vocabulary(gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    """Every word the tokenizer must keep whole, with its part of speech where it matters:
    place names to town level (召陵镇, 漯河) and measure words (占比), tagged as nouns so that
    a figure's subject is read across them."""
    return [
        *((word, None) for word in dictionary_words(gazetteer)),
        *((word, "n") for word in MEASURE_WORDS),
    ]


def build_resources(gazetteer: Gazetteer | None = None) -> Resources:
    gazetteer = gazetteer or Gazetteer()
    return Resources(JiebaTokenizer(vocabulary(gazetteer)), gazetteer)


@lru_cache(maxsize=1)
def default_resources() -> Resources:
    """The process's resources, built on first use (a second or two: jieba's dictionary)."""
    return build_resources(default_gazetteer())
