"""The hand-written 关于 page speaks to readers, in Chinese; developer material is elsewhere."""

from __future__ import annotations

import re

from tests.conftest import ROOT

ABOUT = ROOT / "docs" / "about"


def test_the_about_page_is_a_chinese_page_for_readers():
    text = (ABOUT / "index.md").read_text(encoding="utf-8")
    for heading in ("## 文字从哪里来", "## 页面上的说法", "## 如何引用", "## 发现错误怎么办"):
        assert heading in text, heading
    for term in ("**版次不详**", "**事件日期**", "**见报**"):
        assert term in text, term
    letters = re.findall(r"[A-Za-z]", text)
    han = re.findall(r"[\u4e00-\u9fff]", text)
    assert len(han) > 10 * len(letters)  # Chinese prose; file names and a link label aside
    for developer_word in ("process pool", "Dask", "Ray", "cache"):
        assert developer_word not in text


def test_the_developer_material_is_kept_in_english_and_linked():
    about = (ABOUT / "index.md").read_text(encoding="utf-8")
    assert "(developers.md)" in about
    developers = (ABOUT / "developers.md").read_text(encoding="utf-8")
    assert "(scaling.md)" in developers and "(benchmarks.md)" in developers
