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
