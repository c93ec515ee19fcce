"""Ingest time of the seed pages against bare jieba segmentation of the same text.

Run by hand: `python benchmarks/ingest_vs_segmentation.py [ROUNDS]`. Both are timed in one
process, in turns, after one warm-up each, so the ratio holds on a noisy shared machine.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from govdb.db import make_engine
from govdb.ingest.runner import ingest
from govdb.migrate import upgrade
from govdb.tokenize import default_tokenizer

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def time_ingest() -> float:
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'bench.sqlite'}")
        upgrade(engine)
        started = time.perf_counter()
        report = ingest(engine, [SEEDS])
        elapsed = time.perf_counter() - started
        engine.dispose()
    assert len(report.added) == 5, report.failed
    return elapsed


def time_segmentation(text: str) -> float:
    tokenizer = default_tokenizer()
    started = time.perf_counter()
    tokenizer.cut(text)
    return time.perf_counter() - started


def main(rounds: int) -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    default_tokenizer().cut("预热")
    time_ingest()
    time_segmentation(text)
    ingest_times, cut_times = [], []
    for _ in range(rounds):
        ingest_times.append(time_ingest())
        cut_times.append(time_segmentation(text))
    ratios = [i / c for i, c in zip(ingest_times, cut_times, strict=True)]
    print(f"seed text: {len(text):,} characters in 5 files; {rounds} rounds")
    print(f"ingest (SQLite, migrated empty db): median {statistics.median(ingest_times):.3f} s")
    print(f"jieba cut of the same text:         median {statistics.median(cut_times):.3f} s")
    print(
        f"ratio ingest / cut: median {statistics.median(ratios):.1f} "
        f"(min {min(ratios):.1f}, max {max(ratios):.1f})"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
