-- v_grid_governance: one row per metric about grid management (网格, 网格员, 网格长, 楼栋长 …).
-- Grid figures per place with their source: how many grids and grid workers each unit reports.
--
-- Columns:
--   metric_id      metrics.id
--   place_id       places.id of the place the figure applies to, NULL when none was found
--   place          its name as people write it
--   place_level    province, city, county, town, village or other
--   place_code     the unit's own NBS division code: 2 digits for a province, 4 for a city, 6 for a county, 9 for a town, 12 for a village; NULL for units the register does not list
--   place_path     names from the province down, joined by /
--   adcode         6-digit GB/T 2260 code that map files and yearbooks join on: the unit's own at county level and above (410000, 411100, 411104), else its county's (411104 for 召陵镇 and 大徐村); for a unit the register does not list, that of the unit it is stored under (NULL if that one is unlisted too)
--   subject        what is counted (网格, 专职网格员, 兼职网格员 …)
--   value          the normalised value
--   unit           unit or classifier
--   qualifier      NULL for an exact figure, else about, over or under
--   is_change      true for a change rather than a level
--   period         the period as printed
--   source         the outlet, NULL when unknown
--   published_on   the document's publication date
--   document       the ingested file's name
--   article_id     articles.id
--   title          the article's headline
--   snippet        the sentence the figure came from
select
    x.id as metric_id,
    p.id as place_id,
    p.name as place,
    p.level as place_level,
    p.code as place_code,
    p.path as place_path,
    coalesce(substr(p.code || '000000', 1, 6), substr(up.code || '000000', 1, 6)) as adcode,
    x.subject,
    x.value,
    x.unit,
    x.qualifier,
    x.is_change,
    x.period,
    s.name as source,
    d.published_on,
    d.file_name as document,
    a.id as article_id,
    a.title,
    substr(a.body, x.sentence_start + 1, x.sentence_end - x.sentence_start) as snippet
from metrics as x
join articles as a on a.id = x.article_id
join documents as d on d.id = a.document_id
left join sources as s on s.id = d.source_id
left join places as p on p.id = x.place_id
-- The parent, for the adcode of a unit the register does not list: a primary-key
-- look-up, not a walk up the hierarchy.
left join places as up on up.id = p.parent_id and p.code is null
where d.superseded_by_id is null
    -- The metrics about grids, read from an index of their own (ix_metrics_grid, whose WHERE
    -- is the one below: change both together), then each metric by its id.
    and x.id in (
        select g.id
        from metrics as g
        where g.subject like '%网格%'
            or g.subject like '%楼栋长%'
            or g.subject like '%楼长%'
            or g.subject like '%单元长%'
            or g.subject like '%中心户长%'
    )
