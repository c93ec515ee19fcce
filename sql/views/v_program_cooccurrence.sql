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
with
current_mentions as (
    select m.program_id, m.article_id
    from program_mentions as m
    join articles as a on a.id = m.article_id
    join documents as d on d.id = a.document_id
    where d.superseded_by_id is null
)
select
    g.id as program_id,
    g.name as program,
    h.id as other_program_id,
    h.name as other_program,
    count(distinct x.article_id) as article_count
from programs as g
join current_mentions as x on x.program_id = g.id
join program_mentions as y on y.article_id = x.article_id and y.program_id != x.program_id
join programs as h on h.id = y.program_id
group by g.id, g.name, h.id, h.name
