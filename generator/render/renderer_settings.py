"""What a renderer of docs/ needs besides the pages: where the site is published and which
search it shows, written by `generate` as a fragment of MkDocs' settings.

The MkDocs plugin applies the same settings; another renderer that reads mkdocs.yml without
the plugin (ProperDocs with `enabled: false`, Zensical) can take them with MkDocs'
`INHERIT: docs/_build/renderer.yml`, or from this file by hand.
"""

from __future__ import annotations

import os

import yaml

from ..config import Archive

RENDERER_SETTINGS_PATH = "_build/renderer.yml"  # docs-relative; excluded from the site in mkdocs.yml


def renderer_settings(archive: Archive, environ=os.environ) -> dict:
    """site_url and repo_url from site_config/archive.yml, or from the environment of a
    deployment (ARCHIVE_SITE_URL, ARCHIVE_REPO_URL; see the workflow); `extra.pagefind`
    tells the theme's overrides which search box to show."""
    settings: dict = {}
    site_url = environ.get("ARCHIVE_SITE_URL") or archive.site_url
    repo_url = environ.get("ARCHIVE_REPO_URL") or archive.repo_url
    if site_url:
        settings["site_url"] = site_url if site_url.endswith("/") else site_url + "/"
    if repo_url:
        settings["repo_url"] = repo_url
    settings["extra"] = {"pagefind": archive.search == "pagefind"}
    return settings


def settings_text(settings: dict) -> str:
    """The settings as a YAML file with a note of what it is."""
    note = ("# Written by `python -m generator generate` from site_config/archive.yml: the settings a renderer\n"
            "# of this docs folder needs (MkDocs: INHERIT this file, or let the jiaozuo-archive plugin set them).\n")
    return note + yaml.safe_dump(settings, allow_unicode=True, sort_keys=True)
