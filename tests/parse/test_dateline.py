"""Datelines and the event date they resolve to (昨日 = issue date − 1)."""

import datetime as dt

import pytest

from generator.parse.dateline import find_dateline, resolve_date

ISSUE = dt.date(2021, 3, 2)


@pytest.mark.parametrize(
    "paragraphs, dateline",
    [
        (["2月20日上午，市委书记主持召开会议。"], "2月20日上午"),
        (["为贯彻落实指示精神，2月20日上午，市委召开会议。"], "2月20日上午"),
        (["昨日下午，市长到温县调研。"], "昨日下午"),
        (["连日来，山阳区组织群众。"], "连日来"),
        (["截至2月25日，全区复工率达100%。"], ""),
        (["“我是党员！”", "2月7日上午，在村口卡点。"], "2月7日上午"),
        (["企业复工。", "复工复产势在必行。连日来，该区采取措施。"], ""),
        (["2月12日和14日，市长两次主持会议。"], "2月12日和14日"),
        ([], ""),
    ],
)
def test_find_dateline(paragraphs, dateline):
    assert find_dateline(paragraphs) == dateline


@pytest.mark.parametrize(
    "dateline, expected",
    [
        ("昨日", dt.date(2021, 3, 1)),
        ("昨日下午", dt.date(2021, 3, 1)),
        ("2月28日上午", dt.date(2021, 2, 28)),
        ("12月30日", dt.date(2020, 12, 30)),  # reported in the new year: last year's December
        ("2020年2月14日", dt.date(2020, 2, 14)),
        ("2月12日和14日", dt.date(2021, 2, 12)),
        ("近日", None),
        ("2月30日", None),
        ("", None),
    ],
)
def test_resolve_date(dateline, expected):
    assert resolve_date(dateline, ISSUE) == expected


def test_yesterday_without_issue_date_is_unknown():
    assert resolve_date("昨日", None) is None
    assert resolve_date("2月20日", None, year=2020) == dt.date(2020, 2, 20)


@pytest.mark.parametrize(
    "paragraphs, month, dateline",
    [
        (["2 月 24 号上午，市长调研。".replace(" ", "")], None, "2月24号上午"),
        (["2月25、26日，全市开展检查。"], None, "2月25、26日"),
        (["二月十日下午，会议召开。"], None, "二月十日下午"),
        (["12月16日8时许，随着哨声响起。"], None, "12月16日8时许"),
        (["7月18日夜里，大雨倾盆。"], None, "7月18日夜里"),
        (["今年以来，该市新签约项目14个。"], None, "今年以来"),
        (["初冬，车子在山路上前行。"], None, "初冬"),
        (["企业复工。今年以来，该市签约项目。"], None, ""),  # not the article's first words
        (["习近平总书记16日在河南省考察调研。"], 9, "16日"),
        (["习近平总书记16日在河南省考察调研。"], None, ""),  # a day alone needs the lead's month
        # Named days where they open a clause; not inside one.
        (["2016年元旦期间，一群志愿者走上街头。"], None, "2016年元旦期间"),
        (["全域旅游效应初显。十一黄金周，我市旅游市场再创佳绩。"], None, "十一黄金周"),
        (["临近春节，官兵和家属一起包饺子。"], None, "临近春节"),
        (["“双节”期间，全省秋收进展顺利。"], None, "“双节”期间"),
        (["截至目前，该县共有12家企业春节期间正常生产。"], None, ""),
        (["十一届全国人大代表来焦视察。"], None, ""),  # a number, not the holiday
        # 从 before a date: the report's source, unless the date opens a span.
        (["记者从昨日召开的市委经济工作会议上了解到，全市经济稳中有进。"], None, "昨日"),
        (["从2月1日起，全市实行新规。"], None, ""),
        # Time words inside a quotation are the speaker's; the event's day follows it.
        (["“今天立冬，大家都吃饺子。”11月7日，记者在市场看到。"], None, "11月7日"),
        (["“昔日黄土岗，今日如画廊。”22日，代表们到镇上调研。"], None, "22日"),
    ],
)
def test_find_dateline_forms(paragraphs, month, dateline):
    assert find_dateline(paragraphs, month) == dateline


