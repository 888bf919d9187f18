"""`python -m generator index SITE`: Pagefind indexes a built site (site_config/archive.yml
`search: pagefind`), whichever renderer built it; the MkDocs plugin calls it after a build."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


class SearchIndexError(Exception):
    """Pagefind could not index the site (no such folder, no pages, or Pagefind failed)."""


def index_site(site_dir: Path) -> None:
    """Write the Pagefind index into `site_dir/pagefind/` (Pagefind's Python package runs
    its own binary; it segments Chinese in the pages marked `data-pagefind-body`)."""
    site_dir = Path(site_dir)
    if not (site_dir / "index.html").is_file():
        raise SearchIndexError(f"{site_dir}: not a built site (no index.html); build it first")
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--silent"],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        said = (result.stderr.strip() or result.stdout.strip() or f"exit code {result.returncode}").replace("\n", " ")
        raise SearchIndexError(f"pagefind failed on {site_dir}: {said}")
