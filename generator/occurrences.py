"""The same text in two page files: a page dropped in twice is kept once (the catalogued
file, or the one that held it first), and an article printed in two files (a reprint, a
recurring notice) is two records with two ids, the first holder keeping the plain one."""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter

from .config import Config
from .model import Page, Problem, shown_name
from .registry import Registry


def drop_duplicate_pages(pages: list[Page], config: Config, registry: Registry) -> tuple[list[Page], list[Problem]]:
    """A page file with the same bytes as another, or the same articles in the same order
    (another encoding, other line ends or spaces), adds nothing: keep one, say so on the other."""
    groups: dict[object, list[Page]] = {}
    for page in pages:
        if page.rejected:
            continue
        ids = tuple(a.id for a in page.articles)
        key = ("articles", ids) if ids else ("bytes", page.sha1)
        if page.sha1 or ids:  # same bytes give the same articles: one key covers both
            groups.setdefault(key, []).append(page)
    dropped: dict[str, tuple[Page, Page]] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        keeper = min(group, key=lambda p: _holding_order(p, p.articles[0].id if p.articles else None, config, registry))
        for page in group:
            if page is not keeper:
                dropped[page.file] = (page, keeper)
    problems = []
    for page, keeper in dropped.values():
        same = "same content as" if page.sha1 == keeper.sha1 else "the same articles, in the same order, as"
        problems.append(Problem(page.file, None, f"{same} {shown_name(keeper.file)}; skipped (a page dropped in twice?)"))
    return [p for p in pages if p.file not in dropped], problems


def _holding_order(page: Page, article_id: str | None, config: Config, registry: Registry) -> tuple:
    """Who keeps a page, or an article id, of several files: the catalogued file, then the
    file that held the id before (the registry), then the first by name."""
    return (config.source(page.file) is None, registry.ids.get(article_id) != page.file if article_id else True, page.file)


def unique_ids(pages: list[Page], config: Config, registry: Registry) -> tuple[set[str], list[Problem]]:
    """Give every printed occurrence of an article its own id. An article printed in several
    page files keeps its plain id in one (see `_holding_order`); in the others the id gets
    a suffix made from the file's name (never from a position or a count, so adding pages
    moves nothing). Returns the files whose articles were renamed, and a warning for each."""
    holders: dict[str, list[tuple[Page, int]]] = {}
    for page in pages:
        for i, article in enumerate(page.articles):
            holders.setdefault(article.id, []).append((page, i))
    renamed: dict[str, dict[str, str]] = {}  # page file -> old id -> new id
    problems = []
    others = []  # (page, article index): the occurrences that need an id of their own
    for article_id, places in holders.items():
        if len({page.file for page, _ in places}) < 2:
            continue
        keeper = min((page for page, _ in places), key=lambda p: _holding_order(p, article_id, config, registry))
        others += [(page, i, keeper) for page, i in places if page is not keeper]
    new_ids = _suffixed([(page.articles[i].id, page.file) for page, i, _ in others], set(holders), registry)
    for (page, i, keeper), new in zip(others, new_ids):
        article = page.articles[i]
        renamed.setdefault(page.file, {})[article.id] = new
        kept = keeper.articles[[a.id for a in keeper.articles].index(article.id)]
        problems.append(Problem(page.file, article.first_line,
                                f"article also printed in {shown_name(keeper.file)} (lines {kept.first_line}–{kept.last_line}): "
                                f"a reprint? kept as its own record, id {new}"))
    for page in pages:
        names = renamed.get(page.file)
        if not names:
            continue
        for article in page.articles:
            if article.id in names:
                new = names[article.id]
                article.slug = f"{article.slug}-{new[len(article.id) + 1:]}"
                article.id = new
        page.artifacts = [dataclasses.replace(a, article_id=names.get(a.article_id, a.article_id)) for a in page.artifacts]
    for page in pages:
        for article in page.articles:
            registry.ids.setdefault(article.id, page.file)
    return set(renamed), problems


def _suffixed(occurrences: list[tuple[str, str]], plain: set[str], registry: Registry) -> list[str]:
    """An id for each (id, page file): the id and the start of a hash of the file's name,
    four hex digits, longer where two would be the same (an id already given, per the
    registry, keeps its length: a newcomer never changes another's id)."""
    digests = [hashlib.sha1(file.encode("utf-8", "surrogateescape")).hexdigest() for _, file in occurrences]
    length = [4] * len(occurrences)
    while True:
        ids = [f"{article_id}-{digest[:n]}" for (article_id, _), digest, n in zip(occurrences, digests, length)]
        counts = Counter(ids)
        clash = [k for k, new in enumerate(ids) if (counts[new] > 1 or new in plain) and length[k] < len(digests[k])
                 and registry.ids.get(new) != occurrences[k][1]]
        if not clash:
            return ids
        for k in clash:
            length[k] += 4
