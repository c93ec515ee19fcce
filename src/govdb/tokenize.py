"""Word segmentation behind govdb's own small interface.

Stages ask for a `Tokenizer` and never import jieba themselves, so a faster segmenter can be
plugged in later. A tokenizer learns its words when it is built and never after: what it cuts
does not depend on what it cut before. Building one loads jieba's dictionary (a second or two),
so a process builds it once, in `govdb.resources`, never per file.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

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
    measure words."""

    def __init__(self, words: Iterable[tuple[str, str | None]] = ()) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        for word, tag in words:
            if word:
                # An explicit frequency: without one jieba segments every word to compute
                # it, which makes teaching it forty thousand place names take seconds.
                self._jieba.add_word(word, freq=WORD_FREQUENCY, tag=tag)
        self._posseg: jieba.posseg.POSTokenizer | None = None  # loaded on first tag()

    def cut(self, text: str) -> list[Token]:
        tokens = []
        for word, start, end in self._jieba.tokenize(text, HMM=True):
            tokens.append(Token(word, start, end))
        return tokens

    def tag(self, text: str) -> list[Token]:
        if self._posseg is None:
            import jieba.posseg

            self._posseg = jieba.posseg.POSTokenizer(self._jieba)
        tokens = []
        position = 0
        for pair in self._posseg.cut(text, HMM=True):
            end = position + len(pair.word)
            tokens.append(Token(pair.word, position, end, pair.flag))
            position = end
        return tokens


def default_tokenizer() -> Tokenizer:
    """The process's tokenizer, taught every word ingest teaches (see `govdb.resources`)."""
    from govdb.resources import default_resources  # resources imports the stages that import us

    return default_resources().tokenizer
