"""Report writers by format name. Writers render what the Results hold; they never recompute."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from pipeline.models import Result
from pipeline.writers.csv import write_csv
from pipeline.writers.jsonl import write_jsonl
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
ROW_WRITERS = {"csv": write_csv, "jsonl": write_jsonl}
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

    `rows`, when given, yields the results' rendered rows afresh on each call (a batch keeps
    them in its state); the CSV and JSONL writers then never touch a Result.
    """
    written: list[Path] = []
    for fmt in formats:
        if fmt in ROW_WRITERS and rows is not None:
            written += ROW_WRITERS[fmt](results, out_dir, roles, rows=rows())
        else:
            written += WRITERS[fmt](results, out_dir, roles)
    return written
