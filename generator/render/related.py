"""Related articles: for each article, a few others that share its people, places and topics
(the paper's follow-ups of one story), computed at build time.

Bounded cost: no article is compared with every other. Each person, district and topic has
its posting list (its articles in printed order, the catalog's); an article looks only at
the `WINDOW` articles printed nearest to it on each of its lists, so a topic of ten
thousand articles costs no more than one of fifty.
"""

from __future__ import annotations

import bisect
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
    result: dict[str, list[Article]] = {}
    for i, article in enumerate(ordered):
        scores: dict[int, int] = defaultdict(int)
        for key in facets_of[i]:
            posting = postings[key]
            at = bisect.bisect_left(posting, i)
            for j in posting[max(0, at - window): at + window + 1]:
                if j != i:
                    scores[j] += WEIGHTS[key[0]]
        ranked = sorted(
            (j for j in scores if ordered[j].id != article.id),
            key=lambda j: (-scores[j], _days_apart(article, ordered[j]), j),
        )
        result[article.id] = [ordered[j] for j in ranked[:shown]]
    return result


def _days_apart(a: Article, b: Article) -> int:
    """Days between the two issues; an undated one counts as farthest."""
    if a.issue_date is None or b.issue_date is None:
        return 10**9
    return abs((a.issue_date - b.issue_date).days)
