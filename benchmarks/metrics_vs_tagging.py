"""Metric extraction on the seed articles against bare jieba part-of-speech tagging of the
same bodies, and how many numbers became metrics.

Run by hand: `python benchmarks/metrics_vs_tagging.py [ROUNDS] [FILES...]` (the seeds by
default). Extraction tags only sentences that hold a figure, so the ratio says what reading
figures costs on top of the tagging it needs.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from govdb.ingest.parsed import DocumentMeta
from govdb.ingest.pipeline import parse_document
from govdb.ingest.read import read_document
from govdb.metrics.extract import extract_metrics
from govdb.metrics.extractor import METRICS
from govdb.metrics.extractor import metrics as metrics_of
from govdb.places.extractor import PLACES
from govdb.tokenize import default_tokenizer

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    files = [Path(p) for p in sys.argv[2:]] or sorted(SEEDS.glob("*.txt"))
    tokenizer = default_tokenizer()
    documents = [
        parse_document(read_document(f), str(f), DocumentMeta(None, None, None)) for f in files
    ]
    articles = [a for d in documents for a in d.articles]
    chars = sum(len(a.body) for a in articles)
    figures = sum(len(a.of(METRICS)) for a in articles)
    metrics = sum(len(metrics_of(a.of(METRICS))) for a in articles)
    print(f"{len(files)} files, {len(articles)} articles, {chars} characters")
    print(f"numbers seen {figures}, metrics {metrics}, passed over {figures - metrics}")

    def extract() -> None:
        for a in articles:
            extract_metrics(a.body, places=a.of(PLACES), tokenizer=tokenizer)

    def tag() -> None:
        for a in articles:
            tokenizer.tag(a.body)

    extract()  # warm-up: jieba's tagger loads on first use
    tag()
    times: dict[str, list[float]] = {"extract": [], "tag": []}
    for _ in range(rounds):
        for name, run in (("extract", extract), ("tag", tag)):
            started = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - started)
    extract_s, tag_s = (statistics.median(times[k]) for k in ("extract", "tag"))
    print(f"extract  {extract_s:.3f} s  ({chars / extract_s:,.0f} chars/s)")
    print(f"tag      {tag_s:.3f} s  ({chars / tag_s:,.0f} chars/s)")
    print(f"ratio extract/tag {extract_s / tag_s:.2f}")


if __name__ == "__main__":
    main()
