"""The taxonomy mentions each component hands to the next, beside `doc.ents`, and what the
components found out about them, as plain data in `doc.user_data`.

Every read of `doc.ents` builds a new Span per entity from the token annotations and every write
builds them again: the components hand their list of Spans on instead, and write `doc.ents` only
when they change it, so that each of them still leaves a Doc whose `doc.ents` is complete.

What a component learns about a mention (a typo's similarity, a certification's status) is kept
by the mention's start token, with its end token to tell it from another span starting there. The
Span extensions (`ent._.method`, `ent._.cert_status`...) read it; later stages read it directly,
since every `ent._` builds an object and each attribute of it is a Python-level lookup.
Ints, floats and strings only, so that Docs still pickle and round-trip through to_bytes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from pipeline.models import MentionStatus

Typos = dict[int, tuple[int, float]]  # start token -> (end token, similarity to the term)
Statuses = dict[int, tuple[int, "MentionStatus", str]]  # start token -> (end token, status, cue)

_KEY = "taxonomy_mentions"
_FUZZY = "typo_mentions"
_STATUS = "cert_statuses"


def mentions(doc: Doc) -> list[Span]:
    """Returns the entities in text order: the list the last component handed on, else doc.ents."""
    handed: list[Span] | None = doc.user_data.get(_KEY)
    return list(doc.ents) if handed is None else handed


def set_mentions(doc: Doc, spans: list[Span]) -> None:
    """Sets doc.ents to `spans` (labelled, not overlapping, in text order) and hands them on."""
    doc.set_ents(spans)  # the `doc.ents` setter would build every Span again first
    doc.user_data[_KEY] = spans


def add_mentions(doc: Doc, spans: list[Span]) -> None:
    """Adds `spans` (labelled, on tokens no entity covers) to doc.ents and to the handed-on list."""
    merged = sorted([*mentions(doc), *spans], key=lambda ent: ent.start)
    # The other tokens keep their annotation as it is: no pass of set_ents over them all.
    doc.set_ents(spans, default="unmodified")
    doc.user_data[_KEY] = merged


def release_mentions(doc: Doc) -> None:
    """Drops the handed-on list (the last component calls it): its Spans point back at the Doc,
    which could then not be pickled or serialised."""
    doc.user_data.pop(_KEY, None)


def set_typos(doc: Doc, typos: Typos) -> None:
    """Records the mentions that are typos of their term, with their similarity to it."""
    _store(doc, _FUZZY, typos)


def typos(doc: Doc) -> Typos:
    """Returns the mentions that are typos (see `similarity_at`)."""
    found: Typos = doc.user_data.get(_FUZZY) or {}
    return found


def similarity_at(typos: Typos, start: int, end: int) -> float | None:
    """Returns the similarity of the mention over tokens [start, end) if it is a typo, else None."""
    found = typos.get(start)
    return found[1] if found is not None and found[0] == end else None


def set_statuses(doc: Doc, statuses: Statuses) -> None:
    """Records the status of each certification mention and the cue that decided it."""
    _store(doc, _STATUS, statuses)


def statuses(doc: Doc) -> Statuses:
    """Returns the certification mentions' statuses (see `status_at`)."""
    found: Statuses = doc.user_data.get(_STATUS) or {}
    return found


def status_at(statuses: Statuses, start: int, end: int) -> tuple[MentionStatus, str] | None:
    """Returns (status, cue) of the certification mention over tokens [start, end), if decided."""
    found = statuses.get(start)
    return (found[1], found[2]) if found is not None and found[0] == end else None


def _store(doc: Doc, key: str, data: Typos | Statuses) -> None:
    # Replaced, not merged: a Doc run through the pipeline again keeps nothing from before.
    if data:
        doc.user_data[key] = data
    else:
        doc.user_data.pop(key, None)
