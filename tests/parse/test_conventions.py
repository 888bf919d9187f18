"""The paper's printed markers (RAW_FORMAT 5, 10-13)."""

import pytest

from generator.parse import conventions as cv


@pytest.mark.parametrize(
    "inside, reporters, correspondents",
    [
        ("记者焦娇", ["焦娇"], []),
        ("记 者 杨丽娜", ["杨丽娜"], []),
        ("记者原文钊 通讯员李欣", ["原文钊"], ["李欣"]),
        ("记者孙国利、杜笠", ["孙国利", "杜笠"], []),
        ("记者王言 通讯员岳静、李明", ["王言"], ["岳静", "李明"]),
        ("通讯员 王 欢", [], ["王欢"]),
    ],
)
def test_byline_roles(inside, reporters, correspondents):
    assert cv.parse_byline_roles(inside) == {"reporters": reporters, "correspondents": correspondents}


def test_feature_byline_lines_and_photo_credits_are_told_apart():
    assert cv.FEATURE_BYLINE.match(" 本报记者 王 言")
    assert cv.FEATURE_BYLINE.match("本报通讯员 岳 静")
    assert cv.PHOTO_CREDIT_LINE.match("本报记者 郭树勋 摄")
    assert cv.PHOTO_CREDIT_LINE.match("李 欣 摄")
    assert not cv.PHOTO_CREDIT_LINE.match("都要拍摄")  # a body line ending in 摄 is no credit
    assert cv.parse_credit("本报记者 郭树勋 摄") == {"photographers": ["郭树勋"]}
    assert cv.parse_credit("融 媒 摄") == {"photographers": ["融媒"]}


def test_glued_credit_needs_a_closed_caption_before_it():
    assert cv.GLUED_PHOTO_CREDIT.search("把牢该市西大门。 赵春营 摄").group(1).strip() == "赵春营 摄"
    assert not cv.GLUED_PHOTO_CREDIT.search("记者现场拍摄")


def test_tail_markers():
    assert cv.JUMP_TO.search("消毒，（下转第三版①）").group(2) == "第三版①"
    assert cv.clean_marker(cv.JUMP_TO.search("埋没。（下 转 第 二 版）").group(2)) == "第二版"
    assert cv.EDITOR_CODE.search("计划、措施。①5").group(1) == "①5"
    assert not cv.EDITOR_CODE.search("第①5条")
    assert cv.TAIL_SIGNATURE.search("政令畅通。 （耿小玉）").group(1) == "（耿小玉）"
    assert not cv.TAIL_SIGNATURE.search("召开常委会（扩大）")
    assert cv.JUMP_FROM.match("（上接第一版）合当前").group(2) == "第一版"


def test_glued_news_start_splits_after_a_headline():
    parts = cv.GLUED_NEWS_START.split("山阳区召开疫情防控指挥部第十一次会议 本报讯（记者原文钊 通")
    assert parts == ["山阳区召开疫情防控指挥部第十一次会议", "本报讯（记者原文钊 通"]


@pytest.mark.parametrize(
    "line, name",
    [
        ("本报讯（记者焦娇）为贯彻", "news"),
        ("新华社郑州12月5日电（记者李三）", "wire"),
        ("人民网郑州7月18日电 据悉，", "wire"),
        ("焦作网讯（记者张三 通讯员李四）近日，", "web_news"),
        ("国际在线河南频道消息：近日，", "outlet_message"),
        ("本报评论员", "commentary"),
        ("2 月 24 号上午，市长调研。", "dateline"),
        ("12月16日8时许，随着", "dateline"),
        ("据《河南日报》报道，", "reported"),
    ],
)
def test_lead_forms(line, name):
    found = cv.CONVENTIONS.lead(line)
    assert found and found[0].name == name


def test_no_lead_inside_a_correspondent_byline():
    # 通讯员 holds 讯: it is no outlet's 网讯 lead.
    assert cv.CONVENTIONS.lead("杨 帆 本报通讯员 贾黎明 摄") is None


@pytest.mark.parametrize(
    "line, photographers",
    [
        ("张三/摄", ["张三"]),
        ("本报记者 张三 摄影", ["张三"]),
        ("新华社记者 李三 摄", ["李三"]),
        ("王五 供图", ["王五"]),
        ("本报记者 杨 帆 本报通讯员 贾黎明 摄", ["杨帆", "贾黎明"]),
    ],
)
def test_credit_forms(line, photographers):
    assert cv.CONVENTIONS.credit(line)
    assert cv.parse_credit(line)["photographers"] == photographers


@pytest.mark.parametrize("text, page", [("完成。（下转A2版）", "A2版"), ("完成。（转第3版）", "第3版"), ("完成，（下转第三版①）", "第三版①")])
def test_jump_forms(text, page):
    assert cv.clean_marker(cv.JUMP_TO.search(text).group("page")) == page


def test_jump_from_forms():
    assert cv.JUMP_FROM.match("（上接A1版）").group("page") == "A1版"
    assert cv.JUMP_FROM.match(" （上接一版②）实现").group("page") == "一版②"


def test_glued_credit_after_an_editor_code():
    assert cv.GLUED_PHOTO_CREDIT.search("感人事。③2 王俊祥 摄")


