"""Provenance, continued articles and corrections as a reader meets them, in headless
Chromium: the site of the two composed issues of tests/fixtures/continued (catalogued, with
jumps between their pages and a page missing), with a correction in its corrections.yml."""

from __future__ import annotations

import dataclasses
import shutil

import pytest

from generator.config import load_config
from generator.parse import segment
from generator.parse.labeller import load_model
from generator.pipeline import run
from tests.conftest import FIXTURES, ROOT
from tests.e2e.test_site import _shot, base_url, browser, page  # noqa: F401 - fixtures (base_url serves this module's site_dir)
from tests.support.mkdocs_site import build_site

pytestmark = pytest.mark.e2e

CONTINUED = FIXTURES / "continued"


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("continued-site")
    settings = tmp / "site_config"
    shutil.copytree(ROOT / "site_config", settings)
    shutil.copy(CONTINUED / "sources.yml", settings / "sources.yml")
    (tmp / "docs_templates").symlink_to(ROOT / "docs_templates")
    # 市区三条道路完成改造 (a_p1.txt, lines 27-31), its headline corrected.
    (settings / "corrections.yml").write_text("corrections:\n  - article: 4ebc1c631845\n    date: 2026-12-02\n"
                                              "    note: 标题漏字，据原版更正\n    title: 市区三条主干道路完成改造\n", encoding="utf-8")
    # The parser reports a label it is unsure of (a margin under the model's doubt_margin);
    # on these clean pages it is sure of every line, so the site is built with a wider
    # margin, under which the headline of b_p2.txt line 5 (margin about 5) is a doubt.
    model = load_model()
    wide = dataclasses.replace(model, about={**model.about, "doubt_margin": 6.0})
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(segment, "load_model", lambda: wide)
        run(CONTINUED, tmp / "docs", load_config(settings), workers=1)
    return build_site(tmp)


def _open_issue_article(page, base_url, day, title):
    page.goto(f"{base_url}2021/04/{day:02d}/")
    page.locator("article").get_by_role("link", name=title, exact=True).first.click()
    assert page.locator("h1").first.inner_text() == title


def test_a_continued_article_reads_whole_and_links_its_parts_both_ways(page, base_url):
    _open_issue_article(page, base_url, 6, "温县小麦春管全面展开")
    marks = page.locator(".jz-part")
    assert marks.count() == 2
    assert marks.nth(0).inner_text().startswith("第1版 · 本文")
    assert marks.nth(1).inner_text() == "下转第3版 · 小麦春管全面展开"
    text = page.locator("article").inner_text()
    assert "病虫害防治要点，" in text and "目前苗情长势良好。" in text  # both pages' text, in printed order
    assert text.index("病虫害防治要点，") < text.index("下转第3版") < text.index("目前苗情长势良好。")
    _shot(page, "joined")
    marks.nth(1).locator("a").click()
    assert page.locator("h1").first.inner_text() == "小麦春管全面展开"
    back = page.locator(".jz-part").nth(0)
    assert back.inner_text() == "上接第1版 · 温县小麦春管全面展开"
    back.locator("a").click()
    assert page.locator("h1").first.inner_text() == "温县小麦春管全面展开"


def test_a_jump_to_a_page_not_in_the_archive_says_so(page, base_url):
    _open_issue_article(page, base_url, 7, "焦新城际公交本月开通")
    assert page.locator(".jz-jump").inner_text() == "（下转第三版） 该版不在本档案中。"
    _open_issue_article(page, base_url, 7, "焦新城际公交线路设站十二个")
    assert page.locator(".jz-jump").inner_text() == "（上接第3版） 该版不在本档案中。"


def test_the_source_lines_are_one_click_away_marked_as_the_parser_labelled_them(page, base_url):
    _open_issue_article(page, base_url, 7, "植树造林推进会")
    page.locator("article li", has_text="原文").locator("a").click()
    assert page.locator("h1").first.inner_text() == "版面原文：b_p2.txt"
    target = page.locator("h2:target")
    assert target.inner_text() == "植树造林推进会"
    block = page.locator("h2:target + .jz-prov__link + * table.jz-prov, h2:target + .jz-prov__link + table.jz-prov")
    assert block.evaluate("t => getComputedStyle(t).outlineStyle") == "solid"  # the reader's article stands out
    rows = block.locator("tr:not(.jz-prov__problem)")
    assert rows.count() == 5  # b_p2.txt lines 1-5, as the file prints them
    first = rows.nth(0)
    assert first.locator("td").nth(1).inner_text() == "正文¶1 · 转版标记"
    assert first.locator("mark.jz-prov--jump_marker").inner_text() == "（上接第一版）"
    assert rows.nth(4).locator("td").nth(1).inner_text() == "标题"
    assert rows.nth(4).locator("td").nth(2).evaluate("td => getComputedStyle(td).fontWeight") == "700"
    doubt = block.locator("tr.jz-prov__problem.jz-prov--uncertain")
    assert doubt.count() == 1 and doubt.locator("td").nth(1).inner_text() == "存疑"
    assert "headline 5 is a guess" in doubt.inner_text()
    _shot(page, "provenance")


def test_a_corrected_article_keeps_its_address_and_says_what_changed(page, base_url):
    page.goto(f"{base_url}2021/04/06/shi-qu-san-tiao-dao-lu-wan-cheng-4ebc1c/")  # the URL made from the printed headline
    assert page.locator("h1").first.inner_text() == "市区三条主干道路完成改造"
    record = page.locator("#jz-corrections + ul").inner_text()
    assert "第 1 条更正（2026-12-02）：标题漏字，据原版更正" in record
    assert "标题：原为“市区三条道路完成改造”，改为“市区三条主干道路完成改造”" in record
