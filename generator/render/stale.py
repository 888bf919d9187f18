"""Pages of an earlier run that this run no longer writes (an article renamed or gone)."""

from __future__ import annotations

from pathlib import Path


def prune_stale(docs_dir: Path, owned: tuple[str, ...], keep: set[str]) -> list[Path]:
    """Remove Markdown pages left by an earlier run (a renamed article) from the folders we own."""
    removed = []
    for pattern in owned:
        for top in docs_dir.glob(pattern):
            candidates = [top] if top.is_file() else top.rglob("*.md")
            for path in candidates:
                if path.suffix == ".md" and path.relative_to(docs_dir).as_posix() not in keep:
                    path.unlink()
                    removed.append(path)
    _remove_empty_dirs(docs_dir, owned)
    return removed


def _remove_empty_dirs(docs_dir: Path, owned: tuple[str, ...]) -> None:
    for pattern in owned:
        for top in docs_dir.glob(pattern):
            if top.is_dir():
                for folder in sorted(top.rglob("*"), key=lambda p: len(p.parts), reverse=True):
                    if folder.is_dir() and not any(folder.iterdir()):
                        folder.rmdir()
                if not any(top.iterdir()):
                    top.rmdir()
