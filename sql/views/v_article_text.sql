-- v_article_text: one row per article of every current document, with its whole text.
-- For reading and searching the articles themselves: the headline and the normalised body
-- (simplified script, hard line breaks of OCR joined), where the other views give only a lead.
--
-- Columns:
--   article_id     articles.id
--   document       the ingested file's name, e.g. 000_9ef92d6b9b86d40d.txt
--   source         the outlet (sources.name), NULL when unknown
--   published_on   the date the document was published, NULL when unknown
--   page_label     the page as printed (01版, A3), NULL when unknown
--   ordinal        the article's position in its document, from 1
--   title          the headline as printed, a subtitle after its dash included (标题——副标题); NULL for an untitled brief
--   byline         reporters and correspondents as printed
--   body           the normalised body; every fact's start_char and end_char count in it (a place mention's count where its part says)
select
    a.id as article_id,
    d.file_name as document,
    s.name as source,
    d.published_on,
    d.page_label,
    a.ordinal,
    a.title,
    a.byline,
    a.body
from articles as a
join documents as d on d.id = a.document_id
left join sources as s on s.id = d.source_id
where d.superseded_by_id is null
