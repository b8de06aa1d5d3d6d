"""Completed degrees and their field groups, the highest reported; unfinished ones never count."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.facts.education import (
    _mentions,
    compile_education_rules,
    extract_education,
    load_rules,
    validate_education_rules,
)
from pipeline.models import DEGREE_LEVELS, Section

ROOT = Path(__file__).resolve().parent.parent
AS_OF = date(2026, 11, 15)
RULES = load_rules(ROOT / "taxonomy" / "education.yaml")
COMPILED = compile_education_rules(RULES)
UNFILTERED = dataclasses.replace(COMPILED, any_degree=None)


def in_education_section(text: str):
    return extract_education(text, [Section("education", 0, len(text), "Education")], RULES, AS_OF)


def test_education_yaml_is_valid_and_quotes_the_job_descriptions():
    lines = (ROOT / "taxonomy" / "job-descriptions.txt").read_text(encoding="utf-8").split("\n")
    assert validate_education_rules(RULES, lines) == []


def test_broken_education_yaml_is_reported_with_key_paths():
    broken = {**RULES, "degrees": [{"level": "masters", "phrases": ["master of science"]}]}
    broken["fields"] = [{"group": "arts", "phrases": ["history"]}]
    problems = validate_education_rules(broken)
    assert any(p.startswith("education.yaml: degrees[0].level:") for p in problems)
    assert any(p.startswith("education.yaml: fields[0].group:") for p in problems)


DEGREES = [
    ("B.S. Computer Science, 2012", "bachelor", "computing"),
    ("BSc Information Technology", "bachelor", "computing"),
    ("Bachelor of Science in Management Information Systems", "bachelor", "computing"),
    ("BS, MIS — Texas A&M University, 2010", "bachelor", "computing"),
    ("Bachelor’s degree in Software Engineering", "bachelor", "computing"),
    ("BA in Economics, Rutgers University", "bachelor", "business"),
    ("B.A. History", "bachelor", "other"),
    ("Bachelor of Business Administration (BBA), Finance", "bachelor", "business"),
    ("B.Eng. Electrical Engineering", "bachelor", "engineering"),
    ("Bachelor of Science in Electrical Engineering", "bachelor", "engineering"),
    ("BS Accounting, 2009", "bachelor", "business"),
    ("MBA, Kellogg School of Management, 2015", "master", "business"),
    ("M.B.A. 2015", "master", "business"),
    ("M.S. Information Systems, Georgia Tech", "master", "computing"),
    ("MSc Project Management, 2019", "master", "project_management"),
    ("Master of Project Management", "master", "project_management"),
    ("Master’s in Computer Science", "master", "computing"),
    ("MS in Computer Science\nStanford University, 2014", "master", "computing"),
    ("Master of Engineering, Civil", "master", "engineering"),
    ("Ph.D. Computer Science, 2011", "doctorate", "computing"),
    ("PhD in Physics", "doctorate", "other"),
    ("Doctorate in Business Administration", "doctorate", "business"),
    ("Associate of Applied Science, Network Administration", "associate", "computing"),
    ("A.A.S. Information Technology, 2008", "associate", "computing"),
    ("Associate Degree in Business", "associate", "business"),
    # IT programmes named without "computer science" or "information technology".
    ("A.A.S. Computer Support Technology, 2011", "associate", "computing"),
    ("A.A.S. Web Development", "associate", "computing"),
    ("AAS Computer Programming", "associate", "computing"),
    ("B.S. Software Development, 2016", "bachelor", "computing"),
    ("BS Network Administration", "bachelor", "computing"),
    ("A.A.S. Computer Network Technology", "associate", "computing"),
    ("B.S. Information Technologies", "bachelor", "computing"),
    ("AAS Database Administration", "associate", "computing"),
    ("BS Information Assurance", "bachelor", "computing"),
    # ... but not every field with a technical-sounding word in it.
    ("B.S. Mathematics", "bachelor", "other"),
    ("B.A. Digital Media", "bachelor", "other"),
    ("BS Electronics Technology", "bachelor", "engineering"),
    ("BS Technology Management", "bachelor", "business"),
    ("High School Diploma, 2005", "none", ""),
    ("", "none", ""),
    # Highest completed wins.
    ("B.S. Computer Science, 2008\nMBA, 2014", "master", "business"),
    ("MBA, 2014\nB.S. Computer Science, 2008", "master", "business"),
    ("B.S. Computer Science; M.S. Information Systems", "master", "computing"),
    # Unfinished degrees do not count.
    ("MBA (expected 2027)\nB.A. History, 2010", "bachelor", "other"),
    ("MBA — in progress\nB.S. Finance, 2012", "bachelor", "business"),
    ("Ph.D. candidate, Computer Science\nM.S. Information Systems, 2015", "master", "computing"),
    ("Pursuing MBA; BSc Finance, 2011", "bachelor", "business"),
    ("Currently pursuing a Master’s in IT\nB.S. Biology", "bachelor", "other"),
    ("M.S. Computer Science, Class of 2028", "none", ""),
    ("MBA, Coast School of Business (in\nprogress)", "none", ""),
    ("Master of Science, Data Science\nWestern Governors University | 2024 – Present", "none", ""),
    ("B.S. Computer Science (anticipated May 2027)", "none", ""),
    ("Some coursework toward a Bachelor of Science", "none", ""),
    # The degree's own line names its field before the line below does (coursework, a minor);
    # a name wrapped onto the line below is still read whole.
    (
        "B.S. Informatics, June 2025\nRelevant coursework: Project Management",
        "bachelor",
        "computing",
    ),
    ("BSc Computer Science\nMinor: Business", "bachelor", "computing"),
    (
        "Bachelor of Science in Computer\nEngineering, San Jose State University",
        "bachelor",
        "computing",
    ),
    ("Bachelor of Science, 2016\nComputer Science, State University", "bachelor", "computing"),
    ("B.S. (Honors), May 2012\nComputer Science, Rutgers University", "bachelor", "computing"),
    ("B.S., Specialization in Computer Science, Rutgers, 2012", "bachelor", "computing"),
    # Words that look like degrees but are not.
    ("Proficient in MS Project and MS Excel", "none", ""),
    ("Boston, MA", "none", ""),
    ("Senior BA Lead, Acme", "none", ""),
    ("Certified Associate in Project Management (CAPM)", "none", ""),
    ("Certified Scrum Master", "none", ""),
    # A finished degree stays finished when a labelled line under it uses an "unfinished" word.
    (
        "Master of Science in Project Management, GWU, 2019\nThesis: Expected monetary value in risk",
        "master",
        "project_management",
    ),
    (
        "B.S. Information Systems, University of Maryland, 2015\nCapstone: Current-state mapping",
        "bachelor",
        "computing",
    ),
    (
        "B.S. Computer Science, Ohio State University, 2014 — Enrolled in the Honors Program",
        "bachelor",
        "computing",
    ),
    # Left before the end, or a certificate named after a degree: no degree.
    (
        "B.S. Biology, 2009\nM.S. Project Management, Northeastern University, 2019 – 2020 (withdrew)",
        "bachelor",
        "other",
    ),
    (
        "B.S. Biology, 2009\nMini-MBA Certificate in Business Administration, Rutgers, 2019",
        "bachelor",
        "other",
    ),
    # The field is the degree's, not a minor's, nor a line under it that names another subject.
    ("B.A. in Political Science, Minor in Computer Science, UCLA, 2013", "bachelor", "other"),
    (
        "B.A. History, Rutgers University, 2011\nRelevant coursework: Statistics, Project Management",
        "bachelor",
        "other",
    ),
    ("B.S. Biology, State University, 2010\nStudent worker, IT help desk", "bachelor", "other"),
    (
        "Bachelor of Science\nComputer Science, San Jose State University, 2012",
        "bachelor",
        "computing",
    ),
    (
        "Bachelor of Science in Computer\nEngineering, San Jose State University",
        "bachelor",
        "computing",
    ),
    # Degree titles written out, and from other countries.
    ("Master of Computer Science (MCS), University of Illinois, 2018", "master", "computing"),
    ("Master of Software Engineering, Carnegie Mellon University, 2016", "master", "computing"),
    ("Master of Accountancy (MAcc), University of Texas, 2015", "master", "business"),
    (
        "Licenciatura en Ingeniería en Sistemas Computacionales, ITESM, 2012",
        "bachelor",
        "computing",
    ),
    (
        "Diplom-Ingenieur (Dipl.-Ing.), Mechanical Engineering, TU München, 2010",
        "master",
        "engineering",
    ),
    (
        "Laurea Magistrale in Ingegneria Informatica, Politecnico di Milano, 2014",
        "master",
        "computing",
    ),
]


@pytest.mark.parametrize(("text", "level", "field"), DEGREES)
def test_degree_table(text, level, field):
    result = in_education_section(text)
    assert (result.level, result.field) == (level, field)


def degrees(text: str) -> list[tuple[str, str]]:
    return [(d.level, d.field) for d in in_education_section(text).degrees]


@pytest.mark.parametrize(
    "text",
    [
        "Bachelor of Science (B.S.) in Computer Science, Rutgers, 2012",
        "Associate of Applied Science (AAS), Network Administration, Front Range CC, 2010",
    ],
)
def test_a_degree_named_and_abbreviated_is_one_degree_with_its_field(text):
    (degree,) = in_education_section(text).degrees
    assert degree.field == "computing"


# Every completed degree is kept, highest first; the highest is still the one reported.
ALL_DEGREES = [
    (
        "MBA, Coast School of Business, 2016\nB.S. Computer Science, State University, 2010",
        [("master", "business"), ("bachelor", "computing")],
    ),
    (
        "B.S. Computer Science, 2008\nMBA, 2014",
        [("master", "business"), ("bachelor", "computing")],
    ),
    ("MBA / B.S. Computer Science", [("master", "business"), ("bachelor", "computing")]),
    (
        "M.S. Information Systems, 2015\nMBA, 2012\nA.A.S. Web Development, 2006",
        [("master", "computing"), ("master", "business"), ("associate", "computing")],
    ),
    # At one level, the one with a known field is reported first.
    (
        "B.A. History, 2004\nB.S. Accounting, 2008",
        [("bachelor", "business"), ("bachelor", "other")],
    ),
    # A degree named twice on its line is one degree.
    ("Bachelor of Business Administration (BBA), Finance", [("bachelor", "business")]),
    # Unfinished degrees are not among them.
    ("MBA (expected 2027)\nB.A. History, 2010", [("bachelor", "other")]),
    (
        "Ph.D. candidate, Computer Science\nM.S. Information Systems, 2015",
        [("master", "computing")],
    ),
    ("Some coursework toward a Bachelor of Science", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), ALL_DEGREES)
def test_every_completed_degree_is_kept_highest_first(text, expected):
    result = in_education_section(text)
    assert degrees(text) == expected
    if expected:
        top = result.degrees[0]
        assert (result.level, result.field, result.evidence) == (
            top.level,
            top.field,
            top.evidence,
        )
    else:
        assert (result.level, result.field, result.evidence) == ("none", "", ())


def test_each_degree_points_at_its_own_line():
    text = "EDUCATION\nMBA, 2016\nB.S. Computer Science, 2010\n"
    result = extract_education(
        text, [Section("education", 0, len(text), "EDUCATION")], RULES, AS_OF
    )
    assert [d.evidence[0].text for d in result.degrees] == [
        "MBA, 2016",
        "B.S. Computer Science, 2010",
    ]
    for degree in result.degrees:
        (evidence,) = degree.evidence
        assert text[evidence.start : evidence.end] == evidence.text


def test_evidence_points_at_the_degree_line():
    text = "EDUCATION\nState University\nB.S. Computer Science, 2012\n"
    result = extract_education(
        text, [Section("education", 0, len(text), "EDUCATION")], RULES, AS_OF
    )
    (evidence,) = result.evidence
    assert evidence.text == "B.S. Computer Science, 2012"
    assert text[evidence.start : evidence.end] == evidence.text
    assert (evidence.section, evidence.method) == ("education", "rule")


def test_falls_back_to_the_whole_text_without_an_education_section():
    text = "Jane Doe\nSummary: PMP-certified PM with an MBA and 10 years in IT.\n"
    assert extract_education(text, [], RULES, AS_OF).level == "master"


def test_outside_the_education_section_ms_office_is_not_a_degree():
    text = "SKILLS\nMS Project, MS Office, BA techniques\n"
    sections = [Section("skills", 0, len(text), "SKILLS")]
    assert extract_education(text, sections, RULES, AS_OF).level == "none"


def test_education_section_is_preferred_over_other_mentions():
    text = "SUMMARY\nWorking towards a Master of Science.\nEDUCATION\nB.S. Finance, 2011\n"
    cut = text.index("EDUCATION")
    sections = [Section("summary", 0, cut, "SUMMARY"), Section("education", cut, len(text))]
    result = extract_education(text, sections, RULES, AS_OF)
    assert (result.level, result.field) == ("bachelor", "business")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text):
    result = in_education_section(text)
    assert result.level in ("none", "associate", "bachelor", "master", "doctorate")
    for evidence in result.evidence:
        assert text[evidence.start : evidence.end] == evidence.text
    levels = [DEGREE_LEVELS.index(d.level) for d in result.degrees]
    assert levels == sorted(levels, reverse=True)
    assert (result.level == "none") == (not result.degrees)
    for degree in result.degrees:
        assert degree.level != "none" and degree.field
        for evidence in degree.evidence:
            assert text[evidence.start : evidence.end] == evidence.text


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("B.A. English, London School of Economics", "other"),
        ("B.A. History, Harvard Business School", "other"),
        ("B.Sc. Biology, Georgia Institute of Technology", "other"),
        ("B.S. Computer Science, Georgia Institute of Technology", "computing"),
        ("BBA, Ross School of Business", "business"),
        (
            "Bachelor of Science in Information Technology (Indian Institute of Technology)",
            "computing",
        ),
    ],
)
def test_a_field_is_read_from_the_degree_not_from_the_institution(line, field):
    text = f"EDUCATION\n{line}, 2012\n"
    sections = [Section("education", 0, len(text), "EDUCATION")]
    assert extract_education(text, sections, RULES, AS_OF).field == field


# Degree terms next to the characters a case-insensitive bound reads as letters ("İ", "ſ").
LINE_PIECES = st.sampled_from(
    ["MBA", "M.B.A.", "mba", "B.S.", "BS", "MS", "MA", "Ph.D", "PhD", "Master of Science",
     "master's", "Bachelor of Arts", "Associate", "in ", "Computer Science", " ", ", ", "(",
     "İ", "ı", "ſ", "\u212a", "x", "Boston, MA", "MS Project", "2019", "-"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(LINE_PIECES, max_size=8).map("".join), st.booleans())
def test_the_any_degree_check_never_hides_a_mention(line, loose):
    assert _mentions(line, COMPILED, loose) == _mentions(line, UNFILTERED, loose)
