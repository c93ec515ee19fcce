"""Credits lines under a headline: who wrote it, never the headline itself."""

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
