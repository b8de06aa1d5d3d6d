"""The taxonomy entities of a Doc, read without rebuilding them.

Every read of `doc.ents` walks all tokens and builds new Spans (~0.15 ms a résumé), and four
stages read them. The pipeline's components set entities through `set_ents`, which keeps the
spans it set in `doc.user_data`; `ents` returns those. A component that assigned `doc.ents`
directly would leave the kept spans stale, so none does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_KEY = "taxonomy_ents"


def set_ents(doc: Doc, spans: Iterable[Span]) -> None:
    """Sets the doc's entities and keeps them, in text order."""
    ordered = tuple(sorted(spans, key=lambda s: s.start))
    doc.ents = ordered
    doc.user_data[_KEY] = ordered


def ents(doc: Doc) -> tuple[Span, ...]:
    """Returns the doc's entities, as kept by `set_ents` (or read once from the doc)."""
    kept: tuple[Span, ...] | None = doc.user_data.get(_KEY)
    if kept is None:
        kept = doc.user_data[_KEY] = tuple(doc.ents)
    return kept
