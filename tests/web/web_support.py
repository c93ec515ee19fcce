"""What the web view's tests share: their optional requirements and known answers."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")

# The seed articles whose words (as the index holds them) include 网格, by title.
SEARCH_TITLES = [
    "以“沙澧善治”添彩“中原之治”——我市纵深推进党建引领基层高效能治理",
    "以干部教育培训为引擎 激活高质量发展新动能",
    "基层高效能治理赋能乡村振兴",
    "徐翠品：甘当文明创建“老黄牛”",
    "砌基层善治之石 筑人民幸福之基-河南党建引领高效能治理观察",
]


def require(what: str, present: bool, how: str) -> None:
    """Skip without `what`, or fail when CI or GOVDB_REQUIRE_BROWSER says it must be there."""
    if present:
        return
    message = f"{what} is missing ({how})"
    if os.environ.get("CI") or os.environ.get("GOVDB_REQUIRE_BROWSER"):
        pytest.fail(f"{message}; CI/GOVDB_REQUIRE_BROWSER is set, so this may not skip")
    pytest.skip(message)


def require_module(name: str, how: str) -> None:
    require(name, importlib.util.find_spec(name) is not None, how)
