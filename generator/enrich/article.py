"""One article enriched: people with their roles, districts and the primary district,
topics and main classes, keywords; its text segmented once for all of them."""

from __future__ import annotations

from ..model import Article
from .districts import districts_of
from .keywords import keywords
from .people import article_text, find_people, segment
from .resources import Resources
from .topics import classify


def enrich_article(article: Article, res: Resources) -> Article:
    """Fill the article's people, districts, topics and keywords in place."""
    tokens = segment(article_text(article), res)
    mentions = find_people(article, res, tokens)
    article.people = [m.name for m in mentions]
    article.people_roles = {m.name: list(m.roles) for m in mentions if m.roles}
    article.districts, article.primary_district, article.primary_district_inferred = districts_of(article, res.gazetteer, mentions, res.register)
    article.topics, article.topic_classes = classify(article, res, [word for word, _ in tokens.values()])
    article.keywords = keywords(tokens, res)
    return article
