"""The built-in search's extra terms: the pieces a browser cuts a query into, and dates in
the forms readers type (issue 13: search misses compound words and every form of a date)."""

from __future__ import annotations

import json
import re

from generator.render.search_terms import FIELD, add_search_terms, cut_forms, date_terms, page_terms, word_parts

SEPARATOR = re.compile(r"[\s\u200b\-，。、；：？！“”‘’（）《》]+")


def _cut_for_search(word):
    """jieba's search mode on the words of these tests, written out by hand."""
    return {"医护人员": ["医护", "护人", "人员", "医护人员"], "人民医院": ["人民", "医院", "人民医院"],
            "疫情防控": ["疫情", "防控", "疫情防控"], "焦作市人民医院": ["焦作", "焦作市", "人民", "医院"]}.get(word, [word])


def test_a_printed_date_gives_the_forms_readers_type():
    assert date_terms("2月20日上午", 2020) == ["2月20日", "20日", "2020年2月20日"]
    assert date_terms("2019年12月1日，", None) == ["12月1日", "1日", "2019年12月1日"]  # the printed year wins
    assert date_terms("2月20日", None) == ["2月20日", "20日"]  # an undated page: no year to add
    assert date_terms("第2版", 2020) == []


def test_a_long_word_gives_its_dictionary_words():
    assert word_parts(["医护人员", "上午", "徐衣显"], _cut_for_search) == ["医护", "护人", "人员"]


def test_a_word_gives_what_the_browser_keeps_of_it_as_a_query():
    """The theme's browser cut never looks at a query's last character: 医护人员 is searched
    as 医护人*, so the index holds 医护人 where 医护人员 is printed."""
    assert cut_forms([["医护人员"]], _cut_for_search) == ["医护人"]
    assert cut_forms([["刘", "涛"], ["上午"]], _cut_for_search) == []  # pieces of one or two characters find too much


def test_two_words_side_by_side_give_the_piece_of_a_query_that_prints_both():
    # 人民 医院 cut apart: 人民医院 is searched as 人民医*.
    assert cut_forms([["人民", "医院"]], _cut_for_search) == ["人民医"]
    # A query may start inside a word where a dictionary word of it starts: 防控指挥部 in 疫情防控 指挥部.
    assert cut_forms([["疫情防控", "指挥部"]], _cut_for_search) == ["疫情防", "疫情防控指挥", "防控指挥"]
    assert cut_forms([["焦作市人民医院"]], _cut_for_search) == ["焦作市人民医", "人民医"]


def test_punctuation_parts_words_a_query_would_not_join():
    assert cut_forms([["人民"], ["医院"]], _cut_for_search) == []  # 人民，医院


def test_page_terms_leave_out_what_the_entry_holds_and_repeat_nothing():
    # As the theme stores it: jieba's words separated by U+200B (it cuts a date into 2 / 月 / 20 / 日).
    text = "<p>2\u200b月\u200b20\u200b日\u200b上午\u200b，\u200b医护人员\u200b和\u200b人员\u200b。\u200b2\u200b月\u200b20\u200b日</p>"
    assert page_terms("", text, SEPARATOR, _cut_for_search, 2020) == ["医护", "护人", "医护人", "2月20日", "20日", "2020年2月20日"]


def test_the_theme_index_gets_a_terms_field_and_its_config(tmp_path):
    index = {
        "config": {"lang": ["zh"], "separator": SEPARATOR.pattern, "pipeline": [], "fields": {"title": {"boost": 1000.0}}},
        "docs": [
            {"location": "2020/02/21/a/", "title": "医护人员\u200b返岗", "text": "<p>2\u200b月\u200b20\u200b日\u200b上午</p>"},
            {"location": "2020/02/21/a/#相关", "title": "相关", "text": "<p>人民医院</p>"},
            {"location": "people/x/", "title": "某人", "text": "<p>一篇</p>"},
        ],
    }
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
    assert add_search_terms(tmp_path, {"2020/02/21/a/": 2020}, _cut_for_search)
    written = json.loads((tmp_path / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert written["config"]["fields"][FIELD] == {"boost": 1}
    docs = written["docs"]
    assert docs[0][FIELD].split("\u200b") == ["医护", "护人", "人员", "医护人", "医护人员返", "人员返", "2月20日", "20日", "2020年2月20日"]
    assert docs[1][FIELD].split("\u200b") == ["人民", "医院", "人民医"]  # a section of the page, no date
    assert FIELD not in docs[2]
    assert not add_search_terms(tmp_path / "elsewhere", {}, _cut_for_search)  # Pagefind: no theme index


def test_topic_names_leave_the_tags_people_stay(tmp_path):
    index = {"config": {"separator": "[\\s\\u200b]+", "fields": {"title": {"boost": 1000}, "text": {"boost": 1}, "tags": {"boost": 1000000}}},
             "docs": [{"location": "2020/02/21/a/", "title": "会议", "text": "<p>会议</p>", "tags": ["王小平", "人大政协", "政治"]}]}
    site = tmp_path / "site"
    (site / "search").mkdir(parents=True)
    (site / "search" / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
    assert add_search_terms(site, {}, lambda word: [word], {"人大政协", "政治", "疫情防控"})
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert docs[0]["tags"] == ["王小平"]
