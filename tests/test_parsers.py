"""File parsers on real fixture files (tools/make_parser_fixtures.py), one behaviour per test."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.errors import ParseError, UnsupportedFormat
from pipeline.parsers import ParseLimits, detect_format, parse
from pipeline.text import normalize
from pipeline.text.normalize import normalize_text

FIXTURES = Path(__file__).parent / "fixtures" / "parsing"
ENGINES = ("pdfium", "pdfplumber")
LAYOUTS = ("one_column.pdf", "two_column.pdf", "sidebar.pdf", "interleaved_stream.pdf")
JOB_LINES = (
    "Senior IT Project Manager, Acme Corp Jan 2018 – Present",
    "IT Project Manager, Globex Ltd Mar 2014 – Dec 2017",
    "Business Analyst, Initech Jun 2010 – Feb 2014",
)
SIDE_LINES = (
    "SKILLS",
    "Agile delivery",
    "Risk management",
    "CERTIFICATIONS",
    "PMP, 2019",
    "EDUCATION",
)


def lines_of(name: str, engine: str = "pdfium") -> list[str]:
    return parse(FIXTURES / name, pdf_engine=engine).text.split("\n")


def assert_in_order(lines: list[str], expected: tuple[str, ...]) -> None:
    positions = [lines.index(line) for line in expected]
    assert positions == sorted(positions), positions


def assert_column_kept_together(
    lines: list[str], column: tuple[str, ...], other: tuple[str, ...]
) -> None:
    """The lines of `column` form a block that no line of `other` interrupts."""
    positions = [lines.index(line) for line in column]
    between = lines[min(positions) : max(positions) + 1]
    assert not set(between) & set(other)


# --- file type ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("one_column.pdf", "pdf"),
        ("pdf_named.docx", "pdf"),
        ("table_based.docx", "docx"),
        ("cp1252.txt", "txt"),
        ("utf16_nobom.txt", "txt"),
        ("resume.rtf", "rtf"),
        ("resume.odt", "odt"),
        ("photo.png", "png"),
        ("legacy.doc", "doc"),
        ("encrypted_ole.docx", "encrypted_office"),
        ("html_named.pdf", "html"),
        ("empty.txt", "empty"),
    ],
)
def test_format_is_sniffed_from_the_bytes(name: str, expected: str) -> None:
    assert detect_format((FIXTURES / name).read_bytes()) == expected


def test_pdf_named_docx_is_parsed_as_pdf() -> None:
    doc = parse(FIXTURES / "pdf_named.docx")
    assert doc.format == "pdf"
    assert JOB_LINES[0] in doc.text.split("\n")


@pytest.mark.parametrize(
    "name", ["resume.rtf", "resume.odt", "photo.png", "legacy.doc", "html_named.pdf"]
)
def test_unsupported_format_names_the_supported_ones(name: str) -> None:
    with pytest.raises(UnsupportedFormat) as info:
        parse(FIXTURES / name)
    assert info.value.code == "unsupported_format"
    assert "PDF, DOCX, TXT" in info.value.message
    assert info.value.path == FIXTURES / name


def test_empty_file_is_an_empty_error() -> None:
    with pytest.raises(ParseError) as info:
        parse(FIXTURES / "empty.txt")
    assert info.value.code == "empty"


def test_file_over_the_size_cap_is_refused_before_reading() -> None:
    with pytest.raises(ParseError) as info:
        parse(FIXTURES / "scanned_page.pdf", limits=ParseLimits(max_bytes=1000))
    assert info.value.code == "too_large"


def test_pdf_over_the_page_cap_is_refused() -> None:
    with pytest.raises(ParseError) as info:
        parse(FIXTURES / "repeated_header_footer.pdf", limits=ParseLimits(max_pages=1))
    assert info.value.code == "too_many_pages"


@pytest.mark.parametrize(
    ("stat_size", "max_bytes", "expected"),
    [(3, 100, "grown"), (0, 100, "grown"), (3, 6, "too_large")],
)
def test_file_that_grew_after_stat_is_read_whole_within_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stat_size: int, max_bytes: int, expected: str
) -> None:
    import os

    from pipeline.parsers import _read

    path = tmp_path / "growing.txt"
    path.write_bytes(b"0123456789")
    real_stat = Path.stat

    def stat_before_growing(self: Path, **kwargs: object) -> os.stat_result:
        st = real_stat(self, **kwargs)  # type: ignore[arg-type]
        fields = list(st)
        fields[6] = stat_size  # st_size, as stat() saw it before the writer went on
        return os.stat_result(fields)

    monkeypatch.setattr(Path, "stat", stat_before_growing)
    if expected == "too_large":
        with pytest.raises(ParseError) as info:
            _read(path, ParseLimits(max_bytes=max_bytes))
        assert info.value.code == "too_large"
    else:
        assert _read(path, ParseLimits(max_bytes=max_bytes)) == b"0123456789"


def test_fifo_is_not_read(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "resume.pdf"
    os.mkfifo(fifo)
    with pytest.raises(ParseError) as info:
        parse(fifo)
    assert info.value.code == "not_a_file"


def test_missing_file_is_a_missing_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError) as info:
        parse(tmp_path / "gone.pdf")
    assert info.value.code == "missing"


# --- PDF reading order -------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", LAYOUTS)
def test_layouts_keep_each_jobs_dates_beside_its_title(name: str, engine: str) -> None:
    lines = lines_of(name, engine)
    for job in JOB_LINES:
        assert job in lines
    assert_in_order(lines, JOB_LINES)


@pytest.mark.parametrize("engine", ENGINES)
def test_two_column_pdf_reads_a_column_at_a_time(engine: str) -> None:
    lines = lines_of("two_column.pdf", engine)
    assert_column_kept_together(lines, JOB_LINES, SIDE_LINES)
    assert_column_kept_together(lines, SIDE_LINES, JOB_LINES)
    assert_in_order(lines, SIDE_LINES)


@pytest.mark.parametrize("engine", ENGINES)
def test_interleaved_stream_pdf_keeps_dates_beside_titles(engine: str) -> None:
    lines = lines_of("interleaved_stream.pdf", engine)
    assert_column_kept_together(lines, JOB_LINES, SIDE_LINES)
    assert_column_kept_together(lines, SIDE_LINES, JOB_LINES)
    assert "- Managed a budget of 2.4 million and a team of 12" in lines


@pytest.mark.parametrize("engine", ENGINES)
def test_sidebar_pdf_reads_the_sidebar_as_one_block(engine: str) -> None:
    lines = lines_of("sidebar.pdf", engine)
    assert_column_kept_together(lines, SIDE_LINES, JOB_LINES)
    assert_column_kept_together(lines, JOB_LINES, SIDE_LINES)


def test_white_text_on_a_dark_sidebar_is_visible() -> None:
    for engine in ENGINES:
        doc = parse(FIXTURES / "sidebar.pdf", pdf_engine=engine)
        assert "hidden_text" not in doc.flags
        assert "Agile delivery" in doc.text


@pytest.mark.parametrize("name", LAYOUTS)
def test_both_engines_give_the_same_lines(name: str) -> None:
    assert lines_of(name, "pdfium") == lines_of(name, "pdfplumber")


@pytest.mark.parametrize("engine", ENGINES)
def test_repeated_page_footer_is_dropped_and_header_kept_once(engine: str) -> None:
    lines = lines_of("repeated_header_footer.pdf", engine)
    assert not any(line.startswith("Page ") for line in lines)
    assert lines.count("Jane Example – Curriculum Vitae") == 1
    assert "University of Leeds, 2010" in lines


def test_scan_calls_answer_as_pypdfium2_does() -> None:
    """The scan's PDFium functions, re-declared to take int handles, read the same values."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from pipeline.parsers.pdf import _calls

    calls = _calls()
    pdf = pdfium.PdfDocument((FIXTURES / "sidebar.pdf").read_bytes())
    page = pdf[0]
    try:
        count = raw.FPDFPage_CountObjects(page.raw)
        assert count > 0
        for i in range(count):
            typed, plain = raw.FPDFPage_GetObject(page.raw, i), calls.page_object(page.raw, i)
            assert ctypes.cast(typed, ctypes.c_void_p).value == plain
            assert raw.FPDFPageObj_GetType(typed) == calls.type(plain)
            expected, got = (
                [ctypes.c_float() for _ in range(4)],
                [ctypes.c_float() for _ in range(4)],
            )
            assert raw.FPDFPageObj_GetBounds(typed, *expected) == calls.bounds(plain, *got) == 1
            assert [v.value for v in expected] == [v.value for v in got]
    finally:
        page.close()
        pdf.close()


