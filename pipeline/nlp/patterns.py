"""Entity-ruler patterns generated from taxonomy entries: the surface forms résumés use.

Every pattern is a phrase, `{"label", "pattern", "id", "attr"}`: aliases are matched on LOWER
(case-insensitive), acronyms on ORTH (case-sensitive), both by spaCy's PhraseMatcher (one hash
lookup per token, whatever the number of patterns). Trademark signs are stripped by text
normalisation, not by the patterns: optional tokens between words made the token Matcher cost
~100 ms a résumé.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from pipeline.nlp.labels import CERT_LABEL, SKILL_LABEL  # noqa: F401  (re-exported)
from pipeline.taxonomy import Entry, Taxonomy

_DOTTED = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")


def label_for(entry: Entry) -> str:
    """Returns the entity label of an entry: CERT for certifications, SKILL otherwise."""
    return CERT_LABEL if entry.category == "certification" else SKILL_LABEL


def alias_variants(alias: str) -> set[str]:
    """Returns the spellings of one alias: hyphen/space/joined forms, plural and singular."""
    forms = {alias}
    if " " in alias:
        forms.add(alias.replace(" ", "-"))
        forms.add(alias.replace(" ", ""))
    if "-" in alias:
        forms.add(alias.replace("-", " "))
        forms.add(alias.replace("-", ""))
    numbers = set()
    for form in forms:
        last = form.rsplit(" ", 1)[-1]
        if not last[-1:].isalpha():
            continue
        lower = last.lower()
        if " " not in form.strip():
            # A lone word loses its plural only where the taxonomy lists the singular itself:
            # "integrations" names the work, "integration-heavy" does not.
            if not lower.endswith("s"):
                numbers.add(form + "s")
            continue
        if lower.endswith("ies") and len(lower) > 4:
            numbers.add(form[:-3] + "y")  # "dependencies" -> "dependency"
        elif lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
            numbers.add(form[:-1])  # "vendors" -> "vendor"
        elif not lower.endswith("s"):
            numbers.add(form + "s")
    return forms | numbers


def acronym_variants(acronym: str) -> set[str]:
    """Returns an acronym with its dotted forms: PMP, P.M.P., P.M.P."""
    forms = {acronym}
    if _DOTTED.match(acronym) and acronym.isalpha():
        dotted = ".".join(acronym) + "."
        forms |= {dotted, dotted[:-1]}
    if acronym[-1:].isupper() and acronym.isalpha() and len(acronym) >= 2:
        forms.add(acronym + "s")  # "APIs", "KPIs"
    return forms


def entry_patterns(entry: Entry) -> Iterator[dict[str, Any]]:
    """Yields the phrase patterns of one entry; the pattern id is the entry id."""
    label = label_for(entry)
    seen: set[tuple[str, str]] = set()
    forms: Iterable[tuple[str, str]] = [
        *(("LOWER", v) for alias in entry.aliases for v in alias_variants(alias)),
        *(("ORTH", v) for acronym in entry.acronyms for v in acronym_variants(acronym)),
    ]
    for attr, text in forms:
        key = (attr, text.lower() if attr == "LOWER" else text)
        if key in seen or not text.strip():
            continue
        seen.add(key)
        yield {"label": label, "pattern": text, "id": entry.id, "attr": attr}


def taxonomy_patterns(taxonomy: Taxonomy) -> list[dict[str, Any]]:
    """Returns every pattern for every entry, in a stable order."""
    return [
        p
        for entry_id in sorted(taxonomy.entries)
        for p in entry_patterns(taxonomy.entries[entry_id])
    ]
