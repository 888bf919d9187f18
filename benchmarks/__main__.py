"""`python -m benchmarks`: argument parsing only; the work is in corpus.py, report.py and the modules named below."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path

from .corpus import NEW_PEOPLE

log = logging.getLogger("benchmarks")


def _corpus(args: argparse.Namespace) -> int:
    from .corpus import write_corpus

    corpus = write_corpus(Path(args.out), args.pages, args.seed, Path(args.seeds), Path(args.config), args.start,
                          new_people=args.new_people)
    log.info("%d page files, %d printed items, catalog %s", len(corpus.files), corpus.articles, corpus.catalog)
    return 0


def _report(args: argparse.Namespace) -> int:
    from .report import run_report

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    text = run_report(sizes, seed=args.seed, repo=Path(args.repo), workdir=Path(args.workdir) if args.workdir else None,
                      search=not args.no_search, keep=args.keep, argv=sys.argv[1:])
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        log.info("report written to %s", args.out)
    print(text)
    return 0


def _search(args: argparse.Namespace) -> int:
    import tempfile

    from .search_quality import measure

    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="archive-search-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(measure(Path(args.repo), workdir, Path(args.queries)))
    return 0


def _latency(args: argparse.Namespace) -> int:
    from .latency import run_latency

    text = run_latency(args.pages, Path(args.workdir), Path(args.repo).resolve(),
                       Path(args.baseline).resolve() if args.baseline else None, args.serve, args.seed, args.nice)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    print(text)
    return 0


def _engines(args: argparse.Namespace) -> int:
    import tempfile

    from .engines import run_engines

    sizes = [int(s) for s in args.pages.split(",") if s.strip()]
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="archive-engines-"))
    text = run_engines(sizes, args.workers, args.seed, Path(args.repo).resolve(), workdir, keep=args.keep)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    print(text)
    return 0


def _fuzz(args: argparse.Namespace) -> int:
    from generator.config import load_config

    from .fuzz import fuzz

    samples = sorted(Path(args.seeds).glob("*.txt"))
    findings = fuzz(samples, load_config(args.config), args.pages, args.seed, batch=args.batch, render=not args.no_render,
                    progress=lambda f: log.info("%s", f.summary()) if f.batches % 10 == 0 else None)
    print(findings.summary())
    for kind in ("crashes", "hangs", "rejected", "lost"):
        for line in getattr(findings, kind):
            print(f"{kind}: {line}")
    return 0 if findings.ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description="benchmarks of the archive generator")
    commands = parser.add_subparsers(dest="command", required=True)

    corpus = commands.add_parser("corpus", help="write N synthetic page dumps and their sources.yml")
    corpus.add_argument("--pages", type=int, required=True, help="number of page files")
    corpus.add_argument("--out", required=True, help="output folder (page files and sources.yml)")
    corpus.add_argument("--seed", type=int, default=1, help="random seed: the same seed gives the same corpus")
    corpus.add_argument("--seeds", default="seeds", help="folder of the sample page dumps (default: seeds)")
    corpus.add_argument("--config", default="site_config", help="folder of the archive's settings (default: site_config)")
    corpus.add_argument("--start", type=dt.date.fromisoformat, default=dt.date(2016, 1, 1), help="date of the first issue")
    corpus.add_argument("--new-people", type=float, default=NEW_PEOPLE,
                        help=f"share of the people named who are new to the archive (default {NEW_PEOPLE}; 0: the register's people only)")
    corpus.set_defaults(func=_corpus)

    report = commands.add_parser("report", help="build corpora of several sizes and measure every stage")
    report.add_argument("--sizes", default="100,1000,5000", help="comma-separated page counts (default: 100,1000,5000)")
    report.add_argument("--out", help="also write the Markdown report to this file")
    report.add_argument("--seed", type=int, default=1)
    report.add_argument("--repo", default=".", help="the project folder: mkdocs.yml, seeds/, site_config/ (default: .)")
    report.add_argument("--workdir", help="where the temporary builds go (default: a new folder in /tmp)")
    report.add_argument("--keep", action="store_true", help="keep the temporary builds")
    report.add_argument("--no-search", action="store_true", help="skip the search measurements (browser, Pagefind)")
    report.set_defaults(func=_report)

    search = commands.add_parser("search", help="recall and first-five precision of both search engines on a query set, in Chromium")
    search.add_argument("--repo", default=".", help="the project folder (default: .)")
    search.add_argument("--queries", default="benchmarks/search_queries.yml", help="the query set (default: benchmarks/search_queries.yml)")
    search.add_argument("--workdir", help="where the two builds go (default: a new folder in /tmp)")
    search.set_defaults(func=_search)


    latency = commands.add_parser("latency", help="cold build (generate + site) against a baseline checkout, "
                                  "one page to the site by build --dirty and serve --dirty")
    latency.add_argument("--pages", type=int, required=True, help="number of page files")
    latency.add_argument("--workdir", required=True, help="where the corpus and the project folders go")
    latency.add_argument("--repo", default=".", help="this checkout (default: .)")
    latency.add_argument("--baseline", help="another checkout of the project, built cold beside this one")
    latency.add_argument("--serve", action="store_true", help="also time one page under mkdocs serve --dirty")
    latency.add_argument("--seed", type=int, default=1)
    latency.add_argument("--nice", type=int, default=10, help="niceness of the builds (default: 10)")
    latency.add_argument("--out", help="also write the rows to this file")
    latency.set_defaults(func=_latency)

    engines = commands.add_parser("engines", help="the generator cold with the process pool and with Dask (a LocalCluster), "
                                  "side by side; checks both write the same docs folder (needs the dask extra)")
    engines.add_argument("--pages", required=True, help="comma-separated page counts, e.g. 100,1000")
    engines.add_argument("--workers", type=int, default=2, help="worker processes of either engine (default: 2)")
    engines.add_argument("--seed", type=int, default=1)
    engines.add_argument("--repo", default=".", help="the project folder: seeds/, site_config/, docs_templates/ (default: .)")
    engines.add_argument("--workdir", help="where the corpora and docs folders go (default: a new folder in /tmp)")
    engines.add_argument("--keep", action="store_true", help="keep the corpora and docs folders")
    engines.add_argument("--out", help="also write the table to this file")
    engines.set_defaults(func=_engines)

    fuzz = commands.add_parser("fuzz", help="run the generator on mutated sample pages and check what it published")
    fuzz.add_argument("--pages", type=int, default=100_000, help="mutated pages (default: 100,000)")
    fuzz.add_argument("--seed", type=int, default=1, help="random seed: the same seed gives the same cases")
    fuzz.add_argument("--batch", type=int, default=500, help="pages per run of the generator (default: 500)")
    fuzz.add_argument("--no-render", action="store_true", help="parse, enrich and write the dataset only (faster)")
    fuzz.add_argument("--seeds", default="seeds", help="folder of the sample page dumps (default: seeds)")
    fuzz.add_argument("--config", default="site_config", help="folder of the archive's settings (default: site_config)")
    fuzz.set_defaults(func=_fuzz)

    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
