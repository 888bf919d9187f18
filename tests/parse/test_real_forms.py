"""Forms that real pages print and the samples do not (issue 10), each checked by hand."""

from generator.model import Line
from generator.parse import bylines
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


def _page(text, **kw):
    from generator.parse import parse_page_text

    return parse_page_text(text, "p.txt", in_catalog=False, **kw)


def test_a_jump_marker_alone_on_its_line_is_a_marker_not_a_signature():
    page = _page("本报讯（记者王平）3月2日，全市春耕\n生产全面展开，各地抓紧\n备耕。\n\n（下转第三版）\n\n春耕生产全面展开\n")
    (article,) = page.articles
    assert article.continued_to == "第三版" and article.signature == ""
    assert article.title == "春耕生产全面展开"


def test_a_writer_and_an_artist_each_with_a_mark():
    page = _page("□李明/文 赵红/图\n\n城里的老街巷，如今又热闹\n了起来，游人越来越多。\n\n老街新景\n")
    (article,) = page.articles
    assert article.reporters == ["李明"] and article.photographers == ["赵红"]
    assert article.paragraphs == ["城里的老街巷，如今又热闹了起来，游人越来越多。"]


def test_a_writers_byline_after_the_body():
    page = _page(" 3月5日，市区一处路口的信\n号灯出现故障，交警及时赶\n到疏导交通。\n\n记者 王立新\n\n路口信号灯故障 交警现场疏导\n")
    (article,) = page.articles
    assert article.reporters == ["王立新"]
    assert article.paragraphs == ["3月5日，市区一处路口的信号灯出现故障，交警及时赶到疏导交通。"]


def test_an_outlets_distribution_credit():
    assert cv.parse_credit("新华社发（李 强 摄）") == {"photographers": ["李强"]}
    assert any(p.match("新华社发（李强 摄）") for p in C.photo_credit_line)
    glued = cv.GLUED_PHOTO_CREDIT.search("农民在田间收割小麦。新华社发（李强 摄）")
    assert glued and cv.parse_credit(glued.group("credit")) == {"photographers": ["李强"]}


def test_a_second_headline_line_wider_than_the_first_is_the_subtitle():
    from generator.parse.headline import split_headline

    head = split_headline(lines("夏粮收购顺利推进\n入库小麦已超过十万吨，同比增加两成"))
    assert (head.title, head.subtitle) == ("夏粮收购顺利推进", "入库小麦已超过十万吨，同比增加两成")
    # A title wrapped at its full measure runs on, whatever its punctuation.
    head = split_headline(lines("我市召开全市经济工作会议部署\n明年重点任务，推动高质量发展"))
    assert head.subtitle == ""


def test_any_dated_dispatch_by_its_form():
    lead, match = C.lead("某某财经北京6月3日电 （记者 张一）“天气太热了”")
    assert lead.name == "dispatch" and match.group(0).strip().endswith("）")
    assert C.lead("市民6月3日电话咨询了有关部门") is None  # 电话 is no dispatch


def test_a_caption_opened_by_a_position_word_stays_one_row():
    rows = page_rows(lines(" 上图 昨日上午，新建的站房正式\n启用。"))
    assert rows[0].text.strip() == "上图 昨日上午，新建的站房正式"


def test_a_date_range_opens_an_article_and_a_news_app_names_a_byline():
    lead, _ = C.lead("1996年6月2日至3日，领导来我市视察。")
    assert lead.name == "dateline"
    rows = page_rows(lines("“夏收”图鉴 2001年6月2日至3日，时任\n领导来我市视察。"))
    assert [r.text for r in rows[:2]] == ["“夏收”图鉴", "2001年6月2日至3日，时任"]
    match = C.byline_line("顶端新闻记者 林 立")
    assert match and match.group("names") == "林 立"


def test_a_credit_with_no_space_before_its_mark():
    assert any(p.match("冯小敏摄") for p in C.photo_credit_line)
    assert cv.parse_credit("新华社记者杨世尧摄") == {"photographers": ["杨世尧"]}
    glued = cv.GLUED_PHOTO_CREDIT.search("村民在整理水管准备喷灌麦田。徐宏星摄")
    assert glued and cv.parse_credit(glued.group("credit")) == {"photographers": ["徐宏星"]}


def test_an_app_and_a_paper_joined_by_a_dot_name_no_one():
    match = C.byline_line("周口日报·周道客户端记者 侯俊豫 朱东一")
    assert match and match.group("names") == "侯俊豫 朱东一"
    assert cv.parse_byline_roles("周口日报·周道客户端记者 侯俊豫 朱东一")["reporters"] == ["侯俊豫", "朱东一"]
    assert cv.parse_byline_roles("杨帆 本报通讯员 贾黎明") == {"reporters": ["杨帆"], "correspondents": ["贾黎明"]}


def test_a_headline_with_commas_glued_to_a_dated_lead():
    rows = page_rows(lines("网传推迟开学？官方通报来了！ 2月8日上午，村民在\n田间浇地。"))
    assert [r.text for r in rows[:2]] == ["网传推迟开学？官方通报来了！", "2月8日上午，村民在"]
    rows = page_rows(lines("他说过了。这是事实 2月8日上午，村民在\n田间浇地。"))
    assert len(rows) == 2  # a full stop before the gap: running text


def test_a_day_alone_opening_the_text_is_of_the_issues_month():
    import datetime as dt

    from generator.parse.dateline import find_dateline, resolve_date

    assert find_dateline(["21日上午，社区举办书法展。"]) == "21日上午"
    assert resolve_date("21日上午", dt.date(2015, 10, 22)) == dt.date(2015, 10, 21)
    assert resolve_date("28日", dt.date(2015, 3, 2)) == dt.date(2015, 2, 28)  # the month before
    assert find_dateline(["全市有21日的假期。"]) == ""


def test_a_relative_day_with_its_date_in_brackets():
    import datetime as dt

    from generator.parse.dateline import find_dateline, resolve_date

    assert find_dateline(["今天（7月7日）是小暑，天气炎热。"]) == "今天（7月7日）"
    assert resolve_date("今天（7月7日）", dt.date(2022, 7, 8)) == dt.date(2022, 7, 7)


def test_writers_and_artists_marked_by_words_standing_apart():
    from generator.model import Article
    from generator.parse import bylines

    line = "本报记者 王 强 李小明 文 赵大伟 孙 力 图"
    assert C.byline_line(line)
    article = Article(id="x", source_file="p.txt", first_line=1, last_line=1)
    bylines.byline_line(article, line)
    assert (article.reporters, article.photographers) == (["王强", "李小明"], ["赵大伟", "孙力"])


def test_an_editor_code_ends_the_article_before_a_plain_opening():
    page = _page(
        "本报讯（记者王平）3月2日，全市春耕生产\n全面展开，各地抓紧备耕，农资供应充足，\n农民干劲十足。①3\n\n"
        "归途漫漫，家在前方。昨日，春运大幕开启，\n火车站人流如织，一派繁忙景象。\n\n春运大幕开启\n"
    )
    assert [(a.first_line, a.last_line) for a in page.articles] == [(1, 3), (5, 8)]
    assert page.articles[0].editor_code == "①3"


def test_a_signature_of_many_names_wrapped_over_two_lines():
    rows = page_rows(lines("路面结冰，出行请注意安全。（王晓\n娜 李明 赵刚 孙丽 周伟 ）\n大雪来袭 市民步行上班"))
    assert "tail_signature_end" in rows[1].kinds and rows[1].ends == "closed"
    page = _page(" 受寒潮影响，气温持续走低，路面已经开\n始结冰，出行请注意安全。（王晓\n娜 李明 赵刚 孙丽 周伟 ）\n大雪来袭 市民步行上班\n")
    (article,) = page.articles
    assert article.signature == "王晓娜 李明 赵刚 孙丽 周伟" and article.title == "大雪来袭 市民步行上班"


def test_an_outlets_name_and_its_reporter_on_one_line_are_one_byline():
    rows = page_rows(lines("周口日报·新周口客户端 记者 吕冰汝\n\n 今天是国庆节，市民纷纷\n出游。"))
    assert rows[0].text == "周口日报·新周口客户端 记者 吕冰汝"
    rows = page_rows(lines("抓好规划设计 本报记者 王 言\n\n 今天是国庆节，市民纷纷\n出游。"))
    assert [r.text.strip() for r in rows[:2]] == ["抓好规划设计", "本报记者 王 言"]


def test_a_headline_glued_to_a_photo_caption():
    rows = page_rows(lines("清明祭英烈 寄托哀思 图为2日上午，工作人员\n在擦拭烈士墓碑。 李明 摄"))
    assert [r.text for r in rows[:2]] == ["清明祭英烈 寄托哀思", "图为2日上午，工作人员"]


def test_a_continuation_marker_opens_an_item_mid_page():
    page = _page(
        "本报讯（记者王平）3月2日，全市春耕生产全面\n展开，各地抓紧备耕，农民干劲十足。\n\n"
        "（上接第一版）各地还组织农技人员下\n乡指导，帮助农民解决实际困难。\n"
    )
    assert [(a.first_line, a.last_line) for a in page.articles] == [(1, 2), (4, 5)]
    assert page.articles[1].continued_from


