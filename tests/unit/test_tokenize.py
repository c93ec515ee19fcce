"""The tokenizer learns its words when it is built, and tags as jieba's own tagger does."""

import jieba
import jieba.posseg
import pytest

from govdb.tokenize import JiebaTokenizer, default_tokenizer

SENTENCE = "东川县西河镇今年新建冷库三座，储量占比提高到百分之二十。"


# Taught words, one of them (北京) a word of jieba's dictionary already, which jieba counts twice.
TAUGHT = [("西河镇", None), ("占比", "n"), ("东川县", None), ("北京", None)]


@pytest.fixture(scope="module")
def tags(dictionary_tags: dict[str, str]) -> dict[str, str]:
    return dictionary_tags


@pytest.fixture(scope="module")
def taught(tags: dict[str, str]) -> JiebaTokenizer:
    """One tokenizer taught TAUGHT for the module: a tokenizer never changes once built."""
    return JiebaTokenizer(TAUGHT, tags)


def test_words_taught_at_construction_stay_whole(taught: JiebaTokenizer) -> None:
    assert "西河镇" in [t.text for t in taught.cut(SENTENCE)]
    assert ("占比", "n") in [(t.text, t.pos) for t in taught.tag(SENTENCE)]


Tagged = list[tuple[str, str]]


@pytest.fixture(scope="module")
def jiebas_tags() -> tuple[Tagged, list[Tagged]]:
    """What jieba's own tagger (jieba.posseg, on a tokenizer of its own) gives for SENTENCE
    bare, then for each of COMPOSED once taught TAUGHT. One reference for the module, since
    making one reads jieba's dictionary twice; teaching it after the bare cut leaves nothing
    of that cut behind."""
    # POSTokenizer(jieba.Tokenizer()), its table of parts of speech copied from the one
    # jieba.posseg read from the same dictionary at import rather than read again (half a
    # second): the two attributes its __init__ sets.
    reference = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    reference.tokenizer = jieba.Tokenizer()
    reference.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)
    bare = [(pair.word, pair.flag) for pair in reference.cut(SENTENCE)]
    for word, tag in TAUGHT:
        reference.tokenizer.add_word(word, freq=20_000, tag=tag)
    taught = [[(pair.word, pair.flag) for pair in reference.cut(s)] for s in COMPOSED]
    return bare, taught


def test_tags_are_those_of_jiebas_own_tagger(
    tags: dict[str, str], jiebas_tags: tuple[Tagged, list[Tagged]]
) -> None:
    expected, _ = jiebas_tags
    assert expected == [(t.text, t.pos) for t in JiebaTokenizer((), tags).tag(SENTENCE)]


def test_the_process_tokenizer_is_built_once_and_knows_place_names() -> None:
    assert default_tokenizer() is default_tokenizer()
    assert "召陵镇" in [t.text for t in default_tokenizer().cut("召陵镇党委书记")]


# Composed to reach every path of the tagger and of rjieba's stand-ins: unknown names and
# words (the model's part), numbers with classifiers, decimals and percentages, latin
# letters, joined numbers (dates, versions), spaces and line breaks, a rare character.
COMPOSED = [
    SENTENCE,
    "2024年10月，北山乡新修水渠3.5公里，覆盖农田1.2万亩，占比达到37.5%。",
    "记者何明远在青禾村看到，合作社把AB区和C3棚的菜苗分给了112户。",
    "会议定于2025-03-18 09:30召开，材料按v2.1.3版本报送，编号A-17。",
    "全县完成投资约8.6亿元，同比增长12%以上；其中㳇溪片区新建厂房4栋。",
    "  他说：“今年产量\r\n比去年多了1/3。”\n第3季度、C++课程、AT&T、T恤衫。",
    "东川县新建冷库，西河镇储量占比提高到百分之二十，郝家湾村民收入1.5万元。",
]


def test_the_tagger_gives_jiebas_own_words_and_tags(
    taught: JiebaTokenizer, jiebas_tags: tuple[Tagged, list[Tagged]]
) -> None:
    """`govdb.tagging` replaces jieba.posseg's second segmentation and model search: the
    same words with the same tags, for a tokenizer taught words and for a bare one."""
    for sentence, expected in zip(COMPOSED, jiebas_tags[1], strict=True):
        assert expected == [(t.text, t.pos) for t in taught.tag(sentence)]
        tokens = taught.tag(sentence)
        assert "".join(t.text for t in tokens) == sentence
        assert all(sentence[t.start : t.end] == t.text for t in tokens)


def test_rjieba_cuts_and_tags_as_jieba(taught: JiebaTokenizer) -> None:
    """The `fast` extra's tokenizer gives jieba's words, spans and tags, taught words (one of
    them a word of jieba's dictionary already, which jieba counts twice) included."""
    pytest.importorskip("rjieba")
    from govdb.compiled_tokenizer import RjiebaTokenizer

    reference = taught
    assert reference.replaced > 0  # 北京 was in the dictionary
    fast = RjiebaTokenizer(reference)
    for sentence in COMPOSED:
        assert reference.cut(sentence) == fast.cut(sentence)
        assert reference.tag(sentence) == fast.tag(sentence)
    whole = "\n".join(COMPOSED)
    assert reference.cut(whole) == fast.cut(whole)


def test_rjieba_is_chosen_when_installed_unless_turned_off(
    monkeypatch: pytest.MonkeyPatch, taught: JiebaTokenizer
) -> None:
    from govdb.compiled_tokenizer import RjiebaTokenizer, available
    from govdb.resources import TOKENIZER_VAR, chosen

    reference = taught
    monkeypatch.delenv(TOKENIZER_VAR, raising=False)  # whatever the caller's shell says
    made = chosen(reference)
    assert isinstance(made, RjiebaTokenizer) == available()
    monkeypatch.setenv(TOKENIZER_VAR, "jieba")
    assert chosen(reference) is reference
