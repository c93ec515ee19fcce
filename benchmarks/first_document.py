"""Time from process start to the first document parsed, and of `govdb --help`.

Run by hand: `python benchmarks/first_document.py [RUNS]`. Each measurement is a new Python
process, timed from the parent (wall clock) and by its own CPU time (user + system, from
`getrusage` of the finished child), so a busy machine shows up as wall time above CPU time.

- `--help`: `python -m govdb --help`.
- first document, no cache: a process that imports govdb and parses the first seed page, with
  the resource cache disabled (`GOVDB_CACHE_DIR=off`): everything is built from the data.
- first document, cold cache: the same with an empty cache folder (built, then written).
- first document, warm cache: the same again with the cache the cold run wrote.
- `govdb ingest --dry-run` of that page, warm cache: the command as a user runs it (into a
  migrated empty SQLite database).

Then one more process, warm cache, under cProfile: the top entries by own time and the main
steps by cumulative time. Medians of RUNS runs (default 5).
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

FIRST_DOCUMENT = """
import sys
from pathlib import Path
from govdb.ingest.parsed import DocumentMeta
from govdb.ingest.pipeline import parse_document
from govdb.ingest.read import read_document
path = Path(sys.argv[1])
document = parse_document(read_document(path), str(path), DocumentMeta())
assert document.articles
"""

MIGRATE = """
import sys
from govdb.db import make_engine
from govdb.migrate import upgrade
upgrade(make_engine(sys.argv[1]))
"""

PROFILED = """
import cProfile, pstats, sys
from pathlib import Path
profile = cProfile.Profile()
profile.enable()
from govdb.ingest.parsed import DocumentMeta
from govdb.ingest.pipeline import parse_document
from govdb.ingest.read import read_document
path = Path(sys.argv[1])
parse_document(read_document(path), str(path), DocumentMeta())
profile.disable()
stats = pstats.Stats(profile)
total = stats.total_tt
print(f"profiled total: {total:.2f} s (profiler overhead included)")
stats.sort_stats("tottime").print_stats(12)
stats.sort_stats("cumulative").print_stats(
    r"resources|cache|gazetteer.py.*(__init__|load_villages)|tokenize.py|marshal|load_word_tag"
    r"|add_word|initialize|pipeline.py.*parse_document|_find_and_load",
    25,
)
"""


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main(runs: int) -> None:
    page = sorted(SEEDS.glob("*.txt"))[0]
    python = sys.executable
    base = dict(os.environ)
    rows: dict[str, list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        database = f"sqlite:///{Path(scratch) / 'dry.sqlite'}"
        subprocess.run([python, "-c", MIGRATE, database], check=True, capture_output=True, env=base)
        off = {**base, "GOVDB_CACHE_DIR": "off"}
        for n in range(runs):
            cache = {**base, "GOVDB_CACHE_DIR": str(Path(scratch) / f"cache{n}")}
            measured = {
                "python -m govdb --help": run([python, "-m", "govdb", "--help"], base),
                "first document, no cache": run([python, "-c", FIRST_DOCUMENT, str(page)], off),
                "first document, cold cache": run([python, "-c", FIRST_DOCUMENT, str(page)], cache),
                "first document, warm cache": run([python, "-c", FIRST_DOCUMENT, str(page)], cache),
                "govdb ingest --dry-run, warm cache": run(
                    [python, "-m", "govdb", "ingest", str(page), "--dry-run", "--workers", "1"],
                    {**cache, "GOVDB_DATABASE_URL": database},
                ),
            }
            for label, timing in measured.items():
                rows.setdefault(label, []).append(timing)
        print(f"{runs} runs, medians; first document: {page.name}")
        print(f"{'':38} {'wall s':>7} {'cpu s':>7}")
        for label, timings in rows.items():
            wall = statistics.median(w for w, _ in timings)
            cpu = statistics.median(c for _, c in timings)
            print(f"{label:38} {wall:7.2f} {cpu:7.2f}")
        cache = {**base, "GOVDB_CACHE_DIR": str(Path(scratch) / "cache0")}
        profiled = subprocess.run(
            [python, "-c", PROFILED, str(page)],
            check=True,
            capture_output=True,
            text=True,
            env=cache,
        )
        print(profiled.stdout)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
