"""The generator's MkDocs plugin: what `mkdocs build` and `mkdocs serve` do with the archive."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys

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


def test_mkdocs_build_with_f_works_from_another_folder(tmp_path):
    """The jieba dictionary and the snippets' base are found from mkdocs.yml's folder, not
    the working folder: the about pages include benchmarks/RESULTS.md, and a name of the
    dictionary stays one search term."""
    (ROOT / "docs").mkdir(exist_ok=True)  # MkDocs checks docs_dir exists before any plugin runs
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(tmp_path / "site")],
        cwd=elsewhere, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "does not exist" not in result.stderr
    benchmarks = (tmp_path / "site" / "about" / "benchmarks" / "index.html").read_text(encoding="utf-8")
    assert "--8&lt;--" not in benchmarks and "<table>" in benchmarks  # RESULTS.md's tables
    index = json.loads((tmp_path / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    terms = {term for doc in index["docs"] for term in re.split(r"[\s\u200b]+", re.sub(r"<[^>]+>", " ", doc["text"]))}
    assert "徐衣显" in terms
    assert not list(elsewhere.iterdir())  # nothing written to the working folder


def _seeds_with(tmp_path, name: str, data: bytes):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "page.txt").write_text("本报讯 昨日，温县召开会议。\n\n温县召开会议\n", encoding="utf-8")
    (seeds / name).write_bytes(data)
    (tmp_path / "docs").mkdir()
    return seeds


def _strict_build(tmp_path, seeds, **options):
    config = _config(tmp_path, seeds_dir=str(seeds), **options)
    config["strict"] = True
    build(config)


def test_by_default_mkdocs_build_strict_fails_where_generate_strict_does(tmp_path, caplog):
    """One meaning of strict: a page warning (an empty file) fails the strict site build."""
    seeds = _seeds_with(tmp_path, "empty.txt", b"")
    with pytest.raises(Abort), caplog.at_level(logging.INFO):
        _strict_build(tmp_path, seeds, fail_on="warning")
    assert any(r.levelno == logging.WARNING and "empty.txt: empty file" in r.getMessage() for r in caplog.records)


def test_fail_on_error_lets_warnings_pass_and_fails_on_errors(tmp_path, caplog):
    seeds = _seeds_with(tmp_path, "empty.txt", b"")
    with caplog.at_level(logging.INFO):
        _strict_build(tmp_path, seeds, fail_on="error")  # a warning only: shown at INFO, built
    assert any(r.levelno == logging.INFO and "empty.txt: empty file" in r.getMessage() for r in caplog.records)
    broken = tmp_path / "broken"
    broken.mkdir()
    seeds = _seeds_with(broken, "broken.txt", "本报讯 第一行\n".encode("utf-8") + b"\xff\xfe\xfa\xfb\x81\n")
    with pytest.raises(Abort):
        _strict_build(broken, seeds, fail_on="error")


def test_the_plugin_default_is_the_meaning_of_generate_strict():
    from generator.mkdocs_plugin import ArchivePluginConfig

    config = ArchivePluginConfig()
    config.load_dict({})
    assert config.validate() == ([], []) and config.fail_on == "warning"


def test_jieba_says_nothing_when_a_build_loads_it(tmp_path):
    """A second build takes every page from the cache, so only the search plugin loads jieba."""
    (ROOT / "docs").mkdir(exist_ok=True)
    command = [sys.executable, "-m", "mkdocs", "build", "-d", str(tmp_path / "site")]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    for _ in range(2):
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr
        assert "prefix dict" not in result.stderr.lower() and "Loading model" not in result.stderr


def test_without_a_site_url_no_page_points_to_a_placeholder_host(tmp_path, monkeypatch):
    """site_config/archive.yml has no site_url until the archive has an address: no canonical
    link to another host, and the 404 page (which `mkdocs serve` shows for any wrong URL)
    loads its styles from the site's root."""
    monkeypatch.delenv("ARCHIVE_SITE_URL", raising=False)
    seeds = _seeds_with(tmp_path, "other.txt", "本报讯 博爱县召开会议。\n\n博爱县召开会议\n".encode("utf-8"))
    config = _config(tmp_path, seeds_dir=str(seeds))
    build(config)
    assert not config.site_url
    site = tmp_path / "site"
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "example.github.io" not in html and 'rel="canonical"' not in html, page
    not_found = (site / "404.html").read_text(encoding="utf-8")
    assert re.search(r'<link rel="stylesheet" href="/assets/stylesheets/main\.[0-9a-f]+\.min\.css">', not_found)


def test_a_deployment_sets_the_site_url(tmp_path, monkeypatch):
    monkeypatch.setenv("ARCHIVE_SITE_URL", "https://archive.example.org/jiaozuo")
    seeds = _seeds_with(tmp_path, "other.txt", "本报讯 博爱县召开会议。\n\n博爱县召开会议\n".encode("utf-8"))
    config = _config(tmp_path, seeds_dir=str(seeds))
    build(config)
    assert config.site_url == "https://archive.example.org/jiaozuo/"
    assert '<link rel="canonical" href="https://archive.example.org/jiaozuo/">' in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
