"""People and roles, on sentences composed for the tests with names in no people file."""

import pytest

from generator.enrich.people import find_people
from generator.model import Article


def article(*paragraphs, title="", **fields):
    return Article(id="t", source_file="t.txt", first_line=1, last_line=1, title=title, paragraphs=list(paragraphs), **fields)


def names(found):
    return [m.name for m in found]


def test_enumeration_after_a_list_title(bare_resources):
    a = article("县领导郜红旗、禹晓东、荆卫国、靳文一同调研。")
    assert names(find_people(a, bare_resources)) == ["郜红旗", "禹晓东", "荆卫国", "靳文"]


def test_titles_before_a_name_are_its_roles(bare_resources):
    found = find_people(article("博爱县委副书记、县长尚立新主持会议，副县长闫可出席。"), bare_resources)
    assert names(found) == ["尚立新", "闫可"]
    assert found[0].roles == ("博爱县委副书记", "县长")
    assert found[1].roles == ("副县长",)


def test_speaker_before_a_speech_verb(bare_resources):
    found = find_people(article("会上，逯春雨表示，要抓好春耕生产。"), bare_resources)
    assert names(found) == ["逯春雨"]


def test_name_split_by_the_layout_is_one_name_after_reflow(bare_resources):
    # Reflow has joined 温县县委书记欧阳 / 明远 before enrichment sees the text.
    assert names(find_people(article("温县县委书记欧阳明远到黄庄镇调研。"), bare_resources)) == ["欧阳明远"]


def test_byline_people_are_not_story_people(bare_resources):
    a = article("村民韩小满说：“今年收成好。”", reporters=["韩小满"])
    assert names(find_people(a, bare_resources)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "要求企业负责人严格落实疫情防控措施。",
        "全体党员干部要深入贯彻落实会议精神。",
        "习近平总书记关于疫情防控工作的重要指示。",
        "高尚小区和张庄村的居民都测量体温。",
        "焦作的“钟南山”——副院长在一线。",
    ],
)
def test_common_words_are_not_names(sentence, bare_resources):
    assert names(find_people(article(sentence), bare_resources)) == [n for n in ["习近平"] if n in sentence]


def test_known_people_are_found_without_a_title(resources):
    assert "王小平" in names(find_people(article("王小平在讲话中指出，要坚定信心。"), resources))


def test_a_relative_is_named_after_the_kinship_word(bare_resources):
    found = find_people(article("老人的儿子曾立秋常年在外打工，女儿冉小禾在县城读书。"), bare_resources)
    assert names(found) == ["曾立秋", "冉小禾"]
    assert all(m.roles == () for m in found)  # kinship is not a title
    # the spoken form with 儿 (老伴儿) introduces a name as well
    found = find_people(article("立在水边的管护站，也是老王和他老伴儿周红梅的家。"), bare_resources)
    assert names(found) == ["周红梅"]


def test_a_long_list_of_names_without_a_title_word(bare_resources):
    # The lead (市（厅）级干部) is no role word; the inner items are names by their shape.
    a = article("离退休干部孙明德、钱学正、郑少华、冯立新等出席。")
    assert names(find_people(a, bare_resources)) == ["孙明德", "钱学正", "郑少华", "冯立新"]


def test_a_list_on_a_stage_closed_by_its_verb(bare_resources):
    a = article("殷德全、穆玉芬、葛敬宇、张凤林在主席台就座。")
    assert names(find_people(a, bare_resources)) == ["殷德全", "穆玉芬", "葛敬宇", "张凤林"]


def test_an_item_of_a_list_is_read_whole(bare_resources):
    # 向 is also a preposition that may follow a name; inside a 、 list the item is whole.
    a = article("副主任李红、周新向、吴立成、和金玉出席。")
    assert names(find_people(a, bare_resources)) == ["李红", "周新向", "吴立成", "和金玉"]


@pytest.mark.parametrize(
    "text",
    [
        "我要向大家表示感谢。",  # 向 + 大家: a preposition and a pronoun
        "镇上的村民和游人在广场上跳舞。",  # 和 + 游人 after the title-like 村民
        "会后，督查组表示满意。",  # 督 is a rare surname; 督查 is a word
        "高三学生正在复习。",  # a school grade before 学生
        "依托当地的古村落资源发展乡村旅游。",  # jieba's dictionary tags 古村落 a name; 村落 is a noun
        "向群众征集金点子。",  # the same: 点子
    ],
)
def test_words_that_look_like_names_are_not_people(bare_resources, text):
    assert names(find_people(article(text), bare_resources)) == []


