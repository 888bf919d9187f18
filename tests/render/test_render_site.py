"""render_site: the pages a reader opens, checked through the Markdown that MkDocs would read."""

from __future__ import annotations

import datetime as dt
import posixpath
import re

import pytest

from generator.dataset import ARTICLES, article_record
from generator.render import render_site
from tests.render.builders import HOSTILE, article, make_config, to_html, visible_text

FEB21, FEB26 = dt.date(2020, 2, 21), dt.date(2020, 2, 26)


def _articles():
    lead = article(
        id="lead01abcdef", title="我市召开疫情防控视频专题调度会", kicker="统筹推进疫情防控和经济社会发展",
        subtitle="——王小平主持", reporters=["焦娇"], correspondents=["李欣"], dateline="2月20日上午",
        event_date=dt.date(2020, 2, 20), issue_date=FEB21, page=1, first_line=10, continued_to="第三版①",
        paragraphs=["本报讯 2月20日上午，王小平主持召开会议。", "徐衣显出席。"],
        people=["王小平", "徐衣显"], people_roles={"王小平": ["市委书记"], "徐衣显": ["市长"]},
        districts=["武陟县"], primary_district="市级", topics=["疫情防控", "复工复产"])
    second = article(
        id="second123456", title="武陟县全力服务企业复工复产", issue_date=FEB21, page=2, first_line=1,
        signature="李永晖", photographers=["赵春营"], paragraphs=["武陟县……"],
        people=["徐衣显"], districts=["武陟县"], primary_district="武陟县", topics=["复工复产"])
    later = article(
        id="later0123456", title="市委召开常委（扩大）会议", issue_date=FEB26, page=1,
        people=["王小平", "徐衣显"], people_roles={"王小平": ["市委书记"]}, topics=["疫情防控"])
    undated = article(id="undated12345", title="无日期的文章", issue_date=None, page=None)
    return [lead, second, later, undated]


@pytest.fixture
def site(tmp_path):
    docs = tmp_path / "docs"
    (docs / "data").mkdir(parents=True)
    (docs / ARTICLES).write_text("{}\n", encoding="utf-8")  # as generator.dataset leaves it
    written = render_site(_articles(), [], make_config(), docs)
    return docs, written


def _page(docs, path):
    return to_html((docs / path).read_text(encoding="utf-8"))


def _links(html):
    return re.findall(r'<a href="([^"]*)"', html)


def test_one_page_per_article_under_its_issue_date(site):
    docs, written = site
    rel = set(written)
    assert {
        "2020/02/21/wo-shi-zhao-kai-yi-qing-fang-kong-lead01.md",
        "2020/02/21/wu-zhi-xian-quan-li-fu-wu-qi-second.md",
        "2020/02/26/shi-wei-zhao-kai-chang-wei-kuo-da-later0.md",
        "undated/wu-ri-qi-de-wen-zhang-undate.md",
    } <= rel
    assert {"index.md", "archive/index.md", "2020/02/21/index.md", "people/index.md", "people/xu-yi-xian.md",
            "districts/index.md", "districts/wuzhi.md", "topics/index.md", "topics/fugong-fuchan.md"} <= rel


def test_front_matter_holds_the_dataset_record_and_the_facets(site):
    docs, _ = site
    meta, _ = _page(docs, "2020/02/21/wo-shi-zhao-kai-yi-qing-fang-kong-lead01.md")
    assert meta["article"] == article_record(_articles()[0])
    assert meta["people"] == ["王小平", "徐衣显"]
    assert meta["districts"] == ["武陟县"]
    assert meta["topics"] == ["疫情防控", "复工复产"]
    assert meta["tags"] == ["王小平", "徐衣显", "武陟县", "疫情防控", "复工复产"]
    assert "title" not in meta  # Material would print a top-level title unescaped


