"""archive.yml: the paper, the site's name and address, the search engine, the templates."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

SEARCH_ENGINES = ("builtin", "pagefind")
DEFAULT_TEMPLATES = "docs_templates"  # beside the settings folder, in the project


def _search(value: str) -> str | None:
    return None if value in SEARCH_ENGINES else f"{value!r} is not one of {', '.join(SEARCH_ENGINES)}"


def _named(value: str) -> str | None:
    return None if value.strip() else "the paper's name is required (every page and the dataset print it)"


@dataclass(frozen=True)
class Archive:
    paper: str
    site_name: str
    site_description: str = ""
    site_url: str = ""
    repo_url: str = ""
    search: str = field(default="builtin", metadata={"check": _search})  # or "pagefind"
    paper_pinyin: str = ""  # the paper's name in pinyin (Jiaozuo Ribao)


@dataclass(frozen=True)
class ArchiveFile:
    """archive.yml as written: `site_name` defaults to the paper, `templates` to docs_templates/."""

    paper: str = field(metadata={"check": _named})
    site_name: str = ""
    site_description: str = ""
    site_url: str = ""
    repo_url: str = ""
    search: str = field(default="builtin", metadata={"check": _search})
    paper_pinyin: str = ""
    templates: str = ""  # relative to the settings folder

    def archive(self) -> Archive:
        return Archive(self.paper, self.site_name or self.paper, self.site_description, self.site_url,
                       self.repo_url, self.search, self.paper_pinyin)


def templates_folder(value: str, root: Path) -> Path:
    """The templates folder that archive.yml names (relative to the settings folder, as every
    path there is), by default `docs_templates/` beside it."""
    return (root / (value or f"../{DEFAULT_TEMPLATES}")).resolve()


def templates_problem(folder: Path, root: Path) -> str | None:
    """A folder without the page templates is a configuration error naming it, before anything is written."""
    if (folder / "article.md.j2").is_file():
        return None
    return (f"{folder} holds no page templates (article.md.j2); "
            f"name the folder of the archive's templates (relative to {root})")
