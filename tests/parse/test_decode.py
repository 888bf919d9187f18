"""The page's best labelling under the layout's hard constraints (decode.py)."""

from generator.parse.decode import ALLOWED, LABELS, NEG, viterbi


def _scores(preferred: list[dict[str, float]]):
    """Row scores from per-label preferences (no transition weights)."""
    return [{(prev, label): row.get(label, 0.0) for prev in ALLOWED for label in LABELS if label in ALLOWED[prev]} for row in preferred]


def test_best_allowed_labelling_and_margins():
    decoded = viterbi(_scores([{"START": 5}, {"BODY": 3}, {"HEAD": 2}, {"START": 4}]))
    assert decoded.labels == ["START", "BODY", "HEAD", "START"]
    assert decoded.margins[1] == 3.0  # the next best labels row 1 otherwise and loses 3


def test_a_headline_is_never_followed_by_more_body():
    # Row 2 would rather be body, but after a headline only a new item (or the end) may come.
    decoded = viterbi(_scores([{"START": 5}, {"HEAD": 4}, {"BODY": 1, "START": 0.5}]))
    assert decoded.labels == ["START", "HEAD", "START"]


def test_a_page_never_ends_on_a_byline():
    decoded = viterbi(_scores([{"START": 5}, {"BYL": 9, "BODY": 0}]))
    assert decoded.labels[-1] != "BYL"


def test_a_forbidden_row_is_avoided():
    scores = _scores([{"START": 1}, {"BODY": 9, "TAIL": 0}])
    for key in scores[1]:
        if key[1] == "BODY":
            scores[1][key] = NEG
    assert viterbi(scores).labels[1] != "BODY"


def test_no_allowed_labelling_is_said_not_raised():
    scores = _scores([{"START": 1}, {"BODY": 1}])
    for key in scores[1]:
        scores[1][key] = NEG
    assert viterbi(scores).score == NEG
