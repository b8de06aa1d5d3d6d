"""Taxonomies handed to spaCy factories by digest, since factory configs must stay serialisable."""

from __future__ import annotations

from pipeline.taxonomy import Taxonomy

_TAXONOMIES: dict[str, Taxonomy] = {}


def register_taxonomy(taxonomy: Taxonomy) -> str:
    """Returns the key under which component factories find this taxonomy."""
    _TAXONOMIES[taxonomy.digest] = taxonomy
    return taxonomy.digest


def registered_taxonomy(key: str) -> Taxonomy:
    """Returns a taxonomy registered by build_nlp."""
    try:
        return _TAXONOMIES[key]
    except KeyError:
        raise LookupError(
            f"taxonomy {key[:12]!r} was not registered; build the pipeline with build_nlp()"
        ) from None