def test_an_outlets_dated_report_ending_in_xiaoxi_or_xun():
    lead, match = C.lead("中国台湾网5月8日温县消息 日前，台胞一行")
    assert lead.name == "outlet_report" and match.group(0).strip() == "中国台湾网5月8日温县消息"
    lead, match = C.lead("中国经济网焦作4月2日讯（记者李明）春耕")
    assert lead.name == "outlet_report" and match.group(0) == "中国经济网焦作4月2日讯（记者李明）"
    assert C.lead("中国台湾网5月8日温县讯")[0].name == "outlet_report"  # alone on its line
    assert C.lead("他说5月8日的消息不实") is None  # no outlet's name before the date
    # Glued after the headline it follows, it starts the next article.
    rows = page_rows(lines("还有两座大桥年底通车 台湾网5月8日焦作消息 日前，台胞\n一行来到焦作。"))
    assert [r.text for r in rows[:2]] == ["还有两座大桥年底通车", "台湾网5月8日焦作消息 日前，台胞"]


def test_a_credit_with_a_picture_agency_and_an_outlet_before_the_reporter():
    assert cv.parse_credit("王明摄/光明图片") == {"photographers": ["王明"]}
    glued = cv.GLUED_PHOTO_CREDIT.search("村民正在编织竹筐。 王明摄/光明图片")
    assert glued and cv.parse_credit(glued.group("credit")) == {"photographers": ["王明"]}
    glued = cv.GLUED_PHOTO_CREDIT.search("泵站外景。 中国经济网记者李明摄")
    assert glued and cv.parse_credit(glued.group("credit")) == {"photographers": ["李明"]}


def test_a_byline_of_the_media_centre_with_a_colon_after_the_body():
    assert cv.parse_byline_roles("全媒体采访人员：王立新") == {"reporters": ["王立新"], "correspondents": []}
    page = _page(" 3月5日，市区一处路口的信\n号灯出现故障，交警及时赶\n到疏导交通。\n全媒体采访人员：王立新\n\n路口信号灯故障\n交警现场疏导\n")
    (article,) = page.articles
    assert article.reporters == ["王立新"] and article.title == "路口信号灯故障交警现场疏导"


def test_a_joint_report_signature_of_outlets():
    assert C.signature_line.match("（中国台湾网、焦作市台办、温县台办联合报道）")


def test_a_dispatch_day_dates_a_body_that_names_no_time():
    page = _page("新华社郑州4月2日电（记者李明）南水北调中线工程通水以来，河南\n受益人口超过一千万。\n", issue_date=None)
    (article,) = page.articles
    assert article.dateline == "4月2日"
    page = _page("新华社郑州4月2日电（记者李明）昨日，南水北调中线工程河南段\n迎来通水纪念日。\n", issue_date=None)
    assert page.articles[0].dateline == "昨日"  # the body's own time comes first


def test_a_new_column_after_a_closed_sentence_starts_an_item_without_headline():
    rows = page_rows(lines(
        "全年计划完成投资\n33亿元，城际铁路\n完成投资30亿元，\n东站升级改造完成\n投资3亿元。\n"
        "3月5日上午，市人大常委会组织部分委员\n对北部山区生态环境治理工作进行视察，\n副市长陪同视察，并听取了情况汇报。\n"
    ))
    from generator.parse.features import _features

    assert "frame_start&prev_closed" in _features(rows, 5, C)
    assert "frame_start&prev_closed" not in _features(rows, 4, C) and "frame_start&prev_closed" not in _features(rows, 6, C)


def test_a_photo_report_credit_after_the_captions():
    assert C.credit("本报见习记者 李 明 摄影报道") and C.credit("焦作日报全媒体记者 王立新 摄影报道")
    assert cv.parse_credit("本报见习记者 李 明 摄影报道") == {"photographers": ["李明"]}
    assert cv.parse_credit("焦作日报全媒体记者 王立新 摄影报道") == {"photographers": ["王立新"]}
    page = _page(" 5月5日，公园里月季花盛开，吸引\n众多游客拍照留念。\n\n花儿姹紫嫣红，景美如画，游人\n如织。\n本报记者 王立新 摄影报道\n月季绽放\n")
    (article,) = page.articles
    assert article.photographers == ["王立新"] and article.title == "月季绽放"


def test_a_byline_ending_in_its_credit_mark_closes_the_article():
    rows = page_rows(lines("良好的消防工作格局。 记者 李明 新郑\n时报 王立新 文/图\n\n昨日，各区分别举办活动。"))
    assert rows[1].ends == "closed"


def test_a_places_report_with_its_writer_in_brackets():
    lead, match = C.lead("温县消息（王立新）3月5日中午，县公安局")
    assert lead.name == "place_message" and match.group(0) == "温县消息（王立新）"
    assert C.lead("这是一个好消息（图）") is None or C.lead("这是一个好消息（图）")[0].name != "place_message"


def test_a_date_alone_on_its_line_closes_a_letter_and_opens_nothing():
    page = _page(
        "看了你们的报纸我很高兴，我爱看\n这份报纸。\n\n西万镇留庄村 李明（82岁）\n\n2012年7月10日\n\n"
        " 12月24日，在郑州市区的一个路口，一位\n交通协管员冒着严寒疏导交通。\n"
    )
    assert [(a.first_line, a.last_line) for a in page.articles] == [(1, 6), (8, 9)]


def test_a_writer_marked_text_and_pictures_took_the_pictures_too():
    page = _page("映象网快讯（大象融媒映象网记者\n王立新 文/图）安阳大雨，记者奔赴一线\n采访报道。\n\n大雨中的采访\n")
    (article,) = page.articles
    assert article.reporters == ["王立新"] and article.photographers == ["王立新"]
    assert article.paragraphs == ["安阳大雨，记者奔赴一线采访报道。"]



def test_a_page_that_prints_its_headlines_before_their_bodies():
    page = _page(
        "春耕生产全面展开\n\n本报讯（记者王平）3月2日，全市春耕生产\n全面展开，各地抓紧备耕。\n\n"
        "城区新添三座游园\n\n本报讯（记者李明）昨日，城区三座游园\n建成开放，市民前来游览。\n"
    )
    assert [(a.first_line, a.last_line, a.title) for a in page.articles] == [
        (1, 4, "春耕生产全面展开"), (6, 9, "城区新添三座游园")]
    # This extractor's order (RAW_FORMAT 6): the headline after its body.
    page = _page(
        "本报讯（记者王平）3月2日，全市春耕生产\n全面展开，各地抓紧备耕。\n\n春耕生产全面展开\n\n"
        "本报讯（记者李明）昨日，城区三座游园\n建成开放，市民前来游览。\n\n城区新添三座游园\n"
    )
    assert [(a.first_line, a.last_line, a.title) for a in page.articles] == [
        (1, 4, "春耕生产全面展开"), (6, 9, "城区新添三座游园")]


def test_a_credit_of_a_convergence_media_reporter_with_tu_set_apart():
    assert C.credit("郑报融媒记者 李明 图") and not C.credit("这是示意图")
    assert cv.parse_credit("郑报融媒记者 李明 图") == {"photographers": ["李明"]}
    assert cv.parse_byline_roles("大象融媒记者 王立新") == {"reporters": ["王立新"], "correspondents": []}


def test_last_night_is_the_day_before_the_issue():
    import datetime as dt

    from generator.parse.dateline import find_dateline, resolve_date

    dateline = find_dateline(["月光如水，华灯初上，昨夜的公园里游人如织。"])
    assert dateline == "昨夜" and resolve_date(dateline, dt.date(2010, 8, 12)) == dt.date(2010, 8, 11)
    assert resolve_date("昨晚", dt.date(2010, 8, 12)) == dt.date(2010, 8, 11)


def test_a_trainee_reporters_byline_after_the_body_and_a_false_byline_names_no_one():
    match = C.byline_line("见习记者 王立新 文/图")
    assert match and match.group("names") == "王立新"
    page = _page(" 昨天上午，有市民来电反映，路边\n有一堆垃圾被塑料布遮盖。\n\n见习记者 王立新 文/图\n\n路边垃圾“穿着”塑料衣\n")
    (article,) = page.articles
    assert article.reporters == ["王立新"] and article.photographers == ["王立新"]
    from generator.model import Article
    from generator.parse import bylines

    article = Article(id="x", source_file="p.txt", first_line=1, last_line=1)
    bylines.byline_line(article, " 市民反映：")
    assert article.reporters == [] and article.correspondents == []


def test_a_row_of_numbered_photo_captions_is_one_item_each():
    assert C.caption_start.match("图① 员工在变电站巡视。") and C.caption_start.match("图 ③ 员工查看线路。")
    assert not C.caption_start.match("图书馆今日开馆。")
    page = _page(
        "图① 供电公司员工在对110千伏\n变电站设备进行巡视。 程 刚 摄\n"
        "图② 供电公司员工巡视110千伏\n线路设备。 李建强 摄\n"
    )
    assert [(a.photographers, a.paragraphs[0][:2]) for a in page.articles] == [(["程刚"], "图①"), (["李建强"], "图②")]


def test_an_editor_code_of_one_circled_number():
    assert C.editor_code.search("讲解消防安全常识。①").group("code") == "①"
    assert C.editor_code.search("农民干劲十足。①3").group("code") == "①3"
    assert not C.editor_code.search("主要做法有：①")  # a list's first number after a colon
    page = _page("本报讯（记者王平）3月2日，全市春耕生产\n全面展开，农民干劲十足。①\n春耕生产全面展开\n")
    (article,) = page.articles
    assert article.editor_code == "①" and article.title == "春耕生产全面展开"
    assert article.paragraphs == ["3月2日，全市春耕生产全面展开，农民干劲十足。"]


