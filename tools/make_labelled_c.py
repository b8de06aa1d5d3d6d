"""Generate labelled evaluation set C: 40 résumés with hand-written fit and fact labels.

Labelled by an independent helper acting as an expert IT recruiter. The labels come only from
taxonomy/job-descriptions.txt; the scorer, its YAML weights and the earlier labelled sets were not
read. Fact labels (years, certificates, degree) are computed below from the dates actually
rendered; fit labels are literal judgements written in each spec with a one-line reason.

RUBRIC (written before the résumés)
-----------------------------------
3 strong, 2 good, 1 weak, 0 none: a holistic judgement of how a recruiter would shortlist the
candidate against that role's job description.

general (IT Project Manager): 3 = several years as an IT project manager with evidenced scope,
  schedule, budget, vendor and risk work, PMP held, bachelor. 2 = real IT PM work with one clear
  gap (no/lapsed PMP, short tenure, non-IT degree only, executive overshoot). 1 = adjacent
  (coordinator, BA, Scrum Master, engineer who led work, non-IT PM). 0 = no project management
  and no IT delivery exposure.
junior (entry level): 3 = 0-2 years of PM/coordination in IT, internship or junior PM, bachelor,
  CAPM/Scrum Fundamentals a plus. 2 = IT people ready to move into PM (coordinator with more
  experience, BA, Scrum Master, engineer, help desk with degree). 1 = mid-level PMs (about 4-6
  years) or weakly related entry profiles. 0 = seasoned PMs/program managers (overqualified) or
  unrelated careers.
senior: PMP required, 7+ years managing IT projects, enterprise scope. 3 = PMP + 7+ IT PM
  years. 2 = PMP with about 4-7 years, or 7+ years with a lapsed/missing PMP. 1 = PMP with little
  PM tenure, 3-6 years without PMP, or deep non-IT PM. 0 = no PM tenure to speak of.
technical: PMP required, 5+ years managing infrastructure/application projects, engineering or
  systems-analysis background, cloud/APIs/databases/CI/CD evidenced. 3 = all of these. 2 = one
  notable gap (no PMP, under 5 PM years, no engineering background but technical work evidenced
  in the PM jobs). 1 = deep PM without technical depth, or engineers with no PM title, or junior
  PMs. 0 = neither PM depth nor technical depth.
program: PMP required, 10+ years of IT projects and programs, program/portfolio leadership,
  master's a plus. 3 = program/portfolio title + 10+ years + PMP. 2 = about 9+ years of senior
  IT PM or program work missing PMP or the program title. 1 = 5-9 years of PM without programs,
  or deep non-IT PM. 0 = less than about 5 PM years.
remote: PMP required, 4+ years managing remote IT projects, SaaS/distributed settings. 3 = PMP
  + 4+ remote IT PM years. 2 = PMP with about 1-3 remote PM years, or 4+ remote PM years with a
  missing PMP or degree. 1 = PM without remote experience, or remote workers who are not PMs.
  0 = neither PM nor remote experience.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from resume_render import Headings, Position, Resume, mentions, render  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "tests" / "data" / "labelled_c"
AS_OF = "2026-11-01"
PRESENT = (2026, 11)  # "Present" counts through November 2026 inclusive
ROLES = ("general", "junior", "senior", "technical", "program", "remote")

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

H_PROFILE = Headings(
    summary="Profile",
    experience="Work History",
    skills="Core Competencies",
    certifications="Licenses & Certifications",
    upper=False,
)
H_TECH = Headings(
    summary="Professional Summary",
    experience="Experience",
    skills="Technical Skills",
    certifications="Certifications & Training",
    education="Education & Credentials",
)
H_ABOUT = Headings(
    summary="About",
    experience="Employment History",
    skills="Tools & Technologies",
    certifications="Credentials",
    education="Academic Background",
    upper=False,
)


# ---------------------------------------------------------------- dates


def _ym(text: str, is_end: bool) -> tuple[int, int]:
    if text == "present":
        return PRESENT
    if "-" in text:
        y, m = text.split("-")
        return int(y), int(m)
    return int(text), 6 if is_end else 7  # year-only: July of start year to June of end year


def _dur(n: int) -> str:
    y, m = divmod(n, 12)
    parts = []
    if y:
        parts.append(f"{y} yr" + ("s" if y > 1 else ""))
    if m:
        parts.append(f"{m} mo" + ("s" if m > 1 else ""))
    return " ".join(parts)


def date_text(start: str, end: str, style: str) -> str:
    """Render a date range in one of the real-world styles."""
    (sy, sm), (ey, em) = _ym(start, False), _ym(end, True)
    pres = end == "present"
    if style == "year":
        return f"{start} – {'Present' if pres else end}"
    if style == "num":
        return f"{sm:02d}/{sy} - " + ("Present" if pres else f"{em:02d}/{ey}")
    if style == "long":
        return f"{MONTH[sm - 1]} {sy} to " + ("Current" if pres else f"{MONTH[em - 1]} {ey}")
    if style == "li":
        n = (ey * 12 + em) - (sy * 12 + sm) + 1
        e = "Present" if pres else f"{MON[em - 1]} {ey}"
        return f"{MON[sm - 1]} {sy} - {e} · {_dur(n)}"
    if style == "mon-":
        return f"{MON[sm - 1]} {sy} - " + ("Present" if pres else f"{MON[em - 1]} {ey}")
    return f"{MON[sm - 1]} {sy} – " + ("Present" if pres else f"{MON[em - 1]} {ey}")


def months(start: str, end: str) -> set[int]:
    (sy, sm), (ey, em) = _ym(start, False), _ym(end, True)
    return set(range(sy * 12 + sm - 1, ey * 12 + em))


# ---------------------------------------------------------------- specs


@dataclass(frozen=True)
class Job:
    title: str
    employer: str
    location: str
    start: str
    end: str
    style: str
    bullets: tuple[str, ...] = ()
    pm: bool = False  # project/program/portfolio manager title
    it: bool = True  # IT/software/technology setting
    intern: bool = False  # internship or student job

    @property
    def remote(self) -> bool:
        return self.location.lower().startswith("remote")

    def position(self) -> Position:
        return Position(
            self.title,
            self.employer,
            self.location,
            date_text(self.start, self.end, self.style),
            self.bullets,
        )


def J(title, employer, location, start, end, style, *bullets, pm=False, it=True, intern=False):  # noqa: N802
    return Job(title, employer, location, start, end, style, tuple(bullets), pm, it, intern)


@dataclass
class Spec:
    file: str
    kind: str
    name: str
    contact: tuple[str, ...]
    headline: str
    summary: str
    jobs: tuple[Job, ...]
    skills: tuple[str, ...]
    certs: tuple[str, ...]
    education: tuple[str, ...]
    degree: str
    fit: dict[str, tuple[int, str]]
    note: str
    headings: Headings = field(default_factory=Headings)
    layout: str = "stacked"
    skills_inline: bool = False
    bullet: str = "•"
    docx: dict[str, bool] = field(default_factory=dict)


def F(g, j, s, t, p, r):  # noqa: N802
    return dict(zip(ROLES, (g, j, s, t, p, r), strict=True))


SPECS: list[Spec] = [
    Spec(
        "01_priya_raman.pdf",
        "pdf1",
        "Priya Raman",
        ("Chicago, IL", "priya.raman@example.com", "(312) 555-0141"),
        "Technical Project Manager | PMP | AWS",
        "Former software engineer turned technical project manager. Seven years running cloud, "
        "API and platform projects for engineering teams of up to 30 people.",
        (
            J(
                "Technical Project Manager",
                "Northwind Cloud Systems Inc.",
                "Chicago, IL",
                "2019-05",
                "present",
                "mon",
                "Led the migration of 40 microservices from on-prem VMs to AWS EKS, on time and "
                "$180K under a $2.4M budget.",
                "Ran two-week sprints for three development teams in Jira and coordinated "
                "releases through GitHub Actions CI/CD pipelines.",
                "Owned the public REST API gateway rollout: data mappings, dependency plans, "
                "risk register and cut-over runbooks.",
                "Worked with architects, QA and release managers; chaired weekly steering "
                "updates for the CTO.",
                pm=True,
            ),
            J(
                "Senior Software Engineer",
                "Ardent Payments LLC",
                "Chicago, IL",
                "2013-06",
                "2019-04",
                "mon",
                "Built Java and Python payment services on PostgreSQL; mentored four engineers.",
                "Introduced Jenkins pipelines that cut release time from days to hours.",
            ),
            J(
                "Software Engineering Intern",
                "Motorola Solutions",
                "Schaumburg, IL",
                "2012-06",
                "2012-08",
                "mon",
                "Wrote test automation for a radio firmware build system.",
                intern=True,
            ),
        ),
        ("Jira", "Confluence", "AWS", "Kubernetes", "GitHub Actions", "SQL", "Agile / Scrum"),
        (
            "{pmp@held:Project Management Professional (PMP)}, PMI – 2019",
            "{csm@held:Certified ScrumMaster (CSM)}, Scrum Alliance",
            "{aws-ccp@held:AWS Certified Cloud Practitioner}",
        ),
        ("B.S. Computer Science, University of Illinois Urbana-Champaign, 2013",),
        "bachelor",
        F(
            (3, "PMP, 7.5y IT PM with strong delivery evidence, CS degree"),
            (0, "experienced PM and engineer, far beyond entry level"),
            (3, "PMP plus 7.5 years managing IT projects"),
            (3, "ex-developer, PMP, cloud/API/CI-CD work evidenced in PM role, 7.5y"),
            (1, "single-project PM, no program work, under 10 PM years"),
            (1, "strong PM but no remote experience"),
        ),
        "ex-developer, technical PM 7.5y, PMP, on-site",
    ),
    Spec(
        "02_marcus_oyelaran.docx",
        "docx",
        "Marcus Oyelaran",
        ("Denver, CO", "marcus.oyelaran@example.net", "linkedin.com/in/moyelaran"),
        "Infrastructure Project Manager",
        "Infrastructure PM with eight years as a systems and network administrator before moving "
        "into project management. Comfortable in server rooms and steering committees alike.",
        (
            J(
                "Infrastructure Project Manager",
                "Summit Regional Health IT",
                "Hybrid – Denver, CO",
                "2021-04",
                "present",
                "num",
                "Managed the consolidation of two data centers and the move of 300 VMware "
                "workloads to Microsoft Azure.",
                "Delivered a Cisco SD-WAN rollout to 22 clinics with three vendors, tracking "
                "scope, budget and HIPAA controls.",
                "Built MS Project schedules and risk logs; reported status to the CIO monthly.",
                pm=True,
            ),
            J(
                "Senior Systems Administrator",
                "Front Range Networks",
                "Denver, CO",
                "2015-06",
                "2021-03",
                "num",
                "Ran Windows/Linux server estate of 450 hosts, Active Directory and backups.",
                "Automated patching with PowerShell and Ansible.",
            ),
            J(
                "Network Administrator",
                "Boulder County",
                "Boulder, CO",
                "2013-08",
                "2015-05",
                "num",
                "Maintained LAN/WAN, firewalls and VPN for 14 county offices.",
            ),
        ),
        ("MS Project", "Azure", "VMware", "Cisco networking", "ITIL", "Risk management"),
        (
            "PMP – {pmp@held:Project Management Professional}, 2021",
            "CCNA (expired 2019)",
        ),
        ("Bachelor of Science, Information Technology – Colorado State University",),
        "bachelor",
        F(
            (3, "PMP, 5.7y infrastructure PM, IT degree"),
            (0, "13 years in IT including 5+ as PM; overqualified"),
            (2, "PMP but under the 7+ PM years band"),
            (3, "sysadmin background, infra/cloud projects evidenced, PMP, 5+ PM years"),
            (1, "project-level only, 5.7 PM years"),
            (1, "hybrid, no remote PM experience"),
        ),
        "ex-sysadmin/network, infra PM 5.7y, PMP, hybrid",
        docx={"skills_table": False},
    ),
    Spec(
        "03_elena_petrova.txt",
        "txt",
        "Elena Petrova",
        ("Boston, MA", "elena.petrova@example.org"),
        "Technical Project Manager - Data Platforms",
        "Data engineer turned technical project manager. I translate analytics needs into "
        "pipelines, schemas and delivery plans.",
        (
            J(
                "Technical Project Manager",
                "Lumenfield Analytics",
                "Hybrid – Boston, MA",
                "2023-10",
                "present",
                "mon",
                "Plan and track sprints for a 12-person data platform team in Jira.",
                "Delivered a Snowflake migration and 30 REST API integrations with partner "
                "systems; maintained data-mapping documents.",
                "Coordinate with architects and QA on release readiness and dependencies.",
                pm=True,
            ),
            J(
                "Data Engineer",
                "Harbor Mutual Insurance",
                "Boston, MA",
                "2018-07",
                "2023-09",
                "mon",
                "Built Airflow and Spark pipelines feeding the claims data warehouse.",
                "Designed PostgreSQL and Redshift schemas; set up dbt CI checks.",
            ),
            J(
                "Graduate Research Assistant",
                "Northeastern University",
                "Boston, MA",
                "2016-09",
                "2018-05",
                "mon",
                "Student research position on streaming analytics.",
                intern=True,
            ),
        ),
        ("Jira", "Snowflake", "Airflow", "Python", "SQL", "REST APIs", "Scrum"),
        (
            "{csm@held:Certified ScrumMaster (CSM)}, 2023",
            "{pmp@in_progress:PMP} - exam scheduled January 2027",
        ),
        (
            "M.S. Data Science, Northeastern University, 2018",
            "B.S. Mathematics, University of Massachusetts Amherst, 2016",
        ),
        "master",
        F(
            (2, "3.2y technical PM, no PMP yet"),
            (1, "8 years of work, past entry level"),
            (1, "no PMP and about 3 PM years"),
            (2, "strong data-engineering background and evidence, but no PMP and 3 PM years"),
            (0, "no program experience, 3 PM years"),
            (1, "hybrid, no remote PM years, no PMP"),
        ),
        "ex-data engineer, tech PM 3y, PMP in progress",
        headings=H_TECH,
        bullet="-",
    ),
    Spec(
        "04_daniel_kowalski.pdf",
        "pdf2",
        "Daniel Kowalski",
        ("Pittsburgh, PA", "dan.kowalski@example.com", "github.com/dkowalski"),
        "Senior Software Engineer",
        "Backend engineer with eleven years building logistics software. Tech lead for a team of "
        "six; interested in moving toward delivery leadership.",
        (
            J(
                "Senior Software Engineer",
                "Brightline Logistics Software",
                "Pittsburgh, PA",
                "2020-03",
                "present",
                "mon",
                "Tech lead for six engineers; ran sprint planning and backlog grooming.",
                "Designed REST APIs and PostgreSQL data models for route optimisation.",
                "Moved services to Kubernetes with Jenkins CI/CD.",
            ),
            J(
                "Software Engineer",
                "Keystone Data Corp.",
                "Pittsburgh, PA",
                "2017-06",
                "2020-02",
                "mon",
                "Developed Java microservices and integration tests.",
            ),
            J(
                "Junior Developer",
                "Allegheny Web Studio",
                "Pittsburgh, PA",
                "2015-08",
                "2017-05",
                "mon",
                "Built client websites in PHP and MySQL.",
            ),
        ),
        ("Java", "Go", "PostgreSQL", "Kubernetes", "Jenkins", "AWS", "Jira"),
        ("AWS Certified Developer – Associate",),
        ("BS in Computer Science, University of Pittsburgh, 2015",),
        "bachelor",
        F(
            (1, "no PM title; tech-lead sprint planning only"),
            (2, "strong IT base, willing to move into PM, no PM experience yet"),
            (0, "no PM tenure, no PMP"),
            (1, "deep engineering but no project management role or PMP"),
            (0, "no project or program management"),
            (0, "on-site engineer, no PM"),
        ),
        "senior software engineer, no PM experience",
    ),
    Spec(
        "05_aisha_bello.docx",
        "docx",
        "Aisha Bello",
        ("Tampa, FL", "aisha.bello@example.com"),
        "DevOps Engineer | Remote",
        "DevOps engineer working fully remote across US and EU teams.",
        (
            J(
                "DevOps Engineer",
                "Cloudkite Inc.",
                "Remote (US)",
                "2022-01",
                "present",
                "li",
                "Maintain Terraform-managed AWS infrastructure and GitHub Actions pipelines.",
                "Facilitated stand-ups for the platform squad while the Scrum Master was on leave.",
                "Led the on-call rotation across three time zones using Slack and PagerDuty.",
            ),
            J(
                "Systems Engineer",
                "Gulfstream Hosting",
                "Tampa, FL",
                "2018-02",
                "2021-12",
                "li",
                "Managed Linux hosting platform and MySQL clusters.",
            ),
        ),
        ("AWS", "Terraform", "GitHub Actions", "Docker", "Slack", "Jira"),
        ("{csm@held:CSM} (Scrum Alliance, 2023)",),
        ("Bachelor of Science in Information Systems, University of South Florida",),
        "bachelor",
        F(
            (1, "no PM role; technical and Scrum exposure only"),
            (2, "solid IT background and CSM, a plausible move into junior PM"),
            (0, "no PM tenure or PMP"),
            (1, "strong DevOps skills but no project management role"),
            (0, "no project or program management"),
            (1, "4.9 remote years but as an engineer, not a PM"),
        ),
        "remote DevOps engineer, no PM",
        headings=H_PROFILE,
        docx={"contact_in_header": False},
    ),
    Spec(
        "06_tomas_herrera.txt",
        "txt",
        "Tomás Herrera",
        ("Phoenix, AZ", "tomas.herrera@example.com", "602-555-0178"),
        "Junior IT Project Manager",
        "Developer who moved into project management in 2025. CAPM and CSM certified.",
        (
            J(
                "Junior IT Project Manager",
                "Pinecrest Software Group",
                "Phoenix, AZ",
                "2025-05",
                "present",
                "mon-",
                "Support two senior PMs: update plans in MS Project, track milestones and "
                "prepare weekly status reports.",
                "Maintain RAID logs and change requests for a customer-portal release.",
                "Coordinate sprint ceremonies and vendor calls for an API integration.",
                pm=True,
            ),
            J(
                "Software Developer",
                "Pinecrest Software Group",
                "Phoenix, AZ",
                "2022-04",
                "2025-04",
                "mon-",
                "Built React front ends and .NET APIs; wrote SQL Server stored procedures.",
            ),
            J(
                "IT Intern",
                "Arizona State University",
                "Tempe, AZ",
                "2021-06",
                "2021-08",
                "mon-",
                "Imaged laptops and answered help-desk tickets.",
                intern=True,
            ),
        ),
        ("MS Project", "Jira", "Agile", "SQL", ".NET", "Status reporting"),
        (
            "{capm@held:CAPM – Certified Associate in Project Management} (2025)",
            "{csm@held:Certified ScrumMaster}",
        ),
        ("Bachelor of Science, Software Engineering - Arizona State University (2022)",),
        "bachelor",
        F(
            (2, "1.6y junior PM with developer background, no PMP"),
            (3, "entry-level PM with CAPM, CSM and IT background"),
            (0, "junior PM, far from 7+ years and PMP"),
            (1, "developer background but junior PM, no PMP"),
            (0, "no program experience"),
            (0, "no remote work, junior PM"),
        ),
        "developer turned junior PM 1.6y, CAPM",
        skills_inline=True,
    ),
    Spec(
        "07_rebecca_lindqvist.pdf",
        "pdfside",
        "Rebecca Lindqvist",
        ("Minneapolis, MN", "r.lindqvist@example.com", "linkedin.com/in/rlindqvist"),
        "Technical Project Manager · PMP · PMI-ACP",
        "Project manager for cloud and integration programmes in SaaS and banking, with a "
        "finance background.",
        (
            J(
                "Technical Project Manager",
                "Vantage SaaS Corp.",
                "Remote",
                "2023-09",
                "present",
                "mon",
                "Run delivery for a distributed team of 18 across four time zones using Jira, "
                "Slack and Zoom.",
                "Delivered the move of the billing platform to Google Cloud and a public "
                "partner API with versioned REST endpoints.",
                "Introduced CI/CD release gates with the DevOps lead, cutting failed deployments "
                "by 40%.",
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Midwest Mutual Bank",
                "Minneapolis, MN",
                "2021-01",
                "2023-08",
                "mon",
                "Managed a core-banking API integration and an Oracle database upgrade; SOX "
                "controls and vendor SOWs.",
                pm=True,
            ),
            J(
                "Business Analyst",
                "Midwest Mutual Bank",
                "Minneapolis, MN",
                "2017-06",
                "2020-12",
                "mon",
                "Wrote requirements for loan-origination system changes.",
            ),
        ),
        ("Jira", "Confluence", "Google Cloud", "REST APIs", "CI/CD", "Smartsheet"),
        (
            "{pmp@held:PMP}, Project Management Institute, 2021",
            "{pmi-acp@held:PMI Agile Certified Practitioner (PMI-ACP)}",
        ),
        ("BBA, Finance — University of Minnesota, Carlson School of Management",),
        "bachelor",
        F(
            (3, "PMP, ~6y IT PM with cloud/API delivery"),
            (0, "nine years of experience, established PM"),
            (2, "PMP with about 6 PM years, short of 7+"),
            (2, "cloud/API/CI-CD evidenced in PM jobs but no engineering background"),
            (1, "~6 PM years, no program role"),
            (2, "PMP and about 3 years managing remote IT projects"),
        ),
        "business-background PM with tech evidence, remote ~3y, PMP",
        headings=H_PROFILE,
    ),
    Spec(
        "08_gregory_walsh.docx",
        "docx",
        "Gregory Walsh",
        ("Hartford, CT", "greg.walsh@example.com", "(860) 555-0112"),
        "Senior Project Manager, PMP",
        "Senior project manager delivering business-application rollouts for an insurer. Known "
        "for calm steering committees and on-budget delivery.",
        (
            J(
                "Senior Project Manager",
                "Coastal Insurance Group",
                "Hartford, CT",
                "2018-02",
                "present",
                "mon",
                "Managed the Salesforce CRM rollout to 900 agents with an implementation "
                "partner: schedule, budget, training plan and change management.",
                "Led the finance ERP module upgrade; ran steering committee and vendor reviews.",
                "Produced status reports and lessons-learned sessions for each release.",
                pm=True,
            ),
            J(
                "Project Coordinator",
                "Coastal Insurance Group",
                "Hartford, CT",
                "2015-06",
                "2018-01",
                "mon",
                "Kept project schedules, minutes and the change log for the PMO.",
            ),
        ),
        ("AWS", "REST APIs", "SQL", "MS Project", "Jira", "Agile", "Waterfall", "Budgeting"),
        ("{pmp@held:Project Management Professional (PMP)}",),
        ("B.A. English, University of Connecticut",),
        "bachelor",
        F(
            (3, "PMP, 8.8y PM on IT application rollouts"),
            (0, "senior PM, overqualified for entry level"),
            (3, "PMP plus 7+ years managing IT projects in a regulated industry"),
            (1, "deep PM but no technical depth; tech skills only listed"),
            (1, "8.8 PM years, no program role"),
            (1, "no remote experience"),
        ),
        "PM 8.8y, no technical depth (skills only listed), PMP",
        headings=H_ABOUT,
    ),
    Spec(
        "09_kenji_watanabe.pdf",
        "pdf1",
        "Kenji Watanabe",
        ("Seattle, WA", "kenji.watanabe@example.com"),
        "IT Project Manager | Former Systems Analyst",
        "Systems analyst for six years before moving into IT project management in 2022.",
        (
            J(
                "IT Project Manager",
                "Cascade Utilities",
                "Remote (US)",
                "2025-06",
                "present",
                "mon",
                "Manage a meter-data platform integration with a remote vendor team; async "
                "status in Confluence and Slack.",
                "Own system design documents, data mappings and test plans.",
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Evergreen Freight Systems",
                "Seattle, WA",
                "2022-11",
                "2025-05",
                "mon",
                "Delivered a warehouse-management system upgrade and EDI API integrations with "
                "12 carriers.",
                "Managed a $1.1M budget and an offshore QA vendor.",
                pm=True,
            ),
            J(
                "Systems Analyst",
                "Evergreen Freight Systems",
                "Seattle, WA",
                "2016-10",
                "2022-10",
                "mon",
                "Wrote functional specs and SQL queries for the transport-management system.",
            ),
        ),
        ("Jira", "Confluence", "SQL Server", "EDI / APIs", "MS Project"),
        ("{pmp@held:PMP} (2023)",),
        ("BS, Information Systems, University of Washington, 2016",),
        "bachelor",
        F(
            (3, "PMP, 4y IT PM, systems background"),
            (1, "ten years in IT, past entry level"),
            (2, "PMP with about 4 PM years"),
            (2, "systems-analysis background and integrations, PMP, but 4 PM years"),
            (1, "4 PM years, no program work"),
            (2, "PMP with about 1.5 years of remote PM"),
        ),
        "systems analyst then IT PM 4y, remote 1.5y, PMP",
    ),
    Spec(
        "10_farah_siddiqui.txt",
        "txt",
        "Farah Siddiqui",
        ("Atlanta, GA", "farah.siddiqui@example.com"),
        "Project Manager, Platform Engineering",
        "Software engineer of five years who now manages platform engineering projects.",
        (
            J(
                "Project Manager - Platform Engineering",
                "Quillon Technologies",
                "Atlanta, GA",
                "2025-01",
                "present",
                "num",
                "Plan quarterly roadmaps and sprints for the CI/CD and observability teams.",
                "Delivered the move from Jenkins to GitLab CI and a Kafka upgrade.",
                pm=True,
            ),
            J(
                "Software Engineer",
                "Quillon Technologies",
                "Atlanta, GA",
                "2019-07",
                "2024-12",
                "num",
                "Developed Python services and PostgreSQL schemas; led two internal tool "
                "projects end to end.",
            ),
        ),
        ("GitLab CI", "Kafka", "Python", "PostgreSQL", "Jira"),
        ("{pmp@held:PMP certified}, 2025",),
        ("B.S. Computer Engineering, Georgia Institute of Technology, 2019",),
        "bachelor",
        F(
            (2, "PMP but under 2 years as PM"),
            (2, "early-career PM with strong IT background"),
            (1, "PMP but under 2 PM years"),
            (2, "engineer, PMP, CI/CD evidenced, but under 2 PM years"),
            (0, "no program experience"),
            (1, "PMP but no remote work"),
        ),
        "ex-developer, PMP, PM 1.9y",
        headings=H_ABOUT,
        layout="dates_first",
    ),
    Spec(
        "11_oluwaseun_adeyemi.docx",
        "docx",
        "Oluwaseun Adeyemi",
        ("Charlotte, NC", "seun.adeyemi@example.com", "704-555-0190"),
        "Senior Infrastructure Project Manager",
        "Eleven years leading infrastructure and cloud projects after five years as a systems "
        "administrator.",
        (
            J(
                "Senior Infrastructure Project Manager",
                "Meridian Financial Technologies",
                "Charlotte, NC",
                "2019-03",
                "present",
                "long",
                "Run a portfolio of four concurrent infrastructure projects: AWS landing zone, "
                "Kubernetes platform, DR site and network refresh.",
                "Coordinate architects, DevOps and security; manage $6M combined budget.",
                "Report to the CIO and risk committee under SOX and PCI requirements.",
                pm=True,
            ),
            J(
                "Infrastructure Project Manager",
                "Carolina Data Centers",
                "Raleigh, NC",
                "2015-08",
                "2019-02",
                "long",
                "Delivered colocation migrations and storage upgrades for 40 clients.",
                pm=True,
            ),
            J(
                "Systems Administrator",
                "Carolina Data Centers",
                "Raleigh, NC",
                "2010-06",
                "2015-07",
                "long",
                "Administered VMware, NetApp and Linux systems.",
            ),
        ),
        ("AWS", "Kubernetes", "VMware", "MS Project", "ServiceNow", "Budgeting"),
        (
            "{pmp@held:PMP}",
            "{prince2@held:PRINCE2 Foundation}",
            "{aws-ccp@held:AWS Certified Cloud Practitioner}",
            "{csm@expired:Certified ScrumMaster (expired 2020)}",
        ),
        ("B.S., Computer Science — North Carolina State University",),
        "bachelor",
        F(
            (3, "PMP, 11y infrastructure PM"),
            (0, "very senior, overqualified"),
            (3, "PMP, 11 PM years, regulated fintech"),
            (3, "sysadmin background, PMP, cloud/Kubernetes evidenced, 11 PM years"),
            (2, "11 PM years and a small project portfolio, but no program title"),
            (1, "no remote experience"),
        ),
        "ex-sysadmin, infra PM 11y, PMP, PRINCE2",
        headings=H_TECH,
        docx={"positions_table": True},
    ),
    Spec(
        "12_mei_ling_chou.pdf",
        "pdf2",
        "Mei-Ling Chou",
        ("San Jose, CA", "meiling.chou@example.com"),
        "Senior Technical Project Manager",
        "Technical PM with a data-engineering background, fully remote since 2022.",
        (
            J(
                "Senior Technical Project Manager",
                "Datastream.io",
                "Remote",
                "2022-05",
                "present",
                "mon",
                "Lead delivery for a distributed data-platform team across US and India "
                "time zones; async planning in Confluence and Jira.",
                "Delivered an event-streaming API, BigQuery warehouse and Terraform-based CI/CD.",
                pm=True,
            ),
            J(
                "Technical Project Manager",
                "Orbital Retail Tech",
                "San Jose, CA",
                "2020-11",
                "2022-04",
                "mon",
                "Managed an inventory-database migration to Postgres and APIs for stores.",
                pm=True,
            ),
            J(
                "Data Engineer",
                "Orbital Retail Tech",
                "San Jose, CA",
                "2016-07",
                "2020-10",
                "mon",
                "Built ETL pipelines and data models.",
            ),
        ),
        ("Jira", "Confluence", "BigQuery", "Terraform", "APIs", "Slack", "Zoom"),
        (
            "{pmp@held:PMP} · PMI",
            "{aws-ccp@held:AWS Cloud Practitioner}",
        ),
        ("Bachelor of Science in Computer Engineering, San Jose State University",),
        "bachelor",
        F(
            (3, "PMP, 6y technical PM"),
            (0, "ten years of experience, not entry level"),
            (2, "PMP, 6 PM years, just short of 7+"),
            (3, "data engineer background, PMP, 6 PM years, cloud/API/CI-CD"),
            (1, "6 PM years, no program role"),
            (3, "PMP and 4.6 years managing remote IT projects"),
        ),
        "ex-data engineer, tech PM 6y, remote 4.6y, PMP",
    ),
    Spec(
        "13_jonah_feldman.pdf",
        "pdf1",
        "Jonah Feldman",
        ("Austin, TX (remote)", "jonah.feldman@example.com", "linkedin.com/in/jfeldman"),
        "Remote Senior Project Manager, SaaS",
        "Nine years managing software projects from home offices for distributed SaaS teams; "
        "former developer.",
        (
            J(
                "Senior Project Manager",
                "Helixa Software",
                "Remote (US)",
                "2020-01",
                "present",
                "mon",
                "Manage three product squads across five time zones with Jira, Slack, Zoom and "
                "Loom; async weekly status memos.",
                "Delivered SSO, public API v2 and the move to AWS microservices.",
                "Facilitate remote sprint planning and retrospectives in Miro.",
                pm=True,
            ),
            J(
                "Project Manager",
                "Tandem Apps Inc.",
                "Remote",
                "2017-06",
                "2019-12",
                "mon",
                "Ran mobile app releases with offshore developers in Poland and Vietnam.",
                pm=True,
            ),
            J(
                "Software Developer",
                "Tandem Apps Inc.",
                "Austin, TX",
                "2014-07",
                "2017-05",
                "mon",
                "Ruby on Rails and React developer.",
            ),
        ),
        ("Jira", "Slack", "Zoom", "Miro", "AWS", "REST APIs", "Kanban"),
        (
            "{pmp@held:Project Management Professional (PMP)}",
            "{rmp@held:Remote Project Management (RMP) certification}",
        ),
        ("B.S. Computer Science, Texas State University, 2014",),
        "bachelor",
        F(
            (3, "PMP, 9.5y IT PM"),
            (0, "seasoned PM"),
            (3, "PMP, 9.5 years managing software projects"),
            (3, "developer background, PMP, APIs/AWS evidenced, 9.5 PM years"),
            (2, "9.5 PM years across squads, no program title"),
            (3, "PMP, RMP and 9.5 years of remote SaaS PM"),
        ),
        "remote PM 9.5y, PMP, RMP, ex-developer",
        layout="employer_first",
    ),
    Spec(
        "14_sofia_marchetti.docx",
        "docx",
        "Sofia Marchetti",
        ("Chicago, IL", "sofia.marchetti@example.com"),
        "IT Project Manager (Remote)",
        "Remote IT project manager in EdTech SaaS.",
        (
            J(
                "IT Project Manager",
                "Brightpath Learning",
                "Remote",
                "2022-05",
                "present",
                "li",
                "Manage LMS releases and integrations for a fully distributed team.",
                "Run stand-ups and retros on Zoom; track work in Jira and ClickUp.",
                "Publish weekly async updates for stakeholders in three time zones.",
                pm=True,
            ),
            J(
                "Project Manager",
                "Lakeshore Digital Agency",
                "Chicago, IL",
                "2021-01",
                "2022-04",
                "li",
                "Managed website and mobile app builds for agency clients.",
                pm=True,
            ),
            J(
                "Project Coordinator",
                "Lakeshore Digital Agency",
                "Chicago, IL",
                "2019-06",
                "2020-12",
                "li",
                "Scheduled resources and kept client status reports.",
            ),
        ),
        ("Jira", "ClickUp", "Zoom", "Slack", "Agile", "Kanban"),
        ("PMP ({pmp@held:Project Management Professional}), 2022", "{csm@held:CSM}"),
        ("BA Communications, Loyola University Chicago",),
        "bachelor",
        F(
            (3, "PMP, ~6y IT/web PM"),
            (1, "mid-level PM, past entry level"),
            (2, "PMP, ~6 PM years"),
            (1, "no engineering background, little technical depth"),
            (1, "~6 PM years, no program work"),
            (3, "PMP and 4.6 years managing remote SaaS projects"),
        ),
        "remote PM 4.6y, PMP, CSM",
        docx={"skills_table": False},
        skills_inline=True,
    ),
    Spec(
        "15_nadia_rahman.txt",
        "txt",
        "Nadia Rahman",
        ("Portland, OR", "nadia.rahman@example.com"),
        "Senior Technical Writer",
        "Remote technical writer documenting APIs and developer tools.",
        (
            J(
                "Senior Technical Writer",
                "Stratus API Platform",
                "Remote (US)",
                "2021-02",
                "present",
                "mon",
                "Write API reference and onboarding guides with engineers across time zones.",
                "Plan documentation releases alongside product sprints.",
            ),
            J(
                "Technical Writer",
                "Ledgerly Inc.",
                "Portland, OR",
                "2018-01",
                "2021-01",
                "mon",
                "Wrote user manuals for accounting software.",
            ),
        ),
        ("Markdown", "Git", "OpenAPI", "Confluence", "Jira"),
        (),
        ("B.A. English, Portland State University",),
        "bachelor",
        F(
            (0, "no project management experience"),
            (1, "bachelor and software exposure, but no PM or coordination"),
            (0, "no PM"),
            (0, "no PM and no engineering background"),
            (0, "no PM"),
            (1, "5.8 remote years but not as a PM"),
        ),
        "remote technical writer, non-PM",
        bullet="*",
    ),
    Spec(
        "16_victor_nguyen.pdf",
        "pdf2",
        "Victor Nguyen",
        ("Sacramento, CA", "victor.nguyen@example.com", "916-555-0133"),
        "IT Project Manager | PMP",
        "IT project manager with nine years in utilities and healthcare; remote since late 2025.",
        (
            J(
                "IT Project Manager",
                "Redwood Health Partners",
                "Remote (US)",
                "2025-12",
                "present",
                "mon",
                "Manage a telehealth platform rollout with a remote vendor team.",
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Golden State Utilities",
                "Sacramento, CA",
                "2018-01",
                "2025-11",
                "mon",
                "Delivered a billing-system replacement and a field-mobility app; managed "
                "budgets up to $3M and three vendors.",
                "Ran steering committees and lessons-learned reviews.",
                pm=True,
            ),
            J(
                "IT Support Specialist",
                "Golden State Utilities",
                "Sacramento, CA",
                "2015-06",
                "2017-12",
                "mon",
                "Desktop support and asset management.",
            ),
        ),
        ("MS Project", "Smartsheet", "Jira", "Vendor management", "Budgeting"),
        ("{pmp@held:PMP}, 2019", "ITIL 4 Foundation", "{csm@expired:CSM (lapsed)}"),
        ("B.S. Business Administration (MIS), California State University, Sacramento",),
        "bachelor",
        F(
            (3, "PMP, 8.9y IT PM"),
            (0, "seasoned PM"),
            (3, "PMP and 8.9 years managing IT projects"),
            (1, "general IT PM without technical depth"),
            (1, "8.9 PM years, no program role"),
            (2, "PMP but only about 1 year of remote PM"),
        ),
        "IT PM 8.9y, remote 1y, PMP",
        headings=H_PROFILE,
    ),
    Spec(
        "17_hannah_okafor.docx",
        "docx",
        "Hannah Okafor",
        ("Columbus, OH", "hannah.okafor@example.com"),
        "Remote Project Manager — E-commerce Platform",
        "Remote-first PM who grew from support lead to Scrum Master to project manager.",
        (
            J(
                "Project Manager",
                "Kinetic Commerce Platform",
                "Remote",
                "2021-10",
                "present",
                "num",
                "Manage checkout and payments projects for a fully distributed engineering team.",
                "Plan sprints in Jira, run async stand-ups in Slack, report on dashboards.",
                pm=True,
            ),
            J(
                "Scrum Master",
                "Kinetic Commerce Platform",
                "Remote",
                "2020-03",
                "2021-09",
                "num",
                "Facilitated ceremonies for two remote squads.",
            ),
            J(
                "Customer Support Lead",
                "Kinetic Commerce Platform",
                "Columbus, OH",
                "2017-06",
                "2020-02",
                "num",
                "Led a team of eight support agents.",
            ),
        ),
        ("Jira", "Slack", "Zoom", "Trello", "Kanban", "Scrum"),
        (
            "{csm@held:Certified ScrumMaster}",
            "{rmp@held:RMP – Remote Project Management}",
            "{pmp@in_progress:Pursuing PMP certification}",
        ),
        ("Bachelor of Science in Information Technology, Ohio University",),
        "bachelor",
        F(
            (2, "5y IT PM but no PMP"),
            (1, "mid-level PM"),
            (1, "no PMP and 5 PM years"),
            (1, "no engineering background or technical depth"),
            (0, "5 PM years, no program work"),
            (2, "5.2 years of remote PM but PMP only in progress"),
        ),
        "remote PM 5.2y, no PMP (in progress), RMP",
        headings=H_ABOUT,
    ),
    Spec(
        "18_richard_albrecht.pdf",
        "pdfside",
        "Richard Albrecht",
        ("Detroit, MI", "richard.albrecht@example.com"),
        "Senior IT Program Manager, PMP, PgMP",
        "Program manager for ERP transformation in manufacturing.",
        (
            J(
                "Senior IT Program Manager",
                "Great Lakes Manufacturing Co.",
                "Detroit, MI",
                "2023-01",
                "present",
                "mon",
                "Lead the $28M SAP S/4HANA program: five project managers, seven workstreams, "
                "consolidated budget and benefits tracking in Planview.",
                "Chair the executive steering committee and governance reviews.",
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Great Lakes Manufacturing Co.",
                "Detroit, MI",
                "2016-03",
                "2022-12",
                "mon",
                "Delivered MES upgrades and plant network projects.",
                pm=True,
            ),
            J(
                "ERP Analyst",
                "Motor City Parts",
                "Dearborn, MI",
                "2011-06",
                "2016-02",
                "mon",
                "Configured SAP modules and wrote functional specs.",
            ),
        ),
        ("Planview", "MS Project Online", "SAP", "Budget forecasting", "Change management"),
        (
            "{pmp@held:Project Management Professional (PMP)}",
            "{pgmp@held:Program Management Professional (PgMP)}",
        ),
        (
            "MBA, Wayne State University",
            "BS Management Information Systems, Michigan State University",
        ),
        "master",
        F(
            (3, "PMP, 10.8y IT PM/program"),
            (0, "program manager, overqualified"),
            (3, "PMP, 10.8 PM years"),
            (1, "ERP/business focus, no engineering or cloud depth"),
            (3, "program title, ERP transformation, PMP, PgMP, 10+ years, MBA"),
            (1, "no remote experience"),
        ),
        "IT program manager, 10.8y PM, PMP, PgMP, on-site",
    ),
    Spec(
        "19_luis_castillo.txt",
        "txt",
        "Luis Castillo",
        ("El Paso, TX", "luis.castillo@example.com"),
        "Customer Support Specialist",
        "Remote customer support specialist for a B2B software product.",
        (
            J(
                "Customer Support Specialist II",
                "Zenpath Software",
                "Remote (US)",
                "2020-08",
                "present",
                "mon-",
                "Resolve 40 tickets a day in Zendesk; escalate bugs to engineering in Jira.",
            ),
            J(
                "Sales Associate",
                "Best Buy",
                "El Paso, TX",
                "2017-05",
                "2020-07",
                "mon-",
                "Sold computers and home networking gear.",
            ),
        ),
        ("Zendesk", "Jira", "Customer communication"),
        (),
        ("Associate of Arts, El Paso Community College",),
        "associate",
        F(
            (0, "no project management"),
            (1, "some software exposure but no PM and no bachelor"),
            (0, "no PM"),
            (0, "no PM or engineering"),
            (0, "no PM"),
            (1, "6.3 remote years but not as a PM"),
        ),
        "remote support specialist, non-PM",
    ),
    Spec(
        "20_grace_mbeki.docx",
        "docx",
        "Grace Mbeki",
        ("Newark, NJ", "grace.mbeki@example.com"),
        "Scrum Master (Remote)",
        "Scrum Master for fintech teams, remote since 2021.",
        (
            J(
                "Scrum Master",
                "Polaris Fintech",
                "Remote",
                "2021-01",
                "present",
                "mon",
                "Facilitate sprint planning, reviews and retros for two remote squads.",
                "Track velocity and impediments on Jira dashboards.",
            ),
            J(
                "Business Analyst",
                "Polaris Fintech",
                "New York, NY",
                "2018-07",
                "2020-12",
                "mon",
                "Wrote user stories and acceptance criteria for payments features.",
            ),
        ),
        ("Jira", "Confluence", "Miro", "Scrum", "Kanban"),
        ("{csm@held:Certified ScrumMaster (CSM)}", "Professional Scrum Master I (PSM I)"),
        ("B.S. Information Technology, Rutgers University",),
        "bachelor",
        F(
            (1, "Scrum Master and BA, no PM title or PMP"),
            (2, "good agile base and IT degree for an entry PM role"),
            (0, "no PM tenure"),
            (1, "agile facilitation only, no PM or engineering"),
            (0, "no PM"),
            (1, "remote 5.8y but as Scrum Master, not PM"),
        ),
        "remote Scrum Master, non-PM title",
        docx={"contact_in_header": False, "skills_table": False},
    ),
    Spec(
        "21_arjun_mehta.pdf",
        "pdf1",
        "Arjun Mehta",
        ("Dallas, TX", "arjun.mehta@example.com", "linkedin.com/in/arjunmehta"),
        "Senior Program Manager — Cloud Platforms (Remote)",
        "Program manager with fifteen years in software delivery, remote since 2018, former "
        "software engineer.",
        (
            J(
                "Senior Program Manager",
                "Cobalt Cloud Inc.",
                "Remote (US)",
                "2020-02",
                "present",
                "mon",
                "Lead a program of six interdependent cloud-platform projects and four PMs "
                "across distributed teams in the US, Ireland and India.",
                "Own the consolidated $14M budget, OKRs and executive reporting.",
                "Coordinate architects and SRE on Kubernetes, API and CI/CD roadmaps.",
                pm=True,
            ),
            J(
                "Program Manager",
                "Cobalt Cloud Inc.",
                "Remote",
                "2018-01",
                "2020-01",
                "mon",
                "Ran the multi-team migration from data centers to AWS.",
                pm=True,
            ),
            J(
                "Technical Project Manager",
                "Vertex Systems",
                "Dallas, TX",
                "2012-05",
                "2017-12",
                "mon",
                "Managed database and application builds for telecom clients.",
                pm=True,
            ),
            J(
                "Software Engineer",
                "Vertex Systems",
                "Dallas, TX",
                "2008-06",
                "2012-04",
                "mon",
                "C# and SQL Server development.",
            ),
        ),
        ("Jira Align", "Clarity PPM", "AWS", "Kubernetes", "Slack", "Zoom"),
        (
            "{pmp@held:PMP}",
            "{pgmp@held:PgMP}",
            "{csm@held:CSM}",
        ),
        (
            "M.S. Computer Science, University of Texas at Dallas",
            "B.S. Computer Science, University of Texas at Dallas",
        ),
        "master",
        F(
            (3, "PMP, 14.6y IT PM/program"),
            (0, "very senior, overqualified"),
            (3, "PMP, 14.6 PM years"),
            (3, "engineer background, PMP, cloud/API/CI-CD evidenced"),
            (3, "program titles, multi-project portfolio, PMP, PgMP, 10+ years"),
            (3, "PMP and 8.9 years of remote program management"),
        ),
        "remote program manager 8.9y remote, 14.6y PM, PMP, PgMP",
        headings=H_TECH,
    ),
    Spec(
        "22_chloe_dubois.txt",
        "txt",
        "Chloe Dubois",
        ("Portland, ME", "chloe@dubois-pm.example.com"),
        "Freelance Web & Mobile Project Manager",
        "Independent project manager delivering web and mobile builds for startups, fully remote.",
        (
            J(
                "Freelance Project Manager (Web & Mobile)",
                "Self-employed",
                "Remote",
                "2022-04",
                "present",
                "mon",
                "Manage 3-4 concurrent client builds with remote developers; Trello, Slack "
                "and Zoom.",
                "Scope, estimate and invoice fixed-price projects.",
                pm=True,
            ),
            J(
                "Web Producer",
                "Pixel & Pine Agency",
                "Portland, ME",
                "2019-03",
                "2022-03",
                "mon",
                "Produced WordPress sites and coordinated designers and developers.",
            ),
        ),
        ("Trello", "Slack", "Zoom", "WordPress", "Figma"),
        ("{pmp@held:PMP} (PMI, 2023)",),
        ("A.A.S. Web Development, Southern Maine Community College",),
        "associate",
        F(
            (2, "PMP and 4.6y web PM, but no bachelor"),
            (1, "mid-level PM"),
            (1, "small-client freelance work, no enterprise, no bachelor"),
            (1, "web builds without engineering depth"),
            (0, "no program work"),
            (2, "PMP and 4.6 remote PM years, but small-scale and no bachelor"),
        ),
        "freelance remote web PM 4.6y, PMP, associate degree",
        headings=H_PROFILE,
    ),
    Spec(
        "23_ethan_brooks.docx",
        "docx",
        "Ethan Brooks",
        ("Omaha, NE", "ethan.brooks@example.com"),
        "Junior Project Manager",
        "Early-career project manager at a remote HR software company. CAPM.",
        (
            J(
                "Junior Project Manager",
                "Nimbus HR Software",
                "Remote (US)",
                "2025-11",
                "present",
                "mon",
                "Maintain project plans and status reports for customer implementations.",
                "Coordinate remote meetings and track risks in Asana.",
                pm=True,
            ),
            J(
                "Project Coordinator",
                "Nimbus HR Software",
                "Omaha, NE",
                "2024-06",
                "2025-10",
                "mon",
                "Prepared meeting notes and tracked vendor contracts.",
            ),
            J(
                "Project Management Intern",
                "Mutual of Omaha",
                "Omaha, NE",
                "2023-05",
                "2023-08",
                "mon",
                "Supported the PMO with schedule updates.",
                intern=True,
            ),
        ),
        ("Asana", "MS Project", "Zoom", "Excel"),
        ("{capm@held:Certified Associate in Project Management (CAPM)}",),
        ("Bachelor of Science, Management Information Systems, University of Nebraska Omaha",),
        "bachelor",
        F(
            (2, "1y junior PM plus coordinator, no PMP"),
            (3, "entry-level PM with internship, CAPM, MIS degree"),
            (0, "junior"),
            (0, "no technical depth, junior"),
            (0, "junior"),
            (1, "about 1 year as remote junior PM, no PMP"),
        ),
        "junior remote PM 1.1y, CAPM",
        docx={"positions_table": True},
    ),
    Spec(
        "24_catherine_oneill.pdf",
        "pdf2",
        "Catherine O'Neill",
        ("Philadelphia, PA", "catherine.oneill@example.com", "215-555-0166"),
        "IT Program Manager | PMP · PgMP · SAFe SPC",
        "IT program manager for regulated life-sciences transformation programs.",
        (
            J(
                "IT Program Manager",
                "Atlantic Pharma Group",
                "Hybrid – Philadelphia, PA",
                "2017-07",
                "present",
                "mon",
                "Direct a $40M Oracle ERP and data transformation program with six project "
                "managers and two SIs.",
                "Run portfolio reporting in Clarity PPM; ROI and risk across workstreams.",
                "Align GxP validation, integration architecture and cloud hosting decisions.",
                pm=True,
            ),
            J(
                "Senior IT Project Manager",
                "Keystone Health Systems",
                "Philadelphia, PA",
                "2012-04",
                "2017-06",
                "mon",
                "Delivered EHR interfaces and an HL7 integration engine replacement.",
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Liberty Consulting",
                "King of Prussia, PA",
                "2009-09",
                "2012-03",
                "mon",
                "Managed application upgrades for mid-market clients.",
                pm=True,
            ),
            J(
                "IT Analyst",
                "Liberty Consulting",
                "King of Prussia, PA",
                "2007-09",
                "2009-08",
                "mon",
                "Supported client ERP systems.",
            ),
        ),
        ("Clarity PPM", "MS Project Online", "Oracle ERP", "Budget forecasting", "SAFe"),
        ("{pmp@held:PMP}", "{pgmp@held:PgMP}", "{safe-spc@held:SAFe Program Consultant (SPC)}"),
        ("MBA, Temple University", "B.S. Information Systems, Drexel University"),
        "master",
        F(
            (3, "PMP, 17y IT PM/program"),
            (0, "program manager, overqualified"),
            (3, "PMP, 17 PM years, regulated industry"),
            (2, "integration and ERP depth but no engineering background"),
            (3, "ERP transformation program, PMP, PgMP, SPC, MBA"),
            (1, "hybrid, no remote PM"),
        ),
        "IT program manager 17y, PMP, PgMP, SAFe SPC, MBA",
        layout="employer_first",
    ),
    Spec(
        "25_william_harrington.docx",
        "docx",
        "William Harrington",
        ("Dallas, TX", "w.harrington@example.com"),
        "Director of Delivery | Head of PMO",
        "Delivery executive with 21 years in IT project and portfolio management.",
        (
            J(
                "Director of Delivery (Head of PMO)",
                "Sterling Business Solutions",
                "Dallas, TX",
                "2015-01",
                "present",
                "mon",
                "Lead a PMO of 14 project managers delivering ERP and CRM implementations.",
                "Own portfolio governance, resource planning and margin reporting.",
                pm=True,
            ),
            J(
                "Senior Project Manager",
                "Sterling Business Solutions",
                "Dallas, TX",
                "2009-03",
                "2014-12",
                "mon",
                "Managed Microsoft Dynamics implementations for clients.",
                pm=True,
            ),
            J(
                "Project Manager",
                "Texon Systems",
                "Houston, TX",
                "2005-06",
                "2009-02",
                "mon",
                "Managed custom software projects for energy clients.",
                pm=True,
            ),
            J(
                "Programmer Analyst",
                "Texon Systems",
                "Houston, TX",
                "2001-07",
                "2005-05",
                "mon",
                "COBOL and SQL development.",
            ),
        ),
        ("Portfolio governance", "Planview", "MS Project", "Budgeting", "Resource planning"),
        ("{pmp@expired:PMP (lapsed 2019)}",),
        ("MBA, Southern Methodist University", "B.S. Computer Science, Texas A&M University"),
        "master",
        F(
            (2, "deep IT PM but PMP lapsed and executive level"),
            (0, "executive, overqualified"),
            (2, "21 PM years but PMP lapsed"),
            (1, "old programming background, no current technical depth"),
            (2, "PMO head with portfolio governance, but PMP lapsed"),
            (1, "no remote experience"),
        ),
        "PMO head 21.5y PM, PMP expired, MBA",
        headings=H_ABOUT,
    ),
    Spec(
        "26_siobhan_kelly.txt",
        "txt",
        "Siobhan Kelly",
        ("New York, NY", "siobhan.kelly@example.com"),
        "Programme Manager - Telecom IT",
        "Programme manager (PRINCE2, SAFe) with twelve years in telecom IT.",
        (
            J(
                "Programme Manager",
                "Emerald Telecom Services",
                "New York, NY",
                "2019-03",
                "present",
                "num",
                "Lead the BSS/OSS modernisation programme: four projects, 60 staff, $18M.",
                "Coordinate project managers and report to the CTO's governance board.",
                pm=True,
            ),
            J(
                "Project Manager",
                "Emerald Telecom Services",
                "New York, NY",
                "2014-02",
                "2019-02",
                "num",
                "Delivered billing-system upgrades and network inventory tools.",
                pm=True,
            ),
            J(
                "Project Analyst",
                "Hudson Networks",
                "Jersey City, NJ",
                "2011-09",
                "2014-01",
                "num",
                "Maintained schedules and RAID logs.",
            ),
        ),
        ("MS Project", "Jira Align", "Budget forecasting", "Stakeholder management"),
        (
            "{prince2@held:PRINCE2 Practitioner}",
            "{safe-spc@held:SAFe 6 Practice Consultant (SPC)}",
        ),
        ("BSc Business Information Systems, University College Dublin",),
        "bachelor",
        F(
            (2, "strong IT PM but no PMP"),
            (0, "seasoned programme manager"),
            (2, "12.8 PM years but no PMP"),
            (1, "no engineering background or technical evidence"),
            (2, "programme title and 12.8 years, but no PMP"),
            (1, "no remote experience"),
        ),
        "programme manager 12.8y, PRINCE2, SPC, no PMP",
        layout="employer_first",
        bullet="-",
    ),
    Spec(
        "27_ahmed_hassan.pdf",
        "pdfside",
        "Ahmed Hassan",
        ("Columbus, OH", "ahmed.hassan@example.com"),
        "Program Manager, Digital Transformation",
        "Program manager leading insurance digital transformation from a remote office.",
        (
            J(
                "Program Manager, Digital Transformation",
                "Crescent Insurance",
                "Remote (US)",
                "2021-08",
                "present",
                "mon",
                "Lead a remote program of five projects (portal, claims, data) with four PMs "
                "across time zones; Planview portfolio dashboards.",
                "Run virtual quarterly planning and executive governance reviews over Zoom.",
                pm=True,
            ),
            J(
                "Senior IT Project Manager",
                "Crescent Insurance",
                "Columbus, OH",
                "2016-04",
                "2021-07",
                "mon",
                "Delivered policy-administration upgrades and vendor integrations.",
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Buckeye Logistics",
                "Columbus, OH",
                "2012-06",
                "2016-03",
                "mon",
                "Managed warehouse application projects.",
                pm=True,
            ),
        ),
        ("Planview", "MS Project Online", "Zoom", "Teams", "Budgeting"),
        ("{pmp@held:Project Management Professional}",),
        (
            "MS Information Technology, Franklin University",
            "BS Business Administration, The Ohio State University",
        ),
        "master",
        F(
            (3, "PMP, 14.5y IT PM"),
            (0, "program manager, overqualified"),
            (3, "PMP, 14.5 PM years"),
            (1, "business-side delivery, no engineering depth"),
            (3, "program title, 14.5 years, PMP, Planview, MS IT"),
            (3, "PMP and 5.3 years leading remote IT programs"),
        ),
        "remote program manager 5.3y remote, 14.5y PM, PMP",
        headings=H_TECH,
    ),
    Spec(
        "28_patricia_gomez.docx",
        "docx",
        "Patricia Gómez",
        ("Arlington, VA", "patricia.gomez@example.com"),
        "IT Portfolio Manager | PMP | SAFe SPC",
        "Federal IT portfolio and program leader, fully remote since 2020.",
        (
            J(
                "IT Portfolio Manager",
                "Bluepeak Federal Consulting",
                "Remote",
                "2020-06",
                "present",
                "long",
                "Manage a portfolio of nine federal cloud and case-management projects with "
                "seven PMs, fully virtual.",
                "Consolidated budget of $35M; monthly EVM and risk reporting to agency CIOs.",
                pm=True,
            ),
            J(
                "Senior Program Manager",
                "Bluepeak Federal Consulting",
                "Arlington, VA",
                "2014-01",
                "2020-05",
                "long",
                "Led the agency data-center to AWS GovCloud migration program.",
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Capitol Systems Integration",
                "Reston, VA",
                "2008-07",
                "2013-12",
                "long",
                "Delivered case-management application builds.",
                pm=True,
            ),
            J(
                "Systems Analyst",
                "Capitol Systems Integration",
                "Reston, VA",
                "2006-06",
                "2008-06",
                "long",
                "Requirements and data mapping.",
            ),
        ),
        ("Clarity PPM", "EVM", "AWS GovCloud", "MS Project", "Teams"),
        ("{pmp@held:PMP}", "{safe-spc@held:SAFe SPC}"),
        (
            "Master of Science, Information Systems — George Mason University",
            "Bachelor of Arts, Economics — University of Virginia",
        ),
        "master",
        F(
            (3, "PMP, 18y IT PM/program"),
            (0, "portfolio manager, overqualified"),
            (3, "PMP, 18 PM years, regulated federal work"),
            (2, "cloud migration programs and systems-analysis start, but portfolio-level"),
            (3, "portfolio/program titles, PMP, SPC, MS, 18 years"),
            (3, "PMP and 6.4 years leading remote portfolios"),
        ),
        "remote portfolio manager 6.4y remote, PMP, SPC",
        headings=H_PROFILE,
    ),
    Spec(
        "29_laura_bennett.pdf",
        "pdf1",
        "Laura Bennett",
        ("Nashville, TN", "laura.bennett@example.com"),
        "Clinical Systems Project Manager, PMP",
        "Ten years managing EHR and clinical application rollouts in a hospital system.",
        (
            J(
                "Clinical Systems Project Manager",
                "St. Aurelia Medical Center",
                "Nashville, TN",
                "2016-05",
                "present",
                "mon",
                "Managed Epic module go-lives for 12 departments with the vendor; schedules, "
                "training, budget and HIPAA sign-offs.",
                "Ran command centers and post-go-live lessons learned.",
                pm=True,
            ),
            J(
                "Project Coordinator",
                "St. Aurelia Medical Center",
                "Nashville, TN",
                "2013-08",
                "2016-04",
                "mon",
                "Coordinated clinical training sessions and meeting logistics.",
            ),
        ),
        ("MS Project", "Smartsheet", "Epic", "HIPAA", "Vendor management"),
        ("{pmp@held:PMP}, since 2017",),
        ("B.S. Health Administration, Belmont University",),
        "bachelor",
        F(
            (3, "PMP, 10.6y IT PM in healthcare"),
            (0, "seasoned PM"),
            (3, "PMP, 10.6 PM years, regulated industry"),
            (1, "vendor rollout PM without technical depth"),
            (2, "10.6 PM years across departments, no program title"),
            (1, "no remote experience"),
        ),
        "EHR PM 10.6y, PMP, no tech depth",
    ),
    Spec(
        "30_stefan_novak.txt",
        "txt",
        "Stefan Novak",
        ("Omaha, NE", "stefan.novak@example.com"),
        "IT Project Manager",
        "Developer turned IT project manager for banking software.",
        (
            J(
                "IT Project Manager",
                "Prairie Bank Technology",
                "Omaha, NE",
                "2017",
                "present",
                "year",
                "Manage core-banking integrations, API gateway and Azure migration projects.",
                "Run Jira sprints with developers, QA and release managers; own release plans.",
                pm=True,
            ),
            J(
                "Technical Project Manager",
                "Cornhusker Software",
                "Lincoln, NE",
                "2014",
                "2017",
                "year",
                "Led SQL Server database upgrades and CI pipeline adoption.",
                pm=True,
            ),
            J(
                "Software Developer",
                "Cornhusker Software",
                "Lincoln, NE",
                "2009",
                "2014",
                "year",
                "Java and SQL development.",
            ),
        ),
        ("Jira", "Azure", "SQL Server", "REST APIs", "Jenkins"),
        ("{pmp@held:PMP}, 2015",),
        ("B.S. Computer Science, University of Nebraska-Lincoln, 2009",),
        "bachelor",
        F(
            (3, "PMP, 12.4y IT PM"),
            (0, "seasoned PM"),
            (3, "PMP, 12.4 PM years in banking"),
            (3, "developer background, PMP, APIs/cloud/DB evidenced"),
            (2, "12.4 PM years, no program title"),
            (1, "no remote experience"),
        ),
        "ex-developer, IT PM 12.4y (year-only dates), PMP",
        headings=H_ABOUT,
        layout="dates_first",
    ),
    Spec(
        "31_brian_mcallister.docx",
        "docx",
        "Brian McAllister",
        ("Kansas City, MO", "brian.mcallister@example.com"),
        "Senior Construction Project Manager",
        "Construction project manager for commercial buildings.",
        (
            J(
                "Senior Project Manager",
                "Ironbridge Construction",
                "Kansas City, MO",
                "2018-01",
                "present",
                "mon",
                "Manage $20-60M commercial builds: schedules, subcontractors, budgets, safety.",
                pm=True,
                it=False,
            ),
            J(
                "Project Manager",
                "Heartland Builders",
                "Kansas City, KS",
                "2014-05",
                "2017-12",
                "mon",
                "Managed school and retail construction projects.",
                pm=True,
                it=False,
            ),
            J(
                "Project Engineer",
                "Heartland Builders",
                "Kansas City, KS",
                "2011-06",
                "2014-04",
                "mon",
                "RFIs, submittals and site coordination.",
                it=False,
            ),
        ),
        ("Procore", "Primavera P6", "Budgeting", "Subcontractor management"),
        ("{pmp@held:PMP}", "OSHA 30"),
        ("B.S. Civil Engineering, University of Kansas",),
        "bachelor",
        F(
            (1, "PMP and deep PM but no IT"),
            (0, "seasoned, non-IT"),
            (1, "PMP and 12.6 PM years, but none in IT"),
            (0, "no IT or software depth"),
            (1, "large non-IT projects only"),
            (0, "no remote or IT"),
        ),
        "construction PM 12.6y, PMP, non-IT",
        docx={"skills_table": False},
    ),
    Spec(
        "32_maya_goldberg.pdf",
        "pdf2",
        "Maya Goldberg",
        ("Raleigh, NC", "maya.goldberg@example.com"),
        "Aspiring IT Project Manager | CAPM",
        "2026 IT graduate with two project-management internships.",
        (
            J(
                "Project Management Intern",
                "Vireo Cloud Services",
                "Raleigh, NC",
                "2026-05",
                "2026-08",
                "mon",
                "Updated Jira boards and status decks for a cloud migration.",
                intern=True,
            ),
            J(
                "IT PMO Intern",
                "Tarheel Health IT",
                "Durham, NC",
                "2025-05",
                "2025-08",
                "mon",
                "Tracked milestones and RAID items in Smartsheet.",
                intern=True,
            ),
            J(
                "Student IT Help Desk Assistant",
                "NC State University",
                "Raleigh, NC",
                "2023-09",
                "2026-05",
                "mon",
                "Part-time student job resolving account and Wi-Fi tickets.",
                intern=True,
            ),
        ),
        ("Jira", "Smartsheet", "MS Project", "Agile"),
        ("{capm@held:CAPM}, 2026",),
        ("B.S. Information Technology, North Carolina State University, May 2026",),
        "bachelor",
        F(
            (1, "new graduate, internships only"),
            (3, "entry-level: IT degree, PM internships, CAPM"),
            (0, "no professional PM experience"),
            (0, "no PM or engineering experience"),
            (0, "graduate"),
            (0, "no PM, no remote"),
        ),
        "new grad, internships only, CAPM",
        headings=H_PROFILE,
    ),
    Spec(
        "33_jamal_whitaker.docx",
        "docx",
        "Jamal Whitaker",
        ("Houston, TX", "jamal.whitaker@example.com"),
        "IT Project Coordinator",
        "Project coordinator at a managed-services provider.",
        (
            J(
                "IT Project Coordinator",
                "Lonestar Managed Services",
                "Houston, TX",
                "2024-08",
                "present",
                "num",
                "Schedule network and Microsoft 365 migrations for client sites.",
                "Prepare status reports, meeting notes and change logs for senior PMs.",
            ),
            J(
                "Operations Assistant",
                "Bayou Freight",
                "Houston, TX",
                "2023-06",
                "2024-07",
                "num",
                "Tracked shipments and vendor invoices.",
            ),
        ),
        ("MS Project", "Teams", "Excel", "Trello"),
        ("{scrum-fundamentals@held:Scrum Fundamentals Certified (SFC)}",),
        ("BBA Management Information Systems, University of Houston, 2023",),
        "bachelor",
        F(
            (1, "coordinator only, no PM title"),
            (3, "2.3y IT coordination, MIS degree, Scrum Fundamentals"),
            (0, "no PM tenure"),
            (0, "no PM or engineering depth"),
            (0, "no PM"),
            (0, "no PM, no remote"),
        ),
        "IT project coordinator 2.3y, SFC",
        headings=H_ABOUT,
    ),
    Spec(
        "34_isabella_rossi.pdf",
        "pdf1",
        "Isabella Rossi",
        ("Manchester, NH", "isabella.rossi@example.com"),
        "Associate IT Project Manager",
        "Associate project manager with a CS degree, CAPM certified.",
        (
            J(
                "Associate IT Project Manager",
                "Granite State Insurance",
                "Hybrid – Manchester, NH",
                "2025-12",
                "present",
                "mon",
                "Manage small application releases under a senior PM; update plans and risks.",
                "Coordinate API testing with QA and the vendor.",
                pm=True,
            ),
            J(
                "IT Project Coordinator",
                "Granite State Insurance",
                "Manchester, NH",
                "2024-06",
                "2025-11",
                "mon",
                "Kept schedules and meeting notes for the PMO.",
            ),
            J(
                "IT Intern",
                "Granite State Insurance",
                "Manchester, NH",
                "2023-06",
                "2023-08",
                "mon",
                "Summer internship supporting the service desk.",
                intern=True,
            ),
        ),
        ("Jira", "MS Project", "SQL", "Agile"),
        ("{capm@held:CAPM (Certified Associate in Project Management)}",),
        ("Bachelor of Science in Computer Science, University of New Hampshire, 2024",),
        "bachelor",
        F(
            (2, "1y associate PM plus coordinator, no PMP"),
            (3, "entry-level PM with CS degree, CAPM, internship"),
            (0, "junior"),
            (1, "CS degree and some API testing, but junior"),
            (0, "junior"),
            (0, "hybrid, junior, no remote PM"),
        ),
        "associate IT PM 1y, CAPM, CS degree",
    ),
    Spec(
        "35_omar_farouk.txt",
        "txt",
        "Omar Farouk",
        ("Orlando, FL", "omar.farouk@example.com"),
        "IT Business Analyst",
        "Business analyst on retail systems; aiming for project management.",
        (
            J(
                "IT Business Analyst",
                "Sunbelt Retail Tech",
                "Orlando, FL",
                "2023-09",
                "present",
                "long",
                "Gather requirements and write user stories for POS integrations.",
                "Join sprint reviews and maintain Confluence documentation.",
            ),
            J(
                "Business Analyst Intern",
                "Sunbelt Retail Tech",
                "Orlando, FL",
                "2022-06",
                "2022-08",
                "long",
                "Supported UAT.",
                intern=True,
            ),
        ),
        ("Jira", "Confluence", "SQL", "Visio"),
        ("{csm@held:Certified ScrumMaster}",),
        ("B.A. Economics, University of Central Florida, 2023",),
        "bachelor",
        F(
            (1, "BA role, no PM title"),
            (2, "3y IT BA with CSM, good junior PM candidate"),
            (0, "no PM tenure"),
            (1, "systems-analysis flavour but no PM"),
            (0, "no PM"),
            (0, "no PM, no remote"),
        ),
        "IT business analyst 3.2y, CSM",
        headings=H_TECH,
    ),
    Spec(
        "36_kimberly_tran.docx",
        "docx",
        "Kimberly Tran",
        ("San Antonio, TX", "kimberly.tran@example.com"),
        "Store Manager",
        "Retail store manager looking to move into project management.",
        (
            J(
                "Store Manager",
                "Fresh Harvest Markets",
                "San Antonio, TX",
                "2019-04",
                "present",
                "mon",
                "Run a 60-person store; scheduling, budget and a store remodel.",
                it=False,
            ),
            J(
                "Assistant Store Manager",
                "Fresh Harvest Markets",
                "San Antonio, TX",
                "2016-03",
                "2019-03",
                "mon",
                "Inventory and staff training.",
                it=False,
            ),
        ),
        ("Scheduling", "Budgeting", "Team leadership"),
        ("Google Project Management Certificate (Coursera)",),
        ("Associate of Applied Science, Business Management, San Antonio College",),
        "associate",
        F(
            (0, "no IT and no PM"),
            (1, "career changer with an online PM certificate, no IT"),
            (0, "no PM"),
            (0, "no IT"),
            (0, "no PM"),
            (0, "no PM, no remote"),
        ),
        "retail store manager, non-IT",
    ),
    Spec(
        "37_rachel_adams.txt",
        "txt",
        "Rachel Adams",
        ("Spokane, WA", "rachel.adams@example.com"),
        "Registered Nurse",
        "Registered nurse in medical-surgical care.",
        (
            J(
                "Registered Nurse",
                "Mercy General Hospital",
                "Spokane, WA",
                "2015-07",
                "present",
                "mon",
                "Care for 5-6 patients per shift; charge nurse rotation.",
                it=False,
            ),
        ),
        ("Patient care", "BLS / ACLS"),
        ("BLS and ACLS (American Heart Association)",),
        ("Bachelor of Science in Nursing, Gonzaga University",),
        "bachelor",
        F(
            (0, "unrelated career"),
            (0, "unrelated career"),
            (0, "unrelated"),
            (0, "unrelated"),
            (0, "unrelated"),
            (0, "unrelated"),
        ),
        "registered nurse, unrelated",
    ),
    Spec(
        "38_derek_lawson.docx",
        "docx",
        "Derek Lawson",
        ("Boise, ID", "derek.lawson@example.com"),
        "Marketing Project Manager",
        "Marketing project manager for consumer brands, remote since 2022.",
        (
            J(
                "Marketing Project Manager",
                "Bloom & Bay Cosmetics",
                "Remote",
                "2022-01",
                "present",
                "li",
                "Manage product-launch campaigns with remote agencies in Asana.",
                pm=True,
                it=False,
            ),
            J(
                "Marketing Project Manager",
                "Sunridge Outdoor",
                "Boise, ID",
                "2020-07",
                "2021-12",
                "li",
                "Ran catalog and trade-show projects.",
                pm=True,
                it=False,
            ),
            J(
                "Marketing Coordinator",
                "Sunridge Outdoor",
                "Boise, ID",
                "2018-06",
                "2020-06",
                "li",
                "Coordinated print and social content.",
                it=False,
            ),
        ),
        ("Asana", "Slack", "Zoom", "Budgeting"),
        (),
        ("BA Marketing, Boise State University",),
        "bachelor",
        F(
            (1, "PM skills but not in IT, no PMP"),
            (1, "non-IT mid-level PM"),
            (0, "no IT PM, no PMP"),
            (0, "no technical depth"),
            (0, "no IT programs"),
            (1, "remote PM 4.9y but not IT and no PMP"),
        ),
        "remote marketing PM 4.9y, non-IT",
        docx={"contact_in_header": False},
    ),
    Spec(
        "39_sean_patel.docx",
        "docx",
        "Sean Patel",
        ("Fresno, CA", "sean.patel@example.com"),
        "IT Support Technician",
        "IT support technician studying for the CAPM.",
        (
            J(
                "IT Support Technician",
                "Riverbend School District",
                "Fresno, CA",
                "2023-10",
                "present",
                "mon",
                "Support 1,200 Chromebooks and classroom AV; helped with a Wi-Fi refresh.",
            ),
            J(
                "Help Desk Analyst",
                "Valley Computer Repair",
                "Fresno, CA",
                "2022-01",
                "2023-09",
                "mon",
                "Repaired PCs and answered customer tickets.",
            ),
        ),
        ("Windows", "Google Workspace", "Networking basics", "Ticketing"),
        ("{capm@in_progress:CAPM – in progress}",),
        ("B.S. Information Technology, California State University, Fresno, 2021",),
        "bachelor",
        F(
            (0, "no PM experience"),
            (2, "IT degree, IT support experience, CAPM underway"),
            (0, "no PM"),
            (0, "no PM, support-level only"),
            (0, "no PM"),
            (0, "no PM, no remote"),
        ),
        "IT support 4.9y, CAPM in progress",
        headings=H_PROFILE,
    ),
    Spec(
        "40_viktor_sokolov.pdf",
        "pdf2",
        "Viktor Sokolov",
        ("Salt Lake City, UT", "viktor.sokolov@example.com"),
        "IT Project Coordinator | Former Network Engineer",
        "Network engineer who moved into project coordination in 2025.",
        (
            J(
                "IT Project Coordinator",
                "Alpine Telecom",
                "Salt Lake City, UT",
                "2025-01",
                "present",
                "mon",
                "Coordinate fiber and core-network upgrade projects; schedules and vendor "
                "tracking.",
            ),
            J(
                "Network Engineer",
                "Alpine Telecom",
                "Salt Lake City, UT",
                "2019-02",
                "2024-12",
                "mon",
                "Designed and maintained MPLS and BGP routing; Cisco and Juniper.",
            ),
            J(
                "NOC Technician",
                "Wasatch ISP",
                "Provo, UT",
                "2017-06",
                "2019-01",
                "mon",
                "Monitored network alarms and handled outages.",
            ),
        ),
        ("Cisco", "Juniper", "BGP", "MS Project", "Smartsheet"),
        ("CCNP Enterprise",),
        ("B.S. Information Technology (Networking), Utah Valley University",),
        "bachelor",
        F(
            (1, "coordinator only, strong network background"),
            (2, "coordinator with deep IT background, ready for junior PM"),
            (0, "no PM tenure"),
            (1, "network engineering background but no PM role"),
            (0, "no PM"),
            (0, "no PM, no remote"),
        ),
        "ex-network engineer, IT project coordinator 1.9y",
    ),
]


# ---------------------------------------------------------------- facts and output


def _years(ms: set[int]) -> float:
    return round(len(ms) / 12, 2)


def facts(spec: Spec) -> dict[str, object]:
    """Compute the fact labels from the dates and markup actually rendered."""
    total: set[int] = set()
    pm: set[int] = set()
    it_pm: set[int] = set()
    remote: set[int] = set()
    for j in spec.jobs:
        if j.intern:
            continue
        ms = months(j.start, j.end)
        total |= ms
        if j.pm:
            pm |= ms
            if j.it:
                it_pm |= ms
        if j.remote:
            remote |= ms
    held: list[str] = []
    for c in spec.certs + (spec.summary, spec.headline):
        for m in mentions(c):
            if m.status == "held" and m.id not in held:
                held.append(m.id)
    counted = [j for j in spec.jobs if not j.intern]
    return {
        "held_certifications": held,
        "total_years": _years(total),
        "pm_years": _years(pm),
        "it_pm_years": _years(it_pm),
        "remote_years": _years(remote),
        "year_only": bool(counted) and all("-" not in j.start for j in counted),
        "degree_level": spec.degree,
    }


def build(spec: Spec) -> Resume:
    return Resume(
        name=spec.name,
        contact=spec.contact,
        headline=spec.headline,
        summary=spec.summary,
        positions=tuple(j.position() for j in spec.jobs),
        skills=spec.skills,
        certifications=spec.certs,
        education=spec.education,
        headings=spec.headings,
        position_layout=spec.layout,
        skills_inline=spec.skills_inline,
        bullet=spec.bullet,
    )


def check(specs: list[Spec]) -> None:
    """Stop unless every role has each fit level 0-3 at least five times."""
    names = [s.file for s in specs]
    assert len(set(names)) == len(names), "duplicate file names"
    assert 36 <= len(specs) <= 40, len(specs)
    for s in specs:
        assert set(s.fit) == set(ROLES), s.file
        assert all(v in (0, 1, 2, 3) and why for v, why in s.fit.values()), s.file
    for role in ROLES:
        counts = Counter(s.fit[role][0] for s in specs)
        short = [lvl for lvl in range(4) if counts[lvl] < 5]
        if short:
            sys.exit(f"unbalanced labels for {role}: {dict(sorted(counts.items()))}")


def distribution(specs: list[Spec]) -> dict[str, dict[int, int]]:
    return {r: {lvl: sum(s.fit[r][0] == lvl for s in specs) for lvl in range(4)} for r in ROLES}


README = """\
# Labelled set C

