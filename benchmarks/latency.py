"""`python -m benchmarks latency`: what an archivist waits for, from page dump to site.

For one corpus size, in one run (so that the ratios are side by side on the same machine):

- cold: `mkdocs build` with the generator plugin on (generate + site, empty docs/ and
  cache), for this checkout and, with `--baseline DIR`, for another checkout of the
  project (an older commit, e.g. `git archive <commit> | tar -x -C DIR`), each in its own
  project folder over the same page files;
- one page to the site by `mkdocs build --dirty` (what scripts/build-site runs): the next
  day's first page and its catalog entry added, the build timed as a whole process;
- with `--serve`, under `mkdocs serve --dirty`: from copying another new page into seeds/
  to its article page answered by the server, while the home page is asked for every
  half second (the longest wait for it is reported).

Each child runs under `nice` (the machine is shared); peak RSS is the child's (os.wait4).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import yaml

from .corpus import DEFAULT_START, PAGES_PER_ISSUE, write_corpus

log = logging.getLogger("benchmarks")


@dataclass
class Timed:
    name: str
    seconds: float
    peak_bytes: int = 0
    note: str = ""


def project(folder: Path, repo: Path, seeds: Path, catalog: Path) -> Path:
    """A project folder over shared page files: settings with the corpus's catalog, `repo`'s
    templates, and a mkdocs.yml inheriting `repo`'s (the generator plugin on)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(repo / "site_config", folder / "site_config", dirs_exist_ok=True)
    shutil.copyfile(catalog, folder / "site_config" / "sources.yml")
    for name, target in (("docs_templates", repo / "docs_templates"), ("seeds", seeds)):
        link = folder / name
        if not link.exists():
            link.symlink_to(target, target_is_directory=True)
    (folder / "docs").mkdir(exist_ok=True)
    settings = {"INHERIT": str(repo / "mkdocs.yml"), "docs_dir": str(folder / "docs"), "site_dir": str(folder / "site")}
    path = folder / "mkdocs.yml"
    path.write_text(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def measured(name: str, command: list[str], cwd: Path, env: dict, log_file: Path, nice: int) -> Timed:
    """Wall time and peak RSS of one child process."""
    started = time.perf_counter()
    with log_file.open("wb") as out:
        process = subprocess.Popen(["nice", "-n", str(nice), *command], cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{name} failed; see {log_file}:\n{log_file.read_text(errors='replace')[-3000:]}")
    return Timed(name, seconds, usage.ru_maxrss * 1024)


def _env(repo: Path | None) -> dict:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"}
    if repo is not None:  # another checkout's generator before this one's (editable) install
        env["PYTHONPATH"] = str(repo) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def add_page(folder: Path, seeds: Path, repo: Path, pages: int, offset: int, seed: int) -> tuple[str, int]:
    """The first page of the issue `offset` days after the corpus's last: its file into
    the shared seeds/ and its entry into this project's catalog. Returns its name and
    how many articles it prints."""
    day = DEFAULT_START + dt.timedelta(days=(pages + PAGES_PER_ISSUE - 1) // PAGES_PER_ISSUE + offset)
    extra = write_corpus(folder / f"extra-{offset}", 1, seed + 1000 + offset, repo / "seeds", repo / "site_config", start=day)
    page = extra.files[0]
    catalog = folder / "site_config" / "sources.yml"
    catalog.write_text(catalog.read_text(encoding="utf-8") + f"  {page.name}:\n    issue_date: {day.isoformat()}\n    page: 1\n",
                       encoding="utf-8")
    shutil.copyfile(page, seeds / page.name)
    return page.name, extra.articles


def _article_url(docs: Path, page_name: str) -> str:
    """The URL of an article of a page file, from the generator's record of its URLs."""
    from generator.render.page_kinds import page_url

    paths = json.loads((docs / "urls.json").read_text(encoding="utf-8")).get("paths", {})
    found = sorted(path for path, (_, file, *_) in paths.items() if file == page_name)
    return page_url(found[0]) if found else ""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 600) -> tuple[int, float]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            return response.status, time.perf_counter() - started
    except urllib.error.HTTPError as exc:
        return exc.code, time.perf_counter() - started
    except OSError:
        return 0, time.perf_counter() - started


def serve_latency(folder: Path, mkdocs_yml: Path, seeds: Path, repo: Path, pages: int, seed: int, nice: int) -> list[Timed]:
    """`mkdocs serve --dirty`: its first build, then one new page file to its article page served."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    log_file = folder / "serve.log"
    out = log_file.open("wb")
    started = time.perf_counter()
    server = subprocess.Popen(["nice", "-n", str(nice), sys.executable, "-m", "mkdocs", "serve", "--dirty", "-f", str(mkdocs_yml),
                               "-a", f"127.0.0.1:{port}"], cwd=folder, env=_env(None), stdout=out, stderr=subprocess.STDOUT)
    rows = []
    try:
        while "Serving on" not in log_file.read_text(errors="replace"):
            if server.poll() is not None:
                raise RuntimeError(f"mkdocs serve ended; see {log_file}")
            time.sleep(1)
        rows.append(Timed("mkdocs serve --dirty: first build (a full one, into its own folder)", time.perf_counter() - started))
        builds = log_file.read_text(errors="replace").count("Reloading browsers")
        name, articles = add_page(folder, seeds, repo, pages, 2, seed)
        dropped = time.perf_counter()
        waits: list[float] = []
        done = threading.Event()

        def ask_home():
            while not done.is_set():
                status, seconds = _get(base)
                waits.append(seconds)
                time.sleep(0.5)

        asker = threading.Thread(target=ask_home, daemon=True)
        asker.start()
        url = ""
        while time.perf_counter() - dropped < 1800:
            if not url:
                try:
                    url = _article_url(folder / "docs", name)
                except (OSError, ValueError):
                    url = ""
            if url and _get(base + url, timeout=5)[0] == 200 and \
                    log_file.read_text(errors="replace").count("Reloading browsers") > builds:
                break
            time.sleep(0.2)
        seconds = time.perf_counter() - dropped
        done.set()
        asker.join(timeout=700)
        index = _get(base + "search/search_index.json")[0]
        rows.append(Timed(f"mkdocs serve --dirty: one page file ({articles} articles) to its article page served", seconds,
                          note=f"longest wait for the home page meanwhile {max(waits or [0]):.1f} s; search index {index}"))
    finally:
        server.terminate()
        server.wait(timeout=60)
        out.close()
    return rows


def run_latency(pages: int, workdir: Path, repo: Path, baseline: Path | None, serve: bool, seed: int = 1, nice: int = 10) -> str:
    workdir.mkdir(parents=True, exist_ok=True)
    seeds_new = workdir / "seeds"
    catalog = workdir / "sources.yml"
    if not catalog.exists():
        log.info("corpus of %d pages", pages)
        corpus = write_corpus(seeds_new, pages, seed, repo / "seeds", repo / "site_config")
        assert corpus.catalog is not None  # write_corpus always writes one
        shutil.move(corpus.catalog, catalog)
    rows: list[Timed] = []
    variants = [("this checkout", repo, None)] + ([("baseline", baseline, baseline)] if baseline else [])
    folders = {}
    for label, source, path in variants:
        seeds = workdir / f"seeds-{label.split()[0]}"  # each project adds its own pages
        if not seeds.exists():
            shutil.copytree(seeds_new, seeds)
        folder = workdir / label.split()[0]
        mkdocs_yml = project(folder, source, seeds, catalog)
        folders[label] = (folder, mkdocs_yml, seeds)
        log.info("[%s] cold mkdocs build (generate + site)", label)
        rows.append(measured(f"{label}: cold `mkdocs build` (generate + site)", [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(mkdocs_yml)],
                             folder, _env(path), folder / "cold.log", nice))
    folder, mkdocs_yml, seeds = folders["this checkout"]
    name, articles = add_page(folder, seeds, repo, pages, 0, seed)
    log.info("one page, mkdocs build --dirty")
    timed = measured(f"this checkout: one page file ({articles} articles) added, `mkdocs build --dirty`",
                     [sys.executable, "-m", "mkdocs", "build", "--dirty", "-f", str(mkdocs_yml)], folder, _env(None), folder / "dirty.log", nice)
    said = (folder / "dirty.log").read_text(errors="replace")
    rendered = re.search(r"rendering (\d+) of (\d+) pages", said)
    timed.note = f"{rendered.group(1)} of {rendered.group(2)} pages rendered" if rendered else ""
    rows.append(timed)
    if serve:
        log.info("mkdocs serve --dirty")
        rows += serve_latency(folder, mkdocs_yml, seeds, repo, pages, seed, nice)
    return format_rows(pages, rows)


def format_rows(pages: int, rows: list[Timed]) -> str:
    out = ["| pages | step | wall s | peak RSS MiB | note |", "| ---: | --- | ---: | ---: | --- |"]
    for row in rows:
        peak = f"{row.peak_bytes / 2**20:,.0f}" if row.peak_bytes else "–"
        out.append(f"| {pages:,} | {row.name} | {row.seconds:,.1f} | {peak} | {row.note} |")
    cold = {r.name.split(":")[0]: r.seconds for r in rows if "cold" in r.name}
    if len(cold) == 2:
        out.append("")
        out.append(f"cold build, this checkout / baseline = {cold['this checkout'] / cold['baseline']:.2f}")
    return "\n".join(out) + "\n"
