"""Certification status from context: only `held` counts, and a mere mention is never held."""

from __future__ import annotations

import pytest

from pipeline.nlp import analyse
from tests.conftest import AS_OF

CASES = [
    ("Certifications: PMP (Project Management Institute, 2019)", "pmp", "held"),
    ("Jane Doe, PMP, CSM", "pmp", "held"),
    ("PMP® certified since 2016", "pmp", "held"),
    ("Preparing for the PMP exam", "pmp", "in_progress"),
    ("PMP candidate, exam scheduled March 2027", "pmp", "in_progress"),
    ("Pursuing PgMP, expected 2027", "pgmp", "in_progress"),
    ("CAPM (in progress)", "capm", "in_progress"),
    ("Currently studying for PRINCE2 Foundation", "prince2", "in_progress"),
    ("Working towards the PMI-ACP", "pmi-acp", "in_progress"),
    ("PMP - exam booked for January", "pmp", "in_progress"),
    ("PMP (expired 2019)", "pmp", "expired"),
    ("Certified ScrumMaster (CSM) - lapsed", "csm", "expired"),
    ("PMP, valid until 2023", "pmp", "expired"),
    ("PMP, valid until 2028", "pmp", "held"),
    ("PMP - expires Dec 2027", "pmp", "held"),
    ("PMP — valid through 03/2025", "pmp", "expired"),  # a numeric month was no date
    ("PMP, valid through 03/2028", "pmp", "held"),
    ("CSM, exp. 11-2024", "csm", "expired"),
    ("PMP, exp. 2021", "pmp", "expired"),  # "exp. " ended the clause before its date
    ("PMP (Exp. Jan 2029)", "pmp", "held"),
    ("Completed 35 contact hours toward PMP", "pmp", "in_progress"),  # was a false hold
    ("Progress towards the PMP: 60%", "pmp", "in_progress"),
    ("Formerly PMP certified", "pmp", "expired"),
    ("No PMP", "pmp", "negated"),
    ("Not yet certified (PMP exam planned)", "pmp", "negated"),
    ("PMP: not yet certified", "pmp", "negated"),
    ("Seeking PMP certification", "pmp", "in_progress"),
    ("PMP (studying)", "pmp", "in_progress"),
    ("CAPM holder, PMP next.", "pmp", "in_progress"),
    ("CAPM holder, PMP next.", "capm", "held"),
    ("PMP eligible (35 contact hours completed)", "pmp", "in_progress"),
    ("CAPM certified; PMP application approved.", "pmp", "in_progress"),
    ("CAPM certified; PMP application approved.", "capm", "held"),
    # Between two mentions, the words after the joining word are the next one's.
    ("PMP certified and pursuing PgMP", "pmp", "held"),
    ("PMP certified and pursuing PgMP", "pgmp", "in_progress"),
    ("PMP holder, studying for the PgMP", "pmp", "held"),
    ("Scrum Fundamentals Certified and studying for the CAPM", "scrum-fundamentals", "held"),
    ("PMP - in progress, and CSM", "pmp", "in_progress"),
    ("PMP - in progress, and CSM", "csm", "held"),
    ("PMP (expected 2027) and CSM", "pmp", "in_progress"),
    ("CSM and preparing for the PMP", "pmp", "in_progress"),
    # A course for a certification is not the certification.
    ("Completed PMP exam prep course (35 PDUs)", "pmp", "in_progress"),
    ("PMP Certification Training - Simplilearn (2021)", "pmp", "in_progress"),
    ("PMP bootcamp, 2023", "pmp", "in_progress"),
    ("PMP Certification, PMI, 2019", "pmp", "held"),
    ("PMP (class of 2019)", "pmp", "held"),
    # A cue before the joining word still reaches the next mention: never a false hold.
    ("Certified ScrumMaster studying for and registered to sit the PMP", "pmp", "in_progress"),
    ("CSM holder working towards and funded for the PMP", "pmp", "in_progress"),
    ("CSM (2020) working toward, and expected to sit in 2027, the PMP exam", "pmp", "in_progress"),
    # A span that has ended is a certificate held then, not now; one still running is held.
    ("PMP (2014–2020)", "pmp", "expired"),
    ("Certified ScrumMaster (CSM), 2015 to 2019", "csm", "expired"),
    ("PMP (Project Management Institute), 2019 - 2022", "pmp", "expired"),
    ("Held PMP from 2010 to 2019.", "pmp", "expired"),
    ("CSM until 2018", "csm", "expired"),
    ("CSM (Scrum Alliance), renewed annually through 2018", "csm", "expired"),
    ("PMP (2016 – Present)", "pmp", "held"),
    ("PMP (2013–2016, 2019–present)", "pmp", "held"),
    ("PMP (2023 – 2026)", "pmp", "held"),  # through the as-of year
    ("PMP, PMI, 2019", "pmp", "held"),
    ("PMP-certified PM at Acme Corp, 2015 - 2019", "pmp", "held"),  # the job's dates
    # Expiry dates as people write them.
    ("PMP, expires 14/02/2025", "pmp", "expired"),
    ("PMP, expires 02/14/2025", "pmp", "expired"),
    ("PMP, expires 14 Feb 2025", "pmp", "expired"),
    ("PMP, Expiration: 2025-12-31", "pmp", "expired"),
    ("PMP, Expiration: 2025", "pmp", "expired"),
    ("PMP, expires 14/02/2028", "pmp", "held"),
    ("PMP, valid until 2028", "pmp", "held"),
    # Labels over a list, and words that end a certificate.
    ("Lapsed certifications: CSM", "csm", "expired"),
    ("Certifications (expired): CSM", "csm", "expired"),
    ("PMP (suspended)", "pmp", "expired"),
    ("PMP — revoked", "pmp", "expired"),
    ("Declined to renew PMP in 2020", "pmp", "expired"),
    ("PMP: No", "pmp", "negated"),
    ("PMP – no", "pmp", "negated"),
    ("Non-PMP project manager with a strong delivery record", "pmp", "negated"),
    # On the way to it.
    ("Completing CAPM coursework", "capm", "in_progress"),
    ("Eligible to sit for the PMP exam", "pmp", "in_progress"),
    ("PMP – target completion Q2 2027", "pmp", "in_progress"),
    ("PMP – target date March 2027", "pmp", "in_progress"),
    ("Will obtain PMP certification by Q1 2027.", "pmp", "in_progress"),
    ("PMP retake scheduled 2027", "pmp", "in_progress"),
    ("PMP 35-hour exam prep course (completed 2025)", "pmp", "in_progress"),
    # A renewal under way is of a certificate held.
    ("PMP (renewal due Mar 2027)", "pmp", "held"),
    ("PMP renewal in progress (current cycle ends Jan 2027)", "pmp", "held"),
    ("I do not currently hold a PMP certification.", "pmp", "negated"),
    ("Planning to pursue PgMP in 2027", "pgmp", "in_progress"),
    # A bare "until"/"through" ends the certificate only close after it, with no job between.
    ("PMP certified since 2012 and Scrum coach through 2020", "pmp", "held"),
    ("CSM who served as Scrum Master until 2019, now a PM", "csm", "held"),
    ("PMP, expires Dec 31, 2024", "pmp", "expired"),
    ("PMP (recertification due 2027)", "pmp", "held"),
    ("PMP - No. 1234567", "pmp", "held"),  # a number, not "no"
    ("PMP (2016) — used daily until 2024 promotion", "pmp", "held"),
    ("PMP 2016 - renewal: in progress", "pmp", "held"),
    ("Results you will get: PMP-certified delivery of ERP programs", "pmp", "held"),
    ("Will obtain PMP certification by Q1 2027.", "pmp", "in_progress"),
]


