-- v_place_rollup: one row per place with anything reported about it or about any unit below it.
-- Answers "what happens in 召陵区, including its towns and villages": each unit's own facts plus
-- those of all its descendants, from current documents.
--
-- Columns:
--   place_id        places.id
--   place           the name as people write it
--   place_level     province, city, county, town, village or other
--   place_code      the unit's own NBS division code: 2 digits for a province, 4 for a city, 6 for a county, 9 for a town, 12 for a village; NULL for units the register does not list
--   place_path      names from the province down, joined by /
--   adcode          6-digit GB/T 2260 code that map files and yearbooks join on: the unit's own at county level and above (410000, 411100, 411104), else its county's (411104 for 召陵镇 and 大徐村); for a unit the register does not list, that of the unit it is stored under (NULL if that one is unlisted too)
--   article_count   distinct articles with a mention, program or metric tied to the unit or below
--   mention_count   place mentions of the unit and its descendants
--   program_count   distinct programs named in connection with the unit or below
--   metric_count    metrics that apply to the unit or below
with
-- Each count is a subquery over the unit's subtree (place_ancestors), so a filter on the unit
-- (where place_code = '411104') reads only that subtree's facts, through indexes, on both
-- engines.
rollup as (
    select
        p.id as place_id,
        p.name as place,
        p.level as place_level,
        p.code as place_code,
        p.path as place_path,
        coalesce(substr(p.code || '000000', 1, 6), substr(up.code || '000000', 1, 6)) as adcode,
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
    -- The parent, for the adcode of a unit the register does not list: a primary-key
    -- look-up, not a walk up the hierarchy.
    left join places as up on up.id = p.parent_id and p.code is null
)
select
    place_id,
    place,
    place_level,
    place_code,
    place_path,
    adcode,
    article_count,
    mention_count,
    program_count,
    metric_count
from rollup
where article_count > 0