# --- hidden text, scans, quality, encryption ---------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", ["white_text.pdf", "tiny_text.pdf"])
def test_white_tiny_and_off_page_pdf_text_is_hidden_and_flagged(name: str, engine: str) -> None:
    doc = parse(FIXTURES / name, pdf_engine=engine)
    assert "hidden_text" in doc.flags
    for word in ("Kubernetes", "CISSP", "Six Sigma", "ITIL"):
        assert word not in doc.text
        assert word in doc.hidden_text
    assert JOB_LINES[0] in doc.text.split("\n")


def test_white_text_is_hidden_and_flagged_in_docx() -> None:
    doc = parse(FIXTURES / "white_text.docx")
    assert "hidden_text" in doc.flags
    for word in ("Kubernetes", "PRINCE2", "CISSP", "Six Sigma"):  # vanish, white, near white, 1 pt
        assert word not in doc.text
        assert word in doc.hidden_text
    assert doc.text.startswith("EXPERIENCE")  # white on a dark table cell is visible
    assert "Certified in Agile delivery." in doc.text


@pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="tesseract not installed (apt-get install tesseract-ocr)",
)
@pytest.mark.parametrize("engine", ENGINES)
def test_scanned_page_is_read_with_ocr_and_flagged(engine: str) -> None:
    doc = parse(FIXTURES / "scanned_page.pdf", pdf_engine=engine)
    assert "ocr" in doc.flags
    assert "Senior IT Project Manager, Acme Corp" in doc.text
    assert "Jan 2018" in doc.text


