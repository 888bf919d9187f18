"""The generator's MkDocs plugin: what `mkdocs build` and `mkdocs serve` do with the archive."""

from __future__ import annotations

import logging

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from tests.conftest import ROOT


def _config(tmp_path, **plugin_options):
    config = load_config(str(ROOT / "mkdocs.yml"), docs_dir=str(tmp_path / "docs"), site_dir=str(tmp_path / "site"))
    for key, value in plugin_options.items():
        config.plugins["jiaozuo-archive"].config[key] = value
    return config


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_a_seeds_path_that_is_not_a_folder_fails_the_build(tmp_path, kind, caplog):
    (tmp_path / "docs").mkdir()
    seeds = tmp_path / "does-not-exist"
    if kind == "file":
        seeds = tmp_path / "page.txt"
        seeds.write_text("本报讯 一段文字。\n", encoding="utf-8")
    with pytest.raises(Abort), caplog.at_level(logging.ERROR):
        build(_config(tmp_path, seeds_dir=str(seeds)))
    assert f"seeds {seeds}: " in caplog.text  # MkDocs logs the plugin's error, then aborts
    assert not (tmp_path / "site").exists()
