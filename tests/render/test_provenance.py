"""Provenance beside the text (generator/render/provenance.py): a page file's lines marked
as the parser labelled them, its doubts on their lines, the text escaped."""

from __future__ import annotations

import re

from generator.model import Article, Artifact, Page, Problem, SourceSpan
from generator.render import render_site
from generator.render.provenance import anchor, provenance_blocks, provenance_path
from tests.conftest import FIXTURES
from tests.render.builders import HOSTILE, article, make_config, to_html, visible_text
from tests.support.joins import parsed_pages


def _labels(block):
    return {row.number: row.label for row in block.rows}


def test_each_line_of_an_article_is_labelled_as_the_parser_took_it():
    page = next(p for p in parsed_pages(FIXTURES / "continued") if p.file == "a_p1.txt")
    blocks = provenance_blocks(page)
    first = blocks[0]
    assert first.article.title == "我市召开春季植树造林动员会"
    labels = _labels(first)
    # a_p1.txt, as written by hand: lead and byline on line 1, three paragraphs (1-3, 5-8,
    # 10-12), the jump marker closing line 12, the headline printed after the body on 14.
    assert labels[1] == "正文¶1 · 署名" and labels[3] == "正文¶1" and labels[4] == ""
    assert labels[5] == labels[8] == "正文¶2" and labels[12] == "正文¶3 · 转版标记" and labels[14] == "标题"
    marked = str(next(r.html for r in first.rows if r.number == 12))
    assert marked.endswith('<mark class="jz-prov__mark jz-prov--jump_marker" title="转版标记">（下转第三版①）</mark>')
    assert [b.article.title for b in blocks if b.article] == [a.title for a in page.articles]  # blank lines between: no block


def test_a_doubt_of_the_parser_is_shown_on_its_line_once():
    lines = ["本报讯（记者甲）会议召开。", "", "标题一 本报讯（记者乙）另一会议", "召开。", "", "标题二"]
    one = Article("a" * 12, "x.txt", 1, 3, title="标题一", headline_lines=SourceSpan(3, 3), paragraph_lines=[SourceSpan(1, 1)])
    two = Article("b" * 12, "x.txt", 3, 6, title="标题二", headline_lines=SourceSpan(6, 6), paragraph_lines=[SourceSpan(3, 4)])
    doubt = Problem("x.txt", 3, "headline 3 is a guess (margin 0.4)", "uncertain")
    page = Page("x.txt", None, None, [one, two], [Artifact(3, "本报讯（记者乙）", "byline", two.id)], [doubt], lines=lines)
    first, second = provenance_blocks(page)
    assert [r.number for r in first.rows] == [1, 2, 3] and [r.number for r in second.rows] == [3, 4, 5, 6]
    shared = [r for r in (*first.rows, *second.rows) if r.number == 3]
    assert [r.label for r in shared] == ["标题", "正文¶1 · 署名"]  # a glued headline: one line, two articles
    assert [len(r.problems) for r in shared] == [1, 0] and [r.anchor for r in shared] == [True, False]


def test_the_provenance_page_shows_hostile_lines_as_text_and_the_article_links_its_block(tmp_path):
    lines = [f"本报讯（记者甲）{text}" for text in HOSTILE[:8]] + ["", "会议召开"]
    hostile = article(id="c0ffee123456", source_file="hostile.txt", first_line=1, last_line=10,
                      paragraph_lines=[SourceSpan(1, 8)], headline_lines=SourceSpan(10, 10))
    page = Page("hostile.txt", hostile.issue_date, 1, [hostile], [Artifact(1, "本报讯（记者甲）", "byline", hostile.id)],
                [Problem("hostile.txt", 5, "<b>doubt</b> `code`", "uncertain")], lines=lines)
    written = render_site([hostile], [page], make_config(reference={}), tmp_path)
    path = provenance_path("hostile.txt")
    assert path in written
    meta, html = to_html((tmp_path / path).read_text(encoding="utf-8"))
    assert meta["search"] == {"exclude": True}
    assert not re.search(r"<(script|img|b|code|strong|em)\b", html)
    shown = visible_text(html)
    for text in HOSTILE[:8]:
        assert " ".join(text.split()) in shown, text  # (the byline before it is in a mark of its own)
    assert "存疑 <b>doubt</b> `code`" in shown
    assert f'id="{anchor(hostile)}"' in html and 'id="L5"' in html
    article_page = next(p for p in written if p.endswith("-c0ffee.md"))
    _, article_html = to_html((tmp_path / article_page).read_text(encoding="utf-8"))
    assert f'../../../{path[:-3]}.md#{anchor(hostile)}' in article_html and "解析存疑 1 处" in article_html
