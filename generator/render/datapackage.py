"""A described dataset: `data/datapackage.json` (a Frictionless Data Package, v1), the
JSON Schemas of `articles.jsonl` and `pages.jsonl` (in `schemas/` beside this module,
published under `data/schemas/`), and `data/articles.csv`, the article table without the
text, described by a Table Schema inside the package.

The schemas' `title` and `description` of every field are in Chinese: the site's page
about the dataset (`data/index.md`) is made from them, so the page and the files cannot
disagree.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..config import Archive
from ..dataset import ARTICLES, PAGES, article_record
from ..model import Article
from .citation import site_url

SCHEMAS = Path(__file__).resolve().parent / "schemas"
DESCRIPTOR = "data/datapackage.json"
CSV = "data/articles.csv"
SCHEMA_FILES = {"articles": "data/schemas/articles.schema.json", "pages": "data/schemas/pages.schema.json"}
DATASET_PAGE = "data/index.md"
LIST_SEPARATOR = "|"  # between the names of a list in one CSV cell; no name holds it

# The CSV's columns: (name, Table Schema type, the record's field, or a function of it).
# Lists are joined with LIST_SEPARATOR; dates are ISO; an empty cell is a missing value.
# (column, type, the record's field or how to compute the cell from the record)
_COLUMNS: list[tuple[str, str, str | Callable[[dict[str, Any]], Any]]] = [
    ("id", "string", "id"), ("kind", "string", "kind"), ("issue_date", "date", "issue_date"),
    ("issue_date_inferred", "boolean", "issue_date_inferred"), ("page", "integer", "page"),
    ("kicker", "string", "kicker"), ("title", "string", "title"), ("subtitle", "string", "subtitle"),
    ("title_inferred", "boolean", "title_inferred"), ("reporters", "string", "reporters"),
    ("correspondents", "string", "correspondents"), ("photographers", "string", "photographers"),
    ("signature", "string", "signature"), ("dateline", "string", "dateline"), ("date", "date", "date"),
    ("continued_to", "string", "continued_to"), ("continued_from", "boolean", "continued_from"),
    ("editor_code", "string", "editor_code"), ("people", "string", "people"), ("districts", "string", "districts"),
    ("primary_district", "string", "primary_district"), ("primary_district_inferred", "boolean", "primary_district_inferred"),
    ("topics", "string", "topics"),
    ("topic_classes", "string", "topic_classes"), ("keywords", "string", "keywords"),
    ("source_file", "string", lambda r: r["source"]["file"]), ("first_line", "integer", lambda r: r["source"]["lines"][0]),
    ("last_line", "integer", lambda r: r["source"]["lines"][1]),
    ("characters", "integer", lambda r: sum(len(p) for p in r["paragraphs"])),
]
_CSV_ONLY = {
    "source_file": ("来源文件", "文章所在的版面文本文件（JSON 中的 source.file）。"),
    "first_line": ("起始行", "文章在版面文件中的第一行（source.lines 的第一项）。"),
    "last_line": ("结束行", "文章在版面文件中的最后一行（source.lines 的第二项）。"),
    "characters": ("正文字数", "正文段落的字符数之和（正文本身见 articles.jsonl）。"),
}


def schema(name: str) -> dict:
    """The JSON Schema of `articles` or `pages`, as published."""
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


# A cell a spreadsheet would run as a formula (CSV injection, OWASP): one starting with
# = + - @, a tab or a carriage return. It gets a leading apostrophe, which spreadsheets read
# as "text" and do not show; the JSON Lines file keeps the value as printed.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        text = LIST_SEPARATOR.join(str(v) for v in value)
    elif isinstance(value, str):
        text = " ".join(value.split())  # one line per row, whatever a headline holds
    else:
        return str(value)  # a number: the columns of integers hold no negative one
    return FORMULA_GUARD + text if text.startswith(FORMULA_START) else text


def articles_csv(articles: list[Article]) -> bytes:
    """The article table (RFC 4180: comma, double quotes, CR LF), UTF-8, one row an article."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([name for name, _, _ in _COLUMNS])
    for article in articles:
        record = article_record(article)
        writer.writerow([_cell(field(record) if callable(field) else record[field]) for _, _, field in _COLUMNS])
    return out.getvalue().encode("utf-8")


