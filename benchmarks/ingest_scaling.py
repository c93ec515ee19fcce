"""Ingest of a corpus with one and with several workers, against bare jieba segmentation.

Run by hand: `python benchmarks/ingest_scaling.py [COPIES|SIZE] [WORKERS] [AGAIN]`. The
corpus is the seed pages copied COPIES times (default 8), or as often as it takes to reach SIZE
of UTF-8 text (`1MB`, `16MB`: megabytes of 10^6 bytes), each copy made unique by one added line
so that none is skipped as already stored. Each ingest runs as its own `govdb ingest` process
into a new SQLite file, as a user runs it (start-up included); the segmentation is `jieba.cut`
of the same text in a process of its own, dictionary loading excluded. The ingest with nothing
new runs AGAIN times (default 3; median shown). All in one run, so the ratios hold on a noisy
machine. Prints seconds, characters per second, CPU seconds, peak memory and the ratios (wall
clock and CPU). The resource cache is a folder of this run's own (GOVDB_CACHE_DIR, see
README), filled beforehand with everything, villages of every province included, as after
earlier runs: other processes of the machine cannot empty it meanwhile.
"""

from __future__ import annotations

import os
import resource
import statistics
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


FILL_CACHE = """
from importlib.resources import files
from govdb.resources import default_resources
gazetteer = default_resources().gazetteer
for entry in files("govdb.data.divisions").joinpath("villages").iterdir():
    gazetteer.load_villages(entry.name.split(".")[0])
"""


def make_corpus(folder: Path, copies: int, size: int = 0) -> tuple[int, int, int]:
    """The seeds copied `copies` times, or until they hold `size` bytes: (files, characters,
    bytes)."""
    files = characters = written = 0
    copy = 0
    while copy < copies or written < size:
        for seed in sorted(SEEDS.glob("*.txt")):
            text = seed.read_text(encoding="utf-8") + f"\n\n（第{copy}份）\n"
            (folder / f"{seed.stem}_{copy}.txt").write_text(text, encoding="utf-8")
            files += 1
            characters += len(text)
            written += len(text.encode("utf-8"))
        copy += 1
    return files, characters, written


def adopt_orphans() -> None:
    """Become the parent of this process's orphaned descendants (Linux): a process a command
    starts and does not wait for (multiprocessing's resource tracker or fork server) may
    outlive it by a moment, and only the CPU of processes waited for is counted."""
    import ctypes

    pr_set_child_subreaper = 36
    ctypes.CDLL(None).prctl(pr_set_child_subreaper, 1, 0, 0, 0)


def timed(command: list[str]) -> tuple[float, float, float]:
    """Wall-clock seconds, CPU seconds (user + system, workers included) and the peak memory
    (MB) of any one process of the command's."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    elapsed = time.perf_counter() - started
    while True:  # what the command left running, when it ends
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return elapsed, cpu, max(after.ru_maxrss, before.ru_maxrss) / 1024


def main(copies: int, size: int, workers: int, again: int) -> None:
    govdb = [sys.executable, "-m", "govdb"]
    adopt_orphans()
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["GOVDB_CACHE_DIR"] = str(Path(scratch) / "cache")
        folder = Path(scratch) / "corpus"
        folder.mkdir()
        files, characters, size = make_corpus(folder, copies, size)
        text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))
        cut = subprocess.run(
            [sys.executable, "-c", CUT], input=text, capture_output=True, text=True, check=True
        )
        cut_seconds, cut_cpu = map(float, cut.stdout.split())
        # Resources built (or the cache written) once beforehand, as after a first run.
        subprocess.run([sys.executable, "-c", FILL_CACHE], check=True)
        rows = []
        for n in sorted({1, workers}):
            url = f"sqlite:///{Path(scratch) / f'w{n}.sqlite'}"
            command = [*govdb, "ingest", str(folder), "--workers", str(n), "--db", url]
            rows.append((f"ingest, {n} worker{'s' if n > 1 else ''}", *timed(command)))
            if n == 1:
                runs = [timed([*govdb, "ingest", str(folder), "--db", url]) for _ in range(again)]
                median = tuple(statistics.median(run[i] for run in runs) for i in range(3))
                rows.append(("ingest again, all unchanged", *median))
        print(f"corpus: {files} files, {characters:,} characters, {size / 1e6:.2f} MB")
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
        print(
            f"first ingest / re-ingest: {first / rows[1][1]:.1f}x "
            f"(CPU {rows[0][2] / rows[1][2]:.1f}x)"
        )


if __name__ == "__main__":
    first = sys.argv[1] if len(sys.argv) > 1 else "8"
    by_size = first.upper().endswith("MB")
    main(
        0 if by_size else int(first),
        int(float(first[:-2]) * 1_000_000) if by_size else 0,
        int(sys.argv[2]) if len(sys.argv) > 2 else 2,
        int(sys.argv[3]) if len(sys.argv) > 3 else 3,
    )
