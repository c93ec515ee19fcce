"""The pure part of ingest: a file read from disk into a ParsedDocument, nothing stored.

segment (page → articles, OCR lines joined) → normalise each article (script, widths,
stray spaces; offsets kept) → words for search → each kind of fact in turn (govdb.ingest.kinds:
places, programs, metrics), on the normalised body. Everything a stage consults comes from
`resources`, which no stage changes: a document gives the same result whatever was parsed
before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from govdb.ingest.facts import ArticleText, Aside, Extractor, Facts, Page, place_code
from govdb.ingest.kinds import EXTRACTORS
from govdb.ingest.manifest import merge_meta
from govdb.ingest.normalise import detect_script, normalise
from govdb.ingest.parsed import (
    DocumentMeta,
    ParsedArticle,
    ParsedDocument,
    ParsedParatext,
    ParsedSection,
    PlaceRecord,
)
from govdb.ingest.read import SourceFile
from govdb.ingest.segment import ArticleDraft, split_page
from govdb.ingest.version import extraction_version
from govdb.places.gazetteer import Gazetteer
from govdb.places.home import home_region
from govdb.resources import Resources, default_resources
from govdb.tokenize import Token, Tokenizer

# Page-level lines read for the units they name: banners, headings and credits over the
# stories (not a site's footer, which may name another place).
_FURNITURE = frozenset({"banner", "heading", "credit", "masthead"})


def parse_document(
    source: SourceFile,
    source_path: str,
    meta: DocumentMeta,
    resources: Resources | None = None,
    extractors: Sequence[Extractor] = EXTRACTORS,
) -> ParsedDocument:
    """`extractors`: the kinds of fact to find, in order; by default every registered one."""
    resources = resources or default_resources()
    tokenizer, gazetteer = resources.tokenizer, resources.gazetteer
    page = split_page(source.text)
    masthead = "masthead" if page.published_on else None
    stated = DocumentMeta(page.source, page.published_on, page.page_label, masthead)
    meta = merge_meta(meta, stated)
    home = home_region(meta.source, gazetteer)
    parsed = [parse_article(draft, tokenizer, source.text) for draft in page.articles]
    # Extraction reads windows of a very long body, each like an article of its own, and the
    # facts found are put back together: see `windows`.
    split = [_pieces(text) for _, text in parsed]
    furniture = [p.text for p in page.leftovers if p.kind in _FURNITURE]
    furniture += [draft.kicker for draft in page.articles if draft.kicker]
    # the office that issued a notice (某市某镇人民政府 under its title) says where it is from
    furniture += [p.text for draft in page.articles for p in draft.paratexts if p.kind == "credit"]
    pieces = Page(
        tuple(piece for article in split for piece, _ in article),
        home,
        meta.published_on,
        tuple(normalise(line).text for line in furniture),
    )
    found = extract(pieces, resources, extractors)
    articles = []
    for (article, _), own in zip(parsed, split, strict=True):
        facts = _rejoin(found[: len(own)], [at for _, at in own])
        articles.append(replace(article, facts=facts))
        found = found[len(own) :]
    return ParsedDocument(
        file_name=source.name,
        source_path=source_path,
        sha256=source.sha256,
        byte_size=source.size,
        encoding=source.encoding,
        script=detect_script(source.text),
        raw_text=source.text,
        meta=meta,
        articles=tuple(articles),
        paratexts=tuple(_paratext(p) for p in page.leftovers),
        home_code=home,
        places=place_records(_codes_named(articles, home), gazetteer),
        extraction_version=extraction_version(),
    )


def extract(
    page: Page, resources: Resources, extractors: Sequence[Extractor]
) -> list[dict[str, tuple[Any, ...]]]:
    """Every kind's facts of each article of `page`, extractors run in order, each seeing what
    the ones before it found."""
    found: list[dict[str, tuple[Any, ...]]] = [{} for _ in page.articles]
    for extractor in extractors:
        facts = extractor.extract(page, resources, found)
        found = [
            {**known, extractor.kind: tuple(new)} for known, new in zip(found, facts, strict=True)
        ]
    return found


# The stages that find places, programs and metrics compare each figure or name with the
# others of its article, which costs time in the square of its length: a PDF dump of a whole
# issue or a text with no line breaks comes out as one article of megabytes that would take
# hours. A body longer than WINDOW is read in windows that end at a sentence end, so the time
# grows with the length; articles as printed (a long report runs to 20 000 characters) are
# read whole, exactly as before.
WINDOW = 30_000
_SENTENCE_ENDS = "。！？!?；;\n"


def windows(text: str, size: int = WINDOW) -> list[tuple[int, int]]:
    """Spans covering `text` in order, none longer than `size`, each cut after the last
    sentence end in its second half (mid-sentence only in a text without any)."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        cut = max(text.rfind(c, start + size // 2, limit) for c in _SENTENCE_ENDS) + 1
        end = cut if cut > start else limit
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _pieces(article: ArticleText) -> list[tuple[ArticleText, int]]:
    """The article as extraction reads it, with where each piece starts in the body: itself
    whole, or one piece per window of a long body (the headline with the first)."""
    if len(article.body) <= WINDOW:
        return [(article, 0)]
    boundaries = sorted(article.words)
    pieces = []
    for start, end in windows(article.body):
        low, high = bisect_left(boundaries, start), bisect_left(boundaries, end + 1)
        inside = frozenset(b - start for b in boundaries[low:high])
        piece = ArticleText(article.body[start:end], inside)
        if start == 0:
            piece = replace(
                piece,
                title=article.title,
                title_words=article.title_words,
                captions=article.captions,
                credits=article.credits,
            )
        pieces.append((piece, start))
    return pieces


