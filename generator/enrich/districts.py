"""Districts an article names, rolled up to Jiaozuo's county-level units, and the one it is about."""

from __future__ import annotations

from collections import Counter

from ..model import Article
from .resources import CITY_LEVEL, OUTSIDE, Gazetteer

# How much a mention weighs when choosing the article's primary district.
HEADLINE_WEIGHT = 4
LEAD_WEIGHT = 2
_LEAD_CHARS = 60


def scan_places(text: str, gaz: Gazetteer) -> list[tuple[int, str, str | None]]:
    """(offset, printed form, unit) of every gazetteer name, leftmost-longest.

    Guards (`示范村`) and ambiguous names (`太行街道`) take part in the scan and map to no
    unit, so they hide the shorter names inside them.
    """
    return [(m.start(), m.group(0), gaz.names[m.group(0)]) for m in gaz.pattern.finditer(text)]


def _count_markers(text: str, markers: tuple[str, ...]) -> int:
    return sum(text.count(m) for m in markers)


def find_districts(article: Article, gaz: Gazetteer) -> tuple[list[str], str]:
    """(units named, in the gazetteer's order; the primary unit, 市级 or 其他)."""
    headline = " ".join(h for h in (article.kicker, "" if article.title_inferred else article.title, article.subtitle) if h)
    body = "\n".join(article.paragraphs)
    lead = body[:_LEAD_CHARS]
    score: Counter[str] = Counter()
    named: set[str] = set()
    for part, weight in ((headline, HEADLINE_WEIGHT), (lead, LEAD_WEIGHT), (body, 1)):
        for _, form, unit in scan_places(part, gaz):
            if unit is None:
                continue
            score[unit] += weight
            if form not in gaz.weak:
                named.add(unit)
    districts = [u for u in gaz.units if u in named]
    return districts, _primary(score, headline, lead, body, gaz)


def _primary(score: Counter[str], headline: str, lead: str, body: str, gaz: Gazetteer) -> str:
    """The unit the article is about: named in the headline, or dominating the text;
    city-wide news (我市, 全市, 市委…) outweighing every unit is 市级."""
    city = HEADLINE_WEIGHT * _count_markers(headline, gaz.city_markers) + _count_markers(body, gaz.city_markers)
    if score:
        unit, best = score.most_common(1)[0]
        headline_units = [u for _, _, u in scan_places(headline, gaz) if u]
        if headline_units:
            return headline_units[0]
        if best >= city:
            return unit
        return CITY_LEVEL
    if city:
        return CITY_LEVEL
    if _count_markers(body + headline, gaz.outside):
        return OUTSIDE
    return CITY_LEVEL
