"""The batch engine: discovery into a manifest, isolated workers (local or Dask), the run state.

>>> outcome = run_batch(["inbox/"], Settings(as_of=date(2026, 11, 1)), BatchOptions(), Path("out"))
>>> write_reports(outcome.results, Path("out"), roles)

Names are imported lazily, so `pipeline.batch.warmup` can start the workers before spaCy loads.
"""

from __future__ import annotations

from typing import Any

__all__ = ["BatchOptions", "BatchOutcome", "Entry", "build_manifest", "open_last_run", "run_batch"]

_HOME = {
    "BatchOptions": "engine",
    "BatchOutcome": "engine",
    "open_last_run": "engine",
    "run_batch": "engine",
    "Entry": "manifest",
    "build_manifest": "manifest",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'pipeline.batch' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"pipeline.batch.{_HOME[name]}"), name)
