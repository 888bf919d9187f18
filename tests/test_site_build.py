"""`mkdocs build --dirty` after the archive gains or loses a page file gives, byte for byte,
the site a full build of the same docs gives (generator/site_build.py): the pages the
generator rewrote are rendered again, the others kept, the search index written whole
and the files of a removed page deleted."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.conftest import ROOT, SEEDS


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder of its own (mkdocs.yml, settings, templates, a sample page): the
    state of its site folders is kept beside its mkdocs.yml."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the sitemap's dates: one for every build
    shutil.copy(ROOT / "mkdocs.yml", tmp_path)
    shutil.copytree(ROOT / "site_config", tmp_path / "site_config")
    (tmp_path / "docs_templates").symlink_to(ROOT / "docs_templates", target_is_directory=True)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "docs").mkdir()
    for sample in sorted(SEEDS.glob("*.txt"))[:1]:
        shutil.copy(sample, tmp_path / "seeds")
    return tmp_path


def _build(project: Path, site: str, dirty: bool) -> tuple[Path, int]:
    """A build as `mkdocs build [--dirty]` runs it; returns the site and how many of its
    pages the build wrote (MkDocs writes every page it renders)."""
    folder = project / site
    before = _times(folder)
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(folder))
    config.plugins.on_startup(command="build", dirty=dirty)
    try:
        build(config, dirty=dirty)
    finally:
        config.plugins.on_shutdown()
    after = _times(folder)
    return folder, sum(1 for path, when in after.items() if before.get(path) != when)


def _times(site: Path) -> dict[Path, int]:
    """The pages' HTML files (not the theme's 404 page, which MkDocs writes in every build)."""
    pages = [p for p in site.rglob("*.html") if p != site / "404.html"] if site.is_dir() else []
    return {p: p.stat().st_mtime_ns for p in pages}


def _differences(a: Path, b: Path) -> list[str]:
    """Files that are in one site only, or whose bytes differ."""
    found = []

    def walk(cmp: filecmp.dircmp, prefix: str) -> None:
        found.extend(f"{prefix}{name} (only in one)" for name in cmp.left_only + cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(f"{prefix}{name}" for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(a, b), "")
    return found


def test_a_dirty_build_after_a_new_page_and_after_its_removal_is_the_full_build(project):
    _, everything = _build(project, "site", dirty=False)
    another = sorted(SEEDS.glob("*.txt"))[1]
    shutil.copy(another, project / "seeds")
    site, rendered = _build(project, "site", dirty=True)
    assert 0 < rendered < everything  # only what the new page touched
    full, _ = _build(project, "site-full", dirty=False)
    assert _differences(site, full) == []
    (project / "seeds" / another.name).unlink()
    site, rendered = _build(project, "site", dirty=True)
    assert 0 < rendered < everything
    shutil.rmtree(full)
    full, _ = _build(project, "site-full", dirty=False)
    assert _differences(site, full) == []


def test_a_dirty_build_with_nothing_changed_renders_no_page_and_keeps_the_site(project):
    site, _ = _build(project, "site", dirty=False)
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    _, rendered = _build(project, "site", dirty=True)
    assert rendered == 0
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before


def test_a_dirty_build_without_a_state_of_its_folder_builds_everything_afresh(project):
    """A site folder made by something else (or with other settings) is not trusted: it is
    emptied, as a full build empties it, and every page is rendered."""
    site = project / "site"
    site.mkdir()
    (site / "left-over.html").write_text("<p>old</p>", encoding="utf-8")
    site, rendered = _build(project, "site", dirty=True)
    full, everything = _build(project, "site-full", dirty=False)
    assert rendered == everything
    assert _differences(site, full) == []


def test_the_build_fingerprint_is_the_same_in_every_process():
    """Else every dirty build in a new process would find "other settings" and build all:
    the theme's static templates are a set, whose order follows PYTHONHASHSEED."""
    code = ("from mkdocs.config import load_config; from generator.site_build import build_fingerprint; "
            f"print(build_fingerprint(load_config({str(ROOT / 'mkdocs.yml')!r})))")
    prints = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": str(seed), "NO_MKDOCS_2_WARNING": "1"}).stdout
              for seed in range(6)}
    assert len(prints) == 1, prints


def test_a_hand_written_page_is_rendered_again_for_what_it_includes(project):
    """The about pages include files of the repository (pymdownx.snippets): a change there
    does not touch the page's own file, and the page is rendered all the same."""
    (project / "docs" / "about").mkdir()
    (project / "docs" / "about" / "index.md").write_text('# 关于\n\n--8<-- "note.md"\n', encoding="utf-8")
    (project / "note.md").write_text("第一版说明。\n", encoding="utf-8")
    _build(project, "site", dirty=False)
    (project / "note.md").write_text("第二版说明。\n", encoding="utf-8")
    site, rendered = _build(project, "site", dirty=True)
    assert "第二版说明" in (site / "about" / "index.html").read_text(encoding="utf-8")
    full, _ = _build(project, "site-full", dirty=False)
    assert _differences(site, full) == []


def test_a_name_new_to_the_archive_renders_only_the_pages_that_hold_it(project):
    """A new page whose person is in no reference file adds a word to the search dictionary;
    the pages whose text holds no such word keep their HTML, and the site is the full build's."""
    _, everything = _build(project, "site", dirty=False)
    page = ("本报讯（记者 王平）昨日，市委常委、组织部部长闫振岭到温县调研基层党建工作。\n"
            "闫振岭一行先后来到温县黄庄镇，实地查看村级活动场所建设情况。\n"
            "闫振岭到温县调研基层党建\n")
    (project / "seeds" / "jzrb-2020-03-02-p2.txt").write_text(page, encoding="utf-8")
    site, rendered = _build(project, "site", dirty=True)
    words = (project / "docs" / "_build" / "jieba_userdict.txt").read_text(encoding="utf-8").split()
    assert "闫振岭" in words  # the archive's new name
    assert 0 < rendered < everything
    full, _ = _build(project, "site-full", dirty=False)
    assert _differences(site, full) == []
