"""What storing documents costs, counted rather than timed: SQL statements and Python calls.

Run by hand: `python benchmarks/store_statements.py [PATH ...]` (default: the seeds). One ingest
into a new SQLite file in this process, resources made beforehand; every statement the driver
runs while `store_document` stores a document is counted by its first words, and cProfile counts
the Python calls made inside `store_document`. Both numbers are the same on every run and every
machine, where the time of a shared machine is not: they tell whether a change to storing does
less work. The profiled time is printed too, for what it is worth.
"""

from __future__ import annotations

import collections
import cProfile
import pstats
import sys
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import event

import govdb.ingest.load as load
from govdb.db import make_engine
from govdb.ingest.runner import ingest
from govdb.migrate import upgrade
from govdb.resources import default_resources

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main(paths: list[Path]) -> None:
    default_resources().tokenizer.tag("预热")  # resources made outside the count
    profile = cProfile.Profile()
    statements: collections.Counter[str] = collections.Counter()
    storing = False
    store = load.store_document

    def counted(*args: Any, **kwargs: Any) -> Any:
        nonlocal storing
        storing = True
        profile.enable()
        try:
            return store(*args, **kwargs)
        finally:
            profile.disable()
            storing = False

    # The runner imports it when it first stores: the module's name is the one to replace.
    load.store_document = counted  # type: ignore[assignment]
    documents = 0
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'store.sqlite'}")
        upgrade(engine)

        @event.listens_for(engine, "before_cursor_execute")
        def _count(_conn, _cursor, statement: str, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
            if storing:
                statements[" ".join(statement.split()[:3]).split("(")[0]] += 1

        report = ingest(engine, paths)
        documents = len(report.added)
        engine.dispose()
    stats = pstats.Stats(profile)
    total = sum(statements.values())
    print(f"{documents} documents stored: {total} statements ({total / documents:.1f} a document)")
    for text, count in statements.most_common():
        print(f"{count:6} {text}")
    print(f"Python calls inside store_document: {stats.total_calls:,}")  # type: ignore[attr-defined]
    print(f"profiled time: {stats.total_tt:.3f} s")  # type: ignore[attr-defined]


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or [SEEDS])