def test_a_headline_printed_over_its_dated_lead():
    page = _page(
        "本报讯（记者王平）3月2日，全市春耕生产全面展开，\n各地抓紧备耕，农资供应充足。\n春耕生产全面展开\n\n"
        " 河南国庆假期旅游收入502亿元 城乡全面火爆红色成主题\n10 月 7 日，记者从河南省文化和旅游厅获\n"
        "悉，今年国庆假期，全省共接待游客6632\n万人次，同比增长7.2%。\n"
    )
    second = page.articles[-1]
    assert second.title == "河南国庆假期旅游收入502亿元 城乡全面火爆红色成主题" and not second.title_inferred
    assert second.paragraphs == ["10月7日，记者从河南省文化和旅游厅获悉，今年国庆假期，全省共接待游客6632万人次，同比增长7.2%。"]
    # A line of the column's width over a dated line is the text's own first line.
    page = _page(" 今年国庆假期，全省各地的旅游景区和\n10 月 7 日起开放的公园游客如织，同\n比增长7.2%。\n")
    assert page.articles[0].paragraphs[0].startswith("今年国庆假期")


def test_a_bracket_inside_a_running_sentence_is_no_signature():
    page = _page(
        "本报讯 3月16日，志愿者们前往修武县开\n展义务植树，共种植果树\n\n（杏树、桃树、核桃等）\n60余株。\n\n"
        "当天共有40多名志愿者参与活动。\n（李萍 李得胜）\n义务植树正当时\n"
    )
    (article,) = page.articles
    assert article.paragraphs[0].endswith("共种植果树（杏树、桃树、核桃等）60余株。")
    assert article.signature == "李萍 李得胜"


def test_a_dispatchs_writers_on_the_line_after_its_lead():
    page = _page(
        "新华社郑州11月6日电\n新华社记者刘金辉、郝源\n“百年煤城”河南焦作市是南水北调中线工程\n"
        "唯一穿城而过的城市，通水10年来，供水超4.3亿立方米。\n一渠丹江水浸润“百年煤城”\n"
    )
    (article,) = page.articles
    assert (article.kind, article.reporters, article.title) == ("news", ["刘金辉", "郝源"], "一渠丹江水浸润“百年煤城”")


def test_a_picture_credited_to_no_one():
    assert cv.parse_credit("（新华社发）") == {"photographers": []}
    assert cv.parse_credit("（本报资料照片）") == {"photographers": []}
    page = _page("11月12日晚，工作人员在分拣中心分拣包裹。\n（新华社发）\n\n江泽民同志在万北村农民家\n中做客。\n\n（本报资料照片）\n")
    assert [(a.kind, a.photographers, a.signature) for a in page.articles] == [("photo", [], "新华社发"), ("photo", [], "")]


def test_writers_and_artists_by_their_slash_marks_in_a_tail_bracket():
    page = _page(" 5 月 12 日上午，市人代会在市工人文化宫隆重开\n幕。代表们意气风发步入会堂。\n\n（记者 王振巍/文 高崟人 杜庆荣 黄立/图）\n")
    (article,) = page.articles
    assert (article.reporters, article.photographers) == (["王振巍"], ["高崟人", "杜庆荣", "黄立"])
    assert article.title_inferred  # the bracket is no headline
    assert cv.parse_byline_roles(bylines.take_artists(article, "记者 李娟娟/文 首席记者 刘栋杰/图")) == {"reporters": ["李娟娟"], "correspondents": []}
    assert article.photographers[-1] == "刘栋杰"


def test_a_headline_whose_first_part_ends_in_a_colon():
    page = _page(
        " 这是一个曾被国家列为资源枯竭型\n城市，绝路求生、大刀阔斧开发山\n水旅游资源，一举实现由黑色印象\n"
        "到绿色主题转变的全国优秀旅游城\n市。\n看不见的焦作足迹：\n煤城嬗变与美城新生\n\n"
        " □河南日报评论员\n听，大河之南，时代涛声澎湃！\n"
    )
    first = page.articles[0]
    assert first.title == "看不见的焦作足迹：煤城嬗变与美城新生"
    assert first.paragraphs[-1].endswith("全国优秀旅游城市。")


def test_the_lead_is_kept_as_printed_without_spaces():
    page = _page("新华网郑州3月7日电（记者 宋晓东）记者从河南省消防总队获悉，元宵节前后火灾多发。\n元宵夜火灾多发\n")
    assert page.articles[0].lead == "新华网郑州3月7日电（记者宋晓东）"
    page = _page(" 3月7日，记者从河南省消防总队获悉，元宵节前后火灾多发。\n元宵夜火灾多发\n")
    assert page.articles[0].lead == ""


def test_a_caption_credit_set_apart_after_its_last_word_and_one_cut_by_the_column():
    assert C.glued_photo_credit.search("游客在青龙峡景区开心游玩 记者 王玮萱 摄").group("credit") == "记者 王玮萱 摄"
    assert not C.glued_photo_credit.search("他们参观了 记者 站")
    page = _page(
        "上图 人勤春来早。园区的大棚内,\n人们正在嫁接蔬菜苗,为早春生产备足种苗。(谷志方\n摄)\n\n"
        "左图 临近春节,菜农忙碌着将鲜嫩的瓜菜装箱过秤销往各地。(张永久 摄)\n"
    )
    assert [(a.kind, a.photographers) for a in page.articles] == [("photo", ["谷志方"]), ("photo", ["张永久"])]
    assert page.articles[0].paragraphs[-1].endswith("备足种苗。")
    assert page.coverage == 1.0


def test_a_kicker_and_a_title_printed_over_a_dated_lead():
    page = _page(
        "楼阳生在焦作市调研防汛工作时强调\n\n扛稳防汛主体责任 突出群众转移避险\n"
        "6 月 27 日，省委书记楼阳生\n到焦作市武陟县、解放区调研防汛备汛\n等工作。\n"
    )
    (article,) = page.articles
    assert (article.kicker, article.title) == ("楼阳生在焦作市调研防汛工作时强调", "扛稳防汛主体责任 突出群众转移避险")
    assert article.paragraphs == ["6月27日，省委书记楼阳生到焦作市武陟县、解放区调研防汛备汛等工作。"]
    # A first sentence that runs on into a dated line is the text's own.
    page = _page("市委书记王小平带领有关部门负责人\n和各乡镇主要负责同志于\n6 月 27 日，到温县调研防汛备汛工作。\n")
    assert page.articles[0].paragraphs[0].startswith("市委书记王小平带领")


def test_a_photographers_credit_with_the_outlet_that_sent_it():
    assert cv.parse_credit("孙树宝摄（新华社发）") == {"photographers": ["孙树宝"]}
    page = _page("图为6月2日，农机手操作联合收割\n机收获小麦。\n孙树宝摄（新华社发）\n\n河南抢收小麦超800万亩\n")
    (article,) = page.articles
    assert (article.kind, article.photographers) == ("photo", ["孙树宝"])


def test_a_reporter_and_a_correspondent_on_one_line_are_one_byline():
    rows = page_rows(lines("郑州晚报记者 张改华 通讯员 付琳琳"))
    assert [r.text for r in rows] == ["郑州晚报记者 张改华 通讯员 付琳琳"]
    rows = page_rows(lines("□本报记者 谢建晓 河南日报社全媒体记者 杨之甜"))
    assert len(rows) == 2  # two outlets' reporters: read as two byline lines


def test_a_writers_byline_between_the_body_and_its_headline():
    # As the labeller left it on a real page: the byline line taken for the headline's first row.
    from generator.parse.decode import Decoded
    from generator.parse.segment import items_from_labels

    rows = page_rows(lines("本报讯 近期郑州多雨，失修多年的防空洞\n问题显露出来。\n郑州晚报记者 张改华 通讯员 付琳琳\n中原区排除防空洞安全隐患"))
    (item,) = items_from_labels(rows, Decoded(["START", "BODY", "HEAD", "HEAD"], [9.0] * 4, 0.0))
    assert [line.text for line in item.headline] == ["中原区排除防空洞安全隐患"]
    assert [line.text for line in item.tail_byline] == ["郑州晚报记者 张改华 通讯员 付琳琳"]


def test_one_line_captions_each_with_its_credit_are_photo_items():
    from generator.parse.decode import Decoded
    from generator.parse.segment import items_from_labels

    rows = page_rows(lines("游客打卡虎年灯展。关洋摄\n\n只有河南·戏剧幻城地坑院里灯火通明。潘建勋摄"))
    # As the labeller left them on a real page: the first caption taken for a byline line.
    items = items_from_labels(rows, Decoded(["BYL", "START"], [1.2, 3.2], 0.0))
    assert [(item.kind, [line.number for line in item.lines]) for item in items] == [("photo", [1]), ("photo", [3])]


def test_a_writers_name_alone_between_blank_lines_opens_a_feature():
    page = _page(
        "本报讯 去年12月29日上午，中站区召开全会，促进经济社会\n持续健康发展，人民生活水平显著提高。（毋鹏）\n"
        "\n冷 鹏\n\n春节临近，近日，老城街道各个社区里，年味与温情\n双向奔赴，一场场慰问活动温暖人心。\n慰问送到家 花香暖邻间\n"
    )
    assert [(a.kind, a.reporters, a.title) for a in page.articles][1] == ("feature", ["冷鹏"], "慰问送到家 花香暖邻间")
    from generator.parse.openings import is_person_name

    assert is_person_name("冷 鹏") and not is_person_name("后记") and not is_person_name("结语")


def test_a_tail_signature_ends_the_article_before_a_plain_opening():
    rows = page_rows(lines("为建设平安马村再立新功。 （陈洁）\n\n “李妈妈做的饭真好吃”，近日，因父母有\n事外出，8岁的李梦昕在社区写作业。"))
    from generator.parse.features import _features
    from generator.parse.labeller import _constraint

    assert "after_tail_signature" in _features(rows, 1, C)
    allowed = _constraint(rows[1])
    assert not allowed("BODY", "BODY") and allowed("BODY", "START")