@pytest.mark.parametrize(
    "dateline, month, expected",
    [
        ("2月24号上午", None, dt.date(2021, 2, 24)),
        ("2月25、26日", None, dt.date(2021, 2, 25)),  # two days: the event began on the first
        ("二月十日", None, dt.date(2021, 2, 10)),
        ("十二月二十六日", None, dt.date(2020, 12, 26)),
        ("16日", 2, dt.date(2021, 2, 16)),
        ("今年以来", None, None),
        ("初冬", None, None),
    ],
)
def test_resolve_date_forms(dateline, month, expected):
    assert resolve_date(dateline, ISSUE, month=month) == expected


@pytest.mark.parametrize(
    "dateline, expected",
    [
        ("2016年元旦期间", dt.date(2016, 1, 1)),
        ("国庆节当天", dt.date(2020, 10, 1)),  # the issue's year
        ("十一黄金周", None),  # a span: no one day
        ("临近春节", None),
        ("春节期间", None),  # the lunar calendar's
    ],
)
def test_a_named_day_resolves_where_the_calendar_fixes_it(dateline, expected):
    assert resolve_date(dateline, dt.date(2020, 10, 9)) == expected


@pytest.mark.parametrize(
    "paragraphs, dateline, day",
    [
        (["4月初，云台山桃花竞相开放。"], "4月初", None),  # a part of a month names no day
        (["记者获悉，十二月中旬全市将迎来寒潮。"], "十二月中旬", None),
        (["2019年3月下旬，温县举办太极拳比赛。"], "2019年3月下旬", None),
        (["七月的修武满目葱茏，山川美如画。"], "七月", None),  # a month alone opening the text
        (["10月，全市秋收进度过半。"], "10月", None),
        (["八一前夕，区领导走访驻地部队。"], "八一前夕", None),  # 八一 is 建军节, a span before it
        (["春节临近，近日，社区为困难群众送去米面油。"], "春节临近", None),
        (["全市10月完成秋播，进度过半。"], "", None),  # a month inside the sentence is no dateline
    ],
)
def test_a_time_that_names_no_day(paragraphs, dateline, day):
    assert find_dateline(paragraphs) == dateline
    assert resolve_date(dateline, ISSUE) is day


@pytest.mark.parametrize(
    "dateline, issue, expected",
    [
        ("12月30日", dt.date(2021, 1, 2), dt.date(2020, 12, 30)),  # the days just gone: last year's
        ("6月14日", dt.date(2015, 6, 13), dt.date(2015, 6, 14)),  # the day ahead an item announces
        ("6月12日", dt.date(2015, 6, 13), dt.date(2015, 6, 12)),
        ("2月29日", dt.date(2021, 3, 2), dt.date(2020, 2, 29)),  # only a leap year has it
    ],
)
def test_a_month_and_day_take_the_year_nearest_the_issue(dateline, issue, expected):
    assert resolve_date(dateline, issue) == expected


def test_a_year_named_from_the_issue_and_more_times_of_day():
    """`去年12月29日上午` is the issue's year before; `今年10月26日` its year; `一大早`, `一早`
    and a clock in Chinese numerals (`二月四日十六时二十七分`) are part of the dateline."""
    issue = dt.date(2019, 1, 5)
    assert find_dateline(["去年12月29日上午，中站区召开大会。"]) == "去年12月29日上午"
    assert resolve_date("去年12月29日上午", issue) == dt.date(2018, 12, 29)
    assert resolve_date("去年3月1日", issue) == dt.date(2018, 3, 1)  # not the nearest year: the printed one
    assert resolve_date("今年10月26日", dt.date(2024, 11, 2)) == dt.date(2024, 10, 26)
    assert resolve_date("去年3月1日", None) is None
    assert find_dateline(["12月12日一大早，市民冒雪出行。"]) == "12月12日一大早"
    assert find_dateline(["昨天一早，郑州下起了雪。"]) == "昨天一早"
    assert find_dateline(["二月四日十六时二十七分，迎来立春。"]) == "二月四日十六时二十七分"
