"""Districts named and the primary district (gazetteer roll-up and false-hit guards)."""

import datetime as dt

import pytest

from generator.enrich.districts import find_districts
from generator.model import Article


def article(*paragraphs, title=""):
    return Article(id="t", source_file="t.txt", first_line=1, last_line=1, title=title, paragraphs=list(paragraphs))


@pytest.mark.parametrize(
    "title, text, districts, primary",
    [
        ("许良镇春耕忙", "博爱县许良镇组织农机手下田。", ["博爱县"], "博爱县"),
        ("", "温县黄庄镇南韩村种粮大户正在浇地。", ["温县"], "温县"),
        ("", "马村区待王街道开展志愿服务。", ["马村区"], "马村区"),
        ("", "该村被评为省级生态示范村，村民测量体温县里统一安排。", [], "其他"),  # no place: 示范村, 体温县 are guarded
        ("我市部署春耕生产", "全市各县（市）区要抓好春耕，孟州、沁阳两地进度较快。", ["沁阳市", "孟州市"], "市级"),
        ("", "郑州市召开会议，部署全省春耕。", [], "其他"),
        ("", "示范区（高新区）党工委书记主持召开会议。", ["示范区"], "示范区"),
    ],
)
def test_districts_and_primary(resources, title, text, districts, primary):
    assert find_districts(article(text, title=title), resources.gazetteer) == (districts, primary)


# Elsewhere is evidence, not a default: another city's officials and places make an item 其他,
# even where its generic words (市委, 全市) would read as Jiaozuo's.
@pytest.mark.parametrize(
    "title, text, districts, primary",
    [
        ("", "新密市委书记到新密市各乡镇检查防汛工作，要求全市上下高度重视，市委、市政府将加强督导。", [], "其他"),
        ("兰考县召开脱贫攻坚推进会", "会议要求，全县上下要认清形势，县委、县政府将加大投入。", [], "其他"),
        ("", "濮阳示范区召开项目观摩会，市委、市政府有关负责人出席。", [], "其他"),
        ("", "新乡高新区一家企业落户投产。", [], "其他"),
        # A town or village of the same name as one of Jiaozuo's, at the end of an address
        # that begins at another county, is that county's (`城关镇` is 修武县's and many others').
        ("", "获嘉县城关镇召开会议，镇党委书记讲话。", [], "其他"),
        ("", "确山县竹沟镇陈家沟村的村民正在采摘。", [], "其他"),
    ],
)
def test_news_of_elsewhere_is_other(resources, title, text, districts, primary):
    assert find_districts(article(text, title=title), resources.gazetteer) == (districts, primary)


# A county-level city's own 市委/全市 are that city's: 孟州市委书记… is 孟州 news.
def test_a_county_level_citys_city_words_are_its_own(resources):
    text = "孟州市委书记主持召开市委常委会议，市委、市政府领导出席。会议要求，全市各级各部门要抓好秋粮收购，市委将开展督查。"
    assert find_districts(article(text), resources.gazetteer) == (["孟州市"], "孟州市")


def test_jiaozuos_city_words_stay_city_wide_when_a_county_is_named_later(resources):
    text = "全市各县（市）区要抓好春耕，市委、市政府将开展督查，孟州进度较快。"
    assert find_districts(article(text, title="我市部署春耕"), resources.gazetteer) == (["孟州市"], "市级")


# 我县, 县委书记, 县领导: county news named by rank; the county is the one the article names.
def test_rank_words_count_for_the_county_named(resources):
    text = "会议在武陟召开。我县要抓好麦播，县委书记强调，县领导要分包到村，县委、县政府将严格考核；全市会议精神要传达到位，市委、市政府、市人大将开展督查。"
    assert find_districts(article(text), resources.gazetteer) == (["武陟县"], "武陟县")


def test_an_alias_other_places_use_needs_jiaozuo_context(resources):
    """高新区 alone beside a place elsewhere is that place's; beside Jiaozuo's own words it is ours."""
    assert find_districts(article("郑州市高新区企业家来焦考察，郑州客商表示满意。"), resources.gazetteer)[1] == "其他"
    assert find_districts(article("示范区（高新区）党工委召开会议。"), resources.gazetteer) == (["示范区"], "示范区")


def test_an_official_named_by_rank_resolves_to_the_county_he_served_on_that_day(resources):
    """县委书记X with no county named: the register says whose 县委书记 X was at the date."""
    from generator.enrich.people import find_people

    def primary(day):
        a = article("县委书记魏曰高到城区调研道路建设，要求县直各单位加强合作、加快进度。")
        a.event_date = day
        return find_districts(a, resources.gazetteer, find_people(a, resources), resources.register)[1]

    assert primary(dt.date(2013, 8, 7)) == "温县"  # seen in print as 温县县委书记 in 2013-08 and 2014-01
    assert primary(dt.date(2019, 8, 7)) == "其他"  # outside what the register knows: no county by guess, nothing placed


def test_a_place_elsewhere_named_as_a_topic_does_not_take_the_citys_words(resources):
    """郑州 as the subject of a study (就郑州及周边地区…调研) is not 郑州市委 reporting."""
    text = "省政协调研组昨日莅焦，就郑州及周边地区大气治理开展调研，市委、市政府负责人陪同，调研组听取了我市治理情况汇报。"
    assert find_districts(article(text), resources.gazetteer)[1] == "市级"


