"""The described dataset: the published articles.jsonl and pages.jsonl validate against their
JSON Schemas (jsonschema, draft 2020-12 with format checks), articles.csv against the Table
Schema of datapackage.json, and the descriptor against what the Data Package spec (v1)
requires; the page about the dataset explains every field."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil

import jsonschema
import pytest

from generator.pipeline import run
from generator.render.datapackage import schema
from tests.conftest import FIXTURES, SEEDS
from tests.render.builders import to_html

NAME = re.compile(r"^([-a-z0-9._/])+$")  # the spec's pattern of a package's and a resource's name
TABLE_TYPES = {"string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year",
               "yearmonth", "duration", "geopoint", "geojson", "any"}


@pytest.fixture(scope="module", params=["samples", "composed", "continued"])
def published(request, tmp_path_factory):
    """The files a run publishes: the sample pages (three issues), the composed pages as a
    second archive with more issues and pages, and the two catalogued issues of continued
    articles with corrections (a headline, a split) as a third."""
    return _publish(request.param, tmp_path_factory)


@pytest.fixture(scope="module")
def continued(tmp_path_factory):
    return _publish("continued", tmp_path_factory)


_PUBLISHED: dict = {}


def _publish(name, tmp_path_factory):
    if name not in _PUBLISHED:
        _PUBLISHED[name] = _run(name, tmp_path_factory)
    return _PUBLISHED[name]


def _run(name, tmp_path_factory):
    from generator.config import load_config
    from tests.conftest import ROOT

    seeds = tmp_path_factory.mktemp("seeds")
    source = {"samples": SEEDS, "composed": FIXTURES / "composed", "continued": FIXTURES / "continued"}[name]
    for page in sorted(source.glob("*.txt")):
        shutil.copy(page, seeds / page.name)
    docs = tmp_path_factory.mktemp("docs")
    settings = ROOT / "site_config"
    if name == "continued":
        settings = tmp_path_factory.mktemp("settings") / "site_config"
        shutil.copytree(ROOT / "site_config", settings)
        shutil.copy(source / "sources.yml", settings / "sources.yml")
        (settings.parent / "docs_templates").symlink_to(ROOT / "docs_templates")
        (settings / "corrections.yml").write_text(_CORRECTIONS, encoding="utf-8")
    run(seeds, docs, load_config(settings), workers=1)
    return docs / "data"


# Entries for the continued-articles fixture, without digests (applied, with a warning).
_CORRECTIONS = """corrections:
  - article: 4ebc1c631845
    title: 市区三条主干道路完成改造
    note: 标题漏字
  - article: f2d0d70fd518
    split: {at: 3, title: 各级林业部门加强技术指导}
