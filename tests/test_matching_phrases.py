"""Résumé phrases through the real spaCy pipeline: surface forms match, near-misses do not."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipeline.nlp import analyse
from pipeline.text.normalize import normalize_text

TABLE = Path(__file__).parent / "data" / "phrases.yaml"
ROWS = yaml.safe_load(TABLE.read_text(encoding="utf-8"))["phrases"]


def test_table_is_large_and_names_only_known_entries(taxonomy):
    assert len(ROWS) >= 150
    named = {i for row in ROWS for i in (*row.get("expect", []), *row.get("reject", []))}
    assert named <= set(taxonomy.entries)
    assert sum(bool(row.get("reject")) for row in ROWS) >= 40


@pytest.mark.parametrize("row", ROWS, ids=[row["text"][:50] for row in ROWS])
def test_phrase(nlp, row):
    # The real path: parsers normalise text (NFKC, trademark signs, invisible characters) first.
    doc = analyse(nlp, normalize_text(row["text"]))
    ids = {ent.ent_id_ for ent in doc.ents}
    assert set(row.get("expect", [])) <= ids, [(e.text, e.ent_id_) for e in doc.ents]
    assert not set(row.get("reject", [])) & ids, [(e.text, e.ent_id_) for e in doc.ents]


@pytest.mark.parametrize("separator", [",", "/", ";", "|", "·"])
def test_a_list_written_without_spaces_finds_what_the_spaced_list_finds(nlp, separator):
    # Runs of 64+ characters without a space are broken up for the tokenizer (its cost is
    # quadratic in a run); the break must fall between the items, not inside one. And a
    # separator spaCy does not split off ("|", ";") must not hide the terms either side.
    items = ["Jira", "Confluence", "Smartsheet", "Scrum", "Kanban", "Agile", "Waterfall",
             "MS Project", "Trello", "Asana", "Risk Management", "Stakeholder Management"]  # fmt: skip
    glued = analyse(nlp, "SKILLS\n" + separator.join(items) + "\n")
    one_per_line = analyse(nlp, "SKILLS\n" + "\n".join(items) + "\n")
    assert len(separator.join(items)) > 64
    assert {e.ent_id_ for e in glued.ents} == {e.ent_id_ for e in one_per_line.ents}


def test_a_near_miss_is_found_where_lower_case_misreads_a_letter(nlp):
    # A case-insensitive search reads the dotless "ı" as "i" (see CASE_TRAPS), str.lower() does
    # not: the near-miss filter must not skip "slack tıme" on the strength of lower().
    assert "slack" in {e.ent_id_ for e in analyse(nlp, "Tracked Slack on the path").ents}
    assert "slack" not in {e.ent_id_ for e in analyse(nlp, "Tracked Slack t\u0131me").ents}
