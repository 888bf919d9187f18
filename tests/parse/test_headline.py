"""Headline forms (RAW_FORMAT 6): wrapped title, kicker + title, subtitle, deck."""

from generator.model import Line
from generator.parse.headline import split_headline


def lines(*texts):
    return [Line(i, t) for i, t in enumerate(texts, 1)]


def test_one_title_wrapped_over_two_lines():
    h = split_headline(lines("温县召开疫情防控", "工作推进会"))
    assert (h.kicker, h.title, h.subtitle) == ("", "温县召开疫情防控工作推进会", "")


def test_kicker_then_title_in_two_blocks():
    h = split_headline(lines("博爱县抢抓农时", "", "十万亩小麦浇上返青水"))
    assert (h.kicker, h.title) == ("博爱县抢抓农时", "十万亩小麦浇上返青水")


def test_subtitle_starts_with_dashes():
    h = split_headline(lines("春风里的坚守", "——马村区待王街道社区干部纪实"))
    assert (h.title, h.subtitle) == ("春风里的坚守", "——马村区待王街道社区干部纪实")


def test_deck_of_long_clauses_is_the_subtitle():
    h = split_headline(
        lines(
            "市政府召开第三十次常务会议",
            "研究部署春季农业生产、重点项目建设和安全生产等工作，安排",
            "",
            "下一阶段重点任务",
            "李四主持 王五出席",
        )
    )
    assert h.title == "市政府召开第三十次常务会议"
    assert h.subtitle == "研究部署春季农业生产、重点项目建设和安全生产等工作，安排下一阶段重点任务 李四主持 王五出席"


def test_no_lines_no_headline():
    assert split_headline([]).title == ""


def test_a_deck_set_with_half_width_commas_is_the_subtitle():
    h = split_headline(lines("疫情防控复工复产“双管齐下” 我市工业经济彰显“硬核力量”", "截至2月11日,已开工规上工业企业达139家,占全市规上工业企业总数的12%"))
    assert h.title == "疫情防控复工复产“双管齐下” 我市工业经济彰显“硬核力量”"
    assert h.subtitle == "截至2月11日,已开工规上工业企业达139家,占全市规上工业企业总数的12%"


def test_a_wider_second_line_of_two_phrases_is_the_subtitle():
    """`焦作站南广场昨日开工建设` / `孙立坤宣布项目开工 徐衣显讲话`: a line of two phrases set
    apart by a space, wider than the title above it, is its own line; not where a word runs
    on across the break, nor after a blank line (a kicker's block)."""
    got = split_headline(lines("温县南广场昨日开工建设", "王林宣布项目开工 李明讲话"))
    assert (got.title, got.subtitle) == ("温县南广场昨日开工建设", "王林宣布项目开工 李明讲话")
    got = split_headline(lines("省军区司令员王林来温县检查", "指导国防教育园建设 李明等陪同"))
    assert (got.title, got.subtitle) == ("省军区司令员王林来温县检查指导国防教育园建设 李明等陪同", "")
    got = split_headline(lines("关注春色", "", "只顾享受春光 无意的伤害让春天失色"))
    assert (got.kicker, got.title, got.subtitle) == ("关注春色", "只顾享受春光 无意的伤害让春天失色", "")


def test_one_phrase_wider_than_a_title_of_two_phrases_is_the_subtitle():
    """`扛稳防汛主体责任 突出群众转移避险` / `坚决守住不发生群死群伤事故的金标准`: a title of two
    phrases is whole; one wider phrase under it is its own line. A title's rest runs on."""
    got = split_headline(lines("扛稳防汛责任 突出转移避险", "坚决守住不发生群死群伤的标准"))
    assert (got.title, got.subtitle) == ("扛稳防汛责任 突出转移避险", "坚决守住不发生群死群伤的标准")
    got = split_headline(lines("河南麦收近九成 夏种", "过半"))
    assert (got.title, got.subtitle) == ("河南麦收近九成 夏种过半", "")
