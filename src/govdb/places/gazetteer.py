"""The official division codes as govdb uses them: units, the names people write, aliases.

Loaded lazily and once per process: the 44,703 units to town level on first use, a province's
villages the first time a look-up needs them. Every look-up that reads villages loads them
itself, so what a text yields never depends on which texts were read before it.
"""

from __future__ import annotations

import csv
import gc
import gzip
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from govdb.places.aliases import (
    GENERIC,
    PLACEHOLDERS,
    Alias,
    province_short,
    register_alias,
    short_names,
    town_name,
    traditional_form,
    village_name,
)

__all__ = ["Alias", "Gazetteer", "Unit", "default_gazetteer", "town_name", "village_name"]

LEVELS = ("province", "city", "county", "town", "village")
REGISTER_LEVELS = {2: "province", 4: "city", 6: "county", 9: "town", 12: "village"}
# Hong Kong, Macao, Taiwan: GB/T 2260 province codes, no official codes below.
SPECIAL = frozenset(("71", "81", "82"))


@dataclass(frozen=True, slots=True)
class Unit:
    code: str  # NBS code at its level's length; for a local unit, its parent's code + ~name
    name: str  # as people write it: 大徐村, 召陵镇, 漯河市
    register_name: str  # as the register prints it: 大徐村村民委员会, 召陵区召陵镇
    level: str  # province, city, county, town, village, other
    parent_code: str | None

    @property
    def registered(self) -> bool:
        """An official code: not a local zone (4111~西城区), nor a placeholder below the
        province in Hong Kong, Macao or Taiwan (8101 香港岛), which the source numbers itself."""
        return self.code.isdigit() and not (len(self.code) > 2 and self.code[:2] in SPECIAL)


def _data(name: str) -> bytes:
    return files("govdb.data.divisions").joinpath(name).read_bytes()


def _csv(name: str) -> Iterator[dict[str, str]]:
    raw = _data(name)
    text = gzip.decompress(raw).decode("utf-8") if name.endswith(".gz") else raw.decode("utf-8")
    yield from csv.DictReader(io.StringIO(text))


# A development zone, new area or bonded zone: administered, but no formal division.
_ZONE_NAME = re.compile(r"(?:开发区|园区|新区|示范区|合作区|保税区|实验区|试验区|产业集聚区)$")


def _functional_zone(code: str, name: str) -> bool:
    """Functional zones, which the register lists among divisions: county-level codes 71-79
    (漯河经济技术开发区), and town-level codes 400-599 named as zones (前海深港现代服务业合作区)."""
    if len(code) == 6:
        return "71" <= code[4:6] <= "79"
    return len(code) == 9 and code[6] in "45" and _ZONE_NAME.search(name) is not None


def register_level(code: str) -> str | None:
    """The register's level of a code, from its length: a zone's code is a county's or a
    town's, whatever the zone is called."""
    return REGISTER_LEVELS.get(len(code)) if code.isdigit() else None


# Districts named as the part of a city any city has (洛阳's 老城区, 西安's 新城区).
_PART_OF_A_CITY = re.compile(r"^(?:老|新|旧|主)城区$")


HK_MO = ("81", "82")


def _context_needed(unit: Unit) -> int | None:
    """How much of a unit's code the text must share with another named unit before its plain
    name counts: 4 (its city) for zones, farms and parks registered under generic names
    (现代农业产业园, 林草局, town codes 400-599) and for districts named as any city's part
    (老城区); 2 (its province) for two-character counties, which hide inside words (示范县
    holds 范县), and for towns of one character and 乡镇, which hide in phrases (分乡镇看)."""
    if unit.code[:2] in SPECIAL and unit.level == "county":
        # 罗东镇, 大埔区: Hong Kong's, Macao's and Taiwan's districts share their names with
        # the mainland's towns and counties; theirs only beside their county or city (宜兰县),
        # or in Hong Kong and Macao, beside the region.
        return 4 if unit.code[:2] == "71" else 2
    level = register_level(unit.code)
    if level == "town" and unit.code[6:7] in ("4", "5"):
        return 4
    if level == "town" and len(unit.name) == 3 and unit.name.endswith("乡镇"):
        return 2  # 分乡镇, 平乡镇: one character and the word 乡镇 (分乡镇看, 太平乡镇)
    if level == "county" and _PART_OF_A_CITY.match(unit.name):
        return 4  # 老城区, 新城区: what every city has, a district only beside its city
    if level == "county" and len(unit.name) == 2:
        return 2
    return None


