"""The summary tables ingest keeps (govdb.summaries) hold what plain SQL over the facts says:
after an ingest, a new version of a file, a return to an old version, and a reextract."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from sqlalchemy import Engine, text
from typer.testing import CliRunner

from govdb.cli import app
from govdb.ingest.runner import IngestOptions, ingest, reextract
from govdb.summaries import SUMMARY_TABLES, rebuild

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# What v_place_rollup, v_places and v_programs said before they read the summaries: each
# place's subtree walked in place_ancestors over every fact of the current documents.
CURRENT = """
    join articles as a on a.id = {f}.article_id
    join documents as d on d.id = a.document_id and d.superseded_by_id is null
"""
PLAIN_ROLLUP = f"""
    select y.ancestor_id,
           count(distinct f.article_id),
           sum(f.mention), sum(f.metric),
           (select count(distinct g.program_id) from place_ancestors as z
            join program_mentions as g on g.place_id = z.place_id
            {CURRENT.format(f="g")}
            where z.ancestor_id = y.ancestor_id)
    from (
        select m.article_id, m.place_id, 1 as mention, 0 as metric
        from place_mentions as m {CURRENT.format(f="m")}
        union all
        select x.article_id, x.place_id, 0, 1 from metrics as x {CURRENT.format(f="x")}
        union all
        select g.article_id, g.place_id, 0, 0 from program_mentions as g {CURRENT.format(f="g")}
    ) as f
    join place_ancestors as y on y.place_id = f.place_id
    group by y.ancestor_id
    order by y.ancestor_id
"""
PLAIN_PLACES = f"""
    select m.place_id, count(*), count(distinct m.article_id)
    from place_mentions as m {CURRENT.format(f="m")}
    where m.place_id is not null
    group by m.place_id
    order by m.place_id
"""
PLAIN_PROGRAMS = f"""
    select g.program_id, count(*), count(distinct g.article_id), count(distinct g.place_id),
           min(d.published_on), max(d.published_on)
    from program_mentions as g {CURRENT.format(f="g")}
    group by g.program_id
    order by g.program_id
"""

PLAIN_DIFFUSION = f"""
    select g.program_id, y.ancestor_id, min(d.published_on),
           (select e.article_id from program_mentions as e
            join place_ancestors as ey on ey.place_id = e.place_id
            join articles as ea on ea.id = e.article_id
            join documents as ed on ed.id = ea.document_id
            where e.program_id = g.program_id and ey.ancestor_id = y.ancestor_id
                and ed.superseded_by_id is null
            order by case when ed.published_on is null then 1 else 0 end, ed.published_on,
                e.article_id
            limit 1),
           count(distinct g.article_id)
    from program_mentions as g {CURRENT.format(f="g")}
    join place_ancestors as y on y.place_id = g.place_id
    join places as p on p.id = y.ancestor_id and p.level in ('county', 'city')
    group by g.program_id, y.ancestor_id
    order by g.program_id, y.ancestor_id
"""

PLAIN_PAIRS = f"""
    select x.program_id, y.program_id, count(distinct x.article_id)
    from program_mentions as x {CURRENT.format(f="x")}
    join program_mentions as y on y.article_id = x.article_id and y.program_id != x.program_id
    group by x.program_id, y.program_id
    order by x.program_id, y.program_id
"""

PLAIN_SUBJECTS = f"""
    select x.subject, count(*) from metrics as x {CURRENT.format(f="x")}
    where x.subject is not null
    group by x.subject
    order by x.subject
"""


def _rows(engine: Engine, sql: str) -> list[tuple]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]


def _views(engine: Engine) -> dict[str, list[tuple]]:
    return {
        "rollup": _rows(
            engine,
            "select place_id, article_count, mention_count, metric_count, program_count"
            " from v_place_rollup order by place_id",
        ),
        "places": _rows(
            engine,
            "select place_id, mention_count, article_count from v_places order by place_id",
        ),
        "programs": _rows(
            engine,
            "select program_id, mention_count, article_count, place_count, first_seen,"
            " last_seen from v_programs where mention_count > 0 order by program_id",
        ),
        "diffusion": _rows(
            engine,
            "select program_id, place_id, first_seen, first_article_id, article_count"
            " from v_program_diffusion order by program_id, place_id",
        ),
        "subjects": _rows(
            engine, "select subject, metric_count from metric_subject_counts order by subject"
        ),
        "pairs": _rows(
            engine,
            "select program_id, other_program_id, article_count from v_program_cooccurrence"
            " order by program_id, other_program_id",
        ),
    }


def _plain(engine: Engine) -> dict[str, list[tuple]]:
    return {
        "rollup": _rows(engine, PLAIN_ROLLUP),
        "places": _rows(engine, PLAIN_PLACES),
        "programs": _rows(engine, PLAIN_PROGRAMS),
        "diffusion": _rows(engine, PLAIN_DIFFUSION),
        "pairs": _rows(engine, PLAIN_PAIRS),
        "subjects": _rows(engine, PLAIN_SUBJECTS),
    }


def _tables(engine: Engine) -> dict[str, list[tuple]]:
    return {table: sorted(_rows(engine, f"select * from {table}")) for table in SUMMARY_TABLES}


def _check(engine: Engine) -> dict[str, list[tuple]]:
    """The views equal the plain SQL, and the tables kept one document at a time equal those
    computed afresh; returns the views' rows."""
    views = _views(engine)
    assert views == _plain(engine)
    kept = _tables(engine)
    with engine.begin() as connection:
        rebuild(connection)
    assert _tables(engine) == kept
    return views


