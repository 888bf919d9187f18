"""Enrichment on any text: no crash, people are printed names, values from the vocabularies."""

from hypothesis import given
from hypothesis import strategies as st

from generator.enrich import enrich_article
from generator.model import Article

PIECES = ["县委书记", "市领导", "、", "，", "。", "强调", "王小平", "张", "李", "温县", "示范村", "示范区",
          "复工复产", "“", "”", "县领导", "出席会议", "说", "等县领导", "是", "护士长", "\n", " "]
text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=60).map("".join)


@given(title=text, body=st.lists(text, max_size=4))
def test_enrichment_never_crashes_and_finds_only_printed_names(resources, title, body):
    article = Article(id="p", source_file="p.txt", first_line=1, last_line=1, title=title, paragraphs=body)
    enrich_article(article, resources)
    printed = title + "\n".join(body)
    assert all(name in printed for name in article.people)
    assert set(article.people_roles) <= set(article.people)
    units = set(resources.gazetteer.units)
    assert set(article.districts) <= units
    assert article.primary_district in units | {"市级", "其他"}
    # Up to 4 of the twelve topics and up to 2 later themes (topics.yml, `selection`).
    assert len(article.topics) <= 4 + 2
    assert set(article.topics) <= {rule.name for rule in (*resources.topics, *resources.themes)}
