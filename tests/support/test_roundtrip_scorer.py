"""The round-trip scorer: hand-made parser answers against a hand-made page record."""

from __future__ import annotations

from generator.model import Article
from tests.support.roundtrip import Tally, markdown_table, score_page
from tests.support.typeset import PrintedItem, TypesetPage


def _page() -> TypesetPage:
    items = [
        PrintedItem(1, 10, "news", "我市召开会议", reporters=["王言"], families=["lead:benbao"]),
        PrintedItem(10, 20, "feature", "老街巷里", kicker="引题", subtitle="——见闻", correspondents=["岳静"],
                    families=["lead:feature_byline"], glued_above=True),
        PrintedItem(22, 25, "photo", "6月2日，游客乘船游览", title_inferred=True, photographers=["李欣"],
                    families=["lead:photo"]),
    ]
    return TypesetPage(text="", items=items, seed=0)


def _article(first, last, title, **fields) -> Article:
    return Article(id=f"a{first}", source_file="x.txt", first_line=first, last_line=last, title=title, **fields)


def _tally(articles) -> Tally:
    tally = Tally()
    tally.add(score_page(_page(), articles))
    return tally


def test_a_perfect_answer_scores_one_and_layout_spaces_do_not_count():
    tally = _tally([
        _article(1, 10, "我市 召开会议", reporters=["王 言"]),
        _article(11, 20, "老街巷里", kicker="引 题", subtitle="——见闻", correspondents=["岳静"], kind="feature"),
        _article(22, 25, "↑6月2日，游客乘船游览", photographers=["李欣"], kind="photo"),
    ])
    assert tally.boundary_f1 == 1.0
    assert tally.rate("headline") == (3, 1.0) and tally.rate("byline") == (3, 1.0)
    assert tally.rate("kind") == (3, 1.0)


def test_two_items_merged_into_one_article_lose_both_boundaries_and_the_second_headline():
    tally = _tally([
        _article(1, 20, "我市召开会议", reporters=["王言"]),
        _article(22, 25, "6月2日，游客乘船游览", photographers=["李欣"], kind="photo"),
    ])
    assert tally.recall == 1 / 3 and tally.precision == 1 / 2
    assert abs(tally.boundary_f1 - 0.4) < 1e-9
    assert tally.rate("headline", "lead:benbao") == (1, 1.0)  # the merged article overlaps it most
    assert tally.rate("headline", "lead:feature_byline") == (1, 0.0)
    assert tally.rate("byline", "lead:feature_byline") == (1, 0.0)


def test_a_wrong_kicker_or_a_lost_photographer_is_a_wrong_headline_or_byline():
    tally = _tally([
        _article(1, 10, "我市召开会议", reporters=["王言"]),
        _article(10, 20, "老街巷里", subtitle="——见闻", correspondents=["岳静"]),
        _article(22, 25, "6月2日，游客乘船游览", kind="photo"),
    ])
    assert tally.boundary_f1 == 1.0  # a glued line may start the next item
    assert tally.rate("headline", "lead:feature_byline")[1] == 0.0
    assert tally.rate("byline", "lead:photo")[1] == 0.0
    assert tally.rate("headline") == (3, 2 / 3)


def test_no_article_at_all_scores_zero():
    tally = _tally([])
    assert tally.boundary_f1 == 0.0 and tally.rate("headline") == (3, 0.0)


def test_the_table_has_an_overall_row_and_one_row_per_family_that_occurred():
    tally = _tally([
        _article(1, 10, "我市召开会议", reporters=["王言"]),
        _article(22, 25, "6月2日，游客乘船游览", photographers=["李欣"], kind="photo"),
    ])
    table = markdown_table(tally)
    rows = [line for line in table.splitlines() if line.startswith("| ")]
    assert [r.split(" | ")[0] for r in rows[1:]] == ["| **all**", "| lead:benbao", "| lead:feature_byline", "| lead:photo"]
    assert rows[2] == "| lead:benbao | 1 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |"
    assert rows[3].startswith("| lead:feature_byline | 1 | 0.000 | 0.000 | 0.000 | 0.000 |")
