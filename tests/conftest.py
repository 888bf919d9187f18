"""Shared test helpers: paths of the repository and of the fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def config():
    from generator.config import load_config

    return load_config(ROOT / "site_config")
