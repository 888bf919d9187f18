"""The benchmark report: for each corpus size, time and memory of every stage, size of
the site, and the bytes a reader downloads for one search.

Each size is built in its own temporary project folder (seeds/ = the corpus, a copy of
site_config/ whose sources.yml is the corpus's catalog, docs_templates/ linked, and a
mkdocs.yml that inherits the repo's). The generator runs in a fresh process so that its
peak memory is its own; `mkdocs build` runs with the generator plugin switched off, so
that its time is MkDocs's alone (the plugin would run the same pipeline again).
"""

from __future__ import annotations

import datetime as dt
import gzip
import importlib.util
import json
import logging
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import yaml

from generator.timings import Stage as StageName
from generator.timings import Timings

from .browser import CHROMIUM, SiteServer, launch_chromium
from .corpus import write_corpus

log = logging.getLogger("benchmarks")

QUERY = "徐衣显"  # the query the site issue names for its browser test (a city leader in people.yml)
# The stages the pipeline times (generator/timings.py) that the report shows: of a whole run,
# and of parse_all in one process (the parser and the enrichment apart).
RUN_STAGES: tuple[StageName, ...] = ("parse + enrich", "dataset", "render")
SERIAL_STAGES: tuple[StageName, ...] = ("parse", "enrich")
# What Material's search fetches: the index, its web worker, and lunr's language scripts.
SEARCH_PATHS = ("/search/", "/workers/", "/lunr/")
SEARCH_TIMEOUT_MS = 900_000  # the built-in search builds its index in the browser: slow on big sites
# The site's Pagefind box (docs_templates/overrides): it marks what Pagefind indexes
# (data-pagefind-body) and loads the first results' fragments, five at a time.
PAGEFIND_SCRIPT = "/assets/javascripts/pagefind-search.js"


@dataclass
class Stage:
    name: str
    seconds: float
    peak_bytes: int  # peak resident set size during the stage
    worker_peak_bytes: int = 0  # the largest worker process's, for stages run in workers


@dataclass
class Search:
    """What one search costs a reader: the files fetched, their bytes raw and gzipped."""

    engine: str
    files: dict[str, int] = field(default_factory=dict)  # URL path -> bytes
    gzip_bytes: int = 0
    results: int | None = None
    seconds: float = 0.0  # from typing the query to the first results on screen
    index_bytes: int = 0  # the whole index on the server
    index_files: int = 0
    build: Stage | None = None
    note: str = ""

    @property
    def bytes(self) -> int:
        return sum(self.files.values())


@dataclass
class SizeResult:
    pages: int
    articles: int = 0
    items_planned: int = 0
    problems: int = 0
    corpus_seconds: float = 0.0
    stages: list[Stage] = field(default_factory=list)
    html_pages: int = 0
    site_bytes: int = 0
    docs_bytes: int = 0
    search_index_bytes: int = 0
    searches: list[Search] = field(default_factory=list)
    wall_seconds: float = 0.0


# --------------------------------------------------------------------------- the run

def run_report(sizes: list[int], seed: int = 1, repo: Path = Path("."), workdir: Path | None = None,
               search: bool = True, keep: bool = False, argv: list[str] | None = None) -> str:
    """Measure every size in turn and return the Markdown report."""
    repo = Path(repo).resolve()
    workdir = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="jiaozuo-bench-", dir="/tmp"))
    started = time.perf_counter()
    code = generator_code(repo)
    results = []
    for pages in sizes:
        folder = workdir / f"pages-{pages:06d}"
        results.append(measure_size(pages, seed, repo, folder, search))
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
    after = generator_code(repo)
    if after.split("digest")[-1] != code.split("digest")[-1]:  # the numbers of one report must be of one version of the generator
        code = f"{code}, changed during the run to {after}: the sizes measured different code"
    command = "python -m benchmarks " + " ".join(argv or ["report", "--sizes", ",".join(map(str, sizes))])
    return format_report(results, machine(), {"generator": code, **versions()}, command, seed, time.perf_counter() - started)


