"""Which changes under docs/ are the generator's own writes, so that `mkdocs serve` rebuilds
once per change of the input rather than again for every page the rebuild wrote.

MkDocs watches the whole docs folder; the generator writes there during a build, and each
of its writes would start another build (at 5,000 pages a build takes minutes). A change is
ours when it is a file of the cache or a temporary file of an atomic write, a page that is
now exactly as the last run left it, a page that run removed, or a folder holding its pages
(MkDocs' polling watcher reports a reused inode as a file moved onto a new folder). A change
that arrives while the generator runs is decided when the run ends. Anything else, such as
an edit of a hand-written page in docs/about/, is the user's and rebuilds.
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

# Files that are the generator's whatever their content: its working folder, and the
# temporary files of output.write_atomic (".<name>.<12 hex digits>.tmp" beside the target).
_BUILD = "_build/"
_TEMPORARY = re.compile(r"(^|/)\.[^/]+\.[0-9a-f]{12}\.tmp$")


class OwnWrites:
    """The generator's record of what it wrote under `docs_dir`, asked about each change."""

    def __init__(self, docs_dir: Path):
        self.docs_dir = Path(docs_dir).resolve()
        self._lock = threading.Lock()
        self._running = False
        self._pending: set[str] = set()
        self._written: dict[str, tuple[int, int]] = {}  # relative path -> (size, mtime_ns) after the run
        self._removed: set[str] = set()
        self._folders: set[str] = set()  # folders that hold what the run wrote

    def begin(self) -> None:
        """The generator starts writing."""
        with self._lock:
            self._running = True

    def end(self, written: list[str]) -> list[str]:
        """The generator wrote (or kept) the files `written`, relative to the docs folder.
        Returns the changes seen during the run that were not its own."""
        stats = {}
        for relative in written:
            try:
                info = os.stat(self.docs_dir / relative)
            except OSError:
                continue
            stats[relative] = (info.st_size, info.st_mtime_ns)
        with self._lock:
            self._removed = set(self._written) - set(stats)
            self._written = stats
            self._folders = {parent.as_posix() for relative in stats for parent in Path(relative).parents} - {"."}
            self._running = False
            pending, self._pending = self._pending, set()
        return sorted(p for p in pending if not self._is_ours(p))

    def is_ours(self, path: str) -> bool:
        """Whether a change of `path` (absolute) is the generator's own; while it runs,
        unknown paths are held and decided by `end`."""
        try:
            relative = Path(path).resolve().relative_to(self.docs_dir).as_posix()
        except ValueError:
            return False
        with self._lock:
            if self._is_ours(relative):
                return True
            if self._running:
                self._pending.add(relative)
                return True  # for now; `end` says otherwise
            return False

    def _is_ours(self, relative: str) -> bool:
        if relative.startswith(_BUILD) or _TEMPORARY.search(relative):
            return True
        if relative in self._removed:
            return not (self.docs_dir / relative).exists()
        if relative in self._folders:
            return True
        known = self._written.get(relative)
        if known is None:
            return False
        try:
            info = os.stat(self.docs_dir / relative)
        except OSError:
            return False
        return (info.st_size, info.st_mtime_ns) == known
