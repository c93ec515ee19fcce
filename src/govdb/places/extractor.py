"""Places as a kind of fact: the page's articles into place mentions (see govdb.ingest.facts)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from govdb.ingest.facts import Aside, Facts, Page
from govdb.places.find import PlaceMention, find_places
from govdb.places.gazetteer import Gazetteer
from govdb.places.vocabulary import PlaceLevel, Resolution
from govdb.resources import Resources

PLACES = "places"
TITLE_PLACES = "title_places"
CAPTION_PLACES = "caption_places"
CREDIT_PLACES = "credit_places"

# Mentions that did not settle on one unit: they get a second look with the page's others.
_UNSETTLED = (Resolution.ANCESTOR, Resolution.UNRESOLVED)


class PlaceExtractor:
    kind = PLACES

    def extract(
        self, page: Page, resources: Resources, found: Sequence[Facts]
    ) -> list[tuple[PlaceMention, ...]]:
        """Places of each article, read with the units its headline and the page's own lines
        name (a banner's work report over a body that says 全旗 and names its towns, 某县某某
        办公室 under a notice); an ambiguous name gets a second look with the units the other
        articles of the page name (西城区 in a caption, beside stories about 漯河市), and so
        does an article that found none."""
        g, home, words_of = resources.gazetteer, page.home_code, resources.dictionary_tags
        headlines = [
            _headline_units(a.title, a.title_words, page, resources) for a in page.articles
        ]
        # The units the page's own lines name (某县某某指挥部办公室 under a notice) place its
        # articles' towns as their headlines do.
        furniture = _furniture_units(page, resources) if page.furniture else []
        places = [
            find_places(
                a.body,
                home_code=home,
                nearby=headline + furniture,
                boundaries=a.words,
                gazetteer=g,
                dictionary=words_of,
                frequencies=resources.word_frequencies,
            )
            for a, headline in zip(page.articles, headlines, strict=True)
        ]
        settled = [
            {m.code for m in mentions if m.code and m.method not in _UNSETTLED}
            for mentions in places
        ]
        for index, mentions in enumerate(places):
            # An article that named nothing for sure may name a unit only the page's others
            # place: a brief's 点头镇 (an everyday word alone), a caption's 某某村.
            if not mentions or any(m.method in _UNSETTLED for m in mentions):
                nearby = [c for other, codes in enumerate(settled) if other != index for c in codes]
                nearby += headlines[index] + furniture
                article = page.articles[index]
                nearby += _counties_in_short(
                    [article.title or "", *page.furniture], resources.gazetteer
                )
                places[index] = find_places(
                    article.body,
                    home_code=home,
                    nearby=nearby,
                    boundaries=article.words,
                    gazetteer=g,
                    dictionary=words_of,
                    frequencies=resources.word_frequencies,
                )
        return [tuple(mentions) for mentions in places]


def _counties_in_short(lines: Sequence[str], g: Gazetteer) -> list[str]:
    """Counties a headline or the page's own lines name in short (克山一周要闻, 某某发布 for
    克山县): too weak to be mentions without their province, they still say which of several
    towns of one name the body means."""
    found: list[str] = []
    for line in lines:
        for start in range(len(line)):
            for end in range(start + 2, min(len(line), start + SHORT_FORM_MAX) + 1):
                for code, alias in g.names.get(line[start:end], ()):
                    unit = g.get(code)
                    if alias is not None and unit is not None and unit.level == "county":
                        found.append(code)
    return found


SHORT_FORM_MAX = 4


def _furniture_units(page: Page, resources: Resources) -> list[str]:
    """The units the page's own lines name beyond doubt (政协某市委员会 over a proposal)."""
    return [
        m.code
        for line in page.furniture
        for m in find_places(
            line,
            home_code=page.home_code,
            gazetteer=resources.gazetteer,
            dictionary=resources.dictionary_tags,
            frequencies=resources.word_frequencies,
        )
        if m.code and m.method not in _UNSETTLED
    ]


