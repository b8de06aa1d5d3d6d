"""The taxonomy ruler: finds every alias (LOWER) and acronym (ORTH) as phrases; longest match wins.

spaCy's EntityRuler takes one phrase attribute; acronyms given to it as token patterns went to the
token Matcher, which cost ~6 ms a résumé. Two PhraseMatchers cost ~0.2 ms.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.nlp.mentions import set_mentions
from pipeline.nlp.patterns import taxonomy_patterns
from pipeline.nlp.registry import registered_taxonomy
from pipeline.taxonomy import Taxonomy

_SEP = "\x1f"  # joins label and entry id in a match key


class TaxonomyRuler:
    """Sets doc.ents to the taxonomy mentions, each with its entry id in `ent.ent_id_`."""

    def __init__(self, nlp: Language, taxonomy: Taxonomy):
        self.vocab = nlp.vocab
        self._keys: dict[int, tuple[int, int]] = {}  # match key -> (label, entry id) hashes
        self.matchers = {attr: PhraseMatcher(nlp.vocab, attr=attr) for attr in ("LOWER", "ORTH")}
        grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
        for p in taxonomy_patterns(taxonomy):
            grouped[(p["attr"], f"{p['label']}{_SEP}{p['id']}")].append(p["pattern"])
        for (attr, key), texts in grouped.items():
            self.matchers[attr].add(key, [nlp.make_doc(text) for text in texts])

    def __call__(self, doc: Doc) -> Doc:
        # Overlaps are settled on (key, start, end) first, as spacy.util.filter_spans would settle
        # them on Spans: only the ~70 % of matches that survive become Span objects.
        matches = [m for matcher in self.matchers.values() for m in matcher(doc)]
        ents = []
        for key, start, end in _longest_first(matches, len(doc)):
            label, entry_id = self._label_and_id(key)
            ents.append(Span(doc, start, end, label=label, span_id=entry_id))
        set_mentions(doc, ents)
        return doc

    def _label_and_id(self, key: int) -> tuple[int, int]:
        found = self._keys.get(key)
        if found is None:
            strings = self.vocab.strings
            label, entry_id = strings[key].split(_SEP, 1)
            found = self._keys[key] = (strings.add(label), strings.add(entry_id))
        return found


def _longest_first(matches: list[tuple[int, int, int]], length: int) -> list[tuple[int, int, int]]:
    """Returns the matches spacy.util.filter_spans keeps, in text order: the longest wins an
    overlap, then the earliest, then the first given (the sort is stable). `length` is the
    number of tokens."""
    ranked = sorted(matches, key=lambda m: (m[1] - m[2], m[1]))
    kept: list[tuple[int, int, int]] = []
    taken = bytearray(length)
    for match in ranked:
        _, start, end = match
        if not (taken[start] or taken[end - 1]):
            kept.append(match)
            taken[start:end] = b"\x01" * (end - start)
    kept.sort(key=lambda m: m[1])
    return kept


@Language.factory("taxonomy_ruler", default_config={"taxonomy": ""})
def make_taxonomy_ruler(nlp: Language, name: str, taxonomy: str) -> TaxonomyRuler:
    return TaxonomyRuler(nlp, registered_taxonomy(taxonomy))
