"""Cite this article: GB/T 7714-2015's newspaper form ([N], [N/OL]), BibTeX, RIS, CSL-JSON
and the citation_* meta tags, against citations written out by hand.

The form, from GB/T 7714-2015 (连续出版物中的析出文献, its example 丁文祥. 数字革命与竞争国际化[N].
中国青年报, 2000-11-20(15).): 主要责任者. 题名[N]. 报纸名, 出版日期(版次). Online:
...[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 获取和访问路径. More than three authors: the
first three, then 等.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from generator.registry import Registry
from generator.render import render_site
from generator.render.citation import bibtex, csl_json, gbt7714, meta_tags, page_url, permanent_url, ris
from tests.render.builders import article, make_config

PAPER = "焦作日报"
URL = "https://archive.example.org/2020/02/21/wo-shi/"


def _lead():
    return article(id="lead01abcdef", title="我市召开疫情防控视频专题调度会", subtitle="——王小平主持",
                   kicker="统筹推进疫情防控和经济社会发展", reporters=["焦娇"], correspondents=["李欣"],
                   issue_date=dt.date(2020, 2, 21), page=1)


def test_gbt7714_newspaper_article_with_two_authors_and_a_subtitle():
    # The subtitle is other title information (题名: 其他题名信息); the kicker is not cited.
    assert gbt7714(_lead(), PAPER) == "焦娇, 李欣. 我市召开疫情防控视频专题调度会: 王小平主持[N]. 焦作日报, 2020-02-21(1)."


def test_gbt7714_more_than_three_authors_are_cut_with_deng():
    a = article(title="市委召开常委会议", reporters=["孙国利", "许伟涛", "杜笠", "原文钊"], issue_date=dt.date(2020, 2, 26), page=2)
    assert gbt7714(a, PAPER) == "孙国利, 许伟涛, 杜笠, 等. 市委召开常委会议[N]. 焦作日报, 2020-02-26(2)."


def test_gbt7714_signature_when_there_is_no_byline_and_nothing_when_neither():
    signed = article(title="武陟县全力服务企业复工复产", reporters=[], signature="李永晖", issue_date=dt.date(2020, 2, 26), page=3)
    assert gbt7714(signed, PAPER) == "李永晖. 武陟县全力服务企业复工复产[N]. 焦作日报, 2020-02-26(3)."
    anonymous = article(title="监督举报电话", reporters=[], issue_date=dt.date(2020, 2, 21), page=None)
    assert gbt7714(anonymous, PAPER) == "监督举报电话[N]. 焦作日报, 2020-02-21."


def test_gbt7714_photo_item_cites_its_photographer():
    photo = article(title="坚守", reporters=[], photographers=["赵春营"], issue_date=dt.date(2020, 2, 21), page=4)
    assert gbt7714(photo, PAPER) == "赵春营. 坚守[N]. 焦作日报, 2020-02-21(4)."


def test_gbt7714_online_form_names_the_url_and_the_date_of_citing():
    assert gbt7714(_lead(), PAPER, URL) == (
        "焦娇, 李欣. 我市召开疫情防控视频专题调度会: 王小平主持[N/OL]. 焦作日报, 2020-02-21(1)[引用日期]. "
        "https://archive.example.org/2020/02/21/wo-shi/.")
    assert gbt7714(_lead(), PAPER, URL, cited="2026-12-01").endswith("(1)[2026-12-01]. https://archive.example.org/2020/02/21/wo-shi/.")


def test_bibtex_entry_braces_names_and_escapes_specials():
    a = article(id="abc123abc123", title="增长50%_新{纪录}", reporters=["焦娇", "李欣"], issue_date=dt.date(2020, 2, 21), page=1)
    assert bibtex(a, PAPER, URL) == (
        "@article{jzrb-2020-02-21-abc123abc123,\n"
        "  author = {{焦娇} and {李欣}},\n"
        "  title = {{增长50\\%\\_新\\{纪录\\}}},\n"
        "  journal = {焦作日报},\n"
        "  journaltitle = {焦作日报},\n"
        "  date = {2020-02-21},\n"
        "  year = {2020},\n"
        "  month = {2},\n"
        "  day = {21},\n"
        "  pages = {1},\n"
        "  url = {https://archive.example.org/2020/02/21/wo-shi/},\n"
        "  langid = {chinese}\n"
        "}\n")


def test_ris_record_of_type_news_with_crlf_lines():
    assert ris(_lead(), PAPER, URL) == (
        "TY  - NEWS\r\nAU  - 焦娇\r\nAU  - 李欣\r\nTI  - 我市召开疫情防控视频专题调度会: 王小平主持\r\n"
        "T2  - 焦作日报\r\nPY  - 2020\r\nDA  - 2020/02/21\r\nSP  - 1\r\n"
        "UR  - https://archive.example.org/2020/02/21/wo-shi/\r\nLA  - zh\r\nID  - lead01abcdef\r\nER  - \r\n")


def test_csl_json_newspaper_item():
    assert json.loads(csl_json(_lead(), PAPER, URL)) == [{
        "id": "lead01abcdef", "type": "article-newspaper", "title": "我市召开疫情防控视频专题调度会: 王小平主持",
        "container-title": "焦作日报", "author": [{"literal": "焦娇"}, {"literal": "李欣"}],
        "issued": {"date-parts": [[2020, 2, 21]]}, "page": "1", "URL": URL, "language": "zh-CN",
    }]


def test_meta_tags_as_google_scholar_reads_them():
    assert meta_tags(_lead(), PAPER, URL) == [
        ["citation_title", "我市召开疫情防控视频专题调度会: 王小平主持"],
        ["citation_author", "焦娇"], ["citation_author", "李欣"],
        ["citation_publication_date", "2020/02/21"],
        ["citation_journal_title", "焦作日报"], ["citation_publisher", "焦作日报"],
        ["citation_firstpage", "1"], ["citation_language", "zh"],
        ["citation_public_url", URL], ["citation_abstract_html_url", URL],
    ]


def test_an_undated_article_has_no_date_anywhere():
    a = article(title="无日期的文章", reporters=["焦娇"], issue_date=None, page=None)
    assert gbt7714(a, PAPER) == "焦娇. 无日期的文章[N]. 焦作日报."
    assert not [t for t in meta_tags(a, PAPER) if t[0] == "citation_publication_date"]
    assert "DA  -" not in ris(a, PAPER)


def test_permanent_url_is_the_directory_url_under_the_site(monkeypatch):
    monkeypatch.delenv("ARCHIVE_SITE_URL", raising=False)
    archive = dataclasses.replace(make_config().archive, site_url="https://archive.example.org/jz")
    assert page_url("2020/02/21/wo-shi.md") == "2020/02/21/wo-shi/"
    assert page_url("people/index.md") == "people/"
    assert permanent_url(archive, "2020/02/21/wo-shi.md") == "https://archive.example.org/jz/2020/02/21/wo-shi/"
    # A deployment's address wins, as in the MkDocs plugin.
    monkeypatch.setenv("ARCHIVE_SITE_URL", "https://mirror.example.net/")
    assert permanent_url(archive, "2020/02/21/wo-shi.md") == "https://mirror.example.net/2020/02/21/wo-shi/"
    # No address: no URL is cited (a relative path is none a reader can follow).
    monkeypatch.delenv("ARCHIVE_SITE_URL")
    assert permanent_url(make_config().archive, "2020/02/21/wo-shi.md") == ""


def test_the_cited_url_is_the_one_the_registry_keeps(tmp_path, monkeypatch):
    """Two articles whose headline and id prefix give one path: the one the registry
    recorded keeps it (and is cited at it), the newcomer is cited at its own fallback path."""
    monkeypatch.delenv("ARCHIVE_SITE_URL", raising=False)
    config = dataclasses.replace(make_config(), archive=dataclasses.replace(make_config().archive, site_url="https://a.example.org/"))
    first = article(id="abcdef000001", title="同题", first_line=1, issue_date=dt.date(2020, 2, 21))
    second = article(id="abcdef000002", title="同题", first_line=30, issue_date=dt.date(2020, 2, 21))
    shared = "2020/02/21/tong-ti-abcdef.md"
    registry = Registry(paths={shared: ["abcdef000002", "000_test.txt", 30, 40]})
    docs = tmp_path / "docs"
    render_site([first, second], [], config, docs, registry=registry)
    held = (docs / "2020/02/21/tong-ti-abcdef.bib").read_text(encoding="utf-8")
    assert "abcdef000002" in held and "url = {https://a.example.org/2020/02/21/tong-ti-abcdef/}" in held
    other = (docs / "2020/02/21/tong-ti-abcdef-abcdef000001.bib").read_text(encoding="utf-8")
    assert "url = {https://a.example.org/2020/02/21/tong-ti-abcdef-abcdef000001/}" in other
    page = (docs / shared).read_text(encoding="utf-8")
    assert "- citation_public_url\n  - https://a.example.org/2020/02/21/tong-ti-abcdef/" in page
    assert "同题&#91;N/OL&#93;. 焦作日报, 2020-02-21(1)&#91;引用日期&#93;. https://a.example.org/2020/02/21/tong-ti-abcdef/." in page
