"""Programs as a kind of fact: each with the unit it applies to (see govdb.ingest.facts)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from govdb.ingest.facts import Facts, Page
from govdb.places.extractor import PLACES, TITLE_PLACES
from govdb.places.nearest import main_place, nearest_place
from govdb.programs.canonical import canonical_name, simplified
from govdb.programs.find import ProgramMention, find_programs, quoted_in_both
from govdb.resources import Resources

PROGRAMS = "programs"
TITLE_PROGRAMS = "title_programs"
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_QUOTED = re.compile(r"[“「『‘\"](.*?)[”」』’\"]")


class ProgramExtractor:
    kind = PROGRAMS

    def extract(
        self, page: Page, resources: Resources, found: Sequence[Facts]
    ) -> list[tuple[ProgramMention, ...]]:
        """Programs of each article. A name one article gives evidence for is taken again where
        another article of the same page quotes it bare, and a short form one article gives
        (简称“…”) names its program in the others; names from other documents are not
        consulted, so the result does not depend on what was ingested before."""
        tokenizer = resources.tokenizer
        first = [find_programs(a.body, tokenizer=tokenizer) for a in page.articles]
        known = {p.name for programs in first for p in programs}
        short_forms = {
            printed: (p.name, p.kind)
            for programs in first
            for p in programs
            if (printed := canonical_name(p.surface)) != p.name
        }
        result = []
        for article, facts in zip(page.articles, found, strict=True):
            places = facts.get(PLACES, ())
            main = main_place(places)
            result.append(
                tuple(
                    replace(p, place_code=nearest_place(article.body, p.start, p.end, places, main))
                    for p in find_programs(
                        article.body, known=known, short_forms=short_forms, tokenizer=tokenizer
                    )
                )
            )
        return result


def _known_in_title(programs: Sequence[ProgramMention]) -> set[str]:
    """Names a headline may quote bare: the body's programs, and the parts of its formulas
    (“夜话会”暖人心 over a body's “夜话会+清单制”机制): a headline picks out the part its story
    is about. A part of one or two characters (党建, 网格) is a field, not a practice; so is
    the one part of an open formula (“生态岗位+”就业: jobs, plus what is built on them)."""
    known = {p.name for p in programs}
    for program in programs:
        quoted = _QUOTED.search(program.surface)
        parts = (quoted.group(1) if quoted else program.name).replace("＋", "+").split("+")
        if len(parts) >= 2 and all(parts):
            known.update(
                simplified(part) for part in parts if len(part) >= 3 and _HAN.fullmatch(part)
            )
    return known


class TitleProgramExtractor:
    """Programs a headline names (“积分超市”兑出治理新气象), their spans in the headline: a
    story often quotes its program there and names it otherwise after. A name the body gives
    evidence for is taken bare in the headline too. Read after the body's programs."""

    kind = TITLE_PROGRAMS

    def extract(
        self, page: Page, resources: Resources, found: Sequence[Facts]
    ) -> list[tuple[ProgramMention, ...]]:
        result = []
        for article, facts in zip(page.articles, found, strict=True):
            if not article.title:
                result.append(())
                continue
            title = article.title
            known = _known_in_title(facts.get(PROGRAMS, ()))
            known |= quoted_in_both(title, article.body, resources.tokenizer)
            places = facts.get(TITLE_PLACES, ())
            main = main_place(facts.get(PLACES, ())) or main_place(places)
            found_here = find_programs(title, known=known, tokenizer=resources.tokenizer)
            result.append(
                tuple(
                    replace(p, place_code=nearest_place(title, p.start, p.end, places, main))
                    for p in found_here
                )
            )
        return result