def test_a_grade_before_a_role_word_is_not_a_name(bare_resources):
    assert names(find_people(article("高三学生林小雨获得一等奖。"), bare_resources)) == ["林小雨"]


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("要抓好复工复产和省长宋立明提出的各项任务。", "宋立明", "省长"),  # a conjunction ends the sentence's words
        ("全市上下要认真落实省委书记冯振东的讲话精神。", "冯振东", "省委书记"),  # a verb before the title
        ("在原东岗村党支部书记韩老根的带领下，村里建起了工厂。", "韩老根", "原东岗村党支部书记"),
        ("市人力资源和社会保障局局长程立平出席。", "程立平", "市人力资源和社会保障局局长"),  # 和 inside a title
        ("记者见到了联合厂房负责人赵胜利。", "赵胜利", "联合厂房负责人"),  # a particle
        ("全体职工在局长翟传森的带领下清扫街道。", "翟传森", "局长"),  # a preposition
        ("工作队首先走进贫困户邓秀兰家中。", "邓秀兰", "贫困户"),  # a verb of going
        ("随着市委书记王小平一声令下，工程开工。", "王小平", "市委书记"),
        ("所在村党支部书记李长河介绍了情况。", "李长河", "所在村党支部书记"),  # 所在 is the title's
        ("该县县委书记王玲一行走访慰问。", "王玲", "县委书记"),  # a deictic word is not the title's
        ("我市领导陈敬如陪同视察。", "陈敬如", "市领导"),
        ("1998年，时任中共中央总书记江泽民来到这里。", "江泽民", "中共中央总书记"),  # 时任: when, not what
        ("2月10日,副市长祁立华带领市工信局负责同志调研。", "祁立华", "副市长"),  # a half-width comma ends the sentence's words
        ("村里的变化，离不开村党支部书记贺长林。", "贺长林", "村党支部书记"),  # a verb of needing
        ("带领大家致富的，就是社区党支部书记刘凤英。", "刘凤英", "社区党支部书记"),  # 是, a verb of being
        ("会议对王封街道妇联主席姬晓红提出表扬。", "姬晓红", "王封街道妇联主席"),  # 对, a preposition
        ("信阳军分区司令员夏世明出席。", "夏世明", "信阳军分区司令员"),  # the army's titles
    ],
)
def test_a_role_never_crosses_a_conjunction_or_a_verb(bare_resources, text, name, role):
    found = {m.name: m.roles for m in find_people(article(text), bare_resources)}
    assert found == {name: (role,)}


def test_a_name_introduced_by_the_speaker(bare_resources):
    assert names(find_people(article("“我叫靳小满，今年八岁。”“我叫韦丽，喜欢画画。”"), bare_resources)) == ["靳小满", "韦丽"]


def test_a_surname_with_a_form_of_address_is_no_full_name(bare_resources):
    assert names(find_people(article("正在施工的周师傅对记者说，市民张先生也来帮忙。"), bare_resources)) == []


def test_a_rare_surname_inside_a_list_of_officials(bare_resources):
    a = article("区领导杨立栋、琚明、成万林出席活动。")
    assert names(find_people(a, bare_resources)) == ["杨立栋", "琚明", "成万林"]


def test_a_name_after_a_title_and_before_a_reporting_verb(bare_resources):
    assert names(find_people(article("小记者韩思彤采访执勤民警。"), bare_resources)) == ["韩思彤"]


@pytest.mark.parametrize(
    "title, text",
    [
        ("市委书记王小平调研春耕生产本报记者李明远", "王小平一行来到田间地头。"),  # a byline glued to the headline
        ("", "村民们在大棚里采摘葡萄。王新华 摄"),  # a photo credit left in a caption
        ("", "通讯员冯小亮在现场看到，工人们正在施工。"),
    ],
)
def test_credits_inside_the_text_are_not_story_people(bare_resources, title, text):
    found = names(find_people(article(text, title=title), bare_resources))
    assert not {"李明远", "王新华", "冯小亮"} & set(found)


def test_names_after_bank_association_and_retirement_titles_and_no_deputy_title_taken_for_a_name(bare_resources):
    found = find_people(article("读者分别是：市人大常委会原副主任王明，作家协会会员张丙辰，农行分行副行长张飞跃，退休干部刘静宜。"), bare_resources)
    assert names(found) == ["王明", "张丙辰", "张飞跃", "刘静宜"]
    assert [m.roles for m in found] == [("市人大常委会原副主任",), ("作家协会会员",), ("农行分行副行长",), ("退休干部",)]


