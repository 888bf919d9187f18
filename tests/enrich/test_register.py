"""The people register: posts with their terms, read from people.yml's shape."""

import datetime as dt

from generator.config import reference_from
from generator.enrich.register import SEEN_MARGIN_MONTHS, load_register

PEOPLE = {"people": [
    {"name": "甲书记", "roles": [
        {"role": "县委书记", "unit": "温县", "from": "2013-04", "to": "2016-06"},
        {"role": "市委常委", "unit": "焦作市", "from": "2016-07"},
        {"role": "县委书记", "unit": "修武县", "from": "2016-07", "to": "2021-09"},
    ]},
    {"name": "乙县长", "roles": [{"role": "县长", "unit": "温县人民政府", "seen": ["2014-01", "2014-03"]}]},
    {"name": "丙省长", "roles": [{"role": "省长", "unit": "河南省"}]},
]}


def place_of(unit):
    return "温县" if unit.startswith("温县") else "修武县" if unit.startswith("修武") else "焦作市" if unit.startswith("焦作") else ""


def test_a_post_is_held_within_its_term():
    register = load_register(reference_from({"people": PEOPLE}).people, place_of)
    assert register.units_of(["甲书记"], dt.date(2014, 5, 1)) == [("甲书记", "温县", "县委书记")]
    # Also on the city's standing committee then: the county is what the name stands for.
    assert register.units_of(["甲书记"], dt.date(2018, 5, 1)) == [("甲书记", "修武县", "县委书记")]
    assert register.units_of(["甲书记"], dt.date(2012, 5, 1)) == []


def test_a_role_seen_in_print_holds_for_the_months_around_it():
    register = load_register(reference_from({"people": PEOPLE}).people, place_of)
    assert register.units_of(["乙县长"], dt.date(2015, 1, 1)) == [("乙县长", "温县", "县长")]
    later = dt.date(2014 + (3 + SEEN_MARGIN_MONTHS) // 12, (3 + SEEN_MARGIN_MONTHS) % 12 + 1, 15)
    assert register.units_of(["乙县长"], later) == []


def test_who_held_a_post_on_a_day_and_posts_outside_jiaozuo_place_nothing():
    register = load_register(reference_from({"people": PEOPLE}).people, place_of)
    assert register.holder("县委书记", "修武县", dt.date(2019, 1, 1)) == ["甲书记"]
    assert register.holder("县委书记", "温县", dt.date(2019, 1, 1)) == []
    assert register.units_of(["丙省长"], dt.date(2019, 1, 1)) == []
    assert [t.role for t in register.roles_over_time("甲书记")] == ["县委书记", "市委常委", "县委书记"]


def test_a_county_head_named_by_rank_resolves_for_a_date_the_register_holds(resources):
    """县长卢希望 (修武县长, seen 2015-06 in print, site_config/people.yml): 修武县 news in June
    2015, not placed by guess four years later."""
    import datetime as dt

    from generator.enrich.districts import find_districts
    from generator.enrich.people import find_people
    from generator.model import Article

    def primary(day):
        a = Article(id="x", source_file="x.txt", first_line=1, last_line=1,
                    paragraphs=["县长卢希望陪同客商考察县产业集聚区，县直各单位负责人参加。"])
        a.event_date = day
        return find_districts(a, resources.gazetteer, find_people(a, resources), resources.register)[1]

    assert primary(dt.date(2015, 6, 11)) == "修武县"
    assert primary(dt.date(2019, 6, 11)) == "其他"
