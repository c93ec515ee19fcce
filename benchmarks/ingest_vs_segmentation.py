"""Ingest time of the seed pages against bare jieba segmentation of the same text.

Run by hand: `python benchmarks/ingest_vs_segmentation.py [ROUNDS]`. Both are timed in one
process, in turns, after one warm-up each, so the ratio holds on a noisy shared machine. The
yardstick is jieba's own `jieba.cut` (its Python code and dictionary), whichever tokenizer
ingest uses: with the `fast` extra installed, ingest segments with rjieba, and measuring it
against rjieba would move the yardstick. Times are CPU seconds of this process.
"""

from __future__ import annotations

import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

from govdb.db import make_engine
from govdb.ingest.runner import ingest
from govdb.migrate import upgrade
from govdb.resources import default_resources

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def time_ingest() -> float:
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'bench.sqlite'}")
        upgrade(engine)
        started = time.process_time()
        report = ingest(engine, [SEEDS])
        elapsed = time.process_time() - started
        engine.dispose()
    assert len(report.added) == 5, report.failed
    return elapsed


def time_segmentation(text: str) -> float:
    import jieba

    started = time.process_time()
    for _word in jieba.cut(text):
        pass
    return time.process_time() - started


def main(rounds: int) -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    default_resources().tokenizer.tag("预热")
    time_ingest()
    time_segmentation(text)
    ingest_times, cut_times = [], []
    for _ in range(rounds):
        ingest_times.append(time_ingest())
        cut_times.append(time_segmentation(text))
    ratios = [i / c for i, c in zip(ingest_times, cut_times, strict=True)]
    print(f"seed text: {len(text):,} characters in 5 files; {rounds} rounds")
    print(f"ingest (SQLite, migrated empty db): median {statistics.median(ingest_times):.3f} s")
    print(f"jieba.cut of the same text:         median {statistics.median(cut_times):.3f} s")
    print(f"tokenizer: {type(default_resources().tokenizer).__name__}")
    print(
        f"ratio ingest / cut: median {statistics.median(ratios):.1f} "
        f"(min {min(ratios):.1f}, max {max(ratios):.1f})"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
