"""The seam between the pipeline and each kind of fact (places, programs, metrics …).

A kind is an `Extractor` (pure: the page's texts in, facts with spans out) and a `Loader`
(writes its facts), registered together in `govdb.ingest.kinds`. The pipeline and the loader
know only this module, so a new kind adds its own modules and a line in the register, and
neither pipeline.py nor load.py changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, Self

from sqlalchemy import Connection, Select

from govdb.resources import Resources


class Fact(Protocol):
    """Something found in an article body. A fact that names a unit of the gazetteer also has
    a `place_code` attribute (see `place_code`): the document then carries that unit."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    def shifted(self, by: int) -> Self:
        """The fact with every span in it moved `by` characters: a long body is read in
        windows, and facts found in a window are moved into the whole body."""
        ...


# What the earlier extractors found in one article, by kind.
Facts = Mapping[str, tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class Aside:
    """A line printed with an article beside its body (a photo's caption, the office a notice
    is issued by), normalised, with its word boundaries and where each of its characters (and
    its end) stands in the document's text."""

    text: str
    words: frozenset[int]
    offsets: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ArticleText:
    """An article as extraction reads it: the normalised body (or one window of a long one)
    and where its words begin and end (place names are matched on word boundaries); its
    headline and the headline's word boundaries, and its photos' captions and its credit lines,
    with the body or its first window."""

    body: str
    words: frozenset[int]
    title: str = ""
    title_words: frozenset[int] = frozenset()
    captions: tuple[Aside, ...] = ()
    credits: tuple[Aside, ...] = ()


@dataclass(frozen=True, slots=True)
class Page:
    """The articles of one document and what is known about it before extraction. Some kinds
    read the page as a whole: a name settled in one article helps read another."""

    articles: tuple[ArticleText, ...]
    home_code: str | None = None  # the outlet's home region
    published_on: dt.date | None = None
    # Printed lines of the page that are no article's text (a masthead, a document's header,
    # a digest's name, kickers), normalised: where a page names its county when its stories
    # do not.
    furniture: tuple[str, ...] = ()


class Extractor(Protocol):
    kind: str  # the key of its facts in ParsedArticle.facts; a loader is registered under it

    def extract(
        self, page: Page, resources: Resources, found: Sequence[Facts]
    ) -> list[tuple[Any, ...]]:
        """The facts of each article of `page`, in order; `found` holds, per article, what the
        extractors before this one found (metrics read the places and programs)."""
        ...


def place_code(fact: object) -> str | None:
    """The unit a fact names or applies to, if any: one attribute for every kind, so that the
    document collects the units its rows point at without knowing the kinds."""
    return getattr(fact, "place_code", None)


class Loader(Protocol):
    """Writes one kind's facts of a document, in the caller's transaction."""

    def store(
        self,
        connection: Connection,
        facts: Sequence[tuple[int, Any]],
        place_ids: Mapping[str, int],
    ) -> None:
        """`facts`: (article id, fact) in article order; `place_ids`: database ids of the
        units the document names, by key."""
        ...

    def before_replace(self, connection: Connection, articles: Select[Any]) -> Callable[[], None]:
        """Called before a document's articles (`articles`: a query of their ids) and with
        them its facts are deleted for a new reading; the callable returned runs once the new
        reading is stored. Rows a kind shares between documents (programs) are tidied here."""
        return _nothing


def _nothing() -> None:
    return None
