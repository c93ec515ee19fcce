"""Reading files: encodings Chinese archives use, bad files refused with one line."""

import random
from pathlib import Path

import pytest

from govdb.ingest.read import (
    ReadError,
    clean_text,
    decode,
    html_to_text,
    iter_input_files,
    read_document,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# Seed 004 (traditional, Big5-encodable) and seed 000 (simplified).
TRADITIONAL = (
    "歷史見證壯闊的征程，時間鑄刻奮鬥的足跡。今年是新中國成立75周年。\n漯河市舞陽縣賈湖遺址。\n"
)
SIMPLIFIED = "“有了村干部的牵线搭桥，大徐小吊\n瓜实现了产业化种植，畅销全国各地。”5月\n12日\n"


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def refusal(data: bytes) -> str:
    with pytest.raises(ReadError) as error:
        decode(data)
    return str(error.value)


@pytest.mark.parametrize(
    ("text", "encoding", "detected"),
    [
        (SIMPLIFIED, "utf-8", "utf-8"),
        (SIMPLIFIED, "utf-8-sig", "utf-8-bom"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (SIMPLIFIED, "gb2312", "gb18030"),
        (SIMPLIFIED, "utf-16", "utf-16-le-bom"),
        (SIMPLIFIED, "utf-16-le", "utf-16-le"),
        (SIMPLIFIED, "utf-16-be", "utf-16-be"),
        (TRADITIONAL, "big5", "big5"),
        (TRADITIONAL, "big5hkscs", "big5"),
        (TRADITIONAL, "cp950", "big5"),
        (TRADITIONAL, "utf-16-be", "utf-16-be"),
        ("香港特區政府今日公佈，冇問題嘅，屯門區議會討論嘢。\n", "big5hkscs", "big5hkscs"),
        (TRADITIONAL, "utf-32", "utf-32-le-bom"),
        (TRADITIONAL, "utf-32-be", "utf-32-be"),
    ],
)
def test_decodes_what_chinese_archives_use(text: str, encoding: str, detected: str) -> None:
    data = text.encode(encoding)
    if encoding == "utf-32-be":
        data = "\ufeff".encode(encoding) + data
        detected += "-bom"
    decoded = decode(data)
    assert (text, detected) == (decoded.text, decoded.encoding)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
@pytest.mark.parametrize("encoding", ["gb18030", "utf-16-le", "utf-16-be"])
def test_every_seed_round_trips(prefix: str, encoding: str) -> None:
    text = seed(prefix)
    assert (text, encoding) == (
        decode(text.encode(encoding)).text,
        decode(text.encode(encoding)).encoding,
    )


def test_traditional_seed_round_trips_in_big5() -> None:
    # Seed 004 prints a few characters Big5 lacks (着); keep the lines it can encode.
    lines = []
    for line in seed("004").split("\n"):
        try:
            line.encode("big5")
        except UnicodeEncodeError:
            continue
        lines.append(line)
    text = "\n".join(lines)
    assert 2000 < len(text)
    assert (text, "big5") == (
        decode(text.encode("big5")).text,
        decode(text.encode("big5")).encoding,
    )


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # seed 001 byline, seed 003 byline: a line or two is enough
        ("■本报记者 姚 肖", "gb18030"),
        ("■本報記者 姚 肖", "big5"),
        ("郾城区委副书记、区长 李占宾", "gb18030"),
        ("郾城區委副書記、區長 李占賓", "big5"),
    ],
)
def test_short_texts_decode_too(text: str, encoding: str) -> None:
    assert (text, encoding) == (
        decode(text.encode(encoding)).text,
        decode(text.encode(encoding)).encoding,
    )


def test_ascii_in_utf16_without_a_mark_is_not_read_as_ideographs() -> None:
    assert "abc\n" == decode("abc\n".encode("utf-16-le")).text


def test_utf8_cut_inside_its_last_character_keeps_the_whole_characters() -> None:
    decoded = decode((SIMPLIFIED + "瓜").encode()[:-1])
    assert ("utf-8-truncated", SIMPLIFIED) == (decoded.encoding, decoded.text)


def test_utf8_with_a_stray_byte_stays_utf8_and_marks_it() -> None:
    text = seed("000")
    data = text[:1000].encode() + b"\xff" + text[1000:].encode()
    decoded = decode(data)
    assert ("utf-8-damaged", text[:1000] + "\ufffd" + text[1000:]) == (
        decoded.encoding,
        decoded.text,
    )


