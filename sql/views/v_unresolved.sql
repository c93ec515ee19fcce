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
--   start_char     where it starts in the article's body
--   snippet        up to 20 characters either side
with
items as (
    select
        'place' as item,
        m.article_id,
        m.surface,
        case
            when m.candidates is null then m.method
            else m.method || ': ' || m.candidates
        end as detail,
        m.start_char,
        m.end_char
    from place_mentions as m
    where m.place_id is null or m.method = 'ancestor'
    union all
    select 'number' as item, n.article_id, n.surface, n.reason as detail, n.start_char, n.end_char
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
    substr(a.body, w.window_start + 1, w.end_char - w.window_start + 20) as snippet
from windows as w
join articles as a on a.id = w.article_id
join documents as d on d.id = a.document_id
where d.superseded_by_id is null
