"""Topics from the two-level vocabulary of `site_config/topics.yml`, by keyword rules:
subtopics (the paper's local themes) and main classes (IPTC Media Topics' top level).

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
from .class_model import with_first_class
from .resources import TopicRule, TopicSelection, longest_first


def keyword_hits(text: str, keywords: dict[str, float], pattern: re.Pattern | None = None) -> Counter[str]:
    """Occurrences of each keyword, leftmost-longest, non-overlapping."""
    pattern = pattern or longest_first(keywords)
    return Counter(match.group(0) for match in pattern.finditer(text))


def headline_text(article: Article) -> str:
    """The headline as printed: kicker, title (not an inferred one) and subtitle."""
    return " ".join(h for h in (article.kicker, "" if article.title_inferred else article.title, article.subtitle) if h)


def topic_scores(article: Article, rules: tuple[TopicRule, ...], selection: TopicSelection) -> dict[str, float]:
    headline = headline_text(article)
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
    return _choose(topic_scores(article, rules, selection), rules, selection)


def _choose(scores: dict[str, float], rules: tuple[TopicRule, ...], selection: TopicSelection) -> list[str]:
    order = {rule.name: i for i, rule in enumerate(rules)}
    ranked = sorted((name for name, s in scores.items() if s > 0), key=lambda n: (-scores[n], order[n]))
    if not ranked:
        return []
    best = scores[ranked[0]]
    chosen = ranked[:1] + [
        n for n in ranked[1:] if scores[n] >= selection.min_score and scores[n] >= selection.relative_threshold * best
    ]
    return chosen[: selection.max_topics]


def assign_classes(
    article: Article, classes: tuple[TopicRule, ...], subtopic_scores: dict[str, float], parents: dict[str, str], selection: TopicSelection
) -> list[str]:
    """1 to 3 main classes, most central first: a class scores its own general words plus
    the scores of its subtopics; the best is kept, then those close enough to it. An
    article that scores nothing gets none (nothing printed says what it is about)."""
    scores = topic_scores(article, classes, selection)
    for name, score in subtopic_scores.items():
        if parents.get(name) in scores:
            scores[parents[name]] += score
    return _choose(scores, classes, selection)


def classify(article: Article, res, words: list[str] | None = None) -> tuple[list[str], list[str]]:
    """(subtopics, main classes): the twelve topics and the later themes scored together,
    then the classes from their own words and their subtopics' scores. With `words` (the
    article's text segmented) and the first-class model on (`res.class_model`), the model
    picks the first class and the rules' classes follow it (class_model.py)."""
    rules = (*res.topics, *res.themes)
    selection = res.topic_selection
    scores = topic_scores(article, rules, selection)
    parents = {rule.name: rule.parent for rule in rules}
    # The twelve are chosen among themselves as they always were; the later themes beside
    # them, up to `max_themes`, where they score as a kept topic would.
    twelve = _choose({r.name: scores[r.name] for r in res.topics}, res.topics, selection)
    best = max([scores[n] for n in twelve], default=0.0)
    themes = [
        n for n in _choose({r.name: scores[r.name] for r in res.themes}, res.themes, selection)
        if scores[n] >= selection.min_score and scores[n] >= selection.relative_threshold * best
    ][: selection.max_themes]
    order = {rule.name: i for i, rule in enumerate(rules)}
    subtopics = sorted([*twelve, *themes], key=lambda n: (-scores[n], order[n]))
    classes = assign_classes(article, res.topic_classes, scores, parents, res.class_selection)
    if words is not None and res.class_model is not None:
        headline_words = list(res.tokenizer.cut(headline_text(article), HMM=True))
        classes = with_first_class(res.class_model, words, headline_words, classes, res.class_selection.max_topics)
    return subtopics, classes
