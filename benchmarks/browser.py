"""A built site served on 127.0.0.1 and Debian's Chromium launched headless: one copy for
the browser tests (tests/e2e) and the benchmarks' search measurements (report.py,
search_quality.py).

It lives here, not in tests/support: `python -m benchmarks` runs from the installed
package without the tests, while the tests already import the benchmarks (tests/bench,
tests/test_fuzz.py). The generator serves no site and imports neither.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

CHROMIUM = "/usr/bin/chromium"  # Debian's (.ci/install-browser), not Playwright's download
# Headless, and nothing of the browser's own traffic: only the site's requests leave the tab.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def launch_chromium(playwright: Playwright) -> Browser:
    """Debian's Chromium under Playwright, with CHROMIUM_ARGS."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the folder quietly and records every file it sends: the server, not the
    browser, counts the bytes, so requests made by web workers are counted too."""

    sent: list[tuple[str, int]]

    def do_GET(self) -> None:
        super().do_GET()
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.is_file():
            self.sent.append((self.path.split("?")[0], path.stat().st_size))

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


class SiteServer:
    """A folder on a free port of 127.0.0.1, served by a thread from `start()` (or `with`)
    to `close()`; `url` is its root, ending in `/`; `sent` the (path, bytes) it sent."""

    def __init__(self, folder: Path):
        self.sent: list[tuple[str, int]] = []
        handler = type("Handler", (_Handler,), {"sent": self.sent})
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def start(self) -> SiteServer:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def close(self) -> None:
        self.server.shutdown()  # returns once serve_forever has stopped
        self.server.server_close()

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetched(self, keep: Callable[[str], bool]) -> dict[str, int]:
        """The files sent whose path `keep` accepts, with their sizes."""
        return {path: size for path, size in self.sent if keep(path)}
