-- v_place_mentions: one row per place mention resolved to a place.
-- Where each place is named, with the words around it; unresolved mentions are in v_unresolved.
--
-- Columns:
--   mention_id     place_mentions.id
--   place_id       places.id
--   name           the place's name
--   level          province, city, county, town, village or other
--   code           NBS division code, NULL for units the register does not list
--   path           names from the province down, joined by /
--   article_id     articles.id
--   title          the article's headline
--   surface        the mention as printed in the (normalised) body
--   method         how it was resolved: exact, alias, context, fuzzy or ancestor
--   snippet        up to 20 characters either side of the mention
with
windows as (
    select id, case when start_char > 20 then start_char - 20 else 0 end as window_start
    from place_mentions
)
select
    m.id as mention_id,
    p.id as place_id,
    p.name,
    p.level,
    p.code,
    p.path,
    a.id as article_id,
    a.title,
    m.surface,
    m.method,
    substr(a.body, w.window_start + 1, m.end_char - w.window_start + 20) as snippet
from place_mentions as m
join places as p on p.id = m.place_id
join windows as w on w.id = m.id
join articles as a on a.id = m.article_id
join documents as d on d.id = a.document_id
where d.superseded_by_id is null
