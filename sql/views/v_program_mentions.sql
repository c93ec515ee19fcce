-- v_program_mentions: one row per program mention.
-- Where each initiative is named, the place it applies to there, and the words around it.
--
-- Columns:
--   mention_id     program_mentions.id
--   program_id     programs.id
--   program        the program's canonical name
--   kind           the program's kind
--   article_id     articles.id
--   title          the article's headline
--   published_on   the document's publication date, NULL when unknown
--   place_id       the place the mention applies to (nearest resolved place), NULL when none
--   place          that place's name
--   place_level    that place's level
--   surface        the mention as printed in the (normalised) body, quotes included
--   snippet        up to 20 characters either side of the mention
with
windows as (
    select id, case when start_char > 20 then start_char - 20 else 0 end as window_start
    from program_mentions
)
select
    m.id as mention_id,
    g.id as program_id,
    g.name as program,
    g.kind,
    a.id as article_id,
    a.title,
    d.published_on,
    p.id as place_id,
    p.name as place,
    p.level as place_level,
    m.surface,
    substr(a.body, w.window_start + 1, m.end_char - w.window_start + 20) as snippet
from program_mentions as m
join programs as g on g.id = m.program_id
join windows as w on w.id = m.id
join articles as a on a.id = m.article_id
join documents as d on d.id = a.document_id
left join places as p on p.id = m.place_id
where d.superseded_by_id is null
