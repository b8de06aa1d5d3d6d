"""Finds misspelt taxonomy terms ("Confluance", "Procurment") that the exact ruler missed.

Guard rails, so that typo matching never invents a skill:
- only entries with `fuzzy: true`, only aliases of at least `min_length` letters, never acronyms;
- only whole tokens (or runs of whole tokens) that no exact match already covers, so exact wins
  and nothing is matched inside another word;
- a Levenshtein ratio of at least `score_cutoff` (90 by default: one edit in ten letters), at
  most one edit below nine letters, and the word's opening letters kept;
- inflections are not typos: "communicating" is not a misspelling of "communication".
"""

from __future__ import annotations

from collections import defaultdict
from itertools import repeat

import numpy
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from spacy.attrs import ENT_IOB, IS_ALPHA, LENGTH, LOWER
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from pipeline.nlp.mentions import Typos, add_mentions, set_typos, similarity_at, typos
from pipeline.nlp.patterns import label_for
from pipeline.nlp.registry import registered_taxonomy
from pipeline.taxonomy import Taxonomy


def _method(ent: Span) -> str:
    return "exact" if similarity_at(typos(ent.doc), ent.start, ent.end) is None else "fuzzy"


def _similarity(ent: Span) -> float:
    similarity = similarity_at(typos(ent.doc), ent.start, ent.end)
    return 100.0 if similarity is None else similarity


# For readers of single Spans (tests, debugging); the pipeline reads `typos(doc)`.
Span.set_extension("method", getter=_method, force=True)
Span.set_extension("similarity", getter=_similarity, force=True)


_SEEN_MAX = 50_000  # n-grams remembered per length before the memory starts over
_UNSEEN = ("", -1.0)  # not in that memory yet (None there means no term is near)


