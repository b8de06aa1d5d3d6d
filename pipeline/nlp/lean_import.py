"""Imports spaCy without its command-line package, which the pipeline never uses.

`import spacy` imports `spacy.cli` only to re-export `spacy.info`, and `spacy.cli` pulls in typer,
weasel, requests and httpx: ~0.15 s of the ~0.55 s the import takes. That import sits on the
critical path of every run's start-up (the worker forkserver imports spaCy before the first file can
be screened). While `import spacy` runs, a stand-in module answers for `spacy.cli.info`; it is
removed right after, so a later `import spacy.cli` imports the real package, and `spacy.info()`
still works (the stand-in imports the real one when called).
"""

from __future__ import annotations

import sys
import types
from typing import Any

_STAND_INS = ("spacy.cli", "spacy.cli.info")


def import_spacy() -> types.ModuleType:
    """Returns the spacy module, imported without spacy.cli when nobody imported it yet."""
    if "spacy" in sys.modules or any(name in sys.modules for name in _STAND_INS):
        import spacy

        return spacy
    cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    cli.__path__ = []  # a package, so that `from .cli.info import info` resolves the submodule
    info.info = _info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
    try:
        import spacy
    except ImportError:  # a spaCy that wants more from spacy.cli: import it the usual way
        _remove_stand_ins(cli, info)
        import spacy
    else:
        _remove_stand_ins(cli, info)
    return spacy


def _remove_stand_ins(cli: types.ModuleType, info: types.ModuleType) -> None:
    for name, module in zip(_STAND_INS, (cli, info), strict=True):
        if sys.modules.get(name) is module:
            del sys.modules[name]
    spacy = sys.modules.get("spacy")
    if spacy is not None and getattr(spacy, "cli", None) is cli:
        delattr(spacy, "cli")


def _info(*args: Any, **kwargs: Any) -> Any:
    """spacy.info: the real one, imported on first use."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
