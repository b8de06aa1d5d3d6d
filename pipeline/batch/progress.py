"""A one-line progress bar on stderr, shown only on a terminal (never under cron or in a pipe)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts finished files and redraws "done/total, errors, files/s, ETA" at most 10 times a second."""

    def __init__(self, total: int, *, enabled: bool | None = None, stream: TextIO | None = None):
        self.stream = stream or sys.stderr
        self.total = total
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.done = 0
        self.errors = 0
        self.started = time.monotonic()
        self._drawn = 0.0

    def update(self, status: str) -> None:
        """Counts one finished file."""
        self.done += 1
        if status != "ok":
            self.errors += 1
        now = time.monotonic()
        if self.enabled and (now - self._drawn >= 0.1 or self.done == self.total):
            self._drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0.0
        width = 24
        filled = int(width * self.done / self.total) if self.total else width
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(
            f"\r[{bar}] {self.done}/{self.total} files, {self.errors} error(s), "
            f"{rate:.1f} files/s, ETA {left:.0f} s "
        )
        self.stream.flush()

    def close(self) -> None:
        """Ends the line the bar was drawn on."""
        if self.enabled and self.done:
            self.stream.write("\n")
            self.stream.flush()
