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
_FORMAT = 2


def code_and_data_fingerprint(config: Config) -> str:
    """Everything besides the page itself that shapes a parsed, enriched page: the
    generator's source and the reference data (not the catalog: each page keys on its own
    entry, so that cataloguing a new page keeps the others' cache)."""
    digest = hashlib.sha1(f"format {_FORMAT}".encode())
    package = Path(__file__).resolve().parent
    for path in sorted([*package.rglob("*.py"), *package.rglob("*.json")]):
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
                              entry.year if entry else None, entry is not None, fallback_year]).encode())
    return digest.hexdigest()


def holds(folder: Path | None, key: str) -> bool:
    return folder is not None and (folder / f"{key}.json").is_file()


def load(folder: Path, key: str) -> Page | None:
    """The cached page of `key` from `folder` (see `cache_folder`), or None."""
    try:
        data = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
        return _page_from_json(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing or unreadable: the page is simply parsed again


def cache_folder(docs_dir: Path) -> Path:
    """Where the cached pages are; a key is a hex digest, so a file name never leaves it."""
    return inside(docs_dir, CACHE_DIR)


def store(folder: Path, key: str, page: Page) -> Path:
    path = folder / f"{key}.json"
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


_ARTICLE_FIELDS = frozenset(f.name for f in fields(Article))


def _article_from_json(data: dict) -> Article:
    article = Article(**{k: v for k, v in data.items() if k in _ARTICLE_FIELDS})
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


def store_lines(folder: Path, key: str, lines: tuple[bytes, bytes]) -> None:
    """The page's lines of the dataset (`dataset.page_lines`), so that writing the dataset
    of a large archive joins bytes instead of serialising every article again."""
    write_atomic(folder / f"{key}.jsonl", lines[0] + lines[1])


def load_lines(folder: Path, key: str, articles: int) -> tuple[bytes, bytes] | None:
    """The lines stored by `store_lines`: the lines of the page's `articles` articles, then
    the page's own; None when the file is missing or holds another number of lines (cut
    short: the lines are made again)."""
    try:
        data = (folder / f"{key}.jsonl").read_bytes()
    except OSError:
        return None
    if not data.endswith(b"\n") or data.count(b"\n") != articles + 1:
        return None
    cut = data.rfind(b"\n", 0, len(data) - 1) + 1
    return data[:cut], data[cut:]


def prune(folder: Path, keep: set[str]) -> None:
    """Drop cache entries no page file of this run uses (files removed or changed)."""
    if folder.is_dir():
        for path in folder.iterdir():
            if path.suffix in (".json", ".jsonl") and path.stem not in keep:
                path.unlink()
