import pytest

from generator.enrich import load_resources


@pytest.fixture(scope="session")
def resources(config):
    """jieba and the reference data, loaded once for the whole test session."""
    return load_resources(config)


@pytest.fixture(scope="session")
def bare_resources(config):
    """The same without the people file: names must be found by the paper's patterns."""
    from generator.enrich.evaluate import without_people_file

    return load_resources(without_people_file(config))
