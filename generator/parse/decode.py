"""The best labelling of a page's rows under the layout's hard constraints (Viterbi), and
how sure each row's label is (the margin to the best labelling that labels it otherwise).

Linear in the number of rows: each row weighs every pair (label before, label) once.
"""

from __future__ import annotations

from dataclasses import dataclass

# An item is: byline lines (features), a lead row, body rows with the subheads between
# them (SUB), tail rows (credits, signatures, markers on lines of their own), then its
# headline, printed after the body.
LABELS = ("BYL", "START", "BODY", "SUB", "TAIL", "HEAD")

_ENDS_OF_BODY = {"TAIL", "HEAD", "START", "BYL"}
# A headline run is followed by a new item (or the end): never by more body; a subhead
# is followed by more body.
ALLOWED = {
    "^": {"BYL", "START", "TAIL", "HEAD"},  # a page may open with the tail or headline of an item begun elsewhere
    "BYL": {"BYL", "START"},
    "START": {"BODY", "SUB"} | _ENDS_OF_BODY,
    "BODY": {"BODY", "SUB"} | _ENDS_OF_BODY,
    "SUB": {"SUB", "BODY"},
    "TAIL": {"TAIL", "HEAD", "START", "BYL"},
    "HEAD": {"HEAD", "START", "BYL"},
}
FINAL = {"START", "BODY", "TAIL", "HEAD"}  # a page never ends on a byline
NEG = float("-inf")
# For each label, the labels it may follow (the page's start "^" among them).
_BEFORE = {label: tuple(prev for prev, nexts in ALLOWED.items() if label in nexts) for label in LABELS}


@dataclass(frozen=True)
class Decoded:
    labels: list[str]
    margins: list[float]  # per row: best score minus the best score with another label there
    score: float


def viterbi(scores: list[dict[tuple[str, str], float]]) -> Decoded:
    """`scores[i][(prev, label)]`: the score of row i taking `label` after `prev` ("^" at
    the first row). Returns the best allowed labelling and each row's margin."""
    n = len(scores)
    if n == 0:
        return Decoded([], [], 0.0)
    # Forward: best score of rows 0..i ending in each label.
    alpha: list[dict[str, float]] = []
    back: list[dict[str, str]] = []
    for i in range(n):
        current: dict[str, float] = {}
        pointers: dict[str, str] = {}
        previous = {"^": 0.0} if i == 0 else alpha[-1]
        row = scores[i]
        for label in LABELS:
            best, arg = NEG, ""
            for prev in _BEFORE[label]:
                value = previous.get(prev, NEG)
                if value == NEG:
                    continue
                total = value + row.get((prev, label), 0.0)
                if total > best:
                    best, arg = total, prev
            current[label] = best
            pointers[label] = arg
        alpha.append(current)
        back.append(pointers)
    # Backward: best score of rows i+1..n-1 given row i's label.
    beta: list[dict[str, float]] = [dict() for _ in range(n)]
    beta[-1] = {label: (0.0 if label in FINAL else NEG) for label in LABELS}
    for i in range(n - 2, -1, -1):
        for label in LABELS:
            best = NEG
            for nxt in ALLOWED[label]:
                if beta[i + 1][nxt] == NEG:
                    continue
                total = scores[i + 1].get((label, nxt), 0.0) + beta[i + 1][nxt]
                best = max(best, total)
            beta[i][label] = best
    final = max(LABELS, key=lambda label: alpha[-1][label] + beta[-1][label])
    total = alpha[-1][final] + beta[-1][final]
    if total == NEG:  # no labelling meets the constraints: the caller decides what then
        return Decoded(["BODY"] * n, [0.0] * n, NEG)
    labels = [final]
    for i in range(n - 1, 0, -1):
        labels.append(back[i][labels[-1]])
    labels.reverse()
    margins = []
    for i, label in enumerate(labels):
        others = [alpha[i][y] + beta[i][y] for y in LABELS if y != label and alpha[i][y] != NEG and beta[i][y] != NEG]
        margins.append(total - max(others) if others else float("inf"))
    return Decoded(labels, margins, total)
