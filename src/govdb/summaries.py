"""Summary tables the views read instead of aggregating every fact per query.

`place_summaries` holds, per place, the counts of `v_place_rollup` (its subtree's facts in
current documents) and of `v_places` (its own mentions); `place_programs` the program mentions
tied to each place's subtree, per program, with the first article naming it there
(`v_program_diffusion`); `program_summaries` the figures of `v_programs`; `program_pairs`
the articles naming two programs (`v_program_cooccurrence`); `metric_subject_counts` the
metrics per subject: the subjects there are.

They are kept current one document at a time, in the transaction that changes it:
`settle(document)` after a document is stored, restored or read again adds the facts of each
version of its file that became current and takes away those of each that stopped being
current; `forget(document)` takes a document's facts away before they are deleted (a new
reading replaces them). `summarised_documents` lists the documents whose facts are counted.

Counts of distinct articles add up across documents (an article belongs to one document),
so a document's share is added or taken away without reading anyone else's facts. Distinct
programs per place are the rows of `place_programs`; distinct places and dates per program are
read again for the programs the document names only. `rebuild` computes everything from the
facts (the migration and the benchmark use it; tests compare the two ways).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, text

SUMMARY_TABLES = (
    "place_summaries",
    "place_programs",
    "program_summaries",
    "program_pairs",
    "metric_subject_counts",
    "summarised_documents",
)

# Every fact tied to a place, in the articles `scope` selects: one row per fact.
_PLACE_FACTS = """
    select m.article_id, m.place_id, 1 as mentions, 0 as metrics
    from place_mentions as m join articles as a on a.id = m.article_id {join}
    where m.place_id is not null and {scope}
    union all
    select x.article_id, x.place_id, 0, 1
    from metrics as x join articles as a on a.id = x.article_id {join}
    where x.place_id is not null and {scope}
    union all
    select g.article_id, g.place_id, 0, 0
    from program_mentions as g join articles as a on a.id = g.article_id {join}
    where g.place_id is not null and {scope}
"""

_PLACE_SHARE = """
    select y.ancestor_id as place_id,
           count(distinct f.article_id) as article_count,
           sum(f.mentions) as mention_count,
           sum(f.metrics) as metric_count,
           count(distinct case when y.depth = 0 and f.mentions = 1 then f.article_id end)
               as own_article_count,
           sum(case when y.depth = 0 then f.mentions else 0 end) as own_mention_count
    from ({facts}) as f
    join place_ancestors as y on y.place_id = f.place_id
    where true
    group by y.ancestor_id
"""

_PROGRAM_PLACE_SHARE = """
    select y.ancestor_id as place_id, g.program_id,
           count(*) as mention_count,
           sum(case when y.depth = 0 then 1 else 0 end) as own_count,
           count(distinct g.article_id) as article_count,
           min(d.published_on) as first_seen,
           min(g.article_id) as first_article_id
    from program_mentions as g
    join articles as a on a.id = g.article_id {join}
    join place_ancestors as y on y.place_id = g.place_id
    where {scope}
    group by y.ancestor_id, g.program_id
"""

_PROGRAM_SHARE = """
    select g.program_id, count(*) as mention_count, count(distinct g.article_id) as article_count,
           min(d.published_on) as first_seen, max(d.published_on) as last_seen
    from program_mentions as g
    join articles as a on a.id = g.article_id {join}
    where {scope}
    group by g.program_id
"""

# Ordered pairs of programs named in the same article, and in how many articles.
_PAIR_SHARE = """
    select x.program_id, y.program_id as other_program_id,
           count(distinct x.article_id) as article_count
    from program_mentions as x
    join articles as a on a.id = x.article_id {join}
    join program_mentions as y on y.article_id = x.article_id and y.program_id != x.program_id
    where {scope}
    group by x.program_id, y.program_id
"""

# Metrics per subject: the subjects there are, for views that pick subjects by pattern.
_SUBJECT_SHARE = """
    select x.subject, count(*) as metric_count
    from metrics as x
    join articles as a on a.id = x.article_id {join}
    where x.subject is not null and {scope}
    group by x.subject
