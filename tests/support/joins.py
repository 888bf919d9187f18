"""Continued articles joined, scored against hand-written expectations: a folder of page
files with its catalog (`sources.yml`) and `expected.yml` (the joins, each article named by
its page file and the line its text starts on; the jumps whose other page is missing).

    .venv/bin/python -m tests.support.joins tests/fixtures/continued

prints precision and recall of the joins and of the notes of missing pages.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.config import Config, SourceEntry, load_config
from generator.continuations import came_from, join_continuations, page_reference
from generator.model import Article, Page
from generator.parse import parse_page_file

ROOT = Path(__file__).resolve().parents[2]


def fixture_config(folder: Path) -> Config:
    base = load_config(ROOT / "site_config")
    catalog = yaml.safe_load((folder / "sources.yml").read_text(encoding="utf-8"))
    sources = {name: SourceEntry(e.get("issue_date"), e.get("page")) for name, e in catalog["pages"].items()}
    return Config(root=base.root, archive=base.archive, sources=sources, reference=base.reference)


def parsed_pages(folder: Path) -> list[Page]:
    config = fixture_config(folder)
    return [parse_page_file(path, folder, config) for path in sorted(folder.glob("*.txt"))]


def _starts_at(article: Article) -> int:
    """The first line of the article's text (its first paragraph), as the expectations name it."""
    return article.paragraph_lines[0].first_line if article.paragraph_lines else article.first_line


@dataclass
class Score:
    found: set
    expected: set

    @property
    def precision(self) -> float:
        return len(self.found & self.expected) / len(self.found) if self.found else 1.0

    @property
    def recall(self) -> float:
        return len(self.found & self.expected) / len(self.expected) if self.expected else 1.0


def score(folder: Path) -> tuple[Score, Score]:
    """(joins, missing-page notes) of the folder's pages, against its expected.yml."""
    expected = yaml.safe_load((folder / "expected.yml").read_text(encoding="utf-8"))
    pages = parsed_pages(folder)
    join_continuations(pages)
    named = {a.id: (a.source_file, _starts_at(a)) for p in pages for a in p.articles}
    found = {(named[a.id], named[a.continued_to_article]) for p in pages for a in p.articles if a.continued_to_article}
    want = {((j["from"]["file"], j["from"]["line"]), (j["to"]["file"], j["to"]["line"])) for j in expected["joins"]}
    printed = {(p.issue_date, p.page) for p in pages}
    missing = set()
    for page in pages:
        for a in page.articles:
            to = page_reference(a.continued_to) if a.continued_to else None
            if to and (a.issue_date, to.page) not in printed:
                missing.add(named[a.id])
            if a.continued_from and not a.continued_from_article:
                came = came_from(a, page)
                if came and (a.issue_date, came.page) not in printed:
                    missing.add(named[a.id])
    want_missing = {(m["file"], m["line"]) for m in expected["missing"]}
    return Score(found, want), Score(missing, want_missing)


def main(argv: list[str]) -> int:
    for folder in map(Path, argv or [str(ROOT / "tests" / "fixtures" / "continued")]):
        joins, missing = score(folder)
        print(f"{folder}: joins precision {joins.precision:.3f} recall {joins.recall:.3f} "
              f"({len(joins.found & joins.expected)} of {len(joins.expected)} expected, {len(joins.found)} found); "
              f"missing pages noted precision {missing.precision:.3f} recall {missing.recall:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
