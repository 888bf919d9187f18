"""The line labeller: scores each row's possible labels from its named features with
weights fitted on annotated pages (`line_model.json`, see train.py), and decodes the best
labelling of the whole page under the layout's hard constraints (decode.py).

The model is a linear-chain CRF: a weight for each feature and label (`headlike|HEAD`: what
a line looks like) and one for each pair of labels (`BODY>START`: a body giving way to a
new item). A row's score for a label after another is the sum of those weights.
"""

from __future__ import annotations

import json
import re
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
    # `（上接第一版）` opens the rest of an article begun on another page: a new item.
    ("jump_from", {"START"}),
)


_PERIOD_END = re.compile(r"[。.][”’」』）)]*\s*$")


def forced_labels(row: Row) -> set[str]:
    for kind, labels in _FORCED:
        if kind in row.kinds:
            return labels
    return set()


def _constraint(row: Row):
    """The hard constraints on one row, as a test of (prev, label) worked out once per row:
    its form (above), and that a body ends closed (a sentence, a marker, a code, a
    signature) before its headline or the next item, so that lines cut mid-sentence are
    never a headline nor a new article."""
    only = forced_labels(row)
    if "strong_byline" in row.kinds and "block_size:1" in row.features:
        # A byline line alone between blank lines may sign the item above (`…或雷阵雨。` /
        # blank / `本报记者 李 冰 通讯员 禹东晖` / blank / the next headline): a tail, as well
        # as the byline of the item below; the weights choose.
        only = only | {"TAIL"}
    if "glued_lead" in row.kinds:
        # The lead of a line cut after an unpunctuated headline (features.page_rows): a new
        # item, and the part before it a headline.
        return lambda prev, label: label == "START" and prev == "HEAD"
    if only:
        return lambda prev, label: label in only
    # A body ends closed (unless it goes on elsewhere, which its jump marker closes) before
    # its headline, its tail or the next item.
    features = set(row.features)
    body_open = "prev_ends:open" in features or "prev_ends:clause" in features
    # A jump marker, a photo credit, an editor code (`①3`, printed at an article's very
    # end) or a tail signature after the last sentence (`…再立新功。（陈洁）`) ends its body:
    # what follows is no more of it.
    ended = ("after_jump" in features or "after_credit" in features or "after_editor_code" in features
             or "after_tail_signature" in features)
    # A headline or subhead may ask or exclaim, never end a sentence with 。.
    # A line that is only a date closes a notice or a letter: no headline, no subhead either.
    # Nor is a byline whose role stands apart from its names (`全媒体采访人员：X`, `记者 王立新`
    # after a body signs it; `记者奔赴一线` may be a headline).
    not_headline = _PERIOD_END.search(row.text) is not None or "date_line" in row.kinds or "byline_apart" in row.kinds
    # A date alone on its line closes what is above it (a letter, a notice): it opens nothing.
    closing_date = "date_line" in row.kinds

    # After a jump marker the article's headline prints (RAW_FORMAT 6, 10): a short
    # unpunctuated line there is that headline, not the first line of an untitled item.
    jump_headline = "after_jump" in features and "headlike" in features

    def test(prev: str, label: str) -> bool:
        if jump_headline and label == "START":
            return False
        if body_open and label in ("HEAD", "START", "BYL", "TAIL") and prev in ("START", "BODY"):
            return False
        if not_headline and label in ("HEAD", "SUB"):
            return False
        if closing_date and label in ("START", "BYL"):
            return False
        return not (ended and label in ("BODY", "SUB"))

    return test


@dataclass(frozen=True)
class LineModel:
    state: dict[str, float]  # "feature|LABEL" -> weight
    transitions: dict[str, float]  # "PREV>LABEL" -> weight
    about: dict  # what the weights were fitted on, and how they validated

    def emissions(self, row: Row) -> dict[str, float]:
        scores = dict.fromkeys(LABELS, 0.0)
        by_feature = self._by_feature()
        for feature in row.features:
            for label, weight in by_feature.get(feature, ()):
                scores[label] += weight
        return scores

    def _by_feature(self) -> dict[str, tuple[tuple[str, float], ...]]:
        """The state weights grouped by feature, made once per model."""
        cached = self.__dict__.get("_grouped")
        if cached is None:
            grouped: dict[str, list[tuple[str, float]]] = {}
            for key, weight in self.state.items():
                feature, _, label = key.rpartition("|")
                grouped.setdefault(feature, []).append((label, weight))
            cached = {f: tuple(pairs) for f, pairs in grouped.items()}
            object.__setattr__(self, "_grouped", cached)
        return cached

    def row_scores(self, row: Row) -> dict[tuple[str, str], float]:
        emit = self.emissions(row)
        test = _constraint(row)
        transitions = self._pair_weights()
        return {pair: (emit[pair[1]] + transitions[pair]) if test(*pair) else NEG for pair in PAIRS}

    def _pair_weights(self) -> dict[tuple[str, str], float]:
        cached = self.__dict__.get("_pairs")
        if cached is None:
            cached = {(prev, label): self.transitions.get(f"{prev}>{label}", 0.0) for prev, label in PAIRS}
            object.__setattr__(self, "_pairs", cached)
        return cached

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