"""

_CURRENT = ("join documents as d on d.id = a.document_id", "d.superseded_by_id is null")
_ONE = ("join documents as d on d.id = a.document_id", "a.document_id = :document_id")

# The article a program was first reported in, per place: the earliest date, undated last,
# the lowest id among equals (v_program_diffusion).
_FIRST_ORDER = "case when d.published_on is null then 1 else 0 end, d.published_on, g.article_id"
_FIRSTS = f"""
    select place_id, program_id, published_on, article_id from (
        select y.ancestor_id as place_id, g.program_id, d.published_on, g.article_id,
               row_number() over (
                   partition by y.ancestor_id, g.program_id order by {_FIRST_ORDER}
               ) as r
        from program_mentions as g
        join articles as a on a.id = g.article_id
        join documents as d on d.id = a.document_id
        join place_ancestors as y on y.place_id = g.place_id
        where d.superseded_by_id is null
    ) as w
    where r = 1
"""
# A document's first article beats the kept one: dated before undated, earlier, lower id.
_BETTER = """
    t.first_article_id is null
    or (excluded.first_seen is not null and (t.first_seen is null
        or excluded.first_seen < t.first_seen
        or (excluded.first_seen = t.first_seen
            and excluded.first_article_id < t.first_article_id)))
    or (excluded.first_seen is null and t.first_seen is null
        and excluded.first_article_id < t.first_article_id)
"""
# Read again for a place and program whose first article is being taken away.
_FIRST_AGAIN = f"""
    select {{column}} from program_mentions as g
    join articles as a on a.id = g.article_id
    join documents as d on d.id = a.document_id
    join place_ancestors as y on y.place_id = g.place_id
    where g.program_id = place_programs.program_id and y.ancestor_id = place_programs.place_id
        and d.superseded_by_id is null and d.id != :document_id
    order by {_FIRST_ORDER}
    limit 1
"""


def _sql(template: str, scope: tuple[str, str]) -> str:
    join, where = scope
    facts = _PLACE_FACTS.format(join=join, scope=where)
    return template.format(facts=facts, join=join, scope=where)


def rebuild(connection: Connection) -> None:
    """Every summary computed afresh from the facts of the current documents."""
    _lock(connection)
    for table in SUMMARY_TABLES:
        connection.execute(text(f"delete from {table}"))
    connection.execute(
        text(
            "insert into summarised_documents (document_id) "
            "select id from documents where superseded_by_id is null"
        )
    )
    connection.execute(
        text(
            "insert into place_summaries (place_id, article_count, mention_count, metric_count,"
            " own_article_count, own_mention_count, program_count) "
            "select place_id, article_count, mention_count, metric_count, own_article_count,"
            f" own_mention_count, 0 from ({_sql(_PLACE_SHARE, _CURRENT)}) as s"
        )
    )
    connection.execute(
        text(
            "insert into place_programs (place_id, program_id, mention_count, own_count,"
            " article_count, first_seen, first_article_id) "
            "select s.place_id, s.program_id, s.mention_count, s.own_count, s.article_count,"
            " f.published_on, f.article_id "
            f"from ({_sql(_PROGRAM_PLACE_SHARE, _CURRENT)}) as s "
            f"join ({_FIRSTS}) as f on f.place_id = s.place_id and f.program_id = s.program_id"
        )
    )
    connection.execute(
        text(
            "insert into program_summaries (program_id, mention_count, article_count,"
            " place_count, first_seen, last_seen)"
            " select program_id, mention_count, article_count, 0, first_seen, last_seen"
            f" from ({_sql(_PROGRAM_SHARE, _CURRENT)}) as s"
        )
    )
    connection.execute(
        text(
            "insert into program_pairs (program_id, other_program_id, article_count) "
            "select program_id, other_program_id, article_count"
            f" from ({_sql(_PAIR_SHARE, _CURRENT)}) as s"
        )
    )
    connection.execute(
        text(
            "insert into metric_subject_counts (subject, metric_count)"
            f" select subject, metric_count from ({_sql(_SUBJECT_SHARE, _CURRENT)}) as s"
        )
    )
    connection.execute(text(_PROGRAM_COUNT.format(where="")))
    connection.execute(text(_PLACE_COUNT.format(where="")))


# Distinct programs per place: its rows in place_programs.
_PROGRAM_COUNT = """
    update place_summaries set program_count = (
        select count(*) from place_programs as pp where pp.place_id = place_summaries.place_id
    ) {where}
