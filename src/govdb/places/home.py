"""An outlet's home region from its name: 漯河日报 → 漯河市, 河南日报 → 河南省, 人民日报 → none."""

from __future__ import annotations

import re

from govdb.places.gazetteer import Gazetteer, default_gazetteer

_OUTLET = re.compile(r"(?:日报|晚报|时报|都市报|商报|新闻网|融媒体中心|广播电视台|电视台|报)$")


def home_region(source: str | None, gazetteer: Gazetteer | None = None) -> str | None:
    if not source:
        return None
    g = gazetteer or default_gazetteer()
    place = _OUTLET.sub("", source.strip())
    codes = {code for code, alias in g.names.get(place, []) if alias is None or not alias.gated}
    return codes.pop() if len(codes) == 1 else None
