-- v_place_timeline: one row per place and publication date on which current dated articles mention it.
-- What was reported about a unit, day by day: the articles that name the unit itself (a mention
-- resolved to it; mentions of its towns and villages count for them, not for it: adding up a
-- subtree is v_place_rollup's job), the programs those articles name and the figures they give
-- about the unit. Documents without a date are left out.
--
-- Columns:
--   place_id       places.id
--   place          the name as people write it
--   place_level    province, city, county, town, village or other
--   place_code     NBS statistical division code (2, 4, 6, 9 or 12 digits by level); NULL for units the register does not list
--   adcode         6-digit GB/T 2260 code that map files and yearbooks join on: the unit's own at county level and above (410000, 411100, 411104), else its county's (411104 for 召陵镇 and 大徐村); for a unit the register does not list, that of the unit it is stored under (NULL if that one is unlisted too)
--   published_on   the publication date
--   articles       distinct articles of that date with a mention resolved to the unit
--   programs       distinct programs named in those articles
--   metrics        metrics in those articles that apply to the unit
select
    -- One grouped query over the unit's mentions (the first in each article, so an article that
    -- names the unit ten times is one row), its articles' program mentions and the metrics
    -- about it: a filter on the place (place_id, place_code, place) or the date is applied before
    -- grouping, and reads only that unit's mentions, through indexes. (The unary + keeps
    -- SQLite from looking the other mentions and the metrics up by the unit, all of its rows
    -- for each mention, instead of by the article.)
    p.id as place_id,
    p.name as place,
    p.level as place_level,
    p.code as place_code,
    coalesce(substr(p.code || '000000', 1, 6), substr(up.code || '000000', 1, 6)) as adcode,
    d.published_on,
    count(distinct a.id) as articles,
    count(distinct g.program_id) as programs,
    count(distinct x.id) as metrics
from places as p
-- The parent, for the adcode of a unit the register does not list (a primary-key look-up).
left join places as up on up.id = p.parent_id and p.code is null
join place_mentions as m on m.place_id = p.id
join articles as a on a.id = m.article_id
join documents as d on d.id = a.document_id
left join program_mentions as g on g.article_id = a.id
left join metrics as x on x.article_id = a.id and +x.place_id = p.id
where
    d.superseded_by_id is null
    and d.published_on is not null
    and not exists (
        select 1
        from place_mentions as earlier
        where earlier.article_id = m.article_id and +earlier.place_id = p.id and earlier.id < m.id
    )
group by p.id, p.name, p.level, p.code, up.code, d.published_on
