"""The generator's MkDocs plugin: what `mkdocs build` and `mkdocs serve` do with the archive."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import socket
import subprocess
import sys
import time

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


def test_fail_on_warning_fails_mkdocs_build_strict_where_generate_strict_does(tmp_path, caplog):
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


def test_by_default_page_errors_fail_the_strict_site_build():
    """Without the option (as in a mkdocs.yml that inherits this one and lists the plugin
    again): errors, which the test above builds with fail_on="error"."""
    from generator.mkdocs_plugin import ArchivePluginConfig

    config = ArchivePluginConfig()
    config.load_dict({})
    assert config.validate() == ([], []) and config.fail_on == "error"


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


def _wait_for(log_file, predicate, timeout=120.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log_file.read_text(encoding="utf-8", errors="replace")
        if predicate(text):
            return text
        time.sleep(0.2)
    raise AssertionError(f"timed out; the server said:\n{log_file.read_text(encoding='utf-8', errors='replace')}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_mkdocs_serve_rebuilds_once_per_change(tmp_path):
    """The generator's own writes into the watched docs/ start no further build: a new page
    file gives one build, an edit of a hand-written page one more."""
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project)
    shutil.copytree(ROOT / "site_config", project / "site_config")
    for name in ("docs_templates", "benchmarks"):  # copies: an edit in the checkout meanwhile is no change here
        shutil.copytree(ROOT / name, project / name)
    shutil.copytree(ROOT / "docs" / "about", project / "docs" / "about")
    (project / "seeds").mkdir()
    samples = sorted((ROOT / "seeds").glob("*.txt"))
    shutil.copy(samples[0], project / "seeds")
    log_file = tmp_path / "serve.log"
    started = lambda text: text.count("Building documentation")  # noqa: E731
    reloaded = lambda text: text.count("Reloading browsers")  # noqa: E731  (the end of each rebuild)
    with log_file.open("w", encoding="utf-8") as out:
        server = subprocess.Popen(
            # -v: a failure shows which file's change started a build
            [sys.executable, "-m", "mkdocs", "serve", "-v", "-a", f"127.0.0.1:{_free_port()}"],
            cwd=project, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"},
            stdout=out, stderr=subprocess.STDOUT,
        )
    try:
        _wait_for(log_file, lambda text: "Serving on" in text)
        shutil.copy(samples[1], project / "seeds")  # a new page: many pages written
        _wait_for(log_file, lambda text: reloaded(text) >= 1)
        time.sleep(8)  # a build the writes would start comes within a second or two
        assert started(log_file.read_text(encoding="utf-8")) == 2, log_file.read_text(encoding="utf-8")
        about = project / "docs" / "about" / "index.md"
        about.write_text(about.read_text(encoding="utf-8") + "\n另有说明。\n", encoding="utf-8")
        _wait_for(log_file, lambda text: reloaded(text) >= 2)
        time.sleep(8)
        assert started(log_file.read_text(encoding="utf-8")) == 3, log_file.read_text(encoding="utf-8")
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "另有说明" in next(project.glob("**/about/index.md")).read_text(encoding="utf-8")


def test_the_search_reads_the_dictionary_of_the_docs_folder_it_builds(tmp_path):
    """Found on a fresh clone: a build into another docs folder read the project's own
    docs/_build/jieba_userdict.txt, which a fresh clone does not have (a warning, and
    `mkdocs build --strict` failed)."""
    from mkdocs.config import load_config as load_mkdocs_config

    from generator.mkdocs_plugin import _load_dictionary, _take_our_dictionary

    (tmp_path / "docs" / "_build").mkdir(parents=True)
    (tmp_path / "docs" / "_build" / "jieba_userdict.txt").write_text("郜红旗\n", encoding="utf-8")
    config = load_mkdocs_config(str(ROOT / "mkdocs.yml"), docs_dir=str(tmp_path / "docs"))
    path = _take_our_dictionary(config)
    assert path == str(tmp_path / "docs" / "_build" / "jieba_userdict.txt")
    # The search plugin is told of no dictionary: the plugin loads this one itself, word by word.
    search = config.plugins.get("material/search") or config.plugins.get("search")
    assert search.config["jieba_dict_user"] == ""
    assert list(_load_dictionary(config, path)) == ["郜红旗"]
