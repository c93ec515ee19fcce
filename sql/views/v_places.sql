-- v_places: one row per place mentioned at least once (in current documents).
-- The places the articles talk about, with their official code and position in the hierarchy.
--
-- Columns:
--   place_id       places.id
--   place          the name as people write it (大徐村, 召陵镇, 漯河市)
--   place_level    province, city, county, town, village or other
--   place_code     the unit's own NBS division code: 2 digits for a province, 4 for a city, 6 for a county, 9 for a town, 12 for a village; NULL for units the register does not list
--   place_path     names from the province down, joined by / (河南省/漯河市/召陵区/召陵镇/大徐村)
--   adcode         6-digit GB/T 2260 code that map files and yearbooks join on: the unit's own at county level and above (410000, 411100, 411104), else its county's (411104 for 召陵镇 and 大徐村); for a unit the register does not list, that of the unit it is stored under (NULL if that one is unlisted too)
--   parent_name    the name of the unit it belongs to
--   mention_count  mentions resolved to this place
--   article_count  distinct articles with such a mention
--   code           same as place_code, kept for queries written before the shared vocabulary
--   name           same as place, kept for queries written before the shared vocabulary
--   level          same as place_level, kept for queries written before the shared vocabulary
--   path           same as place_path, kept for queries written before the shared vocabulary
select
    p.id as place_id,
    p.name as place,
    p.level as place_level,
    p.code as place_code,
    p.path as place_path,
    -- A unit the register does not list takes its parent's, already joined for parent_name.
    coalesce(substr(p.code || '000000', 1, 6), substr(parent.code || '000000', 1, 6)) as adcode,
    parent.name as parent_name,
    s.own_mention_count as mention_count,
    s.own_article_count as article_count,
    p.code,
    p.name,
    p.level,
    p.path
-- mention_count and article_count come from place_summaries (own_mention_count,
-- own_article_count), which ingest keeps current (govdb.summaries): the same as counting the
-- place's mentions in current documents, without reading them.
from place_summaries as s
join places as p on p.id = s.place_id
left join places as parent on parent.id = p.parent_id
where s.own_mention_count > 0
