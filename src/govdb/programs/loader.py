"""Writes program mentions, and the programs and printed names they point at, which documents
share: a program is stored once, by its canonical name."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Select, delete, select

from govdb.ingest.bulk import bulk_insert
from govdb.ingest.facts import Loader
from govdb.ingest.rows import fits, upsert
from govdb.models import Program, ProgramAlias, ProgramMention
from govdb.places.vocabulary import MentionPart
from govdb.programs.find import ProgramMention as Found


class ProgramLoader(Loader):
    def __init__(self, part: MentionPart = MentionPart.BODY) -> None:
        self.part = part  # where the mentions were found: what their spans count in

    def store(
        self,
        connection: Connection,
        facts: Sequence[tuple[int, Found]],
        place_ids: Mapping[str, int],
    ) -> None:
        # A quoted "name" longer than its columns is a quoted passage, not a program's name.
        mentions = [
            (aid, p)
            for aid, p in facts
            if fits(Program, {"name": p.name})
            and fits(ProgramAlias, {"alias": p.surface})
            and fits(ProgramMention, {"surface": p.surface})
        ]
        if not mentions:
            return
        kinds = {p.name: p.kind for _, p in mentions}
        connection.execute(
            upsert(connection)(Program).on_conflict_do_nothing(),
            [{"name": name, "kind": kind} for name, kind in sorted(kinds.items())],
        )
        ids = dict(
            connection.execute(
                select(Program.name, Program.id).where(Program.name.in_(list(kinds)))
            ).all()
        )
        aliases = sorted({(ids[p.name], p.surface) for _, p in mentions})
        connection.execute(
            upsert(connection)(ProgramAlias).on_conflict_do_nothing(),
            [{"program_id": i, "alias": surface} for i, surface in aliases],
        )
        bulk_insert(
            connection,
            ProgramMention,
            [
                {
                    "article_id": aid,
                    "program_id": ids[p.name],
                    "place_id": place_ids.get(p.place_code) if p.place_code else None,
                    "surface": p.surface,
                    "start_char": p.start,
                    "end_char": p.end,
                    "part": self.part.value,
                }
                for aid, p in mentions
            ],
        )

    def before_replace(self, connection: Connection, articles: Select[Any]) -> Callable[[], None]:
        """A program the old reading found and no article names any more was a misreading:
        it goes once the new reading is stored. The body's loader looks at every part's
        mentions, so the others have nothing to tidy."""
        if self.part is not MentionPart.BODY:
            return super().before_replace(connection, articles)
        named_before = set(
            connection.execute(
                select(ProgramMention.program_id).where(ProgramMention.article_id.in_(articles))
            ).scalars()
        )

        def forget_misreadings() -> None:
            if named_before:
                connection.execute(
                    delete(Program).where(
                        Program.id.in_(named_before),
                        ~Program.id.in_(select(ProgramMention.program_id).distinct()),
                    )
                )

        return forget_misreadings
