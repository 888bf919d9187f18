"""The search benchmark's notion of a page that prints a query (benchmarks/search_quality.py)."""

from benchmarks.search_quality import PageText, _printed, normalize, prints


def _article(url, text):
    return PageText(url, text, True, text)


def test_a_date_is_printed_in_its_short_form_with_the_issues_year():
    page = _article("/2020/02/21/a/", "2月20日上午，市长到武陟县调研。")
    for query in ("2月20日", "2 月 20 日", "２月２０日", "2020年2月20日"):
        assert prints(page, query), query
    assert not prints(page, "2019年2月20日")
    assert not prints(page, "12月20日") and not prints(_article("/2020/02/21/b/", "12月20日"), "2月20日")
    assert prints(page, "20日")


def test_the_archives_own_lines_are_not_what_the_article_printed():
    body = ('<h1 id="x">标题</h1><ul><li>见报：2020年2月21日 第1版</li></ul><p>正文。</p>'
            '<h2 id="相关">相关</h2><ul><li>人物：王小平</li></ul><p class="jz-source">来源</p>')
    printed = _printed(body)
    assert "标题" in printed and "正文" in printed
    assert "见报" not in printed and "王小平" not in printed and "来源" not in printed


def test_normalize_is_the_search_boxs_rule():
    assert normalize("2 月 20 日") == "2月20日" and normalize("２０２０年２月") == "2020年2月"
    assert normalize("王小平 武陟县") == "王小平 武陟县"
