"""The archive as a reader uses it: `mkdocs build` from the repository's seeds, served on
127.0.0.1, driven in headless Chromium (Debian's /usr/bin/chromium; see .ci/install-browser).

Screenshots go to a temporary folder, so a test run leaves the checkout as it was; the
README's screenshots/ are made by a deliberate command, scripts/screenshots.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from benchmarks.browser import CHROMIUM, SiteServer, launch_chromium
from tests.conftest import ROOT

pytestmark = pytest.mark.e2e

TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory) -> Path:
    """The real build: the plugin regenerates docs/ from seeds/, then MkDocs builds in strict mode."""
    site = tmp_path_factory.mktemp("site")
    (ROOT / "docs").mkdir(exist_ok=True)  # MkDocs checks docs_dir exists before any plugin runs
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture(scope="module")
def base_url(site_dir):
    """The built site (the requesting module's `site_dir`) for as long as the module's tests run."""
    with SiteServer(site_dir) as server:
        yield server.url


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run .ci/install-browser")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh tab that fails the test on a script error, an alert() or a request to another host."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    problems: list[str] = []
    tab.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    tab.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    # The archive works offline: no fonts, scripts or API calls from other hosts.
    tab.on("request", lambda request: request.url.startswith(("http://127.0.0.1:", "data:", "blob:"))
           or problems.append(f"request off this machine: {request.url}"))
    yield tab
    context.close()
    assert not problems, problems


@functools.cache
def screenshot_folder() -> Path:
    """Where the browser tests save screenshots: $ARCHIVE_SCREENSHOTS (scripts/screenshots
    sets it to the README's screenshots/), else a temporary folder made once per run."""
    folder = os.environ.get("ARCHIVE_SCREENSHOTS")
    return Path(folder) if folder else Path(tempfile.mkdtemp(prefix="archive-screenshots-"))


def _shot(tab, name: str) -> None:
    folder = screenshot_folder()
    folder.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(folder / f"{name}.png"), full_page=False)


def _search(tab, query: str):
    """Type into Material's search box and wait for the result list.

    The search worker is started with each page load; on this 2-core machine its script
    imports are now and then cut off (net::ERR_ABORTED on lunr.zh.min.js) and the worker
    never answers. A reader would reload the page: so does the test, up to three times."""
    results = tab.locator(".md-search-result__item")
    for attempt in range(3):
        if attempt:
            tab.reload()
        box = tab.locator("input.md-search__input")
        box.click()
        box.fill(query)
        try:
            results.first.wait_for(timeout=TIMEOUT_MS)
            return results
        except Exception:  # noqa: BLE001 - Playwright's TimeoutError; the last try re-raises
            if attempt == 2:
                raise
    return results


def test_home_district_article_person(page, base_url):
    """A reader's path: the home page, a district, one of its articles, a person named in it."""
    page.goto(base_url)
    assert "焦作日报" in page.locator("h1").first.inner_text()
    scope = page.locator("article").inner_text()
    assert re.search(r"共 \d+ 篇文章，涉及 \d+ 位人物", scope), scope
    _shot(page, "home")

    page.locator(".md-tabs__link", has_text="地区").click()
    page.locator("article table a").first.wait_for()
    rows = page.locator("article table tbody tr")
    district_link = next(
        rows.nth(i).locator("a") for i in range(rows.count())
        if int(rows.nth(i).locator("td").last.inner_text()) > 0
    )
    district = district_link.inner_text()
    district_link.click()
    assert page.locator("h1").first.inner_text() == district

    article_links = page.locator("article ul li a[href*='/20']")
    assert article_links.count() > 0
    for i in range(article_links.count()):
        with page.expect_navigation():
            page.locator("article ul li a[href*='/20']").nth(i).click()
        people = page.locator("article li:has-text('人物：') a")
        if people.count():
            break
        with page.expect_navigation():
            page.go_back()
    else:
        pytest.fail(f"no article of {district} names a person")
    assert page.locator("nav.md-tags a.md-tag").count() > 0  # the facet chips
    assert district in page.locator("article").inner_text()
    _shot(page, "article")

    person = people.first.inner_text()
    people.first.click()
    assert page.locator("h1").first.inner_text() == person
    assert "篇文章" in page.locator("article").inner_text()
    _shot(page, "person")


def test_search_finds_a_person_by_full_name(page, base_url):
    page.goto(base_url)
    results = _search(page, "徐衣显")
    texts = results.all_inner_texts()
    assert any("徐衣显" in text for text in texts), texts
    # His own page first: it carries his name as a search tag with a higher boost.
    assert results.first.locator("h1").inner_text() == "徐衣显"
    _shot(page, "search")


def test_search_finds_a_topic_phrase(page, base_url):
    page.goto(base_url)
    results = _search(page, "复工复产")
    assert results.count() > 0
    assert any("复工复产" in text for text in results.all_inner_texts())


def _result_pages(results, site_dir: Path, base_url: str) -> list[str]:
    """The text of each result's page, in the order shown (Material's result links)."""
    texts = []
    for href in results.locator("a.md-search-result__link").evaluate_all("links => links.map(a => a.href)"):
        path = re.split(r"[?#]", href, maxsplit=1)[0][len(base_url):]  # ?h=: the theme's highlight
        page = site_dir / path / "index.html" if not path.endswith(".html") else site_dir / path
        texts.append(re.sub(r"<[^>]+>|\u200b", "", page.read_text(encoding="utf-8")))
    return texts


@pytest.mark.parametrize("query", ["医护人员", "人民医院"])
def test_search_finds_a_compound_word_first(page, base_url, site_dir, query):
    """The browser cuts a query short of its last character and searches the pieces as
    prefixes (医护人员 → 医* 医护* 护人* 人*; 人民医院, two words of jieba's, → 人民*), so a page
    titled 人物 or 人大政协 came first: the pages that print the word come first."""
    page.goto(base_url)
    results = _search(page, query)
    texts = _result_pages(results, site_dir, base_url)
    assert texts and all(query in text for text in texts[:5]), [query in text for text in texts[:5]]


@pytest.mark.parametrize("typed", ["2月20日", "2020年2月20日", "2 月 20 日", "20日"])
def test_search_finds_a_date_in_the_forms_people_type(page, base_url, site_dir, typed):
    page.goto(base_url)
    results = _search(page, typed)
    texts = _result_pages(results, site_dir, base_url)
    day = "20日" if typed == "20日" else "2月20日"
    assert texts and all(day in text for text in texts[:5])
    assert page.locator("input.md-search__input").input_value() == typed.replace(" ", "")


def test_a_search_for_a_name_lists_no_other_persons_page(page, base_url, site_dir):
    """Lists of people who appear together are out of the index: 王小平's search does not
    bring up every page that only lists him."""
    page.goto(base_url)
    results = _search(page, "王小平")
    hrefs = results.locator("a.md-search-result__link").evaluate_all("links => links.map(a => a.href)")
    people = {re.split(r"[?#]", h, maxsplit=1)[0] for h in hrefs if "/people/" in h} - {f"{base_url}people/"}  # the index of all
    assert people == {f"{base_url}people/wang-xiao-ping/"}, people


def test_on_a_phone_a_persons_role_table_fits_the_screen(browser, base_url, site_dir):
    """The role table (role, count, first, latest) of the people with the longest roles: no
    column is cut off beyond the screen's edge at 375 px."""
    pages = []
    for path in (site_dir / "people").glob("*/index.html"):
        table = re.search(r'id="见报职务".*?</table>', path.read_text(encoding="utf-8"), re.S)
        if table:
            pages.append((len(re.sub(r"<[^>]+>", "", table.group(0))), path.parent.name))
    assert pages
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="zh-CN", is_mobile=True)
    tab = context.new_page()
    try:
        for _, slug in sorted(pages, reverse=True)[:8]:
            tab.goto(f"{base_url}people/{slug}/")
            widths = tab.evaluate("""() => [...document.querySelectorAll('.md-typeset__scrollwrap')]
                .map(w => [w.scrollWidth, w.clientWidth])""")
            assert widths and all(scroll <= client for scroll, client in widths), (slug, widths)
        _shot(tab, "phone-person")
    finally:
        context.close()
