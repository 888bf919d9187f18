"""The whole run: read the page files, parse, enrich, write the dataset and the site pages."""

from __future__ import annotations

import logging
import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config
from .dataset import ARTICLES, page_lines, write_dataset
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
    written: list[str] = field(default_factory=list)  # files of docs/ this run produced, relative
    cached: int = 0  # pages taken from the cache
    lines: dict[str, tuple[bytes, bytes]] = field(default_factory=dict)  # page file -> its dataset lines

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
            f"{sum(p.severity == 'uncertain' for p in self.problems)} uncertain decisions of the parser, "
            f"coverage {self.coverage:.2%} of {self.characters} characters"
        )


class SeedsError(Exception):
    """The seeds path is not a folder: a run would write an empty archive over the site."""


def find_page_files(seeds_dir: Path) -> list[Path]:
    """Every `*.txt` below `seeds_dir`, in a stable order (by relative path). A path that is
    not a folder is an error (a mistyped --seeds must not publish an empty archive)."""
    if not seeds_dir.is_dir():
        what = "is a file, not a folder of page dumps" if seeds_dir.exists() else "no such folder"
        raise SeedsError(f"seeds {seeds_dir}: {what}; nothing generated")
    return sorted((p for p in seeds_dir.rglob("*.txt") if p.is_file()), key=lambda p: p.relative_to(seeds_dir).as_posix())


# Below this many pages to (re)do, starting worker processes costs more than it saves,
# unless as many cached pages are read meanwhile.
PARALLEL_FROM = 24


def parse_all(seeds_dir: Path, config: Config, progress=None, docs_dir: Path | None = None, workers: int | None = None) -> RunReport:
    """Parse and enrich every page file; a bad file is reported and skipped, the others
    still build. With `docs_dir`, pages whose file, catalog entry, reference data and
    generator code are unchanged come from the cache; the rest are spread over `workers`
    processes (default: the machine's cores) when there are many, or when there is a cache
    to read meanwhile."""
    report = RunReport()
    files = find_page_files(seeds_dir)
    if not files:
        report.problems.append(Problem(str(seeds_dir), None, "no page files (*.txt) in this folder; the archive is empty"))
    pages: list[Page | None] = [None] * len(files)
    keys: list[str | None] = [None] * len(files)
    folder = cache.cache_folder(docs_dir) if docs_dir is not None else None
    if folder is not None:
        fingerprint = cache.code_and_data_fingerprint(config)
        year = fallback_year(config)
        for i, path in enumerate(files):
            try:
                data = path.read_bytes()
            except OSError:
                continue  # parse_page_file reports it
            name = path.relative_to(seeds_dir).as_posix()
            keys[i] = cache.page_key(data, name, config.source(name), year, fingerprint)
    cached = [i for i, key in enumerate(keys) if key and cache.holds(folder, key)]
    todo = sorted(set(range(len(files))) - set(cached))
    done = 0

    def remember_lines(i: int, page: Page, lines: tuple[bytes, bytes] | None = None) -> None:
        """The page's dataset lines, made (and cached) unless the cache had them."""
        if lines is None:
            lines = page_lines(page)
            cache.store_lines(folder, keys[i], lines)
        report.lines[page.file] = lines

    def keep(i: int, page: Page) -> None:
        nonlocal done
        pages[i] = page
        if folder is not None and keys[i]:  # without a cache, write_dataset makes the lines
            cache.store(folder, keys[i], page)
            remember_lines(i, page)
        done += 1
        if progress:
            progress(done, len(todo), files[i])

    # Workers start at once: a run that adds a page loads jieba in a worker while this
    # process reads the cache.
    with _processing(files, todo, seeds_dir, config, workers, beside=len(cached)) as processed:
        for i in cached:
            pages[i] = page = cache.load(folder, keys[i])
            if page is not None:
                remember_lines(i, page, cache.load_lines(folder, keys[i], len(page.articles)))
        for i, page in processed:
            keep(i, page)
    unreadable = [i for i in cached if pages[i] is None]  # a damaged cache file: parse again
    todo += unreadable
    with _processing(files, unreadable, seeds_dir, config, 1) as processed:
        for i, page in processed:
            keep(i, page)
    if folder is not None:
        cache.prune(folder, {k for k in keys if k})
    for page, key in zip(pages, keys):
        if page is not None and key:
            page.key = key
    report.cached = len(files) - len(todo)
    report.pages, dropped = _drop_duplicate_pages([p for p in pages if p is not None])
    for page in report.pages:
        report.problems.extend(page.problems)
        report.articles.extend(page.articles)
    report.problems.extend(dropped)
    return report


@contextmanager
def _processing(files: list[Path], todo: list[int], seeds_dir: Path, config: Config, workers: int | None, beside: int = 0):
    """(index, parsed and enriched page) for every file to do, in order. Worker processes,
    when used, are started on entry, so the caller's own work runs beside them: they are
    used for many pages, or for any when `beside` (pages the caller reads meanwhile) is many."""
    requested = workers or os.cpu_count() or 1
    if not todo or requested < 2 or max(len(todo), beside) < PARALLEL_FROM:
        yield _inline(files, todo, seeds_dir, config)
        return
    workers = min(requested, len(todo))
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(config,)) as pool:
        chunk = max(1, len(todo) // (workers * 8))
        yield zip(todo, pool.map(_worker_page, [(files[i], seeds_dir) for i in todo], chunksize=chunk))


def _inline(files: list[Path], todo: list[int], seeds_dir: Path, config: Config):
    resources = load_resources(config) if todo else None
    for i in todo:
        yield i, process_page(files[i], seeds_dir, config, resources)


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
    # The dataset is a hundred megabytes at a decade of pages: written by a thread while
    # this one renders (file writes release the interpreter lock). They share no file.
    with ThreadPoolExecutor(max_workers=1) as writer:
        dataset = writer.submit(write_dataset, report.pages, docs_dir, report.lines)
        report.written.extend(render_site(report.articles, report.pages, config, docs_dir, dataset=ARTICLES))
        report.written.extend(dataset.result())
    replace_generated(docs_dir, report.written)
    return report
