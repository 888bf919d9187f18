"""The newspaper's objects (generator/model.py): an article read in the paper's terms."""

import dataclasses
import datetime as dt

import pytest

from generator.model import Article, Byline, Dateline, Headline, Paragraph, SourceSpan


def _article():
    return Article(id="a", source_file="p.txt", first_line=1, last_line=9, kicker="春耕", title="小麦浇上返青水",
                   reporters=["王言"], photographers=["李欣"], signature="融媒", dateline="2月20日上午",
                   event_date=dt.date(2020, 2, 20), paragraphs=["第一段。", "第二段。"], headline_lines=SourceSpan(8, 9),
                   paragraph_lines=[SourceSpan(1, 3), SourceSpan(4, 6)])


def test_an_article_in_the_papers_terms():
    article = _article()
    assert article.headline == Headline("春耕", "小麦浇上返青水", "", SourceSpan(8, 9))
    assert article.byline == Byline(("王言",), (), ("李欣",), "融媒")
    assert article.when == Dateline("2月20日上午", dt.date(2020, 2, 20))
    assert article.body == [Paragraph("第一段。", SourceSpan(1, 3)), Paragraph("第二段。", SourceSpan(4, 6))]


def test_the_value_objects_are_values_and_a_misspelt_field_is_an_error():
    with pytest.raises(dataclasses.FrozenInstanceError):
        _article().headline.title = "别的"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        _article().date = dt.date(2020, 2, 20)  # type: ignore[attr-defined]