def test_a_byline_between_a_closed_body_and_the_headline_at_the_page_foot():
    page = _page(
        "本报讯（记者 王平）3月2日，全市春耕生产全面展开，\n各地抓紧备耕，农资供应充足。\n春耕生产全面展开 本报讯 入冬以来，\n"
        "气温持续偏低，各地做好防寒准备，\n确保群众温暖过冬。\n"
        "郑报融媒记者 李 明\n寒潮来袭，多地气温将降至零下\n提醒市民注意防寒保暖，雨雪天气出行注意交通安全\n"
    )
    assert [(a.title, a.subtitle, a.reporters, [line for line in (a.first_line, a.last_line)]) for a in page.articles] == [
        ("春耕生产全面展开", "", ["王平"], [1, 3]),
        ("寒潮来袭，多地气温将降至零下", "提醒市民注意防寒保暖，雨雪天气出行注意交通安全", ["李明"], [3, 8]),
    ]


def test_a_headline_that_exclaims_glued_to_a_bare_dateline_after_a_closed_text():
    page = _page(
        "本报讯（记者 王平）3月2日，全市春耕生产全面展开，\n各地抓紧备耕，农资供应充足。\n"
        "春耕正当时，田野好风光！ 3月5日，温县各地\n农民抢抓农时，田间地头一派繁忙，\n处处是春耕的景象。\n三月春耕忙\n"
    )
    assert [(a.title, a.first_line, a.last_line) for a in page.articles] == [
        ("春耕正当时，田野好风光！", 1, 3), ("三月春耕忙", 3, 6)]
    from generator.parse.labeller import _constraint

    rows = page_rows(lines("为民办实事。\n人民公园划出园路，静待你来！ 10月29日，信阳市新县吴陈河镇袁湾\n水库移民安置区内温情流动。"))
    assert [row.text for row in rows][1:3] == ["人民公园划出园路，静待你来！", "10月29日，信阳市新县吴陈河镇袁湾"]
    assert "glued_lead" in rows[2].kinds
    allowed = _constraint(rows[2])
    assert allowed("HEAD", "START") and not allowed("BODY", "BODY") and not allowed("BODY", "START")
    # A lead form after a phrase space inside running text (the line above ends open) is
    # a word of the text: no cut is forced there.
    page = _page("本报讯（记者 王平）为保障道路改造工程\n顺利实施，经研究决定，自即日起至 4 月 30 日，对\n该路段实行半幅封闭施工。\n道路半幅封闭施工\n")
    assert [(a.title, a.first_line, a.last_line) for a in page.articles] == [("道路半幅封闭施工", 1, 4)]


def test_a_tail_bracket_with_a_slash_mark_or_an_outlets_dot_signs_the_item():
    page = _page(
        "本报讯 1月5日，大雪过后天空放晴，环卫工人\n连夜清雪除冰，主干道恢复通行。（张一鸣 文/图）\n大雪过后清雪忙\n"
        " 10月29日重阳节当天，庞村镇西庞社区开展\n关爱行动，为老人送上节日祝福。\n（洛报融媒·洛阳网记者王平通讯员 李雪 文/图）\n"
    )
    first, second = page.articles
    assert (first.title, first.reporters, first.photographers, first.paragraphs[-1][-8:]) == ("大雪过后清雪忙", ["张一鸣"], ["张一鸣"], "主干道恢复通行。")
    assert (second.title_inferred, second.reporters, second.correspondents) == (True, ["王平"], ["李雪"])


def test_a_page_of_headlines_over_bodies_ending_in_a_headline_after_a_jump_marker():
    from generator.parse.segment import headline_first

    text = ("春耕生产全面展开\n\n本报讯：（记者 王平）3月2日，全市春耕生产全面\n展开，各地抓紧备耕。\n\n"
            "本报讯（记者 李雪）近年来，我市城乡面貌发生\n了巨大变化，群众生活水平（下转第八版）\n\n城乡面貌焕然一新\n")
    page = _page(text)
    assert [(a.title, a.reporters, a.paragraphs[0][:4]) for a in page.articles] == [
        ("春耕生产全面展开", ["王平"], "3月2日"), ("城乡面貌焕然一新", ["李雪"], "近年来，")]
    # The last headline, after the jump marker, prints there in either order: it does not make
    # the page one of headlines after bodies, and it is the headline of the item it follows.
    rows = page_rows(lines(text))
    labels = ["HEAD", "START", "BODY", "START", "BODY", "HEAD"]
    assert headline_first(labels, rows) and not headline_first(labels)
    assert not headline_first(["HEAD", "START", "BODY", "HEAD"], page_rows(lines("标题\n本报讯 正文。\n内容。\n标题二\n")))


def test_a_headline_at_the_top_of_a_page_of_headlines_after_bodies_is_the_first_items():
    page = _page(
        "三门峡，我们为你自豪！\n——全市群众积极收看竞演节目\n\n本报讯（记者 李博）欢呼、尖叫、自豪……10月6日\n晚7时，竞演节目在中央电视台播出。\n"
        "本报讯（记者 王平）3月2日，全市春耕生产全面展开，\n各地抓紧备耕。\n春耕生产全面展开\n"
    )
    assert [(a.title, a.subtitle, a.first_line) for a in page.articles] == [
        ("三门峡，我们为你自豪！", "——全市群众积极收看竞演节目", 1), ("春耕生产全面展开", "", 6)]


def test_a_headline_set_apart_at_the_top_of_the_page_and_an_author_line_under_a_headline():
    page = _page(" 夏粮主产区迎来麦收“第一镰”\n\n眼下，全省小麦陆续进入成熟期，各地\n抢抓农时，从南到北陆续开镰。\n")
    (first,) = page.articles
    assert (first.title, first.title_inferred, first.dateline, first.paragraphs[0][:3]) == ("夏粮主产区迎来麦收“第一镰”", False, "眼下", "眼下，")
    from generator.parse.decode import Decoded
    from generator.parse.segment import items_from_labels

    rows = page_rows(lines("本报记者 夏先清 摄\n\n直奔问题去 实事暖民心\n□王 平\n\n在主题教育过程中，市城管局坚持以人民为中心，\n着力解决群众最急最盼的问题。"))
    # As the labeller left them on a real page: the headline taken for the lead, the author line for body.
    _, item = items_from_labels(rows, Decoded(["TAIL", "START", "BODY", "BODY", "BODY"], [9.0] * 5, 0.0))
    assert ([line.text for line in item.headline], [line.text for line in item.byline], item.kind) == (
        ["直奔问题去 实事暖民心"], ["□王 平"], "feature")
    # Further down a page, a line set apart before a text may be the headline of the item
    # above it (headlines after bodies): only the top of the page is read as a headline over.
    page = _page("本报讯 3月2日，全市春耕生产全面展开。\n\n春耕生产全面展开\n\n 近年来，我市城乡面貌发生了\n巨大变化，群众生活水平提高。\n")
    assert page.articles[0].title == "春耕生产全面展开"


def test_a_year_before_a_date_is_no_headline_glued_to_a_dateline():
    rows = page_rows(lines("发到她手里。\n去年 7 月 2 日，在创刊65周年之际，评选\n出第五批“金牌读者”。"))
    assert [row.text for row in rows] == ["发到她手里。", "去年 7 月 2 日，在创刊65周年之际，评选", "出第五批“金牌读者”。"]
    # A headline glued to a dateline is still cut there.
    rows = page_rows(lines("发到她手里。\n金牌读者证书 7 月 2 日，在创刊65周年之际，评选\n出第五批“金牌读者”。"))
    assert [row.text for row in rows][1:3] == ["金牌读者证书", "7 月 2 日，在创刊65周年之际，评选"]


def test_a_row_taken_for_a_byline_without_a_bylines_form_is_read_with_the_body():
    from generator.parse.decode import Decoded
    from generator.parse.segment import items_from_labels

    rows = page_rows(lines(" 西大街街道全民动手保清洁\n本报讯 管城区西大街街道办近日号召辖区党员志愿者、文\n明志愿者等800余人开展“清洁家园”行动。"))
    # As the labeller left them on a real page: the headline over the lead taken for a byline.
    (item,) = items_from_labels(rows, Decoded(["BYL", "START", "BODY"], [1.9, 9.0, 9.0], 0.0))
    assert ([line.text.strip() for line in item.headline], item.byline, item.kind) == (["西大街街道全民动手保清洁"], [], "news")


def test_a_headline_that_exclaims_in_quotes_glued_to_the_papers_lead():
    rows = page_rows(lines("提醒行人小心。\n“摔疼我了！” 本报讯 （记者王平）昨日下午，市委书记\n与客人进行座谈。"))
    assert [row.text for row in rows][1:3] == ["“摔疼我了！”", "本报讯 （记者王平）昨日下午，市委书记"]
    rows = page_rows(lines("提醒行人小心。\n他说，这是本报讯员的工作。本报讯 （记者王平）昨日下午，\n与客人进行座谈。"))
    assert len(rows) == 3


def test_a_kicker_block_and_a_title_over_the_text_on_a_page_of_headlines_over_bodies():
    page = _page(
        "山乡迎来丰收年\n6月3日，村民在山坡上的麦田里收割\n小麦，一片丰收景象。\n新华社记者 王平 摄\n\n 晚报评论\n\n"
        "“神探”为何却办了“冤案”\n“冤狱案”曝光后，当年侦办此案\n的大队长备受关注，引发热议。\n"
    )
    second = page.articles[1]
    assert (second.kicker, second.title, second.title_inferred, second.paragraphs[0][:5]) == ("晚报评论", "“神探”为何却办了“冤案”", False, "“冤狱案”")


