"""Hostile text in page dumps stays text all the way to the built site: parse → enrich →
render → `mkdocs build` with the real theme, then the HTML is read as a browser would."""

from __future__ import annotations

import re

import pytest

from generator.config import load_config
from generator.parse.text import strip_headline_spaces, strip_layout_spaces
from generator.pipeline import run
from tests.conftest import ROOT
from tests.render.builders import visible_text
from tests.support.mkdocs_site import build_site

# Each string is printed in a headline and in a body paragraph of a composed page dump.
HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "[点我](javascript:alert(3))",
    "{{ 7*7 }}",
    "{% for x in y %}",
    "<!-- 注释 -->",
    "# 不是标题",
    "| 不 | 是表格 |",
    "* 不是列表",
    'a: "b" \'c\'',
]


def _page_dump() -> str:
    blocks = []
    for i, text in enumerate(HOSTILE, 1):
        blocks.append(f"本报讯（记者张{'一二三四五六七八九十'[i - 1]}）昨日，温县召开第{i}次会议，{text}会议要求，\n抓好落实。\n\n{text}会议召开\n")
    return "\n".join(blocks)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    seeds = tmp / "seeds"
    seeds.mkdir()
    (seeds / "hostile.txt").write_text(_page_dump(), encoding="utf-8")
    run(seeds, tmp / "docs", load_config(ROOT / "site_config"))
    return build_site(tmp)


def _article_pages(site):
    """The page dump names no date, so its articles are filed under undated/."""
    return sorted(p for p in (site / "undated").rglob("index.html") if p.parent != site / "undated")


def test_every_hostile_string_is_shown_as_written(site):
    pages = _article_pages(site)
    assert len(pages) == len(HOSTILE)
    shown = " ".join(visible_text(p.read_text(encoding="utf-8")) for p in pages)
    for text in HOSTILE:
        # As the parser cleans printed text: layout spaces between Chinese, digits and
        # punctuation go (`{{ 7*7 }}` → `{{7*7}}`), spaces next to Latin words stay.
        assert strip_headline_spaces(f"{text}会议召开") in shown, text  # the headline
        assert strip_layout_spaces(f"，{text}会议要求") in shown, text  # the body


def test_no_executable_markup_from_the_text(site):
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "<script>alert" not in html
        assert not re.search(r"<img[^>]*onerror", html)
        assert not re.search(r"""href=["']?javascript:""", html)
        assert "49会议" not in html  # {{ 7*7 }} was not evaluated
