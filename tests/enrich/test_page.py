"""What a page's articles tell of each other (generator/enrich/page.py)."""

from generator.enrich import enrich_article
from generator.enrich.page import settle_page
from generator.model import Article


def _article(i, kind, *paragraphs, title=""):
    return Article(id=f"a{i}", source_file="p.txt", first_line=i, last_line=i, kind=kind, title=title, paragraphs=list(paragraphs))


def _page(resources, *articles):
    for article in articles:
        enrich_article(article, resources)
    settle_page(list(articles), resources)
    return [a.primary_district for a in articles]


def test_a_caption_that_names_no_place_takes_the_unit_of_the_pages_report(resources):
    report = _article(1, "news", "修武县举行元宵节文艺演出，全县各乡镇的文艺队伍参加。", title="修武县举行元宵节文艺演出")
    caption = _article(2, "photo", "演员们在台上表演舞蹈。")
    assert _page(resources, report, caption) == ["修武县", "修武县"]


def test_on_a_page_of_two_units_a_caption_takes_the_unit_of_the_article_it_follows(resources):
    two = [_article(1, "news", "修武县举行元宵节文艺演出。"), _article(2, "news", "温县举办太极拳比赛。"),
           _article(3, "photo", "演员们在台上表演舞蹈。")]
    assert _page(resources, *two)[2] == "温县"
    # …not at the page's top, nor after another caption
    first = [_article(1, "photo", "演员们在台上表演舞蹈。"), _article(2, "news", "修武县举行元宵节文艺演出。"),
             _article(3, "news", "温县举办太极拳比赛。")]
    assert _page(resources, *first)[0] == "其他"


def test_not_where_the_item_is_no_photo(resources):
    text = [_article(1, "news", "修武县举行元宵节文艺演出。"), _article(2, "news", "演员们在台上表演舞蹈。")]
    assert _page(resources, *text)[1] == "其他"
    city = [_article(1, "news", "我市举行元宵节文艺演出。"), _article(2, "photo", "演员们在台上表演舞蹈。")]
    assert _page(resources, *city)[1] == "其他"  # 市级 is no unit to take


def test_a_primary_district_nothing_printed_supports_is_marked_inferred(resources):
    report = _article(1, "news", "修武县举行元宵节文艺演出。")
    caption = _article(2, "photo", "演员们在台上表演舞蹈。")
    _page(resources, report, caption)
    assert (report.primary_district_inferred, caption.primary_district_inferred) == (False, True)
