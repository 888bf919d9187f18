"""Forms that real pages print and the samples do not (issue 10), each checked by hand."""

from generator.model import Line
from generator.parse import conventions as cv
from generator.parse.features import page_rows
from generator.parse.openings import runs_on
from generator.parse.reflow import reflow
from generator.parse.text import join_wrapped

C = cv.CONVENTIONS


def lines(text):
    return [Line(i, t) for i, t in enumerate(text.split("\n"), 1)]


def test_the_papers_own_dispatch_and_an_unlisted_outlet_open_an_article():
    lead, match = C.lead("本报郑州11月1日电（特派记者董柏生、孙军）11月1日，出席")
    assert lead.name == "own_dispatch" and match.group(0) == "本报郑州11月1日电（特派记者董柏生、孙军）"
    lead, _ = C.lead("中新河南网1月13日电（谢志广）凌晨突发大火")
    assert lead.name == "wire"
    assert C.lead("他说今年1月13日电价上调") is None  # no outlet's name before the date


def test_byline_lines_with_roles_outlets_and_credit_marks():
    for line, names in [
        ("本报特派记者 董 柏 生", "董 柏 生"),
        ("□东方今报记者 叶煜/文", "叶煜"),
        ("首席记者 张晓冬/图", "张晓冬"),
        ("焦作日报全媒体记者 刘金元 摄影报道", "刘金元"),
    ]:
        match = C.byline_line(line)
        assert match and match.group("names") == names, line
    assert C.byline_line("我市记者节座谈会召开") is None


def test_outlet_words_name_no_one_and_no_name_is_taken_for_an_outlet():
    assert cv.parse_byline_roles("东方今报记者 叶煜") == {"reporters": ["叶煜"], "correspondents": []}
    roles = cv.parse_byline_roles("本报记者 杨 帆 本报通讯员 贾黎明")
    assert roles == {"reporters": ["杨帆"], "correspondents": ["贾黎明"]}


def test_a_line_that_is_only_a_date():
    assert C.date_line.match("2021年7月21日") and C.date_line.match("二〇二一年七月二十一日")
    assert not C.date_line.match("2021年7月21日13时起，启动")


def test_a_headline_set_apart_from_a_bare_dateline_is_two_rows():
    rows = page_rows(lines("绿化带损毁严重 垃圾很多无人管 1月16日，工人正在投资的\n银星公司工地安装钢架。"))
    assert [r.text for r in rows[:2]] == ["绿化带损毁严重 垃圾很多无人管", "1月16日，工人正在投资的"]
    # A justified body line with a date after a space is not cut: its words are spaced singly.
    rows = page_rows(lines("也 常 常 能 见 到 1月16日，他们\n来了。"))
    assert len(rows) == 2


def test_a_word_running_over_a_column_break():
    assert runs_on("1957 年 7 月 2 日，焦", "作第一张党的机关报")
    assert runs_on("该乡每", "天出动高音喇叭")
    assert not runs_on("红，中原儿女多奇志", "河南省兰考县张庄村")


def test_a_short_line_with_a_clause_at_a_column_foot_is_no_subhead():
    text = "报社四次搬迁，每次都有很大飞跃，\n工作环境有很大改善。\n\n1957 年 7 月 2 日，焦\n\n作第一张党的机关报在怀川大地\n悄然诞生，如今已走过55年。"
    paragraphs = reflow(lines(text))
    assert [(p.first_line, p.last_line) for p in paragraphs] == [(1, 2), (4, 7)]


def test_an_addressee_line_and_a_notices_closing_are_paragraphs_of_their_own():
    text = ("焦作市城区防汛指挥部各成员单位：\n根据我市城区防汛应急预案，经市城区防汛指\n挥部研究批准，启动城区防汛应急响应。\n\n"
            "焦作市城区防汛指挥部\n2021年7月21日")
    paragraphs = reflow(lines(text))
    assert [(p.first_line, p.last_line) for p in paragraphs] == [(1, 1), (2, 3), (5, 5), (6, 6)]


def test_a_number_or_an_address_cut_by_the_column_joins_without_a_space():
    assert join_wrapped("牌照为豫H-E213", "2的3路公交车") == "牌照为豫H-E2132的3路公交车"
    assert join_wrapped("weibo.co", "m/jzrb") == "weibo.com/jzrb"
    assert join_wrapped("电商", "APP视频") == "电商 APP视频"
    assert join_wrapped("open", "source") == "open source"
