-- v_source_coverage: one row per outlet, plus one for documents whose outlet is unknown.
-- What each source contributes: documents, articles, dates, and the places it covers by level.
--
-- Columns:
--   source_id         sources.id, NULL for documents of unknown outlet
--   source            the outlet's name, NULL when unknown
--   documents         current documents
--   articles          articles in them
--   first_published   earliest publication date (NULL when none is known)
--   last_published    latest publication date
--   provinces         distinct provinces mentioned
--   cities            distinct cities mentioned
--   counties          distinct counties (districts, county-level cities, zones) mentioned
--   towns             distinct towns and streets mentioned
--   villages          distinct villages and communities mentioned
with
docs as (
    select d.id, d.source_id, d.published_on
    from documents as d
    where d.superseded_by_id is null
),
article_counts as (
    select docs.source_id, count(a.id) as articles
    from docs
    join articles as a on a.document_id = docs.id
    group by docs.source_id
),
places_named as (
    select distinct docs.source_id, p.id, p.level
    from docs
    join articles as a on a.document_id = docs.id
    join place_mentions as m on m.article_id = a.id
    join places as p on p.id = m.place_id
),
place_counts as (
    select
        source_id,
        count(case when level = 'province' then 1 end) as provinces,
        count(case when level = 'city' then 1 end) as cities,
        count(case when level = 'county' then 1 end) as counties,
        count(case when level = 'town' then 1 end) as towns,
        count(case when level = 'village' then 1 end) as villages
    from places_named
    group by source_id
),
doc_counts as (
    select
        source_id,
        count(*) as documents,
        min(published_on) as first_published,
        max(published_on) as last_published
    from docs
    group by source_id
)
select
    c.source_id,
    s.name as source,
    c.documents,
    coalesce(ac.articles, 0) as articles,
    c.first_published,
    c.last_published,
    coalesce(pc.provinces, 0) as provinces,
    coalesce(pc.cities, 0) as cities,
    coalesce(pc.counties, 0) as counties,
    coalesce(pc.towns, 0) as towns,
    coalesce(pc.villages, 0) as villages
from doc_counts as c
left join sources as s on s.id = c.source_id
left join article_counts as ac
    on ac.source_id = c.source_id or (ac.source_id is null and c.source_id is null)
left join place_counts as pc
    on pc.source_id = c.source_id or (pc.source_id is null and c.source_id is null)
