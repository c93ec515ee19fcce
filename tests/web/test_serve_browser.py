"""`govdb serve` in a real browser: headless Chromium reads a view, follows a facet, searches.

Needs Playwright (the test extra) and Debian's chromium at /usr/bin/chromium; Playwright's own
browser download is not used. The v_metrics page is kept as a screenshot in the test's folder;
with GOVDB_UPDATE_SCREENSHOT=1 it replaces docs/v_metrics.png.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_support import CHROMIUM, SEARCH_TITLES, require, require_module

pytestmark = pytest.mark.browser

DOCS = Path(__file__).resolve().parents[2] / "docs"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(seeded_sqlite: Path) -> Iterator[str]:
    """`govdb serve` on the seeds, as a user starts it; its base URL."""
    require_module("datasette", "pip install -e '.[test,web]'")
    port = _free_port()
    command = [sys.executable, "-m", "govdb", "serve", "--db", str(seeded_sqlite)]
    process = subprocess.Popen(
        [*command, "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=5):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    output = process.communicate()[0].decode(errors="replace")
                    pytest.fail(f"govdb serve did not start: {output}")
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[Any]:
    require_module("playwright", "pip install -e '.[test,web]'")
    require("chromium", CHROMIUM.is_file(), "apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
            page.set_default_timeout(30_000)
            yield page
        finally:
            browser.close()


def _count_line(page: Any) -> str:
    """Datasette's line above the rows: how many, and which filters."""
    return " ".join(page.locator("h3").first.inner_text().split())


def _cells(page: Any, column: str) -> list[str]:
    return [text.strip() for text in page.locator(f"tbody td.col-{column}").all_inner_texts()]


def test_a_view_page_shows_its_description_and_rows(page: Any, server: str, tmp_path: Path) -> None:
    page.goto(f"{server}/seeds/v_metrics")
    assert "utf-8" == page.locator("meta[charset]").get_attribute("charset")
    assert "v_metrics (view)" == page.locator("h1").inner_text().strip()
    description = page.locator(".metadata-description").inner_text()
    assert description.startswith("One row per metric (a number the text reports about")
    subject = page.locator("dl.column-descriptions dt", has_text="subject").first
    assert (
        "what is counted or measured (专职网格员, 生产总值)"
        == subject.locator("xpath=following-sibling::dd[1]").inner_text().strip()
    )
    assert "185 rows" == _count_line(page)
    assert 100 == page.locator("tbody tr").count()  # Datasette's first page
    assert "漯河市" in _cells(page, "place")
    shot = DOCS / "v_metrics.png" if os.environ.get("GOVDB_UPDATE_SCREENSHOT") else tmp_path
    page.screenshot(
        path=str(shot if shot.suffix else shot / "v_metrics.png"),
        clip={"x": 0, "y": 0, "width": 1280, "height": 1800},
        full_page=True,
    )


def test_a_facet_filters_the_rows(page: Any, server: str) -> None:
    page.goto(f"{server}/seeds/v_metrics")
    page.locator("#facet-place li a", has_text="大徐村").click()
    page.wait_for_url("**place=*")
    assert '8 rows where place = "大徐村"' == _count_line(page)
    assert ["大徐村"] * 8 == _cells(page, "place")


def test_a_search_from_the_page_lists_the_articles(page: Any, server: str) -> None:
    page.goto(f"{server}/seeds/v_article_text")
    page.locator("input#_search").fill("网格")
    page.locator("input#_search").press("Enter")
    page.wait_for_url("**_search=*")
    assert '5 rows where search matches "网格"' == _count_line(page)
    assert SEARCH_TITLES == sorted(_cells(page, "title"))


def test_the_database_page_lists_the_views_not_the_tables(page: Any, server: str) -> None:
    page.goto(f"{server}/seeds")
    first = page.locator(".metadata-description a").first
    assert "v_article_text" == first.inner_text()
    first.click()
    page.wait_for_url("**/seeds/v_article_text")
    assert "25 rows" == _count_line(page)
    page.goto(f"{server}/seeds")
    assert 0 == page.locator("a[href='/seeds/articles']").count()