def test_article_page_shows_headline_byline_dates_text_and_continuation(site):
    docs, _ = site
    _, html = _page(docs, "2020/02/21/wo-shi-zhao-kai-yi-qing-fang-kong-lead01.md")
    text = visible_text(html)
    assert re.search(r'<p class="jz-kicker">统筹推进疫情防控和经济社会发展</p>\s*<h1[^>]*>我市召开疫情防控视频专题调度会</h1>', html)
    assert '<p class="jz-subtitle">——王小平主持</p>' in html
    for shown in ("记者：焦娇", "通讯员：李欣", "见报：2020年2月21日 第1版", "事件日期：2020年2月20日（2月20日上午）",
                  "本报讯 2月20日上午，王小平主持召开会议。", "徐衣显出席。", "（下转第三版①）"):
        assert shown in text
    assert "<p>徐衣显出席。</p>" in html


def test_article_page_links_its_people_districts_topics_and_neighbours(site):
    docs, _ = site
    _, html = _page(docs, "2020/02/21/wo-shi-zhao-kai-yi-qing-fang-kong-lead01.md")
    assert '<a href="../../../people/wang-xiao-ping.md">王小平</a>（市委书记）' in html
    assert '<a href="../../../districts/wuzhi.md">武陟县</a>' in html
    assert '<a href="../../../topics/fugong-fuchan.md">复工复产</a>' in html
    assert "主要地区：市级" in visible_text(html)
    # Next in print is page 2 of the same issue; nothing before the lead of page 1.
    assert "下一篇：武陟县全力服务企业复工复产" in visible_text(html)
    assert "上一篇" not in visible_text(html)
    _, later = _page(docs, "2020/02/26/shi-wei-zhao-kai-chang-wei-kuo-da-later0.md")
    assert "同期上下篇" not in visible_text(later)  # alone in its issue


def test_main_classes_and_topics_are_two_items_of_the_related_list(tmp_path):
    # The class line once ran into the topic line (`社会- 主题：…` on one line).
    docs = tmp_path / "docs"
    (docs / "data").mkdir(parents=True)
    (docs / ARTICLES).write_text("{}\n", encoding="utf-8")
    one = article(id="classes12345", title="我市召开会议", issue_date=FEB21, page=1,
                  topics=["疫情防控"], topic_classes=["健康", "政治"])
    render_site([one], [], make_config(), docs)
    _, html = _page(docs, "2020/02/21/wo-shi-zhao-kai-hui-yi-classe.md")
    items = [visible_text(li) for li in re.findall(r"<li>(.*?)</li>", html, re.S)]
    assert "类别：健康、政治" in items and "主题：疫情防控" in items, items


def test_signature_and_photographer_are_shown(site):
    docs, _ = site
    _, html = _page(docs, "2020/02/21/wu-zhi-xian-quan-li-fu-wu-qi-second.md")
    assert "摄影：赵春营" in visible_text(html) and "署名：李永晖" in visible_text(html)


def test_every_link_of_every_page_reaches_a_written_page(site):
    docs, written = site
    for rel in written:
        if not rel.endswith(".md"):
            continue
        _, html = _page(docs, rel)
        for href in _links(html):
            if href.startswith("#"):
                assert f'id="{href[1:]}"' in html, f"{rel} jumps to missing {href}"
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), href.split("#")[0]))
            assert (docs / target).is_file(), f"{rel} links to missing {href}"


def test_person_page_lists_roles_with_dates_articles_and_companions(site):
    docs, _ = site
    _, html = _page(docs, "people/wang-xiao-ping.md")
    text = visible_text(html)
    assert "<td>市委书记</td>" in html
    # Role, how often printed, first and latest: a busy official's table stays one row a role.
    assert re.search(r"<td>市委书记</td>\s*<td[^>]*>2</td>\s*<td><a [^>]*>2020年2月21日 第1版</a></td>\s*<td><a [^>]*>2020年2月26日 第1版</a></td>", html)
    assert text.index("我市召开疫情防控视频专题调度会") < text.index("市委召开常委（扩大）会议")
    assert "徐衣显：2 篇" in text


