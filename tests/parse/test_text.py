"""Layout spaces of justified type go; real spaces stay (RAW_FORMAT 3)."""

import pytest

from generator.parse.text import column_width, display_width, ends_sentence, strip_headline_spaces, strip_layout_spaces


@pytest.mark.parametrize(
    "printed, clean",
    [
        ("2 月 20 日", "2月20日"),
        ("记 者 杨丽娜", "记者杨丽娜"),
        ("责任落 实 。 要深入", "责任落实。要深入"),
        ("晶 能 电 源 通 过 重 组", "晶能电源通过重组"),
        ("“ 二 次 创 业 ”", "“二次创业”"),
        ("市委常委 （扩大） 会议", "市委常委（扩大）会议"),
        ("党群 360 工作法", "党群360工作法"),
        ("通过云视讯 APP 视频连线", "通过云视讯 APP 视频连线"),
        ("汽车 4S 店", "汽车 4S 店"),
        ("5G 基站", "5G 基站"),
        ("内新建 5G 基站", "内新建 5G 基站"),  # set off on both sides: the paper's own spaces
        # tight on one side, spaced on the other: the layout's
        ("开往烟台的K1596 次列车", "开往烟台的K1596次列车"),
        ("北起焦辉路，南至 S104省道", "北起焦辉路，南至S104省道"),
        ("高端国VI 发动机", "高端国VI发动机"),
        ("Hello  World", "Hello World"),
        ("  前后空格  ", "前后空格"),
        ("全角\u3000空格", "全角空格"),
        ("电动车4 8 3辆", "电动车483辆"),  # letter-spaced digits
        ("2020 2021 两个年度", "2020 2021两个年度"),  # two numbers stay apart
    ],
)
def test_strip_layout_spaces(printed, clean):
    assert strip_layout_spaces(printed) == clean


def test_headline_keeps_a_space_between_phrases_but_not_letter_spacing():
    assert strip_headline_spaces("王小平徐衣显讲话 刘涛杨娅辉王建修出席") == "王小平徐衣显讲话 刘涛杨娅辉王建修出席"
    assert strip_headline_spaces("温 县 召 开 会 议") == "温县召开会议"
    assert strip_headline_spaces("出台 《决定》") == "出台《决定》"


def test_widths_count_columns_not_characters():
    assert display_width("2 月 20 日") == 3.5
    assert column_width("好，") == 1.9  # squeezed punctuation
    assert column_width("近 5000 人") == 5.0  # thin gaps around a number


@pytest.mark.parametrize("line", ["出席会议。", "做好宣传！”", "卢和平强调：", "“拦得对！”", "等等……"])
def test_sentence_ends(line):
    assert ends_sentence(line)


@pytest.mark.parametrize("line", ["市领导刘涛、王建修、宫松奇、路", "打算汇报；", "消毒，", "康业医用材料忙战“疫”"])
def test_not_sentence_ends(line):
    assert not ends_sentence(line)


@pytest.mark.parametrize(
    "printed, clean",
    [
        ("开展“情暖五月 关爱母亲”活动", "开展“情暖五月 关爱母亲”活动"),  # a slogan's two phrases
        ("宣传片《山水焦作 美丽中站》开拍", "宣传片《山水焦作 美丽中站》开拍"),
        ("主持人：王蕙丽 市委市政府新闻发言人", "主持人：王蕙丽 市委市政府新闻发言人"),
        ("市政协原主席原振 喜听后竖起大拇指", "市政协原主席原振喜听后竖起大拇指"),  # inside a name
        ("组长李亦博汇 报了我市创建工作", "组长李亦博汇报了我市创建工作"),  # inside a word
        ("出台 《决定》，为焦作", "出台《决定》，为焦作"),
        ("责任落 实 。 要深入", "责任落实。要深入"),
        # in running text a space between two words is the justification's…
        ("翟耀南带领区四大班子 领导，先后到地炮旅", "翟耀南带领区四大班子领导，先后到地炮旅"),
        ("每晚开展“拉网式”排查。检查内容 包括：消防设施", "每晚开展“拉网式”排查。检查内容包括：消防设施"),
        # …but not after a label opening the text, nor after a name in a list of posts
        ("编者按 全国政协委员连玉明", "编者按 全国政协委员连玉明"),
        ("（发布人）副调研员张强 焦作市招生考试中心主任", "（发布人）副调研员张强 焦作市招生考试中心主任"),
    ],
)
def test_a_space_between_two_phrases_is_printed_one_inside_a_word_is_layout(printed, clean):
    from generator.parse.openings import ends_with_person_name, runs_on

    assert strip_layout_spaces(printed, runs_on, ends_with_person_name) == clean
