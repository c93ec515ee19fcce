"""Subtitle files (.srt, .vtt) read as the script they show: no cue number or timecode is text."""

from pathlib import Path

from govdb.ingest.read import read_document
from govdb.ingest.segment import split_page
from govdb.ingest.subtitles import without_cues

CUES = (
    "1\n00:00:00,000 --> 00:00:02,500\n东川镇：冬储白菜喜获丰收\n\n"
    "2\n00:00:02,500 --> 00:00:06,100\n这几天\n东川镇的菜农忙着收白菜\n\n"
    "3\n00:00:06,100 --> 00:00:09,800\n全镇今年种植白菜3200亩\n比去年多了400亩\n\n"
    "4\n00:00:09,800 --> 00:00:12,000\n（东川县融媒体中心 记者 张明）\n"
)


def test_cue_numbers_and_timecodes_go_and_each_cue_is_a_sentence() -> None:
    assert without_cues(CUES) == (
        "东川镇：冬储白菜喜获丰收\n"
        "这几天，东川镇的菜农忙着收白菜。\n"
        "全镇今年种植白菜3200亩，比去年多了400亩。\n"
        "（东川县融媒体中心 记者 张明）\n"
    )


def test_a_web_vtt_header_and_cue_settings_go_too() -> None:
    vtt = (
        "WEBVTT\n\n00:01.000 --> 00:03.000 align:start\n东川镇开展冬季义诊\n\n"
        "00:03.000 --> 00:05.000\n义诊持续两天\n\n00:05.000 --> 00:07.000\n共接诊群众860人次\n"
    )
    assert without_cues(vtt) == "东川镇开展冬季义诊\n义诊持续两天。\n共接诊群众860人次。\n"


def test_text_with_a_timecode_or_two_is_left_as_it_is() -> None:
    text = "直播回看\n00:00:10,000 --> 00:00:20,000\n东川镇举行冬季运动会。\n"
    assert without_cues(text) == text


def test_a_subtitle_file_is_one_story_with_its_first_cue_as_headline(tmp_path: Path) -> None:
    path = tmp_path / "东川新闻.srt"
    path.write_text(CUES.replace("\n", "\r\n"), encoding="utf-8")
    page = split_page(read_document(path).text)
    assert [a.title for a in page.articles] == ["东川镇：冬储白菜喜获丰收"]
    assert page.articles[0].body.startswith("这几天，东川镇的菜农忙着收白菜。")
    assert "-->" not in read_document(path).text