def generator_code(repo: Path) -> str:
    """The commit measured, and a digest of the generator's source as it is on disk
    (uncommitted changes included): the same digest means the same code."""
    import hashlib

    digest = hashlib.sha1()
    for path in sorted((repo / "generator").rglob("*.py")):
        digest.update(path.read_bytes())
    try:
        commit = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    except OSError:
        commit = ""
    return f"commit {commit or 'unknown'}, source digest {digest.hexdigest()[:10]}"


def measure_size(pages: int, seed: int, repo: Path, folder: Path, search: bool) -> SizeResult:
    """Corpus, generator, mkdocs build and search measurements for one corpus size."""
    result = SizeResult(pages)
    started = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    log.info("[%d pages] corpus in %s", pages, folder)
    t0 = time.perf_counter()
    corpus = write_corpus(folder / "seeds", pages, seed, repo / "seeds", repo / "site_config")
    result.corpus_seconds, result.items_planned = time.perf_counter() - t0, corpus.articles
    assert corpus.catalog is not None  # write_corpus always writes one
    mkdocs_yml = prepare_project(folder, repo, corpus.catalog)
    log.info("[%d pages] generator", pages)
    generated = run_generator(folder)
    result.stages = generator_rows(generated)
    result.articles, result.problems = generated["run"]["articles"], generated["run"]["problems"]
    log.info("[%d pages] one page added, then removed", pages)
    result.stages += incremental_stages(folder, pages, seed, repo)
    log.info("[%d pages] %d articles; mkdocs build", pages, result.articles)
    result.stages.append(run_measured("mkdocs build", [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(mkdocs_yml)],
                                      cwd=folder, log_file=folder / "mkdocs.log"))
    site = folder / "site"
    result.site_bytes, result.docs_bytes = dir_bytes(site), dir_bytes(folder / "docs")
    result.html_pages = sum(1 for _ in site.rglob("*.html"))
    index = site / "search" / "search_index.json"
    result.search_index_bytes = index.stat().st_size if index.exists() else 0
    if search:
        result.searches = measure_searches(site, folder)
    result.wall_seconds = time.perf_counter() - started
    return result


def prepare_project(folder: Path, repo: Path, catalog: Path) -> Path:
    """A project folder beside the corpus: settings with the corpus's catalog, the repo's
    templates, and a mkdocs.yml that inherits the repo's with the generator plugin off."""
    config = folder / "site_config"
    shutil.copytree(repo / "site_config", config, dirs_exist_ok=True)
    shutil.copyfile(catalog, config / "sources.yml")
    templates = folder / "docs_templates"
    if not templates.exists():
        templates.symlink_to(repo / "docs_templates", target_is_directory=True)
    return write_mkdocs_yml(folder, repo / "mkdocs.yml")


