"""An archive too large for one `mkdocs build`, as one MkDocs project per year and a home.

`mkdocs build` holds the whole site in one process (0.36 MiB per page file): a decade of the
paper does not fit. `split_site` lays out the generated docs folder as projects built one
after another (`build_split_site`), so a build holds one year at a time:

- a part per year (and `undated`): the article and issue pages of the year, the provenance
  pages of its page files, and people, district and topic pages of the year's articles only,
  rendered from the dataset through the same templates; built into `<site>/<year>/`;
- the home: everything else of the docs folder (home page, date archive, the archive-wide
  index pages, dataset, feeds, the hand-written pages), built into `<site>/`.

A page of the single site under `2020/` is the part's page under the same path less its
year, so a part built into `site/2020/` serves every article at the URL the single site
gave it: cited URLs keep working. The pages are the single site's, moved: each Markdown
link the generator wrote (`render/escape.py` `md_url`, relative to the page) is read as the
docs file it names, placed in its project (a part's own index page where it has one), and
written again: a relative docs path within the project (MkDocs checks it), or a relative
URL to a page of another project (`../../../2019/05/01/…/`), since every project is
built under one site folder and a relative URL needs no site address.
"""

from __future__ import annotations

import dataclasses
import logging
import posixpath
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, unquote

import yaml
from mkdocs.utils.yaml import yaml_load

from .config import Config
from .dataset import ARTICLES, read_articles
from .registry import load_registry
from .render.catalog import build_catalog
from .render.page_kinds import page_url
from .render.provenance import provenance_path
from .render.renderer_settings import RENDERER_SETTINGS_PATH
from .render.search_dict import SEARCH_DICT_PATH
from .render.site import index_pages, templates_dir
from .render.templates import make_environment

log = logging.getLogger("generator")

HOME = ""  # the home project's name: it is built into the site folder itself
MARKER = ".split-site"  # in an output folder this module made (and may clear)
# A Markdown link as md_url writes it: percent-encoded, so no space or parenthesis inside.
_LINK = re.compile(r"\]\(([^()\s]*)\)")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


class SplitError(Exception):
    """The docs folder cannot be split (no dataset), or the output folder is not ours."""


@dataclasses.dataclass(frozen=True)
class Project:
    """One MkDocs project of a split archive: its folder (mkdocs.yml, docs/) and where it is built."""

    name: str  # a year, "undated", or HOME
    folder: Path
    site_dir: Path
    articles: int

    @property
    def config_file(self) -> Path:
        return self.folder / "mkdocs.yml"

    @property
    def label(self) -> str:
        return "日期不详" if self.name == "undated" else f"{self.name}年"


