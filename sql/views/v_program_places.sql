-- v_program_places: one row per program and place it was named in connection with.
-- Where each initiative is implemented, and at which level of the hierarchy.
--
-- Columns:
--   program_id     programs.id
--   program        the program's canonical name
--   place_id       places.id
--   place          the place's name
--   level          the place's level
--   path           names from the province down, joined by /
--   article_count  distinct articles naming the program in connection with the place
select
    g.id as program_id,
    g.name as program,
    p.id as place_id,
    p.name as place,
    p.level,
    p.path,
    count(distinct m.article_id) as article_count
from program_mentions as m
join programs as g on g.id = m.program_id
join places as p on p.id = m.place_id
join articles as a on a.id = m.article_id
join documents as d on d.id = a.document_id
where d.superseded_by_id is null
group by g.id, g.name, p.id, p.name, p.level, p.path
