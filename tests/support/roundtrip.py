"""Round trip: typeset pages, parse them, score the parser item by item and per variant family.

    python -m tests.support.roundtrip --pages 10000 --seed 1

prints the figures as a Markdown table (overall, then one row per variant family: the
share of the family's items whose boundary, headline, byline, all three, kind and jump
marker are right).
An item's boundary is right when an article has its first and last line; its headline
when the article matched to it (same boundary, else the one overlapping it most) has its
title, kicker and subtitle; its byline when that article has its reporters,
correspondents, photographers and signature (all compared without spaces).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from dataclasses import dataclass, field

from .typeset import FAMILIES, PrintedItem, TypesetPage, typeset_page

ISSUE_DATE = dt.date(2020, 3, 2)  # any date: the round trip scores layout, not dates


def _norm(text: str) -> str:
    """Compare without layout spaces; a caption's opening arrow is not part of its title."""
    return re.sub(r"\s+", "", text or "").lstrip("↑")


def _names(values) -> list[str]:
    return [_norm(v) for v in values]


@dataclass
class ItemScore:
    families: list[str]
    boundary: bool
    headline: bool
    byline: bool
    kind: bool
    continued_to: bool

    @property
    def all_three(self) -> bool:
        return self.boundary and self.headline and self.byline


@dataclass
class Tally:
    """Sums over pages: boundary precision/recall and per-family item counts."""

    expected: int = 0
    parsed: int = 0
    parsed_right: int = 0
    items: list[ItemScore] = field(default_factory=list)

    def add(self, page_score: "PageScore") -> None:
        self.expected += len(page_score.items)
        self.parsed += page_score.parsed
        self.parsed_right += page_score.parsed_right
        self.items.extend(page_score.items)

    @property
    def precision(self) -> float:
        return self.parsed_right / self.parsed if self.parsed else 0.0

    @property
    def recall(self) -> float:
        return sum(s.boundary for s in self.items) / self.expected if self.expected else 0.0

    @property
    def boundary_f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def rate(self, attribute: str, family: str | None = None) -> tuple[int, float]:
        chosen = [s for s in self.items if family is None or family in s.families]
        if not chosen:
            return 0, 0.0
        return len(chosen), sum(getattr(s, attribute) for s in chosen) / len(chosen)


@dataclass
class PageScore:
    items: list[ItemScore]
    parsed: int
    parsed_right: int


def _first_lines(item: PrintedItem) -> set[int]:
    # A glued headline's line: the fixtures count the next item from it or from the line after.
    return {item.first_line, item.first_line + 1} if item.glued_above else {item.first_line}


def score_page(page: TypesetPage, articles) -> PageScore:
    """Score the parser's articles of one typeset page against what was printed."""
    matched_parsed: set[int] = set()
    scores: list[ItemScore] = []
    for item in page.items:
        same = [
            i for i, a in enumerate(articles)
            if a.first_line in _first_lines(item) and a.last_line == item.last_line
        ]
        if same:
            matched_parsed.add(same[0])
            article = articles[same[0]]
        else:
            overlaps = [
                (min(a.last_line, item.last_line) - max(a.first_line, item.first_line), -i)
                for i, a in enumerate(articles)
            ]
            best = max(overlaps, default=(-1, 0))
            article = articles[-best[1]] if best[0] >= 0 else None
        if article is None:
            scores.append(ItemScore(item.families, False, False, False, False, False))
            continue
        headline = (
            _norm(article.title) == _norm(item.title)
            and _norm(article.kicker) == _norm(item.kicker)
            and _norm(article.subtitle) == _norm(item.subtitle)
        )
        byline = (
            _names(article.reporters) == _names(item.reporters)
            and _names(article.correspondents) == _names(item.correspondents)
            and _names(article.photographers) == _names(item.photographers)
            and _norm(article.signature) == _norm(item.signature)
        )
        scores.append(
            ItemScore(
                families=item.families,
                boundary=bool(same),
                headline=headline,
                byline=byline,
                kind=article.kind == item.kind,
                continued_to=_norm(article.continued_to) == _norm(item.continued_to),
            )
        )
    return PageScore(scores, parsed=len(articles), parsed_right=len(matched_parsed))


def parse_and_score(page: TypesetPage):
    """Run the parser on a typeset page and score it (the parser is imported here only)."""
    from generator.parse import parse_page_text

    parsed = parse_page_text(page.text, f"roundtrip_{page.seed}.txt", issue_date=ISSUE_DATE, page_number=2)
    return score_page(page, parsed.articles)


def run(pages: int, seed: int) -> Tally:
    tally = Tally()
    for n in range(pages):
        tally.add(parse_and_score(typeset_page(seed * 1_000_003 + n)))
    return tally


def markdown_table(tally: Tally) -> str:
    rows = [
        "| family | items | boundary right | headline right | byline right | all three | kind | continued_to |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def row(label: str, family: str | None) -> str:
        count, boundary = tally.rate("boundary", family)
        cells = [f"{tally.rate(a, family)[1]:.3f}" for a in ("headline", "byline", "all_three", "kind", "continued_to")]
        return f"| {label} | {count} | {boundary:.3f} | " + " | ".join(cells) + " |"

    rows.append(row("**all**", None))
    rows += [row(f, f) for f in FAMILIES if tally.rate("boundary", f)[0]]
    summary = (
        f"Boundaries: precision {tally.precision:.3f} ({tally.parsed_right}/{tally.parsed} parsed articles), "
        f"recall {tally.recall:.3f} ({sum(s.boundary for s in tally.items)}/{tally.expected} items), "
        f"F1 {tally.boundary_f1:.3f}."
    )
    return summary + "\n\n" + "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    tally = run(args.pages, args.seed)
    print(f"Round trip: {args.pages} pages, seed {args.seed}, {tally.expected} items.\n")
    print(markdown_table(tally))
    return 0


if __name__ == "__main__":
    sys.exit(main())