def _rejoin(read: Sequence[Facts], starts: Sequence[int]) -> dict[str, tuple[Any, ...]]:
    """The facts of an article's pieces, every kind's spans moved into its whole body."""
    if len(read) == 1:
        return dict(read[0])
    pieces = list(zip(read, starts, strict=True))
    return {
        kind: tuple(f.shifted(at) for piece, at in pieces for f in piece[kind]) for kind in read[0]
    }


def _codes_named(articles: Sequence[ParsedArticle], home: str | None) -> set[str]:
    """The units the document's facts point at, of whatever kind, and its home region."""
    codes = {
        code
        for a in articles
        for facts in a.facts.values()
        for f in facts
        if (code := place_code(f))
    }
    return codes | {home} if home else codes


def place_records(codes: set[str], gazetteer: Gazetteer) -> tuple[PlaceRecord, ...]:
    """The units as the places table stores them, with their ancestors, parents first."""
    chain = {u.code: u for code in codes for u in gazetteer.ancestors(code)}
    return tuple(
        PlaceRecord(
            key=unit.code,
            code=unit.code if unit.registered else None,
            name=unit.name,
            register_name=unit.register_name if unit.registered else None,
            level=unit.level,
            parent_key=unit.parent_code,
            path="/".join(gazetteer.path(unit.code)),
            aliases=tuple((a.text, a.origin) for a in gazetteer.aliases(unit.code)),
        )
        # A code is longer than its parent's.
        for unit in sorted(chain.values(), key=lambda u: (len(u.code), u.code))
    )


def parse_article(
    draft: ArticleDraft, tokenizer: Tokenizer, page: str
) -> tuple[ParsedArticle, ArticleText]:
    """The article normalised, and as extraction reads it: with the word boundaries of its
    body and headline (for place matching), and its captions read from `page`, the document's
    text."""
    normalised = normalise(draft.body)
    body = normalised.text
    # Compose the two maps: normalised body → segmenter's body → page text.
    offsets = tuple(draft.body_offsets[i] for i in normalised.offsets)

    def to_body(index: int) -> int:
        return bisect_left(normalised.offsets, index)

    title = _clean(draft.title)
    title_words = tokenizer.cut(title or "")
    body_words = tokenizer.cut(body)
    words = [t.text for t in [*title_words, *body_words] if _is_word(t.text)]
    sections = tuple(
        ParsedSection(number, _clean(s.heading) or "", to_body(s.start), to_body(s.end))
        for number, s in enumerate(draft.sections, start=1)
    )
    article = ParsedArticle(
        ordinal=draft.ordinal,
        title=title,
        subtitle=_clean(draft.subtitle),
        kicker=_clean(draft.kicker),
        byline=_clean(draft.byline),
        kind=draft.kind,
        continuation=draft.continuation,
        start=draft.start,
        end=draft.end,
        body=body,
        body_offsets=offsets,
        tokens=" ".join(words),
        sections=sections,
        paratexts=tuple(_paratext(p) for p in draft.paratexts),
    )
    captions = tuple(
        _aside(page, p.start, p.end, tokenizer) for p in draft.paratexts if p.kind == "caption"
    )
    credits = tuple(
        _aside(page, p.start, p.end, tokenizer) for p in draft.paratexts if p.kind == "credit"
    )
    return article, ArticleText(
        body,
        _boundaries(body_words),
        title or "",
        _boundaries(title_words),
        captions=captions,
        credits=credits,
    )


def _aside(page: str, start: int, end: int, tokenizer: Tokenizer) -> Aside:
    """The line at page[start:end] as the body is read: normalised, a line break between two
    characters of a word closed up (a caption wraps under its photo)."""
    normalised = normalise(page[start:end])
    kept = [
        i
        for i, c in enumerate(normalised.text)
        if c != "\n" or not _between_han(normalised.text, i)
    ]
    text = "".join(normalised.text[i] for i in kept)
    offsets = (*(start + normalised.offsets[i] for i in kept), start + normalised.offsets[-1])
    return Aside(text, _boundaries(tokenizer.cut(text)), offsets)


def _between_han(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and all(
        "\u4e00" <= c <= "\u9fff" for c in (text[index - 1], text[index + 1])
    )


def _boundaries(tokens: Sequence[Token]) -> frozenset[int]:
    return frozenset([t.start for t in tokens] + [t.end for t in tokens])


# A letter or digit: \w is str.isalnum() and the underscore.
_ALNUM = re.compile(r"[^\W_]")


def _is_word(token: str) -> bool:
    """Words are searched; punctuation and spaces are not."""
    return _ALNUM.search(token) is not None


def _clean(value: str | None) -> str | None:
    """Metadata lines in the same script and widths as the body; None stays None."""
    if value is None:
        return None
    return normalise(value, close_spaces=False).text.strip() or None


def _paratext(p) -> ParsedParatext:  # type: ignore[no-untyped-def]
    return ParsedParatext(p.kind, p.text, p.start, p.end)
