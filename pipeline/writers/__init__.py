"""Report writers by format name. Writers render what the Results hold; they never recompute."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import ExitStack
from pathlib import Path

from pipeline.models import Result
from pipeline.writers.csv import csv_sink, write_csv
from pipeline.writers.jsonl import jsonl_sink, write_jsonl
from pipeline.writers.rendered import Rendered


def _write_xlsx(results: Sequence[Result], out_dir: Path, roles: Sequence[str]) -> list[Path]:
    from pipeline.writers.xlsx import write_xlsx  # openpyxl costs start-up; only when asked

    return write_xlsx(list(results), out_dir, roles)  # several passes; a batch may stream once


def _write_html(results: Sequence[Result], out_dir: Path, roles: Sequence[str]) -> list[Path]:
    from pipeline.writers.html import write_html

    return write_html(list(results), out_dir, roles)


Writer = Callable[[Sequence[Result], Path, Sequence[str]], list[Path]]
WRITERS: dict[str, Writer] = {
    "csv": write_csv,
    "jsonl": write_jsonl,
    "xlsx": _write_xlsx,
    "html": _write_html,
}
# Formats written from rendered rows; a batch writes them all in one pass over its state.
ROW_SINKS = {"csv": csv_sink, "jsonl": jsonl_sink}
DEFAULT_FORMATS = ("csv", "jsonl")


def write_reports(
    results: Sequence[Result],
    out_dir: Path,
    roles: Sequence[str],
    formats: Sequence[str] = DEFAULT_FORMATS,
    *,
    rows: Callable[[], Iterable[tuple[str, Rendered]]] | None = None,
) -> list[Path]:
    """Writes every requested format; returns the files written.

    `rows`, when given, yields the results' rendered rows (a batch keeps them in its state); the
    CSV and JSONL reports are then written together in one pass over them, never touching a
    Result.
    """
    written = write_formats(results, out_dir, roles, formats, rows=rows)
    return [path for fmt in formats for path in written[fmt]]


def write_formats(
    results: Sequence[Result],
    out_dir: Path,
    roles: Sequence[str],
    formats: Sequence[str] = DEFAULT_FORMATS,
    *,
    rows: Callable[[], Iterable[tuple[str, Rendered]]] | None = None,
) -> dict[str, list[Path]]:
    """Writes every requested format as `write_reports` does; returns the files by format."""
    written: dict[str, list[Path]] = {}
    # Once each: a second sink of the same file, left without rows, would be renamed over it.
    from_rows = [] if rows is None else list(dict.fromkeys(f for f in formats if f in ROW_SINKS))
    if rows is not None and from_rows:
        with ExitStack() as stack:
            sinks = {fmt: ROW_SINKS[fmt](stack, out_dir, roles) for fmt in from_rows}
            for name, row in rows():
                for _, write in sinks.values():
                    write(name, row)
        written.update((fmt, paths) for fmt, (paths, _) in sinks.items())
    for fmt in formats:
        if fmt not in written:
            written[fmt] = WRITERS[fmt](results, out_dir, roles)
    return written