def split_site(docs: Path, out: Path, site: Path, config: Config, mkdocs_yml: Path) -> list[Project]:
    """Lay out the generated `docs` as a project per year and a home under `out` (cleared
    first when a previous split made it), each with a mkdocs.yml that INHERITs `mkdocs_yml`
    and builds into `site` (the home) or `site/<year>`. Returns the projects, home first:
    the order to build them in, since the home's build clears the site folder."""
    docs, out, site, mkdocs_yml = (Path(p).resolve() for p in (docs, out, site, mkdocs_yml))
    if not (docs / ARTICLES).is_file():
        raise SplitError(f"{docs / ARTICLES} is not there: run `python -m generator generate` first")
    articles = read_articles(docs / ARTICLES)
    paths = _article_paths(docs)
    missing = [a.id for a in articles if a.id not in paths]
    if missing:
        raise SplitError(f"{len(missing)} articles of the dataset have no page in {docs} (first: {missing[0]}): generate again")
    part_of = {a.id: paths[a.id].split("/", 1)[0] for a in articles}
    names = sorted(set(part_of.values()), key=lambda name: (name == "undated", name))
    # A page file's lines go with its articles, all of one issue.
    provenance = {provenance_path(a.source_file): part_of[a.id] for a in articles}
    _clear(out)
    projects = [Project(HOME, out / "home", site, len(articles))]
    projects += [Project(name, out / name, site / name, sum(1 for a in articles if part_of[a.id] == name)) for name in names]
    env = make_environment(templates_dir(config))
    registry = _registry(docs)
    facets: dict[str, set[str]] = {}  # a part's index pages: what its pages link of their own

    def locate(path: str, project: str) -> tuple[str, str]:
        """The project a docs file of the single site is in, and its path there."""
        head, _, rest = path.partition("/")
        if rest and head in names:
            return head, rest
        if path in provenance:
            return provenance[path], path
        if project != HOME and path in facets[project]:
            return project, path  # a part's pages link its own people, districts and topics
        return HOME, path

    for project in projects[1:]:  # each year's index pages, written before the next year's are made
        home = f"{project.name}/index.md"
        if (docs / home).exists():
            raise SplitError(f"{docs / home} exists: a part's home page would take its place")
        year = [dataclasses.replace(a, slug=posixpath.basename(paths[a.id])[: -len(".md")]) for a in articles if part_of[a.id] == project.name]
        catalog = build_catalog(year, config.reference, registry)
        common = {"archive": config.archive, "catalog": catalog, "feeds": {}}  # a year's lists have no feeds: the home's entries do
        pages = [*index_pages(catalog), (home, "split_part.md.j2", {"label": project.label})]
        facets[project.name] = {path for path, _, _ in pages}
        for path, template, context in pages:
            text = env.get_template(template).render(page_path=path, **common, **context)
            target = project.folder / "docs" / locate(path, project.name)[1]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_relocate(text, path, project.name, locate), encoding="utf-8")
    for source in sorted(p for p in docs.rglob("*") if p.is_file()):
        relative = source.relative_to(docs).as_posix()
        if relative.startswith("_build/"):
            continue
        name, path = locate(relative, HOME)
        target = out / ("home" if name == HOME else name) / "docs" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if relative.endswith(".md"):
            text = source.read_text(encoding="utf-8")
            target.write_text(_relocate(text, relative, name, locate), encoding="utf-8")
        else:
            shutil.copy2(source, target)
    home_page = out / "home" / "docs" / "index.md"
    parts = [{"name": p.name, "label": p.label, "articles": p.articles} for p in projects[1:]]
    addition = env.get_template("split_home.md.j2").render(page_path="index.md", parts=parts)
    home_text = home_page.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + _relocate(addition, "index.md", HOME, locate).lstrip("\n")
    home_page.write_text(home_text, encoding="utf-8")
    settings = _renderer_settings(docs)
    for project in projects:
        dictionary = docs / SEARCH_DICT_PATH
        if dictionary.is_file():
            (project.folder / "docs" / SEARCH_DICT_PATH).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(dictionary, project.folder / "docs" / SEARCH_DICT_PATH)
        project.config_file.write_text(_mkdocs_yml(project, mkdocs_yml, settings), encoding="utf-8")
    return projects


def build_split_site(projects: list[Project], strict: bool = False, run: Callable = subprocess.run) -> None:
    """`mkdocs build` of each project, one process after another (home first: its build
    clears the site folder), so a build holds one part at a time."""
    for project in projects:
        log.info("building %s into %s", project.label if project.name else "the home", project.site_dir)
        command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project.config_file), *(["--strict"] if strict else [])]
        run(command, check=True)


def _relocate(text: str, page: str, project: str, locate: Callable[[str, str], tuple[str, str]]) -> str:
    """The Markdown of single-site page `page` with its links written for its place in
    `project` (see the module's docstring). The front matter is left: its URLs are from the
    root of the project (the chips of a part's article lead to the part's index pages) or
    relative URLs between articles (a redirect), which keep their URLs."""
    _, here = locate(page, project)
    front = _FRONT_MATTER.match(text)
    start = front.end() if front else 0

    def relink(match: re.Match) -> str:
        link = match.group(1)
        if not link or link.startswith(("#", "/")) or _SCHEME.match(link):
            return match.group()
        path, hash_, fragment = link.partition("#")
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(path)))
        if target.startswith("../"):
            return match.group()  # not a docs file: nothing of ours
        name, there = locate(target, project)
        if name == project:
            new = posixpath.relpath(there, posixpath.dirname(here) or ".")
        else:  # another project, built under the same site folder: a URL, from this page's
            url = _url(name, there)
            new = posixpath.relpath(url or ".", _url(project, here).rstrip("/") or ".") + ("/" if url.endswith("/") or not url else "")
        return f"]({quote(new, safe='/.-_~')}{hash_}{fragment})"

    return text[:start] + _LINK.sub(relink, text[start:])


