-- v_program_diffusion: one row per program and county or city where it was reported.
-- How initiatives spread: the first date each program appears in connection with each county
-- and each city (a mention in a town or village counts for its county and city), in date order.
--
-- Columns:
--   program_id        programs.id
--   program           the program's canonical name
--   place_id          places.id of the county or city
--   place             its name
--   place_level       county or city
--   place_code        the unit's own NBS division code: 2 digits for a province, 4 for a city, 6 for a county, 9 for a town, 12 for a village; NULL for units the register does not list
--   place_path        names from the province down, joined by /
--   adcode            6-digit GB/T 2260 code that map files and yearbooks join on: the unit's own at county level and above (410000, 411100, 411104), else its county's (411104 for 召陵镇 and 大徐村); for a unit the register does not list, that of the unit it is stored under (NULL if that one is unlisted too)
--   first_seen        earliest publication date of an article naming the program there (NULL when no date is known)
--   first_article_id  that article (the lowest id among equally early ones)
--   article_count     distinct articles naming the program there
select
    g.id as program_id,
    g.name as program,
    p.id as place_id,
    p.name as place,
    p.level as place_level,
    p.code as place_code,
    p.path as place_path,
    coalesce(substr(p.code || '000000', 1, 6), substr(up.code || '000000', 1, 6)) as adcode,
    s.first_seen,
    s.first_article_id,
    s.article_count
-- Per program and place (its subtree included), place_programs holds the distinct articles
-- and the first of them in current documents, kept by ingest (govdb.summaries): the same as
-- reading the program's mentions through place_ancestors, without reading them.
from place_programs as s
join programs as g on g.id = s.program_id
join places as p on p.id = s.place_id
-- The parent, for the adcode of a unit the register does not list: a primary-key
-- look-up, not a walk up the hierarchy.
left join places as up on up.id = p.parent_id and p.code is null
where p.level in ('county', 'city')
order by first_seen, program_id, place_id
