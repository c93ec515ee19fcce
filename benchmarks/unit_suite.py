"""The unit suite's time, this checkout against an earlier revision, in turns.

Run by hand: `python benchmarks/unit_suite.py BASE [RUNS]`. BASE (a commit, e.g. the one before
a change) is exported with `git archive` into a temporary folder; then `pytest -q -p
no:cacheprovider tests/unit` runs there and in this checkout in turns, RUNS times each (default
3), after one run of each that is not counted (it fills hypothesis's folder of the tree and the
operating system's file cache). Each tree imports its own `src` (PYTHONPATH), with the
interpreter running this script (the checkout's virtual environment).

Wall clock from the parent, CPU as user + system of the finished child (`getrusage`), so a busy
machine shows as wall time above CPU time; medians, the tests passed (which must be equal) and
the load average before and after.
"""

from __future__ import annotations

import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMAND = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/unit"]


def export(revision: str, folder: Path) -> Path:
    """The tree of `revision`, as `git archive` gives it, in `folder`."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def run(tree: Path) -> tuple[float, float, int]:
    """One unit suite in `tree`: wall seconds, CPU seconds, tests passed."""
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, *COMMAND], cwd=tree, env=env, capture_output=True, text=True
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    if result.returncode != 0:
        raise SystemExit(f"{tree}: pytest failed: {summary}\n{result.stderr[-2000:]}")
    passed = re.search(r"(\d+) passed", summary)
    return wall, cpu, int(passed.group(1)) if passed else 0


def main() -> None:
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    base, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory(prefix="govdb-unit-base-") as folder:
        trees = {"before": export(base, Path(folder)), "after": ROOT}
        print(f"load average {os.getloadavg()[0]:.2f}; warming up")
        for tree in trees.values():
            run(tree)
        times: dict[str, list[tuple[float, float, int]]] = {name: [] for name in trees}
        for round_ in range(runs):
            # Turn by turn, the first of each round alternating, so drift in the machine's load
            # falls on both.
            order = list(trees.items()) if round_ % 2 == 0 else list(trees.items())[::-1]
            for name, tree in order:
                wall, cpu, passed = run(tree)
                times[name].append((wall, cpu, passed))
                print(f"run {round_ + 1} {name:6s} wall {wall:6.2f} s  CPU {cpu:6.2f} s  {passed}")
        print(f"load average {os.getloadavg()[0]:.2f}")
        for name, measured in times.items():
            wall = statistics.median(m[0] for m in measured)
            cpu = statistics.median(m[1] for m in measured)
            passed = {m[2] for m in measured}
            print(f"{name:6s} median wall {wall:6.2f} s  CPU {cpu:6.2f} s  passed {passed}")


if __name__ == "__main__":
    main()
