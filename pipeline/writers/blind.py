"""Blind mode: the same Results with identity removed from everything a writer renders.

Blind only transforms outputs: scores, eligibility, best fit and flags are kept as they are. The
candidate becomes a pseudonym derived from the file's SHA-256 ("Candidate 3f9a1c07"); the `file`
column becomes that pseudonym too (file names such as `jane_doe_cv.pdf` carry names), and the
`sha256` column is kept as the trace back: `blind_key` maps pseudonyms to the original files, and
`sha256sum` over the inbox (or the non-blind run's scores.csv) gives the same mapping. Names,
e-mails, phones, cities and links are masked in the résumé text with placeholders of the same
length, so every evidence offset still points at the same characters. The lines above the first
section heading (name, address, contact line) are masked whole, except the characters a fact was
found in. Links are dropped; photos are never extracted, so none can reach a report.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import PurePath

from pipeline.facts.contact import EMAIL as _EMAIL
from pipeline.models import (
    CandidateProfile,
    CertificationFact,
    Contact,
    ErrorInfo,
    Evidence,
    Result,
    RoleScore,
    Section,
    SkillFact,
)

PLACEHOLDER = "\u2588"  # █, one character per masked character
PSEUDONYM_PREFIX = "Candidate "
_HASH_CHARS = 8  # 32 bits; longer only where two different files would collide
_HEAD_LINES = 8  # without section headings, only this many non-empty lines count as the header

# Patterns start only where a run starts (lookbehinds) and domain labels are taken possessively:
# otherwise a long run of letters or "a.a.a..." is retried from every character (quadratic;
# 30,000 characters took seconds, in the parent, which has no timeout).
_URL = re.compile(
    r"(?:(?:https?|ftp)://|www\.)[^\s<>\"'|]+"
    r"|(?<![\w.@-])(?:[a-z0-9-]++\.)++[a-z]{2,}/[^\s<>\"'|]*"
    r"|\b(?:mailto|tel|javascript):[^\s<>\"'|]+",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![\w/])\+?(?:\(\d{1,4}\)|\d)[\d ().-]{6,}\d(?![\w/])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NAME_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def pseudonym(key: str) -> str:
    """Returns the display pseudonym for a pseudonym key."""
    return PSEUDONYM_PREFIX + key


def blind(results: Sequence[Result]) -> list[Result]:
    """Returns the Results with names, contact details, addresses and links removed."""
    keys = pseudonym_keys(results)
    return [_blind_one(r, pseudonym(key)) for r, key in zip(results, keys, strict=True)]


def blind_key(results: Sequence[Result]) -> list[dict[str, str]]:
    """Returns pseudonym -> original file rows; keep them apart from the blind reports."""
    return [
        {"pseudonym": pseudonym(key), "file": r.file, "sha256": r.sha256}
        for r, key in zip(results, pseudonym_keys(results), strict=True)
    ]


def pseudonym_keys(results: Sequence[Result]) -> list[str]:
    """Returns a stable key per Result: a prefix of its SHA-256, unique per distinct file."""
    digests = [r.sha256 or hashlib.sha256(r.file.encode("utf-8")).hexdigest() for r in results]
    distinct = sorted(set(digests))
    length = {d: _HASH_CHARS for d in distinct}
    for a, b in zip(distinct, distinct[1:], strict=False):  # sorted: colliders are neighbours
        common = len(_common_prefix(a, b))
        if common >= _HASH_CHARS:
            length[a] = max(length[a], common + 1)
            length[b] = max(length[b], common + 1)
    # The same bytes under two names (a duplicate upload) are the same résumé: same pseudonym.
    return [d[: length[d]] for d in digests]


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


class Masker:
    """Masks a candidate's contact details, and any e-mail, phone or link, in a text."""

    def __init__(self, contact: Contact, links: Iterable[str] = ()):
        literals = [contact.email, contact.phone, contact.linkedin, contact.city]
        for link in links:
            literals.append(link)
            literals.append(re.sub(r"^(?:[a-z]+:(?://)?)", "", link, flags=re.IGNORECASE))
        self._literals = sorted({s.strip() for s in literals if len(s.strip()) >= 3}, key=len)
        tokens = {t for t in _NAME_TOKEN.findall(contact.name) if len(t) >= 2}
        if contact.name.strip():
            tokens.add(contact.name.strip())
        # Case-sensitive (as written and in capitals), so a name such as "Will" leaves "will" be.
        variants = sorted({v for t in tokens for v in (t, t.upper())}, key=len, reverse=True)
        self._names = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, variants)) + r")(?!\w)")
            if variants
            else None
        )

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Returns the [start, end) ranges of text to mask."""
        found: list[tuple[int, int]] = []
        lowered = text.lower()
        for literal in self._literals:
            needle = literal.lower()
            at = lowered.find(needle)
            while at >= 0:
                found.append((at, at + len(needle)))
                at = lowered.find(needle, at + 1)
        if self._names is not None:
            found += [m.span() for m in self._names.finditer(text)]
        found += [m.span() for m in _EMAIL.finditer(text)]
        found += [m.span() for m in _URL.finditer(text)]
        found += [m.span() for m in _PHONE.finditer(text) if _is_phone(m.group(0))]
        return found

    def mask(self, text: str) -> str:
        """Returns text with every sensitive range replaced by placeholders of the same length."""
        return apply_mask(text, self.spans(text))


def _is_phone(candidate: str) -> bool:
    """Returns True for 9 to 15 digits that are not a run of years ("2019 - 2021 2022")."""
    groups = re.findall(r"\d+", candidate)
    digits = sum(len(g) for g in groups)
    return 9 <= digits <= 15 and not all(len(g) == 4 and _YEAR.fullmatch(g) for g in groups)


def apply_mask(text: str, spans: Iterable[tuple[int, int]], keep: set[int] | None = None) -> str:
    """Returns text with the characters in spans replaced; line breaks and `keep` stay."""
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(end, len(chars))):
            if chars[i] != "\n" and (keep is None or i not in keep):
                chars[i] = PLACEHOLDER
    return "".join(chars)


def _blind_one(result: Result, alias: str) -> Result:
    document = result.document
    masker = Masker(result.contact, document.links if document else ())
    file = f"{alias}.{document.format}" if document and document.format else alias
    error = result.error
    if error is not None:
        message = error.message
        for original in sorted({result.file, PurePath(result.file).name}, key=len, reverse=True):
            if original:
                message = message.replace(original, file)
        error = ErrorInfo(error.code, masker.mask(message))
    if document is None:
        return replace(result, file=file, contact=Contact(name=alias), error=error)

    original = document.text
    evidence = list(_all_evidence(result))
    keep = {
        i for e in evidence if e.text == original[e.start : e.end] for i in range(e.start, e.end)
    }
    text = apply_mask(original, masker.spans(original))
    text = apply_mask(text, [_header(original, result.sections)], keep)
    blinded = _Rewriter(original, text, masker)
    return replace(
        result,
        file=file,
        contact=Contact(name=alias),
        error=error,
        document=replace(
            document, text=text, hidden_text=masker.mask(document.hidden_text), links=()
        ),
        profile=blinded.profile(result.profile),
        scores={k: blinded.role_score(rs) for k, rs in result.scores.items()},
        sections=tuple(
            Section(s.name, s.start, s.end, masker.mask(s.heading)) for s in result.sections
        ),
    )


def _header(text: str, sections: Sequence[Section]) -> tuple[int, int]:
    """Returns the range above the first section heading, at most the first few lines."""
    limit = 0
    seen = 0
    for line in text.split("\n"):
        limit += len(line) + 1
        seen += bool(line.strip())
        if seen >= _HEAD_LINES:
            break
    starts = [s.start for s in sections if s.heading]
    end = min(min(starts, default=limit), limit)
    return (0, end)


def _all_evidence(result: Result) -> Iterable[Evidence]:
    p = result.profile
    if p is not None:
        for c in p.certifications:
            yield from c.evidence
        for s in p.skills:
            yield from s.evidence
        for pos in p.experience.positions:
            yield pos.evidence
            if pos.distributed_by is not None:
                yield pos.distributed_by
        yield from p.education.evidence
        for degree in p.education.degrees:
            yield from degree.evidence
    for rs in result.scores.values():
        for crit in rs.criteria:
            yield from crit.evidence


class _Rewriter:
    """Rebuilds the frozen facts with masked texts; every number is carried over untouched."""

    def __init__(self, original: str, masked: str, masker: Masker):
        self.original, self.masked, self.masker = original, masked, masker

    def evidence(self, e: Evidence) -> Evidence:
        if e.text == self.original[e.start : e.end]:
            return replace(e, text=self.masked[e.start : e.end])
        return replace(e, text=self.masker.mask(e.text))

    def many(self, items: Iterable[Evidence]) -> tuple[Evidence, ...]:
        return tuple(self.evidence(e) for e in items)

    def profile(self, p: CandidateProfile | None) -> CandidateProfile | None:
        if p is None:
            return None
        exp = p.experience
        return replace(
            p,
            certifications=tuple(
                CertificationFact(c.id, c.name, c.status, self.many(c.evidence))
                for c in p.certifications
            ),
            skills=tuple(
                SkillFact(s.id, s.name, s.category, self.many(s.evidence), s.in_experience)
                for s in p.skills
            ),
            experience=replace(
                exp,
                positions=tuple(
                    replace(
                        pos,
                        title=self.masker.mask(pos.title),
                        employer=self.masker.mask(pos.employer),
                        evidence=self.evidence(pos.evidence),
                        distributed_by=pos.distributed_by and self.evidence(pos.distributed_by),
                    )
                    for pos in exp.positions
                ),
            ),
            education=replace(
                p.education,
                evidence=self.many(p.education.evidence),
                degrees=tuple(
                    replace(d, evidence=self.many(d.evidence)) for d in p.education.degrees
                ),
            ),
        )

    def role_score(self, rs: RoleScore) -> RoleScore:
        return replace(
            rs,
            criteria=tuple(
                replace(c, detail=self.masker.mask(c.detail), evidence=self.many(c.evidence))
                for c in rs.criteria
            ),
        )
