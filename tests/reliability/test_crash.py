"""Ingest neither hangs nor runs away: time in proportion to the input, a size limit, no
blocking on a FIFO or on a database server that never answers. Each stuck case ends in one
line, and the other files still load."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import Engine
from support import GOOD, SEEDS, ingest_cli, runner, stored_paths

from govdb import db as govdb_db
from govdb.cli import app
from govdb.ingest.parsed import DocumentMeta
from govdb.ingest.pipeline import WINDOW, parse_document, windows
from govdb.ingest.read import read_document
from govdb.metrics.extractor import METRICS, metrics, skipped_numbers
from govdb.places.extractor import PLACES
from govdb.programs.extractor import PROGRAMS
from govdb.resources import default_resources


def _one_line_text(size: int) -> str:
    """`size` bytes of news prose on one line: the body paragraphs of the seeds, repeated."""
    paragraphs = [
        line
        for path in sorted(SEEDS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if len(line) > 60
    ]
    unit = "".join(paragraphs).encode()
    return (unit * (size // len(unit) + 1))[:size].decode("utf-8", errors="ignore")


# Case: one 5 MB line ran for over 20 minutes (time in the square of the length).


@pytest.mark.slow
def test_a_long_single_line_takes_time_in_proportion_to_its_length(tmp_path: Path) -> None:
    resources = default_resources()
    resources.tokenizer.tag("预热")  # build everything before timing
    seconds = {}
    for size in (100_000, 1_000_000):
        path = tmp_path / f"{size}.txt"
        path.write_text(_one_line_text(size), encoding="utf-8")
        # CPU time of this process: other work on a shared machine does not count.
        started = time.process_time()
        doc = parse_document(read_document(path), path.name, DocumentMeta(), resources)
        seconds[size] = time.process_time() - started
    # Linear is about 10; before, the square of the length made it over 30 (100+ at 5 MB).
    assert seconds[1_000_000] / seconds[100_000] < 20, seconds
    (article,) = doc.articles
    assert len(metrics(article.of(METRICS))) > 1000
    # Facts found window by window point into the whole body.
    body = article.body
    assert all(body[m.start : m.end] == m.surface for m in article.of(PLACES))
    assert all(body[p.start : p.end] == p.surface for p in article.of(PROGRAMS))
    assert all(body[m.start : m.end] == m.surface for m in skipped_numbers(article.of(METRICS)))
    assert all(
        m.sentence_start <= m.start < m.end <= m.sentence_end <= len(body) and body[m.start : m.end]
        for m in metrics(article.of(METRICS))
    )


def test_windows_cover_the_text_and_end_at_a_sentence_end() -> None:
    sentence = "全镇共有耕地3万亩，同比增长5%。"
    body = sentence * (3 * WINDOW // len(sentence))
    spans = windows(body)
    assert len(spans) >= 3
    assert spans[0][0] == 0 and spans[-1][1] == len(body)
    assert all(a[1] == b[0] for a, b in pairwise(spans))
    assert all(end - start <= WINDOW for start, end in spans)
    assert all(body[end - 1] == "。" for _, end in spans)
    # No sentence end at all: cut at the window's length, nothing lost.
    whole = [(0, WINDOW), (WINDOW, 2 * WINDOW), (2 * WINDOW, 2 * WINDOW + 5)]
    assert whole == windows("字" * (2 * WINDOW + 5))
    assert windows("") == [(0, 0)]


def test_a_file_over_the_limit_fails_alone_and_max_bytes_lifts_it(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "big.txt").write_text(GOOD * 100, encoding="utf-8")
    code, failed, _ = ingest_cli("--db", db_url, "--max-bytes", "1000", str(tmp_path))
    assert 1 == code
    assert len(failed) == 1 and failed[0].startswith(f"failed: {tmp_path.name}/big.txt: too large")
    assert "--max-bytes" in failed[0]
    assert [f"{tmp_path.name}/good.txt"] == stored_paths(engine)
    code, failed, _ = ingest_cli("--db", db_url, "--max-bytes", "100000", str(tmp_path))
    assert (0, []) == (code, failed)
    assert 2 == len(stored_paths(engine))


def test_the_default_size_limit_is_twenty_megabytes() -> None:
    result = runner.invoke(app, ["ingest", "--help"])
    assert "--max-bytes" in result.output and "20000000" in result.output


# Case: a FIFO given as input blocked forever.


def test_a_fifo_is_refused_without_blocking(engine: Engine, db_url: str, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    # A process of its own: were the FIFO opened, the test must not hang with it.
    result = subprocess.run(
        [sys.executable, "-m", "govdb", "ingest", "--db", db_url, str(fifo), str(good)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert 1 == result.returncode
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert ["failed: pipe.txt: not a regular file (a FIFO): skipped"] == failed
    assert ["good.txt"] == stored_paths(engine)


# Case: a PostgreSQL server that accepts connections and never answers hung every command.


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port on 127.0.0.1 that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    yield server.getsockname()[1]
    server.close()


def test_a_server_that_never_answers_times_out_in_one_line(
    silent_server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(govdb_db, "CONNECT_TIMEOUT", 1)  # the default is 10 s
    for url in (
        f"postgresql://u:secret@127.0.0.1:{silent_server}/govdb",
        f"postgresql://u@127.0.0.1:{silent_server}/govdb?connect_timeout=1",
    ):
        started = time.monotonic()
        result = runner.invoke(app, ["stats", "--db", url])
        assert time.monotonic() - started < 30
        assert 1 == result.exit_code
        assert 1 == len(result.output.strip().splitlines()), result.output
        assert "govdb: error: cannot use database" in result.output
        assert "timeout" in result.output and "secret" not in result.output