def test_district_page_lists_articles_townships_and_people(site):
    docs, _ = site
    _, html = _page(docs, "districts/wuzhi.md")
    text = visible_text(html)
    assert "县，2 篇文章，又作武陟。" in text
    assert "街道：木城街道" in text and "镇：詹店镇" in text and "景区：嘉应观" in text
    assert "徐衣显：2 篇" in text and "王小平：1 篇" in text


def test_overviews_count_and_people_have_an_a_to_z_jump(site):
    docs, _ = site
    _, people = _page(docs, "people/index.md")
    assert '<a href="#letter-1">W</a> · <a href="#letter-2">X</a>' in people
    assert '<h2 id="letter-2">X</h2>' in people
    assert "徐衣显：3 篇" in visible_text(people)
    _, districts = _page(docs, "districts/index.md")
    assert re.search(r"<td><a [^>]*>武陟县</a></td>\s*<td>县</td>\s*<td[^>]*>2</td>", districts)
    assert re.search(r"<td><a [^>]*>温县</a></td>\s*<td>县</td>\s*<td[^>]*>0</td>", districts)


def test_date_archive_is_a_calendar_of_issues_and_an_issue_lists_page_and_position(site):
    docs, _ = site
    _, html = _page(docs, "archive/index.md")
    text = visible_text(html)
    assert "2 期，4 篇文章" in text
    assert "2020年" in text and "2月（3 篇）：21日 · 26日" in text
    assert re.search(r'<a href="../2020/02/21/index.md">21日</a> · <a href="../2020/02/26/index.md">26日</a>', html)
    assert text.index("日期不详") < text.index("无日期的文章")
    assert "我市召开疫情防控视频专题调度会" not in text  # articles are on the issue's page
    _, issue = _page(docs, "2020/02/21/index.md")
    order = ["第1版", "我市召开疫情防控视频专题调度会", "第2版", "武陟县全力服务企业复工复产"]
    positions = [visible_text(issue).index(s) for s in order]
    assert positions == sorted(positions)


def test_home_page_states_the_scope_and_links_the_dataset(site):
    docs, _ = site
    _, html = _page(docs, "index.md")
    assert ("收录焦作日报 2020年2月21日 至 2020年2月26日 的 2 期，共 4 篇文章，"
            "涉及 2 位人物、1 个县（市）区、2 个主题。") in visible_text(html)
    assert '<a href="data/articles.jsonl">articles.jsonl</a>' in html


def test_home_page_has_no_dataset_link_before_the_dataset_exists(tmp_path):
    render_site(_articles(), [], make_config(), tmp_path)
    _, html = _page(tmp_path, "index.md")
    assert "articles.jsonl" not in html


def test_search_dictionary_keeps_names_whole(site):
    docs, _ = site
    words = (docs / "_build/jieba_userdict.txt").read_text(encoding="utf-8").split("\n")
    for word in ("徐衣显", "王小平", "武陟县", "武陟", "木城街道", "复工复产", "焦娇"):
        assert word in words


def test_rerun_leaves_unchanged_pages_alone(site):
    docs, _ = site
    page = docs / "2020/02/21/wo-shi-zhao-kai-yi-qing-fang-kong-lead01.md"
    stamp = page.stat().st_mtime_ns
    render_site(_articles(), [], make_config(), docs)
    assert page.stat().st_mtime_ns == stamp
    assert (docs / ARTICLES).is_file()


