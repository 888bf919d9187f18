"""What a page's articles tell of each other: a photo caption that prints nothing of where
is about the unit the page's other items are about, when they all name the same one (a
county's page of news with its pictures). Annotators of real pages file such captions so
(real_test11's three 修武 captions under a 修武 report)."""

from __future__ import annotations

from ..model import Article
from .resources import Resources


def settle_page(articles: list[Article], res: Resources) -> None:
    """In place, after every article of the page is enriched: a photo item with no evidence
    of where takes the unit of the page's other items, when those with evidence all have
    one Jiaozuo unit (not 市级, not 其他) as their primary district; where they have several,
    the unit of the article right before it (its picture, printed after it), when that one
    has evidence of a unit."""
    gaz = res.gazetteer
    for k, article in enumerate(articles):
        if article.kind != "photo" or not article.primary_district_inferred:
            continue
        units = {other.primary_district for other in articles if other is not article and not other.primary_district_inferred}
        if len(units) == 1 and next(iter(units)) in gaz.kinds:
            article.primary_district = next(iter(units))  # still inferred: from the page, not the caption
        elif k and articles[k - 1].kind != "photo" and not articles[k - 1].primary_district_inferred \
                and articles[k - 1].primary_district in gaz.kinds:
            # …or, where they differ, of the article it follows, whose picture it is
            article.primary_district = articles[k - 1].primary_district
