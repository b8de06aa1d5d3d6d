"""The taxonomy mentions each component hands to the next, beside `doc.ents`.

Every read of `doc.ents` builds a new Span per entity from the token annotations and every write
builds them again: the components hand their list of Spans on instead, and write `doc.ents` only
when they change it, so that each of them still leaves a Doc whose `doc.ents` is complete.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_KEY = "taxonomy_mentions"


def mentions(doc: Doc) -> list[Span]:
    """Returns the entities in text order: the list the last component handed on, else doc.ents."""
    handed: list[Span] | None = doc.user_data.get(_KEY)
    return list(doc.ents) if handed is None else handed


def set_mentions(doc: Doc, spans: list[Span]) -> None:
    """Sets doc.ents to `spans` (labelled, not overlapping, in text order) and hands them on."""
    doc.set_ents(spans)  # the `doc.ents` setter would build every Span again first
    doc.user_data[_KEY] = spans


def release_mentions(doc: Doc) -> None:
    """Drops the handed-on list (the last component calls it): its Spans point back at the Doc,
    which could then not be pickled or serialised."""
    doc.user_data.pop(_KEY, None)