def test_missing_reference_data_still_builds_every_page(tmp_path):
    written = render_site(_articles(), [], make_config(reference={}), tmp_path)
    rel = set(written)
    assert {"districts/wu-zhi-xian.md", "topics/fu-gong-fu-chan.md", "people/xu-yi-xian.md"} <= rel


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_in_every_field_renders_literally(tmp_path, text):
    hostile = article(
        id="bad0123456", title=text, kicker=text, subtitle=text, reporters=[text], correspondents=[text],
        photographers=[text], signature=text, dateline=text, continued_to=text, paragraphs=[text, text],
        people=[text], people_roles={text: [text]}, districts=[text], primary_district=text, topics=[text])
    neighbour = article(id="next012345", title="下一篇", first_line=99)
    written = [tmp_path / p for p in render_site([hostile, neighbour], [], make_config(reference={}), tmp_path)]
    shown = " ".join(text.split())
    for path in written:
        if path.suffix != ".md":
            continue
        meta, html = to_html(path.read_text(encoding="utf-8"))
        assert not re.search(r"<(script|img|hr|strong|del|mark|ins|code|blockquote|ol|sup|h[4-6])\b", html), path
        assert len(re.findall(r"<em>", html)) == len(re.findall(r"<em>（下转", html)), path  # our one note
        assert all(not href.startswith(("javascript", "http")) for href in _links(html)), path
    article_page = next(p for p in written if p.name.endswith("bad012.md"))
    meta, html = to_html(article_page.read_text(encoding="utf-8"))
    assert meta["article"]["title"] == text and meta["people"] == [text]  # YAML survived
    assert re.search(r"<h1[^>]*>(.*?)</h1>", html).group(1) and visible_text(
        re.search(r"<h1[^>]*>.*?</h1>", html).group(0)) == shown
    assert html.count(f"<p>{_escaped_paragraph(html, shown)}</p>") >= 2


def _escaped_paragraph(html: str, shown: str) -> str:
    """The inner HTML of the first plain paragraph whose visible text is `shown`."""
    for inner in re.findall(r"<p>(.*?)</p>", html):
        if visible_text(inner) == shown:
            return inner
    raise AssertionError(f"no paragraph shows {shown!r}")


def test_unchanged_article_pages_are_not_rendered_again(tmp_path):
    """A rerun renders an article page only when its record, neighbours or facet links
    changed: an unchanged page stays the file it was, a changed neighbour is redone. (A file
    written again is a new file, renamed over the old one: its inode and time tell.)"""
    articles = _articles()
    render_site(articles, [], make_config(), tmp_path)
    first, second = articles[0], articles[1]
    catalog_path = lambda a: next(p for p in tmp_path.rglob("*.md") if a.id[:6] in p.name)  # noqa: E731
    identity = lambda path: (path.stat().st_ino, path.stat().st_mtime_ns)  # noqa: E731
    before = identity(catalog_path(first))
    render_site(articles, [], make_config(), tmp_path)
    assert identity(catalog_path(first)) == before
    second.title = "新的标题"  # the first article's neighbour link changes with it
    render_site(articles, [], make_config(), tmp_path)
    assert identity(catalog_path(first)) != before
    assert "新的标题" in catalog_path(first).read_text(encoding="utf-8")


def test_the_last_article_of_an_issue_leads_on_to_the_next_issue(site):
    """The reader at the end of 2月21日 goes on to 2月26日; at the archive's end there is no next."""
    docs, _ = site
    last, first, latest = (_page(docs, p)[1] for p in (
        "2020/02/21/wu-zhi-xian-quan-li-fu-wu-qi-second.md",
        "2020/02/21/wo-shi-zhao-kai-yi-qing-fang-kong-lead01.md",
        "2020/02/26/shi-wei-zhao-kai-chang-wei-kuo-da-later0.md"))
    assert "下一期：2020年2月26日" in visible_text(last)
    assert "../26/index.md" in _links(last)
    assert "下一期" not in visible_text(first)  # its next is the next article
    assert "上一期：2020年2月21日" in visible_text(latest) and "下一期" not in visible_text(latest)


