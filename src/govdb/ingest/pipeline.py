"""The pure part of ingest: a file read from disk into a ParsedDocument, nothing stored.

segment (page → articles, OCR lines joined) → normalise each article (script, widths,
stray spaces; offsets kept) → words for search. Extraction of places, programs and metrics
hooks in here, on the normalised body. Everything a stage consults comes from `resources`, which
no stage changes: a document gives the same result whatever was parsed before it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import replace

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
from govdb.metrics.extract import extract_metrics
from govdb.places.find import find_places
from govdb.places.gazetteer import Gazetteer
from govdb.places.home import home_region
from govdb.places.nearest import main_place, nearest_place
from govdb.programs.find import find_programs
from govdb.resources import Resources, default_resources
from govdb.tokenize import Tokenizer


def parse_document(
    source: SourceFile,
    source_path: str,
    meta: DocumentMeta,
    resources: Resources | None = None,
) -> ParsedDocument:
    resources = resources or default_resources()
    tokenizer, gazetteer = resources.tokenizer, resources.gazetteer
    page = split_page(source.text)
    stated = DocumentMeta(page.source, page.published_on, page.page_label)
    meta = merge_meta(meta, stated)
    home = home_region(meta.source, gazetteer)
    parsed = [parse_article(draft, tokenizer) for draft in page.articles]
    articles = _place_articles([a for a, _ in parsed], [w for _, w in parsed], home, resources)
    articles = _with_programs(articles, tokenizer)
    articles = [_with_metrics(a, meta, tokenizer) for a in articles]
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


def _codes_named(articles: Sequence[ParsedArticle], home: str | None) -> set[str]:
    codes = {m.code for a in articles for m in a.places if m.code}
    codes |= {code for a in articles for _, code in a.programs if code}
    codes |= {m.place_code for a in articles for m in a.metrics if m.place_code}
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


def _place_articles(
    articles: list[ParsedArticle],
    words: list[frozenset[int]],
    home: str | None,
    resources: Resources,
) -> list[ParsedArticle]:
    """Places of each article; an ambiguous name gets a second look with the units the other
    articles of the page name (西城区 in a caption, beside stories about 漯河市)."""
    g = resources.gazetteer
    found = [
        find_places(a.body, home_code=home, boundaries=b, gazetteer=g)
        for a, b in zip(articles, words, strict=True)
    ]
    settled = [
        {m.code for m in mentions if m.code and m.method not in ("ancestor", "unresolved")}
        for mentions in found
    ]
    for index, mentions in enumerate(found):
        if any(m.method in ("ancestor", "unresolved") for m in mentions):
            nearby = [c for other, codes in enumerate(settled) if other != index for c in codes]
            found[index] = find_places(
                articles[index].body,
                home_code=home,
                nearby=nearby,
                boundaries=words[index],
                gazetteer=g,
            )
    return [replace(a, places=mentions) for a, mentions in zip(articles, found, strict=True)]


def _with_programs(articles: Sequence[ParsedArticle], tokenizer: Tokenizer) -> list[ParsedArticle]:
    """Programs of each article. A name one article gives evidence for is taken again where
    another article of the same page quotes it bare; names from other documents are not
    consulted, so the result does not depend on what was ingested before."""
    first = [find_programs(a.body, tokenizer=tokenizer) for a in articles]
    known = {p.name for found in first for p in found}
    return [_programs_of(a, known, tokenizer) for a in articles]


def _programs_of(
    article: ParsedArticle, known: Collection[str], tokenizer: Tokenizer
) -> ParsedArticle:
    main = main_place(article.places)
    programs = tuple(
        (p, nearest_place(article.body, p.start, p.end, article.places, main))
        for p in find_programs(article.body, known=known, tokenizer=tokenizer)
    )
    return replace(article, programs=programs)


def _with_metrics(
    article: ParsedArticle, meta: DocumentMeta, tokenizer: Tokenizer
) -> ParsedArticle:
    metrics, skipped = extract_metrics(
        article.body,
        published_on=meta.published_on,
        places=article.places,
        # Numbers inside names are not figures: “15分钟便民生活圈”, 问十乡.
        exclude=[(p.start, p.end) for p, _ in article.programs]
        + [(m.start, m.end) for m in article.places],
        tokenizer=tokenizer,
    )
    return replace(article, metrics=metrics, skipped_numbers=skipped)


def parse_article(
    draft: ArticleDraft, tokenizer: Tokenizer
) -> tuple[ParsedArticle, frozenset[int]]:
    """The article normalised, and the word boundaries of its body (for place matching)."""
    normalised = normalise(draft.body)
    body = normalised.text
    # Compose the two maps: normalised body → segmenter's body → page text.
    offsets = tuple(draft.body_offsets[i] for i in normalised.offsets)

    def to_body(index: int) -> int:
        return bisect_left(normalised.offsets, index)

    title = _clean(draft.title)
    body_words = tokenizer.cut(body)
    words = [t.text for t in [*tokenizer.cut(title or ""), *body_words] if _is_word(t.text)]
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
    return article, frozenset(i for t in body_words for i in (t.start, t.end))


def _is_word(token: str) -> bool:
    """Words are searched; punctuation and spaces are not."""
    return any(c.isalnum() for c in token)


def _clean(value: str | None) -> str | None:
    """Metadata lines in the same script and widths as the body; None stays None."""
    if value is None:
        return None
    return normalise(value, close_spaces=False).text.strip() or None


def _paratext(p) -> ParsedParatext:  # type: ignore[no-untyped-def]
    return ParsedParatext(p.kind, p.text, p.start, p.end)
