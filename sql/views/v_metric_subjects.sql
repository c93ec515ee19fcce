-- v_metric_subjects: one row per subject and unit that metrics report.
-- What the articles count and measure, how often, in how many places, and the range of values.
--
-- Columns:
--   subject       what is counted or measured
--   unit          unit or classifier of the values
--   is_change     true for changes (增长, 下降), false for levels
--   facts         metrics with this subject, unit and is_change
--   places        distinct places they apply to
--   min_value     smallest normalised value
--   max_value     largest normalised value
select
    x.subject,
    x.unit,
    x.is_change,
    count(*) as facts,
    count(distinct x.place_id) as places,
    min(x.value) as min_value,
    max(x.value) as max_value
from metrics as x
join articles as a on a.id = x.article_id
join documents as d on d.id = a.document_id
where x.subject is not null and d.superseded_by_id is null
group by x.subject, x.unit, x.is_change
