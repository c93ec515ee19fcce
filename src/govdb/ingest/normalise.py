"""Printed text into the text extraction and search read, keeping the way back.

One convention for every outlet: simplified script; ASCII letters, digits and spaces;
Chinese punctuation full-width in Chinese context (，。、；：？！（）“”‘’《》, and the bar ｜
that parts a headline's column name from its words);
no spaces that PDF extraction put inside Chinese words and numbers.
Every step replaces a character by one character or deletes characters,
so `offsets` maps each normalised character back to the printed one.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from govdb.metrics.tables import separators
from govdb.metrics.vocabulary import BIG_FIGURE, LABEL_TIME, PICTOGRAPHS


def _width_table() -> dict[int, int | None]:
    # Full-width ASCII (letters, digits, %, +, -, ., /, …) to half-width, except the punctuation
    # Chinese prints full-width on purpose.
    table: dict[int, int | None] = {
        code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if chr(code) not in "，：；？！（）｜"
    }
    # Kangxi radicals and compatibility ideographs that PDF text layers print instead of the
    # ideograph (⼯作 for 工作), and half-width ｡｢｣､: the one character NFKC makes of each.
    for start, end in ((0x2E80, 0x2FE0), (0xF900, 0xFB00), (0xFF61, 0xFF65)):
        for code in range(start, end):
            folded = unicodedata.normalize("NFKC", chr(code))
            if len(folded) == 1 and folded != chr(code):
                table[code] = ord(folded)
    # 巿 (fú, an old word for a kneepad) is what recognition and hurried typing print for 市;
    # no local report means the garment, and 福鼎巿 must find its city.
    table[ord("巿")] = ord("市")
    # 囗 (the enclosure radical, never a word of its own) is how recognition reads a square 口:
    # 段山囗村 is 段山口村.
    table[ord("囗")] = ord("口")
    # Every other space is a space: no-break, ideographic, en, em, thin, narrow (an ideographic
    # space between a table's cells is told apart before this, see `_cell_gaps`).
    for code in (0x00A0, 0x3000, 0x202F, 0x205F, *range(0x2000, 0x200B)):
        table[code] = 0x20
    return table


_WIDTH = _width_table()
_IDEOGRAPHIC_SPACE = "\u3000"

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2014\u2026\u201c\u201d\u2018\u2019"
_CJK = f"[{_HAN}{_CJK_PUNCT}]"
# ASCII punctuation touching a Chinese character is Chinese punctuation typed on a Western
# keyboard (seed pages print "治理,社会" and "乡镇(街道)").
_ASCII_PUNCT = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_PUNCT_IN_CJK = re.compile(rf"(?<={_CJK})[,;:?!()]|[,;:?!()](?={_CJK})")
# A bracketed pair is converted as a pair, so "(1)加强" does not become "(1）加强".
_PAREN_PAIR = re.compile(r"\(([^()\n]*)\)")
_HAS_CJK = re.compile(_CJK)
_HAS_HAN = re.compile(f"[{_HAN}]")
# Where a straight quote left open at the end of a line is not closed: the line ends a sentence.
_SENTENCE_END = re.compile(r"[。！？；：”」』…]\s*$|^\s*$")
# Spaces with Chinese on one side and Chinese, a digit or a Chinese punctuation mark on the
# other are layout artefacts ("越 穷越乱", "5.2 万 个", "姚 肖"). Spaces between Latin words
# stay, and so does the one between Latin and Chinese ("CEO 团队"): some outlets space mixed
# text on purpose, and search cuts the words apart either way.
_SPURIOUS_SPACE = re.compile(
    rf"(?<={_CJK})[ \t]+(?=[{_HAN}{_CJK_PUNCT}0-9])|(?<=[0-9{_HAN}{_CJK_PUNCT}])[ \t]+(?={_CJK})"
)
# Digits OCR printed one by one with a space between ("8 5 . 6万亩", "3 5 个"): single digits
# (and a decimal point between two of them), a single space apart. They are one number when
# the spaced point says so, or when a Chinese scale or unit, or %, follows, as it follows a
# figure: two numbers are never printed side by side in Chinese prose, while a run of spaced
# groups of several digits ("2024 12") is left alone. Groups of several digits are one number
# too when a unit follows and they cannot stand alone: a group opening with 0 ("1 06 名"), or
# groups of three after the first ("3 000 余人次", a thousands gap). So is a point with a space
# on one side ("98 .6%", "3. 8 万元") before a unit, unless the line opens with it (a list's
# "2. 8个村" is an item number). A space before % is a layout artefact.
_DIGIT_RUN = re.compile(
    r"(?<![0-9.A-Za-z])(?<![0-9.A-Za-z] )[0-9]+(?:(?: ?\. ?| )[0-9]+)+(?![0-9.A-Za-z])"
)
_UNIT_FOLLOWS = re.compile(f" ?[{_HAN}%]")
_SPACE_BEFORE_PERCENT = re.compile(r"(?<=[0-9])[ \t]+(?=[%‰])")
_SPACE_RUN = re.compile(r"(?<=[ \t])[ \t]+")
_LINE_EDGE_SPACE = re.compile(r"^[ \t]+|[ \t]+$", re.MULTILINE)
# A blank line followed by another blank line: one blank line is all a paragraph break needs.
_EXTRA_BLANK_LINE = re.compile(r"(?<=\n)[ \t]*\n(?=[ \t]*\n)")
# 己 (self) printed for 已 (already), as recognition and typing often do: 己有128户, 己经完成.
# Where 己 is a word's second half (自己, 知己, 据为己有) it stays.
_MISREAD_ALREADY = re.compile(r"(?<![自知利舍异克为本一])己(?=有|经|建|成|完|达|累|全|被|于)")
# Letters recognition reads for digits inside a number (l3个, 1O.5万元, 2 1 5O万元): a run of
# digits and l, I, O, o, with Chinese on one side and no Latin letter touching it, holding at
# least as many digits as letters (O2O and IO stay as printed).
_DIGITS_AND_LOOKALIKES = re.compile(r"(?<![A-Za-z0-9.])[0-9lIOo](?:[ .]?[0-9lIOo])*(?![A-Za-z0-9])")
_LOOKALIKE_DIGITS = str.maketrans("lIOo", "1100")
# Characters that print as nothing: zero-width spaces and joiners, word joiner, soft hyphen.
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")


@dataclass(frozen=True, slots=True)
class Normalised:
    text: str
    offsets: tuple[int, ...]  # len(text) + 1 entries: index in the input of each character


@lru_cache(maxsize=2)
def _converter(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Traditional to simplified, character for character (OpenCC 't2s', never 'tw2sp',
    which rewrites vocabulary: 高效能 → 高性能). The result has the input's length."""
    convert = _converter("t2s").convert
    converted = convert(text)
    if len(converted) == len(text):
        return _kept_as_printed(text, converted)
    # A phrase rule changed the length somewhere: keep phrase rules on the lines they leave
    # alone, and convert the others one character at a time.
    lines = []
    for line in text.split("\n"):
        simplified = convert(line)
        if len(simplified) != len(line):
            simplified = "".join(c if len(s := convert(c)) != 1 else s for c in line)
        lines.append(simplified)
    return "\n".join(lines)


