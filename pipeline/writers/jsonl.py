"""results.jsonl: one complete JSON record per input file."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from pipeline.models import ROLE_KEYS, Result
from pipeline.writers.atomic import atomic_open
from pipeline.writers.records import result_record


def write_jsonl(
    results: Sequence[Result], out_dir: Path, roles: Sequence[str] = ROLE_KEYS
) -> list[Path]:
    """Writes results.jsonl atomically; returns its path."""
    path = out_dir / "results.jsonl"
    with atomic_open(path) as fh:
        for result in results:
            fh.write(json.dumps(result_record(result), ensure_ascii=False, sort_keys=True) + "\n")
    return [path]
