"""Normalisation: one convention for every outlet, with offsets back to the printed text."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdb.ingest.normalise import detect_script, normalise, to_simplified

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # seed 002: spaces PDF extraction put inside words and numbers, ASCII punctuation
        (
            '一个负债 460 万元的穷村庄如何摆脱"越 穷越乱"的怪圈;',
            "一个负债460万元的穷村庄如何摆脱“越穷越乱”的怪圈；",
        ),
        (
            "河南有约 5.2 万 个村(社区)、9800多万常住人口",
            "河南有约5.2万个村（社区）、9800多万常住人口",
        ),
        ("乱象随之滋 生, 乱占宅基地", "乱象随之滋生，乱占宅基地"),
        ("2000年倒闭 的村办榨油厂", "2000年倒闭的村办榨油厂"),
        ('"这大窟窿,谁能填平?"几任村 干部', "“这大窟窿，谁能填平？”几任村干部"),
        ('的"平安暗号" ……行走在中原大地', "的“平安暗号”……行走在中原大地"),
        # seed 001: ASCII commas and question marks in Chinese sentences, brackets in pairs
        (
            "人口流量都比较大,社会问题复杂多样。如何加强社会治理?如何",
            "人口流量都比较大，社会问题复杂多样。如何加强社会治理？如何",
        ),
        ("全市乡镇(街道)党(工)委书记座谈会", "全市乡镇（街道）党（工）委书记座谈会"),
        ("网格管理工作端APP、公众端小程序", "网格管理工作端APP、公众端小程序"),
        # seed 000: a byline spaced to fill the column; an indented first line
        ("■本报记者 姚 肖", "■本报记者姚肖"),
        (" 召陵区召陵镇\n", "召陵区召陵镇\n"),
        # seed 003: a role and a name
        ("郾城区委副书记、区长 李占宾", "郾城区委副书记、区长李占宾"),
        # seed 004: traditional to simplified, 「」 and line breaks left to later stages
        (
            "漯河市舞陽縣賈湖遺址。「三個\n\n\n\n五百億」項目",
            "漯河市舞阳县贾湖遗址。「三个\n\n五百亿」项目",
        ),
        ("郟城區孟廟鎮五里廟社區", "郏城区孟庙镇五里庙社区"),
        ("河南漯河：改革風勁破浪行", "河南漯河：改革风劲破浪行"),
    ],
)
def test_normalise_seed_snippets(printed: str, expected: str) -> None:
    assert expected == normalise(printed).text


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # full-width letters and digits to ASCII; ideographic, no-break and em spaces
        ("１２３４５热线\u3000ＡＢＣ％", "12345热线 ABC%"),
        ("。\u00a0“十四五”时期", "。“十四五”时期"),
        ("Hong\u2003Kong", "Hong Kong"),
        # Latin words keep their spaces, and so does Latin beside Chinese; thousands stay
        ("Hong Kong  is big, 1,200 人", "Hong Kong is big, 1,200人"),
        ("CEO 团队", "CEO 团队"),
        ("10:30 开会", "10:30开会"),
        # a numbered item keeps its brackets matched; English brackets stay ASCII
        ("(1)加强党建", "（1）加强党建"),
        ("the app (see above)", "the app (see above)"),
        # Kangxi radicals and compatibility ideographs from PDF text layers
        ("⼯作⽅案", "工作方案"),
        ("\uf9dc\uf9e0", "隆易"),
        # characters that print as nothing
        ("网\u200b格\u00ad员\ufeff", "网格员"),
        # the bar parting a headline's column name from its words stays as printed
        ("乡村振兴｜果园里的新农人", "乡村振兴｜果园里的新农人"),
        # blank lines, even with spaces on them, collapse to one; trailing spaces go
        ("标题  \n \n\u3000\n  \n正文", "标题\n\n正文"),
    ],
)
def test_normalise_general_rules(printed: str, expected: str) -> None:
    assert expected == normalise(printed).text


def test_a_quote_left_open_at_a_hard_line_break_closes_on_the_next_line() -> None:
    printed = '"有了村干部的牵线搭桥,大徐小吊\n瓜实现了产业化种植。"5月'
    assert "“有了村干部的牵线搭桥，大徐小吊\n瓜实现了产业化种植。”5月" == normalise(printed).text


def test_a_quote_left_open_at_the_end_of_a_sentence_does_not_flip_the_next_paragraph() -> None:
    printed = '他说:"好。\n"走吧"'
    assert "他说：“好。\n“走吧”" == normalise(printed).text


def test_spaces_inside_chinese_stay_when_asked() -> None:
    printed = "砌基层善治之石 筑人民幸福之基"
    assert printed == normalise(printed, close_spaces=False).text


def test_offsets_point_back_to_the_printed_characters() -> None:
    printed = " 负债 460  万元,\u200b\n\n\n网格"
    result = normalise(printed)
    assert "负债460万元，\n\n网格" == result.text
    assert list("负债460万元,\n\n网格") == [printed[i] for i in result.offsets[:-1]]
    assert len(printed) == result.offsets[-1]


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # digits OCR spaced one by one, with a decimal point or a scale and unit after them
        ("播种面积达 4 7 . 3万亩", "播种面积达47.3万亩"),
        ("全镇 2 6 个村", "全镇26个村"),
        ("全年营收 1 2 3 万元", "全年营收123万元"),
        ("产值 3 . 8", "产值3.8"),
        # groups that cannot stand alone before a unit: a group opening with 0, thousands
        ("配备协管员 2 05 名", "配备协管员205名"),
        ("接待游客 12 500 人次", "接待游客12500人次"),
        # a point with a space on one side, before a unit
        ("合格率达 97 .2%", "合格率达97.2%"),
        ("人均增收 1. 6 万元", "人均增收1.6万元"),
        # a space before % is layout
        ("同比增长9.4 %，", "同比增长9.4%，"),
        ("占比 6 2 %", "占比62%"),
        # groups of several digits, digits next to Latin letters, and digits with nothing
        # after them are left apart
        ("2025 11 19", "2025 11 19"),
        ("编号 45 6 7个", "编号45 6 7个"),
        ("B 2 3 号楼", "B 2 3号楼"),
        ("得票 4 9", "得票4 9"),
        ("第 2025 11 期", "第2025 11期"),
        ("2. 6个村已完成", "2. 6个村已完成"),
        ("得票 12 305", "得票12 305"),
        # single digits with the last gap missed
        ("新增投资 3 4 25 万元", "新增投资3425万元"),
    ],
)
def test_spaced_digits(printed: str, expected: str) -> None:
    assert expected == normalise(printed).text


def test_spaced_digits_map_back_to_the_printed_digits() -> None:
    printed = "面积 8 1 . 5 万亩"
    result = normalise(printed)
    assert "面积81.5万亩" == result.text
    assert list("面积81.5万亩") == [printed[i] for i in result.offsets[:-1]]


def test_spaced_digits_stay_apart_when_spaces_are_kept() -> None:
    assert "第 3 5 期" == normalise("第 3 5 期", close_spaces=False).text


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_seed_keeps_its_line_breaks_and_maps_back(prefix: str) -> None:
    printed = seed(prefix)
    result = normalise(printed)
    kept_breaks = [i for c, i in zip(result.text, result.offsets, strict=False) if c == "\n"]
    assert all("\n" == printed[i] for i in kept_breaks)
    assert len(result.text) + 1 == len(result.offsets)


def test_to_simplified_keeps_the_length_of_the_traditional_seed() -> None:
    printed = seed("004")
    assert len(printed) == len(to_simplified(printed))


def test_to_simplified_leaves_the_simplified_seeds_alone() -> None:
    printed = seed("000") + seed("001") + seed("002")
    assert printed == to_simplified(printed)


def test_to_simplified_never_rewrites_vocabulary() -> None:
    assert "基层高效能治理" == to_simplified("基層高效能治理")


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("漯河市舞陽縣賈湖遺址，為民爲民", "traditional"),
        ("召陵区召陵镇大徐村", "simplified"),
        ("中国人民", "simplified"),
        ("发展發展发展發展", "mixed"),
        ("no Chinese here", "unknown"),
    ],
)
def test_detect_script(text: str, script: str) -> None:
    assert script == detect_script(text)


@pytest.mark.parametrize(
    ("prefix", "script"),
    [
        ("000", "simplified"),
        ("001", "simplified"),
        ("002", "simplified"),
        ("003", "simplified"),  # prints 饅 among simplified characters
        ("004", "traditional"),  # mixes 為 and 爲
    ],
)
def test_detect_script_on_the_seeds(prefix: str, script: str) -> None:
    assert script == detect_script(seed(prefix))


# Where a normalised character may come from besides its own width and script fold.
_PUNCTUATION = {"，": ",", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")"}


def _comes_from(char: str, printed: str) -> bool:
    return (
        char == printed
        or char == normalise(printed).text
        or _PUNCTUATION.get(char) == printed
        or (char in "“”" and printed == '"')
        or (char == " " and printed.isspace())
    )


@given(
    st.text(
        alphabet=st.sampled_from(
            list('召陵镇 大徐村,"()5.28万\n\t（）Ａ１ab國\u3000\u00a0\u200b⼯?:%')
        ),
        max_size=80,
    )
)
def test_offsets_are_monotonic_and_map_every_kept_character(text: str) -> None:
    result = normalise(text)
    assert len(result.text) + 1 == len(result.offsets)
    assert list(result.offsets) == sorted(set(result.offsets))
    assert len(text) == result.offsets[-1]
    for char, index in zip(result.text, result.offsets, strict=False):
        assert _comes_from(char, text[index])


def test_the_character_printed_for_a_city_is_the_city() -> None:
    assert "福州市鼓楼区" == normalise("福州巿鼓楼区").text


def test_the_enclosure_radical_recognition_prints_for_a_mouth_is_the_mouth() -> None:
    assert "石门口村人口" == normalise("石门囗村人囗").text


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("全村己有96户签约", "全村已有96户签约"),
        ("改造工程己经完工", "改造工程已经完工"),
        # 己 as the second half of a word stays
        ("他们自己有打算", "他们自己有打算"),
        ("不能据为己有", "不能据为己有"),
    ],
)
def test_self_printed_for_already_is_already(printed: str, expected: str) -> None:
    assert expected == normalise(printed).text


def test_a_label_set_apart_at_a_lines_start_keeps_a_space() -> None:
    assert "城关镇 近日，城关镇召开会议。" == normalise("城关镇　近日，城关镇召开会议。").text
    assert "城关镇近日召开会议。" == normalise("城关镇 近日召开会议。").text  # one space: OCR


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # letters recognition reads for digits inside a number, next to Chinese
        ("覆盖全乡l7个自然村", "覆盖全乡17个自然村"),
        ("累计投入3O.5万元", "累计投入30.5万元"),
        ("种植烟叶I 250亩", "种植烟叶1250亩"),
        ("新增岗位4o个", "新增岗位40个"),
        # Latin names and letters alone stay as printed
        ("推广O2O模式", "推广O2O模式"),
        ("检测IO接口", "检测IO接口"),
        ("Model 3上市", "Model 3上市"),
        ("第l期", "第l期"),
    ],
)
def test_letters_misread_for_digits(printed: str, expected: str) -> None:
    assert expected == normalise(printed).text


def test_full_width_thousands_are_one_number_and_other_commas_part_a_list() -> None:
    assert (
        "名额增至2,000个，分两批1，2批次"
        == normalise("名额增至２，０００个，分两批１，２批次").text
    )


def test_characters_simplified_script_writes_too_stay_in_a_simplified_text() -> None:
    # 乾 and 於 are the table's traditional 干 and 于, but simplified place names keep them
    assert "乾县今年新建学校3所" == normalise("乾县今年新建学校3所").text
    assert "於潜镇新建文化礼堂" == normalise("於潜镇新建文化礼堂").text
    # in a traditional text they are converted with the rest
    assert "他于今年返乡创业" == normalise("他於今年返鄉創業").text


def test_figures_an_ideographic_space_sets_apart_are_never_run_together() -> None:
    row = "新建企业（家）\u300046\u3000113\u3000145.7%"
    assert "46113" not in normalise(row).text
    assert normalise("3 000余人次").text == "3000余人次"
