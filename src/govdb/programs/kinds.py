"""Head nouns and name endings of initiatives into the kind they imply (model, mechanism,
project, campaign, platform, brand, slogan, other) and whether they belong to the name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class ProgramKind(StrEnum):
    """programs.kind; the values are the stored strings."""

    MODEL = "model"
    MECHANISM = "mechanism"
    PROJECT = "project"
    CAMPAIGN = "campaign"
    PLATFORM = "platform"
    BRAND = "brand"
    SLOGAN = "slogan"
    OTHER = "other"


KINDS = tuple(ProgramKind)


@dataclass(frozen=True, slots=True)
class Head:
    noun: str
    kind: str
    kept: bool  # part of the canonical name (支部, 项目, 工程) or dropped (模式, 机制)


_HEADS = (
    # Kept: the head names one concrete thing (a branch, a project, a meeting, a station).
    Head("党支部", "brand", True),
    Head("支部", "brand", True),
    Head("项目", "project", True),
    Head("工程", "project", True),
    Head("圆桌会议", "mechanism", True),
    Head("会议", "mechanism", True),
    Head("驿站", "platform", True),
    Head("讲堂", "platform", True),
    Head("工作室", "platform", True),
    Head("服务站", "platform", True),
    Head("食堂", "platform", True),
    Head("超市", "platform", True),
    Head("热线", "platform", True),
    # Dropped: the kind of thing, not its name; and the title a program gives the villages
    # that meet it (“美丽乡村”示范村 names the program 美丽乡村).
    Head("示范村", "brand", False),
    Head("模式", "model", False),
    Head("形式", "model", False),
    Head("方式", "model", False),
    Head("经验", "model", False),
    Head("机制", "mechanism", False),
    Head("制度", "mechanism", False),
    Head("工作法", "mechanism", False),
    Head("积分制", "mechanism", False),  # “红星分”积分制: the points scheme a name brands
    Head("责任制", "mechanism", False),  # “门前三包”责任制: the duty a formula names
    # “院落长”制, “林长”制: a system named after its office, as 河长制 is; not 制造, 制定
    Head("制", "mechanism", True),
    Head("体系", "mechanism", False),
    Head("改革", "campaign", False),
    Head("改造", "campaign", False),
    Head("整治", "campaign", False),
    Head("做法", "model", False),
    Head("举措", "mechanism", False),
    Head("行动", "campaign", False),
    Head("活动", "campaign", False),
    Head("攻坚", "campaign", False),
    Head("创建", "campaign", False),
    Head("倡议", "campaign", False),  # the appeal a quote names: 发出“…”爱心倡议
    Head("社会实践", "campaign", False),  # students' practice a quote names: “…”社会实践
    Head("评选", "campaign", False),  # the contest a quoted title is given in: “美丽庭院”评选
    Head("评比", "campaign", False),
    Head("平台", "platform", False),
    Head("调解室", "platform", False),
    Head("议事会", "mechanism", False),  # “有事好商量”议事会: the council a formula names
    Head("议事厅", "platform", False),
    Head("品牌", "brand", False),
    Head("理念", "slogan", False),
    Head("战略", "slogan", False),
    Head("计划", "project", False),
    Head("服务", "other", False),
    # “红黑榜”管理, “三单”管理: the scheme a village or office is run by, named by the quote
    Head("管理", "mechanism", False),
    Head("队伍", "brand", False),  # “楼栋管家”队伍: the team a name brands
    Head("服务队", "brand", False),
    # “…”医疗队, “…”护渔队: a team named by the quote, as a 服务队 is
    *(Head(team, "brand", False) for team in ("医疗队", "志愿队", "宣讲队", "巡逻队")),
    *(Head(team, "brand", False) for team in ("巡护队", "护渔队", "护林队", "小分队")),
    *(Head(team, "brand", False) for team in ("劝导队", "巡河队", "巡查队", "联盟")),
    Head("直播间", "platform", False),  # “…”直播间: the channel a sales brand runs
    Head("巡展", "campaign", False),  # “…”巡展: a touring exhibition under its name
    Head("培训班", "campaign", False),  # “…”技能培训班: the course a brand trains for
    Head("专项检查", "campaign", False),  # “…”专项检查: a round of inspection a quote names
    # “…”专项资金, “…”基金: the fund a program pays out of
    *(Head(fund, "project", False) for fund in ("专项资金", "基金")),
    Head("小程序", "platform", False),  # “某某e家”小程序: an app of a service
    Head("消费券", "campaign", False),  # “乐购某某”消费券: the vouchers a campaign issues
    # “…”补贴, “…”补助, “…”奖补: the money a scheme pays out under its name
    *(Head(money, "project", False) for money in ("补贴", "补助", "奖补")),
    Head("保险", "brand", False),  # “渔安保”补充医疗保险: the insurance a brand names
    Head("公众号", "platform", False),
    Head("办法", "mechanism", False),  # “631”分配办法: the rule a formula names
    Head("兑换站", "platform", False),  # “好邻里”兑换站: where points are exchanged
    Head("兑换点", "platform", False),
    Head("移动端", "platform", False),  # “某事通”移动端: a government's app
    Head("APP", "platform", False),  # “某事通”APP: a government's app, as its 小程序
    Head("App", "platform", False),
    Head("客户端", "platform", False),
)
HEADS = {h.noun: h for h in _HEADS}

_ENDINGS = {
    **{h.noun: h.kind for h in _HEADS},
    "大讲堂": "platform",
    "论坛": "platform",
    "银行": "platform",
    "制": "mechanism",
    "革命": "campaign",
    "议事厅": "platform",
    "议事会": "mechanism",
    "会": "mechanism",  # a standing meeting: “屋场会”, “夜话会”
    "理事会": "mechanism",
    "积分": "mechanism",
    "卡": "brand",
    "存折": "brand",
    "贷": "brand",  # a loan product: “科技贷”, “茶农贷”
    "堂": "platform",
    "工坊": "platform",  # a workshop that employs villagers at home: “共富工坊”, “巾帼工坊”
    "会战": "campaign",  # “项目大会战”
    "夜校": "platform",  # a school for villagers: “乡村夜校”, “田间学校”, “空中课堂”
    "学校": "platform",
    "课堂": "platform",
    "岗": "brand",  # a post members staff: “党员先锋岗”, “巾帼示范岗”
    "榜": "mechanism",  # a ranking posted to praise and shame: “红黑榜”, “晾晒榜”
    "直通车": "platform",  # a service brought to the door: “政策直通车”
    "客厅": "platform",  # a room where neighbours meet: “邻里客厅”
    "屋": "platform",  # a room for a service: “宝宝屋”, “爱心屋”
    "分队": "brand",  # a team sent out: “妇幼健康小分队”
    "突击队": "brand",  # a team for urgent work: “青年突击队”
    "之家": "platform",  # a home for a group: “职工之家”, “青年之家”
    "一件事": "mechanism",  # a life event's errands done as one: “出生一件事”, “退休一件事”
    "宣讲队": "brand",  # a team named for itself: “板凳宣讲队”, “巾帼志愿队”
    "志愿队": "brand",
    "巡逻队": "brand",
    "法庭": "platform",  # a court brought to where disputes are: “江上法庭”, “田间法庭”
    "券": "brand",  # a voucher a campaign issues: “某某焕新券”, “惠民券”
    "劝导队": "brand",  # a team named for itself, as a 巡逻队 is
    "巡河队": "brand",
    "巡查队": "brand",
    "跑团": "brand",  # a club that runs together: “某某夜跑团”
    "宣讲团": "brand",
    "一张图": "platform",  # one map of a service's data: “汛情一张图”
    "一张网": "platform",  # one network of a service: “充电一张网”
    "一站通": "platform",  # one stop for a service's errands: “就业一站通”
    "工作站": "platform",  # a station a service is run from: “法官工作站”, “专家工作站”
    "队": "brand",  # any team named for itself: “银发护渡队”
    "团": "brand",  # …or group: “工匠帮帮团”
}
ENDING = re.compile("(?:" + "|".join(sorted(_ENDINGS, key=len, reverse=True)) + ")$")
# Quoted names that carry their own head noun (“雪亮工程”, “枫桥经验”, “河长制”, “沙澧大讲堂”,
# “厕所革命”, a service's place: “爱心超市”, “长者食堂”, “村民议事厅”, a council: “红白理事会”,
# a points scheme: “孝善积分”, and its card or passbook: “文明积分卡”, “积分存折”; a hall
# where neighbours meet: “乡贤说事堂”).
# Not 服务, 体系, 理念, 品牌 …: ordinary phrases end in them too (如何优化企业服务, 创品牌).
# A year, month or week given over to a drive is named after it (“招商引资突破年”, “安全宣传月”,
# “科技活动周”): the drive's word comes right before the span.
_DRIVES = (
    "攻坚|提升|建设|突破|落实|推进|服务|援助|宣传|活动|行动|整治|优化|提质|创新|促进|生产|治理"
)
CAMPAIGN_SPAN = re.compile(rf"(?:{_DRIVES})[年月周]$")
SELF_NAMED = re.compile(
    r"(?:工程|行动|计划|项目|改革|革命|平台|模式|机制|工作法|经验|制|讲堂|论坛|银行|驿站|工作室|工作站|"
    rf"服务站|超市|食堂|热线|议事厅|议事会|理事会|调解室|积分|卡|存折|贷|堂|工坊|会战|夜校|学校|课堂|"
    r"岗|榜|直通车|客厅|屋|分队|突击队|之家|宣讲队|服务队|志愿队|巡逻队|护渔队|法庭|"
    r"劝导队|巡河队|巡查队|跑团|宣讲团|一件事|"
    # a voucher (某某焕新券), a map of one service's data (汛情一张图), one network of a
    # service (充电一张网) and one stop for all of it (就业一站通)
    r"券|一张图|一张网|一站通|"
    rf"(?:{_DRIVES})[年月周])$"
)

# A team's name: four characters or more ending in 队 or 团 (not 排队, 插队 nor 集团, a firm).
TEAM = re.compile(r"[\u4e00-\u9fff]{3,}(?:(?<![排插站归入列梯])队|(?<![集社])团)")

# A unit doubled says every one of them: “村村通”, “户户通”, “组组亮”, the projects that reach each.
# “医保村村通”: what reaches them may be named first.
EVERY_UNIT = re.compile(
    r"[\u4e00-\u9fff]{0,3}(?:村村|户户|组组|镇镇|乡乡|校校|企企)[\u4e00-\u9fff]"
)

NUMERALS = "0-9一二三四五六七八九十两双百千万"
# A numbered slogan starts with a count: 四件事, 五基四化, 三个聚焦, 15分钟便民生活圈, 双报到.
# Four digits are a year (“2025中国—东盟周” is an event). 百, 千 and 万 alone open idioms
# (千年古镇, 万里江海); they count only when a second number follows (千万工程, 万人助万企).
NUMBERED = re.compile(
    rf"^(?:[0-9]{{1,3}}|[一二三四五六七八九十两双]+|[百千万](?=.*[{NUMERALS}]))[\u4e00-\u9fff]"
)
TWO_NUMBERS = re.compile(rf"^[{NUMERALS}]+[^{NUMERALS}]+[{NUMERALS}]")
# Not initiatives though numbered: plan periods (十四五), age groups (80后, 85后) and
# shopping days (双十一).
NOT_NUMBERED = re.compile(r"^(?:十[一二三四五六七八九]五|[0-9]{2}后|双十[一二])$")


def head_kind(content: str, head: str) -> str:
    """The kind a head noun after the quote, or the name's own ending, implies; '' if none."""
    for text in (head, content):
        ending = ENDING.search(text)
        if ending:
            return _ENDINGS[ending.group()]
    return ""


def kind_of(content: str, head: str = "") -> str:
    """The kind of a program from its head noun, else from its form."""
    if EVERY_UNIT.fullmatch(content):
        return "project"  # “村村通”
    if "+" not in content and "、" not in content and CAMPAIGN_SPAN.search(content):
        return "campaign"  # “就业援助月”
    if "+" not in content and "、" not in content and SELF_NAMED.search(content):
        return head_kind(content, "")  # “书记工程”破题攻坚 is a project
    if TEAM.fullmatch(content):
        return "brand"  # “银发护渡队”: a team named for itself
    if head:
        return head_kind("", head) or "other"
    if "+" in content:
        return "model"
    parts = content.split("、")
    if len(parts) >= 2:
        return "mechanism" if all(NUMBERED.match(p) for p in parts) else "slogan"
    return "slogan" if NUMBERED.match(content) else "other"
