"""Shared test helpers: paths of the repository and of the fixtures."""

from __future__ import annotations

from pathlib import Path

import os

import pytest
from hypothesis import HealthCheck, settings

# Property tests run 200 cases each in the ordinary suite; the long fuzz run
# (README: HYPOTHESIS_PROFILE=fuzz) runs 20,000 per test.
settings.register_profile("default", max_examples=200, deadline=None)
settings.register_profile("fuzz", max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def config():
    from generator.config import load_config

    return load_config(ROOT / "site_config")
