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
