"""Topics from the controlled vocabulary of `site_config/topics.yml`, by keyword rules.

The scoring is the one `topics.yml` documents: per topic, keyword hits found
leftmost-longest (so 复工复产 does not also count 复工; a weight-0 phrase such as 农民工
hides the 农民 inside it), weight × min(count, cap), divided by the square root of the
body length in units of 500 characters, plus a bonus for a headline boost word.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from ..model import Article
from .resources import TopicRule, TopicSelection, longest_first


def keyword_hits(text: str, keywords: dict[str, float], pattern: re.Pattern | None = None) -> Counter[str]:
    """Occurrences of each keyword, leftmost-longest, non-overlapping."""
    pattern = pattern or longest_first(keywords)
    return Counter(match.group(0) for match in pattern.finditer(text))


def topic_scores(article: Article, rules: tuple[TopicRule, ...], selection: TopicSelection) -> dict[str, float]:
    headline = " ".join(h for h in (article.kicker, "" if article.title_inferred else article.title, article.subtitle) if h)
    body = "\n".join(article.paragraphs)
    text = headline + "\n" + body
    length_factor = math.sqrt(max(1.0, len(body) / 500))
    scores = {}
    for rule in rules:
        hits = keyword_hits(text, rule.keywords, rule.pattern)
        score = sum(rule.keywords[w] * min(n, selection.max_count_per_keyword) for w, n in hits.items())
        score /= length_factor
        if any(word in headline for word in rule.headline_boost):
            score += selection.headline_bonus
        scores[rule.name] = score
    return scores


def assign_topics(article: Article, rules: tuple[TopicRule, ...], selection: TopicSelection) -> list[str]:
    """1 to 4 topics, most central first: the best one, then those close enough to it."""
    scores = topic_scores(article, rules, selection)
    order = {rule.name: i for i, rule in enumerate(rules)}
    ranked = sorted((name for name, s in scores.items() if s > 0), key=lambda n: (-scores[n], order[n]))
    if not ranked:
        return []
    best = scores[ranked[0]]
    chosen = ranked[:1] + [
        n for n in ranked[1:] if scores[n] >= selection.min_score and scores[n] >= selection.relative_threshold * best
    ]
    return chosen[: selection.max_topics]