def table_schema() -> dict:
    """The CSV's Table Schema, its fields described from the articles' JSON Schema."""
    properties = schema("articles")["properties"]
    fields = []
    for name, kind, field in _COLUMNS:
        title, description = _CSV_ONLY[name] if name in _CSV_ONLY else (properties[field]["title"], properties[field]["description"])
        if not callable(field) and properties[field].get("type") == "array":
            description += f"（多项以 {LIST_SEPARATOR} 分隔）"
        entry = {"name": name, "type": kind, "title": title, "description": description}
        if kind == "boolean":
            entry.update(trueValues=["true"], falseValues=["false"])
        fields.append(entry)
    return {"fields": fields, "primaryKey": ["id"], "missingValues": [""]}


def descriptor(archive: Archive) -> dict:
    """`data/datapackage.json`: the package and its three resources (paths relative to it)."""
    package = {
        "profile": "data-package",
        "name": "jiaozuo-archive-articles",
        "title": f"{archive.site_name} 数据集",
        "description": f"{archive.paper}版面文本整理而成的文章数据：每篇文章的标题、署名、日期、版次、正文段落，"
                       "及其人物、地区和主题。字段说明见网站的“数据说明”页。",
        "language": ["zh"],
        "keywords": [archive.paper, "报纸", "文章档案"],
        "resources": [
            {"profile": "data-resource", "name": "articles", "path": "articles.jsonl", "format": "jsonl",
             "mediatype": "application/jsonl", "encoding": "utf-8", "title": "文章",
             "description": "每行一篇文章的 JSON 对象；其 JSON Schema 见 schema。",
             "schema": "schemas/articles.schema.json"},
            {"profile": "data-resource", "name": "pages", "path": "pages.jsonl", "format": "jsonl",
             "mediatype": "application/jsonl", "encoding": "utf-8", "title": "版面文件",
             "description": "每行一个版面文件：出版日期、版次、文章编号、字符覆盖和版面附属文字；其 JSON Schema 见 schema。",
             "schema": "schemas/pages.schema.json"},
            {"profile": "tabular-data-resource", "name": "articles-table", "path": "articles.csv", "format": "csv",
             "mediatype": "text/csv", "encoding": "utf-8", "title": "文章表",
             "description": "articles.jsonl 的表格形式，每行一篇；不含正文段落和人物职务（见 articles.jsonl）。"
                            "以 = + - @、制表符或回车开头的单元格前加一个英文单引号（'），以免电子表格把它当作公式执行。",
             "dialect": {"delimiter": ",", "doubleQuote": True, "lineTerminator": "\r\n", "header": True},
             "schema": table_schema()},
        ],
    }
    if site_url(archive):
        package["homepage"] = site_url(archive) + "data/"
    return package


def dataset_files(articles: list[Article], archive: Archive) -> dict[str, bytes]:
    """Docs path -> bytes of the descriptor, the two JSON Schemas and the CSV."""
    files = {DESCRIPTOR: (json.dumps(descriptor(archive), ensure_ascii=False, indent=2) + "\n").encode("utf-8")}
    for name, path in SCHEMA_FILES.items():
        files[path] = (SCHEMAS / f"{name}.schema.json").read_bytes()
    files[CSV] = articles_csv(articles)
    return files


def dataset_page_context() -> dict:
    """What the page about the dataset lists: each file's fields with their Chinese
    titles and descriptions, and the JSON types."""
    def rows(properties: dict) -> list[dict]:
        return [{"name": name, "title": p.get("title", ""), "description": p.get("description", ""),
                 "type": _type_name(p)} for name, p in properties.items()]

    return {
        "articles_fields": rows(schema("articles")["properties"]),
        "pages_fields": rows(schema("pages")["properties"]),
        "csv_fields": [{"name": f["name"], "title": f["title"], "description": f["description"], "type": f["type"]}
                       for f in table_schema()["fields"]],
        "files": {"articles": ARTICLES, "pages": PAGES, "csv": CSV, "descriptor": DESCRIPTOR,
                  "articles_schema": SCHEMA_FILES["articles"], "pages_schema": SCHEMA_FILES["pages"]},
        "separator": LIST_SEPARATOR,
    }


_TYPES = {"string": "字符串", "integer": "整数", "boolean": "真假值", "array": "列表", "object": "对象", "null": "null", "date": "日期"}


def _type_name(prop: dict) -> str:
    kinds = prop.get("type", "")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    names = [("日期" if prop.get("format") == "date" and k == "string" else str(_TYPES.get(k, k))) for k in kinds]
    return " 或 ".join(names)
