"""The components hand their mentions on, yet each leaves doc.ents as a reader of it expects."""

from __future__ import annotations

import pickle

from spacy.tokens import Doc

from pipeline.nlp import analyse
from pipeline.nlp.mentions import mentions
from tests.conftest import AS_OF

# An exact skill, a typo (fuzzy), a near-miss (dropped) and a certification with a status cue.
TEXT = "Documented in Confluance and Jira, tracked slack time. PMP candidate, CAPM certified."


def _entities(spans):
    return [(e.start, e.end, e.label_, e.ent_id_, e._.method, e._.cert_status) for e in spans]


def test_handed_on_mentions_are_doc_ents(nlp):
    doc = nlp.make_doc(TEXT)
    for _, component in nlp.pipeline[:-1]:
        doc = component(doc)
    assert "taxonomy_mentions" in doc.user_data
    assert _entities(mentions(doc)) == _entities(doc.ents)
    assert {e.ent_id_ for e in doc.ents} == {"confluence", "jira", "pmp", "capm"}


def test_a_doc_run_by_spacy_keeps_no_spans_in_user_data_and_serialises(nlp):
    doc = nlp(TEXT)
    assert "taxonomy_mentions" not in doc.user_data
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(e.start, e.end, e.label_) for e in restored.ents] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]
    assert pickle.loads(pickle.dumps(doc)).text == doc.text


def test_analyse_gives_the_same_entities_and_drops_the_list(nlp):
    doc = analyse(nlp, TEXT, AS_OF)
    assert "taxonomy_mentions" not in doc.user_data
    assert _entities(doc.ents) == _entities(nlp(TEXT).ents)
    assert _entities(mentions(doc)) == _entities(doc.ents)  # read from doc.ents when not handed on


def test_each_component_leaves_doc_ents_complete(nlp):
    doc = nlp.make_doc(TEXT)
    for name, component in nlp.pipeline:
        doc = component(doc)
        assert _entities(mentions(doc)) == _entities(doc.ents), name


def test_added_mentions_annotate_tokens_as_a_full_set_ents_would(nlp):
    from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
    from spacy.tokens import Span

    from pipeline.nlp.mentions import add_mentions

    attrs = [ENT_IOB, ENT_TYPE, ENT_ID, ENT_KB_ID]
    doc = nlp.make_doc(TEXT)
    nlp.get_pipe("taxonomy_ruler")(doc)
    exact = list(doc.ents)
    typo = doc.char_span(TEXT.index("Confluance"), TEXT.index(" and"), label="SKILL")
    assert typo is not None
    add_mentions(doc, [typo])
    full = nlp.make_doc(TEXT)
    spans = sorted([*exact, typo], key=lambda ent: ent.start)
    full.set_ents([Span(full, e.start, e.end, label=e.label, span_id=e.id) for e in spans])
    assert (doc.to_array(attrs) == full.to_array(attrs)).all()
    assert [(e.start, e.end) for e in mentions(doc)] == [(e.start, e.end) for e in full.ents]
