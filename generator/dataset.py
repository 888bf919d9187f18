"""The article dataset for researchers: `data/articles.jsonl` and `data/pages.jsonl`."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Any

from .model import Article, Change, Correction, Page, Problem, SourceSpan
from .output import foreign, inside, write_atomic

ARTICLES = "data/articles.jsonl"
PAGES = "data/pages.jsonl"


def article_record(article: Article) -> dict[str, Any]:
    """One article as a JSON object, fields in a fixed order (the dataset's schema)."""
    return {
        "id": article.id,
        "source": {"file": article.source_file, "lines": [article.first_line, article.last_line],
                   "headline": [article.headline_lines.first_line, article.headline_lines.last_line] if article.headline_lines else None,
                   "paragraphs": [[s.first_line, s.last_line] for s in article.paragraph_lines]},
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
        "date": article.event_date.isoformat() if article.event_date else None,
        "issue_date": article.issue_date.isoformat() if article.issue_date else None,
        "issue_date_inferred": article.issue_date_inferred,
        "page": article.page,
        "continued_to": article.continued_to,
        "continued_from": article.continued_from,
        "editor_code": article.editor_code,
        "continued_to_article": article.continued_to_article,
        "continued_from_article": article.continued_from_article,
        "paragraphs": article.paragraphs,
        "people": article.people,
        "people_roles": article.people_roles,
        "districts": article.districts,
        "primary_district": article.primary_district,
        "primary_district_inferred": article.primary_district_inferred,
        "topics": article.topics,
        "topic_classes": article.topic_classes,
        "keywords": article.keywords,
        "corrections": [
            {"entry": c.entry, "note": c.note, "date": c.dated,
             "changes": [{"field": ch.field, "was": ch.was, "now": ch.now} for ch in c.changes]}
            for c in article.corrections
        ],
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


# Characters that JSON allows raw in a string but that readers splitting on lines take for
# line ends (Python's str.splitlines, JavaScript before ES2019): written as escapes.
_LINE_BREAKING = {0x2028: "\\u2028", 0x2029: "\\u2029", 0x85: "\\u0085"}


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False).translate(_LINE_BREAKING) + "\n"


def page_lines(page: Page) -> tuple[bytes, bytes]:
    """A page's share of the two files, as UTF-8: its articles' lines and its own line. A
    pure function of the page, so the page cache keeps it beside the page."""
    articles = "".join(_line(article_record(a)) for a in page.articles)
    return articles.encode("utf-8"), _line(page_record(page)).encode("utf-8")


def write_dataset(pages: list[Page], docs_dir: Path, lines: dict[str, tuple[bytes, bytes]] | None = None,
                  generated: set[str] | None = None, problems: list[Problem] | None = None) -> list[str]:
    """Write both files, in page order (the articles as they were parsed); `lines` holds
    `page_lines` already made, by page file. Returns their paths relative to `docs_dir`.
    With `generated` (the previous run's files), a file there that the generator did not
    write is left alone, with a message in `problems`."""
    lines = lines or {}
    shares = [lines.get(page.file) or page_lines(page) for page in pages]
    written = []
    for relative, data in ((ARTICLES, b"".join(a for a, _ in shares)), (PAGES, b"".join(p for _, p in shares))):
        target = inside(docs_dir, relative)
        if generated is not None and relative not in generated and foreign(target, data):
            if problems is not None:
                problems.append(Problem(relative, None, f"{relative} exists and was not written by the generator: left as it is, "
                                                        "the dataset is not written there", "error"))
            continue
        write_atomic(target, data)
        written.append(relative)
    return written


def read_articles(path: Path) -> list[Article]:
    """The articles of a written `data/articles.jsonl`, as `article_record` wrote them (the
    lead and the slug are not in the dataset: they are left empty). A site made from the
    dataset, as `split_site.py` makes a year's index pages, needs no parsing."""
    articles = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                articles.append(_article_of(json.loads(line)))
    return articles


def _article_of(record: dict[str, Any]) -> Article:
    source = record["source"]
    day = _dt.date.fromisoformat
    return Article(
        id=record["id"], source_file=source["file"], first_line=source["lines"][0], last_line=source["lines"][1],
        kind=record["kind"], title=record["title"], kicker=record["kicker"], subtitle=record["subtitle"],
        title_inferred=record["title_inferred"], reporters=record["reporters"], correspondents=record["correspondents"],
        photographers=record["photographers"], signature=record["signature"], dateline=record["dateline"],
        event_date=day(record["date"]) if record["date"] else None,
        issue_date=day(record["issue_date"]) if record["issue_date"] else None,
        issue_date_inferred=record["issue_date_inferred"], page=record["page"], continued_to=record["continued_to"],
        continued_from=record["continued_from"], editor_code=record["editor_code"], paragraphs=record["paragraphs"],
        headline_lines=SourceSpan(*source["headline"]) if source["headline"] else None,
        paragraph_lines=[SourceSpan(*span) for span in source["paragraphs"]],
        people=record["people"], people_roles=record["people_roles"], districts=record["districts"],
        primary_district=record["primary_district"], primary_district_inferred=record.get("primary_district_inferred", False),
        topics=record["topics"], topic_classes=record["topic_classes"],
        keywords=record["keywords"], continued_to_article=record["continued_to_article"],
        continued_from_article=record["continued_from_article"],
        corrections=[Correction(c["entry"], c["note"], c["date"], tuple(Change(ch["field"], ch["was"], ch["now"]) for ch in c["changes"]))
                     for c in record["corrections"]],
    )
