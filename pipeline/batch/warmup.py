"""Starts the worker forkserver early, so its heavy imports overlap the parent's own start-up."""

from __future__ import annotations

import multiprocessing
from multiprocessing import forkserver

WORKER_MODULE = "pipeline.batch.worker"
PRELOAD_MODULE = "pipeline.batch.preload"  # builds the default taxonomy's spaCy pipeline


def start_forkserver() -> None:
    """Starts (once per process) the forkserver that preloads the worker and its pipeline."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([WORKER_MODULE, PRELOAD_MODULE])
    forkserver.ensure_running()  # returns at once; the server imports in the background
