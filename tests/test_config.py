"""The settings folder: each file read into typed values once, its shape errors named by
file and key and reported together, keys nobody reads reported, two pages on one path refused."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
import yaml

from generator.config import ConfigError, load_config
from tests.conftest import ROOT


@pytest.fixture
def settings(tmp_path) -> Path:
    """A copy of the project's settings folder, with the templates beside it as in the project."""
    folder = tmp_path / "site_config"
    shutil.copytree(ROOT / "site_config", folder)
    (tmp_path / "docs_templates").symlink_to(ROOT / "docs_templates")
    return folder


def _edit(folder: Path, name: str, change) -> None:
    path = folder / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _first_page(data):
    return next(iter(data["pages"]))


# One malformed value per settings file: (file, what is done to it, the key the error names).
MALFORMED = [
    ("archive.yml", lambda d: d.pop("paper"), "paper"),
    ("archive.yml", lambda d: d.update(paper=""), "paper"),
    ("archive.yml", lambda d: d.update(search="solr"), "search"),
    ("sources.yml", lambda d: d["pages"][_first_page(d)].update(page="one"), None),  # key: pages.<file>.page
    ("districts.yml", lambda d: d["units"][2].pop("name"), "units[2].name"),
    ("districts.yml", lambda d: d["units"][0].update(aliases="孟州"), "units[0].aliases"),
    ("people.yml", lambda d: d["people"][0].update(roles="总书记"), "people[0].roles"),
    ("people.yml", lambda d: d["people"][1]["roles"][0].pop("role"), "people[1].roles[0].role"),
    ("topics.yml", lambda d: d["selection"].update(max_topics="four"), "selection.max_topics"),
    ("topics.yml", lambda d: d["topics"][0]["keywords"].update({"疫情": "much"}), "topics[0].keywords.疫情"),
    ("stopwords.yml", lambda d: d.update(role_words={"局长": 1}), "role_words"),
    ("surnames.yml", lambda d: d.update(compound=5), "compound"),
    ("conventions.yml", lambda d: d["leads"][0].pop("pattern"), "leads[0].pattern"),
    ("conventions.yml", lambda d: d.pop("jump_to"), "jump_to"),
    ("conventions.yml", lambda d: d["leads"][1].update(kind="newz"), "leads[1].kind"),  # news, feature, photo or notice
    ("word_lists.yml", lambda d: d["after_name"][0].update(note=" "), "after_name[0].note"),
    ("word_lists.yml", lambda d: d["vague_dates"][0].update(words="近日"), "vague_dates[0].words"),
]


@pytest.mark.parametrize("name, change, key", MALFORMED, ids=[f"{m[0]}:{m[2]}" for m in MALFORMED])
def test_a_malformed_file_gives_a_config_error_naming_file_and_key(settings, name, change, key):
    _edit(settings, name, change)
    with pytest.raises(ConfigError) as caught:
        load_config(settings)
    error = caught.value
    if key is None:
        key = f"pages.{_first_page(yaml.safe_load((settings / name).read_text(encoding='utf-8')))}.page"
    assert Path(error.file) == settings / name
    assert error.key == key
    assert str(error).startswith(f"{settings / name}: {key}: ")
    assert "\n" not in str(error)  # one problem, one line


def test_every_problem_of_every_file_is_reported_at_once(settings):
    _edit(settings, "districts.yml", lambda d: d["units"][2].pop("name"))
    _edit(settings, "people.yml", lambda d: d["people"][0].update(district=["市级"]))
    _edit(settings, "topics.yml", lambda d: d["selection"].update(min_score="high"))
    with pytest.raises(ConfigError) as caught:
        load_config(settings)
    lines = str(caught.value).splitlines()
    assert lines == [
        f"{settings / 'districts.yml'}: units[2].name: required, missing",
        f"{settings / 'people.yml'}: people[0].district: expected text, found a list ['市级']",
        f"{settings / 'topics.yml'}: selection.min_score: expected a number, found text 'high'",
    ]
    assert [(Path(f).name, k) for f, k, _ in caught.value.problems] == [
        ("districts.yml", "units[2].name"), ("people.yml", "people[0].district"), ("topics.yml", "selection.min_score")]


def test_a_file_that_is_not_a_mapping_is_refused(settings):
    (settings / "topics.yml").write_text("oops\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"topics\.yml: \(the whole file\): expected a mapping"):
        load_config(settings)


def test_a_key_given_twice_is_refused_not_kept_last(settings):
    path = settings / "topics.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\nselection:\n  max_topics: 2\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(settings)
    assert caught.value.key == "selection" and "given twice" in caught.value.message


def test_the_projects_settings_load_without_a_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="generator"):
        config = load_config(ROOT / "site_config")
    assert config.warnings == ()
    assert caplog.records == []


def test_an_unknown_key_warns_naming_file_and_key(settings, caplog):
    _edit(settings, "districts.yml", lambda d: d["units"][0].update(population=350000))
    with caplog.at_level(logging.WARNING, logger="generator"):
        config = load_config(settings)
    (line,) = config.warnings
    assert line.startswith(f"{settings / 'districts.yml'}: units[0].population: unrecognised configuration name")
    assert [r.getMessage() for r in caplog.records] == [line]


def test_a_misspelt_selection_setting_is_reported_with_the_setting_it_resembles(settings):
    # `min_topics` was read by nobody, and said nothing: a misspelt setting must not pass in silence.
    _edit(settings, "topics.yml", lambda d: d["selection"].update(max_topic=2))
    config = load_config(settings)
    (line,) = config.warnings
    assert f"{settings / 'topics.yml'}: selection.max_topic: unrecognised configuration name" in line
    assert "did you mean 'max_topics'?" in line
    assert config.reference.topics.selection.max_topics == 4  # the file's own value, not the misspelt one


def test_values_are_typed(config):
    reference = config.reference
    assert reference.topics.selection.min_score == 6.0 and isinstance(reference.topics.selection.min_score, float)
    unit = reference.districts.units[0]
    assert isinstance(unit.aliases, tuple) and isinstance(unit.code, str)
    role = next(r for p in reference.people.people for r in p.roles if r.start)
    assert isinstance(role.start, str)  # `from: 2012-11` and `from: 2013` alike


def test_a_topic_slugged_index_would_overwrite_the_overview_and_is_refused(settings):
    _edit(settings, "topics.yml", lambda d: d["themes"][0].update(slug="index"))
    with pytest.raises(ConfigError) as caught:
        load_config(settings)
    assert (Path(caught.value.file).name, caught.value.key) == ("topics.yml", "themes[0].slug")
    assert "topics/index.md" in caught.value.message


def test_two_topics_on_one_slug_are_refused(settings):
    def same_slug(data):
        data["themes"][0]["slug"] = data["topics"][0]["slug"]

    _edit(settings, "topics.yml", same_slug)
    with pytest.raises(ConfigError) as caught:
        load_config(settings)
    assert [k for _, k, _ in caught.value.problems] == ["topics[0].slug"]


def test_two_units_of_one_name_are_refused(settings):
    def twice(data):
        data["units"][1]["name"] = data["units"][0]["name"]

    _edit(settings, "districts.yml", twice)
    with pytest.raises(ConfigError) as caught:
        load_config(settings)
    assert (Path(caught.value.file).name, caught.value.key) == ("districts.yml", "units[0].name")


def test_a_missing_reference_file_is_empty_data(settings):
    (settings / "people.yml").unlink()
    assert load_config(settings).reference.people.people == ()
