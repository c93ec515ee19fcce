"""Word segmentation behind govdb's own small interface.

Stages ask for a `Tokenizer` and never import jieba themselves, so a faster segmenter can be
plugged in later. A tokenizer learns its words when it is built and never after: what it cuts
does not depend on what it cut before. Building one loads jieba's dictionary (a second or two),
so a process builds it once, in `govdb.resources`, never per file.
"""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

# High enough that a taught word beats the pieces jieba would otherwise cut it into.
WORD_FREQUENCY = 20_000


@dataclass(frozen=True, slots=True)
class Token:
    """A word with its span in the text it was cut from and, when tagged, its part of speech."""

    text: str
    start: int
    end: int
    pos: str | None = None


class Tokenizer(Protocol):
    def cut(self, text: str) -> list[Token]:
        """Split text into words; fast, no parts of speech."""

    def tag(self, text: str) -> list[Token]:
        """Split text into words with parts of speech; about five times slower than `cut`."""


class JiebaTokenizer:
    """jieba with a private dictionary: the global `jieba` module is never touched.

    `words` are (word, part of speech or None) pairs that must stay whole: place names,
    measure words. `dictionary_tags` is jieba's dictionary as word → part of speech (see
    `read_dictionary_tags`), read when first needed if not given."""

    def __init__(
        self,
        words: Iterable[tuple[str, str | None]] = (),
        dictionary_tags: Mapping[str, str] | None = None,
    ) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        for word, tag in words:
            if word:
                # An explicit frequency: without one jieba segments every word to compute
                # it, which makes teaching it forty thousand place names take seconds.
                self._jieba.add_word(word, freq=WORD_FREQUENCY, tag=tag)
        self._dictionary_tags = dictionary_tags
        self._posseg: Any = None  # a jieba.posseg.POSTokenizer, made on first tag()

    def tables(self) -> tuple[dict[str, int], int, dict[str, str]]:
        """What the words taught made of jieba's tables: frequencies (with every prefix of a
        word, as jieba keeps them), their total, and the parts of speech taught. Plain data,
        for the resource cache; `from_tables` makes an equal tokenizer of them."""
        if self._posseg is not None:
            raise ValueError("tables are taken before the first tag()")
        return self._jieba.FREQ, self._jieba.total, self._jieba.user_word_tag_tab

    @classmethod
    def from_tables(
        cls,
        tables: tuple[dict[str, int], int, dict[str, str]],
        dictionary_tags: Mapping[str, str] | None = None,
    ) -> JiebaTokenizer:
        """The tokenizer whose `tables()` these are, without reading jieba's dictionary."""
        import jieba

        jieba.setLogLevel(logging.WARNING)
        frequencies, total, taught_tags = tables
        self = cls.__new__(cls)
        self._jieba = jieba.Tokenizer()
        self._jieba.FREQ, self._jieba.total = frequencies, total
        self._jieba.user_word_tag_tab = dict(taught_tags)
        self._jieba.initialized = True
        self._dictionary_tags = dictionary_tags
        self._posseg = None
        return self

    @property
    def dictionary_tags(self) -> Mapping[str, str]:
        if self._dictionary_tags is None:
            self._dictionary_tags = read_dictionary_tags()
        return self._dictionary_tags

    def cut(self, text: str) -> list[Token]:
        tokens = []
        for word, start, end in self._jieba.tokenize(text, HMM=True):
            tokens.append(Token(word, start, end))
        return tokens

    def tag(self, text: str) -> list[Token]:
        if self._posseg is None:
            posseg = _posseg(self.dictionary_tags)
            # POSTokenizer() would read jieba's dictionary again: start from a copy of the
            # table (the tagger adds the words taught with a part of speech to its own).
            tagger = posseg.POSTokenizer.__new__(posseg.POSTokenizer)
            tagger.tokenizer = self._jieba
            tagger.word_tag_tab = dict(self.dictionary_tags)
            self._posseg = tagger
        tokens = []
        position = 0
        for pair in self._posseg.cut(text, HMM=True):
            end = position + len(pair.word)
            tokens.append(Token(pair.word, position, end, pair.flag))
            position = end
        return tokens


def read_dictionary_tags() -> dict[str, str]:
    """jieba's dictionary as data, word → part of speech (苹果 → n, 泰山 → ns), read from its
    file exactly as jieba's tagger reads it. About half a second: a process reads it once
    (`govdb.resources`), or takes it from the resource cache."""
    import jieba

    tags = {}
    with jieba.Tokenizer().get_dict_file() as lines:  # jieba's own dictionary
        for raw in lines:
            line = raw.strip().decode("utf-8")
            if line:
                word, _, tag = line.split(" ")
                tags[word] = tag
    return tags


def _posseg(dictionary_tags: Mapping[str, str]) -> Any:
    """The module jieba.posseg, for its tagger class. Importing it makes its module-wide
    tagger, which reads jieba's dictionary for parts of speech: the table we already hold.
    So for that import only, the global tokenizer hands it an empty file, and the module's
    tagger is then given a copy of the table it would have read, so it tags as ever. Done only
    when the global tokenizer uses jieba's own dictionary (the one the table comes from)."""
    import jieba

    if "jieba.posseg" in sys.modules or jieba.dt.dictionary != jieba.DEFAULT_DICT:
        import jieba.posseg

        return jieba.posseg
    global_tokenizer = jieba.dt
    global_tokenizer.get_dict_file = lambda: io.BytesIO()  # type: ignore[method-assign]
    try:
        import jieba.posseg
    finally:
        del global_tokenizer.get_dict_file
    jieba.posseg.dt.word_tag_tab = dict(dictionary_tags)
    return jieba.posseg


def default_tokenizer() -> Tokenizer:
    """The process's tokenizer, taught every word ingest teaches (see `govdb.resources`)."""
    from govdb.resources import default_resources  # resources imports the stages that import us

    return default_resources().tokenizer
