"""The wall time of each stage of a run, for a caller that asks for it (the benchmarks):
`pipeline.run` and `parse_all` take a `Timings` and add to it; without one nothing is timed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Literal

# The stages a run reports: the whole of parse_all, and within it, for the pages parsed in
# this process (not in worker processes), the parser and the enrichment apart; then the
# dataset (written by a thread while render runs: the two overlap) and the site's pages.
Stage = Literal["parse + enrich", "parse", "enrich", "dataset", "render"]


@dataclass
class Timings:
    """Seconds per stage, summed over the stage's calls. A subclass may measure more
    around each stage (the benchmarks' peak memory) by overriding `stage`."""

    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: Stage) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started


def timed(timings: Timings | None, name: Stage) -> AbstractContextManager[None]:
    """`timings.stage(name)`, or nothing at all when no one asked for timings."""
    return timings.stage(name) if timings is not None else nullcontext()
