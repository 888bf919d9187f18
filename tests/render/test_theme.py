"""Through the real theme: Material prints titles and tag names outside the Markdown, so the
overrides in docs_templates/overrides must keep hostile text inert there too."""

from __future__ import annotations

import json

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.render import render_site
from tests.conftest import ROOT
from tests.render.builders import article, make_config

HOSTILE = '</title><script>alert(1)</script><img src=x onerror=alert(2)> "引号" {{ 7*7 }}'


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The site of one hostile article (and its neighbour), built by MkDocs in strict mode."""
    tmp = tmp_path_factory.mktemp("theme")
    hostile = article(id="bad0123456", title=HOSTILE, paragraphs=[HOSTILE], people=[HOSTILE],
                      districts=[HOSTILE], topics=[HOSTILE])
    plain = article(id="ok01234567", first_line=50, paragraphs=["市长徐衣显到武陟县调研复工复产。"],
                    people=["徐衣显"], districts=["武陟县"], topics=["复工复产"])
    # A kicker is printed above the headline, so the H1 is not the page's first element.
    kicker = article(id="kick012345", first_line=80, kicker="抗疫一线", title="医用材料忙赶制",
                     paragraphs=["企业加班生产。"])
    hostile_kicker = article(id="kbad012345", first_line=120, kicker="引题", title=HOSTILE, paragraphs=["正文。"])
    # Names in the order the article gives them, which is not their code-point order.
    tagged = article(id="tags012345", first_line=160, title="三人调研", paragraphs=["王小平、徐衣显、万英奎到温县、武陟县调研。"],
                     people=["王小平", "徐衣显", "万英奎"], districts=["温县", "武陟县"], topics=["疫情防控", "复工复产"])
    render_site([hostile, plain, kicker, hostile_kicker, tagged], [], make_config(reference={}), tmp / "docs")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(tmp)  # mkdocs.yml names the jieba dictionary relative to the working folder
        config = load_config(str(ROOT / "mkdocs.yml"), docs_dir=str(tmp / "docs"), site_dir=str(tmp / "site"),
                             strict=True)
        config.plugins["jiaozuo-archive"].config.enabled = False  # the pages are already there
        build(config)
    return tmp / "site"


def _html_files(site):
    return [p for p in site.rglob("*.html")]


def test_no_page_carries_live_markup_from_the_article(built):
    for page in _html_files(built):
        html = page.read_text(encoding="utf-8")
        for live in ("<script>alert", "<img src=x", "onerror=alert(2)>", "</title><script"):
            assert live not in html, f"{page.relative_to(built)} contains {live}"


def test_title_and_tag_chips_show_the_text(built):
    page = next(p for p in _html_files(built) if "bad012" in p.parent.name)
    html = page.read_text(encoding="utf-8")
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'class="md-tag jz-tag--person">&lt;/title&gt;&lt;script&gt;' in html
    assert 'class="md-tag jz-tag--district">&lt;/title&gt;' in html


def test_search_index_has_the_article_and_its_tags(built):
    index = json.loads((built / "search/search_index.json").read_text(encoding="utf-8"))
    docs = [d for d in index["docs"] if "bad012" in d["location"] and "#" not in d["location"]]
    assert docs and docs[0]["tags"] == [HOSTILE]  # once, though it is person, district and topic
    assert "<script>" not in docs[0]["title"]


def test_jieba_keeps_names_and_topics_whole_in_the_search_index(built):
    """The generated user dictionary: 徐衣显, 武陟县 and 复工复产 are single search terms."""
    index = json.loads((built / "search/search_index.json").read_text(encoding="utf-8"))
    text = next(d["text"] for d in index["docs"] if "ok0123" in d["location"] and "#" not in d["location"])
    terms = text.replace("<p>", "").replace("</p>", "").split("\u200b")
    for word in ("徐衣显", "武陟县", "复工复产"):
        assert word in terms, terms


def _page_of(built, article_id):
    return next(p for p in _html_files(built) if article_id[:6] in p.parent.name).read_text(encoding="utf-8")


def test_an_article_with_a_kicker_is_titled_by_its_headline(built):
    """Tab, header and search result show the headline, not the file name's pinyin."""
    html = _page_of(built, "kick012345")
    assert "<title>医用材料忙赶制 - 焦作日报 文章档案</title>" in html
    header = html.split('<div class="md-header__topic" data-md-component="header-topic">', 1)[1].split("</div>", 1)[0]
    assert "医用材料忙赶制" in header
    index = json.loads((built / "search/search_index.json").read_text(encoding="utf-8"))
    titles = [d["title"].replace("\u200b", "") for d in index["docs"] if "kick01" in d["location"] and "#" not in d["location"]]
    assert titles == ["医用材料忙赶制"]  # jieba segments it with U+200B


def test_a_hostile_headline_under_a_kicker_stays_text_in_title_and_header(built):
    html = _page_of(built, "kbad012345")
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html
    header = html.split('<div class="md-header__topic" data-md-component="header-topic">', 1)[1].split("</div>", 1)[0]
    assert "&lt;/title&gt;&lt;script&gt;alert(1)" in header


def test_tag_chips_follow_the_article_and_link_to_pages_that_exist(built):
    import re
    from urllib.parse import unquote, urljoin

    page = next(p for p in _html_files(built) if "tags01" in p.parent.name)
    html = page.read_text(encoding="utf-8")
    chips = re.findall(r'<a href="([^"]*)" class="md-tag jz-tag--(\w+)">([^<]*)</a>', html)
    assert [(kind, name) for _, kind, name in chips] == [
        ("person", "王小平"), ("person", "徐衣显"), ("person", "万英奎"),
        ("district", "温县"), ("district", "武陟县"), ("topic", "疫情防控"), ("topic", "复工复产")]
    base = page.relative_to(built).as_posix()
    for href, _, name in chips:
        assert "#" not in href, href
        target = built / unquote(urljoin(base, href)).lstrip("/")
        assert (target / "index.html").is_file(), href
        assert name in (target / "index.html").read_text(encoding="utf-8")
