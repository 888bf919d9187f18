"""The whole run: read the page files, parse, enrich, write the dataset and the site pages."""

from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import cache
from .config import Config
from .continuations import join_continuations
from .corrections import CORRECTIONS, apply_corrections
from .dataset import ARTICLES, write_dataset
from .engines import Engine, dask_pages, pool_pages
from .enrich import enrich_article, load_resources
from .enrich.page import settle_page
from .lock import docs_lock
from .model import Article, Page, Problem
from .occurrences import drop_duplicate_pages, unique_ids
from .output import generated_before, prune_temporary, replace_generated
from .pagefiles import PageFile, page_files, read_page_file
from .registry import REGISTRY, Registry, forget_absent, load_registry, save_registry
from .render import render_site
from .timings import Timings, timed

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
    # page file -> the page cache's key: file bytes, catalog entry, reference data and generator
    # code, all an article of the page is made from (no entry when the run keeps no cache)
    page_keys: dict[str, str] = field(default_factory=dict)

    @property
    def characters(self) -> int:
        return sum(p.characters for p in self.pages)

    @property
    def coverage(self) -> float:
        total = self.characters
        return 1.0 if total == 0 else sum(p.covered for p in self.pages) / total

    @property
    def rejected(self) -> list[Page]:
        return [p for p in self.pages if p.rejected]

    def summary(self) -> str:
        rejected = len(self.rejected)
        return (
            f"{len(self.pages)} page files ({self.cached} unchanged, from the cache), "
            f"{rejected} page{'' if rejected == 1 else 's'} rejected, {len(self.articles)} articles, "
            f"{sum(p.severity == 'warning' for p in self.problems)} warnings, "
            f"{sum(p.severity == 'error' for p in self.problems)} errors, "
            f"{sum(p.severity == 'uncertain' for p in self.problems)} uncertain decisions of the parser, "
            f"coverage {self.coverage:.2%} of {self.characters} characters"
        )


class SeedsError(Exception):
    """The seeds path is not a folder: a run would write an empty archive over the site."""


def find_page_files(seeds_dir: Path) -> list[Path]:
    """The page files below `seeds_dir` that will be read, in a stable order (by name). A
    path that is not a folder is an error (a mistyped --seeds must not publish an empty
    archive)."""
    if not seeds_dir.is_dir():
        what = "is a file, not a folder of page dumps" if seeds_dir.exists() else "no such folder"
        raise SeedsError(f"seeds {seeds_dir}: {what}; nothing generated")
    return [f.path for f in page_files(seeds_dir) if not f.refusal]


# Below this many pages to (re)do, starting worker processes costs more than it saves,
# unless as many cached pages are read meanwhile.
PARALLEL_FROM = 24


def parse_all(seeds_dir: Path, config: Config, progress=None, docs_dir: Path | None = None, workers: int | None = None,
              registry: Registry | None = None, timings: Timings | None = None, engine: Engine = "pool",
              scheduler: str | None = None) -> RunReport:
    """Parse and enrich every page file; a bad file is reported and skipped, the others
    still build. With `docs_dir`, pages whose file, catalog entry, reference data and
    generator code are unchanged come from the cache; the rest are spread over `workers`
    processes (default: the machine's cores) when there are many, or when there is a cache
    to read meanwhile; with `engine="dask"`, on Dask workers instead (engines.py; a
    LocalCluster of `workers`, or the cluster of the scheduler at `scheduler`). With
    `timings`, the pages parsed in this process add the time of their parse and enrich
    stages to it."""
    report = RunReport()
    registry = registry if registry is not None else Registry()
    if not seeds_dir.is_dir():
        find_page_files(seeds_dir)  # raises SeedsError naming the path
    files = page_files(seeds_dir)
    if not files:
        report.problems.append(Problem(str(seeds_dir), None, "no page files (*.txt) in this folder; the archive is empty"))
    page_cache = cache.PageCache(docs_dir, config, files)

    def process(todo: list[int], beside: int, again: bool):
        if again:  # the few pages of a damaged cache, in this process
            return _processing(files, todo, seeds_dir, config, 1, timings=timings)
        return _processing(files, todo, seeds_dir, config, workers, beside=beside, timings=timings, engine=engine, scheduler=scheduler)

    pages, todo = _pages_through_cache(files, page_cache, report, progress, process)
    page_cache.prune()
    for page, key in zip(pages, page_cache.keys):
        if page is not None and key:
            report.page_keys[page.file] = key
    report.cached = len(files) - len(todo)
    report.pages, dropped = drop_duplicate_pages([p for p in pages if p is not None], config, registry)
    renamed, reprints = unique_ids(report.pages, config, registry)
    for page in report.pages:
        if page.file in renamed:  # its cached dataset lines hold the ids as parsed
            report.lines.pop(page.file, None)
        report.problems.extend(page.problems)
        report.articles.extend(page.articles)
    report.problems.extend(dropped + reprints)
    _across_pages(report, config)
    return report