def _headline_units(
    title: str | None, words: frozenset[int], page: Page, resources: Resources
) -> list[str]:
    """The units a headline names beyond doubt, as context for its body."""
    if not title:
        return []
    mentions = find_places(
        title,
        home_code=page.home_code,
        boundaries=words,
        gazetteer=resources.gazetteer,
        dictionary=resources.dictionary_tags,
        frequencies=resources.word_frequencies,
    )
    return [m.code for m in mentions if m.code and m.method not in _UNSETTLED]


def _beside_the_body(
    text: str,
    words: frozenset[int],
    page: Page,
    resources: Resources,
    facts: Facts,
    elsewhere: Sequence[str] = (),
) -> tuple[PlaceMention, ...]:
    """Places in a text printed with an article (its headline, a caption), read with the units
    its body names as context, then those `elsewhere` on the page."""
    return find_places(
        text,
        home_code=page.home_code,
        nearby=[*(m.code for m in facts.get(PLACES, ()) if m.code), *elsewhere],
        boundaries=words,
        gazetteer=resources.gazetteer,
        dictionary=resources.dictionary_tags,
        frequencies=resources.word_frequencies,
    )


class TitlePlaceExtractor:
    """Places a headline names (韶关乳源：瑶族村寨走上共富路), their spans in the headline: a
    story often names its place only there and says 该县 after. Read after the body's places."""

    kind = TITLE_PLACES

    def extract(
        self, page: Page, resources: Resources, found: Sequence[Facts]
    ) -> list[tuple[PlaceMention, ...]]:
        # A box's headline (沂源天气, 数据·湘乡1—10月) may name the page's county in short over
        # a body that names none: the page's other articles say which it is.
        page_units = [
            m.code
            for facts in found
            for m in facts.get(PLACES, ())
            if m.code and m.method not in _UNSETTLED
        ]
        return [
            _beside_the_body(article.title, article.title_words, page, resources, facts, page_units)
            if article.title
            else ()
            for article, facts in zip(page.articles, found, strict=True)
        ]


class CaptionPlaceExtractor:
    """Places a photo's caption names (图为某镇某村村民…): a reader lists them with the
    article's. Each span counts in the document's text, where the caption was printed."""

    kind = CAPTION_PLACES

    def extract(
        self, page: Page, resources: Resources, found: Sequence[Facts]
    ) -> list[tuple[PlaceMention, ...]]:
        return _in_asides([a.captions for a in page.articles], page, resources, found)


class CreditPlaceExtractor:
    """Places an article's credit lines name: the office a notice is issued by (某县某镇人民政府
    under its title), an event's organiser (主办：某县人民政府). A reader lists the unit the page
    speaks for with the article's places, though its text may only say 全县 or 本镇. Each span
    counts in the document's text, where the line was printed."""

    kind = CREDIT_PLACES

    def extract(
        self, page: Page, resources: Resources, found: Sequence[Facts]
    ) -> list[tuple[PlaceMention, ...]]:
        issuers = [
            tuple(c for c in a.credits if _ISSUER.search(c.text) and "供稿" not in c.text)
            for a in page.articles
        ]
        # A province there is a post's location tag (原创 … 甘肃), not an issuer.
        return [
            tuple(m for m in mentions if m.level != PlaceLevel.PROVINCE)
            for mentions in _in_asides(issuers, page, resources, found)
        ]


# A credit line naming the government body that issued or organised what is printed (某县农业
# 农村局, 主办：某县人民政府); an outlet's line (某某日报, 某县融媒体中心), an agency's beyond
# the county (某某海关) or a contributor's (（某县某局 供稿）, closing a column of briefs) names
# where it is, not what the article is about.
_ISSUER = re.compile(
    r"政府|办事处|委员会|党委|党工委|管委会|组委会|指挥部|办公室|大队|支队|[^\W\d_][局所站]"
)


def _in_asides(
    asides: Sequence[Sequence[Aside]], page: Page, resources: Resources, found: Sequence[Facts]
) -> list[tuple[PlaceMention, ...]]:
    """Places in the lines printed beside each article's body, read with its body's places as
    context, their spans moved into the document's text."""
    return [
        tuple(
            replace(m, start=aside.offsets[m.start], end=aside.offsets[m.end - 1] + 1)
            for aside in own
            for m in _beside_the_body(aside.text, aside.words, page, resources, facts)
        )
        for own, facts in zip(asides, found, strict=True)
    ]
