"""Articles -> Markdown pages and index pages, through the Jinja2 templates of `docs_templates/`.

`render_site` is the stage's one public function; the structure lives in `catalog.py`,
escaping in `escape.py`, URLs in `slugs.py`, the search dictionary in `search_dict.py`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

from ..config import Config
from ..cache import code_and_data_fingerprint
from ..dataset import ARTICLES, article_record
from ..model import Article, Page
from ..output import inside, write_atomic
from .catalog import Catalog, build_catalog
from .search_dict import SEARCH_DICT_PATH, search_words
from .templates import make_environment

# A hand-written page about the archive, beside the generated ones (never written by us).
ABOUT = "about/index.md"


def render_site(articles: list[Article], pages: list[Page], config: Config, docs_dir: Path) -> list[Path]:
    """Write every page of the site under `docs_dir`; return the files this run produced."""
    docs_dir = Path(docs_dir)
    catalog = build_catalog(articles, config.reference)
    env = make_environment(templates_dir(config))
    common = {
        "archive": config.archive,
        "catalog": catalog,
        "dataset": ARTICLES if (docs_dir / ARTICLES).is_file() else "",  # written just before
        "about": ABOUT if (docs_dir / ABOUT).is_file() else "",  # hand-written, linked when present
        "page_files": len(pages),
    }
    # Templates, render code, settings and reference data: a change to any renders all again.
    code = code_and_data_fingerprint(config) + _templates_digest(templates_dir(config)) + hashlib.sha1(
        json.dumps([dataclasses.asdict(config.archive), config.reference], ensure_ascii=False, sort_keys=True, default=str).encode()
    ).hexdigest()
    previous = _load_fingerprints(docs_dir)
    fingerprints: dict[str, str] = {}
    written = []
    for path, name, context in _pages(catalog):
        target = inside(docs_dir, path)
        written.append(target)
        fingerprint = _fingerprint(name, context, catalog, path, code)
        if fingerprint:
            # The page shows only what the fingerprint covers: when none of it changed,
            # the page on disk is what we would write.
            fingerprints[path] = fingerprint
            if previous.get(path) == fingerprint and target.is_file():
                continue
        text = env.get_template(name).render(page_path=path, **common, **context)
        write_atomic(target, text)  # unchanged files keep their time: `mkdocs serve` stays quiet
    words = "".join(f"{word}\n" for word in search_words(catalog, config.reference))
    for path, text in ((SEARCH_DICT_PATH, words), (FINGERPRINTS, json.dumps(fingerprints, sort_keys=True))):
        target = inside(docs_dir, path)
        write_atomic(target, text)
        written.append(target)
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


def _fingerprint(template: str, context: dict, catalog: Catalog, path: str, code: str) -> str:
    """What an article, person, district, topic or issue page is made of; "" for the
    overviews, the archive and the home page, which show the whole archive and are always
    rendered."""
    if template == "article.md.j2":
        article = context["article"]
        before, after = catalog.neighbours[article.id]
        facets = [
            *(catalog.people[n].path if n in catalog.people else "" for n in article.people),
            *(catalog.districts[n].path if n in catalog.districts else "" for n in [*article.districts, article.primary_district]),
            *(catalog.topics[n].path if n in catalog.topics else "" for n in article.topics),
        ]
        data = [article_record(article), [_article_summary(a, catalog) for a in (before, after)], facets]
    elif template in ("person.md.j2", "district.md.j2", "topic.md.j2"):
        entry = context["entry"]
        people = [n for n, _ in getattr(entry, "companions", []) or getattr(entry, "people", [])]
        data = [_summary(entry, catalog), [catalog.people[n].path if n in catalog.people else "" for n in people]]
    elif template == "issue.md.j2":
        data = [_summary(context["issue"], catalog), [i.path if i else "" for i in context["around"]]]
    else:
        return ""
    payload = [code, path, template, data]
    return hashlib.sha1(json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()


def _article_summary(article: Article | None, catalog: Catalog):
    """What a page shows of an article it links to."""
    if article is None:
        return None
    return [article.id, article.title, article.issue_date, article.page, article.kind, catalog.path(article)]


def _summary(value, catalog: Catalog):
    """A JSON-able picture of an index entry, articles reduced to what pages show of them."""
    if isinstance(value, Article):
        return _article_summary(value, catalog)
    if dataclasses.is_dataclass(value):
        summary = {f.name: _summary(getattr(value, f.name), catalog) for f in dataclasses.fields(value)}
        summary["path"] = getattr(value, "path", "")
        return summary
    if isinstance(value, dict):
        return {str(k): _summary(v, catalog) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_summary(v, catalog) for v in value]
    return value


def _load_fingerprints(docs_dir: Path) -> dict[str, str]:
    try:
        return json.loads(inside(docs_dir, FINGERPRINTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def templates_dir(config: Config) -> Path:
    """`docs_templates/` sits beside `site_config/` in the project folder."""
    return Path(config.root).resolve().parent / "docs_templates"


def _pages(catalog: Catalog):
    """(docs path, template, context) for every page of the site."""
    yield "index.md", "home.md.j2", {}
    yield "archive/index.md", "archive.md.j2", {}
    for i, issue in enumerate(catalog.issues):
        around = (catalog.issues[i - 1] if i else None,
                  catalog.issues[i + 1] if i + 1 < len(catalog.issues) else None)
        yield issue.path, "issue.md.j2", {"issue": issue, "around": around}
    for article in catalog.articles:
        yield catalog.path(article), "article.md.j2", {"article": article, "meta": article_meta(article)}
    for kind, entries, template in (
        ("people", catalog.people, "person.md.j2"),
        ("districts", catalog.districts, "district.md.j2"),
        ("topics", catalog.topics, "topic.md.j2"),
    ):
        yield f"{kind}/index.md", f"{kind}_index.md.j2", {}
        for entry in entries.values():
            yield entry.path, template, {"entry": entry}


def article_meta(article: Article) -> dict:
    """Front matter of an article page: the dataset record, and the facets the tags plugin reads.

    The record (the dataset's schema) sits under `article:` because Material renders a
    top-level `title` or `description` into the HTML unescaped; `tags` is what its search
    index boosts.
    """
    return {
        "article": article_record(article),
        "people": list(article.people),
        "districts": list(article.districts),
        "topics": list(article.topics),
        "tags": list(dict.fromkeys([*article.people, *article.districts, *article.topics])),
    }
