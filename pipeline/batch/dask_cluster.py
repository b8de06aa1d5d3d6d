"""Scale-out: the same per-file work on an existing Dask distributed cluster.

The client reads each file and sends its bytes, so the workers need not share the filesystem.
Each Dask worker thread builds its Screener once (pipeline.batch.worker.screen_bytes). Limits:
the size and page caps hold as locally; a worker that dies is restarted by its nanny and the file
becomes `crashed` once Dask gives up on it (KilledWorker); the per-file timeout is counted from
submission and a late file becomes `timeout`, but Dask cannot stop a running thread, so a file that
hangs keeps its worker thread busy until the worker is restarted.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from pipeline.errors import ScreeningError
from pipeline.screening import error_result

from .packed import Outcome
from .worker import Task, WorkerConfig, screen_bytes

log = logging.getLogger(__name__)

OnResult = Callable[[Task, Outcome], None]


class DaskCluster:
    """Screens tasks on the Dask scheduler at `address` (tcp://HOST:PORT)."""

    def __init__(self, config: WorkerConfig, *, address: str, timeout_s: float = 30.0):
        self.config = config
        self.address = address
        self.timeout_s = timeout_s

    def run(self, tasks: Sequence[Task], on_result: OnResult) -> None:
        """Screens every task and calls on_result once per task, in completion order."""
        try:
            from distributed import Client, wait
        except ImportError as exc:
            raise ScreeningError(
                "--executor dask needs the 'distributed' package: pip install 'dask[distributed]'"
            ) from exc
        try:
            client = Client(self.address, timeout=15)
        except OSError as exc:
            raise ScreeningError(f"cannot reach the Dask scheduler at {self.address}") from exc
        try:
            threads = sum(client.nthreads().values()) or 1
            window = max(4, 2 * threads)  # bounded: the bytes of every file are never all in flight
            todo = list(reversed(tasks))
            running: dict[Any, tuple[Task, float]] = {}
            while todo or running:
                while todo and len(running) < window:
                    task = todo.pop()
                    data = _read(task)
                    if data is None:
                        message = "the file disappeared"
                        on_result(task, error_result(task.name, task.sha256, "vanished", message))
                        continue
                    future = client.submit(
                        screen_bytes, self.config, task, data, pure=False, retries=0
                    )
                    running[future] = (task, time.monotonic())
                if not running:
                    continue
                first = min(started for _, started in running.values())
                budget = max(0.05, first + self.timeout_s - time.monotonic())
                done, _ = wait(list(running), timeout=budget, return_when="FIRST_COMPLETED")
                now = time.monotonic()
                for future in list(running):
                    task, started = running[future]
                    if future in done:
                        del running[future]
                        on_result(task, self._outcome(future, task))
                    elif now - started >= self.timeout_s:
                        del running[future]
                        future.cancel()
                        message = f"screening took longer than {self.timeout_s:g} s"
                        on_result(task, error_result(task.name, task.sha256, "timeout", message))
        finally:
            client.close()

    @staticmethod
    def _outcome(future: Any, task: Task) -> Outcome:
        try:
            return future.result()  # type: ignore[no-any-return]
        except Exception as exc:  # KilledWorker, CommClosedError, a worker-side bug
            log.warning(
                "dask task failed",
                extra={"file_sha256": task.sha256, "status": "crashed", "exc": type(exc).__name__},
            )
            return error_result(
                task.name, task.sha256, "crashed", f"the Dask worker failed ({type(exc).__name__})"
            )


def _read(task: Task) -> bytes | None:
    """Returns the file's bytes, or None when it is gone."""
    try:
        with open(task.path, "rb") as fh:
            return fh.read()
    except OSError:
        return None
