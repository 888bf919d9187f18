"""The line labeller: scores each row's possible labels from its named features with
weights fitted on annotated pages (`line_model.json`, see train.py), and decodes the best
labelling of the whole page under the layout's hard constraints (decode.py).

The model is a linear-chain CRF: a weight for each feature and label (`headlike|HEAD`: what
a line looks like) and one for each pair of labels (`BODY>START`: a body giving way to a
new item). A row's score for a label after another is the sum of those weights.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .decode import ALLOWED, LABELS, NEG, Decoded, viterbi
from .features import Row

MODEL_FILE = Path(__file__).with_name("line_model.json")
PAIRS = [(prev, label) for prev, labels in ALLOWED.items() for label in LABELS if label in labels]

# What a line in one of the paper's unmistakable forms (conventions.yml) can only be: a
# photo credit or a signature on its own line ends its item, a byline line with 本报 or an
# outlet's name before its role word is a byline, an outlet's lead (本报讯, 新华社…电) opens
# an item.
_FORCED = (
    ("credit_line", {"TAIL"}),
    ("signature_line", {"TAIL"}),
    ("strong_byline", {"BYL"}),
    ("strong_lead", {"START"}),
)


def forced_labels(row: Row) -> set[str]:
    for kind, labels in _FORCED:
        if kind in row.kinds:
            return labels
    return set()


def allowed(row: Row, prev: str, label: str) -> bool:
    """The hard constraints on one row: its form (above), and that a body ends closed (a
    sentence, a marker, a code, a signature) before its headline or the next item, so that
    lines cut mid-sentence are never a headline nor a new article."""
    only = forced_labels(row)
    if only:
        return label in only
    # A body ends closed (unless it goes on elsewhere, which its jump marker closes) before
    # its headline, its tail or the next item.
    body_open = "prev_ends:open" in row.features or "prev_ends:clause" in row.features
    if body_open and label in ("HEAD", "START", "BYL", "TAIL") and prev in ("START", "BODY"):
        return False
    # A jump marker or a photo credit ends its body: what follows is no more of it.
    ended = "after_jump" in row.features or "after_credit" in row.features
    return not (ended and label in ("BODY", "SUB"))


@dataclass(frozen=True)
class LineModel:
    state: dict[str, float]  # "feature|LABEL" -> weight
    transitions: dict[str, float]  # "PREV>LABEL" -> weight
    about: dict  # what the weights were fitted on, and how they validated

    def emissions(self, row: Row) -> dict[str, float]:
        w = self.state
        return {label: sum(w.get(f"{feature}|{label}", 0.0) for feature in row.features) for label in LABELS}

    def row_scores(self, row: Row) -> dict[tuple[str, str], float]:
        emit = self.emissions(row)
        out = {}
        for prev, label in PAIRS:
            if not allowed(row, prev, label):
                out[(prev, label)] = NEG
            else:
                out[(prev, label)] = emit[label] + self.transitions.get(f"{prev}>{label}", 0.0)
        return out

    def label(self, rows: list[Row]) -> Decoded:
        decoded = viterbi([self.row_scores(row) for row in rows])
        if decoded.score == NEG:  # no labelling meets every constraint: drop the soft ones
            decoded = viterbi([self._unconstrained(row) for row in rows])
        return decoded

    def _unconstrained(self, row: Row) -> dict[tuple[str, str], float]:
        emit = self.emissions(row)
        return {(prev, label): emit[label] + self.transitions.get(f"{prev}>{label}", 0.0) for prev, label in PAIRS}

    def reasons(self, row: Row, label: str, top: int = 5) -> list[tuple[str, float]]:
        """The features that weighed most for `label` on this row."""
        weighed = [(f, self.state.get(f"{f}|{label}", 0.0)) for f in row.features]
        weighed = [fw for fw in weighed if fw[1]]
        weighed.sort(key=lambda fw: -abs(fw[1]))
        return weighed[:top]


def model_from_json(data: dict) -> LineModel:
    return LineModel(state=data["state"], transitions=data["transitions"],
                     about={k: v for k, v in data.items() if k not in ("state", "transitions")})


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_FILE) -> LineModel:
    return model_from_json(json.loads(path.read_text(encoding="utf-8")))
