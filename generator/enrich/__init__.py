"""Enrich stage: people with roles, districts, topics and keywords for every article."""

from __future__ import annotations

from ..model import Article
from .districts import find_districts
from .people import article_text, find_people, segment
from .resources import Resources, load_resources
from .topics import classify

KEYWORDS = 8

__all__ = ["enrich_article", "load_resources"]


def enrich_article(article: Article, res: Resources) -> Article:
    """Fill the article's people, districts, topics and keywords in place; the text is
    segmented once, for the people finder and the keywords both."""
    tokens = segment(article_text(article), res)
    mentions = find_people(article, res, tokens)
    article.people = [m.name for m in mentions]
    article.people_roles = {m.name: list(m.roles) for m in mentions if m.roles}
    article.districts, article.primary_district = find_districts(article, res.gazetteer, mentions, res.register)
    article.topics, article.topic_classes = classify(article, res)
    article.keywords = keywords(tokens, res)
    return article


def keywords(tokens: dict[int, tuple[str, str]], res: Resources) -> list[str]:
    """Top TF-IDF terms (jieba's IDF table), without stop words, numbers and one-character
    words; ties in the order of first appearance."""
    counts: dict[str, int] = {}
    for word, _ in tokens.values():
        if len(word.strip()) >= 2 and not word.isdigit() and word not in res.tfidf.stop_words:
            counts[word] = counts.get(word, 0) + 1
    total = sum(counts.values()) or 1
    idf, median = res.tfidf.idf_freq, res.tfidf.median_idf
    scored = sorted(counts, key=lambda w: -counts[w] * idf.get(w, median) / total)
    return scored[:KEYWORDS]