# Characters simplified script writes too, which the table turns into others: 乾 (乾安县, 乾坤)
# is no 干, 於 (於潜镇, a surname) no 于, in a simplified text.
_SIMPLIFIED_AS_WELL = frozenset("乾於")
_SIMPLIFIED_MARGIN = 5  # a text with this many times more simplified-only characters is one


def _kept_as_printed(text: str, converted: str) -> str:
    """The conversion, with 乾 and 於 put back where the text around them is simplified."""
    kept = [i for i, c in enumerate(text) if c in _SIMPLIFIED_AS_WELL and converted[i] != c]
    if not kept:
        return converted
    traditional = sum(a != b for a, b in zip(text, converted, strict=True)) - len(kept)
    simplified = sum(a != b for a, b in zip(text, _converter("s2t").convert(text), strict=False))
    if simplified == 0 or traditional * _SIMPLIFIED_MARGIN > simplified:
        return converted
    chars = list(converted)
    for i in kept:
        chars[i] = text[i]
    return "".join(chars)


def detect_script(text: str) -> str:
    """simplified, traditional or mixed by the characters that differ between the scripts;
    unknown when there is no Chinese. Text in characters both scripts share is simplified.
    One script wins when the other has at most a twentieth of its distinctive characters, so
    a few stray variants (爲 beside 為, 饅 in a simplified page) do not make a page mixed."""
    han = "".join(re.findall(f"[{_HAN}]", text))
    if not han:
        return "unknown"
    traditional = sum(a != b for a, b in zip(han, _converter("t2s").convert(han), strict=False))
    simplified = sum(a != b for a, b in zip(han, _converter("s2t").convert(han), strict=False))
    if traditional <= simplified // 20:
        return "simplified"
    if simplified <= traditional // 20:
        return "traditional"
    return "mixed"


