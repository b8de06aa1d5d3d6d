"""Imported by the worker forkserver: gets a worker's one-time costs paid before any fork.

Every worker the forkserver forks then starts with spaCy imported, the default taxonomy's
pipeline built and the parsers' libraries loaded, shared copy-on-write, instead of paying ~1 s of
CPU for them itself (and again after each recycle). A Screener uses the prepared pipeline only
while the taxonomy files are unchanged.
"""

from __future__ import annotations

import gc
import logging

from pipeline.screening import Screener, Settings, prepare


def _warm_up() -> None:
    """Builds the pipeline, loads the parsers' libraries and screens one made-up résumé, so the
    imports and regular expressions that are loaded on first use already are."""
    import lxml.etree  # noqa: F401  (the DOCX reader)
    import pypdfium2  # noqa: F401

    from pipeline.batch.packed import pack
    from pipeline.parsers import ParseLimits, txt

    prepare()
    screener = Screener(Settings())
    text = (
        b"Jordan Example\njordan@example.org\n\nEXPERIENCE\nIT Project Manager, Example Systems\n"
        b"Jan 2019 - Present\nLed Agile delivery of a cloud migration with Jira.\n\n"
        b"EDUCATION\nB.S. Computer Science, 2012\n\nCERTIFICATIONS\nPMP\n"
    )
    result = screener.screen_document(txt.parse(text, ParseLimits()), "warm-up.txt", "")
    pack(result, screener.settings.roles)


try:
    _warm_up()
except Exception:  # noqa: BLE001  (a broken taxonomy must not kill the forkserver)
    # Each worker then loads the taxonomy itself and reports the problem as usual.
    logging.getLogger(__name__).debug("no warm-up", exc_info=True)
# What the forkserver built is shared by every worker it forks and lives as long as they do: frozen,
# a worker's full collections no longer walk it (nor write to its pages, which copied them).
gc.freeze()
