"""Section headings in their common variants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.models import Section
from pipeline.text.sections import SectionDetector, section_at

HEADINGS = [
    ("PROFESSIONAL EXPERIENCE", "experience"),
    ("Work History:", "experience"),
    ("Employment", "experience"),
    ("EDUCATION", "education"),
    ("Licenses & Certifications", "certifications"),
    ("Core Competencies", "skills"),
    ("Technical Skills:", "skills"),
    ("- Summary -", "summary"),
    ("Key Projects", "projects"),
    ("Skills | Jira | Confluence", "skills"),
    # Headings real résumés use that were not read (a job's bullets under them counted as
    # listed skills only, not as experience):
    ("PROFESSIONAL JOURNEY", "experience"),
    ("Where I've Worked", "experience"),
    ("Consulting Engagements", "experience"),
    ("Military Service", "experience"),
    ("Internships", "experience"),
    ("EXPERIENCE (SELECTED)", "experience"),
    ("Certifications (active)", "certifications"),
    ("Technical Toolkit", "skills"),
    ("Tech Stack:", "skills"),
    ("Personal Profile", "summary"),  # the UK CV's opening
]
NOT_HEADINGS = [
    "Managed the experience of 40 users",
    "Led education programmes for staff across the region in 2019",
    "Jira, Confluence, Smartsheet",
    "Experience Designer (UX), Acme",
    "Engagement Manager (EMEA)",
    "",
]


@pytest.fixture(scope="module")
def detector(taxonomy):
    return SectionDetector(taxonomy.rules["sections"])


@pytest.mark.parametrize(("line", "name"), HEADINGS)
def test_heading_variants_are_recognised(detector, line, name):
    assert detector.heading_of(line)[0] == name


@pytest.mark.parametrize("line", NOT_HEADINGS)
def test_ordinary_lines_are_not_headings(detector, line):
    assert detector.heading_of(line) is None


def test_sections_cover_the_text_in_order(detector):
    text = "Jane Doe\nSUMMARY\nIT PM.\nEXPERIENCE\nPM, Acme\nEDUCATION\nBSc"
    sections = detector.detect(text)
    assert [s.name for s in sections] == ["header", "summary", "experience", "education"]
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert section_at(sections, text.index("PM, Acme")) == "experience"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("EDUCATION & CREDENTIALS", "education"),
        ("Education and Credentials", "education"),
        ("Skills and Certifications", "skills"),
    ],
)
def test_headings_joined_by_and_open_the_first_ones_section(detector, line, name):
    # Found by the third labelled set: its degrees sat under "EDUCATION & CREDENTIALS" and were
    # never read.
    assert detector.heading_of(line)[0] == name


@pytest.mark.parametrize("line", ["Projects and Achievements", "Sales and Marketing"])
def test_and_joins_only_known_headings(detector, line):
    assert detector.heading_of(line) is None


def _every_line(detector: SectionDetector, text: str) -> tuple[Section, ...]:
    """detect() as it reads: heading_of on every line."""
    sections: list[Section] = []
    name, heading, start, offset = "header", "", 0, 0
    for line in text.split("\n"):
        found = detector.heading_of(line)
        if found:
            if offset > start or sections or name != "header":
                sections.append(Section(name, start, offset, heading))
            (name, heading), start = found, offset
        offset += len(line) + 1
    sections.append(Section(name, start, len(text), heading))
    return tuple(s for s in sections if s.end > s.start)


_LINE_PARTS = ["EXPERIENCE", "Education", "skills", "Work History", "& Tools", "and", "Summary:",
               "it", "İ", "\u212a", "ſ", "- ", " ", "1.", "Managed", "x", "|", "\t", "é"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_LINE_PARTS), max_size=4).map("".join), max_size=12))
def test_detect_reads_only_lines_that_may_be_headings_and_finds_what_every_line_would(
    taxonomy, lines
):
    detector = SectionDetector(taxonomy.rules["sections"])
    text = "\n".join(lines)
    assert detector.detect(text) == _every_line(detector, text)


def test_a_jobs_skills_under_a_less_common_heading_count_as_experience(screener):
    from pipeline.parsers import ParseLimits, txt

    text = (
        b"Jordan Example\njordan@example.org\n\nPROFESSIONAL JOURNEY\n"
        b"IT Project Manager, Example Systems | Jan 2019 - Present\n"
        b"- Led the delivery of a data warehouse with Jira.\n\n"
        b"TECHNICAL TOOLKIT\nSmartsheet\n"
    )
    result = screener.screen_document(txt.parse(text, ParseLimits()), "journey.txt", "")
    skills = {s.id: s.in_experience for s in result.profile.skills}
    assert skills["jira"] is True  # was "listed only": the heading left the job in the header
    assert skills["smartsheet"] is False


@pytest.mark.parametrize(
    ("experience", "skills"),
    [
        ("P R O F E S S I O N A L   E X P E R I E N C E", "S K I L L S  &  T O O L S"),
        ("W o r k   E x p e r i e n c e", "S K I L L S"),
        ("E X P E R I E N C E", "T E C H N I C A L   S K I L L S"),
    ],
)
def test_headings_set_in_spaced_out_letters_open_their_sections(screener, experience, skills):
    from pipeline.parsers import ParseLimits, txt

    text = (
        f"J O R D A N   E X A M P L E\njordan@example.org\n\n{experience}\n"
        "IT Project Manager, Example Systems | Jan 2019 - Present\n"
        f"- Led the delivery of a data warehouse with Jira.\n\n{skills}\nSmartsheet\n"
    ).encode()
    result = screener.screen_document(txt.parse(text, ParseLimits()), "spaced.txt", "")
    found = {s.id: s.in_experience for s in result.profile.skills}
    assert (found["jira"], found["smartsheet"]) == (True, False)  # in the job; listed only
    assert {"experience", "skills"} <= {s.name for s in result.sections}
    assert result.contact.name.replace(" ", "").lower() == "jordanexample"
