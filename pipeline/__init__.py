"""resume-screen: offline, explainable screening of résumés for IT Project Manager roles.

>>> import pipeline
>>> results = pipeline.screen(["samples/"], as_of=datetime.date(2026, 11, 1))
>>> frame = pipeline.screen("samples/", as_dataframe=True)
"""

from __future__ import annotations

from typing import Any

__version__ = "0.6.2"
__all__ = ["__version__", "screen"]


def screen(*args: Any, **kwargs: Any) -> Any:
    """Returns one Result per file (or a DataFrame); see pipeline.screening.screen."""
    from pipeline.screening import screen as _screen

    return _screen(*args, **kwargs)
