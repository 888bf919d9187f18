"""The dateline: when the reported event happened, as printed and as an ISO date.

The date words are data: parts of the day and days named from the issue's day (昨日) in
conventions.yml `dates`, the vague words (近日, 连日来) in word_lists.yml `vague_dates`. Months and days may be printed in digits or in Chinese
numerals (二月十日), with 号 for 日, and as two days (2月25、26日: the event began on the first).
"""

from __future__ import annotations

import datetime as dt
import re

from ..config import project_word_lists
from ..config.words import words_of
from .conventions import CONVENTIONS

_WORDS = CONVENTIONS.dates
_CN = "〇零一二三四五六七八九十"
_NUM = rf"(?:\d{{1,2}}|[{_CN}]{{1,3}})"
_PART_OF_DAY = "(?:" + "|".join(sorted(map(re.escape, _WORDS["parts_of_day"]), key=len, reverse=True)) + ")"
_CLOCK = rf"(?:(?:\d{{1,2}}|[{_CN}]{{1,3}})(?:时|点)(?:(?:\d{{1,2}}|[{_CN}]{{1,3}})分)?许?)"
_WHEN = rf"(?:{_PART_OF_DAY}?{_CLOCK}?)"
_RELATIVE = "|".join(map(re.escape, _WORDS["relative"]))
_YEARS_BACK = _WORDS.get("relative_years", {})
_RELATIVE_YEAR = "|".join(map(re.escape, _YEARS_BACK)) or "(?!x)x"
_VAGUE = "|".join(sorted(map(re.escape, words_of(project_word_lists().vague_dates)), key=len, reverse=True))
# `2月20日上午`, `2月12日和14日`, `2月25、26日`, `2020年2月14日`, `二月十日`, `昨日下午`, `近日`;
# `16日` alone only after an outlet's lead that printed the month (新华社郑州9月16日电).
DATELINE = re.compile(
    rf"(?:(?P<year>\d{{4}})年|(?P<year_word>{_RELATIVE_YEAR}))?(?P<month>{_NUM})月(?P<day>{_NUM})(?:[日号]|(?=[、和至到-]{_NUM}[日号]))"
    rf"(?:[、和至到-](?:{_NUM}月)?{_NUM}[日号])?{_WHEN}"
    rf"|(?P<relative>{_RELATIVE}){_WHEN}"
    rf"|(?P<vague>{_VAGUE}"
    # a part of a month, no day named (4月初, 十二月中旬, 2019年3月下旬)
    rf"|(?:\d{{4}}年)?{_NUM}月(?:初|上旬|中旬|下旬|底|末))"
)
# The day a relative word names, printed after it in brackets: 今天（7月7日）.
_BRACKETED_DAY = re.compile(rf"[（(]((?:\d{{4}}年)?{_NUM}月{_NUM}[日号])[）)]")
# Vague phrases that date an article only as its first words.
AT_START = re.compile("|".join(f"(?:{p})" for p in _WORDS["vague_at_start"]))
DAY_ONLY = re.compile(rf"(?<![\d月])(?P<day>\d{{1,2}})[日号]{_WHEN}")
_OFFSETS = _WORDS["relative"]
_NOT_EVENT = re.compile("(?:" + "|".join(map(re.escape, _WORDS["not_event"])) + ")$")
# 从/自 before a date make it no event's only where the date opens a span (从2月1日起).
_SPAN_ONLY = re.compile("(?:" + "|".join(map(re.escape, _WORDS.get("span_only", ()))) + ")$") if _WORDS.get("span_only") else None
_SPAN_AFTER = tuple(_WORDS.get("span_after", ()))
_NAMED = _WORDS.get("named_days", {})
_FIXED_DAYS = {name: tuple(day) for name, day in _NAMED.get("fixed", {}).items()}


