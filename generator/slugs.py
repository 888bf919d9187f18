"""Readable, stable URLs: pinyin of the Chinese name, never a counter or a position."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from pypinyin import lazy_pinyin

from .model import Article

MAX_SYLLABLES = 8  # /2020/02/21/xiu-wu-shou-xi-fu-wu-guan-zhu-3f2a9c/ stays readable
_WORD = re.compile(r"[a-z0-9]+")


def pinyin_slug(text: str, max_syllables: int = MAX_SYLLABLES) -> str:
    """Pinyin words joined by hyphens; Latin words and digits are kept.

    >>> pinyin_slug("修武：“首席服务官”")
    'xiu-wu-shou-xi-fu-wu-guan'
    >>> pinyin_slug("5G 基站")
    '5g-ji-zhan'
    """
    words: list[str] = []
    for token in lazy_pinyin(text):
        ascii_token = unicodedata.normalize("NFKD", token).encode("ascii", "ignore").decode()
        words.extend(_WORD.findall(ascii_token.lower()))
    return "-".join(words[:max_syllables])


def article_slug(article: Article) -> str:
    """Pinyin of the title plus the start of the article's stable id, so adding articles never moves one."""
    id_part = "".join(_WORD.findall(article.id.lower()))[:6] or "0"
    title = pinyin_slug(article.title or article.kicker or article.subtitle)
    return f"{title}-{id_part}" if title else f"article-{id_part}"


def article_path(article: Article) -> str:
    """Docs path `YYYY/MM/DD/<slug>.md` by issue date, or `undated/<slug>.md`.

    The parser stores the slug with the article (pinyin is the costly part of a URL, and a
    cached page then needs none); an article made elsewhere gets it computed here."""
    slug = article.slug or article_slug(article)
    if article.issue_date is None:
        return f"undated/{slug}.md"
    return f"{day_folder(article.issue_date)}/{slug}.md"


def issue_path(day) -> str:
    """The page of one issue sits above its articles: `YYYY/MM/DD/index.md`."""
    return f"{day_folder(day)}/index.md"


def day_folder(day) -> str:
    """`YYYY/MM/DD` with four digits of year always (`%Y` prints year 1 as `1`, a folder
    the site's navigation settings do not expect).

    >>> import datetime
    >>> day_folder(datetime.date(1, 2, 3))
    '0001/02/03'
    """
    return f"{day.year:04d}/{day.month:02d}/{day.day:02d}"


def unique_slugs(names: list[str], given: dict[str, str] | None = None) -> dict[str, str]:
    """A slug per name: the configured one, else pinyin; homophones all get a short hash of the name.

    Hashing every member of a collision, not numbering them, makes the URL independent of
    the order in which the names were found.
    """
    given = given or {}
    slugs = {name: given.get(name) or pinyin_slug(name, max_syllables=12) or "x" for name in names}
    counts: dict[str, int] = {}
    for slug in slugs.values():
        counts[slug] = counts.get(slug, 0) + 1
    for name, slug in slugs.items():
        if counts[slug] > 1 and name not in given:
            slugs[name] = f"{slug}-{hashlib.sha1(name.encode()).hexdigest()[:4]}"
    return slugs
