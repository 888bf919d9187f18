"""Cutting a page into items (RAW_FORMAT 4-9, 13-14), on small composed pages."""

from generator.model import Line
from generator.parse.segment import segment_page


def page(text):
    return [Line(i, t) for i, t in enumerate(text.split("\n"), 1)]


def texts(item, part):
    return [line.text for line in getattr(item, part) if not line.is_blank]


COMPOSED = """\
 本报讯（记者甲乙）昨日，温
县召开会议，部署春耕生产工
作。

温县部署春耕生产
本报讯 3月1日，博爱县召开
会议。①2
 本报记者 丙丁

春风吹过田野，麦苗返青。（下
转第二版）

春到田间
农机手在田间作业。图为许良
镇的麦田。

李 欣 摄
"""


def test_items_headlines_and_kinds_on_a_composed_page():
    items = segment_page(page(COMPOSED))
    assert [i.kind for i in items] == ["news", "news", "feature", "photo"]
    assert texts(items[0], "headline") == ["温县部署春耕生产"]
    assert texts(items[1], "headline") == []  # no headline printed: inferred later
    assert texts(items[2], "byline") == [" 本报记者 丙丁"]
    assert items[3].credit.text == "李 欣 摄"
    assert texts(items[3], "body") == ["农机手在田间作业。图为许良", "镇的麦田。"]


def test_headline_glued_to_the_next_article():
    items = segment_page(page("本报讯 会议召开。\n\n温县召开大会 本报讯（记者甲）2月\n1日，会议召开。"))
    assert texts(items[0], "headline") == ["温县召开大会"]
    assert texts(items[1], "body") == ["本报讯（记者甲）2月", "1日，会议召开。"]


def test_lines_cut_mid_sentence_are_never_a_headline():
    # The body does not end with a closed sentence: the short lines are body, not headline.
    items = segment_page(page("本报讯 会议要求，各\n乡镇要\n\n落实\n本报讯 又一篇。"))
    assert texts(items[0], "headline") == []
    assert texts(items[0], "body")[-1] == "落实"


def test_leading_space_opens_a_frame_only_after_a_closed_sentence():
    items = segment_page(page("本报讯 会议要求，各乡镇要\n 落实责任。\n 另一个文本框的开头。"))
    assert len(items) == 2
    assert texts(items[1], "body") == [" 另一个文本框的开头。"]


def test_glued_credit_ends_a_photo():
    items = segment_page(page("2月1日，温县农民在田间劳作。 张 三 摄\n\n本报讯 下一篇。"))
    assert [i.kind for i in items] == ["photo", "news"]
