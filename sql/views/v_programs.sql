-- v_programs: one row per program (named initiative, model, mechanism, campaign, slogan).
-- How widely each initiative is reported: in how many articles and places, and when.
--
-- Columns:
--   program_id     programs.id
--   program        canonical simplified name (quote marks removed, + and 、 unified)
--   program_kind   model, mechanism, project, campaign, platform, brand, slogan or other
--   mention_count  mentions in all articles
--   article_count  distinct articles naming it
--   place_count    distinct places it was named in connection with
--   first_seen     earliest publication date of an article naming it (NULL when no date is known)
--   last_seen      latest publication date of an article naming it
--   name           same as program, kept for queries written before the shared vocabulary
--   kind           same as program_kind, kept for queries written before the shared vocabulary
with
current_mentions as (
    select m.id, m.program_id, m.article_id, m.place_id, d.published_on
    from program_mentions as m
    join articles as a on a.id = m.article_id
    join documents as d on d.id = a.document_id
    where d.superseded_by_id is null
)
select
    g.id as program_id,
    g.name as program,
    g.kind as program_kind,
    count(m.id) as mention_count,
    count(distinct m.article_id) as article_count,
    count(distinct m.place_id) as place_count,
    min(m.published_on) as first_seen,
    max(m.published_on) as last_seen,
    g.name,
    g.kind
from programs as g
left join current_mentions as m on m.program_id = g.id
group by g.id, g.name, g.kind
