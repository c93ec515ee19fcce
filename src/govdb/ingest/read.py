"""Files on disk into text: which files, which encoding, and nothing the database cannot store.

Decoding order: a byte-order mark; strict UTF-8 (a last character cut off, or a few bad
bytes among many good ones, still count as UTF-8); UTF-16 without a mark; the charset an
HTML page declares, if the bytes agree; else detection over the whole file, where
charset-normalizer's choice and each strict decoding (GB18030, Big5, Big5-HKSCS, CP950)
compete on how much they read like Chinese. A decoding that does not read like text is
refused: a fixed fallback list would decode Big5 or random bytes "successfully" into garbage.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from govdb.errors import GovdbError
from govdb.ingest.markup import html_to_text, without_markup
from govdb.ingest.subtitles import without_cues

FORMATS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".htm": "html",
    ".html": "html",
    ".srt": "subtitles",
    ".vtt": "subtitles",
}

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# What detection may choose from; anything else in Chinese news archives is a mislabelled one
# of these. Not UTF-16: detection takes Big5 pairs for Hangul; `_utf16_without_bom` knows.
_CANDIDATES = ["gb18030", "big5", "big5hkscs", "cp950"]
# Charsets an HTML page may declare, each read as its superset. A declaration is believed
# only when the bytes decode under it into Chinese; a Western one is a mislabel.
_DECLARABLE = {
    "utf-8": "utf-8",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)
# What Chinese news prints: ASCII, no-break space, ° ± ² ³ · × ÷, general punctuation, CJK
# punctuation, common ideographs, full-width forms. Latin-1 letters are what a Western
# decoding of Chinese bytes produces.
_COMMON = re.compile(
    "[\t\n\r -~\u00a0\u00b0-\u00b3\u00b7\u00d7\u00f7\u2010-\u206f\u3000-\u303f"
    "\u4e00-\u9fff\uff00-\uffef]"
)
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ASCII = re.compile("[\t\n\r -~]")
# Bytes no text file has many of (tab, line feed, form feed, carriage return, escape excepted).
_BINARY_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_LINE_BREAKS = re.compile("[\r\x0b\x0c\x85\u2028\u2029]")
# C0 and C1 control characters except tab and newline, the stray byte-order mark, and lone
# surrogates (no encoding can store them; a file name read with surrogateescape carries them).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]")


class ReadError(GovdbError):
    """A file that cannot be turned into text; the message is one line."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: Path
    name: str
    sha256: str
    size: int
    text: str  # as printed: decoded, tags stripped for HTML, control characters removed
    encoding: str
    format: str  # text, markdown or html


def iter_input_files(paths: Iterable[Path]) -> list[Path]:
    """The files to read: files as given, folders searched recursively (sorted, only the
    suffixes in FORMATS, hidden files and folders skipped); each file once."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in FORMATS
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def printable(name: str) -> str:
    """A file name as text any database and terminal takes. Names that are not UTF-8 (GBK
    names from a Windows zip) reach Python with their bytes as lone surrogates; those bytes
    are written as \\xNN escapes instead."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, the key of a stored document; `ReadError` if unreadable."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as file:
            for block in iter(lambda: file.read(1 << 20), b""):
                digest.update(block)
    except OSError as error:
        raise ReadError(f"cannot read: {error.strerror or error}") from None
    return digest.hexdigest()


def read_document(path: Path) -> SourceFile:
    """One file as printed text; `ReadError` with a one-line reason when it is not text."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(f"cannot read: {error.strerror or error}") from None
    format = FORMATS.get(path.suffix.lower(), "text")
    decoded = decode(data, declared=_declared_charset(data) if format == "html" else None)
    text = html_to_text(decoded.text) if format == "html" else without_markup(decoded.text)
    # a subtitle file is known by its timecodes, whatever it was saved as
    text = without_cues(clean_text(text))
    if not text.strip():
        raise ReadError("no text in the file")
    return SourceFile(
        path=path,
        name=printable(path.name),
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        text=text,
        encoding=decoded.encoding,
        format=format,
    )


def decode(data: bytes, *, declared: str | None = None) -> Decoded:
    """Bytes to text, or `ReadError`. `declared` is an encoding the file names itself (an HTML
    meta charset); it is believed only when the bytes decode under it into text."""
    if not data:
        raise ReadError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding.replace("-sig", ""))
            except UnicodeDecodeError:
                raise ReadError(f"invalid {encoding} after its byte-order mark") from None
            return Decoded(text, encoding.replace("-sig", "") + "-bom")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        decoded = _truncated_utf8(data, error) or _damaged_utf8(data)
        if decoded is not None:
            return decoded
    else:
        # ASCII in UTF-16 without a mark is valid UTF-8 with a NUL after every letter.
        utf16 = _utf16_without_bom(data) if text.count("\x00") * 4 > len(text) else None
        if utf16 is not None:
            return utf16
        # NUL padding or stray NULs are dropped later; other controls in number mean binary.
        printed = text.replace("\x00", "")
        if not printed or _control_share(printed) > 0.1:
            raise ReadError("not text: binary data")
        return Decoded(text, "utf-8")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if _control_share(data[:65536].decode("latin-1")) > 0.01:
        raise ReadError("not text: binary data")
    if declared is not None:
        trusted = _try_declared(data, declared)
        if trusted is not None:
            return trusted
    return _detect(data)


def _truncated_utf8(data: bytes, error: UnicodeDecodeError) -> Decoded | None:
    """UTF-8 cut off inside its last character (a truncated download): keep the whole
    characters before it, so one lost character does not cost the file."""
    if error.start < len(data) - 3 or error.reason != "unexpected end of data":
        return None
    try:
        return Decoded(data[: error.start].decode("utf-8"), "utf-8-truncated")
    except UnicodeDecodeError:
        return None


def _damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few bad bytes (a damaged copy) stays UTF-8, each bad byte shown as U+FFFD.
    GB18030 or Big5 read as UTF-8 fails on nearly every Chinese character, so a handful of
    errors among many well-formed multibyte characters cannot be one of those."""
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for c in text if c > "\x7f") - damaged
    if multibyte < 20 or damaged * 100 > multibyte:
        return None
    return Decoded(text, "utf-8-damaged")


