"""scores.csv, evidence.csv, errors.csv: UTF-8 with BOM (Excel shows names right), injection-safe."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from pipeline.models import ROLE_KEYS, Result
from pipeline.writers.atomic import atomic_open
from pipeline.writers.tables import error_rows, iter_evidence_rows, iter_score_rows, safe_cell


def write_rows(path: Path, rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> Path:
    """Writes rows atomically; returns the path."""
    with atomic_open(path, encoding="utf-8-sig", newline="") as fh:
        writer = _writer(fh, columns)
        for row in rows:
            _write(writer, row)
    return path


def write_csv(
    results: Iterable[Result], out_dir: Path, roles: Sequence[str] = ROLE_KEYS
) -> list[Path]:
    """Writes the three CSV reports in one pass over the results; returns their paths.

    One pass matters: a batch streams its results back from the state database, and each pass
    unpickles every result again.
    """
    paths = [out_dir / "scores.csv", out_dir / "evidence.csv", out_dir / "errors.csv"]
    with ExitStack() as stack:
        handles = [
            stack.enter_context(atomic_open(p, encoding="utf-8-sig", newline="")) for p in paths
        ]
        scores, evidence, errors = (
            _writer(fh, columns)
            for fh, columns in zip(
                handles, (score_columns(roles), EVIDENCE_COLUMNS, ERROR_COLUMNS), strict=True
            )
        )
        for result in results:
            for row in iter_score_rows((result,), roles):
                _write(scores, row)
            for row in iter_evidence_rows((result,)):
                _write(evidence, row)
            for row in error_rows((result,)):
                _write(errors, row)
    return paths


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


def score_columns(roles: Sequence[str]) -> list[str]:
    """Returns the scores.csv header for the chosen roles."""
    return [
        "file",
        "status",
        "candidate",
        "best_fit",
        *roles,
        *(f"{r}_eligible" for r in roles),
        "total_years",
        "pm_years",
        "it_pm_years",
        "remote_years",
        "certifications",
        "certifications_other",
        "degree",
        "degree_field",
        "skills",
        "flags",
        "error_code",
        "error_message",
        "sha256",
    ]
