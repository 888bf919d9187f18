"""What a researcher uses on the pages, in headless Chromium: the citation block and its
downloads, the citation_* meta tags, the related articles, and the Atom feeds the pages link.

Built like tests/e2e/test_site.py, but for an archive with an address (ARCHIVE_SITE_URL, as
the Pages workflow sets it), so that the permanent URL is cited.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import ROOT
from tests.e2e.test_site import base_url, browser, page  # noqa: F401 - fixtures (base_url serves this module's site_dir)

pytestmark = pytest.mark.e2e

SITE_URL = "https://archive.example.org/jzrb/"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory):
    site = tmp_path_factory.mktemp("research-site")
    (ROOT / "docs").mkdir(exist_ok=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "ARCHIVE_SITE_URL": SITE_URL}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def _feed(page, base_url):
    """The Atom feed the open page links in its head, fetched and parsed as XML."""
    link = page.locator('head link[rel="alternate"][type="application/atom+xml"]')
    assert link.count() == 1
    href = link.evaluate("l => l.href")  # resolved against the page
    assert href.startswith(base_url)
    response = page.request.get(href)
    assert response.ok
    return ET.fromstring(response.body())


def test_a_persons_feed_and_an_articles_citation_and_related_list(page, base_url):
    page.goto(base_url)
    issues = _feed(page, base_url)
    assert issues.tag == f"{ATOM}feed" and issues.findall(f"{ATOM}entry")

    page.locator(".md-tabs__link", has_text="人物").click()
    person_link = page.locator("article a:not([href^='#']):not(.md-tag)").first
    person_link.wait_for()
    person = person_link.inner_text()
    person_link.click()
    assert page.locator("h1").first.inner_text() == person
    feed = _feed(page, base_url)
    assert feed.find(f"{ATOM}title").text.endswith(f"人物：{person}")
    assert page.locator(".jz-feed a").inner_text() == "Atom"
    entry_url = feed.find(f"{ATOM}entry/{ATOM}link").get("href")
    assert entry_url.startswith(SITE_URL)

    # The person's newest article, as the feed names it, on this server.
    page.goto(base_url + entry_url[len(SITE_URL):])
    title = page.locator("h1").first.inner_text()
    assert page.locator('meta[name="citation_title"]').get_attribute("content").startswith(title)
    assert page.locator('meta[name="citation_journal_title"]').get_attribute("content") == "焦作日报"
    date = page.locator('meta[name="citation_publication_date"]').get_attribute("content")
    assert page.locator('meta[name="citation_public_url"]').get_attribute("content") == entry_url

    assert page.locator("#jz-cite").is_visible()
    cited = page.locator(".jz-cite__gbt").inner_text()
    assert f"[N]. 焦作日报, {date.replace('/', '-')}" in cited and cited.endswith(".")
    online = page.locator(".jz-cite__online").inner_text()
    assert "[N/OL]" in online and online.endswith(f"[引用日期]. {entry_url}.")

    with page.expect_download() as download:
        page.locator(".jz-cite__downloads a", has_text="BibTeX").click()
    text = open(download.value.path(), encoding="utf-8").read()
    assert text.startswith("@article{") and f"url = {{{entry_url}}}" in text
    ris = page.request.get(page.locator(".jz-cite__downloads a", has_text="RIS").evaluate("a => a.href")).text()
    assert ris.startswith("TY  - NEWS\r\n") and f"UR  - {entry_url}\r\n" in ris

    related = page.locator("#jz-related + ul li a")
    assert 1 <= related.count() <= 5
    other = related.first.inner_text()
    related.first.click()
    assert page.locator("h1").first.inner_text().startswith(other.rstrip("…"))
