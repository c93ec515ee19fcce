"""What extraction reads and never changes: a tokenizer taught every word, the gazetteer, and
the general language's dictionary.

A process builds one `Resources` (`default_resources()`) and hands it to every stage. No stage
teaches the tokenizer a word or adds a unit to the gazetteer, so a document gives the same rows
whichever documents came before it, in this process or another.

Built from the data they take a few seconds; a process reads them from the resource cache
(`govdb.cache`) instead when it holds a copy built from the same data and code, and writes one
when it does not.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from govdb import cache
from govdb import compiled_tokenizer as compiled
from govdb.metrics.subject import MEASURE_WORDS, MISTAGGED
from govdb.metrics.units import UNIT_NOUNS
from govdb.places.find import dictionary_words
from govdb.places.gazetteer import Gazetteer, default_gazetteer
from govdb.tokenize import JiebaTokenizer, Tokenizer, read_dictionary_tags


@dataclass(frozen=True, slots=True)
class Resources:
    tokenizer: Tokenizer
    gazetteer: Gazetteer
    # jieba's dictionary as data, word → part of speech (苹果 → n, 泰山 → ns): which names of
    # places are also everyday words (`govdb.places.lexicon`). Not to be changed.
    dictionary_tags: Mapping[str, str]
    # The tokenizer's word frequencies (jieba's, and the words taught): how everyday a word is
    # (`govdb.places.lexicon`). Not to be changed.
    word_frequencies: Mapping[str, int]


def vocabulary(gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    """Every word the tokenizer must keep whole, with its part of speech where it matters:
    place names to town level (召陵镇, 漯河) and measure words (占比, 积分, 用时), tagged as
    nouns so that a figure's subject is read across them."""
    return [
        *((word, None) for word in dictionary_words(gazetteer)),
        *((word, "n") for word in MEASURE_WORDS),
        *((word, "n") for word in UNIT_NOUNS),
        *MISTAGGED.items(),
    ]


def build_resources(gazetteer: Gazetteer | None = None) -> Resources:
    """Resources built from the data, the cache neither read nor written."""
    gazetteer = gazetteer or Gazetteer()
    # Taught first, given the dictionary after: its words are then the frequency table's own
    # strings (`_sharing_keys`), kept once in memory and in the cache file, and made so once
    # per build rather than at every write of the cache.
    tables = JiebaTokenizer(vocabulary(gazetteer), {}).tables()
    tags = _sharing_keys(read_dictionary_tags(), tables[0])
    reference = JiebaTokenizer.from_tables(tables, tags)
    return Resources(chosen(reference), gazetteer, tags, tables[0])


# `jieba`: segment with jieba's own Python code even when rjieba is installed.
TOKENIZER_VAR = "GOVDB_TOKENIZER"


def chosen(reference: JiebaTokenizer) -> Tokenizer:
    """The tokenizer ingest uses: rjieba's (the `fast` extra) when installed, which cuts and
    tags as `reference` does, several times faster; else `reference` itself."""
    if os.environ.get(TOKENIZER_VAR, "").strip().lower() == "jieba" or not compiled.available():
        return reference
    return compiled.RjiebaTokenizer(reference)


def reference_tokenizer(tokenizer: Tokenizer) -> JiebaTokenizer:
    """jieba's own tokenizer behind `tokenizer` (itself, or the one rjieba's follows)."""
    if isinstance(tokenizer, compiled.RjiebaTokenizer):
        return tokenizer.reference
    assert isinstance(tokenizer, JiebaTokenizer)
    return tokenizer


def cached_resources(gazetteer: Gazetteer) -> Resources:
    """Resources on `gazetteer` (the process's, from `default_gazetteer`), the tokenizer's
    tables and the dictionary read from the resource cache, or built and written to it."""
    with cache.no_gc():
        stored = cache.read("tokenizer")
        if stored is not None:
            try:
                tables, tags = stored
                tokenizer = chosen(JiebaTokenizer.from_tables(tables, tags))
                return Resources(tokenizer, gazetteer, tags, tables[0])
            except Exception:  # not what this code wrote: build instead
                pass
        resources = build_resources(gazetteer)
        if cache.cache_dir() is not None:
            tables = reference_tokenizer(resources.tokenizer).tables()
            cache.write("tokenizer", (tables, resources.dictionary_tags))
        return resources


def _sharing_keys(tags: Mapping[str, str], frequencies: dict[str, int]) -> dict[str, str]:
    """The same table, its words the very strings the frequency table holds: stored once in
    memory and in the cache file, read once."""
    same = {word: word for word in frequencies}
    return {same.get(word, word): tag for word, tag in tags.items()}


@lru_cache(maxsize=1)
def default_resources() -> Resources:
    """The process's resources, made on first use: read from the cache (a few tenths of a
    second) or built (a few seconds). Then moved out of the collector's way (`gc.freeze`):
    later collections do not walk their hundred thousand objects again, and forked workers share
    their memory pages instead of copying them as the collector touches them."""
    with cache.no_gc():
        resources = cached_resources(default_gazetteer())
        # Before the collector is back: its first pass would otherwise walk them all once.
        gc.freeze()
    return resources
