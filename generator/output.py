"""Writing files safely: only inside the output folder, atomically, unchanged files untouched."""

from __future__ import annotations

import os
import re
import secrets
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


def write_atomic(path: Path, text: str | bytes) -> bool:
    """Write `text` (UTF-8 bytes, or a string to encode) to `path` through a temporary file
    and a rename; a run killed midway leaves the previous file whole. Returns False when the
    file already held it (its modification time is kept, so `mkdocs serve` does not rebuild
    for nothing)."""
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _temporary_beside(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _temporary_beside(path: Path) -> tuple[int, str]:
    """A new file in `path`'s folder, opened for writing, with the mode any file the user
    creates gets (0666 less the umask): tempfile.mkstemp makes it 0600, and the dataset
    handed to researchers on a shared machine would be unreadable to them."""
    while True:
        tmp = os.path.join(path.parent, f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666), tmp
        except FileExistsError:
            continue


MANIFEST = "_build/generated.txt"
# write_atomic's temporary files: `.NAME.` + mkstemp's eight characters + `.tmp`.
_TEMPORARY = re.compile(r"^\..+\.[A-Za-z0-9_]{8,16}\.tmp$")  # ours (12 hex digits) and mkstemp's (8)


def generated_before(root: Path) -> set[str]:
    """The files the previous run generated (its manifest), relative to `root`."""
    try:
        return set(inside(root, MANIFEST).read_text(encoding="utf-8").splitlines())
    except OSError:
        return set()


def foreign(path: Path, data: bytes) -> bool:
    """True when `path` holds a file other than `data` (or something not a file): one the
    generator did not write there, which it must not overwrite."""
    if not os.path.lexists(path):
        return False
    try:
        return path.is_symlink() or not path.is_file() or path.read_bytes() != data
    except OSError:
        return True


def prune_temporary(root: Path) -> list[Path]:
    """Remove temporary files that a run killed midway left behind (only with the docs
    folder's lock held: no run is writing one then)."""
    removed = []
    for folder, _, files in os.walk(root):
        for name in files:
            if _TEMPORARY.match(name):
                path = Path(folder, name)
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def replace_generated(root: Path, written: list[str]) -> list[Path]:
    """Remove the files an earlier run generated that this run did not write, then record
    this run's files (POSIX paths relative to `root`). Only files named in the earlier run's
    manifest are ever removed, so hand-written pages beside the generated ones survive
    every run."""
    root = root.resolve()
    manifest = inside(root, MANIFEST)
    current = sorted(set(written) | {MANIFEST})
    try:
        previous = set(manifest.read_text(encoding="utf-8").splitlines())
    except OSError:
        previous = set()
    removed = []
    for relative in sorted(previous - set(current)):
        try:
            path = inside(root, relative)
        except UnsafePathError:
            continue  # a manifest edited by hand cannot make us delete outside the folder
        if path.is_file():
            path.unlink()
            removed.append(path)
            _remove_empty_parents(path.parent, root)
    write_atomic(manifest, "".join(f"{line}\n" for line in current))
    return removed


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and root in folder.parents and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
