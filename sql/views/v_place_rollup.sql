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
select
    p.id as place_id,
    p.name as place,
    p.level as place_level,
    p.code as place_code,
    p.path as place_path,
    coalesce(substr(p.code || '000000', 1, 6), substr(up.code || '000000', 1, 6)) as adcode,
    s.article_count,
    s.mention_count,
    s.program_count,
    s.metric_count
-- The counts come from place_summaries, which ingest keeps current for the places a document
-- touches (govdb.summaries): the same figures as counting each unit's subtree in place_ancestors
-- joined to every fact of current documents, without reading the facts, so a province costs
-- what a village does.
from place_summaries as s
join places as p on p.id = s.place_id
-- The parent, for the adcode of a unit the register does not list: a primary-key
-- look-up, not a walk up the hierarchy.
left join places as up on up.id = p.parent_id and p.code is null
where s.article_count > 0