class Gazetteer:
    """All units to town level, villages by province on demand, and a name index."""

    def __init__(self) -> None:
        self.units: dict[str, Unit] = {}
        # Villages as read: code → (name, register name, parent code); a Unit is made on first
        # use, since a province has tens of thousands and a document names a handful.
        self._villages: dict[str, tuple[str, str, str]] = {}
        self.children: dict[str, list[str]] = defaultdict(list)
        self.names: dict[str, list[tuple[str, Alias | None]]] = defaultdict(list)
        self.village_names: dict[str, list[str]] = defaultdict(list)
        self._village_provinces: set[str] = set()
        rows = list(_csv("to_town.csv.gz"))
        register = {r["code"]: r["name"] for r in rows}
        for row in rows:
            code, level, parent = row["code"], row["level"], row["parent_code"] or None
            name = row["name"]
            if level == "town":
                name = town_name(name, register.get(parent or ""))
            if _functional_zone(code, name):
                level = "other"
            self._add(Unit(code, name, row["name"], level, parent))
        # Their districts stay out: names like 东区 or 中山区 would make mainland ones ambiguous
        # for little gain, and they have no codes to store.
        for row in _csv("hk_mo_tw.csv.gz"):
            if row["level"] in ("province", "city", "county"):
                self._add(
                    Unit(
                        row["code"],
                        row["name"],
                        row["name"],
                        row["level"],
                        row["parent_code"] or None,
                    )
                )
        for row in _csv("local_units.csv"):
            parent = row["parent_code"]
            self._add(
                Unit(
                    local_code(parent, row["name"]), row["name"], row["name"], row["level"], parent
                )
            )
        provinces = [u.name for u in self.units.values() if u.level == "province"]
        self.province_forms = frozenset(
            [*provinces, *(s for s in map(province_short, provinces) if s)]
        )
        # Codes whose plain name counts only beside a related unit: code → shared prefix length.
        self.context_needed: dict[str, int] = {}
        for unit in list(self.units.values()):
            for alias in self._short_names(unit):
                self.names[alias.text].append((unit.code, alias))
            if not GENERIC.match(unit.name):
                self.names[unit.name].append((unit.code, None))
                needed = _context_needed(unit)
                if needed:
                    self.context_needed[unit.code] = needed
        for code in [c for c in self.context_needed if c[:2] in HK_MO]:
            # 观塘区, 花地玛堂区: a district of Hong Kong or Macao whose name of three or more
            # characters no other unit bears names it wherever it is printed.
            name = self.units[code].name
            if len(name) >= 3 and len(self.names[name]) == 1:
                del self.context_needed[code]
        # The longest name starting with each character bounds the look-ups at a position.
        self.longest: dict[str, int] = {}
        for name in self.names:
            self.longest[name[0]] = max(self.longest.get(name[0], 0), len(name))
        self.starts = _starts(self.names)

    def state(self) -> tuple[object, ...]:
        """The index to town level as plain data (tuples, lists, dicts of strings), for the
        resource cache: what `restored` turns back into an equal gazetteer. Only of a gazetteer
        that has loaded no villages."""
        if self._village_provinces:
            raise ValueError("a gazetteer with villages loaded is not cached")
        return (
            [
                (u.code, u.name, u.register_name, u.level, u.parent_code)
                for u in self.units.values()
            ],
            dict(self.children),
            {
                name: [
                    (code, None if a is None else (a.text, a.origin, a.gated, a.chained))
                    for code, a in entries
                ]
                for name, entries in self.names.items()
            },
            self.province_forms,
            self.context_needed,
            self.longest,
        )

    @classmethod
    def restored(cls, state: tuple[object, ...]) -> Gazetteer:
        """The gazetteer `state()` was taken from, rebuilt without reading the register."""
        from govdb import cache

        # A hundred thousand units, names and aliases that all stay: the collector, left on,
        # would walk them again and again as they are made (half the time).
        with cache.no_gc():
            return cls._restored(state)

    @classmethod
    def _restored(cls, state: tuple[object, ...]) -> Gazetteer:
        units, children, names, province_forms, context_needed, longest = state
        g = cls.__new__(cls)
        g.units = {row[0]: Unit(*row) for row in units}
        g._villages = {}
        g.children = defaultdict(list, children)
        aliases: dict[tuple[str, str, bool, bool], Alias] = {}
        g.names = defaultdict(list)
        for name, entries in names.items():
            g.names[name] = [
                (code, None if a is None else aliases.get(a) or aliases.setdefault(a, Alias(*a)))
                for code, a in entries
            ]
        g.village_names = defaultdict(list)
        g._village_provinces = set()
        g.province_forms = frozenset(province_forms)
        g.context_needed = dict(context_needed)
        g.longest = dict(longest)
        g.starts = _starts(g.names)
        return g

    def _add(self, unit: Unit) -> None:
        self.units[unit.code] = unit
        if unit.parent_code:
            self.children[unit.parent_code].append(unit.code)

    def load_villages(self, province: str) -> None:
        """Add one province's villages (a few hundred milliseconds for the largest)."""
        if province in self._village_provinces:
            return
        self._village_provinces.add(province)
        name = f"villages/{province}.csv.gz"
        if not files("govdb.data.divisions").joinpath(name).is_file():
            return
        from govdb import cache

        key = f"villages-{province}"
        # Tens of thousands of rows that all stay: the collector, left on, would walk them
        # again and again for nothing (a third of the time).
        with cache.no_gc():
            part = cache.read(key)
            if not _village_part_shape(part):
                part = _village_part(name)
                cache.write(key, part)
            rows, children, names = part
            self._villages.update(rows)
            for parent, codes in children.items():
                self.children[parent].extend(codes)
            for written, codes in names.items():
                self.village_names[written].extend(codes)
            # They stay for the life of the process: kept out of the collector's passes, the
            # first of which would otherwise walk them all at once (as for the resources).
            gc.freeze()

    def villages_named(self, name: str, provinces: Iterable[str]) -> list[str]:
        """Codes of the villages written `name` in these provinces (two-digit codes)."""
        wanted = sorted(set(provinces))
        for province in wanted:
            self.load_villages(province)
        return [c for c in self.village_names.get(name, ()) if c[:2] in wanted]

    def children_of(self, code: str) -> list[str]:
        """The units directly under `code`; a town's villages are loaded for it first."""
        if len(code) == 9 and code.isdigit():
            self.load_villages(code[:2])
        return self.children.get(code, [])

    def get(self, code: str) -> Unit | None:
        unit = self.units.get(code)
        if unit is None and "~" in code:
            return self._local_unit(code)
        if unit is None and len(code) == 12 and code.isdigit():
            self.load_villages(code[:2])
        if unit is None and code in self._villages:
            written, register_name, parent = self._villages[code]
            unit = Unit(code, written, register_name, "village", parent)
            self.units[code] = unit
        return unit

    def _local_unit(self, code: str) -> Unit | None:
        """A village or town the text names under a unit that holds several of that name
        (兰考县 has two 代庄村), or none (孟庙镇 has no 五里庙社区): a unit of its own, coded like
        a local unit, that stands for one of them."""
        parent, _, name = code.partition("~")
        if name.endswith(("村", "社区")):
            level = "village"
        elif name.endswith(("镇", "乡", "街道")):
            level = "town"
        else:
            return None
        if self.get(parent) is None:
            return None
        # Not added to `units`: what a process has met must not show when iterating.
        return Unit(code, name, name, level, parent)

    def __contains__(self, code: str) -> bool:
        return self.get(code) is not None

    def unit(self, code: str) -> Unit:
        unit = self.get(code)
        if unit is None:
            raise KeyError(code)
        return unit

    def ancestors(self, code: str) -> list[Unit]:
        """The unit and those above it, nearest first."""
        chain = []
        current = self.get(code)
        while current is not None:
            chain.append(current)
            current = self.units.get(current.parent_code or "")
        return chain

    def path(self, code: str) -> tuple[str, ...]:
        """Names from the province down, register placeholders (市辖区) left out."""
        return tuple(u.name for u in reversed(self.ancestors(code)) if u.name not in PLACEHOLDERS)

    def _short_names(self, unit: Unit) -> list[Alias]:
        parent = self.units.get(unit.parent_code or "")
        return short_names(
            register_level(unit.code) or unit.level,
            unit.name,
            parent.name if parent else None,
            self.province_forms,
        )

    def aliases(self, code: str) -> list[Alias]:
        """Every other form of a unit's name, each with where it comes from: the register's
        form (register, suffix, prefix), short and zone forms, and the traditional script."""
        unit = self.unit(code)
        found = [a for a in [register_alias(unit.level, unit.name, unit.register_name)] if a]
        found += self._short_names(unit)
        if unit.level == "village" and unit.name.endswith("村") and len(unit.name) >= 3:
            # 白庄、大徐两个支部: the bare form, matched only inside its town.
            found.append(Alias(unit.name[:-1], "short", gated=True))
        for form in [unit.name, *(a.text for a in found)]:
            traditional = traditional_form(form)
            if traditional and traditional not in {a.text for a in found}:
                found.append(Alias(traditional, "traditional", gated=False))
        return found

    def iter_units(
        self, levels: tuple[str, ...] = ("province", "city", "county", "town", "other")
    ) -> Iterator[Unit]:
        """Units of these levels, shallower codes first and in code order, so parents come
        before children (a zone, level other, before its towns); villages only when asked
        for, and only those of the provinces loaded so far."""
        wanted = [u for u in self.units.values() if u.level in levels and u.level != "village"]
        yield from sorted(wanted, key=_depth_first)
        if "village" in levels:
            yield from (self.unit(code) for code in sorted(self._villages))


