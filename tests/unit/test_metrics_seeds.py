"""Metrics of the five seeds as ingest reads them (segmented, normalised, places resolved),
pinned with exact value, unit, qualifier, change and subject, and the numbers that are none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govdb.ingest.parsed import DocumentMeta, ParsedDocument
from govdb.ingest.pipeline import parse_document
from govdb.ingest.read import read_document
from govdb.metrics.extractor import METRICS, metrics, skipped_numbers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

Row = tuple[str, str | None, str, str, str | None, bool]


def _parse(path: Path) -> ParsedDocument:
    return parse_document(read_document(path), str(path), DocumentMeta(None, None, None))


@pytest.fixture(scope="module")
def seeds() -> dict[str, ParsedDocument]:
    return {path.name[:3]: _parse(path) for path in sorted(SEEDS.glob("*.txt"))}


def _rows(document: ParsedDocument) -> list[Row]:
    return [
        (m.surface, m.subject, str(m.value), m.unit, m.qualifier, m.is_change)
        for article in document.articles
        for m in metrics(article.of(METRICS))
    ]


def _skipped(document: ParsedDocument) -> set[tuple[str, str]]:
    return {
        (s.surface, s.reason) for a in document.articles for s in skipped_numbers(a.of(METRICS))
    }


SEED_000: list[Row] = [  # OCR page: hard line breaks inside figures (划分网格\n202个)
    ("近700个", "西瓜大棚", "700", "个", "under", False),
    ("1.5万元以上", "亩产收入", "15000", "元", "over", False),
    ("202个", "网格", "202", "个", None, False),
    ("167名", "专职网格员", "167", "名", None, False),
    ("332名", "兼职网格员", "332", "名", None, False),
    ("41%", "治安案件下降率", "41", "%", None, False),
    ("532栋", "经营性自建房", "532", "栋", None, False),
    ("157家", "工贸企业", "157", "家", None, False),
    ("11家", "危化品企业", "11", "家", None, False),
    ("500万元", "投资", "5000000", "元", None, False),
    ("2000平方米", "高温愈合冷库", "2000", "平方米", None, False),
    ("30亩", "占地", "30", "亩", None, False),
    ("600多万元", "投资", "6000000", "元", "over", False),
    ("25亩", "生姜", "25", "亩", None, False),
    ("70万元", "整体经济收入", "700000", "元", None, False),
    ("8944万元", "固定资产投资总额", "89440000", "元", None, False),
    ("112个", "标准展位", "112", "个", None, False),
    ("92.04万吨", "吞吐量", "920400", "吨", None, False),
    ("17.93%", "吞吐量", "17.93", "%", None, True),
    ("二十余份", "合同", "20", "份", "over", False),
    ("近2000家", "企业", "2000", "家", "under", False),
    ("75万多个", "商品数量", "750000", "个", "over", False),  # 多 between scale and unit
    ("突破3万人", "用户", "30000", "人", "over", False),
    ("突破1亿元", "平台综合交易额", "100000000", "元", "over", False),
    ("102家", "电商企业", "102", "家", None, False),
    ("41.05亿元", "交易额", "4105000000", "元", None, False),
    ("7.54%", "交易额", "7.54", "%", None, True),
    ("1家", "国家级电子商务示范基地", "1", "家", None, False),
    ("14位", "院士", "14", "位", None, False),
    ("280多家", "企业", "280", "家", "over", False),
    ("84.7%", "食品出口额", "84.7", "%", None, True),
    ("123.9%", "东盟国家出口", "123.9", "%", None, True),  # 分别增长了123.9%、85.2%: one each
    ("85.2%", "RCEP国家出口", "85.2", "%", None, True),
    ("8条", "主题现场教学路线", "8", "条", None, False),
    ("60余个", "现场教学点", "60", "个", "over", False),
]

SEED_001: list[Row] = [
    ("5次", "会议", "5", "次", None, False),
    ("5个", "链式党建品牌", "5", "个", None, False),
    ("4.5万名", "在职党员", "45000", "名", None, False),
    ("983个", "社区网格", "983", "个", None, False),
    ("6753个", "农村网格", "6753", "个", None, False),
    ("3.5万名", "网格员", "35000", "名", None, False),
    ("138个", "教学班", "138", "个", None, False),
    ("6540名", "学生", "6540", "名", None, False),
    ("10公里", "供热主管网", "10", "公里", None, False),
    ("20座", "热交换站", "20", "座", None, False),
    ("300万平方米", "供热面积", "3000000", "平方米", None, False),
    ("2万户以上", "居民供热", "20000", "户", "over", False),
    ("12.45公里", "供热管网", "12.45", "公里", None, False),
    ("22座", "热交换站", "22", "座", None, False),
    ("305万平方米", "供热面积", "3050000", "平方米", None, False),
    ("100个", "口袋公园", "100", "个", None, False),
    ("109个", "口袋公园", "109", "个", None, False),  # 到年底实际建成109个
    ("94.4万元", "融资奖补资金", "944000", "元", None, False),
    ("20多套", "系统", "20", "套", "over", False),
    ("6个", "环节", "6", "个", None, False),
    ("2个", "环节", "2", "个", None, False),
    ("超2500亿元", "食品产业规模", "250000000000", "元", "over", False),
]

SEED_002: list[Row] = [  # PDF text: 负债 460 万元, 约 5.2 万 个
    ("460万元", "负债", "4600000", "元", None, False),
    ("50位", "独居者", "50", "位", None, False),
    ("约5.2万个", "村", "52000", "个", "about", False),
    ("400余万元", "巨额债务", "4000000", "元", "over", False),
    ("80%", "村民", "80", "%", None, False),
    ("220亩", "集体自留地", "220", "亩", None, False),
    ("6.5万元", "盈余", "65000", "元", None, False),
    ("24.46万个", "基层党组织", "244600", "个", None, False),
    ("617.6万名", "党员", "6176000", "名", None, False),
    ("350万元", "开发商出资", "3500000", "元", None, False),
    ("45名", "党员", "45", "名", None, False),
    ("4户", "乡亲", "4", "户", None, False),
    ("4.6万余个", "村党组织", "46000", "个", "over", False),
    ("5200多个", "社区党组织", "5200", "个", "over", False),
    ("35名", "微网格员", "35", "名", None, False),
    ("50户", "独居老人", "50", "户", None, False),
    ("超1300人", "志愿者", "1300", "人", "over", False),
    ("约5000人", "群众", "5000", "人", "about", False),
    ("4万多个", "治理网格", "40000", "个", "over", False),
    ("超50万人", "人员", "500000", "人", "over", False),
    ("4.9万个", "社会组织", "49000", "个", None, False),
    ("30多家", "成员单位", "30", "家", "over", False),
    ("2000多名", "网格员", "2000", "名", "over", False),
    ("16个", "牌子", "16", "个", None, False),
    ("3个", "牌子", "3", "个", None, False),  # 如今只挂了3个
    ("27个", "村", "27", "个", None, False),
    ("约1600万人", "出省务工就业", "16000000", "人", "about", False),  # named by what they do
    ("1400万", "志愿者", "14000000", "人", None, False),  # no counter after 万: people
    ("15吨", "午餐肉罐头", "15", "吨", None, False),
    ("超2.3亿美元", "贸易额", "230000000", "美元", "over", False),
    ("超过33000家", "企业", "33000", "家", "over", False),
    ("1177.9亿元", "进出口额", "117790000000", "元", None, False),
    ("13.8%", "进出口额", "13.8", "%", None, True),
    ("逾20家", "企业", "20", "家", "over", False),
    ("3500余元", "收入", "3500", "元", "over", False),
]

SEED_003: list[Row] = [
    ("109亿元", "总投资", "10900000000", "元", None, False),
    ("2个", "双百工程项目", "2", "个", None, False),
    ("12个", "三个五百亿项目", "12", "个", None, False),
    ("30个", "省市重点项目", "30", "个", None, False),
    ("600个左右", "储备重大项目", "600", "个", "about", False),
    ("4600亿元以上", "总投资", "460000000000", "元", "over", False),
    ("3个", "创新型示范园区", "3", "个", None, False),
    ("5种", "能力", "5", "种", None, False),
    ("100余名", "民营企业企业家", "100", "名", "over", False),
    ("3900余人", "志愿者", "3900", "人", "over", False),
    ("25名", "志愿者", "25", "名", None, False),
    ("5家", "社区超市", "5", "家", None, False),
    ("4家", "联营超市", "4", "家", None, False),
    ("2000平方米", "食材分拣中心", "2000", "平方米", None, False),
    ("130多个", "岗位", "130", "个", "over", False),
    ("30余个", "基地", "30", "个", "over", False),
    ("约500万元", "农户销售价值", "5000000", "元", "about", False),
    ("300亩", "基地", "300", "亩", None, False),
    ("1.1万亩", "辣椒套种", "11000", "亩", None, False),
    ("5000亩", "绿色蔬菜种植区", "5000", "亩", None, False),
    ("4200亩", "烟叶种植面积", "4200", "亩", None, False),
    ("994个", "三无楼院", "994", "个", None, False),
    ("13个", "街道", "13", "个", None, False),
    ("66个", "社区", "66", "个", None, False),
    ("1444个", "小区", "1444", "个", None, False),
    ("11条", "标准", "11", "条", None, False),
    ("663个", "三无楼院党支部", "663", "个", None, False),
]

SEED_004: list[Row] = [  # traditional script, converted before extraction
    ("居全省前两位", "经济增速", "2", "位", "under", False),
    ("7.8%", "生产总值", "7.8", "%", None, True),
    ("居全省第一位", "生产总值", "1", "位", None, False),
    ("12.1%", "规模以上工业增加值", "12.1", "%", None, True),
    ("居全省第一位", "规模以上工业增加值", "1", "位", None, False),
    ("13.5%", "固定资产投资", "13.5", "%", None, True),
    ("居全省第五位", "固定资产投资", "5", "位", None, False),
    ("9个", "方面", "9", "个", None, False),
    ("37条", "改革措施", "37", "条", None, False),
    ("100亿元以上", "投资", "10000000000", "元", "over", False),
    ("50亿元以上", "投资", "5000000000", "元", "over", False),
    ("5亿元以上", "投资", "500000000", "元", "over", False),
    ("12.1%", "规上工业增加值", "12.1", "%", None, True),
    ("32%", "工业投资", "32", "%", None, True),
    ("居全省第三位", "工业投资", "3", "位", None, False),
    ("11条", "产业链", "11", "条", None, False),
    ("8条", "特色产业链", "8", "条", None, False),
    ("超2400亿元", "三大主导产业集群规模", "240000000000", "元", "over", False),
    ("35条", "举措", "35", "条", None, False),
    ("32个", "功能室", "32", "个", None, False),
    ("2个", "国家级试点", "2", "个", None, False),
    ("7个", "省级试点", "7", "个", None, False),
]


@pytest.mark.parametrize(
    ("seed", "expected"),
    [("000", SEED_000), ("001", SEED_001), ("002", SEED_002), ("003", SEED_003), ("004", SEED_004)],
)
def test_seed_metrics(seeds: dict[str, ParsedDocument], seed: str, expected: list[Row]) -> None:
    rows = _rows(seeds[seed])
    assert len(expected) >= 20
    assert [row for row in expected if row not in rows] == []
    # In the order printed: each pinned figure is found once per printing, not more.
    pinned = [row for row in rows if row in expected]
    assert sorted(pinned) == sorted(expected)


@pytest.mark.parametrize(
    ("seed", "surface", "reason"),
    [
        ("000", "二十二", "ordinal"),  # 第二十二届中国（漯河）食品博览会
        ("000", "13", "period"),  # 13年来
        ("000", "六", "set-phrase"),  # 六位一体
        ("001", "12345", "code"),  # 12345热线
        ("002", "80", "age-group"),  # “80后”社区党委书记
        ("002", "24", "set-phrase"),  # 7×24小时
        ("002", "两头", "no-subject"),  # 镇里、村里两头跑
        ("003", "二", "name"),  # 督导二处副处长
        ("004", "75", "ordinal"),  # 新中国成立75周年
        ("004", "六", "ordinal"),  # 八届六次全会
        ("002", "近两年", "no-subject"),  # a span of time that measures nothing named
        ("004", "5个以上", "no-subject"),  # 新增5个以上: nothing counted is named
        ("000", "两个", "enumeration"),  # 白庄、大徐两个“五星”党支部 restates the list
        ("001", "三类", "enumeration"),  # 居家、社会、专业三类养老业态
    ],
)
def test_seed_numbers_that_are_not_metrics(
    seeds: dict[str, ParsedDocument], seed: str, surface: str, reason: str
) -> None:
    assert (surface, reason) in _skipped(seeds[seed])
    for article in seeds[seed].articles:
        for skipped in skipped_numbers(article.of(METRICS)):
            if (skipped.surface, skipped.reason) == (surface, reason):
                assert not [
                    m for m in metrics(article.of(METRICS)) if m.start < skipped.end <= m.end
                ]


def test_seed_dates_and_program_numbers_are_not_metrics(seeds: dict[str, ParsedDocument]) -> None:
    surfaces = {
        m.surface for doc in seeds.values() for a in doc.articles for m in metrics(a.of(METRICS))
    }
    assert not surfaces & {"2025年", "5月", "12日", "15分钟", "311", "三个", "五百亿"}
    assert ("311", "program") in _skipped(seeds["000"])  # “311”周教学模式


def test_seed_periods_resolve_against_the_date_given() -> None:
    # The seed text states no date; ingested with --date 2024-09-29, 今年上半年 is 2024's.
    document = parse_document(
        read_document(next(SEEDS.glob("004_*.txt"))),
        "004",
        DocumentMeta(None, dt.date(2024, 9, 29), None),
    )
    growth = next(
        m for a in document.articles for m in metrics(a.of(METRICS)) if m.surface == "7.8%"
    )
    assert ("今年上半年", "2024-01-01", "2024-06-30", "up", "同比") == (
        growth.period,
        str(growth.period_start),
        str(growth.period_end),
        growth.direction,
        growth.basis,
    )


def test_a_figure_in_a_headline_and_its_body_is_stored_once(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "# 漯河港一季度吞吐量92.04万吨\n\n"
        "今年一季度，漯河港实现吞吐量92.04万吨，同比增长17.93%。\n",
        encoding="utf-8",
    )
    rows = _rows(_parse(page))
    assert [r[0] for r in rows] == ["92.04万吨", "17.93%"]
