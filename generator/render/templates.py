"""The Jinja2 environment that turns the catalog into Markdown through `docs_templates/`."""

from __future__ import annotations

from pathlib import Path

import jinja2
import yaml
from markupsafe import Markup

from ..slugs import issue_path
from .escape import finalize, md_text, md_url


def make_environment(templates_dir: Path) -> jinja2.Environment:
    """Markdown-escaping by default: only our own filters and macros may emit markup."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=True,  # macros then return Markup, which `finalize` lets through
        finalize=finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md_text"] = md_text
    env.filters["cn_date"] = cn_date
    env.globals["href"] = _href
    env.globals["front_matter"] = front_matter
    env.globals["issue_path"] = issue_path
    env.globals["change_names"] = CHANGE_NAMES
    return env


# The fields a correction changes (generator/corrections.py), as an article page names them.
CHANGE_NAMES = {"title": "标题", "kicker": "引题", "subtitle": "副题", "paragraph": "正文", "people": "人物", "districts": "地区",
                "primary_district": "主要地区", "split": "拆分", "merge": "合并"}


@jinja2.pass_context
def _href(context: jinja2.runtime.Context, target: str) -> Markup:
    """Relative link from the page being rendered (`page_path` in the context) to `target`."""
    return md_url(target, context["page_path"])


def cn_date(day) -> str:
    """2020年2月21日, as the paper prints dates."""
    return f"{day.year}年{day.month}月{day.day}日" if day else "日期不详"


def front_matter(data: dict, feed=None) -> Markup:
    """The YAML between the `---` lines, always by PyYAML so any headline survives quoting.
    `feed` (a `feeds.Feed`): the page's Atom feed, which the theme links in the head."""
    if feed is not None:
        data = {**data, "feed": feed.path, "feed_title": feed.title}
    text = yaml.dump(data, Dumper=_SAFE_DUMPER, allow_unicode=True, sort_keys=False, width=10**6)
    return Markup(text)


# libyaml's safe dumper writes the same YAML six times faster; PyYAML's own where it is missing.
_SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
