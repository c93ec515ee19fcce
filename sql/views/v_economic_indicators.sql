-- v_economic_indicators: one row per metric about the economy (GDP, value added, investment, trade, retail, revenue).
-- Levels, growth rates and ranks with their period and place, for comparing units over time.
--
-- Columns:
--   metric_id      metrics.id
--   place_id       places.id of the place the figure applies to, NULL when none was found
--   place          its name as people write it
--   place_level    province, city, county, town, village or other
--   place_code     the unit's own NBS division code: 2 digits for a province, 4 for a city, 6 for a county, 9 for a town, 12 for a village; NULL for units the register does not list
--   place_path     names from the province down, joined by /
--   adcode         6-digit GB/T 2260 code that map files and yearbooks join on: the unit's own at county level and above (410000, 411100, 411104), else its county's (411104 for 召陵镇 and 大徐村); for a unit the register does not list, that of the unit it is stored under (NULL if that one is unlisted too)
--   subject        the indicator (生产总值, 规模以上工业增加值, 固定资产投资 …)
--   metric_kind    what sort of figure: money, percent, rank …
--   value          the normalised value (money in 元, growth in %)
--   unit           unit
--   is_change      true for growth or decline, false for a level or rank
--   direction      up or down for a change
--   basis          同比 (on the same period last year) or 环比 (on the previous period), when printed
--   period         the period as printed (今年上半年)
--   period_start   first day of the period, where known
--   period_end     last day of the period, where known
--   source         the outlet, NULL when unknown
--   published_on   the document's publication date
--   article_id     articles.id
--   snippet        the sentence the figure came from
select
    x.id as metric_id,
    p.id as place_id,
    p.name as place,
    p.level as place_level,
    p.code as place_code,
    p.path as place_path,
    coalesce(substr(p.code || '000000', 1, 6), substr(up.code || '000000', 1, 6)) as adcode,
    x.subject,
    x.kind as metric_kind,
    x.value,
    x.unit,
    x.is_change,
    x.direction,
    x.basis,
    x.period,
    x.period_start,
    x.period_end,
    s.name as source,
    d.published_on,
    a.id as article_id,
    substr(a.body, x.sentence_start + 1, x.sentence_end - x.sentence_start) as snippet
from metrics as x
join articles as a on a.id = x.article_id
join documents as d on d.id = a.document_id
left join sources as s on s.id = d.source_id
left join places as p on p.id = x.place_id
-- The parent, for the adcode of a unit the register does not list: a primary-key
-- look-up, not a walk up the hierarchy.
left join places as up on up.id = p.parent_id and p.code is null
where d.superseded_by_id is null
    and (
        x.subject like '%生产总值%'
        or x.subject like '%GDP%'
        or x.subject like '%增加值%'
        or x.subject like '%投资%'
        or x.subject like '%进出口%'
        or x.subject like '%出口%'
        or x.subject like '%进口%'
        or x.subject like '%零售总额%'
        or x.subject like '%财政收入%'
        or x.subject like '%公共预算收入%'
        or x.subject like '%税收%'
        or x.subject like '%产值%'
        or x.subject like '%营业收入%'
        or x.subject like '%交易额%'
    )
