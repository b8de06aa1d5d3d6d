"""A Result rendered once into its report rows (CSV and JSONL), everything but the file name.

Rendering is most of what writing a report costs. A batch renders each Result in the worker that
screened it and keeps the rendering in the state database, so the parent writes the reports by
concatenation and a rerun rebuilds them without unpickling a single Result. The file name is left
out because the same content may be reported under another name by a later run: it is spliced in
when a row is written. Every writer of CSV and JSONL goes through `render`, so the bytes are the
same whichever process rendered them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from pipeline.models import CriterionResult, ErrorInfo, Result
from pipeline.writers.records import result_record
from pipeline.writers.tables import (
    error_rows,
    iter_score_rows,
    row_needs_care,
    safe_cell,
)

LINE_END = "\r\n"
# The form of the rendered rows. Kept rows are reused only by runs of the same form (it is part of
# the batch's state key); bump it whenever a report's columns, cells or JSON encoding change.
RENDER_VERSION = 5


@dataclass(frozen=True)
class Rendered:
    """One file's report rows without its name, and what a run summary needs to know of it."""

    status: str
    sha256: str
    best_fit: str
    scores: tuple[tuple[str, float, bool], ...]  # (role, score, eligible)
    error: ErrorInfo | None
    score_row: str  # the scores.csv line after the file cell, from its delimiter on
    evidence_rows: tuple[str, ...]  # the same for each evidence.csv line
    error_row: str | None  # the same for the errors.csv line, when the file ended in error
    record_head: str  # the results.jsonl line up to the "file" member (keys sort before it)
    record_tail: str  # and after it

    def jsonl_line(self, name: str) -> str:
        """Returns the results.jsonl line of this file reported as `name`."""
        head, tail = self.record_head, self.record_tail
        before = "," if head != "{" else ""
        after = "," if tail != "}" else ""
        # One f-string, so the ~50 KB line is copied once, not once per concatenation.
        return f'{head}{before}"file":{orjson.dumps(name).decode()}{after}{tail}\n'


# Writes one file's rendered rows (under its name) to the report files a writer has open.
RowSink = Callable[[str, "Rendered"], None]
# Opens a format's report files on an ExitStack (renamed into place when it closes without an
# error) and returns their paths and the RowSink that writes to them.
SinkOpener = Callable[[ExitStack, Path, Sequence[str]], tuple[list[Path], RowSink]]


def write_through(
    opener: SinkOpener,
    results: Iterable[Result],
    out_dir: Path,
    roles: Sequence[str],
    rows: Iterable[tuple[str, Rendered]] | None,
) -> list[Path]:
    """Writes one format's reports from `rows`, or from the results rendered here."""
    with ExitStack() as stack:
        paths, write = opener(stack, out_dir, roles)
        for name, row in rendered(results, roles) if rows is None else rows:
            write(name, row)
    return paths


def render(result: Result, roles: Sequence[str]) -> Rendered:
    """Returns the report rows of one Result (for the chosen roles), its name left out."""
    encoder = _RowEncoder()
    (score,) = iter_score_rows((result,), roles)
    errors = error_rows((result,))
    record = result_record(result)
    del record["file"]
    head = {k: v for k, v in record.items() if k < "file"}
    tail = {k: v for k, v in record.items() if k > "file"}
    return Rendered(
        status=result.status,
        sha256=result.sha256,
        best_fit=result.best_fit,
        scores=tuple((k, s.score, s.eligible) for k, s in result.scores.items()),
        error=result.error,
        score_row=encoder.tail(score),
        evidence_rows=tuple(encoder.evidence_tails(result)),
        error_row=encoder.tail(errors[0]) if errors else None,
        record_head=_json(head)[:-1],
        record_tail=_json(tail)[1:],
    )


def rendered(results: Iterable[Result], roles: Sequence[str]) -> Iterator[tuple[str, Rendered]]:
    """Yields (file name, rendering) for Results rendered here and now."""
    for result in results:
        yield result.file, render(result, roles)


def file_cell(name: str) -> str:
    """Returns the file name as the first cell of a CSV line, quoted when it needs to be."""
    cell = safe_cell(name)
    # csv.writer quotes a row made of one empty cell, so that it is not an empty line.
    return csv_text(cell) if cell else '""'


