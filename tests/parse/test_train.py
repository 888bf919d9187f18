"""Fitting the line labeller: labels from an annotation, and a fit that reproduces them."""

import json

import pytest

from generator.model import Line
from generator.parse import train
from generator.parse.features import page_rows

PAGE = """\
本报讯（记者甲）昨日，温县召开
会议。

温县召开大会
 本报记者 王 言

走进村里，麦苗返青。
（李萍）

春到田间
"""
ANNOTATION = {
    "file": "p.txt",
    "articles": [
        {"lines": [1, 4], "kind": "news", "title": "温县召开大会", "kicker": "", "subtitle": "", "title_inferred": False,
         "reporters": ["甲"], "correspondents": [], "photographers": [], "signature": "", "editor_code": "",
         "paragraphs": ["昨日，温县召开会议。"]},
        {"lines": [5, 10], "kind": "feature", "title": "春到田间", "kicker": "", "subtitle": "", "title_inferred": False,
         "reporters": ["王言"], "correspondents": [], "photographers": [], "signature": "李萍", "editor_code": "",
         "paragraphs": ["走进村里，麦苗返青。"]},
    ],
}


def _rows():
    return page_rows([Line(i, t) for i, t in enumerate(PAGE.rstrip("\n").split("\n"), 1)])


def test_labels_follow_from_the_annotation():
    assert train.gold_labels(_rows(), ANNOTATION) == ["START", "BODY", "HEAD", "BYL", "START", "TAIL", "HEAD"]


def test_a_fit_labels_its_training_page():
    pytest.importorskip("pycrfsuite", reason="fitting needs the train extra (python-crfsuite)")
    rows = _rows()
    gold = train.gold_labels(rows, ANNOTATION)
    model = train.fit([train.Example("p", rows, gold)] * 3, c2=0.01)
    assert model.label(rows).labels == gold


def test_the_shipped_model_says_what_it_was_fitted_on():
    from generator.parse.labeller import load_model

    about = load_model().about
    assert about["trained_on"] and all(not folder.startswith("/") for folder in about["trained_on"])
    assert json.dumps(about)  # plain data
