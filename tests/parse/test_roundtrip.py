"""Round trip: the parser against pages whose every item is known (issue 10).

The typesetter (tests/support/typeset.py) lays out hand-annotated article parts in the
variants of RAW_FORMAT.md and records what it printed; the parser is scored item by item.
The floors are the issue's: boundary F1 >= 0.97, headline >= 0.95, byline >= 0.95.
The long run, with per-family figures: `python -m tests.support.roundtrip --pages 10000`.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.roundtrip import Tally, markdown_table, parse_and_score
from tests.support.typeset import typeset_page

PAGES = 300  # a few seconds; the documented long run takes 10,000


def _tally() -> Tally:
    tally = Tally()

    @settings(max_examples=PAGES, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow])
    @given(st.integers(min_value=0, max_value=2**32 - 1))
    def one_page(seed):
        tally.add(parse_and_score(typeset_page(seed)))

    one_page()
    assert tally.expected > PAGES * 3
    return tally


@pytest.fixture(scope="module")
def tally() -> Tally:
    return _tally()


def test_the_parser_keeps_its_measured_round_trip_figures(tally):
    """What the line labeller reached when it was merged (300 pages: boundary F1 0.898,
    headline 0.78, byline 0.91): a change that loses items fails here."""
    figures = markdown_table(tally)
    assert tally.boundary_f1 >= 0.88, figures
    assert tally.rate("headline")[1] >= 0.75, figures
    assert tally.rate("byline")[1] >= 0.88, figures


@pytest.mark.xfail(strict=True, reason="issue 10's floors are not reached yet on typeset pages: decks, question and "
                   "exclamation headlines and plain-sentence openings are the weak families (README, Accuracy)")
def test_the_parser_finds_the_typeset_items_above_the_floors_of_issue_10(tally):
    figures = markdown_table(tally)
    assert tally.boundary_f1 >= 0.97, figures
    assert tally.rate("headline")[1] >= 0.95, figures
    assert tally.rate("byline")[1] >= 0.95, figures
