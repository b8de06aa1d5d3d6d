"""Property tests (hypothesis) on the text stages, and a bounded fuzz target for the file parsers.

Inputs are bounded in size so every example terminates quickly; max_examples stays modest so the
file runs in well under a minute. A failing example is a bug to fix where it is raised.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pipeline.errors import ScreeningError
from pipeline.facts.dates import find_date_ranges, parse_date_range
from pipeline.parsers import ParseLimits, html, parse
from pipeline.taxonomy import load_taxonomy
from pipeline.text.normalize import _LOOKALIKES, normalize_text, obfuscation_flags
from pipeline.text.sections import SectionDetector

FIXTURES = Path(__file__).parent / "fixtures" / "parsing"
SEEDS = {p.name: p.read_bytes() for p in sorted(FIXTURES.iterdir()) if p.is_file()}
TRICKY = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202e\u2066\r\n\t\x00\x07\x85\u2028 "
    "•▪➢\uf0b7·–—-|:ﬁＰＭｊＪіМРсοΑ"
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

texts = st.text(
    alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(TRICKY)), max_size=400
)


# ------------------------------------------------------------------------- normalize_text


@FUZZ
@given(texts)
def test_normalize_is_idempotent_and_leaves_no_invisible_characters(s: str) -> None:
    once = normalize_text(s)
    assert normalize_text(once) == once
    assert not re.search("[\r\x00-\x08\x0b-\x1f\u200b-\u200f\u202a-\u202e\u2060\ufeff]", once)
    assert once == once.strip()
    assert obfuscation_flags(s) in ((), ("obfuscated_text",))


LATIN_TO_LOOKALIKES: dict[str, list[str]] = {}
for _fake, _latin in _LOOKALIKES.items():
    LATIN_TO_LOOKALIKES.setdefault(_latin, []).append(_fake)


@FUZZ
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2,
               max_size=12), st.data())  # fmt: skip
def test_a_word_disguised_with_lookalikes_reads_as_the_word_and_is_flagged(
    word: str, data: st.DataObject
) -> None:
    swappable = [i for i, ch in enumerate(word) if ch in LATIN_TO_LOOKALIKES]
    assume(swappable)
    chosen = data.draw(st.sets(st.sampled_from(swappable), min_size=1))
    disguised = "".join(
        data.draw(st.sampled_from(LATIN_TO_LOOKALIKES[ch])) if i in chosen else ch
        for i, ch in enumerate(word)
    )
    text = f"Skills: {disguised}, Confluence"
    assert normalize_text(text) == f"Skills: {word}, Confluence"
    assert obfuscation_flags(text) == ("obfuscated_text",)


@FUZZ
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.-\n", max_size=200))
def test_plain_ascii_is_never_flagged(s: str) -> None:
    assert obfuscation_flags(s) == ()


# ------------------------------------------------------------------------------ date ranges

DATE_TOKENS = (
    "Jan", "January", "Sept", "Dec.", "Summer", "Spring", "2019", "1949", "2031", "'19", "’08",
    "03/2018", "2018-04", "12.2020", "Present", "Current", "now", "to", "until", "-", "–", "—",
    "/", " ", " ", "\n", ",", "(", ")", "since", "0", "13", "99",
)  # fmt: skip
date_texts = st.one_of(
    st.lists(st.sampled_from(DATE_TOKENS), max_size=30).map("".join),
    st.lists(st.sampled_from(DATE_TOKENS), max_size=30).map(" ".join),
    st.text(max_size=200),
)
as_of_dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


@FUZZ
@given(date_texts, as_of_dates)
def test_date_ranges_are_in_text_order_and_valid_ones_end_after_they_start(
    text: str, as_of: date
) -> None:
    found = find_date_ranges(text, as_of)
    previous_end = 0
    for start, end, rng in found:
        assert previous_end <= start < end <= len(text)
        previous_end = end
        if rng.valid:
            assert rng.end >= rng.start
            assert rng.months >= 1
        else:
            assert rng.months == 0
    first = parse_date_range(text, as_of)
    assert (first is None) == (not found)
    if found:
        assert first == found[0][2]


# --------------------------------------------------------------------------------- sections


@pytest.fixture(scope="module")
def detector() -> SectionDetector:
    return SectionDetector(SECTION_RULES)


SECTION_RULES = load_taxonomy().rules["sections"]
HEADINGS = [h for hs in SECTION_RULES["headings"].values() for h in hs]
SECTION_NAMES = {*SECTION_RULES["headings"], "header"}
section_lines = st.one_of(
    st.sampled_from(HEADINGS),
    st.sampled_from(HEADINGS).map(str.upper),
    st.sampled_from(HEADINGS).map(lambda h: f"{h}:"),
    st.sampled_from(HEADINGS).map(lambda h: f"{h} | Agile, Scrum"),
    st.text(max_size=80),
)


@FUZZ
@given(st.lists(section_lines, max_size=40).map("\n".join))
def test_sections_cover_the_text_in_order_without_overlap(
    detector: SectionDetector, text: str
) -> None:
    sections = detector.detect(text)
    if not text:
        assert sections == ()
        return
    assert sections[0].start == 0
    assert sections[-1].end == len(text)
    for a, b in zip(sections, sections[1:], strict=False):
        assert a.end == b.start
    assert all(s.start < s.end and s.name in SECTION_NAMES for s in sections)


# --------------------------------------------------------------------------- file parsers

SMALL = ParseLimits(
    max_bytes=2 * 1024 * 1024,
    max_pages=5,
    max_unzipped_bytes=40 * 1024 * 1024,
    max_xml_part_bytes=4 * 1024 * 1024,
    max_ocr_pages=0,  # no Tesseract inside the fuzz loop
    max_text_chars=50_000,
)


@st.composite
def mutated_files(draw: st.DrawFn) -> bytes:
    """Returns a fixture file's bytes after a few byte flips, truncations, splices or inserts."""
    data = bytearray(SEEDS[draw(st.sampled_from(sorted(SEEDS)))])
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "truncate", "splice", "insert", "zero"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "truncate":
            del data[at:]
        elif op == "splice":
            other = SEEDS[draw(st.sampled_from(sorted(SEEDS)))]
            start = draw(st.integers(0, max(len(other) - 1, 0)))
            data[at:at] = other[start : start + draw(st.integers(1, 2048))]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif op == "zero":
            data[at : at + draw(st.integers(1, 512))] = b"\x00" * 16
    return bytes(data)