def test_scanned_page_without_tesseract_needs_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(ParseError) as info:
        parse(FIXTURES / "scanned_page.pdf")
    assert info.value.code == "needs_ocr"
    assert "apt-get install tesseract-ocr" in info.value.message


@pytest.mark.parametrize("engine", ENGINES)
def test_cid_garbage_is_flagged_low_text_quality(engine: str) -> None:
    doc = parse(FIXTURES / "cid_garbage.pdf", pdf_engine=engine)
    assert "low_text_quality" in doc.flags
    assert "(cid:" not in doc.text


@pytest.mark.parametrize("engine", ENGINES)
def test_clean_pdf_is_not_flagged(engine: str) -> None:
    assert parse(FIXTURES / "two_column.pdf", pdf_engine=engine).flags == ()


@pytest.mark.parametrize("engine", ENGINES)
def test_user_password_pdf_is_encrypted(engine: str) -> None:
    with pytest.raises(ParseError) as info:
        parse(FIXTURES / "encrypted.pdf", pdf_engine=engine)
    assert info.value.code == "encrypted"


@pytest.mark.parametrize("engine", ENGINES)
def test_owner_password_pdf_is_read_and_flagged_copy_protected(engine: str) -> None:
    doc = parse(FIXTURES / "copy_protected.pdf", pdf_engine=engine)
    assert "copy_protected" in doc.flags
    assert JOB_LINES[0] in doc.text.split("\n")


@pytest.mark.parametrize(
    ("before", "counted"),
    [
        (b"stream\n", True),  # at the very start of the data
        (b"1 0 obj <<>> stream\r\n", True),
        (b"1 0 obj <<>> stream\r", True),
        (b"endstream\n", False),  # the end of a stream, not the start of one
        (b"xendstream\r\n", False),
        (b"nd stream\n", True),
    ],
)
def test_compression_check_inflates_what_follows_each_stream_keyword(
    before: bytes, counted: bool
) -> None:
    import zlib

    from pipeline.parsers.pdf import check_compression

    data = before + zlib.compress(b"\0" * 100_000) + b"\nendstream\n"
    limits = ParseLimits(max_unzipped_bytes=50_000)
    if counted:
        with pytest.raises(ParseError) as err:
            check_compression(data, limits)
        assert err.value.code == "zip_bomb"
    else:
        check_compression(data, limits)


