"""results.jsonl: one complete JSON record per input file."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from pathlib import Path

from pipeline.models import ROLE_KEYS, Result
from pipeline.writers.atomic import atomic_open
from pipeline.writers.rendered import Rendered, RowSink, write_through


def write_jsonl(
    results: Iterable[Result],
    out_dir: Path,
    roles: Sequence[str] = ROLE_KEYS,
    *,
    rows: Iterable[tuple[str, Rendered]] | None = None,
) -> list[Path]:
    """Writes results.jsonl atomically; returns its path. `rows` as for write_csv."""
    return write_through(jsonl_sink, results, out_dir, roles, rows)


def jsonl_sink(stack: ExitStack, out_dir: Path, roles: Sequence[str]) -> tuple[list[Path], RowSink]:
    """Opens results.jsonl as `csv_sink` opens the CSV reports."""
    path = out_dir / "results.jsonl"
    fh = stack.enter_context(atomic_open(path))

    def write(name: str, row: Rendered) -> None:
        fh.write(row.jsonl_line(name))

    return [path], write
