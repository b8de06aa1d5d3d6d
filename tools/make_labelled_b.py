"""Generate tests/data/labelled_b: a second, independently labelled evaluation set of résumés.

The ground truth was written by hand, in the role of an expert IT recruiter, from the job
descriptions in taxonomy/job-descriptions.txt only (general lines 1-41, junior 43-70, senior
71-99, technical 100-128, program 129-158, remote 159-187). Fit labels are literal values in each
spec below; nothing here computes a fit label. Fact labels (years, year_only) are computed from the
structured dates that are rendered, so the facts and the visible text cannot drift apart.

Fit rubric (0 none, 1 weak, 2 good, 3 strong), written before the résumés:

general (IT Project Manager, lines 1-41)
  3  several years with an IT/software/infrastructure project-manager title, PMP held, bachelor's,
     Agile and Waterfall, vendors, budgets, risk.
  2  real IT PM experience with one clear gap (no current PMP, no degree, short tenure), or an
     over-qualified executive who has not run projects hands-on for years.
  1  adjacent: coordinator, Scrum Master, business/project analyst, entry level, or a PM outside IT.
  0  no project-management relation (developers, clinicians, sales, finance, design...).
junior (lines 43-70, entry level)
  3  0-3 years, coordinator/analyst/associate PM in IT, bachelor's in IT/PM/related, CAPM or Scrum
     Fundamentals (or clearly working toward it), Jira/MS Project, Agile familiarity.
  2  entry level with a gap (no degree yet, associate degree only, no certificate, no IT exposure)
     or a 3-5 year PM who is a little above the level.
  1  mid/senior PMs (clearly above entry level) and PMs outside IT.
  0  non-PM, and 15+ year directors for whom an entry-level role is a mis-fit.
senior (lines 71-99)
  3  7+ years managing IT projects, PMP held, bachelor's, enterprise/regulated settings, budgets,
     vendors, executive sponsors.
  2  5-7 years with PMP, or 7+ years missing PMP (expired / never) or missing the degree.
  1  2-5 years of IT PM, or an experienced PM outside IT.
  0  entry level (under ~2 years PM) or non-PM.
technical (lines 100-128)
  3  PMP, 5+ years managing infrastructure/application projects, and a hands-on engineering or
     systems-analysis background (developer, sysadmin, network/data/systems engineer), CS/eng degree,
     cloud/APIs/CI-CD.
  2  strong IT PM with real technical depth but one gap (no PMP, or no engineering background).
  1  IT PM without technical depth, or an analyst/Scrum Master/coordinator with technical exposure.
  0  non-PM (a pure engineer has no PM experience at all) and non-IT PMs.
program (lines 129-158)
  3  program/portfolio/PMO leadership, 10+ years of IT projects and programs, PMP held (PgMP/SAFe
     SPC a plus), bachelor's (master's a plus), consolidated budgets, ERP/transformation.
  2  10+ years IT PM with multi-project or program-like scope but no program title, or a program
     manager missing PMP.
  1  mid-level IT PMs (about 3-9 years) running single projects.
  0  entry level, non-IT PMs, non-PM.
remote (lines 159-187)
  3  4+ years managing IT projects in explicitly remote roles, PMP held, bachelor's, SaaS/cloud or
     distributed organisations.
  2  about 1-4 years of remote IT PM with PMP, or 4+ remote years missing PMP.
  1  IT PM with no remote experience, or remote work only as coordinator/Scrum Master/junior.
  0  entry-level non-PM roles without remote work, non-IT PMs, non-PM.

Fact definitions (as of 2026-11-01, "Present" = through November 2026): month ranges are inclusive;
a year-only bound counts from July (start) / to June (end); overlapping positions are merged;
internships and student jobs count nowhere; coordinator, Scrum Master, business/project analyst and
project engineer titles count to total_years only; pm_years = project/program/portfolio manager or
PMO head/delivery director titles; it_pm_years = those in IT settings; remote_years = positions
explicitly stated as remote. held_certifications lists only certificates currently held.

Usage: .venv/bin/python tools/make_labelled_b.py [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from resume_render import Headings, Position, Resume, render  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "tests" / "data" / "labelled_b"
AS_OF = "2026-11-01"
PRESENT_MONTH = 2026 * 12 + 10  # November 2026, inclusive
ROLES = ("general", "junior", "senior", "technical", "program", "remote")
MONTHS = "January February March April May June July August September October November December"
MONTH_NAMES = MONTHS.split()
SUFFIX = {"pdf1": "pdf", "pdf2": "pdf", "pdfside": "pdf", "docx": "docx", "txt": "txt"}

# Heading vocabularies seen on real résumés.
H_CLASSIC = Headings()
H_HISTORY = Headings(
    "Profile",
    "Work History",
    "Core Competencies",
    "Licenses & Certifications",
    "Education & Training",
    upper=False,
)
H_CAREER = Headings("About Me", "Career", "Toolbox", "Credentials", "Academic Background")
H_EMPLOY = Headings(
    "Professional Summary",
    "Employment",
    "Technical Skills",
    "Certifications",
    "Education",
    upper=False,
)
H_OBJECTIVE = Headings("Objective", "Experience", "Skills", "Training & Certification", "Education")
H_EXEC = Headings(
    "Executive Summary",
    "Career History",
    "Areas of Expertise",
    "Professional Certifications",
    "Qualifications",
    upper=False,
)
H_QUALS = Headings(
    "Summary of Qualifications",
    "Relevant Experience",
    "Tools",
    "Certificates",
    "Degrees",
    upper=False,
)


@dataclass(frozen=True)
class Job:
    """One position. Dates are 'YYYY-MM', 'YYYY' (year only) or 'present'."""

    title: str
    employer: str
    location: str
    start: str
    end: str
    bullets: tuple[str, ...] = ()
    kind: str = "pm"  # pm (project/program/portfolio manager title) | other | intern
    it: bool = True  # an IT / software / technology setting
    remote: bool = False  # explicitly stated as remote in the text


@dataclass(frozen=True)
class Fit:
    """Expert fit labels, 0-3, with a one-line reason each (literal values, never computed)."""

    general: tuple[int, str]
    junior: tuple[int, str]
    senior: tuple[int, str]
    technical: tuple[int, str]
    program: tuple[int, str]
    remote: tuple[int, str]

    def levels(self) -> dict[str, int]:
        return {role: getattr(self, role)[0] for role in ROLES}


@dataclass(frozen=True)
class Spec:
    file: str  # stem; the suffix follows from `kind`
    kind: str  # pdf1 | pdf2 | pdfside | docx | txt
    name: str
    contact: tuple[str, ...]
    jobs: tuple[Job, ...]
    held: tuple[str, ...]  # certification ids currently held (taxonomy/certifications.yaml)
    degree: str  # highest completed: doctorate | master | bachelor | associate | none
    fit: Fit
    note: str
    headline: str = ""
    summary: str = ""
    skills: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()
    education: tuple[str, ...] = ()
    headings: Headings = H_CLASSIC
    layout: str = "stacked"
    date_style: str = "mon"  # mon | num | full | iso
    sep: str = " – "
    present: str = "Present"
    skills_inline: bool = False
    bullet: str = "•"
    extra: tuple[tuple[str, tuple[str, ...]], ...] = ()
    docx: dict[str, bool] = field(default_factory=dict)

    @property
    def filename(self) -> str:
        return f"{self.file}.{SUFFIX[self.kind]}"


def F(general, junior, senior, technical, program, remote) -> Fit:  # noqa: N802
    """Shorthand: each argument is (level, reason)."""
    return Fit(general, junior, senior, technical, program, remote)


# ---------------------------------------------------------------- dates and years


def month_index(point: str, *, is_end: bool) -> int:
    """Return the month number (year*12 + month-1) of a date bound."""
    if point == "present":
        return PRESENT_MONTH
    if len(point) == 4:  # year only: from mid-year, i.e. July start / June end
        return int(point) * 12 + (5 if is_end else 6)
    year, month = point.split("-")
    return int(year) * 12 + int(month) - 1


def show_date(point: str, spec: Spec) -> str:
    """Return a date bound as the résumé prints it."""
    if point == "present":
        return spec.present
    if len(point) == 4:
        return point
    year, month = point.split("-")
    m = int(month)
    return {
        "mon": f"{MONTH_NAMES[m - 1][:3]} {year}",
        "num": f"{m:02d}/{year}",
        "full": f"{MONTH_NAMES[m - 1]} {year}",
        "iso": f"{year}-{m:02d}",
    }[spec.date_style]


def months(job: Job) -> set[int]:
    start, end = month_index(job.start, is_end=False), month_index(job.end, is_end=True)
    if end < start:
        raise ValueError(f"{job.title}: end before start")
    return set(range(start, end + 1))


def merged_years(jobs: list[Job]) -> float:
    """Return the merged (never double-counted) span of the jobs in decimal years."""
    covered: set[int] = set()
    for job in jobs:
        covered |= months(job)
    return round(len(covered) / 12, 2)


def facts(spec: Spec) -> dict[str, object]:
    counted = [j for j in spec.jobs if j.kind != "intern"]
    pm = [j for j in counted if j.kind == "pm"]
    return {
        "total_years": merged_years(counted),
        "pm_years": merged_years(pm),
        "it_pm_years": merged_years([j for j in pm if j.it]),
        "remote_years": merged_years([j for j in counted if j.remote]),
        "year_only": any(len(p) == 4 for j in spec.jobs for p in (j.start, j.end)),
    }


# ---------------------------------------------------------------- build, check, write


def build(spec: Spec) -> Resume:
    positions = tuple(
        Position(
            j.title,
            j.employer,
            j.location,
            f"{show_date(j.start, spec)}{spec.sep}{show_date(j.end, spec)}",
            j.bullets,
        )
        for j in spec.jobs
    )
    return Resume(
        name=spec.name,
        contact=spec.contact,
        headline=spec.headline,
        summary=spec.summary,
        positions=positions,
        skills=spec.skills,
        certifications=spec.certs,
        education=spec.education,
        headings=spec.headings,
        position_layout=spec.layout,
        skills_inline=spec.skills_inline,
        bullet=spec.bullet,
        extra=spec.extra,
    )


def check(specs: list[Spec]) -> None:
    """Fail loudly on inconsistent specs or an unbalanced label distribution."""
    taxonomy = yaml.safe_load((ROOT / "taxonomy" / "certifications.yaml").read_text("utf-8"))
    known = {c["id"] for c in taxonomy["certifications"]}
    names = [s.filename for s in specs]
    assert len(names) == len(set(names)), "duplicate file names"
    for s in specs:
        assert set(s.held) <= known, (s.file, set(s.held) - known)
        assert s.degree in {"doctorate", "master", "bachelor", "associate", "none"}, s.file
        for role in ROLES:
            level, reason = getattr(s.fit, role)
            assert level in (0, 1, 2, 3) and reason, (s.file, role)
        for j in s.jobs:
            if j.remote:
                said = " ".join((j.location, *j.bullets)).lower()
                assert "remote" in said or "distributed" in said, (s.file, j.title)
    for role in ROLES:
        counts = Counter(s.fit.levels()[role] for s in specs)
        assert all(counts[level] >= 5 for level in range(4)), (role, counts)
    non_pm = [s for s in specs if not any(s.fit.levels().values())]
    assert len(non_pm) >= 6, len(non_pm)


def generate(out: Path = DEFAULT_OUT) -> list[Path]:
    """Write every résumé, labels.yaml and README.md into out; return the written paths."""
    check(SPECS)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    records = []
    for spec in SPECS:
        path = out / spec.filename
        render(build(spec), path, spec.kind, **spec.docx)
        written.append(path)
        records.append(
            {
                "file": spec.filename,
                "held_certifications": list(spec.held),
                **facts(spec),
                "degree_level": spec.degree,
                "fit": spec.fit.levels(),
                "note": spec.note,
            }
        )
    labels = out / "labels.yaml"
    labels.write_text(
        "# Generated by tools/make_labelled_b.py; edit the specs there, not this file.\n"
        + yaml.safe_dump(
            {"as_of": AS_OF, "resumes": records},
            sort_keys=False,
            allow_unicode=True,
            width=100,
        ),
        encoding="utf-8",
    )
    readme = out / "README.md"
    readme.write_text(README, encoding="utf-8")
    return [*written, labels, readme]


def distribution(specs: list[Spec]) -> str:
    lines = ["role       0   1   2   3"]
    for role in ROLES:
        c = Counter(s.fit.levels()[role] for s in specs)
        lines.append(f"{role:<9} " + " ".join(f"{c[lv]:>3}" for lv in range(4)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    paths = generate(args.out)
    print(f"wrote {len(paths)} files to {args.out}")
    print(distribution(SPECS))
    return 0


# ---------------------------------------------------------------- the résumés

J = Job
SPECS: list[Spec] = [
    Spec(
        "01_erp_program_manager",
        "pdf1",
        "Ingrid Solheim-Vance",
        ("Minneapolis, MN", "ingrid.solheim@example.com", "(612) 555-0142"),
        headline="IT Program Manager | ERP & Finance Transformation",
        summary=(
            "Program leader who has spent the last seven years steering multi-project ERP "
            "transformations and, before that, a decade of hands-on IT project delivery in "
            "insurance and healthcare. Comfortable in front of a steering committee and equally "
            "at home in a cutover war room."
        ),
        jobs=(
            J(
                "IT Program Manager",
                "Halvorsen Foods Group",
                "Minneapolis, MN",
                "2019-04",
                "present",
                (
                    "Run a $38M SAP S/4HANA program of seven interdependent projects across "
                    "finance, supply chain and HR",
                    "Coordinate five project managers and two systems integrators; chair the "
                    "monthly steering committee and stage-gate governance reviews",
                    "Own the consolidated budget, quarterly forecasts and benefits/ROI tracking "
                    "in Clarity PPM",
                    "Led the organisational change workstream: training for 2,400 users in 14 plants",
                ),
            ),
            J(
                "Senior IT Project Manager",
                "Northway Mutual Insurance",
                "St. Paul, MN",
                "2014-02",
                "2019-03",
                (
                    "Delivered the claims platform replacement (Waterfall) and customer portal "
                    "releases (Scrum)",
                    "Negotiated SOWs with an offshore testing partner and tracked spend monthly",
                ),
            ),
            J(
                "IT Project Manager",
                "Cedar Ridge Health",
                "Rochester, MN",
                "2010-06",
                "2014-01",
                ("EHR interface upgrades under HIPAA; schedules and resource plans in MS Project",),
            ),
            J(
                "Systems Analyst",
                "Cedar Ridge Health",
                "Rochester, MN",
                "2007-08",
                "2010-05",
                ("Requirements and data mappings for lab and billing interfaces",),
                kind="other",
            ),
        ),
        skills=(
            "Program governance",
            "Portfolio & benefits tracking",
            "Clarity PPM, MS Project",
            "Budget forecasting",
            "Organisational change",
            "Vendor / SI management",
        ),
        certs=(
            "PMP – Project Management Professional, PMI (2011)",
            "PgMP – Program Management Professional, PMI (2020)",
            "Prosci Change Management Practitioner",
        ),
        education=(
            "MBA, University of Minnesota – Carlson School of Management, 2013",
            "B.S. Management Information Systems, Iowa State University, 2007",
        ),
        headings=H_EXEC,
        held=("pmp", "pgmp"),
        degree="master",
        fit=F(
            (3, "16 years of IT PM/program work, PMP, MBA"),
            (1, "far above entry level"),
            (3, "7+ years IT PM in enterprise, PMP, budgets and vendors"),
            (2, "systems-analyst background and PMP, but no engineering depth recently"),
            (3, "program manager of an ERP transformation, PMP + PgMP, master's"),
            (1, "no remote experience stated"),
        ),
        note="Textbook program manager; ERP rollout, Clarity PPM, PgMP.",
    ),
    Spec(
        "02_it_coordinator_capm",
        "docx",
        "Tomás Ferreira",
        ("Columbus, OH", "tferreira.pm@example.com", "614-555-0199"),
        summary=(
            "Organised, curious IS graduate looking for a junior IT project manager role where I "
            "can keep learning from senior PMs while owning schedules, notes and status reporting."
        ),
        jobs=(
            J(
                "IT Project Coordinator",
                "Brightlane Software",
                "Columbus, OH",
                "2025-07",
                "present",
                (
                    "Maintain Jira boards, the RAID log and weekly status reports for three SaaS "
                    "release projects",
                    "Schedule sprint reviews and vendor check-ins; take and circulate meeting notes",
                    "Track change requests and update MS Project baselines for the senior PM",
                ),
                kind="other",
            ),
            J(
                "PMO Intern",
                "Ohio Mutual Health",
                "Columbus, OH",
                "2024-05",
                "2024-08",
                (
                    "Built a Smartsheet intake tracker for 40+ IT requests",
                    "Supported the laptop refresh rollout for 600 staff",
                ),
                kind="intern",
            ),
            J(
                "Student IT Help Desk Assistant",
                "The Ohio State University – Office of the CIO",
                "Columbus, OH",
                "2022-09",
                "2025-05",
                ("Password resets, ticket triage in ServiceNow (20 hrs/week during term)",),
                kind="intern",
            ),
        ),
        skills=("Jira", "MS Project", "Smartsheet", "Confluence", "Scrum", "Status reporting"),
        certs=("CAPM — Certified Associate in Project Management (PMI), 2025",),
        education=(
            "Bachelor of Science in Information Systems, The Ohio State University, May 2025",
        ),
        headings=H_OBJECTIVE,
        date_style="num",
        sep=" - ",
        held=("capm",),
        degree="bachelor",
        fit=F(
            (1, "coordinator for 1.4 years, no PMP"),
            (3, "entry level IT coordinator, IS degree, CAPM, PMO internship"),
            (0, "entry level"),
            (0, "no technical or PM depth yet"),
            (0, "entry level"),
            (0, "no remote work, not a PM yet"),
        ),
        note="Ideal junior profile: IS degree, CAPM, coordinator in a SaaS company.",
    ),
    Spec(
        "03_backend_developer",
        "txt",
        "Rahul Venkataraman",
        ("Seattle, WA", "rahul.v.dev@example.com", "github.com/rvenkat"),
        headline="Senior Software Engineer",
        summary=(
            "Backend engineer who likes boring, reliable systems. Eight years building payment "
            "and logistics services on the JVM and AWS."
        ),
        jobs=(
            J(
                "Senior Software Engineer",
                "Corvid Payments",
                "Seattle, WA",
                "2021-03",
                "present",
                (
                    "Design and build Kotlin/Spring microservices handling 9M card authorisations a day",
                    "Own the CI/CD pipeline in GitHub Actions and Terraform-managed AWS infrastructure",
                    "Mentor four engineers; estimate stories and demo in sprint reviews",
                ),
                kind="other",
            ),
            J(
                "Software Engineer",
                "Tidewater Logistics",
                "Tacoma, WA",
                "2017-06",
                "2021-02",
                (
                    "Built REST APIs and PostgreSQL schemas for the route-planning product",
                    "Cut build time 40% by parallelising the Jenkins test stage",
                ),
                kind="other",
            ),
            J(
                "Software Engineering Intern",
                "Tidewater Logistics",
                "Tacoma, WA",
                "2016-06",
                "2016-08",
                ("Wrote integration tests for the dispatch API",),
                kind="intern",
            ),
        ),
        skills=(
            "Kotlin",
            "Java",
            "Python",
            "Spring Boot",
            "PostgreSQL",
            "AWS (ECS, Lambda)",
            "Terraform",
            "GitHub Actions",
            "Docker",
            "Jira",
        ),
        skills_inline=True,
        certs=("AWS Certified Developer – Associate (2022)",),
        education=("B.S. Computer Science, University of Washington, 2017",),
        layout="employer_first",
        held=(),
        degree="bachelor",
        fit=F(
            (0, "software engineer, never managed a project"),
            (0, "not a PM path"),
            (0, "no PM experience"),
            (0, "strong engineer but no project-management experience"),
            (0, "no PM experience"),
            (0, "no PM experience"),
        ),
        note="Non-PM: developer full of technical keywords (Jira, CI/CD, sprints).",
    ),
    Spec(
        "04_remote_senior_pm_rmp",
        "pdf2",
        "Adaeze Nwosu-Parker",
        ("Remote — based in Raleigh, NC", "adaeze.np@example.com", "+1 919 555 0107"),
        headline="Senior IT Project Manager · Remote-first delivery",
        summary=(
            "I have led software projects from my home office since 2016 for distributed teams "
            "spread over up to six time zones. Written-first communication, async rituals and "
            "clear dashboards are how I keep teams aligned without a shared office."
        ),
        jobs=(
            J(
                "Senior IT Project Manager",
                "Kindred Cloud Inc.",
                "Remote (US)",
                "2019-02",
                "present",
                (
                    "Lead SaaS platform releases for a fully distributed engineering organisation "
                    "across six time zones",
                    "Run sprint planning, async stand-ups in Slack and remote retrospectives in Miro",
                    "Maintain Jira dashboards and Confluence decision logs; weekly written status "
                    "to the VP Engineering",
                    "Budget owner for $4.2M of vendor and contractor spend",
                ),
                remote=True,
            ),
            J(
                "IT Project Manager (Remote)",
                "Paloma Health Tech",
                "Remote",
                "2016-09",
                "2019-01",
                (
                    "Managed EHR integration projects with a remote team in the US and the Philippines",
                    "Moved the team from Trello to Jira and set up a Zoom milestone-review cadence",
                ),
                remote=True,
            ),
            J(
                "IT Project Manager",
                "Carolina Credit Union",
                "Raleigh, NC",
                "2013-05",
                "2016-08",
                (
                    "Waterfall core-banking upgrade and ATM network refresh with three vendors",
                    "SOX change-control documentation",
                ),
            ),
            J(
                "Business Analyst",
                "Carolina Credit Union",
                "Raleigh, NC",
                "2011-06",
                "2013-04",
                ("Requirements for online-banking enhancements",),
                kind="other",
            ),
        ),
        skills=(
            "Jira & Confluence",
            "Slack, Zoom, Miro",
            "Async planning",
            "Kanban / Scrum",
            "Vendor budgets",
            "Risk management",
        ),
        certs=(
            "PMP®, Project Management Institute",
            "Remote Project Management (RMP) certification",
            "Certified ScrumMaster® (CSM)",
        ),
        education=("B.A. English, University of North Carolina at Chapel Hill, 2011",),
        headings=H_HISTORY,
        held=("pmp", "rmp", "csm"),
        degree="bachelor",
        fit=F(
            (3, "13+ years IT PM, PMP"),
            (1, "senior, far above entry level"),
            (3, "13 years IT PM, PMP, regulated banking and healthcare"),
            (1, "delivery-focused, no engineering background, English degree"),
            (2, "13 years and large budgets but no program title"),
            (3, "10 years remote IT PM, PMP, RMP, distributed SaaS"),
        ),
        note="Remote 8+ years; the remote archetype.",
    ),
    Spec(
        "05_infrastructure_pm_years_only",
        "txt",
        "Dmitri Alekseev",
        ("Pittsburgh, PA", "d.alekseev@example.com", "412.555.0163"),
        headline="Infrastructure Project Manager — data centre, network, cloud",
        summary=(
            "Former sysadmin who moved into project management in 2016 and has since run the "
            "infrastructure portfolio of a regional health system: data-centre consolidation, "
            "cloud migration and a 22-clinic network refresh."
        ),
        jobs=(
            J(
                "Infrastructure Project Manager",
                "Allegheny Regional Health System",
                "Pittsburgh, PA",
                "2016",
                "present",
                (
                    "Managed data-centre consolidation (two sites to one) and the VMware-to-Azure "
                    "migration of 310 servers",
                    "Led the network refresh across 22 clinics with Cisco and two cabling vendors",
                    "Wrote runbooks, cutover plans and risk registers; chaired the change advisory board",
                    "HIPAA and HITRUST control evidence for every infrastructure change",
                ),
            ),
            J(
                "Systems Administrator",
                "Allegheny Regional Health System",
                "Pittsburgh, PA",
                "2012",
                "2016",
                ("Windows/Linux servers, Active Directory, backup and DR tests",),
                kind="other",
            ),
            J(
                "Network Technician",
                "Three Rivers Cable",
                "Pittsburgh, PA",
                "2009",
                "2012",
                ("Field installs and switch configuration",),
                kind="other",
            ),
        ),
        skills=("MS Project", "ServiceNow", "Azure", "VMware", "Cisco networking", "ITIL change"),
        certs=(
            "PMP (Project Management Professional), 2017",
            "Microsoft Certified: Azure Fundamentals",
            "ITIL 4 Foundation",
        ),
        education=("BS Information Technology, Duquesne University, 2009",),
        headings=H_CAREER,
        layout="dates_first",
        present="Current",
        bullet="-",
        held=("pmp",),
        degree="bachelor",
        fit=F(
            (3, "10 years IT PM, PMP, IT degree"),
            (1, "well above entry level"),
            (3, "10 years infrastructure PM in regulated healthcare, PMP"),
            (3, "sysadmin background, infrastructure projects, PMP, cloud"),
            (2, "10 years of projects, portfolio-like scope, but no program title"),
            (1, "no remote work"),
        ),
        note="Year-only dates throughout; technical PM with sysadmin background.",
    ),
    Spec(
        "06_construction_pm",
        "pdfside",
        "Lorenzo Bianchi",
        ("Phoenix, AZ", "lbianchi.build@example.com", "480-555-0121"),
        headline="Senior Construction Project Manager",
        summary=(
            "Builder of hospitals, schools and offices. Thirteen years running projects from "
            "preconstruction to closeout on budget."
        ),
        jobs=(
            J(
                "Senior Project Manager",
                "Desert Peak Builders",
                "Phoenix, AZ",
                "2018",
                "present",
                (
                    "Deliver $20–60M commercial and healthcare builds from preconstruction to closeout",
                    "Manage subcontractors, RFIs, change orders and OAC meetings",
                    "Procore, Primavera P6 and Bluebeam for schedules and document control",
                ),
                it=False,
            ),
            J(
                "Project Manager",
                "Sonoran Civil Group",
                "Tempe, AZ",
                "2013",
                "2018",
                ("Road and utility projects for municipal clients",),
                it=False,
            ),
            J(
                "Project Engineer",
                "Sonoran Civil Group",
                "Tempe, AZ",
                "2010",
                "2013",
                ("Submittals, site logistics and quantity take-offs",),
                kind="other",
            ),
        ),
        skills=("Primavera P6", "Procore", "Bluebeam", "Cost control", "Subcontractor management"),
        certs=(
            "PMP – Project Management Professional",
            "OSHA 30-Hour Construction",
            "LEED Green Associate",
        ),
        education=("B.S. Civil Engineering, Arizona State University, 2010",),
        held=("pmp",),
        degree="bachelor",
        fit=F(
            (1, "strong PM with PMP but no IT at all"),
            (1, "experienced non-IT PM; career change only"),
            (1, "senior PM outside IT"),
            (0, "no IT systems background"),
            (0, "no IT programs"),
            (0, "no remote or IT work"),
        ),
        note="Non-IT project manager (construction), year-only dates, holds PMP.",
    ),
    Spec(
        "07_student_intern",
        "docx",
        "Priya Raman-Castillo",
        ("Nashua, NH", "priya.rc@example.com", "603-555-0188"),
        summary=(
            "Final-year IT student with two project-management internships, looking for an "
            "entry-level project role from summer 2027."
        ),
        jobs=(
            J(
                "IT PMO Intern",
                "Granite State Insurance",
                "Manchester, NH",
                "2025-05",
                "2025-08",
                (
                    "Updated Jira epics and burndown charts for a claims-portal rebuild",
                    "Drafted meeting notes and RAID-log entries for the project manager",
                ),
                kind="intern",
            ),
            J(
                "Project Management Intern",
                "City of Nashua – IT Department",
                "Nashua, NH",
                "2024-06",
                "2024-08",
                ("Inventory and scheduling for a Microsoft 365 migration of 350 mailboxes",),
                kind="intern",
            ),
            J(
                "Student Technology Assistant (part-time)",
                "Southern New Hampshire University",
                "Manchester, NH",
                "2023-09",
                "present",
                ("Classroom AV and laptop loaner support",),
                kind="intern",
            ),
        ),
        skills=("Jira", "Asana", "Excel", "Microsoft 365", "Agile basics", "Note taking"),
        certs=(
            "Scrum Fundamentals Certified (SFC), SCRUMstudy, 2025",
            "CAPM – in progress (exam planned spring 2027)",
        ),
        education=(
            "B.S. Information Technology, Southern New Hampshire University — expected May 2027",
            "Associate of Science in Computer Information Systems, NHTI – Concord's Community "
            "College, 2023",
        ),
        headings=H_QUALS,
        held=("scrum-fundamentals",),
        degree="associate",
        docx={"contact_in_header": False, "skills_table": False},
        fit=F(
            (0, "student with internships only"),
            (2, "entry-level fit with PM internships and SFC, but bachelor's not finished"),
            (0, "student"),
            (0, "student"),
            (0, "student"),
            (0, "student, no remote PM work"),
        ),
        note="Internships and a student job only: every year measure is 0.",
    ),
]
SPECS += [
    Spec(
        "08_senior_pm_banking",
        "pdf1",
        "Harold J. Whitcombe",
        ("Charlotte, NC", "hwhitcombe@example.com", "(704) 555-0135"),
        headline="Senior IT Project Manager — Banking & Insurance",
        summary=(
            "Fourteen years delivering regulated technology projects for banks and insurers. "
            "Known for calm escalation, honest status reports and vendor contracts that hold up."
        ),
        jobs=(
            J(
                "Senior IT Project Manager",
                "Piedmont National Bank",
                "Charlotte, NC",
                "2017-08",
                "present",
                (
                    "Lead regulatory and infrastructure projects up to $12M: Basel reporting data "
                    "mart, branch SD-WAN refresh",
                    "Coordinated three project managers on the 2023 mainframe decommission",
                    "Own vendor contracts with IBM and an offshore QA partner in Pune",
                    "SOX and FFIEC audit artefacts; hybrid Agile/Waterfall delivery",
                ),
            ),
            J(
                "IT Project Manager",
                "Queen City Insurance",
                "Charlotte, NC",
                "2012-03",
                "2017-07",
                ("Policy-admin upgrades and a call-centre telephony replacement",),
            ),
            J(
                "IT Project Coordinator",
                "Queen City Insurance",
                "Charlotte, NC",
                "2009-10",
                "2012-02",
                ("Scheduling, minutes and change requests for the PMO",),
                kind="other",
            ),
        ),
        skills=("MS Project", "Smartsheet", "Jira", "Confluence", "Vendor negotiation", "SOX"),
        certs=("PMP®", "Certified ScrumMaster (CSM)", "PMI-RMP (Risk Management Professional)"),
        education=("Bachelor of Business Administration, UNC Charlotte, 2009",),
        held=("pmp", "csm"),
        degree="bachelor",
        fit=F(
            (3, "14+ years IT PM, PMP, CSM"),
            (1, "senior, far above entry level"),
            (3, "14 years in regulated banking, PMP, vendors and budgets"),
            (2, "infrastructure projects, but business background, no engineering"),
            (2, "14 years, coordinated PMs on one initiative, no program title"),
            (1, "no remote work; offshore vendor only"),
        ),
        note="PMI-RMP is Risk Management, not the RMP remote certificate.",
    ),
    Spec(
        "09_registered_nurse",
        "docx",
        "Grace Oyelaran, RN",
        ("Houston, TX", "grace.oyelaran@example.com", "832-555-0110"),
        summary="Critical-care nurse with ten years at the bedside and a soft spot for good EHR design.",
        jobs=(
            J(
                "Registered Nurse – Cardiac ICU",
                "Memorial Bayou Hospital",
                "Houston, TX",
                "2018-04",
                "present",
                (
                    "Care for two to three critically ill patients per shift",
                    "Super-user for the Epic upgrade: trained 40 nurses on new flowsheets",
                    "Led the unit falls-prevention quality project, cutting falls by 30%",
                ),
                kind="other",
            ),
            J(
                "Registered Nurse – Med/Surg",
                "St. Agnes Medical Center",
                "Galveston, TX",
                "2014-06",
                "2018-03",
                ("Charge nurse on nights from 2016",),
                kind="other",
            ),
        ),
        skills=("Epic", "Critical care", "Patient education", "Quality improvement"),
        certs=(
            "BLS and ACLS (American Heart Association)",
            "CCRN – Critical Care Registered Nurse",
        ),
        education=(
            "Bachelor of Science in Nursing (BSN), University of Texas Medical Branch, 2014",
        ),
        headings=H_HISTORY,
        held=(),
        degree="bachelor",
        fit=F(
            (0, "clinician, no PM role"),
            (0, "no IT project experience"),
            (0, "no PM experience"),
            (0, "no IT/PM background"),
            (0, "no PM experience"),
            (0, "no PM experience"),
        ),
        note="Non-PM: nurse who mentions an EHR upgrade and a quality project.",
    ),
    Spec(
        "10_remote_pm_two_and_half_years",
        "txt",
        "Kenji Watanabe-Brooks",
        ("Boise, ID", "kenji.wb@example.com", "208-555-0176"),
        headline="IT Project Manager, SaaS",
        jobs=(
            J(
                "IT Project Manager",
                "Fieldstone SaaS",
                "Boise, ID (remote)",
                "2024-05",
                "present",
                (
                    "Run delivery for the billing and integrations squads, a fully distributed "
                    "team across 4 time zones",
                    "Async status in Confluence, Jira dashboards and a weekly Zoom demo",
                    "Coordinate the Stripe and Avalara integration partners",
                ),
                remote=True,
            ),
            J(
                "Project Coordinator",
                "Fieldstone SaaS",
                "Boise, ID",
                "2022-04",
                "2024-04",
                ("Scheduled releases, kept the RAID log and maintained Jira hygiene",),
                kind="other",
            ),
        ),
        skills=("Jira", "Confluence", "Zoom", "Slack", "ClickUp", "Scrum", "Kanban"),
        certs=("CAPM (PMI), 2022", "PMP – exam scheduled December 2026"),
        education=("Bachelor of Science, Information Technology – Boise State University (2021)",),
        headings=H_EMPLOY,
        date_style="iso",
        sep=" to ",
        bullet="-",
        held=("capm",),
        degree="bachelor",
        fit=F(
            (2, "2.6 years IT PM in SaaS, CAPM, no PMP yet"),
            (2, "a little above entry level, CAPM"),
            (1, "only 2.6 years as PM"),
            (1, "integration projects, no engineering background"),
            (0, "too early for program leadership"),
            (2, "2.6 years remote IT PM in SaaS, no PMP"),
        ),
        note="Remote ~2.5 years; PMP only scheduled.",
    ),
    Spec(
        "11_pmo_director_applying_junior",
        "docx",
        "Margaret (Peggy) Lindqvist",
        ("Hartford, CT", "peggy.lindqvist@example.com", "860-555-0150"),
        summary=(
            "PMO leader with more than twenty years in insurance technology. After a long run "
            "building and leading an enterprise PMO, I am looking for a Junior IT Project Manager "
            "position that brings me back to day-to-day delivery as I plan a gradual retirement."
        ),
        jobs=(
            J(
                "Director, Enterprise PMO",
                "Constitution Mutual Insurance",
                "Hartford, CT",
                "2014-01",
                "present",
                (
                    "Head a 40-person PMO overseeing a $95M annual portfolio of 60+ IT projects",
                    "Introduced Planview portfolio governance and quarterly investment reviews "
                    "with the CIO and CFO",
                    "Sponsored the Guidewire policy-admin transformation (SAFe, 11 agile teams)",
                ),
            ),
            J(
                "IT Program Manager",
                "Constitution Mutual Insurance",
                "Hartford, CT",
                "2008-06",
                "2013-12",
                ("Claims and billing modernisation program of six projects",),
            ),
            J(
                "IT Project Manager",
                "Charter Oak Systems",
                "Middletown, CT",
                "2003-03",
                "2008-05",
                ("Custom policy-rating applications for regional carriers",),
            ),
            J(
                "Programmer Analyst",
                "Charter Oak Systems",
                "Middletown, CT",
                "2000-07",
                "2003-02",
                ("COBOL and early Java maintenance",),
                kind="other",
            ),
        ),
        skills=(
            "Planview",
            "Portfolio governance",
            "SAFe",
            "Executive reporting",
            "Budgeting",
            "PM coaching",
        ),
        certs=(
            "Project Management Professional (PMP), PMI, 2004",
            "Program Management Professional (PgMP), 2012",
            "SAFe® 5 Program Consultant (SPC)",
        ),
        education=(
            "M.S. Information Systems, Rensselaer Polytechnic Institute, 2006",
            "B.A. Mathematics, Trinity College, 2000",
        ),
        headings=H_EXEC,
        held=("pmp", "pgmp", "safe-spc"),
        degree="master",
        docx={"positions_table": True},
        fit=F(
            (2, "hugely experienced but a PMO executive, not hands-on for a decade"),
            (0, "23 years in IT PM, PMO director since 2014; entry level is a mis-fit"),
            (3, "23 years IT PM/program leadership, PMP"),
            (1, "programmer long ago; no current technical depth"),
            (3, "PMO director and program manager, PMP, PgMP, SPC, master's"),
            (1, "no remote experience"),
        ),
        note="Over-qualified: 20-year PMO director explicitly applying for a junior role.",
    ),
    Spec(
        "12_technical_pm_ex_engineer",
        "pdf2",
        "Sung-min Park",
        ("San Jose, CA", "sungmin.park@example.com", "408-555-0128"),
        headline="Technical Project Manager · Networking & Cloud Platforms",
        summary=(
            "Five years writing data-plane code, then five and a half years running the releases "
            "that ship it. I speak architecture with engineers and timelines with product."
        ),
        jobs=(
            J(
                "Technical Project Manager",
                "Vantora Networks",
                "San Jose, CA",
                "2021-05",
                "present",
                (
                    "Turn architecture specs into release plans for an API gateway and a "
                    "Kubernetes-based control plane",
                    "Run sprints for three dev teams; align QA, SRE and release managers on "
                    "monthly GA releases",
                    "Track dependencies and architecture risks in Jira Advanced Roadmaps; "
                    "GitHub/Jenkins release gates",
                ),
            ),
            J(
                "Software Engineer",
                "Vantora Networks",
                "San Jose, CA",
                "2016-02",
                "2021-04",
                ("C++ and Go data-plane features; on-call for production incidents",),
                kind="other",
            ),
        ),
        skills=("Jira", "GitHub", "Jenkins", "Kubernetes", "REST APIs", "SDLC", "Scrum"),
        certs=("PMP", "AWS Certified Cloud Practitioner (CLF-C02)", "CSM – Scrum Alliance"),
        education=("BS Computer Engineering, UC San Diego, 2015",),
        held=("pmp", "aws-ccp", "csm"),
        degree="bachelor",
        fit=F(
            (3, "5.6 years IT PM, PMP, CS engineering degree"),
            (1, "above entry level"),
            (2, "5.6 years PM with PMP, below the 7+ band"),
            (3, "ex-engineer, PMP, AWS CCP, 5+ years of application/platform projects"),
            (1, "single-product releases, no program scope"),
            (1, "no remote experience"),
        ),
        note="Technical PM archetype.",
    ),
    Spec(
        "13_saas_account_executive",
        "pdfside",
        "Jasmine Delacroix",
        ("Chicago, IL", "jdelacroix@example.com", "312-555-0119"),
        headline="Enterprise Account Executive",
        summary="Quota-crushing SaaS seller who loves complex, multi-stakeholder deals.",
        jobs=(
            J(
                "Enterprise Account Executive",
                "CloudLedger",
                "Chicago, IL",
                "2022-01",
                "present",
                (
                    "Closed $3.1M ARR of new SaaS business in FY2025 (132% of quota)",
                    "Run multi-threaded deals with CIO/CFO buying committees",
                    "Coordinate solution engineers and onboarding for a clean hand-off",
                ),
                kind="other",
            ),
            J(
                "Customer Success Manager (CSM)",
                "CloudLedger",
                "Chicago, IL",
                "2019-07",
                "2021-12",
                ("Renewals and expansion for 60 mid-market accounts",),
                kind="other",
            ),
            J(
                "Sales Development Representative",
                "Brightwave Media",
                "Chicago, IL",
                "2018-01",
                "2019-06",
                ("Outbound prospecting",),
                kind="other",
            ),
        ),
        skills=("Salesforce", "Gong", "MEDDICC", "Negotiation", "Forecasting"),
        certs=("Salesforce Certified Administrator",),
        education=("B.A. Communications, DePaul University, 2017",),
        headings=H_CAREER,
        date_style="full",
        held=(),
        degree="bachelor",
        fit=F(
            (0, "sales career"),
            (0, "sales career"),
            (0, "sales career"),
            (0, "sales career"),
            (0, "sales career"),
            (0, "sales career"),
        ),
        note="Non-PM: 'Customer Success Manager (CSM)' is not the ScrumMaster certificate.",
    ),
    Spec(
        "14_associate_pm_remote",
        "txt",
        "Aaliyah Thompson",
        ("Atlanta, GA", "aaliyah.t@example.com"),
        summary=(
            "Associate PM at a remote-first SaaS company, 18 months in. I plan small integration "
            "projects end to end with coaching from a senior PM and I am studying for the PMP."
        ),
        jobs=(
            J(
                "Associate Project Manager",
                "Loopwise (remote-first SaaS)",
                "Remote",
                "2025-05",
                "present",
                (
                    "Own small integration projects under a senior PM: plans, Jira tickets, status notes",
                    "Facilitate daily stand-ups over Zoom for a six-person team",
                ),
                remote=True,
            ),
            J(
                "IT Project Management Intern",
                "Peachtree Federal Credit Union",
                "Atlanta, GA",
                "2024-06",
                "2024-08",
                ("Documented requirements for a branch Wi-Fi upgrade",),
                kind="intern",
            ),
        ),
        skills=("Jira", "Asana", "Zoom", "Slack", "Google Workspace"),
        certs=(
            "Google Project Management Certificate (Coursera), 2024",
            "Studying for PMP (35 contact hours completed)",
        ),
        education=("B.B.A., Management Information Systems, Georgia State University, 2025",),
        headings=H_OBJECTIVE,
        layout="employer_first",
        present="Current",
        bullet="*",
        held=(),
        degree="bachelor",
        fit=F(
            (1, "1.6 years as associate PM, no PMP"),
            (3, "entry level, MIS degree, associate PM in IT with internship"),
            (0, "entry level"),
            (0, "no technical background"),
            (0, "entry level"),
            (1, "remote but junior and without PMP"),
        ),
        note="Associate PM title counts as PM years; remote, entry level.",
    ),
]
SPECS += [
    Spec(
        "15_uk_contract_pm_prince2",
        "docx",
        "Siobhan McAllister",
        ("Manchester, United Kingdom", "siobhan.mcallister@example.co.uk", "+44 7700 900123"),
        summary=(
            "Contract IT project manager in transport and utilities. PRINCE2 Practitioner with a "
            "computer science degree and a background in telecoms field engineering."
        ),
        jobs=(
            J(
                "IT Project Manager (Contract)",
                "Northern Rail Digital",
                "Manchester",
                "2022-09",
                "present",
                (
                    "Ticketing back-office replacement; PRINCE2 stage plans and highlight reports "
                    "to the programme board",
                    "Managed the supplier's test and release schedule",
                ),
            ),
            J(
                "IT Project Manager (Contract)",
                "Pennine Water Services",
                "Leeds",
                "2020-06",
                "2022-08",
                ("Telemetry platform upgrade with two outsourced suppliers",),
            ),
            J(
                "Project Engineer",
                "Mersey Telecom",
                "Liverpool",
                "2017-01",
                "2020-05",
                ("Fibre roll-out site surveys and installation scheduling",),
                kind="other",
            ),
        ),
        skills=(
            "PRINCE2",
            "MS Project",
            "Jira",
            "Stakeholder management",
            "Supplier management",
            "RAID logs",
        ),
        skills_inline=True,
        certs=(
            "PRINCE2® Practitioner (AXELOS)",
            "PRINCE2 Agile Foundation",
            "APM Project Fundamentals Qualification",
        ),
        education=("BSc (Hons) Computer Science, University of Salford, 2016",),
        headings=H_HISTORY,
        held=("prince2",),
        degree="bachelor",
        docx={"skills_table": False},
        fit=F(
            (2, "6.5 years IT PM, PRINCE2, no PMP"),
            (1, "above entry level"),
            (1, "6.5 years and no PMP (required)"),
            (1, "some telecom engineering, but no PMP and no software depth"),
            (1, "mid-level single projects"),
            (1, "no remote work"),
        ),
        note="Project Engineer years count to total only.",
    ),
    Spec(
        "16_remote_pm_four_years",
        "pdf1",
        "Carlos Mendoza-Ruiz",
        ("Denver, CO", "carlos.mendoza.pm@example.com", "720-555-0190"),
        headline="IT Project Manager — Remote",
        jobs=(
            J(
                "IT Project Manager – Remote",
                "Summit Ledger Software",
                "Denver, CO (remote)",
                "2022-03",
                "present",
                (
                    "Manage cloud migration and SSO projects for a team spread across Denver, "
                    "Lisbon and Manila",
                    "Slack, Jira and Zoom; written weekly updates; remote retrospectives",
                    "Executive dashboards in Smartsheet",
                ),
                remote=True,
            ),
            J(
                "IT Project Manager",
                "Front Range Utilities",
                "Golden, CO",
                "2018-10",
                "2022-02",
                ("SCADA historian upgrade and outage-management system; NERC CIP compliance",),
            ),
            J(
                "IT Project Coordinator",
                "Front Range Utilities",
                "Golden, CO",
                "2016-08",
                "2018-09",
                ("PMO scheduling and vendor invoices",),
                kind="other",
            ),
        ),
        skills=("Smartsheet", "Jira", "Slack", "Zoom", "Agile / Waterfall", "Risk registers"),
        certs=("PMP – Project Management Professional (PMI), 2019", "Certified Scrum Master"),
        education=(
            "Bachelor of Science in Computer Information Systems, Colorado State University, 2016",
        ),
        headings=H_EMPLOY,
        date_style="num",
        sep=" - ",
        held=("pmp", "csm"),
        degree="bachelor",
        fit=F(
            (3, "8 years IT PM, PMP, CIS degree"),
            (1, "above entry level"),
            (3, "8 years IT PM in regulated utility, PMP"),
            (1, "no engineering background"),
            (1, "single projects"),
            (3, "4.75 years remote IT PM, PMP"),
        ),
        note="Remote 4+ years.",
    ),
    Spec(
        "17_devops_engineer",
        "docx",
        "Oluwaseun Adebayo",
        ("Austin, TX", "seun.adebayo@example.com", "512-555-0171"),
        summary="DevOps engineer who automates everything twice: once to learn, once to keep.",
        jobs=(
            J(
                "Senior DevOps Engineer",
                "Latchkey Security",
                "Austin, TX (remote)",
                "2022-02",
                "present",
                (
                    "Run EKS clusters and Terraform modules across three AWS accounts",
                    "Built GitHub Actions pipelines with SAST and SBOM gates",
                ),
                kind="other",
                remote=True,
            ),
            J(
                "DevOps Engineer",
                "Hill Country Health IT",
                "San Antonio, TX",
                "2019-03",
                "2022-01",
                ("Moved Jenkins to GitLab CI; automated 200 VMs with Ansible",),
                kind="other",
            ),
            J(
                "Systems Administrator",
                "Hill Country Health IT",
                "San Antonio, TX",
                "2016-08",
                "2019-02",
                ("Linux patching and backups",),
                kind="other",
            ),
        ),
        skills=(
            "AWS",
            "Kubernetes",
            "Terraform",
            "GitHub Actions",
            "GitLab CI",
            "Ansible",
            "Python",
            "Bash",
            "Prometheus",
        ),
        certs=(
            "AWS Certified Cloud Practitioner",
            "AWS Certified Solutions Architect – Associate",
            "CKA – Certified Kubernetes Administrator",
        ),
        education=("B.S. Computer Science, Texas State University, 2016",),
        headings=H_QUALS,
        held=("aws-ccp",),
        degree="bachelor",
        fit=F(
            (0, "engineer, no PM role"),
            (0, "not a PM path"),
            (0, "no PM experience"),
            (0, "engineering only, never managed a project"),
            (0, "no PM experience"),
            (0, "remote engineer, but not a PM"),
        ),
        note="Non-PM: remote engineer with AWS CCP (remote_years counts any title).",
    ),
    Spec(
        "18_scrum_master_remote",
        "pdf2",
        "Mateus Oliveira",
        ("Miami, FL", "mateus.oliveira@example.com", "305-555-0184"),
        headline="Scrum Master | Agile Coach in the making",
        summary=(
            "Servant-leader Scrum Master with a QA background. I help squads ship predictably "
            "and want to grow into project management."
        ),
        jobs=(
            J(
                "Scrum Master",
                "Coralpay Fintech",
                "Miami, FL (Remote)",
                "2023-08",
                "present",
                (
                    "Facilitate ceremonies for two squads; sprint predictability up from 61% to 88%",
                    "Remote-first team: retros in Miro, async stand-ups in Slack",
                ),
                kind="other",
                remote=True,
            ),
            J(
                "Scrum Master",
                "Biscayne Digital Agency",
                "Miami, FL",
                "2022-01",
                "2023-07",
                ("Introduced Kanban for the web maintenance team",),
                kind="other",
            ),
            J(
                "QA Analyst",
                "Biscayne Digital Agency",
                "Miami, FL",
                "2019-09",
                "2021-12",
                ("Manual and Selenium test suites; test plans for web releases",),
                kind="other",
            ),
        ),
        skills=("Scrum", "Kanban", "Jira", "Miro", "Selenium", "Facilitation"),
        certs=("Certified ScrumMaster® (CSM), Scrum Alliance", "ISTQB Foundation Level"),
        education=("B.S. Computer Science, Florida International University, 2019",),
        headings=H_CAREER,
        held=("csm",),
        degree="bachelor",
        fit=F(
            (1, "Scrum Master, not a PM; no PMP"),
            (2, "agile delivery experience and CSM, but not a PM role yet"),
            (0, "no PM title experience"),
            (1, "QA background and Scrum, but no PM experience"),
            (0, "no PM experience"),
            (1, "remote as Scrum Master only"),
        ),
        note="Scrum Master years are not PM years; remote as Scrum Master.",
    ),
    Spec(
        "19_program_manager_safe",
        "txt",
        "Anand Krishnamurthy",
        ("Dallas, TX", "anand.k.pgm@example.com", "214-555-0166"),
        headline="Senior Program Manager — Telecom IT",
        summary=(
            "Program manager and Release Train Engineer for telecom OSS/BSS modernisation. "
            "Started as a Java developer; eleven years managing IT projects and programs since."
        ),
        jobs=(
            J(
                "Senior Program Manager",
                "Lonestar Telecom",
                "Dallas, TX",
                "2019-01",
                "present",
                (
                    "Run the OSS/BSS modernisation program: 4 agile release trains, 260 people, $48M",
                    "Release Train Engineer; run PI planning and portfolio sync",
                    "Manage six project managers; monthly steering and ROI reporting in Planview",
                ),
            ),
            J(
                "IT Project Manager",
                "Lonestar Telecom",
                "Dallas, TX",
                "2015-04",
                "2018-12",
                ("Billing platform migration with Amdocs",),
            ),
            J(
                "Software Developer",
                "Pecan Systems",
                "Plano, TX",
                "2011-07",
                "2015-03",
                ("Java billing mediation services",),
                kind="other",
            ),
        ),
        skills=("SAFe", "Planview", "PI planning", "Budget forecasting", "Java", "Jira Align"),
        certs=(
            "PMP (Project Management Professional)",
            "SAFe 5 Program Consultant (SPC5)",
            "SAFe Agilist",
        ),
        education=(
            "B.Tech., Computer Science and Engineering, National Institute of Technology "
            "Tiruchirappalli, 2011",
        ),
        headings=H_EXEC,
        layout="employer_first",
        held=("pmp", "safe-spc"),
        degree="bachelor",
        fit=F(
            (3, "11+ years IT PM/program, PMP"),
            (1, "far above entry level"),
            (3, "11+ years, PMP, large budgets"),
            (2, "developer background, but now program-level rather than hands-on"),
            (3, "program manager leading PMs, PMP, SPC, transformation"),
            (1, "no remote work"),
        ),
        note="Program archetype with SAFe SPC; 'SAFe Agilist' is not SPC.",
    ),
    Spec(
        "20_healthcare_pm_expired_pmp",
        "pdfside",
        "Rebecca Goldfarb",
        ("Cleveland, OH", "rgoldfarb@example.com", "216-555-0139"),
        headline="Healthcare IT Project Manager",
        summary=(
            "Clinical-applications PM with an MBA and ten years of EHR rollouts across "
            "multi-site health systems."
        ),
        jobs=(
            J(
                "IT Project Manager",
                "Lakeshore Health Partners",
                "Cleveland, OH",
                "2018-09",
                "present",
                (
                    "Epic ambulatory rollout to 31 clinics with multi-site go-live command centres",
                    "HIPAA security risk assessments for every new application",
                    "Tracked a $6M capital plan and vendor milestones",
                ),
            ),
            J(
                "Clinical Applications Project Manager",
                "Buckeye Medical Group",
                "Akron, OH",
                "2016-03",
                "2018-08",
                ("Lab and radiology interface projects",),
            ),
            J(
                "Clinical Systems Analyst",
                "Buckeye Medical Group",
                "Akron, OH",
                "2013-01",
                "2016-02",
                ("Build and test of order sets and HL7 interfaces",),
                kind="other",
            ),
        ),
        skills=("Epic", "MS Project", "HIPAA", "HL7", "Lean Six Sigma"),
        certs=("PMP (expired 2019)", "Epic Ambulatory Certification", "Lean Six Sigma Green Belt"),
        education=(
            "MBA, Case Western Reserve University – Weatherhead, 2015",
            "B.S. Health Information Management, Ohio University, 2012",
        ),
        headings=H_HISTORY,
        held=(),
        degree="master",
        fit=F(
            (2, "10+ years IT PM but PMP lapsed"),
            (1, "above entry level"),
            (2, "10+ years regulated IT PM, MBA, but no current PMP"),
            (2, "clinical systems analyst background; no current PMP"),
            (2, "multi-site rollouts and MBA, but no program title or PMP"),
            (1, "no remote work"),
        ),
        note="PMP expired: not held.",
    ),
    Spec(
        "21_junior_coordinator_sfc",
        "docx",
        "Lana Nguyen",
        ("San Diego, CA", "lana.nguyen@example.com", "619-555-0102"),
        summary="CS graduate supporting IT projects at a managed service provider.",
        jobs=(
            J(
                "Junior Project Coordinator",
                "Pacific Crest IT Services",
                "San Diego, CA",
                "2024-09",
                "present",
                (
                    "Support PMs on client onboarding projects: MS Project schedules, Jira tickets",
                    "Track vendor POs and contract renewal dates",
                    "Prepare weekly status decks and meeting notes",
                ),
                kind="other",
            ),
            J(
                "IT Service Desk Analyst",
                "Pacific Crest IT Services",
                "San Diego, CA",
                "2023-07",
                "2024-08",
                ("Tier-1 support for 30 client sites",),
                kind="other",
            ),
        ),
        skills=("MS Project", "Jira", "Excel", "Windows / M365", "Scrum basics", "Documentation"),
        certs=("Scrum Fundamentals Certified (SFC™)", "CAPM – in progress"),
        education=("Bachelor of Science in Computer Science, San Diego State University, 2023",),
        headings=H_OBJECTIVE,
        date_style="mon",
        sep=" - ",
        present="Current",
        held=("scrum-fundamentals",),
        degree="bachelor",
        fit=F(
            (1, "coordinator, no PM role yet"),
            (3, "entry level, CS degree, SFC, coordinator supporting IT projects"),
            (0, "entry level"),
            (1, "CS degree and service-desk background, no PM"),
            (0, "entry level"),
            (0, "no remote work"),
        ),
        note="Junior archetype; CAPM only in progress.",
    ),
]
SPECS += [
    Spec(
        "22_senior_accountant",
        "txt",
        "Eleanor Fitzgerald, CPA",
        ("Boston, MA", "e.fitzgerald.cpa@example.com"),
        summary="CPA with ten years in audit and fund accounting, and one ERP implementation survived.",
        jobs=(
            J(
                "Senior Accountant",
                "Harborview Capital Partners",
                "Boston, MA",
                "2020-02",
                "present",
                (
                    "Month-end close and SOX 404 control testing",
                    "Finance lead for the NetSuite implementation: chart-of-accounts mapping and UAT",
                ),
                kind="other",
            ),
            J(
                "Staff Accountant",
                "Beacon Street Audit LLP",
                "Boston, MA",
                "2016-09",
                "2020-01",
                ("Audits of private funds",),
                kind="other",
            ),
        ),
        skills=("NetSuite", "Excel", "SOX", "GAAP", "Budget variance analysis"),
        certs=("Certified Public Accountant (CPA), Massachusetts",),
        education=(
            "Master of Science in Accounting, Northeastern University, 2016",
            "B.S. Business Administration – Finance, UMass Amherst, 2015",
        ),
        headings=H_CLASSIC,
        layout="dates_first",
        held=(),
        degree="master",
        fit=F(
            (0, "accountant"),
            (0, "accountant"),
            (0, "accountant"),
            (0, "accountant"),
            (0, "accountant"),
            (0, "accountant"),
        ),
        note="Non-PM: finance, mentions SOX, budgets and an ERP rollout.",
    ),
    Spec(
        "23_senior_pm_insurance_ex_developer",
        "docx",
        "Wei Zhang",
        ("Des Moines, IA", "wei.zhang.pm@example.com", "515-555-0144"),
        summary=(
            "Senior IT PM and former .NET developer. I run API and data modernisation projects in "
            "insurance, where compliance and release discipline matter."
        ),
        jobs=(
            J(
                "Senior IT Project Manager",
                "Prairie Shield Insurance",
                "Des Moines, IA",
                "2019-06",
                "present",
                (
                    "Lead the policy-admin API modernisation: 14 REST services, Azure API "
                    "Management, Kafka event streaming",
                    "Hybrid Agile/Waterfall; budgets to $7M; two offshore development partners",
                    "Own release readiness with architects and QA in Azure DevOps pipelines",
                ),
            ),
            J(
                "IT Project Manager",
                "Prairie Shield Insurance",
                "Des Moines, IA",
                "2015-08",
                "2019-05",
                ("Data warehouse and claims integrations; NAIC and SOX compliance",),
            ),
            J(
                "Application Developer",
                "Hawkeye Software Solutions",
                "Cedar Rapids, IA",
                "2012-06",
                "2015-07",
                (".NET and SQL Server development",),
                kind="other",
            ),
        ),
        skills=("Azure DevOps", "Jira", "Confluence", "SQL", "APIs", "Vendor management"),
        certs=(
            "Project Management Professional (PMP), PMI, 2018",
            "PMI Agile Certified Practitioner (PMI-ACP)",
        ),
        education=("B.S. Computer Science, Iowa State University, 2012",),
        headings=H_EMPLOY,
        held=("pmp", "pmi-acp"),
        degree="bachelor",
        docx={"contact_in_header": False},
        fit=F(
            (3, "11 years IT PM, PMP, CS degree"),
            (1, "far above entry level"),
            (3, "11 years IT PM in regulated insurance, PMP, PMI-ACP"),
            (3, "ex-developer, PMP, API and data integrations, CI/CD"),
            (2, "11 years of large multi-team projects, no program title"),
            (1, "no remote work"),
        ),
        note="Senior and technical PM.",
    ),
    Spec(
        "24_remote_pm_one_year",
        "pdf1",
        "Fatima Al-Sayed",
        ("Dearborn, MI", "fatima.alsayed@example.com", "313-555-0158"),
        headline="IT Project Manager, PMP",
        summary=(
            "Seven years of IT project delivery in auto finance and, since last December, "
            "fully remote delivery for a cloud consultancy."
        ),
        jobs=(
            J(
                "IT Project Manager (Remote)",
                "Greatlakes Cloud Services",
                "Remote – US",
                "2025-12",
                "present",
                ("Manage Salesforce and MuleSoft integration projects across 3 time zones",),
                remote=True,
            ),
            J(
                "IT Project Manager",
                "Motor City Auto Finance",
                "Detroit, MI",
                "2020-01",
                "2025-11",
                (
                    "Loan-origination system upgrade and data-centre exit to AWS",
                    "Managed three vendors and a $3M budget",
                ),
            ),
            J(
                "Project Analyst",
                "Motor City Auto Finance",
                "Detroit, MI",
                "2018-06",
                "2019-12",
                ("Resource plans and status reporting",),
                kind="other",
            ),
        ),
        skills=("Jira", "MS Project", "Salesforce", "AWS", "Agile", "Waterfall"),
        certs=("PMP®",),
        education=("B.A. Economics, Wayne State University, 2018",),
        headings=H_QUALS,
        held=("pmp",),
        degree="bachelor",
        fit=F(
            (3, "6.9 years IT PM, PMP"),
            (1, "above entry level"),
            (2, "just under 7 years, PMP, economics degree"),
            (1, "no engineering background"),
            (1, "single projects"),
            (2, "one year of remote IT PM, PMP"),
        ),
        note="Remote ~1 year.",
    ),
    Spec(
        "25_events_project_manager",
        "txt",
        "Chloe Beaumont",
        ("Nashville, TN", "chloe.beaumont@example.com", "615-555-0124"),
        headline="Events & Marketing Project Manager",
        jobs=(
            J(
                "Events Project Manager",
                "Music Row Experiential",
                "Nashville, TN",
                "2022-03",
                "present",
                (
                    "Plan 30+ brand activations and conferences a year with budgets to $1.2M",
                    "Manage venues, AV vendors and caterers; hybrid-event logistics in Asana",
                    "Post-event reviews and sponsor reporting",
                ),
                it=False,
            ),
            J(
                "Marketing Project Manager",
                "Bluebird Creative Agency",
                "Franklin, TN",
                "2020-07",
                "2022-02",
                ("Campaign timelines for retail clients",),
                it=False,
            ),
            J(
                "Marketing Coordinator",
                "Bluebird Creative Agency",
                "Franklin, TN",
                "2019-06",
                "2020-06",
                ("Social calendar and print production",),
                kind="other",
            ),
        ),
        skills=("Asana", "Monday.com", "Budgeting", "Vendor management", "Event logistics"),
        skills_inline=True,
        certs=("CAPM®, Project Management Institute (2021)",),
        education=("B.A. Communication Studies, Belmont University, 2019",),
        headings=H_CAREER,
        date_style="full",
        present="Present",
        bullet="-",
        held=("capm",),
        degree="bachelor",
        fit=F(
            (1, "PM discipline and CAPM, but events not IT"),
            (1, "non-IT PM; no IT exposure"),
            (0, "no IT PM, no PMP"),
            (0, "no technical background"),
            (0, "no IT programs"),
            (0, "no remote IT work"),
        ),
        note="Non-IT PM (events/marketing): pm_years > 0, it_pm_years 0.",
    ),
    Spec(
        "26_remote_program_manager",
        "pdf2",
        "Nikolai Petrov-Grant",
        ("Portland, OR", "npetrovgrant@example.com", "503-555-0113"),
        headline="IT Program Manager — Telehealth & ERP",
        summary=(
            "Program manager who has run a fully remote, two-continent telehealth program since "
            "2019, after a decade of retail ERP and store-systems projects."
        ),
        jobs=(
            J(
                "IT Program Manager",
                "Evergreen Telehealth",
                "Portland, OR (remote)",
                "2019-03",
                "present",
                (
                    "Own a $22M telehealth platform program: five project teams, two vendors, "
                    "fully remote across the US and Poland",
                    "Roadmap, consolidated budget and benefits tracking in MS Project Online and Power BI",
                    "Monthly governance reviews with the COO and CMIO",
                ),
                remote=True,
            ),
            J(
                "Senior IT Project Manager",
                "Cascade Retail Group",
                "Seattle, WA",
                "2013-09",
                "2019-02",
                ("Oracle ERP financials rollout to 140 stores",),
            ),
            J(
                "IT Project Manager",
                "Cascade Retail Group",
                "Seattle, WA",
                "2010-05",
                "2013-08",
                ("Point-of-sale upgrades",),
            ),
            J(
                "Business Systems Analyst",
                "Rainier Distribution",
                "Kent, WA",
                "2007-06",
                "2010-04",
                ("Warehouse system requirements",),
                kind="other",
            ),
        ),
        skills=("MS Project Online", "Power BI", "Jira", "Slack", "Zoom", "Budget forecasting"),
        certs=("PMP", "PgMP®", "Certified ScrumMaster"),
        education=(
            "MBA, Portland State University, 2012",
            "B.S. Business Administration – MIS, University of Oregon, 2007",
        ),
        headings=H_EXEC,
        date_style="num",
        held=("pmp", "pgmp", "csm"),
        degree="master",
        fit=F(
            (3, "16 years IT PM, PMP"),
            (1, "far above entry level"),
            (3, "16 years, PMP, ERP"),
            (1, "business-side background, no engineering"),
            (3, "remote program manager, PMP, PgMP, MBA, ERP"),
            (3, "7.75 years remote, PMP, distributed"),
        ),
        note="Program + remote.",
    ),
    Spec(
        "27_business_analyst_capm",
        "pdfside",
        "Hannah Kowalczyk",
        ("Milwaukee, WI", "hannah.kowalczyk@example.com", "414-555-0117"),
        headline="IT Business Analyst → aspiring Project Manager",
        summary=(
            "Business analyst in health IT who already keeps the project documentation, scope "
            "log and vendor calendar for my PM. CAPM holder, PMP next."
        ),
        jobs=(
            J(
                "Business Analyst",
                "Lakefront Health IT",
                "Milwaukee, WI",
                "2023-06",
                "present",
                (
                    "Write user stories, data mappings and interface specs for HL7 feeds",
                    "Maintain the scope-change log and UAT plan for a patient-portal rollout",
                    "Support the PM with vendor status calls and contract tracking",
                ),
                kind="other",
            ),
            J(
                "Business Analyst Intern",
                "Badger State Insurance",
                "Madison, WI",
                "2022-06",
                "2022-08",
                ("Process maps for claims intake",),
                kind="intern",
            ),
        ),
        skills=("Jira", "Confluence", "Visio", "SQL", "User stories", "UAT"),
        certs=("CAPM — Certified Associate in Project Management (2024)", "PMP (studying)"),
        education=("B.S. Management Information Systems, University of Wisconsin–Milwaukee, 2023",),
        held=("capm",),
        degree="bachelor",
        fit=F(
            (1, "analyst, no PM role"),
            (3, "entry level, MIS degree, CAPM, supports IT project delivery"),
            (0, "no PM experience"),
            (1, "systems-analysis exposure, no PM"),
            (0, "no PM experience"),
            (0, "no remote work"),
        ),
        note="Business Analyst years are not PM years.",
    ),
    Spec(
        "28_it_pm_mid_level",
        "docx",
        "Samuel Osei",
        ("Kansas City, MO", "samuel.osei@example.com", "816-555-0192"),
        summary=(
            "IT project manager in logistics with mixed Waterfall and Scrum delivery; promoted "
            "from coordinator in 2022 and PMP-certified since 2024."
        ),
        jobs=(
            J(
                "IT Project Manager",
                "Heartland Logistics",
                "Kansas City, MO",
                "2022-03",
                "present",
                (
                    "Warehouse management system rollout to nine DCs (Waterfall) and a mobile "
                    "scanner app (Scrum)",
                    "Coordinated the offshore QA team in Hyderabad remotely across time zones "
                    "(on-site role)",
                    "Budgets to $2.5M; risk registers; lessons-learned workshops",
                ),
            ),
            J(
                "IT Project Coordinator",
                "Heartland Logistics",
                "Kansas City, MO",
                "2020-02",
                "2022-02",
                ("Schedules, minutes and vendor invoices",),
                kind="other",
            ),
        ),
        skills=("MS Project", "Jira", "Smartsheet", "Trello", "Vendor coordination"),
        certs=("PMP (Project Management Professional), 2024", "CSM"),
        education=(
            "Bachelor of Science in Information Technology, University of Missouri–Kansas City, 2019",
        ),
        headings=H_OBJECTIVE,
        layout="dates_first",
        held=("pmp", "csm"),
        degree="bachelor",
        fit=F(
            (3, "4.75 years IT PM, PMP, CSM, IT degree"),
            (2, "slightly above entry level but close"),
            (1, "under 5 years as PM"),
            (1, "no engineering background"),
            (1, "mid-level single projects"),
            (1, "on-site; offshore team only"),
        ),
        note="General-role archetype; 'remotely' in a bullet of an on-site role.",
    ),
]
SPECS += [
    Spec(
        "29_remote_pm_no_pmp",
        "txt",
        "Inês Carvalho",
        ("Providence, RI", "ines.carvalho@example.com"),
        headline="Remote IT Project Manager | ex-developer",
        summary=(
            "Five years managing data projects for a company with no offices, after three years "
            "as a Python developer. Kanban and async by default."
        ),
        jobs=(
            J(
                "Remote IT Project Manager",
                "Driftwood Analytics",
                "Remote",
                "2021-11",
                "present",
                (
                    "Deliver data-pipeline and dashboard projects for a fully distributed company "
                    "(no offices)",
                    "Kanban and Scrum; Jira, Slack and Loom; async decision records",
                ),
                remote=True,
            ),
            J(
                "Software Developer",
                "Ocean State Software",
                "Providence, RI",
                "2018-07",
                "2021-10",
                ("Python/Django developer; coordinated releases for two teams",),
                kind="other",
            ),
        ),
        skills=("Jira", "Slack", "Loom", "Python", "SQL", "Kanban"),
        certs=("Certified ScrumMaster (CSM), 2021", "Kanban Management Professional (KMP I)"),
        education=("B.S. Computer Science, University of Rhode Island, 2018",),
        headings=H_HISTORY,
        date_style="mon",
        held=("csm",),
        degree="bachelor",
        fit=F(
            (2, "5 years IT PM, no PMP"),
            (1, "above entry level"),
            (1, "5 years and no PMP"),
            (2, "developer background, data projects, but no PMP"),
            (1, "single projects"),
            (2, "5 years remote IT PM in a distributed company, but no PMP"),
        ),
        note="Remote 4+ years without PMP.",
    ),
    Spec(
        "30_mechanical_engineer",
        "pdf1",
        "Patrick O'Donnell",
        ("Cincinnati, OH", "patrick.odonnell@example.com", "513-555-0147"),
        headline="Mechanical Design Engineer, PE",
        jobs=(
            J(
                "Mechanical Design Engineer",
                "Ohio Valley Turbines",
                "Cincinnati, OH",
                "2017-05",
                "present",
                (
                    "SolidWorks design and FEA of turbine housings",
                    "Engineering change orders and supplier drawings",
                    "Coordinated a prototype build with two machine shops",
                ),
                kind="other",
            ),
            J(
                "Manufacturing Engineer",
                "Queen City Plastics",
                "Cincinnati, OH",
                "2014-06",
                "2017-04",
                ("Injection-moulding process improvements",),
                kind="other",
            ),
        ),
        skills=("SolidWorks", "ANSYS", "GD&T", "Lean manufacturing"),
        certs=("Professional Engineer (PE), Ohio", "Six Sigma Black Belt"),
        education=(
            "Bachelor of Science in Mechanical Engineering, University of Cincinnati, 2014",
        ),
        headings=H_CAREER,
        held=(),
        degree="bachelor",
        fit=F(
            (0, "mechanical engineer"),
            (0, "mechanical engineer"),
            (0, "mechanical engineer"),
            (0, "not IT, not PM"),
            (0, "mechanical engineer"),
            (0, "mechanical engineer"),
        ),
        note="Non-PM: engineer outside IT.",
    ),
    Spec(
        "31_project_analyst_to_pm",
        "docx",
        "Daniel Kim",
        ("Newark, NJ", "daniel.kim.pm@example.com", "973-555-0105"),
        summary=(
            "Three years as a project analyst on bank infrastructure projects and now in my first "
            "IT project manager role. CAPM certified; PMP application approved."
        ),
        jobs=(
            J(
                "IT Project Manager",
                "Garden State Bank",
                "Newark, NJ",
                "2025-10",
                "present",
                ("First PM role: core-banking patch cycle and branch printer refresh",),
            ),
            J(
                "Project Analyst",
                "Garden State Bank",
                "Newark, NJ",
                "2022-07",
                "2025-09",
                (
                    "MS Project schedules, resource plans and RAID logs for six infrastructure projects",
                ),
                kind="other",
            ),
        ),
        skills=("MS Project", "Jira", "Excel", "RAID logs", "Status reporting"),
        certs=("CAPM", "PMP – in progress (application approved)"),
        education=("B.S. Computer Science, Rutgers University, 2022",),
        headings=H_CLASSIC,
        held=("capm",),
        degree="bachelor",
        docx={"positions_table": True, "skills_table": False},
        fit=F(
            (1, "one year as PM, no PMP"),
            (3, "entry-level PM with analyst background, CS degree, CAPM"),
            (0, "barely a year as PM"),
            (1, "CS degree and infrastructure projects, little PM"),
            (0, "entry level"),
            (0, "no remote work"),
        ),
        note="Project Analyst years are not PM years.",
    ),
    Spec(
        "32_senior_technical_pm_network",
        "pdfside",
        "Rajesh Malhotra",
        ("Baltimore, MD", "raj.malhotra@example.com", "410-555-0181"),
        headline="Senior Technical Project Manager",
        summary=(
            "Network engineer turned technical PM. Sixteen years leading infrastructure, cloud "
            "and identity projects; the last three remotely."
        ),
        jobs=(
            J(
                "Senior Technical Project Manager",
                "Chesapeake Cloud Systems",
                "Baltimore, MD (remote)",
                "2024-01",
                "present",
                (
                    "Hybrid-cloud network and identity projects: Azure ExpressRoute, Okta, Terraform",
                    "Distributed team across Baltimore, Austin and Bangalore",
                ),
                remote=True,
            ),
            J(
                "Technical Project Manager",
                "Chesapeake Cloud Systems",
                "Baltimore, MD",
                "2016-04",
                "2023-12",
                ("Data-centre migration of 1,100 VMs; CI/CD adoption for 20 application teams",),
            ),
            J(
                "IT Project Manager",
                "Old Line Financial",
                "Towson, MD",
                "2010-08",
                "2016-03",
                ("Branch network and disaster-recovery projects",),
            ),
            J(
                "Network Engineer",
                "Old Line Financial",
                "Towson, MD",
                "2004-06",
                "2010-07",
                ("WAN/LAN design and firewall changes",),
                kind="other",
            ),
        ),
        skills=("Azure", "AWS", "Terraform", "Okta", "Jira", "GitHub", "CI/CD"),
        certs=(
            "PMP",
            "CSM",
            "AWS Certified Cloud Practitioner",
            "CCNP Enterprise (expired 2012)",
        ),
        education=("B.S. Electrical Engineering, University of Maryland, 2004",),
        headings=H_EMPLOY,
        date_style="mon",
        held=("pmp", "csm", "aws-ccp"),
        degree="bachelor",
        fit=F(
            (3, "16 years IT PM, PMP"),
            (1, "far above entry level"),
            (3, "16 years, PMP, financial services"),
            (3, "network engineer background, PMP, AWS CCP, cloud and CI/CD"),
            (2, "16 years of large projects but no program title"),
            (2, "under 3 years remote, PMP"),
        ),
        note="Senior technical PM; remote ~2.9 years.",
    ),
    Spec(
        "33_teacher_to_it_coordinator",
        "txt",
        "Marisol Gutiérrez",
        ("Albuquerque, NM", "marisol.gutierrez@example.com", "505-555-0161"),
        summary=(
            "Former science teacher now coordinating school-district technology projects. I "
            "bring classroom-grade organisation and a CAPM to an entry-level IT PM role."
        ),
        jobs=(
            J(
                "IT Project Coordinator",
                "Sandia Valley School District – Technology Services",
                "Albuquerque, NM",
                "2025-04",
                "present",
                (
                    "Coordinate the Chromebook 1:1 refresh and Wi-Fi upgrade across 18 schools",
                    "Smartsheet trackers, vendor logistics calls and weekly updates",
                ),
                kind="other",
            ),
            J(
                "Middle School Science Teacher",
                "Sandia Valley School District",
                "Albuquerque, NM",
                "2018-08",
                "2025-03",
                ("Grade 7–8 science; robotics club sponsor",),
                kind="other",
            ),
        ),
        skills=("Smartsheet", "Google Workspace", "Jira (basic)", "Vendor logistics"),
        certs=("CAPM (Certified Associate in Project Management), 2025",),
        education=(
            "Master of Arts in Teaching, University of New Mexico, 2018",
            "B.S. Biology, New Mexico State University, 2016",
        ),
        headings=H_OBJECTIVE,
        layout="employer_first",
        date_style="num",
        sep=" – ",
        held=("capm",),
        degree="master",
        fit=F(
            (1, "coordinator for 1.6 years"),
            (3, "entry-level IT coordinator with CAPM and degree"),
            (0, "entry level in IT"),
            (0, "no technical background"),
            (0, "entry level"),
            (0, "no remote work"),
        ),
        note="Career changer; teaching years count to total only.",
    ),
    Spec(
        "34_government_program_manager_no_pmp",
        "docx",
        "Thandiwe Mokoena",
        ("Arlington, VA", "thandiwe.mokoena@example.com", "703-555-0126"),
        summary=(
            "Federal IT program manager: case-management modernisation, earned value and "
            "FISMA. PRINCE2 and MSP practitioner."
        ),
        jobs=(
            J(
                "Program Manager, IT Modernization",
                "Capitol Digital Partners (federal contractor)",
                "Arlington, VA",
                "2019-02",
                "present",
                (
                    "Run a five-project case-management modernisation program, $30M, three "
                    "subcontractors",
                    "EVM reporting and an integrated master schedule in MS Project; FedRAMP and FISMA",
                ),
            ),
            J(
                "IT Project Manager",
                "Potomac Systems Group",
                "Reston, VA",
                "2013",
                "2019",
                ("Grants-management system releases for two agencies",),
            ),
            J(
                "Systems Analyst",
                "Potomac Systems Group",
                "Reston, VA",
                "2010",
                "2013",
                ("Requirements and test scripts",),
                kind="other",
            ),
        ),
        skills=("MS Project", "EVM", "FISMA", "FedRAMP", "PRINCE2", "MSP"),
        skills_inline=True,
        certs=(
            "PMP (expired 2015)",
            "PRINCE2 Practitioner",
            "MSP Practitioner (Managing Successful Programmes)",
            "ITIL v3 Foundation",
        ),
        education=(
            "Master of Science in Information Systems, George Mason University, 2012",
            "B.A. Economics, Howard University, 2009",
        ),
        headings=H_EXEC,
        held=("prince2",),
        degree="master",
        docx={"skills_table": False},
        fit=F(
            (2, "13 years IT PM/program, no current PMP"),
            (1, "far above entry level"),
            (2, "13 years, but PMP lapsed"),
            (1, "analyst background long ago; program-level now; no PMP"),
            (2, "IT program manager with master's, but PMP lapsed"),
            (1, "no remote work"),
        ),
        note="Year-only older positions overlapping the 2019 start; PMP expired.",
    ),
    Spec(
        "35_technical_pm_ex_devops_no_pmp",
        "pdf2",
        "Elif Yılmaz",
        ("Salt Lake City, UT", "elif.yilmaz@example.com", "801-555-0138"),
        headline="Technical Project Manager — Payments Platform",
        summary=(
            "Ex-DevOps engineer who now runs delivery for payment APIs and the CI/CD platform. "
            "PMP exam booked for early 2027."
        ),
        jobs=(
            J(
                "Technical Project Manager",
                "Wasatch Fintech",
                "Salt Lake City, UT",
                "2023-10",
                "present",
                (
                    "Own delivery of payment APIs and CI/CD platform work; GitLab pipelines, "
                    "Kubernetes",
                    "Plan sprints with engineering leads and manage cross-team dependencies",
                ),
            ),
            J(
                "DevOps Engineer",
                "Wasatch Fintech",
                "Salt Lake City, UT",
                "2019-09",
                "2023-09",
                ("Built the GitLab CI platform and Terraform modules",),
                kind="other",
            ),
        ),
        skills=("GitLab CI", "Kubernetes", "Terraform", "APIs", "Jira", "Scrum"),
        certs=(
            "AWS Certified Cloud Practitioner",
            "Certified ScrumMaster",
            "Studying for PMP (exam booked 2027)",
        ),
        education=("B.S. Software Engineering, Utah State University, 2019",),
        headings=H_QUALS,
        held=("aws-ccp", "csm"),
        degree="bachelor",
        fit=F(
            (2, "3 years IT PM, no PMP yet"),
            (2, "a few years above entry level"),
            (1, "3 years as PM, no PMP"),
            (2, "DevOps background and API/CI-CD projects, but no PMP and only 3 years"),
            (1, "mid-level"),
            (1, "no remote work"),
        ),
        note="Technical PM without PMP.",
    ),
]
SPECS += [
    Spec(
        "36_cloud_pm_distributed",
        "docx",
        "Yusuf Demir",
        ("Madison, WI", "yusuf.demir@example.com", "608-555-0153"),
        summary=(
            "Cloud project manager and former systems engineer, working 100% remotely for a "
            "remote-first SaaS company since 2022."
        ),
        jobs=(
            J(
                "Cloud Project Manager",
                "Northwind Orbit",
                "Madison, WI",
                "2022-05",
                "present",
                (
                    "AWS landing-zone and database migration projects with a fully distributed "
                    "team across 4 time zones; the role is fully remote",
                    "API integration roadmap with architects and QA; release plans in Jira",
                ),
                remote=True,
            ),
            J(
                "IT Project Manager",
                "Badger Manufacturing",
                "Madison, WI",
                "2020-06",
                "2022-04",
                ("MES upgrade and plant network segmentation",),
            ),
            J(
                "Systems Engineer",
                "Badger Manufacturing",
                "Madison, WI",
                "2017-01",
                "2020-05",
                ("VMware, SQL Server and Active Directory",),
                kind="other",
            ),
        ),
        skills=("AWS", "Jira", "Confluence", "Slack", "Zoom", "Terraform (reading level)"),
        certs=("PMP", "AWS Cloud Practitioner"),
        education=(
            "M.S. Information Technology, University of Wisconsin–Madison, 2016",
            "BS Computer Engineering, Marquette University, 2014",
        ),
        headings=H_CAREER,
        held=("pmp", "aws-ccp"),
        degree="master",
        docx={"contact_in_header": False, "skills_table": True},
        fit=F(
            (3, "6.5 years IT PM, PMP, master's"),
            (1, "above entry level"),
            (2, "6.5 years with PMP"),
            (3, "systems engineer background, PMP, AWS CCP, cloud and API projects"),
            (1, "single projects"),
            (3, "4.6 years fully remote IT PM in SaaS, PMP"),
        ),
        note="Remote stated only in a bullet ('fully distributed ... fully remote').",
    ),
    Spec(
        "37_remote_coordinator_associate_degree",
        "txt",
        "Tyler Redcloud",
        ("Rapid City, SD", "tyler.redcloud@example.com"),
        summary="Remote IT project coordinator at an MSP, previously on the help desk.",
        jobs=(
            J(
                "IT Project Coordinator (Remote)",
                "Prairie MSP Solutions",
                "Remote",
                "2024-05",
                "present",
                ("Coordinate client onboarding projects; ConnectWise and Microsoft Teams",),
                kind="other",
                remote=True,
            ),
            J(
                "Help Desk Technician",
                "Black Hills Computer Services",
                "Rapid City, SD",
                "2022-03",
                "2024-04",
                ("Windows support for small businesses",),
                kind="other",
            ),
        ),
        skills=("ConnectWise", "Microsoft Teams", "Excel", "Windows"),
        certs=("CompTIA A+", "CompTIA Project+"),
        education=(
            "Associate of Applied Science in Information Technology, Western Dakota Technical "
            "College, 2022",
        ),
        headings=H_QUALS,
        layout="dates_first",
        date_style="num",
        sep=" - ",
        held=(),
        degree="associate",
        fit=F(
            (1, "coordinator, associate degree"),
            (2, "entry level IT coordinator, but no bachelor's or CAPM"),
            (0, "no PM experience"),
            (0, "help-desk level only"),
            (0, "entry level"),
            (1, "remote, but as a coordinator"),
        ),
        note="Remote coordinator: remote_years counts, pm_years does not.",
    ),
    Spec(
        "38_head_of_pmo_doctorate",
        "pdf1",
        "Dr. Amara Chukwuemeka",
        ("Cambridge, MA", "amara.chukwuemeka@example.com", "617-555-0170"),
        headline="Head of PMO · Programme & Portfolio Leadership",
        summary=(
            "Delivery executive who leads a consultancy PMO of 25 project and program managers. "
            "Software engineer by training, PhD in information systems."
        ),
        jobs=(
            J(
                "Head of PMO",
                "Bayside Consulting Group",
                "Boston, MA",
                "2016-01",
                "present",
                (
                    "Lead 25 PMs and program managers delivering ERP and cloud transformation "
                    "programs for clients",
                    "Portfolio governance and resource optimisation in Clarity PPM",
                ),
            ),
            J(
                "Program Manager",
                "Bayside Consulting Group",
                "Boston, MA",
                "2011-04",
                "2015-12",
                ("Workday and Oracle programs for higher-education clients",),
            ),
            J(
                "IT Project Manager",
                "Redline Software",
                "Waltham, MA",
                "2009-07",
                "2011-03",
                ("Release management for a SaaS CRM",),
            ),
            J(
                "Software Engineer",
                "Redline Software",
                "Waltham, MA",
                "2006-06",
                "2009-06",
                ("Java back-end development",),
                kind="other",
            ),
        ),
        skills=("Clarity PPM", "Portfolio governance", "ERP programs", "Executive reporting"),
        certs=("PMP, 2010", "PgMP, 2015"),
        education=(
            "PhD, Information Systems, Boston University, 2014",
            "B.S. Computer Science, Northeastern University, 2006",
        ),
        headings=H_EXEC,
        held=("pmp", "pgmp"),
        degree="doctorate",
        fit=F(
            (2, "executive, far from hands-on project delivery"),
            (0, "17-year PMO head: entry level is a mis-fit"),
            (3, "17 years IT PM/program, PMP"),
            (2, "software engineering background and PMP, but executive now"),
            (3, "head of PMO, program manager, PMP, PgMP, ERP"),
            (1, "no remote work"),
        ),
        note="Over-qualified executive; doctorate.",
    ),
    Spec(
        "39_pm_no_degree_freelance_overlap",
        "docx",
        "Jordan Blake",
        ("Tulsa, OK", "jordan.blake.pm@example.com", "918-555-0108"),
        summary=(
            "Self-taught IT project manager: nine years running telecom and energy IT projects, "
            "including two years freelancing alongside a full-time role."
        ),
        jobs=(
            J(
                "IT Project Manager",
                "Osage Energy Systems",
                "Tulsa, OK",
                "2021-01",
                "present",
                ("SCADA network segmentation and ERP upgrade; Agile and Waterfall",),
            ),
            J(
                "IT Project Manager (freelance)",
                "Self-employed",
                "Tulsa, OK",
                "2019-06",
                "2021-06",
                ("Website and network projects for small businesses",),
            ),
            J(
                "IT Project Manager",
                "Red Dirt Telecom",
                "Oklahoma City, OK",
                "2017-09",
                "2019-05",
                ("Fibre provisioning system releases",),
            ),
            J(
                "IT Support Lead",
                "Red Dirt Telecom",
                "Oklahoma City, OK",
                "2014-02",
                "2017-08",
                ("Team of four support technicians",),
                kind="other",
            ),
        ),
        skills=("Jira", "MS Project", "Trello", "Agile", "Waterfall", "Budget tracking"),
        certs=("PMP (Project Management Professional)", "PMI-ACP"),
        education=(
            "Tulsa Community College — coursework toward an Associate of Science in Computer "
            "Information Systems (not completed)",
        ),
        headings=H_HISTORY,
        date_style="mon",
        held=("pmp", "pmi-acp"),
        degree="none",
        fit=F(
            (2, "9 years IT PM and PMP, but no degree"),
            (1, "above entry level"),
            (2, "9 years with PMP, but no bachelor's"),
            (1, "support background only"),
            (1, "single projects"),
            (1, "no remote work"),
        ),
        note="Overlapping freelance months merged; no completed degree.",
    ),
    Spec(
        "40_data_platform_technical_pm",
        "docx",
        "Meera Iyer",
        ("Durham, NC", "meera.iyer@example.com", "919-555-0196"),
        summary=(
            "Technical PM for data platforms, formerly a data engineer. Remote since 2024 with "
            "teammates in the US and UK."
        ),
        jobs=(
            J(
                "Technical Project Manager – Data Platform",
                "Tarheel Genomics",
                "Durham, NC (remote)",
                "2024-09",
                "present",
                (
                    "Plan the Snowflake and dbt migration; Airflow orchestration; GitHub Actions",
                    "Remote team across the US and UK",
                ),
                remote=True,
            ),
            J(
                "Technical Project Manager",
                "Triangle Retail Analytics",
                "Cary, NC",
                "2020-08",
                "2024-08",
                ("Data-warehouse and API integration projects",),
            ),
            J(
                "Data Engineer",
                "Triangle Retail Analytics",
                "Cary, NC",
                "2016-07",
                "2020-07",
                ("Spark and SQL pipelines",),
                kind="other",
            ),
        ),
        skills=("Snowflake", "dbt", "Airflow", "GitHub", "Jira", "SQL", "AWS"),
        certs=(
            "PMP certified (2021)",
            "AWS Certified Cloud Practitioner",
            "Certified Scrum Master",
        ),
        education=(
            "M.S. Computer Science, North Carolina State University, 2016",
            "B.E. Electronics and Communication, Anna University, 2014",
        ),
        headings=H_EMPLOY,
        held=("pmp", "aws-ccp", "csm"),
        degree="master",
        fit=F(
            (3, "6.3 years IT PM, PMP, MS CS"),
            (1, "above entry level"),
            (2, "6.3 years with PMP"),
            (3, "data engineer background, PMP, AWS CCP, data/cloud projects"),
            (1, "single projects"),
            (2, "2.25 years remote, PMP"),
        ),
        note="Technical PM; remote ~2 years.",
    ),
    Spec(
        "41_remote_pm_saas_contract",
        "txt",
        "Hye-jin Cho",
        ("Sacramento, CA", "hyejin.cho@example.com", "916-555-0114"),
        headline="IT Project Manager — remote SaaS delivery",
        summary=(
            "Remote IT PM since 2021, first on contract and now full-time at a SaaS company. "
            "PMP since 2022."
        ),
        jobs=(
            J(
                "IT Project Manager",
                "Sierra SaaS Works",
                "Sacramento, CA (fully remote)",
                "2022-08",
                "present",
                (
                    "Run onboarding and integration projects for enterprise customers",
                    "Dashboards in Jira and Looker; async updates across 3 time zones",
                ),
                remote=True,
            ),
            J(
                "IT Project Manager (contract)",
                "Goldline Software",
                "Remote",
                "2021-03",
                "2022-07",
                ("Mobile app release projects",),
                remote=True,
            ),
            J(
                "IT Project Manager",
                "Delta Irrigation District",
                "Stockton, CA",
                "2020-06",
                "2021-02",
                ("Billing system upgrade",),
            ),
            J(
                "Project Coordinator",
                "Delta Irrigation District",
                "Stockton, CA",
                "2018-05",
                "2020-05",
                ("Schedules and procurement paperwork",),
                kind="other",
            ),
        ),
        skills=("Jira", "Looker", "Slack", "Zoom", "ClickUp", "Kanban"),
        certs=("PMP® (2022)", "Kanban System Design (KMP I)"),
        education=("B.A. Business Administration, California State University, Sacramento, 2018",),
        headings=H_CLASSIC,
        layout="employer_first",
        date_style="full",
        sep=" to ",
        present="Current",
        held=("pmp",),
        degree="bachelor",
        fit=F(
            (3, "6.5 years IT PM, PMP"),
            (1, "above entry level"),
            (2, "6.5 years with PMP"),
            (1, "no engineering background"),
            (1, "single projects"),
            (3, "5.75 years remote IT PM in SaaS, PMP"),
        ),
        note="Remote 4+ years across two employers.",
    ),
    Spec(
        "42_graphic_designer",
        "docx",
        "Noor Haddad",
        ("Brooklyn, NY", "noor.haddad.design@example.com"),
        summary="Brand designer who keeps her own projects on time and her clients calm.",
        jobs=(
            J(
                "Senior Graphic Designer",
                "Gotham Brand Studio",
                "Brooklyn, NY (remote)",
                "2021-04",
                "present",
                (
                    "Brand identities and campaign assets for consumer brands",
                    "Manage my own project timelines in Asana; present concepts to clients",
                ),
                kind="other",
                remote=True,
            ),
            J(
                "Graphic Designer",
                "Hudson Print Co.",
                "Jersey City, NJ",
                "2017-09",
                "2021-03",
                ("Packaging and print collateral",),
                kind="other",
            ),
        ),
        skills=("Adobe Illustrator", "InDesign", "Figma", "Asana"),
        certs=("Adobe Certified Professional – Illustrator",),
        education=("BFA Communication Design, Pratt Institute, 2017",),
        headings=H_QUALS,
        held=(),
        degree="bachelor",
        docx={"skills_table": False},
        fit=F(
            (0, "designer"),
            (0, "designer"),
            (0, "designer"),
            (0, "designer"),
            (0, "designer"),
            (0, "remote designer, not a PM"),
        ),
        note="Non-PM remote designer.",
    ),
]

README = """\
# labelled_b — a second, independently labelled evaluation set

