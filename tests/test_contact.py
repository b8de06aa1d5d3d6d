"""Contact details are found for the reports, wherever the contact block sits."""

from __future__ import annotations

from pipeline.facts.contact import extract_contact


def test_contact_block_at_the_top():
    text = "Maria J. Okafor, PMP\nmaria.okafor@example.com | (555) 010-2233 | Austin, TX\nlinkedin.com/in/mokafor\nSUMMARY\n..."
    c = extract_contact(text)
    assert c.name == "Maria J. Okafor"
    assert c.email == "maria.okafor@example.com"
    assert c.phone == "(555) 010-2233"
    assert c.linkedin == "linkedin.com/in/mokafor"
    assert c.city == "Austin, TX"


def test_contact_block_after_a_sidebar_in_reading_order():
    sidebar = "\n".join(
        [
            "Key Skills",
            "- Jira",
            "- Smartsheet",
            "- Agile",
            "- Budgeting",
            "Education",
            "B.S. Business, 2012",
            "Certifications",
            "- PMP",
        ]
    )
    text = (
        sidebar
        + "\nConstance Ugwu-Halloran\nSenior IT Project Manager\ncugwu@example.com\n(555) 010-1003\nMinneapolis, MN\n"
    )
    c = extract_contact(
        text, not_a_name=lambda line: line in ("Key Skills", "Education", "Certifications")
    )
    assert c.name == "Constance Ugwu-Halloran"
    assert c.email == "cugwu@example.com"
    assert c.city == "Minneapolis, MN"


def test_hyperlink_target_gives_the_linkedin_url():
    c = extract_contact(
        "JANE ROE\njane@example.org",
        links=("mailto:jane@example.org", "https://www.linkedin.com/in/janeroe"),
    )
    assert c.name == "JANE ROE"
    assert c.linkedin == "https://www.linkedin.com/in/janeroe"


def test_a_job_title_is_not_a_name():
    assert extract_contact("Senior IT Project Manager\nsomeone@example.com").name == ""


def test_accented_names_and_degree_lines():
    text = "B.S. Business Administration, Gopher\nIngrid Valdés-Moreau\ningrid@example.com"
    assert extract_contact(text).name == "Ingrid Valdés-Moreau"


def test_a_linkedin_address_is_found_in_any_case():
    c = extract_contact("Jane Roe\nWWW.LinkedIn.COM/in/JaneRoe | jane@example.org\n")
    assert c.linkedin == "WWW.LinkedIn.COM/in/JaneRoe"
    assert extract_contact("Jane Roe\nlinked in: janeroe\n").linkedin == ""


def test_a_linkedin_address_in_non_ascii_capitals_is_found():
    c = extract_contact("Ayşe Yılmaz\nLİNKEDİN.COM/İN/ayse | ayse@example.org\n")
    assert c.linkedin == "LİNKEDİN.COM/İN/ayse"
