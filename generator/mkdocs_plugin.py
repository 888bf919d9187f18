"""`mkdocs build` and `mkdocs serve` regenerate docs/ from seeds/, site_config/ and docs_templates/.

Thin on purpose: the plugin resolves three folders and calls `generator.pipeline.run`.
It must be listed before `search` in mkdocs.yml, because search loads the jieba user
dictionary that the run writes during `on_config`.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

log = logging.getLogger("mkdocs.plugins.jiaozuo_archive")


class ArchivePluginConfig(base.Config):
    enabled = c.Type(bool, default=True)  # false: build the docs/ already generated
    seeds_dir = c.Type(str, default="seeds")
    site_config_dir = c.Type(str, default="site_config")


class ArchivePlugin(BasePlugin[ArchivePluginConfig]):
    """Runs parse -> enrich -> dataset -> render into the docs folder before MkDocs reads it."""

    _serving = False

    def on_startup(self, *, command, dirty):
        self._serving = command == "serve"

    def on_config(self, config):
        """Under `mkdocs serve` a failed run is reported and the site is built from docs/ as
        the last run left it (every file there is whole), so the server keeps answering;
        under `mkdocs build` the build fails with the message, never with a traceback."""
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

        from .enrich.resources import jieba_cache_dir

        jieba.dt.tmp_dir = jieba_cache_dir()  # the search plugin's jieba, too (see jieba_cache_dir)
        if not self.config.enabled:
            return config
        # Imported here so that `mkdocs` can list the plugin even when the pipeline is broken.
        from .config import load_config
        from .pipeline import run

        docs_dir = Path(config.docs_dir)
        settings = load_config(self._folder(config, "site_config_dir"))
        _publish_settings(config, settings.archive)
        self._pagefind = settings.archive.search == "pagefind"
        _choose_search(config, self._pagefind)
        report = run(self._folder(config, "seeds_dir"), docs_dir, settings)
        log.info("generator: %s", report.summary())
        # Page problems are the parser's findings about the input, not about the site: shown,
        # but at INFO, so that `mkdocs build --strict` does not fail on a hard-to-read page.
        for problem in report.problems:
            log.info("generator: %s", problem)
        return config

    def on_post_build(self, config):
        """With Pagefind, index the built site: a chunked index a reader fetches per query."""
        if self.config.enabled and getattr(self, "_pagefind", False):
            result = subprocess.run(
                [sys.executable, "-m", "pagefind", "--site", config.site_dir, "--silent"],
                capture_output=True, text=True,
            )
            if result.returncode != 0:
                raise PluginError(f"pagefind failed: {result.stderr.strip() or result.stdout.strip()}")

    def on_serve(self, server, config, builder):
        site_config = self._folder(config, "site_config_dir")
        # docs_templates/ sits beside site_config/ (generator.render.templates_dir).
        for folder in (self._folder(config, "seeds_dir"), site_config, site_config.parent / "docs_templates"):
            server.watch(str(folder))
        return server

    def _folder(self, config, key: str) -> Path:
        """A folder option, relative to the folder of mkdocs.yml."""
        return Path(config.config_file_path).resolve().parent / self.config[key]


def _one_line(exc: Exception) -> str:
    """An exception as one line: its type and message, a file it names (OSError)."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename else ""
        return f"cannot write or read {where}{exc.strerror}"
    return f"{type(exc).__name__}: {exc}".replace("\n", " ")


def _publish_settings(config, archive) -> None:
    """Where the site is published comes from site_config/archive.yml, or from the
    environment of a deployment (ARCHIVE_SITE_URL, ARCHIVE_REPO_URL; see the workflow)."""
    site_url = os.environ.get("ARCHIVE_SITE_URL") or archive.site_url
    repo_url = os.environ.get("ARCHIVE_REPO_URL") or archive.repo_url
    if site_url:
        config["site_url"] = site_url if site_url.endswith("/") else site_url + "/"
    if repo_url:
        config["repo_url"] = repo_url


def _choose_search(config, pagefind: bool) -> None:
    """Material's own search, or Pagefind: the theme's search is switched off and the
    overrides (docs_templates/overrides/main.html) put Pagefind's box in its place."""
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is not None and hasattr(search.config, "enabled"):
        search.config.enabled = not pagefind
    config.extra["pagefind"] = pagefind
