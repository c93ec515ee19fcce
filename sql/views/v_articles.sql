-- v_articles: one row per article of every current document (older versions of a changed file are left out).
-- The entry point for browsing what was loaded: where each article came from, its headline and
-- lead, and how many facts were extracted from it.
--
-- Columns:
--   article_id     articles.id
--   document       the ingested file's name, e.g. 000_9ef92d6b9b86d40d.txt
--   source         the outlet (sources.name), NULL when unknown
--   published_on   the date the document was published, NULL when unknown
--   page_label     the page as printed (01版, A3), NULL when unknown
--   ordinal        the article's position in its document, from 1
--   title          the headline as printed, a subtitle after its dash included (标题——副标题); NULL for an untitled brief
--   subtitle       the subtitle or kicker line under the headline, without its dash
--   byline         reporters and correspondents as printed
--   article_kind   news, brief, commentary, caption …
--   lead           the first 40 characters of the normalised body
--   char_count     characters in the normalised body
--   place_count    distinct places resolved in the article
--   program_count  distinct programs named in the article
--   metric_count   metrics extracted from the article
--   date_source    where published_on came from: option, manifest, path or masthead (unknown: dated before govdb recorded it); NULL without a date
select
    -- Counts are subqueries per article (each an index look-up), so a filter or a LIMIT reads
    -- only the articles it returns.
    a.id as article_id,
    d.file_name as document,
    s.name as source,
    d.published_on,
    d.page_label,
    a.ordinal,
    a.title,
    a.subtitle,
    a.byline,
    a.kind as article_kind,
    substr(a.body, 1, 40) as lead,
    length(a.body) as char_count,
    (
        select count(distinct m.place_id)
        from place_mentions as m
        where m.article_id = a.id and m.place_id is not null
    ) as place_count,
    (
        select count(distinct g.program_id) from program_mentions as g where g.article_id = a.id
    ) as program_count,
    (select count(*) from metrics as x where x.article_id = a.id) as metric_count,
    d.date_source
from articles as a
join documents as d on d.id = a.document_id
left join sources as s on s.id = d.source_id
where d.superseded_by_id is null