def _pages_through_cache(files: list[PageFile], page_cache: cache.PageCache, report: RunReport, progress,
                         process) -> tuple[list[Page | None], list[int]]:
    """The per-page stage behind its cache: the cached pages are loaded while worker
    processes (`process(todo, beside, again=False)`) make the others, which are stored as
    they come; a cached page whose file is damaged is made again (`again=True`). Fills
    `report.lines` with every page's dataset lines (when there is a cache); returns the
    pages by file and the files made."""
    pages: list[Page | None] = [None] * len(files)
    hits = page_cache.hits()
    todo = sorted(set(range(len(files))) - set(hits))
    made = 0

    def take(i: int, page: Page) -> None:
        nonlocal made
        pages[i] = page
        lines = page_cache.store(i, page)
        if lines is not None:
            report.lines[page.file] = lines
        made += 1
        if progress:
            progress(made, len(todo), files[i].path)

    # Workers start at once: a run that adds a page loads jieba in a worker while this
    # process reads the cache.
    with process(todo, len(hits), False) as processed:
        for i in hits:
            loaded = page_cache.load(i)
            if loaded is not None:
                pages[i], report.lines[loaded[0].file] = loaded
        for i, page in processed:
            take(i, page)
    damaged = [i for i in hits if pages[i] is None]
    todo += damaged
    with process(damaged, 0, True) as processed:
        for i, page in processed:
            take(i, page)
    return pages, todo


def _across_pages(report: RunReport, config: Config) -> None:
    """What needs every page: the archivist's corrections (site_config/corrections.yml),
    then continued articles joined. The pages they change get their dataset lines anew."""
    loaded: list = []

    def resources():  # for a split or a merge only: jieba loads in this process then
        if not loaded:
            loaded.append(load_resources(config))
        return loaded[0]

    corrected, problems = apply_corrections(report.pages, Path(config.root) / CORRECTIONS, resources)
    joined, join_problems = join_continuations(report.pages)
    report.problems.extend(problems + join_problems)
    changed = corrected | joined
    noted = {p.file for p in join_problems}
    for page in report.pages:
        if page.file in noted or any(a.id in changed for a in page.articles):
            report.lines.pop(page.file, None)
    report.articles = [a for page in report.pages for a in page.articles]


@contextmanager
def _processing(files: list[PageFile], todo: list[int], seeds_dir: Path, config: Config, workers: int | None, beside: int = 0,
                timings: Timings | None = None, engine: Engine = "pool", scheduler: str | None = None):
    """(index, parsed and enriched page) for every file to do, in order. With the pool,
    worker processes, when used, are started on entry, so the caller's own work runs beside
    them: they are used for many pages, or for any when `beside` (pages the caller reads
    meanwhile) is many. The dask engine, once chosen, takes every page there is to do (on a
    LocalCluster of `workers` processes, or on the cluster of `scheduler`). `timings` times
    the pages done in this process (the workers' are not)."""
    requested = workers or os.cpu_count() or 1
    jobs = [(files[i], seeds_dir) for i in todo]
    if todo and engine == "dask":
        with dask_pages(process_page, jobs, config, min(requested, len(todo)), scheduler) as pages:
            yield zip(todo, pages)
        return
    if not todo or requested < 2 or max(len(todo), beside) < PARALLEL_FROM:
        yield _inline(files, todo, seeds_dir, config, timings)
        return
    with pool_pages(process_page, jobs, config, min(requested, len(todo))) as pages:
        yield zip(todo, pages)


