"""A page's paragraphs into articles: headlines, bylines, bodies, sections and paratexts.

Newspapers print several articles on a page, sometimes a headline after its body (OCR reads
the columns in another order), continuation markers （上接01版）, bylines before or after the
text, captions between paragraphs and briefs one per paragraph. Inside an article, headings
numbered or nested below every headline level of the page are its sections; a column's name
(简讯, 图片新闻) opens a column whose marked or numbered items are one article each; a photo
printed after an article's last text is a photo article of its own. Broadcast transcripts and
brief columns run several stories into one text; they are cut into one article per story at
the seams stories.py finds. The rules here read the page as a careful reader would; nothing
printed is dropped: what is not title, byline or body is a paratext of an article or of the
page.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from govdb.ingest.layout import (
    ABOUT_TITLE,
    ACCOUNT_NAME_MAX,
    BULLETS,
    CHECK_BOXES,
    CIRCLED,
    COLUMN_LABEL,
    DATELINE,
    DOCUMENT_KIND,
    DOCUMENT_TITLE_END,
    DOT_POINTS,
    EMOJI_AFTER,
    EMOJI_BEFORE,
    ISSUER_ENDING,
    ITEM_TAG,
    LIST_ITEM,
    MARKER,
    ONE_NAME,
    PICTURE_STORY,
    TIMED_ITEM,
    TITLE_LABEL,
    Paragraph,
    dated_item,
    field_line,
    is_byline,
    is_photo_caption,
    is_photo_credit,
    is_signature,
    paragraphs,
    posting_line,
)
from govdb.ingest.stories import announced_stories, fused_briefs, reprinted_headline
from govdb.tokenize import default_tokenizer

_COLUMN_TAG = re.compile(r"^\s*【([^【】]{1,30})】\s*")
_SUBTITLE_MARK = re.compile(r"^[-—－·•]+\s*")
_SUBTITLE_DASH = re.compile(r"^(?:—{1,2}|－{1,2}|-{2})\s*[^\s—－-]")
_TRAILING_NAME = re.compile(r"(?<=[。！？”])\s+([\u4e00-\u9fff]{2,3})$")
_SOURCE_IN_BYLINE = re.compile(
    r"([\u4e00-\u9fff]{2,8}(?:日报|晚报|时报|都市报))(?:全媒体|融媒)?记者"
)
_MASTHEAD_DATE = re.compile(
    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:星期|周|第\s*[A-Z]?\d{1,3}\s*版)"
    # or the page first, then the date: 东川新闻　第3版　2026年9月24日
    r"|第\s*[A-Z]?\d{1,3}\s*版.{0,12}?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
)
# The outlet a page's header opens with, before its date: 四平日报　2026年9月24日　第2版.
_MASTHEAD_OUTLET = re.compile(
    r"^([\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|都市报|商报|农民报|报))\s*\d{4}\s*年"
)
# A date as Taiwan's papers print it, counting years from 1912: 民国114年11月19日 is 2025.
_ROC_DATE = re.compile(r"民国\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
ROC_EPOCH = 1911
_PAGE_LABEL = re.compile(r"(?:^|\s)(第?\s*[A-Z]?\d{1,3}\s*版)(?:\s|$|[：:])")
# A web page's header line: 来源：某某网  发布时间：2025-09-18 10:32.
_WEB_DATE = re.compile(
    r"(?:发布时间|发布日期|发稿时间|更新时间|时间|日期)\s*[：:]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})"
    r"\s*[-/.月]\s*(\d{1,2})"
)
_WEB_SOURCE = re.compile(r"(?:来源|稿源|来自)\s*[：:]\s*([^\s|｜：:，,]{2,24})")
# A wire story's dateline names the agency: 新华社重庆11月20日电, 中新社北京电.
_WIRE_SOURCE = re.compile(
    r"^(新华社|中新社|中国新闻社)[\u4e00-\u9fff]{0,8}(?:\d{1,2}月\d{1,2}日)?电"
)
# A sub-heading numbered as a part of its article: 一、 （一） 1. （1） 第一，
_ENUMERATED = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|"
    r"\d{1,2}[、．.](?!\d)|\d{1,2}\.\d{1,2}(?:\s|$)|[（(]\d{1,2}[）)]|[①-⑳]|"
    r"第[一二三四五六七八九十]{1,3}(?:[、，,：:]|部分|章|节|篇)|"
    # (a slide of a presentation saved as text: 幻灯片2　基本情况)
    r"(?:幻灯片|第)\s*\d{1,2}(?:\s*页)?(?:\s|$))"
)
# How a news story's own text opens: a dateline, a reporting frame, a time adverbial.
_NEWS_LEAD = re.compile(
    r"^(?:本报讯|记者|据|近日|日前|近期|连日来|前不久|不久前|\d{1,2}月\d{1,2}日|"
    r"(?:今年|去年)以来|当天)"
)
# A brief opening with who acted: 西河县召开…, 北山镇新建…, 东川市委… (not 新建乡村…).
_WHO_ACTED = re.compile(
    # not 城市 (新建城市书房) nor a kind of area (小区, 园区, 景区): no unit's name
    # (or a banner, a league or a sumu of Inner Mongolia: 某某旗, 某某苏木)
    r"^[\u4e00-\u9fff]{2,4}(?:省|(?<!城)市|县|(?<![小园景辖片山城郊矿林湖港库])区|镇|乡|街道|旗|盟|苏木)"
    r"(?![乡村级民场域间内外])"
)
# A story's first words report it: 记者从…获悉, 据…消息, 本报讯; on air, the anchor's lead-in
# (【主持人】, 【导语】, 【口播】) opens each story of a transcript.
_REPORTING = re.compile(
    r"^(?:本报讯|记者(?:近日|日前)?从|据[^，。]{2,20}?(?:消息|报道)|"
    r"[【\[](?:主持人|导语|口播|播音员|画外音)[】\]])"
)
BLANK_BREAKS_MIN = 6  # paragraphs on a page before its rare blank lines are read as breaks
BLOCKS_MIN = 3  # headlines after blank lines, and after nothing else, that set blocks apart
SUBHEAD_MAX = 8  # a lone heading this short inside a running article is one of its sections
_FIGURE = re.compile(r"\d")
KICKER_MAX = 10  # a heading this short before the headline is a kicker (巨陵镇, 國慶75周年)
LABEL_MAX = 4  # a lone heading this short is a column label (劳模风采, 简讯)
BRIEF_MAX = 300  # a brief's first paragraph is rarely longer


@dataclass(frozen=True, slots=True)
class Paratext:
    kind: str  # caption, credit, footer, continuation, dateline, byline, banner, heading
    text: str
    start: int  # span in the page text
    end: int


@dataclass(frozen=True, slots=True)
class SectionDraft:
    heading: str
    start: int  # span in the article body
    end: int


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    ordinal: int
    title: str | None
    subtitle: str | None
    kicker: str | None
    byline: str | None
    kind: str  # news, brief, commentary, caption
    continuation: str | None
    start: int  # span in the page text of everything the article owns
    end: int
    body: str  # paragraphs joined by "\n", printed line breaks inside them removed
    body_offsets: tuple[int, ...]  # page index of each body character, and of its end
    sections: tuple[SectionDraft, ...]
    paratexts: tuple[Paratext, ...]
    # Spans in the page text of everything printed for the article (headline and byline lines
    # included), so a check can prove no printed character was dropped.
    printed: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Page:
    articles: tuple[ArticleDraft, ...]
    leftovers: tuple[Paratext, ...]  # page-level text: banners, mastheads, site footers
    source: str | None
    published_on: dt.date | None
    page_label: str | None


@dataclass
class _Article:
    """An article while the page is being read."""

    kicker: Paragraph | None = None
    title: Paragraph | None = None
    subtitle: Paragraph | None = None
    title_level: int | None = None
    bylines: list[Paragraph] = field(default_factory=list)
    body: list[Paragraph] = field(default_factory=list)  # body paragraphs and section headings
    paratexts: list[tuple[str, Paragraph]] = field(default_factory=list)
    continuation: Paragraph | None = None
    kind: str = "news"
    # A kicker printed once over several stories (简讯, a transcript's 【column】): each story
    # names it, and spans only its own text.
    kicker_shared: bool = False
    # Printed marks that belong to the article but to none of its fields: the 丨 and ——
    # between kicker, headline and subtitle, a brief's ● bullet.
    marks: list[Paragraph] = field(default_factory=list)

    @property
    def first_body_start(self) -> int:
        starts = [p.start for p in self.body] + [p.start for _, p in self.paratexts]
        return min(starts) if starts else self.span()[0]

    def parts(self) -> list[Paragraph]:
        items = [self.kicker, self.title, self.subtitle, self.continuation]
        return (
            [p for p in items if p]
            + self.bylines
            + self.body
            + [p for _, p in self.paratexts]
            + self.marks
        )

    def span(self) -> tuple[int, int]:
        parts = self.parts()
        if (self.kind == "brief" or self.kicker_shared) and len(parts) > 1:
            parts = [p for p in parts if p is not self.kicker]
        return min(p.start for p in parts), max(p.end for p in parts)


_MD_MARKER = re.compile(r"^#+\s*")
_SPACES = re.compile(r"\s+")


def _said(p: Paragraph) -> str:
    """The heading's words in simplified script, as the patterns read them (a traditional page's
    【社區簡訊】, 關於…的通知); `_text` keeps them as printed."""
    return TITLE_LABEL.sub("", _MD_MARKER.sub("", p.simplified).replace("**", "").strip())


def _text(p: Paragraph) -> str:
    return TITLE_LABEL.sub("", _MD_MARKER.sub("", p.text).replace("**", "").strip())


_OPENERS = {
    "“": "”",
    "《": "》",
    "（": "）",
    "(": ")",
    "「": "」",
    "『": "』",
    "‘": "’",
    "【": "】",
}
_ENDS_UNFINISHED = tuple("的和与及或在对把被向从将为让")


def _join_broken_headings(header: list[Paragraph]) -> list[Paragraph]:
    """A headline the column broke over two lines is one headline again."""
    joined: list[Paragraph] = []
    for p in header:
        if joined and _broken(joined[-1], p):
            joined[-1] = _one_headline(joined[-1], p)
        else:
            joined.append(p)
    return joined


def _upper_line(first: Paragraph, second: Paragraph) -> bool:
    """A headline line printed right over the headline, too long for a kicker (某某在某镇调研时
    强调 over what was stressed; 某市连夜转移群众4300人 over 未发生人员伤亡): the two lines
    are one headline in two parts."""
    upper, lower = _said(first), _MD_MARKER.sub("", second.simplified).strip()
    return (
        not second.blank_before
        and second.start - first.end <= 2  # the next line, nothing printed between
        and first.md_level == second.md_level
        and not (_is_label(first) or _COLUMN_TAG.match(upper) or _ENUMERATED.match(upper))
        # A line in another script (the Korean of a bilingual page) prints the headline
        # again; 标题： labels the headline under a programme's line.
        and len(_CJK_CHAR.findall(upper)) * 2 > len(upper.replace(" ", ""))
        and not TITLE_LABEL.match(lower)
        and not lower.startswith("●")  # a column's first item, headed by its own marked line
    )


def _one_headline(first: Paragraph, second: Paragraph, *, spaced: bool = False) -> Paragraph:
    """Two heading lines as one headline: run together where the column broke it, or with the
    line break read as a space where it is printed in two parts (`spaced`)."""
    second = second.slice(len(second.text) - len(_strip_marker(second.text)))
    gap = " " if spaced else ""
    return Paragraph(
        first.text + gap + second.text,
        [*first.offsets, *([first.offsets[-1] + 1] if spaced else []), *second.offsets],
        "heading",
        first.md_level,
        first.blank_before,
        first.simplified + gap + second.simplified,
        first.lines + second.lines,
    )


def _strip_marker(text: str) -> str:
    return _MD_MARKER.sub("", text)


def _broken(first: Paragraph, second: Paragraph) -> bool:
    """Two heading lines with no blank line between them that read as one headline: the first
    opens a 某地：… headline the second goes on with, leaves a quote or bracket open, ends on a
    word that needs what follows (的, 和, 在 …), or the break falls inside a word."""
    if first.kind != "heading" or second.kind != "heading":
        return False
    if first.md_level != second.md_level:
        return False
    a, b = _said(first), _said(second)
    if not b.strip():  # a bare heading mark (## ) joins nothing, and stays printed
        return False
    if _is_label(first) or _COLUMN_TAG.match(a) or _ENUMERATED.match(a) or _ENUMERATED.match(b):
        return False
    if _SUBTITLE_MARK.match(b) or _SUBTITLE_MARK.match(a):
        return False
    if _unfinished_statement(a, b) or _document_title(a, b):
        return True
    if second.blank_before:
        return False
    tail = b.strip()
    if (
        _BROKEN_TAIL.fullmatch(tail)
        and len(a.strip()) > len(tail)
        and not ONE_NAME.fullmatch(tail)
        and not _is_label(second)
        and not tail.endswith(_LABEL_WORDS)  # 图片说明 under a headline labels what follows
    ):
        return True  # 某镇稻田养鳅亩 / 效翻番: a headline broken at a narrow column's edge
    if any(a.count(o) > a.count(c) for o, c in _OPENERS.items()):
        return True
    if a.count('"') % 2 and b.count('"') % 2:
        return True  # 某乡"冬闲 / 变冬忙": straight quotes, one left open, closed below
    if _ends_unfinished(a) or _QUOTED_VERB_OPEN.search(a):
        return True
    return (
        _word_across(a, b)
        or _noun_cut_off(a.strip(), tail)
        or _subject_over_predicate(a.strip(), tail)
    )


def _subject_over_predicate(a: str, b: str) -> bool:
    """某县三乡镇边境村 / 迎来“增收季”: a place and what it names, saying nothing of it, over a
    line opening with what it did: one headline broken in two, not a kicker over a headline
    (a kicker says something of its own: 乡村振兴在行动)."""
    if len(a) < 5 or not _CJK_CHAR.match(a[-1:]) or _ISSUER.search(a) or DOCUMENT_KIND.search(a):
        # (某县人民政府 / 征收土地公告: who issues it, over what it issues; 某县…统计表 /
        # 填报单位：…: a document's whole name, over its fields)
        return False
    if re.search(r"[：:]", b):
        return False
    tagger = default_tokenizer()
    upper = [w for w in tagger.tag(a) if w.text.strip()]
    lower = [w for w in tagger.tag(b[:8]) if w.text.strip()]
    return (
        bool(upper and lower)
        and (upper[0].pos == "ns" or _PLACE_FIRST.match(a) or _UNIT_END.search(a))
        and not any(_verb(w.pos) or w.pos == "vn" for w in upper)
        and (
            _verb(lower[0].pos)
            # (某镇蔗农 / 订单签约忙: what they did may follow a word or two of what, under a
            # line naming people or things; under a bare place, 某县某镇, the line is a kicker)
            or (_UNIT_END.search(a) is None and any(_verb(w.pos) for w in lower[:3]))
        )
    )


_UNIT_END = re.compile(r"[村镇乡县区市旗]$|街道$|社区$")
_PLACE_FIRST = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:[县区市旗乡镇村]|街道|社区)")


def _noun_cut_off(a: str, b: str) -> bool:
    """某乡棚改安置 / 房年内交付: the lower line opens with a lone noun character cut off the
    word above (the tokenizer may not know the word whole), under a line as full as it."""
    if len(a) < len(b) or not (_CJK_CHAR.match(a[-1:]) and _CJK_CHAR.match(b[:1])):
        return False
    words = default_tokenizer().tag(b[:6])
    return bool(words) and len(words[0].text) == 1 and words[0].pos == "n"


_LABEL_WORDS = ("说明", "图片", "摄影", "组图", "导读", "链接")
# A line of a few characters only, under a longer headline line: its end.
_BROKEN_TAIL = re.compile(r"[\u4e00-\u9fff]{1,5}")
# A quoted verb and its complement, the object still to come: 土地托管“托”出 / 增收新路子.
_QUOTED_VERB_OPEN = re.compile(r"[”」][出成到进起上]$")


def _ends_unfinished(a: str) -> bool:
    """The line ends on a word that needs what follows: 的, 和, 在 as a particle, a
    conjunction or a preposition (not 参与, 人和, 所在, which end words)."""
    if not a.endswith(_ENDS_UNFINISHED):
        return False
    words = default_tokenizer().tag(a[-8:])
    last = words[-1] if words else None
    return last is not None and len(last.text) == 1 and (last.pos or "")[:1] in ("p", "c", "u")


# An official document's title: who issues it, 关于 what, and the kind of document (通知, 通报…).
_ISSUER = re.compile(rf"{ISSUER_ENDING}$")
# What a market's board calls itself, a title however short: 杂粮行情, 蔬菜价格.
_BOARD = re.compile(r"(?:行情|价格|菜价|物价)$")
# What a notice calls itself, a title however short: 更正启事, 公告, 通知.
_NOTICE = re.compile(r"(?:启事|公告|通告|通知|声明|公示)$")


def _document_title(a: str, b: str) -> bool:
    """某县政府办公室 / 关于…的通知: the issuer over the rest of the title is one title
    (a firm's too: 某某热力有限公司 / 关于…收费的公告), and so is a 关于… line over the line
    its title ends on (关于印发…除险加固 / 工作方案的通知)."""
    issuer = _ISSUER.search(a) or _FIRM.search(a)
    if issuer and (
        ABOUT_TITLE.fullmatch(b) or (b.startswith("关于") and not DOCUMENT_TITLE_END.search(b))
    ):
        return True
    return "关于" in a and not DOCUMENT_TITLE_END.search(a) and bool(DOCUMENT_TITLE_END.search(b))


_FIRM = re.compile(r"(?:公司|集团)$")


_NAMED_THING = re.compile(r"[\u4e00-\u9fff]{2,8}[“「][^”」，,。]{2,10}[”」]")


def _unfinished_statement(a: str, b: str) -> bool:
    """安定区:马铃薯产业链 / 延伸出致富"金钥匙": a 某地：… line that names a thing and says
    nothing of it, over a line that says it (opens with a verb), is one statement."""
    match = re.search(r"[：:]\s*([^\s：:]{2,})$", a)
    # …or a line that names a place's quoted thing (某乡“渔家课堂” / 办到渔民家门口)
    named = match.group(1) if match else a if _NAMED_THING.fullmatch(a) else None
    if named is None or re.search(r"[：:]", b):
        return False
    tagger = default_tokenizer()
    words = [w for w in tagger.tag(named) if w.text.strip()]
    said = [w for w in words if _verb(w.pos)]
    if len(words) == 2 and said == words[:1] and _PEOPLE_END.search(named):
        said = []  # 退捕渔民, 搬迁群众: people named by what they did say nothing yet
    # (某区：退捕渔民 / “上岸”有保障: a short quoted word may come before the verb)
    lower = _QUOTED_OPENING.sub("", b)
    opening = [w for w in tagger.tag(lower[:8]) if w.text.strip()]
    return not said and bool(opening) and _verb(opening[0].pos)


_PEOPLE_END = re.compile(r"[民众童人员户工者农]$")
_QUOTED_OPENING = re.compile(r"^[“「\"][\u4e00-\u9fff]{1,4}[”」\"]")


def _verb(pos: str | None) -> bool:
    return pos is not None and pos.startswith("v") and pos != "vn"


def _word_across(a: str, b: str) -> bool:
    """A word of the two lines read as one runs over the line break (产 / 业链)."""
    if not (_CJK_CHAR.match(a[-1:]) and _CJK_CHAR.match(b[:1])):
        return False
    tail, head = a[-6:], b[:6]
    return any(t.start < len(tail) < t.end for t in default_tokenizer().cut(tail + head))


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _kicker_text(p: Paragraph) -> str:
    text = _text(p).strip(BULLETS).strip().strip("【】[]")  # ■短评■, 【记者手记】
    return _SPACES.sub("", text) if _is_label(p) else text


def _reported(header: list[Paragraph], nxt: Paragraph) -> bool:
    """A lone headline over 记者从…获悉 or 【主持人】 (a story told from its start) opens an
    article, unless it is numbered as a part of one."""
    return (
        len(header) == 1
        and not _ENUMERATED.match(_said(header[0]))
        and bool(_REPORTING.match(nxt.simplified))
    )


def _story_headline(header: list[Paragraph], *, apart: bool = True) -> bool:
    """某乡集中整治河道垃圾, set apart by a blank line on a newspaper page (or under a column's
    name, `apart` False): a headline saying who acted, longer than a sub-head, opens the page's
    next story, bylined or not."""
    if len(header) != 1 or (apart and not header[0].blank_before):
        return False
    text = _said(header[0]).strip()
    return (
        len(re.sub(r"\W", "", text)) > SUBHEAD_MAX
        and _WHO_ACTED.match(text) is not None
        and not _ENUMERATED.match(text)
        and not re.search("[：:]", text)  # 东川镇：小桔子做成大产业, a part of a roundup
    )


def _opens_as_story(p: Paragraph) -> bool:
    """A marked paragraph's words, its mark left out, open as a story's do: with a time or a
    dateline (近日，…), or with who acted (某县…)."""
    text = _ITEM_MARK.sub("", p.simplified)
    return bool(_NEWS_LEAD.match(text) or _WHO_ACTED.match(text))


def _kicker_apart(article: _Article) -> bool:
    """The article's kicker was printed on a line of its own, not taken off its headline's
    line (【快讯】某县…), which is kept whole in the article's marks."""
    kicker = article.kicker
    if kicker is None or not kicker.offsets:
        return False
    return not any(
        m.offsets and m.offsets[0] <= kicker.offsets[0] <= m.offsets[-1] for m in article.marks
    )


# A headline naming the items under it: 体育动态三则, 简讯五条, 基层动态.
_ITEMS_NAMED = re.compile(r"(?:[一二三四五六七八九十两\d]+[则条]|动态|集锦|速递|一览)$")
# A story's own signature in brackets: （记者 某某 报道）, （记者 某某 某某）.
_SIGNED_OFF = re.compile(r"^[（(]\s*(?:本报)?记者")
# A bracketed tag of a few characters under the headline (【开篇】, 【背景】): the first section.
SECTION_HEAD_MAX = 6
_SECTION_TAG = re.compile(r"【[^】]{1,6}】")
# A line all in brackets, no issue's or document's number (（2027年第5号）), under a headline.
_BRACKETED_NOTE = re.compile(r"[（(](?![^）)]*第\s*\d+\s*[号期])[^（）()]{6,40}[）)]")
# …or a short head after a mark, a tag or a part's number (▶ 关键数字, 【图1】总量, 01 建设目标):
# an infographic's part.
_MARKED_SECTION = re.compile(
    rf"(?:[{BULLETS}]\s*|【[^】]{{1,6}}】\s*|0[1-9]\s+)[^\s，。！？：:]{{1,8}}"
)


def _subtitle_under(line: str) -> bool:
    """What a line under a headline that says who acted looks like when it is the subtitle:
    figures naming no one (15个项目签约 总投资86亿元), or two short clauses set apart by a
    space (东川镇夺得第一 西河乡进步最快)."""
    if line.startswith(("（", "(")):
        return False  # （2026年第5期）: the issue, not a subtitle
    if _FIGURE.search(line) and not _WHO_ACTED.match(line):
        return True
    return _SPACED_PAIR.fullmatch(line.strip()) is not None


_SPACED_PAIR = re.compile(r"[^\s]{4,14}[ \u3000]+[^\s]{4,14}")


def _numbered_brief(heading: Paragraph, nxt: Paragraph) -> bool:
    """1.东川镇“院坝议事”化解邻里矛盾 over 东川镇在…: a bulletin's numbered item, its own
    story, names the place that acted and its text opens with that place; a report's numbered
    part (1.加强组织领导) names none."""
    text = _ENUMERATED.sub("", _said(heading)).strip()
    who = _WHO_ACTED.match(text)
    return who is not None and nxt.simplified.lstrip().startswith(who.group())


def _with_subtitle(header: list[Paragraph]) -> bool:
    """A headline over a ——subtitle opens an article; a section heading has none."""
    headings = [p for p in header if p.kind == "heading"]
    return any(_SUBTITLE_DASH.match(_said(p)) for p in headings[1:])


# A bulletin's name (某县水务工作简报) and how its one report opens: with its first numbered
# part (一、供水情况。…) or with the sentence that leads into the parts (…通报如下：).
_BULLETIN = re.compile(r"简报】?$")
_REPORT_OPENING = re.compile(r"^[一二三四五六七八九十]、|如下[：:]$")


def _is_label(p: Paragraph) -> bool:
    """The name of a column of briefs or photos (简讯, ■ 图片新闻, 简 讯), however it is
    marked or spaced."""
    return bool(COLUMN_LABEL.match(_SPACES.sub("", _said(p).lstrip(BULLETS))))


_ROLE_WORD = re.compile(
    r"(?:本报|新华社|[\u4e00-\u9fff]{1,8}(?:报|社|电视台|网|融媒体中心))?(?:全媒体|融媒|见习|特约|实习|小)?"
    r"(?:记者|通讯员|评论员|撰稿|作者)"
)


def _clean_names(names: str) -> str:
    """Names padded to fill a column (姚 肖, 徐 斐斐) closed up; separate names kept apart."""
    tokens = names.replace("、", " ").replace("，", " ").split()
    merged: list[str] = []
    for token in tokens:
        if merged and len(merged[-1]) == 1:
            merged[-1] += token
        else:
            merged.append(token)
    return " ".join(merged)


def _clean_byline(p: Paragraph) -> str:
    """■本报记者 姚 肖 → 本报记者 姚肖; (李俊 双瑞) → 李俊 双瑞; 通 讯 员 陆梦娇 → 通讯员 陆梦娇."""
    text = re.sub(r"^[■□◆▲\s]+", "", p.simplified.replace("*", "")).strip()
    # 来源：某某日报 作者：某某 — the outlet is the page's source, not an author.
    text = re.sub(r"^来源[：:]\s*\S+?(?=\s|作者|记者)\s*", "", text)
    text = re.sub(r"^[（(](.*)[）)]$", r"\1", text)
    # 文/某某（某村村医）: who the writer is, said after the name, is no name.
    text = re.sub(r"(?<=\S)\s*[（(][^（）()]{2,40}[）)]$", "", text)
    # 大公报记者 陈静 重庆报道: where the reporter filed from is no name.
    text = re.sub(r"\s+(?:发自)?[\u4e00-\u9fff]{0,8}报道$", "", text)
    loose = re.sub(r"\s+", "", text)
    parts: list[str] = []
    position = 0
    for role in _ROLE_WORD.finditer(loose):
        if role.start() > position:
            parts.append(_clean_names(_spaced(text, loose, position, role.start())))
        parts.append(role.group())
        position = role.end()
    rest = _spaced(text, loose, position, len(loose)).lstrip("：: ")
    if rest.strip():
        spaced_name = re.fullmatch(r"[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,3}", rest.strip())
        parts.append(_clean_names(rest) if parts or spaced_name else rest.strip())
    return " ".join(part for part in parts if part)


def _spaced(text: str, loose: str, start: int, end: int) -> str:
    """The stretch loose[start:end] as printed in text, with its spaces."""
    index = -1
    mapping = [i for i, c in enumerate(text) if not c.isspace()]
    if start >= len(mapping):
        return ""
    index = mapping[start]
    stop = mapping[end - 1] + 1 if end - 1 < len(mapping) else len(text)
    return text[index:stop]


class _Reader:
    def __init__(self, paragraphs_: list[Paragraph]) -> None:
        self.paragraphs = paragraphs_
        levels = {p.md_level for p in paragraphs_ if p.md_level}
        self.section_level = max(levels) if len(levels) > 1 else None
        self.top_level = min(levels) if len(levels) > 1 else None
        self.article_levels = _article_levels(paragraphs_)
        # A page that names itself (第2版) holds several stories, each under its headline, as
        # does one where two stories have been read already.
        self.paged = _metadata(paragraphs_)[2] is not None
        # Where paragraphs follow one another with no blank line, the few blank lines there
        # are set stories apart.
        text = [p for p in paragraphs_ if not p.table]
        blanks = sum(1 for p in text[1:] if p.blank_before)
        self.blank_breaks = len(text) >= BLANK_BREAKS_MIN and blanks * 4 <= len(text)
        # So do blank lines that fall only before headlines (and credits): blocks of a
        # headline and its text, never a blank between a headline and what it heads.
        after_blank = [p.kind for p in text[1:] if p.blank_before]
        self.blank_breaks = self.blank_breaks or (
            after_blank.count("heading") >= BLOCKS_MIN
            and all(kind in ("heading", "credit", "footer") for kind in after_blank)
        )
        # A page printed with no blank line at all sets nothing apart by one.
        self.unspaced = not blanks
        self.articles: list[_Article] = []
        self.leftovers: list[tuple[str, Paragraph]] = []
        self.header: list[Paragraph] = []
        self.waiting: list[Paragraph] = []  # captions and credits met while a header waits
        self.brief_kicker: Paragraph | None = None
        self.divided = False  # a row of ornaments (＊ ＊ ＊) since the last headline or text

    @property
    def current(self) -> _Article | None:
        return self.articles[-1] if self.articles else None

    def read(self) -> None:
        for index, p in enumerate(self.paragraphs):
            if (
                p.kind == "heading"
                and self.header
                and any(w.kind == "caption" for w in self.waiting)
            ):
                # Headings, a photo, then another heading: the first ones head a picture story.
                self.caption_article()
            if p.kind in ("heading", "byline"):
                self.header.append(p)
            elif p.kind in ("marker", "dateline"):
                prefix, rest = _split_prefix(p)
                self.header.append(prefix)
                if rest is not None:
                    self.body(rest)
            elif p.kind == "divider":
                # The article before it has ended: a headline after it opens the next.
                self.divided = True
                p.kind = "credit"
                self.neutral(p)
            elif p.kind == "note" and self._note_under_headline(p, index):
                p.kind = "body"  # 编者按：… under the headline opens the article's text
                self.body(p)
            elif p.kind in ("caption", "credit", "note", "footer"):
                if (
                    p.kind == "caption"
                    and len(self.header) == 1
                    and (_is_label(self.header[0]) or self._photo_group(index))
                ):
                    self.open_column()  # 图片新闻 over photos with their captions
                self.neutral(p)
            elif p.kind == "short":
                last = self.current.body[-1] if self.current and self.current.body else None
                # (after an item ending with its line, the short sentence under it is the next
                # of the text, not a photo's caption)
                after_item = last is not None and (last.is_open or last.closed)
                if (not self.header and after_item) or self._under_subhead(p):
                    p.kind = "body"
                    self.body(p)
                else:
                    p.kind = "caption"
                    self.neutral(p)
            else:  # body or brief
                self.body(p)
        self.finish()

    def _note_under_headline(self, p: Paragraph, index: int) -> bool:
        """An editor's note (编者按) right under a headline waiting for its text, not over one
        (a series' note over the headline is the article's note) nor after it (编后); nor over
        the writer's line (文/某某), which opens the text the note speaks of."""
        after = self.paragraphs[index + 1] if index + 1 < len(self.paragraphs) else None
        if after is not None and after.kind == "byline":
            return False
        return any(h.kind == "heading" for h in self.header) and not _said(p).lstrip(
            "【[〔"
        ).startswith(("编后", "编前"))

    def _photo_group(self, index: int) -> bool:
        """A headline over two or more captions, each saying it describes a photo (秋收忙 over
        图为…（记者 张明 摄）, 图为…（李华 摄）): it names a group of photos, each a news item
        of its own, not one picture story."""
        header = self.header[0]
        if header.kind != "heading" or header.md_level:
            return False
        if PICTURE_STORY.match(header.simplified):
            return False  # 【图片新闻】某某护绿人: the column's tag over one story's headline
        run = 0
        for p in self.paragraphs[index:]:
            if p.kind != "caption" or not is_photo_caption(p.simplified):
                break
            run += 1
        return run >= 2

    def _under_subhead(self, p: Paragraph) -> bool:
        """Right under a sub-heading of a running article, a short sentence is the section's
        text, not a photo's caption."""
        current = self.current
        if not (
            len(self.header) == 1
            and self.header[0].kind == "heading"
            and not self.waiting
            and current is not None
            and current.kind == "news"
            and bool(current.body)
        ):
            return False
        return not self.header[0].md_level or self._sections_only(self.header, current, p)

    def _in_picture_story(self) -> bool:
        """The column's open item is a picture story, headline and lead (图片新闻｜某乡：…):
        the captions after it are its own, told under its lead."""
        current = self.current
        return (
            current is not None
            and current.kicker is self.brief_kicker
            and bool(current.body)
            and _picture_story(current)
        )

    def neutral(self, p: Paragraph) -> None:
        if p.kind == "footer" and (self.header or not self.articles):
            self.leftovers.append(("footer", p))
        elif (
            p.kind == "caption"
            and self.brief_kicker is not None
            and not self.header
            and not self._in_picture_story()
        ):
            # Under 图片新闻 (or any column), each photo's caption is an item of its own.
            item = _Article(kicker=self.brief_kicker, kicker_shared=True, kind="caption")
            self.start(item)
            item.body.append(_strip_mark(item, p, self.column_items()))
        elif self.header or not self.articles:
            self.waiting.append(p)
        else:
            assert self.current is not None
            self.current.paratexts.append((p.kind, p))

    def body(self, p: Paragraph) -> None:
        if self.header:
            self.resolve_header(next_paragraph=p)
        if p.kind == "brief" and not self._item(p):
            p.kind = "body"  # ■ 降低用地成本，…: a point the article makes, not a brief
        brief = p.kind == "brief" or (self.brief_kicker is not None and not self.header)
        if brief and self.brief_kicker is None:
            self._title_names_column()
        if brief and (
            self.current is None
            or self.current.kind != "brief"
            or self.current.kicker is not self.brief_kicker
            # A titled brief runs on to its next headline; untitled ones and ● bullets are a
            # paragraph each.
            or (self.current.body and (self.current.title is None or p.kind == "brief"))
        ):
            self.start(_Article(kicker=self.brief_kicker, kind="brief"))
        if self.current is None:
            self.start(_Article())
        assert self.current is not None
        if brief:
            p = _strip_mark(self.current, p, self.column_items())
        p.kind = "body"
        body = self.current.body
        items = bool(body) and all(LIST_ITEM.match(q.simplified.strip()) for q in (body[-1], p))
        # A line under a box's figure (▶ 新增贷款 3.4亿元 / 支持9个项目) is the item's note,
        # which ends where the line does.
        noted = len(body) >= 2 and body[-2].bare_figure
        # a point of its own (· 已建助餐点112个: a slide's points, marked with a dot)
        marked = p.simplified.lstrip().startswith((*BULLETS, *DOT_POINTS, *CHECK_BOXES))
        # (…or led by a post's pictograph: 📌认证面积：…)
        marked = marked or bool(EMOJI_BEFORE.match(p.simplified.lstrip()))
        # 园区名称：某某产业园 / 所在位置：某镇: a fact sheet's fields, each a line
        fields = bool(body) and all(
            q.lines == 1 and field_line(q.simplified) for q in (body[-1], p)
        )
        # a form's or a post's ticked item (☑ 坝顶无裂缝, ✅含糖率16%左右) ends with its line
        ticked = bool(body) and body[-1].simplified.lstrip().startswith(tuple(CHECK_BOXES))
        if (
            body
            and body[-1].is_open
            and body[-1].kind == "body"
            and not (p.table or p.bare_figure or items or noted or marked or fields or ticked)
        ):
            body[-1] = _merge(body[-1], p)
        else:
            body.append(p)

    def start(self, article: _Article) -> None:
        if self.current is not None:
            self.close(self.current)
        article.paratexts.extend((w.kind, w) for w in self.waiting)
        self.waiting = []
        self.articles.append(article)

    def close(self, article: _Article) -> None:
        """A name printed after the last sentence (…4200亩。 全庆) is the article's byline."""
        if not article.body or article.body[-1].kind != "body":
            return
        last = article.body[-1]
        match = _TRAILING_NAME.search(last.simplified)
        if match:
            article.body[-1] = last.slice(0, match.start()).strip()
            article.bylines.append(last.slice(match.start(1), match.end(1)))

    def resolve_header(self, next_paragraph: Paragraph | None) -> None:
        header, self.header = self.header, []
        divided, self.divided = self.divided, False
        current = self.current
        # Names in parentheses close the article before them: (李俊 双瑞 韩朝阳 张浩然).
        while (
            header
            and current
            and header[0].kind == "byline"
            and header[0].text.startswith(("(", "（"))
        ):
            current.bylines.append(header.pop(0))
            # …and a headline after a story so signed (（记者 某某 报道）) heads the next one,
            # as a programme's items each close with their reporter's line.
            divided = divided or bool(_SIGNED_OFF.search(current.bylines[-1].simplified))
        header = _join_broken_headings(header)
        if next_paragraph is None:
            self.trailing(header)
            return
        header, opening = self._split_at_posting(header)
        if not header:
            return  # it held only the names that close the article before
        anchor = next(
            (i for i, p in enumerate(header) if p.kind in ("byline", "marker", "dateline")), None
        )
        md = [p for p in header if p.md_level]
        if self.brief_kicker is not None and len(header) == 1 and _is_label(header[0]):
            # 简明新闻 after 图片新闻: another column's name opens a column of its own.
            self.header = header
            self.open_column()
            return
        after_column = anchor is None and self._under_column(header)
        if after_column and self._photos_only() and next_paragraph.kind != "caption":
            after_column, divided = False, True  # 图片新闻 ends where a headline heads no photo
        if (
            self.brief_kicker is not None
            and current is not None
            and current.body
            and current.body[-1].lines > 1
            and len(header) == 1
            and _word_across(_said(header[0]).strip(), next_paragraph.simplified.strip())
        ):
            # In a column of briefs printed in narrow lines, a line that OCR broke off a
            # brief, a word running on below (…改造成食用菌菌 / 棒加工车间), is no headline.
            self.sections(header)
            return
        if after_column and len(next_paragraph.text) <= BRIEF_MAX:
            # Under a column of briefs (简讯), a lone headline heads the next brief.
            brief = _Article(kicker=self.brief_kicker, kicker_shared=True, kind="brief")
            brief.title = header[0]
            _split_title(brief)
            self.start(brief)
            return
        # A data box (labels and their figures) is whole: what follows its last line is
        # the page's next item. So is a notice (征集启事, 停水公告): no section of anything.
        divided = divided or (
            current is not None
            and _figures_only(current)
            and _plain_heading(header)
            and not _tagged_parts(current)
        )
        divided = divided or (
            len(header) == 1
            and _NOTICE.search(_said(header[0])) is not None
            # (三、…事项公示: a numbered part of a document, what it makes public)
            and not _ENUMERATED.match(_said(header[0]))
        )
        # ●某镇开展…活动: an item of a column, headed by its own marked line, is no section.
        divided = divided or (len(header) == 1 and _said(header[0]).startswith("●"))
        # ■ 某镇…开园（2026-04-08）: the next item of a site's list of news, each headed so.
        divided = divided or (len(header) == 1 and dated_item(header[0]))
        # A box's name over its figures (陇县天气, 数据·某镇前三季度) heads the box, not a section.
        divided = divided or (
            _plain_heading(header)
            and next_paragraph.bare_figure
            and _BOX_NAME.search(_said(header[0])) is not None
        )
        # 记者手记 or 短评 over a headline of its own, after a story, is a piece of its own
        # under that label; a box of the label alone is the story's.
        divided = divided or (
            len(header) >= 2
            and _COMMENT_LABEL.fullmatch(_said(header[0]).strip(_MARKS)) is not None
        )
        # A long text under its headline is an article after the column, not a section.
        if (
            current is not None
            and anchor is None
            and not divided
            and not after_column
            and not (header[0].kind == "heading" and _is_label(header[0]))
            and not _with_subtitle(header)
            and not _reported(header, next_paragraph)
            and not (
                (
                    self.paged
                    or (self.blank_breaks and not next_paragraph.table)
                    or len(self.articles) >= 2
                )
                and _story_headline(header)
            )
            # (a page that names itself, its stories run on with no blank line between)
            and not (self.paged and self.unspaced and _story_headline(header, apart=False))
            and not (len(header) == 1 and _numbered_brief(header[0], next_paragraph))
            and not self._next_in_run(header, next_paragraph)
            # 【农情快报】 on its own line over a first headline and one paragraph: the page is
            # a column, and a further headline saying who acted heads its next story (not a
            # line of a long story that OCR broke off, its last word running on below).
            and not (
                _kicker_apart(current)
                and len(current.body) == 1
                and _story_headline(header, apart=False)
                and not _word_across(_said(header[0]).strip(), next_paragraph.simplified.strip())
            )
            and (
                not self._opens_article(md, current)
                or self._sections_only(header, current, next_paragraph)
            )
        ):
            self.sections(header)
            return
        headings_before = header if anchor is None else header[:anchor]
        after = [] if anchor is None else header[anchor:]
        # A plain headline separated by a blank line from what follows, with an untitled
        # article before it, is that article's headline printed after its body. A headline
        # over its ——subtitle is this article's: the two are printed as one.
        loose = []
        if anchor is not None and current is not None:
            attached = [p for p in headings_before if p.md_level] or headings_before[-1:]
            subtitled = _with_subtitle(headings_before[-2:])
            if subtitled and not attached[-1].md_level:
                attached = headings_before[-2:]
            elif attached and header[anchor].blank_before and not attached[-1].md_level:
                attached = []
            loose = [p for p in headings_before if p not in attached]
            headings_before = attached
        headings_before[0:0] = self.give_titles_backwards(loose)
        article = _Article()
        self.brief_kicker = None
        self.assign_headings(article, headings_before, next_paragraph)
        for p in after:
            if p.kind == "byline":
                article.bylines.append(p)
            elif p.kind == "marker" and article.continuation is None:
                article.continuation = p
            elif p.kind == "marker":  # printed twice: the second is kept as printed text
                article.paratexts.append(("continuation", p))
            elif p.kind == "dateline":
                article.paratexts.append(("dateline", p))
                byline = _dateline_byline(p)
                if byline is not None:
                    article.bylines.append(byline)
            else:  # a heading after the marker: the continued article's first section
                article.body.append(p)
        article.body.extend(opening)
        if (
            article.kicker is not None
            and _is_label(article.kicker)
            and not (article.title or article.bylines or article.continuation)
            and _BULLETIN.search(_said(article.kicker).strip())
            and _REPORT_OPENING.search(next_paragraph.simplified.strip())
        ):
            # 某县供水站运行简报 over 一、供水情况。… or …通报如下：: an office's bulletin of
            # one report in its numbered parts, titled by its name, no column of briefs
            article.title, article.kicker = article.kicker, None
        if (
            article.kicker is not None
            and _is_label(article.kicker)
            and not (article.title or article.bylines or article.continuation)
        ):
            self.brief_kicker = article.kicker
            self.flush_waiting_into_current()
            return
        if (
            article.kicker is not None
            and _is_label(article.kicker)
            and article.title is not None
            and not (article.bylines or article.continuation)
            # (本报讯 may open a brief's text when the column's name stands on its own line;
            # 【快讯】 before a headline on its line names one story's kind)
            and (not after or _kicker_apart(article))
            and all(p.kind == "dateline" for p in after)
        ):
            # 简讯 over its first brief's headline: the column goes on after this brief.
            article.kind = "brief"
            self.brief_kicker = article.kicker
        self.start(article)

    def _split_at_posting(self, header: list[Paragraph]) -> tuple[list[Paragraph], list[Paragraph]]:
        """A WeChat post's title is the line over its posting line (某县发布　2026年3月2日
        09:15); a heading under that line is the post's first sub-heading, its text's."""
        posted = [w for w in self.waiting if posting_line(w) and w.offsets]
        if not posted or len(header) < 2:
            return header, []
        line = posted[0].offsets[0]
        before = [p for p in header if p.offsets and p.offsets[0] < line]
        under = [p for p in header if p not in before]
        # The account's name printed over its posting line, in it or on a short line of its
        # own under the title, is no title.
        titles = [p for p in before if _said(p).strip() not in posted[0].simplified]
        if len(titles) >= 2 and len(_text(titles[-1]).strip()) <= ACCOUNT_NAME_MAX:
            self.waiting.append(titles[-1])
            before = [p for p in before if p is not titles[-1]]
            titles = titles[:-1]
        if not titles or not all(p.kind == "heading" for p in under):
            return header, []
        return before, under

    def _title_names_column(self) -> None:
        """A headline over nothing but briefs (东川快报 第216期, then ● … ● …) names their
        column: the briefs share it, and no article of its own is left empty."""
        current = self.current
        if (
            current is None
            or current.kind != "news"
            or current.title is None
            or current.body
            or current.bylines
            or current.subtitle is not None
        ):
            return
        self.articles.pop()
        self.brief_kicker = current.title
        # an account's name over the column's (某县发布 over 早安，某县): the page's, kept
        over = [current.kicker] if current.kicker is not None else []
        self.waiting = over + [p for _, p in current.paratexts] + self.waiting

    def _item(self, p: Paragraph) -> bool:
        """Whether a marked paragraph is a brief of its own. Under a column's name or after
        another brief it is, unless it makes a point of a brief under its own headline; inside
        an article it is when it opens as a story does: with a time or a dateline (近日，…), or
        with who acted (某县…)."""
        current = self.current
        if (
            current is not None
            and current.title is not None
            and current.kicker is not None
            and current.kicker is self.brief_kicker
            and not _kicker_apart(current)
            # (not a headline naming its items: 某县体育动态三则)
            and not _ITEMS_NAMED.search(_said(current.title).strip())
        ):
            # 【简讯】某县节日市场运行平稳 over ●… ●…: a kind's tag on the headline's line
            # heads one story, whose points the marks set apart
            return False
        if TIMED_ITEM.match(p.simplified.strip()):
            return True  # 08:10　某街道…。: a rolling feed's item, found so by the layout
        if self.brief_kicker is not None:
            # Under a column, a brief with its own headline may make its points marked (▲ …);
            # a marked paragraph after its text is one of them unless it opens as a story does.
            headed = current is not None and current.title is not None and bool(current.body)
            return not headed or _opens_as_story(p)
        if ITEM_TAG.match(p.simplified.strip()) or _KIND_TAG.match(p.simplified.strip()):
            return True  # 【东川镇】…, 【简讯】…: a digest's item, marked by its place or kind
        if p.simplified.lstrip()[:1] in CIRCLED:
            return True  # ① … under 今日要闻: a digest's numbered items, found so by the layout
        if current is None or current.kind == "brief":
            return True
        last = current.body[-1].simplified.lstrip() if current.body else ""
        if last[:1] and last[:1] == p.simplified.lstrip()[:1] and last[:1] in BULLETS:
            return False  # the next of the article's marked points (▶ 投资：… ▶ 某镇：…)
        if last.rstrip().endswith(("：", ":")):
            return False  # 交警提醒：/ ▲某乡某路段…: the points the words before lead into
        return _opens_as_story(p)

    def column_items(self) -> int | None:
        """How many items the open column holds, the current one included."""
        if self.brief_kicker is None:
            return None
        return sum(1 for a in self.articles if a.kicker is self.brief_kicker)

    def open_column(self) -> None:
        """A column's name alone (简讯, 图片新闻): the items after it are its own."""
        (label,) = self.header
        self.header = []
        self.brief_kicker = label
        self.flush_waiting_into_current()

    def _next_in_run(self, header: list[Paragraph], nxt: Paragraph) -> bool:
        """A page of short titled stories, one paragraph each (a column of briefs, each headed
        by its own line): a further headline of the same kind over one more short paragraph is
        the next story, though no 本报讯 opens it, not a section of the last."""
        if len(header) != 1 or len(self.articles) < 2 or len(nxt.text) > BRIEF_MAX:
            return False
        text = _said(header[0]).strip()
        if (
            len(re.sub(r"\W", "", text)) <= SUBHEAD_MAX
            or _ENUMERATED.match(text)
            or re.search("[：:]$", text)
        ):
            return False
        return all(
            a.title is not None
            and len(a.body) == 1
            and len(a.body[0].text) <= BRIEF_MAX
            and not a.title.md_level
            for a in self.articles[-2:]
        )

    def _under_column(self, header: list[Paragraph]) -> bool:
        """A lone headline while a column of briefs is open, unless marked (▲ 某某考核：…) in
        a brief under its own headline, whose parts it heads."""
        column = self.brief_kicker
        if column is None or len(header) != 1 or header[0].kind != "heading":
            return False
        current = self.current
        mark = _said(header[0]).lstrip()[:1]
        if (
            current is not None
            and current.title is not None
            and current.body
            and mark in BULLETS
            # (◆ under a brief headed ◆ too: its sibling; the title's mark is kept in marks)
            and not any(_said(m).lstrip().startswith(mark) for m in current.marks)
        ):
            return False
        level = header[0].md_level
        return not level or bool(column.md_level and level > column.md_level)

    def _photos_only(self) -> bool:
        """The open column prints photos (图片新闻)."""
        column = self.brief_kicker
        return column is not None and _PHOTO_COLUMN.search(_said(column)) is not None

    def caption_article(self) -> None:
        header, self.header = self.header, []
        article = _Article(kind="caption")
        captions = [w for w in self.waiting if w.kind == "caption"]
        self.assign_headings(article, [h for h in header if h.kind == "heading"], captions[0])
        article.bylines.extend(h for h in header if h.kind == "byline")
        for h in header:
            if h.kind == "marker" and article.continuation is None:
                article.continuation = h
            elif h.kind not in ("heading", "byline"):
                article.paratexts.append((h.kind, h))
        if article.kicker is not None and _is_label(article.kicker):
            self.brief_kicker = article.kicker  # 图片新闻 over titled photos: each is one
            article.kicker_shared = True
        elif article.kicker is None and self.brief_kicker is not None:
            article.kicker = self.brief_kicker
            article.kicker_shared = True
        self.start(article)

    def flush_waiting_into_current(self) -> None:
        if self.current is not None:
            self.current.paratexts.extend((w.kind, w) for w in self.waiting)
            self.waiting = []

    def _opens_article(self, md: list[Paragraph], current: _Article) -> bool:
        if not md:
            return False
        level = md[0].md_level or 0
        is_section = (
            self.section_level is not None
            and level == self.section_level
            and (current.title_level is None or level > current.title_level)
        )
        return not is_section

    def _sections_only(self, header: list[Paragraph], current: _Article, nxt: Paragraph) -> bool:
        """Headings inside a running article that are its sections, not a new headline.

        A numbered heading (一、 （一） 1.) is a part of the article it is printed in. A heading
        deeper than the article's headline and than every level that opens an article on the
        page is a section of it. A lone short heading (强化保障) at the headline's level is a
        section when the article has text and the words after it do not open a news story,
        unless the page has deeper headings: then its top level is its headlines'.
        An article already signed after its text (…。（张明）) is finished: what follows is not
        its section.
        """
        if current.kind != "news" or not current.body:
            return False
        if any(b.start > current.body[0].start for b in current.bylines):
            return False
        top = current.title_level if current.title is not None else None
        for p in header:
            if p.kind != "heading" or p.md_level is None:
                return False
            if top is not None and p.md_level < top:
                return False
        if _ENUMERATED.match(_said(header[0])):
            # 三、坚持系统治理, and the （一） under it; but not a bulletin's numbered brief
            return not _numbered_brief(header[0], nxt)
        if len(header) > 1:
            return False  # a kicker over a headline, a headline over its subtitle
        (p,) = header
        level = p.md_level
        assert level is not None
        if level == self.top_level:
            return False  # the page's top level of headings is its headlines'
        deeper = (level > top) if top is not None else current.title is not None
        if deeper and level > max(self.article_levels, default=0):
            return True
        text = re.sub(r"\W", "", _said(p))
        return (
            current.title is not None
            and len(text) <= SUBHEAD_MAX
            and not _NEWS_LEAD.match(nxt.simplified)
        )

    def sections(self, header: list[Paragraph]) -> None:
        assert self.current is not None
        for p in header:
            if p.kind == "heading":
                self.current.body.append(p)
            else:
                self.current.bylines.append(p)
        self.flush_waiting_into_current()

    def assign_headings(self, article: _Article, headings: list[Paragraph], nxt: Paragraph) -> None:
        subtitles = [p for p in headings if _SUBTITLE_MARK.match(_said(p)) and p is not headings[0]]
        titles = [p for p in headings if p not in subtitles]
        if not titles:
            return
        short = len(_text(titles[0])) <= LABEL_MAX or (
            nxt.kind == "brief" and len(_text(titles[0])) <= KICKER_MAX
        )
        # a notice's name, and a box's over its figures (沂源天气, 数据), are their titles
        short = short and not _NOTICE.search(_said(titles[0])) and not nxt.bare_figure
        short = short and not _BOARD.search(_said(titles[0]))  # 杂粮行情: a board's name
        if len(titles) == 1 and (_is_label(titles[0]) or (short and not subtitles)):
            # A lone label (劳模风采, 简讯) names a column, not the story; a headline over
            # a ——subtitle is a headline however short.
            article.kicker = titles[0]
            self.leftovers.extend(("heading", p) for p in subtitles)
            return
        if subtitles:
            # 某县服务手册 / ——副题 / (编印) / 【申请条件】: the headline is the line over
            # its ——subtitle; headings after the subtitle open the article's text.
            over = [p for p in titles if p.start < subtitles[0].start]
            later = [p for p in titles if p.start > subtitles[0].start]
            if over and later:
                article.body[0:0] = later
                titles = over
        numbered = next(
            (
                i
                for i, p in enumerate(titles[:-1])
                if i and _ENUMERATED.match(_said(p)) and not _numbered_brief(p, nxt)
            ),
            None,
        )
        if numbered is not None:
            # 某县工作汇报 / 幻灯片1 / 标题：…: a numbered head under the headline opens the
            # text, and the headings after it are in the text too.
            article.body[0:0] = titles[numbered:]
            titles = titles[:numbered]
        while len(titles) > 1 and (
            (_ENUMERATED.match(_said(titles[-1])) and not _numbered_brief(titles[-1], nxt))
            or _SECTION_TAG.fullmatch(_said(titles[-1]))
            or _MARKED_SECTION.fullmatch(_said(titles[-1]))
        ):
            # 一、… right under the headline: the article's first section, not its title.
            article.body.insert(0, titles.pop())
        if (
            len(titles) > 1
            and not subtitles
            and len(_text(titles[-1])) <= SECTION_HEAD_MAX
            and len(_text(titles[-2])) > KICKER_MAX
        ):
            # 某镇小学第9周课程及收费公示 / 课程安排: a short head under a long title is
            # the text's first part (a kicker stands over the headline, not under it).
            article.body.insert(0, titles.pop())
        if len(titles) > 1 and _BRACKETED_NOTE.fullmatch(_said(titles[-1])):
            # 某村广播稿：… / （某镇某村广播站　早晚各播一次）: a note on the text under its
            # headline, where and when it is read, which opens the text, not the headline.
            article.body.insert(0, titles.pop())
        title = titles[-1]
        # A deeper Markdown heading right after a headline is its subtitle.
        if (
            len(titles) >= 2
            and titles[-2].md_level
            and title.md_level
            and title.md_level > titles[-2].md_level
            and len(_text(titles[-2])) > KICKER_MAX
        ):
            subtitles.insert(0, title)
            title = titles[-2]
        if (
            len(titles) == 2
            and not subtitles
            and title is titles[1]
            and len(_text(titles[0])) > KICKER_MAX
            and _WHO_ACTED.match(_said(titles[0]))
            and not _is_label(titles[0])  # 某镇林业工作简报: a bulletin's name
            and _subtitle_under(_said(title))
        ):
            # 某市举行… over 15个项目签约 总投资86亿元: a line that says who acted is the
            # headline, and the line under it, which gives figures and names no one, its
            # subtitle. A kicker over a headline names no one (治理高额彩礼 倡树文明新风), and
            # a headline under a statement (东川县：小产业撬动大发展 / 竹编订单排到明年)
            # tells the story without figures.
            subtitles.insert(0, title)
            title = titles[0]
        before = titles[: titles.index(title)]
        if before and _ISSUER.search(_said(before[-1])) and _upper_line(before[-1], title):
            # 某县人民政府 / 征收土地公告: who issues it opens the document's title.
            title = _one_headline(before.pop(), title, spaced=True)
        elif before and (len(_text(before[-1])) <= KICKER_MAX or _is_label(before[-1])):
            article.kicker = before.pop()
        elif before and _upper_line(before[-1], title):
            title = _one_headline(before.pop(), title, spaced=True)
        self.leftovers.extend(("banner", p) for p in before)
        article.title = title
        article.title_level = title.md_level
        if subtitles:
            article.subtitle = subtitles[0]
            self.leftovers.extend(("heading", p) for p in subtitles[1:])
        _split_title(article)

    def give_title_backwards(self, p: Paragraph, subtitle: Paragraph | None = None) -> bool:
        for article in reversed(self.articles):
            if article.kicker_shared:
                return False  # an item of a column (a photo under 图片新闻) is titled above it
            if article.title is None and article.kind != "brief":
                article.title = p
                if subtitle is not None and article.subtitle is None:
                    article.subtitle = subtitle
                return True
        return False

    def give_titles_backwards(
        self, headings: list[Paragraph], last_nearest: bool = True
    ) -> list[Paragraph]:
        """Headlines printed after their bodies, each with the ——subtitle under it, to the
        untitled articles before them, the last (or the first) to the nearest; those left
        over are returned."""
        units: list[list[Paragraph]] = []
        for p in headings:
            if units and p.kind == "heading" and _SUBTITLE_DASH.match(_said(p)):
                units[-1].append(p)
            else:
                units.append([p])
        kept: list[list[Paragraph]] = []
        for unit in reversed(units) if last_nearest else units:
            first = unit[0]
            subtitle = unit[1] if len(unit) == 2 else None
            given = (
                first.kind == "heading"
                and not first.md_level
                and len(unit) <= 2
                and self.give_title_backwards(first, subtitle)
            )
            if not given:
                kept.append(unit)
        if last_nearest:
            kept.reverse()
        return [p for unit in kept for p in unit]

    def trailing(self, header: list[Paragraph]) -> None:
        """Headings and bylines after the last body text on the page."""
        for p in self.give_titles_backwards(header, last_nearest=False):
            if p.kind == "byline" and self.current is not None:
                self.current.bylines.append(p)
            else:
                self.leftovers.append((p.kind, p))

    def finish(self) -> None:
        if self.header and any(
            w.kind == "caption" and is_photo_caption(w.simplified) for w in self.waiting
        ):
            self.caption_article()  # the page ends on a headline over a photo
        if self.header:
            self.resolve_header(next_paragraph=None)
        label = self.brief_kicker
        if label is not None and not any(a.kicker is label for a in self.articles):
            self.leftovers.append(("heading", label))  # a column's name with nothing under it
        if self.waiting:
            if self.current is not None:
                self.flush_waiting_into_current()
            else:
                self.leftovers.extend((w.kind, w) for w in self.waiting)
                self.waiting = []
        earlier, last = self.articles[:-1], self.current
        if last is not None:
            self.photos_after(last)
            self.close(last)
        for article in earlier:
            self.photos_after(article)

    def photos_after(self, article: _Article) -> None:
        """Photos printed after an article's last text, each captioned as one (图为…, …（图）,
        …（记者 张明 摄））, are photo articles of their own, not the article's captions,
        whether the page ends there or another article or a column follows; a credit or an
        unmarked caption after one goes with it."""
        if not article.body or article.kind == "caption":
            return
        last = max(p.end for p in article.body)
        after = sorted((p for _, p in article.paratexts if p.start >= last), key=lambda p: p.start)
        photos = {
            id(p)
            for p, credit in zip(after, [*after[1:], None], strict=False)
            if p.kind == "caption"
            and not _PLACED_PHOTO.match(p.simplified.lstrip())
            and (
                is_photo_caption(p.simplified)
                or (credit is not None and is_photo_credit(credit.simplified))
            )
        }
        if after and _PHOTO_CREDIT_LINE.match(after[0].simplified) and _one_sentence(article):
            # 近日，某村村民…。 over （记者 张明 摄）: the sentence is the photo's caption.
            caption = article.body.pop()
            caption.kind = "caption"
            article.paratexts.append(("caption", caption))
            after.insert(0, caption)
            photos.add(id(caption))
        first = next((i for i, p in enumerate(after) if id(p) in photos), None)
        if first is None:
            return
        if _picture_story(article):
            # 图片新闻｜… with a headline of its own: the captions under its lead tell the story
            kept = {id(p) for p in after[first:] if id(p) in photos}
            article.paratexts = [(k, p) for k, p in article.paratexts if id(p) not in kept]
            for p in after[first:]:
                if id(p) in kept:
                    p.kind = "body"
                    article.body.append(p)
            return
        moved = {id(p) for p in after[first:]}
        article.paratexts = [(k, p) for k, p in article.paratexts if id(p) not in moved]
        for p in after[first:]:
            if id(p) in photos:
                photo = _Article(kind="caption")
                self.articles.append(photo)
                photo.body.append(_strip_mark(photo, p, None))
            else:
                self.articles[-1].paratexts.append((p.kind, p))


_PHOTO_COLUMN = re.compile(r"图片|图说")


def _picture_story(article: _Article) -> bool:
    """A picture story: 图片新闻 or 图片报道 over a headline of its own, or before it on its
    line (图片新闻｜某乡：…)."""
    if article.title is None:
        return False
    title = _said(article.title).strip()
    kicker = f"{_said(article.kicker).strip()}｜" if article.kicker is not None else ""
    return PICTURE_STORY.match(kicker + title) is not None


# 上图：…, 中图：…: a caption that says where its photo sits beside the story is the story's.
_PLACED_PHOTO = re.compile(r"[上中下左右]图[：:]")


# The labels of a reporter's or editor's piece printed after a story: 记者手记, 短评, 编后.
_COMMENT_LABEL = re.compile(
    r"(?:记者|采访|编辑)?手记|短评|微评|快评|时评|点评|编后(?:语|记)?|记者观察|记者札记|评论员文章"
)
_MARKS = " \u3000■□◆◇▲△●○★☆【】[]"
# What a page calls its boxes of figures: 某县天气, 数据·某镇前三季度, 数说某县.
_BOX_NAME = re.compile(r"天气(?:预报)?$|^(?:数据|数说|数读|数字)")


def _plain_heading(header: list[Paragraph]) -> bool:
    """One heading, not numbered (（二）重点工作) nor marked (■ 就业增收) as a section is."""
    if len(header) != 1 or header[0].kind != "heading" or header[0].md_level:
        return False
    text = _text(header[0])
    return (
        not _ENUMERATED.match(text)
        and not text.startswith(tuple(BULLETS))
        and not _SECTION_TAG.fullmatch(text.strip())  # 【住宿】: an infographic's part
    )


def _tagged_parts(article: _Article) -> bool:
    """A headlined infographic whose figures come in parts under tags (【接待】 …): a
    heading after them is one more part, not the page's next item."""
    return article.title is not None and any(
        p.kind == "heading" and _SECTION_TAG.fullmatch(_text(p).strip()) for p in article.body
    )


def _figures_only(article: _Article) -> bool:
    """A data box: every line of its text a label and its figure, or a table's row."""
    return bool(article.body) and all(
        p.table or p.bare_figure for p in article.body if p.kind != "heading"
    )


_PHOTO_CREDIT_LINE = re.compile(r"^\s*[（(][^（）()]{1,20}摄[）)]\s*$")
PHOTO_SENTENCE_MAX = 100


def _one_sentence(article: _Article) -> bool:
    """The article's last paragraph is one short sentence standing apart from its text."""
    if len(article.body) < 2:
        return False
    p = article.body[-1]
    text = p.simplified.strip()
    return (
        p.kind == "body"
        and len(text) <= PHOTO_SENTENCE_MAX
        and text.endswith("。")
        and text.count("。") == 1
    )


def _article_levels(page: list[Paragraph]) -> set[int]:
    """The Markdown levels of the headlines that certainly open an article on this page: the
    first on the page, and each one followed by a byline, a dateline or a continuation marker.
    """
    levels: set[int] = set()
    headings: list[Paragraph] = []
    first = True
    for p in page:
        if p.kind == "heading":
            headings.append(p)
            continue
        if p.kind in ("caption", "credit", "note", "footer", "divider"):
            continue
        anchored = p.kind in ("byline", "marker", "dateline")
        md = [h.md_level for h in headings if h.md_level]
        if md and (anchored or first):
            levels.add(min(md))
        headings = []
        first = False
    return levels


_ITEM_MARK = re.compile(rf"^[{BULLETS}]\s*")
_ITEM_NUMBER = re.compile(r"^(?:(\d{1,2})[.、．]|[（(](\d{1,2})[）)]|([①-⑳]))\s*")


# A brief's kind in brackets before it: 【简讯】近日，….
_KIND_TAG = re.compile(r"^[【\[]\s*(?:简讯|快讯|短讯|消息|动态)\s*[】\]]")


def _item_number(match: re.Match[str]) -> int:
    circled = match.group(3)
    if circled:
        return ord(circled) - ord("①") + 1
    return int(match.group(1) or match.group(2))


def _strip_mark(article: _Article, p: Paragraph, number: int | None) -> Paragraph:
    """2.10月8日，… → the brief's text: the number of the column's item is a mark when it is
    the item's place in the column (item 2, not 2.10). A printed ● ■ ◆ stays, and so does
    a circled number (①), which no figure can be read into."""
    if _ITEM_MARK.match(p.simplified) or p.simplified.lstrip()[:1] in CIRCLED:
        # ● 近日，… keeps its printed mark: a brief is cited from where its line starts, and
        # the mark is no word of it.
        return p
    match = None
    if number is not None:
        match = _ITEM_NUMBER.match(p.simplified)
        if match and _item_number(match) != number:
            match = None
    if not match or match.end() >= len(p.text):
        return p
    article.marks.append(p.slice(0, match.end()).strip())
    return p.slice(match.end()).strip()


def _merge(first: Paragraph, second: Paragraph) -> Paragraph:
    return Paragraph(
        first.text + second.text,
        first.offsets + second.offsets,
        "body",
        None,
        first.blank_before,
        first.simplified + second.simplified,
        first.lines + second.lines,
    )


def _split_prefix(p: Paragraph) -> tuple[Paragraph, Paragraph | None]:
    """（上接01版）持续深化… → the marker, and the body text after it."""
    pattern = MARKER if p.kind == "marker" else DATELINE
    match = pattern.match(p.simplified)
    end = match.end() if match else 0
    if p.kind == "dateline":
        # The reporters in parentheses after 本报讯 belong to the dateline, and so does the
        # rest of its line when that names them (【本报北京讯】记者 陈明).
        paren = re.match(r"\s*[（(][^（）()]{1,40}[）)]", p.simplified[end:])
        if paren:
            end += paren.end()
        else:
            end = _line_end(p, end) if is_byline(p.simplified[end : _line_end(p, end)]) else end
    prefix = p.slice(0, end).strip()
    prefix.kind = p.kind
    rest = p.slice(end).strip()
    if not rest.text:
        return prefix, None
    rest.kind = "body"
    rest.blank_before = False
    return prefix, rest


def _line_end(p: Paragraph, start: int) -> int:
    """Where the printed line that `start` is on ends: lines joined into a paragraph leave a
    gap in its page offsets."""
    for i in range(max(start, 1), len(p.offsets)):
        if p.offsets[i] - p.offsets[i - 1] > 1:
            return i
    return len(p.offsets)


def _dateline_byline(p: Paragraph) -> Paragraph | None:
    match = re.search(r"[（(]([^（）()]{1,40})[）)]", p.simplified)
    if match:
        return p.slice(match.start(1), match.end(1)).strip()
    dateline = DATELINE.match(p.simplified)
    if dateline and p.simplified[dateline.end() :].strip():
        return p.slice(dateline.end()).strip()  # 【本报北京讯】记者 陈明
    return None


def _headline(article: _Article, subtitle: str | None) -> str | None:
    """The headline as printed: the title and, after its dash, the subtitle (秦岭深处的变化
    ——某县发展集体经济纪实), as readers cite it. A line printed under the headline without a
    dash (到2030年全县绿道总长超过200公里) is a deck, cited apart: it stays the
    subtitle. `subtitle` holds the part after the dash on its own."""
    if article.title is None:
        return None
    title = _text(article.title)
    if article.subtitle is None or not subtitle:
        return title
    printed = _text(article.subtitle)
    mark = printed[: len(printed) - len(subtitle)].strip()
    return f"{title}{mark}{subtitle}" if mark else title


_BRACKETED = re.compile(r"【[^【】]{6,}】")


def _split_title(article: _Article) -> None:
    """党建引领…丨以“沙澧善治”添彩“中原之治” ——我市… → kicker 丨 title —— subtitle."""
    title = article.title
    assert title is not None
    article.marks.append(title)
    text = title.simplified
    dash = re.search(r"\s*——\s*", text)
    if dash and article.subtitle is None and dash.start() > 0 and dash.end() < len(text):
        # The subtitle keeps its dash, as a subtitle on a line of its own does.
        article.subtitle = title.slice(text.index("——", dash.start()))
        title = title.slice(0, dash.start())
    mark = re.match(rf"^[{BULLETS}]\s*", title.simplified)
    if mark and mark.end() < len(title.text):
        title = title.slice(mark.end())  # ◆某县召开…: the mark is printed, not said
    emoji = EMOJI_AFTER.search(title.simplified.rstrip())
    if emoji and emoji.start() > 0:
        title = title.slice(0, emoji.start())  # …“甜”起来🍡: a pictograph decorates the headline
    opening = EMOJI_BEFORE.match(title.simplified)
    if opening and opening.end() < len(title.text):
        title = title.slice(opening.end())  # 📶好消息！…: and so does one before it
    if _BRACKETED.fullmatch(title.simplified.strip()):
        # 【某镇清雪机制启动】: a microblog post's headline, the brackets its way of printing one
        title = title.strip()
        title = title.slice(1, len(title.text) - 1)
    tag = _COLUMN_TAG.match(title.simplified)
    if tag and article.kicker is None and tag.end() < len(title.text):
        # 【一线见闻】甘肃：… → the column 一线见闻 is the kicker, not part of the headline.
        article.kicker = title.slice(tag.start(1), tag.end(1))
        title = title.slice(tag.end())
    bar = re.search(r"\s*[丨|｜]\s*", title.simplified)
    # (a headline in English before the bar is the headline's other half, no column's name)
    named = bar is not None and _HAN.search(title.simplified, 0, bar.start()) is not None
    if bar and named and article.kicker is None and 0 < bar.start() and bar.end() < len(title.text):
        article.kicker = title.slice(0, bar.start())
        title = title.slice(bar.end())
    article.title = title


_HAN = re.compile(r"[\u4e00-\u9fff]")

Position = tuple[int, int]  # a body paragraph's index and a character index in it


def _stories(article: _Article) -> list[_Article]:
    """One article per story when the printed text runs several together (see stories.py)."""
    if not article.body:
        return [article]
    if article.kind == "brief":
        cuts = [
            ((i, seam.start), (i, seam.end))
            for i, p in enumerate(article.body)
            if p.kind == "body"
            for seam in fused_briefs(p.simplified)
            # a brief printed under its own headline opens with its text, no headline fused
            if not (article.title is not None and i == 0 and seam.start == 0)
        ]
        return _cut(article, cuts, first_title=None) if cuts else [article]
    if article.kind != "news" or article.title is None:
        return [article]
    _cut_reprint(article)
    if not article.body:
        return [article]
    text, where = _joined(article.body)
    announced = announced_stories(article.title.simplified, text)
    if not announced:
        return [article]
    cuts = [(where[a.seam.start], where[a.seam.end]) for a in announced]
    first = article.title.slice(announced[0].start, announced[0].end)
    return _cut(article, cuts, first_title=first)


def _cut_reprint(article: _Article) -> None:
    """The headline printed again at the start of the body is the headline, not body text."""
    assert article.title is not None
    first = article.body[0]
    if first.kind != "body":
        return
    reprint = reprinted_headline(_text(article.title), first.simplified)
    if reprint is None:
        return
    article.marks.append(first.slice(0, reprint.end))
    if reprint.byline is not None:
        article.bylines.insert(0, first.slice(*reprint.byline))
    rest = first.slice(reprint.end).strip()
    article.body[0:1] = [rest] if rest.text else []


def _joined(body: list[Paragraph]) -> tuple[str, list[Position]]:
    """The body's paragraphs as one text, and where each of its characters comes from."""
    parts: list[str] = []
    where: list[Position] = []
    for i, p in enumerate(body):
        if parts:
            parts.append("\n")
            where.append((i - 1, len(body[i - 1].simplified)))
        parts.append(p.simplified)
        where.extend((i, c) for c in range(len(p.simplified)))
    where.append((len(body) - 1, len(body[-1].simplified)))
    return "".join(parts), where


def _cut(
    article: _Article, cuts: list[tuple[Position, Position]], first_title: Paragraph | None
) -> list[_Article]:
    """The article cut at printed headlines: each headline titles the text up to the next.

    With first_title (the line that announced the headlines), the text before the first
    headline is the shared lead and stays with the first story, titled from that line.
    Otherwise that text, if any, is a story of its own (an untitled brief).
    """
    body = article.body
    end = (len(body), 0)
    heads = [body[a[0]].slice(a[1], b[1]).strip() for a, b in cuts]
    pieces = [
        _between(body, cut[1], cuts[i + 1][0] if i + 1 < len(cuts) else end)
        for i, cut in enumerate(cuts)
    ]
    prelude = _between(body, (0, 0), cuts[0][0])
    stories = [article]
    if first_title is not None or (not prelude and article.title is None):
        article.body = prelude + pieces[0]
        if first_title is not None:
            article.title = first_title
            article.marks.append(heads[0])
        else:
            article.title = heads[0]
        heads, pieces = heads[1:], pieces[1:]
    else:
        article.body = prelude
    for head, piece in zip(heads, pieces, strict=True):
        stories.append(
            _Article(
                kicker=article.kicker,
                kicker_shared=article.kicker is not None,
                title=head,
                body=piece,
                kind=article.kind,
            )
        )
    # A byline or a caption goes with the story printed around it.
    starts = [s.title.start if s.title and s is not article else -1 for s in stories]
    bylines, article.bylines = article.bylines, []
    paratexts, article.paratexts = article.paratexts, []
    for p in bylines:
        stories[_owner(starts, p.start)].bylines.append(p)
    for kind, p in paratexts:
        stories[_owner(starts, p.start)].paratexts.append((kind, p))
    return stories


def _owner(starts: list[int], index: int) -> int:
    return max(i for i, start in enumerate(starts) if start <= index)


def _between(body: list[Paragraph], start: Position, end: Position) -> list[Paragraph]:
    """The body text from one position to another, as paragraphs, empty pieces left out."""
    pieces = []
    for i in range(start[0], min(end[0], len(body) - 1) + 1):
        p = body[i]
        low = start[1] if i == start[0] else 0
        high = end[1] if i == end[0] else len(p.text)
        piece = p.slice(low, high).strip()
        if piece.text:
            pieces.append(piece)
    return pieces


def _draft(article: _Article, ordinal: int) -> ArticleDraft:
    body_text: list[str] = []
    offsets: list[int] = []
    sections: list[tuple[str, int]] = []
    for p in article.body:
        if body_text:
            body_text.append("\n")
            offsets.append(offsets[-1] + 1 if offsets else p.start)
        if p.kind == "heading":
            sections.append((_text(p), sum(len(t) for t in body_text)))
        body_text.append(p.text)
        offsets.extend(p.offsets)
    body = "".join(body_text)
    offsets.append(offsets[-1] + 1 if offsets else 0)
    section_drafts = tuple(
        SectionDraft(heading, start, sections[i + 1][1] - 1 if i + 1 < len(sections) else len(body))
        for i, (heading, start) in enumerate(sections)
    )
    bylines = [_clean_byline(p) for p in article.bylines]
    start, end = article.span()
    paratexts = [(k, p) for k, p in article.paratexts]
    if article.continuation is not None:
        paratexts.append(("continuation", article.continuation))
    kind = article.kind
    if not body and any(k == "caption" for k, _ in paratexts):
        kind = "caption"  # a photo with its caption and nothing else
    elif (
        kind == "brief"
        and article.kicker is not None
        and _PHOTO_COLUMN.search(_said(article.kicker))
    ):
        kind = "caption"  # an item under 图片新闻 is a photo with its caption
    elif kind == "news" and (
        any(re.search(r"(?:书记|长|主任)\s", b) for b in bylines)
        or any(is_signature(p.simplified) for p in article.bylines)
    ):
        kind = "commentary"  # signed by an official, a commentator or a pen name
    subtitle = _SUBTITLE_MARK.sub("", _text(article.subtitle)) if article.subtitle else None
    return ArticleDraft(
        ordinal=ordinal,
        title=_headline(article, subtitle),
        subtitle=subtitle,
        kicker=(_kicker_text(article.kicker) or None) if article.kicker else None,
        byline="；".join(bylines) or None,
        kind=kind,
        continuation=_text(article.continuation) if article.continuation else None,
        start=start,
        end=end,
        body=body,
        body_offsets=tuple(offsets),
        sections=section_drafts,
        paratexts=tuple(
            Paratext(k, p.text, p.start, p.end)
            for k, p in sorted(paratexts, key=lambda x: x[1].start)
        ),
        printed=tuple(sorted({(p.start, p.end) for p in article.parts()})),
    )


def _metadata(page_paragraphs: list[Paragraph]) -> tuple[str | None, dt.date | None, str | None]:
    """What the page itself states about its outlet, date and page; None when it does not."""
    source = date = label = None
    for p in page_paragraphs:
        s = p.simplified
        if (
            source is None
            and p.kind in ("byline", "dateline")
            and (m := _SOURCE_IN_BYLINE.search(s))
        ):
            source = m.group(1)
        masthead = p.kind in ("heading", "body", "footer", "credit") and len(s) <= 60
        if masthead and date is None and (m := _MASTHEAD_DATE.search(s)):
            date = _valid_date(m)
            if source is None and (outlet := _MASTHEAD_OUTLET.match(s.strip())):
                source = outlet.group(1)
            if label is None and (m := _PAGE_LABEL.search(s)):
                label = re.sub(r"\s+", "", m.group(1))
        if masthead and date is None and (m := _ROC_DATE.search(s)):
            year, month, day = (int(g) for g in m.groups())
            try:
                date = dt.date(year + ROC_EPOCH, month, day)
            except ValueError:
                date = None
        if len(s) <= 80 and (m := _WEB_SOURCE.search(s)) and _WEB_DATE.search(s):
            source = source or m.group(1)
        if len(s) <= 80 and date is None and (m := _WEB_DATE.search(s)):
            date = _valid_date(m)
        if source is None and (m := _WIRE_SOURCE.match(s.lstrip())):
            source = m.group(1)
    return source, date, label


def _valid_date(m: re.Match[str]) -> dt.date | None:
    year, month, day = [group for group in m.groups() if group is not None][:3]
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _short_page_as_article(reader: _Reader) -> None:
    """A text with no line long enough to be body (a one-sentence item, a headline over one
    short line) is still an article: its short lines are the body, a headline before them
    the title. Without this the whole text would be left over as captions and stored as no
    article at all."""
    lines = [p for kind, p in reader.leftovers if kind == "caption"]
    if not lines:
        return
    headings = [p for kind, p in reader.leftovers if kind == "heading" and p.end <= lines[0].start]
    article = _Article(kind="brief", title=headings[0] if headings else None)
    for p in lines:
        p.kind = "body"
    article.body = lines
    used = {id(p) for p in [*lines, *headings[:1]]}
    reader.leftovers = [(k, p) for k, p in reader.leftovers if id(p) not in used]
    reader.articles.append(article)


def split_page(text: str) -> Page:
    """A page's text into articles; never raises, never drops printed text."""
    page_paragraphs = paragraphs(text)
    reader = _Reader(page_paragraphs)
    reader.read()
    if not reader.articles:
        _short_page_as_article(reader)
    articles = [a for a in reader.articles if a.parts()]
    for article in articles:
        captions = [p for k, p in article.paratexts if k == "caption"]
        pictures = article.kind == "caption" or (
            article.kicker is not None and _PHOTO_COLUMN.search(_said(article.kicker)) is not None
        )
        if captions and ((not article.body and article.kind != "brief") or pictures):
            # Captions only, or a picture story under its headline (图①…, 图②…, and a few
            # words after them): the captions are what the article says.
            article.paratexts = [(k, p) for k, p in article.paratexts if p not in captions]
            article.body = sorted([*captions, *article.body], key=lambda p: p.start)
            article.kind = "caption"
    articles = [story for article in articles for story in _stories(article)]
    articles.sort(key=lambda a: a.first_body_start)
    source, date, label = _metadata(page_paragraphs)
    return Page(
        articles=tuple(_draft(a, n) for n, a in enumerate(articles, start=1)),
        leftovers=tuple(Paratext(k, p.text, p.start, p.end) for k, p in reader.leftovers),
        source=source,
        published_on=date,
        page_label=label,
    )
