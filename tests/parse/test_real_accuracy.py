"""The parser on real published pages (tests/fixtures/real_*), held to the figures it
reached (README, Accuracy). They guard against regressions. The line labeller is fitted on real_dev1 … real_dev5 and real_test … real_test3
(each after it was scored once); real_dev6 and real_dev7 were scored once on arrival,
then read to find faults (rules were written from them, the weights not fitted on them).
real_test4 held the unbiased figure of the session before; real_dev8 and real_dev9 were scored
once on arrival and read; real_test5 held the unbiased figure of the session after, and was
read after it; real_test6, real_test7 and real_test8 gave the unbiased figures of the session after
that: kept out of the repository until each was scored once, then read. All are below the issue's floors (boundary F1 0.97,
headline 0.95, byline 0.95, event date 0.9)."""

from __future__ import annotations

import pytest

from generator.parse.evaluate import score_folder
from tests.conftest import FIXTURES, SEEDS

MEASURED = {
    # set: (boundary F1, headline, byline, event date), rounded down from the figures of 6052cd6
    "real_dev1": (1.0, 0.96, 1.0, 0.9),
    "real_dev2": (1.0, 0.97, 0.94, 0.85),
    "real_dev3": (0.88, 0.82, 0.82, 0.72),
    "real_test": (1.0, 0.96, 1.0, 0.93),
    # real_test2 held the unbiased figure of 2026-12-01 (0.63, 0.5, 0.38, 0.58). Its event date
    # fell from 0.806 to 0.778 on 2026-12-03: u_08:56 `自今年1月6日起` is annotated 1月6日, but a
    # date after 自 that opens a span is no event's day (tests/fixtures/README.md, hard cases);
    # the parser missed it only while it did not read 今年 as part of the date.
    "real_test2": (0.95, 0.94, 0.88, 0.77),
    # real_dev4 and real_dev5 were first scored at (0.89, 0.79, 0.79, 0.55) and (0.66, 0.54, 0.57, 0.64).
    "real_dev4": (1.0, 1.0, 1.0, 0.93),
    "real_dev5": (0.94, 0.92, 0.89, 0.89),
    # real_test3 held the unbiased figure of 2026-12-02 (0.8, 0.58, 0.61, 0.54).
    "real_test3": (1.0, 0.96, 0.93, 0.77),
    # real_dev6 and real_dev7 were first scored at (0.759, 0.536, 0.714, 0.75) and
    # (0.943, 0.923, 0.846, 0.885), with 482a9b4.
    "real_dev6": (1.0, 0.92, 0.96, 0.96),
    "real_dev7": (1.0, 1.0, 1.0, 0.96),
    # The unbiased figure of 2026-12-02 (evening): real_test4, kept out of the repository and
    # unread until it was scored once with the parser as it stands here (756db79).
    "real_test4": (0.89, 0.86, 0.86, 0.86),
    # real_dev8 and real_dev9 were first scored at (0.706, 0.571, 0.571, 0.5) with a91d108 and
    # (0.737, 0.607, 0.643, 0.714) with 92e34d2, then read.
    # date 0.821 → 0.786 since a month and day take the year nearest the issue: d8_02 prints a
    # 2015 article (3月25日) on a page of 2016-03-15, the annotator's mix of years.
    "real_dev8": (0.99, 0.92, 0.92, 0.78),
    "real_dev9": (0.92, 0.82, 0.89, 0.89),
    # The unbiased figure of the session before: real_test5, kept out of the repository and unread
    # until it was scored once with the parser as it stood (6052cd6): (0.77, 0.75, 0.65, 0.75).
    # Read since: (0.92, 0.85, 0.75, 0.9) with 6b4091b.
    "real_test5": (1.0, 0.95, 0.85, 0.95),
    # The unbiased figure of the session of 2026-12-02 (afternoon): real_test6, kept out of the
    # repository and unread until it was scored once with the parser as it stood (6b4091b).
    # Read since: (0.91, 0.88, 0.94, 0.94) with dfc9c37.
    # Lower since the headline side reads the words (2026-12-07): t6_03's weather box between two
    # bodies (`郑州天气 … 明天 晴 …`), annotated as part of the body above although it is no
    # headline, shares its pairs with the body below and goes with it: (0.889, 0.889, 0.889, 0.889).
    "real_test6": (0.88, 0.88, 0.88, 0.88),
    # real_test7, made at the same time by another such helper (features, commentary, pages of
    # headlines over bodies asked for), scored once with 75b4149: (0.595, 0.562, 0.5, 0.625);
    # read since: (0.8, 0.75, 0.75, 0.75).
    "real_test7": (0.79, 0.75, 0.75, 0.75),
    # real_test8, by a third such helper at the end of that session (many features, missing
    # headlines, truncated copies with jump markers), scored once with 4a08e89:
    # (0.606, 0.5, 0.562, 0.562); read since: (0.64, 0.5, 0.62, 0.62) with b788634.
    "real_test8": (0.72, 0.62, 0.75, 0.68),
    # real_test11 (6 pages, 20 articles, January–June of 2013–2023), by one more such helper,
    # copied into the repository on arrival and scored once with a19700b before it was read:
    # (0.9, 0.9, 0.85, 0.8).
    # Read since: (1.0, 0.95, 0.95, 0.8).
    "real_test11": (1.0, 0.95, 0.95, 0.8),
    # real_test12 (6 pages, 14 articles, July–December of 2011–2022), by another such helper at
    # the same time, copied in on arrival and scored once with efe2f3b: (0.733, 0.571, 0.571,
    # 0.571). It is kept unread, for an unbiased figure of the parser of a later session.
    "real_test12": (0.73, 0.57, 0.57, 0.57),
    # real_test13 … real_test16 (4 to 5 pages each; features and photo pages of 2011–2017, county
    # news of 2018–2024, Jiaozuo's urban districts, wire items and notices largely in traditional
    # characters), by four more such helpers, kept in tests/unscored/ unread while the parser
    # changed and scored once at the end of the session with 6e7c28d: (0.72, 0.66, 0.72, 0.72),
    # (0.85, 0.81, 0.72, 0.72), (1.0, 0.82, 1.0, 0.94), (1.0, 0.41, 0.5, 0.83). Read since.
    "real_test13": (1.0, 1.0, 0.94, 0.94),
    "real_test14": (1.0, 1.0, 0.72, 1.0),
    "real_test15": (1.0, 0.82, 1.0, 0.94),
    "real_test16": (1.0, 0.41, 0.5, 0.83),
    # real_test17 (6 pages, 14 articles, days 1–15, headlines over bodies asked for, two continued
    # bodies), by one more such helper, copied in on arrival and scored once with 5abf1dd:
    # (0.533, 0.571, 0.5, 0.571). Read since.
    "real_test17": (0.75, 0.78, 0.71, 0.71),
    # real_test18 … real_test23 (4, 6, 5, 2, 6, 3 pages; 8, 20, 20, 9, 14, 6 articles), by six
    # more such helpers under rules of their own, kept in tests/unscored/ unread while the parser
    # changed and scored once at the end of the session of 2026-12-03 (second), with 33cea70.
    "real_test18": (0.33, 0.12, 0.37, 0.37),
    # Read since; with the page-level choice of a headline's side (generator/parse/
    # headline_side.py, its weights set by hand on these two sets: training figures):
    # real_test19 (0.900, 0.750, 0.850, 0.850), real_test20 (0.850, 0.800, 0.850, 0.750).
    "real_test19": (0.9, 0.75, 0.85, 0.85),
    # real_test20 (0.923, 0.850, 0.900, 0.800) since a plain paragraph after an untitled item's
    # short one is no new item (segment._join_weak_untitled_starts).
    "real_test20": (0.92, 0.85, 0.9, 0.8),
    "real_test21": (0.62, 0.33, 0.44, 0.44),
    "real_test22": (0.66, 0.57, 0.64, 0.71),
    "real_test23": (1.0, 0.83, 1.0, 0.83),
    # real_test24, real_test25 (4 and 6 pages; 12 and 18 articles: short items; other
    # provinces' news), by two more such helpers, kept unread in tests/unscored/ and scored once
    # at the end of that session with 142a79c.
    "real_test24": (1.0, 1.0, 1.0, 1.0),
    # real_test25 (0.914, 0.778, 0.778, 0.833) since a byline over a blank line and an outlet's
    # lead closes the item above (t25_04:57).
    "real_test25": (0.91, 0.77, 0.77, 0.83),
    # real_test26 (5 pages, 11 articles: county and city news of 2012–2016 from other Henan
    # papers), by one more such helper, scored once on arrival, unread, with 4a225a9.
    "real_test26": (1.0, 1.0, 0.9, 1.0),
    # real_test27 (3 pages, 6 articles of 2017–2019), by one more such helper, scored once on
    # arrival, unread, with cf8612e: (1.0, 0.833, 0.833, 0.667); read since.
    "real_test27": (1.0, 0.83, 0.83, 0.66),
    # real_test31 (4 pages, 13 articles of 2020–2023: urban districts and other Henan cities,
    # short items, notices), by one more such helper, scored once on arrival, unread, with
    # aa8f0f8: (0.643, 0.692, 0.538, 0.538); read since.
    # real_test30 (4 pages, 11 articles of 2017–2019), by one more such helper, scored once on
    # arrival, unread, with aa8f0f8: (0.818, 0.636, 0.818, 0.727); read since.
    "real_test30": (1.0, 0.9, 1.0, 0.9),
    "real_test31": (0.74, 0.76, 0.76, 0.53),
    # real_test34 (4 pages, 14 articles of 2015–2019, other Henan cities), by one more such
    # helper, scored once on arrival, unread, with 666e5b5: (0.667, 0.714, 0.714, 0.714); read since.
    "real_test34": (0.89, 0.92, 0.85, 0.92),
}


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_real_pages_keep_their_figures(name, config):
    score = score_folder(FIXTURES / name, config, SEEDS)
    boundary, headline, byline, date = MEASURED[name]
    figures = (round(score.f1, 3), score.share(score.headline), score.share(score.byline), score.share(score.event_date))
    assert score.f1 >= boundary and score.share(score.headline) >= headline, (figures, score.misses)
    assert score.share(score.byline) >= byline and score.share(score.event_date) >= date, (figures, score.misses)
    assert score.coverage_ok == score.pages
