-- v_place_rollup: one row per place with anything reported about it or about any unit below it.
-- Answers "what happens in 召陵区, including its towns and villages": each unit's own facts plus
-- those of all its descendants, from current documents.
--
-- Columns:
--   place_id        places.id
--   code            NBS division code, NULL for units the register does not list
--   name            the name as people write it
--   level           province, city, county, town, village or other
--   path            names from the province down, joined by /
--   article_count   distinct articles with a mention, program or metric tied to the unit or below
--   mention_count   place mentions of the unit and its descendants
--   program_count   distinct programs named in connection with the unit or below
--   metric_count    metrics that apply to the unit or below
with
-- Typed literals and no filter of its own keep this union flat for PostgreSQL, so the join
-- on place_id below reaches each table's place_id index.
facts as (
    select place_id, article_id, cast('mention' as varchar(10)) as fact,
        cast(null as integer) as program_id
    from place_mentions
    union all
    select place_id, article_id, cast('program' as varchar(10)) as fact, program_id
    from program_mentions
    union all
    select place_id, article_id, cast('metric' as varchar(10)) as fact,
        cast(null as integer) as program_id
    from metrics
),
current_facts as (
    select f.place_id, f.article_id, f.fact, f.program_id
    from facts as f
    join articles as a on a.id = f.article_id
    join documents as d on d.id = a.document_id
    where d.superseded_by_id is null
)
select
    p.id as place_id,
    p.code,
    p.name,
    p.level,
    p.path,
    count(distinct f.article_id) as article_count,
    count(case when f.fact = 'mention' then 1 end) as mention_count,
    count(distinct f.program_id) as program_count,
    count(case when f.fact = 'metric' then 1 end) as metric_count
from places as p
join place_ancestors as y on y.ancestor_id = p.id
join current_facts as f on f.place_id = y.place_id
group by p.id, p.code, p.name, p.level, p.path
