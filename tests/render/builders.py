"""Articles built by hand for the render tests, and Markdown rendered as MkDocs would."""

from __future__ import annotations

import datetime as dt
import re

import markdown
from mkdocs.utils.meta import get_data
from mkdocs.utils.yaml import yaml_load

from generator.config import Archive, Config, reference_from
from generator.model import Article

from tests.conftest import ROOT

# Text that would become markup if it were pasted into a page: each must show literally.
HOSTILE = [
    "# 标题",
    "*强调* _下划线_ **粗**",
    "[x](javascript:alert(1))",
    "a | b | c",
    "---",
    "<!-- 注释 -->",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{ 7*7 }}",
    "{% if true %}模板{% endif %}",
    '标题: "引号" \'单引号\'',
    "- 列表",
    "+ 列表",
    "> 引用",
    "1. 编号",
    "3) 编号",
    "\\反斜杠` `反引号`",
    "!!! note",
    "{: .class #id }",
    "&amp; &lt;",
    "~~删除~~ ==高亮== ^^插入^^",
    "[^1]: 脚注",
    "</title><script>alert(2)</script>",
    "    四个空格",
    "===",
    "第一行\n---\n第二行",
    "a\n...\nb: c\n- d",
]


def article(**fields) -> Article:
    """An article with plausible defaults; tests override what they check."""
    base = dict(
        id="a1b2c3d4e5f6",
        source_file="000_test.txt",
        first_line=1,
        last_line=20,
        title="我市召开疫情防控视频专题调度会",
        reporters=["焦娇"],
        issue_date=dt.date(2020, 2, 21),
        page=1,
        paragraphs=["本报讯 王小平主持召开会议。"],
    )
    base.update(fields)
    return Article(**base)


REFERENCE = {
    "districts": {
        "units": [
            {"name": "武陟县", "slug": "wuzhi", "kind": "county", "aliases": ["武陟"],
             "places": [{"name": "木城街道", "kind": "street"}, {"name": "詹店镇", "kind": "town"},
                        {"name": "嘉应观", "kind": "scenic"}]},
            {"name": "温县", "slug": "wenxian", "kind": "county", "places": []},
        ]
    },
    "topics": {"topics": [{"name": "复工复产", "slug": "fugong-fuchan", "description": "企业复工复产。"},
                          {"name": "疫情防控", "slug": "yiqing-fangkong", "description": "疫情防控措施。"}]},
    "people": {"people": [{"name": "徐衣显", "aliases": [], "district": "市级"}],
               "bylines": [{"name": "焦娇", "kind": "reporter"}]},
}


def make_config(reference=None) -> Config:
    return Config(
        root=ROOT / "site_config",
        archive=Archive(paper="焦作日报", site_name="焦作日报 文章档案"),
        reference=reference_from(REFERENCE if reference is None else reference),
    )


def _markdown_settings():
    """The Markdown extensions of mkdocs.yml, so the tests see what the site sees."""
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as fh:
        settings = yaml_load(fh)
    names, configs = [], {}
    for item in settings["markdown_extensions"]:
        if isinstance(item, dict):
            (name, options), = item.items()
            names.append(name)
            configs[name] = options or {}
        else:
            names.append(item)
    return names, configs


def to_html(page_markdown: str) -> tuple[dict, str]:
    """Front matter and HTML of a generated page, parsed the way MkDocs parses it."""
    body, meta = get_data(page_markdown)
    return meta, fragment_html(body)


def fragment_html(body: str) -> str:
    """HTML of a piece of Markdown (no front matter) with the extensions of mkdocs.yml."""
    names, configs = _markdown_settings()
    return markdown.Markdown(extensions=names, extension_configs=configs).convert(body)


def visible_text(html: str) -> str:
    """What a reader sees: tags removed, entities decoded, spaces collapsed."""
    import html as _html

    html = re.sub(r"</?(a|em|strong|span|code)\b[^>]*>", "", html)  # inline: no gap in the text
    return " ".join(_html.unescape(re.sub(r"<[^>]+>", " ", html)).split())
