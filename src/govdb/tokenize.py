"""Word segmentation behind govdb's own small interface.

Stages ask for a `Tokenizer` and never import jieba themselves, so a faster segmenter can be
plugged in later. Building one loads jieba's dictionary (a second or two), so a process builds it
once (`default_tokenizer()`), never per file.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
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
    def add_words(self, words: Iterable[str], tag: str | None = None) -> None:
        """Teach the segmenter words that must stay whole (place and program names)."""

    def cut(self, text: str) -> list[Token]:
        """Split text into words; fast, no parts of speech."""

    def tag(self, text: str) -> list[Token]:
        """Split text into words with parts of speech; about five times slower than `cut`."""


class JiebaTokenizer:
    """jieba with a private dictionary: the global `jieba` module is never touched."""

    def __init__(self) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        self._posseg: jieba.posseg.POSTokenizer | None = None  # loaded on first tag()

    def add_words(self, words: Iterable[str], tag: str | None = None) -> None:
        for word in words:
            if word:
                # An explicit frequency: without one jieba segments every word to compute
                # it, which makes teaching it forty thousand place names take seconds.
                self._jieba.add_word(word, freq=WORD_FREQUENCY, tag=tag)

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


@lru_cache(maxsize=1)
def default_tokenizer() -> Tokenizer:
    """The process-wide tokenizer; built on first use."""
    return JiebaTokenizer()
