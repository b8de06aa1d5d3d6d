"""scores.csv, evidence.csv, errors.csv: UTF-8 with BOM (Excel shows names right), injection-safe."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pipeline.models import ROLE_KEYS, Result
from pipeline.writers.atomic import atomic_open
from pipeline.writers.tables import error_rows, iter_evidence_rows, iter_score_rows, safe_cell


def write_rows(path: Path, rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> Path:
    """Writes rows atomically; returns the path."""
    with atomic_open(path, encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: safe_cell("" if v is None else v) for k, v in row.items()})
    return path


def write_csv(
    results: Sequence[Result], out_dir: Path, roles: Sequence[str] = ROLE_KEYS
) -> list[Path]:
    """Writes the three CSV reports; returns their paths."""
    return [
        write_rows(out_dir / "scores.csv", iter_score_rows(results, roles), score_columns(roles)),
        write_rows(out_dir / "evidence.csv", iter_evidence_rows(results), EVIDENCE_COLUMNS),
        write_rows(
            out_dir / "errors.csv", error_rows(results), ["file", "code", "message", "sha256"]
        ),
    ]


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
