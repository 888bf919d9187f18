"""URLs are the pinyin of the headline plus the article's stable id: readable and permanent."""

from __future__ import annotations

import datetime as dt

from generator.slugs import article_path, article_slug, pinyin_slug, unique_slugs
from tests.render.builders import article


def test_pinyin_of_the_headline_without_punctuation():
    assert pinyin_slug("修武：“首席服务官”助力企业复工复产") == "xiu-wu-shou-xi-fu-wu-guan-zhu"


def test_latin_words_and_digits_are_kept_lowercase():
    assert pinyin_slug("云视讯 APP 开通 2020年") == "yun-shi-xun-app-kai-tong-2020-nian"


def test_at_most_eight_syllables():
    assert len(pinyin_slug("中华人民共和国国家统计局统计用区划代码").split("-")) == 8


def test_slug_ends_with_the_first_six_characters_of_the_id():
    assert article_slug(article(id="3F2A9C77aa", title="我市出台“暖心六条”")) == "wo-shi-chu-tai-nuan-xin-liu-tiao-3f2a9c"


def test_a_headline_without_pinyin_still_gets_a_slug():
    assert article_slug(article(id="abcdef99", title="……")) == "article-abcdef"


def test_path_is_the_issue_date_then_the_slug():
    a = article(id="abcdef99", title="我市出台“暖心六条”", issue_date=dt.date(2020, 2, 21))
    assert article_path(a) == "2020/02/21/wo-shi-chu-tai-nuan-xin-liu-tiao-abcdef.md"


def test_undated_articles_have_their_own_folder():
    assert article_path(article(id="abcdef99", title="无日期", issue_date=None)) == "undated/wu-ri-qi-abcdef.md"


def test_adding_articles_does_not_move_an_existing_one():
    a = article(id="abcdef99", title="武陟县全力服务企业复工复产")
    before = article_path(a)
    article_path(article(id="0123456", title="武陟县全力服务企业复工复产"))
    assert article_path(a) == before


def test_configured_slugs_win_and_homophones_are_told_apart_by_a_hash():
    slugs = unique_slugs(["武陟县", "王言", "王岩", "刘涛"], {"武陟县": "wuzhi"})
    assert slugs["武陟县"] == "wuzhi"
    assert slugs["刘涛"] == "liu-tao"
    assert slugs["王言"].startswith("wang-yan-") and slugs["王岩"].startswith("wang-yan-")
    assert slugs["王言"] != slugs["王岩"]
    assert unique_slugs(["王岩", "王言"]) == {"王言": slugs["王言"], "王岩": slugs["王岩"]}
