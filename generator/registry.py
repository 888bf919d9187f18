"""The URLs the archive has given, kept with it (`docs/urls.json`, tracked in the
repository), so that a URL once cited keeps working: the first holder of a slug keeps it
when a homophone arrives, the first holder of an article id keeps the plain id when the
same text is printed again elsewhere, and an article's earlier paths (a corrected
headline, a page catalogued under another date) lead to where the article is now.

An entry lives as long as what it names is in the archive: a person's slug while the
person is listed, an article's paths and ids while its page file is there. Removing a page
file and running again therefore gives the archive as it was before the file came.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .output import inside, write_atomic

REGISTRY = "urls.json"
_FACETS = ("people", "districts", "topics")


@dataclass
class Registry:
    people: dict[str, str] = field(default_factory=dict)  # name -> slug
    districts: dict[str, str] = field(default_factory=dict)
    topics: dict[str, str] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)  # plain article id -> the page file holding it
    paths: dict[str, list] = field(default_factory=dict)  # article path -> [id, file, first line, last line]

    def slugs(self, facet: str) -> dict[str, str]:
        return getattr(self, facet)


def load_registry(docs_dir: Path) -> tuple[Registry, str | None]:
    """The registry of `docs_dir`, and a message when it was there but unreadable (an
    empty one is used then: URLs are given afresh, as on a first run)."""
    path = inside(docs_dir, REGISTRY)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Registry(), None
    except (OSError, ValueError) as exc:
        return Registry(), f"{REGISTRY} unreadable ({exc}); URLs given afresh"
    registry = Registry()
    if not isinstance(data, dict):
        return registry, f"{REGISTRY} is not a JSON object; URLs given afresh"
    for facet in _FACETS:
        registry.slugs(facet).update(_strings(data.get(facet)))
    registry.ids.update(_strings(data.get("ids")))
    for path, value in (data.get("paths") or {}).items() if isinstance(data.get("paths"), dict) else ():
        if (isinstance(path, str) and isinstance(value, list) and len(value) == 4 and all(isinstance(v, str) for v in value[:2])
                and all(isinstance(v, int) for v in value[2:])):
            registry.paths[path] = value
    return registry, None


def _strings(value) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str) and v}


def save_registry(docs_dir: Path, registry: Registry) -> bool:
    """Write the registry, one entry a line in sorted order (a readable diff when committed)."""
    data: dict[str, Any] = {facet: registry.slugs(facet) for facet in _FACETS}
    data["ids"] = registry.ids
    data["paths"] = registry.paths
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n"
    return write_atomic(inside(docs_dir, REGISTRY), text)


def forget_absent(registry: Registry, pages) -> None:
    """Drop the entries of page files that are gone (see the module's note)."""
    files = {page.file for page in pages}
    registry.ids = {k: v for k, v in registry.ids.items() if v in files}
    registry.paths = {k: v for k, v in registry.paths.items() if v[1] in files}