def test_truncated_pdf_is_corrupt(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes((FIXTURES / "one_column.pdf").read_bytes()[:300])
    with pytest.raises(ParseError) as info:
        parse(broken)
    assert info.value.code in ("corrupt", "empty")


# --- DOCX --------------------------------------------------------------------------------------


def test_docx_tables_give_one_row_per_line_and_nested_tables() -> None:
    lines = parse(FIXTURES / "table_based.docx").text.split("\n")
    assert "Agile delivery | Scrum | Kanban" in lines
    assert "Senior IT Project Manager, Acme Corp | Jan 2018 – Present" in lines
    assert "PRINCE2 Practitioner | 2016" in lines  # nested table
    assert_in_order(
        lines, ("Skills", "Jira | Confluence | MS Project", "Certifications", "Education")
    )


def test_contact_in_docx_header_comes_first_with_links() -> None:
    doc = parse(FIXTURES / "contact_in_header.docx")
    lines = doc.text.split("\n")
    assert lines[:2] == ["Jane Example", "jane.example@example.com | +44 20 7946 0000"]
    assert lines[-1] == "References available on request"
    assert "mailto:jane.example@example.com" in doc.links
    assert "https://www.linkedin.com/in/jane-example" in doc.links


def test_docx_text_box_is_read_once() -> None:
    text = parse(FIXTURES / "textbox.docx").text
    assert text.count("Senior IT Project Manager, Acme Corp") == 1
    assert_in_order(
        text.split("\n"),
        ("Experience", "Senior IT Project Manager, Acme Corp Jan 2018 – Present", "Education"),
    )


def test_docx_tracked_insertions_kept_and_deletions_dropped() -> None:
    text = parse(FIXTURES / "tracked_changes.docx").text
    assert "Managed a portfolio of twelve projects" in text
    assert "three" not in text
    assert "Fired" not in text


def test_docx_made_of_alt_chunks_is_read_in_place_and_rtf_flagged() -> None:
    doc = parse(FIXTURES / "alt_chunks.docx")
    assert_in_order(
        doc.text.split("\n"),
        (
            "Jane Example",  # HTML
            "Senior IT Project Manager, Acme Corp Jan 2018 – Present",
            "- Introduced Scrum and Kanban across three teams",
            "- Jira and Confluence",  # MHTML
            "BSc Computer Science, University of Leeds, 2010",  # nested DOCX
        ),
    )
    assert "References" not in doc.text  # RTF: left out, and said so
    assert doc.hidden_text == "Kubernetes Terraform CISSP"  # display:none
    assert set(doc.flags) == {"hidden_text", "unread_content"}


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("doctype.docx", "unsafe_xml"),
        ("zip_bomb.docx", "zip_bomb"),
        ("encrypted_ole.docx", "encrypted"),
    ],
)
def test_hostile_docx_is_refused_before_parsing(name: str, code: str) -> None:
    with pytest.raises(ParseError) as info:
        parse(FIXTURES / name)
    assert info.value.code == code


def test_truncated_docx_is_corrupt(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes((FIXTURES / "contact_in_header.docx").read_bytes()[:700])
    with pytest.raises(ParseError) as info:
        parse(broken)
    assert info.value.code == "corrupt"


# --- TXT ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["cp1252.txt", "utf16.txt", "utf16_nobom.txt", "utf8_bom.txt", "nul_controls.txt"]
)
def test_txt_in_any_common_encoding_reads_the_same(name: str) -> None:
    doc = parse(FIXTURES / name)
    assert doc.format == "txt"
    assert doc.text == (
        "Jane Example\nSenior IT Project Manager, Acme Corp Jan 2018 – Present\nRésumé ’quoted’"
    )


