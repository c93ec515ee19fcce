"""jieba's segmentation from rjieba, a compiled port of jieba (the `fast` extra): the same
words and parts of speech as `JiebaTokenizer`, several times faster.

rjieba carries the dictionary jieba does and is taught the same words with the same
frequency, so the best route through a block of text is the same. Where the two are known to
part, this tokenizer asks jieba itself (the `reference`, which it holds anyway for the
dictionary's frequencies):

- blocks of text are found with jieba's own pattern, and only jieba's blocks handed to rjieba
  (rjieba counts more characters as Chinese, and would join what jieba keeps apart);
- jieba adds a taught word's frequency to its total even when the word was in the dictionary
  already, rjieba replaces it: rjieba is taught a word that can never occur in a block (a
  private-use character) with the difference, so that the totals, and with them every
  word's weight, are equal;
- rjieba's model for unknown words reads a number joined to a number by -, +, %, &, # or _
  (2025-11-19) as one word, jieba as several: blocks with one are cut by jieba;
- parts of speech come from the tagger both tokenizers share (`govdb.tagging`), on the
  dictionary's route through the block, which rjieba gives without its model.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govdb.tagging import tag_text
from govdb.tokenize import WORD_FREQUENCY, JiebaTokenizer, Token

# jieba's patterns (jieba.re_han_default, re_skip_default).
_HAN = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")
_SKIP = re.compile(r"(\r\n|\s)")
# Letters and digits joined by punctuation, which rjieba's model for unknown words keeps
# together more often than jieba's (2025-11-19, 1.2.3, v1.2a; not a decimal, 3.5, 3.5%):
# their blocks are cut by jieba.
_JOINED_NUMBER = re.compile(r"[a-zA-Z0-9](?:[+#&_%\-][a-zA-Z0-9]|\.[a-zA-Z]|\.[0-9]+[.a-zA-Z])")
# Characters rjieba counts as Chinese and jieba does not (extension A, compatibility
# ideographs, the supplementary planes): rjieba would join them to the blocks beside them,
# so a text with one is cut block by block.
_MORE_HAN = re.compile(r"[\u3400-\u4DBF\u9FD6-\u9FFF\uF900-\uFAFF\U00020000-\U0003FFFF]")
# jieba joins single ASCII letters and digits of a route into one word when cutting without
# its model; the route itself has them one by one.
_ASCII_RUN = re.compile(r"[a-zA-Z0-9]{2,}")
# Never inside a block (see _HAN): carries the frequency that makes the totals equal.
_BALANCE = "\ue000"


# The rjieba releases whose words were compared with jieba's (the stand-ins above are for
# where this one parts from jieba); another may part elsewhere, so it is not used.
COMPARED_RELEASES = ("0.2.2",)


def available() -> bool:
    """Whether a release of rjieba compared with jieba is installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rjieba") in COMPARED_RELEASES
    except PackageNotFoundError:
        return False


class RjiebaTokenizer:
    """`JiebaTokenizer`'s words and tags, segmented by rjieba where it cuts alike."""

    def __init__(self, reference: JiebaTokenizer) -> None:
        import rjieba

        self.reference = reference
        self._rjieba = rjieba.Jieba()
        for word, tag in reference.taught:
            self._rjieba.add_word(word, WORD_FREQUENCY, tag)
        if reference.replaced:
            self._rjieba.add_word(_BALANCE, reference.replaced, None)

    def cut(self, text: str) -> list[Token]:
        if _MORE_HAN.search(text):
            return self._cut_blocks(text)
        cut = self._rjieba.tokenize(text, "default", True)
        joined = _JOINED_NUMBER.search(text)
        if joined is None:
            return [Token(word, start, end) for word, start, end in cut]
        return self._recut(text, cut, joined.start())

    def _recut(self, text: str, cut: list[tuple[str, int, int]], first: int) -> list[Token]:
        """rjieba's words, but jieba's in the blocks with a joined number."""
        while first and _HAN.match(text, first - 1):  # back to the start of its block
            first -= 1
        differing = [
            block.span()
            for block in _HAN.finditer(text, first)
            if _JOINED_NUMBER.search(block.group())
        ]
        tokens: list[Token] = []
        index = 0
        for start, end in differing:
            while index < len(cut) and cut[index][1] < start:
                tokens.append(Token(*cut[index]))
                index += 1
            tokens.extend(
                Token(t.text, t.start + start, t.end + start)
                for t in self.reference.cut(text[start:end])
            )
            while index < len(cut) and cut[index][1] < end:
                index += 1
        tokens.extend(Token(*word) for word in cut[index:])
        return tokens

    def _cut_blocks(self, text: str) -> list[Token]:
        """jieba's blocks one by one, each cut by rjieba or (with a joined number) jieba."""
        tokens = []
        position = 0
        rjieba_cut = self._rjieba.cut
        for block in _HAN.split(text):
            if not block:
                continue
            if _HAN.match(block):
                if _JOINED_NUMBER.search(block):
                    words = [t.text for t in self.reference.cut(block)]
                else:
                    words = rjieba_cut(block, True)
            else:
                words = _skipped(block)
            for word in words:
                end = position + len(word)
                tokens.append(Token(word, position, end))
                position = end
        return tokens

    def tag(self, text: str) -> list[Token]:
        reference = self.reference
        return [Token(*t) for t in tag_text(text, self.route, reference.known, reference.tag_of)]

    def route(self, block: str) -> list[str]:
        """The words of the dictionary's best route through `block` (see `govdb.tagging`)."""
        words = self._rjieba.cut(block, False)
        if not any(len(w) > 1 and _ASCII_RUN.fullmatch(w) for w in words):
            return words
        route: list[str] = []
        for word in words:
            if len(word) > 1 and _ASCII_RUN.fullmatch(word):
                if self.reference.known(word):
                    # A word of the dictionary, or letters that happen to spell one: only
                    # jieba's route tells.
                    return self.reference.route(block)
                route.extend(word)
            else:
                route.append(word)
        return route

    @property
    def tag_of(self) -> Callable[[str], str]:
        return self.reference.tag_of


def _skipped(block: str) -> list[str]:
    """What jieba makes of text between blocks: line breaks and spaces whole, every other
    character a word of its own."""
    words: list[str] = []
    for piece in _SKIP.split(block):
        if _SKIP.match(piece):
            words.append(piece)
        else:
            words.extend(piece)
    return words
