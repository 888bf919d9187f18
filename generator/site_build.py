"""`mkdocs build --dirty` and `mkdocs serve --dirty` that give the site a full build gives.

MkDocs' dirty build renders only the pages whose Markdown is newer than their HTML, and
the generator rewrites only the pages whose content changed (unchanged files keep their
time). Three things would still differ from a full build; this module keeps them whole:

- the search index: Material's search plugin indexes only the pages it rendered. Each
  page's entries (with the extra terms of search_terms.py) are kept as JSON text, keyed
  by the page's docs path and its Markdown file's time and size, and the index is written from
  them in the order a full build writes it;
- the files of removed pages (and of removed downloads and feeds) stay in site/: the ones
  the previous build had and this one has not are deleted;
- a page the state does not know (a first build, a changed theme, mkdocs.yml, plugin or
  library version) is rendered: when the whole build's fingerprint changed, site/ is
  cleaned and everything is built, as `mkdocs build` does;
- the search dictionary: a name new to the archive cuts the text of every page that holds
  it otherwise. The state keeps the dictionary's words and their weights; a page whose
  Markdown holds a word added, dropped or weighed anew is rendered again. (The words are
  loaded so that a word changes the cut of no text without it: render/search_dict.py.)

No page of the archive depends on another page of the build (the generator writes the
chips and listings; see mkdocs.yml), which is what makes rendering only some pages correct.
The state lives in `.cache/jiaozuo-archive/` beside mkdocs.yml (one file per site folder);
`mkdocs serve` keeps it in memory.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from .output import generated_before, write_atomic
from .render.search_terms import FIELD, SEARCH_INDEX, entry_terms

log = logging.getLogger("mkdocs.plugins.jiaozuo_archive")

STATE_FOLDER = ".cache/jiaozuo-archive"
_FORMAT = "2"  # the state file's layout; a new one starts from a full build
# More changed dictionary words than this, and every page is rendered: looking for each in
# every page would cost more than it saves.
_MOST_WORDS = 400
_ADDRESS = re.compile(r" at 0x[0-9a-f]+")  # object reprs in the settings: not part of what they mean


@dataclass
class SiteState:
    """What the site folder holds: the build fingerprint it was made with, each page's
    source stamp and search entries (JSON text, "" for a page out of the index), the files
    the build put there (site-relative), and the search dictionary's words with their weights."""

    fingerprint: str = ""
    pages: dict[str, tuple[list[int], str]] = field(default_factory=dict)  # docs path -> ([mtime_ns, size], entries)
    files: list[str] = field(default_factory=list)
    words: dict[str, int] = field(default_factory=dict)


def state_path(project: Path, site_dir: Path) -> Path:
    """The state file of one site folder (a build into another folder keeps its own)."""
    name = hashlib.sha1(str(Path(site_dir).resolve()).encode()).hexdigest()[:16]
    return Path(project) / STATE_FOLDER / f"site-{name}.txt"


def load_state(path: Path) -> SiteState:
    """The state a build left, or an empty one (missing, damaged or of another format)."""
    try:
        with open(path, encoding="utf-8") as fh:
            head = json.loads(fh.readline())
            if head.get("format") != _FORMAT:
                return SiteState()
            state = SiteState(head["fingerprint"], {}, list(head["files"]), dict(head["words"]))
            for line in fh:
                key, _, entries = line.rstrip("\n").partition("\t")
                src, when = json.loads(key)
                state.pages[src] = (when, entries)
            return state
    except (OSError, ValueError, KeyError, TypeError):
        return SiteState()


