"""The people finder reads its word lists from site_config/word_lists.yml: a word added
there is a word the finder knows, with no change to the code."""

from dataclasses import replace

from generator.config.words import WordGroup, WordLists
from generator.enrich.finder_words import finder_words
from generator.enrich.people import find_people
from generator.model import Article


def article(text):
    return Article(id="t", source_file="t.txt", first_line=1, last_line=1, paragraphs=[text])


def test_a_speech_verb_added_to_the_word_lists_finds_its_speaker(bare_resources, config):
    text = "会上，逯春雨宣称，要抓好春耕生产。"  # 宣称 is in no list of the project
    assert [m.name for m in find_people(article(text), bare_resources)] == []
    lists = replace(config.reference.words, speech_verbs=(WordGroup("a test's verb", ("宣称",)),))
    added = replace(bare_resources, finder=finder_words(lists))
    assert [m.name for m in find_people(article(text), added)] == ["逯春雨"]


def test_empty_word_lists_match_nothing():
    finder = finder_words(WordLists())
    for pattern in (finder.after_name, finder.speech, finder.sentence_words, finder.not_after_person):
        assert pattern.search("周涛表示，小区的会上") is None