def write_mkdocs_yml(folder: Path, parent: Path) -> Path:
    """`INHERIT`s the repo's mkdocs.yml; docs_dir and site_dir point into `folder`.

    MkDocs replaces lists when it merges an inherited file, so the plugin list is copied
    whole, with `enabled: false` for the generator: its pages are already in docs/.
    """
    plugins = read_mkdocs_yml(parent).get("plugins", [])
    copied = []
    for entry in plugins:
        name, options = (entry, {}) if isinstance(entry, str) else next(iter(entry.items()))
        if name == "jiaozuo-archive":
            options = {**(options or {}), "enabled": False}
        copied.append({name: options} if options else name)
    # `extra.pagefind` puts the site's Pagefind box and script on every page (the plugin,
    # switched off, would set it from archive.yml): both searches are measured on one build.
    child = {"INHERIT": str(parent), "docs_dir": str(folder / "docs"), "site_dir": str(folder / "site"), "plugins": copied,
             "extra": {"pagefind": True}}
    # The plugin, switched off, no longer sets where the site is published: set it here.
    archive = _archive_settings(folder / "site_config")
    child.update({key: value for key, value in archive.items() if key in ("site_url", "repo_url") and value})
    path = folder / "mkdocs.yml"
    path.write_text(yaml.safe_dump(child, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def read_mkdocs_yml(path: Path) -> dict:
    """A mkdocs.yml as data, `INHERIT` merged; tags that need a loaded MkDocs config
    (`!relative`) read as None: only plain options are read from it here."""
    from mkdocs.utils.yaml import get_yaml_loader, yaml_load

    class Loader(get_yaml_loader()):  # type: ignore[misc]  # MkDocs's loader class, made per call
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    with Path(path).open("rb") as fh:
        return yaml_load(fh, Loader)


def _archive_settings(config_dir: Path) -> dict:
    path = config_dir / "archive.yml"
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or {}) if path.exists() else {}


# --------------------------------------------------------------------------- the generator

def run_generator(folder: Path) -> dict:
    """The generator three times, each in a fresh process (its own peak memory):

    - `run`: generator.pipeline.run as the CLI and the plugin run it (parse and enrich
      spread over the machine's cores, cold cache), stage by stage;
    - `rerun`: the same again on the same docs/, nothing changed (the page cache is warm);
    - `serial`: parse_all with one process and no cache, timing the parser and the
      enrichment apart (the pipeline interleaves them page by page).
    """
    return {mode: _in_child(folder, mode) for mode in ("run", "rerun", "serial")}


def _in_child(folder: Path, mode: str) -> dict:
    command = [sys.executable, "-m", "benchmarks.report", str(folder), mode]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"generator ({mode}) failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def incremental_stages(folder: Path, pages: int, seed: int, repo: Path) -> list[Stage]:
    """The archive grows by a day's first page: one new page file (the issue after the
    corpus's last) and its catalog entry, then `python -m generator generate` as a reader
    of the archive runs it, timed as a whole process (start-up and settings included);
    then the page is taken out again and the command rerun."""
    from .corpus import DEFAULT_START, PAGES_PER_ISSUE

    day = DEFAULT_START + dt.timedelta(days=(pages + PAGES_PER_ISSUE - 1) // PAGES_PER_ISSUE)
    extra = write_corpus(folder / "extra", 1, seed + 1000, repo / "seeds", repo / "site_config", start=day)
    page, catalog = extra.files[0], folder / "site_config" / "sources.yml"
    before = catalog.read_text(encoding="utf-8")
    command = [sys.executable, "-m", "generator", "--config", "site_config", "-q", "generate", "--seeds", "seeds", "--docs", "docs"]
    stages = []
    try:
        shutil.copyfile(page, folder / "seeds" / page.name)
        catalog.write_text(before + f"  {page.name}:\n    issue_date: {day.isoformat()}\n    page: 1\n", encoding="utf-8")
        stages.append(run_measured(f"generator, one page added ({extra.articles} articles; CLI process)", command, cwd=folder,
                                   log_file=folder / "add-one.log"))
    finally:
        (folder / "seeds" / page.name).unlink(missing_ok=True)
        catalog.write_text(before, encoding="utf-8")
    stages.append(run_measured("generator, the page removed again (CLI process)", command, cwd=folder, log_file=folder / "remove-one.log"))
    return stages


def generator_rows(generated: dict) -> list[Stage]:
    """The report's rows for the generator: the single-process split of parse and enrich,
    then the pipeline as it runs (parallel, cold cache), and the warm rerun."""
    run, rerun, serial = generated["run"], generated["rerun"], generated["serial"]
    stage = run["stages"]
    return [
        Stage("parse (1 process)", serial["stages"]["parse"]["seconds"], serial["peak"]),
        Stage("enrich (1 process)", serial["stages"]["enrich"]["seconds"], serial["peak"]),
        Stage(f"parse + enrich ({run['workers']} processes)", stage["parse + enrich"]["seconds"],
              stage["parse + enrich"]["peak"], run["worker_peak"]),
        Stage("dataset", stage["dataset"]["seconds"], stage["dataset"]["peak"]),
        Stage("render", stage["render"]["seconds"], stage["render"]["peak"]),
        Stage("**generator** (pipeline.run, cold)", run["total"], run["peak"], run["worker_peak"]),
        Stage(f"generator rerun, warm cache ({rerun['cached']:,} pages cached)", rerun["total"], rerun["peak"], rerun["worker_peak"]),
    ]


def generator_stages(folder: Path, mode: str) -> dict:
    """Run the generator in this process, with a `Timings` that the pipeline fills stage by
    stage (and that takes each whole stage's peak memory): the pipeline as it runs, timed
    where it says its stages are; a stage it stops timing fails loudly."""
    from generator import pipeline
    from generator.config import load_config

    config = load_config(folder / "site_config")
    wanted = SERIAL_STAGES if mode == "serial" else RUN_STAGES
    timings = _Measured()
    started = time.perf_counter()
    if mode == "serial":
        report = pipeline.parse_all(folder / "seeds", config, workers=1, timings=timings)
    else:
        report = pipeline.run(folder / "seeds", folder / "docs", config, timings=timings)
    total = time.perf_counter() - started
    missing = set(wanted) - set(timings.seconds)
    if missing:
        raise RuntimeError(f"generator.pipeline no longer times {sorted(missing)}: update benchmarks.report")
    import resource

    return {
        "stages": {label: {"seconds": timings.seconds[label], "peak": timings.peaks.get(label, 0)} for label in wanted},
        "total": total,
        "peak": max([_peak(), *timings.earlier_peaks]),
        "worker_peak": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024,
        "workers": os.cpu_count() if mode != "serial" else 1,
        "articles": len(report.articles),
        "problems": len(report.problems),
        "cached": getattr(report, "cached", 0),
    }


@dataclass
class _Measured(Timings):
    """The pipeline's timings, and the peak RSS during each of a run's whole stages.

    Peaks are reset only around whole stages (RUN_STAGES); in serial mode the per-page
    stages are many and short, and the stage peak is the process's. A reset forgets the
    peak so far: the earlier peaks are kept."""

    peaks: dict[str, int] = field(default_factory=dict)
    earlier_peaks: list[int] = field(default_factory=list)

    @contextmanager
    def stage(self, name: StageName) -> Iterator[None]:
        if name not in RUN_STAGES:
            with super().stage(name):
                yield
            return
        self.earlier_peaks.append(_peak())
        _reset_peak()
        with super().stage(name):
            yield
        self.peaks[name] = max(self.peaks.get(name, 0), _peak())


def _reset_peak() -> None:
    """Linux: writing 5 to clear_refs resets the process's peak RSS (VmHWM) to its current RSS."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _peak() -> int:
    """Peak resident set size of this process since the last reset, in bytes."""
    try:
        match = re.search(r"VmHWM:\s+(\d+)\s+kB", Path("/proc/self/status").read_text())
        if match:
            return int(match.group(1)) * 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


# --------------------------------------------------------------------------- child processes

def run_measured(name: str, command: list[str], cwd: Path, log_file: Path) -> Stage:
    """Wall time and peak RSS of one child process (os.wait4 gives that child's own rusage)."""
    started = time.perf_counter()
    with log_file.open("wb") as out:
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{name} failed ({process.returncode}); see {log_file}:\n{log_file.read_text(errors='replace')[-3000:]}")
    return Stage(name, seconds, usage.ru_maxrss * 1024)


def dir_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file() and not p.is_symlink()) if Path(folder).exists() else 0


# --------------------------------------------------------------------------- search

def measure_searches(site: Path, folder: Path) -> list[Search]:
    """The built-in search, and Pagefind if it is installed, each queried in headless Chromium."""
    searches = []
    try:
        searches.append(builtin_search(site))
    except Exception as exc:  # the report says what could not be measured, and why
        log.warning("built-in search not measured: %s", exc)
        searches.append(Search("mkdocs-material (lunr)", note=f"not measured: {exc}"))
    searches.append(pagefind_search(site, folder))
    return searches


def builtin_search(site: Path) -> Search:
    """Material's search: open the home page, type the query, wait for the results.

    The worker fetches search_index.json and the lunr scripts when the page loads; all of
    it is needed before the first result shows.
    """
    from playwright.sync_api import sync_playwright

    result = Search("mkdocs-material (lunr)")
    index = site / "search" / "search_index.json"
    result.index_bytes, result.index_files = index.stat().st_size, 1
    with SiteServer(site) as server, sync_playwright() as pw:
        browser = launch_chromium(pw)
        page = browser.new_page()
        started = time.perf_counter()
        page.goto(server.url, wait_until="load")
        page.keyboard.press("/")  # Material's shortcut: focus the search box
        page.locator("input.md-search__input").fill(QUERY)
        page.wait_for_selector(".md-search-result__item", timeout=SEARCH_TIMEOUT_MS)
        result.seconds = time.perf_counter() - started
        meta = page.locator(".md-search-result__meta").inner_text()
        browser.close()
        # The worker starts with the page: what any page view costs (HTML, CSS, the main
        # bundle) is left out, what only search needs is counted.
        result.files = server.fetched(lambda p: any(part in p for part in SEARCH_PATHS))
    result.note = meta.strip()
    result.results = material_count(meta)
    result.gzip_bytes = _gzip_bytes(site, result.files)
    return result


def pagefind_search(site: Path, folder: Path) -> Search:
    """Index the built site with Pagefind, then search with the site's own box
    (assets/javascripts/pagefind-search.js): type the query, wait for the first results on
    screen. Counted: that script, and everything fetched from /pagefind/."""
    result = Search("Pagefind")
    if importlib.util.find_spec("pagefind") is None:  # the Python package ships the binary
        result.note = "not measured: pagefind is not installed (pip install 'pagefind[extended]')"
        return result
    try:
        result.build = run_measured("pagefind", [sys.executable, "-m", "pagefind", "--site", str(site)],
                                    cwd=folder, log_file=folder / "pagefind.log")
    except RuntimeError as exc:
        result.note = f"not measured: {exc}"
        return result
    bundle = site / "pagefind"
    result.index_bytes = dir_bytes(bundle)
    result.index_files = sum(1 for p in bundle.rglob("*") if p.is_file())
    from playwright.sync_api import sync_playwright

    with SiteServer(site) as server, sync_playwright() as pw:
        browser = launch_chromium(pw)
        page = browser.new_page()
        page.goto(server.url, wait_until="load")
        started = time.perf_counter()
        page.locator(".jz-search input").fill(QUERY)
        page.locator(".jz-search__status", has_text="找到").wait_for(timeout=SEARCH_TIMEOUT_MS)
        page.wait_for_function("document.querySelector('.jz-search').dataset.loaded", timeout=SEARCH_TIMEOUT_MS)
        result.seconds = time.perf_counter() - started
        status = page.locator(".jz-search__status").inner_text()
        shown = page.locator(".jz-search__results li").count()
        browser.close()
        result.files = server.fetched(lambda p: p.startswith("/pagefind/") or p.endswith(PAGEFIND_SCRIPT))
    numbers = re.findall(r"\d+", status.replace(",", ""))
    result.results = int(numbers[0]) if numbers else None
    result.gzip_bytes = _gzip_bytes(site, result.files)
    result.note = f"the site's box; {shown} results on screen (their fragments loaded)"
    return result


def material_count(meta: str) -> int | None:
    """The number of results in Material's line above them: `12 个符合条件的结果`, with
    thousands rounded as `3.7k` (Material's own rounding: the count is then approximate)."""
    match = re.search(r"(\d+(?:\.\d+)?)\s*(k?)", meta.replace(",", ""))
    if not match:
        return None
    return round(float(match.group(1)) * (1000 if match.group(2) else 1))


def _gzip_bytes(site: Path, files: dict[str, int]) -> int:
    """What the same files weigh with gzip, as most static hosts send them (Pagefind's own
    index files are gzipped already and barely shrink)."""
    total = 0
    for path in files:
        local = site / path.lstrip("/")
        if local.is_dir():
            local = local / "index.html"
        if local.is_file():
            total += len(gzip.compress(local.read_bytes(), 6))
    return total


# --------------------------------------------------------------------------- machine and versions

def machine() -> dict[str, str]:
    """nproc, CPU model and RAM, from os and /proc."""
    cpu = "unknown"
    try:
        match = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
        cpu = match.group(1).strip() if match else cpu
        memory = re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())
        if memory is None:
            raise AttributeError("no MemTotal")
        kib = int(memory.group(1))
        ram = f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        ram = "unknown"
    return {"nproc": str(os.cpu_count()), "CPU": cpu, "RAM": ram, "OS": platform.platform()}


def versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for name in ("mkdocs", "mkdocs-material", "jieba", "pagefind", "playwright"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    try:
        found["chromium"] = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=30).stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        found["chromium"] = "not found"
    return found


# --------------------------------------------------------------------------- the Markdown

def _mib(n: float) -> str:
    return f"{n / 2**20:,.1f}"


def _kib(n: float) -> str:
    return f"{n / 2**10:,.1f}"


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.1f}" if seconds > 0 else "–"