Generated by `tools/make_labelled_b.py` (deterministic: re-running it rewrites identical bytes).
42 résumés (16 PDF in one-column, two-column and sidebar layouts, 15 DOCX, 11 TXT) and
`labels.yaml`.

## Who labelled, and how

The labels were written by a helper session acting as an expert IT recruiter, from the six job
descriptions in `taxonomy/job-descriptions.txt` only. The rubric (in the script's docstring) was
written before the résumés. Each fit label (0 none, 1 weak, 2 good, 3 strong, per role) is a
literal value in the résumé's spec with a one-line reason; no formula computes them. Fact labels
(years, `year_only`) are computed by the script from the dates it renders, using the definitions
in the docstring (as of 2026-11-01; "Present" = through November 2026; internships and student
jobs excluded; coordinator/Scrum Master/analyst/project-engineer years count to total only).
Certificates are listed only when currently held; degree is the highest completed one. There is
no `skills` key: this set does not measure skills.

## Rubric in brief

- general: 3 = several years as IT PM with PMP; 2 = IT PM with one gap; 1 = adjacent role or a
  PM outside IT; 0 = no PM relation.
- junior: 3 = entry level in IT with degree and CAPM/SFC; 2 = entry level with a gap or a PM a
  little above the level; 1 = mid/senior or non-IT PM; 0 = non-PM or 15+ year executives.
- senior: 3 = 7+ years IT PM with PMP; 2 = 5-7 with PMP or 7+ missing PMP/degree; 1 = 2-5 years
  or senior non-IT PM; 0 = entry level or non-PM.
- technical: 3 = PMP + 5+ years + engineering background; 2 = one gap; 1 = IT PM without
  technical depth or technical non-PM-adjacent roles; 0 = non-PM, non-IT.
- program: 3 = program/PMO leadership, 10+ years, PMP; 2 = 10+ years without program title or
  program manager without PMP; 1 = mid-level; 0 = entry level, non-IT, non-PM.
- remote: 3 = 4+ years remote IT PM with PMP; 2 = 1-4 years remote with PMP or 4+ without PMP;
  1 = no remote PM experience; 0 = non-PM, non-IT, entry level without remote work.

## Independence rules

The labeller did not read `pipeline/scoring.py`, `taxonomy/roles.yaml`, `taxonomy/scoring.yaml`,
`tools/make_labelled.py`, `tests/data/labelled/labels.yaml` or `samples/`, and wrote all résumé
text afresh. No résumé was screened, explained or evaluated until every label was final; the
evaluator was then run once and no fit label was changed after seeing its output.
"""


if __name__ == "__main__":
    raise SystemExit(main())
