"""The first-class model (generator/enrich/class_model.py, train_classes.py): a linear model
that may pick an article's first main class, the keyword rules' classes after it."""

import dataclasses
import json
import logging
from pathlib import Path

from generator.enrich import resources as resources_module
from generator.enrich.class_model import ClassModel, class_features, load_class_model, with_first_class
from generator.enrich.topics import classify
from generator.model import Article

ROOT = Path(__file__).resolve().parents[2]


def article(title, *paragraphs):
    return Article(id="t", source_file="t.txt", first_line=1, last_line=1, title=title, paragraphs=list(paragraphs))


def test_features_are_words_of_two_characters_headline_words_and_the_rules_ranking():
    features = class_features(["学校", "学校", "的", "学校", "开学"], ["开学"], ["教育", "社会", "健康", "政治"])
    assert features == {"学校": 2.099, "开学": 1.0, "H:开学": 1.0, "R:教育": 3.0, "R:社会": 2.0, "R:健康": 1.0}


def test_the_class_of_the_highest_score_wins_and_a_tie_goes_to_the_first():
    model = ClassModel(("健康", "教育", "体育"), (0.0, 0.5, 0.0), {"比赛": (0.0, 0.0, 2.0), "医院": (1.0, 0.0, 0.0)})
    assert model.first_class({"比赛": 1.0}) == "体育"
    assert model.first_class({"医院": 0.5}) == "健康"  # 0.5 against 教育's bias 0.5: the first listed
    assert model.first_class({}) == "教育"
    assert model.first_class({"一个没有权重的词": 9.0}) == "教育"


def test_the_rules_classes_follow_the_models_first_and_the_list_keeps_its_length():
    model = ClassModel(("健康", "体育"), (0.0, 0.0), {"比赛": (0.0, 1.0)})
    assert with_first_class(model, ["比赛"], [], ["健康", "社会", "政治"], 3) == ["体育", "健康", "社会"]
    assert with_first_class(model, ["比赛"], [], ["社会", "体育"], 3) == ["体育", "社会"]
    assert with_first_class(model, ["医院"], [], [], 3) == ["健康"]  # nothing scored by the rules: the model's guess


def test_classify_uses_the_model_only_when_it_is_on(resources):
    a = article("温县召开会议", "县委书记出席会议并讲话，部署下一阶段的工作。")
    _, by_rules = classify(a, resources, ["县委", "书记", "会议"])
    always_sport = ClassModel(("体育",), (1.0,), {})
    with_model = dataclasses.replace(resources, class_model=always_sport)
    _, by_model = classify(a, with_model, ["县委", "书记", "会议"])
    assert by_model[0] == "体育" and by_model[1:] == [c for c in by_rules if c != "体育"][: len(by_model) - 1]
    assert classify(a, with_model)[1] == by_rules  # no words given: the rules alone


def test_a_missing_model_file_is_said_and_the_rules_choose(config, monkeypatch, caplog):
    topics = dataclasses.replace(config.reference.topics, classes_selection=dataclasses.replace(
        config.reference.topics.classes_selection, first_class_model=True))
    on = dataclasses.replace(config, reference=dataclasses.replace(config.reference, topics=topics))
    monkeypatch.setattr(resources_module, "load_class_model", lambda: None)
    with caplog.at_level(logging.WARNING, logger="generator"):
        res = resources_module.load_resources(on)
    assert res.class_model is None
    assert "first_class_model is on" in caplog.text and "train-topics" in caplog.text


def test_the_shipped_model_was_fitted_on_read_sets_only():
    """Its figures on a set it was fitted on are training figures; the sets kept unread
    (real_test12, tests/unscored/) must never be among them."""
    model = load_class_model()
    assert model is not None
    trained = model.about["trained_on"]
    assert trained and all((ROOT / folder).is_dir() for folder in trained)
    assert not any(folder.endswith("/real_test12") or "unscored" in folder for folder in trained)
    classes = {c["name"] for c in _yaml(ROOT / "site_config" / "topics.yml")["classes"]}
    assert set(model.classes) <= classes and len(model.classes) >= 10


def _yaml(path):
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_fitting_learns_a_clear_word_and_gives_the_same_weights_twice(tmp_path):
    from generator.enrich.train_classes import Example, fit, model_text

    words = {"体育": ["比赛", "冠军", "运动员"], "健康": ["医院", "患者", "医生"], "教育": ["学校", "学生", "老师"]}
    examples = []
    for n in range(6):  # every word in several articles: none is left out as rare
        for name, vocabulary in words.items():
            features = class_features([vocabulary[n % 3], vocabulary[(n + 1) % 3], "今天"], [], [])
            examples.append(Example(f"set{n % 2}", features, (name,), ()))
    model = fit(examples)
    assert model.first_class(class_features(["冠军"], [], [])) == "体育"
    assert model.first_class(class_features(["患者", "今天"], [], [])) == "健康"
    assert model_text(fit(examples)) == model_text(model)
    path = tmp_path / "model.json"
    path.write_text(model_text(model), encoding="utf-8")
    assert ClassModel.from_data(json.loads(path.read_text(encoding="utf-8"))) == model
