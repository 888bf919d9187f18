"""Accuracy against the hand annotations: the issue's floor of 0.95 for people and districts,
on the sample pages and on held-out pages written by someone who never saw the code."""

from __future__ import annotations

import pytest

from generator.enrich.evaluate import _catalog, score_enrichment
from tests.conftest import FIXTURES, SEEDS

SETS = sorted({p.parent for p in FIXTURES.rglob("*.enrich.json")})


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_people_and_districts_reach_the_floor(folder, config, resources):
    scores = score_enrichment(folder, SEEDS, _catalog(folder, config), resources)
    for field in ("people", "districts"):
        score = scores[field]
        assert score.precision >= 0.95 and score.recall >= 0.95, (field, score.precision, score.recall, score.misses)


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_people_found_without_the_people_file(folder, config, bare_resources):
    """The people file improves precision; it is not the list of answers."""
    score = score_enrichment(folder, SEEDS, _catalog(folder, config), bare_resources)["people"]
    assert score.precision >= 0.95 and score.recall >= 0.95, (score.precision, score.recall, score.misses)


def test_there_are_held_out_sets():
    assert any(folder.name.startswith("heldout") for folder in SETS)
