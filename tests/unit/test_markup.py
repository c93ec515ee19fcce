"""Text saved with a web page's markup left in is read as the page it came from."""

from govdb.ingest.markup import without_markup
from govdb.ingest.segment import split_page


def test_text_without_markup_is_left_as_it_is() -> None:
    text = "东川县新建乡村公路120公里\n\n　　今年以来，东川县新建乡村公路120公里。\n"
    assert text == without_markup(text)


def test_tags_and_entities_are_read_as_an_html_page() -> None:
    text = (
        "<p>南岭镇&ldquo;稻鱼共养&rdquo;喜获丰收</p>\n"
        "<p>&nbsp;&nbsp;今年全镇推广稻鱼共养3000亩。<br/>亩均增收1200元&mdash;&mdash;比去年多两成。</p>\n"
    )
    assert without_markup(text) == (
        "南岭镇“稻鱼共养”喜获丰收\n\n今年全镇推广稻鱼共养3000亩。\n亩均增收1200元——比去年多两成。\n"
    )


def test_entities_alone_are_unescaped_and_a_markdown_quote_mark_dropped() -> None:
    text = "&gt; 来源：东川日报&nbsp;&nbsp;2025-10-28\n&#12288;&#12288;今年东川县新建公路。\n"
    assert without_markup(text) == "来源：东川日报  2025-10-28\n\u3000\u3000今年东川县新建公路。\n"


def test_a_metadata_line_gives_the_headline_and_a_source_line() -> None:
    text = (
        '{"title": "南岭镇新建村级服务中心12个", "pubDate": "2025-10-08 09:30", '
        '"source": "东川县融媒体中心", "tags": ["民生"]}\n'
        "近日，南岭镇新建村级服务中心12个。\n"
    )
    lines = without_markup(text).split("\n")
    assert lines[:2] == [
        "南岭镇新建村级服务中心12个",
        "来源：东川县融媒体中心\u3000发布时间：2025-10-08 09:30",
    ]
    page = split_page(without_markup(text))
    assert ["南岭镇新建村级服务中心12个"] == [a.title for a in page.articles]


def test_a_metadata_line_that_is_no_json_stays() -> None:
    text = '"title": "南岭镇, "pubDate"\n近日，南岭镇新建村级服务中心12个。\n'
    assert text == without_markup(text)


def test_links_keep_their_words_and_images_say_they_are_images() -> None:
    text = (
        "![村民在晾晒稻谷](http://example.com/a.jpg)\n"
        "![](http://example.com/b.jpg)\n"
        "详见[东川县人民政府网](http://example.com/gov)。[打印本页](javascript:print())\n"
    )
    assert without_markup(text) == (
        "[图片：村民在晾晒稻谷]\n[图片]\n详见东川县人民政府网。打印本页\n"
    )


def test_an_image_line_and_a_dated_credits_line_are_no_headline() -> None:
    text = (
        "## 南岭镇：稻鱼共养带富一方\n\n"
        "东川日报 | 2025-12-01 | 记者 张明\n\n"
        "![图片：稻田里的鱼](http://example.com/a.jpg)\n\n"
        "今年南岭镇推广稻鱼共养3000亩，亩均增收1200元。\n"
    )
    page = split_page(without_markup(text))
    assert ["南岭镇：稻鱼共养带富一方"] == [a.title for a in page.articles]
    assert page.articles[0].body == "今年南岭镇推广稻鱼共养3000亩，亩均增收1200元。"