def _utf16_without_bom(data: bytes) -> Decoded | None:
    # Bytes of an 8-bit encoding read as UTF-16 land in Yi, Hangul, surrogates or private
    # use; real UTF-16 Chinese text is common ideographs, CJK punctuation and ASCII.
    if len(data) % 2 or len(data) < 4:
        return None
    best: Decoded | None = None
    best_share = 0.85
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # ASCII read in the wrong byte order is all ideographs ending in 00 (a -> 愀).
        share = _common_share(text) + _ASCII.subn("", text)[1] / len(text) / 10
        if share > best_share:
            best, best_share = Decoded(text, encoding), share
    return best


def _common_share(text: str) -> float:
    """The share of characters Chinese news prints: ASCII, common ideographs, CJK and
    full-width punctuation."""
    return len(_COMMON.findall(text)) / len(text) if text else 0.0


def _control_share(text: str) -> float:
    return len(_BINARY_CONTROL.findall(text)) / len(text) if text else 0.0


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _try_declared(data: bytes, declared: str) -> Decoded | None:
    encoding = _DECLARABLE.get(declared.replace("_", "-"))
    if encoding is None:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return Decoded(text, encoding) if _looks_like_text(text) else None


def _detect(data: bytes) -> Decoded:
    """The candidate decoding that reads most like Chinese: charset-normalizer's choice and
    each strict decoding compete, since on a line or two it guesses or gives up."""
    from charset_normalizer import from_bytes

    decodings: dict[str, str] = {}
    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is not None:
        decodings[str(best)] = best.encoding
    for encoding in _CANDIDATES:
        try:
            decodings.setdefault(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    if not decodings:
        raise ReadError("not text: no known encoding decodes it")
    text, encoding = max(decodings.items(), key=lambda item: _plausibility(item[0]))
    if not _looks_like_text(text):
        raise ReadError(f"not text: decodes as {encoding} only into garbage")
    return Decoded(text, encoding.replace("_", "-"))


def _plausibility(text: str) -> float:
    """How much `text` reads like Chinese: the share of characters news prints, times the
    share of its ideographs among the common ones. Real text scores about 0.98; GB18030 read
    as Big5, or the reverse, 0.35-0.65."""
    return _common_share(text) * _level_one_share(text)[0]


def _level_one_share(text: str) -> tuple[float, int]:
    """The share of ideographs (in simplified form) among the 3755 of GB2312 level 1, the
    characters in everyday use, and how many ideographs there are."""
    from govdb.ingest.normalise import to_simplified

    han = _HAN.findall(to_simplified(text))
    if not han:
        return 1.0, 0
    return sum(1 for c in han if c in _level_one()) / len(han), len(han)


@lru_cache(maxsize=1)
def _level_one() -> frozenset[str]:
    # GB2312 rows 16-55 (lead bytes B0-D7) hold the level-1 hanzi, ordered by frequency of use.
    return frozenset(
        char
        for lead in range(0xB0, 0xD8)
        for trail in range(0xA1, 0xFF)
        for char in bytes((lead, trail)).decode("gb2312", errors="ignore")
    )


def _looks_like_text(text: str) -> bool:
    """Reads like Chinese (see `_plausibility`), and has almost no controls, private-use or
    unassigned characters (what a wrong multibyte decoding produces)."""
    share, han = _level_one_share(text)
    # A short text may be a byline of rare surnames; judge its characters only from 20 on.
    if _common_share(text) < 0.8 or (han >= 20 and share < 0.75):
        return False
    bad = sum(
        1 for c in text if unicodedata.category(c) in ("Cc", "Co", "Cn", "Cs") and c not in "\n\r\t"
    )
    return bad <= len(text) // 200


def clean_text(text: str) -> str:
    """Line breaks as \\n, and no control characters (PostgreSQL rejects NUL in text). Form
    feeds (page breaks of PDF extraction) and Unicode line separators are line breaks too."""
    text = _LINE_BREAKS.sub("\n", text.replace("\r\n", "\n"))
    return _CONTROL.sub("", text)
