"""scores.csv, evidence.csv, errors.csv: UTF-8 with BOM (Excel shows names right), injection-safe."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from pipeline.models import ROLE_KEYS, Result
from pipeline.taxonomy import MEASURES
from pipeline.writers.atomic import atomic_open
from pipeline.writers.rendered import Rendered, RowSink, file_cell, write_through
from pipeline.writers.tables import safe_cell


def write_csv(
    results: Iterable[Result],
    out_dir: Path,
    roles: Sequence[str] = ROLE_KEYS,
    *,
    rows: Iterable[tuple[str, Rendered]] | None = None,
) -> list[Path]:
    """Writes the three CSV reports in one pass; returns their paths.

    `rows` are the results already rendered (a batch renders them in its workers); without them
    the results are rendered here.
    """
    return write_through(csv_sink, results, out_dir, roles, rows)


def csv_sink(stack: ExitStack, out_dir: Path, roles: Sequence[str]) -> tuple[list[Path], RowSink]:
    """Opens the three CSV reports (renamed into place when `stack` closes without an error);
    returns their paths and the function that writes one file's rows to them."""
    paths = [out_dir / "scores.csv", out_dir / "evidence.csv", out_dir / "errors.csv"]
    scores, evidence, errors = (
        stack.enter_context(atomic_open(p, encoding="utf-8-sig", newline="")) for p in paths
    )
    for fh, columns in zip(
        (scores, evidence, errors),
        (score_columns(roles), EVIDENCE_COLUMNS, ERROR_COLUMNS),
        strict=True,
    ):
        _writer(fh, columns)  # the header line

    def write(name: str, row: Rendered) -> None:
        cell = file_cell(name)
        scores.write(cell + row.score_row)
        if row.evidence_rows:
            # Each line ends with LINE_END, so the file cell joins one line to the next.
            evidence.write(cell + cell.join(row.evidence_rows))
        if row.error_row is not None:
            errors.write(cell + row.error_row)

    return paths, write


def _writer(fh: IO[str], columns: Sequence[str]) -> csv.DictWriter[str]:
    writer = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    return writer


def _write(writer: csv.DictWriter[str], row: dict[str, Any]) -> None:
    writer.writerow({k: safe_cell("" if v is None else v) for k, v in row.items()})


ERROR_COLUMNS = ["file", "code", "message", "sha256"]
EVIDENCE_COLUMNS = [
    "file",
    "role",
    "criterion",
    "kind",
    "importance",
    "met",
    "weight",
    "credit",
    "detail",
    "matched_text",
    "section",
    "start",
    "end",
    "source_line",
    "source",
]


# The facts a scores.csv row shows after the role scores (the XLSX ranking sheets show them too).
# Every experience measure a role's band can read is shown, so a score can be checked from its row.
FACT_COLUMNS = [
    *MEASURES,
    "certifications",
    "certifications_other",
    "degree",
    "degree_field",
    "skills",
    "flags",
]


def score_columns(roles: Sequence[str]) -> list[str]:
    """Returns the scores.csv header for the chosen roles."""
    return [
        "file",
        "status",
        "candidate",
        "best_fit",
        *roles,
        *(f"{r}_eligible" for r in roles),
        *FACT_COLUMNS,
        "error_code",
        "error_message",
        "sha256",
    ]
