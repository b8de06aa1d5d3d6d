"""Hands a run's report rows to the writers in report order while the workers still screen.

Writing the CSV and JSONL reports after the last file (reading every row back from the state,
decompressing and writing ~75 KB a résumé) kept one core idle for ~0.5 s a 2,000-file run. The
feed writes each row as soon as every row before it in the manifest is known, which is nearly at
once: workers take files in manifest order. Rows that arrive ahead of their turn wait as the
compressed bytes the worker sent (a bounded number of them; the rest are read back from the
state), so a file that hangs until its timeout costs no memory.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.models import Result
from pipeline.writers.rendered import Rendered, RowSink, render

from .packed import load_rendered
from .state import RunState

# Rendered rows kept in memory while an earlier row is awaited: ~20 KB each, compressed.
MAX_WAITING = 64


class RowFeed:
    """Writes rows[i] to `sink` once rows[0..i-1] are written and rows[i] is known."""

    def __init__(
        self,
        rows: Sequence[tuple[str, str, Result | None]],
        sink: RowSink,
        state: RunState,
        config: str,
        roles: Sequence[str],
        stored: set[str],
    ):
        # rows: (name, sha256, Result) in report order, the Result set for error rows (the
        # engine fills in a pool's verdicts as they come); the others are in the state once
        # their sha256 is in `stored`.
        self.rows, self.sink, self.state = rows, sink, state
        self.config, self.roles = config, tuple(roles)
        self.stored = set(stored)
        self.waiting: dict[str, bytes] = {}
        self.written = 0

    def put(self, sha256: str, rendered: bytes) -> None:
        """Takes note that a file's Result and rendered rows are in the state; writes what it can."""
        self.stored.add(sha256)
        if len(self.waiting) < MAX_WAITING:
            self.waiting[sha256] = rendered
        self.advance()

    def advance(self) -> None:
        """Writes every row whose turn has come."""
        self._write(wait=True)

    def finish(self) -> None:
        """Writes the remaining rows; each must be known by now (the state says so if not)."""
        self._write(wait=False)

    def _write(self, *, wait: bool) -> None:
        while self.written < len(self.rows):
            name, sha256, result = self.rows[self.written]
            row = self._row(name, sha256, result)
            if row is None:
                if wait:
                    return
                row = self.state.rendered(sha256, self.config, self.roles, name)
            self.sink(name, row)
            self.written += 1

    def _row(self, name: str, sha256: str, result: Result | None) -> Rendered | None:
        if result is not None:
            return render(result, self.roles)
        blob = self.waiting.pop(sha256, None)
        if blob is not None:
            return load_rendered(blob)
        if sha256 in self.stored:
            return self.state.rendered(sha256, self.config, self.roles, name)
        return None
