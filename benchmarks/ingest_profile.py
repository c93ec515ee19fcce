"""Where an ingest's time goes, stage by stage, under cProfile.

Run by hand: `python benchmarks/ingest_profile.py [PATH ...]` (default: the seeds). One ingest
with one worker into a new SQLite file, in this process, resources made beforehand (start-up is
`first_document.py`'s subject). Prints each stage's cumulative time and share of the ingest:
stages nest (tagging is part of metrics, cutting part of reading articles and programs), so
the shares do not add up to 100 %. Then the top functions by own time.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import tempfile
from pathlib import Path

from govdb.db import make_engine
from govdb.ingest.runner import ingest
from govdb.migrate import upgrade
from govdb.tokenize import default_tokenizer

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# (label, file name ending, function name): cumulative time of each. Segmentation is jieba's
# tokenizer's or rjieba's (the `fast` extra), whichever ingest uses; cProfile charges jieba's
# Python code by the call and rjieba's compiled code not at all, so `ingest_stages.py` gives the
# truer shares.
STAGES = [
    ("ingest, all", "ingest/runner.py", "ingest"),
    ("read and decode files", "ingest/read.py", "read_document"),
    ("parse (everything but storing)", "ingest/pipeline.py", "parse_document"),
    ("  page layout: split into articles", "ingest/segment.py", "split_page"),
    ("  articles: normalise, cut, search words", "ingest/pipeline.py", "parse_article"),
    ("  places", "places/find.py", "find_places"),
    ("  programs", "programs/find.py", "find_programs"),
    ("  metrics", "metrics/extract.py", "extract_metrics"),
    ("    of which part-of-speech tagging", "govdb/tagging.py", "tag_text"),
    ("  segmentation (cut), wherever called", "govdb/tokenize.py", "cut"),
    ("  segmentation (cut) by rjieba, wherever called", "govdb/compiled_tokenizer.py", "cut"),
    ("  villages loaded", "places/gazetteer.py", "load_villages"),
    ("store in the database", "ingest/load.py", "store_document"),
]


def main(paths: list[Path]) -> None:
    default_tokenizer().tag("预热")  # resources made and the tagger loaded, outside the profile
    text = "".join(
        p.read_text(encoding="utf-8", errors="replace")
        for path in paths
        for p in ([path] if path.is_file() else sorted(path.rglob("*.txt")))
    )
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'profile.sqlite'}")
        upgrade(engine)
        profile = cProfile.Profile()
        profile.enable()
        report = ingest(engine, paths)
        profile.disable()
        engine.dispose()
    stats = pstats.Stats(profile)
    cumulative: dict[tuple[str, str], float] = {}
    for (file, _, name), (_, _, _, cum, _) in stats.stats.items():  # type: ignore[attr-defined]
        for _, ending, function in STAGES:
            if name == function and file.replace("\\", "/").endswith(ending):
                cumulative[(ending, function)] = max(cumulative.get((ending, function), 0), cum)
    total = cumulative.get(("ingest/runner.py", "ingest"), 0.0) or 1.0
    print(f"{len(report.added)} files added, {len(text):,} characters; profiled (overhead in)")
    for label, ending, function in STAGES:
        seconds = cumulative.get((ending, function), 0.0)
        print(f"{label:44} {seconds:7.2f} s {100 * seconds / total:5.1f} %")
    print()
    stats.sort_stats("tottime").print_stats(15)


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or [SEEDS])
