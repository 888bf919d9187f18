"""The issue date of a page the catalog does not date (issue 10, item 5): from the page's
own full dates, checked against the days it counts to, never from another page's year."""

import datetime as dt

from generator.parse import parse_page_text


def _page(text, **kw):
    return parse_page_text(text, "p.txt", in_catalog=False, **kw)


def test_an_incidental_year_is_no_evidence():
    page = _page("本报讯 2月10日上午，会议召开。该厂2003年创办，已有20年。\n\n某厂召开大会\n")
    assert page.issue_date is None
    assert any("issue date unknown" in p.message for p in page.problems)
    assert page.articles[0].event_date is None


def test_the_year_of_a_full_date_on_the_page():
    page = _page("本报讯 2月10日上午，会议召开。会议回顾了2020年1月20日以来的工作。\n\n某厂召开大会\n")
    assert page.issue_date == dt.date(2020, 2, 11)
    assert page.articles[0].issue_date_inferred
    assert page.articles[0].event_date == dt.date(2020, 2, 10)


def test_a_day_counted_to_keeps_the_issue_after_it():
    page = _page("本报讯 2月10日上午，会议召开。截至2月15日，全市复工率达90%。2020年1月1日起实施。\n\n某会召开\n")
    assert page.issue_date == dt.date(2020, 2, 15)


def test_the_catalogs_year_alone():
    page = parse_page_text("本报讯 2月10日，会议召开。\n\n某会召开\n", "p.txt", in_catalog=True, known_year=2016)
    assert page.issue_date == dt.date(2016, 2, 11)
    assert page.articles[0].issue_date_inferred


def test_a_catalogued_date_is_no_inference():
    page = parse_page_text("本报讯 昨日，会议召开。\n\n某会召开\n", "p.txt", issue_date=dt.date(2019, 5, 6))
    assert not page.articles[0].issue_date_inferred
    assert page.articles[0].event_date == dt.date(2019, 5, 5)


def test_dates_at_the_ends_of_the_calendar_give_no_date_and_no_failure():
    page = _page("本报讯 9999年12月31日上午，会议召开。\n\n某会召开\n")
    assert page.issue_date is None and page.articles[0].event_date == dt.date(9999, 12, 31)
    page = parse_page_text("本报讯 前日，会议召开。\n\n某会召开\n", "p.txt", issue_date=dt.date(1, 1, 1))
    assert page.articles[0].event_date is None
    assert any("outside the calendar" in p.message and p.line == 1 for p in page.problems)
