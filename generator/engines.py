"""Where the per-page stage runs: in a pool of worker processes on this machine (`pool`),
or on the workers of a Dask cluster (`dask`: a `distributed.LocalCluster` started for the
run, or an existing scheduler). Either way each worker loads jieba and the reference data
once and keeps them for every page it is given, and the pages come back in the order asked.

dask is imported only when the dask engine is chosen (the `dask` extra)."""

from __future__ import annotations

import hashlib
import pickle
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any, Literal

from .config import Config
from .enrich import load_resources
from .model import Page
from .pagefiles import PageFile

Engine = Literal["pool", "dask"]
ENGINES: tuple[Engine, ...] = ("pool", "dask")

# The per-page stage (pipeline.process_page): a module-level function, so that a worker
# process imports it by name.
Stage = Callable[[PageFile, Path, Config, Any], Page]
Job = tuple[PageFile, Path]  # a page file and the seeds folder it is in


class EngineError(Exception):
    """The chosen engine cannot run: dask is not installed, or its scheduler is not reached."""


@contextmanager
def pool_pages(stage: Stage, jobs: list[Job], config: Config, workers: int) -> Iterator[Iterator[Page]]:
    """The pages of `jobs` through `stage` in `workers` processes of this machine, in order.
    The processes start on entry."""
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(config,)) as pool:
        chunk = max(1, len(jobs) // (workers * 8))
        yield pool.map(partial(_pool_page, stage), jobs, chunksize=chunk)


@contextmanager
def dask_pages(stage: Stage, jobs: list[Job], config: Config, workers: int, scheduler: str | None = None) -> Iterator[Iterator[Page]]:
    """The pages of `jobs` through `stage` on Dask workers, in order: those of the scheduler
    at `scheduler`, or of a LocalCluster of `workers` processes (one thread each) started
    here and closed on exit. The pages are submitted on entry."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise EngineError(f"--engine dask needs dask.distributed ({exc}); install the dask extra: pip install '.[dask]'") from exc
    # The config goes to each worker once; a worker keeps what it loaded for this digest.
    digest = hashlib.sha1(pickle.dumps(config)).hexdigest()
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        with cluster, Client(cluster) as client:
            yield _submitted(client, stage, jobs, config, digest)
        return
    try:
        client = Client(scheduler)
    except (OSError, ValueError, TypeError) as exc:  # refused, timed out, not an address
        raise EngineError(f"--scheduler {scheduler}: no Dask scheduler reached there ({type(exc).__name__}: {exc}); nothing generated") from exc
    with client:
        yield _submitted(client, stage, jobs, config, digest)


def _submitted(client, stage: Stage, jobs: list[Job], config: Config, digest: str) -> Iterator[Page]:
    shared = client.scatter(config, broadcast=True, hash=False)
    futures = deque(client.map(_dask_page, jobs, stage=stage, config=shared, digest=digest, pure=False))
    return _in_order(futures)


def _in_order(futures: deque) -> Iterator[Page]:
    while futures:  # each future let go once its page is taken: the worker may forget it
        yield futures.popleft().result()


# A worker process loads jieba and the reference data once, for the first page it is given
# (the pool: in its initializer), and keeps them for every page after: process-local, never
# shared or written back. A Dask worker outlives the run: a run with another config loads anew.
_worker_state: dict = {}
_loading = threading.Lock()  # a Dask worker of several threads loads once too


def _start_worker(config: Config) -> None:
    _worker_state.update(digest=None, config=config, resources=load_resources(config))


def _pool_page(stage: Stage, job: Job) -> Page:
    page_file, seeds_dir = job
    return stage(page_file, seeds_dir, _worker_state["config"], _worker_state["resources"])


def _dask_page(job: Job, stage: Stage, config: Config, digest: str) -> Page:
    with _loading:
        if _worker_state.get("digest") != digest:
            _worker_state.clear()
            _worker_state.update(digest=digest, config=config, resources=load_resources(config))
    page_file, seeds_dir = job
    return stage(page_file, seeds_dir, _worker_state["config"], _worker_state["resources"])
