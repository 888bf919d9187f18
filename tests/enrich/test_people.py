"""People and roles, on sentences composed for the tests with names in no people file."""

import pytest

from generator.enrich.people import find_people
from generator.model import Article


def article(*paragraphs, title="", **fields):
    return Article(id="t", source_file="t.txt", first_line=1, last_line=1, title=title, paragraphs=list(paragraphs), **fields)


def names(found):
    return [m.name for m in found]


def test_enumeration_after_a_list_title(bare_resources):
    a = article("县领导郜红旗、禹晓东、荆卫国、靳文一同调研。")
    assert names(find_people(a, bare_resources)) == ["郜红旗", "禹晓东", "荆卫国", "靳文"]


def test_titles_before_a_name_are_its_roles(bare_resources):
    found = find_people(article("博爱县委副书记、县长尚立新主持会议，副县长闫可出席。"), bare_resources)
    assert names(found) == ["尚立新", "闫可"]
    assert found[0].roles == ("博爱县委副书记", "县长")
    assert found[1].roles == ("副县长",)


def test_speaker_before_a_speech_verb(bare_resources):
    found = find_people(article("会上，逯春雨表示，要抓好春耕生产。"), bare_resources)
    assert names(found) == ["逯春雨"]


def test_name_split_by_the_layout_is_one_name_after_reflow(bare_resources):
    # Reflow has joined 温县县委书记欧阳 / 明远 before enrichment sees the text.
    assert names(find_people(article("温县县委书记欧阳明远到黄庄镇调研。"), bare_resources)) == ["欧阳明远"]


def test_byline_people_are_not_story_people(bare_resources):
    a = article("村民韩小满说：“今年收成好。”", reporters=["韩小满"])
    assert names(find_people(a, bare_resources)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "要求企业负责人严格落实疫情防控措施。",
        "全体党员干部要深入贯彻落实会议精神。",
        "习近平总书记关于疫情防控工作的重要指示。",
        "高尚小区和张庄村的居民都测量体温。",
        "焦作的“钟南山”——副院长在一线。",
    ],
)
def test_common_words_are_not_names(sentence, bare_resources):
    assert names(find_people(article(sentence), bare_resources)) == [n for n in ["习近平"] if n in sentence]


def test_known_people_are_found_without_a_title(resources):
    assert "王小平" in names(find_people(article("王小平在讲话中指出，要坚定信心。"), resources))
