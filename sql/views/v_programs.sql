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
select
    g.id as program_id,
    g.name as program,
    g.kind as program_kind,
    coalesce(s.mention_count, 0) as mention_count,
    coalesce(s.article_count, 0) as article_count,
    coalesce(s.place_count, 0) as place_count,
    s.first_seen,
    s.last_seen,
    g.name,
    g.kind
-- The figures come from program_summaries, which ingest keeps current for the programs a
-- document names (govdb.summaries): the same as aggregating the program's mentions in current
-- documents, without reading them; a program no current article names has none (zero, NULL).
from programs as g
left join program_summaries as s on s.program_id = g.id
