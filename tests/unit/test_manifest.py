import datetime as dt
from pathlib import Path

import pytest

from govdb.errors import GovdbError
from govdb.ingest.manifest import manifest_meta, merge_meta, read_manifest
from govdb.ingest.parsed import DocumentMeta


def _write(folder: Path, text: str) -> None:
    (folder / "manifest.csv").write_text(text, encoding="utf-8")


def test_manifest_gives_each_file_its_metadata(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "# comment\nfile,source,published_on,page\na.txt,漯河日报,2024-05-13,01版\nb.txt,,,\n",
    )
    expected = DocumentMeta("漯河日报", dt.date(2024, 5, 13), "01版", "manifest")
    assert expected == manifest_meta(tmp_path / "a.txt")
    assert DocumentMeta() == manifest_meta(tmp_path / "b.txt")
    assert DocumentMeta() == manifest_meta(tmp_path / "c.txt")


def test_a_bad_date_names_the_line(tmp_path: Path) -> None:
    _write(tmp_path, "file,source,published_on,page\na.txt,,13/5/2024,\n")
    with pytest.raises(GovdbError, match=r"manifest\.csv line 2: not a date"):
        read_manifest(tmp_path.resolve())


def test_options_win_over_the_manifest_field_by_field() -> None:
    options = DocumentMeta(source="新华社")
    manifest = DocumentMeta("漯河日报", dt.date(2024, 5, 13), None, "manifest")
    expected = DocumentMeta("新华社", dt.date(2024, 5, 13), None, "manifest")
    assert expected == merge_meta(options, manifest)


def test_a_date_keeps_the_source_of_the_layer_it_came_from() -> None:
    options = DocumentMeta(published_on=dt.date(2025, 11, 30), date_source="option")
    path = DocumentMeta(published_on=dt.date(2025, 11, 29), date_source="path")
    assert DocumentMeta(None, dt.date(2025, 11, 30), None, "option") == merge_meta(options, path)
    undated = DocumentMeta(source="新华社")
    assert DocumentMeta("新华社", dt.date(2025, 11, 29), None, "path") == merge_meta(undated, path)
    assert DocumentMeta("新华社") == merge_meta(undated, DocumentMeta())


def test_the_seed_manifest_states_only_what_the_texts_support() -> None:
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    assert DocumentMeta(source="漯河日报") == manifest_meta(seeds / "001_274de3711385715e.txt")
    assert DocumentMeta() == manifest_meta(seeds / "000_9ef92d6b9b86d40d.txt")
