"""The scalable search: with `search: pagefind` in archive.yml, the site is indexed by
Pagefind after `mkdocs build` and its box replaces the theme's search; a reader searches
in headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from benchmarks.browser import SiteServer, launch_chromium
from tests.conftest import ROOT
from tests.e2e.test_site import _shot
from tests.render.builders import visible_text

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pagefind")
    shutil.copytree(ROOT / "site_config", tmp / "site_config")
    archive = tmp / "site_config" / "archive.yml"
    archive.write_text(archive.read_text(encoding="utf-8").replace("search: builtin", "search: pagefind"), encoding="utf-8")
    (tmp / "docs_templates").symlink_to(ROOT / "docs_templates")
    (tmp / "docs").mkdir()
    (tmp / "mkdocs.yml").write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        f"docs_dir: {tmp / 'docs'}\nsite_dir: {tmp / 'site'}\n"
        f"theme:\n  name: material\n  custom_dir: {ROOT / 'docs_templates' / 'overrides'}\n"
        f"plugins:\n  - jiaozuo-archive:\n      seeds_dir: {ROOT / 'seeds'}\n      site_config_dir: {tmp / 'site_config'}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(tmp / "mkdocs.yml")],
        cwd=tmp, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return tmp / "site"


def test_pagefind_replaces_the_theme_search(site):
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    assert not (site / "search" / "search_index.json").exists()  # no whole-archive index to download
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'class="jz-search md-grid"' in home and "pagefind-search.js" in home
    assert "pagefind-ui.js" not in home  # our few kilobytes, not Pagefind's UI bundle


def test_a_reader_finds_a_person_and_a_topic_and_opens_an_article(site, tmp_path):
    """Served under a subpath, as GitHub Pages serves a project site: /archive/."""
    from playwright.sync_api import sync_playwright

    (tmp_path / "archive").symlink_to(site)
    server = SiteServer(tmp_path).start()
    root = f"{server.url}archive/"
    try:
        with sync_playwright() as p:
            browser = launch_chromium(p)
            tab = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
            errors, fetched = [], []
            tab.on("pageerror", lambda error: errors.append(str(error)))
            tab.on("requestfinished", lambda request: fetched.append(request.url))
            tab.goto(root)
            for query in ("徐衣显", "复工复产"):
                tab.locator(".jz-search input").fill(query)
                tab.locator(".jz-search__status", has_text="找到").wait_for(timeout=15_000)
                first = tab.locator(".jz-search__results li").first
                first.wait_for(timeout=15_000)
                assert query in tab.locator(".jz-search__results").inner_text()
                assert tab.locator(".jz-search__results mark", has_text=query).count() >= 1
            with tab.expect_navigation():
                tab.locator(".jz-search__results a").first.click()
            assert tab.url.startswith(root) and tab.url != root
            assert "复工复产" in tab.locator("article").inner_text()
            _shot(tab, "pagefind-article")
            browser.close()
        assert not errors, errors
        assert not any("pagefind-worker" in url or "pagefind-ui" in url for url in fetched), fetched
    finally:
        server.close()


def test_a_search_with_no_result_says_so(site):
    from playwright.sync_api import sync_playwright

    server = SiteServer(site).start()
    try:
        with sync_playwright() as p:
            browser = launch_chromium(p)
            tab = browser.new_page(locale="zh-CN")
            tab.goto(server.url)
            tab.locator(".jz-search input").fill("赑屃")
            tab.locator(".jz-search__status", has_text="没有找到").wait_for(timeout=15_000)
            assert tab.locator(".jz-search__results li").count() == 0
            browser.close()
    finally:
        server.close()


def _indexed_text(page) -> str:
    """What Pagefind indexed of a built page: the text inside data-pagefind-body."""
    html = page.read_text(encoding="utf-8")
    match = re.search(r"<div data-pagefind-body>(.*?)</article>", html, re.S)
    return re.sub(r"<[^>]+>", "", match.group(1)) if match else ""


@pytest.mark.parametrize("query", ["徐衣显", "复工复产", "疫情防控", "武陟县"])
def test_pagefind_finds_every_page_that_prints_the_query(site, query):
    """The browser test's queries and two more: every indexed page whose text holds the
    query is found (year and month listings are left out of the index), and those come
    first. Pagefind also finds pages that print only part of the query, as the built-in
    search does."""
    from playwright.sync_api import sync_playwright

    printing, texts = set(), {}
    for page in site.rglob("index.html"):
        folder = page.relative_to(site).parent.as_posix()
        url = "/" if folder == "." else f"/{folder}/"
        texts[url] = _indexed_text(page)
        if query in texts[url]:
            printing.add(url)
    server = SiteServer(site).start()
    try:
        with sync_playwright() as p:
            browser = launch_chromium(p)
            tab = browser.new_page()
            tab.goto(server.url)
            found = tab.evaluate("""async (query) => {
                const pagefind = await import('/pagefind/pagefind.js');
                const search = await pagefind.search(query);
                return Promise.all(search.results.map(async r => (await r.data()).url));
            }""", query)
            browser.close()
    finally:
        server.close()
    assert printing and printing <= set(found), sorted(printing - set(found))
    # The first screen of results (five) shows pages that print the query as typed.
    assert set(found[:5]) <= printing, found[:5]


@pytest.mark.parametrize("query", ["刘涛", "党员干部", "2月20日"])
def test_the_box_lists_first_the_pages_that_print_a_query_pagefind_cuts(site, query):
    """Pagefind's dictionary cuts these (刘 涛, 党员 干部, 2 月 20 日) and searches an uncut
    query as its first word alone (every page with 刘): the box cuts the query into the
    index's words and lists the pages that print them side by side first. The first five
    results on screen print the query."""
    from playwright.sync_api import sync_playwright

    server = SiteServer(site).start()
    root = server.url
    try:
        with sync_playwright() as p:
            browser = launch_chromium(p)
            tab = browser.new_page(locale="zh-CN")
            tab.goto(root)
            tab.locator(".jz-search input").fill(query)
            tab.locator(".jz-search[data-loaded]").wait_for(timeout=15_000)
            hrefs = tab.locator(".jz-search__results a").evaluate_all("links => links.map(a => a.href)")
            browser.close()
    finally:
        server.close()
    assert len(hrefs) == 5, hrefs
    missing = [h for h in hrefs if query not in _indexed_text(_built_page(site, h, root))]
    assert not missing, missing


def test_pagefind_leaves_lists_of_people_out_and_reads_a_spaced_date(site):
    """A person's companions are not indexed (data-pagefind-ignore): a search for 王小平 lists
    no other person's page. The site's box puts 2 月 20 日 in the printed form first."""
    from playwright.sync_api import sync_playwright

    server = SiteServer(site).start()
    try:
        with sync_playwright() as p:
            browser = launch_chromium(p)
            tab = browser.new_page()
            tab.goto(server.url)
            found = tab.evaluate("""async () => {
                const pagefind = await import('/pagefind/pagefind.js');
                const search = await pagefind.search('王小平');
                return [await Promise.all(search.results.map(async r => (await r.data()).url)),
                        window.jzNormalizeQuery('2 月 20 日'), window.jzNormalizeQuery('２月２０日')];
            }""")
            browser.close()
    finally:
        server.close()
    urls, spaced, wide = found
    assert {u for u in urls if u.startswith("/people/") and u != "/people/"} == {"/people/wang-xiao-ping/"}, urls
    assert spaced == wide == "2月20日"


def _built_page(site, url, root):
    """The built file of a result's URL."""
    path = url[len(root):].split("#")[0]
    return site / path / "index.html"


