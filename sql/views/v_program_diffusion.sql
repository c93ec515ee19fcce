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
with
mentions as (
    select m.program_id, m.place_id, m.article_id, d.published_on
    from program_mentions as m
    join articles as a on a.id = m.article_id
    join documents as d on d.id = a.document_id
    where m.place_id is not null and d.superseded_by_id is null
)
select
    g.id as program_id,
    g.name as program,
    p.id as place_id,
    p.name as place,
    p.level as place_level,
    p.code as place_code,
    p.path as place_path,
    coalesce(substr(p.code || '000000', 1, 6), substr(up.code || '000000', 1, 6)) as adcode,
    min(m.published_on) as first_seen,
    (
        -- The base tables again, not the CTE: a CTE read twice is computed whole.
        select e.article_id
        from program_mentions as e
        join place_ancestors as ey on ey.place_id = e.place_id
        join articles as ea on ea.id = e.article_id
        join documents as ed on ed.id = ea.document_id
        where e.program_id = g.id and ey.ancestor_id = p.id and ed.superseded_by_id is null
        order by
            case when ed.published_on is null then 1 else 0 end, ed.published_on, e.article_id
        limit 1
    ) as first_article_id,
    count(distinct m.article_id) as article_count
from programs as g
join mentions as m on m.program_id = g.id
join place_ancestors as y on y.place_id = m.place_id
join places as p on p.id = y.ancestor_id
-- The parent, for the adcode of a unit the register does not list: a primary-key
-- look-up, not a walk up the hierarchy.
left join places as up on up.id = p.parent_id and p.code is null
where p.level in ('county', 'city')
group by g.id, g.name, p.id, p.name, p.level, p.code, p.path, up.code
order by first_seen, program_id, place_id
