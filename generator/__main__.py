"""`python -m generator`: argument parsing only; the work is in the pipeline."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from .config import ConfigError, load_config
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
    from .lock import DocsBusyError
    from .pipeline import run

    started = time.perf_counter()
    config = load_config(args.config)
    try:
        report = run(Path(args.seeds), Path(args.docs), config, progress=_progress(50), workers=args.workers, wait=not args.no_wait)
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


def _evaluate(args: argparse.Namespace) -> int:
    from .enrich.evaluate import evaluate

    config = load_config(args.config)
    print(evaluate(Path(args.fixtures), Path(args.seeds), config))
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
    generate.add_argument("--no-wait", action="store_true", help="exit 4 at once when another run is writing the docs folder (default: wait for it)")
    generate.set_defaults(func=_generate)

    evaluate = commands.add_parser("evaluate", help="precision and recall of people, districts and topics against hand annotations")
    evaluate.add_argument("--seeds", default="seeds")
    evaluate.add_argument("--fixtures", default="tests/fixtures", help="folder with expected/*.enrich.json and composed/")
    evaluate.set_defaults(func=_evaluate)

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
