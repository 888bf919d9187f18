"""The line labeller on small pages: hard constraints and the fitted weights together."""

from generator.model import Line
from generator.parse.segment import label_page


def _labels(text):
    seg = label_page([Line(i, t) for i, t in enumerate(text.split("\n"), 1)])
    return [(row.text.strip(), label) for row, label in zip(seg.rows, seg.decoded.labels)], seg


def test_forms_of_the_paper_force_their_label():
    labels, _ = _labels("本报记者 王 言\n\n“多亏了服务官。”他说。\n\n李 欣 摄\n\n新华社郑州12月5日电（记者李三）会议召开。")
    assert dict(labels) == {
        "本报记者 王 言": "BYL",
        "“多亏了服务官。”他说。": "START",
        "李 欣 摄": "TAIL",
        "新华社郑州12月5日电（记者李三）会议召开。": "START",
    }


def test_a_jump_marker_ends_its_body():
    labels, _ = _labels("本报讯（记者甲）会议要求，各乡镇要加强\n管理。（下转第二版）\n\n谁来守护老人的“菜篮子”\n\n2月10日下午，市长调研。")
    assert [label for _, label in labels] == ["START", "BODY", "HEAD", "START"]


def test_uncertain_rows_are_reported_with_their_item():
    _, seg = _labels("本报讯 会议召开。\n\n温县召开大会\n\n会议要求落实。")
    # Whatever the labels, every doubt names lines of its own item and a margin below the model's threshold.
    for item in seg.items:
        lines = {line.number for line in item.lines}
        for first, last, _, margin in item.doubts:
            assert first in lines and last in lines and margin < 3.0


def test_a_page_no_labelling_fits_is_still_labelled():
    # Found by the mutation fuzzer: constraints no labelling meets (a byline line, then a
    # credit, which no byline may precede). The labeller drops the constraints, not the page.
    from generator.parse.page import parse_page_text

    labels, seg = _labels("本报记者 王 言\n李 欣 摄")
    assert len(labels) == 2 and seg.decoded.score > float("-inf")
    page = parse_page_text("本报记者 王 言\n李 欣 摄\n", "p.txt")
    assert page.coverage == 1.0 and page.articles
