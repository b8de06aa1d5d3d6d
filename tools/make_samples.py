"""Generate the sample résumés in samples/ and samples/README.md, deterministically.

python tools/make_samples.py [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_labelled import (  # noqa: E402
    EXTENSIONS,
    H_CAPS,
    H_CAREER,
    H_COLON,
    H_EXP,
    H_PLAIN,
    H_REL,
    Edu,
    Spec,
    build,
    contact,
    label,
)
from make_labelled import Job as J  # noqa: E402
from resume_render import render  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "samples"

# (spec, what the file is meant to show)
SAMPLES: list[tuple[Spec, str]] = [
    (
        Spec(
            "general_it_pm_onecolumn",
            "pdf1",
            "Lorelei Abara-Whitcombe",
            contact("labara", "Columbus, OH", "010-1001"),
            "IT Project Manager",
            "IT project manager with nine years of delivery for insurers. {pmp@held:PMP} since 2018.",
            (
                J(
                    "IT Project Manager",
                    "Buckeye Mutual Insurance",
                    "Columbus, OH",
                    (2018, 1),
                    "present",
                    "mon",
                    "itpm",
                    5,
                    pm=True,
                ),
                J(
                    "IT Project Coordinator",
                    "Scioto Valley Bank",
                    "Columbus, OH",
                    (2015, 3),
                    (2017, 12),
                    "mon",
                    "coordinator",
                    3,
                ),
            ),
            (
                "{jira:Jira}",
                "{ms-project:MS Project}",
                "{smartsheet:Smartsheet}",
                "{trello:Trello}",
                "{agile:Agile}",
                "{scrum:Scrum}",
                "{waterfall:Waterfall}",
                "{sdlc:SDLC}",
                "{budgeting:Budgeting}",
                "{vendor-management:Vendor management}",
                "{risk-management:Risk management}",
                "{communication:Communication}",
                "{leadership:Leadership}",
                "{prioritization:Prioritization}",
            ),
            (
                "{pmp@held:Project Management Professional (PMP), PMI, 2018}",
                "{csm@held:Certified ScrumMaster (CSM), 2019}",
            ),
            (
                Edu(
                    "B.S. Computer Science, Olentangy State University, 2014",
                    "bachelor",
                    "computing",
                ),
            ),
            "pm",
            "",
        ),
        "General IT Project Manager, strong fit: PMP, 8+ years IT PM, the core tools and methods. "
        'One-column PDF; dates like "Jan 2018 – Present".',
    ),
    (
        Spec(
            "junior_it_pm_docx_header_table",
            "docx",
            "Tobiah Nwosu-Karlsson",
            contact("tnwosu", "Raleigh, NC", "010-1002"),
            "",
            "Junior IT project manager, {capm@held:CAPM} certified, moving up from coordination.",
            (
                J(
                    "Junior IT Project Manager",
                    "Oak City Software",
                    "Raleigh, NC",
                    (2025, 2),
                    "present",
                    "mmyyyy",
                    "itpm",
                    3,
                    pm=True,
                ),
                J(
                    "IT Project Coordinator",
                    "Oak City Software",
                    "Raleigh, NC",
                    (2023, 6),
                    (2025, 1),
                    "mmyyyy",
                    "coordinator",
                    3,
                ),
                J(
                    "Project Management Intern",
                    "Triangle Health Apps",
                    "Durham, NC",
                    2022,
                    2022,
                    "summer",
                    "intern",
                    2,
                    intern=True,
                ),
            ),
            (
                "{jira:Jira}",
                "{asana:Asana}",
                "{ms-project:MS Project}",
                "{scrum:Scrum}",
                "{agile:Agile}",
                "{time-management:Time management}",
                "{communication:Communication}",
                "Excel",
                "{kanban:Kanban}",
            ),
            (
                "{capm@held:CAPM (PMI), 2024}",
                "{scrum-fundamentals@held:Scrum Fundamentals Certified, 2023}",
            ),
            (
                Edu(
                    "B.S. Information Technology, Triangle State University, 2023",
                    "bachelor",
                    "computing",
                ),
            ),
            "entry",
            "",
        ),
        "Junior IT Project Manager, strong fit: CAPM and Scrum Fundamentals, coordinator then "
        "junior PM, a summer internship. DOCX with the contact details in the page header and "
        'the skills in a table; dates like "03/2015 - 06/2019".',
    ),
    (
        Spec(
            "senior_it_pm_twocolumn",
            "pdf2",
            "Constance Ugwu-Halloran",
            contact("cugwu", "Minneapolis, MN", "010-1003"),
            "Senior IT Project Manager",
            "Senior IT project manager with 13 years in banking; {pmp@held:PMP} and "
            "{pmi-acp@held:PMI-ACP}.",
            (
                J(
                    "Senior IT Project Manager",
                    "North Country Bank",
                    "Minneapolis, MN",
                    (2017, 6),
                    "present",
                    "mon",
                    "itpm",
                    5,
                    pm=True,
                    extra=(
                        "{negotiation:Negotiated} a three-year managed desktop renewal 12% below the "
                        "previous terms.",
                    ),
                ),
                J(
                    "IT Project Manager",
                    "Lakes Region Insurance",
                    "St. Paul, MN",
                    (2013, 2),
                    (2017, 5),
                    "mon",
                    "itpm",
                    4,
                    pm=True,
                ),
            ),
            (
                "{ms-project:MS Project}",
                "{smartsheet:Smartsheet}",
                "{jira:Jira}",
                "{confluence:Confluence}",
                "{agile:Agile}",
                "{waterfall:Waterfall}",
                "{hybrid:Hybrid}",
                "{budgeting:Budgeting}",
                "{procurement:Procurement}",
                "{stakeholder-management:Stakeholder management}",
                "{decision-making:Decision-making}",
                "{negotiation:Negotiation}",
                "{conflict-resolution:Conflict resolution}",
            ),
            ("{pmp@held:PMP, 2014}", "{pmi-acp@held:PMI-ACP, 2018}"),
            (
                Edu(
                    "B.S. Business Administration, Gopher State University, 2012",
                    "bachelor",
                    "business",
                ),
            ),
            "pm",
            "",
            headings=H_CAREER,
            layout="employer_first",
        ),
        "Senior IT Project Manager, strong fit: 13 years IT PM, PMP and PMI-ACP, budgets, "
        "procurement, vendors. Two-column PDF (experience left, skills and credentials right).",
    ),
    (
        Spec(
            "technical_it_pm_sidebar",
            "pdfside",
            "Ravindra Oyelowo-Strand",
            contact("royelowo", "Seattle, WA", "010-1004"),
            "Technical IT Project Manager",
            "Software engineer turned technical project manager for {cloud-infrastructure:cloud} "
            "platforms; {pmp@held:PMP}, {aws-ccp@held:AWS Certified Cloud Practitioner}.",
            (
                J(
                    "Technical IT Project Manager",
                    "Sound Logistics Tech",
                    "Seattle, WA",
                    (2019, 4),
                    "present",
                    "mon",
                    "techpm",
                    6,
                    pm=True,
                ),
                J(
                    "Software Engineer",
                    "Rainier Payments",
                    "Bellevue, WA",
                    2012,
                    2016,
                    "year",
                    "dev",
                    3,
                ),
                J(
                    "Senior Software Engineer",
                    "Rainier Payments",
                    "Bellevue, WA",
                    (2016, 7),
                    (2019, 3),
                    "mon",
                    "dev",
                    2,
                ),
            ),
            (
                "{jira:Jira}",
                "{github:GitHub}",
                "{ci-cd:CI/CD}",
                "{devops:DevOps}",
                "{apis:APIs}",
                "{database-systems:SQL}",
                "{cloud-infrastructure:Cloud infrastructure}",
                "{aws:AWS}",
                "{sdlc:SDLC}",
                "{scrum:Scrum}",
                "{collaboration:Collaboration}",
            ),
            (
                "{pmp@held:PMP, 2020}",
                "{aws-ccp@held:AWS Certified Cloud Practitioner, 2021}",
                "{csm@held:CSM, 2019}",
            ),
            (
                Edu(
                    "B.S. Computer Engineering, Puget Sound Polytechnic, 2012",
                    "bachelor",
                    "engineering",
                ),
            ),
            "pm",
            "",
            headings=H_EXP,
        ),
        "Technical IT Project Manager, strong fit: former developer, cloud, APIs, CI/CD, PMP and "
        "AWS Cloud Practitioner. Sidebar PDF (narrow shaded left column with contact, skills and "
        'certifications); year-only dates "2012–2016".',
    ),
    (
        Spec(
            "program_manager_docx_positions_table",
            "docx_table",
            "Evander Achebe-Lindqvist",
            contact("eachebe", "Chicago, IL", "010-1005"),
            "IT Program Manager",
            "IT program manager with 16 years of delivery, the last eight running ERP and finance "
            "{program-management:program management}; {pmp@held:PMP}, {pgmp@held:PgMP}.",
            (
                J(
                    "IT Program Manager",
                    "Lakefront Consolidated Foods",
                    "Chicago, IL",
                    (2018, 3),
                    "present",
                    "mon",
                    "programpm",
                    7,
                    pm=True,
                ),
                J(
                    "Senior IT Project Manager",
                    "Prairie Freight Systems",
                    "Chicago, IL",
                    (2010, 5),
                    (2018, 2),
                    "mon",
                    "itpm",
                    4,
                    pm=True,
                ),
            ),
            (
                "{clarity-ppm:Clarity PPM}",
                "{planview:Planview}",
                "{ms-project:MS Project}",
                "{portfolio-management:Portfolio management}",
                "{forecasting:Forecasting}",
                "{financial-reporting:Financial reporting}",
                "{budgeting:Budgeting}",
                "{roadmap-planning:Roadmap planning}",
                "{strategic-thinking:Strategic thinking}",
                "{erp:ERP}",
                "{agile:Agile}",
                "{change-management:Change management}",
            ),
            (
                "{pmp@held:PMP, 2011}",
                "{pgmp@held:PgMP, 2019}",
                "{safe-spc@in_progress:SAFe Program Consultant – pursuing, expected 2027}",
            ),
            (
                Edu("MBA, Windy City School of Business, 2013", "master", "business"),
                Edu(
                    "B.S. Information Systems, Illini State University, 2009",
                    "bachelor",
                    "computing",
                ),
            ),
            "program",
            "",
            headings=H_CAREER,
        ),
        "IT Program Manager, strong fit: 16 years, PMP and PgMP, portfolio tools, forecasting and "
        "financial reporting, ERP; SAFe SPC only in progress. DOCX with positions in a table.",
    ),
    (
        Spec(
            "remote_it_pm_plain",
            "txt",
            "Soledad Mbeki-Hartmann",
            contact("smbeki", "Remote (Boise, ID)", "010-1006"),
            "Remote IT Project Manager",
            "IT project manager on {remote-teams:fully remote teams} since 2019; {pmp@held:PMP} and "
            "{rmp@held:Remote Project Management (RMP)}.",
            (
                J(
                    "IT Project Manager",
                    "Sawtooth SaaS Co.",
                    "Remote",
                    (2021, 9),
                    "present",
                    "dotted",
                    "remotepm",
                    5,
                    pm=True,
                ),
                J(
                    "IT Project Manager",
                    "Snake River Apps",
                    "Remote (US)",
                    (2019, 3),
                    (2021, 8),
                    "dotted",
                    "remotepm",
                    4,
                    pm=True,
                ),
                J(
                    "IT Project Coordinator",
                    "Treasure Valley Credit Union",
                    "Boise, ID",
                    (2016, 8),
                    (2019, 2),
                    "dotted",
                    "coordinator",
                    2,
                ),
            ),
            (
                "{zoom:Zoom}",
                "{slack:Slack}",
                "{jira:Jira}",
                "{trello:Trello}",
                "{clickup:ClickUp}",
                "{kanban:Kanban}",
                "{agile:Agile}",
                "{hybrid:Hybrid}",
                "{saas:SaaS}",
            ),
            ("{pmp@held:PMP, 2020}", "{rmp@held:RMP, 2022}"),
            (Edu("B.S. Information Systems, Gem State University, 2016", "bachelor", "computing"),),
            "pm",
            "",
            headings=H_COLON,
            bullet="-",
        ),
        "Remote IT Project Manager, strong fit: 7+ years of remote IT PM positions, PMP and RMP, "
        'Zoom/Slack/Jira/Trello/ClickUp, Kanban, SaaS. Plain text; dates like "Sept. 2021 – '
        'Present".',
    ),
    (
        Spec(
            "java_developer_nonpm",
            "pdf1",
            "Anselm Obuya-Fairchild",
            contact("aobuya", "Austin, TX", "010-1007"),
            "Java Developer",
            "Java developer building payment services.",
            (
                J(
                    "Senior Java Developer",
                    "Barton Creek Payments",
                    "Austin, TX",
                    (2020, 1),
                    "present",
                    "mon",
                    "dev",
                    5,
                ),
                J(
                    "Java Developer",
                    "Pecan Street Software",
                    "Austin, TX",
                    (2016, 6),
                    (2019, 12),
                    "mon",
                    "dev",
                    3,
                ),
            ),
            (
                "Java 17",
                "Spring Boot",
                "{apis:REST APIs}",
                "{database-systems:PostgreSQL}",
                "{github:GitHub}",
                "{ci-cd:CI/CD}",
                "{cloud-infrastructure:Cloud}",
                "{aws:AWS}",
                "{scrum:Scrum}",
            ),
            ("AWS Certified Developer – Associate (2022)",),
            (Edu("B.S. Computer Science, Hill Country University, 2016", "bachelor", "computing"),),
            "nonpm",
            "",
            headings=H_EXP,
            skills_inline=True,
        ),
        "Non-PM: a Java developer with plenty of technical keywords; must not rank as a PM. Its "
        "AWS Developer Associate is not the Cloud Practitioner.",
    ),
    (
        Spec(
            "registered_nurse_nonpm",
            "txt",
            "Philomena Oduya-Castillo",
            contact("poduya", "Tucson, AZ", "010-1008"),
            "Registered Nurse, BSN",
            "Registered nurse on medical-surgical units.",
            (
                J(
                    "Registered Nurse",
                    "Catalina Regional Medical Center",
                    "Tucson, AZ",
                    (2018, 4),
                    "present",
                    "mmyyyy",
                    "nurse",
                    4,
                    it=False,
                ),
                J(
                    "Registered Nurse",
                    "Saguaro Community Hospital",
                    "Tucson, AZ",
                    (2015, 6),
                    (2018, 3),
                    "mmyyyy",
                    "nurse",
                    2,
                    it=False,
                ),
            ),
            (
                "Patient assessment",
                "Medication administration",
                "Epic charting",
                "{hipaa:HIPAA}",
                "BLS / ACLS",
            ),
            ("Registered Nurse, Arizona State Board of Nursing",),
            (Edu("Bachelor of Science in Nursing, Sonoran University, 2015", "bachelor", "other"),),
            "nonpm",
            "",
            headings=H_CAPS,
        ),
        "Non-PM: a registered nurse; scores should be near zero for every role.",
    ),
    (
        Spec(
            "construction_pm_nonit",
            "docx",
            "Leopold Adeyinka-Rasmussen",
            contact("ladeyinka", "Charlotte, NC", "010-1009"),
            "Construction Project Manager",
            "Construction project manager for hospitals and schools; {pmp@held:PMP}.",
            (
                J(
                    "Construction Project Manager",
                    "Queen City Builders",
                    "Charlotte, NC",
                    (2015, 9),
                    "present",
                    "mon",
                    "construction",
                    6,
                    pm=True,
                    it=False,
                ),
                J(
                    "Project Engineer",
                    "Catawba Structural",
                    "Rock Hill, SC",
                    (2011, 6),
                    (2015, 8),
                    "mon",
                    "engineer",
                    3,
                    it=False,
                ),
            ),
            (
                "{ms-project:Microsoft Project}",
                "Primavera P6",
                "{procurement:Procurement}",
                "{contract-management:Contract administration}",
                "{budgeting:Budget control}",
                "{risk-management:Risk assessment}",
            ),
            ("{pmp@held:PMP, 2017}", "OSHA 30-Hour Construction"),
            (
                Edu(
                    "B.S. Construction Management, Carolina Tech University, 2011",
                    "bachelor",
                    "engineering",
                ),
            ),
            "nonpm",
            "",
            headings=H_CAPS,
        ),
        "Construction project manager: PM years and a PMP but no IT work, so no IT PM years; must "
        "not reach the top of any IT role.",
    ),
    (
        Spec(
            "pmp_candidate_expired_cert",
            "pdf1",
            "Gwendolyn Achterberg-Nkemelu",
            contact("gachterberg", "San Diego, CA", "010-1010"),
            "IT Project Manager",
            "IT project manager. {pmp@in_progress:PMP candidate, exam scheduled March 2027}.",
            (
                J(
                    "IT Project Manager",
                    "Point Loma Systems",
                    "San Diego, CA",
                    (2020, 6),
                    "present",
                    "mmyyyy",
                    "itpm",
                    5,
                    pm=True,
                ),
                J(
                    "IT Project Coordinator",
                    "Mission Bay Insurance",
                    "San Diego, CA",
                    (2015, 3),
                    (2019, 6),
                    "mmyyyy",
                    "coordinator",
                    3,
                ),
            ),
            (
                "{ms-project:MS Project}",
                "{jira:Jira}",
                "{waterfall:Waterfall}",
                "{risk-management:Risk management}",
                "{scope-management:Scope management}",
            ),
            (
                "{pmp@in_progress:PMP – exam scheduled March 2027}",
                "{prince2@expired:PRINCE2 Foundation (expired 2020)}",
                "{csm@negated:CSM}: not yet certified",
            ),
            (Edu("B.A. Economics, Torrey Pines University, 2014", "bachelor", "business"),),
            "pm",
            "",
            headings=H_CAPS,
            layout="dates_first",
        ),
        "Certification status: PMP only scheduled (in progress), PRINCE2 expired, CSM negated — "
        'none of them may count as held. Dates like "03/2015 - 06/2019".',
    ),
    (
        Spec(
            "career_changer_typos",
            "txt",
            "Osric Mwangi-Delacroix",
            contact("omwangi", "Kansas City, MO", "010-1011"),
            "",
            "Former teacher, IT project manager since 2023; {scrum-fundamentals@held:Scrum "
            "Fundamentals Certified}.",
            (
                J(
                    "IT Project Manager",
                    "Plaza Retail Systems",
                    "Kansas City, MO",
                    (2023, 1),
                    "present",
                    "mon",
                    "itpm",
                    3,
                    pm=True,
                    extra=(
                        "Kept team pages in {confluence~:Confluance} and tasks in {jira:Atlasian "
                        "Jira}.",
                        "Tracked store work in {smartsheet~:Smartsheets}.",
                    ),
                ),
                J(
                    "Mathematics Teacher",
                    "Blue Valley High School",
                    "Overland Park, KS",
                    2012,
                    2022,
                    "year",
                    "teacher",
                    3,
                    it=False,
                ),
            ),
            (
                "{smartsheet~:Smartsheets}",
                "{confluence~:Confluance}",
                "{jira:Atlasian Jira}",
                "{kanban:Kanban}",
                "{agile:Agile}",
                "{scrum:Scrum}",
            ),
            ("{scrum-fundamentals@held:Scrum Fundamentals Certified, 2023}",),
            (
                Edu(
                    "B.S. Mathematics Education, Missouri Valley University, 2012",
                    "bachelor",
                    "other",
                ),
            ),
            "pm",
            "",
            headings=H_REL,
        ),
        'Career changer (teacher to IT PM) whose skills carry typos: "Confluance", '
        '"Smartsheets", "Atlasian Jira". Year-only dates "2012–2022".',
    ),
    (
        Spec(
            "keyword_list_without_experience",
            "pdf1",
            "Perpetua Oyinlola-Bryce",
            contact("poyinlola", "Phoenix, AZ", "010-1012"),
            "IT Project Manager",
            "Office administrator looking for an IT project manager role.",
            (
                J(
                    "Office Administrator",
                    "Camelback Dental Group",
                    "Phoenix, AZ",
                    (2019, 5),
                    "present",
                    "mon",
                    "events",
                    0,
                    it=False,
                    extra=("Ran the front desk and supply orders for three clinics.",),
                ),
            ),
            (
                "{jira:Jira}",
                "{ms-project:MS Project}",
                "{smartsheet:Smartsheet}",
                "{trello:Trello}",
                "{asana:Asana}",
                "{confluence:Confluence}",
                "{clarity-ppm:Clarity PPM}",
                "{planview:Planview}",
                "{clickup:ClickUp}",
                "{zoom:Zoom}",
                "{slack:Slack}",
                "{github:GitHub}",
                "{ci-cd:CI/CD}",
                "{devops:DevOps}",
                "{agile:Agile}",
                "{scrum:Scrum}",
                "{waterfall:Waterfall}",
                "{kanban:Kanban}",
                "{sdlc:SDLC}",
                "{cloud-infrastructure:Cloud infrastructure}",
                "{apis:APIs}",
                "{database-systems:Databases}",
                "{erp:ERP}",
                "{saas:SaaS}",
                "{hipaa:HIPAA}",
                "{gdpr:GDPR}",
                "{sox:SOX}",
            ),
            (
                "{pmp@in_progress:PMP}, {capm@in_progress:CAPM}, {csm@in_progress:CSM}, "
                "{prince2@in_progress:PRINCE2}, {pmi-acp@in_progress:PMI-ACP}, "
                "{pgmp@in_progress:PgMP} — studying for all of them",
            ),
            (Edu("High school diploma, Desert Vista High School, 2016", "none", ""),),
            "nonpm",
            "",
            headings=H_PLAIN,
            skills_inline=True,
        ),
        "Keyword stuffing: every tool, method and certification name listed without any "
        "experience behind them (the certifications are only studied, not held); should get the "
        "keyword_stuffing flag and rank low.",
    ),
    (
        Spec(
            "new_grad_internships_sidebar",
            "pdfside",
            "Marisela Okonjo-Petrov",
            contact("mokonjo", "Madison, WI", "010-1013"),
            "Aspiring IT Project Manager",
            "New graduate seeking a junior IT project manager role; {capm@in_progress:CAPM "
            "candidate}.",
            (
                J(
                    "IT Project Management Intern",
                    "Capitol Insurance Tech",
                    "Madison, WI",
                    2026,
                    2026,
                    "summer",
                    "intern",
                    3,
                    intern=True,
                ),
                J(
                    "IT Project Management Intern",
                    "Badger Health Software",
                    "Madison, WI",
                    2025,
                    2025,
                    "summer",
                    "intern",
                    2,
                    intern=True,
                ),
            ),
            (
                "{trello:Trello}",
                "{asana:Asana}",
                "{jira:Jira}",
                "{agile:Agile}",
                "{scrum:Scrum}",
                "{collaboration:Collaboration}",
                "{communication:Communication}",
            ),
            ("{capm@in_progress:CAPM – exam booked for January 2027}",),
            (
                Edu(
                    "B.S. Information Systems, Four Lakes University, 2026", "bachelor", "computing"
                ),
            ),
            "entry",
            "",
            headings=H_CAPS,
        ),
        'Junior candidate with internships only ("Summer 2025", "Summer 2026"): zero paid '
        "years, CAPM in progress, fresh bachelor's. Sidebar PDF.",
    ),
]


def generate(out: Path) -> list[Path]:
    """Write every sample and samples/README.md into out; return the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    rows: list[str] = []
    for spec, purpose in SAMPLES:
        resume = build(spec)
        name = f"{spec.key}.{EXTENSIONS[spec.fmt]}"
        label(spec, resume, name)  # same vocabulary check as the labelled set
        if spec.fmt == "docx_table":
            render(resume, out / name, "docx", positions_table=True)
        elif spec.fmt == "docx":
            render(resume, out / name, "docx")
        else:
            render(resume, out / name, spec.fmt)
        written.append(out / name)
        rows.append(f"| `{name}` | {purpose} |")
    readme = out / "README.md"
    readme.write_text(
        "# Sample résumés\n\n"
        "Fictional résumés (names, employers, schools, `example.com` e-mails and `555` phone\n"
        "numbers are invented) that together exercise the screen: every role level strongly\n"
        "represented, non-PM résumés, and each supported layout. They are generated by\n"
        "`python tools/make_samples.py` (deterministic: re-running it rewrites identical bytes;\n"
        "`tests/test_samples.py` checks that). Do not edit them by hand.\n\n"
        "| file | meant to show |\n|---|---|\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    return [*written, readme]


def main(argv: list[str] | None = None) -> int:
    """Generate the samples; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    paths = generate(args.out)
    print(f"wrote {len(paths)} files to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