# --- normalisation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ﬁnance ﬂow", "finance flow"),
        ("Pro\u00adject Man\u200bager", "Project Manager"),
        ("PMP® Jira™", "PMP Jira"),
        ("• Led the team\n▪ Ran\n\uf0b7 Built", "- Led the team\n- Ran\n- Built"),
        ("manage-\nment", "management"),
        ("Jan 2018 -\nPresent", "Jan 2018 -\nPresent"),
        ("a  \t b\r\nc", "a b\nc"),
        # A tab between words separates columns; after a bullet or a number it only indents.
        (
            "IT Project Manager\tNationwide\t06/2019 – Present",
            "IT Project Manager | Nationwide | 06/2019 – Present",
        ),
        ("•\tLed the rollout\n1.\tRan UAT\n\tIndented", "- Led the rollout\n1. Ran UAT\nIndented"),
        ("June 2018\tto\tPresent | Jan\t2019", "June 2018 to Present | Jan 2019"),  # inside a date
        ("ＡＷＳ", "AWS"),
        ("x\x00y\x07z", "xyz"),
        ("Agile • Scrum", "Agile | Scrum"),
        # Headings and names set in spaced-out letters are closed up; a word gap is 2+ spaces.
        ("P R O J E C T   E X P E R I E N C E\nx", "PROJECT EXPERIENCE\nx"),
        ("  S K I L L S  &  T O O L S  ", "SKILLS & TOOLS"),
        ("É d u c a t i o n", "Éducation"),
        ("I T  P M", "IT PM"),
        ("U S A", "U S A"),  # under four letters: left alone
        ("Led a team", "Led a team"),
        ("A B C D, E", "A B C D, E"),  # not a spaced-out line
        ("Skills: J a v a", "Skills: J a v a"),  # only whole lines
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalize_text_never_raises_and_is_idempotent(s: str) -> None:
    once = normalize_text(s)
    assert "\r" not in once and "\x00" not in once and "\u200b" not in once
    assert normalize_text(once) == once


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \n\t\u00a0\u1680\u3000ab-"))
def test_space_patterns_skip_only_what_needs_no_change(s: str) -> None:
    # _SPACES leaves a lone " " alone and _LINE_EDGES a bare line feed: same result as the
    # plain patterns, with fewer substitutions.
    assert normalize._SPACES.sub(" ", s) == re.sub(r"[^\S\n]+", " ", s)
    assert normalize._LINE_EDGES.sub("\n", s) == re.sub(r" *\n *", "\n", s)


def test_the_unusual_characters_hold_all_white_space_but_space_and_line_feed() -> None:
    # Text without them skips the character steps and the white space pattern.
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace() and chr(c) not in " \n"]
    assert all(normalize._UNUSUAL.match(ch) for ch in spaces)


def test_pdfium_engine_is_safe_from_many_threads() -> None:
    # PDFium is not thread-safe; a threaded Dask worker crashed the process before the lock.
    from concurrent.futures import ThreadPoolExecutor

    pdfs = sorted(FIXTURES.glob("*_column.pdf")) + [FIXTURES / "sidebar.pdf"]
    expected = {p: parse(p).text for p in pdfs}
    with ThreadPoolExecutor(max_workers=4) as pool:
        texts = list(pool.map(lambda p: (p, parse(p).text), pdfs * 25))
    assert all(text == expected[p] for p, text in texts)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("**IT Project Manager**", "IT Project Manager"),
        ("### Experience", "Experience"),
        ("*Northwind Systems*, Chicago, IL", "Northwind Systems, Chicago, IL"),
        ("- **Led** the *ERP* rollout", "- Led the ERP rollout"),
        ("[LinkedIn](https://www.linkedin.com/in/jd)", "LinkedIn (https://www.linkedin.com/in/jd)"),
        ("* a bullet", "* a bullet"),  # a Markdown bullet is left to the bullet rules
        ("#1 in regional sales", "#1 in regional sales"),
        ("5*3*2 grid, C# and C++", "5*3*2 grid, C# and C++"),
    ],
)
def test_markdown_marks_are_dropped_from_text_files(raw: str, expected: str) -> None:
    from pipeline.parsers.txt import plain_markdown

    assert plain_markdown(raw) == expected


def test_a_markdown_resume_keeps_its_titles(screener) -> None:
    from pipeline.parsers import txt

    text = (
        "# Jordan Ellis\njordan@example.com\n\n## Experience\n\n**IT Project Manager**\n"
        "*Northwind Systems*, Chicago, IL\nMar 2019 – Nov 2021\n- Led a cloud migration in Jira.\n"
    ).encode()
    result = screener.screen_document(txt.parse(text, ParseLimits()), "cv.md", "")
    (job,) = result.profile.experience.positions
    assert (job.title, job.employer, job.is_pm) == ("IT Project Manager", "Northwind Systems", True)
    assert result.contact.name == "Jordan Ellis"


def test_unclosed_markdown_marks_cost_linear_time() -> None:
    from pipeline.parsers.txt import plain_markdown

    text = "**a " * 20000  # no "**" closes: each may try only a bounded stretch of its line
    assert plain_markdown(text) == text
