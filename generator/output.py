"""Writing files safely: only inside the output folder, atomically, unchanged files untouched."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class UnsafePathError(ValueError):
    """A generated path would leave the output folder."""


def inside(root: Path, relative: str | Path) -> Path:
    """`root/relative`, refusing any path that resolves outside `root`."""
    root = root.resolve()
    target = (root / relative).resolve()
    if target != root and root not in target.parents:
        raise UnsafePathError(f"{relative!s} would be written outside {root}")
    return target


def write_atomic(path: Path, text: str) -> bool:
    """Write `text` to `path` through a temporary file and a rename; a run killed midway
    leaves the previous file whole. Returns False when the file already held `text`
    (its modification time is kept, so `mkdocs serve` does not rebuild for nothing)."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True
