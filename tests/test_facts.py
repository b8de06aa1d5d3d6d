"""The helpers build_profile runs once per entity."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.facts import _section_finder, _within
from pipeline.models import Section
from pipeline.text.sections import section_at

SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(SPANS, st.integers(0, 80), st.integers(0, 20))
def test_within_is_inside_one_of_the_spans(spans, start, length):
    end = start + length
    expected = any(lo <= start and end <= hi for lo, hi in spans)
    assert _within(spans)(start, end) is expected


def test_within_nested_and_overlapping_spans():
    inside = _within([(10, 50), (12, 20), (40, 60)])
    assert inside(12, 20) and inside(45, 60) and inside(10, 50)
    assert not inside(5, 12) and not inside(45, 61) and not _within([])(0, 0)


SECTIONS = (
    Section("header", 0, 10),
    Section("experience", 10, 40, "Experience"),
    Section("skills", 50, 70, "Skills"),  # a gap before it: 40-50 is in no section
)


def test_section_finder_agrees_with_section_at():
    find = _section_finder(SECTIONS)
    for offset in range(-2, 75):
        assert find(offset) == section_at(SECTIONS, offset)
    assert _section_finder(())(3) == section_at((), 3) == "other"


@pytest.mark.parametrize(
    ("bullet", "scrum", "agile"),
    [
        ("Introduced Scrum ceremonies and Jira dashboards", True, False),
        ("Facilitated daily scrums for three teams", True, False),
        ("Ran Agile ceremonies across four squads", False, True),
        ("Facilitated daily stand-ups and sprint reviews", False, False),
    ],
)
def test_ceremonies_named_after_a_method_are_that_method_in_a_job(screener, bullet, scrum, agile):
    # "Scrum ceremonies" is an alias of agile-ceremonies, and the longest match took "Scrum": a
    # PM who ran Scrum in every job had Scrum only "listed" (taxonomy `implies`).
    from pipeline.parsers import ParseLimits, txt

    text = (
        "Jordan Example\njordan@example.org\n\nEXPERIENCE\n"
        f"IT Project Manager, Example Systems | Jan 2019 - Present\n- {bullet}\n"
    ).encode()
    result = screener.screen_document(txt.parse(text, ParseLimits()), "ceremonies.txt", "")
    in_jobs = {s.id for s in result.profile.skills if s.in_experience}
    assert "agile-ceremonies" in in_jobs
    assert ("scrum" in in_jobs, "agile" in in_jobs) == (scrum, agile)


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        # Words that name no tool or method here.
        ("- Coordinated LiDAR point cloud surveys for 3 sites", "cloud-infrastructure", False),
        ("- Managed construction of a 40-ft waterfall feature", "waterfall", False),
        ("- Monitored float/slack on the critical path", "slack", False),
        ("- Built two weeks of slack into the schedule", "slack", False),
        ("- Moved the billing system to the cloud", "cloud-infrastructure", True),
        ("- Ran the program Waterfall, then hybrid", "waterfall", True),
        # A tool the candidate says they lack.
        ("- Comfortable with Trello and Asana (no Jira experience)", "jira", False),
        ("- Have not used Jira; eager to learn it", "jira", False),
        ("- Delivered with no downtime using Jira", "jira", True),
        ("- Ethical hacking and a lot of Jira", "jira", True),
    ],
)
def test_a_skills_words_in_another_sense_or_disowned_are_no_skill(screener, line, skill, found):
    from pipeline.parsers import ParseLimits, txt

    text = (
        "Jordan Example\njordan@example.org\n\nEXPERIENCE\n"
        f"Project Manager, Example Corp | Jan 2019 - Present\n{line}\n"
    ).encode()
    result = screener.screen_document(txt.parse(text, ParseLimits()), "sense.txt", "")
    assert (skill in {s.id for s in result.profile.skills}) is found
