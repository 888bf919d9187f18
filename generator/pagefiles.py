"""Which files of the seeds folder are page files, and each one read and parsed so that no
single file stops the run: a page file is a regular file inside the seeds folder (a link is
followed only to a regular file inside it); anything else is refused with a message, and a
file the parser fails on is reported and set aside, its characters counted as not archived."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .model import Page, Problem
from .parse import parse_page_text
from .parse.lenient import read_text
from .parse.page import prepare_lines
from .parse.text import non_space_count


@dataclass(frozen=True)
class PageFile:
    path: Path  # where it is on disk
    name: str  # POSIX path relative to the seeds folder: the catalog's key, the name in messages
    refusal: str = ""  # why it is not read; "" for a page file
    name_note: str = ""  # the name on disk was not UTF-8


def page_files(seeds_dir: Path) -> list[PageFile]:
    """Every `*.txt` below `seeds_dir` in a stable order (by name), links not followed into
    folders; each either a page file or refused with the reason."""
    root = Path(os.path.realpath(seeds_dir))
    found = []
    for folder, dirs, files in os.walk(seeds_dir, followlinks=False):
        dirs.sort()
        for entry in dirs:
            path = Path(folder, entry)
            if path.is_symlink():
                found.append(_named(path, seeds_dir, "a link to a folder: not followed, the files it leads to are not read"))
        for entry in files:
            if entry.endswith(".txt"):
                path = Path(folder, entry)
                found.append(_named(path, seeds_dir, _refusal(path, root)))
    return sorted(found, key=lambda f: f.name)


def _refusal(path: Path, root: Path) -> str:
    """"" when `path` is a page file; else what it is and that it was refused."""
    try:
        mode = os.lstat(path).st_mode
    except OSError as exc:
        return f"cannot be examined ({exc.strerror}); skipped"
    if stat.S_ISLNK(mode):
        try:
            target = Path(os.path.realpath(path, strict=True))
            mode = os.stat(target).st_mode
        except OSError as exc:
            what = ("a link in a loop" if exc.errno == errno.ELOOP else "a dangling link" if exc.errno == errno.ENOENT
                    else f"a link that cannot be followed ({exc.strerror})")
            return f"{what}: refused, not a page file"
        if target != root and root not in target.parents:
            return "a link to a file outside the seeds folder: refused, its content is not published"
        if not stat.S_ISREG(mode):
            return f"a link to {_kind(mode)}: refused, not a page file"
        return ""
    if not stat.S_ISREG(mode):
        return f"{_kind(mode)}, not a regular file: refused, not a page file"
    return ""


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "a special file"


def _named(path: Path, seeds_dir: Path, refusal: str) -> PageFile:
    """The file's name as text: a name that is not UTF-8 (a GBK name from a Windows zip)
    is read as GB18030, or else with its bytes escaped, and the page says so."""
    relative = path.relative_to(seeds_dir).as_posix()
    try:
        relative.encode("utf-8")
        return PageFile(path, relative, refusal)
    except UnicodeEncodeError:
        raw = os.fsencode(relative)
    try:
        name, how = raw.decode("gb18030"), "read as GB18030"
    except UnicodeDecodeError:
        name, how = raw.decode("utf-8", errors="backslashreplace"), "its undecodable bytes shown as escapes"
    return PageFile(path, name, refusal, f"the file name is not UTF-8: {how}")


def read_page_bytes(page_file: PageFile) -> bytes:
    """The file's bytes, opened without following a link swapped in since it was listed
    (an allowed link is opened at its target) and never blocking on a FIFO."""
    path = page_file.path
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, "no longer a regular file")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read()
    finally:
        os.close(fd)


def page_file(path: Path, seeds_dir: Path) -> PageFile:
    """One path below `seeds_dir` as a page file (or refused, with the reason)."""
    return _named(path, seeds_dir, _refusal(path, Path(os.path.realpath(seeds_dir))))


def read_page_file(page_file: PageFile, config: Config, fallback_year: int | None, model=None) -> Page:
    """One page file → its parsed page, or a rejected page with the reason; never raises.
    `fallback_year`: the collection's assumed year (sources.yml `assumed_year`); `model`: the
    line labeller to use (cross-validation), the shipped one by default."""
    name = page_file.name
    notes = [Problem(name, None, page_file.name_note)] if page_file.name_note else []
    if page_file.refusal:
        return rejected(name, None, page_file.refusal, notes)
    try:
        data = read_page_bytes(page_file)
    except OSError as exc:
        return rejected(name, None, f"cannot be read ({exc.strerror}); skipped", notes)
    decoded = read_text(data)
    notes += [Problem(name, line, message, severity) for line, message, severity in decoded.notes]
    if decoded.text is None:
        return rejected(name, None, "", notes)
    entry = config.source(name)
    try:
        page = parse_page_text(
            decoded.text,
            name,
            issue_date=entry.issue_date if entry else None,
            page_number=entry.page if entry else None,
            in_catalog=entry is not None,
            fallback_year=fallback_year,
            known_year=entry.year if entry else None,
            model=model,
        )
    except Exception as exc:  # a parser fault on one page must not stop the archive
        characters = non_space_count(decoded.text)
        page = rejected(name, None, f"the parser failed on this page ({type(exc).__name__}: {exc}); "
                                    f"skipped, its {characters} characters are not in the archive", notes)
        page.characters = characters
    else:
        page.problems[:0] = notes
    page.sha1 = hashlib.sha1(data).hexdigest()
    page.lines = [line.text for line in prepare_lines(decoded.text)]  # for the provenance view
    return page


def rejected(name: str, line: int | None, message: str, notes: list[Problem] | None = None) -> Page:
    """A page file set aside: no articles, its problems, `rejected` set."""
    problems = list(notes or [])
    if message:
        problems.append(Problem(name, line, message, "error"))
    return Page(name, None, None, [], [], problems, rejected=True)

