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
from .dataset import page_lines
from .model import Article, Artifact, Page, Problem, SourceSpan
from .output import inside, write_atomic
from .pagefiles import PageFile, read_page_bytes

CACHE_DIR = "_build/cache"
_FORMAT = 4  # 2: files sealed with their digest; 3: articles mark an inferred issue date; 4: line spans, page lines


def code_and_data_fingerprint(config: Config) -> str:
    """Everything besides the page itself that shapes a parsed, enriched page: the
    generator's source and the reference data (not the catalog: each page keys on its own
    entry, so that cataloguing a new page keeps the others' cache)."""
    digest = hashlib.sha1(f"format {_FORMAT}".encode())
    package = Path(__file__).resolve().parent
    for path in sorted([*package.rglob("*.py"), *package.rglob("*.json")]):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    for path in sorted(Path(config.root).glob("*.yml")):
        if path.name not in ("sources.yml", "corrections.yml"):  # corrections apply after the cache
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def page_key(data: bytes, name: str, entry: SourceEntry | None, fallback_year: int | None, fingerprint: str) -> str:
    digest = hashlib.sha1(fingerprint.encode())
    digest.update(hashlib.sha1(data).hexdigest().encode())
    digest.update(json.dumps([name, _plain(entry.issue_date) if entry else None, entry.page if entry else None,
                              entry.year if entry else None, entry is not None, fallback_year]).encode())
    return digest.hexdigest()


class PageCache:
    """The per-page stage's cache in one place: it plans each page file's key (its bytes,
    catalog entry, the reference data and the generator's code), loads the pages it holds,
    stores the pages made anew with their dataset lines, and prunes what no file of the run
    uses. Without a docs folder it holds nothing: every page is made, nothing is stored."""

    def __init__(self, docs_dir: Path | None, config: Config, files: list[PageFile]):
        self.folder = cache_folder(docs_dir) if docs_dir is not None else None
        self.keys: list[str | None] = [None] * len(files)
        if self.folder is None:
            return
        fingerprint = code_and_data_fingerprint(config)
        for i, page_file in enumerate(files):
            if page_file.refusal or page_file.name_note:
                continue  # read_page_file reports it
            try:
                data = read_page_bytes(page_file)
            except OSError:
                continue  # read_page_file reports it
            self.keys[i] = page_key(data, page_file.name, config.source(page_file.name), config.assumed_year, fingerprint)

    def hits(self) -> list[int]:
        """The files whose page is cached, by index."""
        return [i for i, key in enumerate(self.keys) if key and holds(self.folder, key)]

    def load(self, i: int) -> tuple[Page, tuple[bytes, bytes]] | None:
        """The cached page of file `i` and its dataset lines (made again when theirs are
        damaged), or None when the page's file is damaged: the page is then made anew."""
        key = self.keys[i]
        assert self.folder is not None and key  # a hit has its key in the cache folder
        page = load(self.folder, key)
        if page is None:
            return None
        lines = load_lines(self.folder, key, len(page.articles))
        return page, lines if lines is not None else self._lines(key, page)

    def store(self, i: int, page: Page) -> tuple[bytes, bytes] | None:
        """Keep a page made anew, with its dataset lines (returned); without a cache the
        dataset makes its lines itself (None)."""
        key = self.keys[i]
        if self.folder is None or not key:
            return None
        store(self.folder, key, page)
        return self._lines(key, page)

    def _lines(self, key: str, page: Page) -> tuple[bytes, bytes]:
        lines = page_lines(page)
        assert self.folder is not None
        store_lines(self.folder, key, lines)  # always: a page is remembered where it is cached
        return lines

    def prune(self) -> None:
        if self.folder is not None:
            prune(self.folder, {k for k in self.keys if k})


def holds(folder: Path | None, key: str) -> bool:
    return folder is not None and (folder / f"{key}.json").is_file()


def load(folder: Path, key: str) -> Page | None:
    """The cached page of `key` from `folder` (see `cache_folder`), or None when it is
    missing, its digest does not match its bytes, or its JSON is not a page's shape: the
    page is then simply parsed again."""
    try:
        data = json.loads(_unsealed((folder / f"{key}.json").read_bytes()).decode("utf-8"))
        return _page_from_json(_checked_page(data))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def cache_folder(docs_dir: Path) -> Path:
    """Where the cached pages are; a key is a hex digest, so a file name never leaves it."""
    return inside(docs_dir, CACHE_DIR)


