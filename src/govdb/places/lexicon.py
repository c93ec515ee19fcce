"""Words of the general language, from the segmenter's own dictionary: which names of places
are also everyday words (苹果村 is built on 苹果), and which names run on into a longer word
(麦积 into 麦积山, a mountain).

The dictionary is jieba's, as data: the table the tagger reads (`govdb.tokenize`), shared, so
the process holds it once. Only words of two to four characters are asked about.
"""

from __future__ import annotations

from govdb.tokenize import dictionary_tags


def is_word(text: str) -> bool:
    """麦积山 and 苹果 are words; 召陵 is not."""
    return 2 <= len(text) <= 4 and text in dictionary_tags()


def is_common_word(text: str) -> bool:
    """A word not tagged as a place name: 苹果, 木耳, 幸福 are; 泰山 and 召陵 are not."""
    return 2 <= len(text) <= 4 and dictionary_tags().get(text, "ns") != "ns"