@pytest.mark.parametrize(("text", "cert", "status"), CASES, ids=[c[0] for c in CASES])
def test_certification_status_from_context(nlp, text, cert, status):
    doc = analyse(nlp, text, AS_OF)
    found = {e.ent_id_: e._.cert_status for e in doc.ents if e.label_ == "CERT"}
    assert found.get(cert) == status, found


def test_cue_applies_to_its_own_certification_only(nlp):
    doc = analyse(nlp, "PMP (expired 2019); Certified ScrumMaster (CSM), PgMP candidate", AS_OF)
    found = {e.ent_id_: e._.cert_status for e in doc.ents if e.label_ == "CERT"}
    assert found == {"pmp": "expired", "csm": "held", "pgmp": "in_progress"}


def test_cue_on_another_line_does_not_leak(nlp):
    doc = analyse(nlp, "PMP candidate\nCertified ScrumMaster", AS_OF)
    found = {e.ent_id_: e._.cert_status for e in doc.ents if e.label_ == "CERT"}
    assert found == {"pmp": "in_progress", "csm": "held"}


def test_a_list_ends_at_the_line_break(nlp):
    # Each line of a certifications section is its own item: the cue below does not reach up.
    doc = analyse(nlp, "CERTIFICATIONS\nCAPM\nPMP - in progress (application approved)", AS_OF)
    found = {e.ent_id_: e._.cert_status for e in doc.ents if e.label_ == "CERT"}
    assert found == {"capm": "held", "pmp": "in_progress"}


def test_certification_named_inside_a_job_is_not_a_claim(screener):
    from pipeline.models import Document

    text = (
        "EXPERIENCE\nIT Project Manager, Acme Corp\nJan 2018 - Present\n"
        "- Coached four analysts through PMP exam preparation\n"
    )
    result = screener.screen_document(Document(text=text, format="txt"))
    assert all(c.id != "pmp" for c in result.profile.certifications)


