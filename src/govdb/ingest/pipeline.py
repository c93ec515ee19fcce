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
    masthead = "masthead" if page.published_on else None
    stated = DocumentMeta(page.source, page.published_on, page.page_label, masthead)
    meta = merge_meta(meta, stated)
    home = home_region(meta.source, gazetteer)
    parsed = [parse_article(draft, tokenizer) for draft in page.articles]
    # Extraction reads windows of a very long body, each like an article of its own, and the
    # facts found are put back together: see `windows`.
    split = [_pieces(article, words) for article, words in parsed]
    pieces = [piece for article in split for piece in article]
    read = _place_articles([a for a, _, _ in pieces], [w for _, w, _ in pieces], home, resources)
    read = _with_programs(read, tokenizer)
    read = [_with_metrics(a, meta, tokenizer) for a in read]
    articles = []
    for (article, _), own in zip(parsed, split, strict=True):
        articles.append(_rejoin(article, read[: len(own)], [at for _, _, at in own]))
        read = read[len(own) :]
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


def _pieces(
    article: ParsedArticle, words: frozenset[int]
) -> list[tuple[ParsedArticle, frozenset[int], int]]:
    """The article as extraction reads it, with its word boundaries and where it starts in
    the body: itself, or one piece per window of a long body."""
    if len(article.body) <= WINDOW:
        return [(article, words, 0)]
    boundaries = sorted(words)
    pieces = []
    for start, end in windows(article.body):
        low, high = bisect_left(boundaries, start), bisect_left(boundaries, end + 1)
        inside = frozenset(b - start for b in boundaries[low:high])
        piece = replace(article, body=article.body[start:end], body_offsets=())
        pieces.append((piece, inside, start))
    return pieces


def _rejoin(
    article: ParsedArticle, read: Sequence[ParsedArticle], starts: Sequence[int]
) -> ParsedArticle:
    """The article with the facts of its pieces, their spans moved into its whole body."""
    if len(read) == 1:
        return replace(article, **{f: getattr(read[0], f) for f in _FACTS})
    places, programs, metrics, skipped = [], [], [], []
    for piece, at in zip(read, starts, strict=True):
        places += [replace(m, start=m.start + at, end=m.end + at) for m in piece.places]
        programs += [
            (replace(p, start=p.start + at, end=p.end + at), code) for p, code in piece.programs
        ]
        metrics += [
            replace(
                m,
                start=m.start + at,
                end=m.end + at,
                sentence_start=m.sentence_start + at,
                sentence_end=m.sentence_end + at,
            )
            for m in piece.metrics
        ]
        skipped += [replace(n, start=n.start + at, end=n.end + at) for n in piece.skipped_numbers]
    facts = (places, programs, metrics, skipped)
    return replace(article, **{f: tuple(v) for f, v in zip(_FACTS, facts, strict=True)})


_FACTS = ("places", "programs", "metrics", "skipped_numbers")


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
    g, words_of = resources.gazetteer, resources.dictionary_tags
    found = [
        find_places(a.body, home_code=home, boundaries=b, gazetteer=g, dictionary=words_of)
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
                dictionary=words_of,
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