def test_a_name_jiebas_dictionary_knows_well_is_a_person(bare_resources):
    """焦裕禄, 刘伯承, 江泽民: well-known names the dictionary tags as persons; not the
    person-tagged words that open with an ordinary word, end in a common noun or a landform."""
    text = "学习焦裕禄精神，参观刘伯承元帅故居，当年江泽民同志曾到这里视察。"
    assert names(find_people(article(text), bare_resources)) == ["焦裕禄", "刘伯承", "江泽民"]
    for word in ("安全感", "高水平", "连阴雨", "王屋山", "金灿灿", "纪念塔"):
        assert names(find_people(article(f"这里的{word}让人难忘。"), bare_resources)) == [], word


def test_a_word_of_place_after_a_role_is_no_person(bare_resources):
    """`淮滨县一村民家灶内余火未熄`: 家灶 after 村民 is a stove inside a home, not a villager."""
    assert names(find_people(article("淮滨县一村民家灶内余火未熄，致使火势蔓延。"), bare_resources)) == []
    assert names(find_people(article("村民王新华说，今年收成不错。"), bare_resources)) == ["王新华"]


@pytest.mark.parametrize("text, name", [
    ("现场督战的建工集团董事长庞长鸿所说：工期不等人。", "庞长鸿"),  # 庞长 | 鸿 (a name's character)
    ("村党支部书记张会强领着记者走访了全村。", "张会强"),  # 张会 | 强领 (a piece jieba made up)
    ("71岁的老村民王加红边用微信和孩子聊天，边晒太阳。", "王加红"),  # 王加 | 红边 (a word it hardly knows)
])
def test_a_two_character_cut_keeps_the_given_names_last_character(bare_resources, text, name):
    assert names(find_people(article(text), bare_resources)) == [name]


@pytest.mark.parametrize("text, name", [
    ("赵凹村第一书记郭辉先开了腔。", "郭辉"),  # 先: an adverb of the sentence
    ("复工复产和省长尹弘莅焦调研。", "尹弘"),  # 莅: a verb
])
def test_a_character_that_reads_as_a_word_of_the_sentence_is_no_part_of_the_name(bare_resources, text, name):
    assert names(find_people(article(text), bare_resources)) == [name]


def test_a_role_starts_after_a_verb_that_has_a_person_act(bare_resources):
    found = find_people(article("驻村后，第一书记王大成就让村党支部书记张会强领着他走访全村。"), bare_resources)
    assert dict((m.name, m.roles) for m in found)["张会强"] == ("村党支部书记",)


@pytest.mark.parametrize("text, found", [
    ("今年56岁的邰桂兰，干了一辈子环卫工作。", ["邰桂兰"]),
    ("63岁的黄全一边干活一边说。", ["黄全"]),
    ("4岁的女儿多穿件衣服。", []),  # an age before a kinship word: no name
])
def test_a_name_after_a_persons_age(bare_resources, text, found):
    assert names(find_people(article(text), bare_resources)) == found


@pytest.mark.parametrize("text, found", [
    ("女同事赵宇还把自己的外套给了她。", ["赵宇"]),  # a tie of work introduces a name as kinship does
    ("科室里的同事都叫他“铁人”。", []),  # 都叫他: a pronoun ends the clause, no given name holds one
])
def test_a_name_after_a_colleague_and_no_name_holding_a_pronoun(bare_resources, text, found):
    assert names(find_people(article(text), bare_resources)) == found


@pytest.mark.parametrize("text, found", [
    ("很多外地市民都喜欢到这里看看。", []),  # 都 + 喜欢 after 市民: the adverb and the verb, no 都喜欢
    ("群众连声夸赞社区负责人有担当，能够为群众办实事。", []),
    ("他的儿子曾小明今年考上了大学。", ["曾小明"]),  # 曾 and a given name that is no word: a name
])
def test_an_adverb_that_is_also_a_surname_before_a_word_is_no_name(bare_resources, text, found):
    assert names(find_people(article(text), bare_resources)) == found


@pytest.mark.parametrize("text, found", [
    ("对此，农民日报记者李海涛格外关注。", ["李海涛"]),  # another outlet's reporter the item is about
    ("本报记者王小平在现场看到，工人们正在施工。", []),  # the paper's own reporter: a credit
    ("新华社记者王颂摄", []),
    ("今年的收成不错（农民日报记者李海涛）。", []),  # in a credit's bracket: a credit
])
def test_another_outlets_reporter_inside_a_sentence_is_a_person(bare_resources, text, found):
    assert names(find_people(article(text), bare_resources)) == found
