"""Credits lines under a headline: who wrote it, never the headline itself."""

import pytest

from govdb.ingest.segment import Page, split_page


def _column(page: Page, field: str) -> list:
    return [getattr(article, field) for article in page.articles]


def test_a_line_of_names_under_the_headline_is_a_byline() -> None:
    text = "东川：小产业撬动大发展\n\n张明 李华 王芳\n\n近日，东川市竹编订单大增。\n\n版权所有"
    page = split_page(text)
    assert ["东川：小产业撬动大发展"] == _column(page, "title")
    assert ["张明 李华 王芳"] == _column(page, "byline")
    assert [] == [t.text for t in page.leftovers if t.kind == "banner"]


def test_a_headline_of_short_phrases_is_not_taken_for_names() -> None:
    page = split_page("稳增长 促发展 惠民生\n\n近日，东川市竹编订单大增。\n")
    assert (["稳增长 促发展 惠民生"], [None]) == (
        _column(page, "title"),
        _column(page, "byline"),
    )


def test_writer_and_photographer_credits_are_a_byline() -> None:
    page = split_page("东川：小产业撬动大发展\n文/张明 图/李华\n近日，东川市竹编订单大增。\n")
    assert ["东川：小产业撬动大发展"] == _column(page, "title")
    assert ["文/张明 图/李华"] == _column(page, "byline")


def test_a_role_and_a_colon_before_the_name() -> None:
    page = split_page("东川：小产业撬动大发展\n作者：张明\n近日，东川市竹编订单大增。\n")
    assert ["作者 张明"] == _column(page, "byline")


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("南岭商报记者 张明 东川报道", "南岭商报记者 张明"),
        ("大河网记者 李华", "大河网记者 李华"),
        ("东川县融媒体中心记者 王芳", "东川县融媒体中心记者 王芳"),
    ],
)
def test_an_outlets_reporter_is_a_byline_not_the_headline(line: str, byline: str) -> None:
    page = split_page("东川：小产业撬动大发展\n\n" + line + "\n\n近日，东川市竹编订单大增。\n")
    assert (["东川：小产业撬动大发展"], [byline]) == (
        _column(page, "title"),
        _column(page, "byline"),
    )


def test_a_sentence_after_a_full_stop_is_no_byline() -> None:
    page = split_page("东川：小产业撬动大发展\n\n近日，东川市竹编订单大增\n。本报记者 张明\n")
    assert [None] == _column(page, "byline")


def test_a_source_before_the_author_is_not_part_of_the_byline() -> None:
    text = "东川：小产业撬动大发展\n来源：东川日报 作者：张明\n\n近日，东川市竹编订单大增。\n"
    page = split_page(text)
    assert (["东川：小产业撬动大发展"], ["作者 张明"]) == (
        _column(page, "title"),
        _column(page, "byline"),
    )


def test_an_editor_credit_in_parentheses_is_a_credit() -> None:
    text = "东川：小产业撬动大发展\n\n近日，东川市竹编订单大增。\n\n（责任编辑：李华）\n"
    page = split_page(text)
    assert [("credit", "（责任编辑：李华）")] == [
        (t.kind, t.text) for t in page.articles[0].paratexts
    ]
    assert [] == list(page.leftovers)


COMMENT = (
    "让基层减负落到实处\n\n{}\n\n基层减负，关键在落实。近年来，各地出台措施为基层减负，成效明显。\n"
)


@pytest.mark.parametrize(
    ("signature", "byline"),
    [
        ("□ 江 南", "江南"),
        ("■ 本报评论员", "本报评论员"),
        ("◆王小明", "王小明"),
        ("■ 钟  声", "钟声"),
        ("特约评论员", "特约评论员"),
    ],
)
def test_a_commentary_signature_under_the_headline_is_its_byline(
    signature: str, byline: str
) -> None:
    page = split_page(COMMENT.format(signature))
    assert (["让基层减负落到实处"], [byline], ["commentary"]) == (
        _column(page, "title"),
        _column(page, "byline"),
        _column(page, "kind"),
    )
    assert [] == list(page.leftovers)


def test_a_marked_heading_that_is_no_name_is_not_a_signature() -> None:
    text = (
        "东川县推进基层减负\n\n本报记者 张明\n\n"
        "近日，东川县出台措施为基层减负，精简会议文件三成。\n\n"
        "■ 强化督查\n\n县委督查室每季度开展一次减负专项督查。\n"
    )
    page = split_page(text)
    assert (["东川县推进基层减负"], ["news"]) == (_column(page, "title"), _column(page, "kind"))
    assert ["本报记者 张明"] == _column(page, "byline")
