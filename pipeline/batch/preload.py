"""Imported by the worker forkserver: builds the default taxonomy's pipeline before any fork.

Every worker the forkserver forks then starts with spaCy imported and the pipeline built, shared
copy-on-write, instead of paying ~1 s of CPU for them itself (and again after each recycle).
A Screener uses the prepared pipeline only while the taxonomy files are unchanged.
"""

from __future__ import annotations

import logging

from pipeline.screening import prepare

try:
    prepare()
except Exception:  # noqa: BLE001  (a broken taxonomy must not kill the forkserver)
    # Each worker then loads the taxonomy itself and reports the problem as usual.
    logging.getLogger(__name__).debug("no prepared pipeline", exc_info=True)
