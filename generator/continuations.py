"""Continued articles joined across the pages of one issue: a body that ends with a jump
marker (`（下转第三版①）`, `（转A2版）`) and its rest on the page the marker names, which
opens with `（上接第一版①）` (or, unmarked, in the middle of a sentence) and often carries
the headline again, shortened.

Candidates are the continued bodies of the same issue on the named page; a `上接` marker
that names another page, or another circled number, rules one out. The others are scored
by named evidence (the marker naming this page, the same circled number, the headline and
the text they share) and paired one to one, best first; a pairing that wins by less than
`MARGIN` is left out and reported as a guess not taken.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .model import Article, Page, Problem
from .parse import conventions as cv

# The evidence and its weights. A jump is followed only on a marker's page number, so any
# candidate already is on the right page of the right issue.
WEIGHTS = {
    "marker": 2.0,  # its 上接 marker names the page the jump comes from
    "number": 2.0,  # the same circled number (下转第三版① / 上接第一版①)
    "headline": 3.0,  # times the Dice overlap of the two headlines' character pairs
    "text": 1.0,  # times the Dice overlap of the two texts' character pairs
}
ACCEPT = 2.0  # least score of a pairing
MARGIN = 0.5  # least lead of the best candidate over the next, or of the best jump for a candidate

_CHINESE_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# A page reference as the markers print it: 第三版, 第3版, A2版, B12版, with a circled number.
_PAGE_REFERENCE = re.compile(r"(?:第(?P<han>[〇零一二两三四五六七八九十百]+)|第?(?P<section>[A-Za-z]?)(?P<digits>\d+))版(?P<number>[①-⑳]?)")


@dataclass(frozen=True)
class PageReference:
    page: int
    number: str  # the circled number, or ""


def page_reference(text: str) -> PageReference | None:
    """`第三版①` → page 3, number ①; `A2版` → page 2 (a section letter is not kept: pages are
    numbered by `sources.yml` with whole numbers)."""
    match = _PAGE_REFERENCE.search(text.replace(" ", ""))
    if not match:
        return None
    page = _chinese_number(match.group("han")) if match.group("han") else int(match.group("digits"))
    return PageReference(page, match.group("number")) if page else None


def _chinese_number(text: str) -> int:
    """一 … 九十九 (and 一百 …): the page numbers a paper prints."""
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _CHINESE_DIGITS[ch]
    return total + current


def came_from(article: Article, page: Page) -> PageReference | None:
    """The page (and number) an article's `上接` marker names, from its kept artifact."""
    for artifact in page.artifacts:
        if artifact.article_id == article.id and artifact.kind == "jump_marker":
            match = cv.JUMP_FROM.match(artifact.text)
            if match:
                return page_reference(match.group("page"))
    return None


def _pairs(text: str) -> set[str]:
    chars = [ch for ch in text if not ch.isspace() and ch not in "，。、；：！？“”‘’（）《》—…·,.;:!?()"]
    return {a + b for a, b in zip(chars, chars[1:])}


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


@dataclass
class _Jump:
    article: Article
    page: Page
    to: PageReference


@dataclass
class _Rest:
    article: Article
    page: Page
    came_from: PageReference | None


def _score(jump: _Jump, rest: _Rest) -> float | None:
    """The evidence that `rest` continues `jump`; None when a marker rules it out."""
    score = 0.0
    if rest.came_from is not None:
        if rest.came_from.page != jump.page.page:
            return None
        if jump.to.number and rest.came_from.number and jump.to.number != rest.came_from.number:
            return None
        score += WEIGHTS["marker"]
        if jump.to.number and jump.to.number == rest.came_from.number:
            score += WEIGHTS["number"]
    a, b = jump.article, rest.article
    if not b.title_inferred:
        score += WEIGHTS["headline"] * _dice(_pairs(a.kicker + a.title + a.subtitle), _pairs(b.kicker + b.title + b.subtitle))
    score += WEIGHTS["text"] * _dice(_pairs(a.text), _pairs(b.text))
    return score


def join_continuations(pages: list[Page]) -> tuple[set[str], list[Problem]]:
    """Link each jump to its rest (`continued_to_article`, `continued_from_article`), in
    place. Returns the ids of the articles linked and the problems: a jump to a page of the
    archive where no rest was found, a pairing too close to call."""
    by_issue: dict[object, dict[int, Page]] = defaultdict(dict)
    for page in pages:
        if page.issue_date is not None and page.page is not None and not page.rejected:
            by_issue[page.issue_date].setdefault(page.page, page)
    problems: list[Problem] = []
    linked: set[str] = set()
    for _issue, numbered in sorted(by_issue.items()):
        jumps, rests = [], []
        for page in numbered.values():
            for article in page.articles:
                to = page_reference(article.continued_to) if article.continued_to else None
                if to is not None and to.page != page.page:
                    jumps.append(_Jump(article, page, to))
                if article.continued_from:
                    rests.append(_Rest(article, page, came_from(article, page)))
        scored = []
        for j, jump in enumerate(jumps):
            target = numbered.get(jump.to.page)
            for r, rest in enumerate(rests):
                if rest.page is target:
                    score = _score(jump, rest)
                    if score is not None and score >= ACCEPT:
                        scored.append((score, j, r))
        scored.sort(key=lambda s: (-s[0], s[1], s[2]))
        taken_jumps, taken_rests = set(), set()
        for score, j, r in scored:
            if j in taken_jumps or r in taken_rests:
                continue
            rivals = [s for s, j2, r2 in scored if (j2 == j) != (r2 == r) and j2 not in taken_jumps and r2 not in taken_rests]
            jump, rest = jumps[j], rests[r]
            if rivals and score - max(rivals) < MARGIN:
                problems.append(Problem(jump.page.file, jump.article.last_line,
                                        f"the jump to {jump.article.continued_to} could be continued by more than one article there "
                                        f"(scores {score:.1f} and {max(rivals):.1f}); not joined", "uncertain"))
                taken_jumps.add(j)
                continue
            taken_jumps.add(j)
            taken_rests.add(r)
            jump.article.continued_to_article = rest.article.id
            rest.article.continued_from_article = jump.article.id
            linked.update((jump.article.id, rest.article.id))
        for j, jump in enumerate(jumps):
            if j not in taken_jumps and jump.to.page in numbered:
                problems.append(Problem(jump.page.file, jump.article.last_line,
                                        f"jump to {jump.article.continued_to}: no article on that page of the issue continues it; "
                                        "the article is shown without its rest", "info"))
    for page in pages:
        for problem in problems:
            if problem.file == page.file:
                page.problems.append(problem)
    return linked, problems


def joined_parts(article: Article, by_id: dict[str, Article]) -> list[Article]:
    """The whole printed article an article is part of, in reading order: the first part,
    then each continuation (a chain across pages ends when a link is missing or loops)."""
    first, seen = article, {article.id}
    while first.continued_from_article in by_id and first.continued_from_article not in seen:
        first = by_id[first.continued_from_article]
        seen.add(first.id)
    parts, seen = [first], {first.id}
    while parts[-1].continued_to_article in by_id and parts[-1].continued_to_article not in seen:
        parts.append(by_id[parts[-1].continued_to_article])
        seen.add(parts[-1].id)
    return parts
