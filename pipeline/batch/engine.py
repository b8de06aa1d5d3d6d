"""A batch run: manifest -> state lookup -> executor -> state -> reports, every file accounted for."""

from __future__ import annotations

import logging
import os
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pipeline
from pipeline.errors import ScreeningError
from pipeline.models import Result
from pipeline.parsers import ParseLimits
from pipeline.screening import Settings, error_result
from pipeline.writers.rendered import RENDER_VERSION, RowSink

from .feed import RowFeed
from .manifest import Entry, build_manifest
from .packed import Outcome, Packed, pack
from .progress import Progress
from .state import RETRIED, RunResults, RunState, config_digest
from .worker import Task, WorkerConfig

log = logging.getLogger(__name__)

STATE_FILE = "state.sqlite"
# Rows that are not failures: the exit code stays 0 for them.
NOT_FAILURES = frozenset({"ok", "duplicate_of"})


@dataclass(frozen=True)
class BatchOptions:
    """How a batch runs: the executor, its limits and where the state lives."""

    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    executor: str = "local"  # local | dask
    scheduler: str | None = None  # tcp://HOST:PORT for the dask executor
    state_path: Path | None = None  # default: <output>/state.sqlite
    timeout_s: float = 30.0
    max_memory_mb: int = 1024
    max_size_mb: float = 10.0
    max_pages: int = 50
    recycle_after: int = 2000
    stop_on_error: bool = False
    progress: bool | None = None  # None: only when stderr is a terminal
    hook: str | None = None  # test-only fault injection, see worker.WorkerConfig


@dataclass
class BatchOutcome:
    """What a run did: the Results in report order and where they came from."""

    results: RunResults
    run_id: int
    screened: int
    reused: int
    stopped: bool
    elapsed_s: float
    state: RunState

    @property
    def by_status(self) -> Counter[str]:
        """Returns the number of rows per status."""
        return self.results.statuses()

    @property
    def failed(self) -> bool:
        """Returns True when some file ended in an error row."""
        return any(status not in NOT_FAILURES for status in self.by_status)


class StopBatch(Exception):
    """Raised from a result callback to stop the run (--fail-on-error)."""


def run_batch(
    paths: Sequence[Path | str],
    settings: Settings,
    options: BatchOptions,
    output: Path,
    *,
    on_row: RowSink | None = None,
) -> BatchOutcome:
    """Screens every file under `paths`, reusing the state; returns the outcome (state left open).

    `on_row`, when given, receives every row's (file name, rendered report rows) in report order
    while the run goes (see feed.RowFeed), all of them unless the run stops early.
    """
    from pipeline.taxonomy import load_taxonomy

    started = time.monotonic()
    taxonomy = load_taxonomy(settings.taxonomy_dir)
    unknown = [r for r in settings.roles if r not in taxonomy.roles]
    if unknown:
        raise ScreeningError(f"unknown role(s): {', '.join(unknown)}")
    max_bytes = int(options.max_size_mb * 1024 * 1024)
    limits = ParseLimits(max_bytes=max_bytes, max_pages=options.max_pages)
    described = _describe(settings, taxonomy.digest, limits)
    config = config_digest(described)
    manifest = build_manifest(paths, max_bytes=max_bytes)

    state = RunState(options.state_path or output / STATE_FILE)
    try:
        known = state.known(config)
        run = state.start_run(config, described)
        rows: list[tuple[str, str, Result | None]] = []
        tasks: list[Task] = []
        queued: set[str] = set()
        for i, entry in enumerate(manifest):
            if entry.code:
                rows.append((entry.name, entry.sha256, _entry_error(entry)))
            else:
                rows.append((entry.name, entry.sha256, None))
                if entry.sha256 not in known and entry.sha256 not in queued:
                    queued.add(entry.sha256)
                    tasks.append(Task(i, str(entry.path), entry.name, entry.sha256))
        log.info(
            "batch started",
            extra={"files": len(manifest), "to_screen": len(tasks), "run": run},
        )
        feed = None
        if on_row is not None:
            feed = RowFeed(rows, on_row, state, config, settings.roles, known)
            feed.advance()  # the rows ahead of the first file to screen
        if options.stop_on_error and any(r is not None for _, _, r in rows):
            tasks = []
            stopped = True
        else:
            stopped = _execute(tasks, rows, state, config, settings, limits, options, feed)
        if not stopped:
            if feed is not None:
                feed.finish()
            state.finish_run(run, rows)
        elapsed = time.monotonic() - started
        outcome = BatchOutcome(
            results=state.run_results(run)
            if not stopped
            else RunResults(state, run, config, settings.roles),
            run_id=run,
            screened=len(tasks),
            reused=len(manifest) - len(tasks) - sum(1 for e in manifest if e.code),
            stopped=stopped,
            elapsed_s=elapsed,
            state=state,
        )
    except BaseException:
        state.close()
        raise
    log.info(
        "batch finished",
        extra={
            "run": run,
            "screened": outcome.screened,
            "reused": outcome.reused,
            "seconds": round(elapsed, 3),
            "stopped": stopped,
        },
    )
    return outcome


