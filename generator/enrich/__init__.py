"""Enrich stage: people with roles, districts, topics and keywords for every article."""

from __future__ import annotations

from ..config import Config
from ..model import Article
from .districts import find_districts
from .people import article_text, find_people
from .resources import Resources, load_resources
from .topics import assign_topics

KEYWORDS = 8

__all__ = ["enrich_articles", "enrich_article", "load_resources"]


def enrich_article(article: Article, res: Resources) -> Article:
    """Fill the article's people, districts, topics and keywords in place."""
    mentions = find_people(article, res)
    article.people = [m.name for m in mentions]
    article.people_roles = {m.name: list(m.roles) for m in mentions if m.roles}
    article.districts, article.primary_district = find_districts(article, res.gazetteer)
    article.topics = assign_topics(article, res.topics, res.topic_selection)
    article.keywords = keywords(article, res)
    return article


def keywords(article: Article, res: Resources) -> list[str]:
    """Top TF-IDF terms, without stop words, numbers and one-character words."""
    text = article_text(article)
    terms = res.tfidf.extract_tags(text, topK=KEYWORDS * 2)
    picked = [t for t in terms if len(t) >= 2 and not t.isdigit() and t not in res.keyword_stopwords]
    return picked[:KEYWORDS]


def enrich_articles(articles: list[Article], config: Config, resources: Resources | None = None) -> list[Article]:
    """Enrich every article; reference data and jieba load once for the whole run."""
    if not articles:
        return articles
    res = resources or load_resources(config)
    for article in articles:
        enrich_article(article, res)
    return articles