def _alternatives(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_NAMES = _alternatives([*_FIXED_DAYS, *_NAMED.get("moving", ())])
# `2016年元旦期间`, `国庆节当天`, `“双节”期间`, `十一黄金周`, `临近春节`: a day named by its name.
NAMED_DAY = re.compile(
    rf"(?:(?P<year>\d{{4}})年)?(?:(?P<before>{_alternatives(_NAMED.get('before', ()))})“?(?P<name1>{_NAMES})”?"
    rf"|“?(?P<name>{_NAMES})”?(?:(?P<span>{_alternatives(_NAMED.get('span', ()))})|(?P<day>{_alternatives(_NAMED.get('on_the_day', ()))})))"
) if _NAMES else re.compile(r"(?!x)x")
# A quotation: time words inside it are the speaker's (“昔日黄土岗，今日如画廊”), not the event's.
_QUOTATION = re.compile("“[^“”]*”?")


def runs_through_dateline(before: str, after: str) -> bool:
    """Whether a space between `before` and `after` falls inside one dateline (`昨日 早上7点15分`,
    `2月10日 下午`, `五一 小长假期间`): the spaces of a date are the typesetter's, never a separator.

    >>> runs_through_dateline("▶昨日", "早上7点15分，郑州"), runs_through_dateline("昨日", "城铁开跑")
    (True, False)
    """
    before, after = "".join(before.split())[-8:], "".join(after.split())[:10]
    joined = before + after
    return any(m.start() < len(before) < m.end() for pattern in (DATELINE, NAMED_DAY) for m in pattern.finditer(joined))


# How far into the first paragraph a dateline is looked for: the lead sentence and the next.
_LEAD_CHARS = 120


def cn_number(text: str) -> int:
    """`十二` → 12, `二十六` → 26, `12` → 12."""
    if text.isdigit():
        return int(text)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0}
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (digits.get(tens, 1) if tens else 1) * 10 + (digits.get(ones, 0) if ones else 0)
    return int("".join(str(digits[c]) for c in text))


def find_dateline(paragraphs: list[str], month: int | None = None) -> str:
    """The event's time words: the first in the lead of the first paragraph, or at the
    very start of the second one (after an opening quotation). With `month` (printed in
    an outlet's lead), a day alone (`16日`) is a dateline too. Time words inside a
    quotation are the speaker's, not the event's.

    >>> find_dateline(["“昔日黄土岗，今日如画廊。”22日，代表们到镇上调研。"])
    '22日'
    """
    if not paragraphs:
        return ""
    first = paragraphs[0]
    lead = first[:_LEAD_CHARS]
    opening = AT_START.match(lead)
    if opening and not DATELINE.match(lead):
        return opening.group(0)
    quoted = [m.span() for m in _QUOTATION.finditer(first)]
    # A named day dates the event where it opens a clause (十一黄金周，我市…); inside one it
    # is the text's (…共有12家企业春节期间正常生产).
    named = [m for m in NAMED_DAY.finditer(lead) if m.start() == 0 or lead[m.start() - 1] in "，。；：！？）)"]
    candidates = [*DATELINE.finditer(lead), *named]
    if month is not None:
        candidates += list(DAY_ONLY.finditer(lead))
    for match in sorted(candidates, key=lambda m: (m.start(), -m.end())):
        if any(a < match.start() < b for a, b in quoted) or _not_event(first, match):
            continue
        return _with_bracketed_day(first, match)
    if len(paragraphs) > 1:
        second = DATELINE.match(paragraphs[1])
        if second:
            return _with_bracketed_day(paragraphs[1], second)
    # `21日上午，…` opening the text, or right after a quotation that opens it: a day of
    # the issue's month (resolve_date).
    start = quoted[0][1] if quoted and quoted[0][0] == 0 else 0
    day = DAY_ONLY.match(first, start)
    if day and first[day.end() : day.end() + 1] in "，,":
        return day.group(0)
    return ""


def _not_event(text: str, match: re.Match) -> bool:
    """A date after 截至/至/到 (counted up to it), or after 从/自 where it opens a span
    (从2月1日起), is no event's day; 记者从昨日召开的会议上获悉 dates the report."""
    before = text[: match.start()]
    if not _NOT_EVENT.search(before):
        return False
    if _SPAN_ONLY is not None and _SPAN_ONLY.search(before):
        return text.startswith(_SPAN_AFTER, match.end())
    return True