40 résumés (15 PDF in one-column, two-column and sidebar layouts, 15 DOCX, 10 TXT) with
hand-written labels, generated deterministically by `tools/make_labelled_c.py`.

- **Who labelled:** an independent helper session acting as an expert IT recruiter.
- **How:** fit labels (0 none, 1 weak, 2 good, 3 strong) are literal judgements per résumé and
  role, each with a one-line reason in the generator, made against
  `taxonomy/job-descriptions.txt` only. Fact labels (total/PM/IT-PM/remote years, held
  certificates, degree level) are computed by the generator from the dates and certificate
  markup it renders, as of 2026-11-01.
- **Rubric in brief:** PMP where the description requires it; preferred experience bands (senior
  7+ IT PM years, technical 5+ plus engineering background and evidenced cloud/API/CI-CD work,
  program 10+ with program/portfolio leadership, remote 4+ remote PM years); junior is entry
  level, so seasoned PMs score low. The full rubric is the generator's docstring.
- **Independence:** the labeller did not read the scorer, its YAML weights/titles/roles, the
  earlier labelled sets or their generators, or the samples, and did not run the screener
  before all labels were final. Each role has every fit level at least five times.
"""


def generate(out: Path = DEFAULT_OUT) -> list[Path]:
    """Write the résumés, labels.yaml and README.md into ``out``; return the résumé paths."""
    check(SPECS)
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    entries: list[dict[str, object]] = []
    for spec in SPECS:
        path = out / spec.file
        render(build(spec), path, spec.kind, **spec.docx)
        paths.append(path)
        entry: dict[str, object] = {"file": spec.file, **facts(spec)}
        entry["fit"] = {r: spec.fit[r][0] for r in ROLES}
        entry["note"] = spec.note
        entries.append(entry)
    labels = {"as_of": AS_OF, "resumes": entries}
    (out / "labels.yaml").write_text(
        yaml.safe_dump(
            labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=None
        ),
        encoding="utf-8",
    )
    (out / "README.md").write_text(README, encoding="utf-8")
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    paths = generate(args.out)
    print(f"wrote {len(paths)} résumés to {args.out}")
    for role, counts in distribution(SPECS).items():
        print(f"  {role:9s} " + "  ".join(f"{k}:{v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
