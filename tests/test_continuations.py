"""Continued articles joined across the pages of an issue (generator/continuations.py),
on the composed archive of two issues in tests/fixtures/continued (hand-written
expectations in its expected.yml) and on articles built by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.continuations import PageReference, joined_parts, join_continuations, page_reference
from generator.model import Article, Artifact, Page
from tests.conftest import FIXTURES
from tests.support.joins import parsed_pages, score

CONTINUED = FIXTURES / "continued"


@pytest.mark.parametrize("text, reference", [
    ("第三版①", PageReference(3, "①")), ("第二版", PageReference(2, "")), ("第 十 二 版", PageReference(12, "")),
    ("第3版②", PageReference(3, "②")), ("A2版", PageReference(2, "")), ("第二十版", PageReference(20, "")),
    ("其他", None),
])
def test_a_markers_page_reference_is_read_as_the_paper_numbers_pages(text, reference):
    assert page_reference(text) == reference


def test_every_continued_article_of_the_composed_issues_is_joined_and_no_other():
    joins, missing = score(CONTINUED)
    print(f"joins P {joins.precision:.3f} R {joins.recall:.3f}; missing pages P {missing.precision:.3f} R {missing.recall:.3f}")
    assert joins.found == joins.expected  # precision and recall 1.0 on the five joins
    assert missing.found == missing.expected


def test_a_join_links_both_ways_and_the_whole_article_reads_in_printed_order():
    pages = parsed_pages(CONTINUED)
    join_continuations(pages)
    by_id = {a.id: a for p in pages for a in p.articles}
    first = next(a for a in by_id.values() if a.title == "我市召开春季植树造林动员会")
    rest = by_id[first.continued_to_article]
    assert rest.source_file == "a_p3.txt" and rest.continued_from_article == first.id
    assert joined_parts(rest, by_id) == joined_parts(first, by_id) == [first, rest]


def _article(ident, page_file, title, paragraphs, continued_to="", continued_from=False, title_inferred=False):
    return Article(id=ident, source_file=page_file, first_line=1, last_line=5, title=title, title_inferred=title_inferred,
                   paragraphs=paragraphs, continued_to=continued_to, continued_from=continued_from,
                   issue_date=dt.date(2021, 4, 6))


def _page(name, number, articles, markers=(), day=dt.date(2021, 4, 6)):
    for article in articles:
        article.page, article.issue_date = number, day
    return Page(name, day, number, articles, [Artifact(1, text, "jump_marker", ident) for ident, text in markers], [])


def test_a_marker_naming_another_page_or_number_rules_a_candidate_out():
    jump = _article("j1", "p1.txt", "全市春耕生产有序推进", ["各地抢抓农时，"], continued_to="第三版①")
    wrong_page = _article("r1", "p3.txt", "全市春耕生产有序推进", ["播种小麦。"], continued_from=True)
    wrong_number = _article("r2", "p3.txt", "全市春耕生产有序推进", ["播种玉米。"], continued_from=True)
    pages = [_page("p1.txt", 1, [jump]),
             _page("p3.txt", 3, [wrong_page, wrong_number], [("r1", "（上接第二版①）"), ("r2", "（上接第一版②）")])]
    linked, problems = join_continuations(pages)
    assert not linked and not jump.continued_to_article
    assert [p.severity for p in problems] == ["info"] and "no article on that page" in problems[0].message


def test_the_same_headline_in_another_issue_is_never_joined():
    jump = _article("j1", "p1.txt", "全市春耕生产有序推进", ["各地抢抓农时，"], continued_to="第二版")
    other_day = _article("r1", "q2.txt", "全市春耕生产有序推进", ["播种小麦。"], continued_from=True)
    pages = [_page("p1.txt", 1, [jump]), _page("q2.txt", 2, [other_day], [("r1", "（上接第一版）")], day=dt.date(2021, 4, 7))]
    linked, problems = join_continuations(pages)
    assert not linked and not problems  # the issue of 4-06 has no second page here: the article page says so


def test_two_rests_that_nothing_tells_apart_are_not_joined_but_reported():
    jump = _article("j1", "p1.txt", "全市春耕生产有序推进", ["各地抢抓农时，"], continued_to="第二版")
    one = _article("r1", "p2.txt", "", ["甲乙丙丁。"], continued_from=True, title_inferred=True)
    two = _article("r2", "p2.txt", "", ["戊己庚辛。"], continued_from=True, title_inferred=True)
    pages = [_page("p1.txt", 1, [jump]), _page("p2.txt", 2, [one, two], [("r1", "（上接第一版）"), ("r2", "（上接第一版）")])]
    linked, problems = join_continuations(pages)
    assert not linked
    assert any(p.severity == "uncertain" and "more than one" in p.message for p in problems)
