"""Plain text that still carries the markup of the page it was saved from.

Scrapers and careless converters leave a web page's markup in the text they save: HTML tags
(<p>…</p>, <br/>, <span style=…>), entities (&nbsp; &ldquo; &#12288;), a line of the page's
metadata as JSON ({"title": "…", "pubDate": "…"}), and Markdown's quote marks, links and
images. Such a text is read as the page it came from: tags and entities as an HTML page's,
the metadata as the headline and a source line, links as their words, images as their alt
text. Text without markup is returned as it is.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser

_TAG_NAMES = (
    r"p|br|div|span|strong|b|em|i|u|font|section|article|header|footer|h[1-6]|img|a|table|"
    r"thead|tbody|tr|td|th|ul|ol|li|blockquote|center|small|big|sup|sub|figure|figcaption"
)
_TAG = re.compile(rf"</?(?:{_TAG_NAMES})\b[^<>]*>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});")
# The page's metadata on a line of its own, with or without its braces.
_METADATA = re.compile(r'^\s*\{?\s*"(?:title|headline)"\s*:\s*".*$')
_SOURCE_KEYS = (
    ("source", "来源"),
    ("channel", "来源"),
    ("author", "作者"),
    ("pubDate", "发布时间"),
    ("publishTime", "发布时间"),
    ("date", "发布时间"),
)
_QUOTE_MARK = re.compile(r"^>[ \t]?", re.MULTILINE)
_TARGET = r"\((?:[^()\n]|\([^()\n]*\))*\)"  # (http://…), (javascript:print())
_IMAGE = re.compile(rf"!\[([^\]\n]*)\]{_TARGET}")
_LINK = re.compile(rf"(?<!!)\[([^\]\n]+)\]{_TARGET}")


def without_markup(text: str) -> str:
    """The text a reader of the page saw: `text` itself when it carries no markup."""
    lines = text.split("\n")
    metadata = [i for i, line in enumerate(lines[:3]) if _METADATA.match(line)]
    if metadata:
        index = metadata[0]
        lines[index : index + 1] = _metadata_lines(lines[index])
        text = "\n".join(lines)
    if _TAG.search(text):
        text = html_to_text(text)
    elif _ENTITY.search(text):
        text = html.unescape(text).replace("\u00a0", " ")
    text = _IMAGE.sub(_image, text)
    text = _LINK.sub(r"\1", text)
    return _QUOTE_MARK.sub("", text)


def _image(match: re.Match[str]) -> str:
    """An image as its words in brackets, said to be one: [图片：村民在晾晒李干]."""
    words = match.group(1).strip()
    if not words or words.startswith(("图", "照片")):
        return f"[{words or '图片'}]"
    return f"[图片：{words}]"


def _metadata_lines(line: str) -> list[str]:
    """{"title": "T", "source": "S", "pubDate": "D"} as the lines a page prints: its
    headline, then 来源：S 发布时间：D. A line that is no JSON object stays as it is."""
    body = line.strip()
    if not body.startswith("{"):
        body = "{" + body.rstrip(",") + "}"
    try:
        fields = json.loads(body)
    except json.JSONDecodeError:
        return [line]
    if not isinstance(fields, dict):
        return [line]
    title = fields.get("title") or fields.get("headline")
    if not isinstance(title, str):
        return [line]
    labelled = []
    for key, label in _SOURCE_KEYS:
        value = fields.get(key)
        if isinstance(value, str) and value.strip() and not any(label in s for s in labelled):
            labelled.append(f"{label}：{value.strip()}")
    return [title.strip(), "　".join(labelled)] if labelled else [title.strip()]


class _TextExtractor(HTMLParser):
    # Paragraph-like elements stand apart (a blank line between two); rows, cells and list
    # items end a line; <br> breaks one.
    _BLOCKS = frozenset(
        {"p", "div", "hr", "ul", "ol", "dl", "table", "caption", "section", "article", "header"}
        | {"footer", "nav", "aside", "main", "figure", "figcaption", "blockquote", "pre"}
        | {"address", "h1", "h2", "h3", "h4", "h5", "h6"}
    )
    _LINES = frozenset(("tr", "td", "th", "li", "dt", "dd"))
    _SKIP = frozenset(("script", "style", "noscript", "template", "svg", "title"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        # The head holds no visible text, but pages often forget </head>: <body> ends it too.
        self.in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCKS or tag == "br":
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/> breaks a line; a self-closed <script/> must not start skipping.
        if tag in self._BLOCKS or tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BLOCKS or tag in self._LINES:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping and not self.in_head:
            self.parts.append(data)


def html_to_text(page: str) -> str:
    """The visible text of an HTML page, one block element per line, entities unescaped
    once (the parser does it: unescaping again would turn a printed &lt; into <)."""
    parser = _TextExtractor()
    parser.feed(page)
    parser.close()
    text = "".join(parser.parts)
    lines = (re.sub(r"[ \t\r\n\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
