"""report.xlsx: a ranking sheet per role, all scores, the evidence and the errors, in one workbook.

Every text cell is stored as a string, never as a formula or a link: openpyxl would store a string
starting with "=" as a formula, so the cell type is forced back to text, and such cells also get
Excel's quote prefix so that editing the cell later keeps it text. The text itself is unchanged.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.models import ROLE_KEYS, Result
from pipeline.writers.csv import ERROR_COLUMNS, EVIDENCE_COLUMNS, FACT_COLUMNS, score_columns
from pipeline.writers.tables import error_rows, evidence_rows, safe_cell, score_rows

RANKING_FACTS = [*FACT_COLUMNS, "sha256"]
_EXCEL_MAX_TEXT = 32767
# XML 1.0 cannot carry these control characters; openpyxl refuses them.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
_WIDTHS = {"file": 36, "candidate": 24, "detail": 48, "matched_text": 40, "source": 60}


def write_xlsx(
    results: Sequence[Result], out_dir: Path, roles: Sequence[str] = ROLE_KEYS
) -> list[Path]:
    """Writes report.xlsx atomically; returns its path."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    names: set[str] = set()
    for role in roles:
        columns, rows = ranking(results, role)
        _sheet(workbook, _sheet_name(role, names), columns, rows, score_columns=["score"])
    _sheet(
        workbook,
        _sheet_name("scores", names),
        score_columns(roles),
        score_rows(results, roles),
        score_columns=list(roles),
    )
    _sheet(workbook, _sheet_name("evidence", names), EVIDENCE_COLUMNS, evidence_rows(results))
    _sheet(workbook, _sheet_name("errors", names), ERROR_COLUMNS, error_rows(results))

    path = out_dir / "report.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        workbook.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return [path]


def ranking(results: Sequence[Result], role: str) -> tuple[list[str], list[dict[str, Any]]]:
    """Returns the columns and rows of one role's ranking: score descending, then file."""
    scored = [r for r in results if r.status == "ok" and role in r.scores]
    facts = {id(r): row for r, row in zip(scored, score_rows(scored), strict=True)}
    scored.sort(key=lambda r: (-r.scores[role].score, r.file))
    columns = ["rank", "candidate", "file", "score", "eligible", "missing", "best_fit"]
    rows = []
    for rank, r in enumerate(scored, start=1):
        rs = r.scores[role]
        row = {
            "rank": rank,
            "candidate": r.contact.name,
            "file": r.file,
            "score": rs.score,
            "eligible": rs.eligible,
            "missing": ";".join(rs.missing),
            "best_fit": r.best_fit,
        }
        row.update({k: facts[id(r)][k] for k in RANKING_FACTS})
        rows.append(row)
    return columns + RANKING_FACTS, rows


def _sheet(
    workbook: Any,
    name: str,
    columns: Sequence[str],
    rows: Sequence[dict[str, Any]],
    score_columns: Sequence[str] = (),
) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws = workbook.create_sheet(name)
    ws.freeze_panes = "A2"  # must be set before the first row in write-only mode
    for i, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = _WIDTHS.get(
            column, max(10, len(column) + 2)
        )
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = _cell(WriteOnlyCell, ws, column)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    for row in rows:
        ws.append([_cell(WriteOnlyCell, ws, row.get(column)) for column in columns])

    last = get_column_letter(max(1, len(columns)))
    ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    for column in score_columns:
        if column not in columns or not rows:
            continue
        letter = get_column_letter(list(columns).index(column) + 1)
        ws.conditional_formatting.add(
            f"{letter}2:{letter}{len(rows) + 1}",
            ColorScaleRule(
                start_type="num",
                start_value=0,
                start_color="F8696B",
                mid_type="num",
                mid_value=50,
                mid_color="FFEB84",
                end_type="num",
                end_value=100,
                end_color="63BE7B",
            ),
        )


def _cell(factory: Any, ws: Any, value: Any) -> Any:
    """Returns a cell holding numbers and booleans as such, and any string as plain text."""
    if value is None:
        return factory(ws, value=None)
    if isinstance(value, (bool, int, float)):
        return factory(ws, value=value)
    text = _ILLEGAL.sub("\ufffd", str(value))
    if len(text) > _EXCEL_MAX_TEXT:
        text = text[: _EXCEL_MAX_TEXT - 1] + "…"
    cell = factory(ws, value=None)
    cell.value = text
    cell.data_type = "s"  # openpyxl guesses "f" for "=…", "e" for "#N/A"; here text is text
    if safe_cell(text) != text:  # formula-like: Excel's quote prefix keeps it text when edited
        cell.quotePrefix = True
    return cell


def _sheet_name(wanted: str, taken: set[str]) -> str:
    """Returns a valid, unused sheet name (31 characters, none of []:*?/\\)."""
    base = _SHEET_NAME_BAD.sub("_", wanted).strip("'")[:31] or "sheet"
    name, n = base, 1
    while name.lower() in taken:
        n += 1
        name = f"{base[: 31 - len(str(n)) - 1]}_{n}"
    taken.add(name.lower())
    return name
