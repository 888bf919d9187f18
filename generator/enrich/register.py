"""The people register: who held which post of Jiaozuo and its units, and when.

Built from `site_config/people.yml` (each role with `unit`, `from`, `to`, `seen` and the
entry's `source`). It answers two questions of enrichment: which unit an official named in
an article stood for on the article's date (`units_of`), and who held a post then
(`holder`). It is reference data, not a list of answers: the people finder does not need it.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..config.people import People

# A role printed on a page (`seen: 2020-02`) with no known term is taken as held this many
# months either side of the page: long enough to cover the page's neighbours, shorter than
# a county term (five years), so that an old sighting does not decide a later article.
SEEN_MARGIN_MONTHS = 18

_PERIOD = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


def _period(value: Any, end: bool) -> _dt.date | None:
    """`2016`, `2016-07` or `2016-07-15` → the first (or, for an end, the last) day it names.

    >>> _period("2016", False), _period("2016-07", True), _period("2016-07-15", True)
    (datetime.date(2016, 1, 1), datetime.date(2016, 7, 31), datetime.date(2016, 7, 15))
    """
    if value in (None, ""):
        return None
    if isinstance(value, _dt.date):
        return value
    match = _PERIOD.match(str(value).strip())
    if not match:
        return None
    year, month, day = int(match.group(1)), match.group(2), match.group(3)
    if day:
        return _dt.date(year, int(month), int(day))
    if month:
        month = int(month)
        if not end:
            return _dt.date(year, month, 1)
        following = _dt.date(year + month // 12, month % 12 + 1, 1)
        return following - _dt.timedelta(days=1)
    return _dt.date(year, 12, 31) if end else _dt.date(year, 1, 1)


def _shift(day: _dt.date, months: int) -> _dt.date:
    index = day.year * 12 + day.month - 1 + months
    return _dt.date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Tenure:
    """One post held: the role as printed, the unit it belongs to, when, and the source."""

    name: str
    role: str
    unit: str  # as written in people.yml: 孟州市, 焦作市, 河南省, an institution …
    place: str  # the Jiaozuo unit it rolls up to, the city's name, or "" (province, nation …)
    start: _dt.date | None
    end: _dt.date | None
    source: str = ""

    def holds(self, day: _dt.date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Register:
    city: str  # 焦作市: the label of city posts
    tenures: dict[str, tuple[Tenure, ...]] = field(default_factory=dict)  # full name → posts, in file order

    def units_of(self, people, day: _dt.date | None) -> list[tuple[str, str, str]]:
        """(name, unit, role) of every named person holding a Jiaozuo post on `day`: the
        first such post of each person as listed, a unit's before the city's."""
        found = []
        for mention in people:
            name = getattr(mention, "name", mention)
            held = [t for t in self.tenures.get(name, ()) if t.place and t.holds(day)]
            # A county secretary who is also on the city's standing committee stands for the county.
            local = [t for t in held if t.place != self.city] or held
            if local:
                found.append((name, local[0].place, local[0].role))
        return found

    def holder(self, role: str, place: str, day: _dt.date | None) -> list[str]:
        """Who held `role` of `place` on `day` (several when the register's terms overlap)."""
        return [
            t.name for ts in self.tenures.values() for t in ts if t.role == role and t.place == place and t.holds(day)
        ]

    def roles_over_time(self, name: str) -> list[Tenure]:
        """A person's posts in order of their start, for the person's page."""
        return sorted(self.tenures.get(name, ()), key=lambda t: t.start or _dt.date.min)  # ties in file order


def load_register(people: People, place_of) -> Register:
    """`place_of(unit string) -> Jiaozuo unit | city | ""` rolls an institution up to its unit."""
    city = "焦作市"
    tenures: dict[str, tuple[Tenure, ...]] = {}
    for person in people.people:
        posts = []
        for role in person.roles:
            start, end = _period(role.start, False), _period(role.end, True)
            seen = [d for d in (_period(s, False) for s in role.seen) if d]
            if start is None and seen:
                start = _shift(min(seen), -SEEN_MARGIN_MONTHS)
            if end is None and seen and role.end is None and not role.start:
                end = _shift(max(seen), SEEN_MARGIN_MONTHS)
            posts.append(Tenure(person.name, role.role, role.unit, place_of(role.unit), start, end, role.source or person.source))
        tenures[person.name] = tuple(posts)
    return Register(city, tenures)
