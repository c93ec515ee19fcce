-- v_unresolved: one row per place mention not resolved to a single unit, and per number not stored as a metric.
-- The curators' work list: what extraction could not place or passed over, with the reason,
-- so aliases and rules can be improved. Dates and ordinals appear with their reason too.
--
-- Columns:
--   item           place or number
--   article_id     articles.id
--   title          the article's headline
--   surface        the text as it appears in the (normalised) body
--   detail         for a place: how far it got (unresolved, or ancestor with the candidate codes); for a number: why it is not a metric
--   start_char     where it starts in the article's body (for a place, in the part it is named in: see part)
--   snippet        up to 20 characters either side; the headline for a place named in it
--   place_id       for a place mention placed under the common ancestor of its candidates (detail ancestor): places.id of the place it is stored as; else NULL
--   place          that place's name as people write it
--   place_level    province, city, county, town, village or other
--   place_code     the unit's own NBS division code: 2 digits for a province, 4 for a city, 6 for a county, 9 for a town, 12 for a village; NULL for units the register does not list
--   adcode         6-digit GB/T 2260 code that map files and yearbooks join on: the unit's own at county level and above (410000, 411100, 411104), else its county's (411104 for 召陵镇 and 大徐村); for a unit the register does not list, that of the unit it is stored under (NULL if that one is unlisted too)
--   part           for a place: body, title, caption or credit (for the last two its start_char counts in the document's text as read); body for a number
with
items as (
    select
        'place' as item,
        m.place_id,
        m.article_id,
        m.surface,
        case
            when m.candidates is null then m.method
            else m.method || ': ' || m.candidates
        end as detail,
        m.start_char,
        m.end_char,
        m.part
    from place_mentions as m
    where m.place_id is null or m.method = 'ancestor'
    union all
    select
        'number' as item, null as place_id, n.article_id, n.surface, n.reason as detail,
        n.start_char, n.end_char, 'body' as part
    from skipped_numbers as n
),
windows as (
    select
        items.*,
        case when start_char > 20 then start_char - 20 else 0 end as window_start
    from items
)
select
    w.item,
    a.id as article_id,
    a.title,
    w.surface,
    w.detail,
    w.start_char,
    case
        when w.part = 'title' then a.title
        when w.part in ('caption', 'credit')
            then substr(d.raw_text, w.window_start + 1, w.end_char - w.window_start + 20)
        else substr(a.body, w.window_start + 1, w.end_char - w.window_start + 20)
    end as snippet,
    p.id as place_id,
    p.name as place,
    p.level as place_level,
    p.code as place_code,
    coalesce(substr(p.code || '000000', 1, 6), substr(up.code || '000000', 1, 6)) as adcode,
    w.part
from windows as w
join articles as a on a.id = w.article_id
join documents as d on d.id = a.document_id
left join places as p on p.id = w.place_id
-- The parent, for the adcode of a unit the register does not list: a primary-key
-- look-up, not a walk up the hierarchy.
left join places as up on up.id = p.parent_id and p.code is null
where d.superseded_by_id is null
