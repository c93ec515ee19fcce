-- v_program_mentions: one row per program mention.
-- Where each initiative is named, the place it applies to there, and the words around it.
--
-- Columns:
--   mention_id     program_mentions.id
--   program_id     programs.id
--   program        the program's canonical name
--   program_kind   the program's kind: model, mechanism, project, campaign, platform, brand, slogan or other
--   article_id     articles.id
--   title          the article's headline
--   published_on   the document's publication date, NULL when unknown
--   place_id       the place the mention applies to (nearest resolved place), NULL when none
--   place          that place's name as people write it
--   place_level    province, city, county, town, village or other
--   place_code     the unit's own NBS division code: 2 digits for a province, 4 for a city, 6 for a county, 9 for a town, 12 for a village; NULL for units the register does not list
--   adcode         6-digit GB/T 2260 code that map files and yearbooks join on: the unit's own at county level and above (410000, 411100, 411104), else its county's (411104 for 召陵镇 and 大徐村); for a unit the register does not list, that of the unit it is stored under (NULL if that one is unlisted too)
--   surface        the mention as printed (normalised), quotes included: in the body or the headline (see part)
--   snippet        up to 20 characters either side of the mention; the headline for one in it
--   kind           same as program_kind, kept for queries written before the shared vocabulary
--   part           where the article names it: body, or title (the headline: “积分超市”兑出…)
with
windows as (
    select id, case when start_char > 20 then start_char - 20 else 0 end as window_start
    from program_mentions
)
select
    m.id as mention_id,
    g.id as program_id,
    g.name as program,
    g.kind as program_kind,
    a.id as article_id,
    a.title,
    d.published_on,
    p.id as place_id,
    p.name as place,
    p.level as place_level,
    p.code as place_code,
    coalesce(substr(p.code || '000000', 1, 6), substr(up.code || '000000', 1, 6)) as adcode,
    m.surface,
    case m.part
        when 'title' then a.title
        else substr(a.body, w.window_start + 1, m.end_char - w.window_start + 20)
    end as snippet,
    g.kind,
    m.part
from program_mentions as m
join programs as g on g.id = m.program_id
join windows as w on w.id = m.id
join articles as a on a.id = m.article_id
join documents as d on d.id = a.document_id
left join places as p on p.id = m.place_id
-- The parent, for the adcode of a unit the register does not list: a primary-key
-- look-up, not a walk up the hierarchy.
left join places as up on up.id = p.parent_id and p.code is null
where d.superseded_by_id is null
