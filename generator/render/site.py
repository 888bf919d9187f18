"""Articles -> Markdown pages and index pages, through the Jinja2 templates of `docs_templates/`.

`render_site` is the stage's one public function; the structure lives in `catalog.py`,
escaping in `escape.py`, URLs in `generator/slugs.py`, the search dictionary in `search_dict.py`,
citations in `citation.py`, related articles in `related.py`, the Atom feeds in `feeds.py`,
the data package in `datapackage.py`; the kinds of page, what each is made of (its
fingerprint) and what only a rendered one needs, in `page_kinds.py`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import posixpath
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..cache import code_and_data_fingerprint
from ..config import DEFAULT_TEMPLATES, Config
from ..dataset import ARTICLES, PAGES
from ..model import Article, Page, Problem
from ..output import foreign, inside, write_atomic
from ..registry import Registry
from .catalog import Catalog, build_catalog
from .citation import citation_files, site_url
from .datapackage import DATASET_PAGE, dataset_files, dataset_page_context
from .feeds import feeds_of, issues_feed_of, write_feeds
from .page_kinds import Run, Sources, page_kind
from .provenance import provenance_path
from .related import related_articles
from .renderer_settings import RENDERER_SETTINGS_PATH, renderer_settings, settings_text
from .search_dict import SEARCH_DICT_PATH, search_words
from .templates import make_environment

# A hand-written page about the archive, beside the generated ones (never written by us).
ABOUT = "about/index.md"


def render_site(articles: list[Article], pages: list[Page], config: Config, docs_dir: Path, dataset: str | None = None,
                registry: Registry | None = None, generated: set[str] | None = None, problems: list[Problem] | None = None,
                page_keys: dict[str, str] | None = None) -> list[str]:
    """Write every page of the site under `docs_dir`; return the files this run produced,
    as paths relative to it. `dataset`: the dataset file the home page links (None: the
    one in `docs_dir`, if it is there). `registry`: the URLs given before, kept (and this
    run's recorded in it). `generated`: the files the previous run wrote; with it, another
    file at a path to be written is left alone, with a message in `problems`. `page_keys`:
    each page file's cache key (the run's, `RunReport.page_keys`), which stands for all its
    articles are made of in the fingerprints of the pages that show them."""
    docs_dir = Path(docs_dir).resolve()
    registry = registry if registry is not None else Registry()
    problems = problems if problems is not None else []
    catalog = build_catalog(articles, config.reference, registry)
    env = make_environment(templates_dir(config))
    related = related_articles(catalog.articles)
    feeds = feeds_of(catalog, config.archive)
    issues_feed = issues_feed_of(config.archive) if catalog.issues else None
    common: dict[str, Any] = {
        "archive": config.archive,
        "catalog": catalog,
        "dataset": (ARTICLES if (docs_dir / ARTICLES).is_file() else "") if dataset is None else dataset,
        "about": ABOUT if (docs_dir / ABOUT).is_file() else "",  # hand-written, linked when present
        "page_files": len(pages),
        "feeds": feeds,
        "issues_feed": issues_feed,
    }
    # The page about the dataset, when there is one; pages.jsonl is written with articles.jsonl
    # by the pipeline (`dataset` given), else linked when it is there.
    common["dataset_page"] = DATASET_PAGE if common["dataset"] else ""
    common["pages_dataset"] = PAGES if dataset or (docs_dir / PAGES).is_file() else ""
    # Templates, render code, settings and reference data: a change to any renders all again;
    # so does a change to the URL of any person, district or topic (a new homophone), which
    # lets an article's fingerprint name its facets instead of looking up their URLs.
    code = code_and_data_fingerprint(config) + _templates_digest(templates_dir(config)) + hashlib.sha1(
        json.dumps([dataclasses.asdict(config.archive), site_url(config.archive), dataclasses.asdict(config.reference),
                    [[e.path for e in entries.values()] for entries in (catalog.people, catalog.districts, catalog.topics)]],
                   ensure_ascii=False, sort_keys=True, default=str).encode()
    ).hexdigest()
    keys = page_keys or {}
    sources = Sources(catalog, keys, {article.id: keys[page.file] for page in pages if page.file in keys for article in page.articles})
    shown_pages = [page for page in pages if page.lines]
    by_file = {page.file: page for page in shown_pages}
    by_id = {a.id: a for a in catalog.articles}
    printed = {(page.issue_date, page.page) for page in pages if page.issue_date and page.page and not page.rejected}
    previous = _load_fingerprints(docs_dir)
    fingerprints: dict[str, list[str]] = {}
    written = []
    root = str(docs_dir)
    run = Run(catalog, config, related, by_file, by_id, printed)
    for path, name, context in [*_pages(catalog, common["dataset_page"], shown_pages), *_redirects(catalog, registry)]:
        kind = page_kind(name)
        context = kind.prepare(context, run)
        fingerprint = kind.fingerprint(context, sources, path, code)
        if fingerprint:
            # The page shows only what the fingerprint covers: when none of it changed and
            # the file on disk is still the one written then (its digest), it is what we
            # would write. (Generated paths are made of slugs and dates; `inside` checks
            # each one that is written.)
            was = previous.get(path)
            if isinstance(was, list) and was[0] == fingerprint and _digest_of(os.path.join(root, path)) == was[1]:
                fingerprints[path] = was
                written.append(path)
                continue
        context = kind.complete(context, run, path)  # made only for the pages rendered
        data = env.get_template(name).render(page_path=path, **common, **context).encode("utf-8")
        target = inside(docs_dir, path)
        if generated is not None and path not in generated and foreign(target, data):
            problems.append(Problem(path, None, f"{docs_dir.name}/{path} exists and was not written by the generator: "
                                                "left as it is, the generated page is not written (move the file to publish it)", "error"))
            continue
        write_atomic(target, data)  # unchanged files keep their time: `mkdocs serve` stays quiet
        written.append(path)
        if fingerprint:
            fingerprints[path] = [fingerprint, hashlib.sha1(data).hexdigest()]
    # Files beside the pages: each article's citation downloads, the feeds, the data
    # package (`write_atomic` leaves a file that already holds its bytes untouched).
    extras: dict[str, bytes | str] = {}
    for article in catalog.articles:
        extras.update(citation_files(article, catalog.path(article), config.archive))
    extras.update(write_feeds(catalog, config.archive, feeds))
    extras.update(dataset_files(articles, config.archive))
    for path, value in extras.items():
        data = value.encode("utf-8") if isinstance(value, str) else value
        if _bytes_of(os.path.join(root, path)) == data:  # already there: no write, so no path check
            written.append(path)
            continue
        target = inside(docs_dir, path)
        if generated is not None and path not in generated and foreign(target, data):
            problems.append(Problem(path, None, f"{docs_dir.name}/{path} exists and was not written by the generator: "
                                                "left as it is, the generated file is not written (move the file to publish it)", "error"))
            continue
        write_atomic(target, data)
        written.append(path)
    _record(catalog, registry)
    words = "".join(f"{word}\n" for word in search_words(catalog, config.reference))
    settings = settings_text(renderer_settings(config.archive))
    for path, text in ((SEARCH_DICT_PATH, words), (RENDERER_SETTINGS_PATH, settings), (FINGERPRINTS, json.dumps(fingerprints, sort_keys=True))):
        write_atomic(inside(docs_dir, path), text)
        written.append(path)
    return written


# What each page was rendered from, for the next run (page_kinds.py, `fingerprint`).
FINGERPRINTS = "_build/rendered.json"


def _templates_digest(templates: Path) -> str:
    """The templates (the generator's code is in the page cache's fingerprint)."""
    digest = hashlib.sha1()
    for path in sorted(p for p in templates.rglob("*") if p.is_file()):
        digest.update(path.relative_to(templates).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _bytes_of(path: str) -> bytes | None:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError:
        return None


def _digest_of(path: str) -> str | None:
    try:
        with open(path, "rb") as fh:
            return hashlib.sha1(fh.read()).hexdigest()
    except OSError:
        return None


def _redirects(catalog: Catalog, registry: Registry):
    """(old path, template, context) for each article path given before that no article
    holds now: it leads to the article of the same page file printed on most of the same
    lines (the nearest one when none overlaps). Paths of other pages are never taken."""
    current = set(catalog.paths.values())
    by_file: dict[str, list[Article]] = {}
    for article in catalog.articles:
        by_file.setdefault(article.source_file, []).append(article)
    for path, (_, file, first, last) in sorted(registry.paths.items()):
        if path in current or file not in by_file or not path.endswith(".md") or path.endswith("/index.md"):
            continue
        successor = max(by_file[file], key=lambda a: (min(last, a.last_line) - max(first, a.first_line), -abs(a.first_line - first)))
        target = catalog.path(successor)
        yield path, "redirect.md.j2", {"article": successor, "redirect_url": _directory_url(target, path)}


def _directory_url(target: str, current: str) -> str:
    """The URL of docs file `target` relative to the page of docs file `current`, as MkDocs
    serves them with `use_directory_urls` (`a/b.md` at `a/b/`)."""
    def folder(path: str) -> str:
        return path[: -len("index.md")].rstrip("/") if path.endswith("index.md") else path[: -len(".md")]
    return posixpath.relpath(folder(target) or ".", folder(current) or ".") + "/"


def _record(catalog: Catalog, registry: Registry) -> None:
    """This run's URLs into the registry: the facets' slugs, every article's path."""
    for facet in ("people", "districts", "topics"):
        registry.slugs(facet).clear()
        registry.slugs(facet).update({name: entry.slug for name, entry in getattr(catalog, facet).items()})
    for article in catalog.articles:
        registry.paths[catalog.path(article)] = [article.id, article.source_file, article.first_line, article.last_line]


