-- v_program_cooccurrence: one row per ordered pair of programs named in the same article.
-- Which initiatives are reported together; each pair appears both ways, so filtering on
-- `program` lists everything named next to it.
--
-- Columns:
--   program_id        programs.id
--   program           the program's canonical name
--   other_program_id  programs.id of a program named in the same article
--   other_program     its canonical name
--   article_count     distinct articles naming both
select
    g.id as program_id,
    g.name as program,
    h.id as other_program_id,
    h.name as other_program,
    s.article_count
-- program_pairs holds, per ordered pair, the current articles naming both, kept by ingest
-- (govdb.summaries): the same as joining program_mentions to itself article by article,
-- without reading them.
from program_pairs as s
join programs as g on g.id = s.program_id
join programs as h on h.id = s.other_program_id