class FuzzyMatcher:
    """Adds entities for near spellings of long taxonomy aliases."""

    def __init__(self, taxonomy: Taxonomy, score_cutoff: float, min_length: int, max_words: int):
        self.score_cutoff = score_cutoff
        self.min_length = min_length
        self.max_words = max_words
        self._owner: dict[str, tuple[str, str]] = {}
        buckets: dict[tuple[int, int], list[str]] = defaultdict(list)
        for entry in taxonomy.entries.values():
            if not entry.fuzzy:
                continue
            for alias in entry.aliases:
                term = " ".join(alias.lower().split())
                letters = sum(c.isalpha() for c in term)
                words = term.count(" ") + 1
                if letters < min_length or words > max_words or term in self._owner:
                    continue
                self._owner[term] = (entry.id, label_for(entry))
                buckets[(words, len(term))].append(term)
        self._buckets = dict(buckets)
        # The text lengths that have a term within two letters, per word count: `_best_term`
        # looks no further, so any other length is skipped before the lookup.
        self._lengths: dict[int, frozenset[int]] = {
            n: frozenset(
                k
                for (words, length) in self._buckets
                if words == n
                for k in range(max(min_length, length - 2), length + 3)
            )
            for n in range(1, max_words + 1)
        }
        # The same, widened by a letter and as a table indexed by the n-gram's written length
        # (its last cell, False, stands for any longer one): an index costs less than isin().
        self._near_length: dict[int, numpy.ndarray] = {}
        for n, ks in self._lengths.items():
            widened = sorted({k + d for k in ks for d in (-1, 0, 1)})
            table = numpy.zeros(widened[-1] + 2 if widened else 1, dtype=bool)
            table[widened] = True
            self._near_length[n] = table
        # Outcomes by the n-gram's lower-case hashes: most words recur from résumé to résumé,
        # and a hit here costs neither a string nor a lookup.
        self._seen: dict[int, dict[tuple[int, ...], tuple[str, float] | None]] = {
            n: {} for n in range(1, max_words + 1)
        }

    def __call__(self, doc: Doc) -> Doc:
        if not self._owner:
            return doc
        # Candidates are found on arrays: an n-gram of uncovered alphabetic tokens whose text
        # length some term is within two letters of. Only those reach Python strings and the
        # lookup; most tokens are short, covered or not words.
        table = doc.to_array([LOWER, IS_ALPHA, LENGTH, ENT_IOB])
        iob = table[:, 3]  # doc.ents are the mentions: B (3) and I (1) tokens are covered
        free = table[:, 1].astype(bool) & (iob != 1) & (iob != 3)
        lengths = table[:, 2]
        strings = doc.vocab.strings
        found: list[Span] = []
        similarities: Typos = {}
        for n in range(self.max_words, 0, -1):
            width = len(doc) - n + 1
            if width <= 0:
                continue
            ok, total = free[:width].copy(), lengths[:width] + (n - 1)
            for k in range(1, n):
                ok &= free[k : k + width]
                total += lengths[k : k + width]
            # LENGTH counts the token as written, the lookup its lower case: allow one letter.
            near = self._near_length[n]
            ok &= near[numpy.minimum(total, len(near) - 1)]
            where = numpy.flatnonzero(ok)
            if not where.size:
                continue
            # Outcomes looked up all at once by the n-grams' lower-case hashes: most n-grams are
            # remembered misses, and only the others reach the loop.
            seen = self._seen[n]
            keys = list(zip(*(table[where + k, 0].tolist() for k in range(n)), strict=True))
            outcomes = list(map(seen.get, keys, repeat(_UNSEEN)))
            starts = where.tolist()
            # `ok` saw the tokens taken before this pass; those of this pass lie before `taken`.
            taken = 0
            for i in [i for i, outcome in enumerate(outcomes) if outcome is not None]:
                start, end = starts[i], starts[i] + n
                if start < taken:  # overlaps the n-gram found just before
                    continue
                hit = outcomes[i]
                if hit is _UNSEEN:
                    hit = self._remember(seen, keys[i], strings)
                if hit is None:
                    continue
                term, score = hit
                entry_id, label = self._owner[term]
                ent = Span(doc, start, end, label=label, span_id=entry_id)
                ent.id_ = entry_id
                similarities[start] = (end, round(score, 1))
                found.append(ent)
                free[start:end] = False
                taken = end
        set_typos(doc, similarities)
        if found:  # found only on tokens nothing covered: no overlaps to settle
            add_mentions(doc, found)
        return doc

    def _remember(
        self,
        seen: dict[tuple[int, ...], tuple[str, float] | None],
        key: tuple[int, ...],
        strings: StringStore,
    ) -> tuple[str, float] | None:
        """Returns the term near the n-gram of lower-case hashes `key`, remembered in `seen`."""
        hit = seen.get(key, _UNSEEN)  # the n-gram may be twice in a résumé
        if hit is _UNSEEN:
            text = " ".join(strings[k] for k in key)
            words = len(key)
            hit = self._best_term(text, words) if len(text) in self._lengths[words] else None
            if len(seen) >= _SEEN_MAX:
                seen.clear()
            seen[key] = hit
        return hit

    def _best_term(self, text: str, words: int) -> tuple[str, float] | None:
        if text in self._owner:
            return None  # an exact form the ruler deliberately did not take (e.g. a near-miss)
        candidates = [
            term
            for length in range(len(text) - 2, len(text) + 3)
            for term in self._buckets.get((words, length), ())
        ]
        if not candidates:
            return None
        best = process.extractOne(
            text, candidates, scorer=fuzz.ratio, processor=None, score_cutoff=self.score_cutoff
        )
        if best is None:
            return None
        term, score, _ = best
        # Typos keep a word's opening ("Confluance", "Procurment"); real words that happen to be
        # near a term usually do not ("iterations" is two edits from "integrations").
        edits = Levenshtein.distance(text, term)
        if (
            edits > (1 if len(term) < 9 else 2)
            or text[:2] != term[:2]
            or _is_inflection(text, term)
        ):
            return None
        if edits == 2 and text[:3] != term[:3]:
            return None
        return term, float(score)


# Word endings that turn one form of a word into another; differing only in these is no typo.
_ENDINGS = frozenset(
    [
        "",
        "s",
        "es",
        "d",
        "ed",
        "ing",
        "ion",
        "ions",
        "ation",
        "ations",
        "e",
        "er",
        "ers",
        "or",
        "ors",
        "y",
        "ies",
        "al",
        "ally",
        "ly",
        "ment",
        "ments",
        "ive",
        "ity",
    ]
)


def _is_inflection(text: str, term: str) -> bool:
    """Returns True when two words share a stem and differ only in a common ending."""
    common = 0
    for a, b in zip(text, term, strict=False):
        if a != b:
            break
        common += 1
    # Back off a few letters: "communicat|ing" and "communicat|ion" share "communicati".
    return any(
        text[k:] in _ENDINGS and term[k:] in _ENDINGS
        for k in range(common, max(0, common - 3) - 1, -1)
    )


@Language.factory(
    "fuzzy_taxonomy",
    default_config={"taxonomy": "", "score_cutoff": 90.0, "min_length": 6, "max_words": 2},
    requires=["doc.ents"],
)
def make_fuzzy_taxonomy(
    nlp: Language, name: str, taxonomy: str, score_cutoff: float, min_length: int, max_words: int
) -> FuzzyMatcher:
    return FuzzyMatcher(registered_taxonomy(taxonomy), score_cutoff, min_length, max_words)
