"""Which body a headline run between two bodies heads (generator/parse/headline_side.py),
on hand-labelled rows: the labeller is not involved, so each case is the rule alone."""

import pytest

from generator.model import Line
from generator.parse.features import Row
from generator.parse.headline_side import assign_headline_sides
from generator.parse.segment import segment_page


def rows_of(spec):
    """spec: one (label, text, kinds) per printed row; "" a blank line. Rows' numbers are the
    lines', a glued second part shares its line's number (label prefixed with "+")."""
    rows, labels = [], []
    number, blank = 0, False
    for entry in spec:
        if entry == "":
            blank, number = True, number + 1
            continue
        label, text, *kinds = entry
        glued = label.startswith("+")
        if not glued:
            number += 1
        rows.append(Row(Line(number, text), blank_before=blank and not glued, glued=glued, kinds=list(kinds)))
        labels.append(label.lstrip("+"))
        blank = False
    return rows, labels


def groups_at(labels, starts):
    """Groups cut at the given row indices (as items_from_labels cuts them at leads)."""
    cuts = [*starts, len(labels)]
    return [list(range(a, b)) for a, b in zip([0, *starts], cuts)]


def test_a_headline_opening_a_frame_heads_the_untitled_body_below():
    rows, labels = rows_of([
        ("START", "本报讯 昨日，全市召开会议。"),
        ("BODY", "会议部署了全年工作。"),
        ("HEAD", "全市部署全年工作"),  # glued to its body: that body's
        "",
        ("HEAD", " 三夏机收基本结束"),  # a leading space opens a frame (RAW_FORMAT 4)
        "",
        ("START", "今年三夏期间，全市农机部门"),
        ("BODY", "全力开展抢收抢种。"),
    ])
    groups = groups_at(labels, [4])
    assign_headline_sides(groups, rows, labels)
    assert groups == [[0, 1, 2], [3, 4, 5]]


def test_without_a_sign_every_headline_stays_after_its_body():
    """The dump prints headlines after their bodies (RAW_FORMAT 6); a kicker and a title set
    apart over an untitled body are still the body's above."""
    rows, labels = rows_of([
        ("START", "本报讯 昨日，全市召开会议。"),
        ("BODY", "会议部署了全年工作。"),
        ("HEAD", "马寨镇"),
        "",
        ("HEAD", "邀人大代表为发展把脉"),
        "",
        ("START", "本报讯 3月27日，市政协视察"),
        ("BODY", "我市政协工作。"),
    ])
    groups = groups_at(labels, [4])
    assign_headline_sides(groups, rows, labels)
    assert groups == [[0, 1, 2, 3], [4, 5]]


def test_a_headline_glued_on_one_line_to_the_next_lead_is_never_moved():
    rows, labels = rows_of([
        ("START", "本报讯 昨日，全市召开会议。"),
        ("BODY", "会议部署了全年工作。"),
        "",
        ("HEAD", " 全市部署全年工作"),
        ("+START", "本报讯 3月1日，博爱县召开"),  # RAW_FORMAT 7
        ("BODY", "会议。"),
    ])
    groups = groups_at(labels, [3])
    assign_headline_sides(groups, rows, labels)
    assert groups == [[0, 1, 2], [3, 4]]


def test_a_headline_set_apart_under_a_photo_credit_heads_the_item_below():
    rows, labels = rows_of([
        ("START", "游客在景区赏花。"),
        ("TAIL", "李 欣 摄", "credit_line"),
        "",
        ("HEAD", "高手在民间"),
        "",
        ("HEAD", "布老虎制作大师"),
        "",
        ("START", "开栏的话：你心目中的能人"),
        ("BODY", "是什么样子？"),
    ])
    groups = groups_at(labels, [4])
    doubts = assign_headline_sides(groups, rows, labels)
    assert groups == [[0, 1], [2, 3, 4, 5]]
    # the photo could be titled too: the call is a close one, and reported
    assert [(d.first, d.last) for d in doubts] == [(2, 3)]


