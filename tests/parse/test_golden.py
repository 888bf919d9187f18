"""The parser against hand-checked expectations: the five sample pages and composed pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from generator.config import Config, SourceEntry, load_config
from generator.parse import parse_page_file
from tests.conftest import FIXTURES, ROOT, SEEDS

FIELDS = [
    "kind", "title", "kicker", "subtitle", "title_inferred", "reporters", "correspondents",
    "photographers", "signature", "dateline", "date", "continued_to", "continued_from",
    "editor_code", "paragraphs",
]
ATTRIBUTE = {"date": "event_date"}  # the annotation's `date` is the article's event date


def _sample_cases():
    return sorted(p for p in (FIXTURES / "expected").glob("*.json") if not p.name.endswith(".enrich.json"))


def _composed_cases():
    return sorted((FIXTURES / "composed").glob("*.json"))


def _value(article, field):
    value = getattr(article, ATTRIBUTE.get(field, field))
    return value.isoformat() if hasattr(value, "isoformat") else value


def _check_page(page, expected):
    got, want = page.articles, expected["articles"]
    assert [(a.first_line, a.last_line) for a in got] and len(got) == len(want), (
        f"{len(got)} articles found, {len(want)} expected: "
        f"{[(a.first_line, a.last_line, a.title[:12]) for a in got]}"
    )
    previous_last = None
    for article, exp in zip(got, want):
        first, last = exp["lines"]
        # A line holding one article's headline and the next one's 本报讯 belongs to both.
        shared = {first, first - 1} if previous_last == first - 1 else {first}
        if previous_last == first:
            shared.add(first + 1)
        assert article.first_line in shared | {first} and article.last_line == last, (
            f"{exp['title']}: lines {article.first_line}-{article.last_line}, expected {first}-{last}"
        )
        previous_last = last
        for field in FIELDS:
            assert _value(article, field) == exp[field], f"{exp['title']} [{first}-{last}]: {field}"
    assert page.coverage == 1.0


@pytest.mark.parametrize("expected_file", _sample_cases(), ids=lambda p: p.stem)
def test_sample_page_matches_hand_checked_fixture(expected_file: Path, config):
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    page = parse_page_file(SEEDS / expected["file"], SEEDS, config)
    _check_page(page, expected)


def _composed_config() -> Config:
    base = load_config(ROOT / "site_config")
    catalog = yaml.safe_load((FIXTURES / "composed" / "sources.yml").read_text(encoding="utf-8"))
    sources = {name: SourceEntry(entry.get("issue_date"), entry.get("page")) for name, entry in catalog["pages"].items()}
    return Config(root=base.root, archive=base.archive, sources=sources, reference=base.reference)


@pytest.mark.parametrize("expected_file", _composed_cases(), ids=lambda p: p.stem)
def test_composed_page_matches_its_expectation(expected_file: Path):
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    folder = FIXTURES / "composed"
    page = parse_page_file(folder / expected["file"], folder, _composed_config())
    _check_page(page, expected)


def test_there_are_golden_fixtures_for_every_sample_page():
    covered = {json.loads(p.read_text(encoding="utf-8"))["file"] for p in _sample_cases()}
    assert covered == {p.name for p in SEEDS.glob("*.txt")}
    assert len(_composed_cases()) >= 4


def _heldout_cases():
    return sorted(p for p in FIXTURES.glob("heldout*/*.json") if not p.name.endswith(".enrich.json"))


def test_held_out_pages_parse_article_for_article():
    """Pages written for the enrichment evaluation by someone who never saw the parser:
    scored, not fitted. Every article must be found; 90% must match field for field."""
    from generator.enrich.evaluate import _catalog

    base = load_config(ROOT / "site_config")
    total, exact, misses = 0, 0, []
    for expected_file in _heldout_cases():
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        folder = expected_file.parent
        page = parse_page_file(folder / expected["file"], folder, _catalog(folder, base))
        assert page.coverage == 1.0
        for exp in expected["articles"]:
            total += 1
            found = [a for a in page.articles if a.last_line == exp["lines"][1] and abs(a.first_line - exp["lines"][0]) <= 1]
            assert found, f"{expected['file']}: no article at lines {exp['lines']}"
            wrong = [f for f in FIELDS if _value(found[0], f) != exp[f]]
            if wrong:
                misses.append(f"{expected['file']}:{exp['lines'][0]} {wrong}")
            else:
                exact += 1
    assert total and exact / total >= 0.9, misses
