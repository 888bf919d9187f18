"""Load `site_config/*.yml` once into frozen settings that are passed to every stage."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


class ConfigError(Exception):
    """A settings file is missing a required value or holds one of the wrong shape."""


@dataclass(frozen=True)
class SourceEntry:
    """What the catalog knows of one page file."""

    issue_date: _dt.date | None = None
    page: int | None = None
    # The year alone, where the archivist knows it but not the day (`year: 2020`): the
    # issue date is then inferred from the page's datelines within that year.
    year: int | None = None


@dataclass(frozen=True)
class Archive:
    paper: str
    site_name: str
    site_description: str = ""
    site_url: str = ""
    repo_url: str = ""
    search: str = "builtin"  # or "pagefind"


@dataclass(frozen=True)
class Config:
    """Everything the pipeline reads from `site_config/`."""

    root: Path
    archive: Archive
    sources: dict[str, SourceEntry] = field(default_factory=dict)
    # sources.yml `assumed_year`: the year of a page that is not catalogued and prints none.
    assumed_year: int | None = None
    # Raw reference data (districts, people, topics, stop words), shaped by their loaders.
    reference: dict[str, Any] = field(default_factory=dict)
    # The page templates (archive.yml `templates`, relative to this folder); None: the
    # folder docs_templates/ beside it.
    templates: Path | None = None

    def source(self, file_name: str) -> SourceEntry | None:
        return self.sources.get(file_name)


# libyaml's safe loader reads a catalog of thousands of pages ten times faster; PyYAML's own where it is missing.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> Any:
    if not path.exists():
        return None
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc


def _as_date(value: Any, where: str) -> _dt.date | None:
    if value is None or isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ConfigError(f"{where}: issue_date {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def _assumed_year(path: Path) -> int | None:
    data = _read_yaml(path) or {}
    value = data.get("assumed_year") if isinstance(data, dict) else None
    if value is not None and (not isinstance(value, int) or not 1 <= value <= 9999):
        raise ConfigError(f"{path}: assumed_year {value!r} is not a year (1 to 9999)")
    return value


def _load_sources(path: Path) -> dict[str, SourceEntry]:
    data = _read_yaml(path) or {}
    pages = data.get("pages") or {}
    if not isinstance(pages, dict):
        raise ConfigError(f"{path}: 'pages' must map file names to {{issue_date, page}}")
    sources = {}
    for name, entry in pages.items():
        entry = entry or {}
        page = entry.get("page")
        if page is not None and not isinstance(page, int):
            raise ConfigError(f"{path}: {name}: page {page!r} is not a whole number")
        year = entry.get("year")
        if year is not None and not (isinstance(year, int) and 1000 <= year <= 9999):
            raise ConfigError(f"{path}: {name}: year {year!r} is not a four-digit year")
        sources[str(name)] = SourceEntry(_as_date(entry.get("issue_date"), f"{path}: {name}"), page, year)
    return sources


SEARCH_ENGINES = ("builtin", "pagefind")
DEFAULT_TEMPLATES = "docs_templates"  # beside the settings folder, in the project


def _search_engine(value: Any, where: Path) -> str:
    value = str(value or "builtin")
    if value not in SEARCH_ENGINES:
        raise ConfigError(f"{where}: search {value!r} is not one of {', '.join(SEARCH_ENGINES)}")
    return value


def load_config(root: Path | str = "site_config") -> Config:
    """Read the archive's settings and reference data from the folder `root`."""
    root = Path(root)
    data = _read_yaml(root / "archive.yml")
    if not isinstance(data, dict) or not data.get("paper"):
        raise ConfigError(f"{root / 'archive.yml'}: missing, or without 'paper'")
    archive = Archive(
        paper=str(data["paper"]),
        site_name=str(data.get("site_name") or data["paper"]),
        site_description=str(data.get("site_description") or ""),
        site_url=str(data.get("site_url") or ""),
        repo_url=str(data.get("repo_url") or ""),
        search=_search_engine(data.get("search"), root / "archive.yml"),
    )
    templates = _templates(data.get("templates"), root)
    reference = {}
    for name in ("districts", "people", "topics", "stopwords", "surnames"):
        value = _read_yaml(root / f"{name}.yml")
        if value is not None:
            reference[name] = value
    return Config(root=root, archive=archive, sources=_load_sources(root / "sources.yml"),
                  assumed_year=_assumed_year(root / "sources.yml"), reference=reference, templates=templates)


def _templates(value: Any, root: Path) -> Path:
    """The templates folder that archive.yml names (relative to the settings folder, as every
    path there is), by default `docs_templates/` beside it; one that is not there is a
    configuration error naming it, before anything is written."""
    folder = (root / str(value or f"../{DEFAULT_TEMPLATES}")).resolve()
    if not (folder / "article.md.j2").is_file():
        raise ConfigError(f"{root / 'archive.yml'}: templates: {folder} holds no page templates (article.md.j2); "
                          f"name the folder of the archive's templates (relative to {root})")
    return folder
