"""The enrichment evaluation: matched articles only, the annotator's own boundaries on request."""

import json
import shutil

from generator.enrich.evaluate import _catalog, evaluate, score_enrichment
from tests.conftest import FIXTURES, SEEDS


def _set_with_a_wrong_boundary(tmp_path):
    """h1 of the first held-out set, its first article annotated with lines no parsed article has."""
    folder = tmp_path / "devset"
    folder.mkdir()
    for name in ("h1.txt", "h1.json", "sources.yml"):
        shutil.copy(FIXTURES / "heldout" / name, folder / name)
    annotation = json.loads((FIXTURES / "heldout" / "h1.enrich.json").read_text(encoding="utf-8"))
    annotation["articles"] = annotation["articles"][:2]
    annotation["articles"][0]["lines"] = [1, 40]
    (folder / "h1.enrich.json").write_text(json.dumps(annotation, ensure_ascii=False), encoding="utf-8")
    gold = json.loads((folder / "h1.json").read_text(encoding="utf-8"))
    gold["articles"][0]["lines"] = [1, 40]
    (folder / "h1.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return folder


def test_an_article_the_parser_cuts_otherwise_is_unmatched_not_a_miss(tmp_path, config, resources):
    folder = _set_with_a_wrong_boundary(tmp_path)
    scores = score_enrichment(folder, SEEDS, _catalog(folder, config), resources)
    assert scores["people"].unmatched == 1 and scores["people"].scored == 1
    assert any("no parsed article has lines [1, 40]" in miss for miss in scores["people"].misses)
    # Its people are not counted as missed by enrichment: only the second article is scored.
    second = set(json.loads((folder / "h1.enrich.json").read_text(encoding="utf-8"))["articles"][1]["people"])
    assert scores["people"].true_pos + scores["people"].false_neg == len(second)


def test_gold_boundaries_score_every_annotated_article(tmp_path, config, resources):
    folder = _set_with_a_wrong_boundary(tmp_path)
    scores = score_enrichment(folder, SEEDS, _catalog(folder, config), resources, gold=True)
    assert scores["people"].unmatched == 0 and scores["people"].scored == 2


def test_the_report_has_a_row_per_field_with_and_without_the_people_file(tmp_path, config):
    report = evaluate(_set_with_a_wrong_boundary(tmp_path), SEEDS, config, verbose=False)
    for field in ("people", "people_roles", "districts", "primary_district"):
        assert f"| devset | 2 | 1 | {field} |" in report
    assert report.count("| with |") == report.count("| without |")
