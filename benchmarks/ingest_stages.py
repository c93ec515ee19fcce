"""CPU seconds of each ingest stage, measured without a profiler, against `jieba.cut`.

Run by hand: `python benchmarks/ingest_stages.py [PATH ...]` (default: the seeds). cProfile
(`ingest_profile.py`) charges every Python call, so it inflates jieba's Python code many times
over and compiled code not at all: its shares mislead once segmentation runs in rjieba. Here
each stage's function is wrapped in a CPU-time counter (its outermost call only) and the ingest
run three times into new SQLite files in this process, resources made beforehand; the medians
are printed with the share of the whole ingest, and the ratio of the ingest to `jieba.cut` of
the same text in the same process. GOVDB_TOKENIZER=jieba measures jieba's own tokenizer.
"""

from __future__ import annotations

import importlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from govdb.db import make_engine
from govdb.ingest.runner import ingest
from govdb.migrate import upgrade
from govdb.resources import default_resources

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ROUNDS = 3

# (label, module, function, modules that imported it by name).
STAGES = [
    (
        "parse (everything but storing)",
        "govdb.ingest.pipeline",
        "parse_document",
        ["govdb.ingest.runner"],
    ),
    ("  page layout", "govdb.ingest.segment", "split_page", ["govdb.ingest.pipeline"]),
    ("  articles: normalise, cut, search words", "govdb.ingest.pipeline", "parse_article", []),
    ("  places", "govdb.places.find", "find_places", ["govdb.places.extractor"]),
    ("  programs", "govdb.programs.find", "find_programs", ["govdb.programs.extractor"]),
    ("  metrics", "govdb.metrics.extract", "extract_metrics", ["govdb.metrics.extractor"]),
    ("store in the database", "govdb.ingest.load", "store_document", ["govdb.ingest.runner"]),
]
totals: dict[str, float] = {}
_inside: set[str] = set()


def counted(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if label in _inside:  # nested calls are in the outer one's time already
            return function(*args, **kwargs)
        _inside.add(label)
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            totals[label] = totals.get(label, 0.0) + time.process_time() - started
            _inside.discard(label)

    return wrapper


def instrument() -> None:
    for label, module_name, name, users in STAGES:
        module = importlib.import_module(module_name)
        original = getattr(module, name)
        wrapped = counted(label, original)
        setattr(module, name, wrapped)
        for user in users:
            if getattr(importlib.import_module(user), name, None) is original:
                setattr(importlib.import_module(user), name, wrapped)
    tokenizer = type(default_resources().tokenizer)
    tokenizer.cut = counted("  segmentation (cut), wherever called", tokenizer.cut)  # type: ignore[method-assign]
    tokenizer.tag = counted("    of which part-of-speech tagging", tokenizer.tag)  # type: ignore[method-assign]


def main(paths: list[Path]) -> None:
    resources = default_resources()
    resources.tokenizer.tag("预热")
    instrument()
    runs = []
    for _ in range(ROUNDS):
        totals.clear()
        with tempfile.TemporaryDirectory() as folder:
            engine = make_engine(f"sqlite:///{Path(folder) / 'stages.sqlite'}")
            upgrade(engine)
            started = time.process_time()
            ingest(engine, paths)
            totals["ingest, all"] = time.process_time() - started
            engine.dispose()
        runs.append(dict(totals))
    text = "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for path in paths
        for p in ([path] if path.is_file() else sorted(path.rglob("*.txt")))
    )
    import jieba

    jieba.initialize()
    cuts = []
    for _ in range(ROUNDS):
        started = time.process_time()
        for _word in jieba.cut(text):
            pass
        cuts.append(time.process_time() - started)
    whole = statistics.median(r["ingest, all"] for r in runs)
    print(f"{len(text):,} characters; {type(resources.tokenizer).__name__}; CPU seconds, median")
    labels = ["ingest, all", *(s[0] for s in STAGES)]
    labels[-1:-1] = ["  segmentation (cut), wherever called", "    of which part-of-speech tagging"]
    for label in labels:
        seconds = statistics.median(r.get(label, 0.0) for r in runs)
        print(f"{label:44} {seconds:6.3f} s {100 * seconds / whole:5.1f} %")
    cut = statistics.median(cuts)
    print(f"jieba.cut of the same text {cut:.3f} s; ingest / jieba.cut {whole / cut:.1f}")


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or [SEEDS])
