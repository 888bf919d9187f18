"""The site's structure: printed order, and who appears where and with whom."""

from __future__ import annotations

import datetime as dt

from generator.config import Reference, reference_from
from generator.render.catalog import build_catalog
from tests.render.builders import REFERENCE, article

FEB21, FEB26 = dt.date(2020, 2, 21), dt.date(2020, 2, 26)


def _issue_articles():
    """Page 2 lead, page 1 second story, page 1 lead, a later issue: given out of order."""
    return [
        article(id="p2lead", page=2, first_line=1, issue_date=FEB21),
        article(id="p1second", page=1, first_line=95, issue_date=FEB21),
        article(id="later", page=1, first_line=1, issue_date=FEB26),
        article(id="p1lead", page=1, first_line=10, issue_date=FEB21),
        article(id="undated", page=None, issue_date=None),
    ]


def test_articles_in_printed_order_issue_then_page_then_position():
    catalog = build_catalog(_issue_articles(), Reference())
    assert [a.id for a in catalog.articles] == ["p1lead", "p1second", "p2lead", "later", "undated"]


def test_previous_and_next_stay_inside_one_issue_and_cross_pages():
    catalog = build_catalog(_issue_articles(), Reference())
    ids = {k: tuple(a.id if a else None for a in v) for k, v in catalog.neighbours.items()}
    assert ids["p1lead"] == (None, "p1second")
    assert ids["p1second"] == ("p1lead", "p2lead")
    assert ids["p2lead"] == ("p1second", None)
    assert ids["later"] == (None, None)


def test_issues_group_pages_and_undated_articles_are_kept_apart():
    catalog = build_catalog(_issue_articles(), Reference())
    assert [issue.day for issue in catalog.issues] == [FEB21, FEB26]
    assert [(p.number, [a.id for a in p.articles]) for p in catalog.issues[0].pages] == [
        (1, ["p1lead", "p1second"]), (2, ["p2lead"])]
    assert [a.id for a in catalog.undated] == ["undated"]


def test_a_person_keeps_each_printed_role_with_the_articles_and_dates_that_print_it():
    articles = [
        article(id="a", issue_date=FEB21, people=["王小平", "徐衣显"],
                people_roles={"王小平": ["市委书记", "市人大常委会主任"]}),
        article(id="b", issue_date=FEB26, people=["王小平", "徐衣显", "刘涛"],
                people_roles={"王小平": ["市委书记"]}),
        article(id="c", issue_date=FEB26, people=["刘涛"]),
    ]
    person = build_catalog(articles, Reference()).people["王小平"]
    assert [a.id for a in person.articles] == ["a", "b"]
    assert {role: [a.issue_date for a in arts] for role, arts in person.roles.items()} == {
        "市委书记": [FEB21, FEB26], "市人大常委会主任": [FEB21]}
    assert person.companions == [("徐衣显", 2), ("刘涛", 1)]


def test_people_are_in_pinyin_order_with_their_initial():
    catalog = build_catalog([article(people=["张涛", "安培", "王小平", "吕沛"])], Reference())
    assert list(catalog.people) == ["安培", "吕沛", "王小平", "张涛"]
    assert [p.initial for p in catalog.people.values()] == ["A", "L", "W", "Z"]


def test_districts_follow_the_gazetteer_and_take_its_slugs_places_and_local_people():
    articles = [
        article(id="a", districts=["武陟县"], primary_district="武陟县", people=["秦迎军", "申琳"]),
        article(id="b", districts=[], primary_district="武陟县", people=["秦迎军"]),
        article(id="c", districts=["温县"], primary_district="市级"),
    ]
    catalog = build_catalog(articles, reference_from(REFERENCE))
    assert list(catalog.districts) == ["武陟县", "温县"]
    wuzhi = catalog.districts["武陟县"]
    assert wuzhi.path == "districts/wuzhi.md" and wuzhi.kind == "county"
    assert [a.id for a in wuzhi.articles] == ["a", "b"]  # the primary district counts too
    assert [p.name for p in wuzhi.places] == ["木城街道", "詹店镇", "嘉应观"]
    assert wuzhi.people == [("秦迎军", 2), ("申琳", 1)]
    assert "市级" not in catalog.districts


def test_topics_keep_the_configured_order_and_descriptions():
    catalog = build_catalog([article(topics=["疫情防控", "复工复产"])], reference_from(REFERENCE))
    assert list(catalog.topics) == ["复工复产", "疫情防控"]
    assert catalog.topics["复工复产"].description == "企业复工复产。"
    assert catalog.topics["复工复产"].path == "topics/fugong-fuchan.md"


def test_missing_or_odd_reference_data_degrades_to_names_from_the_articles():
    articles = [article(districts=["武陟县"], topics=["复工复产"], people=["徐衣显"])]
    # A file that is not a mapping ("topics": "oops") is refused when loaded (tests/test_config.py).
    for reference in ({}, {"districts": None, "people": {"people": None}}):
        catalog = build_catalog(articles, reference_from(reference))
        assert catalog.districts["武陟县"].path == "districts/wu-zhi-xian.md"
        assert catalog.topics["复工复产"].path == "topics/fu-gong-fu-chan.md"
        assert catalog.people["徐衣显"].path == "people/xu-yi-xian.md"


def test_a_person_page_lists_the_registers_roles_over_time():
    reference = {"people": {"people": [{"name": "吕沛", "district": "孟州市", "roles": [
        {"role": "党工委书记", "unit": "示范区", "seen": "2022-04", "source": "page B"},
        {"role": "市长", "unit": "孟州市", "seen": "2020-02"},
        {"role": "市委书记", "unit": "焦作市", "from": "2013-04", "to": "2016-05", "source": "page A"},
    ]}]}}
    person = build_catalog([article(people=["吕沛"])], reference_from(reference)).people["吕沛"]
    assert [(p.role, p.unit, p.term, p.source) for p in person.posts] == [
        ("市委书记", "焦作市", "2013-04 至 2016-05", "page A"),
        ("市长", "孟州市", "见报 2020-02", ""),
        ("党工委书记", "示范区", "见报 2022-04", "page B"),
    ]


def test_a_subtopic_links_its_main_class_and_the_class_lists_its_articles():
    reference = {"topics": {
        "topics": [{"name": "复工复产", "slug": "fugong-fuchan", "class": "经济"}],
        "themes": [{"name": "体育赛事", "slug": "tiyu-saishi", "class": "体育"}],
        "classes": [{"name": "经济", "slug": "jingji", "code": "medtop:04000000"},
                    {"name": "体育", "slug": "tiyu", "code": "medtop:15000000"}],
    }}
    a = article(id="a", topics=["体育赛事"], topic_classes=["体育"])
    topics = build_catalog([a], reference_from(reference)).topics
    assert list(topics) == ["复工复产", "体育赛事", "经济", "体育"]
    assert topics["体育赛事"].parent == "体育" and topics["体育"].children == ["体育赛事"]
    assert topics["体育"].code == "medtop:15000000" and [x.id for x in topics["体育"].articles] == ["a"]
