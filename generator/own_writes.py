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

import logging
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path

from .registry import REGISTRY  # the URLs given, rewritten by every run

log = logging.getLogger("mkdocs.plugins.jiaozuo_archive")

# Files that are the generator's whatever their content: its working folder, and the
# temporary files of output.write_atomic (".<name>.<12 hex digits>.tmp" beside the target).
_BUILD = "_build/"  # the cache, the manifest, the lock: the generator's own working files
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
        if relative.startswith(_BUILD) or relative == REGISTRY or _TEMPORARY.search(relative):
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


def watch_docs(server, docs_dir: Path) -> tuple[OwnWrites, Callable[[], None]] | None:
    """Replace MkDocs' watch of `docs_dir` by one that ignores the generator's own writes;
    returns the record to keep up to date and a function that asks for a rebuild. Uses the
    livereload server's rebuild flag; where a MkDocs version lacks it, MkDocs' watch stays
    (None)."""
    import watchdog.events

    condition = getattr(server, "_rebuild_cond", None)
    if condition is None or not hasattr(server, "_want_rebuild") or not hasattr(server, "observer"):
        return None
    own = OwnWrites(docs_dir)

    def rebuild() -> None:
        with condition:
            server._want_rebuild = True
            condition.notify_all()

    def changed(event) -> None:
        if event.is_directory:
            return
        paths = [event.src_path, getattr(event, "dest_path", "") or ""]
        if all(not p or own.is_ours(os.fsdecode(p)) for p in paths):
            return
        log.debug("generator: %s: not the generator's own write: rebuild", event)
        rebuild()

    class Handler(watchdog.events.FileSystemEventHandler):
        def on_any_event(self, event) -> None:
            changed(event)

    handler = Handler()
    server.unwatch(str(docs_dir))
    server.observer.schedule(handler, os.path.abspath(docs_dir), recursive=True)
    return own, rebuild
