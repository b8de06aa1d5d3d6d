"""results.jsonl: one complete JSON record per input file."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.models import ROLE_KEYS, Result
from pipeline.writers.atomic import atomic_open
from pipeline.writers.rendered import Rendered, rendered


def write_jsonl(
    results: Iterable[Result],
    out_dir: Path,
    roles: Sequence[str] = ROLE_KEYS,
    *,
    rows: Iterable[tuple[str, Rendered]] | None = None,
) -> list[Path]:
    """Writes results.jsonl atomically; returns its path. `rows` as for write_csv."""
    path = out_dir / "results.jsonl"
    with atomic_open(path) as fh:
        for name, row in rendered(results, roles) if rows is None else rows:
            fh.write(row.jsonl_line(name))
    return [path]
