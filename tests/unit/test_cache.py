"""The resource cache: built once, then read; a damaged file is built again; turned off by
GOVDB_CACHE_DIR=off; what is read back extracts exactly what was built."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from govdb import cache
from govdb.ingest.parsed import DocumentMeta
from govdb.ingest.pipeline import parse_document
from govdb.ingest.read import read_document
from govdb.places.find import find_places
from govdb.places.gazetteer import Gazetteer, default_gazetteer
from govdb.resources import (
    TOKENIZER_VAR,
    Resources,
    build_resources,
    cached_resources,
    chosen,
    reference_tokenizer,
)
from govdb.tokenize import JiebaTokenizer, Tables

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SENTENCE = "东川县西河镇今年新建冷库三座，储量占比提高到百分之二十，召陵镇苹果村也在其列。"


def files_in(folder: Path) -> list[str]:
    return sorted(p.name.split("-")[0] for p in folder.iterdir())


@dataclass(frozen=True)
class Built:
    """Resources built from the data once for this module (seconds of work), with what the
    cache would store of them."""

    resources: Resources
    tables: Tables
    gazetteer_state: tuple[object, ...]

    def copy(self, gazetteer: Gazetteer | None = None) -> Resources:
        """Resources equal to the built ones, made of their tables in a moment."""
        tags = self.resources.dictionary_tags
        gazetteer = gazetteer or Gazetteer.restored(self.gazetteer_state)
        tokenizer = chosen(JiebaTokenizer.from_tables(self.tables, tags))
        return Resources(tokenizer, gazetteer, tags, self.tables[0])


@pytest.fixture(scope="module")
def built(new_gazetteer: Callable[[], Gazetteer]) -> Built:
    resources = build_resources(new_gazetteer())
    tables = reference_tokenizer(resources.tokenizer).tables()
    return Built(resources, tables, resources.gazetteer.state())


def test_the_folder_comes_from_the_variable_else_xdg_else_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("GOVDB_CACHE_DIR", str(tmp_path / "mine"))
    assert cache.cache_dir() == tmp_path / "mine"
    for off in ("off", "OFF", "0", "", " none "):
        monkeypatch.setenv("GOVDB_CACHE_DIR", off)
        assert cache.cache_dir() is None
    monkeypatch.delenv("GOVDB_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "govdb"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_dir() == tmp_path / "home" / ".cache" / "govdb"


def test_a_value_written_is_read_back_and_older_keys_are_removed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("GOVDB_CACHE_DIR", str(tmp_path))
    stale = tmp_path / "thing-0123456789abcdef0123.marshal"
    stale.write_bytes(b"from an older govdb")
    (tmp_path / "other-0123456789abcdef0123.marshal").write_bytes(b"not ours to remove")
    assert cache.write("thing", ({"召陵镇": 20000}, [1, 2], frozenset({"河南"})))
    assert cache.read("thing") == ({"召陵镇": 20000}, [1, 2], frozenset({"河南"}))
    assert not stale.exists()
    assert files_in(tmp_path) == ["other", "thing"]


def test_a_damaged_or_foreign_file_reads_as_none(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("GOVDB_CACHE_DIR", str(tmp_path))
    assert cache.read("thing") is None
    assert cache.write("thing", [1, 2, 3])
    (path,) = tmp_path.iterdir()
    path.write_bytes(path.read_bytes()[:-3])  # cut short
    assert cache.read("thing") is None
    path.write_bytes(b"\x00garbage")
    assert cache.read("thing") is None
    assert cache.write("other", [1, 2, 3])
    (tmp_path / f"other-{cache.cache_key()}.marshal").rename(path)  # another name's content
    assert cache.read("thing") is None


def test_an_unwritable_folder_or_no_cache_writes_nothing_and_raises_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("GOVDB_CACHE_DIR", str(blocker / "cache"))
    assert cache.write("thing", [1]) is False
    assert cache.read("thing") is None
    monkeypatch.setenv("GOVDB_CACHE_DIR", "off")
    assert cache.write("thing", [1]) is False
    assert cache.read("thing") is None


def test_a_restored_gazetteer_equals_the_built_one() -> None:
    built = Gazetteer()
    restored = Gazetteer.restored(built.state())
    assert list(restored.units.items()) == list(built.units.items())
    assert restored.children == built.children
    assert list(restored.names.items()) == list(built.names.items())
    assert restored.province_forms == built.province_forms
    assert restored.context_needed == built.context_needed
    assert restored.longest == built.longest
    assert restored.starts == built.starts
    # Villages still load on demand, into the restored one as into the built one.
    assert restored.unit("411104100201").name == built.unit("411104100201").name
    with pytest.raises(ValueError, match="villages loaded"):
        built.state()


def test_villages_read_from_the_cache_equal_those_read_from_the_register(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, built: Built
) -> None:
    state = built.gazetteer_state

    def loaded() -> tuple[object, ...]:
        g = Gazetteer.restored(state)
        for province in ("41", "31"):
            g.load_villages(province)
        return (
            list(g._villages.items()),
            list(g.children.items()),
            list(g.village_names.items()),
            g.villages_named("黄庄村", ["41"]),
        )

    monkeypatch.setenv("GOVDB_CACHE_DIR", "off")
    from_register = loaded()
    monkeypatch.setenv("GOVDB_CACHE_DIR", str(tmp_path))
    assert loaded() == from_register  # written
    assert files_in(tmp_path) == ["villages", "villages"]
    assert loaded() == from_register  # read back
    for path in tmp_path.iterdir():
        path.write_bytes(b"\xe3damaged")
    assert loaded() == from_register  # read from the register again
    assert "411104100201" in from_register[3]


def test_a_tokenizer_from_its_tables_cuts_and_tags_as_the_built_one(
    dictionary_tags: dict[str, str],
) -> None:
    tags = dictionary_tags
    built = JiebaTokenizer([("西河镇", None), ("占比", "n")], tags)
    frequencies, total, taught_tags, taught, replaced = built.tables()
    assert frequencies["西河镇"] == 20_000 and frequencies["西河"] >= 0
    assert taught_tags == {"占比": "n"}
    assert taught == [("西河镇", None), ("占比", "n")]
    assert replaced == 0  # neither is a word of jieba's dictionary
    copy = JiebaTokenizer.from_tables(
        (dict(frequencies), total, dict(taught_tags), list(taught), replaced), tags
    )
    assert copy.cut(SENTENCE) == built.cut(SENTENCE)
    assert copy.tag(SENTENCE) == built.tag(SENTENCE)
    assert ("占比", "n") in [(t.text, t.pos) for t in copy.tag(SENTENCE)]
    assert built.tables()[2] == {"占比": "n"}  # tagging leaves the tables as they were


def test_resources_are_built_once_then_read_and_rebuilt_when_damaged(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, built: Built
) -> None:
    import govdb.resources

    builds = []

    def building(gazetteer: Gazetteer | None = None) -> Resources:
        builds.append(gazetteer)
        return built.copy(gazetteer)

    gazetteer = default_gazetteer()  # the process's, from the test run's cache
    monkeypatch.setenv("GOVDB_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv(TOKENIZER_VAR, "jieba")  # the cache is the same either way
    monkeypatch.setattr(govdb.resources, "build_resources", building)
    first = cached_resources(gazetteer)
    assert builds == [gazetteer] and files_in(tmp_path) == ["tokenizer"]
    (path,) = tmp_path.iterdir()
    written = path.read_bytes()

    read = cached_resources(gazetteer)
    assert len(builds) == 1  # read, not built again
    assert read.gazetteer is gazetteer
    assert read.dictionary_tags == first.dictionary_tags
    assert read.tokenizer.cut(SENTENCE) == first.tokenizer.cut(SENTENCE)
    assert read.tokenizer.tag(SENTENCE) == first.tokenizer.tag(SENTENCE)

    path.write_bytes(written[: len(written) // 2])
    rebuilt = cached_resources(gazetteer)
    assert len(builds) == 2
    assert rebuilt.tokenizer.cut(SENTENCE) == first.tokenizer.cut(SENTENCE)
    assert path.read_bytes() == written


def test_no_cache_is_written_when_it_is_off(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, built: Built
) -> None:
    import govdb.resources

    builds = []

    def building(gazetteer: Gazetteer | None = None) -> Resources:
        builds.append(gazetteer)
        return built.copy(gazetteer)

    monkeypatch.setenv("GOVDB_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(govdb.resources, "build_resources", building)
    resources = cached_resources(default_gazetteer())
    assert len(builds) == 1  # built, since nothing can be read
    assert "召陵镇" in [t.text for t in resources.tokenizer.cut("召陵镇党委书记")]
    assert list(tmp_path.iterdir()) == []


def test_a_document_reads_the_same_with_cached_and_built_resources(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, built: Built
) -> None:
    import govdb.resources

    monkeypatch.setenv("GOVDB_CACHE_DIR", str(tmp_path))
    with monkeypatch.context() as patched:  # what a build would write, without building again
        patched.setattr(govdb.resources, "build_resources", lambda g=None: built.copy(g))
        cached_resources(Gazetteer.restored(built.gazetteer_state))  # written
    read = cached_resources(Gazetteer.restored(built.gazetteer_state))
    assert read.tokenizer is not built.resources.tokenizer
    for page in sorted(SEEDS.glob("*.txt"))[:2]:
        source = read_document(page)
        assert parse_document(source, page.name, DocumentMeta(), read) == parse_document(
            source, page.name, DocumentMeta(), built.resources
        )
    assert find_places(
        SENTENCE, gazetteer=read.gazetteer, dictionary=read.dictionary_tags
    ) == find_places(
        SENTENCE, gazetteer=built.resources.gazetteer, dictionary=built.resources.dictionary_tags
    )


def test_the_process_resources_are_frozen_out_of_the_collectors_way() -> None:
    from govdb.resources import default_resources

    resources = default_resources()
    assert resources is default_resources()
    assert gc.get_freeze_count() > 100_000  # units, name lists, aliases: not walked again
    assert resources.dictionary_tags["苹果"] == "n"
    assert "召陵" not in resources.dictionary_tags


LEAVES_JIEBA_ALONE = """
import sys
import jieba
from govdb.tokenize import JiebaTokenizer, read_dictionary_tags
tags = read_dictionary_tags()
JiebaTokenizer.from_tables(JiebaTokenizer([("西河镇", None)], tags).tables(), tags).tag(sys.argv[1])
assert "jieba.posseg" not in sys.modules, "jieba.posseg was imported"
assert not jieba.dt.initialized and not jieba.dt.FREQ, "jieba's module-wide tokenizer was touched"
print("untouched")
"""


def test_ours_leaves_jiebas_module_wide_tokenizer_and_tagger_alone() -> None:
    """Our tagger never imports jieba.posseg (it reads the model's tables by path) and our
    tokenizer is jieba's only through an instance of its own: a program that uses jieba's
    module-wide functions beside govdb gets jieba's answers, not ours. A process of its own,
    since this one has imported both already."""
    env = {**os.environ, "GOVDB_CACHE_DIR": "off"}
    result = subprocess.run(
        [sys.executable, "-c", LEAVES_JIEBA_ALONE, SENTENCE],
        capture_output=True,
        text=True,
        env=env,
    )
    assert (result.returncode, result.stdout.strip()) == (0, "untouched"), result.stderr
