"""Dated positions in common layouts, their kind of work, and the years they add up to."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.facts.experience import (
    Vocab,
    _Layout,
    compile_title_rules,
    extract_positions,
    is_pm_title,
    load_rules,
    summarize,
    validate_title_rules,
)
from pipeline.models import Document, Section

ROOT = Path(__file__).resolve().parent.parent
AS_OF = date(2026, 11, 15)
RULES = load_rules(ROOT / "taxonomy" / "titles.yaml")
_COMPILED = compile_title_rules(RULES)


def positions(text: str, sections: list[Section] | None = None):
    return extract_positions(text, sections or [], AS_OF, RULES)


def experience_section(text: str) -> list[Section]:
    return [Section("experience", 0, len(text), "Experience")]


def test_titles_yaml_is_valid_and_quotes_the_job_descriptions():
    lines = (ROOT / "taxonomy" / "job-descriptions.txt").read_text(encoding="utf-8").split("\n")
    assert validate_title_rules(RULES, lines) == []


def test_broken_titles_yaml_is_reported_with_key_paths():
    broken = {**RULES, "pm": {**RULES["pm"], "include": {"phrases": "project manager"}}}
    broken["it"] = {**RULES["it"], "min_body_terms": 0}
    broken["remote"] = {**RULES["remote"], "places": "virtual"}
    problems = validate_title_rules(broken)
    assert "titles.yaml: pm.include.phrases: must be a list of non-empty strings" in problems
    assert "titles.yaml: it.min_body_terms: must be an integer >= 1" in problems
    assert "titles.yaml: remote.places: must be a list of non-empty strings" in problems
    assert validate_title_rules([]) == ["titles.yaml: <root>: must be a mapping"]


# --- layouts ----------------------------------------------------------------------------------
LAYOUTS = {
    "title_employer_pipe_dates": (
        "Senior IT Project Manager, Acme Software | Jan 2018 – Present\n"
        "• Led the cloud migration of 40 applications\n",
        "Senior IT Project Manager",
        "Acme Software",
    ),
    "stacked_title_employer_dates": (
        "IT Project Manager\nAcme Software, Austin, TX\nJan 2018 – Present\n• Ran sprints\n",
        "IT Project Manager",
        "Acme Software",
    ),
    "dates_first": (
        "Jan 2018 – Present  IT Project Manager – Acme Software\n• Ran sprints\n",
        "IT Project Manager",
        "Acme Software",
    ),
    "table_row": (
        "IT Project Manager | Acme Software | 2018 – 2026\n",
        "IT Project Manager",
        "Acme Software",
    ),
    "two_column_dates_after_title": (
        "IT Project Manager\nJan 2018 – Present\nAcme Software\n• Ran sprints\n",
        "IT Project Manager",
        "Acme Software",
    ),
    "employer_first": (
        "Acme Software — Austin, TX\nIT Project Manager | Jan 2018 – Present\n• Ran sprints\n",
        "IT Project Manager",
        "Acme Software",
    ),
    "title_at_employer_tab_dates": (
        "IT Project Manager at Acme Software\tJan 2018 - Present\n",
        "IT Project Manager",
        "Acme Software",
    ),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_layouts_give_title_employer_and_dates(layout):
    text, title, employer = LAYOUTS[layout]
    found = positions(text, experience_section(text))
    assert [(p.title, p.employer) for p in found] == [(title, employer)]
    assert found[0].is_pm
    assert found[0].start.year == 2018
    evidence = found[0].evidence
    assert text[evidence.start : evidence.end] == evidence.text
    assert title in evidence.text
    assert (evidence.section, evidence.method) == ("experience", "rule")
    start, end = found[0].employer_span
    assert text[start:end] == employer


def test_a_rank_title_keeps_its_function_after_the_comma():
    text = (
        "May 2017 – Present\nDirector, IT Program Management\n"
        "Lakeshore Foods, Chicago, IL\n- Ran the SAP S/4HANA replacement\n"
        "Feb 2010 – Apr 2017\nDirector, Acme Foods\n"
    )
    found = positions(text, experience_section(text))
    assert [(p.title, p.employer, p.is_pm) for p in found] == [
        ("Director, IT Program Management", "Lakeshore Foods", True),
        ("Director", "Acme Foods", False),
    ]


def test_stacked_positions_take_their_own_headers():
    text = (
        "EXPERIENCE\n"
        "Program Manager\nGlobex Technologies\nMar 2020 – Present\n"
        "• Ran a portfolio of ERP projects\n• Managed vendors\n"
        "Business Analyst\nInitech, Dallas, TX\nJun 2016 – Feb 2020\n"
        "• Wrote requirements\n"
    )
    found = positions(text, [Section("experience", 0, len(text), "EXPERIENCE")])
    assert [(p.title, p.employer, p.is_pm) for p in found] == [
        ("Program Manager", "Globex Technologies", True),
        ("Business Analyst", "Initech", False),
    ]


def test_dates_first_stacked_positions_look_below():
    text = (
        "Jan 2020 – Present\nProject Manager\nHooli\n"
        "Jan 2015 – Dec 2019\nScrum Master\nPied Piper\n"
    )
    found = positions(text, experience_section(text))
    assert [(p.title, p.employer) for p in found] == [
        ("Project Manager", "Hooli"),
        ("Scrum Master", "Pied Piper"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Acme Software\nJan 2019 –\nMar 2021\nIT Project Manager\n• Ran the cloud migration\n",
        "IT Project Manager\nJan 2019 –\nPresent\nAcme Software\n• Ran the cloud migration\n",
        "Jan 2019 –\nPresent\nIT Project Manager\nAcme Software\n• Ran the cloud migration\n",
    ],
)
def test_dates_split_over_two_lines_of_a_narrow_column_are_no_employer(text):
    (found,) = positions(text, experience_section(text))
    assert (found.title, found.employer, found.start) == (
        "IT Project Manager",
        "Acme Software",
        date(2019, 1, 1),
    )


def test_dates_in_bullets_are_not_positions():
    text = (
        "Project Manager, Acme | 2018 – 2024\n"
        "• Delivered the ERP rollout from Jan 2019 to Mar 2020 on budget\n"
    )
    assert len(positions(text, experience_section(text))) == 1


def test_education_dates_are_not_positions():
    text = (
        "EXPERIENCE\nProject Manager, Acme | 2018 – 2024\n"
        "EDUCATION\nB.S. Computer Science, State University | 2010 – 2014\n"
    )
    cut = text.index("EDUCATION")
    sections = [Section("experience", 0, cut, "EXPERIENCE"), Section("education", cut, len(text))]
    assert [p.title for p in positions(text, sections)] == ["Project Manager"]


def test_without_headings_the_whole_text_is_searched_but_schooling_is_skipped():
    text = (
        "Jane Doe\nProject Manager, Acme | 2018 – 2024\n"
        "State University, B.S. Computer Science | 2010 – 2014\n"
    )
    assert [p.title for p in positions(text)] == ["Project Manager"]


@pytest.mark.parametrize(
    "label",
    [
        "Career Break\nJan 2020 – Dec 2020",
        "Career Break | Jan 2020 – Dec 2020",
        "Sabbatical – Travel (Jan 2020 – Dec 2020)",
        "Parental leave\nJan 2020 – Dec 2020",
    ],
)
def test_time_off_is_not_a_position(label):
    text = (
        "EXPERIENCE\nIT Project Manager, Northwind Systems\nJan 2021 – Present\n"
        "- Led a cloud migration.\n\n"
        f"{label}\n- Relocated and cared for family.\n\n"
        "Project Coordinator, Acme Corp\nJan 2017 – Dec 2019\n- Coordinated ERP schedules.\n"
    )
    found = positions(text, experience_section(text))
    assert [p.title for p in found] == ["IT Project Manager", "Project Coordinator"]
    assert summarize(found, AS_OF).total_years == round((71 + 36) / 12, 1)  # no year for 2020


def test_a_job_whose_end_was_left_off_runs_to_the_present():
    text = (
        "EXPERIENCE\nIT Project Manager, Northwind Systems\nJan 2022 –\n- Led a cloud migration.\n"
        "Project Coordinator, Acme Corp\nJan 2017 – Dec 2019\n- Coordinated ERP schedules.\n"
    )
    found = positions(text, experience_section(text))
    assert [(p.title, p.current) for p in found] == [
        ("IT Project Manager", True),
        ("Project Coordinator", False),
    ]


@pytest.mark.parametrize(
    "header",
    [
        "IT Project Manager — Northwind Systems\nChicago, IL | Mar 2019 – Nov 2021",
        "IT Project Manager, Northwind Systems\nChicago, IL | Mar 2019 – Nov 2021",
        "Northwind Systems, IT Project Manager\nMar 2019 – Nov 2021 | Chicago, IL",
    ],
)
def test_the_city_on_the_date_line_is_no_employer(header):
    text = f"EXPERIENCE\n{header}\n- Led the ERP rollout.\n"
    (found,) = positions(text, experience_section(text))
    assert (found.title, found.employer) == ("IT Project Manager", "Northwind Systems")


@pytest.mark.parametrize(
    ("header", "title", "employer"),
    [
        # What the job was, after the title, is no employer when more parts follow.
        ("Project Manager, Enterprise Applications | Stark Industries | Chicago, IL | 03/2017 - 11/2020",
         "Project Manager, Enterprise Applications", "Stark Industries"),
        ("Program Manager – Cloud Infrastructure | Northwind | 2017 – 2020",
         "Program Manager, Cloud Infrastructure", "Northwind"),
        ("IT Project Manager, Acme Corp | Chicago, IL | 2017 – 2020", "IT Project Manager", "Acme Corp"),
        ("Project Manager, Data Corp | 2017 – 2020", "Project Manager", "Data Corp"),
        ("Senior Project Manager, Salesforce | San Francisco, CA | 2017 – 2020",
         "Senior Project Manager", "Salesforce"),
        # The terms of the job, a location label and a city are no employer either.
        ("IT Project Manager (short-term contract) | Yum! Brands | 2017 – 2020", "IT Project Manager",
         "Yum! Brands"),
        ("Interim Program Manager (6-month assignment) | Acme Corp | 2017 – 2020",
         "Interim Program Manager", "Acme Corp"),
        ("Technical Program Manager\nZendesk\nLocation: Remote (US)\nAug 2020 – Present",
         "Technical Program Manager", "Zendesk"),
        ("Oracle Corporation\nRedwood Shores, CA\nJan 2016 – Jul 2020\nSenior Technical Program Manager",
         "Senior Technical Program Manager", "Oracle Corporation"),
    ],
)  # fmt: skip
def test_the_employer_is_the_organisation_not_what_the_job_was_or_where(header, title, employer):
    text = f"EXPERIENCE\n{header}\n- Led the rollout.\n"
    (found,) = positions(text, experience_section(text))
    assert (found.title, found.employer) == (title, employer)


def test_a_form_with_labelled_fields_gives_its_position():
    text = (
        "EXPERIENCE\nEmployer: Raytheon Technologies\nTitle: Program Manager, Mission Software\n"
        "Start: 04/2018    End: 09/2021\n- Led mission software programs.\n"
    )
    (found,) = positions(text, experience_section(text))
    assert (found.title, found.employer, found.start, found.is_pm) == (
        "Program Manager",
        "Raytheon Technologies",
        date(2018, 4, 1),
        True,
    )


def test_an_employer_on_the_date_line_before_a_region_is_kept_without_another():
    text = (
        "EXPERIENCE\nIT Project Manager\nDeloitte, UK | Mar 2019 – Nov 2021\n- Led the rollout.\n"
    )
    (found,) = positions(text, experience_section(text))
    assert (found.title, found.employer) == ("IT Project Manager", "Deloitte")


def test_a_title_word_inside_an_organisations_name_makes_it_no_title():
    # "PM" in "PM Prep Academy" read the school as the job title, and its job as a PM job.
    text = (
        "EXPERIENCE\nPMP Exam Coach\nPM Prep Academy, Chicago, IL\nJun 2016 – Feb 2019\n"
        "- Coached 15 candidates per cohort\n"
    )
    (found,) = positions(text, experience_section(text))
    assert (found.title, found.employer, found.is_pm) == (
        "PMP Exam Coach",
        "PM Prep Academy",
        False,
    )


def test_promotions_under_one_employer_line_share_it():
    text = (
        "EXPERIENCE\nNorthwind Systems, Remote\n"
        "Senior IT Project Manager    Jan 2022 – Present\n- Led the portfolio.\n"
        "IT Project Manager    Mar 2019 – Dec 2021\n- Ran the ERP rollout.\n\n"
        "Project Coordinator\nFabrikam Software, Chicago, IL\nJun 2016 – Feb 2019\n"
    )
    found = positions(text, experience_section(text))
    assert [(p.title, p.employer, p.is_remote) for p in found] == [
        ("Senior IT Project Manager", "Northwind Systems", True),
        ("IT Project Manager", "Northwind Systems", True),
        ("Project Coordinator", "Fabrikam Software", False),
    ]


def test_a_contractors_title_heads_its_clients():
    text = (
        "EXPERIENCE\nContract IT Project Manager — Self-employed\n"
        "Acme Logistics, Chicago, IL\nJan 2020 – Jun 2021\n- Led a WMS cloud migration.\n"
        "Globex Health, Remote\nJul 2021 – Present\n- Running an EHR integration program.\n\n"
        "Project Coordinator\nFabrikam Software, Chicago, IL\nJun 2016 – Dec 2019\n"
    )
    found = positions(text, experience_section(text))
    assert [(p.title, p.employer, p.is_pm, p.is_remote) for p in found] == [
        ("Contract IT Project Manager", "Acme Logistics", True, False),
        ("Contract IT Project Manager", "Globex Health", True, True),
        ("Project Coordinator", "Fabrikam Software", False, False),
    ]


def test_a_block_heading_stops_at_a_blank_line_and_at_an_entrys_own_title():
    text = (
        "EXPERIENCE\nContract IT Project Manager — Self-employed\nAcme Logistics, Chicago, IL\n"
        "Jan 2020 – Present\n- Led a WMS cloud migration.\nStarbucks | 2016 – 2019\nBarista\n"
        "- Served customers.\n\nNorthwind Systems, Remote\nIT Project Manager    Jan 2012 – Dec 2015\n"
        "- Ran the ERP rollout.\n\nProject Coordinator    Jan 2010 – Dec 2011\n- Kept the plan.\n"
    )
    found = positions(text, experience_section(text))
    assert [(p.title, p.employer, p.is_pm, p.is_remote) for p in found] == [
        ("Contract IT Project Manager", "Acme Logistics", True, False),
        ("", "Starbucks", False, False),  # "Barista" is no title the rules know; no PM job
        ("IT Project Manager", "Northwind Systems", True, True),
        ("Project Coordinator", "", False, False),
    ]


def test_a_jobs_last_line_of_prose_is_no_time_off_label():
    text = (
        "EXPERIENCE\nIT Project Manager, Acme | Jan 2020 – Present\n"
        "Cut business travel costs by 20%\nNorthwind Traders | 2015 – 2019\nBuyer\n"
    )
    assert len(positions(text, experience_section(text))) == 2


def test_a_wrapped_sentence_ending_in_a_dated_dash_is_no_job():
    text = (
        "EXPERIENCE\nIT Project Manager, Acme | Jan 2020 – Present\n"
        "The SAP go-live shipped in Q4 2019 —\nahead of schedule.\n"
    )
    assert [p.title for p in positions(text, experience_section(text))] == ["IT Project Manager"]


def test_an_entry_with_a_title_of_its_own_is_no_client():
    # "Web Producer" names no title the rules know; the entry is not the freelancer's client.
    text = (
        "EXPERIENCE\nFreelance Project Manager (Web & Mobile)\n"
        "Self-employed | Remote | Apr 2022 – Present\n- Manage client builds.\n\n"
        "Web Producer\nPixel & Pine Agency | Portland, ME | Mar 2019 – Mar 2022\n"
        "- Produced WordPress sites.\n"
    )
    found = positions(text, experience_section(text))
    assert [(p.title, p.employer, p.is_pm) for p in found] == [
        ("Freelance Project Manager", "Self-employed", True),
        ("", "Pixel & Pine Agency", False),
    ]


def test_a_job_about_travel_or_relocation_is_still_a_position():
    text = (
        "EXPERIENCE\nRelocation Program Manager, Northwind Travel\nJan 2020 – Dec 2020\n"
        "- Moved 300 staff to the new campus.\n"
    )
    assert [p.title for p in positions(text, experience_section(text))] == [
        "Relocation Program Manager"
    ]


# --- kinds of work ----------------------------------------------------------------------------
PM_TITLES = [
    ("Project Manager", True),
    ("IT Project & Change Manager", True),  # "Change Manager" alone is not one
    ("Change Manager", False),
    ("Senior IT Project Manager", True),
    ("Program Manager", True),
    ("Programme Manager", True),
    ("IT Portfolio Manager", True),
    ("PMO Lead", True),
    ("Head of PMO", True),
    ("Delivery Manager", True),
    ("Technical Project Lead", True),
    ("Scrum Master / Project Manager", True),
    ("Sr. PM", True),
    ("Director, Project Management Office", True),
    ("Director, IT Program Management", True),
    ("VP, Program Management", True),
    ("Director, Sales", False),
    ("Product Manager, Project Management Software", False),
    ("Project Coordinator", False),
    ("Project Analyst", False),
    ("Scrum Master", False),
    ("Business Analyst", False),
    ("Project Engineer", False),
    ("Product Manager", False),
    ("Account Manager", False),
    ("Software Engineer", False),
    ("Program Management Analyst", False),
    ("Project Management Intern", False),
    ("", False),
]


@pytest.mark.parametrize(("title", "is_pm"), PM_TITLES)
def test_pm_titles(title, is_pm):
    assert is_pm_title(title, title, compile_title_rules(RULES)) is is_pm


def test_investment_portfolio_manager_is_not_pm():
    rules = compile_title_rules(RULES)
    assert not is_pm_title("Portfolio Manager", "Portfolio Manager, Fidelity Investments", rules)


def test_construction_pm_has_pm_years_but_no_it_pm_years():
    text = (
        "Construction Project Manager, Turner Construction | Jan 2016 – Dec 2019\n"
        "• Managed a $40M hospital build with 12 subcontractors\n"
        "• Tracked the schedule in Primavera P6 and the building management systems data\n"
    )
    found = positions(text, experience_section(text))
    assert [(p.is_pm, p.is_it) for p in found] == [(True, False)]
    result = summarize(found, AS_OF)
    assert (result.pm_years, result.it_pm_years, result.total_years) == (4.0, 0.0, 4.0)


@pytest.mark.parametrize(
    "header",
    [
        "Senior IT Project Manager, Acme Software Inc.",
        "IT Project Manager, Globex Corp.",
        "IT Project Manager, Initech Ltd.",
        "IT Project Manager | Boston, MA, U.S.",
    ],
)
def test_a_header_may_end_with_an_abbreviation(header):
    # A final full stop marks a sentence, but not after "Inc." or "U.S.": such a header was read
    # as a sentence, and the position lost its title (and with it its PM years).
    text = f"EXPERIENCE\n{header}\nJan 2018 - Present\n- Led the cloud migration of 40 servers\n"
    (found,) = positions(text, experience_section(text))
    assert found.title == "IT Project Manager" or found.title == "Senior IT Project Manager"
    assert found.is_pm


@pytest.mark.parametrize(
    "text",
    [
        "Project Manager, Acme Software Inc.                Jan 2020 – Present\nRemote\n• Led\n",
        "Project Manager at Acme Software Inc. (Jan 2020 – Present)\nRemote (US)\n",
        "Acme Software Inc., Remote\nProject Manager, Jan 2020 – Present (6 yrs 11 mos)\n",
        "Project Manager\nAcme Software Inc. · Full-time\nJan 2020 - Present · 6 yrs 11 mos\nRemote\n",
    ],
    ids=["location-line", "location-line-after-parenthesis", "duration", "linkedin"],
)
def test_remote_on_a_line_of_its_own_or_above_a_linkedin_duration(text):
    # Found by a probe of 284 layouts: a location line under the dates was never read, and a
    # LinkedIn length of service ("6 yrs 11 mos") was taken as the employer, so the employer
    # line above it, "Remote" included, was never read either.
    (found,) = positions("EXPERIENCE\n" + text, experience_section("EXPERIENCE\n" + text))
    assert found.is_remote and found.is_pm
    assert "yrs" not in found.employer


def test_a_remote_team_in_a_bullet_is_no_location_line():
    text = "EXPERIENCE\nProject Manager, Acme\nJan 2020 – Present\n• Managed remote teams\n"
    assert [p.is_remote for p in positions(text, experience_section(text))] == [False]


@pytest.mark.parametrize(
    "title",
    ["Manager, IT Projects", "Head of Projects", "Director, Programs", "Director of Delivery"],
)
def test_a_rank_over_projects_is_a_pm_title(title):
    text = f"EXPERIENCE\n{title}\nAcme Software Inc. | Jan 2020 – Present\n"
    assert [p.is_pm for p in positions(text, experience_section(text))] == [True]


@pytest.mark.parametrize(
    ("text", "title", "employer"),
    [
        ("Project Manager\nPrincipal Financial Group | Jan 2020 – Present\n",
         "Project Manager", "Principal Financial Group"),
        ("PRINCIPAL FINANCIAL GROUP — Network Engineer — Sep 2022 - Present\n",
         "Network Engineer", "PRINCIPAL FINANCIAL GROUP"),
        ("Managing Partner, Smith Partners | Jan 2020 – Present\n",
         "Managing Partner", "Smith Partners"),
    ],
)  # fmt: skip
def test_an_employer_named_with_a_title_word_is_no_title(text, title, employer):
    # "Principal" is a title word; the employer took the title and the real title was lost.
    (found,) = positions("EXPERIENCE\n" + text, experience_section("EXPERIENCE\n" + text))
    assert (found.title, found.employer) == (title, employer)


def test_an_apps_company_is_it_work():
    text = "EXPERIENCE\nProject Manager | Tandem Apps Inc | Jun 2017 – Dec 2019\n- Led releases\n"
    assert [p.is_it for p in positions(text, experience_section(text))] == [True]


def test_a_sentence_is_not_a_header():
    text = "EXPERIENCE\nLed the migration of 40 servers to Azure.\nJan 2018 - Present\n"
    assert [p.title for p in positions(text, experience_section(text))] == [""]


def test_a_department_is_not_the_title_and_the_line_above_is():
    text = (
        "Student IT Help Desk Assistant\n"
        "The Ohio State University – Office of the CIO | Columbus, OH | 09/2022 - 05/2025\n"
        "• Password resets and ticket triage\n"
    )
    (found,) = positions(text, experience_section(text))
    assert found.title == "Student IT Help Desk Assistant"
    assert found.is_internship


def test_terms_of_employment_are_not_the_employer():
    text = (
        "Goldline Software, Remote\n"
        "IT Project Manager (contract)    March 2021 to July 2022\n"
        "• Mobile app release projects\n"
    )
    (found,) = positions(text, experience_section(text))
    assert found.employer == "Goldline Software"
    assert found.is_remote and found.is_it and found.is_pm


def test_what_the_company_does_counts_even_in_parentheses():
    text = (
        "Loopwise (remote-first SaaS), Remote\n"
        "Associate Project Manager May 2025 – Current\n"
        "• Own small integration projects under a senior PM\n"
    )
    (found,) = positions(text, experience_section(text))
    assert found.is_it


def test_hands_on_engineering_positions_count_as_technical_years():
    text = (
        "IT Project Manager, Northwind | Jan 2020 – Dec 2023\n• Led the ERP migration\n"
        "Senior Software Engineer, Contoso | Jan 2016 – Dec 2019\n• Built billing APIs\n"
        "Mechanical Engineer, Acme Pumps | Jan 2012 – Dec 2015\n• Designed pump housings\n"
        "Help Desk Technician, Contoso | Jan 2010 – Dec 2011\n• Reset passwords\n"
        "Curriculum Developer | Springfield School District | Jan 2008 – Dec 2009\n"
        "• Wrote lesson plans\n"
        "Front End Supervisor | Kroger Grocery | Jan 2006 – Dec 2007\n• Ran the tills\n"
    )
    found = positions(text, experience_section(text))
    assert [p.is_technical for p in found] == [False, True, False, False, False, False]
    result = summarize(found, AS_OF)
    assert (result.technical_years, result.it_pm_years) == (4.0, 4.0)


def test_it_work_is_read_from_bullets_when_the_title_is_plain():
    text = (
        "Project Manager, Northwind | Jan 2016 – Dec 2019\n"
        "• Led the SAP ERP migration to Azure cloud\n• Ran UAT and cutover\n"
    )
    assert [p.is_it for p in positions(text, experience_section(text))] == [True]


@pytest.mark.parametrize(
    ("bullets", "is_it"),
    [
        ("• Led fiber network rollout to 200k homes\n• Managed OSS/BSS system upgrade", True),
        ("• Led the 5G core network programme across 7 workstreams", True),
        ("• Sold 5G plans to small businesses\n• Ran the store team", False),
    ],
)
def test_telecom_network_programs_are_it_work(bullets, is_it):
    text = f"Program Manager, Verizon | Jan 2016 – Dec 2019\n{bullets}\n"
    assert [p.is_it for p in positions(text, experience_section(text))] == [is_it]


def test_facilities_project_manager_is_not_it():
    text = "Facilities Project Manager | Mercy Hospital | 2015 – 2019\n• Renovated two wards\n"
    assert [p.is_it for p in positions(text, experience_section(text))] == [False]


@pytest.mark.parametrize(
    "text",
    [
        "IT Project Manager, Acme (Remote) | 2016 – 2020\n",
        "IT Project Manager | Acme | Remote | 2016 – 2020\n",
        "IT Project Manager, Acme | 2016 – 2020\n• Fully remote, distributed team across 5 time zones\n",
        "IT Project Manager, Acme | 2016 – 2020\n• Work from home role leading a fully distributed team\n",
    ],
)
def test_remote_positions(text):
    found = positions(text, experience_section(text))
    assert [p.is_remote for p in found] == [True]
    assert summarize(found, AS_OF).remote_years == 4.0


@pytest.mark.parametrize(
    "text",
    [
        "IT Project Manager\nGranite Peak Software | Virtual (US)\nFeb 2022 – Present\n• Led\n",
        "IT Project Manager | Granite Peak Software | Feb 2022 – Present\nVirtual\n• Led\n",
        "IT Project Manager | Granite Peak Software | Virtual Office | Feb 2022 – Present\n",
        "IT Project Manager | Granite Peak Software | Virtual – North America | 2022 – 2024\n",
    ],
    ids=["header-part", "location-line", "virtual-office", "region"],
)
def test_virtual_as_the_last_header_part_is_remote(text):
    # "Virtual (US)" was not read as remote: the job lost its remote years.
    (found,) = positions("EXPERIENCE\n" + text, experience_section("EXPERIENCE\n" + text))
    assert found.is_remote
    assert found.employer == "Granite Peak Software"


@pytest.mark.parametrize(
    "text",
    [
        "IT Project Manager, Virtual Instruments Inc. | Austin, TX | 2019 – 2022\n• Led\n",
        "IT Project Manager | Acme | Austin, TX | 2019 – 2022\n• Moved 300 virtual servers\n",
        "IT Project Manager | Acme | Austin, TX | 2019 – 2022\n• Virtual\n",
        "Project Manager | Virtual, Inc. | Wakefield, MA | 2018 – 2021\n",
        "Training Project Manager – Virtual, Instructor-Led Programs | Acme | 2019 – 2022\n",
        "Events Project Manager | Acme | 2019 – 2022\nVirtual, hybrid and live events\n",
    ],
    ids=["employer-name", "bullet-word", "bullet-alone", "employer-inc", "title", "events"],
)
def test_virtual_inside_a_name_or_followed_by_more_is_not_remote(text):
    # Found by a review: "Virtual" followed by more than a region names something else.
    (found,) = positions("EXPERIENCE\n" + text, experience_section("EXPERIENCE\n" + text))
    assert not found.is_remote


@pytest.mark.parametrize(
    ("title", "pm", "support"),
    [
        ("Sr. Project Mgr.", True, False),
        ("IT Program Mgr", True, False),
        ("Sr. Mgr., IT Programs", True, False),
        ("Agile Coach", False, True),
        ("Portfolio Mgr", False, False),  # not a PM abbreviation: "portfolio manager" is ambiguous
    ],
)
def test_abbreviated_and_coaching_titles_are_read(title, pm, support):
    # "Sr. Project Mgr." was no title at all (its final dot read as a sentence's), and neither
    # was "Agile Coach": the job lost its PM or project-support years.
    text = f"EXPERIENCE\n{title}\nAcme Software Inc. | Jan 2020 – Dec 2023\n• Led the ERP move\n"
    (found,) = positions(text, experience_section(text))
    assert found.title == title.rstrip(".").replace("Mgr.,", "Mgr,")
    assert (found.is_pm, found.is_project_support) == (pm, support)


def test_managing_remote_teams_does_not_make_an_office_job_remote():
    text = (
        "IT Project Manager, Acme, Chicago | 2016 – 2020\n• Coordinated offshore teams in India\n"
    )
    assert [p.is_remote for p in positions(text, experience_section(text))] == [False]


@pytest.mark.parametrize(
    ("bullet", "said"),
    [
        ("Ran the SAP replacement of finance and supply chain in 14 countries.", "in 14 countries"),
        ("Coordinated offshore teams in India", "offshore teams"),
        ("Led a team of 12 across three time zones", "across three time zones"),
        ("Managed a 9-country rollout of the new CRM", "9-country"),
        ("Kept a global team of 40 on one plan", "global team"),
        ("Ran hand-offs across 4 timezones", "across 4 timezones"),
    ],
)
def test_an_office_job_that_led_a_spread_out_team_counts_as_distributed(bullet, said):
    text = f"IT Project Manager, Acme, Chicago | 2016 – 2020\n• {bullet}\n"
    found = positions(text, experience_section(text))
    assert [(p.is_remote, p.is_distributed) for p in found] == [(False, True)]
    evidence = found[0].distributed_by
    assert evidence is not None and evidence.text == said
    assert text[evidence.start : evidence.end] == said  # offsets index the text
    experience = summarize(found, AS_OF)
    assert (experience.remote_years, experience.distributed_it_project_years) == (0.0, 4.0)


@pytest.mark.parametrize(
    "bullet",
    [
        "Worked for a multinational bank with offices worldwide",
        "Booked time zones for the release calendar",  # no spread: one word pair, no quantity
        "Country manager for the Benelux region",
        "Moved 140 workloads to the cloud in three waves",
        "Supported customers in 40 countries",  # reach, not a team
        "Sold the platform in 3 countries",
        "No offshore team; all on site",  # said not to
        "Worked without a remote team",
    ],
)
def test_a_job_without_a_spread_out_team_is_not_distributed(bullet):
    text = f"IT Project Manager, Acme, Chicago | 2016 – 2020\n• {bullet}\n"
    found = positions(text, experience_section(text))
    assert [p.is_distributed for p in found] == [False]
    assert summarize(found, AS_OF).distributed_it_project_years == 0.0


def test_a_remote_job_counts_as_distributed_without_saying_so():
    text = "IT Project Manager | Acme | Remote | 2016 – 2020\n• Ran the intranet rollout\n"
    found = positions(text, experience_section(text))
    (job,) = found
    assert (job.is_remote, job.is_distributed, job.distributed_by) == (True, True, None)
    assert summarize(found, AS_OF).distributed_it_project_years == 4.0


@pytest.mark.parametrize(
    "header",
    [
        "IT Intern, Globex | Summer 2015",
        "Project Management Internship, Globex | Jun 2015 – Aug 2015",
        "Co-op Student, Globex | Jan 2015 – Aug 2015",
        "Summer Analyst, Globex | Jun 2015 – Aug 2015",
        "Graduate Research Assistant, State University | 2014 – 2015",
        "Student IT Help Desk Assistant, State University | 2014 – 2015",
    ],
)
def test_internships_are_left_out_of_the_years(header):
    text = f"IT Project Manager, Acme | Jan 2018 – Dec 2019\n{header}\n"
    found = positions(text, experience_section(text))
    assert [p.is_internship for p in found] == [False, True]
    assert summarize(found, AS_OF).total_years == 2.0


# --- years ------------------------------------------------------------------------------------
def test_overlapping_positions_are_merged_and_gaps_not_counted():
    text = (
        "IT Project Manager, Acme Software | Jan 2018 – Dec 2020\n"
        "Program Manager, Globex Technologies | Jan 2020 – Dec 2021\n"
        "Project Coordinator, Initech | Jan 2012 – Dec 2013\n"
    )
    result = summarize(positions(text, experience_section(text)), AS_OF)
    # 2018-2021 merged = 4 years; 2014-2017 gap not counted; 2012-2013 = 2 years.
    assert (result.total_years, result.pm_years, result.it_pm_years) == (6.0, 4.0, 4.0)


def test_current_position_runs_to_as_of():
    text = "IT Project Manager, Acme Software | Nov 2016 – Present\n"
    result = summarize(positions(text, experience_section(text)), AS_OF)
    assert result.total_years == round(121 / 12, 1)
    assert result.positions[0].current


@pytest.mark.parametrize(
    "dates",
    [
        "15 Jan 2019 – 30 Mar 2021",  # UK: read as 2019–2030 and flagged implausible before
        "15/01/2019 – 30/03/2021",
        "Jan-19 to Mar-21",  # India
        "1/19 – 3/21",  # US
        "Jan 15 – Mar 16, 2019 and Mar 2019 – Mar 2021",
    ],
)
def test_day_first_and_two_digit_year_dates_give_their_years(dates):
    text = f"IT Project Manager, Acme Software | {dates}\n• Ran the cloud migration\n"
    result = summarize(positions(text, experience_section(text)), AS_OF)
    assert (result.total_years, result.flags) == (round(27 / 12, 1), ())


@pytest.mark.parametrize(
    "dates", ["1940 – 1948", "2027 – Present", "Mar 2020 – Jan 2019", "Jan 2025 – Dec 2029"]
)
def test_implausible_dates_are_flagged_and_never_summed(dates):
    text = f"IT Project Manager, Acme | 2016 – 2020\nProject Manager, Beta | {dates}\n"
    result = summarize(positions(text, experience_section(text)), AS_OF)
    assert result.flags == ("implausible_date",)
    assert (result.total_years, result.pm_years) == (4.0, 4.0)
    assert len(result.positions) == 1


def test_no_positions_gives_zero_years():
    result = summarize(positions("Jane Doe\nSkills: Jira, Confluence\n"), AS_OF)
    assert (result.total_years, result.pm_years, result.positions, result.flags) == (
        0.0,
        0.0,
        (),
        (),
    )


def test_empty_rules_do_not_crash():
    found = extract_positions("Project Manager, Acme | 2016 – 2020\n", [], AS_OF, {})
    assert summarize(found, AS_OF).total_years == 4.0


LINE_PIECES = st.sampled_from(
    [
        "Project Manager",
        "Scrum Master",
        "IT Intern",
        "Acme Software",
        "Remote",
        " | ",
        ", ",
        "\n",
        "• Led cloud migration\n",
        "Jan 2018",
        " – ",
        "Present",
        "2012",
        "2031",
        "1941",
        "Summer 2019",
        "EDUCATION\n",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(LINE_PIECES, max_size=30).map("".join))
def test_years_are_consistent_for_any_text(text):
    result = summarize(positions(text), AS_OF)
    assert 0.0 <= result.it_pm_years <= result.pm_years <= result.total_years
    assert 0.0 <= result.remote_years <= result.total_years
    for p in result.positions:
        assert p.start <= p.end <= AS_OF
        assert text[p.evidence.start : p.evidence.end] == p.evidence.text
        if p.employer_span is not None:
            assert text[p.employer_span[0] : p.employer_span[1]] == p.employer
        else:  # no employer, or one that names a project or sits in a bracket (not masked)
            assert (
                p.employer == ""
                or _COMPILED.project_words(p.employer)
                or any(mark + p.employer in text for mark in "([")
            )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text):
    summarize(positions(text), AS_OF)


# --- employer offsets: words in an employer's name are not the candidate's skills ----------
EMPLOYER_SPANS = {
    "employer_on_the_date_line_after_the_title": (
        "Cloud Infrastructure Lead, Kindred Cloud Inc. | Jan 2019 – Present\n• Ran sprints\n",
        "Kindred Cloud Inc",
    ),
    "employer_on_the_date_line_before_a_location": (
        "IT Project Manager\nGulfstream SaaS Billing | Tampa, FL | 2016 – 2018\n",
        "Gulfstream SaaS Billing",
    ),
    "employer_above_the_title": (
        "Stratus API Platform — Remote\nAPI Program Manager | Mar 2016 – Dec 2018\n",
        "Stratus API Platform",
    ),
    "employer_below_the_dates": (
        "Project Analyst\n2012 – 2014\nCapitol Systems Integration\n• Kept the RAID log\n",
        "Capitol Systems Integration",
    ),
    "dates_first_then_employer_and_title": (
        "Jan 2018 – Present  Cloud Project Manager – Nimbus Cloud Works\n",
        "Nimbus Cloud Works",
    ),
    # The date range blanked out of the line must not shift the offsets after it.
    "dates_between_title_and_employer": (
        "IT Project Manager | Sep 2015 – Aug 2017 | DataMesh Analytics\n",
        "DataMesh Analytics",
    ),
}


@pytest.mark.parametrize("layout", sorted(EMPLOYER_SPANS))
def test_the_employer_span_points_at_the_employer_and_not_the_title(layout):
    text, employer = EMPLOYER_SPANS[layout]
    (found,) = positions(text, experience_section(text))
    start, end = found.employer_span
    assert (found.employer, text[start:end]) == (employer, employer)
    title_at = text.find(found.title)
    assert title_at >= 0 and not (start < title_at + len(found.title) and title_at < end)


def test_a_position_without_an_employer_has_no_employer_span():
    text = "IT Project Manager | 2018 – 2024 | Remote\n• Ran sprints\n"
    (found,) = positions(text, experience_section(text))
    assert (found.employer, found.employer_span) == ("", None)


def _skills_read(screener, experience: str, skills: str = "") -> dict[str, list[str]]:
    """Return the skill ids the real pipeline reads from a résumé, with their evidence texts."""
    text = f"Pat Example\n\nEXPERIENCE\n{experience}\n"
    if skills:
        text += f"\nSKILLS\n{skills}\n"
    result = screener.screen_document(Document(text=text, format="txt"))
    return {s.id: [e.text for e in s.evidence] for s in result.profile.skills}


EMPLOYER_NAMES = {
    "employer_on_the_date_line": (
        "IT Project Manager\nKindred Cloud Inc. | Jan 2019 – Present\n• Ran sprints\n",
        "cloud-infrastructure",
    ),
    "employer_above_the_title": (
        "Gulfstream SaaS Billing — Tampa, FL\nProject Coordinator | Mar 2016 – Dec 2018\n"
        "• Kept the schedule\n",
        "saas",
    ),
    "employer_after_the_title": (
        "Project Manager, Stratus API Platform | 2014 – 2016\n• Managed vendors\n",
        "apis",
    ),
    "employer_below_the_dates": (
        "Project Analyst\n2012 – 2014\nCapitol Systems Integration\n• Kept the RAID log\n",
        "system-integration",
    ),
}


@pytest.mark.parametrize("layout", sorted(EMPLOYER_NAMES))
def test_an_employer_name_is_no_skill(screener, layout):
    experience, skill = EMPLOYER_NAMES[layout]
    assert skill not in _skills_read(screener, experience)


# The same words outside the employer's name: in the title, a bullet, a skills list, or a dated
# line with no job title (a project, not an employer).
SKILLS_BESIDE_EMPLOYERS = [
    (
        "Cloud Infrastructure Lead, Kindred Cloud Inc. | Jan 2019 – Present\n• Ran sprints\n",
        "",
        "cloud-infrastructure",
        ["Cloud Infrastructure"],
    ),
    (
        "Kindred Cloud Inc. | Jan 2019 – Present\nCloud Project Manager\n• Ran sprints\n",
        "",
        "cloud-infrastructure",
        ["Cloud"],
    ),
    (
        "Project Coordinator\nGulfstream SaaS Billing | 2016 – 2018\n"
        "• Moved invoicing to a SaaS platform\n",
        "",
        "saas",
        ["SaaS platform"],
    ),
    (
        "Project Manager, Stratus API Platform | 2014 – 2016\n• Ran sprints\n",
        "REST APIs",
        "apis",
        ["REST APIs"],
    ),
    ("ERP implementation | 2019 – 2020\n• Managed vendors\n", "", "erp", ["ERP implementation"]),
]


@pytest.mark.parametrize(
    ("experience", "listed", "skill", "evidence"),
    SKILLS_BESIDE_EMPLOYERS,
    ids=["in_the_title", "in_the_title_below", "in_a_bullet", "in_a_list", "on_a_project_line"],
)
def test_the_same_words_beside_an_employer_still_count(
    screener, experience, listed, skill, evidence
):
    assert _skills_read(screener, experience, listed).get(skill) == evidence


def test_an_employer_name_is_no_evidence_in_a_score(screener):
    text = (
        "Pat Example\n\nEXPERIENCE\nIT Project Manager\nKindred Cloud Inc. | Jan 2019 – Present\n"
        "• Ran sprints\n\nSKILLS\nCloud infrastructure\n"
    )
    result = screener.screen_document(Document(text=text, format="txt"))
    (position,) = result.profile.experience.positions
    low, high = position.employer_span
    cloud = next(s for s in result.profile.skills if s.id == "cloud-infrastructure")
    assert (cloud.in_experience, [e.section for e in cloud.evidence]) == (False, ["skills"])
    skill_criteria = [
        c for rs in result.scores.values() for c in rs.criteria if c.kind == "skill_group"
    ]
    assert any(any(e.text == "Cloud infrastructure" for e in c.evidence) for c in skill_criteria)
    for criterion in skill_criteria:
        assert all(e.end <= low or e.start >= high for e in criterion.evidence), criterion.id


def test_distributed_systems_work_is_not_remote_work():
    text = "Distributed Systems Project Manager, Acme | 2016 – 2020\n• Ran releases\n"
    assert [p.is_remote for p in positions(text, experience_section(text))] == [False]


# ---------------------------------------------------------------- vocabulary matcher

_PHRASES = ["project manager", "manager", "IT", "it manager", "c#", ".net", "program", "pm"]
_ACRONYMS = ["PM", "IT", "SAP", "SA"]
_MORE_FIRST_LETTERS = ["alpha", "bravo", "delta", "echo", "foxtrot", "golf"]


def _reference(text: str, phrases: list[str], acronyms: list[str]) -> set[str]:
    """Leftmost, then longest, non-overlapping whole-word matches: what Vocab.found promises.
    In phrases a hyphen is a space ("project-manager" is "project manager")."""

    def scan(terms: list[str], fold: bool) -> set[str]:
        def folded(s: str) -> str:
            return s.lower().replace("-", " ") if fold else s

        hay = folded(text)
        wanted = sorted({folded(t) for t in terms}, key=len, reverse=True)
        hits, i = set(), 0
        while i < len(hay):
            starts = i == 0 or not (hay[i - 1].isalnum() or hay[i - 1] == "_")
            term = next(
                (
                    t
                    for t in wanted
                    if starts
                    and hay.startswith(t, i)
                    and not (
                        i + len(t) < len(hay)
                        and (hay[i + len(t)].isalnum() or hay[i + len(t)] == "_")
                    )
                ),
                None,
            )
            if term:
                hits.add(term.lower())
                i += len(term)
            else:
                i += 1
        return hits

    return scan(phrases, True) | scan(acronyms, False)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "project",
                "Manager",
                "manager",
                "IT",
                "it",
                "C#",
                ".NET",
                "net",
                "SAP",
                "sap",
                "PM",
                "pm",
                "Program",
                "programs",
                "SA",
                "x",
                "delta",
            ]
        ),
        max_size=8,
    ),
    st.lists(st.sampled_from([" ", "", ", ", "-", "/", "_"]), min_size=8, max_size=8),
)
def test_the_vocabulary_matches_whole_words_leftmost_and_longest(words, glue):
    text = "".join(w + g for w, g in zip(words, glue, strict=False))
    vocab = Vocab(_PHRASES, _ACRONYMS)
    expected = _reference(text, _PHRASES, _ACRONYMS)
    assert vocab.found(text) == expected
    assert vocab(text) == bool(expected)
    # Phrases with more first letters than _MAX_SKIP_AHEAD_FIRSTS: the word start is checked first.
    wide = Vocab([*_PHRASES, *_MORE_FIRST_LETTERS], _ACRONYMS)
    expected = _reference(text, [*_PHRASES, *_MORE_FIRST_LETTERS], _ACRONYMS)
    assert wide.found(text) == expected
    assert wide(text) == bool(expected)


@pytest.mark.parametrize(
    ("text", "is_it"),
    [
        # A "-tech" employer names its industry as one word.
        ("Project Manager | BrightLedger Fintech | Jan 2019 – Dec 2022\n• Ran onboarding\n", True),
        ("Project Manager | Covera Insurtech | Jan 2019 – Dec 2022\n• Ran onboarding\n", True),
        # "data-center" is "data center": two IT terms in the bullets.
        ("Project Manager | Acme Corp | Jan 2016 – Dec 2018\n"
         "• Led the data-center consolidation\n• Retired 40 servers\n", True),
        ("Project Manager | Acme Corp | Jan 2016 – Dec 2018\n"
         "• Led the datacenter consolidation\n• Retired 40 servers\n", True),
        # A call-centre move with servers is one IT term, not two.
        ("Project Manager | Acme Corp | Jan 2016 – Dec 2018\n"
         "• Led the call-center move\n• Retired 40 servers\n", False),
        ("Project Manager | Lakeside Fine Foods | Jan 2016 – Dec 2018\n• Ran the menu refresh\n",
         False),
    ],
)  # fmt: skip
def test_fintech_employers_and_hyphenated_terms_are_it_work(text, is_it):
    text = "EXPERIENCE\n" + text
    assert [p.is_it for p in positions(text, experience_section(text))] == [is_it]


def test_a_hyphen_and_a_space_match_alike_in_phrases():
    vocab = Vocab(["data center", "e-commerce"])
    assert vocab.found("Built a data-center and an e commerce site") == {
        "data center",
        "e commerce",
    }
    assert vocab.found("Data-Center and data center") == {"data center"}  # one term, not two
    assert vocab.found("data-centered design") == set()


@pytest.mark.parametrize(
    ("header", "is_it"),
    [
        ("Freelance Project Manager (Web & Mobile) | Jan 2019 – Dec 2022", True),
        ("Freelance Project Manager (Web & Mobile)\nSelf-employed, Denver, CO\nJan 2019 – Dec 2022",
         True),
        ("Consultant [ERP Rollout] | Acme Corp | Jan 2019 – Dec 2022", True),
        ("Freelance Project Manager (Weddings & Events) | Jan 2019 – Dec 2022", False),
        # The bracket must follow the title: an employer's bracket is not the job's.
        ("Project Manager | Northwind (formerly Web Mobile Ltd) | Jan 2019 – Dec 2022", False),
        # With the employer on the next line, the rest of the title line says what the job was.
        ("Program Manager – ERP Systems\nKraft Heinz, Chicago, IL\nJan 2019 – Dec 2022", True),
        ("Project Manager, Cybersecurity\nKraft Heinz, Chicago, IL\nJan 2019 – Dec 2022", True),
        ("Program Manager – Marketing\nKraft Heinz, Chicago, IL\nJan 2019 – Dec 2022", False),
        # On one line with the employer, the part after the title is the employer's.
        ("Program Manager – Kraft Heinz | Jan 2019 – Dec 2022", False),
    ],
)  # fmt: skip
def test_brackets_after_the_title_say_what_the_job_was(header, is_it):
    text = f"EXPERIENCE\n{header}\n• Managed client launches\n"
    assert [p.is_it for p in positions(text, experience_section(text))] == [is_it]


@pytest.mark.parametrize(
    ("header", "bullet", "flags"),
    [
        # A hands-on IT title is IT work, and so technical years, by itself.
        ("Programmer Analyst | State Farm", "Maintained the claims batch programs", (True, True)),
        ("Site Reliability Engineer | Acme Corp", "Kept checkout up", (True, True)),
        # A QA Analyst testing software is technical; a dairy's QA Analyst is not IT work.
        ("QA Analyst | Acme Corp", "Wrote test plans in Jira for the billing software",
         (True, True)),
        ("QA Analyst | Sunrise Dairy", "Tested milk samples for bacteria", (False, False)),
        # Titles that name other trades too need the bullets to show IT work.
        ("CNC Programmer | Acme Machining", "Wrote G-code for the lathes", (False, False)),
        ("Curriculum Developer | Springfield Schools", "Wrote lesson plans", (False, False)),
        ("Developer | Acme Corp", "Maintained COBOL and Java batch programs", (True, True)),
    ],
)  # fmt: skip
def test_an_it_role_title_is_it_work_unless_it_also_names_another_trade(header, bullet, flags):
    text = f"EXPERIENCE\n{header} | Jan 2005 – Dec 2010\n• {bullet}\n"
    found = positions(text, experience_section(text))
    assert [(p.is_it, p.is_technical) for p in found] == [flags]
    assert summarize(found, AS_OF).technical_years == (6.0 if flags[1] else 0.0)


def test_broken_need_it_evidence_is_reported():
    broken = {**RULES, "technical_roles": {**RULES["technical_roles"], "need_it_evidence": "x"}}
    assert (
        "titles.yaml: technical_roles.need_it_evidence: must be a mapping with "
        "phrases/acronyms" in validate_title_rules(broken)
    )


def test_the_vocabulary_reads_letters_that_lower_casing_moves():
    # "İ".lower() is two characters; Turkish-locale capitals must still match (İ, ı ~ i).
    vocab = Vocab(["administrator", "it project"], ["PM"])
    assert vocab("SİSTEM ADMİNİSTRATOR") and vocab("İT PROJECT lead")
    assert len(vocab.found("İT PROJECT MANAGER, SİSTEM ADMİNİSTRATOR")) == 2
    assert vocab("Senior PM – Ünternehmen") and not vocab("Ünternehmen")
    assert vocab.remove("İT PROJECT") == " | "
    assert Vocab(["kanban", "it project"])(
        "\u212aANBAN board – ıT PROJECT"
    )  # Kelvin sign, dotless ı
    assert Vocab(["it project"]).found("Senior IT Project Manager – Acme") == {"it project"}


@pytest.mark.parametrize(
    ("header", "masked"),
    [
        ("IT Project Manager, Agile Transformation Program\nJan 2018 - Dec 2020", None),
        ("IT Project Manager\nAWS Cloud Migration Project\nJan 2018 - Dec 2020", None),
        # The bracket says what the job was; the employer is the bank (0.6.2).
        ("Project Manager (Cloud Migration), Acme Bank\nJan 2018 - Dec 2020", "Acme Bank"),
        ("IT Project Manager, Kindred Cloud Inc.\nJan 2018 - Dec 2020", "Kindred Cloud Inc"),
        (
            "IT Project Manager, Migration Partners Group\nJan 2018 - Dec 2020",
            "Migration Partners Group",
        ),
    ],
)
def test_only_an_organisation_s_name_is_kept_from_the_skills(header, masked):
    # Words of a project or a bracket after the title say what the candidate worked on.
    text = f"EXPERIENCE\n{header}\n- Managed the schedule.\n"
    (position,) = positions(text, [Section("experience", 0, len(text), "EXPERIENCE")])
    span = position.employer_span
    assert (text[span[0] : span[1]] if span else None) == masked


@pytest.mark.parametrize(
    ("line", "spans"),
    [
        ("Senior IT Project Manager | Acme Corp (Remote)", [(0, 25), (28, 37), (39, 45)]),
        ("  -- Acme, Inc.  |  Boston, MA  ", [(5, 9), (11, 14), (20, 26), (28, 30)]),
        ("(Contract) Analyst at Globex — 2019", [(1, 9), (11, 18), (22, 28)]),
        ("A | BC 12 | x1", [(4, 9), (12, 14)]),  # one letter is no part; a digit is no letter
        ("Dev\t\tOps  [SAP]", [(0, 3), (5, 8), (11, 14)]),
        ("| |", []),
        ("", []),
    ],
)
def test_header_parts_are_offsets_in_the_line_between_separators(line, spans):
    assert _Layout("", [], _COMPILED).part_spans(line) == spans


def test_a_job_that_turned_remote_counts_remote_years_from_then():
    text = (
        "IT Project Manager, Acme, Dallas | Jan 2016 – Present\n"
        "• Fully remote since March 2024, when the Dallas office closed\n"
        "• Ran the payroll replacement\n"
    )
    (job,) = positions(text, experience_section(text))
    assert job.is_remote and job.remote_since == date(2024, 3, 1)
    experience = summarize([job], AS_OF)
    assert experience.total_years == 10.9
    assert (
        experience.remote_years == experience.remote_it_years == 2.8
    )  # Mar 2024 – Nov 2026: 33 months


@pytest.mark.parametrize(
    "bullet",
    [
        "• Fully remote role on a product team\n",  # no date: remote throughout
        "• Fully remote since 2012, before this job\n",  # a date outside the job says nothing
        "• Fully remote; delivered the 2017 – 2018 ERP program\n",  # a project's dates
    ],
)
def test_a_remote_bullet_without_a_date_in_the_job_makes_all_of_it_remote(bullet):
    text = f"IT Project Manager, Acme, Dallas | Jan 2016 – Dec 2019\n{bullet}"
    (job,) = positions(text, experience_section(text))
    assert job.is_remote and job.remote_since is None
    assert summarize([job], AS_OF).remote_years == 4.0


def test_every_experience_measure_is_defined_once_for_facts_taxonomy_and_scorer():
    from dataclasses import fields

    from pipeline.facts.experience import MEASURES
    from pipeline.models import Experience
    from pipeline.taxonomy import MEASURES as ROLE_MEASURES

    assert tuple(MEASURES) == ROLE_MEASURES  # what roles.yaml may name, in its error's order
    assert set(MEASURES) <= {f.name for f in fields(Experience)}
