"""The number grammar: Chinese and Arabic numerals, scales, approximations, ranges."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdb.metrics.numbers import find_numbers, format_number, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5.2万", "52000"),
        ("2400亿", "240000000000"),
        ("3万4000", "34000"),
        ("1,200", "1200"),
        ("二十二", "22"),
        ("两", "2"),
        ("三百五十", "350"),
        ("一千零五", "1005"),
        ("十四", "14"),
        ("两万", "20000"),
        ("五百亿", "50000000000"),
        ("12万亿", "12000000000000"),
        ("百分之十五", "15"),
        ("三分之一", "33.33"),
        ("1.1万", "11000"),
        ("七点二", "7.2"),
        ("零点六", "0.6"),
        ("十二点零五", "12.05"),
        ("三点五万", "35000"),
        ("百分之七点二", "7.2"),
        ("百分之三十", "30"),
        ("两千三百", "2300"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    assert Decimal(value) == parse_number(text)


@pytest.mark.parametrize("text", ["", "百亩田", "千年古镇", "万家", "abc", "第一", "一些"])
def test_words_that_are_not_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_find_numbers_with_approximations_and_ranges() -> None:
    text = "投资600多万元，近700个西瓜大棚，二十余份合同，5—20%，三到五个，1.1万亩"
    assert [
        ("600多万", Decimal(6000000), None, "多"),
        ("700", Decimal(700), None, None),
        ("二十余", Decimal(20), None, "余"),
        ("5—20", Decimal(5), Decimal(20), None),
        ("三到五", Decimal(3), Decimal(5), None),
        ("1.1万", Decimal(11000), None, None),
    ] == [(m.surface, m.value, m.high, m.approx) for m in find_numbers(text)]


def test_scale_words_alone_do_not_make_numbers() -> None:
    assert [] == [m.surface for m in find_numbers("百亩田里的千年古镇")]


def test_qian_and_bai_that_begin_a_unit_are_no_scale() -> None:
    assert [("550", Decimal(550)), ("5", Decimal(5)), ("1.5千", Decimal(1500))] == [
        (m.surface, m.value) for m in find_numbers("550千克，5千米，1.5千公顷")
    ]


def test_a_scale_after_duo_or_yu_in_words_applies_to_the_words_before() -> None:
    assert [("十余万", Decimal(100000), "余"), ("三百多亿", Decimal(30000000000), "多")] == [
        (m.surface, m.value, m.approx) for m in find_numbers("十余万人次，三百多亿元")
    ]


def test_a_scale_word_alone_is_a_round_number_when_a_qualifier_says_so() -> None:
    text = "近万亿元，上百名，百余种，超千人，数十万只，千万家"
    assert [
        ("万亿", Decimal(10**12), None),
        ("百", Decimal(100), None),
        ("百余", Decimal(100), "余"),
        ("千", Decimal(1000), None),
        ("十万", Decimal(100000), None),
    ] == [(m.surface, m.value, m.approx) for m in find_numbers(text)]


@given(st.text(max_size=60))
def test_the_parser_never_raises(text: str) -> None:
    parse_number(text)
    find_numbers(text)


@given(
    st.one_of(
        st.integers(min_value=0, max_value=10**15).map(Decimal),
        st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False),
    )
)
def test_numbers_it_formats_read_back_exactly(value: Decimal) -> None:
    assert value == parse_number(format_number(value))


def test_decimals_in_words() -> None:
    text = "增长百分之四点八，下降零点三个百分点，收入二点五万元"
    assert [
        ("百分之四点八", Decimal("4.8"), True),
        ("零点三", Decimal("0.3"), False),
        ("二点五万", Decimal(25000), False),
    ] == [(m.surface, m.value, m.percent) for m in find_numbers(text)]


def test_a_clock_time_in_words_is_no_decimal() -> None:
    assert ["九", "三十"] == [m.surface for m in find_numbers("上午九点三十分")]


def test_a_bare_scale_after_a_qualifier_of_two_characters() -> None:
    text = "突破千亿元，超过百人，不足万元，不到百户"
    assert [
        ("千亿", Decimal(10**11)),
        ("百", Decimal(100)),
        ("万", Decimal(10**4)),
        ("百", Decimal(100)),
    ] == [(m.surface, m.value) for m in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("六七个", 6, 7),
        ("三五天", 3, 5),
        ("十一二岁", 11, 12),
        ("二十七八", 27, 28),
        ("四五十人", 40, 50),
        ("两三万", 20000, 30000),
        ("一两家", 1, 2),
        ("三四百", 300, 400),
    ],
)
def test_two_neighbouring_numerals_are_a_range(text: str, low: int, high: int) -> None:
    first = find_numbers(text)[0]
    assert (Decimal(low), Decimal(high)) == (first.value, first.high)


@pytest.mark.parametrize(("text", "value"), [("二〇二三", 2023), ("九十", 90), ("四十五", 45)])
def test_numerals_that_are_no_range(text: str, value: int) -> None:
    first = find_numbers(text)[0]
    assert (Decimal(value), None) == (first.value, first.high)


def test_ji_is_some_more_than_the_round_figure() -> None:
    text = "十几个，二十几万，几十名，几百户"
    assert [
        ("十几", Decimal(10)),
        ("二十几万", Decimal(200000)),
        ("几十", Decimal(10)),
        ("几百", Decimal(100)),
    ] == [(m.surface, m.value) for m in find_numbers(text) if m.approx == "几"]
    assert () == find_numbers("几个")
