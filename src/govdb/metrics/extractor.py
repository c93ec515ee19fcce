"""Metrics as a kind of fact (see govdb.ingest.facts). The numbers passed over, with why, are
a by-product of the same reading and travel with the metrics: one kind, two shapes of fact."""

from __future__ import annotations

from collections.abc import Sequence

from govdb.ingest.facts import Facts, Page
from govdb.metrics.extract import Metric, Skipped, extract_metrics
from govdb.places.extractor import PLACES
from govdb.programs.extractor import PROGRAMS
from govdb.resources import Resources

METRICS = "metrics"


class MetricExtractor:
    kind = METRICS

    def extract(
        self, page: Page, resources: Resources, found: Sequence[Facts]
    ) -> list[tuple[Metric | Skipped, ...]]:
        """Each article's metrics, then the numbers it passed over."""
        result: list[tuple[Metric | Skipped, ...]] = []
        for article, facts in zip(page.articles, found, strict=True):
            places, programs = facts.get(PLACES, ()), facts.get(PROGRAMS, ())
            metrics, skipped = extract_metrics(
                article.body,
                published_on=page.published_on,
                places=places,
                # Numbers inside names are not figures: “15分钟便民生活圈”, 问十乡.
                exclude=[(p.start, p.end) for p in programs] + [(m.start, m.end) for m in places],
                tokenizer=resources.tokenizer,
                frequencies=resources.word_frequencies,
            )
            result.append((*metrics, *skipped))
        return result


def metrics(facts: Sequence[object]) -> tuple[Metric, ...]:
    """The metrics among a METRICS kind's facts."""
    return tuple(f for f in facts if isinstance(f, Metric))


def skipped_numbers(facts: Sequence[object]) -> tuple[Skipped, ...]:
    """The numbers passed over among a METRICS kind's facts."""
    return tuple(f for f in facts if isinstance(f, Skipped))
