"""A small pool of worker processes that survives its workers: a hang, a crash or a kill -9 costs
one file, never the batch.

concurrent.futures.ProcessPoolExecutor is not used on purpose: one dead worker breaks the whole
pool (BrokenProcessPool). Here the parent owns each worker's pipe and process sentinel, keeps at
most `IN_FLIGHT` files queued in each worker (so a worker never waits for the parent between two
files), and kills and replaces a worker whose current file runs past the deadline. Files queued
behind a file that hung or crashed are handed to another worker, never marked.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from pipeline.errors import ScreeningError
from pipeline.screening import error_result

from .packed import Outcome
from .warmup import start_forkserver
from .worker import Task, WorkerConfig, worker_main

log = logging.getLogger(__name__)

OnResult = Callable[[Task, Outcome], None]
MAX_FAILED_STARTS = 3
IN_FLIGHT = 2  # files sent to one worker ahead of its results


@dataclass
class _Worker:
    process: Any
    conn: Connection
    ready: bool = False
    tasks: deque[Task] = field(default_factory=deque)  # sent, not yet answered; the head runs
    deadline: float = 0.0  # for the head task
    done: int = 0
    started_at: float = field(default_factory=time.monotonic)
    broken: bool = False  # its pipe broke: it died since the last poll, which will tell


class LocalPool:
    """Screens tasks in `workers` processes with a per-file timeout and recycling."""

    def __init__(
        self,
        config: WorkerConfig,
        *,
        workers: int,
        timeout_s: float = 30.0,
        recycle_after: int = 2000,
        start_method: str = "forkserver",
    ):
        self.config = config
        self.n_workers = max(1, workers)
        self.timeout_s = timeout_s
        self.recycle_after = max(1, recycle_after)
        self.ctx = multiprocessing.get_context(start_method)
        if start_method == "forkserver":
            start_forkserver()
        self.workers: list[_Worker] = []
        self.failed_starts = 0
        self.startup_s: list[float] = []
        self._requeue: list[Task] = []  # queued behind a file that hung or crashed

    def run(self, tasks: Sequence[Task], on_result: OnResult) -> None:
        """Screens every task and calls on_result once per task, in completion order."""
        queue = deque(tasks)
        pending = len(queue)
        try:
            while pending:
                self._top_up(len(queue))
                self._dispatch(queue)
                for task, result in self._poll():
                    pending -= 1
                    on_result(task, result)
                queue.extendleft(reversed(self._requeue))
                self._requeue.clear()
        finally:
            self.close()

    def _top_up(self, queued: int) -> None:
        """Starts workers until every queued file has a free or starting worker, up to the cap."""
        free = sum(1 for w in self.workers if not w.tasks)
        while len(self.workers) < self.n_workers and free < queued:
            self._spawn()
            free += 1

    def _spawn(self) -> None:
        parent_conn, child_conn = self.ctx.Pipe(duplex=True)
        process = self.ctx.Process(  # type: ignore[attr-defined]
            target=worker_main, args=(child_conn, self.config), daemon=True, name="screen-worker"
        )
        process.start()
        child_conn.close()
        self.workers.append(_Worker(process, parent_conn))

    def _dispatch(self, queue: deque[Task]) -> None:
        # First one file to every idle worker, then one more each, so work spreads evenly.
        for depth in range(IN_FLIGHT):
            for worker in self.workers:
                if not queue or not worker.ready or worker.broken or len(worker.tasks) != depth:
                    continue
                if worker.done + len(worker.tasks) >= self.recycle_after:
                    continue  # it retires after its queued files; nothing more for it
                task = queue[0]
                try:
                    worker.conn.send(task)
                except OSError:
                    # Killed or crashed on a file since the last poll (BrokenPipeError): the
                    # task stays queued for another worker, and the poll reports the death.
                    worker.broken = True
                    continue
                queue.popleft()
                if not worker.tasks:
                    worker.deadline = time.monotonic() + self.timeout_s
                worker.tasks.append(task)

    def _poll(self) -> list[tuple[Task, Outcome]]:
        """Waits for a message, a death or a deadline; returns the finished (worker, outcome)."""
        busy = [w for w in self.workers if w.tasks]
        now = time.monotonic()
        timeout = max(0.0, min((w.deadline for w in busy), default=now + 1.0) - now)
        handles: list[Any] = []
        for w in self.workers:
            handles += [w.conn, w.process.sentinel]
        ready = set(wait(handles, timeout=timeout))
        finished: list[tuple[Task, Outcome]] = []
        for worker in list(self.workers):
            if worker.conn in ready:
                outcome = self._receive(worker)
                if outcome is not None:
                    finished.append(outcome)
                    continue
            if worker.process.sentinel in ready and not worker.process.is_alive():
                finished += self._died(worker)
            elif worker.tasks and time.monotonic() >= worker.deadline:
                finished.append(self._timed_out(worker))
        return finished

    def _receive(self, worker: _Worker) -> tuple[Task, Outcome] | None:
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            return None  # the worker died; its sentinel tells the rest
        kind = message[0]
        if kind == "ready":
            worker.ready = True
            self.failed_starts = 0
            self.startup_s.append(float(message[1]))
            return None
        if kind == "error":
            self.close()
            raise ScreeningError(f"the screening workers cannot start: {message[1]}")
        task, result = worker.tasks.popleft(), message[2]
        assert task.index == message[1]
        if worker.tasks:  # the worker went straight on to the next queued file
            worker.deadline = time.monotonic() + self.timeout_s
        worker.done += 1
        if worker.done >= self.recycle_after:
            self._retire(worker)
        return task, result

    def _died(self, worker: _Worker) -> list[tuple[Task, Outcome]]:
        code = worker.process.exitcode
        self._retire(worker, kill=True)
        task = worker.tasks.popleft() if worker.tasks else None
        self._requeue += worker.tasks
        if task is None:
            if not worker.ready:
                self.failed_starts += 1
                if self.failed_starts >= MAX_FAILED_STARTS:
                    raise ScreeningError(
                        f"the screening workers die while starting (exit code {code})"
                    )
            return []
        log.warning(
            "worker died on a file",
            extra={"file_sha256": task.sha256, "status": "crashed", "exit": _describe(code)},
        )
        message = f"the worker process died ({_describe(code)}); the batch went on"
        return [(task, error_result(task.name, task.sha256, "crashed", message))]

    def _timed_out(self, worker: _Worker) -> tuple[Task, Outcome]:
        task = worker.tasks.popleft()
        self._requeue += worker.tasks
        self._retire(worker, kill=True)
        log.warning("file timed out", extra={"file_sha256": task.sha256, "status": "timeout"})
        message = f"screening took longer than {self.timeout_s:g} s; the worker was stopped"
        return task, error_result(task.name, task.sha256, "timeout", message)

    def _retire(self, worker: _Worker, *, kill: bool = False) -> None:
        if worker in self.workers:
            self.workers.remove(worker)
        if kill:
            if worker.process.is_alive():
                worker.process.kill()
        else:
            try:
                worker.conn.send(None)
            except OSError:
                worker.process.kill()
        worker.process.join(5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()

    def close(self) -> None:
        """Stops every worker; safe to call twice."""
        for worker in list(self.workers):
            self.workers.remove(worker)
            if worker.process.is_alive():
                worker.process.kill()
            worker.process.join()
            worker.conn.close()


def _describe(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit code {exitcode}"
