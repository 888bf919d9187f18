"""Related articles: others sharing people, places and topics, scored and ordered the same way
every run, found through inverted indexes (each article looks at its nearest neighbours on
each facet's list, never at the whole archive)."""

from __future__ import annotations

import datetime as dt
import time

from generator.render import render_site
from generator.render.related import related_articles
from generator.slugs import article_path
from tests.render.builders import article, make_config, to_html

D = dt.date


def _a(id_, day, line=1, **facets):
    return article(id=id_, title=f"文章{id_}", issue_date=day, first_line=line, **facets)


def test_a_shared_person_outweighs_a_shared_topic_and_place():
    # Weights: a person 3, a district 1, a topic 1.
    base = _a("base00000000", D(2020, 2, 21), people=["王小平"], districts=["武陟县"], topics=["复工复产"])
    person = _a("person000000", D(2020, 2, 26), people=["王小平"])
    place_and_topic = _a("place0000000", D(2020, 2, 22), districts=["武陟县"], topics=["复工复产"])
    unrelated = _a("other0000000", D(2020, 2, 21), line=50, people=["徐衣显"], topics=["脱贫攻坚"])
    related = related_articles([base, place_and_topic, person, unrelated])
    assert [a.id for a in related["base00000000"]] == ["person000000", "place0000000"]
    assert related["other0000000"] == []  # shares nothing: lists nothing


def test_ties_go_to_the_nearer_issue_then_to_printed_order():
    base = _a("base00000000", D(2020, 2, 21), topics=["疫情防控"])
    far = _a("far000000000", D(2020, 3, 21), topics=["疫情防控"])
    near_late = _a("nearlate0000", D(2020, 2, 23), line=9, topics=["疫情防控"])
    near_early = _a("nearearly000", D(2020, 2, 23), line=1, topics=["疫情防控"])
    before = _a("before000000", D(2020, 2, 19), topics=["疫情防控"])
    ordered = [before, base, near_early, near_late, far]
    assert [a.id for a in related_articles(ordered)["base00000000"]] == [
        "before000000", "nearearly000", "nearlate0000", "far000000000"]  # 2, 2 (printed first), 2, 28 days


def test_never_itself_nor_a_reprint_of_itself_and_at_most_five():
    items = [_a(f"id{i:010d}", D(2020, 2, 1 + i), people=["王小平"]) for i in range(9)]
    related = related_articles(items)
    for a in items:
        assert a not in related[a.id]
        assert len(related[a.id]) == 5


def test_only_the_nearest_on_each_list_are_looked_at():
    """The bound: with a window of 2, an article shares a topic with the tenth one along
    the topic's list but never sees it; a shared person brings it back."""
    items = [_a(f"id{i:010d}", D(2020, 1, 1) + dt.timedelta(days=i), topics=["疫情防控"]) for i in range(12)]
    related = related_articles(items, window=2)
    assert {a.id for a in related["id0000000000"]} == {"id0000000001", "id0000000002"}
    items[10].people, items[0].people = ["王小平"], ["王小平"]
    assert "id0000000010" in {a.id for a in related_articles(items, window=2)["id0000000000"]}


def test_a_topic_of_many_thousand_articles_costs_what_a_small_one_does():
    """No all-pairs: 20,000 articles on one topic are done in a few seconds (all pairs would
    be 200 million comparisons)."""
    items = [_a(f"id{i:010d}", D(2000, 1, 1) + dt.timedelta(days=i // 4), line=i % 4, topics=["疫情防控"], districts=["武陟县"])
             for i in range(20_000)]
    start = time.perf_counter()
    related = related_articles(items)
    assert time.perf_counter() - start < 20
    assert len(related) == 20_000 and all(len(v) == 5 for v in related.values())


def test_the_same_archive_gives_the_same_lists():
    items = [_a(f"id{i:010d}", D(2020, 2, 1 + i % 5), line=i, people=["王小平"] if i % 2 else [], topics=["疫情防控"])
             for i in range(20)]
    first = {k: [a.id for a in v] for k, v in related_articles(items).items()}
    second = {k: [a.id for a in v] for k, v in related_articles(list(items)).items()}
    assert first == second


def test_the_article_page_lists_them_and_an_unrelated_one_lists_none(tmp_path):
    base = _a("base00000000", D(2020, 2, 21), people=["王小平"])
    follow = article(id="follow000000", title="王小平再赴武陟调研", issue_date=D(2020, 2, 26), people=["王小平"])
    alone = _a("alone0000000", D(2020, 2, 21), line=40)
    docs = tmp_path / "docs"
    render_site([base, follow, alone], [], make_config(), docs)
    _, html = to_html((docs / article_path(base)).read_text(encoding="utf-8"))
    assert 'id="jz-related"' in html
    assert '<a href="../26/wang-xiao-ping-zai-fu-wu-zhi-diao-follow.md">王小平再赴武陟调研</a>' in html
    assert "2020年2月26日 第1版 · " in html
    assert 'id="jz-related"' not in to_html((docs / article_path(alone)).read_text(encoding="utf-8"))[1]


def test_a_new_related_article_in_another_issue_renders_the_page_again(tmp_path):
    """The page's fingerprint covers its related list, not only its own issue."""
    base = _a("base00000000", D(2020, 2, 21), people=["王小平"])
    between = _a("between00000", D(2020, 2, 26))  # the next issue, in both runs: its link stays
    docs = tmp_path / "docs"
    render_site([base, between], [], make_config(), docs)
    page = docs / article_path(base)
    assert "jz-related" not in page.read_text(encoding="utf-8")
    later = _a("later0000000", D(2020, 3, 2), people=["王小平"])
    render_site([base, between, later], [], make_config(), docs)
    assert "later0" in page.read_text(encoding="utf-8")
