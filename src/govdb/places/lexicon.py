"""Words of the general language, from the segmenter's own dictionary: which names of places
are also everyday words (苹果村 is built on 苹果), and which names run on into a longer word
(麦积 into 麦积山, a mountain).

The dictionary is jieba's, as data: word → part of speech, the table the process's resources
hold (`Resources.dictionary_tags`), and word → frequency (`Resources.word_frequencies`), passed
in by the caller. Only words of two to four characters are asked about.
"""

from __future__ import annotations

from collections.abc import Mapping


def is_word(text: str, dictionary: Mapping[str, str]) -> bool:
    """麦积山 and 苹果 are words; 召陵 is not."""
    return 2 <= len(text) <= 4 and text in dictionary


def is_common_word(text: str, dictionary: Mapping[str, str]) -> bool:
    """A word not tagged as a place name: 苹果, 木耳, 幸福 are; 泰山 and 召陵 are not."""
    return 2 <= len(text) <= 4 and dictionary.get(text, "ns") != "ns"


# jieba's frequency from which a word is everyday language rather than a rare entry of its
# dictionary: 平台 (3,601), 安全 (9,921) and 口岸 (500) are; 西充 (8, a county filed as a
# person's name) and fragments such as 初平 (2) are not.
EVERYDAY_FREQUENCY = 300


def is_everyday_word(
    text: str, dictionary: Mapping[str, str], frequencies: Mapping[str, int]
) -> bool:
    """A common word frequent enough that a text is more likely to mean it than not."""
    return is_common_word(text, dictionary) and frequencies.get(text, 0) >= EVERYDAY_FREQUENCY


def default_dictionary() -> Mapping[str, str]:
    """The process's table, for callers given none."""
    from govdb.resources import default_resources  # resources imports what imports us

    return default_resources().dictionary_tags


def default_frequencies() -> Mapping[str, int]:
    """The process's word frequencies, for callers given none."""
    from govdb.resources import default_resources

    return default_resources().word_frequencies
