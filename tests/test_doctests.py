"""The examples in the docstrings of generator/ and benchmarks/ are run: an example that no
longer holds fails here (four had gone stale when the examples' names were changed)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import benchmarks
import generator


def _modules():
    for package in (generator, benchmarks):
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if info.name != f"{package.__name__}.__main__":
                yield importlib.import_module(info.name)


def test_every_docstring_example_holds():
    failed, attempted = 0, 0
    report = []
    for module in _modules():
        finder = doctest.DocTestFinder(exclude_empty=True)
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        for test in finder.find(module):
            runner.run(test, out=report.append)
        failed += runner.failures
        attempted += runner.tries
    assert failed == 0, "".join(report)
    assert attempted >= 14  # the examples written in the docstrings: none may silently vanish
