"""Articles -> Markdown pages and index pages, through the Jinja2 templates of `docs_templates/`.

`render_site` is the stage's one public function; the structure lives in `catalog.py`,
escaping in `escape.py`, URLs in `slugs.py`, the search dictionary in `search_dict.py`.
"""

from __future__ import annotations

from pathlib import Path

from ..config import Config
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
    outputs = {path: env.get_template(name).render(page_path=path, **common, **context)
               for path, name, context in _pages(catalog)}
    outputs[SEARCH_DICT_PATH] = "".join(f"{word}\n" for word in search_words(catalog, config.reference))
    written = []
    for path, text in outputs.items():
        target = inside(docs_dir, path)
        write_atomic(target, text)  # unchanged files keep their time: `mkdocs serve` stays quiet
        written.append(target)
    return written


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
