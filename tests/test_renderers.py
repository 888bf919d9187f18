"""ProperDocs, the maintained fork of MkDocs 1.6, renders the archive as MkDocs does: the
same plugin runs the generator, and the built sites differ in the generator tag alone."""

import re
import shutil
import subprocess
import sys

from tests.conftest import ROOT

# <meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.8.2">: says which renderer built the page.
GENERATOR_TAG = re.compile(rb'<meta name="generator" content="[^"]*">')


def _project(folder):
    """The repository's site, with its sample pages, and a docs/ holding only the hand-written pages."""
    folder.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", folder)
    for name in ("site_config", "seeds", "docs_templates", "benchmarks"):
        shutil.copytree(ROOT / name, folder / name)
    shutil.copytree(ROOT / "docs" / "about", folder / "docs" / "about")
    return folder


def _files(site):
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_properdocs_builds_the_site_mkdocs_builds(tmp_path):
    sites = {}
    for runner in ("mkdocs", "properdocs"):
        project = _project(tmp_path / runner)
        result = subprocess.run([sys.executable, "-m", runner, "build", "--strict", "-f", str(project / "mkdocs.yml")],
                                cwd=tmp_path, capture_output=True, text=True, timeout=900,
                                env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
        assert result.returncode == 0, result.stderr
        pages = len(list((project / "seeds").glob("*.txt")))
        assert f"generator: {pages} page files" in result.stderr  # the plugin ran the generator under both
        sites[runner] = _files(project / "site")
    mkdocs, properdocs = sites["mkdocs"], sites["properdocs"]
    assert sorted(mkdocs) == sorted(properdocs)
    assert any(name.endswith(".html") and GENERATOR_TAG.search(data) for name, data in mkdocs.items())
    assert b"ProperDocs" in properdocs["index.html"] and b"ProperDocs" not in mkdocs["index.html"]
    differ = [name for name in mkdocs if GENERATOR_TAG.sub(b"", mkdocs[name]) != GENERATOR_TAG.sub(b"", properdocs[name])]
    assert differ == []
