"""The parser on real published pages (tests/fixtures/real_*), held to the figures it
reached (README, Accuracy). All four sets are training figures now: the line labeller was
fitted on them (real_test after its one unbiased measurement, real_dev3 after its first
score), so these guard against regressions. real_test2 holds the unbiased figure: kept out of the
repository and away from every change until it was scored once, far below the issue's
floors (boundary F1 0.97, headline 0.95, byline 0.95, event date 0.9)."""

from __future__ import annotations

import pytest

from generator.parse.evaluate import score_folder
from tests.conftest import FIXTURES, SEEDS

MEASURED = {
    # set: (boundary F1, headline, byline, event date), training figures of 2026-12-01
    "real_dev1": (1.0, 0.96, 0.99, 0.86),
    "real_dev2": (1.0, 0.97, 0.94, 0.82),
    "real_dev3": (0.76, 0.62, 0.55, 0.6),
    "real_test": (0.95, 0.87, 0.93, 0.84),
    # The unbiased figure: real_test2, kept out of the repository and scored once (2026-12-01).
    "real_test2": (0.63, 0.5, 0.38, 0.58),
}


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_real_pages_keep_their_figures(name, config):
    score = score_folder(FIXTURES / name, config, SEEDS)
    boundary, headline, byline, date = MEASURED[name]
    figures = (round(score.f1, 3), score.share(score.headline), score.share(score.byline), score.share(score.date))
    assert score.f1 >= boundary and score.share(score.headline) >= headline, (figures, score.misses)
    assert score.share(score.byline) >= byline and score.share(score.date) >= date, (figures, score.misses)
    assert score.coverage_ok == score.pages
