-- v_metric_conflicts: one row per place, subject, unit and period reported with different values.
-- For curators and careful analysts: the same figure stated differently, within an article or
-- across articles and outlets. Only metrics with a place and a period are compared.
--
-- Columns:
--   place_id       places.id
--   place          the place's name
--   path           names from the province down, joined by /
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
    p.path,
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
join articles as a on a.id = x.article_id
join documents as d on d.id = a.document_id
where x.subject is not null and x.period is not null and d.superseded_by_id is null
group by p.id, p.name, p.path, x.subject, x.unit, x.is_change, x.period
having count(distinct x.value) > 1
