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


def test_every_subtopic_has_a_main_class_of_the_vocabulary(resources):
    classes = {rule.name for rule in resources.topic_classes}
    assert len(classes) == 17  # IPTC Media Topics' top level
    assert all(rule.parent in classes for rule in (*resources.topics, *resources.themes))
    names = [rule.name for rule in (*resources.topics, *resources.themes, *resources.topic_classes)]
    assert len(names) == len(set(names))  # one page per name


def test_a_tournament_is_sport_not_livelihood(resources):
    from generator.enrich.topics import classify

    a = article("首届太极拳交流大会在温县举行", "来自各地的运动员参加陈式太极拳比赛，比赛设老架、新架和器械项目，冠军队伍获得奖杯。")
    topics, classes = classify(a, resources)
    assert topics[0] == "太极拳" and classes[0] == "体育" and 1 <= len(classes) <= 3


def test_the_twelve_topics_give_their_main_class(resources):
    from generator.enrich.topics import classify

    a = article("我市加强疫情防控", "各卡点严格落实体温检测和排查登记，疫情防控指挥部要求群防群控。")
    topics, classes = classify(a, resources)
    assert topics[0] == "疫情防控" and classes[0] == "健康"


def test_weather_and_floods_have_their_own_classes(resources):
    from generator.enrich.topics import classify

    weather = article("明起气温回升", "据市气象台预报，冷空气过后气温回升，最高气温12摄氏度。")
    flood = article("全市防汛工作会议召开", "会议要求做好汛期防汛准备，储备防汛物资，及时处置险情，确保安全度汛。")
    assert classify(weather, resources)[1][0] == "天气"
    assert classify(flood, resources)[1][0] == "灾难、事故与突发事件"
