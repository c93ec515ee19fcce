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
--   kind            count, money, area, volume, length, mass, energy, power, temperature, percent, ratio, rate, rank or duration
--   qualifier       NULL for an exact figure; about (约, 左右), over (超, 余, 多, 以上) or under (近, 不到)
--   qualifier_word  the qualifier as printed
--   is_change       true for a change (增长, 下降) rather than a level
--   direction       up or down for a change, else NULL
--   period          the period as printed (今年上半年, 2024年), NULL when none
--   period_start    first day of the period where the text and the publication date tell it
--   period_end      last day of the period
--   place           the place the figure applies to
--   place_code      that place's NBS code
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
    x.kind,
    x.qualifier,
    x.qualifier_word,
    x.is_change,
    x.direction,
    x.period,
    x.period_start,
    x.period_end,
    p.name as place,
    p.code as place_code,
    x.surface,
    substr(a.body, x.sentence_start + 1, x.sentence_end - x.sentence_start) as snippet
from metrics as x
join articles as a on a.id = x.article_id
join documents as d on d.id = a.document_id
left join places as p on p.id = x.place_id
where d.superseded_by_id is null