def test_a_new_issue_updates_the_link_of_the_previous_issues_last_article(tmp_path):
    """Article pages are rendered again only when their fingerprint changes: a next issue must change it."""
    docs = tmp_path / "docs"
    lead, second, later, _ = _articles()
    render_site([lead, second], [], make_config(), docs)
    page = docs / "2020/02/21/wu-zhi-xian-quan-li-fu-wu-qi-second.md"
    assert "下一期" not in visible_text(to_html(page.read_text(encoding="utf-8"))[1])
    render_site([lead, second, later], [], make_config(), docs)
    assert "下一期：2020年2月26日" in visible_text(to_html(page.read_text(encoding="utf-8"))[1])


def test_home_and_district_index_count_the_districts_alike(site):
    """The home page names the districts with articles; the index, listing all, says how many have any."""
    docs, _ = site
    home = visible_text(_page(docs, "index.md")[1])
    index = visible_text(_page(docs, "districts/index.md")[1])
    with_articles = re.search(r"(\d+) 个县（市）区、", home).group(1)
    assert with_articles == "1"  # 武陟县; 温县 is in the reference data without an article
    assert "2 个县（市）区，其中 1 个有文章" in index


def test_a_district_page_says_its_places_are_reference_data(site):
    """The townships listed come from districts.yml, not from the articles: the page says so."""
    docs, _ = site
    text = visible_text(_page(docs, "districts/wuzhi.md")[1])
    assert "辖区乡镇与地点" in text
    assert "以下地名来自本档案的地名资料，用于识别文章中的地名，并不表示上列文章都提到了它们。" in text
    assert text.index("并不表示上列文章都提到了它们") < text.index("街道：木城街道")


def test_an_inferred_issue_date_is_marked_as_such(tmp_path):
    docs = tmp_path / "docs"
    (docs / "data").mkdir(parents=True)
    (docs / ARTICLES).write_text("{}\n", encoding="utf-8")
    guessed = article(id="guess0123456", title="某会召开", issue_date=FEB21, issue_date_inferred=True, page=None)
    known = article(id="known0123456", title="另一会召开", issue_date=FEB21, page=1)
    render_site([guessed, known], [], make_config(), docs)
    pages = {path.stem: visible_text(_page(docs, path.relative_to(docs))[1]) for path in docs.glob("2020/02/21/*.md") if path.stem != "index"}
    guessed_text = next(text for stem, text in pages.items() if stem.endswith("guess0"))
    known_text = next(text for stem, text in pages.items() if stem.endswith("known0"))
    assert "据本版所载日期推断" in guessed_text
    assert "推断" not in known_text


def test_an_inferred_primary_district_is_shown_as_a_guess(tmp_path):
    """Nothing printed says where: the primary district is shown, marked as inferred."""
    docs = tmp_path / "docs"
    (docs / "data").mkdir(parents=True)
    (docs / ARTICLES).write_text("{}\n", encoding="utf-8")
    guessed = article(id="guessed12345", title="游客打卡灯展", issue_date=FEB21, page=1, kind="photo",
                      primary_district="其他", primary_district_inferred=True, topic_classes=["生活与休闲"])
    printed = article(id="printed12345", title="温县举办太极拳赛", issue_date=FEB21, page=1,
                      districts=["温县"], primary_district="温县", topic_classes=["体育"])
    render_site([guessed, printed], [], make_config(), docs)
    _, html = _page(docs, "2020/02/21/you-ke-da-ka-deng-zhan-guesse.md")
    items = [visible_text(li) for li in re.findall(r"<li>(.*?)</li>", html, re.S)]
    assert "主要地区：其他（文中未载地名，系推断）" in items and "类别：生活与休闲" in items, items
    _, html = _page(docs, "2020/02/21/wen-xian-ju-ban-tai-ji-quan-sai-printe.md")
    items = [visible_text(li) for li in re.findall(r"<li>(.*?)</li>", html, re.S)]
    assert "系推断" not in html and "主要地区：温县" in items and "类别：体育" in items, items