@pytest.mark.parametrize(
    ("summary", "held"),
    [
        # Other people's certificates are no claim of the candidate's ...
        ("Mentored 5 engineers to pass the PMP exam.", set()),
        ("Coached 12 PMs through CSM certification.", set()),
        ("Managed a team of PMP-certified project managers.", set()),
        ("Supervised three Certified ScrumMasters across two release trains.", set()),
        ("Trained 40+ PMP candidates.", set()),
        # ... and do not cancel the candidate's own, named elsewhere.
        ("PMP-certified PM who mentored 5 engineers to pass the CSM.", {"pmp"}),
        ("Led a PMP-certified team of six; I hold the CSM.", {"csm"}),
        ("PMP since 2015; managed projects as a PMP.", {"pmp"}),
        ("PMP-certified team lead with 8 years in banking.", {"pmp"}),
        ("Trained for six months to earn the PMP in 2019.", {"pmp"}),
    ],
)
def test_someone_elses_certificate_is_no_claim(screener, summary, held):
    from pipeline.models import Document

    text = f"SUMMARY\n{summary}\n\nEXPERIENCE\nIT Project Manager, Acme Corp\nJan 2018 - Present\n"
    result = screener.screen_document(Document(text=text, format="txt"))
    assert {c.id for c in result.profile.certifications if c.status == "held"} == held
    assert all(c.status == "held" for c in result.profile.certifications)  # nothing cancelled


@pytest.mark.parametrize(
    ("bullet", "claimed"),
    [
        ("Earned PMP certification in 2018 while leading the CRM migration.", True),
        ("Passed the PMP exam on first attempt (2020).", True),
        ("PMP certified (2018); led the PMO standardization effort.", True),
        ("Achieved PMP certification in 2019 while coordinating the ERP cutover.", True),
        ("Mentored 5 engineers to pass the PMP; I hold the CSM (2019).", False),
        ("Coached four analysts through PMP exam preparation", False),
        ("Helped three PMs who passed the PMP exam", False),
        ("Managed a team of PMP-certified project managers", False),
        ("Studying for the PMP while coaching two agile teams", "in_progress"),
    ],
)
def test_a_job_bullet_that_opens_by_claiming_a_certification_counts(screener, bullet, claimed):
    from pipeline.models import Document

    text = f"EXPERIENCE\nIT Project Manager, Acme Corp\nJan 2018 - Present\n- {bullet}\n"
    result = screener.screen_document(Document(text=text, format="txt"))
    status = {c.id: c.status for c in result.profile.certifications}
    held = {c for c, s in status.items() if s == "held"}
    if claimed == "in_progress":
        assert status.get("pmp") == "in_progress"
        return
    assert ("pmp" in held) is claimed
    assert ("csm" in held) is ("I hold the CSM" in bullet)


@pytest.mark.parametrize(
    ("section", "line", "held"),
    [
        ("SKILLS", "Methodologies: Agile, Scrum, PRINCE2, Waterfall", False),
        ("SKILLS", "Agile | Scrum | PRINCE2® | Waterfall", False),
        ("SUMMARY", "PMP-certified PM experienced in PRINCE2 and Scrum.", False),
        ("SKILLS", "PRINCE2 certified", True),
        ("SKILLS", "PRINCE2 Practitioner", True),
        ("SUMMARY", "Certified PRINCE2 practitioner and Scrum Master.", True),
        ("CERTIFICATIONS", "PRINCE2", True),
        ("SKILLS", "Certifications: PMP, PRINCE2", True),
    ],
)
def test_a_bare_method_name_in_skills_or_summary_is_no_certificate(screener, section, line, held):
    # "PRINCE2" names a method as well as its certificate: listed among methods it was read as a
    # held certificate (a false hold on résumés from the UK, Europe and Australia).
    from pipeline.models import Document

    text = f"Jordan Example\njordan@example.org\n\n{section}\n{line}\n"
    result = screener.screen_document(Document(text=text, format="txt"))
    statuses = {c.id: c.status for c in result.profile.certifications}
    assert (statuses.get("prince2") == "held") is held


