"""Register names into the names news prints: 大徐村村民委员会 → 大徐村, 召陵区召陵镇 → 召陵镇,
漯河市 → 漯河, 漯河经济技术开发区 → 经开区, and each unit's other spellings with their origin.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

# Register rows that only group others: skipped when a path is written out.
PLACEHOLDERS = frozenset(("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"))

_VILLAGE_SUFFIXES = (  # longest first
    ("村村民委员会", "村"),
    ("社区居民委员会", "社区"),
    ("社区居委会", "社区"),
    ("村民委员会", "村"),
    ("村村委会", "村"),
    # A residents' committee is a community's (五里庙居委会 → 五里庙社区): reports print 社区.
    ("居民委员会", "社区"),
    ("村委会", "村"),
    ("居委会", "社区"),
)
# The nationalities of GB 3304, as the register writes them in the names of autonomous units:
# the place part of a name ends where they begin (黔东南苗族侗族自治州 → 黔东南). Some are written
# without 族 (新疆维吾尔自治区, 伊犁哈萨克自治州); a one-character name always has it (苗族), as
# has 各族 (龙胜各族自治县, of all nationalities).
_NATIONALITY_NAMES = """
    蒙古 维吾尔 布依 朝鲜 土家 哈尼 哈萨克 傈僳 高山 拉祜 东乡 纳西 景颇 柯尔克孜 达斡尔 仫佬
    布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 塔塔尔
    独龙 鄂伦春 赫哲 门巴 珞巴 基诺
"""
_ONE_CHARACTER_NATIONALITIES = "汉回藏苗彝壮满侗瑶白傣黎佤畲水土羌怒京各"
_NATIONALITIES = "|".join(_NATIONALITY_NAMES.split())
_ETHNIC_AUTONOMY = re.compile(
    rf"^(.{{2,}}?)(?:(?:{_NATIONALITIES})族?|[{_ONE_CHARACTER_NATIONALITIES}]族)*自治(区|州|县|旗)$"
)
# …and of ethnic townships (民族乡): 董地苗族彝族乡, 布朗山布朗族乡.
_ETHNIC_TOWNSHIP = re.compile(
    rf"^(.{{2,}}?)(?:(?:{_NATIONALITIES})族|[{_ONE_CHARACTER_NATIONALITIES}]族)+(乡|镇)$"
)
# Names that say what kind of unit it is but not which: some towns are registered as just
# 经济技术开发区 or 街道, and matching them would find a "place" in every article.
GENERIC = re.compile(
    r"^(?:经济技术|高新技术产业|经济|工业|产业|农业|科技|城乡一体化|先进制造业|现代服务业)?"
    r"(?:开发区|园区|示范区|新区|管理区|产业集聚区|街道|社区|农场|林场|村|镇|乡|区|县|市)$"
    r"|^(?:城区|郊区|矿区|城市社区|中心社区|党群服务中心|服务中心)$"
)
_ZONE_SHORT = (
    ("经济技术开发区", "经开区"),
    ("高新技术产业开发区", "高新区"),
    ("经济开发区", "经开区"),
    ("城乡一体化示范区", "示范区"),
)
# County short forms that are everyday words (资源, 合作, 中原大地, 光明, 解放): the county is
# written out in full whenever it is meant, so these forms would only ever find false places.
# Picked from the two-character county short forms that jieba's general dictionary lists as
# common words.
_COMMON_WORDS = """
    资源 合作 和平 平原 比如 南部 长安 江南 解放 东方 前进 港口 中原 公安 友好 通道 共和 城中
    古城 友谊 平安 中方 安定 延长 凤凰 河口 南海 武功 光明 新兴 江北 东湖 南湖 运河 太平 东风
    红旗 新建 南岸 东海 城北 城南 城东 城西 工农 龙门 新城 富裕 清水 前锋 复兴 长子 宏伟 平定
    温泉 天山 石门 西城 向阳 振兴 三元 天河 永安 新河 东城 西湖 互助 大方 新华 天桥 安宁 太湖
    西山 平和 河西 沿河 牡丹 名山 滨海 黄龙 六合 海港 龙泉 白云 沙河 大城 张家 河东 永和 南山
    江城 金山 花山 长寿 丰满 永福 江海 双桥 北湖 月湖 九龙 二道 上街 兴隆 同心 龙山 长乐 宝塔
    元宝 平房 南城 青山 万安 太白 白玉 灯塔 大兴 木兰 大关 卧龙 东安 天涯 清河 七星 海棠 博爱
    青龙 回民 钟楼 山城 三江 永平 方正 黑水 安居 龙凤 鼓楼 东山 大通 南关 白杨 麒麟 富民 灵山
    水城 湖滨 紫金 老城 黑山 湖口 江口 常山 玉龙 爱民 白河 临江 万山 惠民 安国 新星 长兴 市中
    桃园 安康 日照
