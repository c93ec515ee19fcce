"""Ingest of a corpus with one and with several workers, against bare jieba segmentation.

Run by hand: `python benchmarks/ingest_scaling.py [COPIES] [WORKERS]`. The corpus is the seed
pages copied COPIES times (default 8), each copy made unique by one added line so that none is
skipped as already stored. Each ingest runs as its own `govdb ingest` process into a new SQLite
file, as a user runs it (start-up included); the segmentation is `jieba.cut` of the same text in
a process of its own, dictionary loading excluded. All in one run, so the ratios hold on a noisy
machine. Prints seconds, characters per second, CPU seconds, peak memory and the ratios (wall
clock and CPU). The resource cache (GOVDB_CACHE_DIR, see README) is filled beforehand.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

CUT = """
import logging, sys, time, jieba
jieba.setLogLevel(logging.WARNING)
jieba.initialize()
text = sys.stdin.read()
started, cpu = time.perf_counter(), time.process_time()
for _ in jieba.cut(text):
    pass
print(time.perf_counter() - started, time.process_time() - cpu)
"""


def make_corpus(folder: Path, copies: int) -> int:
    characters = 0
    for copy in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            text = seed.read_text(encoding="utf-8") + f"\n\n（第{copy}份）\n"
            (folder / f"{seed.stem}_{copy}.txt").write_text(text, encoding="utf-8")
            characters += len(text)
    return characters


def timed(command: list[str]) -> tuple[float, float, float]:
    """Wall-clock seconds, CPU seconds (user + system, workers included) and the peak memory
    (MB) of the command's process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return elapsed, cpu, max(after.ru_maxrss, before.ru_maxrss) / 1024


def main(copies: int, workers: int) -> None:
    govdb = [sys.executable, "-m", "govdb"]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "corpus"
        folder.mkdir()
        characters = make_corpus(folder, copies)
        text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))
        cut = subprocess.run(
            [sys.executable, "-c", CUT], input=text, capture_output=True, text=True, check=True
        )
        cut_seconds, cut_cpu = map(float, cut.stdout.split())
        # Resources built (or the cache written) once beforehand, as after a first run.
        subprocess.run(
            [sys.executable, "-c", "from govdb.resources import default_resources as r; r()"],
            check=True,
        )
        rows = []
        for n in sorted({1, workers}):
            url = f"sqlite:///{Path(scratch) / f'w{n}.sqlite'}"
            command = [*govdb, "ingest", str(folder), "--workers", str(n), "--db", url]
            rows.append((f"ingest, {n} worker{'s' if n > 1 else ''}", *timed(command)))
            if n == 1:
                again = timed([*govdb, "ingest", str(folder), "--db", url])
                rows.append(("ingest again, all unchanged", *again))
        print(f"corpus: {copies * 5} files, {characters:,} characters")
        print(f"jieba.cut of the same text: {cut_seconds:.2f} s wall, {cut_cpu:.2f} s CPU")
        for label, seconds, cpu, peak in rows:
            print(
                f"{label:30} {seconds:6.2f} s  {characters / seconds / 1000:6.1f} k chars/s  "
                f"CPU {cpu:6.2f} s  peak {peak:5.0f} MB  ratio to cut {seconds / cut_seconds:5.1f}"
                f" (CPU {cpu / cut_cpu:5.1f})"
            )
        first = rows[0][1]
        if workers > 1:
            print(f"speed-up with {workers} workers: {first / rows[-1][1]:.2f}x")
        print(f"first ingest / re-ingest: {first / rows[1][1]:.1f}x")


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 8,
        int(sys.argv[2]) if len(sys.argv) > 2 else 2,
    )
