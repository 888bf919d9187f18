"""The search dictionary loaded word by word (render/search_dict.load_search_words): a word
changes how the search's jieba cuts a text only where the text holds it, which is what lets
a dirty build render again only the pages that hold a new name."""

from __future__ import annotations

import jieba

from generator.render.search_dict import load_search_words

# Texts of the kind the archive prints; none holds the names below.
TEXTS = [
    "市委书记到孟州市调研产业集聚区建设，要求各级各部门抓好项目落实。",
    "春节期间，全市各景区接待游客超过百万人次，旅游收入同比增长。",
    "记者从市气象台获悉，明天起我市将迎来一次明显降温过程，局部有雨雪。",
]


def _tokenizer(tmp_path, words: list[str], name: str) -> tuple[jieba.Tokenizer, dict[str, int]]:
    path = tmp_path / name
    path.write_text("".join(f"{w}\n" for w in words), encoding="utf-8")
    tokenizer = jieba.Tokenizer()
    return tokenizer, load_search_words(tokenizer, str(path))


def test_a_new_word_cuts_no_text_without_it_otherwise(tmp_path):
    before, _ = _tokenizer(tmp_path, ["郜红旗", "复工复产"], "a.txt")
    after, weights = _tokenizer(tmp_path, ["郜红旗", "复工复产", "闫志刚", "牛庆岭"], "b.txt")
    assert after.total == before.total  # the main dictionary's total, whatever was added
    for text in TEXTS:
        assert list(after.cut(text)) == list(before.cut(text))
        assert list(after.cut_for_search(text)) == list(before.cut_for_search(text))
    # Where the text holds the new name, it is one term.
    assert "闫志刚" in list(after.cut("昨日，闫志刚到温县调研。"))
    # Each word is weighed against the main dictionary alone: the same in both loads.
    assert weights["郜红旗"] == load_search_words(jieba.Tokenizer(), str(tmp_path / "a.txt"))["郜红旗"]


def test_a_missing_dictionary_adds_nothing(tmp_path):
    tokenizer = jieba.Tokenizer()
    assert load_search_words(tokenizer, str(tmp_path / "none.txt")) == {}
