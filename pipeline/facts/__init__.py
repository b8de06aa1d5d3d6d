"""From a processed spaCy Doc to a CandidateProfile: certifications, skills, experience, education."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from itertools import accumulate
from typing import TYPE_CHECKING

from pipeline.facts.education import extract_education
from pipeline.facts.experience import extract_positions, summarize
from pipeline.models import (
    CandidateProfile,
    CertificationFact,
    CertStatus,
    Evidence,
    Section,
    SkillFact,
)
from pipeline.nlp.labels import CERT_LABEL
from pipeline.nlp.mentions import Typos, similarity_at, status_at, statuses, typos
from pipeline.taxonomy import Taxonomy, bare_name
from pipeline.text.normalize import CASE_TRAPS

if TYPE_CHECKING:  # spaCy costs ~0.5 s to import; the batch parent never needs it
    from spacy.tokens import Doc, Span

# Strongest first: when mentions disagree, the cautious reading wins (zero false holds).
_STATUS_RANK: dict[CertStatus, int] = {"negated": 0, "expired": 1, "in_progress": 2, "held": 3}
# A certification named inside a job ("coached the team to PMP") is not one the candidate holds,
# unless the bullet opens by saying they earned it: "Earned PMP certification in 2018 while
# leading the CRM migration", "Passed the PMP exam (2020)", "PMP certified (2018); led the PMO".
_NOT_A_CLAIM = {"experience", "projects", "references"}
_CLAIM_OPENING = re.compile(
    r"(?:^|[;|]|\.\s)\W*(?:i\s+)?(?:earned|obtained|achieved|attained|gained|passed|received|"
    r"(?:was\s+)?awarded|i\s+hold|"
    # on the way to it, in a job's bullet: reported in progress ("Studying for the PMI-ACP while
    # coaching two agile teams")
    r"(?:currently\s+)?(?:studying|preparing)\s+for|pursuing|working\s+towards?)"
    r"\s+(?:my\s+|the\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)
_OPENS_THE_CLAUSE = re.compile(r"(?:^|[;|]|\.\s)\W*$")
# From the mention on: "PMP certified (2018)", "PMP-certified since 2016" (the alias may hold the word).
_CERTIFIED_IN = re.compile(
    r"[^\n;|]{0,40}?\bcertified\s*(?:\(\s*(?:19|20)\d\d\s*\)|(?:in|since)\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
EVIDENCED_IN = {"experience", "projects"}


def build_profile(
    doc: Doc, sections: tuple[Section, ...], taxonomy: Taxonomy, as_of: date
) -> CandidateProfile:
    """Returns the facts the scorer may use; identity details are never part of them."""
    text: str = doc.user_data.get("text") or doc.text
    positions = extract_positions(text, sections, as_of, taxonomy.rules.get("titles", {}))
    # "Kindred Cloud Inc." says what the employer sells, not what the candidate can do. Only
    # beside a job title: a dated line without one may name a project ("ERP rollout | 2019").
    in_employer = _within([p.employer_span for p in positions if p.employer_span and p.title])
    section_at = _section_finder(sections)
    cert_mentions: dict[str, list[tuple[CertStatus, Evidence]]] = defaultdict(list)
    skill_mentions: dict[str, list[Evidence]] = defaultdict(list)
    # What the nlp components found out about the mentions, read as they left it: each `ent._`
    # would build an object, and each of its attributes cost a Python-level lookup.
    typos_in = typos(doc)
    statuses_in = statuses(doc)
    evidenced: set[str] = set()  # the skills with a mention in EVIDENCED_IN
    disowned = _disowning(text)
    for ent in doc.ents:
        # `id_` is the entry id the components gave the Span; `ent_id_` would build its root Token.
        entry = taxonomy.entries.get(ent.id_)
        if entry is None:
            continue
        if ent.label_ == CERT_LABEL:
            evidence = _evidence(ent, text, section_at, typos_in)
            if entry.method_aliases and _names_the_method(entry.method_aliases, evidence, text):
                continue
            if evidence.section not in _NOT_A_CLAIM or _claimed_in_a_job(text, ent):
                found = status_at(statuses_in, ent.start, ent.end)
                if found is None:
                    cert_mentions[entry.id].append(("held", evidence))
                elif found[0] != "not_a_claim":  # "mentored engineers to pass the PMP"
                    cert_mentions[entry.id].append((found[0], evidence))
        elif not in_employer(ent.start_char, ent.end_char) and not disowned(ent.start_char):
            evidence = _evidence(ent, text, section_at, typos_in)
            named = (entry.id, *_implied(entry.implies, evidence.text))
            for skill_id in named:
                skill_mentions[skill_id].append(evidence)
                if evidence.section in EVIDENCED_IN:
                    evidenced.add(skill_id)

    certifications = tuple(
        CertificationFact(
            id=cid,
            name=taxonomy.entries[cid].name,
            status=min((s for s, _ in mentions), key=_STATUS_RANK.__getitem__),
            evidence=tuple(e for _, e in mentions),
        )
        for cid, mentions in sorted(cert_mentions.items())
    )
    skills = tuple(
        SkillFact(
            id=sid,
            name=taxonomy.entries[sid].name,
            category=taxonomy.entries[sid].category,
            evidence=tuple(evidences),
            in_experience=sid in evidenced,
        )
        for sid, evidences in sorted(skill_mentions.items())
    )
    experience = summarize(positions, as_of)
    education = extract_education(text, sections, taxonomy.rules.get("education", {}), as_of)
    return CandidateProfile(
        certifications=certifications,
        skills=skills,
        experience=experience,
        education=education,
        flags=experience.flags,
    )


# Where a certificate's bare name may be its method ("Methodologies: Agile, PRINCE2", "experienced
# in PRINCE2 and Scrum"); in a certifications section, the header's post-nominals ("Jane Doe,
# PMP, PRINCE2") or the education section it is the certificate.
_METHOD_SECTIONS = {"skills", "summary"}
# A certification word beside the mention makes it the certificate wherever it stands.
_CERTIFICATE_WORD = re.compile(r"certif", re.IGNORECASE)
# Characters looked at before and after, on the mention's line: "Certified PRINCE2", "PRINCE2
# (certification, 2019)", but not the "PMP-certified" of "PMP-certified PM experienced in PRINCE2".
_BEFORE, _AFTER = 15, 25


def _names_the_method(method_aliases: frozenset[str], evidence: Evidence, text: str) -> bool:
    """Returns True when a certification mention is its bare method name in a skills list or a
    summary, with no certification word beside it."""
    if evidence.section not in _METHOD_SECTIONS or bare_name(evidence.text) not in method_aliases:
        return False
    line_start = text.rfind("\n", 0, evidence.start) + 1
    line_end = text.find("\n", evidence.end)
    around = text[
        max(line_start, evidence.start - _BEFORE) : min(
            line_end if line_end >= 0 else len(text), evidence.end + _AFTER
        )
    ]
    return not _CERTIFICATE_WORD.search(around)


def _implied(implies: Sequence[tuple[str, tuple[str, ...]]], said: str) -> tuple[str, ...]:
    """Returns the entries a mention's words name too ("Scrum ceremonies": scrum)."""
    if not implies:  # most entries: no string work
        return ()
    key = bare_name(said)
    return next((ids for alias, ids in implies if alias == key), ())


