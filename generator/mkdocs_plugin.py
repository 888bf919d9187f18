"""`mkdocs build` and `mkdocs serve` regenerate docs/ from seeds/, site_config/ and docs_templates/.

Thin on purpose: the plugin resolves three folders and calls `generator.pipeline.run`.
It must be listed before `search` in mkdocs.yml: the run writes the jieba user dictionary
during `on_config`, and the plugin takes it from the search's options before the search
reads them, to load it in the way that lets a dirty build stay exact (`_load_dictionary`).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

log = logging.getLogger("mkdocs.plugins.jiaozuo_archive")


# How bad a page file's problem must be to count as a MkDocs warning (and so fail
# `mkdocs build --strict`): "warning" is what `generate --strict` fails on, "error" (the
# default) only unreadable or partly skipped page files.
FAIL_ON = ("warning", "error", "never")


class ArchivePluginConfig(base.Config):
    enabled = c.Type(bool, default=True)  # false: build the docs/ already generated
    seeds_dir = c.Type(str, default="seeds")
    site_config_dir = c.Type(str, default="site_config")
    # Page problems at or above this severity are logged as MkDocs warnings or errors, the
    # others at INFO: "error" (the default) fails `mkdocs build --strict` on unreadable or
    # partly skipped files; "warning" gives it the meaning of `generate --strict`.
    fail_on = c.Choice(FAIL_ON, default="error")
    # The folder the relative paths of mkdocs.yml are read from ("": the folder of mkdocs.yml).
    # A generated mkdocs.yml that INHERITs the archive's (a year's site of a split archive,
    # generator/split_site.py) names the archive's folder, where those paths lead.
    project_dir = c.Type(str, default="")


class ArchivePlugin(BasePlugin[ArchivePluginConfig]):
    """Runs parse -> enrich -> dataset -> render into the docs folder before MkDocs reads it."""

    _serving = False

    _dirty = False
    _persist = False
    _site = None

    def on_startup(self, *, command, dirty):
        """Defined so that MkDocs keeps this one instance across the rebuilds of `mkdocs
        serve`: it holds the record of the generator's own writes (see _watch_docs) and the
        state of the site folder (generator/site_build.py)."""
        self._serving = command == "serve"
        self._dirty = dirty
        self._persist = command == "build"  # `serve` builds into a new folder: its state stays in memory
        if dirty:
            _quiet_dirty_warning()
        if self._serving and not dirty:
            log.info("jiaozuo-archive: `mkdocs serve --dirty` (scripts/serve) renders only the pages a change touched, "
                     "with the index pages and the search index kept whole")

    def on_pre_build(self, config):
        """A dirty build starts from the state of the site folder, or from an empty folder."""
        from .site_build import IncrementalBuild

        site_dir = Path(config.site_dir)
        if self._site is None or self._site.site_dir != site_dir:
            self._site = IncrementalBuild(Path(config.config_file_path).resolve().parent, site_dir, self._persist)
        words = _load_dictionary(config, getattr(self, "_dictionary", ""))
        self._site.before(config, self._dirty, words)

    def on_files(self, files, config):
        """Under a dirty build, the pages to render: those the generator changed, the
        hand-written ones, and any whose HTML is missing."""
        self._files = files
        if self._dirty and self._site is not None:
            changed = self._site.choose(files, Path(config.docs_dir))
            log.info("jiaozuo-archive: rendering %d of %d pages", changed, len(files.documentation_pages()))
        return files

    def on_config(self, config):
        """Under `mkdocs serve` a failed run is reported and the site is built from docs/ as
        the last run left it (every file there is whole), so the server keeps answering;
        under `mkdocs build` the build fails with the message, never with a traceback."""
        _anchor_paths(config, Path(config.config_file_path).resolve().parent / self.config.project_dir)
        self._dictionary = _take_our_dictionary(config)  # also with enabled: false: the generator wrote it before
        self._years: dict[str, int] = {}  # page URL -> its issue's year
        _quiet_jieba()
        _fresh_jieba()
        try:
            return self._generate(config)
        except PluginError:
            raise
        except Exception as exc:  # the generator's own failure, or a full disk
            message = f"generator: {_one_line(exc)}"
            if self._serving:
                log.error("%s; serving the site as the last run left docs/", message)
                return config
            raise PluginError(message) from exc

    def _generate(self, config):
        import jieba

        from .jieba_cache import jieba_cache_dir

        jieba.dt.tmp_dir = jieba_cache_dir()  # the search plugin's jieba, too (see jieba_cache_dir)
        if not self.config.enabled:
            return config
        # Imported here so that `mkdocs` can list the plugin even when the pipeline is broken.
        from .config import load_config
        from .pipeline import SeedsError, run

        docs_dir = Path(config.docs_dir)
        settings = load_config(self._folder(config, "site_config_dir"))
        self._templates = settings.templates
        _publish_settings(config, settings.archive)
        self._pagefind = settings.archive.search == "pagefind"
        topics = settings.reference.topics
        self._topic_names = {t.name for t in (*topics.topics, *topics.themes, *topics.classes)}
        _choose_search(config, self._pagefind)
        own = getattr(self, "_own_writes", None)
        if own is not None:
            own.begin()
        written: list[str] = []
        try:
            report = run(self._folder(config, "seeds_dir"), docs_dir, settings)
            written = report.written
        except SeedsError as exc:
            raise PluginError(str(exc)) from exc
        finally:
            if own is not None:
                others = own.end(written)
                if others:  # the user changed docs/ while we wrote it: build again
                    self._rebuild()
        log.info("generator: %s", report.summary())
        for problem in report.problems:
            log.log(problem_level(problem.severity, self.config.fail_on), "generator: %s", problem)
        return config

    def on_page_markdown(self, markdown, page, config, files):
        """An article page is titled by its headline, also when a kicker precedes the H1
        (also with `enabled: false`: the pages of docs/ are the generator's all the same)."""
        from .render.page_title import article_title

        title = article_title(page.meta)
        if title is not None:
            page.title = title  # MkDocs' Page.title may be overwritten (a weak property)
        return markdown

    @event_priority(-50)  # after the search plugin has indexed the page
    def on_page_context(self, context, page, config, nav):
        """Each article's issue year (for the date terms of the search index), and the
        page's search entries with their extra terms, kept for the whole index."""
        record = page.meta.get("article") if isinstance(page.meta, dict) else None
        issue_date = record.get("issue_date") if isinstance(record, dict) else None
        if issue_date:
            self._years[page.url] = int(str(issue_date)[:4])
        search = _search(config)
        if self._site is not None and search is not None and search.config.enabled:
            import jieba

            self._site.page_entries(search, page, self._years, getattr(self, "_topic_names", set()), jieba.cut_for_search)
        return context

    @event_priority(-100)  # after the search plugin has written its (empty) index
    def on_post_build(self, config):
        """The built-in search's index, from every page's entries (the pages rendered now
        and the ones a dirty build kept), with the terms that let a query meet it (see
        generator/render/search_terms.py); the files of removed pages leave the site. With
        Pagefind, the built site is indexed: a chunked index a reader fetches per query."""
        if self._site is not None:
            self._site.after(config, self._files, _search(config))
        if self.config.enabled and getattr(self, "_pagefind", False):
            from .search_index import SearchIndexError, index_site

            try:
                index_site(Path(config.site_dir))
            except SearchIndexError as exc:
                raise PluginError(str(exc)) from exc

    def on_serve(self, server, config, builder):
        site_config = self._folder(config, "site_config_dir")
        # The templates the settings name (archive.yml `templates`), docs_templates/ by default.
        templates = getattr(self, "_templates", None) or site_config.parent / "docs_templates"
        for folder in (self._folder(config, "seeds_dir"), site_config, templates):
            server.watch(str(folder))
        if self.config.enabled:
            self._watch_docs(server, config.docs_dir)
        return server

    def _watch_docs(self, server, docs_dir: str) -> None:
        """Watch docs/ for the user's changes only (generator/own_writes.py)."""
        from .own_writes import watch_docs

        watching = watch_docs(server, Path(docs_dir))
        if watching is not None:
            self._own_writes, self._rebuild = watching

    def _folder(self, config, key: str) -> Path:
        """A folder option, relative to the folder of mkdocs.yml."""
        return Path(config.config_file_path).resolve().parent / self.config[key]


def problem_level(severity: str, fail_on: str) -> int:
    """The logging level of a page problem: a MkDocs warning or error when it is at least
    as bad as `fail_on`, else INFO (shown, and not counted by `mkdocs build --strict`)."""
    rank = {"warning": 1, "error": 2}
    if rank.get(severity, 0) >= rank.get(fail_on, 3):
        return logging.ERROR if severity == "error" else logging.WARNING
    return logging.INFO


class _DirtyWarning(logging.Filter):
    """MkDocs warns that a dirty build's links and navigation may be stale; this plugin
    keeps them as a full build makes them, so the warning would only fail `--strict`."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("A 'dirty' build is being performed")


def _quiet_dirty_warning() -> None:
    logger = logging.getLogger("mkdocs.commands.build")
    if not any(isinstance(f, _DirtyWarning) for f in logger.filters):
        logger.addFilter(_DirtyWarning())


def _search(config):
    """The theme's search plugin, if the site uses it."""
    return config.plugins.get("material/search") or config.plugins.get("search")


def _fresh_jieba() -> None:
    """jieba's dictionary as a new process has it, before the archive's words are loaded
    again (the rebuilds of `mkdocs serve`, builds in one process): the words of an earlier
    build (a name since removed) would otherwise stay, and cut a page otherwise than a build
    in a new process does, while a dirty build keeps the entries of pages cut before."""
    import jieba

    if jieba.dt.initialized:
        jieba.dt.initialized = False  # the next use reloads the main dictionary (from jieba's cache)


def _quiet_jieba() -> None:
    """The search plugin loads jieba after us; its loading messages are no news in a build."""
    import jieba

    jieba.setLogLevel(logging.WARNING)


def _take_our_dictionary(config) -> str:
    """The jieba dictionary this run writes into the docs folder it builds, wherever that
    is (a build with another docs_dir must not read, or miss, the dictionary of the
    project's own docs/): its path, "" when the search names none. The search plugin is
    told of none: the plugin loads it itself once the search is set up (`_load_dictionary`)."""
    from .render.search_dict import SEARCH_DICT_PATH

    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is None or not search.config.get("jieba_dict_user"):
        return ""
    search.config["jieba_dict_user"] = ""
    return str(Path(config.docs_dir) / SEARCH_DICT_PATH)


def _load_dictionary(config, path: str) -> dict[str, int]:
    """The search dictionary's words in the search's jieba, weighed one by one
    (render/search_dict.load_search_words): word -> frequency, {} without a search."""
    from .render.search_dict import load_search_words

    search = _search(config)
    if not path or search is None or not search.config.enabled:
        return {}
    import jieba

    _fresh_jieba()
    return load_search_words(jieba.dt, path)


def _anchor_paths(config, project: Path) -> None:
    """Paths of mkdocs.yml that the search plugin and pymdownx.snippets read relative to the
    working folder (the jieba dictionaries, the snippets' base), made relative to the folder
    of mkdocs.yml, as MkDocs' own docs_dir is: `mkdocs build -f path/mkdocs.yml` works from
    anywhere. Absolute paths are kept."""
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is not None:
        for key in ("jieba_dict", "jieba_dict_user"):
            value = search.config.get(key)
            if value and not os.path.isabs(value):
                search.config[key] = str(project / value)
    snippets = config.mdx_configs.get("pymdownx.snippets")
    if snippets and snippets.get("base_path") is not None:
        bases = snippets["base_path"]
        bases = [bases] if isinstance(bases, str) else list(bases)
        snippets["base_path"] = [base if os.path.isabs(base) else str(project / base) for base in bases]


def _one_line(exc: Exception) -> str:
    """An exception as one line: its type and message, a file it names (OSError)."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename else ""
        return f"cannot write or read {where}{exc.strerror}"
    return f"{type(exc).__name__}: {exc}".replace("\n", " ")


def _publish_settings(config, archive) -> None:
    """Where the site is published and which search it shows: the settings `generate` writes
    for every renderer (generator/render/renderer_settings.py), applied to this build."""
    from .render.renderer_settings import renderer_settings

    settings = renderer_settings(archive)
    for key in ("site_url", "repo_url"):
        if key in settings:
            config[key] = settings[key]
    config.extra.update(settings["extra"])


def _choose_search(config, pagefind: bool) -> None:
    """Material's own search, or Pagefind: the theme's search is switched off and the
    overrides (docs_templates/overrides/main.html) put Pagefind's box in its place."""
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is not None and hasattr(search.config, "enabled"):
        search.config.enabled = not pagefind