def _url(project: str, path: str) -> str:
    """Where a docs file of `project` is in the site folder: a page at its folder (MkDocs'
    `use_directory_urls`), any other file at its path."""
    within = page_url(path) if path.endswith(".md") else path
    return f"{project}/{within}" if project else within


def _article_paths(docs: Path) -> dict[str, str]:
    """Article id -> the docs path of its page in the single site: the registry of URLs
    (docs/urls.json) names every path given; a path given before that now redirects is a
    page of the redirect template, not the article's."""
    by_id: dict[str, list[str]] = {}
    for path, (article_id, *_) in _registry(docs).paths.items():
        by_id.setdefault(article_id, []).append(path)
    found = {}
    for article_id, candidates in by_id.items():
        pages = [p for p in candidates if (docs / p).is_file()]
        if len(pages) > 1:
            pages = [p for p in pages if "\ntemplate: redirect.html\n" not in (docs / p).read_text(encoding="utf-8")[:400]]
        if pages:
            found[article_id] = pages[0]
    return found


def _registry(docs: Path):
    """The URLs the single site gave (docs/urls.json): a split moves none of them."""
    registry, problem = load_registry(docs)
    if problem:
        raise SplitError(problem)
    return registry


def _renderer_settings(docs: Path) -> dict:
    """The settings `generate` wrote for a renderer (site_url, repo_url, extra)."""
    try:
        return yaml.safe_load((docs / RENDERER_SETTINGS_PATH).read_text(encoding="utf-8")) or {}
    except OSError:
        return {}


def _mkdocs_yml(project: Project, archive_yml: Path, settings: dict) -> str:
    """A project's mkdocs.yml: the archive's, with this project's folders and address, the
    generator's plugin off (the pages are made) and reading paths from the archive's folder."""
    parent = yaml_load(archive_yml.read_text(encoding="utf-8"))
    plugins = []
    for plugin in parent.get("plugins") or []:
        name = plugin if isinstance(plugin, str) else next(iter(plugin))
        options = {} if isinstance(plugin, str) else dict(plugin[name] or {})
        if name == "jiaozuo-archive":
            options = {"enabled": False, "project_dir": posixpath.relpath(archive_yml.parent, project.folder)}
        plugins.append({name: options})
    theme = parent.get("theme") or {}
    data: dict = {
        "INHERIT": posixpath.relpath(archive_yml, project.folder),
        "docs_dir": "docs",
        "site_dir": posixpath.relpath(project.site_dir, project.folder),
        "plugins": plugins,
        "extra": {**settings.get("extra", {}), "split_part": project.name},
    }
    if isinstance(theme, dict) and theme.get("custom_dir"):
        data["theme"] = {"custom_dir": posixpath.relpath(posixpath.normpath(archive_yml.parent / theme["custom_dir"]), project.folder)}
    for key in ("site_url", "repo_url"):
        if settings.get(key):
            data[key] = settings[key] + (f"{project.name}/" if key == "site_url" and project.name else "")
    # Links to the other projects are URLs that MkDocs cannot check (tests/test_split_site.py does).
    validation = {"links": {"unrecognized_links": "info"}}
    if project.name != HOME:
        data["nav"] = [{project.label: "index.md"}, {"人物": "people/index.md"}, {"地区": "districts/index.md"},
                       {"主题": "topics/index.md"}, {"档案首页": "../"}]
        validation["nav"] = {"omitted_files": "info", "not_found": "info"}
    data["validation"] = validation
    head = f"# Written by `python -m generator split-site`: the {project.label if project.name else 'home'} of the split archive.\n"
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _clear(out: Path) -> None:
    """An empty output folder: one made by a previous split is cleared, another refused."""
    if out.exists() and any(out.iterdir()):
        if not (out / MARKER).is_file():
            raise SplitError(f"{out} is not empty and was not made by split-site: give another --out")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / MARKER).write_text("made by python -m generator split-site; cleared by the next split\n", encoding="utf-8")
