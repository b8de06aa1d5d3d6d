"""Flat rows for the CSV reports and the DataFrame API."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from pipeline.models import ROLE_KEYS, Result
from pipeline.taxonomy import MEASURES

# Excel runs a cell starting with one of these as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


# Bidirectional controls reorder what a reader sees ("cv\u202efdp.exe" shows as "cvexe.pdf").
_BIDI_CLASS = "[\u202a-\u202e\u2066-\u2069]"
_BIDI = re.compile(_BIDI_CLASS)


def safe_cell_bidi(text: str) -> str:
    """Returns the text with bidirectional controls replaced by visible markers."""
    return _BIDI.sub(lambda m: f"[U+{ord(m.group(0)):04X}]", text)


# One search tells whether a cell needs any care at all; most cells do not.
_FORMULA_CLASS = "[=+\\-@\t\r\n]"
_NEEDS_CARE = re.compile(f"^[ ]*{_FORMULA_CLASS}|{_BIDI_CLASS}")
# A formula start in any cell of a row whose cells are each preceded by NUL.
_CELL_FORMULA = re.compile(f"\x00[ ]*{_FORMULA_CLASS}")


def row_needs_care(cells: Iterable[Any]) -> bool:
    """Returns False when no cell of the row needs safe_cell (a false True only costs time):
    two searches over the joined row instead of one per cell."""
    joined = "\x00" + "\x00".join([v for v in cells if isinstance(v, str)])
    # Bidirectional controls are not ASCII, and isascii() reads a flag of the string.
    return bool(_CELL_FORMULA.search(joined) or (not joined.isascii() and _BIDI.search(joined)))


def safe_cell(value: Any) -> Any:
    """Returns text that Excel shows as text, as it is: a formula-like string gets a leading
    apostrophe, and bidirectional controls become visible markers such as [U+202E]."""
    if not isinstance(value, str) or not _NEEDS_CARE.search(value):
        return value
    value = safe_cell_bidi(value)
    if value.lstrip(" ").startswith(_FORMULA_START):
        return "'" + value
    return value


def score_rows(results: Iterable[Result], roles: Sequence[str] = ROLE_KEYS) -> list[dict[str, Any]]:
    """Returns one scores.csv row per file."""
    return list(iter_score_rows(results, roles))


def iter_score_rows(
    results: Iterable[Result], roles: Sequence[str] = ROLE_KEYS
) -> Iterator[dict[str, Any]]:
    """Yields one scores.csv row per file, so a large batch streams to disk."""
    for r in results:
        p = r.profile
        row: dict[str, Any] = {
            "file": r.file,
            "status": r.status,
            "candidate": r.contact.name,
            "best_fit": r.best_fit if r.status == "ok" else "",
        }
        for key in roles:
            rs = r.scores.get(key)
            row[key] = rs.score if rs else None
        for key in roles:
            rs = r.scores.get(key)
            row[f"{key}_eligible"] = rs.eligible if rs else None
        row.update(
            {
                **{m: getattr(p.experience, m) if p else None for m in MEASURES},
                "certifications": ";".join(c.id for c in p.certifications if c.status == "held")
                if p
                else "",
                "certifications_other": ";".join(
                    f"{c.id}:{c.status}" for c in p.certifications if c.status != "held"
                )
                if p
                else "",
                "degree": p.education.level if p else "",
                "degree_field": p.education.field if p else "",
                "skills": len(p.skills) if p else None,
                "flags": ";".join(r.flags),
                "error_code": r.error.code if r.error else "",
                "error_message": r.error.message if r.error else "",
                "sha256": r.sha256,
            }
        )
        yield row


def evidence_rows(results: Iterable[Result]) -> list[dict[str, Any]]:
    """Returns one evidence.csv row per role criterion per scored file."""
    return list(iter_evidence_rows(results))


def iter_evidence_rows(results: Iterable[Result]) -> Iterator[dict[str, Any]]:
    """Yields one evidence.csv row per role criterion per scored file."""
    for r in results:
        for key, rs in r.scores.items():
            for c in rs.criteria:
                first = c.evidence[0] if c.evidence else None
                yield (
                    {
                        "file": r.file,
                        "role": key,
                        "criterion": c.id,
                        "kind": c.kind,
                        "importance": c.importance,
                        "met": c.met,
                        "weight": c.weight,
                        "credit": c.credit,
                        "detail": c.detail,
                        "matched_text": "; ".join(e.text for e in c.evidence),
                        "section": first.section if first else "",
                        "start": first.start if first else None,
                        "end": first.end if first else None,
                        "source_line": c.source_line,
                        "source": c.source,
                    }
                )


def error_rows(results: Iterable[Result]) -> list[dict[str, Any]]:
    """Returns one errors.csv row per file that ended in an error."""
    return [
        {"file": r.file, "code": r.error.code, "message": r.error.message, "sha256": r.sha256}
        for r in results
        if r.error is not None
    ]


def scores_frame(results: Iterable[Result], roles: Sequence[str] = ROLE_KEYS) -> Any:
    """Returns the scores.csv rows as a pandas DataFrame."""
    import pandas as pd

    return pd.DataFrame(score_rows(results, roles))