def _execute(
    tasks: list[Task],
    rows: list[tuple[str, str, Result | None]],
    state: RunState,
    config: str,
    settings: Settings,
    limits: ParseLimits,
    options: BatchOptions,
    feed: RowFeed | None,
) -> bool:
    """Screens the tasks into the state; returns True when stopped early by --fail-on-error."""
    if not tasks:
        return False
    worker_config = WorkerConfig(settings, limits, options.max_memory_mb, options.hook)
    roles = settings.roles
    executor = _executor(worker_config, options, len(tasks))
    progress = Progress(len(tasks), enabled=options.progress)

    def on_result(task: Task, outcome: Outcome) -> None:
        # Workers answer Packed; a pool's own verdicts (timeout, crashed) come as Results.
        if outcome.status in RETRIED:
            result = outcome if isinstance(outcome, Result) else outcome.unpack()
            rows[task.index] = (task.name, result.sha256, result)
            if feed is not None:
                feed.advance()
        else:
            packed = outcome if isinstance(outcome, Packed) else pack(outcome, roles)
            state.put(config, packed)
            if feed is not None:
                feed.put(packed.sha256, packed.rendered)
        progress.update(outcome.status)
        log.info("file screened", extra={"file_sha256": outcome.sha256, "status": outcome.status})
        if options.stop_on_error and outcome.status not in NOT_FAILURES:
            raise StopBatch

    try:
        executor.run(tasks, on_result)
    except StopBatch:
        return True
    finally:
        progress.close()
    return False


def _executor(config: WorkerConfig, options: BatchOptions, n_tasks: int) -> Any:
    if options.executor == "dask":
        from .dask_cluster import DaskCluster

        if not options.scheduler:
            raise ScreeningError("--executor dask needs --scheduler tcp://HOST:PORT")
        return DaskCluster(config, address=options.scheduler, timeout_s=options.timeout_s)
    if options.executor != "local":
        raise ScreeningError(f"unknown executor {options.executor!r}; choose local or dask")
    from .local_pool import LocalPool

    return LocalPool(
        config,
        workers=min(options.workers, n_tasks),
        timeout_s=options.timeout_s,
        recycle_after=options.recycle_after,
    )


def _describe(settings: Settings, taxonomy_digest: str, limits: ParseLimits) -> dict[str, Any]:
    """Returns the settings that change a file's Result (the state key), JSON-ready."""
    return {
        "pipeline_version": pipeline.__version__,
        "taxonomy_digest": taxonomy_digest,
        "as_of": settings.as_of.isoformat(),
        "pdf_engine": settings.pdf_engine,
        "roles": list(settings.roles),
        "max_pages": limits.max_pages,
        "render_version": RENDER_VERSION,
    }


def _entry_error(entry: Entry) -> Result:
    return error_result(entry.name, entry.sha256, entry.code, entry.message)


def open_last_run(state_path: Path) -> tuple[RunState, RunResults, dict[str, Any]]:
    """Returns the state, the Results and the settings of the latest finished run."""
    if not Path(state_path).is_file():
        raise ScreeningError(f"no state database at {state_path}")
    state = RunState(state_path)
    try:
        run, settings = state.last_run()
        return state, state.run_results(run), settings
    except BaseException:
        state.close()
        raise