def test_a_name_wrapped_from_a_byline_line_onto_the_next():
    page = _page(" 本报通讯员 崔红星 王明军\n徐海棉\n\n“李书记，你终于醒过来了，现在还\n疼吗？”村民们围在床前。\n深山结穷亲 情洒致富路\n")
    (article,) = page.articles
    assert (article.kind, article.correspondents, article.paragraphs[0][:4]) == ("feature", ["崔红星", "王明军", "徐海棉"], "“李书记")
    # Two phrases set apart under a byline are no wrapped names (a headline may follow it).
    rows = page_rows(lines("本报记者 王 平\n拒绝雾霾 为爱植树\n\n昨日，志愿者们来到河滩植树。"))
    assert "byline_more" not in rows[1].kinds


def test_a_headline_left_in_the_body_above_on_a_page_of_headlines_over_bodies():
    from generator.parse.decode import Decoded
    from generator.parse.segment import items_from_labels

    rows = page_rows(lines(
        "区委书记带队调研重点项目\n本报讯 昨日，区委书记带队调研重点项目建设，要求加快\n施工进度，为项目建设提供良好环境。\n\n"
        "人大代表莅济视察\n根据省人大常委会安排，12月5日至7日，全国人大代\n表莅临济源，围绕经济高质量发展进行视察。"))
    # As the labeller left them: the second headline and its text read as the first item's body.
    decoded = Decoded(["HEAD", "START", "BODY", "BODY", "BODY", "BODY"], [9.0] * 6, 0.0)
    items = items_from_labels(rows, decoded)
    assert [[line.text for line in item.headline] for item in items] == [["区委书记带队调研重点项目"], ["人大代表莅济视察"]]
    # Without a change of width (a short paragraph of the same column) it stays in the body.
    rows = page_rows(lines("标题一\n本报讯 昨日，全市召开会议部署工作，\n会议要求各地抓好落实。\n\n会议由副市长主持召开\n各部门负责人参加了会议。"))
    items = items_from_labels(rows, Decoded(["HEAD", "START", "BODY", "BODY", "BODY"], [9.0] * 5, 0.0))
    assert len(items) == 1
    # Nor is a row with a clause in it, however wide (`城里人如今重视健康，这里面` / `也有…商机。201`).
    rows = page_rows(lines("标题一\n本报讯 昨日，全市召开会议部署工作，\n会议要求各地抓好落实。\n\n城里人如今重视健康，这里面\n也有村民的商机。201"))
    assert len(items_from_labels(rows, Decoded(["HEAD", "START", "BODY", "BODY", "BODY"], [9.0] * 5, 0.0))) == 1


def test_a_bare_dateline_paragraph_after_an_untitled_lead_in_the_same_column():
    from generator.parse.decode import Decoded
    from generator.parse.segment import items_from_labels

    text = ("晨报讯 2 月 2 日，3 名犯罪嫌疑人在高速\n公路上偷窃设施时被路政人员抓获。\n\n"
            "2011 年 2 月 2 日 16 时 30 分，路政大队\n接到电话，称光缆被挖断，随即赶到。\n挖断光缆致监控黑屏\n")
    rows = page_rows(lines(text))
    # As the labeller left them on a real page: the dateline taken for a new item's lead.
    items = items_from_labels(rows, Decoded(["START", "BODY", "START", "BODY", "HEAD"], [9.0, 9.0, 0.0, 9.0, 9.0], 0.0))
    assert [([line.number for line in item.lines], [line.text for line in item.headline]) for item in items] == [
        ([1, 2, 4, 5, 6], ["挖断光缆致监控黑屏"])]
    # In another column it is another item (`12 月 13 日 上午，市人大常委会…` set wider).
    text = ("晨报讯 2 月 2 日，3 名犯罪嫌疑人在高速\n公路上偷窃设施时被路政人员抓获。\n"
            "12 月 13 日上午，市人大常委会组织部分常委会委员对我市北部\n山区生态环境治理工作进行视察，听取了工作汇报。\n人大常委会视察生态环境治理\n")
    items = items_from_labels(page_rows(lines(text)), Decoded(["START", "BODY", "START", "BODY", "HEAD"], [9.0] * 5, 0.0))
    assert len(items) == 2


def test_a_caption_between_an_articles_closed_text_and_its_photos_credit():
    page = _page(
        "本报讯（记者王平）昨日，我市召开座谈会，退休\n干部、企业职工代表参加了会议。\n\n"
        "9月7日，电信枢纽楼项目工地的工人正加紧\n施工，整个项目将于今年年底竣工。\n刘 昆 摄\n"
    )
    assert [(a.kind, a.first_line, a.last_line, a.photographers) for a in page.articles] == [
        ("news", 1, 2, []), ("photo", 4, 6, ["刘昆"])]
    # A credit right under the article's own text is the article's picture.
    page = _page("本报讯（记者王平）昨日，我市召开座谈会，退休\n干部、企业职工代表参加了会议。\n刘 昆 摄\n")
    assert [(a.first_line, a.last_line, a.photographers) for a in page.articles] == [(1, 3, ["刘昆"])]


def test_a_kicker_and_a_title_over_the_text_when_the_title_was_taken_for_the_lead():
    from generator.parse.decode import Decoded
    from generator.parse.segment import items_from_labels

    rows = page_rows(lines("【两会特别报道】\n\n主播打卡牡丹花都 抖一抖古城\n\n一朵花，有万种风情。一座城，有千\n年历史！主播带你看洛阳。"))
    # As the labeller left them on a real page of headlines over bodies: the title as the lead.
    (item,) = items_from_labels(rows, Decoded(["HEAD", "START", "BODY", "BODY"], [2.0, 2.0, 2.0, 9.0], 0.0))
    assert [line.text for line in item.headline if not line.is_blank] == ["【两会特别报道】", "主播打卡牡丹花都 抖一抖古城"]
    assert [line.number for line in item.body if not line.is_blank] == [5, 6]


def test_a_headline_between_a_photos_credit_and_an_untitled_dispatch_is_the_dispatchs():
    from generator.parse.decode import Decoded
    from generator.parse.segment import items_from_labels

    text = ("6月2日，在县城东关，农机手操作联合收\n割机收获小麦。\n王 平 摄\n\n全省抢收小麦超百万亩\n\n"
            "据新华社郑州6月2日电（记者李林）连阴\n雨之后，麦收迎来抢收大战。\n")
    labels = ["START", "BODY", "TAIL", "HEAD", "START", "BODY"]
    items = items_from_labels(page_rows(lines(text)), Decoded(labels, [9.0] * 6, 0.0))
    assert [(sorted(line.number for line in item.lines if not line.is_blank), [line.text for line in item.headline if line.text])
            for item in items] == [([1, 2, 3], []), ([5, 7, 8], ["全省抢收小麦超百万亩"])]
    # The dispatch has a headline after its own body: the one under the photo is the photo's.
    text += "麦收迎来抢收大战\n"
    items = items_from_labels(page_rows(lines(text)), Decoded(labels + ["HEAD"], [9.0] * 7, 0.0))
    assert [[line.text for line in item.headline if line.text] for item in items] == [
        ["全省抢收小麦超百万亩"], ["麦收迎来抢收大战"]]



def test_a_headline_between_a_photos_glued_credit_and_an_untitled_feature_is_the_features():
    """The credit glued to the caption's last words; the feature opened by its byline."""
    from generator.parse.decode import Decoded
    from generator.parse.segment import items_from_labels

    def items(text, labels):
        rows = page_rows(lines(text))
        found = items_from_labels(rows, Decoded(labels, [9.0] * len(labels), 0.0))
        return [(sorted(line.number for line in item.lines if not line.is_blank), [line.text for line in item.headline if line.text])
                for item in found]

    photo = "1月20日，游客在古城墙下赏灯。为迎接\n春节，古城装扮一新。 张平李岚摄\n"
    feature = "□本报记者 王 林\n\n除夕傍晚，记者来到山顶的护林站，\n老两口正在包饺子。\n"
    labels = ["START", "BODY", "HEAD", "HEAD", "BYL", "START", "BODY"]
    text = photo + "\n山里人家\n\n守林三十年\n\n" + feature
    assert items(text, labels) == [([1, 2], []), ([4, 6, 8, 10, 11], ["山里人家", "守林三十年"])]
    # Right under the credit, no blank line between, the headline is the photo's.
    text = photo + "山里人家\n\n守林三十年\n\n" + feature
    assert items(text, labels) == [([1, 2, 3, 5], ["山里人家", "守林三十年"]), ([7, 9, 10], [])]



def test_a_headline_over_text_that_opens_with_a_dateline():
    """A row taken for the lead with no clause mark, over a row that opens with a dateline and a
    comma, is the item's headline; not where the row is a clause of the text."""
    from generator.parse.decode import Decoded
    from generator.parse.segment import items_from_labels

    def item(text):
        rows = page_rows(lines(text))
        labels = ["START"] + ["BODY"] * (len(rows) - 1)
        (found,) = items_from_labels(rows, Decoded(labels, [9.0] * len(rows), 0.0))
        return [line.text.strip() for line in found.headline if line.text], found.body[0].text.strip()

    text = " 区委书记带队调研重点项目建设\n11 月 7 日下午，区委书记带队调研\n该区重点项目建设工作。\n"
    assert item(text) == (["区委书记带队调研重点项目建设"], "11 月 7 日下午，区委书记带队调研")
    assert item(text.replace("\n11 月 7 日下午，", "\n\n当日，"))[0] == ["区委书记带队调研重点项目建设"]
    # a clause of the text: the date does not open a sentence
    assert item(" 全市各级各部门要在\n2月10日前完成排查，确保安全。\n")[0] == []


