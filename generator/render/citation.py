"""Cite this article: GB/T 7714-2015's form for a newspaper article, BibTeX, RIS and
CSL-JSON, and the `citation_*` meta tags that Google Scholar and Zotero read.

The URL cited is the article's permanent one: the path the URL registry keeps
(`docs/urls.json`), under the site's address. An archive without an address (no
`site_url`) cites the printed article only: a relative path is no URL a reader can follow.
"""

from __future__ import annotations

import json
import os
import re

from ..config import Archive
from ..model import Article

# More authors than this are cut, with 等 (GB/T 7714-2015, 8.1.2: the first three, then 等).
GBT_AUTHORS = 3
# The form of a printed subtitle, `——王小平主持`: the dashes are typography, not title.
_SUBTITLE_DASH = re.compile(r"^[—－\-]+")


def site_url(archive: Archive) -> str:
    """The site's address with a trailing slash, or "" when it has none. The same rule as
    the MkDocs plugin's: a deployment's ARCHIVE_SITE_URL, else archive.yml's site_url."""
    url = os.environ.get("ARCHIVE_SITE_URL") or archive.site_url
    return url if not url or url.endswith("/") else url + "/"


def page_url(path: str) -> str:
    """The URL path MkDocs gives docs file `path` with `use_directory_urls`: a/b.md at a/b/."""
    if path == "index.md" or path.endswith("/index.md"):
        return path[: -len("index.md")]
    return path[: -len(".md")] + "/"


def permanent_url(archive: Archive, path: str) -> str:
    """The URL cited for the page of docs file `path`; "" without a site address."""
    base = site_url(archive)
    return base + page_url(path) if base else ""


def authors(article: Article) -> list[str]:
    """Who is responsible for the text: the reporters and correspondents of the byline;
    for a photo item its photographers; else the signature printed at the end."""
    names = [*article.reporters, *article.correspondents] or list(article.photographers)
    if not names and article.signature:
        names = [article.signature]
    return list(dict.fromkeys(names))


def title(article: Article) -> str:
    """The headline as cited: the main title, and its subtitle as other title information."""
    subtitle = _SUBTITLE_DASH.sub("", article.subtitle).strip()
    main = article.title or "（无题）"
    return f"{main}: {subtitle}" if subtitle else main


def gbt7714(article: Article, paper: str, url: str = "", cited: str = "") -> str:
    """GB/T 7714-2015's entry for a newspaper article (8.x, 连续出版物中的析出文献):
    `主要责任者. 题名[N]. 报纸名, 出版日期(版次).`; with `url`, the online form
    `...[N/OL]. 报纸名, 出版日期(版次)[引用日期]. URL.`, `cited` the date of citing
    (the reader's; "引用日期" stands for it when not given)."""
    names = authors(article)
    shown = ", ".join(names[:GBT_AUTHORS]) + (", 等" if len(names) > GBT_AUTHORS else "")
    head = f"{shown}. " if shown else ""
    kind = "N/OL" if url else "N"
    where = paper
    if article.issue_date:
        where += f", {article.issue_date.isoformat()}"
        if article.page is not None:
            where += f"({article.page})"
    text = f"{head}{title(article)}[{kind}]. {where}"
    if url:
        return f"{text}[{cited or '引用日期'}]. {url}."
    return text + "."


# BibTeX's special characters, each as BibTeX writes it literally.
_BIBTEX = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$",
           "#": r"\#", "_": r"\_", "^": r"\^{}", "~": r"\~{}"}
_BIBTEX_SPECIAL = re.compile(r"[\\{}%&$#_^~]")


def _bibtex_text(value: str) -> str:
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX[m.group()], " ".join(value.split()))


def bibtex_key(article: Article) -> str:
    return f"jzrb-{article.issue_date.isoformat() if article.issue_date else 'undated'}-{article.id}"