def test_two_names_set_without_a_space_are_parted():
    """A credit or byline that glues two names of one length (the source dropped the space)."""
    assert cv.parse_credit("程全李岚摄") == {"photographers": ["程全", "李岚"]}
    assert cv.parse_credit("吕超峰翟英健摄") == {"photographers": ["吕超峰", "翟英健"]}
    assert cv.parse_byline_roles("本报记者孟向东刁良梓") == {"reporters": ["孟向东", "刁良梓"], "correspondents": []}
    # one name: a compound surname, a given name that is no surname
    assert cv.split_names("尉迟健平") == ["尉迟健平"]
    assert cv.split_names("王晓燕") == ["王晓燕"]
    assert cv.split_names("欧阳晓明") == ["欧阳晓明"]
    # five characters are no one name: two, where one cut alone reads them as names
    assert cv.split_names("李岚王晓燕") == ["李岚", "王晓燕"]
    assert cv.split_names("阿不都热合曼") == ["阿不都热合曼"]  # no surname opens it


def test_an_outlets_news_service_with_a_place_or_no_space_after_it():
    """`映象网驻马店讯（…）`, `河南县域经济网讯为…`, `中国台湾网9月27日焦作讯9月25日…`: leads; a
    headline glued before 本报讯 is no outlet, 通讯员 and 讯息 are no 讯."""
    def lead(text):
        found = cv.CONVENTIONS.lead(text)
        return found and (found[0].name, found[1].group(0).strip())

    assert lead("映象网驻马店讯（记者 杨晓）3月22日，") == ("web_news", "映象网驻马店讯（记者 杨晓）")
    assert lead("河南县域经济网讯为切实做好防汛工作") == ("web_news", "河南县域经济网讯")
    assert lead("中国台湾网9月27日焦作讯9月25日至26日，") == ("outlet_report", "中国台湾网9月27日焦作讯")
    assert lead("确保安全度汛 本报讯 近期郑州多雨") is None
    assert lead("大河报通讯员王林报道") is None and lead("人民网讯息称") is None
    assert cv.CONVENTIONS.glued_lead("落实防汛责任 确保安全度汛 本报讯 近期郑州多雨") == 13


def test_a_misprinted_correspondent_is_a_correspondent():
    assert cv.parse_byline_roles("记者 杨晓 见习记者 冯创新 通迅员 曹聪") == {
        "reporters": ["杨晓", "冯创新"], "correspondents": ["曹聪"]}


def test_names_glued_or_letter_spaced_into_one_run_are_parted_by_surname():
    # letter-spaced names rejoined, then parted: `齐 放 姚 肖` is two names of two
    assert cv.split_names("齐 放 姚 肖") == ["齐放", "姚肖"]
    # a compound surname opens a name of four after one of three
    assert cv.split_names("张凯林尉迟健平") == ["张凯林", "尉迟健平"]
    assert cv.split_names("王访贤宋亚猛") == ["王访贤", "宋亚猛"]
    # one name stays whole; so does a run that could be cut two ways into names of unequal length
    assert cv.split_names("欧阳明华") == ["欧阳明华"] and cv.split_names("王 涛") == ["王涛"]
    assert cv.split_names("王李张刘陈") == ["王李张刘陈"]


def test_a_name_credit_set_apart_after_a_caption_with_no_punctuation():
    """`消防队员扑救火灾 王长江 摄`: a caption of a few words and its photographer's credit."""
    match = cv.GLUED_PHOTO_CREDIT.search("消防队员扑救火灾 王长江 摄")
    assert match and match.group("credit").strip() == "王长江 摄"
    assert cv.GLUED_PHOTO_CREDIT.search("消防队员扑救火灾 王 长 江 摄")
    # not a byline's role before the name, nor a letter-spaced one
    assert cv.GLUED_PHOTO_CREDIT.search("本报记者 李 明 摄") is None
    assert cv.GLUED_PHOTO_CREDIT.search("记 者 付 瑞 清 摄") is None


def test_an_outlets_desk_message_and_a_distribution_credit_on_its_own_line():
    lead, match = cv.CONVENTIONS.lead("央广网河南分网消息 初冬时节，温县铁棍山药进入采挖旺季")
    assert lead.name == "outlet_message" and match.group(0).strip() == "央广网河南分网消息"
    assert cv.CONVENTIONS.lead("他说消息 很快传开了") is None  # no outlet's name before 消息
    assert cv.CONVENTIONS.credit("新华社发") and cv.CONVENTIONS.credit("（新华社发）")
    assert cv.DISTRIBUTED_ALONE.match("新华社发").group("outlet") == "新华社发"
    assert cv.parse_credit("新华社发") == {"photographers": []}


def test_a_glued_lead_does_not_take_in_the_headlines_last_phrase():
    text = "一杯姜糖水 暖身更暖心 中新河南网11月30日电（记者 高新科 通讯员李景"
    assert text[: cv.CONVENTIONS.glued_lead(text)].strip() == "一杯姜糖水 暖身更暖心"
    text = "高温送清凉 本报讯（记者 王小明 通讯员 李四）昨日，"
    assert text[: cv.CONVENTIONS.glued_lead(text)].strip() == "高温送清凉"


def test_a_picture_an_institution_gave():
    """`沁阳市怀梆艺术保护传承中心供图`: no photographer; the giver signs it. A person's name
    before 供图 is a photographer still."""
    match = cv.CONVENTIONS.credit("沁阳市怀梆艺术保护传承中心供图")
    assert match and match.group("giver")
    assert cv.parse_credit("沁阳市怀梆艺术保护传承中心供图") == {"photographers": []}
    assert cv.parse_credit("张 斌 供图") == {"photographers": ["张斌"]}