def test_a_subhead_taken_for_a_headline_between_two_items():
    from generator.parse.decode import Decoded
    from generator.parse.segment import items_from_labels

    def items(text, labels):
        rows = page_rows(lines(text))
        assert len(rows) == len(labels)
        found = items_from_labels(rows, Decoded(labels, [9.0] * len(labels), 0.0))
        return [(sorted(line.number for line in item.lines if not line.is_blank), [line.text for line in item.headline if line.text])
                for item in found]

    # Headlines over bodies: the news item goes on under its subhead.
    over = ("寒潮明起到来\n\n本报讯（记者王林）省气象台昨日预计\n本周全省气温将下降八到十度，局部有\n雨雪。\n\n"
            "出行注意防滑\n\n此次降温影响范围广，将对交通造成不\n利影响，市民出行要注意防滑。\n")
    assert items(over, ["HEAD", "START", "BODY", "BODY", "HEAD", "START", "BODY"]) == [([1, 3, 4, 5, 7, 9, 10], ["寒潮明起到来"])]
    # …not where the text below opens with a lead of its own.
    other = over.replace("此次降温影响", "本报讯 此次降温影响")
    assert len(items(other, ["HEAD", "START", "BODY", "BODY", "HEAD", "START", "BODY"])) == 2
    # Headlines after bodies: a feature opened by its byline, its headline at its end.
    after = ("本报记者 王 林\n\n小暑过后，天气闷热，市民有何纳凉的\n高招？记者一一进行了盘点。\n\n公园 纳凉好去处\n\n"
             "昨日中午，记者在人民公园看到，这里聚\n集了众多纳凉的市民，好不热闹。\n市民纳凉各有招\n")
    assert items(after, ["BYL", "START", "BODY", "HEAD", "START", "BODY", "HEAD"]) == [([1, 3, 4, 6, 8, 9, 10], ["市民纳凉各有招"])]
    # …not after an item opened by the paper's lead: that is its headline, printed after it.
    news = after.replace("本报记者 王 林\n\n", "本报讯（记者王林）昨日，")
    assert len(items(news, ["START", "BODY", "HEAD", "START", "BODY", "HEAD"])) == 2


def test_an_intro_printed_over_its_articles_byline():
    from generator.parse.decode import Decoded
    from generator.parse.segment import items_from_labels

    text = ("与新中国同龄的这张报纸，已经走过\n了七十多个春秋，读者遍布城乡。\n\n本报记者 王 林\n\n"
            "在采访中，记者多次听到这样的话语：\n读报已经成了生活中的一部分。\n读报就像和邻居聊天\n")
    labels = ["START", "BODY", "BYL", "START", "BODY", "HEAD"]
    rows = page_rows(lines(text))
    (item,) = items_from_labels(rows, Decoded(labels, [9.0] * 6, 0.0))
    assert [line.text for line in item.byline if line.text] == ["本报记者 王 林"]
    assert [line.text for line in item.headline if line.text] == ["读报就像和邻居聊天"]
    # Text that ends with a jump marker goes on elsewhere: the byline opens another item.
    marked = text.replace("读者遍布城乡。", "读者遍布城乡。（下转第三版）")
    assert len(items_from_labels(page_rows(lines(marked)), Decoded(labels, [9.0] * 6, 0.0))) == 2


def test_a_credit_the_column_cut_after_its_role():
    """`新华社记者` / `王 颂 摄`: the role on the line above the credit is the credit's, not text."""
    page = _page(" 山乡迎来丰收年\n6月3日，村民在山坡的麦田里\n收割小麦。\n新华社记者\n王 颂 摄\n")
    (article,) = page.articles
    assert article.photographers == ["王颂"]
    assert article.paragraphs == ["6月3日，村民在山坡的麦田里收割小麦。"]
    assert page.coverage == 1.0


def test_the_captions_after_a_photo_reports_credit_are_its_pictures():
    """`…走得及时”。` / `本报见习记者 李 海 摄影报道` / `上图为…` / `左图为…`: one photo report."""
    text = (" 2月4日，春运拉开大幕。车站积极准备，\n确保旅客走得有序。\n本报见习记者 李 海 摄影报道\n\n"
            "上图为车站检票员为老年乘客检票。\n\n左图为农民工从出站口走出。\n\n 2月5日，在郑州火车站，旅客排队进站。\n"
            "车站增开了临时售票窗口。\n")
    page = _page(text)
    first = page.articles[0]
    assert (first.first_line, first.last_line) == (1, 7) and first.photographers == ["李海"]
    assert first.paragraphs[1:] == ["上图为车站检票员为老年乘客检票。", "左图为农民工从出站口走出。"]


def test_an_untitled_intro_with_its_byline_set_tight_under_it_is_one_article():
    """`…南部依然有雨雪。` / `晚报记者 王林/文 李明/图` (no blank line between) / the text: one
    article; not where a blank line sets the byline apart."""
    from generator.parse.decode import Decoded
    from generator.parse.segment import items_from_labels

    def count(text, labels):
        rows = page_rows(lines(text))
        return len(items_from_labels(rows, Decoded(labels, [9.0] * len(rows), 0.0)))

    intro = " 昨日，郑州下了一场雪。环卫部门开始\n了除雪，南部依然有雨雪。\n"
    below = "\n昨日8时30分，伴着冷风，雪花飘扬。短\n短几十分钟，一些地方已经出现积雪。\n"
    labels = ["START", "BODY", "BYL", "START", "BODY"]
    assert count(intro + "晚报记者 王林/文 李明/图\n" + below, labels) == 1
    assert count(intro + "\n晚报记者 王林/文 李明/图\n" + below, labels) == 2


def test_a_headline_over_its_dash_subtitle_and_an_opening_line_set_apart():
    """` 烟火人间年味浓` / `——济源人民欢欢喜喜过大年` / blank / `虎年已去春风暖，兔岁乍来喜气浓。` /
    blank / the text: one article, its headline and subtitle over an opening line."""
    page = _page(" 山城年味浓\n——山里人家欢欢喜喜过大年\n\n旧岁已去春风暖，新年乍来喜气浓。\n\n"
                 "农历新年，在山城里，浓郁的年味扑面而来。人们\n奔赴团圆，分享喜悦。\n")
    (article,) = page.articles
    assert (article.title, article.subtitle) == ("山城年味浓", "——山里人家欢欢喜喜过大年")
    assert article.paragraphs[0] == "旧岁已去春风暖，新年乍来喜气浓。"


def test_a_lead_bracket_alone_opens_an_item_but_not_a_dispatchs_wrapped_one():
    """`（记者 吴艳敏）春节期间，…` opens an item, its writer the reporter; the bracket of a
    dispatch wrapped onto the next line (`据新华社郑州6月2日电` / `（记者李鹏）连阴雨天…`) is the
    dispatch's."""
    assert C.lead("（记者 王林）春节期间，不少市民外出游玩。")[0].name == "bracketed_byline"
    assert C.lead("（李萍 李得胜）") is None and C.lead("（记者从市气象台了解到）") is None
    rows = page_rows(lines("据新华社郑州6月2日电\n（记者李林）连阴雨天\n气之后，麦收迎来抢收。\n"))
    assert "lead" in rows[0].kinds and "lead" not in rows[1].kinds
    rows = page_rows(lines("本报讯（记者王平）昨日，会议召开。\n（记者李林）连阴雨天\n气之后，麦收迎来抢收。\n"))
    assert "lead" in rows[1].kinds  # the lead above has its own bracket


def test_headlines_after_jump_markers_on_a_page_taken_for_headlines_first():
    """A headline alone at the foot after a jump marker, under an item whose headline at its
    top follows a jump marker ending an untitled item: each is the item above's."""
    from generator.parse.decode import Decoded
    from generator.parse.segment import items_from_labels

    text = (" 【特别报道】\n\n主播打卡牡丹花都\n\n一朵花，有万种风情。一座城，有千\n年历史。\n\n"
            "本报记者 赵 林\n\n祖祖辈辈因大山过穷日子的人没有想\n到，如今背靠大山好生财，（下转第四版）\n\n"
            "江岭村：背靠大山好生财\n（记者 吴林）春节期间，不少市民选择\n外出游玩，出游更加文明。（下转第六版）\n\n"
            "文明过春节 年味更浓了\n")
    rows = page_rows(lines(text))
    labels = ["HEAD", "HEAD", "START", "BODY", "BYL", "START", "BODY", "HEAD", "START", "BODY", "HEAD"]
    assert len(rows) == len(labels)
    items = items_from_labels(rows, Decoded(labels, [9.0] * len(labels), 0.0))
    assert [[line.text.strip() for line in item.headline if line.text] for item in items] == [
        ["【特别报道】", "主播打卡牡丹花都"], ["江岭村：背靠大山好生财"], ["文明过春节 年味更浓了"]]


def test_a_headline_after_an_editor_code_over_a_features_byline_is_the_features():
    """`…一同座谈。①3` / blank / `申城何处不飞花` / `——…侧记（上）` / `本报记者 时秀敏` / text."""
    from generator.parse.decode import Decoded
    from generator.parse.segment import items_from_labels

    text = ("本报讯（记者王平）昨日下午，市委书记与客人座谈，\n副市长一同座谈。①3\n\n 山城何处不飞花\n"
            "——报业社长总编采风活动侧记（上）\n本报记者 时 敏\n在革命纪念馆，瞻仰先烈，追忆历史，\n一幕幕岁月仿佛掠过眼前。\n")
    rows = page_rows(lines(text))
    labels = ["START", "BODY", "HEAD", "HEAD", "BYL", "START", "BODY"]
    assert len(rows) == len(labels)
    items = items_from_labels(rows, Decoded(labels, [9.0] * len(labels), 0.0))
    assert [[line.text.strip() for line in item.headline if line.text] for item in items] == [
        [], ["山城何处不飞花", "——报业社长总编采风活动侧记（上）"]]


