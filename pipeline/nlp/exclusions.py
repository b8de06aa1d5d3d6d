"""Drops taxonomy matches that sit inside a declared near-miss ("confluence of", "slack time").

An entry declares near-misses as phrases (`not`) or, where a phrase cannot write them, as regular
expressions searched on the mention's line (`not_patterns`: "Hybrid – Denver, CO" is where a job
was done, not the hybrid method).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.mentions import mentions, set_mentions
from pipeline.taxonomy import Taxonomy
from pipeline.text.normalize import CASE_TRAPS

# How far either side of a mention its line is searched for `not_patterns` (a PDF may have no
# line breaks at all: the search stays linear).
_LINE_REACH = 160


class NearMissFilter:
    """Removes an entity when one of its entry's `not` phrases or patterns covers it in the text."""

    def __init__(self, taxonomy: Taxonomy):
        # Each phrase with its words in lower case: a window that lacks one holds no match, so
        # most windows need no regex search. A phrase that is not ASCII gets no words: searched.
        self._phrases: dict[str, list[tuple[re.Pattern[str], tuple[str, ...]]]] = {
            entry.id: [
                (_phrase_regex(p), tuple(p.lower().split()) if p.isascii() else ())
                for p in entry.not_phrases
            ]
            for entry in taxonomy.entries.values()
            if entry.not_phrases
        }
        self._patterns: dict[str, list[re.Pattern[str]]] = {
            entry.id: [re.compile(p, re.IGNORECASE) for p in entry.not_patterns]
            for entry in taxonomy.entries.values()
            if entry.not_patterns
        }
        self._watched = self._phrases.keys() | self._patterns.keys()
        self._longest = max(
            (len(p) for e in taxonomy.entries.values() for p in e.not_phrases), default=0
        )

    def __call__(self, doc: Doc) -> Doc:
        if not self._phrases and not self._patterns:
            return doc
        found = mentions(doc)
        text = doc.user_data.get("text") or doc.text  # doc.text joins every token again
        watched = self._watched
        kept = [ent for ent in found if ent.id_ not in watched or not self._is_near_miss(text, ent)]
        if len(kept) != len(found):
            set_mentions(doc, kept)
        return doc

    def _is_near_miss(self, text: str, ent: Span) -> bool:
        # `id_` is the entry id the ruler gave the Span; `ent_id_` would find the Span's root.
        entry_id = ent.id_
        phrases = self._phrases.get(entry_id)
        if phrases:
            lo = max(0, ent.start_char - self._longest)
            hi = min(len(text), ent.end_char + self._longest)
            window = text[lo:hi]
            # lower() reads ASCII letters as a case-insensitive search does, but for CASE_TRAPS.
            lower = window.lower() if window.isascii() or not CASE_TRAPS.search(window) else None
            regexes = [
                regex
                for regex, words in phrases
                if lower is None or all(map(lower.__contains__, words))
            ]
            if regexes and _covers(regexes, window, lo, ent):
                return True
        patterns = self._patterns.get(entry_id)
        if patterns:
            lo = text.rfind("\n", max(0, ent.start_char - _LINE_REACH), ent.start_char) + 1
            hi = text.find("\n", ent.end_char, ent.end_char + _LINE_REACH)
            hi = min(len(text), ent.end_char + _LINE_REACH) if hi < 0 else hi
            lo = max(lo, ent.start_char - _LINE_REACH)
            if _covers(patterns, text[lo:hi], lo, ent):
                return True
        return False


def _covers(patterns: list[re.Pattern[str]], window: str, offset: int, ent: Span) -> bool:
    """Returns True when a match of one of the patterns in `window` overlaps the entity."""
    for pattern in patterns:
        for m in pattern.finditer(window):
            if m.start() + offset < ent.end_char and m.end() + offset > ent.start_char:
                return True
    return False


def _phrase_regex(phrase: str) -> re.Pattern[str]:
    """Returns a case-insensitive regex for a phrase, tolerant of whitespace and word edges."""
    words = [re.escape(w) for w in phrase.split()]
    body = r"\s+".join(words)
    left = r"(?<!\w)" if phrase[:1].isalnum() else ""
    right = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return re.compile(left + body + right, re.IGNORECASE)


@Language.factory("near_miss_filter", default_config={"taxonomy": ""}, requires=["doc.ents"])
def make_near_miss_filter(nlp: Language, name: str, taxonomy: str) -> NearMissFilter:
    from pipeline.nlp.registry import registered_taxonomy

    return NearMissFilter(registered_taxonomy(taxonomy))
