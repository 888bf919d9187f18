"""Zensical as a third renderer: `generate` writes docs/ (no renderer involved), `zensical
build` renders it from mkdocs.yml with the renderer settings INHERITed, `generator index`
adds Pagefind's search. Zensical drops the MkDocs plugin, so nothing of the site may depend
on it; its templates are MiniJinja, which escapes otherwise than Jinja2."""

from __future__ import annotations

import html as _html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.e2e import test_hostile_pages as hostile
from tests.render.builders import visible_text

pytestmark = pytest.mark.e2e

zensical = pytest.importorskip("zensical", reason="zensical is not installed (it is in the test extra: pip install -e '.[test]')")


def _cli(cwd, *args):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=900,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("zensical")
    shutil.copy(ROOT / "mkdocs.yml", project)
    for name in ("site_config", "seeds", "docs_templates", "benchmarks"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copytree(ROOT / "docs" / "about", project / "docs" / "about")
    archive = project / "site_config" / "archive.yml"
    archive.write_text(archive.read_text(encoding="utf-8").replace("search: builtin", "search: pagefind"), encoding="utf-8")
    (project / "seeds" / "hostile.txt").write_text(hostile._page_dump(), encoding="utf-8")
    generated = _cli(project, sys.executable, "-m", "generator", "generate")
    assert generated.returncode == 0, generated.stderr
    # The settings the plugin would have set, from the file `generate` wrote.
    (project / "zensical.yml").write_text("INHERIT: docs/_build/renderer.yml\n" + (project / "mkdocs.yml").read_text(encoding="utf-8"),
                                          encoding="utf-8")
    built = _cli(project, str(Path(sys.executable).parent / "zensical"), "build", "-f", "zensical.yml")
    assert built.returncode == 0, built.stdout + built.stderr
    indexed = _cli(project, sys.executable, "-m", "generator", "index", "site")
    assert indexed.returncode == 0, indexed.stderr
    return project / "site"


def _docs(site: Path) -> Path:
    return site.parent / "docs"


def _front_matter(md: Path) -> dict:
    import yaml

    text = md.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n")[1])


def _page(site: Path, md: Path) -> str:
    """The built page of a docs/ page (directory URLs)."""
    relative = md.relative_to(_docs(site)).with_suffix("")
    target = site / (relative.parent if relative.name == "index" else relative) / "index.html"
    return target.read_text(encoding="utf-8")


def _articles(site: Path):
    return [md for md in sorted(_docs(site).glob("20*/*/*/*.md")) if md.name != "index.md"]


def test_every_page_of_docs_is_rendered(site):
    for md in _docs(site).rglob("*.md"):
        if "_build" not in md.parts:
            assert _page(site, md), md


def _headline(md: Path) -> str:
    """The article's title as a reader sees it (its first words: a long one is shortened in listings)."""
    return " ".join(_front_matter(md)["article"]["title"].split())[:12]


def test_article_pages_show_their_headline_and_chips_to_pages_that_list_them(site):
    articles = _articles(site)
    assert articles
    chips_seen = 0
    for md in articles:
        meta = _front_matter(md)
        page = _page(site, md)
        assert _headline(md) in visible_text(page), md
        chips = re.findall(r'<a href="([^"]+)" class="md-tag jz-tag--(person|district|topic)">([^<]*)</a>', page)
        chips_seen += len(chips)
        shown = {kind: [_html.unescape(name) for _, k, name in chips if k == kind] for kind in ("person", "district", "topic")}
        assert (shown["person"], shown["district"], shown["topic"]) == (meta["people"], meta["districts"], meta["topics"]), md
        built = site / md.relative_to(_docs(site)).with_suffix("")
        for href, _, name in chips:
            # The chip leads to the facet's page, which (or one of its year and month pages) lists this article.
            facet = (built / _html.unescape(href)).resolve()
            page_text = visible_text((facet / "index.html").read_text(encoding="utf-8"))
            assert _html.unescape(name) in page_text, (md, href)
            listed = " ".join(visible_text(p.read_text(encoding="utf-8")) for p in facet.rglob("index.html"))
            assert _headline(md) in listed, (md, href)
    assert chips_seen > 0


def test_facet_indexes_and_issue_pages_list_what_they_hold(site):
    docs = _docs(site)
    for kind in ("people", "districts", "topics"):
        entries = [md for md in sorted((docs / kind).glob("*.md")) if md.name != "index.md"]
        assert entries, kind
        index = visible_text(_page(site, docs / kind / "index.md"))
        for md in entries:
            assert _front_matter(md)["tags"][0] in index, md
    issues = sorted(docs.glob("20*/*/*/index.md"))
    assert issues
    for md in issues:
        page = visible_text(_page(site, md))
        for article in md.parent.glob("*.md"):
            if article.name != "index.md":
                assert _headline(article) in page, (md, article)


def test_hostile_text_stays_text_under_minijinja(site):
    """The robustness tests' hostile page dump, as Zensical renders it."""
    hostile.test_every_hostile_string_is_shown_as_written(site)
    hostile.test_no_executable_markup_from_the_text(site)


def test_pagefind_indexes_the_zensical_site_and_finds_a_name_whole(site):
    """Zensical's own search splits 徐衣显 into single characters; Pagefind, run after the
    build, finds the person's articles by the whole name."""
    from playwright.sync_api import sync_playwright

    from benchmarks.browser import SiteServer, launch_chromium

    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    server = SiteServer(site).start()
    try:
        with sync_playwright() as p:
            browser = launch_chromium(p)
            tab = browser.new_page(locale="zh-CN")
            tab.goto(server.url)
            tab.locator(".jz-search input").fill("徐衣显")
            tab.locator(".jz-search__results li").first.wait_for(timeout=15_000)
            results = tab.locator(".jz-search__results li")
            assert results.count() >= 1
            for i in range(results.count()):
                assert "徐衣显" in results.nth(i).inner_text()
            browser.close()
    finally:
        server.close()