def _paren_pair(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    chinese = (
        _HAS_CJK.search(match.group(1))
        or (start > 0 and _HAS_CJK.match(text, start - 1))
        or (end < len(text) and _HAS_CJK.match(text, end))
    )
    return f"（{match.group(1)}）" if chinese else match.group()


def _pair_quotes(text: str) -> str:
    """Straight double quotes in Chinese text become “ and ”, alternately. A quote still open
    at a hard line break inside a sentence (OCR) closes on a following line."""
    if '"' not in text:
        return text
    lines = text.split("\n")
    is_open = False
    for number, line in enumerate(lines):
        if '"' in line and (is_open or _HAS_HAN.search(line)):
            parts = line.split('"')
            marks = []
            for _ in parts[1:]:
                marks.append("”" if is_open else "“")
                is_open = not is_open
            lines[number] = "".join(p + m for p, m in zip(parts, [*marks, ""], strict=True))
        if _SENTENCE_END.search(line):
            is_open = False
    return "\n".join(lines)


_FULL_WIDTH_THOUSANDS = re.compile(r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")


def _digits(match: re.Match[str], text: str) -> str:
    """A number recognition misread, its lookalike letters read as digits (see
    _DIGITS_AND_LOOKALIKES); anything else as printed."""
    run = match.group()
    digits = sum(c.isdigit() for c in run)
    letters = sum(c in "lIOo" for c in run)
    near_han = _HAS_HAN.match(text[match.start() - 1 : match.start()]) or _HAS_HAN.match(
        text[match.end() : match.end() + 1]
    )
    if not letters or digits < letters or not near_han:
        return run
    return run.translate(_LOOKALIKE_DIGITS)


def _spaced_digits(text: str, printed: str) -> list[tuple[int, int]]:
    """The spaces inside numbers OCR printed apart (see _DIGIT_RUN). An ideographic space is
    set, not misread: it parts two cells of a row (46　113　145.7%), never a number's digits."""
    gaps: list[tuple[int, int]] = []
    for match in _DIGIT_RUN.finditer(text):
        run, at = match.group(), match.start()
        spaces = [at + i for i, char in enumerate(run) if char == " "]
        if any(printed[i] == _IDEOGRAPHIC_SPACE for i in spaces):
            continue
        if spaces and _one_number(run, text, match.start(), match.end()):
            gaps.extend((i, i + 1) for i in spaces)
    return gaps


def _one_number(run: str, text: str, start: int, end: int) -> bool:
    groups = re.split(r" ?\. ?| ", run)
    points = run.count(".")
    if points > 1:
        return False
    if " . " in run and all(len(g) == 1 for g in groups):
        return True
    if not _UNIT_FOLLOWS.match(text, end):
        return False
    if points and (start == 0 or text[start - 1] == "\n"):
        return False
    if all(len(g) == 1 for g in groups) or (
        len(groups) >= 3 and all(len(g) == 1 for g in groups[:-1])  # 2 1 50万元: one gap missed
    ):
        return True
    whole = re.split(r" ?\. ?", run)[0].split(" ")
    apart = whole[1:]
    thousands = len(whole[0]) <= 3 and all(len(g) == 3 for g in apart)
    return bool(points or thousands or any(g.startswith("0") for g in apart))


def normalise(text: str, *, close_spaces: bool = True) -> Normalised:
    """The normalised text and, for each of its characters, where it was printed.

    `close_spaces=False` keeps spaces inside Chinese text: a headline's two halves
    (砌基层善治之石 筑人民幸福之基) and a byline's role and names are spaced on purpose.
    Line breaks stay where they were; at most one blank line separates paragraphs.
    """
    # One-for-one replacements first: offsets stay the identity.
    printed = text
    text = to_simplified(text.translate(_WIDTH))
    # ２，０００個: a full-width comma between full-width digits, three after it, groups
    # thousands as a typeset number does; between other figures it parts a list.
    for match in _FULL_WIDTH_THOUSANDS.finditer(printed):
        text = f"{text[: match.start()]},{text[match.end() :]}"
    gaps = _cell_gaps(printed, text) if close_spaces else []
    text = _PAREN_PAIR.sub(_paren_pair, text)
    text = _PUNCT_IN_CJK.sub(lambda m: _ASCII_PUNCT[m.group()], text)
    text = _pair_quotes(text)
    text = _MISREAD_ALREADY.sub("已", text)
    text = _DIGITS_AND_LOOKALIKES.sub(lambda m: _digits(m, text), text)
    # Then deletions, collected as spans and applied once.
    patterns = (_SPURIOUS_SPACE, _SPACE_BEFORE_PERCENT) if close_spaces else ()
    patterns += (_SPACE_RUN, _LINE_EDGE_SPACE, _EXTRA_BLANK_LINE, _INVISIBLE)
    deleted = [(m.start(), m.end()) for p in patterns for m in p.finditer(text)]
    if close_spaces:
        deleted += _spaced_digits(text, printed)
    if gaps:
        # A table's cells keep one separator each, a tab, so that extraction reads its rows
        # as rows (govdb.metrics.tables); the rest of the run goes like any run of spaces.
        text = _with_tabs(text, [a for a, _ in gaps])
        deleted = _keeping(deleted + [(a + 1, b) for a, b in gaps], [a for a, _ in gaps])
    labels = (
        [m.span(2) for gap in (_LABEL_GAP, _FIGURE_GAP) for m in gap.finditer(printed)]
        if close_spaces
        else []
    )
    if labels:
        # 勐海镇　近日，…: a label set apart at a line's start keeps one space after it.
        deleted = _keeping(deleted + [(a + 1, b) for a, b in labels], [a for a, _ in labels])
    deleted.sort()
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for start, end in deleted:
        if start > position:
            pieces.append(text[position:start])
            offsets.extend(range(position, start))
        position = max(position, end)
    pieces.append(text[position:])
    offsets.extend(range(position, len(text)))
    offsets.append(len(text))
    return Normalised("".join(pieces), tuple(offsets))


def _cell_gaps(printed: str, text: str) -> list[tuple[int, int]]:
    """The runs of space between the cells of the tables printed in `printed`, found in
    `text` (its one-for-one normalisation) with the ideographic spaces put back: one between
    two cells sets them apart as two ASCII spaces do."""
    if _IDEOGRAPHIC_SPACE in printed:
        chars = list(text)
        for index, char in enumerate(printed):
            if char == _IDEOGRAPHIC_SPACE:
                chars[index] = char
        text = "".join(chars)
    return separators(text)


# A short label printed at a line's start and set apart from the sentence after it by an
# ideographic space or a run of spaces (勐海镇　近日，…), as columns of briefs print each item's
# place: the gap is the label's edge, not an artefact to close.
_LABEL_GAP = re.compile(
    # (after a bullet or a pictograph an infographic's line may open with: 🚛 货运量　52.8万吨;
    # or after a semicolon, a ranking's next place on the line: 甲镇　95.6分；乙镇　94.2分)
    rf"(?:^|(?<=[；;]))[ \t]*(?:[▶►▸•●■◆★☆·{PICTOGRAPHS}\uFE0F]+[ \t]*)?"
    rf"([{_HAN}]{{2,10}})(\u3000+|[ \t]{{2,}})(?=[{_HAN}0-9])",
    re.MULTILINE,
)

# …and a figure printed before its words, an infographic's line (6.83万件　全年受理诉求).
_FIGURE_GAP = re.compile(
    rf"^[ \t]*(?:[▶►▸•●■◆★☆·{PICTOGRAPHS}\uFE0F]+[ \t]*)?({BIG_FIGURE})(\u3000+|[ \t]{{2,}})"
    rf"(?=[^\s\d，。；：:]|{LABEL_TIME}[^\s\d，。；：:])",
    re.MULTILINE,
)


def _with_tabs(text: str, positions: list[int]) -> str:
    chars = list(text)
    for position in positions:
        chars[position] = "\t"
    return "".join(chars)


def _keeping(deleted: list[tuple[int, int]], kept: list[int]) -> list[tuple[int, int]]:
    """The deleted spans with the kept positions cut out of them."""
    kept = sorted(kept)
    result: list[tuple[int, int]] = []
    for start, end in deleted:
        for position in kept[bisect_left(kept, start) : bisect_left(kept, end)]:
            if position > start:
                result.append((start, position))
            start = position + 1
        if end > start:
            result.append((start, end))
    return result
