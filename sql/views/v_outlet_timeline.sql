-- v_outlet_timeline: one row per outlet and publication date of its current dated documents.
-- What each outlet published, day by day: documents, articles, and the places, programs and
-- figures in them. Documents without a date or without a known outlet are left out
-- (v_source_coverage counts those).
--
-- Columns:
--   source_id      sources.id
--   source         the outlet's name
--   published_on   the publication date
--   documents      current documents of the outlet with that date
--   articles       articles in them
--   places         distinct places their mentions resolve to
--   programs       distinct programs they name
--   metrics        metrics extracted from them
select
    -- One grouped query: a filter on the outlet (source_id, source) or the date is applied
    -- before grouping, through indexes, and the counts are subqueries for the rows kept.
    s.id as source_id,
    s.name as source,
    d.published_on,
    count(*) as documents,
    (
        select count(*)
        from documents as d2
        join articles as a on a.document_id = d2.id
        where d2.source_id = s.id and d2.published_on = d.published_on and d2.superseded_by_id is null
    ) as articles,
    (
        select count(distinct m.place_id)
        from documents as d2
        join articles as a on a.document_id = d2.id
        join place_mentions as m on m.article_id = a.id
        where d2.source_id = s.id and d2.published_on = d.published_on and d2.superseded_by_id is null
    ) as places,
    (
        select count(distinct g.program_id)
        from documents as d2
        join articles as a on a.document_id = d2.id
        join program_mentions as g on g.article_id = a.id
        where d2.source_id = s.id and d2.published_on = d.published_on and d2.superseded_by_id is null
    ) as programs,
    (
        select count(*)
        from documents as d2
        join articles as a on a.document_id = d2.id
        join metrics as x on x.article_id = a.id
        where d2.source_id = s.id and d2.published_on = d.published_on and d2.superseded_by_id is null
    ) as metrics
from sources as s
join documents as d on d.source_id = s.id
where d.superseded_by_id is null and d.published_on is not null
group by s.id, s.name, d.published_on
