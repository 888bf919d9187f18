"""More terms for the built-in search's index, so that a reader's query is found however
the browser cuts it.

The theme indexes a page as jieba cuts it (医护人员 is one word) but splits a Chinese query
greedily by the words of the index, never keeping the whole query (医护人员 → 医护 + 人), and
keeps a date typed as one term (2月20日) that jieba cut into 2 / 月 / 20 / 日. Each page
therefore gets a hidden field `terms` (indexed, never shown): the dictionary words inside
each long word, as jieba's search mode gives them, and each printed date in the forms
readers type. The query and the index then meet on the same pieces.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from pathlib import Path

SEARCH_INDEX = "search/search_index.json"  # the theme's index, in the built site
FIELD = "terms"

# A date as the paper prints it, with or without the year: 2020年2月20日, 2月20日.
PRINTED_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
_HAN = re.compile(r"^[\u3400-\u9fff]{3,}$")  # a word of three Chinese characters or more
_TAG = re.compile(r"<[^>]+>")


def date_terms(text: str, year: int | None) -> list[str]:
    """2月20日 → 2月20日, 20日 and, with the year printed or the issue's, 2020年2月20日."""
    terms = []
    for match in PRINTED_DATE.finditer(text):
        printed_year, month, day = match.group(1), int(match.group(2)), int(match.group(3))
        terms += [f"{month}月{day}日", f"{day}日"]
        if printed_year or year:
            terms.append(f"{printed_year or year}年{month}月{day}日")
    return terms


def word_parts(tokens: Iterable[str], cut_for_search: Callable[[str], Iterable[str]]) -> list[str]:
    """The dictionary words inside each long word: 医护人员 → 医护, 护人, 人员."""
    parts = []
    for token in tokens:
        if _HAN.match(token):
            parts += [part for part in cut_for_search(token) if part != token]
    return parts


def page_terms(title: str, text: str, separator: re.Pattern, cut_for_search, year: int | None) -> list[str]:
    """The extra terms of one entry of the index (its title and text as the theme stored
    them: HTML, words separated by the index's separator), in order, each once, none that
    the entry already holds."""
    plain = _TAG.sub(" ", f"{title} {text}")
    tokens = [t for t in separator.split(plain) if t]
    held = set(tokens)
    terms = word_parts(tokens, cut_for_search) + date_terms(plain.replace("\u200b", ""), year)
    return [t for t in dict.fromkeys(terms) if t not in held]


def add_search_terms(site_dir: Path, years: dict[str, int], cut_for_search, topic_names: AbstractSet[str] = frozenset()) -> bool:
    """Add the `terms` field to the theme's index in `site_dir`; `years` maps a page's URL
    to its issue's year. False when the site has no such index (Pagefind instead).

    Topic names leave the entries' `tags`: the theme boosts a tag a million times over the
    text and matches it by prefix, so a piece 人 of a query found every article filed under
    人大政协 first. People and districts stay tags (a reader searching a name wants that
    person's or place's pages); a topic is found by its page's title and the articles' words."""
    path = Path(site_dir) / SEARCH_INDEX
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        return False
    separator = re.compile(index["config"]["separator"])
    for doc in index["docs"]:
        entry_terms(doc, separator, cut_for_search, years.get(doc["location"].split("#", 1)[0]), topic_names)
    index["config"]["fields"][FIELD] = {"boost": 1}
    path.write_text(json.dumps(index, separators=(",", ":"), default=str), encoding="utf-8")  # as the theme writes it
    return True


def entry_terms(doc: dict, separator: re.Pattern, cut_for_search, year: int | None, topic_names: AbstractSet[str] = frozenset()) -> None:
    """One entry of the theme's index, in place: topic names out of its `tags`, its extra
    terms in the field `terms` (see add_search_terms); `year`: its page's issue year."""
    if topic_names and doc.get("tags"):
        doc["tags"] = [tag for tag in doc["tags"] if tag not in topic_names]
    terms = page_terms(doc.get("title", ""), doc.get("text", ""), separator, cut_for_search, year)
    if terms:
        doc[FIELD] = "\u200b".join(terms)
