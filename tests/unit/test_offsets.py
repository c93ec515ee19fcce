from hypothesis import given
from hypothesis import strategies as st

from govdb.ingest.parsed import decode_offsets, encode_offsets


def test_a_body_copied_one_for_one_is_one_run() -> None:
    assert "[[0,10]]" == encode_offsets((10, 11, 12, 13))


def test_a_joined_line_break_starts_a_new_run() -> None:
    # "小吊\n瓜" printed at 100: the body "小吊瓜" skips the line break.
    assert "[[0,100],[2,103]]" == encode_offsets((100, 101, 103, 104))


@given(
    st.lists(st.integers(min_value=0, max_value=5), min_size=1).map(
        lambda steps: tuple(sum(steps[: i + 1]) for i in range(len(steps)))
    )
)
def test_offsets_round_trip(offsets: tuple[int, ...]) -> None:
    assert offsets == decode_offsets(encode_offsets(offsets), len(offsets) - 1)


def test_a_caption_wrapped_under_its_photo_is_read_whole_with_its_page_offsets() -> None:
    from govdb.ingest.pipeline import _aside
    from govdb.tokenize import default_tokenizer

    page = "正文。\n图为清水河镇的村\n民在晾晒玉米。\n"
    start = page.index("图")
    caption = _aside(page, start, len(page) - 1, default_tokenizer())
    assert "图为清水河镇的村民在晾晒玉米。" == caption.text
    at = caption.text.index("民")
    assert "民" == page[caption.offsets[at]]
    assert len(page) - 1 == caption.offsets[-1]