def save_state(path: Path, state: SiteState) -> None:
    """One line of settings, then one line a page: `[docs path, stamp]`, a tab, its entries
    (ASCII JSON, which holds no tab or newline)."""
    head = json.dumps({"format": _FORMAT, "fingerprint": state.fingerprint, "files": state.files, "words": state.words})
    lines = [head, *(f"{json.dumps([src, when])}\t{entries}" for src, (when, entries) in state.pages.items())]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")  # a build killed midway leaves the previous state whole
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def build_fingerprint(config) -> str:
    """Everything besides a page's own Markdown that shapes its HTML: the settings (with the
    plugins' options), the theme's template folders, the versions of MkDocs, the theme and
    Markdown, and this package's code. A change to any makes the next build a full one."""
    digest = hashlib.sha1(_FORMAT.encode())
    settings = {key: value for key, value in config.items() if key not in ("plugins", "theme")}
    settings["plugins"] = {name: plugin.config for name, plugin in config.plugins.items()}
    settings["theme"] = {"dirs": config.theme.dirs, "static_templates": config.theme.static_templates, **dict(config.theme.items())}
    digest.update(json.dumps(_canonical(settings), sort_keys=True).encode())
    for folder in config.theme.dirs:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(folder).as_posix().encode())
                digest.update(path.read_bytes())
    # The search plugin's main jieba dictionary, if it names one (the archive's own words
    # are the state's: SiteState.words).
    search = config.plugins.get("material/search") or config.plugins.get("search")
    for key in ("jieba_dict", "jieba_dict_user"):
        value = search.config.get(key) if search is not None else None
        if value and os.path.isfile(value):
            digest.update(Path(value).read_bytes())
    for name in ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jieba"):
        try:
            digest.update(f"{name} {metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            pass
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _canonical(value):
    """Settings as JSON that is the same in every process: sets in order, objects by their
    repr without their address."""
    if isinstance(value, Mapping):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(json.dumps(_canonical(v), sort_keys=True) for v in value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return _ADDRESS.sub("", repr(value))


def stamp(path: str) -> list[int]:
    """A page source's modification time and size: what MkDocs' own dirty check reads."""
    st = os.stat(path)
    return [st.st_mtime_ns, st.st_size]


class IncrementalBuild:
    """One site folder's state across the builds of a process (the hooks of the plugin)."""

    def __init__(self, project: Path, site_dir: Path, persist: bool):
        self.path = state_path(project, site_dir)
        self.site_dir = Path(site_dir)
        self.persist = persist  # `mkdocs build` keeps the state on disk; `serve` only in memory
        self.state: SiteState | None = None
        self.fingerprint = ""
        self.rendered: dict[str, str] = {}  # docs path -> search entries, of the pages rendered now
        self.stamps: dict[str, list[int]] = {}
        self.words: dict[str, int] = {}  # the search dictionary of this build
        self.reworded: set[str] = set()  # its words added, dropped or weighed anew since the state's build

    def before(self, config, dirty: bool, words: Mapping[str, int] | None = None) -> None:
        """Before MkDocs reads the docs folder: a dirty build whose state is missing or
        made with other settings starts from an empty site folder (as a full build does).
        `words`: the search dictionary as loaded for this build (word -> weight)."""
        self.fingerprint = build_fingerprint(config)
        self.words = dict(words or {})
        self.rendered = {}
        if self.state is None and dirty:
            self.state = load_state(self.path)
        if not dirty or self.state is None or self.state.fingerprint != self.fingerprint:
            if dirty and self.site_dir.is_dir():
                log.info("jiaozuo-archive: no state of this site folder for these settings; building every page")
                _clean(self.site_dir)
            self.state = SiteState(self.fingerprint)
            self.reworded = set()  # every page is rendered: it has no state
            return
        was = self.state.words
        self.reworded = {w for w in set(was) | set(self.words) if was.get(w) != self.words.get(w)}

    def choose(self, files, docs_dir: Path) -> int:
        """Mark which pages a dirty build renders: those whose source changed since the
        state's build, whose HTML is gone, that the generator did not write (the
        hand-written pages, a few), or that hold a search word added, dropped or weighed
        anew; the others keep theirs. Returns how many."""
        state = self.state
        assert state is not None, "begin() sets the state before the files are chosen"
        changed = 0
        generated = generated_before(Path(docs_dir))
        reworded = sorted(self.reworded)
        every = len(reworded) > _MOST_WORDS
        if every:
            log.info("jiaozuo-archive: %d words of the search dictionary changed; rendering every page", len(reworded))
        for file in files.documentation_pages():
            now = self.stamps[file.src_uri] = stamp(file.abs_src_path)
            was = state.pages.get(file.src_uri)
            # A hand-written page may include other files (pymdownx.snippets: the about
            # pages show benchmarks/RESULTS.md), whose changes its own time does not show.
            modified = (every or was is None or was[0] != now or not os.path.isfile(file.abs_dest_path)
                        or file.src_uri not in generated or (bool(reworded) and _holds_any(file.abs_src_path, reworded)))
            file.is_modified = (lambda value: lambda: value)(modified)
            changed += modified
        return changed

    def page_entries(self, search, page, years: dict[str, int], topic_names: set[str], cut_for_search) -> None:
        """Take the entries the search plugin just made of `page`, with their extra terms,
        as JSON text (the search plugin then writes an index of no pages; `write_index`
        writes the whole one)."""
        index = search.search_index
        separator = re.compile(index.config["separator"])
        year = years.get(page.url)
        docs = index.entries
        index.entries = []
        for doc in docs:
            entry_terms(doc, separator, cut_for_search, year, topic_names)
        self.rendered[page.file.src_uri] = ",".join(json.dumps(doc, separators=(",", ":"), default=str) for doc in docs)

    def after(self, config, files, search) -> None:
        """After the build: the search index from every page's entries in the order of a
        full build, the files of pages that are gone deleted, the state kept."""
        state = self.state
        assert state is not None, "begin() sets the state before the build"
        pages: dict[str, tuple[list[int], str]] = {}
        for file in files.documentation_pages():
            src = file.src_uri
            if src in self.rendered:
                pages[src] = (self.stamps.get(src) or stamp(file.abs_src_path), self.rendered[src])
            elif src in state.pages:
                pages[src] = state.pages[src]
        if search is not None and search.config.enabled:
            _write_index(self.site_dir, search, pages)
        present = sorted({f.dest_uri for f in files})
        gone = set(state.files) - set(present)
        for uri in sorted(gone):
            _remove(self.site_dir, uri)
        self.state = SiteState(self.fingerprint, pages, present, self.words)
        self.rendered, self.stamps = {}, {}
        if self.persist:
            save_state(self.path, self.state)


def _holds_any(path: str, words: list[str]) -> bool:
    """Whether a page's Markdown holds one of the words (a page that cannot be read is
    rendered, and MkDocs reports it)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return True
    return any(word in text for word in words)


def _write_index(site_dir: Path, search, pages: dict[str, tuple[list[int], str]]) -> None:
    """The index as Material writes it (compact JSON), with the `terms` field configured."""
    index = search.search_index
    saved, index.entries = index.entries, []
    data = json.loads(index.generate_search_index(None))
    index.entries = saved
    data["config"]["fields"][FIELD] = {"boost": 1}
    head = json.dumps({"config": data["config"], "docs": []}, separators=(",", ":"), default=str)
    assert head.endswith("[]}")
    docs = ",".join(entries for _, entries in pages.values() if entries)
    write_atomic(site_dir / SEARCH_INDEX, head[:-2] + docs + "]}")


def _remove(site_dir: Path, uri: str) -> None:
    """Delete a file of the site that no page or file of docs/ gives any more, and the
    folders it leaves empty."""
    path = site_dir / uri
    try:
        path.unlink()
    except FileNotFoundError:
        return
    folder = path.parent
    while folder != site_dir and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _clean(site_dir: Path) -> None:
    """Empty the site folder, as MkDocs does before a full build."""
    for child in site_dir.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
