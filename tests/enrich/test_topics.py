"""Topics from the controlled vocabulary: 1 to 4, the most central first."""

from generator.enrich.topics import assign_topics, keyword_hits
from generator.model import Article


def article(title, *paragraphs):
    return Article(id="t", source_file="t.txt", first_line=1, last_line=1, title=title, paragraphs=list(paragraphs))


def test_longer_keyword_hides_the_shorter_inside_it():
    assert keyword_hits("复工复产和复工", {"复工复产": 3, "复工": 1}) == {"复工复产": 1, "复工": 1}


def test_headline_decides_the_first_topic(resources):
    a = article("博爱县抢抓农时推进春耕生产", "全县组织农机具下田，做好疫情防控的同时抓好小麦田间管理和春播备耕。")
    topics = assign_topics(a, resources.topics, resources.topic_selection)
    assert topics[0] == "农业农村" and 1 <= len(topics) <= 4


def test_every_topic_is_in_the_vocabulary(resources):
    vocabulary = {rule.name for rule in resources.topics}
    assert len(vocabulary) == 12
    a = article("温县召开统一战线工作会议", "县委统战部、县工商联、各民主党派负责人出席会议，部署助力复工复产工作。")
    assert set(assign_topics(a, resources.topics, resources.topic_selection)) <= vocabulary
    assert assign_topics(a, resources.topics, resources.topic_selection)[0] == "统一战线"