def bibtex(article: Article, paper: str, url: str = "") -> str:
    """A BibTeX @article entry (biblatex reads `journaltitle` and `date`, BibTeX `journal`
    and `year`); each name in braces, so that a Chinese name is not split into parts."""
    fields = []
    names = authors(article)
    if names:
        fields.append(("author", " and ".join("{" + _bibtex_text(n) + "}" for n in names)))
    fields.append(("title", "{" + _bibtex_text(title(article)) + "}"))
    fields += [("journal", _bibtex_text(paper)), ("journaltitle", _bibtex_text(paper))]
    if article.issue_date:
        day = article.issue_date
        fields += [("date", day.isoformat()), ("year", str(day.year)), ("month", str(day.month)), ("day", str(day.day))]
    if article.page is not None:
        fields.append(("pages", str(article.page)))
    if url:
        fields.append(("url", url))
    fields.append(("langid", "chinese"))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@article{{{bibtex_key(article)},\n{body}\n}}\n"


def ris(article: Article, paper: str, url: str = "") -> str:
    """An RIS record of type NEWS; lines end with CR LF, as the format asks."""
    def one_line(value: str) -> str:
        return " ".join(value.split())

    lines = [("TY", "NEWS")]
    lines += [("AU", one_line(n)) for n in authors(article)]
    lines += [("TI", one_line(title(article))), ("T2", one_line(paper))]
    if article.issue_date:
        day = article.issue_date
        lines += [("PY", str(day.year)), ("DA", f"{day.year:04d}/{day.month:02d}/{day.day:02d}")]
    if article.page is not None:
        lines.append(("SP", str(article.page)))
    if url:
        lines.append(("UR", url))
    lines += [("LA", "zh"), ("ID", article.id), ("ER", "")]
    return "".join(f"{tag}  - {value}\r\n" for tag, value in lines)


def csl_json(article: Article, paper: str, url: str = "") -> str:
    """A CSL-JSON array of one `article-newspaper` item (names as literals: CSL would
    otherwise take a Chinese name for a family name and a given one)."""
    item: dict = {"id": article.id, "type": "article-newspaper", "title": title(article), "container-title": paper}
    names = authors(article)
    if names:
        item["author"] = [{"literal": n} for n in names]
    if article.issue_date:
        day = article.issue_date
        item["issued"] = {"date-parts": [[day.year, day.month, day.day]]}
    if article.page is not None:
        item["page"] = str(article.page)
    if url:
        item["URL"] = url
    item["language"] = "zh-CN"
    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"


def meta_tags(article: Article, paper: str, url: str = "") -> list[list[str]]:
    """(name, content) of the `citation_*` meta tags of Highwire Press, as Google Scholar
    and Zotero read them; a newspaper's name goes where a journal's does."""
    tags = [["citation_title", title(article)]]
    tags += [["citation_author", n] for n in authors(article)]
    if article.issue_date:
        day = article.issue_date
        tags.append(["citation_publication_date", f"{day.year:04d}/{day.month:02d}/{day.day:02d}"])
    tags += [["citation_journal_title", paper], ["citation_publisher", paper]]
    if article.page is not None:
        tags.append(["citation_firstpage", str(article.page)])
    tags.append(["citation_language", "zh"])
    if url:
        tags += [["citation_public_url", url], ["citation_abstract_html_url", url]]
    return tags


# The downloads of one article, beside its page: extension -> (label, writer).
DOWNLOADS = {".bib": ("BibTeX", bibtex), ".ris": ("RIS", ris), ".csl.json": ("CSL-JSON", csl_json)}


def download_paths(path: str) -> dict[str, str]:
    """Docs paths of the article's downloads, by format.

    >>> download_paths("2020/02/21/slug.md")["BibTeX"]
    '2020/02/21/slug.bib'
    """
    stem = path[: -len(".md")]
    return {label: stem + ext for ext, (label, _) in DOWNLOADS.items()}


def citation_files(article: Article, path: str, archive: Archive) -> dict[str, str]:
    """Docs path -> text of each download of the article at docs path `path`."""
    url = permanent_url(archive, path)
    stem = path[: -len(".md")]
    return {stem + ext: writer(article, archive.paper, url) for ext, (_, writer) in DOWNLOADS.items()}


def citation(article: Article, path: str, archive: Archive) -> dict:
    """What the article page shows and puts in its head: the GB/T 7714 entries, the
    downloads, the meta tags."""
    url = permanent_url(archive, path)
    return {
        "gbt": gbt7714(article, archive.paper),
        "gbt_online": gbt7714(article, archive.paper, url) if url else "",
        "url": url,
        "downloads": download_paths(path),
        "meta": meta_tags(article, archive.paper, url),
    }
