"""Fit the line labeller's weights on annotated pages (a linear-chain CRF, CRFsuite) and
validate them leave-one-page-out.

The labels of an annotated page follow from its hand-made annotation: the rows inside an
article's line range are, from the end, its headline (rows whose text is the headline's),
its tail (rows whose text is in no paragraph: credits, signatures, markers), and from the
start its byline rows (a feature's rows outside the paragraphs), its first body row and
the rest of the body.

    python -m generator train-parser tests/fixtures/expected tests/fixtures/composed ...
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .conventions import CONVENTIONS
from .features import Row, page_rows
from .labeller import MODEL_FILE, LineModel
from .page import prepare_lines
from .read import decode_page


@dataclass
class Example:
    name: str
    rows: list[Row]
    gold: list[str]


def _norm(text: str) -> str:
    return "".join(text.split())


_CREDIT_WORDS = re.compile(r"本报|新华社|记者|通讯员|实习生|摄影|摄|供图|图|[/／（）()、]")
_JUMP = re.compile(r"[（(][^（）()]*转[^（）()]*[）)]")


def _is_tail(text: str, article: dict, body: str) -> bool:
    """A row of the article's end that holds no body text, only its artifacts."""
    if not text or text in body:
        return False
    rest = _JUMP.sub("", text)
    for value in (article.get("signature", ""), article.get("editor_code", ""), *article.get("photographers", []),
                  *article.get("reporters", []), *article.get("correspondents", [])):
        value = _norm(value)
        if value:
            rest = rest.replace(value, "")
    rest = _CREDIT_WORDS.sub("", rest)
    return not rest


def _is_subhead(paragraph: str) -> bool:
    """A feature's subhead: a short paragraph without a closing sentence mark."""
    return len(paragraph) <= 24 and not re.search(r"[。！？!?…”’]$", paragraph)


def gold_labels(rows: list[Row], annotation: dict) -> list[str]:
    """Each row's label as the annotation implies it (see the module's docstring)."""
    labels = ["BODY"] * len(rows)
    owner: list[int | None] = [None] * len(rows)
    articles = annotation["articles"]
    for k, article in enumerate(articles):
        first, last = article["lines"]
        for i, row in enumerate(rows):
            if first <= row.number <= last and owner[i] is None:
                owner[i] = k
    # A line shared by two articles (a headline glued to a lead): its first part is the
    # earlier article's headline, its second part the later one's lead, whichever range
    # the annotation gave the line to.
    for i, row in enumerate(rows):
        shared = owner[i]
        if not row.glued or shared is None:
            continue
        first, last = articles[shared]["lines"]
        if row.number == last and shared + 1 < len(articles):
            owner[i] = shared + 1
        elif row.number == first and shared > 0:
            owner[i - 1] = shared - 1
    by_article: dict[int, list[int]] = defaultdict(list)
    for i, holder in enumerate(owner):
        if holder is not None:
            by_article[holder].append(i)
    for k, indices in by_article.items():
        article = articles[k]
        headline_all = _norm(article.get("kicker", "") + ("" if article.get("title_inferred") else article.get("title", "")) + article.get("subtitle", ""))
        body = _norm("".join(article.get("paragraphs", [])))
        rest = list(indices)
        # Headline rows, read from the end: together they print kicker, title, subtitle.
        head = []
        remaining = headline_all
        while rest and remaining:
            text = _norm(rows[rest[-1]].text)
            if text and remaining.endswith(text):
                remaining = remaining[: -len(text)]
                head.append(rest.pop())
            else:
                break
        for i in head:
            labels[i] = "HEAD"
        # Tail rows: what remains of them without the annotation's own artifacts
        # (signature, jump marker, editor code, photographers and credit words) is nothing.
        while rest and _is_tail(_norm(rows[rest[-1]].text), article, body):
            labels[rest.pop()] = "TAIL"
        # Byline rows of a feature, then its body with its subheads.
        if article.get("kind") == "feature":
            while rest and _norm(rows[rest[0]].text) not in body and len(rest) > 1:
                labels[rest.pop(0)] = "BYL"
        subheads = {_norm(p) for p in article.get("paragraphs", [])[1:] if _is_subhead(p)}
        for n, i in enumerate(rest):
            if n > 0 and _norm(rows[i].text) in subheads:
                labels[i] = "SUB"
            else:
                labels[i] = "START" if n == 0 else "BODY"
        if not rest and head:
            labels[head[-1]] = "START"  # an item of headline lines only
    # Rows in no article (should not happen in a complete annotation) continue the one before.
    return labels


