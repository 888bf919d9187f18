"""Paragraphs from column lines (RAW_FORMAT 1-2): the layout rules one by one.

The blocks below are 10 columns wide; a paragraph's first line is indented by two.
"""

from generator.model import Line
from generator.parse.reflow import reflow


def paragraphs(*texts):
    return [p.text for p in reflow([Line(i, t) for i, t in enumerate(texts, 1)])]


def test_wrapped_lines_join_without_spaces():
    assert paragraphs("温县县委书记", "张三主持召开会", "议。") == ["温县县委书记张三主持召开会议。"]


def test_blank_line_in_the_middle_of_a_name_is_a_column_break():
    assert paragraphs(
        "县领导李四、王",
        "",
        "五、赵六出席会议。",
    ) == ["县领导李四、王五、赵六出席会议。"]


def test_short_closed_line_ends_a_paragraph_without_blank_line():
    assert paragraphs(
        "会议强调，要抓",
        "好春耕生产，确保粮",
        "食丰收。",
        "会议要求，各乡",
        "镇要落实责任，切实",
        "做好防控工作。",
    ) == ["会议强调，要抓好春耕生产，确保粮食丰收。", "会议要求，各乡镇要落实责任，切实做好防控工作。"]


def test_full_line_ending_a_sentence_continues_the_paragraph():
    # 。 at the end of a full-width line, next line not indented: same paragraph.
    assert paragraphs(
        "会议强调，要抓",
        "好春耕生产保粮食。",
        "要加强田间管理和技",
        "术服务。",
    ) == ["会议强调，要抓好春耕生产保粮食。要加强田间管理和技术服务。"]


def test_indented_line_after_a_full_closed_line_starts_a_paragraph():
    assert paragraphs(
        "要加强田间管理和技",
        "术服务保障粮食安全。",
        "会议要求，各乡",
        "镇要落实责任，切实",
        "做好防控工作。",
    ) == ["要加强田间管理和技术服务保障粮食安全。", "会议要求，各乡镇要落实责任，切实做好防控工作。"]


def test_closed_sentence_before_a_blank_line_ends_the_paragraph():
    assert paragraphs(
        "要加强田间管理和技",
        "术服务保障粮食安全。",
        "",
        "要落实各项责任，切",
        "实做好工作。",
    ) == ["要加强田间管理和技术服务保障粮食安全。", "要落实各项责任，切实做好工作。"]


def test_subhead_between_paragraphs_of_a_feature():
    assert paragraphs(
        "这是第一段的最后",
        "一行。",
        "",
        "坚守岗位",
        "",
        "今年春节，他主",
        "动请缨，坚守在第一",
        "线岗位上。",
    ) == ["这是第一段的最后一行。", "坚守岗位", "今年春节，他主动请缨，坚守在第一线岗位上。"]


def test_latin_words_across_a_line_end_keep_their_space():
    assert paragraphs("通过视频会议 APP", "Zoom 参加。") == ["通过视频会议 APP Zoom 参加。"]


def test_empty_and_blank_input():
    assert paragraphs() == []
    assert paragraphs("", "  ") == []


def test_closed_line_of_chinese_a_column_short_ends_the_paragraph():
    # 8 characters and 。 in a 10-column block: the next character would have fitted, so the
    # paragraph ended; the next paragraph's first line is full (the dump dropped its indent).
    assert paragraphs(
        "全县干部群众积极参加",
        "义务植树活动共种下各",
        "类苗木共一万余株。",
        "活动现场人头攒动一片",
        "繁忙景象映入眼帘大家",
        "干劲十足。",
    ) == ["全县干部群众积极参加义务植树活动共种下各类苗木共一万余株。", "活动现场人头攒动一片繁忙景象映入眼帘大家干劲十足。"]


def test_a_column_short_before_an_opening_quote_is_the_typesetters_push():
    # An opening quote may not end a line: it went down with the line short by one.
    assert paragraphs(
        "全县干部群众积极参加",
        "义务植树活动共种下各",
        "类苗木共一万余株。",
        "“活动现场人头攒动一",
        "片繁忙。”他说。",
    ) == ["全县干部群众积极参加义务植树活动共种下各类苗木共一万余株。“活动现场人头攒动一片繁忙。”他说。"]


def test_a_line_hanging_its_comma_in_the_margin_is_full_not_wider():
    # `…工作，` is wider than the block by its hanging comma; the full line over it is no
    # indented first line of a paragraph for that.
    assert paragraphs(
        "会议强调全县上下要把",
        "思想统一到会议精神上。",
        "他指出，今年任务艰巨",
        "各地抓实抓细各项工作，",
        "确保完成全年目标。",
    ) == ["会议强调全县上下要把思想统一到会议精神上。他指出，今年任务艰巨各地抓实抓细各项工作，确保完成全年目标。"]