def test_a_lone_unclosed_row_over_a_features_byline_is_its_headline():
    """`听兰考老乡再谈“俺们的焦书记”（全国优秀记者看兰考）` / blank / `□新华社记者 朱 基 钗` / text."""
    page = _page("山村老乡再谈“俺们的老书记”（优秀记者看山村）\n\n □新华社记者 朱 基 钗\n\n"
                 "张庄村地处黄河最后一道弯，曾经是最大\n的风口，也是防风治沙最先成功的地方。\n")
    (article,) = page.articles
    assert article.title == "山村老乡再谈“俺们的老书记”（优秀记者看山村）" and article.reporters == ["朱基钗"]


def _items(text, labels):
    from generator.parse.decode import Decoded
    from generator.parse.segment import items_from_labels

    rows = page_rows(lines(text))
    assert len(rows) == len(labels), [r.text for r in rows]
    return items_from_labels(rows, Decoded(labels, [9.0] * len(labels), 0.0))


def _headlines(items):
    return [[line.text.strip() for line in item.headline if line.text] for item in items]


def test_a_frames_lone_row_in_the_headline_run_above_heads_the_pages_last_item():
    """`…再赞。` / `城铁昨日开跑` / blank / ` 聚焦三夏` / blank / `6 月 7日，…` to the page's end."""
    text = ("昨日上午，城铁首发，乘客说这速度，\n简直不能再赞。\n城铁昨日开跑\n\n 聚焦三夏\n\n"
            "6 月 7日，在大桥北岸，李奇的小麦开\n始收割。（记者 史长来 摄影报道）\n")
    items = _items(text, ["START", "BODY", "HEAD", "HEAD", "START", "BODY"])
    assert _headlines(items) == [["城铁昨日开跑"], ["聚焦三夏"]]
    # Without the leading space the row is read as the second part of the headline above.
    items = _items(text.replace(" 聚焦", "聚焦"), ["START", "BODY", "HEAD", "HEAD", "START", "BODY"])
    assert _headlines(items) == [["城铁昨日开跑", "聚焦三夏"], []]


def test_a_photo_reports_credit_glued_to_its_caption():
    match = C.glued_photo_credit.search("选全国售粮种粮大户。（记者 史长来 摄影报道）")
    assert match and match.group("credit").strip("（）") == "记者 史长来 摄影报道"


def test_the_spaces_inside_a_dateline_are_layout():
    for text, opening, dateline in [
        ("▶昨日 早上7点15分，城铁首发车从郑州火车站驶出，8点07分抵达。", "▶昨日早上7点15分，", "昨日早上7点15分"),
        ("五一 小长假期间，我市各大景区人山人海，一派欢乐祥和。", "五一小长假期间，", "五一小长假期间"),
    ]:
        (article,) = _page("本报讯 " + text + "\n城铁开跑\n").articles
        assert article.paragraphs[0].startswith(opening) and article.dateline == dateline, article.paragraphs
    # A space between two phrases that are no date stays.
    (article,) = _page("本报讯 昨日，“情暖五月 关爱母亲”活动举行。\n活动举行\n").articles
    assert "情暖五月 关爱母亲" in article.paragraphs[0]


def test_rows_set_apart_under_a_photos_credit_head_the_item_below():
    """`…中留倩影。` / `记者 陈 占 举 摄` / blank / ` 节日洛阳 鲜花映笑脸` / blank / `五一期间，…`."""
    text = ("郁金香牡丹园， 郁金香中留倩影。\n\n记者 陈 占 举 摄\n\n 节日洛阳 鲜花映笑脸\n\n"
            "五一期间，我市各大景区人山人海，一\n派欢乐祥和。\n")
    items = _items(text, ["START", "TAIL", "START", "BODY", "BODY"])
    assert _headlines(items) == [[], ["节日洛阳 鲜花映笑脸"]]
    # Under a closed sentence, not a credit, the row is not read as a headline over the text.
    items = _items(text.replace("\n\n记者 陈 占 举 摄\n", ""), ["START", "START", "BODY", "BODY"])
    assert _headlines(items) == [[], []]


def test_a_kicker_over_the_headline_of_a_feature_at_the_pages_top():
    """` 有关雨的那些事儿……` / blank / title / deck / blank / `□记者 …` / text."""
    text = (" 有关雨的那些事儿……\n\n一场秋雨一层凉\n明日处暑，本周最高气温难超30℃\n\n□记者 戈晓芳\n\n"
            "连续几天的降雨，让我市的气温下降不少。\n")
    items = _items(text, ["START", "HEAD", "HEAD", "BYL", "START"])
    assert len(items) == 1
    assert _headlines(items) == [["有关雨的那些事儿……", "一场秋雨一层凉", "明日处暑，本周最高气温难超30℃"]]


def test_a_second_kicker_and_title_in_an_items_text_open_the_next_item():
    """On a page of headlines over bodies, under a photo: `新京报` / `官员下乡自带干粮` / text … `…需要警惕的。` / `京华时报` /
    `“污染出边界才上报”` / text."""
    text = ("大范围雾霾天气\n\n雾霾天气里，市民戴口罩出行。\n\n新华社记者 朱 祥 摄\n\n"
            "新京报\n\n官员下乡自带干粮是\n手段不是目的\n\n据新华社报道，贵州省近\n日出台新规。这是需要警\n惕的。\n\n"
            "京华时报\n\n“污染出边界才上报”\n透出的荒唐\n\n面对突发事件、事故，要\n求必须及时报告。\n")
    labels = ["HEAD", "START", "TAIL", "HEAD", "HEAD", "HEAD", "START", "BODY", "BODY", "SUB", "BODY", "BODY", "BODY", "BODY"]
    items = _items(text, labels)
    assert _headlines(items) == [["大范围雾霾天气"], ["新京报", "官员下乡自带干粮是", "手段不是目的"],
                                 ["京华时报", "“污染出边界才上报”", "透出的荒唐"]]
    # A block holding a clause mark is text: the row above it stays a subhead.
    text = text.replace("“污染出边界才上报”\n透出的荒唐", "“污染出边界才上报”，\n透出的荒唐")
    items = _items(text, labels)
    assert len(items) == 2 and _headlines(items)[1] == ["新京报", "官员下乡自带干粮是", "手段不是目的"]


def test_a_tail_credit_naming_the_work_first():
    match = C.byline_line("采写：周口广电全媒体记者 张博越")
    assert match and match.group("names") == "张博越"


def test_a_character_alone_names_no_one_in_a_credit():
    assert cv.parse_credit("新华社记 王颂 摄") == {"photographers": ["王颂"]}
    assert cv.parse_credit("王 颂 摄") == {"photographers": ["王颂"]}  # letter-spaced, one name


def test_a_credits_role_after_the_captions_last_sentence():
    """`…旱情将基本得以解除。 新华社记者` / `王 颂 摄`: the role is the credit's, not the caption's."""
    page = _page("\n 在原阳县境内的一块麦田里，小麦叶子上挂满了水珠。\n河南省小麦的旱情将基本得以解除。 新华社记者\n王 颂 摄\n")
    (article,) = page.articles
    assert article.paragraphs[-1].endswith("得以解除。") and article.photographers == ["王颂"]
    assert "新华社记者" in [a.text for a in page.artifacts]
    # …or the first names, a bracket opened before them (`…基础。(黄金峰` / `周运动 摄)`) or not.
    for last, credit in [("为夺取夏粮丰收奠定基础。(黄金峰", "周运动 摄)"), ("对拆迁现场的垃圾进行覆盖。 黄金峰", "周运动 摄")]:
        (article,) = _page(f"\n 3月23日，村民正在田间打井，切实解决浇灌难题，\n{last}\n{credit}\n").articles
        assert article.photographers == ["黄金峰", "周运动"] and article.paragraphs[-1].endswith("。"), last


def test_a_tail_bracket_that_names_its_writer_after_wen():
    (article,) = _page("本报讯 10月29日，敬老宴在村里举行，暖的是胃，更是心。（文 王丽君）\n敬老宴\n").articles
    assert article.reporters == ["王丽君"] and article.signature == ""
    (article,) = _page("本报讯 10月29日，敬老宴在村里举行，暖的是胃，更是心。（文明办）\n敬老宴\n").articles
    assert article.signature == "文明办" and article.reporters == []


def test_a_row_whose_bracket_runs_on_is_no_headline():
    """`…穿城而过（11月6日` / `摄，无人机照片）。` / credit: one caption, not a headline over it."""
    rows = page_rows(lines("工程在焦作市穿城而过（11月6日\n摄，无人机照片）。\n新华社记者 郝源 摄\n"))
    assert "headlike" not in rows[0].features and "headlike" not in rows[1].features
    rows = page_rows(lines("工程在焦作市穿城而过\n摄于11月6日。\n"))
    assert "headlike" in rows[0].features


def test_a_tail_signature_the_column_cut_in_two():
    page = _page("本报讯 9月25日，考察团到焦作参观考察，寻找\n商机。\n（中国台湾网、焦作\n市台办联合报道）\n考察团到焦作考察\n")
    (article,) = page.articles
    assert article.signature == "中国台湾网、焦作市台办联合报道" and article.paragraphs[-1].endswith("寻找商机。")


