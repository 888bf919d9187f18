"""`mkdocs build` and `mkdocs serve` regenerate docs/ from seeds/, site_config/ and docs_templates/.

Thin on purpose: the plugin resolves three folders and calls `generator.pipeline.run`.
It must be listed before `search` in mkdocs.yml, because search loads the jieba user
dictionary that the run writes during `on_config`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.plugins import BasePlugin

log = logging.getLogger("mkdocs.plugins.jiaozuo_archive")


class ArchivePluginConfig(base.Config):
    seeds_dir = c.Type(str, default="seeds")
    site_config_dir = c.Type(str, default="site_config")
    templates_dir = c.Type(str, default="docs_templates")


class ArchivePlugin(BasePlugin[ArchivePluginConfig]):
    """Runs parse -> enrich -> dataset -> render into the docs folder before MkDocs reads it."""

    def on_config(self, config):
        # Imported here so that `mkdocs` can list the plugin even when the pipeline is broken.
        from .config import load_config
        from .pipeline import run

        docs_dir = Path(config.docs_dir)
        report = run(self._folder(config, "seeds_dir"), docs_dir, load_config(self._folder(config, "site_config_dir")))
        log.info("generator: %s", report.summary())
        for problem in report.problems:
            log.debug("generator: %s", problem)
        return config

    def on_serve(self, server, config, builder):
        for key in ("seeds_dir", "site_config_dir", "templates_dir"):
            server.watch(str(self._folder(config, key)))
        return server

    def _folder(self, config, key: str) -> Path:
        """A folder option, relative to the folder of mkdocs.yml."""
        return Path(config.config_file_path).resolve().parent / self.config[key]
