"""The article dataset for researchers: `data/articles.jsonl` and `data/pages.jsonl`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .model import Article, Page
from .output import inside, write_atomic

ARTICLES = "data/articles.jsonl"
PAGES = "data/pages.jsonl"


def article_record(article: Article) -> dict[str, Any]:
    """One article as a JSON object, fields in a fixed order (the dataset's schema)."""
    return {
        "id": article.id,
        "source": {"file": article.source_file, "lines": [article.first_line, article.last_line]},
        "kind": article.kind,
        "title": article.title,
        "kicker": article.kicker,
        "subtitle": article.subtitle,
        "title_inferred": article.title_inferred,
        "reporters": article.reporters,
        "correspondents": article.correspondents,
        "photographers": article.photographers,
        "signature": article.signature,
        "dateline": article.dateline,
        "date": article.date.isoformat() if article.date else None,
        "issue_date": article.issue_date.isoformat() if article.issue_date else None,
        "page": article.page,
        "continued_to": article.continued_to,
        "continued_from": article.continued_from,
        "editor_code": article.editor_code,
        "paragraphs": article.paragraphs,
        "people": article.people,
        "people_roles": article.people_roles,
        "districts": article.districts,
        "primary_district": article.primary_district,
        "topics": article.topics,
        "keywords": article.keywords,
    }


def page_record(page: Page) -> dict[str, Any]:
    """One page file: where its articles came from and what was set aside as layout."""
    return {
        "file": page.file,
        "sha1": page.sha1,
        "issue_date": page.issue_date.isoformat() if page.issue_date else None,
        "page": page.page,
        "articles": [a.id for a in page.articles],
        "characters": page.characters,
        "covered": page.covered,
        "artifacts": [
            {"line": a.line, "kind": a.kind, "text": a.text, "article": a.article_id} for a in page.artifacts
        ],
        "problems": [str(p) for p in page.problems],
    }


def _jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def write_dataset(articles: list[Article], pages: list[Page], docs_dir: Path) -> list[Path]:
    """Write both files (in page order, as the articles were parsed); returns their paths."""
    written = []
    for relative, records in ((ARTICLES, [article_record(a) for a in articles]), (PAGES, [page_record(p) for p in pages])):
        path = inside(docs_dir, relative)
        write_atomic(path, _jsonl(records))
        written.append(path)
    return written
