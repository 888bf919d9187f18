"""The archive's settings and reference data (site_config/), typed and checked once."""

from .archive import DEFAULT_TEMPLATES, SEARCH_ENGINES, Archive
from .errors import ConfigError
from .load import Config, Reference, load_config, project_surnames, project_word_lists, reference_from
from .sources import SourceEntry, _load_sources

__all__ = [
    "DEFAULT_TEMPLATES", "SEARCH_ENGINES", "Archive", "Config", "ConfigError", "Reference", "SourceEntry",
    "_load_sources", "load_config", "project_surnames", "project_word_lists", "reference_from",
]
