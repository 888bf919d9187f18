"""The whole run: read the page files, parse, enrich, write the dataset and the site pages."""

from __future__ import annotations

import logging
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config
from .dataset import write_dataset
from . import cache
from .enrich import enrich_article, load_resources
from .model import Article, Page, Problem
from .output import replace_generated
from .parse import fallback_year, parse_page_file
from .render import render_site

log = logging.getLogger("generator")


@dataclass
class RunReport:
    """What a run did, for the closing summary and for `--strict`."""

    pages: list[Page] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    cached: int = 0  # pages taken from the cache

    @property
    def characters(self) -> int:
        return sum(p.characters for p in self.pages)

    @property
    def coverage(self) -> float:
        total = self.characters
        return 1.0 if total == 0 else sum(p.covered for p in self.pages) / total

    def summary(self) -> str:
        return (
            f"{len(self.pages)} page files ({self.cached} unchanged, from the cache), {len(self.articles)} articles, "
            f"{sum(p.severity == 'warning' for p in self.problems)} warnings, "
            f"{sum(p.severity == 'error' for p in self.problems)} errors, "
            f"coverage {self.coverage:.2%} of {self.characters} characters"
        )


def find_page_files(seeds_dir: Path) -> list[Path]:
    """Every `*.txt` below `seeds_dir`, in a stable order (by relative path)."""
    return sorted((p for p in seeds_dir.rglob("*.txt") if p.is_file()), key=lambda p: p.relative_to(seeds_dir).as_posix())


# Below this many pages to (re)do, starting worker processes costs more than it saves.
PARALLEL_FROM = 24


def parse_all(seeds_dir: Path, config: Config, progress=None, docs_dir: Path | None = None, workers: int | None = None) -> RunReport:
    """Parse and enrich every page file; a bad file is reported and skipped, the others
    still build. With `docs_dir`, pages whose file, catalog entry, reference data and
    generator code are unchanged come from the cache; the rest are spread over `workers`
    processes (default: the machine's cores) when there are many."""
    report = RunReport()
    files = find_page_files(seeds_dir)
    pages: list[Page | None] = [None] * len(files)
    keys: list[str | None] = [None] * len(files)
    if docs_dir is not None:
        fingerprint = cache.code_and_data_fingerprint(config)
        year = fallback_year(config)
        for i, path in enumerate(files):
            try:
                data = path.read_bytes()
            except OSError:
                continue  # parse_page_file reports it
            name = path.relative_to(seeds_dir).as_posix()
            keys[i] = cache.page_key(data, name, config.source(name), year, fingerprint)
            pages[i] = cache.load(docs_dir, keys[i])
    todo = [i for i, page in enumerate(pages) if page is None]
    for done, (i, page) in enumerate(_process(files, todo, seeds_dir, config, workers), 1):
        pages[i] = page
        if docs_dir is not None and keys[i]:
            cache.store(docs_dir, keys[i], page)
        if progress:
            progress(done, len(todo), files[i])
    if docs_dir is not None:
        cache.prune(docs_dir, {k for k in keys if k})
    report.cached = len(files) - len(todo)
    report.pages, dropped = _drop_duplicate_pages([p for p in pages if p is not None])
    for page in report.pages:
        report.problems.extend(page.problems)
        report.articles.extend(page.articles)
    report.problems.extend(dropped)
    return report


def _process(files: list[Path], todo: list[int], seeds_dir: Path, config: Config, workers: int | None):
    """(index, parsed and enriched page) for every file to do, in order of the files."""
    workers = workers or os.cpu_count() or 1
    if workers < 2 or len(todo) < PARALLEL_FROM:
        resources = load_resources(config) if todo else None
        for i in todo:
            yield i, process_page(files[i], seeds_dir, config, resources)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(config,)) as pool:
        chunk = max(1, len(todo) // (workers * 8))
        yield from zip(todo, pool.map(_worker_page, [(files[i], seeds_dir) for i in todo], chunksize=chunk))


def process_page(path: Path, seeds_dir: Path, config: Config, resources) -> Page:
    """One page file through the per-page stages: parse, then enrich its articles."""
    page = parse_page_file(path, seeds_dir, config)
    for article in page.articles:
        enrich_article(article, resources)
    return page


# A worker process loads jieba and the reference data once, in its initializer, and keeps
# them for every page it is given: process-local, never shared or written back.
_worker_state: dict = {}


def _start_worker(config: Config) -> None:
    _worker_state["config"] = config
    _worker_state["resources"] = load_resources(config)


def _worker_page(job: tuple[Path, Path]) -> Page:
    path, seeds_dir = job
    return process_page(path, seeds_dir, _worker_state["config"], _worker_state["resources"])


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


def run(seeds_dir: Path, docs_dir: Path, config: Config, progress=None, workers: int | None = None) -> RunReport:
    """parse → enrich → render: the one function the CLI and the MkDocs plugin call."""
    report = parse_all(seeds_dir, config, progress, docs_dir=docs_dir, workers=workers)
    report.written.extend(write_dataset(report.articles, report.pages, docs_dir))
    report.written.extend(render_site(report.articles, report.pages, config, docs_dir))
    replace_generated(docs_dir, report.written)
    return report
