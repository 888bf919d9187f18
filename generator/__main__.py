"""`python -m generator`: argument parsing only; the work is in the pipeline."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from .config import ConfigError, load_config
from .engines import ENGINES
from .model import shown_name
from .output import UnsafePathError

log = logging.getLogger("generator")


def _progress(every: int):
    """Report progress on long runs: a line per `every` files, to stderr."""

    def report(done: int, total: int, path: Path) -> None:
        if total >= every and (done % every == 0 or done == total):
            log.info("parsed %d/%d page files", done, total)

    return report


def _generate(args: argparse.Namespace) -> int:
    from .engines import EngineError
    from .lock import DocsBusyError
    from .pipeline import SeedsError, run

    started = time.perf_counter()
    if args.scheduler and args.engine != "dask":
        log.error("error: --scheduler is the address of a Dask scheduler: give it with --engine dask")
        return 2
    config = load_config(args.config)
    try:
        report = run(Path(args.seeds), Path(args.docs), config, progress=_progress(50), workers=args.workers, wait=not args.no_wait,
                     engine=args.engine, scheduler=args.scheduler)
    except (SeedsError, EngineError) as exc:
        log.error("error: %s", exc)
        return 2
    except DocsBusyError as exc:
        log.error("%s", exc)
        return 4
    for problem in report.problems:
        log.log(logging.ERROR if problem.severity == "error" else logging.WARNING if problem.severity == "warning" else logging.INFO, "%s", problem)
    log.info("%s; %.2f s", report.summary(), time.perf_counter() - started)
    if args.strict and any(p.severity in ("warning", "error") for p in report.problems):
        log.error("--strict: warnings or errors above; exit 1")
        return 1
    return 0


def _index(args: argparse.Namespace) -> int:
    from .search_index import SearchIndexError, index_site

    try:
        index_site(Path(args.site))
    except SearchIndexError as exc:
        log.error("error: %s", exc)
        return 1
    log.info("indexed %s with Pagefind (%s)", args.site, Path(args.site) / "pagefind")
    return 0


def _split_site(args: argparse.Namespace) -> int:
    from subprocess import CalledProcessError

    from .split_site import SplitError, build_split_site, split_site

    config = load_config(args.config)
    try:
        projects = split_site(Path(args.docs), Path(args.out), Path(args.site), config, Path(args.mkdocs_yml))
    except SplitError as exc:
        log.error("error: %s", exc)
        return 2
    for project in projects:
        log.info("%s: %d articles, %s -> %s", project.label if project.name else "home", project.articles, project.config_file, project.site_dir)
    if args.build:
        try:
            build_split_site(projects, strict=args.strict)
        except CalledProcessError as exc:
            log.error("error: %s failed (exit %d)", " ".join(exc.cmd), exc.returncode)
            return 1
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from .enrich.evaluate import evaluate
    from .parse.evaluate import parser_report

    config = load_config(args.config)
    print("## Parser: segmentation, headline, byline, event date\n")
    print(parser_report(Path(args.fixtures), Path(args.seeds), config, cross_validate=args.cross_validate, verbose=args.verbose))
    print("\n## Enrichment: people, roles, districts, topics\n")
    print(evaluate(Path(args.fixtures), Path(args.seeds), config, gold=args.gold_boundaries))
    return 0


def _train_parser(args: argparse.Namespace) -> int:
    from .parse.train import train

    weights = {}
    for spec in args.weight:
        name, _, count = spec.partition("=")
        if not count.isdigit() or int(count) < 1:
            raise SystemExit(f"--weight {spec!r}: give SET=N with N a whole number from 1")
        weights[Path(name).name] = int(count)
    about = train([Path(f) for f in args.folders], c2=args.c2, validate=args.validate, weights=weights)
    for key, value in about.items():
        print(f"{key}: {value}")
    return 0


def _train_topics(args: argparse.Namespace) -> int:
    from .enrich.train_classes import train

    about = train([Path(f) for f in args.folders], load_config(args.config), c=args.c, validate=args.validate)
    for key, value in about.items():
        print(f"{key}: {value}")
    return 0


def _explain(args: argparse.Namespace) -> int:
    from .parse.explain import explain

    config = load_config(args.config)
    print(explain(Path(args.file), config))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description="焦作日报 archive generator")
    parser.add_argument("--config", default="site_config", help="folder of the archive's settings (default: site_config)")
    parser.add_argument("-q", "--quiet", action="store_true", help="only warnings and errors")
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser("generate", help="parse seeds/ and write the dataset and the site's Markdown pages")
    generate.add_argument("--seeds", default="seeds", help="folder of page dumps, *.txt (default: seeds)")
    generate.add_argument("--docs", default="docs", help="output folder of the Markdown site (default: docs)")
    generate.add_argument("--strict", action="store_true", help="exit 1 when any file gave a warning or an error")
    generate.add_argument("--workers", type=int, default=None, help="processes for parsing and enrichment (default: the machine's cores)")
    generate.add_argument("--engine", choices=ENGINES, default="pool",
                          help="where pages are parsed and enriched: pool (processes of this machine) or dask (dask.distributed; "
                               "the dask extra) (default: pool)")
    generate.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: an existing Dask scheduler (e.g. tcp://host:8786); "
                          "default: a LocalCluster of --workers processes, started for the run")
    generate.add_argument("--no-wait", action="store_true", help="exit 4 at once when another run is writing the docs folder (default: wait for it)")
    generate.set_defaults(func=_generate)

    index = commands.add_parser("index", help="index a built site with Pagefind (archive.yml search: pagefind), after any renderer")
    index.add_argument("site", help="the built site's folder (e.g. site)")
    index.set_defaults(func=_index)

    split = commands.add_parser("split-site", help="lay out the generated docs as a MkDocs project per year and a home, "
                                "for an archive too large for one `mkdocs build`")
    split.add_argument("--docs", default="docs", help="the generated docs folder (default: docs)")
    split.add_argument("--out", default="build/split", help="folder of the projects, cleared first when a split made it (default: build/split)")
    split.add_argument("--site", default="site", help="the site folder: the home is built into it, each year into SITE/<year> (default: site)")
    split.add_argument("--mkdocs-yml", default="mkdocs.yml", help="the archive's mkdocs.yml, which each project INHERITs (default: mkdocs.yml)")
    split.add_argument("--build", action="store_true", help="then build every project, one `mkdocs build` after another, home first")
    split.add_argument("--strict", action="store_true", help="with --build: `mkdocs build --strict`")
    split.set_defaults(func=_split_site)

    evaluate = commands.add_parser("evaluate", help="the parser's and enrichment's figures against hand annotations, per set")
    evaluate.add_argument("--seeds", default="seeds")
    evaluate.add_argument("--fixtures", default="tests/fixtures", help="folder with expected/*.enrich.json and composed/")
    evaluate.add_argument(
        "--gold-boundaries", action="store_true",
        help="enrich the annotated articles as cut in <page>.json, not the parser's (enrichment apart from segmentation)",
    )
    evaluate.add_argument(
        "--cross-validate", action="store_true",
        help="also parse each page of the sets the line labeller was fitted on with weights fitted without it (needs the train extra)",
    )
    evaluate.add_argument("-v", "--verbose", action="store_true", help="list the parser's misses")
    evaluate.set_defaults(func=_evaluate)

    train = commands.add_parser("train-parser", help="fit the line labeller's weights on annotated pages (writes generator/parse/line_model.json)")
    train.add_argument("folders", nargs="+", help="fixture folders of pages with their .json annotations")
    train.add_argument("--c2", type=float, default=1.0, help="L2 regularisation of the CRF")
    train.add_argument("--validate", action="store_true", help="also label each page with weights fitted on the others")
    train.add_argument("--weight", action="append", default=[], metavar="SET=N",
                       help="count each page of a fixture folder N times (e.g. expected=3: the samples must stay exact)")
    train.set_defaults(func=_train_parser)

    topics = commands.add_parser("train-topics", help="fit the first-class model on annotated pages (writes generator/enrich/class_model.json)")
    topics.add_argument("folders", nargs="+", help="fixture folders of pages with their .json and .enrich.json annotations")
    topics.add_argument("--c", type=float, default=1.0, help="inverse L2 regularisation of the logistic regression")
    topics.add_argument("--validate", action="store_true", help="also classify each set with weights fitted on the others, beside the rules")
    topics.set_defaults(func=_train_topics)

    explain = commands.add_parser("explain", help="print every line of a page file with its label, margin and the features behind it")
    explain.add_argument("file", help="a page dump")
    explain.set_defaults(func=_explain)

    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(message)s", stream=sys.stderr)
    try:
        return args.func(args)
    except ConfigError as exc:
        log.error("configuration error: %s", exc)
        return 2
    except UnsafePathError as exc:
        log.error("refused: %s; nothing was written there", exc)
        return 3
    except OSError as exc:  # a full disk, a folder that cannot be written
        if exc.errno is None:  # not the system's (a template not found): say what it is
            log.error("%s: %s", type(exc).__name__, exc)
            return 3
        where = f"{shown_name(str(exc.filename))}: " if exc.filename else ""
        log.error("cannot write %s%s; every file written is whole (each replaced in one step), the others are as the "
                  "previous run left them: fix this and run again", where, exc.strerror or exc)
        return 3


if __name__ == "__main__":
    sys.exit(main())