VillagePart = tuple[
    dict[str, tuple[str, str, str]],  # code → (name, register name, parent code)
    dict[str, list[str]],  # parent code → village codes, in the register's order
    dict[str, list[str]],  # name as written → village codes
]


def _village_part(name: str) -> VillagePart:
    """One province's villages as read from the register (`name`), for `load_villages` or,
    read back faster, from the resource cache."""
    lines = gzip.decompress(_data(name)).decode("utf-8").splitlines()
    rows: dict[str, tuple[str, str, str]] = {}
    children: dict[str, list[str]] = defaultdict(list)
    names: dict[str, list[str]] = defaultdict(list)
    parents: dict[str, str] = {}
    generic = GENERIC.match
    # Plain splitting: no name contains a comma or a quote (checked by the build script).
    for line in lines[1:]:
        code, written, register_name, parent = line.split(",")
        # One string per town, not per village: less memory, and stored once in the cache.
        parent = parents.setdefault(parent, parent)
        rows[code] = (written, register_name or written, parent)
        children[parent].append(code)
        if written.endswith(("村", "社区", "嘎查")):  # 嘎查: a village of Inner Mongolia
            if not generic(written):
                names[written].append(code)
        else:
            # 五里庙居民委员会 is written 五里庙社区
            names[written + "社区"].append(code)
    return rows, dict(children), dict(names)


def _village_part_shape(part: object) -> bool:
    return isinstance(part, tuple) and len(part) == 3 and all(isinstance(p, dict) for p in part)


def _depth_first(unit: Unit) -> tuple[int, str]:
    # A local unit (4111~西城区) sits right below its parent.
    parent, local, _ = unit.code.partition("~")
    return (len(parent) + (1 if local else 0), unit.code)


def _starts(names: Iterable[str]) -> frozenset[str]:
    """The first two characters of every name (names are read from two characters up): most
    positions of a text begin none, and are passed over without a look-up."""
    return frozenset(name[:2] for name in names)


def local_code(parent: str, name: str) -> str:
    """The code of a unit the register does not list, named `name` under `parent`."""
    return f"{parent}~{name}"


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The process's gazetteer: from the resource cache (`govdb.cache`) when it holds one
    built from the same data and code, else built, and cached for the next process."""
    from govdb import cache

    with cache.no_gc():
        state = cache.read("gazetteer")
        if state is not None:
            try:
                return Gazetteer.restored(state)
            except Exception:  # not what this code wrote: build instead
                pass
        gazetteer = Gazetteer()
        cache.write("gazetteer", gazetteer.state())
        return gazetteer