"""

# Distinct places per program: its rows in place_programs tied to the place itself.
_PLACE_COUNT = """
    update program_summaries set place_count = (
        select count(*) from place_programs as pp
        where pp.program_id = program_summaries.program_id and pp.own_count > 0
    ) {where}
"""

# The first and last dates of a program, read again from its mentions when a document that
# had one of them is taken away (its facts are still there, and it may still be current).
_DATES_AGAIN = """
    update program_summaries set
        first_seen = (
            select min(d.published_on) from program_mentions as g
            join articles as a on a.id = g.article_id
            join documents as d on d.id = a.document_id
            where g.program_id = program_summaries.program_id and d.superseded_by_id is null
                and d.id != :document_id
        ),
        last_seen = (
            select max(d.published_on) from program_mentions as g
            join articles as a on a.id = g.article_id
            join documents as d on d.id = a.document_id
            where g.program_id = program_summaries.program_id and d.superseded_by_id is null
                and d.id != :document_id
        )
    where program_id in :ids and (first_seen = :published_on or last_seen = :published_on)
"""


def _apply(connection: Connection, document_id: int, sign: int) -> None:
    """Add (sign 1) or take away (sign -1) one document's facts from the summaries."""
    one = {"document_id": document_id, "sign": sign}
    touched = _ids(
        connection,
        f"select distinct y.ancestor_id from ({_sql(_PLACE_FACTS, _ONE)}) as f"
        " join place_ancestors as y on y.place_id = f.place_id",
        document_id,
    )
    programs = _ids(
        connection,
        "select distinct g.program_id from program_mentions as g"
        " join articles as a on a.id = g.article_id where a.document_id = :document_id",
        document_id,
    )
    connection.execute(
        text(
            "insert into place_summaries as t (place_id, article_count, mention_count,"
            " metric_count, own_article_count, own_mention_count, program_count) "
            "select place_id, :sign * article_count, :sign * mention_count,"
            " :sign * metric_count, :sign * own_article_count, :sign * own_mention_count, 0"
            f" from ({_sql(_PLACE_SHARE, _ONE)}) as s where true "
            "on conflict (place_id) do update set"
            " article_count = t.article_count + excluded.article_count,"
            " mention_count = t.mention_count + excluded.mention_count,"
            " metric_count = t.metric_count + excluded.metric_count,"
            " own_article_count = t.own_article_count + excluded.own_article_count,"
            " own_mention_count = t.own_mention_count + excluded.own_mention_count"
        ),
        one,
    )
    connection.execute(
        text(
            "insert into metric_subject_counts as t (subject, metric_count)"
            " select subject, :sign * metric_count"
            f" from ({_sql(_SUBJECT_SHARE, _ONE)}) as s where true "
            "on conflict (subject) do update set"
            " metric_count = t.metric_count + excluded.metric_count"
        ),
        one,
    )
    connection.execute(
        text(
            "delete from metric_subject_counts where metric_count = 0 and subject in"
            " (select x.subject from metrics as x join articles as a on a.id = x.article_id"
            " where a.document_id = :document_id)"
        ),
        one,
    )
    # A document that names no program leaves every program summary as it is: most do, and
    # the statements that read program mentions would find nothing.
    own_before = _add_program_shares(connection, document_id, sign) if programs else {}
    emptied = (
        (
            touched,
            "place_id",
            (("place_summaries", "article_count"), ("place_programs", "mention_count")),
        ),
        (
            programs,
            "program_id",
            (("program_summaries", "mention_count"), ("program_pairs", "article_count")),
        ),
    )
    for ids, key, tables in emptied:
        for chunk in _chunks(ids):
            for table, column in tables:
                connection.execute(
                    text(f"delete from {table} where {column} = 0 and {key} in :ids").bindparams(
                        bindparam("ids", expanding=True)
                    ),
                    {"ids": chunk},
                )
    if programs:
        _recount_programs(connection, document_id, sign, programs, own_before)


