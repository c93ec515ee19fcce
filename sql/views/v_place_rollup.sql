-- v_place_rollup: one row per place with anything reported about it or about any unit below it.
-- Answers "what happens in 召陵区, including its towns and villages": each unit's own facts plus
-- those of all its descendants, from current documents.
--
-- Columns:
--   place_id        places.id
--   code            NBS division code, NULL for units the register does not list
--   name            the name as people write it
--   level           province, city, county, town, village or other
--   path            names from the province down, joined by /
--   article_count   distinct articles with a mention, program or metric tied to the unit or below
--   mention_count   place mentions of the unit and its descendants
--   program_count   distinct programs named in connection with the unit or below
--   metric_count    metrics that apply to the unit or below
with
-- Each count is a subquery over the unit's subtree (place_ancestors), so a filter on the unit
-- (where code = '411104') reads only that subtree's facts, through indexes, on both engines.
rollup as (
    select
        p.id as place_id,
        p.code,
        p.name,
        p.level,
        p.path,
        (
            select count(distinct f.article_id)
            from (
                select m.article_id
                from place_ancestors as y
                join place_mentions as m on m.place_id = y.place_id
                where y.ancestor_id = p.id
                union all
                select g.article_id
                from place_ancestors as y
                join program_mentions as g on g.place_id = y.place_id
                where y.ancestor_id = p.id
                union all
                select x.article_id
                from place_ancestors as y
                join metrics as x on x.place_id = y.place_id
                where y.ancestor_id = p.id
            ) as f
            join articles as a on a.id = f.article_id
            join documents as d on d.id = a.document_id
            where d.superseded_by_id is null
        ) as article_count,
        (
            select count(*)
            from place_ancestors as y
            join place_mentions as m on m.place_id = y.place_id
            join articles as a on a.id = m.article_id
            join documents as d on d.id = a.document_id
            where y.ancestor_id = p.id and d.superseded_by_id is null
        ) as mention_count,
        (
            select count(distinct g.program_id)
            from place_ancestors as y
            join program_mentions as g on g.place_id = y.place_id
            join articles as a on a.id = g.article_id
            join documents as d on d.id = a.document_id
            where y.ancestor_id = p.id and d.superseded_by_id is null
        ) as program_count,
        (
            select count(*)
            from place_ancestors as y
            join metrics as x on x.place_id = y.place_id
            join articles as a on a.id = x.article_id
            join documents as d on d.id = a.document_id
            where y.ancestor_id = p.id and d.superseded_by_id is null
        ) as metric_count
    from places as p
)
select place_id, code, name, level, path, article_count, mention_count, program_count, metric_count
from rollup
where article_count > 0
