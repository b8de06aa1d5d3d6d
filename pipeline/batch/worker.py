"""What runs inside a worker: build the Screener once, then screen one file per request.

The same `screen_task` serves the local worker processes and the Dask workers, so both give the
same Result for the same bytes.
"""

from __future__ import annotations

import importlib
import resource
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pipeline.nlp  # noqa: F401  (preloaded by the forkserver so each worker starts fast)
from pipeline.errors import ScreeningError
from pipeline.models import Result
from pipeline.parsers import ParseLimits, parse
from pipeline.screening import Screener, Settings, error_result

from .packed import Packed, pack

MB = 1024 * 1024


@dataclass(frozen=True)
class Task:
    """One file to screen: its position in the manifest, where it is and what it holds."""

    index: int
    path: str
    name: str
    sha256: str


@dataclass(frozen=True)
class WorkerConfig:
    """Everything a worker needs to build its Screener and apply the limits."""

    settings: Settings
    limits: ParseLimits
    max_memory_mb: int = 1024
    # Test-only fault injection: "module:function" called with the file path before parsing.
    # Nothing in the command line sets it.
    hook: str | None = None


def screen_task(
    screener: Screener, task: Task, limits: ParseLimits, hook: Callable[[Path], Any] | None = None
) -> Result:
    """Returns the Result for one file; every failure becomes an error row, never an exception."""
    path = Path(task.path)
    try:
        if hook is not None:
            hook(path)
        document = parse(path, pdf_engine=screener.settings.pdf_engine, limits=limits)
        return screener.screen_document(document, task.name, task.sha256)
    except MemoryError:
        return _too_big(task, limits)
    except ScreeningError as exc:
        if isinstance(exc.__cause__, MemoryError):
            return _too_big(task, limits)
        if exc.code in ("missing",):
            return error_result(task.name, task.sha256, "vanished", "the file disappeared")
        return error_result(task.name, task.sha256, exc.code, exc.message)
    except FileNotFoundError:
        return error_result(task.name, task.sha256, "vanished", "the file disappeared")
    except PermissionError:
        return error_result(task.name, task.sha256, "permission_denied", "cannot read the file")
    except OSError as exc:
        return error_result(
            task.name, task.sha256, "unreadable", f"cannot read the file ({exc.__class__.__name__})"
        )
    except RecursionError:
        return error_result(
            task.name, task.sha256, "corrupt", "the file's structure is too deeply nested"
        )
    except Exception as exc:  # a bug or a library failure must not sink the batch
        return error_result(
            task.name, task.sha256, "internal_error", f"unexpected {exc.__class__.__name__}"
        )


def pack_result(result: Result, task: Task, config: WorkerConfig) -> Packed:
    """Returns the Result packed with its rendered rows; rendering that fails (out of memory
    under the cap, a bug) ends as the file's error row instead of killing the worker."""
    try:
        return pack(result, config.settings.roles)
    except MemoryError:
        return pack(_too_big(task, config.limits), config.settings.roles)
    except Exception as exc:
        message = f"the report rows could not be written ({exc.__class__.__name__})"
        failed = error_result(task.name, task.sha256, "internal_error", message)
        return pack(failed, config.settings.roles)


def _too_big(task: Task, limits: ParseLimits) -> Result:
    return error_result(
        task.name, task.sha256, "too_large", "the file needs more memory than the per-worker cap"
    )


def load_hook(spec: str | None) -> Callable[[Path], Any] | None:
    """Returns the function named "module:function", or None."""
    if not spec:
        return None
    module, _, func = spec.partition(":")
    return getattr(importlib.import_module(module), func)  # type: ignore[no-any-return]


def limit_memory(max_memory_mb: int) -> None:
    """Caps this process's address space (RLIMIT_AS): allocations beyond it fail, even in C."""
    if max_memory_mb <= 0:
        return
    cap = max_memory_mb * MB
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def address_space_mb() -> float:
    """Returns this process's current virtual memory size in MB (Linux), or 0."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[0])
        return pages * resource.getpagesize() / MB
    except (OSError, ValueError, IndexError):
        return 0.0


def worker_main(conn: Any, config: WorkerConfig) -> None:
    """Runs in a worker process: answers ("ready"), then one ("done", index, Packed) per Task."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        started = time.perf_counter()
        screener = Screener(config.settings)
        hook = load_hook(config.hook)
        base = address_space_mb()
        if config.max_memory_mb and base >= config.max_memory_mb:
            conn.send(
                (
                    "error",
                    f"the memory cap ({config.max_memory_mb} MB) is below what the pipeline "
                    f"needs to start ({base:.0f} MB); raise --max-memory-mb",
                )
            )
            return
        limit_memory(config.max_memory_mb)
        conn.send(("ready", time.perf_counter() - started))
    except ScreeningError as exc:
        conn.send(("error", exc.message))
        return
    while True:
        task = conn.recv()
        if task is None:
            return
        result = screen_task(screener, task, config.limits, hook)
        conn.send(("done", task.index, pack_result(result, task, config)))


# --------------------------------------------------------------------- Dask

_local = threading.local()


def screen_bytes(config: WorkerConfig, task: Task, data: bytes) -> Packed:
    """Returns the packed Result for one file's bytes; runs on a Dask worker (a Screener per
    thread)."""
    import os
    import tempfile

    cache: dict[WorkerConfig, tuple[Screener, Any]] = _local.__dict__.setdefault("screeners", {})
    if config not in cache:
        cache[config] = (Screener(config.settings), load_hook(config.hook))
    screener, hook = cache[config]
    suffix = Path(task.name).suffix[:16]
    fd, tmp = tempfile.mkstemp(prefix="resume-screen-", suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        local = Task(task.index, tmp, task.name, task.sha256)
        return pack_result(screen_task(screener, local, config.limits, hook), task, config)
    finally:
        os.unlink(tmp)