def test_a_reader_narrows_a_query_by_district_and_year_and_sorts_by_date(site):
    """复工复产 narrowed to 武陟县 in 2020: every result is an article of that district from an
    issue of that year (as its own page says: 地区 and 见报), fewer than without the filters;
    sorted by date, the newest issue comes first."""
    from playwright.sync_api import sync_playwright

    server = SiteServer(site).start()
    root = server.url

    def found(tab) -> int:
        status = tab.locator(".jz-search__status", has_text="找到")
        status.wait_for(timeout=15_000)
        return int(re.search(r"找到 (\d+) 篇", status.inner_text()).group(1))

    def settled(tab) -> int:
        """The count of the search the page shows last (each change starts a new search,
        and an earlier one's results never reach the screen)."""
        tab.wait_for_function("document.querySelector('.jz-search').dataset.loaded !== undefined", timeout=15_000)
        return found(tab)

    def all_results(tab, expected: int) -> list[str]:
        while tab.locator(".jz-search__more").is_visible():
            loaded = tab.evaluate("document.querySelector('.jz-search').dataset.loaded")
            tab.locator(".jz-search__more").click()
            tab.wait_for_function(f"document.querySelector('.jz-search').dataset.loaded !== '{loaded}'", timeout=15_000)
        tab.wait_for_function(f"document.querySelector('.jz-search').dataset.loaded === '{expected}'", timeout=15_000)
        return [a.evaluate("a => a.href") for a in tab.locator(".jz-search__results a").all()]

    try:
        with sync_playwright() as p:
            browser = launch_chromium(p)
            tab = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
            tab.goto(root)
            tab.locator(".jz-search input").fill("复工复产")
            everything = settled(tab)
            tab.locator(".jz-search__filters").wait_for(timeout=15_000)
            assert tab.locator("select[data-filter=district] option[value='武陟县']").count() == 1
            tab.locator("select[data-filter=district]").select_option("武陟县")
            tab.locator("select[data-filter=year]").select_option("2020")
            narrowed = settled(tab)
            assert 0 < narrowed < everything
            urls = all_results(tab, narrowed)
            assert len(urls) == narrowed
            dates = []
            for url in urls:
                text = visible_text(_built_page(site, url, root).read_text(encoding="utf-8"))
                district_line = re.search(r"地区：(\S+)", text)
                assert district_line and "武陟县" in district_line.group(1).split("、"), url
                issue = re.search(r"见报：(\d{4})年(\d{1,2})月(\d{1,2})日", text)
                assert issue and issue.group(1) == "2020", url
                dates.append((int(issue.group(1)), int(issue.group(2)), int(issue.group(3))))
            tab.locator(".jz-search__sort").select_option("desc")
            assert settled(tab) == narrowed
            by_date = all_results(tab, narrowed)
            assert sorted(by_date) == sorted(urls)
            shown = [dates[urls.index(url)] for url in by_date]
            assert shown == sorted(dates, reverse=True)
            browser.close()
    finally:
        server.close()
