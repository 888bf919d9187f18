"""How well the site's search finds what readers type: a query set by class (names, places,
compound words, phrases, dates; benchmarks/search_queries.yml), run in headless Chromium
against the built-in search (the theme's own search worker, fed the site's index) and
against Pagefind (through the site's own box, pagefind-search.js), each given the query as
the site's search box passes it.

For each query: recall against the article pages that print it, and how many of the first
five results print it (any page). "Prints" is read from the built pages' text: the query
with spaces removed; a date (2月20日, 2020年2月20日, 20日) is printed as 2月20日 in an article,
with its year either printed or the issue's.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .browser import SiteServer, launch_chromium

FIRST = 5

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)
_TAG = re.compile(r"<[^>]+>")
_DATE = re.compile(r"^(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日$")
_ISSUE_YEAR = re.compile(r"^/(\d{4})/\d{2}/\d{2}/")


@dataclass
class PageText:
    url: str  # /2020/02/21/slug/
    text: str  # what the page shows, without spaces
    article: bool  # an article page (it ends with its source line)
    printed: str  # of an article, what the paper printed: headline, kicker, subtitle, paragraphs


@dataclass
class Measured:
    engine: str
    klass: str
    query: str
    relevant: int
    found: int  # relevant articles among the results
    results: int
    first: int  # results among the first five that print the query
    shown: int  # how many first results there were (up to five)

    @property
    def recall(self) -> float:
        return 1.0 if not self.relevant else self.found / self.relevant

    @property
    def precision(self) -> float:
        return 1.0 if not self.shown and not self.relevant else (self.first / self.shown if self.shown else 0.0)


@dataclass
class Report:
    rows: list[Measured] = field(default_factory=list)


def load_queries(path: Path) -> list[tuple[str, str]]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [(klass, str(query)) for klass, queries in data.items() for query in queries]


def normalize(query: str) -> str:
    """As the site's search box does (search-query.js, pagefind-search.js), then without spaces."""
    query = re.sub(r"[\uff10-\uff19]", lambda m: chr(ord(m.group()) - 0xFEE0), query)
    query = re.sub(r"(\d)\s+(?=[年月日])", r"\1", query)
    return re.sub(r"([年月])\s+(?=\d)", r"\1", query)


def prints(page: PageText, query: str, printed: bool = False) -> bool:
    """Whether the page shows the query (`printed`: whether its article printed it; see the
    module's note on dates)."""
    text = page.printed if printed else page.text
    query = re.sub(r"\s+", "", normalize(query))
    date = _DATE.match(query)
    if not date or not date.group(2):
        return query in text
    year, month, day = date.group(1), int(date.group(2)), int(date.group(3))
    for match in re.finditer(rf"(?:(\d{{4}})年)?(?<!\d){month}月{day}日", text):
        printed_year = match.group(1)
        issue = _ISSUE_YEAR.match(page.url)
        if not year or printed_year == year or (not printed_year and issue and issue.group(1) == year):
            return True
    return False


def read_site(site: Path) -> dict[str, PageText]:
    pages = {}
    for path in sorted(site.rglob("index.html")):
        folder = path.relative_to(site).parent.as_posix()
        url = "/" if folder == "." else f"/{folder}/"
        if url.startswith(("/search/", "/pagefind/", "/assets/")):
            continue
        content = path.read_text(encoding="utf-8")
        match = _ARTICLE.search(content)
        body = match.group(1) if match else ""
        article = 'class="jz-source"' in body
        pages[url] = PageText(url, _plain(body), article, _plain(_printed(body)) if article else "")
    return pages


def _plain(fragment: str) -> str:
    return re.sub(r"\s+", "", html.unescape(_TAG.sub("", fragment)).replace("\u200b", ""))


def _printed(body: str) -> str:
    """An article page less what the archive adds: the list of byline and dates under the
    headline, and everything from the 相关 (or 同期上下篇) section or the source line on."""
    body = re.sub(r"(</h1>.*?)<ul>.*?</ul>", r"\1", body, count=1, flags=re.S)
    return re.split(r'<h2 id="(?:相关|同期上下篇)"|<p class="jz-source"', body, maxsplit=1)[0]


# The theme's search worker, fed the site's index as the theme feeds it (SETUP, then a QUERY
# per query); the result groups' first locations, in order, are the pages a reader sees.
_BUILTIN = """async (queries) => {
  const config = JSON.parse(document.getElementById('__config').textContent);
  const worker = new URL(config.search, location.href);
  const index = await (await fetch(new URL('search/search_index.json', location.href))).json();
  index.options = {suggest: config.features.includes('search.suggest')};
  const search = new Worker(worker);
  const ask = message => new Promise(resolve => { search.onmessage = event => resolve(event.data); search.postMessage(message); });
  await ask({type: 0, data: index});
  const out = {};
  for (const query of queries) {
    const typed = window.jzNormalizeQuery ? window.jzNormalizeQuery(query) : query;
    const result = await ask({type: 2, data: typed});
    out[query] = result.data.items.map(group => group[0].location);
  }
  return out;
}"""