def _add_program_shares(connection: Connection, document_id: int, sign: int) -> dict[int, int]:
    """Add or take away the document's program mentions; per program, how many of the places
    it names it with had mentions of it before (see `_own_places`)."""
    one = {"document_id": document_id, "sign": sign}
    own_before = _own_places(connection, document_id)
    connection.execute(
        text(
            "insert into place_programs as t (place_id, program_id, mention_count, own_count,"
            " article_count, first_seen, first_article_id) "
            "select place_id, program_id, :sign * mention_count, :sign * own_count,"
            " :sign * article_count, case when :sign > 0 then first_seen end,"
            " case when :sign > 0 then first_article_id end"
            f" from ({_sql(_PROGRAM_PLACE_SHARE, _ONE)}) as s where true "
            "on conflict (place_id, program_id) do update set"
            " mention_count = t.mention_count + excluded.mention_count,"
            " own_count = t.own_count + excluded.own_count,"
            " article_count = t.article_count + excluded.article_count,"
            f" first_seen = case when {_BETTER} then excluded.first_seen else t.first_seen end,"
            f" first_article_id = case when {_BETTER} then excluded.first_article_id"
            " else t.first_article_id end"
        ),
        one,
    )
    connection.execute(
        text(
            "insert into program_summaries as t (program_id, mention_count, article_count,"
            " place_count, first_seen, last_seen)"
            " select program_id, :sign * mention_count, :sign * article_count, 0,"
            " case when :sign > 0 then first_seen end, case when :sign > 0 then last_seen end"
            f" from ({_sql(_PROGRAM_SHARE, _ONE)}) as s where true "
            "on conflict (program_id) do update set"
            " mention_count = t.mention_count + excluded.mention_count,"
            " article_count = t.article_count + excluded.article_count,"
            # Adding: the earlier and the later of the kept dates and the document's.
            " first_seen = case when t.first_seen is null or excluded.first_seen < t.first_seen"
            " then coalesce(excluded.first_seen, t.first_seen) else t.first_seen end,"
            " last_seen = case when t.last_seen is null or excluded.last_seen > t.last_seen"
            " then coalesce(excluded.last_seen, t.last_seen) else t.last_seen end"
        ),
        one,
    )
    connection.execute(
        text(
            "insert into program_pairs as t (program_id, other_program_id, article_count) "
            "select program_id, other_program_id, :sign * article_count"
            f" from ({_sql(_PAIR_SHARE, _ONE)}) as s where true "
            "on conflict (program_id, other_program_id) do update set"
            " article_count = t.article_count + excluded.article_count"
        ),
        one,
    )
    return own_before


