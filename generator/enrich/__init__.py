"""Enrich stage: people with roles, districts, topics and keywords for every article (article.py)."""

from .article import enrich_article
from .resources import load_resources

__all__ = ["enrich_article", "load_resources"]