def _load_fingerprints(docs_dir: Path) -> dict[str, str]:
    try:
        return json.loads(inside(docs_dir, FINGERPRINTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def templates_dir(config: Config) -> Path:
    """The folder of the page templates the settings name (generator.config: archive.yml
    `templates`), by default `docs_templates/` beside `site_config/`."""
    return config.templates or Path(config.root).resolve().parent / DEFAULT_TEMPLATES


def _pages(catalog: Catalog, dataset_page: str = "", pages: Sequence[Page] = ()):
    """(docs path, template, context) for every page of the site."""
    yield "index.md", "home.md.j2", {}
    yield "archive/index.md", "archive.md.j2", {}
    if dataset_page:
        yield DATASET_PAGE, "dataset.md.j2", dataset_page_context()
    for i, issue in enumerate(catalog.issues):
        around = (catalog.issues[i - 1] if i else None,
                  catalog.issues[i + 1] if i + 1 < len(catalog.issues) else None)
        yield issue.path, "issue.md.j2", {"issue": issue, "around": around}
    for article in catalog.articles:
        yield catalog.path(article), "article.md.j2", {"article": article}
    for page in pages:
        yield provenance_path(page.file), "provenance.md.j2", {"source_page": page}
    yield from index_pages(catalog)


def index_pages(catalog: Catalog):
    """(docs path, template, context) for the index pages: the overviews of people,
    districts and topics, each entry's page and, for a long list, its years and months
    (also a year's site of a split archive, generator/split_site.py)."""
    for kind, entries, template in (
        ("people", catalog.people, "person.md.j2"),
        ("districts", catalog.districts, "district.md.j2"),
        ("topics", catalog.topics, "topic.md.j2"),
    ):
        yield f"{kind}/index.md", f"{kind}_index.md.j2", {}
        for entry in entries.values():
            yield entry.path, template, {"entry": entry}
            if not entry.paged:
                continue
            years = entry.years
            for year in years:
                yield year.path, "listing.md.j2", {"entry": entry, "listing": year, "around": years, "parent": None, "kind": kind}
                if year.paged:
                    months = year.months
                    for month in months:
                        yield month.path, "listing.md.j2", {"entry": entry, "listing": month, "around": months, "parent": year, "kind": kind}


