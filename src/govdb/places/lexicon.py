"""Words of the general language, from the segmenter's own dictionary: which names of places
are also everyday words (苹果村 is built on 苹果), and which names run on into a longer word
(麦积 into 麦积山, a mountain).

The dictionary is jieba's, read as data (word, frequency, part of speech per line) once per
process, and only the words of two to four characters that these questions need.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    """word → part of speech."""
    raw = files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    return {
        word: tag
        for line in raw.splitlines()
        for word, _, tag in [line.split(" ")]
        if 2 <= len(word) <= 4
    }


def is_word(text: str) -> bool:
    """麦积山 and 苹果 are words; 召陵 is not."""
    return text in _words()


def is_common_word(text: str) -> bool:
    """A word not tagged as a place name: 苹果, 木耳, 幸福 are; 泰山 and 召陵 are not."""
    return _words().get(text, "ns") != "ns"