# Pagefind as the site's box searches it (pagefind-search.js: the query cut into the index's
# words, the pages that print it as typed first); its results' URLs, in order.
_PAGEFIND = """async (queries) => {
  const out = {};
  for (const query of queries) {
    const search = await window.jzPagefindSearch(query);
    out[query] = await Promise.all(search.results.map(async r => (await r.data()).url));
  }
  return out;
}"""


def _url(location: str) -> str:
    path = "/" + location.split("#", 1)[0].lstrip("/")
    return path if path.endswith("/") else path + "/"


def run_engine(site: Path, engine: str, queries: list[tuple[str, str]]) -> list[Measured]:
    """The query set against one built site (`engine`: builtin or pagefind)."""
    from playwright.sync_api import sync_playwright

    pages = read_site(site)
    with SiteServer(site) as server, sync_playwright() as p:
        browser = launch_chromium(p)
        tab = browser.new_page()
        tab.goto(server.url)
        found = tab.evaluate(_BUILTIN if engine == "builtin" else _PAGEFIND, [q for _, q in queries])
        browser.close()
    rows = []
    for klass, query in queries:
        urls = list(dict.fromkeys(_url(u) for u in found[query]))
        relevant = {u for u, page in pages.items() if page.article and prints(page, query, printed=True)}
        first = urls[:FIRST]
        rows.append(Measured(engine, klass, query, len(relevant), len(relevant & set(urls)), len(urls),
                             sum(1 for u in first if u in pages and prints(pages[u], query)), len(first)))
    return rows


def format_table(rows: list[Measured]) -> str:
    """Per engine and class: recall (over the class's relevant articles) and the mean
    first-five precision; then every query."""
    lines = ["| engine | class | queries | recall | first-five precision |", "|---|---|---:|---:|---:|"]
    for engine in dict.fromkeys(r.engine for r in rows):
        for klass in dict.fromkeys(r.klass for r in rows):
            group = [r for r in rows if r.engine == engine and r.klass == klass]
            relevant = sum(r.relevant for r in group)
            recall = sum(r.found for r in group) / relevant if relevant else 1.0
            precision = sum(r.precision for r in group) / len(group)
            lines.append(f"| {engine} | {klass} | {len(group)} | {recall:.2f} | {precision:.2f} |")
    lines += ["", "| engine | query | printing articles | found | results | first five printing |", "|---|---|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r.engine} | {r.query} | {r.relevant} | {r.found} | {r.results} | {r.first}/{r.shown} |")
    return "\n".join(lines) + "\n"


def build_sites(repo: Path, workdir: Path) -> dict[str, Path]:
    """The repository's site built twice into `workdir`: with the built-in search, and with
    Pagefind (a copy of site_config/ with `search: pagefind`, as tests/e2e/test_pagefind.py)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    repo, workdir = Path(repo).resolve(), Path(workdir).resolve()
    sites = {"builtin": workdir / "builtin", "pagefind": workdir / "pagefind" / "site"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(repo / "mkdocs.yml"), "-d", str(sites["builtin"])],
                   cwd=workdir, env=env, check=True)
    project = workdir / "pagefind"
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(repo / "site_config", project / "site_config")
    archive = project / "site_config" / "archive.yml"
    archive.write_text(re.sub(r"(?m)^search: .*$", "search: pagefind", archive.read_text(encoding="utf-8")), encoding="utf-8")
    (project / "docs").mkdir()
    (project / "mkdocs.yml").write_text(
        f"INHERIT: {repo / 'mkdocs.yml'}\n"
        f"docs_dir: {project / 'docs'}\nsite_dir: {sites['pagefind']}\n"
        f"theme:\n  name: material\n  custom_dir: {repo / 'docs_templates' / 'overrides'}\n"
        f"plugins:\n  - jiaozuo-archive:\n      seeds_dir: {repo / 'seeds'}\n      site_config_dir: {project / 'site_config'}\n"
        f"      fail_on: never\n",
        encoding="utf-8",
    )
    (project / "docs_templates").symlink_to(repo / "docs_templates")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml")], cwd=project, env=env, check=True)
    return sites


def measure(repo: Path, workdir: Path, queries: Path) -> str:
    """Build both sites, run the query set in each, and return the Markdown tables."""
    sites = build_sites(repo, workdir)
    query_set = load_queries(queries)
    rows = run_engine(sites["builtin"], "builtin", query_set) + run_engine(sites["pagefind"], "pagefind", query_set)
    return format_table(rows)