@pytest.fixture(scope="module")
def fuzz_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "input.bin"


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_files(), st.sampled_from(["pdfium", "pdfplumber"]))
def test_parsers_raise_only_screening_errors_on_mutated_files(
    fuzz_file: Path, data: bytes, engine: str
) -> None:
    fuzz_file.write_bytes(data)
    try:
        document = parse(fuzz_file, pdf_engine=engine, limits=SMALL)
    except ScreeningError as exc:
        assert exc.code and exc.message.isprintable()
        return
    assert document.text == normalize_text(document.text)
    assert len(document.text) <= SMALL.max_text_chars


HTML_PIECES = (
    "<p>", "</p>", "<div>", "</div>", "<li>", "<td>", "<tr>", "<table>", "<br>", "<pre>", "</pre>",
    "<style>", "</style>", ".a{color:#fff}", "div > .a { display:none }", "@media x{", "/*", "*/",
    "{", "}", ";", "<span class=a>", "<span style='font-size:.;color:rgb(1.2.3,0,0)'>", "</span>",
    "<font color=white>", "<td bgcolor=navy>", "<b hidden>", "&amp;", "&#0;", "&bogus;", "<!--",
    "-->", "<script>", "</script>", "<![CDATA[", "<?xml version='1.0' encoding='hex'?>",
    "<meta charset=utf-16>", "<!DOCTYPE html>", "<a href='mailto:j@x.com'>", " ", "\n", "Jane",
    "PMP", "\x00", "é", "\u202e",
)  # fmt: skip


@FUZZ
@given(
    st.lists(st.sampled_from(HTML_PIECES), max_size=60),
    st.sampled_from(["", "utf-8", "hex", "utf-16", "idna", "no-such-charset"]),
)
def test_html_chunk_reader_gives_clean_lines_or_a_screening_error(
    pieces: list[str], charset: str
) -> None:
    try:
        result = html.read("".join(pieces).encode("utf-8"), charset=charset)
    except ScreeningError as exc:
        assert exc.code in ("unsafe_xml", "too_large"), exc.code
        return
    for line in [*result.lines, *result.hidden]:
        assert line and line == line.strip() and "\n" not in line


def test_a_lone_surrogate_becomes_a_replacement_character(screener) -> None:  # type: ignore[no-untyped-def]
    # A broken ToUnicode map can hand PDFium's text out with lone surrogates; spaCy's tokenizer
    # and every UTF-8 writer fail on them.
    from pipeline.models import Document

    text = normalize_text("Jane Doe\nEXPERIENCE\nIT Project Manager, Acme \ud800 | 2019 - 2022\n")
    assert "\ud800" not in text and "\ufffd" in text
    assert screener.screen_document(Document(text=text, format="txt")).status == "ok"
