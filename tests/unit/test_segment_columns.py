"""Columns of briefs and photos, and photos after the last article: one article per item."""

import pytest
from pages import uncovered

from govdb.ingest.segment import Page, split_page

LEAD = (
    "东川县新建乡村公路120公里\n\n"
    "本报讯（记者 张明）今年以来，东川县新建乡村公路120公里，惠及群众12万人。"
    "全县农村公路总里程达到3000公里。\n\n"
)
ITEMS = (
    "近日，西河县召开秋粮收购工作会议，部署秋粮收购工作。",
    "10月8日，南岭县举办农民丰收节，吸引游客两万人次。",
    "日前，北山镇新建村级综合服务中心12个。",
)


def _column(page: Page, field: str) -> list:
    return [getattr(article, field) for article in page.articles]


@pytest.mark.parametrize("label", ["简明新闻", "新闻速递", "简讯"])
@pytest.mark.parametrize("mark", ["■", "◆", "▲", "●"])
def test_marked_items_under_a_column_label_after_an_article(label: str, mark: str) -> None:
    text = LEAD + f"{label}\n\n" + "".join(f"{mark}{item}\n\n" for item in ITEMS)
    page = split_page(text)
    assert ["东川县新建乡村公路120公里", None, None, None] == _column(page, "title")
    assert ["news", "brief", "brief", "brief"] == _column(page, "kind")
    assert [None, label, label, label] == _column(page, "kicker")
    assert list(ITEMS) == [a.body for a in page.articles[1:]]
    assert page.articles[0].body.endswith("总里程达到3000公里。")
    assert [] == [s.heading for s in page.articles[0].sections]
    assert "" == uncovered(text, page)


def test_numbered_items_under_a_column_label() -> None:
    text = LEAD + "新闻速递\n\n" + "".join(f"{n}.{item}\n\n" for n, item in enumerate(ITEMS, 1))
    page = split_page(text)
    assert ["news", "brief", "brief", "brief"] == _column(page, "kind")
    # 2.10月8日 is item 2 of the column, not a figure.
    assert list(ITEMS) == [a.body for a in page.articles[1:]]
    assert "" == uncovered(text, page)


def test_marked_briefs_without_a_label_are_briefs_of_their_own() -> None:
    text = LEAD + "".join(f"▲{item}\n\n" for item in ITEMS[:2])
    page = split_page(text)
    assert ["news", "brief", "brief"] == _column(page, "kind")
    assert [None, None, None] == _column(page, "kicker")
    assert list(ITEMS[:2]) == [a.body for a in page.articles[1:]]


def test_a_column_of_photos_under_a_marked_markdown_label() -> None:
    text = (
        "## 东川县新建乡村公路120公里\n\n"
        "本报讯（记者 张明）今年以来，东川县新建乡村公路120公里，惠及群众12万人。\n\n"
        "## ■ 图片新闻\n\n"
        "◆ 近日，西河县农民在田间收割水稻，今年全县秋粮喜获丰收。（记者 李华 摄）\n\n"
        "◆ 10月8日，南岭县举办农民丰收节，村民展示农产品。（记者 王芳 摄）\n"
    )
    page = split_page(text)
    assert ["东川县新建乡村公路120公里", None, None] == _column(page, "title")
    assert ["news", "caption", "caption"] == _column(page, "kind")
    assert [None, "图片新闻", "图片新闻"] == _column(page, "kicker")
    assert page.articles[1].body.startswith("近日，西河县农民")
    assert page.articles[2].body.startswith("10月8日，南岭县")
    assert [] == [t.text for a in page.articles for t in a.paratexts if t.kind == "caption"]
    assert "" == uncovered(text, page)


def test_a_column_label_with_nothing_under_it_is_kept_on_the_page() -> None:
    text = LEAD + "图片新闻\n\n"
    page = split_page(text)
    assert 1 == len(page.articles)
    assert "" == uncovered(text, page)