"""
COMMON_WORDS = frozenset(_COMMON_WORDS.split())

# Autonomous units whose place part is a long transliteration are printed by a contraction no
# rule derives, the one their own governments and local papers use: 博尔塔拉蒙古自治州 is 博州,
# 前郭尔罗斯蒙古族自治县 前郭县 (and 前郭). The contraction with its kind is never a word; the
# bare contraction is two characters, so it needs the unit's city named, as a short form does.
_CONTRACTIONS = {
    "博尔塔拉蒙古自治州": ("博州",),
    "克孜勒苏柯尔克孜自治州": ("克州",),
    "前郭尔罗斯蒙古族自治县": ("前郭县", "前郭"),
    "杜尔伯特蒙古族自治县": ("杜蒙县", "杜蒙"),
    "喀喇沁左翼蒙古族自治县": ("喀左县", "喀左"),
    "塔什库尔干塔吉克自治县": ("塔县",),
}


# A banner's name: its first character, the rest of its people's or place's name, then a wing
# (左翼, 右) and a part (前, 中, 后).
_BANNER_PARTS = re.compile(
    r"(?P<head>[\u4e00-\u9fff])[\u4e00-\u9fff]{1,3}?(?P<side>[左右])?翼?(?P<part>[前中后])?旗"
)
_LANDFORMS = ("山", "河", "湖", "江", "海", "峡", "沟", "口", "关", "台", "岛", "泉", "岭")


@dataclass(frozen=True, slots=True)
class Alias:
    text: str
    # register, suffix, prefix, short, zone, traditional, typo, manual
    origin: str
    gated: bool  # matched only where the unit's city (or home region) is named too
    # matched only right after one of the unit's ancestors (广州天河): an everyday word
    # (天河, the Milky Way) names the district only there
    chained: bool = False


def village_name(register_name: str, paths: Sequence[str] = ()) -> str:
    """大徐村村民委员会 → 大徐村, 友爱街社区居民委员会 → 友爱街社区, 五里庙居民委员会 → 五里庙社区;
    and without the path of its county and town that some counties' registers print before
    every village (`paths`: 栾川县潭头镇石门村村民委员会 → 石门村), where a name of its own is
    left (冯家峪镇社区 is that town's community)."""
    name = register_name
    for suffix, replacement in _VILLAGE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)] + replacement
            break
    for path in sorted(paths, key=len, reverse=True):
        rest = name[len(path) :]
        if path and name.startswith(path) and len(rest) >= 3 and not GENERIC.match(rest):
            return rest
    return name


def town_name(register_name: str, parent: str | None) -> str:
    """召陵区召陵镇 → 召陵镇: the register prefixes some towns with their county or zone."""
    if parent and register_name.startswith(parent) and len(register_name) - len(parent) >= 2:
        return register_name[len(parent) :]
    return register_name


def province_short(name: str) -> str | None:
    """河南省 → 河南, 广西壮族自治区 → 广西, 北京市 → 北京."""
    match = _ETHNIC_AUTONOMY.match(name)
    short = match.group(1) if match else re.sub(r"(省|市|特别行政区)$", "", name)
    return short if short != name and len(short) >= 2 else None