def test_a_county_secretary_in_a_list_of_city_leaders_stands_for_the_city(resources):
    from generator.enrich.people import find_people

    a = article("市领导郭鹏、刘涛、王建修出席会议，市委、市政府有关部门负责人参加。")
    a.event_date = dt.date(2020, 2, 20)  # 郭鹏 is 修武县委书记 and 市委常委 in the register then
    assert find_districts(a, resources.gazetteer, find_people(a, resources), resources.register)[1] == "市级"


def test_short_forms_before_an_urban_district_word(resources):
    """解放 and 山阳 alone are words (解放思想) and places elsewhere; before 城区 they are units."""
    text = "市长批示说，解放和山阳两城区的干部职工敢打硬仗，要继续解放思想。"
    assert find_districts(article(text), resources.gazetteer)[0] == ["解放区", "山阳区"]
    assert find_districts(article("要继续解放思想，山阳路口车多。"), resources.gazetteer)[0] == []


def test_a_place_two_units_share_counts_for_the_one_named(resources):
    """太行街道 exists in 山阳区 and 沁阳市: with 沁阳 named once, its three mentions are 沁阳's."""
    text = ("全市各县（市）区要抓好春耕。太行街道组织志愿者入户宣传，太行街道各社区设立服务点，"
            "太行街道党工委书记带队逐户检查，市委、市政府派出督导组；随后，沁阳市农业农村局派出技术员。")
    assert find_districts(article(text), resources.gazetteer) == (["沁阳市"], "沁阳市")


def test_an_alias_other_places_use_among_the_units_named_needs_no_place_elsewhere(resources):
    """周口's 城乡一体化示范区 is not Jiaozuo's 示范区; printed with no place elsewhere, or with
    Jiaozuo's own name, it is."""
    gaz = resources.gazetteer
    assert find_districts(article("周口市部署三夏生产。城乡一体化示范区开展麦收工作，农机手抢收小麦。"), gaz)[0] == []
    assert find_districts(article("城乡一体化示范区开展麦收工作，农机手抢收小麦。"), gaz)[0] == ["示范区"]
    assert find_districts(article("焦作市城乡一体化示范区与郑州客商签约。"), gaz)[0] == ["示范区"]


@pytest.mark.parametrize(
    "lead, primary",
    [
        ("新华网郑州3月7日电（记者宋晓东）", "其他"),  # filed from elsewhere
        ("映象网驻马店讯（记者杨晓）", "其他"),  # another outlet's item
        ("", "其他"),  # nothing printed says where: not shown to be Jiaozuo's
        ("本报讯（记者王平）", "其他"),  # nor by the paper's own lead
        ("焦作网讯（记者张三）", "市级"),  # a local outlet names the city
    ],
)
def test_an_item_with_no_place_is_of_its_lead(resources, lead, primary):
    item = article("记者从省消防总队获悉，元宵节前后火灾多发。")
    item.lead = lead
    assert find_districts(item, resources.gazetteer) == ([], primary)


def test_a_notice_that_names_no_place_is_the_papers_own(resources):
    notice = article("即日起，本报开始办理2012年度报刊征订业务，欢迎广大读者订阅。")
    notice.kind = "notice"
    assert find_districts(notice, resources.gazetteer) == ([], "市级")
    notice.kind = "photo"
    assert find_districts(notice, resources.gazetteer) == ([], "其他")


# Another city named, nothing of Jiaozuo: that city's 市委 and 全市 are its own; the paper's
# own 我市 in its own item stays the paper's city.
def test_the_city_words_of_an_item_that_names_only_another_city(resources):
    text = ("春节期间，市委书记、市长分别带队看望慰问节日期间坚守岗位的干部职工。"
            "市委、市政府感谢全市广大干部职工为信阳城市发展作出的贡献。")
    assert find_districts(article(text), resources.gazetteer) == ([], "其他")
    own = article("全省优化营商环境工作推进会在郑州召开，副市长带领我市有关部门负责人参加会议，我市作了典型发言。")
    own.lead = "本报讯（记者王平）"
    assert find_districts(own, resources.gazetteer) == ([], "市级")


# A county or district of another city, and nothing of Jiaozuo, frames the item as that
# city's too: its 市委 and 市政协 are that city's.
def test_the_city_words_of_an_item_that_names_only_a_county_of_another_city(resources):
    text = "日前，市政协组织部分委员到浉河区调研茶产业发展，市政协主席对浉河区茶企转型给予肯定。"
    assert find_districts(article(text), resources.gazetteer) == ([], "其他")
    # With a place of Jiaozuo named, the city words stay the paper's city.
    text = "日前，市政协组织部分委员到浉河区学习茶产业发展经验，回来后到修武县、温县调研，市政协主席要求我市借鉴。"
    assert find_districts(article(text), resources.gazetteer) == (["修武县", "温县"], "市级")


def test_a_place_elsewhere_apart_from_a_village_does_not_take_it(resources):
    """Only an address chain (county, town, village) carries a place elsewhere down to the
    name: a visitor from elsewhere to 陈家沟 leaves the village 温县's."""
    visit = article("郑州游客来陈家沟村体验太极拳。")
    assert find_districts(visit, resources.gazetteer) == (["温县"], "温县")
