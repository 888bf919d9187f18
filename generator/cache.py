"""A cache of parsed and enriched pages, so that a run after adding one page file redoes
only that page: keyed on the file's bytes, its catalog entry, the reference data and the
generator's own code (any change there invalidates everything)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, fields
from pathlib import Path

from .config import Config, SourceEntry
from .model import Article, Artifact, Page, Problem
from .output import inside, write_atomic

CACHE_DIR = "_build/cache"
_FORMAT = 1


def code_and_data_fingerprint(config: Config) -> str:
    """Everything besides the page itself that shapes a parsed, enriched page: the
    generator's source and the reference data (not the catalog: each page keys on its own
    entry, so that cataloguing a new page keeps the others' cache)."""
    digest = hashlib.sha1(f"format {_FORMAT}".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        if "bench" in path.relative_to(package).parts:
            continue  # the benchmark tools shape no page
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    for path in sorted(Path(config.root).glob("*.yml")):
        if path.name != "sources.yml":
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def page_key(data: bytes, name: str, entry: SourceEntry | None, fallback_year: int | None, fingerprint: str) -> str:
    digest = hashlib.sha1(fingerprint.encode())
    digest.update(hashlib.sha1(data).hexdigest().encode())
    digest.update(json.dumps([name, _plain(entry.issue_date) if entry else None, entry.page if entry else None,
                              entry is not None, fallback_year]).encode())
    return digest.hexdigest()


def load(docs_dir: Path, key: str) -> Page | None:
    try:
        data = json.loads(inside(docs_dir, f"{CACHE_DIR}/{key}.json").read_text(encoding="utf-8"))
        return _page_from_json(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing or unreadable: the page is simply parsed again


def store(docs_dir: Path, key: str, page: Page) -> Path:
    path = inside(docs_dir, f"{CACHE_DIR}/{key}.json")
    write_atomic(path, json.dumps(_plain(asdict(page)), ensure_ascii=False))  # key order is data (people_roles)
    return path


def _plain(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _article_from_json(data: dict) -> Article:
    known = {f.name for f in fields(Article)}
    article = Article(**{k: v for k, v in data.items() if k in known})
    article.date, article.issue_date = _date(data["date"]), _date(data["issue_date"])
    return article


def _page_from_json(data: dict) -> Page:
    return Page(
        file=data["file"],
        issue_date=_date(data["issue_date"]),
        page=data["page"],
        articles=[_article_from_json(a) for a in data["articles"]],
        artifacts=[Artifact(**a) for a in data["artifacts"]],
        problems=[Problem(**p) for p in data["problems"]],
        characters=data["characters"],
        covered=data["covered"],
        sha1=data["sha1"],
    )


def prune(docs_dir: Path, keep: set[str]) -> None:
    """Drop cache entries no page file of this run uses (files removed or changed)."""
    folder = inside(docs_dir, CACHE_DIR)
    if folder.is_dir():
        for path in folder.glob("*.json"):
            if path.stem not in keep:
                path.unlink()
