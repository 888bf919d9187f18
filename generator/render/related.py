"""Related articles: for each article, a few others that share its people, places and topics
(the paper's follow-ups of one story), computed at build time.

Bounded cost: no article is compared with every other. Each person, district and topic has
its posting list (its articles in printed order, the catalog's); an article looks only at
the `WINDOW` articles printed nearest to it on each of its lists, so a topic of ten
thousand articles costs no more than one of fifty.
"""

from __future__ import annotations

import bisect
import heapq
from collections import defaultdict

from ..model import Article

SHOWN = 5  # related articles listed on an article page
WINDOW = 30  # neighbours looked at on each side, per shared person, district or topic
# What one shared facet is worth: a person is the strongest sign of one story, a district
# or a local theme weaker (main classes are too broad to count).
WEIGHTS = {"people": 3, "districts": 1, "topics": 1}


def _facets(article: Article) -> list[tuple[str, str]]:
    """(facet, name) pairs of an article, each once."""
    pairs = [("people", n) for n in article.people]
    pairs += [("districts", n) for n in [*article.districts, article.primary_district] if n]
    pairs += [("topics", n) for n in article.topics]
    return list(dict.fromkeys(pairs))


def related_articles(ordered: list[Article], shown: int = SHOWN, window: int = WINDOW) -> dict[str, list[Article]]:
    """Article id -> up to `shown` related articles of `ordered` (printed order).

    Score: the sum of `WEIGHTS` over the facets shared, among the candidates the windows
    bring in. Ties: more days apart ranks lower, then printed order (earlier first), so
    the same archive always gives the same lists. An article never lists itself, nor
    another article with the same id (a reprint)."""
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    facets_of = []
    for i, article in enumerate(ordered):
        facets = _facets(article)
        facets_of.append(facets)
        for key in facets:
            postings[key].append(i)  # ascending: printed order
    # The issue's day as a number, once per article; an undated one is farthest from any.
    days = [a.issue_date.toordinal() if a.issue_date else None for a in ordered]
    result: dict[str, list[Article]] = {}
    for i, article in enumerate(ordered):
        scores: dict[int, int] = defaultdict(int)
        for key in facets_of[i]:
            posting = postings[key]
            at = bisect.bisect_left(posting, i)
            weight = WEIGHTS[key[0]]
            for j in posting[max(0, at - window): at + window + 1]:
                scores[j] += weight
        scores.pop(i, None)
        day = days[i]
        best = heapq.nsmallest(
            shown + 1,  # one spare: a reprint of the article itself is dropped below
            scores,
            key=lambda j: (-scores[j], _days_apart(day, days[j]), j),
        )
        result[article.id] = [ordered[j] for j in best if ordered[j].id != article.id][:shown]
    return result


_FAR = 10**9  # days apart of an undated article


def _days_apart(day: int | None, other: int | None) -> int:
    return _FAR if day is None or other is None else abs(day - other)
