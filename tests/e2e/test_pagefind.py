"""The scalable search: with `search: pagefind` in archive.yml, the site is indexed by
Pagefind after `mkdocs build` and its box replaces the theme's search; a reader searches
in headless Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading

import pytest

from tests.conftest import ROOT
from tests.e2e.test_site import CHROMIUM, CHROMIUM_ARGS, _QuietHandler

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
    assert 'id="jz-pagefind"' in (site / "index.html").read_text(encoding="utf-8")


def test_a_reader_finds_a_person_and_a_topic(site):
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            tab = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
            errors = []
            tab.on("pageerror", lambda error: errors.append(str(error)))
            tab.goto(f"http://127.0.0.1:{server.server_address[1]}/")
            for query in ("徐衣显", "复工复产"):
                box = tab.locator("#jz-pagefind input")
                box.fill(query)
                tab.locator(".pagefind-ui__message", has_text=query).wait_for(timeout=15_000)
                tab.locator(".pagefind-ui__result").first.wait_for(timeout=15_000)
                assert query in tab.locator(".pagefind-ui__results").inner_text()
            browser.close()
            assert not errors, errors
    finally:
        server.shutdown()
        server.server_close()
