"""Fit the first-class model (class_model.py) on annotated real pages, and validate it
leave-one-set-out against the keyword rules.

The examples are the annotators' own articles (`<page>.json`: headline and paragraphs as
they should be parsed) with the main classes of `<page>.enrich.json`, most central first.
The fit is a multinomial logistic regression (scikit-learn, L2) over `class_features`;
its weights are kept as plain data, so that classifying needs no scikit-learn.

    python -m generator train-topics tests/fixtures/real_* --validate
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from ..config import Config
from ..model import Article
from .class_model import MODEL_FILE, ClassModel, class_features
from .people import article_text, segment
from .resources import Resources, load_resources
from .topics import classify, headline_text

_MIN_ARTICLES = 3  # a word must be in this many training articles to get weights (keeps the file small)
_DIGITS = 3  # weights are rounded to this many decimals


@dataclass(frozen=True)
class Example:
    set_name: str
    features: dict[str, float]
    gold: tuple[str, ...]  # the annotator's classes, most central first
    rules: tuple[str, ...]  # the keyword rules' classes


def load_examples(folders: list[Path], res: Resources) -> list[Example]:
    """Every annotated article with main classes, in the folders' order, page by page."""
    known = {rule.name for rule in res.topic_classes}
    examples = []
    for folder in folders:
        for enriched in sorted(Path(folder).glob("*.enrich.json")):
            parsed = enriched.with_name(enriched.name.removesuffix(".enrich.json") + ".json")
            if not parsed.is_file():
                continue
            articles = {tuple(a["lines"]): a for a in json.loads(parsed.read_text(encoding="utf-8"))["articles"]}
            for annotated in json.loads(enriched.read_text(encoding="utf-8"))["articles"]:
                gold = tuple(c for c in annotated.get("topic_classes") or () if c in known)
                printed = articles.get(tuple(annotated["lines"]))
                if not gold or printed is None:
                    continue
                article = Article(id="", source_file=parsed.name, first_line=0, last_line=0,
                                  kicker=printed.get("kicker", ""), title=printed.get("title", ""),
                                  subtitle=printed.get("subtitle", ""), title_inferred=printed.get("title_inferred", False),
                                  paragraphs=list(printed.get("paragraphs", [])))
                _, rules = classify(article, res)
                words = [w for w, _ in segment(article_text(article), res).values()]
                headline_words = [w for w, _ in segment(headline_text(article), res).values()]
                examples.append(Example(Path(folder).name, class_features(words, headline_words, rules), gold, tuple(rules)))
    return examples


def fit(examples: list[Example], c: float = 1.0) -> ClassModel:
    """The weights fitted on the examples' first classes (features of rare words left out)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen: dict[str, int] = {}
    for example in examples:
        for name in example.features:
            seen[name] = seen.get(name, 0) + 1
    kept = [{k: v for k, v in e.features.items() if seen[k] >= _MIN_ARTICLES} for e in examples]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(kept)
    targets = [e.gold[0] for e in examples]
    regression = LogisticRegression(C=c, max_iter=5000).fit(matrix, targets)
    classes = tuple(str(name) for name in regression.classes_)
    coef = regression.coef_ if len(classes) > 2 else None
    if coef is None:
        raise ValueError("the examples name fewer than three first classes: nothing to learn")
    weights = {}
    for column, name in enumerate(vectorizer.get_feature_names_out()):
        row = tuple(round(float(coef[k, column]), _DIGITS) + 0.0 for k in range(len(classes)))
        if any(row):
            weights[str(name)] = row
    bias = tuple(round(float(b), _DIGITS) + 0.0 for b in regression.intercept_)
    return ClassModel(classes, bias, weights)


@dataclass
class Agreement:
    """How often a choice of classes agrees with the annotators."""

    articles: int = 0
    first: int = 0  # first class the annotator's first
    shared: int = 0  # classes in both
    chosen: int = 0
    annotated: int = 0

    def add(self, got: list[str], gold: tuple[str, ...]) -> None:
        self.articles += 1
        self.first += bool(got) and got[0] == gold[0]
        self.shared += len(set(got) & set(gold))
        self.chosen += len(got)
        self.annotated += len(gold)

    def figures(self) -> dict[str, float]:
        p = self.shared / self.chosen if self.chosen else 1.0
        r = self.shared / self.annotated if self.annotated else 1.0
        return {"first_class": round(self.first / self.articles, 3) if self.articles else 1.0,
                "set_precision": round(p, 3), "set_recall": round(r, 3),
                "set_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def leave_one_set_out(examples: list[Example], c: float, most: int) -> dict:
    """Each set's articles classified with weights fitted on the other sets; the rules'
    figures on the same articles beside them."""
    rules, model = Agreement(), Agreement()
    for held in dict.fromkeys(e.set_name for e in examples):
        fitted = fit([e for e in examples if e.set_name != held], c)
        for example in (e for e in examples if e.set_name == held):
            chosen = fitted.first_class(example.features)
            rules.add(list(example.rules), example.gold)
            model.add([chosen, *(r for r in example.rules if r != chosen)][:most], example.gold)
    return {"articles": rules.articles, "rules": rules.figures(), "model": model.figures()}


def train(folders: list[Path], config: Config, out: Path = MODEL_FILE, c: float = 1.0, validate: bool = False) -> dict:
    res = load_resources(config)
    examples = load_examples(folders, res)
    model = fit(examples, c)
    about = {
        "note": "Weights of the first-class model (generator/enrich/class_model.py), fitted by python -m generator train-topics.",
        "trained_on": [Path(f).as_posix() for f in folders],
        "articles": len(examples),
        "regularisation_c": c,
        "fitted": dt.date.today().isoformat(),
    }
    if validate:
        about["leave_one_set_out"] = leave_one_set_out(examples, c, res.class_selection.max_topics)
    out.write_text(model_text(ClassModel(model.classes, model.bias, model.weights, about)), encoding="utf-8")
    return about


def model_text(model: ClassModel) -> str:
    """The model as JSON, a feature a line (a refit's diff shows which words moved)."""
    data = model.to_data()
    weights = data.pop("weights")
    head = json.dumps(data, ensure_ascii=False, indent=1)[:-2]  # without the closing brace
    rows = ",\n".join(f"  {json.dumps(name, ensure_ascii=False)}: {json.dumps(row)}" for name, row in weights.items())
    return f'{head},\n "weights": {{\n{rows}\n }}\n}}\n'
