"""Date ranges in the formats résumés use, the mid-year rule, and implausible values."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.facts.dates import (
    _AFTER_NON_LETTER,
    _CANDIDATE,
    _RANGE_RE,
    _last_day,
    _matches,
    find_date_ranges,
    parse_date_range,
)

AS_OF = date(2026, 11, 15)

# text, start, end, months, precision, current
CASES = [
    ("Jan 2018 – Present", date(2018, 1, 1), AS_OF, 107, "month", True),
    # A dash closing its line: still running (the end was left off, or sits in another column).
    ("Jan 2018 –", date(2018, 1, 1), AS_OF, 107, "month", True),
    ("January 2018 through the present", date(2018, 1, 1), AS_OF, 107, "month", True),
    # A form's fields.
    ("Start: 01/2018    End: 06/2019", date(2018, 1, 1), date(2019, 6, 30), 18, "month", False),
    ("Start Date: Jan 2018 | End Date: Present", date(2018, 1, 1), AS_OF, 107, "month", True),
    ("Jan 2018 -\n- Led the ERP rollout", date(2018, 1, 1), AS_OF, 107, "month", True),
    ("January 2018 to Current", date(2018, 1, 1), AS_OF, 107, "month", True),
    ("03/2015 - 06/2019", date(2015, 3, 1), date(2019, 6, 30), 52, "month", False),
    ("2015-03 – 2019-06", date(2015, 3, 1), date(2019, 6, 30), 52, "month", False),
    ("2012–2016", date(2012, 7, 1), date(2016, 6, 30), 48, "year", False),
    ("2019 to date", date(2019, 7, 1), AS_OF, 89, "year", True),
    ("Sept. 2020 – Aug 2022", date(2020, 9, 1), date(2022, 8, 31), 24, "month", False),
    ("Summer 2019", date(2019, 6, 1), date(2019, 8, 31), 3, "season", False),
    ("'18 – '21", date(2018, 7, 1), date(2021, 6, 30), 36, "year", False),
    ("’18 – ’21", date(2018, 7, 1), date(2021, 6, 30), 36, "year", False),
    ("2018 - 2020", date(2018, 7, 1), date(2020, 6, 30), 24, "year", False),
    ("2018 — 2020", date(2018, 7, 1), date(2020, 6, 30), 24, "year", False),
    ("2018 until 2020", date(2018, 7, 1), date(2020, 6, 30), 24, "year", False),
    ("2018 through 2020", date(2018, 7, 1), date(2020, 6, 30), 24, "year", False),
    ("Jan. 2018 – Dec. 2018", date(2018, 1, 1), date(2018, 12, 31), 12, "month", False),
    ("JAN 2018 - DEC 2018", date(2018, 1, 1), date(2018, 12, 31), 12, "month", False),
    ("1/2018 - 12/2018", date(2018, 1, 1), date(2018, 12, 31), 12, "month", False),
    ("Since 2019", date(2019, 7, 1), AS_OF, 89, "year", True),
    ("Since March 2019", date(2019, 3, 1), AS_OF, 93, "month", True),
    ("From Feb 2020", date(2020, 2, 1), AS_OF, 82, "month", True),
    ("2021 onwards", date(2021, 7, 1), AS_OF, 65, "year", True),
    ("Jan 2018 – Now", date(2018, 1, 1), AS_OF, 107, "month", True),
    ("Jan 2018 - Today", date(2018, 1, 1), AS_OF, 107, "month", True),
    ("Jan 2018 – Till Date", date(2018, 1, 1), AS_OF, 107, "month", True),
    ("Jan 2018 – Ongoing", date(2018, 1, 1), AS_OF, 107, "month", True),
    ("Jan 2018 - Currently", date(2018, 1, 1), AS_OF, 107, "month", True),
    ("from Apr 2016 to Jun 2017", date(2016, 4, 1), date(2017, 6, 30), 15, "month", False),
    ("Oct 2016–Mar 2017", date(2016, 10, 1), date(2017, 3, 31), 6, "month", False),
    ("September 2016 - May 2017", date(2016, 9, 1), date(2017, 5, 31), 9, "month", False),
    ("Jan – Mar 2019", date(2019, 1, 1), date(2019, 3, 31), 3, "month", False),
    ("Nov – Feb 2020", date(2019, 11, 1), date(2020, 2, 29), 4, "month", False),
    ("Jan '18 – Mar '21", date(2018, 1, 1), date(2021, 3, 31), 39, "month", False),
    ("2015 – Mar 2019", date(2015, 7, 1), date(2019, 3, 31), 45, "year", False),
    ("Mar 2015 – 2019", date(2015, 3, 1), date(2019, 6, 30), 52, "year", False),
    ("2019 – 2019", date(2019, 7, 1), date(2019, 12, 31), 6, "year", False),
    ("2020 – Mar 2020", date(2020, 1, 1), date(2020, 3, 31), 3, "year", False),
    ("Fall 2018 - Spring 2019", date(2018, 9, 1), date(2019, 5, 31), 9, "season", False),
    ("Winter 2020", date(2020, 1, 1), date(2020, 2, 29), 2, "season", False),
    ("Autumn 2017", date(2017, 9, 1), date(2017, 11, 30), 3, "season", False),
    ("01/15/2018 - 03/31/2019", date(2018, 1, 1), date(2019, 3, 31), 15, "month", False),
    ("2020-11 - 2021-02", date(2020, 11, 1), date(2021, 2, 28), 4, "month", False),
    ("2016/04 – 2017/06", date(2016, 4, 1), date(2017, 6, 30), 15, "month", False),
    ("04.2016 – 06.2017", date(2016, 4, 1), date(2017, 6, 30), 15, "month", False),
    ("May 2019 - Present", date(2019, 5, 1), AS_OF, 91, "month", True),
    ("June 2019 – July 2019", date(2019, 6, 1), date(2019, 7, 31), 2, "month", False),
    ("Nov 2026 – Present", date(2026, 11, 1), AS_OF, 1, "month", True),
    ("Jan 2026 – Nov 2026", date(2026, 1, 1), AS_OF, 11, "month", False),
    ("Mar 2019 - present", date(2019, 3, 1), AS_OF, 93, "month", True),
]


@pytest.mark.parametrize(("text", "start", "end", "months", "precision", "current"), CASES)
def test_date_range_formats(text, start, end, months, precision, current):
    found = parse_date_range(text, AS_OF)
    assert found is not None
    assert (found.start, found.end) == (start, end)
    assert (found.months, found.precision, found.current) == (months, precision, current)
    assert found.valid


@pytest.mark.parametrize(
    ("text", "years"),
    [("2012–2016", 4.0), ("Jan 2018 – Dec 2018", 1.0), ("2018 - 2020", 2.0), ("Summer 2019", 0.2)],
)
def test_years_follow_the_month_and_mid_year_rules(text, years):
    assert parse_date_range(text, AS_OF).years == years


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1940 - 1960", "before_1950"),
        ("Jan 1949 – Mar 1952", "before_1950"),
        ("2025 - 2028", "future"),
        ("Dec 2026 – Present", "future"),
        ("Since 2027", "future"),
        ("Mar 2020 – Jan 2019", "end_before_start"),
        ("2020 - 2018", "end_before_start"),
        ("'99 – '97", "end_before_start"),
    ],
)
def test_implausible_ranges_are_marked_and_count_zero(text, reason):
    found = parse_date_range(text, AS_OF)
    assert found is not None
    assert (found.valid, found.reason, found.months) == (False, reason, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Managed 2000-3000 users",
        "Budget $1,950-2,000K",
        "May 2019",
        "Graduated 2012",
        "Phone 555-2019-2020",
        "Jira, Confluence, Smartsheet",
        "Version 3.2018",
        "Reduced costs by 2015%",
        "",
    ],
)
def test_texts_without_a_range(text):
    assert parse_date_range(text, AS_OF) is None


def test_find_date_ranges_gives_offsets_in_text_order():
    text = "PM, Acme | Jan 2018 – Present\nAnalyst, Beta | 2012–2016\n"
    found = find_date_ranges(text, AS_OF)
    assert [text[s:e] for s, e, _ in found] == ["Jan 2018 – Present", "2012–2016"]


def test_two_digit_years_pivot_on_as_of():
    assert parse_date_range("'98 – '02", AS_OF).start == date(1998, 7, 1)
    assert parse_date_range("'98 – '02", AS_OF).end == date(2002, 6, 30)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text):
    for _, _, found in find_date_ranges(text, AS_OF):
        assert found.valid == (found.reason == "")


DATE_ALPHABET = st.sampled_from(
    list("0123456789 -–—/.'’,") + ["Jan ", "Sept. ", "Summer ", "to ", "Present", "20", "19"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(DATE_ALPHABET, max_size=40).map("".join))
def test_valid_ranges_end_on_or_after_their_start(text):
    for start, end, found in find_date_ranges(text, AS_OF):
        assert 0 <= start < end <= len(text)
        if found.valid:
            assert found.end >= found.start
            assert found.start.year >= 1950
            assert found.end <= AS_OF
            assert found.months >= 1


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=1, max_value=20_000), st.sampled_from(["1", "-", "Jan ", "'", "2"]))
def test_long_runs_of_date_characters_terminate(n, piece):
    # Catastrophic backtracking would hang here; the assertion checks the scan completes.
    assert isinstance(find_date_ranges(piece * n, AS_OF), list)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Acme | 2015–16", date(2015, 7, 1), date(2016, 6, 30)),
        ("Acme, 2019-20", date(2019, 7, 1), date(2020, 6, 30)),
        ("1998 – 02", date(1998, 7, 1), date(2002, 6, 30)),
    ],
)
def test_a_short_end_year_is_in_the_start_years_century(text, start, end):
    (found,) = [r for _, _, r in find_date_ranges(text, AS_OF)]
    assert (found.start, found.end, found.valid) == (start, end, True)


def test_a_phone_number_is_not_a_short_year_range():
    assert find_date_ranges("Tel 555-2015-16", AS_OF) == []


# Notations seen in real résumés (US, UK, EU, India, Australia, LinkedIn and Indeed exports):
# text, then every (start, end) range it holds; end None = current, running to AS_OF.
NOTATIONS = [
    ("2019-2021", [(date(2019, 7, 1), date(2021, 6, 30))]),
    ("Acme Corp, 2015-2017", [(date(2015, 7, 1), date(2017, 6, 30))]),
    ("(1998-2002)", [(date(1998, 7, 1), date(2002, 6, 30))]),
    # A hyphen, slash or apostrophe between month and year (India, exports from spreadsheets).
    ("Mar-2019 to Jun-2021", [(date(2019, 3, 1), date(2021, 6, 30))]),
    ("JAN-2019 TO MAR-2021", [(date(2019, 1, 1), date(2021, 3, 31))]),
    ("Mar/2019 – Jun/2021", [(date(2019, 3, 1), date(2021, 6, 30))]),
    ("June'2018 – Till Date", [(date(2018, 6, 1), None)]),
    ("Jun'18 – Till Date", [(date(2018, 6, 1), None)]),
    ("Jan – Mar-2019", [(date(2019, 1, 1), date(2019, 3, 31))]),
    # The day first (UK, EU, India, Australia); a range counts whole months either way.
    ("15 Jan 2019 – 30 Mar 2021", [(date(2019, 1, 1), date(2021, 3, 31))]),
    ("1st January 2019 – 31st March 2021", [(date(2019, 1, 1), date(2021, 3, 31))]),
    ("15th of March 2019 to Present", [(date(2019, 3, 1), None)]),
    ("15-Jan-2019 to 30-Mar-2021", [(date(2019, 1, 1), date(2021, 3, 31))]),
    ("15 January 2019 – Current", [(date(2019, 1, 1), None)]),
    ("Since 1 Feb 2020", [(date(2020, 2, 1), None)]),
    ("15/01/2019 – 30/03/2021", [(date(2019, 1, 1), date(2021, 3, 31))]),
    ("01/03/2019 – 15/06/2021", [(date(2019, 3, 1), date(2021, 6, 30))]),  # 15 is no month
    ("01.03.2019 – 30.06.2021", [(date(2019, 3, 1), date(2021, 6, 30))]),
    ("01.03.2019 – 01.06.2021", [(date(2019, 3, 1), date(2021, 6, 30))]),  # dots: day first
    ("15-01-2019 to 30-03-2021", [(date(2019, 1, 1), date(2021, 3, 31))]),
    ("03/01/2019 – 06/01/2021", [(date(2019, 3, 1), date(2021, 6, 30))]),  # slashes: US order
    ("01/15/2019 - 03/30/2021", [(date(2019, 1, 1), date(2021, 3, 31))]),
    # Two-digit years without an apostrophe: years when both ends read so and the years are
    # plausible; with a year after them, or numbers no year from 1950 on could be, they are days.
    # Spaced, two short ends are days more often than years: no range (a joined form is read).
    ("Jan 15 – Mar 16", []),
    ("Mar 98 – Jun 02", []),
    ("Organised PMI Summit, Oct 10 – Oct 24", []),
    ("May 12 – May 20", []),
    ("Sep 15 – Oct 22", []),
    ("Jan 15 – Present", [(date(2015, 1, 1), None)]),
    ("Mar-98 – Jun-02", [(date(1998, 3, 1), date(2002, 6, 30))]),
    ("Mar-19 to Jun-21", [(date(2019, 3, 1), date(2021, 6, 30))]),
    ("Jun-18 – Present", [(date(2018, 6, 1), None)]),
    ("1/19 – 3/21", [(date(2019, 1, 1), date(2021, 3, 31))]),
    ("01/19 – Present", [(date(2019, 1, 1), None)]),
    ("Jan 15 – Mar 16, 2019", [(date(2019, 1, 1), date(2019, 3, 31))]),
    ("January 15th, 2019 - March 30th, 2021", [(date(2019, 1, 1), date(2021, 3, 31))]),
    ("Nov 15 – Feb 16 2020", [(date(2019, 11, 1), date(2020, 2, 29))]),
    ("Jan 28 – Mar 30", []),
    ("Nov 20 – Dec 15", []),  # 2020 to 2015: days
    ("3/14 – 3/28", []),  # to 2028: days
    ("Mar 15 – 16", []),
    ("Jan 15th – Mar 16th", []),
    ("Jan 2019 – Mar 21", [(date(2019, 1, 1), date(2021, 3, 31))]),
    ("Jan 2019 – 3/21", [(date(2019, 1, 1), date(2021, 3, 31))]),
    ("Jan 2019 – Mar 15", []),  # 2019 to 2015: no year reading fits
    ("Jan 2019 – Pres.", [(date(2019, 1, 1), None)]),
    # Other connectors and ways of saying "to the present".
    ("Jan 2019 ‒ Mar 2021", [(date(2019, 1, 1), date(2021, 3, 31))]),  # figure dash
    ("Jan 2019 ― Mar 2021", [(date(2019, 1, 1), date(2021, 3, 31))]),  # horizontal bar
    ("Jan 2019 ~ Mar 2021", [(date(2019, 1, 1), date(2021, 3, 31))]),
    ("2019.01 ~ 2021.03", [(date(2019, 1, 1), date(2021, 3, 31))]),
    ("2019.01 – 2021.03", [(date(2019, 1, 1), date(2021, 3, 31))]),
    ("Between March 2019 and June 2021", [(date(2019, 3, 1), date(2021, 6, 30))]),
    ("Jan 2019 – Till Now", [(date(2019, 1, 1), None)]),
    ("Jan 2019 to till date", [(date(2019, 1, 1), None)]),
    ("Jan 2019 thru Mar 2021", [(date(2019, 1, 1), date(2021, 3, 31))]),
    # Quarters count their three months.
    ("Q1 2019 – Q3 2020", [(date(2019, 1, 1), date(2020, 9, 30))]),
    ("Q2 2021 – Present", [(date(2021, 4, 1), None)]),
    ("Q4'18 – Q1'19", [(date(2018, 10, 1), date(2019, 3, 31))]),
    ("Q1 2019", []),
    # Numbers that look like years but are not a job's dates.
    ("Led the ISO 9001:2008 – 2015 transition", []),
    ("Windows 2000 – 2003 servers migration", []),
    # ... but words that say how a job was held end a header, not a product's name.
    # (a bare year counts from its middle, as above)
    (
        "Senior IT Project Manager, Acme Corp 2019 – 2023 remote",
        [(date(2019, 7, 1), date(2023, 6, 30))],
    ),
    ("IT Project Manager, Acme Corp 2015 – 2019 contract", [(date(2015, 7, 1), date(2019, 6, 30))]),
    (
        "it project manager, acme corp 2016 – 2020 full-time",
        [(date(2016, 7, 1), date(2020, 6, 30))],
    ),
    ("Migrated SQL Server 2008 – 2016 instances", []),
    ("Tel. +49 30 2019-2021", []),
    ("Call 1-800-2019-2021", []),
    ("Budget £2019–2021", []),
    ("Budget €2019 – 2021", []),
    ("PMP #2019-2021", []),
    ("Upgraded v2019 – 2020", []),
    ("FY2019 – 2021 roadmap", []),
    ("Upgraded to v2019.3 – v2020.1", []),
    ("Release 2019.3 – 2020.1", []),
    # ... while the same years in a header stay dates.
    ("Project Manager 2019 – 2021 at Acme", [(date(2019, 7, 1), date(2021, 6, 30))]),
    ("Acme (2019 – 2021) contract role", [(date(2019, 7, 1), date(2021, 6, 30))]),
    ("Acme, Suite 200\n2019 – 2021", [(date(2019, 7, 1), date(2021, 6, 30))]),
    (
        "Jan 2015 – Dec 2018\n2019 – 2021",
        [(date(2015, 1, 1), date(2018, 12, 31)), (date(2019, 7, 1), date(2021, 6, 30))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOTATIONS)
def test_notations_seen_in_real_resumes(text, expected):
    found = [r for _, _, r in find_date_ranges(text, AS_OF)]
    assert [(r.start, None if r.current else r.end) for r in found] == expected
    assert all(r.valid for r in found)


# Pieces where the pre-check and the pattern could disagree: the characters re.IGNORECASE folds
# onto ASCII letters ("ſep", "İ"), digits after letters or digits, words that open like a month.
SCAN_ALPHABET = st.sampled_from(
    list("0123456789 -–—/.,'’\n~xQq") + ["Jan", "ſep", "SEP", "İ", "ı", "\u212a", "Marketing ",
    "since ", "From ", "between ", " and ", "Present", "onwards", "Fall ", "win", "٣", "1st ", "of "]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(SCAN_ALPHABET, max_size=30).map("".join))
def test_the_candidate_scan_finds_what_the_pattern_finds_everywhere(text):
    assert [m.span() for m in _matches(text)] == [m.span() for m in _RANGE_RE.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(SCAN_ALPHABET, max_size=30).map("".join))
def test_the_scan_from_the_character_before_finds_the_candidate_places(text):
    first = [0] if _CANDIDATE.match(text) else []
    after = [m.end() for m in _AFTER_NON_LETTER.finditer(text)]
    assert first + after == [m.start() for m in _CANDIDATE.finditer(text)]


# Pieces around a first digit, where the scan asks what may follow it (`_AFTER_FIRST_DIGIT`).
NUMBER_ALPHABET = st.sampled_from(
    list("0123456789 -–/.~\n\t'") + ["19", "20", "2019", "12", " to ", " TO ", "thru ", " until ",
    " onward", "st", "nd ", "th", " of ", "Dec", "Sept", "jan", "ſep", "Present", "٣", "%", "+"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(NUMBER_ALPHABET, max_size=20).map("".join))
def test_the_candidate_scan_finds_what_the_pattern_finds_after_numbers(text):
    assert [m.span() for m in _matches(text)] == [m.span() for m in _RANGE_RE.finditer(text)]


@pytest.mark.parametrize("text", [c[0] for c in CASES] + [n[0] for n in NOTATIONS])
def test_the_candidate_scan_finds_every_notation(text):
    for padded in (text, f"x{text}y", f"Acme | {text}\n", f"ſ{text}", f"1{text}"):
        expected = [m.span() for m in _RANGE_RE.finditer(padded)]
        assert [m.span() for m in _matches(padded)] == expected


@pytest.mark.parametrize("year", [1, 1900, 1950, 2000, 2023, 2024, 2100, 9999])
def test_a_month_ends_on_the_day_the_calendar_says(year):
    for month in range(1, 13):
        assert _last_day(year, month) == date(year, month, calendar.monthrange(year, month)[1])


@pytest.mark.parametrize("text", ["\u017fep 2019 – Dec 2020", "SEP 2019 – DEC 2020"])
def test_a_month_name_that_only_case_folds_to_a_month_is_read(text):
    # "ſ" (long s) matches "s" case-insensitively but lower() keeps it: it once raised KeyError.
    ((_, _, found),) = find_date_ranges(text, AS_OF)
    assert (found.start, found.end) == (date(2019, 9, 1), date(2020, 12, 31))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019 Sep – 2021 Mar", date(2019, 9, 1), date(2021, 3, 31)),
        ("2019 September - 2020 March", date(2019, 9, 1), date(2020, 3, 31)),
        ("2019 Sept. – Present", date(2019, 9, 1), AS_OF),
    ],
)
def test_year_first_month_names(text, start, end):
    ((_, _, found),) = find_date_ranges(text, AS_OF)
    assert (found.start, found.end, found.precision) == (start, end, "month")


def test_a_year_and_a_month_name_alone_make_no_range():
    assert find_date_ranges("Budget 2019 May review", AS_OF) == []


def test_a_year_and_the_month_name_opening_the_next_line_are_apart():
    found = find_date_ranges("2012 – 2016\nDec 2016 – Present", AS_OF)
    assert [(r.start, r.end) for _, _, r in found] == [
        (date(2012, 7, 1), date(2016, 6, 30)),
        (date(2016, 12, 1), AS_OF),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025", (2025, 12)),
        ("Mar 2025", (2025, 3)),
        ("March, 2025", (2025, 3)),
        ("03/2025", (2025, 3)),
        ("3-2025", (2025, 3)),
        ("14/02/2025", (2025, 2)),
        ("02/14/2025", (2025, 2)),
        ("2025-12-31", (2025, 12)),
        ("14 Feb 2025", (2025, 2)),
        ("Summer 2025", (2025, 8)),
        ("Q1 2025", (2025, 3)),
        ("Jan '25", (2025, 1)),
        ("next year", None),
        ("2025 onwards", None),
        ("", None),
    ],
)
def test_a_single_date_is_read_to_its_last_month(text, expected):
    from pipeline.facts.dates import parse_date_point

    assert parse_date_point(text, AS_OF) == expected
