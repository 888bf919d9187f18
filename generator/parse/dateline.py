"""The dateline: when the reported event happened, as printed and as an ISO date."""

from __future__ import annotations

import datetime as dt
import re

_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_PART_OF_DAY = r"(?:上午|下午|中午|晚上|晚|凌晨|早上|傍晚|夜间)?"
# `2月20日上午`, `2月12日和14日`, `2020年2月14日`, `昨日下午`, `近日`, `连日来`.
DATELINE = re.compile(
    rf"(?:(?P<year>\d{{4}})年)?(?P<month>\d{{1,2}})月(?P<day>\d{{1,2}})日(?:(?:和|至|、|-)(?P<day2>\d{{1,2}})日)?{_PART_OF_DAY}"
    rf"|(?P<relative>昨日|昨天|今日|今天|前日|前天){_PART_OF_DAY}"
    rf"|(?P<vague>近日|连日来|日前|近期|近段时间|连日|当日|春节以来|疫情发生以来)"
)
_OFFSETS = {"昨日": -1, "昨天": -1, "今日": 0, "今天": 0, "前日": -2, "前天": -2}
# `截至2月25日` counts up to a day; it is not when the reported event happened.
_NOT_EVENT = re.compile(r"(?:截至|截止|至|到|从|自)$")
# How far into the first paragraph a dateline is looked for: the lead sentence and the next.
_LEAD_CHARS = 120


def find_dateline(paragraphs: list[str]) -> str:
    """The event's time words: the first in the lead of the first paragraph, or at the
    very start of the second one (after an opening quotation)."""
    if not paragraphs:
        return ""
    for match in DATELINE.finditer(paragraphs[0][:_LEAD_CHARS]):
        if not _NOT_EVENT.search(paragraphs[0][: match.start()]):
            return match.group(0)
    if len(paragraphs) > 1:
        match = DATELINE.match(paragraphs[1])
        if match:
            return match.group(0)
    return ""


def resolve_date(dateline: str, issue_date: dt.date | None, year: int | None = None) -> dt.date | None:
    """The day the dateline names; `昨日` is the day before the issue; vague words give None.

    A month and day without year take the issue's year (the year before when that would
    put the event after the issue, as for a January issue reporting December).
    """
    match = DATELINE.fullmatch(dateline) if dateline else None
    if not match:
        return None
    if match.group("relative"):
        word = match.group("relative")
        return issue_date + dt.timedelta(days=_OFFSETS[word]) if issue_date else None
    if match.group("vague"):
        return None
    month, day = int(match.group("month")), int(match.group("day"))
    if match.group("year"):
        year = int(match.group("year"))
    elif issue_date:
        year = issue_date.year
        if (month, day) > (issue_date.month, issue_date.day):
            year -= 1
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def explicit_dates(text: str) -> list[tuple[int | None, int, int]]:
    """(year or None, month, day) of every printed `M月D日` in a text."""
    out = []
    for match in DATELINE.finditer(text):
        if match.group("month"):
            year = int(match.group("year")) if match.group("year") else None
            out.append((year, int(match.group("month")), int(match.group("day"))))
    return out