class _RowEncoder:
    """Encodes rows exactly as csv.DictWriter with the report dialect writes them."""

    def __init__(self) -> None:
        self.buffer = io.StringIO()
        self.writer = csv.writer(self.buffer, lineterminator=LINE_END)

    def line(self, cells: list[Any]) -> str:
        self.buffer.seek(0)
        self.buffer.truncate()
        self.writer.writerow(cells)
        return self.buffer.getvalue()

    def evidence_tails(self, result: Result) -> list[str]:
        """Returns `tail(row)` of each evidence.csv row of a Result, the rows of
        tables.iter_evidence_rows read straight from the criteria.

        About half their cells are the criterion's own (role, id, kind, importance; source line
        and quote), the same for every file: those are encoded once per criterion. The file's
        own cells are encoded here, as csv.writer would (which spends ~25 ns a character);
        should any need safe_cell (almost none does), the rows are made by `careful_tails`."""
        tails: list[str] = []
        texts: list[str] = []  # the file's text cells, all searched at once for any that needs care
        for role, scores in result.scores.items():
            for c in scores.criteria:
                head, tail = self.criterion_parts(role, c)
                detail, evidence = c.detail, c.evidence
                if evidence:
                    first = evidence[0]
                    matched = "; ".join([e.text for e in evidence])
                    texts += (detail, matched, first.section)
                    own = (
                        f"{c.met},{c.weight},{c.credit},{csv_text(detail)},{csv_text(matched)},"
                        f"{csv_text(first.section)},{first.start},{first.end}"
                    )
                else:
                    texts.append(detail)
                    own = f"{c.met},{c.weight},{c.credit},{csv_text(detail)},,,,"
                tails.append(head + own + tail)
        if row_needs_care(texts):
            return list(self.careful_tails(result))
        return tails

    def careful_tails(self, result: Result) -> Iterator[str]:
        """Yields what evidence_tails returns, each row through csv.writer and its cells through
        safe_cell when one needs it."""
        for role, scores in result.scores.items():
            for c in scores.criteria:
                head, tail = self.criterion_parts(role, c)
                first = c.evidence[0] if c.evidence else None
                cells = [
                    c.met,
                    c.weight,
                    c.credit,
                    c.detail,
                    "; ".join(e.text for e in c.evidence),
                    first.section if first else "",
                    first.start if first else "",
                    first.end if first else "",
                ]
                if row_needs_care(cells):
                    cells = [safe_cell(v) for v in cells]
                yield head + self.line(cells)[: -len(LINE_END)] + tail

    def criterion_parts(self, role: str, c: CriterionResult) -> tuple[str, str]:
        """Returns the encoded cells of an evidence row that the criterion fixes: those before
        the file's own cells and those after them, delimiters included."""
        key = (role, c.id, c.kind, c.importance, c.source_line, c.source)
        parts = _criterion_parts.get(key)
        if parts is None:
            head = self.line([safe_cell(v) for v in key[:4]])[: -len(LINE_END)]
            tail = self.line([safe_cell(v) for v in key[4:]])
            parts = _criterion_parts.setdefault(key, ("," + head + ",", "," + tail))
        return parts

    def tail(self, row: dict[str, Any]) -> str:
        """Returns the line of a row whose first column is "file", from the delimiter after it."""
        names, cells = list(row), ["" if v is None else v for v in row.values()]
        assert names[0] == "file", names
        cells = cells[1:]
        # One search over the row tells whether any cell needs safe_cell; almost none does.
        if row_needs_care(cells):
            cells = [safe_cell(v) for v in cells]
        return "," + self.line(cells)


# evidence.csv: the columns a criterion fixes, in order around the file's own cells.
_CRITERION_CELLS = ("role", "criterion", "kind", "importance", "source_line", "source")
_OWN_CELLS = ("met", "weight", "credit", "detail", "matched_text", "section", "start", "end")
_criterion_parts: dict[tuple[Any, ...], tuple[str, str]] = {}


def csv_text(text: str) -> str:
    """Returns a text cell as csv.writer with the report dialect (QUOTE_MINIMAL) encodes it:
    quoted when it holds the delimiter, the quote or a line end character, its quotes doubled."""
    if '"' in text:
        return '"' + text.replace('"', '""') + '"'
    if "," in text or "\n" in text or "\r" in text:
        return '"' + text + '"'
    return text


def _json(value: dict[str, Any]) -> str:
    # orjson: compact, UTF-8 as is; ~6x faster than json.dumps on these records. The keys come
    # sorted: result_record builds every dict in that order.
    return orjson.dumps(value).decode()
