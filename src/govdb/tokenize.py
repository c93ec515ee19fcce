"""Word segmentation behind govdb's own small interface.

Stages ask for a `Tokenizer` and never import jieba themselves. `JiebaTokenizer` is jieba
itself, the reference; `govdb.compiled_tokenizer` gives the same words and tags from rjieba's
compiled code when the `fast` extra is installed (`govdb.resources` chooses). Both tag with
`govdb.tagging`. A tokenizer learns its words when it is built and never after: what it cuts
does not depend on what it cut before. Building one loads jieba's dictionary (a second or two),
so a process builds it once, in `govdb.resources`, never per file.
"""

from __future__ import annotations

import logging
import marshal
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple, Protocol

from govdb.tagging import known_tags, tag_text

# High enough that a taught word beats the pieces jieba would otherwise cut it into.
WORD_FREQUENCY = 20_000

# A tokenizer's tables as the resource cache keeps them (see `JiebaTokenizer.tables`).
Tables = tuple[dict[str, int], int, dict[str, str], list[tuple[str, str | None]], int]


class Token(NamedTuple):
    """A word with its span in the text it was cut from and, when tagged, its part of speech.
    A named tuple: a page makes tens of thousands, and a tuple is made in half the time of a
    frozen dataclass."""

    text: str
    start: int
    end: int
    pos: str | None = None


class Tokenizer(Protocol):
    def cut(self, text: str) -> list[Token]:
        """Split text into words; fast, no parts of speech."""

    def tag(self, text: str) -> list[Token]:
        """Split text into words with parts of speech, as jieba.posseg does (its own second
        segmentation, not `cut`'s words): several times slower than `cut`."""

    @property
    def tag_of(self) -> Callable[[str], str]:
        """A word's part of speech in the dictionary (or as taught), 'x' for a word of
        neither: whether a phrase is an everyday word or idiom rather than a coined name."""


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
        _initialize(self._jieba)
        self.taught: list[tuple[str, str | None]] = []
        # Frequency jieba keeps counting in its total when a word taught was a word already
        # (it adds the new frequency and never takes the old one off): a segmenter that
        # replaces it must add as much to cut alike (`govdb.compiled_tokenizer`).
        self.replaced = 0
        frequencies = self._jieba.FREQ
        for word, tag in words:
            if word:
                self.replaced += frequencies.get(word, 0)
                # An explicit frequency: without one jieba segments every word to compute
                # it, which makes teaching it forty thousand place names take seconds.
                self._jieba.add_word(word, freq=WORD_FREQUENCY, tag=tag)
                self.taught.append((word, tag))
        self._dictionary_tags = dictionary_tags
        self._tags: Callable[[str], str] | None = None  # word → part of speech, on first tag()

    def tables(self) -> Tables:
        """What the words taught made of jieba's tables: frequencies (with every prefix of a
        word, as jieba keeps them), their total, the parts of speech taught, the words taught
        and the frequency they replaced. Plain data, for the resource cache; `from_tables`
        makes an equal tokenizer of them."""
        jieba = self._jieba
        return jieba.FREQ, jieba.total, jieba.user_word_tag_tab, self.taught, self.replaced

    @classmethod
    def from_tables(
        cls, tables: Tables, dictionary_tags: Mapping[str, str] | None = None
    ) -> JiebaTokenizer:
        """The tokenizer whose `tables()` these are, without reading jieba's dictionary."""
        import jieba

        jieba.setLogLevel(logging.WARNING)
        frequencies, total, taught_tags, taught, replaced = tables
        self = cls.__new__(cls)
        self._jieba = jieba.Tokenizer()
        self._jieba.FREQ, self._jieba.total = frequencies, total
        self._jieba.user_word_tag_tab = dict(taught_tags)
        self._jieba.initialized = True
        self.taught = [(word, tag) for word, tag in taught]
        self.replaced = replaced
        self._dictionary_tags = dictionary_tags
        self._tags = None
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
        return [Token(*tagged) for tagged in tag_text(text, self.route, self.known, self.tag_of)]

    def route(self, block: str) -> list[str]:
        """The words of the dictionary's best route through `block` (see `govdb.tagging`)."""
        jieba = self._jieba
        route: dict[int, tuple[float, int]] = {}
        jieba.calc(block, jieba.get_DAG(block), route)
        words = []
        start, length = 0, len(block)
        while start < length:
            end = route[start][1] + 1
            words.append(block[start:end])
            start = end
        return words

    def known(self, run: str) -> bool:
        return bool(self._jieba.FREQ.get(run))

    @property
    def tag_of(self) -> Callable[[str], str]:
        if self._tags is None:
            self._tags = known_tags(self.dictionary_tags, self._jieba.user_word_tag_tab)
        return self._tags


def _initialize(tokenizer: Any) -> None:
    """`tokenizer.initialize()` for jieba's own dictionary, its cache file read whole: jieba
    unmarshals the open file value by value, three times slower (most of a second). The same
    file, so the same frequencies; jieba itself builds and writes it when it cannot be read."""
    import jieba

    plain = tokenizer.dictionary == jieba.DEFAULT_DICT and not tokenizer.cache_file
    if plain and not tokenizer.tmp_dir and not tokenizer.initialized:
        try:
            with open(os.path.join(tempfile.gettempdir(), "jieba.cache"), "rb") as file:
                frequencies, total = marshal.loads(file.read())
            if isinstance(frequencies, dict) and isinstance(total, int):
                tokenizer.FREQ, tokenizer.total = frequencies, total
                tokenizer.initialized = True
                return
        except Exception:  # none yet, or damaged: jieba's own way below
            pass
    tokenizer.initialize()


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


def default_tokenizer() -> Tokenizer:
    """The process's tokenizer, taught every word ingest teaches (see `govdb.resources`)."""
    from govdb.resources import default_resources  # resources imports the stages that import us

    return default_resources().tokenizer