FIRST = "召陵区动态\n\n召陵区召陵镇推行“党建+网格+大数据”模式，建成网格12个。\n"


def _dates(engine: Engine) -> tuple[str, str]:
    """The program's first and last dates, as ISO text on both engines."""
    first, last = _rows(
        engine, "select first_seen, last_seen from v_programs where program = '党建+网格+大数据'"
    )[0]
    return str(first), str(last)


def _place(engine: Engine, name: str) -> tuple:
    return _rows(
        engine,
        "select article_count, mention_count, metric_count, program_count"
        f" from v_place_rollup where place = '{name}' and place_level = 'county'",
    )[0]


def test_summaries_follow_ingest_new_versions_restores_and_reextract(
    engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "news"
    shutil.copytree(SEEDS, folder)
    ingest(engine, [folder], IngestOptions(published_on=dt.date(2025, 3, 1)))
    seeded = _check(engine)
    assert len(seeded["rollup"]) > 10
    assert len(seeded["programs"]) > 3
    assert _dates(engine) == ("2025-03-01", "2025-03-01")

    # A page of one's own, earlier, then a changed version of it, later: the first version's
    # facts go, and its date with them.
    page = tmp_path / "local" / "local.txt"
    page.parent.mkdir()
    page.write_text(FIRST, encoding="utf-8")
    ingest(engine, [page], IngestOptions(published_on=dt.date(2025, 1, 5)))
    first = _check(engine)
    before = dict((row[0], row) for row in seeded["rollup"])
    after = dict((row[0], row) for row in first["rollup"])
    changed = {place for place in after if after[place] != before.get(place)}
    assert changed  # 召陵区 and everything above it, at least
    county = _place(engine, "召陵区")
    assert _dates(engine) == ("2025-01-05", "2025-03-01")

    page.write_text(FIRST.replace("12个。", "12个，服务站3个。"), encoding="utf-8")
    ingest(engine, [page], IngestOptions(published_on=dt.date(2025, 6, 30)))
    _check(engine)
    with engine.connect() as connection:
        superseded = connection.execute(
            text("select count(*) from documents where superseded_by_id is not null")
        ).scalar_one()
    assert superseded == 1
    # The same article, one more metric in the county.
    assert _place(engine, "召陵区") == (county[0], county[1], county[2] + 1, county[3])
    assert _dates(engine) == ("2025-03-01", "2025-06-30")

    # Back to the first bytes: the first version is current again.
    page.write_text(FIRST, encoding="utf-8")
    ingest(engine, [page])
    assert _check(engine) == first
    assert _place(engine, "召陵区") == county
    assert _dates(engine) == ("2025-01-05", "2025-03-01")

    # Every current document read again: its facts are deleted and written anew.
    with engine.begin() as connection:
        connection.execute(text("update documents set extraction_version = 'older'"))
    report = reextract(engine)
    assert report.documents == 6 and not report.failed
    again = _check(engine)
    # The articles are new rows: the same figures, the first article under its new id.
    assert again.pop("diffusion") != first.pop("diffusion")
    assert again == first


def test_summarise_counts_facts_written_by_hand(engine: Engine, db_url: str) -> None:
    ingest(engine, [SEEDS])
    town = "select mention_count, article_count from v_places where place_code = '411104100'"
    (before,) = _rows(engine, town)
    with engine.begin() as connection:
        connection.execute(
            text(
                "insert into place_mentions (article_id, place_id, surface, start_char,"
                " end_char, method) select min(a.id), p.id, '召陵镇', 0, 3, 'manual'"
                " from articles as a, places as p where p.code = '411104100' group by p.id"
            )
        )
    assert _rows(engine, town) == [before]  # not by ingest: the summaries do not know it
    result = CliRunner().invoke(app, ["summarise", "--db", db_url])
    assert result.exit_code == 0, result.output
    (after,) = _rows(engine, town)
    assert after[0] == before[0] + 1
    _check(engine)
