"""Name matches into units: ambiguous names settled by the units named around them, nearest
scope first, or else placed at the deepest unit all their candidates share.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from govdb.places.aliases import PLACEHOLDERS
from govdb.places.gazetteer import Gazetteer
from govdb.places.scopes import PARAGRAPH_END, SENTENCE_END, scope


@dataclass
class Match:
    """A name found in the text, while it is being resolved (mutable: resolution is
    iterative, each settled name helping the next)."""

    start: int
    end: int
    codes: list[str]
    alias: bool
    method: str = ""
    code: str | None = None
    # Chosen among its bearers by the villages the text names: settled, not to be re-read.
    settled: bool = False

    @property
    def resolved(self) -> bool:
        return self.code is not None and self.method not in ("ancestor", "unresolved")


def resolve(text: str, matches: list[Match], g: Gazetteer, outside: list[str]) -> None:
    """Settle each match: one candidate is exact (or alias); several are narrowed by the units
    settled around them, scope by scope; what stays ambiguous goes to the deepest unit all
    candidates share, with the candidates kept. `outside` are units named beyond the text
    (the rest of the document, the outlet's home region)."""
    for m in matches:
        if (m.method in ("fuzzy", "ancestor") and m.code is not None) or m.settled:
            continue
        if len(m.codes) > 1:
            m.codes = _outermost_of_a_kind(m.codes, g)
        if len(m.codes) == 1:
            m.code, m.method = m.codes[0], "alias" if m.alias else "exact"
        else:
            m.code, m.method = None, ""
    # Resolve the ambiguous ones by their surroundings, nearest first; each success can help
    # the next, so repeat until nothing changes.
    changed = True
    while changed:
        changed = False
        for m in matches:
            if m.code is not None or not m.codes:
                continue
            choice = _by_context(text, m, matches, outside)
            if choice is not None:
                m.code, m.method = choice, "context"
                changed = True
    for m in matches:
        if m.code is None:
            # Keep the candidates the surroundings point to, and go as deep as they agree.
            m.codes = _narrow(text, m, matches, outside)
            m.code, m.method = _common_ancestor(m.codes, g), "ancestor"
            if m.code is None:
                m.method = "unresolved"


def _outermost_of_a_kind(codes: list[str], g: Gazetteer) -> list[str]:
    """A unit registered again under itself with the same name is one place: 东莞市 is the
    city 4419 and its only county-level row 441900."""
    names = {c: g.unit(c).name for c in codes if c in g}
    return [
        c
        for c in codes
        if not any(o != c and c.startswith(o) and names.get(o) == names.get(c) for o in codes)
    ]


def _by_context(text: str, m: Match, matches: list[Match], outside: list[str]) -> str | None:
    fitting = _narrow(text, m, matches, outside)
    return fitting[0] if len(fitting) == 1 else None


def _narrow(text: str, m: Match, matches: list[Match], outside: list[str]) -> list[str]:
    """The candidates the scopes leave, nearest scope first: a farther scope only chooses among
    what a nearer one left (兰考县代庄村 stays in 兰考县 whatever the home region says). Nearest
    of all is a unit printed right after the name that lies inside one of its candidates."""
    following = next((o.code for o in matches if o.start == m.end and o.resolved and o.code), "")
    heads = [c for c in m.codes if following.startswith(c)]
    if len(heads) == 1:
        return heads  # 大沟镇通安城村: the unit printed right after is one candidate's own
    left = m.codes
    for context in _scopes(text, m, matches, outside):
        fit = _deepest_fit(left, [c for c in context if c not in m.codes])
        if fit:
            left = fit
        if len(left) == 1:
            break
    return left


def _scopes(text: str, m: Match, matches: list[Match], outside: list[str]) -> list[list[str]]:
    """The units named around a match, scope by scope: the unit printed right before it, its
    sentence, its paragraph, the whole text, then the document and the outlet's region."""
    previous = next((o for o in matches if o.end == m.start and o.resolved), None)
    sentence = scope(text, m.start, SENTENCE_END)
    paragraph = scope(text, m.start, PARAGRAPH_END)
    settled = [o for o in matches if o.resolved and o.code]
    return [
        [previous.code] if previous and previous.code else [],
        [o.code for o in settled if o.code and sentence[0] <= o.start < sentence[1]],
        [o.code for o in settled if o.code and paragraph[0] <= o.start < paragraph[1]],
        [o.code for o in settled if o.code],
        outside,
    ]


def _deepest_fit(candidates: list[str], context: list[str]) -> list[str]:
    """The candidates inside the deepest context unit that holds any of them; between units
    equally deep, the one the text names most often (漯河 ten times beats 郑州 once). A unit
    inside a candidate vouches for it as one holding it would (通州区 over 玉桥街道, a street
    of one of the two 通州区), and a town or village sharing a county with it for that county
    (梁村镇 beside 姜村镇, a town of the county one of the several 梁村镇 is in)."""
    counts = Counter(context)
    best_score, best = (0, 0), []
    for candidate in candidates:
        shared = ((_shared(candidate, c), n) for c, n in counts.items())
        score = max((pair for pair in shared if pair[0]), default=(0, 0))
        if score > best_score:
            best_score, best = score, [candidate]
        elif score == best_score and score[0]:
            best.append(candidate)
    return best


def _shared(candidate: str, unit: str) -> int:
    """How deep the divisions of `candidate` and `unit` agree: the whole of a unit holding the
    candidate or held by it, else the county both are in (0: none; a city or a province
    shared says too little of a town's name borne all over it)."""
    if candidate.startswith(unit) or unit.startswith(candidate):
        return min(len(candidate), len(unit))
    county = 6
    return county if len(unit) > county and candidate[:county] == unit[:county] else 0


def _common_ancestor(codes: list[str], g: Gazetteer) -> str | None:
    """The deepest unit holding every candidate, which may be one of them: 吉林 is the
    province 22 or its city 2202, so it is at least in 22."""
    if not codes:
        return None
    for length in range(min(len(c) for c in codes), 1, -1):
        prefixes = {c[:length] for c in codes}
        # A placeholder (天津市's 市辖区) is no unit anyone names: go on up.
        if len(prefixes) == 1 and all(
            p in g and g.unit(p).name not in PLACEHOLDERS for p in prefixes
        ):
            return prefixes.pop()
    return None
