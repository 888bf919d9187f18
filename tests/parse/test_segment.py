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


UNTITLED_SPLIT = """\
 本报讯 昨日，我县组织干部群众到
北山开展义务植树活动，共植树两万余
株，栽下侧柏、刺槐等苗木，为北山披
上新绿。

全县干部群众
北山义务植树

 作为全省重要的粮食产区，我县的小麦种植面积之大超乎想象，对
农机的需求也与日俱增。

在服务农业生产上，县农机部门走得更快一步。该部门提前组织农机
手检修机械，调配收割机三百余台，开通服务热线，确保麦收期间机
械不缺、服务不断。目前，全县农机已全部检修完毕，随时可以下田
作业，为夺取夏粮丰收提供了有力支撑。
"""


def test_a_plain_paragraph_is_no_new_item_between_two_untitled_ones():
    """The last item opens at its leading space; its second paragraph, a plain line after a
    short closed one, was a start the labeller was unsure of: it would leave two items
    without a headline where the page prints one."""
    items = segment_page(page(UNTITLED_SPLIT))
    assert [(item.lines[0].number, item.lines[-1].number) for item in items] == [(1, 7), (9, 15)]
    assert texts(items[0], "headline") == ["全县干部群众", "北山义务植树"]
    assert texts(items[1], "headline") == []


BYLINE_OVER_A_WIRE = """\
 本报讯 昨日，受冷空气影响，全市气温明显下降，部
分地区出现小雪，市民纷纷添衣保暖。

气象部门提醒，降温期间请注意防寒。

寒潮来袭 气温骤降

北山公园，枝头金黄的银杏叶。
北山公园，晨练的老人在树下拍照。
北山公园南门，最美的银杏大道。
晚报记者 甲乙 丙丁/文 戊己/图

 据新华社8月16日电记者从铁路部门获悉，8月21日起，
铁路部门将扩大动车组列车开行范围，方便旅客出行。

动车组开行范围扩大
"""


def test_a_byline_over_a_blank_and_an_outlets_lead_closes_the_item_above():
    """The text under the blank names its own source (据新华社…电): the byline with its 文/图
    marks ends the captions above, it is not the wire item's feature byline."""
    items = segment_page(page(BYLINE_OVER_A_WIRE))
    spans = [(item.lines[0].number, item.lines[-1].number) for item in items]
    assert spans[-1] == (13, 16)
    assert [line.text for line in items[-1].byline + items[-1].tail_byline] == []
    assert any(line.text == "晚报记者 甲乙 丙丁/文 戊己/图" for item in items[:-1] for line in item.tail_byline)


BYLINE_OVER_A_NEW_FRAME = """\
 本报讯 3 月 18 日，鸿苑
社区志愿者老李又干了件“小事”。
“你看，说了不叫你买，这也装不
成，赶紧退了去吧。”在小区遛弯
的老李老远就听到小王两口子在院
子里嚷嚷着。
原来，小王在网上给家里买了个书
架，可是收到货后组装了半天也没
装好。老李一边劝说小两口，一边
帮忙看图纸，热心地帮起了忙。

小王夫妻俩高兴得连声感谢。

老李是社区的一名资深志愿者，
经常参加社区组织的志愿活动，像
这种邻里互助的事情举不胜举。

记者 甲乙 通讯员 丙丁
 7月19日06时至20日15时，某市出
现暴雨、大暴雨，局部特大暴雨，最大降水量出现
在某镇，达609.1 毫米。

市委市政府及时启动红色预警，进行防汛应急
一级响应，市委市政府主要领导靠前指挥，一线调
度，各镇全体班子成员带队深入村（社区）
排险救灾，及时排除隐患。
"""


def test_a_byline_over_a_line_that_opens_a_new_frame_closes_the_item_above():
    """The byline is set apart from the text above and right over a leading space, where a
    new frame begins: a feature's own byline would stand in its text's frame."""
    items = segment_page(page(BYLINE_OVER_A_NEW_FRAME))
    assert [(item.lines[0].number, item.lines[-1].number) for item in items] == [(1, 18), (19, 26)]
    assert [line.text for line in items[0].tail_byline] == ["记者 甲乙 通讯员 丙丁"]
    assert items[1].byline == [] and items[1].tail_byline == []


BYLINE_ALONE_BETWEEN_BLANKS = """\
 本报讯 受冷空气影响，昨日我市出现降雨，
气温明显下降。气象部门预计，本周降雨
减弱，以多云到晴天天气为主，气
温逐渐回升。
具体预报为：明天全市晴天间多云，
气温16℃到29℃；周四晴天转
多云，局部地区有阵雨或雷阵雨。

本报记者 甲 乙 通讯员 丙丁戊

雨水来去匆匆 本周仍多晴天 本报讯（己庚）近日，由市老干局和电视台联合组成的
摄制组，专访了社区的老党员。
他们走访了十多个家庭，拍摄了大量
珍贵的影像资料。

摄制组专访社区老党员
"""


def test_a_byline_alone_between_blank_lines_may_sign_the_item_above():
    """`本报记者 …` alone between blank lines, then a headline glued to the next item's lead:
    the byline is the tail of the item above (it was forced to open the item below, which
    then could take no headline and lost its lead)."""
    items = segment_page(page(BYLINE_ALONE_BETWEEN_BLANKS))
    assert [(item.lines[0].number, item.lines[-1].number) for item in items] == [(1, 11), (11, 16)]
    assert [line.text for line in items[0].tail_byline] == ["本报记者 甲 乙 通讯员 丙丁戊"]
    assert texts(items[0], "headline") == ["雨水来去匆匆 本周仍多晴天"]
    assert texts(items[1], "headline") == ["摄制组专访社区老党员"] and items[1].byline == []


ROUNDUP_WITH_BRACKETED_SUBHEADS = """\
 9月23日是秋分日，我国迎来第二个“中国农民丰收
节”。全省各地举办丰富多彩的庆祝活动，广大农民
欢聚一堂，共庆丰收。

[甲市]

9月23日，甲市某乡村振兴示范区内人山人海，歌
舞升平，丰收节庆祝活动正在这里举行。

[乙县]

9月23日，乙县丰收节在文化中心广场隆重举行，社
会各界人士在这里欢聚一堂，喜迎丰收。

欢庆中国农民丰收节
"""


def test_a_bracketed_label_between_paragraphs_is_a_subhead_not_a_headline():
    items = segment_page(page(ROUNDUP_WITH_BRACKETED_SUBHEADS))
    assert [(item.lines[0].number, item.lines[-1].number) for item in items] == [(1, 15)]
    assert texts(items[0], "headline") == ["欢庆中国农民丰收节"]
    assert "[甲市]" in texts(items[0], "body") and "[乙县]" in texts(items[0], "body")