def test_gb18030_is_not_taken_for_damaged_utf8() -> None:
    assert "gb18030" == decode(seed("002").encode("gb18030")).encoding


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "not text: binary data"),
        (random.Random(3).randbytes(4096), "not text: binary data"),
        (b"\x00" * 64, "not text: binary data"),
        (bytes(range(128, 256)) * 20, "not text: no known encoding decodes it"),
        # Valid GB18030 and Big5, but only rare characters either way: not a text anyone wrote.
        (
            bytes(b for i in range(40) for b in (0xD8 + i % 30, 0xA1 + i)),
            "not text: decodes as big5 only into garbage",
        ),
    ],
)
def test_refuses_what_is_not_text(data: bytes, message: str) -> None:
    assert message == refusal(data)


def test_a_bad_byte_order_mark_is_refused() -> None:
    assert "invalid utf-8-sig after its byte-order mark" == refusal(b"\xef\xbb\xbf\xff\xfe\xfa")


def test_nul_and_control_characters_never_survive() -> None:
    assert "召陵镇\n大徐村\t党支部\n" == clean_text("召陵\x00镇\r\n大徐村\t党\x07支部\x1b\r")


def test_page_breaks_and_unicode_line_separators_become_line_breaks() -> None:
    assert "第一版\n第二版\n末\n" == clean_text("第一版\x0c第二版\u2028末\x85")


def test_nul_bytes_in_a_file_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes("召陵镇\x00大徐村\n".encode())
    assert "召陵镇大徐村\n" == read_document(path).text


def test_html_keeps_visible_text_one_block_per_line() -> None:
    html = (
        "<html><head><title>t</title><style>p{}</style></head><body>"
        "<h1>沙澧善治</h1><script>var x = 1;</script>"
        "<p>网格&nbsp;983个 &amp; 网格员</p><p>第二段</p></body></html>"
    )
    assert "沙澧善治\n\n网格 983个 & 网格员\n\n第二段\n" == html_to_text(html)


def test_html_entities_are_unescaped_once() -> None:
    assert "&lt; 与 <\n" == html_to_text("<p>&amp;lt; 与 &lt;</p>")


def test_html_without_closing_head_keeps_its_body() -> None:
    html = '<html><head><meta charset="utf-8"><title>网</title><body><p>大徐村</p></body>'
    assert "大徐村\n" == html_to_text(html)


def test_html_line_breaks_and_table_cells_separate_text() -> None:
    html = "<table><tr><td>网格员</td><td>983<br/>名</td></tr></table><ul><li>一</li><li>二</li>"
    assert "网格员\n983\n名\n\n一\n二\n" == html_to_text(html)


def test_html_declared_charset_is_used_when_the_bytes_agree(tmp_path: Path) -> None:
    page = tmp_path / "short.htm"
    page.write_bytes('<meta charset="gb2312"><p>沙澧善治</p>'.encode("gb18030"))
    document = read_document(page)
    assert ("沙澧善治\n", "gb18030") == (document.text, document.encoding)


@pytest.mark.parametrize("declared", ["utf-8", "iso-8859-1", "windows-1252", "no-such-codec"])
def test_html_declared_charset_that_lies_is_ignored(tmp_path: Path, declared: str) -> None:
    page = tmp_path / "lies.html"
    page.write_bytes(f'<meta charset="{declared}"><p>{SIMPLIFIED}</p>'.encode("gb18030"))
    document = read_document(page)
    assert (SIMPLIFIED, "gb18030") == (document.text, document.encoding)


def test_read_document_hashes_the_bytes_and_records_format(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    data = f"<p>{SIMPLIFIED}</p>".encode("gb18030")
    page.write_bytes(data)
    document = read_document(page)
    assert (SIMPLIFIED, "gb18030", "html", len(data), "page.html") == (
        document.text,
        document.encoding,
        document.format,
        document.size,
        document.name,
    )
    assert "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" != document.sha256
    assert 64 == len(document.sha256)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("script.html", b"<script>var a;</script>", "no text in the file"),
        ("blank.md", b" \n\x00\n", "no text in the file"),
    ],
)
def test_read_document_refuses_with_one_line(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(ReadError) as error:
        read_document(tmp_path / name)
    assert message == str(error.value)


def test_a_missing_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as error:
        read_document(tmp_path / "gone.txt")
    assert "cannot read: No such file or directory" == str(error.value)


def test_folders_are_searched_recursively_for_text_files(tmp_path: Path) -> None:
    for name in ("b/02.txt", "a.md", "c.HTML", "notes.pdf", ".hidden/x.txt", "manifest.csv"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_input_files([tmp_path])]
    assert ["a.md", "b/02.txt", "c.HTML"] == found


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    found = iter_input_files([tmp_path / "a.txt", tmp_path, tmp_path / "a.txt"])
    assert [tmp_path / "a.txt"] == found


def test_the_seed_folder_lists_the_five_seeds() -> None:
    assert 5 == len(iter_input_files([SEEDS]))