def test_a_clause_stopping_at_a_word_no_phrase_ends_with_runs_on():
    """`寒冬时节，走进企业，只见车间内一派繁忙的` / `景象。1月23日上午，…`: no headline; a headline
    with a comma may end in 到 (`降温10℃，雨雪可能今夜到`)."""
    rows = page_rows(lines("（下转第二版）\n\n寒冬时节，走进企业，只见车间内一派繁忙的\n景象。1月23日上午，工人们正在打磨。\n"))
    assert "headlike" not in rows[1].features
    rows = page_rows(lines("不利于污染物扩散。\n降温10℃，雨雪可能今夜到\n迎接雨雪天，早高峰公交加密车次\n"))
    assert "headlike" in rows[1].features


def test_the_words_before_a_glued_lead_are_a_headline_whatever_the_labeller_said():
    text = "本报讯 昨日，窨井下沉，16时许，\n窨井被修好。\n“摔疼我了！” 本报讯 （记者翟倩倩）昨日下午，市委书记王\n小平在迎宾馆座谈。\n"
    rows = page_rows(lines(text))
    assert [r.text for r in rows][2:4] == ["“摔疼我了！”", "本报讯 （记者翟倩倩）昨日下午，市委书记王"]
    items = _items(text, ["START", "BODY", "BODY", "START", "BODY"])
    assert _headlines(items) == [["“摔疼我了！”"], []]
    # A credit mark before a byline's role is no headline.
    text = "\n□文/图 本报记者 杨光\n\n上图：付文祥，67岁，家里种了3亩多葡萄。\n"
    assert [r.text for r in page_rows(lines(text))][:2] == ["□文/图", "本报记者 杨光"]
    items = _items(text, ["BODY", "BYL", "START"])
    assert not any(_headlines(items))


def test_a_wide_line_after_a_tail_signature_parts_a_headline_from_the_next_text():
    """`（全媒体记者 王建成）` / `热火朝天“麦收季” 不负好春光，添绿正当时。3月` / `13日，…`."""
    text = ("又热火朝天地开启了。\n（全媒体记者 王建成）\n热火朝天“麦收季” 不负好春光，添绿正当时。3月\n"
            "13日，记者了解到，植树节当\n日，全市干部群众参加植树。\n")
    assert [r.text for r in page_rows(lines(text))][1:4] == [
        "（全媒体记者 王建成）", "热火朝天“麦收季”", "不负好春光，添绿正当时。3月"]


def test_a_credit_that_names_its_work_first_and_a_headline_alone_under_the_photo():
    """`…广场` / `晾晒小麦 摄影 邹吉硕` / blank / ` 南阳西峡：` / `开放公共广场 服务“三夏”生产` /
    ` 5 月 26 日，…`: the photo's credit, then the headline of the item below, its first part on
    a row of its own ending in a colon."""
    assert cv.parse_credit("摄影 邹吉硕") == {"photographers": ["邹吉硕"]}
    match = cv.GLUED_PHOTO_CREDIT.search("晾晒小麦 摄影 邹吉硕")
    assert match and match.group("credit") == "摄影 邹吉硕"
    assert cv.GLUED_PHOTO_CREDIT.search("参加摄影比赛") is None
    text = ("\n 村民在茧场村党群服务中心广场\n晾晒小麦 摄影 邹吉硕\n\n 南阳西峡：\n开放公共广场 服务“三夏”生产\n"
            " 5 月 26 日，在西峡县阳城镇田营村委门口，一块牌子格外醒目。\n")
    items = _items(text, ["START", "BODY", "START", "HEAD", "START"])
    assert _headlines(items) == [[], ["南阳西峡：", "开放公共广场 服务“三夏”生产"]]


def test_a_title_whose_first_part_ends_in_a_colon_runs_on():
    from generator.parse.headline import split_headline

    got = split_headline(lines("南阳西峡：\n开放公共广场 服务“三夏”生产"))
    assert (got.title, got.subtitle) == ("南阳西峡：开放公共广场 服务“三夏”生产", "")


def test_a_series_kicker_at_the_pages_top_over_an_item_headlined_over_its_text():
    """`行走河南 读懂中国——…系列报道` / blank / `黄沁交汇 文脉赓续` / `——…焦作篇` / blank / text,
    on a page of headlines after bodies: one item, the series' name its kicker."""
    text = ("行走河南 读懂中国——系列报道\n\n黄沁交汇 文脉赓续\n——研学之旅焦作篇\n\n"
            "焦作古称覃怀地，也称怀川，位于黄河中下游。\n\n本报讯 昨日，怀川大地春意盎然。\n春满怀川\n")
    # as the labeller read the real page; the page ends with a headline (after its body)
    items = _items(text, ["HEAD", "START", "BODY", "BODY", "START", "HEAD"])
    assert len(items) == 2 and _headlines(items)[0][0] == "行走河南 读懂中国——系列报道"


def test_a_two_row_byline_between_a_body_and_its_headline_signs_the_item_above():
    """`…传递爱心。` / blank / `郑报融媒记者 张华` / `通讯员 白晶 文/图` / blank / headline / blank /
    `本报讯 …`: the byline's second row is no lead, and both sign the item above."""
    text = ("本报讯 昨日，志愿者为环卫工人送出手套，\n为市民为社会传递爱心。\n\n郑报融媒记者 张华\n通讯员 白晶 文/图\n\n"
            "时刻有人惦记着 环卫工师傅是幸福的\n\n 本报讯 经开区第一幼儿园开展活动。\n幼儿园献爱心\n")
    items = _items(text, ["START", "BODY", "BYL", "START", "HEAD", "START", "HEAD"])
    assert len(items) == 2
    assert _headlines(items)[0] == ["时刻有人惦记着 环卫工师傅是幸福的"]
    assert [line.text for line in items[0].tail_byline] == ["郑报融媒记者 张华", "通讯员 白晶 文/图"]


def test_the_institution_that_gave_a_picture_signs_it():
    page = _page("\n 《杨介人》在清华大学演出剧照。\n沁阳市怀梆艺术保护传承中心供图\n")
    (article,) = page.articles
    assert article.kind == "photo" and article.photographers == [] and article.signature == "沁阳市怀梆艺术保护传承中心供图"


def test_a_caption_its_credit_ends_is_no_headline_after_a_jump_marker():
    text = "成为了太行山下的一颗璀璨明珠。（下转第四版）\n\n莫沟村环村小火车。 张 香 丽 摄\n\n游客在小火车上观光。\n张香丽 摄\n"
    items = _items(text, ["START", "HEAD", "START", "TAIL"])
    assert len(items) == 3 and not any(_headlines(items))


def test_a_text_titled_as_an_official_notice_is_a_notice_though_it_opens_with_a_date():
    page = _page("近日，我市出现降雪天气，为保障群众出行安全，\n现将有关事项通告如下：\n一、市区主干道实行交通管制。\n"
                 "二、请市民减少不必要的出行。\n\n某某市交通运输局\n\n某某市交通运输局关于雪天出行的通告（第2号）\n")
    (article,) = page.articles
    assert article.kind == "notice" and article.title == "某某市交通运输局关于雪天出行的通告（第2号）"
    page = _page("近日，我市出现降雪天气，市交通运输局发出通告，\n提醒市民减少不必要的出行。\n\n市交通局发布雪天出行提示\n")
    assert page.articles[0].kind == "news"  # a report about a notice


def test_a_short_text_that_says_what_the_picture_shows_is_a_photo_caption():
    page = _page(" 3月12日植树节当天，区领导和群众到湿地公园参加义务植树，共栽种樱花\n树300多棵。图为区委书记（左二）和群众一道正在植树。\n\n"
                 " 本报讯 4月23日，省复查组来我县检查文化工作，\n对我县文化建设给予肯定。\n\n省复查组来我县检查\n")
    assert [a.kind for a in page.articles] == ["photo", "news"]
    page = _page(" 3月12日植树节当天，区领导和群众到湿地公园参加义务植树，共栽种樱花\n树300多棵，为城市增添新绿。\n\n"
                 " 本报讯 4月23日，省复查组来我县检查文化工作，\n对我县文化建设给予肯定。\n\n省复查组来我县检查\n")
    assert page.articles[0].kind == "news"  # no 图为: a report


def test_a_headline_glued_to_a_text_that_opens_with_a_lunar_date_is_cut_from_it():
    page = _page(" 本报讯 昨日，我市召开电力保障工作会议，部署春季\n用电工作。\n\n某某市电力公司\n\n"
                 "架线增容 惠及菜农 农历正月初七，节后上班第一天。集聚区内\n早已机车隆隆，一派繁忙景象。\n\n节后开工忙\n")
    first, second = page.articles
    assert (first.kicker, first.title) == ("某某市电力公司", "架线增容 惠及菜农")
    assert second.paragraphs[0].startswith("农历正月初七，节后上班第一天。") and second.title == "节后开工忙"


def test_an_editors_note_label_is_a_paragraph_of_the_text_not_its_headline():
    page = _page(" 本报讯 昨日，全市召开大气污染防治推进会，部署下一阶段\n工作。\n\n"
                 " 四水同治开启治水兴水新时代\n本报记者 甲乙\n\n编者按\n\n"
                 "近年来，市委、市政府强力推进四水同治工作，取得了明显成\n效。本报今日刊发长篇通讯，敬请关注。\n\n"
                 "用奋斗定义时光，用奋进追梦时代。\n")
    article = page.articles[-1]
    assert article.title != "编者按" and article.kicker != "编者按"  # neither a headline nor its stand-in
    assert article.paragraphs[:2] == ["编者按", "近年来，市委、市政府强力推进四水同治工作，取得了明显成效。本报今日刊发长篇通讯，敬请关注。"]
