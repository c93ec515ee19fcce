"""The tokenizer learns its words when it is built, and tags as jieba's own tagger does."""

import jieba
import jieba.posseg

from govdb.tokenize import JiebaTokenizer, default_tokenizer

SENTENCE = "东川县西河镇今年新建冷库三座，储量占比提高到百分之二十。"


def test_words_taught_at_construction_stay_whole() -> None:
    taught = JiebaTokenizer([("西河镇", None), ("占比", "n")])
    assert "西河镇" in [t.text for t in taught.cut(SENTENCE)]
    assert ("占比", "n") in [(t.text, t.pos) for t in taught.tag(SENTENCE)]


def test_tags_are_those_of_jiebas_own_tagger() -> None:
    reference = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    expected = [(pair.word, pair.flag) for pair in reference.cut(SENTENCE)]
    assert expected == [(t.text, t.pos) for t in JiebaTokenizer().tag(SENTENCE)]


def test_the_process_tokenizer_is_built_once_and_knows_place_names() -> None:
    assert default_tokenizer() is default_tokenizer()
    assert "召陵镇" in [t.text for t in default_tokenizer().cut("召陵镇党委书记")]
