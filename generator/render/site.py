"""Articles -> Markdown pages and index pages, through the Jinja2 templates of `docs_templates/`.

`render_site` is the stage's one public function; the structure lives in `catalog.py`,
escaping in `escape.py`, URLs in `generator/slugs.py`, the search dictionary in `search_dict.py`,
citations in `citation.py`, related articles in `related.py`, the Atom feeds in `feeds.py`,
the data package in `datapackage.py`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import operator
import os
import posixpath
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..cache import code_and_data_fingerprint
from ..config import DEFAULT_TEMPLATES, Config
from ..continuations import came_from, joined_parts, page_reference
from ..dataset import ARTICLES, PAGES, article_record
from ..model import Article, Page, Problem
from ..output import foreign, inside, write_atomic
from ..registry import Registry
from .catalog import Catalog, Listed, build_catalog, link_group
from .citation import citation, citation_files, site_url
from .datapackage import DATASET_PAGE, dataset_files, dataset_page_context
from .feeds import feeds_of, issues_feed_of, write_feeds
from .provenance import SEVERITIES, anchor, page_problems, provenance_blocks, provenance_path
from .related import related_articles
from .renderer_settings import RENDERER_SETTINGS_PATH, renderer_settings, settings_text
from .search_dict import SEARCH_DICT_PATH, search_words
from .templates import make_environment

# A hand-written page about the archive, beside the generated ones (never written by us).
ABOUT = "about/index.md"


def render_site(articles: list[Article], pages: list[Page], config: Config, docs_dir: Path, dataset: str | None = None,
                registry: Registry | None = None, generated: set[str] | None = None, problems: list[Problem] | None = None) -> list[str]:
    """Write every page of the site under `docs_dir`; return the files this run produced,
    as paths relative to it. `dataset`: the dataset file the home page links (None: the
    one in `docs_dir`, if it is there). `registry`: the URLs given before, kept (and this
    run's recorded in it). `generated`: the files the previous run wrote; with it, another
    file at a path to be written is left alone, with a message in `problems`."""
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
    sources = _Sources(catalog, {article.id: page.key for page in pages if page.key for article in page.articles})
    shown_pages = [page for page in pages if page.lines]
    by_file = {page.file: page for page in shown_pages}
    by_id = {a.id: a for a in catalog.articles}
    printed = {(page.issue_date, page.page) for page in pages if page.issue_date and page.page and not page.rejected}
    previous = _load_fingerprints(docs_dir)
    fingerprints: dict[str, list[str]] = {}
    written = []
    root = str(docs_dir)
    for path, name, context in [*_pages(catalog, common["dataset_page"], shown_pages), *_redirects(catalog, registry)]:
        if name == "article.md.j2":
            shown = _article_sources(context["article"], by_file, by_id, printed)
            parts = {part.id for part in shown["parts"]}  # a continued article's other parts are on the page already
            context = {**context, "related": [r for r in related[context["article"].id] if r.id not in parts], **shown}
        fingerprint = _fingerprint(name, context, sources, path, code)
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
        if name == "provenance.md.j2":  # made only for the pages rendered
            context = {**context, "blocks": provenance_blocks(context["source_page"]), "page_problems": page_problems(context["source_page"]),
                       "severities": SEVERITIES, "anchor": anchor}
        if name == "article.md.j2":  # made only for the pages rendered
            cite = citation(context["article"], path, config.archive)
            meta = {**article_meta(context["article"]), "chips": article_chips(context["article"], catalog), "citation": cite["meta"]}
            context = {**context, "meta": meta, "citation": cite}
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


# What each page was rendered from, for the next run (see _fingerprint).
FINGERPRINTS = "_build/rendered.json"


def _templates_digest(templates: Path) -> str:
    """The templates (the generator's code is in the page cache's fingerprint)."""
    digest = hashlib.sha1()
    for path in sorted(p for p in templates.rglob("*") if p.is_file()):
        digest.update(path.relative_to(templates).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class _Sources:
    """What pages show of an article, as short strings made once per run: an index page
    with thousands of articles is fingerprinted by joining them, not by serialising them."""

    def __init__(self, catalog: Catalog, page_keys: dict[str, str]):
        self.catalog = catalog
        self.page_keys = page_keys  # article id -> its page's cache key
        # Unit separators cannot occur in a field: the parser removes control characters.
        self.briefs = {
            a.id: f"{a.id}\x1f{a.title}\x1f{a.issue_date}\x1f{a.page}\x1f{a.kind}\x1f{catalog.path(a)}"
            for a in catalog.articles
        }
        self._groups: dict[object, str] = {}

    def content(self, article: Article) -> str:
        """Everything an article is made of. An article is a pure function of its page
        file's cache key (bytes, catalog entry, reference data, code), so the key and the id
        stand for it; without a cache, the record itself."""
        key = self.page_keys.get(article.id)
        if key and not (article.corrections or article.continued_to_article or article.continued_from_article):
            return f"{key}:{article.id}"  # (corrections and joins are made after the page cache)
        return json.dumps(article_record(article), ensure_ascii=False, sort_keys=True)

    def brief(self, article: Article | None) -> str:
        """What a page linking to an article shows of it: headline, date, page, kind, URL."""
        return "" if article is None else self.briefs[article.id]

    def group(self, article: Article) -> str:
        """A digest of everything the articles of `article`'s issue (or undated page file)
        are made of: the group within which previous and next link."""
        key = link_group(article)
        digest = self._groups.get(key)
        if digest is None:
            text = "\x1e".join(f"{self.content(a)}\x1f{self.brief(a)}" for a in self.catalog.groups[key])
            digest = self._groups[key] = hashlib.sha1(text.encode()).hexdigest()
        return digest

    def briefs_of(self, articles: list[Article]) -> str:
        """A digest of a list's briefs: the lists of a busy entry run to megabytes."""
        joined = "\n".join(map(self.briefs.__getitem__, map(_ID, articles)))
        return hashlib.sha1(joined.encode()).hexdigest()


_ID = operator.attrgetter("id")


def _fingerprint(template: str, context: dict, sources: _Sources, path: str, code: str) -> str:
    """What an article, person, district, topic or issue page is made of; "" for the
    overviews, the archive and the home page, which show the whole archive and are always
    rendered."""
    catalog = sources.catalog
    if template == "article.md.j2":
        # An article page shows the article and its neighbours, all of one issue (or one
        # undated page file): the issue's digest stands for it. Thirty thousand pages a run
        # share six hundred digests; adding a page to an issue renders that issue again.
        # The first and last article also link the issues before and after (paths of dates).
        around = "\x1f".join(i.path if i else "" for i in catalog.issues_around(context["article"].issue_date))
        # Related articles come from any issue: their briefs are part of the page.
        related = sources.briefs_of(context["related"])
        return hashlib.sha1(f"{code}\x1e{path}\x1e{sources.group(context['article'])}\x1e{around}\x1e{related}".encode()).hexdigest()
    elif template in ("person.md.j2", "district.md.j2", "topic.md.j2"):
        entry = context["entry"]
        people = [n for n, _ in getattr(entry, "companions", []) or getattr(entry, "people", [])]
        data = [_summary(entry, sources), _articles_shown(entry, sources),
                [catalog.people[n].path if n in catalog.people else "" for n in people]]
    elif template == "listing.md.j2":
        parent, listing = context["parent"], context["listing"]
        data = [context["entry"].name, context["entry"].path, listing.path, listing.label, _articles_shown(listing, sources),
                [(other.path, other.label) for other in context["around"]], parent.path if parent else ""]
    elif template == "issue.md.j2":
        data = [_summary(context["issue"], sources), [i.path if i else "" for i in context["around"]]]
    elif template == "provenance.md.j2":
        page = context["source_page"]
        data = [page.key or page.sha1, page.file, [str(p) for p in page.problems], page.lines if not page.key else [],
                [f"{sources.content(a)}\x1f{sources.brief(a)}" for a in page.articles]]
    else:
        return ""
    payload = [code, path, template, data]
    return hashlib.sha1(json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()


def _articles_shown(listed, sources: _Sources):
    """The articles an index entry's page, or a year's or month's, shows: all of them, or
    when the list is split, the parts it links (and an entry's latest few). Each article
    is thus counted on one page of the split, not on the entry, its year and its month."""
    if not listed.paged:
        return sources.briefs_of(listed.articles)
    parts = listed.years if isinstance(listed, Listed) else listed.months
    recent = [sources.brief(a) for a in listed.recent] if isinstance(listed, Listed) else []
    return [[(part.path, part.label, len(part.articles)) for part in parts], recent]


def _summary(value, sources: _Sources):
    """A JSON-able picture of an index entry; its own article list is `_articles_shown`,
    other lists of articles (a person's roles) are shown by number, first and latest."""
    if isinstance(value, Article):
        return sources.brief(value)
    if isinstance(value, list) and value and isinstance(value[0], Article):
        return [len(value), sources.brief(value[0]), sources.brief(value[-1])]
    if dataclasses.is_dataclass(value):
        summary = {f.name: _summary(getattr(value, f.name), sources) for f in dataclasses.fields(value) if f.name != "articles"}
        summary["path"] = getattr(value, "path", "")
        articles = getattr(value, "articles", None)
        if isinstance(value, Listed):
            summary["articles"] = _summary(articles, sources)  # the count and dates of the page's summary line
        elif articles is not None:
            summary["articles"] = sources.briefs_of(articles)  # an issue: all its articles
        return summary
    if isinstance(value, dict):
        return {str(k): _summary(v, sources) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_summary(v, sources) for v in value]
    return value


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


def _unlinked(reference, issue_date, printed: set) -> tuple:
    """(page number, that page is in the archive) of a jump no article was joined to."""
    return (reference.page if reference else None, bool(reference) and (issue_date, reference.page) in printed)


def _article_sources(article: Article, by_file: dict[str, Page], by_id: dict[str, Article], printed: set) -> dict:
    """What an article page shows of where it came from: the link to its lines on the
    provenance page, the parser's doubts on them, the parts of a continued article and
    the notes of a jump whose other part is not in the archive."""
    page = by_file.get(article.source_file)
    doubts = [p for p in page.problems if p.severity == "uncertain" and p.line and article.first_line <= p.line <= article.last_line] if page else []
    came = came_from(article, page) if page is not None and article.continued_from else None
    to = page_reference(article.continued_to) if article.continued_to else None
    return {
        "provenance": f"{provenance_path(article.source_file)}#{anchor(article)}" if page else "",
        "doubts": len(doubts),
        "parts": joined_parts(article, by_id),
        # (page number, that page is in the archive) of an unlinked jump, either way
        "jump_to": _unlinked(to, article.issue_date, printed) if article.continued_to and not article.continued_to_article else None,
        "jump_from": _unlinked(came, article.issue_date, printed) if article.continued_from and not article.continued_from_article else None,
    }


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


def article_chips(article: Article, catalog: Catalog) -> dict[str, list[list[str]]]:
    """The chips of an article page (overrides/partials/tags.html): each of its people,
    districts and topics in the article's order, with the URL of the entry's page from the
    site's root ("" when it has none). The generator knows these pages, so no tags plugin
    has to find them by intersecting every page with every listing."""
    def links(names, entries) -> list[list[str]]:
        return [[name, page_url(entries[name].path) if name in entries else ""] for name in names]
    return {"people": links(article.people, catalog.people), "districts": links(article.districts, catalog.districts),
            "topics": links(article.topics, catalog.topics)}


def page_url(path: str) -> str:
    """The URL of docs file `path` from the site's root, as MkDocs serves it with
    `use_directory_urls` (mkdocs.yml): `a/b.md` at `a/b/`, `a/index.md` at `a/`."""
    folder = path[: -len("index.md")] if path.endswith("index.md") else path[: -len(".md")] + "/"
    return folder


def article_meta(article: Article) -> dict:
    """Front matter of an article page: the dataset record, and the facets (Pagefind's filters).

    The record (the dataset's schema) sits under `article:` because Material renders a
    top-level `title` or `description` into the HTML unescaped; `tags` is what its search
    index boosts.
    """
    return {
        "article": article_record(article),
        "people": list(article.people),
        "districts": list(article.districts),
        "topics": list(article.topics),
        "topic_classes": list(article.topic_classes),
        "tags": list(dict.fromkeys([*article.people, *article.districts, *article.topics, *article.topic_classes])),
    }
