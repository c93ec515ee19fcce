"""Every pure stage takes any text — CJK, combining marks, controls, lone surrogates, long runs
without punctuation — without an exception, and every offset it gives lies inside its input."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govdb.ingest.normalise import normalise
from govdb.ingest.parsed import DocumentMeta
from govdb.ingest.pipeline import parse_document
from govdb.ingest.read import SourceFile, clean_text, decode
from govdb.ingest.segment import split_page
from govdb.metrics.extract import extract_metrics
from govdb.places.find import find_places
from govdb.programs.find import find_programs

# Characters news text is made of, and the ones it should never contain but files do.
NEWS = st.sampled_from(
    list("召陵镇漯河市网格员增长亿万个名％%。，、；：“”「」（）【】《》——…0123456789 \n")
)
ANY = st.characters(blacklist_categories=("Cs",))  # every code point a str can hold
HOSTILE = st.sampled_from(["\u0301", "\u200b", "\ufeff", "\x00", "\x1b", "\u202e", "\ud800"])
TEXT = st.lists(st.one_of(NEWS, NEWS, NEWS, ANY, HOSTILE), max_size=300).map("".join)
RUNS = st.builds(
    lambda c, n: c * n, st.sampled_from(["网", "1", "、", "“", "\n"]), st.integers(1, 400)
)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.one_of(TEXT, RUNS))
def test_cleaning_and_normalising_keep_offsets_inside_the_text(text: str) -> None:
    cleaned = clean_text(text)
    result = normalise(cleaned)
    assert len(result.offsets) == len(result.text) + 1
    assert all(0 <= o <= len(cleaned) for o in result.offsets)


@FUZZ
@given(st.one_of(TEXT, RUNS))
def test_a_page_of_anything_splits_with_spans_inside_it(text: str) -> None:
    page = split_page(clean_text(text))
    for article in page.articles:
        assert 0 <= article.start <= article.end <= len(text)
        assert len(article.body_offsets) == len(article.body) + 1


@FUZZ
@given(st.one_of(TEXT, RUNS))
def test_extractors_give_spans_inside_the_text(text: str) -> None:
    body = normalise(clean_text(text)).text
    places = find_places(body)
    for found in [*places, *find_programs(body)]:
        assert 0 <= found.start < found.end <= len(body)
    metrics, skipped = extract_metrics(body, places=places)
    for figure in [*metrics, *skipped]:
        assert 0 <= figure.start < figure.end <= len(body)


@FUZZ
@given(st.binary(max_size=400))
def test_bytes_decode_or_are_refused_in_one_line(data: bytes) -> None:
    try:
        decoded = decode(data)
    except Exception as error:  # a ReadError with a reason, nothing else
        assert type(error).__name__ == "ReadError" and "\n" not in str(error)
        return
    source = SourceFile(
        Path("x.txt"),
        "x.txt",
        "0" * 64,
        len(data),
        clean_text(decoded.text),
        decoded.encoding,
        "text",
    )
    parse_document(source, "x.txt", DocumentMeta())