def _inline(files: list[PageFile], todo: list[int], seeds_dir: Path, config: Config, timings: Timings | None = None):
    with timed(timings, "enrich"):  # jieba and the reference data, for the enrichment
        resources = load_resources(config) if todo else None
    for i in todo:
        yield i, process_page(files[i], seeds_dir, config, resources, timings)


def process_page(page_file: PageFile, seeds_dir: Path, config: Config, resources, timings: Timings | None = None) -> Page:
    """One page file through the per-page stages: parse, then enrich its articles. Neither
    stage's failure on one page stops the run: it becomes the page's error."""
    with timed(timings, "parse"):
        page = read_page_file(page_file, config, config.assumed_year)
    with timed(timings, "enrich"):
        for article in page.articles:
            try:
                enrich_article(article, resources)
            except Exception as exc:
                page.problems.append(Problem(page.file, article.first_line, f"enrichment failed ({type(exc).__name__}: {exc}); "
                                             "the article is kept without people, districts and topics", "error"))
        try:
            settle_page(page.articles, resources)
        except Exception as exc:
            page.problems.append(Problem(page.file, None, f"the page's articles could not be read together ({type(exc).__name__}: {exc}); "
                                         "each keeps its own primary district", "error"))
    return page


def run(seeds_dir: Path, docs_dir: Path, config: Config, progress=None, workers: int | None = None, wait: bool = True,
        timings: Timings | None = None, engine: Engine = "pool", scheduler: str | None = None) -> RunReport:
    """parse → enrich → render: the one function the CLI and the MkDocs plugin call. The
    docs folder is locked for the run (a second run waits, or with `wait=False` refuses).
    With `timings`, each stage's wall time is added to it (the benchmarks ask for them).
    `engine` and `scheduler`: where the pages are parsed and enriched (`parse_all`)."""
    docs_dir = Path(docs_dir)
    find_page_files(Path(seeds_dir))  # a seeds path that is no folder stops the run before anything is written
    docs_dir.mkdir(parents=True, exist_ok=True)
    with docs_lock(docs_dir, wait=wait):
        prune_temporary(docs_dir)
        registry, unreadable = load_registry(docs_dir)
        with timed(timings, "parse + enrich"):
            report = parse_all(seeds_dir, config, progress, docs_dir=docs_dir, workers=workers, registry=registry, timings=timings,
                               engine=engine, scheduler=scheduler)
        if unreadable:
            report.problems.append(Problem(REGISTRY, None, unreadable))
        generated = generated_before(docs_dir)

        def dataset_stage() -> list[str]:
            with timed(timings, "dataset"):
                return write_dataset(report.pages, docs_dir, report.lines, generated, report.problems)

        # The dataset is a hundred megabytes at a decade of pages: written by a thread while
        # this one renders (file writes release the interpreter lock). They share no file.
        with ThreadPoolExecutor(max_workers=1) as writer:
            dataset = writer.submit(dataset_stage)
            with timed(timings, "render"):
                report.written.extend(render_site(report.articles, report.pages, config, docs_dir, dataset=ARTICLES,
                                                  registry=registry, generated=generated, problems=report.problems,
                                                  page_keys=report.page_keys))
            report.written.extend(dataset.result())
        forget_absent(registry, report.pages)
        save_registry(docs_dir, registry)
        with timed(timings, "render"):  # the files of the site put in place
            replace_generated(docs_dir, report.written)
    return report
