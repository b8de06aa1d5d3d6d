"""The spaCy pipeline: spacy.blank("en") + an entity ruler built from the taxonomy + our components.

Entities carry the taxonomy id in `ent.ent_id_`; later stages read that, never the matched string.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from pipeline.nlp.labels import CERT_LABEL, SKILL_LABEL

if TYPE_CHECKING:  # spaCy costs ~0.5 s to import: only build_nlp pays it
    from spacy.language import Language
    from spacy.tokens import Doc

    from pipeline.taxonomy import Taxonomy

__all__ = ["CERT_LABEL", "SKILL_LABEL", "analyse", "build_nlp"]


def build_nlp(taxonomy: Taxonomy, *, fuzzy_matching: bool = True) -> Language:
    """Returns a blank English pipeline that finds and qualifies taxonomy entities."""
    from pipeline.nlp.lean_import import import_spacy

    spacy = import_spacy()

    # Importing the component modules registers their factories with spaCy.
    from pipeline.nlp import exclusions, fuzzy, ruler, status  # noqa: F401
    from pipeline.nlp.registry import register_taxonomy

    key = register_taxonomy(taxonomy)
    nlp = spacy.blank("en")
    _read_attributes_only(nlp)
    nlp.add_pipe("taxonomy_ruler", config={"taxonomy": key})
    nlp.add_pipe("near_miss_filter", config={"taxonomy": key})
    if fuzzy_matching:
        nlp.add_pipe("fuzzy_taxonomy", config={"taxonomy": key})
    nlp.add_pipe("cert_status", config={"taxonomy": key})
    return nlp


def _read_attributes_only(nlp: Language) -> None:
    """Makes each new word's lexeme compute only the attributes the pipeline reads.

    spacy.blank("en") computes 23 for every word the vocabulary has not seen (shape, prefix,
    suffix, norm, like_num, is_stop, ...), adding four more strings to the StringStore: 9.6 us a
    word, where LOWER and IS_ALPHA alone take 2.6 us. The pipeline reads LOWER (the alias
    matcher, fuzzy matching) and IS_ALPHA (fuzzy matching); ORTH and LENGTH are set whatever
    the getters. That is ~5,000 words while the taxonomy's aliases are tokenised at start-up,
    and every new name, employer and product of every résumé after, whose strings also stayed
    in the worker's memory until it was recycled.
    """
    from spacy.attrs import IS_ALPHA, LOWER

    vocab: Any = nlp.vocab  # spaCy's vocab.pyi leaves lex_attr_getters out
    getters = vocab.lex_attr_getters
    vocab.lex_attr_getters = {k: f for k, f in getters.items() if k in (LOWER, IS_ALPHA)}


# spaCy's tokenizer peels prefixes and suffixes off a whitespace-free run one character at a
# time, copying the rest each time: quadratic, so 20,000 "(" took over 8 s (and each "'" costs
# in proportion to its run). Such a run gets a space at least every 64 characters, offsets
# unchanged: in place of a list separator where the window has one ("Jira,Confluence,Agile"
# keeps its words), else of any other mark, else between two letters.
_RUN = 64
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{_RUN},}}")  # starts only where a run starts: linear
# "|" and ";" never reach a run (see _AS_SPACE), so commas are the list separators left.
_BREAKS = (re.compile(","), re.compile(r"[^\w/+#.&'-]"), re.compile(r"\W"))
# What the tokenizer sees as a space, offsets unchanged: line breaks (see `analyse`), and list
# separators that no taxonomy alias contains and spaCy does not split off ("Jira|Confluence",
# "Jira;Confluence", "Jira· Confluence" otherwise hide both terms).
_AS_SPACE = ("\n", "|", ";", "·", "•")


def _break_run(match: re.Match[str]) -> str:
    run = match.group(0)
    chars = list(run)
    start = 0
    while len(run) - start > _RUN:
        window = run[start : start + _RUN]
        cut = _RUN - 1
        for pattern in _BREAKS:
            found = [m.start() for m in pattern.finditer(window, 1)]
            if found:
                cut = found[-1]
                break
        chars[start + cut] = " "
        start += cut + 1
    return "".join(chars)


def analyse(nlp: Language, text: str, as_of: date | None = None) -> Doc:
    """Returns the processed Doc; `as_of` is the date that decides expiries.

    The tokenizer sees line breaks (and list separators, `_AS_SPACE`) as spaces: a bare "\n"
    between words sends spaCy down its slow path and splits terms wrapped over two lines. Same length, so offsets still index `text`,
    which is kept in `doc.user_data["text"]` for the stages that need lines.
    """
    tokens = text
    for separator in _AS_SPACE:  # str.replace: ~70x faster than str.translate here
        if separator in tokens:
            tokens = tokens.replace(separator, " ")
    # split() cuts where \s does: its longest piece is the longest run, found ~2x faster.
    if max(map(len, tokens.split()), default=0) >= _RUN:
        tokens = _LONG_RUN.sub(_break_run, tokens)
    doc = nlp.make_doc(tokens)
    doc.user_data["text"] = text
    doc.user_data["as_of"] = as_of or date.today()
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
