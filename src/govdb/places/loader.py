"""Writes place mentions (the places themselves are the document's: see ingest/load.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Connection

from govdb.ingest.bulk import bulk_insert
from govdb.ingest.facts import Loader
from govdb.ingest.rows import fit, upsert
from govdb.models import PlaceAlias, PlaceMention
from govdb.places.find import PlaceMention as Found
from govdb.places.vocabulary import MentionPart, Resolution


class PlaceLoader(Loader):
    def __init__(self, part: MentionPart = MentionPart.BODY) -> None:
        self.part = part  # where the mentions were found: what their spans count in

    def store(
        self,
        connection: Connection,
        facts: Sequence[tuple[int, Found]],
        place_ids: Mapping[str, int],
    ) -> None:
        rows = [
            {
                "article_id": article_id,
                "place_id": place_ids.get(m.code) if m.code else None,
                "surface": m.surface,
                "start_char": m.start,
                "end_char": m.end,
                "part": self.part.value,
                "method": m.method,
                "candidates": " ".join(m.candidates) or None,
            }
            for article_id, m in facts
        ]
        bulk_insert(connection, PlaceMention, [fit(PlaceMention, m) for m in rows])
        # A misprint seen in print is an alias worth keeping (空家郭镇 for 空冢郭镇).
        typos = {
            (place_ids[m.code], m.surface)
            for _, m in facts
            if m.method == Resolution.FUZZY and m.code in place_ids
        }
        if typos:
            connection.execute(
                upsert(connection)(PlaceAlias).on_conflict_do_nothing(),
                [{"place_id": i, "alias": t, "origin": "typo"} for i, t in sorted(typos)],
            )