def _named_day(match: re.Match, issue_date: dt.date | None, year: int | None) -> dt.date | None:
    """The day a named day's dateline names: the calendar's day of a fixed one on its day
    (国庆节当天, 元旦期间); a span or a day of the lunar calendar names no one day."""
    name = match.group("name")
    if not name or match.group("span") or name not in _FIXED_DAYS:
        return None
    month, day = _FIXED_DAYS[name]
    if match.group("year"):
        year = int(match.group("year"))
    elif issue_date is not None:
        year = issue_date.year if (month, day) <= (issue_date.month, issue_date.day) else issue_date.year - 1
    return dt.date(year, month, day) if year else None


def resolve_date(dateline: str, issue_date: dt.date | None, year: int | None = None, month: int | None = None) -> dt.date | None:
    """The day the dateline names; `昨日` is the day before the issue; vague words give None.

    A month and day without year take the issue's year (the year before when that would
    put the event after the issue, as for a January issue reporting December); a day alone
    takes `month`, the month an outlet's lead printed, or else the issue's month.
    """
    if not dateline:
        return None
    bracketed = _BRACKETED_DAY.search(dateline)
    if bracketed:
        dateline = bracketed.group(1)
    named = NAMED_DAY.fullmatch(dateline)
    if named:
        return _named_day(named, issue_date, year)
    if AT_START.fullmatch(dateline) and not DATELINE.fullmatch(dateline):
        return None
    match = DATELINE.match(dateline)
    if match is None:
        day_only = DAY_ONLY.fullmatch(dateline)
        if day_only and month is not None:
            return _day(None, month, int(day_only.group("day")), issue_date, year)
        if day_only and issue_date is not None:
            return _day_of_issue_month(int(day_only.group("day")), issue_date)
    if not match or match.end() != len(dateline):
        return None
    if match.group("relative"):
        return issue_date + dt.timedelta(days=_OFFSETS[match.group("relative")]) if issue_date else None
    if match.group("vague"):
        return None
    printed_year = match.group("year")
    if match.group("year_word"):  # 去年12月29日: the issue's year, counted back
        if issue_date is None:
            return None
        printed_year = str(issue_date.year + _YEARS_BACK[match.group("year_word")])
    return _day(printed_year, cn_number(match.group("month")), cn_number(match.group("day")), issue_date, year)


def _with_bracketed_day(text: str, match: re.Match) -> str:
    """`今天（7月7日）`: a relative word with the day it names in brackets is dated by them."""
    bracketed = _BRACKETED_DAY.match(text, match.end())
    if bracketed and "relative" in match.re.groupindex and match.group("relative"):
        return match.group(0) + bracketed.group(0)
    return match.group(0)


def _day_of_issue_month(day: int, issue_date: dt.date) -> dt.date | None:
    """A day printed alone: of the issue's month, or of the month before when that day is
    still to come (a 2 March issue reporting `28日`)."""
    first = issue_date.replace(day=1)
    month_start = first if day <= issue_date.day else (first - dt.timedelta(days=1)).replace(day=1)
    try:
        return month_start.replace(day=day)
    except ValueError:
        return None


def _day(printed_year: str | None, month: int, day: int, issue_date: dt.date | None, year: int | None) -> dt.date | None:
    if printed_year:
        year = int(printed_year)
    elif issue_date:
        # The year that puts the day nearest the issue: a paper reports the days just gone
        # (a January issue's 12月30日 is last year's) and announces the days just ahead (a
        # 13 June issue's 6月14日是世界献血者日 is this year's).
        year = min((issue_date.year - 1, issue_date.year), key=lambda y: _distance(y, month, day, issue_date))
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _distance(year: int, month: int, day: int, issue_date: dt.date) -> int:
    try:
        return abs((dt.date(year, month, day) - issue_date).days)
    except ValueError:  # 2月29日 of a year that has none
        return 10**6


def explicit_dates(text: str) -> list[tuple[int | None, int, int]]:
    """(year or None, month, day) of every printed `M月D日` in a text."""
    out = []
    for match in DATELINE.finditer(text):
        if match.group("month"):
            year = int(match.group("year")) if match.group("year") else None
            out.append((year, cn_number(match.group("month")), cn_number(match.group("day"))))
    return out
