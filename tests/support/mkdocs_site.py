"""Build a docs folder the generator wrote into a site, with the project's mkdocs.yml."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config as load_mkdocs_config

from tests.conftest import ROOT


def build_site(folder: Path) -> Path:
    """`folder/docs` (already written by a run) → `folder/site`, strict; returns the site."""
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(folder)  # mkdocs.yml names the jieba dictionary relative to the working folder
        config = load_mkdocs_config(str(ROOT / "mkdocs.yml"), docs_dir=str(folder / "docs"), site_dir=str(folder / "site"), strict=True)
        config.plugins["jiaozuo-archive"].config.enabled = False  # the run wrote docs/
        build(config)
    return folder / "site"