def _recount_programs(
    connection: Connection,
    document_id: int,
    sign: int,
    programs: list[int],
    own_before: dict[int, int],
) -> None:
    """What is counted per distinct place or date, once the rows left at zero are gone."""
    places = _ids(
        connection,
        "select distinct y.ancestor_id from program_mentions as g"
        " join articles as a on a.id = g.article_id"
        " join place_ancestors as y on y.place_id = g.place_id"
        " where a.document_id = :document_id",
        document_id,
    )
    for chunk in _chunks(places):
        connection.execute(
            text(_PROGRAM_COUNT.format(where="where place_id in :ids")).bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": chunk},
        )
    if sign < 0:
        first = ", ".join(
            f"{column} = ({_FIRST_AGAIN.format(column=f'{source}')})"
            for column, source in (
                ("first_seen", "d.published_on"),
                ("first_article_id", "g.article_id"),
            )
        )
        for chunk in _chunks(places):
            connection.execute(
                text(
                    f"update place_programs set {first} where place_id in :ids"
                    " and first_article_id in"
                    " (select id from articles where document_id = :document_id)"
                ).bindparams(bindparam("ids", expanding=True)),
                {"ids": chunk, "document_id": document_id},
            )
    # A program's distinct places change only where the document's own pairs appear or go.
    own_after = _own_places(connection, document_id)
    changes = [
        {"change": change, "program": program}
        for program in programs
        if (change := own_after.get(program, 0) - own_before.get(program, 0))
    ]
    if changes:
        connection.execute(
            text(
                "update program_summaries set place_count = place_count + :change"
                " where program_id = :program"
            ),
            changes,
        )
    published_on = connection.execute(
        text("select published_on from documents where id = :document_id"),
        {"document_id": document_id},
    ).scalar_one()
    if sign < 0 and published_on is not None:
        for chunk in _chunks(programs):
            connection.execute(
                text(_DATES_AGAIN).bindparams(bindparam("ids", expanding=True)),
                {"ids": chunk, "document_id": document_id, "published_on": published_on},
            )


def _own_places(connection: Connection, document_id: int) -> dict[int, int]:
    """Per program the document names, how many of the places it names it with have
    mentions of it in place_programs."""
    rows = connection.execute(
        text(
            "select pp.program_id, count(*) from place_programs as pp"
            " join (select distinct g.place_id, g.program_id from program_mentions as g"
            " join articles as a on a.id = g.article_id"
            " where a.document_id = :document_id and g.place_id is not null) as o"
            " on o.place_id = pp.place_id and o.program_id = pp.program_id"
            " where pp.own_count > 0 group by pp.program_id"
        ),
        {"document_id": document_id},
    )
    return {program: count for program, count in rows}


def _ids(connection: Connection, sql: str, document_id: int) -> list[int]:
    return list(connection.execute(text(sql), {"document_id": document_id}).scalars())


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


# Concurrent ingests would otherwise lock the same rows (a province's, a popular program's) in
# different orders and deadlock; the rows are shared so widely that they would wait anyway.
_LOCK = 0x60DB_5E33


def _lock(connection: Connection) -> None:
    """PostgreSQL: one transaction at a time changes the summaries, until it ends. SQLite: the
    write transaction already excludes every other."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("select pg_advisory_xact_lock(:key)"), {"key": _LOCK})


def _summarised(connection: Connection, document_id: int) -> bool:
    return (
        connection.execute(
            text("select 1 from summarised_documents where document_id = :d"), {"d": document_id}
        ).first()
        is not None
    )


def forget(connection: Connection, document_id: int) -> None:
    """Take a document's facts away from the summaries, before they are deleted."""
    _lock(connection)
    if _summarised(connection, document_id):
        _apply(connection, document_id, -1)
        connection.execute(
            text("delete from summarised_documents where document_id = :d"), {"d": document_id}
        )


def settle(connection: Connection, document_id: int) -> None:
    """Bring the summaries in line with the versions of this document's file: each version
    that is current counted once, each that is not taken away."""
    _lock(connection)
    versions = connection.execute(
        text(
            "select d.id, d.superseded_by_id is null, s.document_id is not null"
            " from documents as d"
            " left join summarised_documents as s on s.document_id = d.id"
            " where d.id = :d or (d.path_key is not null and d.path_key ="
            " (select path_key from documents where id = :d))"
            " order by d.id"
        ),
        {"d": document_id},
    ).all()
    for version, current, counted in versions:
        if counted and not current:
            forget(connection, version)
    for version, current, counted in versions:
        if current and not counted:
            _apply(connection, version, 1)
            connection.execute(
                text("insert into summarised_documents (document_id) values (:d)"),
                {"d": version},
            )
