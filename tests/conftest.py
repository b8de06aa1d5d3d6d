"""Shared fixtures: the real taxonomy and spaCy pipeline, built once per test session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
AS_OF = date(2026, 11, 1)


@pytest.fixture(scope="session")
def taxonomy():
    from pipeline.taxonomy import load_taxonomy

    return load_taxonomy(ROOT / "taxonomy")


@pytest.fixture(scope="session")
def nlp(taxonomy):
    from pipeline.nlp import build_nlp

    return build_nlp(taxonomy)


@pytest.fixture(scope="session")
def screener(taxonomy):
    from pipeline.screening import Screener, Settings

    return Screener(Settings(as_of=AS_OF), taxonomy)
