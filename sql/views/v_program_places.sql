-- v_program_places: one row per program and place it was named in connection with.
-- Where each initiative is implemented, and at which level of the hierarchy.
--
-- Columns:
--   program_id     programs.id
--   program        the program's canonical name
--   place_id       places.id
--   place          the place's name as people write it
--   place_level    province, city, county, town, village or other
--   place_code     the unit's own NBS division code: 2 digits for a province, 4 for a city, 6 for a county, 9 for a town, 12 for a village; NULL for units the register does not list
--   place_path     names from the province down, joined by /
--   adcode         6-digit GB/T 2260 code that map files and yearbooks join on: the unit's own at county level and above (410000, 411100, 411104), else its county's (411104 for 召陵镇 and 大徐村); for a unit the register does not list, that of the unit it is stored under (NULL if that one is unlisted too)
--   article_count  distinct articles naming the program in connection with the place
--   path           same as place_path, kept for queries written before the shared vocabulary
select
    g.id as program_id,
    g.name as program,
    p.id as place_id,
    p.name as place,
    p.level as place_level,
    p.code as place_code,
    p.path as place_path,
    coalesce(substr(p.code || '000000', 1, 6), substr(up.code || '000000', 1, 6)) as adcode,
    count(distinct m.article_id) as article_count,
    p.path
from program_mentions as m
join programs as g on g.id = m.program_id
join places as p on p.id = m.place_id
-- The parent, for the adcode of a unit the register does not list: a primary-key
-- look-up, not a walk up the hierarchy.
left join places as up on up.id = p.parent_id and p.code is null
join articles as a on a.id = m.article_id
join documents as d on d.id = a.document_id
where d.superseded_by_id is null
group by g.id, g.name, p.id, p.name, p.level, p.code, p.path, up.code
