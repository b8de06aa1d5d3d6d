"""Scores ignore who the candidate is: identity variants of real résumés score bit-identically.

Each variant replaces the name, the pronouns, the city and the university of a labelled
résumé and runs through the real pipeline (sections, spaCy, facts, scorer).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.models import Document
from tests.conftest import ROOT

LABELLED = ROOT / "tests" / "data" / "labelled"
BASES = sorted(p for p in LABELLED.glob("*.txt"))
NAMES = st.sampled_from(
    [
        "Jane Smith", "Mohammed Al-Rashid", "Nguyễn Thị Hoa", "Oluwaseun Adeyemi",
        "María José García", "Wei Zhang", "Aarav Patel", "Siobhán O'Connor", "Jamal Washington",
        "Ingrid Bergström", "Kai Müller-Lopez", "Priya Raman", "Tomás Herrera", "Chen Li",
    ]
)
CITIES = st.sampled_from(
    ["Denver, CO", "Detroit, MI", "Lagos, Nigeria", "Mumbai, India", "Leeds, UK", "Austin, TX"]
)
UNIVERSITIES = st.sampled_from(
    [
        "Howard University", "Spelman College", "Stanford University", "Universidad de Chile",
        "Indian Institute of Technology Delhi", "Wellesley College", "Brigham Young University",
        # Names holding field words: a field read from them would move degree credit.
        "London School of Economics", "College of Engineering Pune", "Harvard Business School",
        "Georgia Institute of Technology",
    ]
)
PRONOUNS = st.sampled_from(["he/him", "she/her", "they/them"])
_PRONOUN_WORDS = {
    "he/him": ("he", "him", "his"),
    "she/her": ("she", "her", "her"),
    "they/them": ("they", "them", "their"),
}
_UNIVERSITY = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+(?:University|College)|University of [A-Z]\w+")
_CITY = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s(?:[A-Z]{2})\b")


def _variant(text: str, name: str, pronouns: str, city: str, university: str) -> str:
    first_line, rest = text.split("\n", 1)
    he, him, his = _PRONOUN_WORDS[pronouns]
    rest = re.sub(r"\b(?:he|she|they)\b", he, rest)
    rest = re.sub(r"\b(?:him|them)\b", him, rest)
    rest = re.sub(r"\b(?:his|their)\b", his, rest)
    rest = _CITY.sub(city, rest)
    rest = _UNIVERSITY.sub(university, rest)
    return f"{name}\n{name.split()[0]} ({pronouns})\n{rest}"


def _scores(screener, text: str):
    result = screener.screen_document(Document(text=text, format="txt"))
    return {
        key: (rs.score, rs.eligible, tuple((c.id, c.credit, c.met) for c in rs.criteria))
        for key, rs in result.scores.items()
    }, result.best_fit


@pytest.mark.parametrize("base", BASES, ids=[p.name for p in BASES])
def test_identity_never_moves_a_score(screener, base):
    text = base.read_text(encoding="utf-8")
    reference = _scores(screener, _variant(text, "Alex Morgan", "they/them", "Omaha, NE", "State University"))

    @settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(NAMES, PRONOUNS, CITIES, UNIVERSITIES)
    def check(name, pronouns, city, university):
        assert _scores(screener, _variant(text, name, pronouns, city, university)) == reference

    check()


def test_the_scorer_never_sees_contact_details():
    import dataclasses

    from pipeline.models import CandidateProfile

    fields = {f.name for f in dataclasses.fields(CandidateProfile)}
    assert fields == {"certifications", "skills", "experience", "education", "flags"}