def load_examples(folders: list[Path]) -> list[Example]:
    """Every annotated page of the folders, with its rows and gold labels."""
    from .evaluate import parse_cases

    examples = []
    seeds = Path(__file__).resolve().parents[2] / "seeds"  # the sample pages' annotations sit apart from them
    for folder in folders:
        for page_file, annotation in parse_cases(Path(folder), seeds):
            text, _ = decode_page(page_file.read_bytes())
            rows = page_rows(prepare_lines(text), CONVENTIONS)
            examples.append(Example(f"{Path(folder).name}/{page_file.name}", rows, gold_labels(rows, annotation)))
    return examples


def fit(examples: list[Example], c2: float = 1.0, iterations: int = 200, weights: dict[str, int] | None = None) -> LineModel:
    """A linear-chain CRF fitted by L-BFGS with L2 regularisation (CRFsuite), its weights
    kept as plain data so that labelling needs no CRFsuite. `weights` counts the pages of
    a set (by folder name) that many times (the paper's own samples must come out exact)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for example in examples:
        for _ in range((weights or {}).get(example.name.split("/")[0], 1)):
            trainer.append([{f: 1.0 for f in row.features} for row in example.rows], example.gold)
    trainer.set_params({"c1": 0.0, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "model.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        tagger.close()
    state = {f"{attr}|{label}": round(w, 4) for (attr, label), w in info.state_features.items() if round(w, 4)}
    transitions = {f"{a}>{b}": round(w, 4) for (a, b), w in info.transitions.items()}
    return LineModel(dict(sorted(state.items())), dict(sorted(transitions.items())), {})


def row_accuracy(model: LineModel, examples: list[Example]) -> tuple[int, int, int]:
    """(rows right, rows, pages labelled right in every row)."""
    right = rows = pages = 0
    for example in examples:
        labels = model.label(example.rows).labels
        hits = sum(a == b for a, b in zip(labels, example.gold))
        right += hits
        rows += len(labels)
        pages += hits == len(labels)
    return right, rows, pages


def leave_one_out(examples: list[Example], c2: float, weights: dict[str, int] | None = None) -> dict:
    """Fit on all pages but one, label that one; over every page."""
    right = rows = pages = 0
    wrong_pages = []
    for k, held in enumerate(examples):
        model = fit(examples[:k] + examples[k + 1 :], c2, weights=weights)
        r, n, p = row_accuracy(model, [held])
        right, rows, pages = right + r, rows + n, pages + p
        if not p:
            wrong_pages.append(held.name)
    return {"rows_right": right, "rows": rows, "pages_exact": pages, "pages": len(examples), "pages_wrong": wrong_pages}


def cross_validate(folders: list[Path], config, c2: float = 1.0, weights: dict[str, int] | None = None) -> dict:
    """Leave-one-page-out at the level of articles: each page parsed with weights fitted on
    every other page, scored per set (see evaluate.py)."""
    from .evaluate import score_folder

    examples = load_examples(folders)
    models = {held.name: fit([e for e in examples if e is not held], c2, weights=weights) for held in examples}
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    return {Path(f).name: score_folder(Path(f), config, seeds, models) for f in folders}


def train(folders: list[Path], out: Path = MODEL_FILE, c2: float = 1.0, validate: bool = False, doubt_margin: float = 3.0,
          weights: dict[str, int] | None = None) -> dict:
    examples = load_examples(folders)
    model = fit(examples, c2, weights=weights)
    right, rows, pages = row_accuracy(model, examples)
    about = {
        "note": "Weights of the line labeller (generator/parse/labeller.py), fitted by python -m generator train-parser.",
        "trained_on": [str(f) for f in folders],
        "pages": len(examples),
        "regularisation_c2": c2,
        "set_weights": dict(sorted((weights or {}).items())),
        "fitted": dt.date.today().isoformat(),
        "training_rows_right": f"{right}/{rows}",
        "training_pages_exact": f"{pages}/{len(examples)}",
        "doubt_margin": doubt_margin,
    }
    if validate:
        about["leave_one_page_out"] = leave_one_out(examples, c2, weights)
    data = {**about, "transitions": model.transitions, "state": model.state}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return about
