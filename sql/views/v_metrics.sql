-- v_metrics: one row per metric (a number the text reports about something).
-- Every figure with what it counts, normalised, and the sentence it came from.
--
-- Columns:
--   metric_id       metrics.id
--   article_id      articles.id
--   title           the article's headline
--   published_on    the document's publication date, NULL when unknown
--   subject         what is counted or measured (专职网格员, 生产总值)
--   value           the normalised value (5.2万 → 52000; money in 元; 7.8% → 7.8)
--   unit            unit or classifier (个, 名, 亩, 元, %, 百分点, 倍 …)
--   metric_kind     what sort of figure: count, money, area, volume, length, mass, energy, power, temperature, pressure, percent, ratio, rate, rank or duration
--   qualifier       NULL for an exact figure; about (约, 左右), over (超, 余, 多, 以上) or under (近, 不到)
--   qualifier_word  the qualifier as printed
--   is_change       true for a change (增长, 下降) rather than a level
--   direction       up or down for a change, else NULL
--   period          the period as printed (今年上半年, 2024年), NULL when none
--   period_start    first day of the period where the text and the publication date tell it
--   period_end      last day of the period
--   place_id        places.id of the place the figure applies to, NULL when none was found
--   place           its name as people write it
--   place_level     province, city, county, town, village or other
--   place_code      the unit's own NBS division code: 2 digits for a province, 4 for a city, 6 for a county, 9 for a town, 12 for a village; NULL for units the register does not list
--   adcode          6-digit GB/T 2260 code that map files and yearbooks join on: the unit's own at county level and above (410000, 411100, 411104), else its county's (411104 for 召陵镇 and 大徐村); for a unit the register does not list, that of the unit it is stored under (NULL if that one is unlisted too)
--   surface         the figure as printed (近700个)
--   snippet         the sentence the figure came from
select
    x.id as metric_id,
    a.id as article_id,
    a.title,
    d.published_on,
    x.subject,
    x.value,
    x.unit,
    x.kind as metric_kind,
    x.qualifier,
    x.qualifier_word,
    x.is_change,
    x.direction,
    x.period,
    x.period_start,
    x.period_end,
    p.id as place_id,
    p.name as place,
    p.level as place_level,
    p.code as place_code,
    coalesce(substr(p.code || '000000', 1, 6), substr(up.code || '000000', 1, 6)) as adcode,
    x.surface,
    substr(a.body, x.sentence_start + 1, x.sentence_end - x.sentence_start) as snippet
from metrics as x
join articles as a on a.id = x.article_id
join documents as d on d.id = a.document_id
left join places as p on p.id = x.place_id
-- The parent, for the adcode of a unit the register does not list: a primary-key
-- look-up, not a walk up the hierarchy.
left join places as up on up.id = p.parent_id and p.code is null
where d.superseded_by_id is null
