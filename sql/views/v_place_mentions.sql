-- v_place_mentions: one row per place mention resolved to a place.
-- Where each place is named, with the words around it; unresolved mentions are in v_unresolved.
--
-- Columns:
--   mention_id     place_mentions.id
--   place_id       places.id
--   place          the place's name as people write it
--   place_level    province, city, county, town, village or other
--   place_code     the unit's own NBS division code: 2 digits for a province, 4 for a city, 6 for a county, 9 for a town, 12 for a village; NULL for units the register does not list
--   place_path     names from the province down, joined by /
--   adcode         6-digit GB/T 2260 code that map files and yearbooks join on: the unit's own at county level and above (410000, 411100, 411104), else its county's (411104 for 召陵镇 and 大徐村); for a unit the register does not list, that of the unit it is stored under (NULL if that one is unlisted too)
--   article_id     articles.id
--   title          the article's headline
--   surface        the mention as printed (normalised): in the body, the headline, a caption or a credit line (see part)
--   method         how it was resolved: exact, alias, context, fuzzy or ancestor
--   snippet        up to 20 characters either side of the mention; the headline for one in it
--   name           same as place, kept for queries written before the shared vocabulary
--   level          same as place_level, kept for queries written before the shared vocabulary
--   code           same as place_code, kept for queries written before the shared vocabulary
--   path           same as place_path, kept for queries written before the shared vocabulary
--   part           where the article names it: body, title (the headline: 韶关乳源：…), caption (a photo's caption: its start_char and end_char count in the document's text as read) or credit (the issuer's line printed with it, 某县某局 under a notice's title: counted likewise)
with
windows as (
    select id, case when start_char > 20 then start_char - 20 else 0 end as window_start
    from place_mentions
)
select
    m.id as mention_id,
    p.id as place_id,
    p.name as place,
    p.level as place_level,
    p.code as place_code,
    p.path as place_path,
    coalesce(substr(p.code || '000000', 1, 6), substr(up.code || '000000', 1, 6)) as adcode,
    a.id as article_id,
    a.title,
    m.surface,
    m.method,
    case
        when m.part = 'title' then a.title
        when m.part in ('caption', 'credit')
            then substr(d.raw_text, w.window_start + 1, m.end_char - w.window_start + 20)
        else substr(a.body, w.window_start + 1, m.end_char - w.window_start + 20)
    end as snippet,
    p.name,
    p.level,
    p.code,
    p.path,
    m.part
from place_mentions as m
join places as p on p.id = m.place_id
-- The parent, for the adcode of a unit the register does not list: a primary-key
-- look-up, not a walk up the hierarchy.
left join places as up on up.id = p.parent_id and p.code is null
join windows as w on w.id = m.id
join articles as a on a.id = m.article_id
join documents as d on d.id = a.document_id
where d.superseded_by_id is null
