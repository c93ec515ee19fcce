"""A kind of fact is added without touching the pipeline or the loader: an extractor and a loader
defined here, handed to parse_document and store_document next to the registered ones."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Integer,
    MetaData,
    Table,
    insert,
    select,
    text,
)

from govdb.ingest.facts import Extractor, Facts, Loader, Page
from govdb.ingest.kinds import EXTRACTORS, LOADERS
from govdb.ingest.load import store_document
from govdb.ingest.parsed import DocumentMeta, ParsedDocument
from govdb.ingest.pipeline import WINDOW, parse_document
from govdb.ingest.read import read_document
from govdb.ingest.version import _kind_packages
from govdb.metrics.extractor import METRICS
from govdb.places.extractor import CAPTION_PLACES, CREDIT_PLACES, PLACES, TITLE_PLACES
from govdb.programs.extractor import TITLE_PROGRAMS
from govdb.resources import Resources

WORDS = "town-words"  # a made-up kind: every 镇 printed, and whether a place name holds it


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    in_place: bool  # inside a place mention found before: the extractor sees earlier kinds

    def shifted(self, by: int) -> Word:
        return replace(self, start=self.start + by, end=self.end + by)


class WordExtractor:
    kind = WORDS

    def extract(
        self, page: Page, resources: Resources, found: Sequence[Facts]
    ) -> list[tuple[Word, ...]]:
        result = []
        for article, facts in zip(page.articles, found, strict=True):
            places = facts.get(PLACES, ())
            result.append(
                tuple(
                    Word(i, i + 1, any(m.start <= i < m.end for m in places))
                    for i, c in enumerate(article.body)
                    if c == "镇"
                )
            )
        return result


_metadata = MetaData()
WORD_ROWS = Table(
    "test_town_words",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer),
    Column("start_char", Integer),
    Column("in_place", Integer),
)


class WordLoader(Loader):
    def store(
        self,
        connection: Connection,
        facts: Sequence[tuple[int, Word]],
        place_ids: Mapping[str, int],
    ) -> None:
        rows = [
            {"article_id": a, "start_char": w.start, "in_place": int(w.in_place)} for a, w in facts
        ]
        if rows:
            connection.execute(insert(WORD_ROWS), rows)


# Composed for this test: a title, and a body naming a town, then 镇 alone.
PAGE = "召陵镇建起蔬菜大棚\n\n召陵镇今年新建蔬菜大棚120座，带动农户增收。镇里还组织技术培训3期。\n"
BODY = "召陵镇今年新建蔬菜大棚120座，带动农户增收。镇里还组织技术培训3期。"


def _parse(path: Path, extractors: Sequence[Extractor]) -> ParsedDocument:
    return parse_document(read_document(path), path.name, DocumentMeta(), None, extractors)


def test_an_extractor_in_the_list_adds_its_kind_and_sees_the_kinds_before_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    with_words = _parse(path, (*EXTRACTORS, WordExtractor()))
    plain = _parse(path, EXTRACTORS)

    (article,) = with_words.articles
    assert BODY == article.body
    assert (Word(2, 3, True), Word(23, 24, False)) == article.of(WORDS)
    assert [
        "places",
        TITLE_PLACES,
        CAPTION_PLACES,
        CREDIT_PLACES,
        "programs",
        TITLE_PROGRAMS,
        "metrics",
        WORDS,
    ] == list(article.facts)
    # The registered kinds find what they find without it.
    assert plain == replace(with_words, articles=plain.articles)
    assert {k: v for k, v in article.facts.items() if k != WORDS} == plain.articles[0].facts
    assert 2 == len(article.of(METRICS))


def test_a_long_body_is_read_in_windows_and_every_kind_comes_back_in_body_offsets(
    tmp_path: Path,
) -> None:
    sentence = "镇上新修道路两条。"
    body = sentence * (2 * WINDOW // len(sentence) + 1)
    path = tmp_path / "long.txt"
    path.write_text(body, encoding="utf-8")

    (article,) = _parse(path, (WordExtractor(),)).articles

    assert [WORDS] == list(article.facts)  # only the extractors given ran
    words = article.of(WORDS)
    assert len(words) == body.count("镇") == 2 * WINDOW // len(sentence) + 1
    assert [w.start for w in words] == [i for i, c in enumerate(article.body) if c == "镇"]
    assert words[-1].start > WINDOW  # a fact of a later window, moved into the whole body


def test_a_loader_beside_the_registered_ones_writes_its_kind(
    engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    doc = _parse(path, (*EXTRACTORS, WordExtractor()))
    _metadata.create_all(engine)
    loaders = {**LOADERS, WORDS: WordLoader()}

    with engine.begin() as connection:
        store_document(connection, doc, None, loaders=loaders)
    with engine.connect() as connection:
        article_id = connection.execute(text("select id from articles")).scalar_one()
        rows = connection.execute(
            select(WORD_ROWS.c.article_id, WORD_ROWS.c.start_char, WORD_ROWS.c.in_place).order_by(
                WORD_ROWS.c.id
            )
        ).all()
        counts = connection.execute(
            text(
                "select (select count(*) from place_mentions), (select count(*) from metrics),"
                " (select count(*) from articles)"
            )
        ).one()
    assert [(article_id, 2, 1), (article_id, 23, 0)] == [tuple(r) for r in rows]
    assert (2, 2, 1) == tuple(counts)  # 召陵镇 in the headline and in the body


def test_the_extraction_digest_reads_the_package_of_every_registered_kind() -> None:
    # So that `govdb reextract` reaches documents read before a kind's code changed.
    assert ["metrics", "places", "programs"] == _kind_packages()
