"""An article's first main class from a linear model over its words and the keyword rules'
classes (topics.yml `classes_selection.first_class_model`).

The keyword rules of `topics.yml` score each main class; annotators of real pages agreed
with the rules' first class for 64 % of 589 articles, and with a multinomial logistic
regression that reads the article's words, its headline's words and the rules' ranking for
69 %, each set of pages held out of the fit in turn (README, "Topics"). The model only picks
the first class; the classes after it are the rules' (the model's own second guesses agreed
with annotators less often than the rules').

The weights are data (`class_model.json`, fitted by `python -m generator train-topics`,
with the sets they came from); classifying needs no learning library: a class's score is
its bias plus the sum of its weight for each feature present, times the feature's value.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("class_model.json")
HEADLINE = "H:"  # a headline word's feature: H:疫情
RULES = "R:"  # the rules' ranking: R:健康 is 3 for their first class, 2 for the second, 1 for the third


def class_features(words: Iterable[str], headline_words: Iterable[str], rule_classes: list[str]) -> dict[str, float]:
    """The features of an article: each word of two characters or more (its text's, the
    headline's again with `H:`), 1 + log of its count; the rules' classes by rank.

    >>> class_features(["疫情", "防控", "疫情", "，"], ["疫情"], ["健康", "政治"])
    {'疫情': 1.693, '防控': 1.0, 'H:疫情': 1.0, 'R:健康': 3.0, 'R:政治': 2.0}
    """
    counts: Counter[str] = Counter(w for w in words if len(w.strip()) > 1)
    counts.update(HEADLINE + w for w in headline_words if len(w.strip()) > 1)
    features = {word: round(1 + math.log(n), 3) for word, n in counts.items()}
    for rank, name in enumerate(rule_classes[:3]):
        features[RULES + name] = 3.0 - rank
    return features


@dataclass(frozen=True)
class ClassModel:
    """Weights of the first-class model: per feature, one weight per class (in `classes`' order)."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    about: dict = field(default_factory=dict, compare=False)

    def scores(self, features: dict[str, float]) -> list[float]:
        totals = list(self.bias)
        for name, value in features.items():
            row = self.weights.get(name)
            if row is not None:
                for k, w in enumerate(row):
                    totals[k] += w * value
        return totals

    def first_class(self, features: dict[str, float]) -> str:
        """The class of the highest score (the first in `classes` on a tie)."""
        totals = self.scores(features)
        return self.classes[max(range(len(totals)), key=lambda k: (totals[k], -k))]

    def to_data(self) -> dict:
        return {**self.about, "classes": list(self.classes), "bias": list(self.bias),
                "weights": {name: list(row) for name, row in sorted(self.weights.items())}}

    @classmethod
    def from_data(cls, data: dict) -> ClassModel:
        about = {k: v for k, v in data.items() if k not in ("classes", "bias", "weights")}
        return cls(tuple(data["classes"]), tuple(data["bias"]),
                   {name: tuple(row) for name, row in data["weights"].items()}, about)


@lru_cache(maxsize=4)
def load_class_model(path: Path = MODEL_FILE) -> ClassModel | None:
    """The shipped weights, or None when the file is missing (the rules then choose alone)."""
    if not path.is_file():
        return None
    return ClassModel.from_data(json.loads(path.read_text(encoding="utf-8")))


def with_first_class(model: ClassModel, words: Iterable[str], headline_words: Iterable[str], rule_classes: list[str],
                     most: int) -> list[str]:
    """The model's first class, then the rules' other classes in their order, `most` in all.

    >>> model = ClassModel(("健康", "教育"), (0.0, 0.0), {"学生": (0.0, 2.0)})
    >>> with_first_class(model, ["学生", "医院"], [], ["健康", "社会"], 3)
    ['教育', '健康', '社会']
    """
    chosen = model.first_class(class_features(words, headline_words, rule_classes))
    return [chosen, *(c for c in rule_classes if c != chosen)][:most]
