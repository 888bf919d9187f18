"""One run at a time on a docs folder: `mkdocs serve` regenerating while someone runs
`generate` would otherwise leave pages of one run beside the fingerprints of the other."""

from __future__ import annotations

import fcntl
import logging
import os
from contextlib import contextmanager
from pathlib import Path

from .output import inside

LOCK = "_build/lock"
log = logging.getLogger("generator")


class DocsBusyError(RuntimeError):
    """Another run holds the docs folder and this one was told not to wait."""


@contextmanager
def docs_lock(docs_dir: Path, wait: bool = True):
    """Hold the docs folder's lock (an advisory `flock` on `_build/lock`, released by the
    system when the process ends, even by kill -9) for the duration of a run. A second run
    waits for it, saying so, or with `wait=False` refuses with `DocsBusyError`."""
    path = inside(docs_dir, LOCK)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise DocsBusyError(f"{docs_dir} is being written by another run; try again when it has finished") from None
            log.warning("waiting for another run writing %s to finish", docs_dir)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
