"""The scripts and the workflow a new user or CI runs: quiet builds, one meaning of strict."""

from __future__ import annotations

import yaml

from tests.conftest import ROOT


def test_the_scripts_turn_off_materials_end_of_life_box():
    for name in ("build-site", "build-split-site", "test", "screenshots"):
        script = (ROOT / "scripts" / name).read_text(encoding="utf-8")
        assert "export NO_MKDOCS_2_WARNING=1" in script, name


def test_the_pages_workflow_builds_strict_and_quiet():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    build = next(step for step in workflow["jobs"]["build"]["steps"] if step.get("name") == "Build the site")
    assert build["env"]["NO_MKDOCS_2_WARNING"] == "1"
    assert build["run"] == "bash scripts/build-site --strict"


def test_the_site_build_fails_on_page_errors():
    """What the workflow checks of the pages, as the README says: mkdocs.yml's fail_on."""
    from mkdocs.utils.yaml import yaml_load

    with open(ROOT / "mkdocs.yml", encoding="utf-8") as fh:
        settings = yaml_load(fh)
    plugin = next(p["jiaozuo-archive"] for p in settings["plugins"] if isinstance(p, dict) and "jiaozuo-archive" in p)
    assert plugin["fail_on"] == "error"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "fail_on" in readme


def test_the_readme_names_the_prerequisites():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    fresh = readme.split("## On a fresh machine", 1)[1].split("\n## ", 1)[0]
    for needed in ("Python ≥ 3.11", "`venv`", "root", "apt-get", "from\nthe repository root", "mkdocs serve"):
        assert needed in fresh, needed
