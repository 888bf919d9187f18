"""Article text is data: whatever it contains, the page shows it as written."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render.escape import md_text, md_url
from tests.render.builders import HOSTILE, fragment_html, visible_text


def _shown(text: str) -> tuple[str, str]:
    """The HTML of `text` escaped as one paragraph, and what a reader sees of it."""
    html = fragment_html(f"{md_text(text)}\n")
    return html, visible_text(html)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_one_plain_paragraph(text):
    html, shown = _shown(text)
    assert shown == " ".join(text.split())
    # No element but the paragraph itself: no heading, list, link, emphasis, script, image.
    assert html.startswith("<p>") and html.endswith("</p>")
    assert html.count("<") == 2, html


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_stays_text_in_a_heading_and_in_link_text(text):
    html = fragment_html(f"# {md_text(text)}\n\n[{md_text(text)}](page.md)\n")
    assert visible_text(html) == " ".join(text.split()) + " " + " ".join(text.split())
    assert html.count("<a ") == 1 and "<script" not in html and "<img" not in html


def test_newlines_are_folded_so_a_headline_stays_one_line():
    headline = md_text("第一行\n---\n第二行")
    assert headline == "第一行 --- 第二行"
    html = fragment_html(f"# {headline}\n")
    assert html.count("<") == 2 and html.startswith("<h1") and visible_text(html) == "第一行 --- 第二行"


def test_chinese_text_is_left_alone():
    text = "“多亏了‘首席服务官’，要不我们的企业还不知道啥时候才能复工。”（记者王言）"
    assert md_text(text) == text


@settings()
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from(list("#*_[]()<>&|!`\\{}-+=.:~^ \n")), max_size=60))
def test_any_text_shows_as_written(text):
    html, shown = _shown(text)
    assert shown == " ".join(text.split())
    assert html.count("<") in (0, 2)  # empty text renders nothing, otherwise one <p>


def test_links_are_relative_and_never_run_code():
    assert md_url("people/xu-yi-xian.md", "2020/02/21/a.md") == "../../../people/xu-yi-xian.md"
    assert md_url("2020/02/21/b.md", "2020/02/21/a.md") == "b.md"
    assert md_url("people/index.md", "index.md") == "people/index.md"
    for target in ("javascript:alert(1)", "/etc/passwd", "../secret.md", "https://x.test/"):
        with pytest.raises(ValueError):
            md_url(target, "index.md")


def test_link_targets_are_percent_encoded():
    assert md_url("people/a b(c).md", "index.md") == "people/a%20b%28c%29.md"


_DOCS_PATH = st.lists(st.sampled_from(["people", "2020", "02", "21", "xu-yi-xian", "index.md", "a.md", "undated"]),
                      min_size=1, max_size=5).map("/".join)


@given(_DOCS_PATH, _DOCS_PATH)
def test_relative_links_are_what_posixpath_computes(target, current):
    """The hand-made relative path (no os.getcwd per link) agrees with the library's."""
    import posixpath

    expected = posixpath.relpath(target, posixpath.dirname(current) or ".")
    assert md_url(target, current) == expected
