"""Who wrote an item, from its byline lines, leads and signatures (bylines.py)."""

import pytest

from generator.model import Article
from generator.parse import bylines


def _article():
    return Article(id="x", source_file="p.txt", first_line=1, last_line=1)


@pytest.mark.parametrize(
    "line, reporters, correspondents",
    [
        ("本报记者 王 言", ["王言"], []),
        ("本报通讯员 岳 静", [], ["岳静"]),
        ("本报记者 张 蕊 实习生 李子晗", ["张蕊", "李子晗"], []),
        ("新华社记者 滕沐颖", ["滕沐颖"], []),
        ("本报特派记者 董柏生", ["董柏生"], []),
        (" □河南省人民政府参事 郑泰森", ["郑泰森"], []),
        (" □李 寅", ["李寅"], []),
        ("□大象新闻·东方今报", [], []),  # the outlet the writers below work for
        ("□东方今报", [], []),
    ],
)
def test_byline_lines(line, reporters, correspondents):
    article = _article()
    bylines.byline_line(article, line)
    assert (article.reporters, article.correspondents) == (reporters, correspondents)


def test_a_wire_lead_gives_its_reporters_and_month():
    article = _article()
    assert bylines.lead_byline(article, "新华社郑州12月5日电（记者李三 王五）") == 12
    assert article.reporters == ["李三", "王五"]
    article = _article()
    assert bylines.lead_byline(article, "焦作网讯（记者张三 通讯员李四）") is None
    assert (article.reporters, article.correspondents) == (["张三"], ["李四"])


@pytest.mark.parametrize("text, value", [("李萍 李得胜", "李萍 李得胜"), ("孙 楠 楠", "孙楠楠"), ("融媒", "融媒"), ("李萍、李得胜", "李萍、李得胜")])
def test_tail_signatures_keep_two_names_apart(text, value):
    assert bylines.signature(_article(), text) == value


def test_a_reporters_list_at_the_tail_is_no_signature():
    article = _article()
    assert bylines.signature(article, "记者刘洋、马丽") == ""
    assert article.reporters == ["刘洋", "马丽"]


@pytest.mark.parametrize(
    "text, reporters, correspondents, photographers",
    [
        # A writer marked 文 in a tail bracket is the reporter, not a signature; 文/图 also
        # took the pictures (tests/fixtures/README.md, "Text and pictures by the same hand").
        ("张一鸣 文/图", ["张一鸣"], [], ["张一鸣"]),
        ("王平/文 李雪/图", ["王平"], [], ["李雪"]),
        # 特约通讯员 is a correspondent's role, not a name.
        ("晚报记者 陈东 特约通讯员 周南 文/图", ["陈东"], ["周南"], ["陈东", "周南"]),
        # Words and pictures credited before the names.
        ("图文：张一鸣", ["张一鸣"], [], ["张一鸣"]),
        ("文图: 记者 王平", ["王平"], [], ["王平"]),
    ],
)
def test_a_tail_bracket_with_writer_and_artist_marks_names_them(text, reporters, correspondents, photographers):
    article = _article()
    assert bylines.signature(article, text) == ""
    assert (article.reporters, article.correspondents, article.photographers) == (reporters, correspondents, photographers)


def test_a_name_credited_for_other_work_is_neither_writer_nor_photographer():
    """`…蔡晓红/文 吴仲舒/视频剪辑`: the video editor is credited, not a reporter."""
    from generator.parse.conventions import CONVENTIONS

    line = " 东方今报记者 王林 通讯员 李明 赵华/文 孙强/视频剪辑"
    assert CONVENTIONS.byline_line(line)
    article = _article()
    bylines.byline_line(article, line)
    assert (article.reporters, article.correspondents, article.photographers) == (["王林"], ["李明", "赵华"], [])


def test_a_bracket_crediting_words_and_pictures_before_the_names_is_a_signature_line():
    from generator.parse.conventions import SIGNATURE_LINE

    assert SIGNATURE_LINE.match("（图文：张一鸣）").group("who") == "图文：张一鸣"
    assert not SIGNATURE_LINE.match("（图文：）")


def test_a_report_word_set_apart_after_the_names_is_no_name():
    article = _article()
    bylines.byline_line(article, "焦作日报全媒体记者 刘 青 报道")
    assert article.reporters == ["刘青"]
    article = _article()
    bylines.byline_line(article, "本报记者 王报道")  # glued: a name's own characters
    assert article.reporters == ["王报道"]


def test_a_writer_and_photographer_marked_wen_tu_after_a_slash_did_both():
    article = _article()
    assert bylines.signature(article, "张斌/文图") == ""
    assert (article.reporters, article.photographers) == (["张斌"], ["张斌"])


def test_the_report_verb_glued_to_the_last_name_is_no_part_of_it():
    from generator.parse.conventions import parse_byline_roles

    assert parse_byline_roles("通讯员刘奎书、李刚报道")["correspondents"] == ["刘奎书", "李刚"]
    assert parse_byline_roles("本报记者 王报道")["reporters"] == ["王报道"]  # one character before it: a name
