-- v_places: one row per place mentioned at least once (in current documents).
-- The places the articles talk about, with their official code and position in the hierarchy.
--
-- Columns:
--   place_id       places.id
--   code           NBS statistical division code (2, 4, 6, 9 or 12 digits by level); NULL for units the register does not list
--   name           the name as people write it (大徐村, 召陵镇, 漯河市)
--   level          province, city, county, town, village or other
--   parent_name    the name of the unit it belongs to
--   path           names from the province down, joined by / (河南省/漯河市/召陵区/召陵镇/大徐村)
--   mention_count  mentions resolved to this place
--   article_count  distinct articles with such a mention
with
current_mentions as (
    select m.id, m.place_id, m.article_id
    from place_mentions as m
    join articles as a on a.id = m.article_id
    join documents as d on d.id = a.document_id
    where d.superseded_by_id is null
)
select
    p.id as place_id,
    p.code,
    p.name,
    p.level,
    parent.name as parent_name,
    p.path,
    count(*) as mention_count,
    count(distinct m.article_id) as article_count
from places as p
join current_mentions as m on m.place_id = p.id
left join places as parent on parent.id = p.parent_id
group by p.id, p.code, p.name, p.level, parent.name, p.path