"""


def test_the_continued_archive_carries_its_joins_and_corrections(continued):
    articles = _lines(continued / "articles.jsonl")
    ids = {a["id"] for a in articles}
    joined = [a for a in articles if a["continued_to_article"]]
    assert len(joined) == 5 and all(a["continued_to_article"] in ids for a in joined)
    corrected = {a["title"]: a["corrections"] for a in articles if a["corrections"]}
    assert set(corrected) == {"市区三条主干道路完成改造", "我市召开春季植树造林动员会", "各级林业部门加强技术指导"}
    assert corrected["市区三条主干道路完成改造"][0]["changes"] == [{"field": "title", "was": "市区三条道路完成改造", "now": "市区三条主干道路完成改造"}]


def _validator(name):
    jsonschema.Draft202012Validator.check_schema(schema(name))
    return jsonschema.Draft202012Validator(schema(name), format_checker=jsonschema.FormatChecker())


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_article_and_page_line_validates_against_its_schema(published):
    for name in ("articles", "pages"):
        validator = _validator(name)
        records = _lines(published / f"{name}.jsonl")
        assert records
        for record in records:
            errors = sorted(validator.iter_errors(record), key=str)
            assert not errors, f"{name}: {record.get('id') or record.get('file')}: {errors[0].message}"
    # The published schemas are the ones validated against.
    assert json.loads((published / "schemas/articles.schema.json").read_text(encoding="utf-8")) == schema("articles")


def test_the_schemas_can_fail():
    """A record with a field missing, one too many, or a date that is no date is refused."""
    validator = _validator("articles")
    record = {name: None for name in schema("articles")["properties"]}
    assert list(validator.iter_errors(record))  # None is no string
    page = {"file": "a.txt", "sha1": "0" * 40, "issue_date": "2020-02-30", "page": 1, "articles": [], "characters": 0,
            "covered": 0, "artifacts": [], "problems": []}
    assert [e.message for e in _validator("pages").iter_errors(page)] == ["'2020-02-30' is not a 'date'"]
    page["issue_date"] = "2020-02-21"
    assert not list(_validator("pages").iter_errors(page))
    assert list(_validator("pages").iter_errors({**page, "extra": 1}))
    del page["covered"]
    assert list(_validator("pages").iter_errors(page))


def test_the_descriptor_has_what_the_data_package_spec_requires(published):
    package = json.loads((published / "datapackage.json").read_text(encoding="utf-8"))
    assert NAME.match(package["name"])
    resources = package["resources"]
    assert isinstance(resources, list) and resources
    names = [r["name"] for r in resources]
    assert len(set(names)) == len(names) and all(NAME.match(n) for n in names)
    for resource in resources:
        assert (published / resource["path"]).is_file(), resource["path"]  # paths relative to the descriptor
        assert resource["encoding"] == "utf-8"
        if resource["profile"] == "tabular-data-resource":
            fields = resource["schema"]["fields"]
            assert fields and all(f["name"] and f["type"] in TABLE_TYPES for f in fields)
        else:
            assert (published / resource["schema"]).is_file()
    assert {r["path"] for r in resources} == {"articles.jsonl", "pages.jsonl", "articles.csv"}


def _cell_ok(value: str, kind: str) -> bool:
    if value == "":
        return True  # missingValues
    if kind == "integer":
        return re.fullmatch(r"-?\d+", value) is not None
    if kind == "boolean":
        return value in ("true", "false")
    if kind == "date":
        try:
            dt.date.fromisoformat(value)
            return re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None
        except ValueError:
            return False
    return True


def test_the_csv_matches_its_table_schema_and_the_jsonl(published):
    package = json.loads((published / "datapackage.json").read_text(encoding="utf-8"))
    table = next(r for r in package["resources"] if r["path"] == "articles.csv")
    fields = table["schema"]["fields"]
    raw = (published / "articles.csv").read_bytes()
    assert b"\r\n" in raw and not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert rows[0] == [f["name"] for f in fields]
    articles = _lines(published / "articles.jsonl")
    assert [row[0] for row in rows[1:]] == [a["id"] for a in articles]  # one row an article, same order
    assert len({row[0] for row in rows[1:]}) == len(rows) - 1  # the primary key
    for row in rows[1:]:
        assert len(row) == len(fields)
        for value, field in zip(row, fields):
            assert _cell_ok(value, field["type"]), (field["name"], value)
    by_name = dict(zip(rows[0], rows[1]))
    first = articles[0]
    assert by_name["title"] == first["title"] and by_name["people"] == "|".join(first["people"])
    assert by_name["first_line"] == str(first["source"]["lines"][0])


def test_cells_a_spreadsheet_would_run_as_formulas_get_an_apostrophe():
    from generator.render.datapackage import articles_csv
    from tests.render.builders import article

    hostile = article(title="=HYPERLINK(\"http://x\",\"点\")", kicker="+1", subtitle="-2", signature="@SUM(A1)",
                      people=["\t王小平"], districts=["\r温县"], dateline="2月20日 =1")
    rows = list(csv.reader(io.StringIO(articles_csv([hostile]).decode("utf-8"), newline="")))
    row = dict(zip(rows[0], rows[1]))
    assert row["title"] == "'=HYPERLINK(\"http://x\",\"点\")"
    assert (row["kicker"], row["subtitle"], row["signature"]) == ("'+1", "'-2", "'@SUM(A1)")
    assert (row["people"], row["districts"]) == ("'\t王小平", "'\r温县")
    assert row["dateline"] == "2月20日 =1" and row["id"] == hostile.id and row["page"] == "1"  # only a cell's start counts


def test_the_page_about_the_dataset_explains_every_field_in_chinese(published):
    meta, html = to_html((published / "index.md").read_text(encoding="utf-8"))
    for name in ("articles", "pages"):
        for field, spec in schema(name)["properties"].items():
            assert spec["title"] and re.search(r"[\u4e00-\u9fff]", spec["description"]), field
            assert f"<td>{field.replace('_', '&#95;')}</td>" in html, field
            assert spec["title"] in html
    assert 'href="datapackage.json"' in html and 'href="articles.csv"' in html and 'href="pages.jsonl"' in html


def test_the_published_schema_names_the_article_kinds_of_the_model():
    from generator.model import ARTICLE_KINDS

    assert schema("articles")["properties"]["kind"]["enum"] == list(ARTICLE_KINDS)
