-- v_metric_conflicts: one row per place, subject, unit and period reported with different values.
-- For curators and careful analysts: the same figure stated differently, within an article or
-- across articles and outlets. Only metrics with a place and a period are compared.
--
-- Columns:
--   place_id       places.id
--   place          the place's name as people write it
--   place_level    province, city, county, town, village or other
--   place_code     the unit's own NBS division code: 2 digits for a province, 4 for a city, 6 for a county, 9 for a town, 12 for a village; NULL for units the register does not list
--   place_path     names from the province down, joined by /
--   adcode         6-digit GB/T 2260 code that map files and yearbooks join on: the unit's own at county level and above (410000, 411100, 411104), else its county's (411104 for 召陵镇 and 大徐村); for a unit the register does not list, that of the unit it is stored under (NULL if that one is unlisted too)
--   subject        what is counted or measured
--   unit           unit or classifier
--   is_change      true for changes, false for levels
--   period         the period as printed
--   value_count    distinct values reported
--   min_value      smallest
--   max_value      largest
--   metric_count   metrics in the group
--   article_count  distinct articles they come from
select
    p.id as place_id,
    p.name as place,
    p.level as place_level,
    p.code as place_code,
    p.path as place_path,
    coalesce(substr(p.code || '000000', 1, 6), substr(up.code || '000000', 1, 6)) as adcode,
    x.subject,
    x.unit,
    x.is_change,
    x.period,
    count(distinct x.value) as value_count,
    min(x.value) as min_value,
    max(x.value) as max_value,
    count(*) as metric_count,
    count(distinct x.article_id) as article_count
from metrics as x
join places as p on p.id = x.place_id
-- The parent, for the adcode of a unit the register does not list: a primary-key
-- look-up, not a walk up the hierarchy.
left join places as up on up.id = p.parent_id and p.code is null
join articles as a on a.id = x.article_id
join documents as d on d.id = a.document_id
where x.subject is not null and x.period is not null and d.superseded_by_id is null
group by p.id, p.name, p.level, p.code, p.path, up.code, x.subject, x.unit, x.is_change, x.period
having count(distinct x.value) > 1