def _within(spans: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Return a test of whether [start, end) lies within one of `spans` (run once per entity:
    a bisection, not a pass over every span)."""
    ordered = sorted(spans)
    starts = [lo for lo, _ in ordered]
    reach = list(accumulate((hi for _, hi in ordered), max))  # furthest end of spans so far

    def within(start: int, end: int) -> bool:
        i = bisect_right(starts, start)  # the spans starting at or before `start`
        return i > 0 and reach[i - 1] >= end

    return within


def _section_finder(sections: Sequence[Section]) -> Callable[[int], str]:
    """Return `text.sections.section_at` for these sections, their starts listed once."""
    starts = [s.start for s in sections]

    def section_at(offset: int) -> str:
        i = bisect_right(starts, offset) - 1
        if i >= 0 and sections[i].start <= offset < sections[i].end:
            return sections[i].name
        return "other"

    return section_at


def _evidence(
    ent: Span,
    text: str,
    section_at: Callable[[int], str],
    typos: Typos,
) -> Evidence:
    start, end = ent.start_char, ent.end_char
    similarity = similarity_at(typos, ent.start, ent.end) if typos else None  # most have none
    return Evidence(
        text=text[start:end].replace("\n", " "),  # as the tokenizer saw it (see nlp.analyse)
        start=start,
        end=end,
        section=section_at(start),
        method="exact" if similarity is None else "fuzzy",
        similarity=100.0 if similarity is None else similarity,
    )


# "(no Jira experience)", "have not used Jira", "never worked with Asana": a tool named as one the
# candidate lacks. The cue words are found once a document; a mention then only asks what lies
# between the nearest one before it and itself.
_DISOWNING = re.compile(
    r"\b(?:no|not|never|without|haven'?t|hasn'?t|lack(?:ing|s)?)[^\S\n]+", re.IGNORECASE
)
# The same on lower-cased text, opening with a set of characters the engine skips ahead to: a
# third of the scan's cost. Each ending belongs to its letter ("hacking" and "lot" are none).
_DISOWNING_LOWER = re.compile(
    r"[nwhl](?<![a-z][nwhl])"
    r"(?:(?<=n)(?:o|ot|ever)|(?<=w)ithout|(?<=h)(?:aven'?t|asn'?t)|(?<=l)ack(?:ing|s)?)"
    r"[^\S\n]+"
)
_DISOWNED_GAP = re.compile(
    r"(?:(?:used|worked[^\S\n]+with|any|prior|direct|hands-on|professional|"
    r"experience[^\S\n]+(?:with|in))[^\S\n]+)?",
    re.IGNORECASE,
)


def _disowning(text: str) -> Callable[[int], bool]:
    """Returns whether the words just before an offset say the candidate lacks what follows."""
    if text.isascii() or not CASE_TRAPS.search(text):  # lower() keeps every offset
        ends = [m.end() for m in _DISOWNING_LOWER.finditer(text.lower())]
    else:
        ends = [m.end() for m in _DISOWNING.finditer(text)]
    if not ends:
        return lambda start: False

    def disowned(start: int) -> bool:
        i = bisect_right(ends, start) - 1
        return i >= 0 and _DISOWNED_GAP.fullmatch(text, ends[i], start) is not None

    return disowned


def _claimed_in_a_job(text: str, ent: Span) -> bool:
    """Returns True when a job bullet opens by claiming the certification as the candidate's."""
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    before = text[line_start : ent.start_char]
    if _CLAIM_OPENING.search(before):
        return True
    return bool(_OPENS_THE_CLAUSE.search(before) and _CERTIFIED_IN.match(text, ent.start_char))
