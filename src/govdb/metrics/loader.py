"""Writes metrics and the numbers passed over (see metrics/extractor.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from govdb.ingest.bulk import bulk_insert
from govdb.ingest.facts import Loader
from govdb.ingest.rows import fit, fits
from govdb.metrics.extract import Metric as Found
from govdb.metrics.extract import Skipped
from govdb.metrics.vocabulary import SkipReason
from govdb.models import Metric, SkippedNumber

# metrics.value is NUMERIC(38, 6): 32 digits before the point.
_LARGEST_VALUE = Decimal(10) ** 32
_SKIPPED_COLUMNS = ("article_id", "surface", "start_char", "end_char")


class MetricLoader(Loader):
    def store(
        self,
        connection: Connection,
        facts: Sequence[tuple[int, Found | Skipped]],
        place_ids: Mapping[str, int],
    ) -> None:
        rows = [
            {
                "article_id": article_id,
                "subject": m.subject,
                "value": m.value,
                "unit": m.unit,
                "kind": m.kind,
                "qualifier": m.qualifier,
                "qualifier_word": m.qualifier_word,
                "is_change": m.is_change,
                "direction": m.direction,
                "basis": m.basis,
                "period": m.period,
                "period_start": m.period_start,
                "period_end": m.period_end,
                "place_id": place_ids.get(m.place_code) if m.place_code else None,
                "surface": m.surface,
                "start_char": m.start,
                "end_char": m.end,
                "sentence_start": m.sentence_start,
                "sentence_end": m.sentence_end,
            }
            for article_id, m in facts
            if isinstance(m, Found)
        ]
        # A figure the columns cannot hold (a run of 200 digits, a surface run on for lines)
        # is passed over like any number that is not a metric, on both engines alike.
        bulk_insert(connection, Metric, [m for m in rows if _storable(m)])
        skipped = [
            {
                "article_id": article_id,
                "surface": n.surface,
                "reason": n.reason,
                "start_char": n.start,
                "end_char": n.end,
            }
            for article_id, n in facts
            if isinstance(n, Skipped)
        ]
        skipped += [
            {"reason": SkipReason.TOO_LARGE, **{k: m[k] for k in _SKIPPED_COLUMNS}}
            for m in rows
            if not _storable(m)
        ]
        bulk_insert(connection, SkippedNumber, [fit(SkippedNumber, n) for n in skipped])


def _storable(metric: dict[str, Any]) -> bool:
    return fits(Metric, metric) and abs(metric["value"]) < _LARGEST_VALUE
