"""Invariants on any input: the parser never crashes, loses nothing, and is deterministic."""

from __future__ import annotations

from dataclasses import asdict

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.parse import parse_page_text

# Pieces of real pages, so that generated text hits the parser's rules, not only noise.
PIECES = [
    "本报讯", "（记者张三）", "（记 者 李 四）", "本报记者 王 五", "本报通讯员 赵六", "李 欣 摄", " 摄",
    "（下转第二版）", "（上接第一版）", "①5", "（孟轩）", "——", "“", "”", "，", "。", "、", "！", "？", "：",
    "2 月 20 日", "昨日", "温县", "召开会议", "市领导刘涛、王建修", "APP", "5G", " ", "  ", "\n", "\n\n",
    "\r\n", "\t", "\u3000", "（", "）", "《决定》", "①", "……",
]
page_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=120).map("".join)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(page_text)
@example("李 欣 摄\n0")  # a credit before its headline: the article's range kept its order
@example("（记者张三）李 欣 摄）")  # a glued credit's closing bracket was in no artifact
def test_arbitrary_page_text_never_crashes_and_loses_nothing(text):
    page = parse_page_text(text, "fuzz.txt")
    assert page.covered == page.characters, [str(p) for p in page.problems]
    for article in page.articles:
        assert article.first_line <= article.last_line
        assert all(p == p.strip() and p for p in article.paragraphs)
        assert "\n" not in article.title


@settings()
@given(st.text(max_size=400))
def test_any_unicode_text_parses(text):
    page = parse_page_text(text, "fuzz.txt")
    assert page.covered == page.characters


@settings()
@given(page_text)
def test_same_input_same_output(text):
    first, second = parse_page_text(text, "a.txt"), parse_page_text(text, "a.txt")
    assert [asdict(a) for a in first.articles] == [asdict(a) for a in second.articles]
    assert first.artifacts == second.artifacts