def test_a_body_opening_its_own_frame_keeps_the_photo_headline_above():
    rows, labels = rows_of([
        ("START", "小记者采访代表委员。"),
        ("TAIL", "王俊祥 摄", "credit_line"),
        "",
        ("HEAD", "小记者“跑”两会"),
        "",
        ("START", " 温县陈家沟是太极拳的发源地，"),  # the frame opens at the body
        ("BODY", "太极拳已普及到世界各地。"),
    ])
    groups = groups_at(labels, [3])
    assign_headline_sides(groups, rows, labels)
    assert groups == [[0, 1, 2], [3, 4]]


def test_a_second_headline_of_one_body_heads_the_untitled_body_below():
    rows, labels = rows_of([
        ("HEAD", "全市部署全年工作"),  # already over its body
        "",
        ("START", "本报讯 昨日，全市召开会议。"),
        ("HEAD", "春耕生产全面展开"),
        "",
        ("START", "本报讯 连日来，各县区组织"),
        ("BODY", "农民春耕。"),
    ])
    groups = groups_at(labels, [3])
    assign_headline_sides(groups, rows, labels)
    assert groups == [[0, 1], [2, 3, 4]]


def test_the_last_items_headline_stays_and_a_lone_headline_item_is_left_alone():
    rows, labels = rows_of([
        ("START", "本报讯 昨日，全市召开会议。"),
        ("HEAD", "全市部署全年工作"),
        "",
        ("HEAD", " 一个只有标题的条目"),
        "",
        ("START", "本报讯 连日来，各县区组织"),
        ("BODY", "农民春耕。"),
        "",
        ("HEAD", " 春耕生产全面展开"),
    ])
    groups = groups_at(labels, [2, 3])  # the middle group has no body: it bounds the runs
    assign_headline_sides(groups, rows, labels)
    assert groups == [[0, 1], [2], [3, 4, 5]]


PAGE = """\
 本报讯（记者甲乙）昨日，全市召开三夏生产
工作会议，部署夏收夏种工作。会议要求，各
县区要抢抓晴好天气，组织农机跨区作业，
确保夏粮颗粒归仓。
全市部署三夏生产工作

 温县三夏机收会战基本结束

今年三夏期间，面对连续阴雨天气的严峻形势，
温县各级农机部门充分发挥职能作用，周密
安排，精心组织，科学调度，全力开展抢收抢
种，确保了夏粮颗粒归仓、秋粮适时播种。
"""


def test_on_a_page_the_untitled_body_gets_the_headline_that_opens_its_frame():
    items = segment_page([Line(i, t) for i, t in enumerate(PAGE.split("\n"), 1)])
    assert [[line.text.strip() for line in item.headline if not line.is_blank] for item in items] == [
        ["全市部署三夏生产工作"],
        ["温县三夏机收会战基本结束"],
    ]


_WORDS_ABOVE = [("START", "本报讯 昨日，调研组来我市调研"), ("BODY", "水环境生态修复工作。")]
_WORDS_OF_THE_HEADLINE = [("START", "本报讯 昨日，17位献血达人"), ("BODY", "受到表彰。")]


@pytest.mark.parametrize("above, below, expected", [
    # Nothing in the layout says the headline is over the body below, but its words are that
    # body's: 5 of its 6 character pairs are in it, none in the body above.
    (_WORDS_ABOVE, _WORDS_OF_THE_HEADLINE, [[0, 1], [2, 3, 4]]),
    # The same page with the headline's words in the body above: the dump's order wins.
    (_WORDS_OF_THE_HEADLINE, _WORDS_ABOVE, [[0, 1, 2], [3, 4]]),
])
def test_a_headline_heads_the_body_that_holds_its_words(above, below, expected):
    rows, labels = rows_of([*above, "", ("HEAD", "献血达人受表彰"), "", *below])
    groups = groups_at(labels, [3])
    assign_headline_sides(groups, rows, labels)
    assert groups == expected
