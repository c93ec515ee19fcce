"""What the pure stages hand to the loader: a document and its articles as plain, frozen data."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class ParsedSection:
    ordinal: int
    heading: str
    start: int  # span in the article's normalised body
    end: int


@dataclass(frozen=True, slots=True)
class ParsedParatext:
    kind: str  # caption, credit, footer, continuation, byline, dateline, note, masthead …
    text: str
    start: int  # span in the document's raw text
    end: int


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    ordinal: int
    title: str | None
    subtitle: str | None
    kicker: str | None
    byline: str | None
    kind: str
    continuation: str | None
    start: int  # span in the document's raw text
    end: int
    body: str  # normalised: simplified, OCR line breaks joined
    body_offsets: tuple[int, ...]  # body index (and end) → raw text index
    tokens: str  # space-joined words of title and body, for search
    sections: tuple[ParsedSection, ...] = ()
    paratexts: tuple[ParsedParatext, ...] = ()
    # What each extractor found, by its kind (govdb.ingest.kinds), spans in body: one mapping
    # rather than a field per kind, so that a new kind changes nothing here.
    facts: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)

    def of(self, kind: str) -> tuple[Any, ...]:
        """The facts of one kind; none when its extractor did not run."""
        return self.facts.get(kind, ())


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """A unit a document refers to, as the places table stores it: everything the loader needs,
    so that loading never consults the gazetteer."""

    key: str  # the official code, or for a unit the register does not list, parent code~name
    code: str | None  # the official code; None for a local unit (a functional zone)
    name: str
    register_name: str | None
    level: str
    parent_key: str | None
    path: str  # names from the province down: 河南省/漯河市/召陵区
    aliases: tuple[tuple[str, str], ...] = ()  # (alias, origin)


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """Where a document came from; None means unknown (never guessed)."""

    source: str | None = None
    published_on: dt.date | None = None
    page_label: str | None = None
    # Where published_on came from (models.DATE_SOURCES): option, manifest, path or masthead.
    date_source: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    file_name: str
    source_path: str
    sha256: str
    byte_size: int
    encoding: str
    script: str
    raw_text: str
    meta: DocumentMeta
    articles: tuple[ParsedArticle, ...]
    # Page-level text that belongs to no article (mastheads, page footers).
    paratexts: tuple[ParsedParatext, ...] = field(default=())
    home_code: str | None = None  # the outlet's home region, which helps resolve places
    # Every unit named, and their ancestors, parents before children.
    places: tuple[PlaceRecord, ...] = ()
    extraction_version: str | None = None  # which extraction made the facts


def encode_offsets(offsets: tuple[int, ...]) -> str:
    """Offsets as runs: [[i, raw_i], ...] starts of stretches where raw advances one by one.

    A body maps back to its page almost everywhere one character for one, so the runs are
    short even for long articles.
    """
    runs: list[list[int]] = []
    for index, raw in enumerate(offsets):
        if not runs or raw != runs[-1][1] + (index - runs[-1][0]):
            runs.append([index, raw])
    return json.dumps(runs, separators=(",", ":"))


def decode_offsets(encoded: str, length: int) -> tuple[int, ...]:
    """The inverse of encode_offsets for a body of `length` characters."""
    runs = json.loads(encoded)
    offsets = []
    for number, (start, raw) in enumerate(runs):
        stop = runs[number + 1][0] if number + 1 < len(runs) else length + 1
        offsets.extend(range(raw, raw + stop - start))
    return tuple(offsets)