LISTS = [
    ("Preparing for PMP and CAPM", {"pmp": "in_progress", "capm": "in_progress"}),
    (
        "PMP, CAPM, CSM, PRINCE2 - studying for all of them",
        {
            "pmp": "in_progress",
            "capm": "in_progress",
            "csm": "in_progress",
            "prince2": "in_progress",
        },
    ),
    ("Certifications: PMP, CSM, PMI-ACP", {"pmp": "held", "csm": "held", "pmi-acp": "held"}),
    ("PMP (2016), CSM (expired 2020)", {"pmp": "held", "csm": "expired"}),
    ("No PMP or CSM yet", {"pmp": "negated", "csm": "negated"}),
    # A note in brackets (or "candidate") right after the last of a list is that one's own.
    ("CSM, PMP (in progress)", {"csm": "held", "pmp": "in_progress"}),
    ("CSM and PMP (expired 2020)", {"csm": "held", "pmp": "expired"}),
    ("CSM / PMP (in progress)", {"csm": "held", "pmp": "in_progress"}),
    (
        "CSM, PMI-ACP, PMP (exam scheduled Dec 2026)",
        {"csm": "held", "pmi-acp": "held", "pmp": "in_progress"},
    ),
    ("CSM, PMP candidate", {"csm": "held", "pmp": "in_progress"}),
    ("Pursuing CSM, PMP (2026)", {"csm": "in_progress", "pmp": "in_progress"}),
    ("CSM, PMP (both in progress)", {"csm": "in_progress", "pmp": "in_progress"}),
]


# Lines under a certificate say how it stands (LinkedIn's layout); a label line over a list sets
# the status of the certificates under it.
LAYOUTS = [
    ("PMP\nExpired Jan 2021", {"pmp": "expired"}),
    (
        "Project Management Professional (PMP)\nProject Management Institute\n"
        "Issued Jan 2015 · Expired Jan 2021",
        {"pmp": "expired"},
    ),
    (
        "Project Management Professional (PMP)\nProject Management Institute\n"
        "Issued: 2016  |  Status: Lapsed",
        {"pmp": "expired"},
    ),
    (
        "PMP\nIssued Jan 2015 · Expires Jan 2028\nCSM\nExpired 2020",
        {"pmp": "held", "csm": "expired"},
    ),
    ("In progress:\nPMP", {"pmp": "in_progress"}),
    (
        "Current:\nPMP (2020)\nExpired:\nCertified ScrumMaster (CSM), 2014\nPMI-ACP, 2016",
        {"pmp": "held", "csm": "expired", "pmi-acp": "expired"},
    ),
    ("CSM, 2022\nIn progress:\nPMP (exam booked)", {"csm": "held", "pmp": "in_progress"}),
    # A blank line ends a label's list.
    ("Expired:\nCSM\n\nPMP", {"csm": "expired", "pmp": "held"}),
    # An item of its own is not a status line, even of a certificate the taxonomy does not know.
    ("- PMP – Project Management Professional, 2021\n- CCNA (expired 2019)", {"pmp": "held"}),
    ("AWS Certified Cloud Practitioner\nCCNP Enterprise (expired 2012)", {"aws-ccp": "held"}),
    # A line naming another certificate is no status line of the one above.
    (
        "PMP, PMI, 2016\nCertified Information Systems Auditor (CISA) - expected 2027",
        {"pmp": "held"},
    ),
    ("PMP, PMI, 2016\nCertified Kubernetes Administrator, expired 2021", {"pmp": "held"}),
    # Another label ends a label's reach.
    ("In progress:\nPMI-ACP\nCompleted:\nPMP, 2016", {"pmi-acp": "in_progress", "pmp": "held"}),
    # How it stands, further along its own line or on a line under its issuer.
    ("PMP | Issued 04/2016 | Expires 04/2025", {"pmp": "expired"}),
    ("PMP | Issued 04/2016 | Expires 04/2028", {"pmp": "held"}),
    (
        "Certified ScrumMaster (CSM)\nScrum Alliance · Issued Feb 2018 · Expired Feb 2022",
        {"csm": "expired"},
    ),
    ("Project Management Professional (PMP)\nExam scheduled: January 2027", {"pmp": "in_progress"}),
    ("CERTIFICATIONS (IN PROGRESS)\nPMP", {"pmp": "in_progress"}),
]


@pytest.mark.parametrize(("text", "expected"), LAYOUTS, ids=[t for t, _ in LAYOUTS])
def test_status_lines_under_a_certificate_and_labels_over_a_list(nlp, text, expected):
    doc = analyse(nlp, text, AS_OF)
    found = {e.ent_id_: e._.cert_status for e in doc.ents if e.label_ == "CERT"}
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), LISTS, ids=[t for t, _ in LISTS])
def test_a_list_of_certifications_shares_its_context(nlp, text, expected):
    doc = analyse(nlp, text, AS_OF)
    assert {e.ent_id_: e._.cert_status for e in doc.ents if e.label_ == "CERT"} == expected


def test_a_referees_certificate_is_no_claim(screener):
    from pipeline.models import Document

    text = (
        "SUMMARY\nIT project manager.\n\nEXPERIENCE\nIT Project Manager, Acme Corp\n"
        "Jan 2018 - Present\n- Led the ERP rollout.\n\nREFERENCES\n"
        "Jane Morrison, PMP — Director, Enterprise PMO\n"
    )
    result = screener.screen_document(Document(text=text, format="txt"))
    assert result.profile.certifications == ()
