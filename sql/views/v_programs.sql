-- v_programs: one row per program (named initiative, model, mechanism, campaign, slogan).
-- How widely each initiative is reported: in how many articles and places, and when.
--
-- Columns:
--   program_id     programs.id
--   name           canonical simplified name (quote marks removed, + and 、 unified)
--   kind           model, mechanism, project, campaign, platform, brand, slogan or other
--   mention_count  mentions in all articles
--   article_count  distinct articles naming it
--   place_count    distinct places it was named in connection with
--   first_seen     earliest publication date of an article naming it (NULL when no date is known)
--   last_seen      latest publication date of an article naming it
with
mentions as (
    select
        m.program_id,
        count(*) as mention_count,
        count(distinct m.article_id) as article_count,
        count(distinct m.place_id) as place_count,
        min(d.published_on) as first_seen,
        max(d.published_on) as last_seen
    from program_mentions as m
    join articles as a on a.id = m.article_id
    join documents as d on d.id = a.document_id
    where d.superseded_by_id is null
    group by m.program_id
)
select
    g.id as program_id,
    g.name,
    g.kind,
    coalesce(m.mention_count, 0) as mention_count,
    coalesce(m.article_count, 0) as article_count,
    coalesce(m.place_count, 0) as place_count,
    m.first_seen,
    m.last_seen
from programs as g
left join mentions as m on m.program_id = g.id
