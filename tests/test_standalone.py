"""The generator stands on its own: `generate` writes everything a renderer needs (the
templates found from the settings, wherever the command is run), `index` runs Pagefind on
a site any renderer built."""

import os
import shutil
import subprocess
import sys

import yaml

from tests.conftest import ROOT, SEEDS


def _cli(cwd, *args, env=None):
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600, env={**os.environ, **(env or {})})


def _settings_folder(tmp_path, **changes):
    """A copy of site_config/ outside the project, with archive.yml changed (its templates
    the project's, named by their absolute path, unless changed)."""
    folder = tmp_path / "settings"
    shutil.copytree(ROOT / "site_config", folder)
    archive = yaml.safe_load((folder / "archive.yml").read_text(encoding="utf-8"))
    archive.update({"templates": str(ROOT / "docs_templates"), **changes})
    (folder / "archive.yml").write_text(yaml.safe_dump(archive, allow_unicode=True), encoding="utf-8")
    return folder


def _one_seed(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], seeds)
    return seeds


def test_templates_are_found_from_the_settings_not_the_working_folder(tmp_path):
    """A settings folder kept elsewhere names its templates (relative to itself, as every
    path of the settings is); the run works from any working folder."""
    settings = _settings_folder(tmp_path, templates=os.path.relpath(ROOT / "docs_templates", tmp_path / "settings"))
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    result = _cli(elsewhere, "--config", str(settings), "generate", "--seeds", str(_one_seed(tmp_path)), "--docs", str(tmp_path / "docs"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "docs" / "index.md").read_text(encoding="utf-8").startswith("---")
    assert list((tmp_path / "docs").glob("20*/*/*/*.md"))  # the articles of the page


def test_a_templates_folder_that_is_not_there_is_a_configuration_error(tmp_path):
    """No traceback, no TemplateNotFound after half a run: exit 2 before anything is written,
    naming the setting and the folder it looked in."""
    settings = _settings_folder(tmp_path, templates="no-such-folder")
    result = _cli(tmp_path, "--config", str(settings), "generate", "--seeds", str(_one_seed(tmp_path)), "--docs", str(tmp_path / "docs"))
    assert result.returncode == 2
    assert f"templates: {settings / 'no-such-folder'} holds no page templates" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "docs").exists()


def test_generate_writes_the_renderer_settings(tmp_path):
    """Site and repo URLs and the choice of search, as a MkDocs settings fragment in the
    docs folder (a renderer without the plugin INHERITs it); the deployment's environment
    wins over archive.yml, as it does for the plugin."""
    settings = _settings_folder(tmp_path, site_url="https://example.org/archive", repo_url="https://example.org/repo", search="pagefind")
    seeds = _one_seed(tmp_path)
    result = _cli(tmp_path, "--config", str(settings), "generate", "--seeds", str(seeds), "--docs", str(tmp_path / "a"))
    assert result.returncode == 0, result.stderr
    written = yaml.safe_load((tmp_path / "a/_build/renderer.yml").read_text(encoding="utf-8"))
    assert written == {"site_url": "https://example.org/archive/", "repo_url": "https://example.org/repo", "extra": {"pagefind": True}}
    result = _cli(tmp_path, "--config", str(ROOT / "site_config"), "generate", "--seeds", str(seeds), "--docs", str(tmp_path / "b"),
                  env={"ARCHIVE_SITE_URL": "https://pages.example.net/jz/"})
    assert result.returncode == 0, result.stderr
    written = yaml.safe_load((tmp_path / "b/_build/renderer.yml").read_text(encoding="utf-8"))
    assert written == {"site_url": "https://pages.example.net/jz/", "extra": {"pagefind": False}}


def test_index_runs_pagefind_on_a_built_site(tmp_path):
    """Whatever built the site: a page marked for Pagefind is indexed into site/pagefind/."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text('<!doctype html><html lang="zh"><head><title>首页</title></head>'
                                     '<body><main data-pagefind-body><h1>复工复产</h1><p>徐衣显到企业调研。</p></main></body></html>',
                                     encoding="utf-8")
    result = _cli(tmp_path, "index", str(site))
    assert result.returncode == 0, result.stderr
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    assert list((site / "pagefind" / "index").glob("*.pf_index"))


def test_index_of_a_folder_that_is_no_site_fails_in_one_line(tmp_path):
    result = _cli(tmp_path, "index", str(tmp_path / "missing"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"error: {tmp_path / 'missing'}: not a built site (no index.html); build it first"