def store(folder: Path, key: str, page: Page) -> Path:
    path = folder / f"{key}.json"
    write_atomic(path, _sealed(json.dumps(_plain(asdict(page)), ensure_ascii=False).encode("utf-8")))  # key order is data (people_roles)
    return path


def _sealed(data: bytes) -> bytes:
    """A cache file: the digest of its content on the first line, then the content."""
    return hashlib.sha1(data).hexdigest().encode() + b"\n" + data


def _unsealed(data: bytes) -> bytes:
    """The content of a sealed file; ValueError when it is not what was written."""
    digest, _, content = data.partition(b"\n")
    if hashlib.sha1(content).hexdigest().encode() != digest:
        raise ValueError("cache file does not match its digest")
    return content


_STRINGS = ("id", "source_file", "kind", "title", "kicker", "subtitle", "signature", "dateline", "continued_to",
            "editor_code", "slug", "primary_district")
_LISTS = ("reporters", "correspondents", "photographers", "paragraphs", "people", "districts", "topics", "keywords")


def _checked_page(data) -> dict:
    """`data` when it has the shape of a stored page (every field of the type it is made
    from); ValueError otherwise. The digest catches damage, this a file from elsewhere."""
    _expect(isinstance(data, dict) and _is_str(data["file"]) and _is_str(data["sha1"]) and _is_date(data["issue_date"])
            and _is_int(data["page"], True) and _is_int(data["characters"]) and _is_int(data["covered"])
            and isinstance(data.get("rejected", False), bool) and _is_strings(data.get("lines", [])))
    _expect(isinstance(data["articles"], list) and isinstance(data["artifacts"], list) and isinstance(data["problems"], list))
    for a in data["articles"]:
        _expect(isinstance(a, dict) and all(_is_str(a[k]) for k in _STRINGS) and all(_is_strings(a[k]) for k in _LISTS)
                and _is_int(a["first_line"]) and _is_int(a["last_line"]) and _is_int(a["page"], True)
                and isinstance(a["title_inferred"], bool) and isinstance(a["continued_from"], bool)
                and _is_date(a["event_date"]) and _is_date(a["issue_date"]) and isinstance(a["people_roles"], dict)
                and all(_is_str(k) and _is_strings(v) for k, v in a["people_roles"].items()))
    for a in data["artifacts"]:
        _expect(isinstance(a, dict) and _is_int(a["line"]) and _is_str(a["text"]) and _is_str(a["kind"]) and _is_str(a["article_id"]))
    for p in data["problems"]:
        _expect(isinstance(p, dict) and _is_str(p["file"]) and _is_int(p["line"], True) and _is_str(p["message"]) and _is_str(p["severity"]))
    return data


def _expect(condition: bool) -> None:
    if not condition:
        raise ValueError("cache file is not a stored page")


def _is_str(value) -> bool:
    return isinstance(value, str)


def _is_strings(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_int(value, optional: bool = False) -> bool:
    return (value is None and optional) or (isinstance(value, int) and not isinstance(value, bool))


def _is_date(value) -> bool:
    if value is None:
        return True
    dt.date.fromisoformat(value)  # ValueError or TypeError when it is not one
    return True


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
    article.event_date, article.issue_date = _date(data["event_date"]), _date(data["issue_date"])
    head = data.get("headline_lines")
    article.headline_lines = SourceSpan(int(head["first_line"]), int(head["last_line"])) if head else None
    article.paragraph_lines = [SourceSpan(int(s["first_line"]), int(s["last_line"])) for s in data.get("paragraph_lines", [])]
    article.corrections = []  # applied after the cache, on every run
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
        rejected=data.get("rejected", False),
        lines=data.get("lines", []),
    )


def store_lines(folder: Path, key: str, lines: tuple[bytes, bytes]) -> None:
    """The page's lines of the dataset (`dataset.page_lines`), so that writing the dataset
    of a large archive joins bytes instead of serialising every article again."""
    write_atomic(folder / f"{key}.jsonl", _sealed(lines[0] + lines[1]))


def load_lines(folder: Path, key: str, articles: int) -> tuple[bytes, bytes] | None:
    """The lines stored by `store_lines`: the lines of the page's `articles` articles, then
    the page's own; None when the file is missing, does not match its digest or holds
    another number of lines (the lines are made again)."""
    try:
        data = _unsealed((folder / f"{key}.jsonl").read_bytes())
    except (OSError, ValueError):
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
