"""sources.yml: the catalog of page files, with the issue date and page number of each."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Findings
from .read import convert, read_yaml


def _page(value: int) -> str | None:
    return None if value >= 0 else f"{value!r} is not a page number"


def _four_digits(value: int) -> str | None:
    return None if 1000 <= value <= 9999 else f"{value!r} is not a four-digit year"


def _a_year(value: int) -> str | None:
    return None if 1 <= value <= 9999 else f"{value!r} is not a year (1 to 9999)"


@dataclass(frozen=True)
class SourceEntry:
    """What the catalog knows of one page file."""

    issue_date: _dt.date | None = None
    page: int | None = field(default=None, metadata={"check": _page})
    # The year alone, where the archivist knows it but not the day (`year: 2020`): the
    # issue date is then inferred from the page's datelines within that year.
    year: int | None = field(default=None, metadata={"check": _four_digits})


@dataclass(frozen=True)
class SourcesFile:
    pages: dict[str, SourceEntry] = field(default_factory=dict)
    # The year of a page that is not catalogued and prints none.
    assumed_year: int | None = field(default=None, metadata={"check": _a_year})


def read_sources(path: Path, findings: Findings) -> SourcesFile:
    """The catalog at `path` (nothing when it is not there); problems go to `findings`."""
    value = convert(SourcesFile, read_yaml(path, findings), path, "", findings)
    return value if isinstance(value, SourcesFile) else SourcesFile()


def _load_sources(path: Path) -> dict[str, SourceEntry]:
    """A catalog on its own (a fixture folder's): every problem raised together."""
    findings = Findings()
    sources = read_sources(Path(path), findings)
    findings.raise_errors()
    return sources.pages