def format_report(results: list[SizeResult], machine: dict, versions: dict, command: str, seed: int, seconds: float) -> str:
    """The report as Markdown tables: stages, output size, search."""
    out = [
        f"Command: `{command}` (seed {seed}); {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}; "
        f"the whole report took {seconds / 60:.1f} min.",
        "",
        "Machine: " + "; ".join(f"{k} {v}" for k, v in machine.items()) + ".",
        "",
        "Versions: " + "; ".join(f"{k} {v}" for k, v in versions.items()) + ".",
        "",
        "### Stages",
        "",
        "`parse` and `enrich (1 process)` time the parser and the enrichment apart, in one process",
        "without the cache (the pipeline interleaves them page by page; their peak is that process's).",
        "The rows after them are `generator.pipeline.run` as the CLI and the plugin run it: parse and",
        "enrich in worker processes, cold cache; `dataset` is written by a thread while `render` runs,",
        "so their times overlap. Peak RSS is the main process's during the stage (a later stage's",
        "includes what earlier ones still hold); worker peak is the largest worker's.",
        "The last two generator rows are whole `python -m generator generate` processes after the",
        "archive gained one page (the next day's first) and after it lost that page again.",
        "",
        "| pages | articles | stage | wall s | pages/s | articles/s | peak RSS MiB | worker peak MiB |",
        "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        for stage in [Stage("corpus (synthesis)", r.corpus_seconds, 0), *r.stages]:
            out.append(_stage_row(r, stage))
        built = [s for s in r.stages if s.name.startswith("**generator**") or s.name == "mkdocs build"]
        out.append(_stage_row(r, Stage("**generator + mkdocs build**", sum(s.seconds for s in built),
                                       max(s.peak_bytes for s in built), max(s.worker_peak_bytes for s in built))))
    out += ["", "Targets of the scale issue, as ratios within each size:", ""]
    first = results[0] if results else None
    for r in results:
        times = {s.name: s.seconds for s in r.stages}
        cold = next((v for k, v in times.items() if k.startswith("**generator**")), 0)
        mkdocs = times.get("mkdocs build", 0)
        added = next((v for k, v in times.items() if k.startswith("generator, one page added")), 0)
        parts = []
        if cold and mkdocs:
            parts.append(f"generator / mkdocs build = {cold / mkdocs:.2f}")
        if cold and added:
            parts.append(f"one page added / cold generator = {added / cold:.1%}")
        if first and first.articles and r.articles and first.site_bytes:
            parts.append(f"site bytes per article / at {first.pages:,} pages = "
                         f"{(r.site_bytes / r.articles) / (first.site_bytes / first.articles):.2f}")
        out.append(f"- {r.pages:,} pages: " + "; ".join(parts))
    out += [
        "",
        "### Output",
        "",
        "docs/ includes the generator's page cache (docs/_build/cache). The last column is the whole",
        "measurement of the size: corpus, three generator runs, mkdocs build, and the searches.",
        "",
        "| pages | articles (items planned) | HTML pages | docs/ MiB | site/ MiB | site KiB/article | search_index.json MiB "
        "| index KiB/article | size measured in min |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        per = max(r.articles, 1)
        out.append(f"| {r.pages:,} | {r.articles:,} ({r.items_planned:,}) | {r.html_pages:,} | {_mib(r.docs_bytes)} | {_mib(r.site_bytes)} | "
                   f"{_kib(r.site_bytes / per)} | {_mib(r.search_index_bytes)} | {_kib(r.search_index_bytes / per)} | {r.wall_seconds / 60:,.1f} |")
    searched = [r for r in results if r.searches]
    if searched:
        out += [
            "",
            f"### One search for {QUERY}",
            "",
            "Bytes are what the local server sent for the search (page views excluded); gzip is the same",
            "files compressed as a static host would send them. Time runs from opening the home page to",
            "the first result on screen (built-in: the index is fetched and built in the browser), or from",
            "the query to the first results on screen in the site's Pagefind box (its script is counted",
            "too). Results: Material counts matching sections of pages (its index has an entry per",
            "heading), Pagefind counts pages.",
            "",
            "| pages | articles | engine | index on server MiB (files) | index build s (peak MiB) | fetched for one query KiB (files) "
            "| gzip KiB | results | time s |",
            "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for r in searched:
            for s in r.searches:
                if not s.files and s.note.startswith("not measured"):
                    out.append(f"| {r.pages:,} | {r.articles:,} | {s.engine} | {s.note} | | | | | |")
                    continue
                build = f"{s.build.seconds:,.1f} ({_mib(s.build.peak_bytes)})" if s.build else "(in mkdocs build)"
                out.append(f"| {r.pages:,} | {r.articles:,} | {s.engine} | {_mib(s.index_bytes)} ({s.index_files:,}) | {build} | "
                           f"{_kib(s.bytes)} ({len(s.files)}) | {_kib(s.gzip_bytes)} | {s.results if s.results is not None else '?'} | {s.seconds:,.1f} |")
        out += ["", "Files fetched for the query, by kind:", ""]
        for r in searched:
            for s in r.searches:
                if s.files:
                    out.append(f"- {r.pages:,} pages, {s.engine}: " + ", ".join(f"{kind} {_kib(n)} KiB" for kind, n in _by_kind(s.files).items()))
    return "\n".join(out) + "\n"


def _stage_row(r: SizeResult, stage: Stage) -> str:
    peak = _mib(stage.peak_bytes) if stage.peak_bytes else "–"
    worker = _mib(stage.worker_peak_bytes) if stage.worker_peak_bytes else "–"
    return (f"| {r.pages:,} | {r.articles:,} | {stage.name} | {stage.seconds:,.1f} | {_rate(r.pages, stage.seconds)} | "
            f"{_rate(r.articles, stage.seconds)} | {peak} | {worker} |")


def _by_kind(files: dict[str, int]) -> dict[str, int]:
    """Group fetched files: the index, the worker and lunr, Pagefind's chunks and fragments."""
    kinds: dict[str, int] = {}
    for path, size in files.items():
        name = path.rsplit("/", 1)[-1]
        if "search_index" in name:
            kind = "search_index.json"
        elif "/workers/" in path:
            kind = "search worker js"
        elif "/lunr/" in path:
            kind = "lunr language js"
        elif path.endswith(PAGEFIND_SCRIPT):
            kind = "site's search box js"
        elif "/pagefind/" in path:
            kind = next((k for k in ("fragment", "index", "filter", "meta", "wasm", "entry") if k in path), "js")
            kind = f"pagefind {kind}"
        else:
            kind = "other"
        kinds[kind] = kinds.get(kind, 0) + size
    return kinds


if __name__ == "__main__":
    # `python -m benchmarks.report FOLDER MODE`: one generator measurement, in a fresh
    # process, printed as JSON on the last line (see run_generator).
    print(json.dumps(generator_stages(Path(sys.argv[1]), sys.argv[2])))