def short_names(
    level: str,
    name: str,
    parent_name: str | None,
    province_forms: frozenset[str] = frozenset(),
) -> list[Alias]:
    """Forms news prints instead of the full name. `province_forms` are the provinces' names
    and short forms: a city or county never takes one of them (海南藏族自治州 is not 海南)."""
    aliases = [
        Alias(form, "short", gated=not form.endswith(("州", "县")))
        for form in _CONTRACTIONS.get(name, ())
    ]
    if level == "province":
        short = province_short(name)
        if short:
            aliases.append(Alias(short, "short", gated=False))
    elif level == "city" and name not in PLACEHOLDERS:
        match = _ETHNIC_AUTONOMY.match(name)
        # Taiwan's counties (南投县, 花莲县) sit at this level too: 南投 is printed for them.
        short = match.group(1) if match else re.sub(r"(市|地区|盟|县)$", "", name)
        if short != name and len(short) >= 2 and short not in province_forms:
            # A league is written with 盟 (兴安盟); bare, 兴安 is more often a verb (科技兴安).
            # A city's short form that is an everyday word (桃园, a peach orchard; 安康, good
            # health) names the city only where the text names the city's units too.
            gated = (name.endswith("盟") and len(short) < 3) or short in COMMON_WORDS
            aliases.append(Alias(short, "short", gated=gated))
        aliases += _autonomous_kind(match)
    elif level == "town" and (ethnic := _ETHNIC_TOWNSHIP.match(name)):
        # 董地苗族彝族乡 is printed 董地乡: the place part and the kind, as a county's is.
        aliases.append(Alias(ethnic.group(1) + ethnic.group(2), "short", gated=False))
    elif level == "town" and name.endswith("镇镇"):
        # 乌镇镇 is printed 乌镇: the place is named X镇 and the town is its 镇. One character
        # and 镇 is as often a word (古镇, 新镇), so that form needs its city.
        aliases.append(Alias(name[:-1], "short", gated=len(name) < 4))
    elif level == "county":
        for long, zone in _ZONE_SHORT:
            if name.endswith(long):
                aliases.append(Alias(zone, "zone", gated=True))
                city = parent_name if parent_name and parent_name not in PLACEHOLDERS else ""
                prefix = re.sub(r"市$", "", city)
                if prefix and name.startswith(prefix):
                    aliases.append(Alias(prefix + zone, "zone", gated=False))
        match = _ETHNIC_AUTONOMY.match(name)
        # 浦东新区 is 浦东: a district named 新区, unlike a zone, has a short form.
        short = match.group(1) if match else re.sub(r"(新区|县|区|市|旗)$", "", name)
        if (
            short != name
            and len(short) >= 2
            and not short.endswith(("开发", "示范", "新"))
            and short not in province_forms
        ):
            if short in COMMON_WORDS:
                aliases.append(Alias(short, "short", gated=True, chained=True))
            else:
                # Three characters and more are names, not words (呼图壁, 和林格尔), unless
                # they end like a landform the county is named after (峨眉山, 清水河, 梁子湖).
                landform = short.endswith(_LANDFORMS)
                aliases.append(Alias(short, "short", gated=len(short) < 3 or landform))
        aliases += _autonomous_kind(match)
        # A banner of a wing or a part is printed by its first character and the rest:
        # 科尔沁左翼中旗 is 科左中旗, 土默特左旗 土左旗, 乌拉特前旗 乌前旗.
        banner = _BANNER_PARTS.fullmatch(name)
        if banner and (banner.group("side") or banner.group("part")):
            contracted = banner.group("head") + (banner.group("side") or "")
            aliases.append(Alias(contracted + (banner.group("part") or "") + "旗", "short", False))
        # A banner named for its league and a side: 阿拉善左旗 is 左旗 after 阿拉善盟.
        league = re.sub(r"盟$", "", parent_name or "")
        rest = name[len(league) :]
        if parent_name != league and name.startswith(league) and re.fullmatch(r".{1,2}旗", rest):
            aliases.append(Alias(rest, "short", gated=True))
    return aliases


def _autonomous_kind(match: re.Match[str] | None) -> list[Alias]:
    """An autonomous prefecture, county or banner is often written as its place part and its
    kind, without the nationalities: 凉山州, 甘南州, 道真县. Never a word, so never gated."""
    if match is None or len(match.group(1)) < 2:
        return []
    kind = match.group(2)
    return [Alias(match.group(1) + kind, "short", gated=False)] if kind != "区" else []


def register_alias(level: str, name: str, register_name: str) -> Alias | None:
    """The register's own form where it differs from the written name, named for the
    difference: a committee suffix (大徐村村民委员会) or a county prefix (召陵区召陵镇)."""
    if register_name == name:
        return None
    if level == "village":
        return Alias(register_name, "suffix", gated=False)
    if level == "town" and register_name.endswith(name):
        return Alias(register_name, "prefix", gated=False)
    return Alias(register_name, "register", gated=False)


@lru_cache(maxsize=1)
def _to_traditional():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("s2t")


def traditional_form(name: str) -> str | None:
    """漯河市 → 漯河市 (None: the same), 舞阳县 → 舞陽縣: for search over traditional text."""
    form = _to_traditional().convert(name)
    return form if form != name else None
