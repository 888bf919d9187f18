"""A test run leaves the checkout as it was: nothing tracked is written by the tests."""

from __future__ import annotations

import os

from tests.conftest import ROOT


def test_browser_tests_save_screenshots_outside_the_checkout(monkeypatch):
    """The README's screenshots/ are tracked: only scripts/screenshots writes there."""
    from tests.e2e.test_site import screenshot_folder

    monkeypatch.delenv("ARCHIVE_SCREENSHOTS", raising=False)
    screenshot_folder.cache_clear()
    try:
        folder = screenshot_folder().resolve()
        assert folder != ROOT and ROOT not in folder.parents, folder
    finally:
        screenshot_folder.cache_clear()


def test_the_screenshots_command_names_the_readme_folder():
    script = (ROOT / "scripts" / "screenshots").read_text(encoding="utf-8")
    assert 'ARCHIVE_SCREENSHOTS="$PWD/screenshots"' in script
    assert os.access(ROOT / "scripts" / "screenshots", os.X_OK)
