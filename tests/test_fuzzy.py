"""Typo matching finds misspelt terms and never invents a skill."""

from __future__ import annotations

import pytest

from pipeline.nlp import analyse
from tests.conftest import AS_OF

FOUND = [
    ("Documented decisions in Confluance", "confluence"),
    ("Tracked work in Smartsheets", "smartsheet"),
    ("Led procurment for the data centre", "procurement"),
    ("Owned forcasting for the portfolio", "forecasting"),
    ("Ran Atlasian Jira boards", "jira"),
]
NOT_FOUND = [
    ("Spoke at a conference on delivery", "confluence"),
    ("Planning the roadmap", "planview"),
    ("Communicating with the board", "communication"),
    ("We used GitLab", "github"),
    ("A charity fundraiser", "clarity-ppm"),
    ("PSM I certified", "csm"),
    ("Tracked slack time in the schedule", "slack"),
]


@pytest.mark.parametrize(("text", "entry"), FOUND, ids=[t for t, _ in FOUND])
def test_typos_are_found_with_method_and_similarity(nlp, text, entry):
    doc = analyse(nlp, text, AS_OF)
    hits = [e for e in doc.ents if e.ent_id_ == entry]
    assert hits, [(e.text, e.ent_id_) for e in doc.ents]
    assert all(e._.method in ("exact", "fuzzy") for e in hits)
    fuzzy = [e for e in hits if e._.method == "fuzzy"]
    assert all(90.0 <= e._.similarity < 100.0 for e in fuzzy)


@pytest.mark.parametrize(("text", "entry"), NOT_FOUND, ids=[t for t, _ in NOT_FOUND])
def test_near_words_are_not_matched(nlp, text, entry):
    doc = analyse(nlp, text, AS_OF)
    assert entry not in {e.ent_id_ for e in doc.ents}


def test_exact_match_wins_over_fuzzy(nlp):
    doc = analyse(nlp, "Confluence and Jira", AS_OF)
    methods = {e.ent_id_: e._.method for e in doc.ents}
    assert methods["confluence"] == "exact" and methods["jira"] == "exact"
