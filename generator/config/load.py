"""Load `site_config/*.yml` once into frozen settings that are passed to every stage."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .archive import Archive, ArchiveFile, templates_folder, templates_problem
from .conventions import Conventions
from .districts import Districts
from .errors import Findings
from .people import People
from .read import _BAD, convert, read_yaml
from .sources import SourceEntry, read_sources
from .topics import Topics
from .words import StopWords, Surnames, WordLists

PROJECT_SETTINGS = Path(__file__).resolve().parents[2] / "site_config"


@dataclass(frozen=True)
class Reference:
    """The reference data: one typed value per file (empty when the file is not there)."""

    districts: Districts = field(default_factory=Districts)
    people: People = field(default_factory=People)
    topics: Topics = field(default_factory=Topics)
    stopwords: StopWords = field(default_factory=StopWords)
    surnames: Surnames = field(default_factory=Surnames)
    words: WordLists = field(default_factory=WordLists)


# File stem -> the field of Reference it fills.
REFERENCE_FILES = {"districts": "districts", "people": "people", "topics": "topics",
                   "stopwords": "stopwords", "surnames": "surnames", "word_lists": "words"}


@dataclass(frozen=True)
class Config:
    """Everything the pipeline reads from `site_config/`."""

    root: Path
    archive: Archive
    sources: dict[str, SourceEntry] = field(default_factory=dict)
    # sources.yml `assumed_year`: the year of a page that is not catalogued and prints none.
    assumed_year: int | None = None
    reference: Reference = field(default_factory=Reference)
    # The page templates (archive.yml `templates`, relative to this folder); None: the
    # folder docs_templates/ beside it.
    templates: Path | None = None
    # The shape of conventions.yml, checked here (generator/parse/conventions.py compiles it).
    conventions: Conventions | None = None
    warnings: tuple[str, ...] = ()  # keys nobody reads, one line each (also logged)

    def source(self, file_name: str) -> SourceEntry | None:
        return self.sources.get(file_name)


def load_config(root: Path | str = "site_config") -> Config:
    """Read the archive's settings and reference data from the folder `root`; every shape
    error of every file is raised together, as one ConfigError."""
    root = Path(root)
    findings = Findings()
    archive_file = root / "archive.yml"
    data = read_yaml(archive_file, findings)
    if data is None and not findings.errors:
        findings.error(archive_file, "", "missing or empty: the archive's settings (paper, site_name …) are read from it")
    settings = convert(ArchiveFile, data, archive_file, "", findings) if data is not None else _BAD
    templates = None
    if settings is not _BAD:
        templates = templates_folder(settings.templates, root)
        problem = templates_problem(templates, root)
        if problem:
            findings.error(archive_file, "templates", problem)
    sources = read_sources(root / "sources.yml", findings)
    reference = _read_reference(root, findings)
    conventions_file = root / "conventions.yml"
    conventions = None
    if conventions_file.exists():
        value = convert(Conventions, read_yaml(conventions_file, findings), conventions_file, "", findings)
        conventions = None if value is _BAD else value
    findings.raise_errors()
    return Config(root=root, archive=settings.archive(), sources=sources.pages, assumed_year=sources.assumed_year,
                  reference=reference, templates=templates, conventions=conventions, warnings=tuple(findings.warnings))


def reference_from(data: dict[str, Any], root: Path = Path("site_config")) -> Reference:
    """Reference data from the files' contents (file stem -> parsed YAML), checked as
    load_config checks the files: a ConfigError names every problem."""
    findings = Findings()
    reference = _reference(data, root, findings)
    findings.raise_errors()
    return reference


def _read_reference(root: Path, findings: Findings) -> Reference:
    return _reference({stem: read_yaml(root / f"{stem}.yml", findings) for stem in REFERENCE_FILES}, root, findings)


def _reference(data: dict[str, Any], root: Path, findings: Findings) -> Reference:
    hints = {"districts": Districts, "people": People, "topics": Topics, "stopwords": StopWords,
             "surnames": Surnames, "word_lists": WordLists}
    values = {}
    for stem, name in REFERENCE_FILES.items():
        value = convert(hints[stem], data.get(stem), root / f"{stem}.yml", "", findings)
        values[name] = hints[stem]() if value is _BAD else value
    reference = Reference(**values)
    _check_pages(reference, root, findings)
    return reference


# A slug is one segment of a URL: lower-case letters, digits and hyphens (pinyin).
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# The overview of each facet folder (topics/index.md, districts/index.md).
_OVERVIEW = "index"


def _check_pages(reference: Reference, root: Path, findings: Findings) -> None:
    """Refuse two generated pages on one path: a slug that is the folder's overview
    (`index`), two entries of one name or one slug (the second would overwrite the first)."""
    topics = reference.topics
    subjects = [(f"{section}[{i}]", entry) for section in ("topics", "themes", "classes")
                for i, entry in enumerate(getattr(topics, section))]
    _unique(subjects, root / "topics.yml", "topics", findings)
    units = [(f"units[{i}]", unit) for i, unit in enumerate(reference.districts.units)]
    _unique(units, root / "districts.yml", "districts", findings)
    people = [(f"people[{i}]", person) for i, person in enumerate(reference.people.people)]
    names = Counter(person.name for _, person in people)
    for key, person in people:
        if names[person.name] > 1:
            findings.error(root / "people.yml", f"{key}.name", f"{person.name} is listed {names[person.name]} times "
                           "(one person page each): keep one entry, with the roles of both and a note")
            names[person.name] = 0  # reported once


def _unique(entries: list[tuple[str, Any]], file: Path, folder: str, findings: Findings) -> None:
    names = Counter(entry.name for _, entry in entries)
    slugs = Counter(entry.slug for _, entry in entries if entry.slug)
    for key, entry in entries:
        if names[entry.name] > 1:
            findings.error(file, f"{key}.name", f"{entry.name} is given {names[entry.name]} times: "
                           f"both would be written to one page of {folder}/")
            names[entry.name] = 0
        if not entry.slug:
            continue
        if entry.slug == _OVERVIEW:
            findings.error(file, f"{key}.slug", f"'{_OVERVIEW}' is the path of the overview page "
                           f"({folder}/{_OVERVIEW}.md), which this page would overwrite; choose another slug")
        elif not _SLUG.match(entry.slug):
            findings.error(file, f"{key}.slug", f"{entry.slug!r} is not a slug (lower-case letters, digits, hyphens)")
        elif slugs[entry.slug] > 1:
            findings.error(file, f"{key}.slug", f"{entry.slug!r} is the slug of {slugs[entry.slug]} entries: "
                           f"they would be written to one page ({folder}/{entry.slug}.md)")
            slugs[entry.slug] = 0


@functools.cache
def project_word_lists() -> WordLists:
    """The project's word_lists.yml, for the stages that read it at import (the parser)."""
    return _project_file("word_lists.yml", WordLists)


def project_surnames() -> Surnames:
    """The project's surnames.yml, for the stages that read it at import (the parser)."""
    return _project_file("surnames.yml", Surnames)


def _project_file(name: str, cls):
    findings = Findings()
    path = PROJECT_SETTINGS / name
    value = convert(cls, read_yaml(path, findings), path, "", findings)
    findings.raise_errors()
    return value if isinstance(value, cls) else cls()
