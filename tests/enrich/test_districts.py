"""Districts named and the primary district (gazetteer roll-up and false-hit guards)."""

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
        ("", "该村被评为省级生态示范村，村民测量体温县里统一安排。", [], "市级"),
        ("我市部署春耕生产", "全市各县（市）区要抓好春耕，孟州、沁阳两地进度较快。", ["沁阳市", "孟州市"], "市级"),
        ("", "郑州市召开会议，部署全省春耕。", [], "其他"),
        ("", "示范区（高新区）党工委书记主持召开会议。", ["示范区"], "示范区"),
    ],
)
def test_districts_and_primary(resources, title, text, districts, primary):
    assert find_districts(article(text, title=title), resources.gazetteer) == (districts, primary)
