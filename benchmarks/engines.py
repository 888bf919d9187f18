"""`python -m benchmarks engines`: the generator cold with the process pool and with Dask.

For each corpus size, in one run (so that the ratio is of the same machine at the same
time): a corpus of N pages (corpus.py), then `pipeline.run` cold (empty docs folder and
cache) with `engine="pool"` and with `engine="dask"` (a LocalCluster of the same number of
worker processes, one thread each), each in a fresh Python process of its own, and the two
docs folders compared file by file: a difference fails the benchmark.

Wall seconds are `pipeline.run`'s in the child (start-up and imports left out; the Dask
row includes starting and closing the LocalCluster). Peak RSS: the child's own (VmHWM),
and the largest sum of the resident sets of the child and all its descendants (the pool's
workers; Dask's nannies and workers), sampled every 0.2 s (pages a forked worker shares
with its parent are counted in each).

Needs the dask extra (dask.distributed); Linux (/proc) for the memory figures.
"""

from __future__ import annotations

import json
import logging
import platform
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .corpus import write_corpus

log = logging.getLogger("benchmarks")

ENGINES = ("pool", "dask")
SAMPLE_SECONDS = 0.2
MIB = 1024 * 1024


@dataclass
class EngineRun:
    pages: int
    engine: str
    seconds: float
    peak_bytes: int  # the child's own peak RSS
    tree_peak_bytes: int  # the largest sampled sum over the child and its descendants
    articles: int


def run_engines(sizes: list[int], workers: int, seed: int, repo: Path, workdir: Path, keep: bool = False) -> str:
    """Measure both engines at each size; the Markdown table, the command and the versions."""
    rows: list[EngineRun] = []
    loads = [_load()]
    for pages in sizes:
        folder = workdir / f"engines-{pages}"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        log.info("[%d pages] corpus in %s", pages, folder)
        corpus = write_corpus(folder / "seeds", pages, seed, repo / "seeds", repo / "site_config")
        assert corpus.catalog is not None  # write_corpus always writes one
        shutil.copytree(repo / "site_config", folder / "site_config")
        shutil.copyfile(corpus.catalog, folder / "site_config" / "sources.yml")
        (folder / "docs_templates").symlink_to(repo / "docs_templates", target_is_directory=True)
        for engine in ENGINES:
            log.info("[%d pages] generator, %s engine, %d workers", pages, engine, workers)
            rows.append(_measure(folder, engine, workers, pages))
            loads.append(_load())
        different = _differences(folder / "docs-pool", folder / "docs-dask")
        if different:
            raise RuntimeError(f"{pages} pages: the docs folders differ in {len(different)} files, e.g. {different[:5]}")
        log.info("[%d pages] both docs folders identical", pages)
        if not keep:
            shutil.rmtree(folder)
    return _table(rows, workers, loads)


def _measure(folder: Path, engine: str, workers: int, pages: int) -> EngineRun:
    """One cold run in a child process, its tree's memory sampled meanwhile."""
    command = [sys.executable, "-m", "benchmarks.engines", str(folder), engine, str(workers)]
    process = subprocess.Popen(command, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss(process.pid))
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    done.set()
    sampler.join()
    (folder / f"{engine}.log").write_text(err, encoding="utf-8")
    if process.returncode != 0:
        raise RuntimeError(f"{engine} engine failed ({process.returncode}); see {folder / f'{engine}.log'}:\n{err[-3000:]}")
    child = json.loads(out.strip().splitlines()[-1])
    return EngineRun(pages, engine, child["seconds"], child["peak"], peak[0], child["articles"])


def _tree_rss(root: int) -> int:
    """The resident bytes of process `root` and all its descendants now (Linux /proc)."""
    parents, rss = {}, {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            status = (entry / "status").read_text()
        except OSError:  # ended meanwhile
            continue
        parents[int(entry.name)] = int(stat[stat.rindex(")") + 2:].split()[1])  # the field after the state
        rss[int(entry.name)] = next((int(line.split()[1]) * 1024 for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    tree, grown = {root}, True
    while grown:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grown = bool(more)
    return sum(rss.get(pid, 0) for pid in tree)


def _differences(one: Path, two: Path) -> list[str]:
    """The files that are not the same in both folders (or in one only), relative."""
    def files(folder: Path) -> dict[str, Path]:
        return {p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()}

    a, b = files(one), files(two)
    return sorted(set(a) ^ set(b)) + sorted(name for name in set(a) & set(b) if a[name].read_bytes() != b[name].read_bytes())


def _load() -> float:
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except OSError:
        return float("nan")


def _versions() -> str:
    from importlib.metadata import version

    return f"python {platform.python_version()}; dask {version('dask')}; distributed {version('distributed')}"


def _table(rows: list[EngineRun], workers: int, loads: list[float]) -> str:
    lines = [
        f"| pages | articles | engine ({workers} workers) | wall s | dask / pool | peak RSS, main process MiB | peak RSS, all processes MiB |",
        "| ---: | ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    pool = {r.pages: r.seconds for r in rows if r.engine == "pool"}
    for r in rows:
        ratio = f"{r.seconds / pool[r.pages]:.2f}" if r.engine == "dask" else ""
        lines.append(f"| {r.pages:,} | {r.articles:,} | {r.engine} | {r.seconds:.1f} | {ratio} | {r.peak_bytes / MIB:.0f} | "
                     f"{r.tree_peak_bytes / MIB:.0f} |")
    lines += ["", f"Both docs folders identical at every size. Load average (1 min) before and after each run: "
              f"{', '.join(f'{x:.1f}' for x in loads)}. Versions: {_versions()}."]
    return "\n".join(lines)


def _child(folder: Path, engine: str, workers: int) -> None:
    """In the child process: one cold `pipeline.run`, its figures as a line of JSON."""
    from generator.config import load_config
    from generator.pipeline import run

    config = load_config(folder / "site_config")
    started = time.perf_counter()
    report = run(folder / "seeds", folder / f"docs-{engine}", config, workers=workers, engine=engine)  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    status = Path("/proc/self/status").read_text()
    peak = next(int(line.split()[1]) * 1024 for line in status.splitlines() if line.startswith("VmHWM:"))
    print(json.dumps({"seconds": seconds, "peak": peak, "articles": len(report.articles), "cached": report.cached}))


if __name__ == "__main__":
    _child(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
