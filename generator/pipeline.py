"""The whole run: read the page files, parse, enrich, write the dataset and the site pages."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config
from .dataset import write_dataset
from .enrich import enrich_articles
from .model import Article, Page, Problem
from .output import replace_generated
from .parse import parse_page_file
from .render import render_site

log = logging.getLogger("generator")


@dataclass
class RunReport:
    """What a run did, for the closing summary and for `--strict`."""

    pages: list[Page] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

    @property
    def characters(self) -> int:
        return sum(p.characters for p in self.pages)

    @property
    def coverage(self) -> float:
        total = self.characters
        return 1.0 if total == 0 else sum(p.covered for p in self.pages) / total

    def summary(self) -> str:
        return (
            f"{len(self.pages)} page files, {len(self.articles)} articles, "
            f"{sum(p.severity == 'warning' for p in self.problems)} warnings, "
            f"{sum(p.severity == 'error' for p in self.problems)} errors, "
            f"coverage {self.coverage:.2%} of {self.characters} characters"
        )


def find_page_files(seeds_dir: Path) -> list[Path]:
    """Every `*.txt` below `seeds_dir`, in a stable order (by relative path)."""
    return sorted((p for p in seeds_dir.rglob("*.txt") if p.is_file()), key=lambda p: p.relative_to(seeds_dir).as_posix())


def parse_all(seeds_dir: Path, config: Config, progress=None) -> RunReport:
    """Parse every page file; a bad file is reported and skipped, the others still parse."""
    report = RunReport()
    files = find_page_files(seeds_dir)
    for index, path in enumerate(files, 1):
        page = parse_page_file(path, seeds_dir, config)
        report.pages.append(page)
        report.problems.extend(page.problems)
        if progress:
            progress(index, len(files), path)
    report.pages, dropped = _drop_duplicate_pages(report.pages)
    report.problems.extend(dropped)
    for page in report.pages:
        report.articles.extend(page.articles)
    return report


def _drop_duplicate_pages(pages: list[Page]) -> tuple[list[Page], list[Problem]]:
    """A page file identical to an earlier one adds nothing: keep the first, say so."""
    seen: dict[str, str] = {}
    kept, problems = [], []
    for page in pages:
        if page.sha1 and page.sha1 in seen:
            problems.append(Problem(page.file, None, f"same content as {seen[page.sha1]}; skipped"))
            continue
        if page.sha1:
            seen[page.sha1] = page.file
        kept.append(page)
    return kept, problems


def run(seeds_dir: Path, docs_dir: Path, config: Config, progress=None) -> RunReport:
    """parse → enrich → render: the one function the CLI and the MkDocs plugin call."""
    report = parse_all(seeds_dir, config, progress)
    report.articles = enrich_articles(report.articles, config)
    report.written.extend(write_dataset(report.articles, report.pages, docs_dir))
    report.written.extend(render_site(report.articles, report.pages, config, docs_dir))
    replace_generated(docs_dir, report.written)
    return report
