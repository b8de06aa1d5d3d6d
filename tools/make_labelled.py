"""Generate the labelled résumé set in tests/data/labelled/ and its labels.yaml, deterministically.

Every résumé is built from structured data whose skill and certification mentions carry inline
markup (see resume_render), so its labels are known rather than guessed. A check refuses to write
a résumé whose visible text, outside the marked mentions, uses skill vocabulary.

    python tools/make_labelled.py [--out DIR]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from resume_render import Headings, Position, Resume, mentions, plain, render  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "tests" / "data" / "labelled"
AS_OF = (2026, 11)  # labels are computed as of 2026-11-01; "Present" = November 2026 inclusive
MONTHS = [
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
DOTTED = [
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
YEAR_ONLY_STYLES = {"year", "todate", "apos"}
TECH_SKILLS = {
    "cloud-infrastructure",
    "apis",
    "database-systems",
    "it-infrastructure",
    "application-deployment",
    "system-integration",
    "ci-cd",
    "devops",
    "github",
    "sdlc",
}

# ---------------------------------------------------------------- vocabulary check
# Words a careful reader would take as evidence of a skill (broader than any one matcher). In
# visible text they must belong to a marked mention or to a listed near-miss phrase.
SKILL_WORDS: dict[str, str] = {
    "ms-project": r"\b(ms|microsoft)[ -]project\b",
    "ms-project-online": r"project (online|server|for the web)",
    "jira": r"\bjira\b",
    "smartsheet": r"\bsmart ?sheets?\b",
    "trello": r"\btrello\b",
    "asana": r"\basana\b",
    "confluence": r"\bconfluen[ac]e\b",
    "clarity-ppm": r"\bclarity\b",
    "planview": r"\bplanview\b",
    "zoom": r"\bzoom\b",
    "slack": r"\bslack\b",
    "clickup": r"\bclick ?up\b",
    "github": r"\bgit(hub|lab)?\b",
    "ci-cd": r"\bci/?cd\b|continuous (integration|delivery|deployment)|\bpipelines?\b",
    "devops": r"dev ?ops|\bsre\b",
    "agile": r"\bagile\b|\bsafe\b",
    "scrum": r"scrum",
    "waterfall": r"waterfall",
    "kanban": r"kanban",
    "hybrid": r"\bhybrid\b",
    "sdlc": r"\bsdlc\b|life ?cycle",
    "cloud-infrastructure": r"\bcloud\b|\baws\b|\bazure\b|\bgcp\b",
    "apis": r"\bapis?\b|\brest(ful)?\b|web services|micro-?services",
    "database-systems": r"database|\bsql\b|postgres|mysql|mongo|data warehouse|oracle database",
    "it-infrastructure": r"infrastructure|network|\bservers?\b|data cent(er|re)|hardware|\bit systems\b",
    "application-deployment": r"deploy|\breleases?\b|roll-?outs?|go-lives?|cut-?over",
    "system-integration": r"integrat|implementation",
    "erp": r"\berp\b|\bsap\b|s/4|netsuite|workday|oracle (e-business|erp)|dynamics 365",
    "saas": r"\bsaas\b|software[- ]as[- ]a[- ]service",
    "hipaa": r"hipaa",
    "gdpr": r"gdpr|general data protection",
    "sox": r"\bsox\b|sarbanes",
    "budgeting": r"budget|\bcosts?\b|spend",
    "forecasting": r"forecast",
    "financial-reporting": r"financial (report|analysis)",
    "procurement": r"procure|\brfps?\b|purchas|\bsourcing|request for proposal",
    "vendor-management": r"vendor|supplier|third[- ]part|outsourc|\bmsps?\b",
    "risk-management": r"\brisks?\b|\braid\b|mitigat",
    "stakeholder-management": r"stakeholder|sponsor",
    "resource-planning": r"resource|capacity|staffing",
    "scope-management": r"\bscope\b",
    "kpi-tracking": r"\bkpis?\b|metric|key performance",
    "roi": r"\broi\b|return on investment|business case|pay ?back",
    "contract-management": r"contract|\bsows?\b|statements? of work",
    "change-management": r"change (management|initiatives)|organi[sz]ational change|\bocm\b",
    "portfolio-management": r"portfolio|\bppm\b|\bpmo\b",
    "program-management": r"\bprogram(me)?s?\b",
    "roadmap-planning": r"road ?map",
    "communication": r"communicat|present(ation|ed to|ing)|briefed",
    "leadership": r"\blead(s|ing|er|ers|ership)?\b|\bled\b|mentor|coach",
    "delegation": r"delegat",
    "time-management": r"time[- ]management|deadline",
    "prioritization": r"priorit",
    "negotiation": r"negotiat",
    "decision-making": r"decisi",
    "conflict-resolution": r"conflict|dispute",
    "collaboration": r"collaborat|teamwork|cross-functional",
    "strategic-thinking": r"strateg",
}
# Vocabulary outside the label set that a matcher might still map to a skill: kept out of filler.
FILLER_FORBIDDEN = (
    r"document|schedul|governance|complian|security|audit|executive|transformation|facilitat|"
    r"estimat|sprint|stand-?up|retrospective|backlog|milestone|migrat|upgrade|planning|report|"
    r"\bdependenc|offshore|remote team|distributed team|stakeholder|meeting notes|meeting minutes|"
    r"lessons learned|quality|\bqa\b|workflow|process (map|improvement)|requirements|"
    r"timeline|(highly|well-)organi[sz]ed|multitask|detail|analytical|proactive|"
    r"(take|takes|taking|took|show|shows) initiative|adaptab|"
    r"problem[- ]solv|troubleshoot|self-(disciplin|motivat|start|direct)|team building|morale|teamwork|dashboard|power bi|"
    r"tableau|sharepoint|(microsoft|ms) teams|monday\.com|wrike|jenkins|software development|development teams|"
    r"enterprise|steering|business analy|systems analy|specification|architecture|design|"
    r"task (management|tracking)|gantt|critical path|status report|progress report|"
    r"time zones|asynchron"
)
# Phrases that contain a skill word without evidencing that skill.
NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "confluence": ("confluence of",),
    "hybrid": ("hybrid cloud", "hybrid work"),
    "slack": ("slack time",),
    "it-infrastructure": ("cloud infrastructure",),
    "portfolio-management": ("clarity ppm",),
    "ms-project": ("ms project online",),
}
CERT_WORDS: dict[str, str] = {
    "pmp": r"\bPMP\b|Project Management Professional",
    "capm": r"\bCAPM\b|Certified Associate in Project",
    "csm": r"\bCSM\b|Certified Scrum ?Master",
    "prince2": r"PRINCE ?2",
    "pmi-acp": r"PMI-ACP|Agile Certified Practitioner",
    "pgmp": r"\bPgMP\b|Program(me)? Management Professional",
    "safe-spc": r"\bSPC\d?\b|SAFe (Program|Practice) Consultant",
    "aws-ccp": r"Cloud Practitioner",
    "rmp": r"\bRMP\b|Remote Project Management",
    "scrum-fundamentals": r"Scrum Fundamentals",
}
CERT_NEAR_MISSES = ("Customer Success Manager (CSM)",)
CERT_IDS = set(CERT_WORDS)


def _spans(text: str) -> list[tuple[int, int, str, str]]:
    """Return (start, end, id, status) of each marked mention in the plain text."""
    from resume_render import MARKUP

    out: list[tuple[int, int, str, str]] = []
    shift = 0
    for m in MARKUP.finditer(text):
        start = m.start() - shift
        visible = m.group(4)
        out.append((start, start + len(visible), m.group(1), (m.group(2) or "")[1:]))
        shift += len(m.group(0)) - len(visible)
    return out


def check_vocabulary(key: str, marked: str, declared: set[str]) -> None:
    """Raise ValueError when visible text evidences a skill or certification that is not marked."""
    text = plain(marked)
    spans = _spans(marked)
    filler = list(text)
    for s, e, _, _ in spans:
        filler[s:e] = " " * (e - s)
    filler_text = "".join(filler)
    problems: list[str] = []
    for sid, pattern in SKILL_WORDS.items():
        for m in re.finditer(pattern, text, re.I):
            near = any(
                text.lower().find(p.lower(), max(0, m.start() - 20))
                in range(m.start() - len(p), m.start() + 1)
                for p in NEAR_MISSES.get(sid, ())
            )
            if near:
                continue
            if sid not in declared:
                problems.append(
                    f"{sid} {m.group(0)!r}: {text[max(0, m.start() - 25) : m.end() + 25]!r}"
                )
    for m in re.finditer(FILLER_FORBIDDEN, filler_text, re.I):
        problems.append(
            f"filler {m.group(0)!r}: {filler_text[max(0, m.start() - 25) : m.end() + 25]!r}"
        )
    for cid, pattern in CERT_WORDS.items():
        for m in re.finditer(pattern, filler_text):
            if not any(p in text for p in CERT_NEAR_MISSES):
                problems.append(
                    f"cert {cid}: {filler_text[max(0, m.start() - 25) : m.end() + 25]!r}"
                )
    if problems:
        raise ValueError(f"{key}: unmarked vocabulary:\n  " + "\n  ".join(problems))


# ---------------------------------------------------------------- positions and dates

Point = tuple[int, int] | int | str  # (year, month), a bare year, or "present"


def _fmt_point(p: Point, style: str, end: bool) -> str:
    if p == "present":
        return {"month_to": "Current", "iso": "present", "apos": "now"}.get(style, "Present")
    if isinstance(p, int):
        return f"'{p % 100:02d}" if style == "apos" else str(p)
    y, m = p  # type: ignore[misc]
    if style == "mon":
        return f"{MONTHS[m - 1][:3]} {y}"
    if style == "month_to":
        return f"{MONTHS[m - 1]} {y}"
    if style == "mmyyyy":
        return f"{m:02d}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "dotted":
        return f"{MONTHS[m - 1][:3]} {y}" if end else f"{DOTTED[m - 1]} {y}"
    raise ValueError(style)


def format_dates(start: Point, end: Point, style: str) -> str:
    """Return the date range as the résumé shows it."""
    if style == "summer":
        return f"Summer {start}"
    if style == "todate":
        return f"{start} to date"
    sep = {"month_to": " to ", "mmyyyy": " - ", "year": "–"}.get(style, " – ")
    return f"{_fmt_point(start, style, False)}{sep}{_fmt_point(end, style, True)}"


def interval(start: Point, end: Point, style: str) -> tuple[int, int]:
    """Return [start, end) in months since year 0: month ranges include the end month."""
    if style == "summer":
        y = int(start)  # type: ignore[arg-type]
        return y * 12 + 5, y * 12 + 8  # June to August
    s = start * 12 + 6 if isinstance(start, int) else start[0] * 12 + start[1] - 1  # type: ignore[index]
    if end == "present":
        e = AS_OF[0] * 12 + AS_OF[1]
    elif isinstance(end, int):
        e = end * 12 + 6
    else:
        e = end[0] * 12 + end[1]  # type: ignore[index]
    return s, e


def merged_years(intervals: list[tuple[int, int]]) -> float:
    """Return the length of the union of month intervals, in years."""
    total, cur_s, cur_e = 0, None, None
    for s, e in sorted(intervals):
        if cur_e is None or s > cur_e:
            if cur_e is not None:
                total += cur_e - cur_s  # type: ignore[operator]
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    if cur_e is not None:
        total += cur_e - cur_s  # type: ignore[operator]
    return round(total / 12, 2)


@dataclass(frozen=True)
class Job:
    title: str
    employer: str
    location: str
    start: Point
    end: Point
    style: str
    pool: str
    n: int = 3
    extra: tuple[str, ...] = ()
    pm: bool = False
    it: bool = True
    intern: bool = False
    # The job turned remote at this point, said only in a bullet ("Fully remote since March 2024").
    remote_from: Point | None = None

    @property
    def remote(self) -> bool:
        where = self.location.lower()
        return (
            any(word in where for word in ("remote", "virtual", "home-based"))
            or "(remote)" in self.title.lower()
            or self.remote_from is not None
        )


@dataclass(frozen=True)
class Edu:
    text: str
    level: str
    field: str
    done: bool = True


@dataclass(frozen=True)
class Spec:
    key: str
    fmt: str  # pdf1 | pdf2 | pdfside | docx | docx_table | txt
    name: str
    contact: tuple[str, ...]
    headline: str
    summary: str
    jobs: tuple[Job, ...]
    skills: tuple[str, ...]
    certs: tuple[str, ...]
    edu: tuple[Edu, ...]
    track: str  # pm | entry | coordinator | program | nonpm
    note: str
    headings: Headings = field(default_factory=Headings)
    layout: str = "stacked"
    skills_inline: bool = False
    bullet: str = "•"
    extra: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fit: dict[str, int] = field(default_factory=dict)  # overrides of the rubric


# ---------------------------------------------------------------- bullet pools (marked up)

POOLS: dict[str, list[str]] = {
    "itpm": [
        "Managed a {budgeting:$2.4M budget} for the replacement of the claims system used by "
        "600 adjusters.",
        "Ran {waterfall:waterfall} phase gates for a regulated payroll system, from sign-off to "
        "handover.",
        "Tracked delivery in {jira:Jira} and {ms-project:Microsoft Project} for five concurrent "
        "workstreams.",
        "Kept a weekly {risk-management:risk register} and closed 38 of 41 logged items before "
        "the final phase.",
        "Held the {scope-management:project scope} steady through 14 formal requests, approving "
        "nine.",
        "Selected and managed two {vendor-management:outsourcing vendors} for the service desk "
        "renewal.",
        "Moved the team from ad-hoc task lists to {smartsheet:Smartsheet}, trimming weekly status "
        "calls from 90 to 30 minutes.",
        "Delivered the new intranet four weeks early for 3,200 employees across 11 offices.",
        "Kept finance, HR and operations heads aligned through {stakeholder-management:stakeholder "
        "engagement} sessions every fortnight.",
        "Introduced {agile:Agile} two-week iterations to a group used to quarterly drops.",
        "Ran {kanban:Kanban} boards for the operations queue, cutting average ticket age from 19 "
        "to 6 days.",
        "Replaced a 15-year-old inventory system with a packaged product for 40 warehouses.",
        "Applied a {hybrid:hybrid} delivery model: fixed-date phases for finance, two-week "
        "iterations for the web team.",
        "Set monthly {kpi-tracking:KPI} reviews on defect counts and cycle time.",
        "Ran the {procurement:procurement} of a new case-tracking product, from shortlist to "
        "signature.",
        "Kept {confluence:Confluence} as the single home for team pages and weekly notes.",
        "Applied the {sdlc:SDLC} stage gates required by the internal review office.",
        "Hired and onboarded four junior analysts for the project office.",
        "Cut the average time to onboard a new branch from nine weeks to five.",
        "Kept {communication:clear communication} with the CIO and finance director every week.",
    ],
    "techpm": [
        "Managed the move of 140 workloads to {cloud-infrastructure:cloud} hosting on "
        "{aws:AWS}, in three waves over nine months.",
        "Coordinated {apis:REST API} work between the mobile team and four back-end services.",
        "Ran the {database-systems:PostgreSQL} version move for the order platform with 11 "
        "minutes of downtime.",
        "Introduced {ci-cd:CI/CD} checks in {github:GitHub} Actions, shortening the path from "
        "merge to production from two weeks to two days.",
        "Worked daily with the {devops:DevOps} engineers on environment readiness.",
        "Managed the {system-integration:system integration} of the billing engine with the CRM "
        "and the general ledger.",
        "Owned the calendar of {application-deployment:production deployments} for 22 services.",
        "Turned engineering specs into a sequenced work plan for four squads.",
        "Planned the {it-infrastructure:data centre} network refresh across two sites.",
        "Tracked cross-team technical blockers across nine repositories in {jira:Jira}.",
        "Ran {sdlc:software development life cycle} gates for a 30-person engineering group.",
        "Brought a {saas:SaaS} HR product live for 4,000 staff, including single sign-on.",
        "Scoped the {azure:Azure} {cloud-infrastructure:cloud} landing zone work with the platform "
        "engineers.",
    ],
    "programpm": [
        "Directed a {program-management:program} of seven projects and 60 staff replacing the "
        "core banking platform.",
        "Ran the {portfolio-management:portfolio management} board covering 35 projects across "
        "four business units.",
        "Owned {financial-reporting:financial reporting} and quarterly {forecasting:forecasts} "
        "for the whole initiative.",
        "Maintained the three-year {roadmap-planning:technology roadmap} agreed with the board.",
        "Tracked {roi:ROI} for each tranche and stopped two projects that no longer paid off.",
        "Ran the {erp:SAP S/4HANA} replacement of finance and supply chain in 14 countries.",
        "Managed six project managers and set common ways of working across their teams.",
        "Used {clarity-ppm:Clarity PPM} for intake, approval and weekly status across all "
        "projects.",
        "Introduced {planview:Planview} for the project office, replacing 40 spreadsheets.",
        "Guided the {change-management:organizational change} work for 9,000 users.",
        "Kept {budgeting:consolidated budgets} of $30M within 2% of plan.",
        "Set up {resource-planning:resource planning} across five teams sharing the same "
        "specialists.",
        "Used {ms-project-online:MS Project Online} to track cross-project links.",
        "Won approval for a $12M {roi:business case} for the new customer platform.",
    ],
    "remotepm": [
        "Managed a team of 14 spread over six countries with no shared office.",
        "Ran daily written check-ins in {slack:Slack} and a weekly video review on {zoom:Zoom}.",
        "Tracked work in {clickup:ClickUp} for marketing, product and engineering groups.",
        "Moved the team's work tracking to {trello:Trello} boards with clear owners and due dates.",
        "Delivered a {saas:SaaS} billing product to 1,200 subscribers with a team that never "
        "met in person.",
        "Wrote a remote working handbook adopted by 80 staff.",
        "Used {asana:Asana} for intake and weekly plans across three squads.",
        "Held {kanban:Kanban} flow reviews each Monday and cut work in progress by a third.",
        "Kept {time-management:time management} tight across a ten-hour spread of working hours.",
        "Ran every {agile:Agile} ceremony online for two product teams.",
    ],
    "coordinator": [
        "Updated project trackers for three IT project managers.",
        "Booked rooms, prepared agendas and circulated action items for 20+ weekly meetings.",
        "Kept the {ms-project:MS Project} file current for the payroll system replacement.",
        "Logged and chased open actions in {jira:Jira} until closure.",
        "Tracked {contract-management:contract renewal} dates for 25 software licences.",
        "Maintained the shared drive folders and access lists for the project office.",
        "Compiled weekly status summaries for the IT director.",
        "Checked {vendor-management:vendor} invoices against delivered work.",
    ],
    "scrummaster": [
        "Ran {scrum:Scrum} events for two teams of seven developers.",
        "Kept the team's work queue in {jira:Jira} ordered with the product owner.",
        "Cut carried-over stories from 40% to 10% in four iterations.",
        "Introduced {kanban:Kanban} for the support team.",
        "Ran {agile:Agile} onboarding sessions for 30 new hires.",
        "Removed blockers for developers within a day on average.",
    ],
    "ba": [
        "Gathered needs from 12 department heads and wrote 140 user stories.",
        "Mapped current and target processes for accounts payable.",
        "Wrote acceptance criteria and ran user acceptance testing with 25 testers.",
        "Modelled data flows between the CRM and billing.",
        "Published finance procedures in {confluence:Confluence}.",
    ],
    "dev": [
        "Built {apis:REST APIs} in {software-development:Java} 17 and "
        "{software-development:Spring Boot} for the order service.",
        "Tuned {database-systems:PostgreSQL} queries, cutting page load times by 40%.",
        "Maintained {ci-cd:CI/CD} jobs in {github:GitHub} Actions for 12 services.",
        "Wrote unit and contract-free component tests, raising coverage from 55% to 82%.",
        "Paired with junior developers on code reviews.",
        "Ran services on {cloud-infrastructure:cloud} hosting ({aws:AWS} ECS).",
        "Fixed 200+ defects in a {software-development:Java} 8 codebase.",
        "Worked in two-week {scrum:Scrum} iterations with a product owner and QA-free team.",
    ],
    "nurse": [
        "Provided direct care to 5–6 patients per shift on a 32-bed medical-surgical unit.",
        "Gave medications and monitored vital signs for post-operative patients.",
        "Charted in Epic with strict {hipaa:HIPAA} privacy practice.",
        "Precepted nine new graduate nurses.",
        "Served on the unit falls-prevention committee; falls dropped 30% in a year.",
        "Taught patients and families about discharge care.",
    ],
    "accountant": [
        "Closed the monthly books for three entities within five working days.",
        "Prepared {financial-reporting:financial reports} for the board each quarter.",
        "Ran {sox:SOX} control testing for revenue and payables.",
        "Built the annual {budgeting:budgets} and rolling {forecasting:forecasts} for a $60M "
        "business unit.",
        "Reconciled 40 bank accounts each month in {erp:NetSuite}.",
        "Supported the year-end external review each January.",
    ],
    "construction": [
        "Managed construction of a $28M, four-storey medical office building from groundbreaking "
        "to handover.",
        "Ran {procurement:procurement} of steel, concrete and MEP packages.",
        "Administered {contract-management:subcontractor contracts} and variations worth $3.1M.",
        "Held weekly site meetings with the architect, owner and trades.",
        "Kept the job {budgeting:budget} within 1.5% of the bid.",
        "Kept the three-week look-ahead current in {ms-project:Microsoft Project}.",
        "Recorded zero lost-time incidents over 310,000 labour hours.",
        "Ran {risk-management:site risk assessments} with the safety officer.",
    ],
    "teacher": [
        "Taught mathematics to 150 students a year across grades 9–11.",
        "Organised the district science fair for 600 students and 40 volunteers.",
        "Wrote a new algebra curriculum adopted by four schools.",
    ],
    "events": [
        "Managed 30+ corporate events a year for up to 2,000 guests.",
        "Booked venues, catering and AV across eight cities.",
        "Kept event {budgeting:budgets} of up to $400K on track.",
    ],
    "support": [
        "Resolved 40+ tickets a day for 900 staff.",
        "Set up accounts and equipment for new starters.",
        "Wrote 60 how-to articles for the self-service portal.",
    ],
    "intern": [
        "Helped two project managers keep trackers current.",
        "Built a status tracker in Excel used by a team of 12.",
        "Sat in on weekly reviews and kept the action log.",
    ],
    "cs": [
        "Managed 45 enterprise-free mid-market accounts worth $6M in annual revenue.",
        "Ran quarterly business reviews with client heads of operations.",
        "Cut churn from 11% to 7% over two years.",
    ],
    "analyst": [
        "Prepared weekly status packs for four IT projects.",
        "Reconciled timesheets against the weekly plans every Friday.",
        "Kept the action and issue logs for the project office.",
    ],
    "engineer": [
        "Reviewed shop drawings and submittals for structural steel.",
        "Answered RFIs from site within 48 hours.",
        "Checked as-built drawings against the model before handover.",
    ],
}


def _clean_pools() -> None:
    """Tidy two pool lines whose wording was chosen only to dodge vocabulary."""
    POOLS["dev"][3] = "Wrote unit and component tests, raising coverage from 55% to 82%."
    POOLS["dev"][7] = "Worked in two-week {scrum:Scrum} iterations with a product owner."
    POOLS["cs"][0] = "Managed 45 mid-market accounts worth $6M in annual revenue."


_clean_pools()

# Pools for the remote-variety specs 47–58. They are new pools, not new lines in old ones:
# build() samples each pool with a seeded rng after removing used lines, so growing an existing
# pool would silently change the bullets (and labels) of the earlier résumés.
POOLS.update(
    {
        "remote_itpm": [
            "Ran the weekly {agile:Agile} review for a product group spread from Lisbon to "
            "Vancouver, recorded for whoever was off shift.",
            "Replaced three daily calls with {remote-teams:asynchronous written check-ins}, giving "
            "engineers back about four hours a week.",
            "Delivered a customer portal for a {saas:SaaS} payroll product to 3,000 client "
            "companies with a team of 11 that met in person once.",
            "Set core hours of 11:00–14:00 UTC so the {remote-teams:team across three continents} "
            "had one daily window for live calls.",
            "Used {zoom:Zoom} for weekly demos and short Loom videos for walkthroughs, cutting live "
            "call time by a third.",
            "Onboarded nine new engineers entirely online with a 30-day checklist and a buddy for "
            "each.",
            "Organised two in-person weeks a year for a {remote-teams:fully remote team} of 16 in "
            "Porto and Austin.",
            "Kept {slack:Slack} channels per client with a four-hour reply rule on working days.",
            "Tracked cycle time and escaped defects on a shared sheet read every Monday morning.",
            "Brought a {saas:SaaS} sign-up flow live in six weeks with freelance engineers in "
            "Poland and Argentina.",
            "Used {trello:Trello} for the client-facing board and {jira:Jira} for engineering "
            "work.",
        ],
        "distributed": [
            "Ran delivery with an {offshore-teams:offshore} {vendor-management:vendor team} of 22 developers in "
            "Pune and a nearshore test group in San José, Costa Rica.",
            "Set a daily 30-minute overlap call at 8:30 a.m. Eastern so the {remote-teams:teams in "
            "four} {time-zone-management:time zones} could hand work over cleanly.",
            "Cut overnight hand-off defects by 45% with one shared definition of done across the "
            "Atlanta, Pune and Kraków sites.",
            "Managed {contract-management:statements of work} for three nearshore partners worth "
            "$4.2M a year.",
            "Flew to Pune twice a year to onboard new engineers and reset ways of working.",
            "Tracked work for 60 people in five countries in {jira:Jira}, one board per site.",
            "Kept a follow-the-sun support rota covering 24 hours with no gaps for 18 months.",
            "Moved the weekly update to {confluence:Confluence} pages so the Manila group read it "
            "at the start of their day.",
            "{negotiation:Negotiated} a rate card with the Bogotá partner that saved $380K in the "
            "first year.",
            "Grew a {vendor-management:third-party} data-entry group in Manila from 12 to 30 "
            "people without missing a monthly close.",
        ],
        "hybrid_office": [
            "Kept in-office days for workshops and whiteboard sessions; heads-down work and "
            "check-ins ran from home.",
            "Delivered a warehouse scanning app for 14 distribution centres in 11 months.",
            "Ran {waterfall:waterfall} phases for the payroll replacement and two-week "
            "{scrum:Scrum} iterations for the web team.",
            "Kept a weekly {risk-management:risk log} with owners and due dates; 31 of 35 items "
            "closed before launch.",
            "Managed a {budgeting:$1.8M budget} across internal staff and two agencies.",
            "Moved the team from e-mail threads to {smartsheet:Smartsheet}, with one owner per "
            "line.",
            "Cut the time to fit out a new store's tills and Wi-Fi from ten days to four.",
            "Held a monthly on-site review with the heads of finance and operations.",
        ],
        "remote_nonit": [
            "Managed 40+ product launch campaigns a year for a {remote-teams:fully distributed} marketing group "
            "of 25.",
            "Ran the content calendar in {asana:Asana} for writers, illustrators and video editors "
            "in six countries.",
            "Kept campaign {budgeting:budgets} of up to $250K a quarter within 3% of plan.",
            "Cut the average time from brief to published landing page from 15 to 8 working days.",
            "Ran weekly creative reviews on {zoom:Zoom} and daily check-ins in {slack:Slack}.",
            "Organised three virtual customer conferences with 4,000+ registrants each.",
            "Hired and managed 30 freelance copywriters and translators for launches in 12 "
            "markets.",
            "Grew webinar attendance from 300 to 1,100 per session over two years.",
        ],
        "remote_coord": [
            "Kept the {asana:Asana} boards current for three IT project managers, all working "
            "from home.",
            "Took notes in weekly video calls and sent action items within the hour.",
            "Chased open actions in {jira:Jira} for a team working Eastern and Pacific hours.",
            "Shipped laptops and set up accounts for 20 new remote hires with the help desk.",
            "Tracked licence renewals for 18 {saas:SaaS} tools.",
            "Ran the weekly {zoom:Zoom} all-hands for a 45-person IT department.",
            "Kept the onboarding checklist current and cut new-starter setup from five days to "
            "two.",
        ],
    }
)


def contact(handle: str, city: str, phone: str) -> tuple[str, ...]:
    """Return contact lines with clearly fictional details."""
    return (f"{handle}@example.com", f"(555) {phone}", city, f"linkedin.com/in/{handle}")


H_CAPS = Headings()
H_COLON = Headings(
    "Profile:", "Work History:", "Core Skills:", "Certifications:", "Education:", upper=False
)
H_PLAIN = Headings("About", "Employment", "Tools", "Credentials", "Education", upper=False)
H_CAREER = Headings(
    "Professional Summary",
    "Career History",
    "Key Skills",
    "Licenses & Certifications",
    "Academic Background",
    upper=False,
)
H_EXP = Headings("Objective", "Experience", "Technical Skills", "Certificates", "Education")
H_REL = Headings(
    "Summary of Qualifications",
    "Relevant Experience",
    "Skills & Tools",
    "Professional Development",
    "Education & Training",
    upper=False,
)

J = Job


# ---------------------------------------------------------------- the set

SPECS: list[Spec] = [
    Spec(
        "01_general_itpm_onecolumn",
        "pdf1",
        "Marisol Quintero-Blake",
        contact("mquintero.blake", "Columbus, OH", "014-2231"),
        "IT Project Manager",
        "IT project manager with eight years of delivery in insurance and retail. Certified "
        "{pmp@held:PMP} since 2019.",
        (
            J(
                "IT Project Manager",
                "Harrowgate Mutual Insurance",
                "Columbus, OH",
                (2018, 1),
                "present",
                "mon",
                "itpm",
                4,
                pm=True,
            ),
            J(
                "Project Coordinator",
                "Brightwell Retail Group",
                "Dublin, OH",
                (2015, 6),
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
            "{agile:Agile}",
            "{waterfall:Waterfall}",
            "{risk-management:Risk management}",
        ),
        ("{pmp@held:Project Management Professional (PMP), PMI, 2019}",),
        (
            Edu(
                "B.S. Information Systems, Lakeshore State University, 2015",
                "bachelor",
                "computing",
            ),
        ),
        "pm",
        "General IT PM: 8.8 years IT PM, PMP held, common tools and methods.",
    ),
    Spec(
        "02_junior_coordinator_docx_header",
        "docx",
        "Tomasz Adeyemi",
        contact("tadeyemi", "Raleigh, NC", "017-8842"),
        "",
        "Project coordinator moving into IT project management. {capm@held:CAPM} certified (2024).",
        (
            J(
                "IT Project Coordinator",
                "Pinecrest Health IT Services",
                "Raleigh, NC",
                (2024, 7),
                "present",
                "mmyyyy",
                "coordinator",
                4,
            ),
            J(
                "Junior Project Manager",
                "Pinecrest Health IT Services",
                "Raleigh, NC",
                (2025, 9),
                "present",
                "mmyyyy",
                "itpm",
                2,
                pm=True,
                extra=("Took over two small office-software projects from a senior PM.",),
            ),
            J(
                "Project Management Intern",
                "Cardinal Software Co.",
                "Durham, NC",
                2023,
                2023,
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
            "{time-management:Time management}",
            "Excel",
        ),
        ("{capm@held:Certified Associate in Project Management (CAPM), 2024}",),
        (
            Edu(
                "B.S. Business Information Technology, Tidewater College, 2024",
                "bachelor",
                "computing",
            ),
        ),
        "coordinator",
        "Junior: coordinator since 07/2024 and junior PM since 09/2025 (overlap), "
        "CAPM, summer internship excluded.",
        headings=H_COLON,
    ),
    Spec(
        "03_senior_itpm_twocolumn",
        "pdf2",
        "Henrietta Vosburgh",
        contact("hvosburgh", "Minneapolis, MN", "019-3370"),
        "Senior IT Project Manager",
        "Senior IT project manager with 13 years running large projects for banks and "
        "insurers; {pmp@held:PMP} and {pmi-acp@held:PMI-ACP} certified.",
        (
            J(
                "Senior IT Project Manager",
                "Northstar Federal Bank",
                "Minneapolis, MN",
                (2018, 1),
                "present",
                "month_to",
                "itpm",
                5,
                pm=True,
                extra=("{negotiation:Negotiated} a 14% reduction on the managed print renewal.",),
            ),
            J(
                "IT Project Manager",
                "Granite Re Insurance",
                "St. Paul, MN",
                (2013, 4),
                (2017, 12),
                "month_to",
                "itpm",
                4,
                pm=True,
            ),
            J(
                "{systems-analysis:Business Analyst}",
                "Granite Re Insurance",
                "St. Paul, MN",
                (2010, 9),
                (2013, 3),
                "month_to",
                "ba",
                2,
            ),
        ),
        (
            "{stakeholder-management:Stakeholder management}",
            "{budgeting:Budgeting}",
            "{vendor-management:Vendor management}",
            "{agile:Agile}",
            "{waterfall:Waterfall}",
            "{hybrid:Hybrid delivery}",
            "{confluence:Confluence}",
            "{jira:Jira}",
            "{decision-making:Decision-making}",
            "{negotiation:Negotiation}",
        ),
        (
            "{pmp@held:PMP – Project Management Professional (2014)}",
            "{pmi-acp@held:PMI Agile Certified Practitioner (PMI-ACP), 2019}",
        ),
        (Edu("B.A. Economics, University of the Upper Midwest, 2010", "bachelor", "business"),),
        "pm",
        "Senior: 13.6 years IT PM after a BA role (not PM years), PMP and PMI-ACP.",
        headings=H_CAPS,
        layout="employer_first",
    ),
    Spec(
        "04_technical_pm_sidebar",
        "pdfside",
        "Rajani Okonkwo-Lindqvist",
        contact("rokonkwo", "Seattle, WA", "012-9047"),
        "Technical IT Project Manager",
        "Former {software-development:software engineer}, now a technical project manager for platform and "
        "{cloud-infrastructure:cloud} work. {pmp@held:PMP}; {aws-ccp@held:AWS Certified Cloud "
        "Practitioner}.",
        (
            J(
                "Technical Project Manager",
                "Cascadia Logistics Tech",
                "Seattle, WA",
                (2019, 7),
                "present",
                "iso",
                "techpm",
                6,
                pm=True,
            ),
            J(
                "{software-development:Software Engineer}",
                "Pugetline Payments",
                "Bellevue, WA",
                (2015, 3),
                (2019, 6),
                "iso",
                "dev",
                3,
            ),
        ),
        (
            "{jira:Jira}",
            "{github:GitHub}",
            "{ci-cd:CI/CD}",
            "{apis:APIs}",
            "{database-systems:SQL}",
            "{cloud-infrastructure:Cloud infrastructure}",
            "{aws:AWS}",
            "{sdlc:SDLC}",
            "{devops:DevOps}",
            "{scrum:Scrum}",
        ),
        ("{pmp@held:PMP, 2021}", "{aws-ccp@held:AWS Certified Cloud Practitioner, 2022}"),
        (Edu("B.S. Computer Science, Evergreen Polytechnic, 2015", "bachelor", "computing"),),
        "pm",
        "Technical: 7.3 years technical PM after 4.3 years as a developer; PMP, AWS CCP.",
        headings=H_EXP,
    ),
    Spec(
        "05_program_director_docx_table",
        "docx_table",
        "Augustin Fairweather-Nakamura",
        contact("afairweather", "Chicago, IL", "011-6604"),
        "IT Program Director",
        "IT program director with 16 years of delivery, the last nine running "
        "{program-management:program management} for ERP and finance platforms. "
        "{pmp@held:PMP} holder; {pgmp@in_progress:pursuing PgMP, expected 2027}.",
        (
            J(
                "Director, IT Program Management",
                "Lakeshore Consolidated Foods",
                "Chicago, IL",
                (2017, 5),
                "present",
                "mon",
                "programpm",
                7,
                pm=True,
            ),
            J(
                "Senior IT Project Manager",
                "Midway Freight Systems",
                "Chicago, IL",
                (2010, 2),
                (2017, 4),
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
            "{ms-project-online:MS Project Online}",
            "{forecasting:Forecasting}",
            "{financial-reporting:Financial reporting}",
            "{strategic-thinking:Strategic thinking}",
            "{roadmap-planning:Roadmap planning}",
            "{erp:ERP}",
        ),
        (
            "{pmp@held:PMP (PMI), 2011}",
            "{pgmp@in_progress:PgMP – application submitted, exam expected 2027}",
        ),
        (
            Edu("MBA, Great Lakes School of Business, 2012", "master", "business"),
            Edu(
                "B.S. Management Information Systems, Prairie State University, 2008",
                "bachelor",
                "computing",
            ),
        ),
        "program",
        "Program: 16.7 years IT PM, program director since 2017, PMP, PgMP in progress, MBA.",
        headings=H_CAREER,
    ),
    Spec(
        "06_remote_pm_txt",
        "txt",
        "Oluwaseun Bergström",
        contact("obergstrom", "Remote (Denver, CO)", "018-2290"),
        "Remote IT Project Manager",
        "IT project manager working from home for {saas:SaaS} companies since 2020. {pmp@held:PMP} "
        "certified.",
        (
            J(
                "IT Project Manager",
                "Driftwood Analytics",
                "Remote",
                (2022, 9),
                "present",
                "dotted",
                "remotepm",
                5,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Quillfeather Software",
                "Remote (US)",
                (2020, 9),
                (2022, 8),
                "dotted",
                "remotepm",
                4,
                pm=True,
            ),
            J(
                "IT Project Coordinator",
                "Front Range Credit Union",
                "Denver, CO",
                (2017, 5),
                (2020, 8),
                "dotted",
                "coordinator",
                3,
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
        ),
        ("{pmp@held:PMP, Project Management Institute, 2021}",),
        (Edu("B.A. English, Rocky Ridge College, 2017", "bachelor", "other"),),
        "pm",
        "Remote: 6.2 years remote IT PM, PMP, remote tool set.",
        headings=H_CAPS,
        bullet="-",
        extra=(("Languages", ("English, Yoruba, Swedish",)),),
    ),
]

SPECS += [
    Spec(
        "07_java_developer_nonpm",
        "pdf1",
        "Dmitri Achterberg",
        contact("dachterberg", "Austin, TX", "013-5521"),
        "Senior {software-development:Java Developer}",
        "{software-development:Java developer} with nine years building order and payment services.",
        (
            J(
                "Senior Java Developer",
                "Longhorn Commerce Labs",
                "Austin, TX",
                (2020, 2),
                "present",
                "mon",
                "dev",
                5,
            ),
            J(
                "Java Developer",
                "Bluebonnet Insurance Tech",
                "Austin, TX",
                (2017, 6),
                (2020, 1),
                "mon",
                "dev",
                3,
            ),
        ),
        (
            "{software-development:Java} 17",
            "{software-development:Spring Boot}",
            "{apis:REST APIs}",
            "{database-systems:PostgreSQL}",
            "{github:GitHub}",
            "{ci-cd:CI/CD}",
            "{cloud-infrastructure:Cloud}",
            "{aws:AWS}",
            "{scrum:Scrum}",
        ),
        ("AWS Certified Developer – Associate (2023)", "Oracle Certified Professional, Java SE 11"),
        (
            Edu(
                "B.S. Computer Science, Texas Hill Country University, 2017",
                "bachelor",
                "computing",
            ),
        ),
        "nonpm",
        "Non-PM: Java developer; AWS Developer Associate is not the Cloud Practitioner.",
        headings=H_EXP,
        skills_inline=True,
    ),
    Spec(
        "08_registered_nurse_nonpm",
        "docx",
        "Precious Abernathy-Oyelaran",
        contact("pabernathy", "Tucson, AZ", "016-7310"),
        "Registered Nurse (RN), BSN",
        "Registered nurse with ten years on medical-surgical and step-down units.",
        (
            J(
                "Registered Nurse",
                "Saguaro Regional Medical Center",
                "Tucson, AZ",
                (2019, 3),
                "present",
                "mmyyyy",
                "nurse",
                4,
                it=False,
            ),
            J(
                "Registered Nurse",
                "Desert Bloom Community Hospital",
                "Phoenix, AZ",
                (2016, 6),
                (2019, 2),
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
        ("Registered Nurse, Arizona State Board of Nursing", "ACLS, American Heart Association"),
        (Edu("Bachelor of Science in Nursing, Sonoran University, 2016", "bachelor", "other"),),
        "nonpm",
        "Non-PM: registered nurse.",
        headings=H_CAREER,
    ),
    Spec(
        "09_accountant_nonpm",
        "txt",
        "Wilhelmina Oduya",
        contact("woduya", "Hartford, CT", "015-4408"),
        "Senior Accountant, CPA",
        "CPA with eight years in corporate accounting.",
        (
            J(
                "Senior Accountant",
                "Charter Oak Manufacturing",
                "Hartford, CT",
                (2020, 4),
                "present",
                "mmyyyy",
                "accountant",
                5,
                it=False,
            ),
            J(
                "Staff Accountant",
                "Riverbend Advisors",
                "New Haven, CT",
                (2018, 6),
                (2020, 3),
                "mmyyyy",
                "accountant",
                1,
                it=False,
            ),
        ),
        (
            "{financial-reporting:Financial reporting}",
            "{sox:SOX}",
            "{erp:NetSuite}",
            "{budgeting:Budgeting}",
            "{forecasting:Forecasting}",
            "Excel",
        ),
        ("Certified Public Accountant (CPA), Connecticut",),
        (Edu("B.S. Accounting, Nutmeg State University, 2018", "bachelor", "business"),),
        "nonpm",
        "Non-PM: accountant with finance skills that overlap the program role.",
        headings=H_COLON,
        bullet="*",
    ),
    Spec(
        "10_construction_pm_nonit",
        "pdfside",
        "Bartholomew Ncube",
        contact("bncube", "Charlotte, NC", "019-8823"),
        "Construction Project Manager",
        "Construction project manager for healthcare and education buildings. {pmp@held:PMP}.",
        (
            J(
                "Construction Project Manager",
                "Piedmont Builders Group",
                "Charlotte, NC",
                (2016, 8),
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
                (2012, 6),
                (2016, 7),
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
        ("{pmp@held:PMP, 2018}", "OSHA 30-Hour Construction"),
        (Edu("B.S. Civil Engineering, Carolina Tech University, 2012", "bachelor", "engineering"),),
        "nonpm",
        "Construction PM: 10.3 PM years, no IT PM years; project engineer years are not "
        "PM years. Not an IT PM candidate.",
        headings=H_CAPS,
    ),
    Spec(
        "11_scrum_master_psm_csm",
        "pdf2",
        "Ines Castellanos-Whitby",
        contact("icastellanos", "Remote (Portland, OR)", "012-4470"),
        "Scrum Master",
        "Scrum master for product teams; {csm@held:Certified ScrumMaster} and Professional "
        "{scrum:Scrum} Master (PSM I).",
        (
            J(
                "Scrum Master",
                "Willamette Digital",
                "Remote",
                (2021, 1),
                "present",
                "mon",
                "scrummaster",
                5,
            ),
            J(
                "Scrum Master",
                "Cedar Ridge Software",
                "Portland, OR",
                (2018, 9),
                (2020, 12),
                "mon",
                "scrummaster",
                3,
            ),
            J(
                "Test Analyst",
                "Cedar Ridge Software",
                "Portland, OR",
                (2016, 5),
                (2018, 8),
                "mon",
                "support",
                2,
            ),
        ),
        (
            "{scrum:Scrum}",
            "{kanban:Kanban}",
            "{agile:Agile}",
            "{jira:Jira}",
            "{confluence:Confluence}",
            "{conflict-resolution:Conflict resolution}",
        ),
        ("{csm@held:CSM – Scrum Alliance, 2018}", "PSM I – Scrum.org, 2020"),
        (Edu("B.A. Psychology, Oregon Coast University, 2016", "bachelor", "other"),),
        "coordinator",
        "Scrum Master (not PM years), CSM held; PSM I is not a taxonomy "
        "certification; 5.8 years remote.",
        headings=H_PLAIN,
        fit={"junior": 2, "remote": 1},
    ),
]

SPECS += [
    Spec(
        "12_ba_to_itpm_career_change",
        "docx_table",
        "Kwabena Haraldsen",
        contact("kharaldsen", "Kansas City, MO", "014-0912"),
        "",
        "{systems-analysis:Business analyst} turned IT project manager (since 2024).",
        (
            J(
                "IT Project Manager",
                "Heartland Utilities",
                "Kansas City, MO",
                (2024, 6),
                "present",
                "mon",
                "itpm",
                4,
                pm=True,
            ),
            J(
                "{systems-analysis:Business Analyst}",
                "Heartland Utilities",
                "Kansas City, MO",
                (2019, 2),
                (2024, 5),
                "mon",
                "ba",
                4,
            ),
        ),
        (
            "{jira:Jira}",
            "{confluence:Confluence}",
            "{waterfall:Waterfall}",
            "{agile:Agile}",
            "{scrum:Scrum}",
            "{scope-management:Scope management}",
            "{communication:Communication}",
        ),
        ("{csm@held:Certified Scrum Master (CSM), 2022}",),
        (Edu("B.B.A. Finance, Missouri Valley University, 2018", "bachelor", "business"),),
        "pm",
        "Career changer: 5.3 BA years (not PM) then 2.4 IT PM years; CSM held.",
        headings=H_CAREER,
    ),
    Spec(
        "13_teacher_to_itpm_pmp_in_progress",
        "txt",
        "Saoirse Mbatha",
        contact("smbatha", "Albuquerque, NM", "011-3388"),
        "",
        "Former maths teacher, now an IT project manager. Currently preparing for the "
        "{pmp@in_progress:PMP} exam.",
        (
            J(
                "IT Project Manager",
                "Sandia Valley Schools District Office",
                "Albuquerque, NM",
                2023,
                "present",
                "year",
                "itpm",
                4,
                pm=True,
            ),
            J(
                "IT Project Coordinator",
                "Sandia Valley Schools District Office",
                "Albuquerque, NM",
                2021,
                2023,
                "year",
                "coordinator",
                3,
            ),
            J(
                "Mathematics Teacher",
                "Rio Grande High School",
                "Albuquerque, NM",
                2013,
                2021,
                "year",
                "teacher",
                3,
                it=False,
            ),
        ),
        (
            "{ms-project:MS Project}",
            "{smartsheet:Smartsheet}",
            "{kanban:Kanban}",
            "{prioritization:Prioritization}",
        ),
        ("{pmp@in_progress:PMP – exam preparation in progress (35 contact hours done)}",),
        (Edu("B.S. Mathematics Education, High Desert University, 2013", "bachelor", "other"),),
        "pm",
        "Career changer with year-only dates: IT PM 2023–present (3.4), coordinator and "
        "teacher years not PM; PMP in progress.",
        headings=H_REL,
        bullet="-",
    ),
    Spec(
        "14_expired_pmp_prince2",
        "pdf1",
        "Gunnar Achebe-Sørensen",
        contact("gachebe", "Boston, MA", "013-7716"),
        "IT Project Manager",
        "IT project manager with ten years in higher education and publishing systems. "
        "{prince2@held:PRINCE2 Practitioner}.",
        (
            J(
                "IT Project Manager",
                "Commonwealth Press Holdings",
                "Boston, MA",
                (2019, 10),
                "present",
                "mmyyyy",
                "itpm",
                5,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Bay Colony University",
                "Cambridge, MA",
                (2016, 6),
                (2019, 9),
                "mmyyyy",
                "itpm",
                3,
                pm=True,
            ),
            J(
                "{systems-analysis:Systems Analyst}",
                "Bay Colony University",
                "Cambridge, MA",
                (2012, 9),
                (2016, 5),
                "mmyyyy",
                "support",
                2,
            ),
        ),
        (
            "{ms-project:MS Project}",
            "{jira:Jira}",
            "{waterfall:Waterfall}",
            "{agile:Agile}",
            "{vendor-management:Vendor management}",
            "{budgeting:Budgeting}",
            "{leadership:Leadership}",
        ),
        ("{prince2@held:PRINCE2 Practitioner, AXELOS, 2020}", "{pmp@expired:PMP (expired 2019)}"),
        (Edu("B.A. History, Minuteman College, 2012", "bachelor", "other"),),
        "pm",
        "10.4 IT PM years; PMP expired 2019 so it must not count; PRINCE2 held.",
        headings=H_CAPS,
        layout="dates_first",
    ),
    Spec(
        "15_junior_pmp_not_yet_certified",
        "docx",
        "Yusuf Kowalczyk",
        contact("ykowalczyk", "Milwaukee, WI", "018-6619"),
        "",
        "Junior IT project manager; {scrum-fundamentals@held:Scrum Fundamentals Certified}. "
        "{pmp@negated:PMP}: not yet certified.",
        (
            J(
                "Junior IT Project Manager",
                "Brewtown Logistics",
                "Milwaukee, WI",
                (2025, 5),
                "present",
                "mon",
                "itpm",
                3,
                pm=True,
            ),
            J(
                "IT Support Specialist",
                "Brewtown Logistics",
                "Milwaukee, WI",
                (2022, 8),
                (2025, 4),
                "mon",
                "support",
                3,
            ),
        ),
        (
            "{asana:Asana}",
            "{jira:Jira}",
            "{scrum:Scrum}",
            "{agile:Agile}",
            "{time-management:Time management}",
            "Excel",
        ),
        ("{scrum-fundamentals@held:Scrum Fundamentals Certified (SFC), SCRUMstudy, 2025}",),
        (
            Edu(
                "B.S. Information Technology, Lake Michigan University, 2022",
                "bachelor",
                "computing",
            ),
        ),
        "entry",
        "Junior: 1.6 IT PM years after IT support; PMP negated ('not yet certified').",
        headings=H_CAPS,
    ),
    Spec(
        "16_new_grad_capm_candidate",
        "txt",
        "Amara Lindgren-Osei",
        contact("alindgren", "Madison, WI", "015-2207"),
        "",
        "Final-year student seeking a junior IT project manager role; {capm@in_progress:CAPM "
        "candidate} (exam booked for January 2027).",
        (
            J(
                "IT Project Management Intern",
                "Badger Mutual",
                "Madison, WI",
                2025,
                2025,
                "summer",
                "intern",
                3,
                intern=True,
            ),
            J(
                "IT Project Management Intern",
                "Capitol Health Software",
                "Madison, WI",
                2024,
                2024,
                "summer",
                "intern",
                2,
                intern=True,
            ),
            J(
                "Student IT Help Desk Assistant",
                "Four Lakes University",
                "Madison, WI",
                (2023, 9),
                (2025, 5),
                "mon",
                "support",
                2,
                intern=True,
            ),
        ),
        (
            "{trello:Trello}",
            "{asana:Asana}",
            "{agile:Agile}",
            "{scrum:Scrum}",
            "{collaboration:Collaboration}",
        ),
        ("{capm@in_progress:CAPM – in progress}",),
        (
            Edu(
                "B.S. Information Systems, Four Lakes University (expected May 2027)",
                "bachelor",
                "computing",
                done=False,
            ),
            Edu(
                "A.A.S. Computer Information Technology, Madison Area College, 2023",
                "associate",
                "computing",
            ),
        ),
        "entry",
        "New graduate: internships and a student job only (0 years); bachelor in "
        "progress so highest completed is the associate; CAPM in progress.",
        headings=H_COLON,
    ),
    Spec(
        "17_customer_success_to_itpm",
        "pdf2",
        "Felipe Ó Súilleabháin",
        contact("fosuilleabhain", "Nashville, TN", "017-1145"),
        "IT Project Manager",
        "IT project manager since 2024; before that a Customer Success Manager (CSM) for "
        "{saas:SaaS} accounts.",
        (
            J(
                "IT Project Manager",
                "Music Row Ticketing",
                "Nashville, TN",
                (2024, 3),
                "present",
                "mon",
                "itpm",
                4,
                pm=True,
            ),
            J(
                "Customer Success Manager",
                "Cumberland Apps",
                "Nashville, TN",
                (2019, 1),
                (2024, 2),
                "mon",
                "cs",
                3,
            ),
        ),
        (
            "{jira:Jira}",
            "{smartsheet:Smartsheet}",
            "{agile:Agile}",
            "{stakeholder-management:Stakeholder management}",
            "{saas:SaaS}",
        ),
        ("{pmp@held:PMP, 2025}",),
        (Edu("B.A. Marketing, Volunteer State University, 2018", "bachelor", "business"),),
        "pm",
        "Career changer: 2.7 IT PM years; 'Customer Success Manager (CSM)' is not the "
        "Certified ScrumMaster; PMP held.",
        headings=H_CAPS,
    ),
    Spec(
        "18_program_manager_safe_agilist",
        "docx_table",
        "Cordelia Ashgrove-Mensah",
        contact("cashgrove", "Atlanta, GA", "016-0094"),
        "IT Program Manager",
        "IT program manager with 12 years of delivery; {pmp@held:PMP} and SAFe Agilist.",
        (
            J(
                "IT Program Manager",
                "Peachtree Mutual",
                "Atlanta, GA",
                (2019, 2),
                "present",
                "mon",
                "programpm",
                5,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Southern Rail Systems",
                "Atlanta, GA",
                (2014, 6),
                (2019, 1),
                "mon",
                "itpm",
                4,
                pm=True,
            ),
        ),
        (
            "{program-management:Program management}",
            "{agile:Agile} at scale",
            "{ms-project:MS Project}",
            "{jira:Jira}",
            "{budgeting:Budgeting}",
            "{stakeholder-management:Stakeholder management}",
        ),
        ("{pmp@held:PMP, 2015}", "Certified SAFe 6 Agilist (SA), 2022"),
        (
            Edu(
                "B.S. Industrial Engineering, Georgia Coastal University, 2013",
                "bachelor",
                "engineering",
            ),
        ),
        "program",
        "Program: 12.4 IT PM years, program manager since 2019; SAFe Agilist is not "
        "the SAFe Program Consultant.",
        headings=H_CAREER,
    ),
    Spec(
        "19_project_engineer_to_itpm",
        "pdfside",
        "Haruto Delacroix-Ibekwe",
        contact("hdelacroix", "Houston, TX", "012-6651"),
        "IT Project Manager",
        "IT project manager in energy since 2022, after six years as a project engineer.",
        (
            J(
                "IT Project Manager",
                "Gulfport Energy Systems",
                "Houston, TX",
                (2022, 1),
                "present",
                "mmyyyy",
                "techpm",
                5,
                pm=True,
            ),
            J(
                "Project Engineer",
                "Bayou Process Engineering",
                "Houston, TX",
                (2016, 1),
                (2021, 12),
                "mmyyyy",
                "engineer",
                3,
                it=False,
            ),
        ),
        (
            "{jira:Jira}",
            "{ms-project:MS Project}",
            "{it-infrastructure:IT infrastructure}",
            "{waterfall:Waterfall}",
            "{risk-management:Risk management}",
        ),
        ("{pmp@held:PMP, 2020}",),
        (Edu("B.S. Chemical Engineering, Texas Gulf University, 2015", "bachelor", "engineering"),),
        "pm",
        "4.8 IT PM years; six years as Project Engineer are not PM years.",
        headings=H_EXP,
    ),
    Spec(
        "20_remote_overlapping_freelance",
        "txt",
        "Nadia Fontaine-Ruiz",
        contact("nfontaine", "Remote", "019-0037"),
        "",
        "IT project manager on {remote-teams:fully remote teams}; runs a small side practice.",
        (
            J(
                "Senior IT Project Manager (Remote)",
                "Tidewater Labs",
                "Remote",
                2019,
                "present",
                "todate",
                "remotepm",
                5,
                pm=True,
            ),
            J(
                "Freelance IT Project Manager",
                "Self-employed",
                "Remote",
                2021,
                2024,
                "year",
                "itpm",
                2,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Harbor Point Telecom",
                "Norfolk, VA",
                2014,
                2019,
                "year",
                "itpm",
                3,
                pm=True,
            ),
        ),
        (
            "{zoom:Zoom}",
            "{slack:Slack}",
            "{asana:Asana}",
            "{jira:Jira}",
            "{agile:Agile}",
            "{kanban:Kanban}",
        ),
        ("{pmp@held:PMP (2016)}",),
        (
            Edu(
                "B.S. Computer Engineering, Old Dominion Coast University, 2013",
                "bachelor",
                "engineering",
            ),
        ),
        "pm",
        "Remote: 2019 to date plus overlapping freelance 2021–2024 (merged); year-only "
        "dates; 12.4 IT PM years, 7.4 remote.",
        headings=H_CAPS,
        bullet="-",
    ),
    Spec(
        "21_devops_engineer_nonpm",
        "txt",
        "Lachlan Obi-Thorsen",
        contact("lobithorsen", "Raleigh, NC", "014-7762"),
        "DevOps Engineer",
        "{devops:DevOps} engineer for payment platforms.",
        (
            J(
                "DevOps Engineer",
                "Oak City Payments",
                "Raleigh, NC",
                (2020, 8),
                "present",
                "mon",
                "dev",
                4,
                extra=(
                    "Kept production {it-infrastructure:infrastructure} defined in {terraform:Terraform}.",
                ),
            ),
            J(
                "Systems Administrator",
                "Triangle Print Co.",
                "Cary, NC",
                (2017, 2),
                (2020, 7),
                "mon",
                "support",
                2,
            ),
        ),
        (
            "{devops:DevOps}",
            "{ci-cd:CI/CD}",
            "{github:GitHub}",
            "{cloud-infrastructure:Cloud}",
            "{aws:AWS}",
            "{apis:APIs}",
            "{database-systems:PostgreSQL}",
            "{terraform:Terraform}",
            "{kubernetes:Kubernetes}",
        ),
        (),
        (Edu("B.S. Information Technology, Wake Forest Tech, 2016", "bachelor", "computing"),),
        "nonpm",
        "Non-PM: DevOps engineer.",
        headings=H_PLAIN,
        skills_inline=True,
    ),
]

SPECS += [
    Spec(
        "22_senior_year_only_dates",
        "pdf2",
        "Evangeline Takahashi-Moore",
        contact("etakahashi", "Sacramento, CA", "011-9920"),
        "Senior IT Project Manager",
        "Senior IT project manager for state agencies; {pmp@held:PMP} since 2013.",
        (
            J(
                "Senior IT Project Manager",
                "California Water Board",
                "Sacramento, CA",
                2020,
                "present",
                "year",
                "itpm",
                5,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Golden State Licensing Office",
                "Sacramento, CA",
                2016,
                2020,
                "year",
                "itpm",
                4,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Delta Transit Authority",
                "Stockton, CA",
                2012,
                2016,
                "year",
                "itpm",
                3,
                pm=True,
            ),
        ),
        (
            "{waterfall:Waterfall}",
            "{agile:Agile}",
            "{ms-project:MS Project}",
            "{smartsheet:Smartsheet}",
            "{procurement:Procurement}",
            "{vendor-management:Vendor management}",
            "{leadership:Leadership}",
        ),
        ("{pmp@held:Project Management Professional (PMP), 2013}",),
        (
            Edu("B.A. Public Administration, Capitol City University, 2010", "bachelor", "other"),
            Edu(
                "M.S. Information Systems, Sierra Foothills University, 2014", "master", "computing"
            ),
        ),
        "pm",
        "Senior with year-only dates: 2012–2016–2020–Present = 14.4 IT PM years; master's "
        "in information systems.",
        headings=H_CAPS,
    ),
    Spec(
        "23_apostrophe_year_dates",
        "docx",
        "Kofi Vandermeer",
        contact("kvandermeer", "Pittsburgh, PA", "018-4451"),
        "",
        "IT project manager in manufacturing systems; {pmp@held:PMP}.",
        (
            J(
                "IT Project Manager",
                "Three Rivers Steelworks",
                "Pittsburgh, PA",
                (2021, 9),
                "present",
                "mon",
                "itpm",
                4,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Allegheny Valve Co.",
                "Erie, PA",
                2018,
                2021,
                "apos",
                "itpm",
                3,
                pm=True,
            ),
            J(
                "Project Analyst",
                "Allegheny Valve Co.",
                "Erie, PA",
                2015,
                2018,
                "apos",
                "analyst",
                2,
            ),
        ),
        (
            "{ms-project:MS Project}",
            "{jira:Jira}",
            "{erp:SAP}",
            "{waterfall:Waterfall}",
            "{risk-management:Risk management}",
        ),
        ("{pmp@held:PMP, 2019}",),
        (
            Edu(
                "B.S. Mechanical Engineering, Keystone Polytechnic, 2015", "bachelor", "engineering"
            ),
        ),
        "pm",
        "Dates '18 – '21 and '15 – '18 (year-only); project analyst years are not PM years; "
        "8.2 IT PM years.",
        headings=H_CAPS,
        layout="dates_first",
    ),
    Spec(
        "24_summer_intern_to_technical_pm",
        "pdf1",
        "Zainab Castellano",
        contact("zcastellano", "San Jose, CA", "017-3302"),
        "Technical Project Manager",
        "Technical project manager for {apis:API} platforms; started as a summer intern in 2019.",
        (
            J(
                "Technical Project Manager",
                "Almaden Payments",
                "San Jose, CA",
                (2022, 4),
                "present",
                "mon",
                "techpm",
                5,
                pm=True,
            ),
            J(
                "Associate Software Engineer",
                "Almaden Payments",
                "San Jose, CA",
                (2020, 7),
                (2022, 3),
                "mon",
                "dev",
                3,
            ),
            J(
                "Software Engineering Intern",
                "Almaden Payments",
                "San Jose, CA",
                2019,
                2019,
                "summer",
                "intern",
                2,
                intern=True,
            ),
        ),
        (
            "{jira:Jira}",
            "{github:GitHub}",
            "{ci-cd:CI/CD}",
            "{apis:APIs}",
            "{cloud-infrastructure:Cloud infrastructure}",
            "{scrum:Scrum}",
            "{sdlc:SDLC}",
        ),
        ("{csm@held:Certified ScrumMaster (CSM), 2022}",),
        (
            Edu(
                "B.S. {software-development:Software Engineering}, Santa Clara Valley University, 2020",
                "bachelor",
                "computing",
            ),
        ),
        "pm",
        "Summer 2019 internship excluded; 1.7 developer years + 4.6 technical PM years; no PMP.",
        headings=H_CAPS,
        layout="employer_first",
    ),
    Spec(
        "25_skill_typos",
        "docx",
        "Mercedes Oyelowo-Lund",
        contact("moyelowo", "Indianapolis, IN", "013-2284"),
        "",
        "IT project manager for retail systems; {pmp@held:PMP} certified.",
        (
            J(
                "IT Project Manager",
                "Crossroads Retail Co.",
                "Indianapolis, IN",
                (2019, 5),
                "present",
                "mon",
                "itpm",
                3,
                pm=True,
                extra=(
                    "Kept team pages in {confluence~:Confluance} and tasks in "
                    "{jira:Atlasian Jira}.",
                    "Tracked store work in {smartsheet~:Smartsheets}.",
                ),
            ),
            J(
                "IT Project Coordinator",
                "Hoosier Grocers",
                "Carmel, IN",
                (2016, 3),
                (2019, 4),
                "mon",
                "coordinator",
                2,
            ),
        ),
        (
            "{ms-project~:Microsft Project}",
            "{smartsheet~:Smartsheets}",
            "{confluence~:Confluance}",
            "{jira:Atlasian Jira}",
            "{agile:Agile}",
        ),
        ("{pmp@held:PMP, 2020}",),
        (
            Edu(
                "B.S. Computer Information Systems, Hoosier State University, 2016",
                "bachelor",
                "computing",
            ),
        ),
        "pm",
        "Typos that are still evidence: Confluance, Smartsheets, Atlasian Jira, Microsft "
        "Project; 7.5 IT PM years.",
        headings=H_CAPS,
    ),
    Spec(
        "26_near_miss_confluence_slack",
        "pdf1",
        "Ambrose Nakashima-Quaye",
        contact("anakashima", "Richmond, VA", "016-5517"),
        "IT Project Manager",
        "IT project manager. A confluence of factors — a merger and a new CIO — moved me from "
        "finance systems into project delivery.",
        (
            J(
                "IT Project Manager",
                "James River Bancorp",
                "Richmond, VA",
                (2020, 11),
                "present",
                "mon",
                "itpm",
                4,
                pm=True,
                extra=("Kept two weeks of slack time in every quarter's work plan.",),
            ),
            J(
                "Finance {systems-analysis:Systems Analyst}",
                "James River Bancorp",
                "Richmond, VA",
                (2017, 1),
                (2020, 10),
                "mon",
                "support",
                2,
            ),
        ),
        ("{ms-project:MS Project}", "{waterfall:Waterfall}", "{budgeting:Budgeting}", "{sox:SOX}"),
        ("{pmp@held:PMP, 2021}",),
        (Edu("B.S. Finance, Old Dominion State University, 2016", "bachelor", "business"),),
        "pm",
        "Near-misses: 'a confluence of factors' (not Confluence), 'slack time' (not Slack); "
        "6.0 IT PM years.",
        headings=H_CAPS,
    ),
    Spec(
        "27_near_miss_hybrid_cloud",
        "pdfside",
        "Ingrid Oyelaran-Pike",
        contact("ioyelaran", "Phoenix, AZ", "014-8808"),
        "Technical IT Project Manager",
        "Technical project manager for infrastructure teams.",
        (
            J(
                "Technical IT Project Manager",
                "Copper State Health",
                "Phoenix, AZ",
                (2018, 2),
                "present",
                "mon",
                "techpm",
                5,
                pm=True,
                extra=(
                    "Moved 60 services onto a {cloud-infrastructure:hybrid cloud} split between "
                    "two sites and {azure:Azure}.",
                ),
            ),
            J(
                "Systems Engineer",
                "Copper State Health",
                "Phoenix, AZ",
                (2013, 7),
                (2018, 1),
                "mon",
                "support",
                2,
                extra=("Ran the {it-infrastructure:data centre} hardware refresh.",),
            ),
        ),
        (
            "{cloud-infrastructure:Cloud infrastructure}",
            "{azure:Azure}",
            "{it-infrastructure:IT infrastructure}",
            "{jira:Jira}",
            "{devops:DevOps}",
            "{hipaa:HIPAA}",
        ),
        ("{pmp@held:PMP, 2019}",),
        (
            Edu(
                "B.S. Computer Science, Grand Canyon Technical University, 2013",
                "bachelor",
                "computing",
            ),
        ),
        "pm",
        "Near-miss: 'hybrid cloud' is cloud infrastructure, not the hybrid method; 8.8 "
        "technical PM years.",
        headings=H_CAPS,
    ),
    Spec(
        "28_near_miss_msps",
        "txt",
        "Rosalind Achterberg-Diallo",
        contact("rachterberg", "Omaha, NE", "011-4426"),
        "",
        "IT project manager for a regional hospital group's infrastructure.",
        (
            J(
                "IT Project Manager",
                "Platte River Health",
                "Omaha, NE",
                (2019, 8),
                "present",
                "iso",
                "techpm",
                3,
                pm=True,
                extra=(
                    "Coordinated two MSPs that run the help desk and the {it-infrastructure:"
                    "network infrastructure}.",
                ),
            ),
            J(
                "IT Project Manager",
                "Cornhusker Mutual",
                "Lincoln, NE",
                (2016, 2),
                (2019, 7),
                "iso",
                "itpm",
                3,
                pm=True,
            ),
        ),
        (
            "{jira:Jira}",
            "{it-infrastructure:IT infrastructure}",
            "{vendor-management:Vendor management}",
            "{waterfall:Waterfall}",
        ),
        ("{pmp@held:PMP, 2018}",),
        (
            Edu(
                "B.S. Information Technology, Great Plains University, 2015",
                "bachelor",
                "computing",
            ),
        ),
        "pm",
        "Near-miss: 'MSPs' (managed service providers) is not MS Project; 10.8 IT PM years.",
        headings=H_CAPS,
        bullet="*",
    ),
    Spec(
        "29_program_manager_safe_spc",
        "pdf2",
        "Thaddeus Ikemefuna-Larsson",
        contact("tikemefuna", "Dallas, TX", "019-6643"),
        "IT Program Manager",
        "IT program manager for airline systems; {pmp@held:PMP}, {safe-spc@held:SAFe Program "
        "Consultant (SPC)}.",
        (
            J(
                "IT Program Manager",
                "Lone Star Airways",
                "Dallas, TX",
                (2018, 3),
                "present",
                "mon",
                "programpm",
                6,
                pm=True,
            ),
            J(
                "Senior IT Project Manager",
                "Trinity Rail Holdings",
                "Fort Worth, TX",
                (2013, 1),
                (2018, 2),
                "mon",
                "itpm",
                4,
                pm=True,
            ),
        ),
        (
            "{program-management:Program management}",
            "{portfolio-management:Portfolio management}",
            "{agile:Agile}",
            "{forecasting:Forecasting}",
            "{roadmap-planning:Roadmap planning}",
            "{negotiation:Negotiation}",
            "{strategic-thinking:Strategic thinking}",
        ),
        ("{pmp@held:PMP, 2014}", "{safe-spc@held:SAFe 6 Practice Consultant (SPC), 2023}"),
        (
            Edu(
                "M.S. Information Technology Management, Lone Star University, 2012",
                "master",
                "computing",
            ),
            Edu("B.B.A. Management, North Texas College, 2009", "bachelor", "business"),
        ),
        "program",
        "Program: 13.8 IT PM years, program manager since 2018, PMP and SAFe SPC held.",
        headings=H_CAPS,
    ),
    Spec(
        "30_pmo_director_pmp_lapsed_pgmp",
        "docx_table",
        "Philippa Nwachukwu-Stone",
        contact("pnwachukwu", "Philadelphia, PA", "015-9981"),
        "Director of the {pmo:PMO}",
        "Head of a 20-person project office. {pgmp@held:PgMP} holder; my {pmp@expired:PMP} "
        "lapsed in 2021.",
        (
            J(
                "Director, {pmo:Project Management Office}",
                "Independence Square Health Plans",
                "Philadelphia, PA",
                (2017, 1),
                "present",
                "mon",
                "programpm",
                6,
                pm=True,
            ),
            J(
                "IT Program Manager",
                "Keystone Telecom",
                "King of Prussia, PA",
                (2011, 5),
                (2016, 12),
                "mon",
                "programpm",
                4,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Keystone Telecom",
                "King of Prussia, PA",
                (2007, 8),
                (2011, 4),
                "mon",
                "itpm",
                3,
                pm=True,
            ),
        ),
        (
            "{portfolio-management:Portfolio management}",
            "{program-management:Program management}",
            "{planview:Planview}",
            "{financial-reporting:Financial reporting}",
            "{change-management:Change management}",
            "{leadership:Leadership}",
        ),
        ("{pgmp@held:Program Management Professional (PgMP), 2016}", "{pmp@expired:PMP – lapsed}"),
        (
            Edu("MBA, Schuylkill School of Management, 2010", "master", "business"),
            Edu("B.S. Computer Science, Brandywine University, 2006", "bachelor", "computing"),
        ),
        "program",
        "PMO director 19.3 IT PM years; PgMP held but PMP lapsed (program role requires PMP).",
        headings=H_CAREER,
    ),
    Spec(
        "31_junior_scrum_fundamentals",
        "txt",
        "Teodoro Mwangi-Hale",
        contact("tmwangi", "Boise, ID", "012-3319"),
        "",
        "Junior IT project manager for a software reseller. "
        "{scrum-fundamentals@held:Scrum Fundamentals Certified}.",
        (
            J(
                "Junior IT Project Manager",
                "Treasure Valley Software",
                "Boise, ID",
                (2024, 10),
                "present",
                "mmyyyy",
                "itpm",
                3,
                pm=True,
            ),
            J(
                "IT Project Coordinator",
                "Treasure Valley Software",
                "Boise, ID",
                (2023, 6),
                (2024, 9),
                "mmyyyy",
                "coordinator",
                3,
            ),
        ),
        (
            "{asana:Asana}",
            "{trello:Trello}",
            "{scrum:Scrum}",
            "{kanban:Kanban}",
            "{communication:Communication}",
        ),
        ("{scrum-fundamentals@held:Scrum Fundamentals Certified (SCRUMstudy), 2024}",),
        (
            Edu(
                "B.S. Business Administration, Snake River University, 2023", "bachelor", "business"
            ),
        ),
        "entry",
        "Junior: 2.1 IT PM years after a coordinator year; Scrum Fundamentals held.",
        headings=H_COLON,
        skills_inline=True,
    ),
    Spec(
        "32_remote_senior_pmp_rmp",
        "pdfside",
        "Anneliese Okafor-Quist",
        contact("aokafor", "Remote (Tampa, FL)", "017-0028"),
        "Remote Senior IT Project Manager",
        "Senior IT project manager; {remote-teams:fully remote} since 2020. {pmp@held:PMP} and "
        "{rmp@held:Remote Project Management (RMP)} certified.",
        (
            J(
                "Senior IT Project Manager",
                "Gulfstream SaaS Billing",
                "Remote",
                (2020, 4),
                "present",
                "mon",
                "remotepm",
                6,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Suncoast Insurance",
                "Tampa, FL",
                (2017, 1),
                (2020, 3),
                "mon",
                "itpm",
                3,
                pm=True,
            ),
        ),
        (
            "{zoom:Zoom}",
            "{slack:Slack}",
            "{jira:Jira}",
            "{clickup:ClickUp}",
            "{kanban:Kanban}",
            "{agile:Agile}",
            "{saas:SaaS}",
        ),
        ("{pmp@held:PMP, 2018}", "{rmp@held:RMP – Remote Project Management, 2021}"),
        (Edu("B.S. Information Technology, Gulf Coast University, 2016", "bachelor", "computing"),),
        "pm",
        "Remote: 6.6 remote IT PM years of 9.8; PMP and RMP held.",
        headings=H_CAPS,
    ),
    Spec(
        "33_healthcare_itpm_hipaa",
        "docx",
        "Desmond Ferreira-Nakagawa",
        contact("dferreira", "Cleveland, OH", "014-6650"),
        "",
        "IT project manager for hospital systems; {pmp@held:PMP}.",
        (
            J(
                "IT Project Manager",
                "Lake Erie Clinics",
                "Cleveland, OH",
                (2019, 6),
                "present",
                "mon",
                "itpm",
                4,
                pm=True,
                extra=(
                    "Ran the {hipaa:HIPAA} review for a new patient portal.",
                    "Managed the {system-integration:integration} of lab results into Epic.",
                ),
            ),
            J(
                "IT Project Manager",
                "Cuyahoga Imaging Centers",
                "Akron, OH",
                (2017, 9),
                (2019, 5),
                "mon",
                "itpm",
                3,
                pm=True,
            ),
        ),
        (
            "{hipaa:HIPAA}",
            "{ms-project:MS Project}",
            "{jira:Jira}",
            "{waterfall:Waterfall}",
            "{vendor-management:Vendor management}",
        ),
        ("{pmp@held:PMP, 2018}",),
        (Edu("B.S. Health Informatics, Buckeye University, 2016", "bachelor", "computing"),),
        "pm",
        "Healthcare IT PM: 9.2 IT PM years, HIPAA, PMP.",
        headings=H_CAPS,
    ),
    Spec(
        "34_fintech_itpm_sox_gdpr",
        "pdf2",
        "Ottilie Banerjee-Hughes",
        contact("obanerjee", "Charlotte, NC", "013-0871"),
        "IT Project Manager",
        "IT project manager in payments; {prince2@held:PRINCE2} certified.",
        (
            J(
                "IT Project Manager",
                "Queen City Payments",
                "Charlotte, NC",
                (2020, 10),
                "present",
                "mon",
                "itpm",
                4,
                pm=True,
                extra=(
                    "Ran the {gdpr:GDPR} readiness project for EU card holders.",
                    "Kept {sox:SOX} control evidence current for three product drops a year.",
                ),
            ),
            J(
                "IT Project Manager",
                "Uptown Card Services",
                "Charlotte, NC",
                (2019, 1),
                (2020, 9),
                "mon",
                "itpm",
                2,
                pm=True,
            ),
            J(
                "{systems-analysis:Business Analyst}",
                "Uptown Card Services",
                "Charlotte, NC",
                (2016, 6),
                (2018, 12),
                "mon",
                "ba",
                2,
            ),
        ),
        (
            "{sox:SOX}",
            "{gdpr:GDPR}",
            "{jira:Jira}",
            "{agile:Agile}",
            "{hybrid:Hybrid}",
            "{risk-management:Risk management}",
        ),
        ("{prince2@held:PRINCE2 Foundation and Practitioner, 2019}",),
        (Edu("B.S. Economics, Carolina Piedmont University, 2016", "bachelor", "business"),),
        "pm",
        "Fintech IT PM: 7.8 IT PM years, SOX and GDPR, PRINCE2 held, no PMP.",
        headings=H_CAPS,
    ),
]

SPECS += [
    Spec(
        "35_data_engineer_nonpm",
        "docx_table",
        "Beatriz Olawale-Kerr",
        contact("bolawale", "Denver, CO", "018-3356"),
        "Data Engineer",
        "Data engineer building warehouse loads for retail analytics.",
        (
            J(
                "Data Engineer",
                "Mile High Outfitters",
                "Denver, CO",
                (2021, 3),
                "present",
                "mon",
                "dev",
                3,
                extra=(
                    "Modelled sales tables in the {database-systems:Snowflake data warehouse}.",
                ),
            ),
            J(
                "Data Analyst",
                "Front Range Grocers",
                "Boulder, CO",
                (2018, 7),
                (2021, 2),
                "mon",
                "support",
                2,
            ),
        ),
        (
            "{software-development:Python}",
            "dbt",
            "{database-systems:SQL}",
            "{cloud-infrastructure:Cloud}",
            "{aws:AWS}",
            "{github:GitHub}",
            "{ci-cd:CI/CD}",
            "Airflow",
        ),
        (),
        (Edu("M.S. Data Science, Rocky Mountain University, 2018", "master", "computing"),),
        "nonpm",
        "Non-PM: data engineer with a master's.",
        headings=H_PLAIN,
    ),
    Spec(
        "36_events_pm_to_itpm",
        "docx",
        "Valentina Adebayo-Fitzgerald",
        contact("vadebayo", "Orlando, FL", "016-2245"),
        "",
        "Project manager who moved from corporate events into IT projects in 2024.",
        (
            J(
                "IT Project Manager",
                "Sunshine Resorts Group",
                "Orlando, FL",
                (2024, 2),
                "present",
                "mon",
                "itpm",
                4,
                pm=True,
            ),
            J(
                "Events Project Manager",
                "Magnolia Conference Co.",
                "Orlando, FL",
                (2017, 3),
                (2024, 1),
                "mon",
                "events",
                3,
                pm=True,
                it=False,
            ),
        ),
        (
            "{smartsheet:Smartsheet}",
            "{trello:Trello}",
            "{budgeting:Budgeting}",
            "{vendor-management:Vendor management}",
            "{negotiation:Negotiation}",
        ),
        ("{capm@held:CAPM, 2023}",),
        (
            Edu(
                "B.S. Hospitality Management, Central Florida College, 2016", "bachelor", "business"
            ),
        ),
        "pm",
        "Career changer: 6.8 PM years in events (not IT) then 2.8 IT PM years; CAPM held.",
        headings=H_CAPS,
    ),
    Spec(
        "37_erp_program_manager",
        "pdfside",
        "Sebastián Olufemi-Harrington",
        contact("solufemi", "Detroit, MI", "011-7783"),
        "ERP Program Manager",
        "ERP program manager with 15 years in manufacturing IT; {pmp@held:PMP}.",
        (
            J(
                "ERP Program Manager",
                "Great Lakes Automotive Parts",
                "Detroit, MI",
                (2016, 9),
                "present",
                "mon",
                "programpm",
                6,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Motor City Castings",
                "Dearborn, MI",
                (2011, 4),
                (2016, 8),
                "mon",
                "itpm",
                4,
                pm=True,
            ),
        ),
        (
            "{erp:SAP S/4HANA}",
            "{program-management:Program management}",
            "{ms-project:MS Project}",
            "{ms-project-online:MS Project Online}",
            "{budgeting:Budgeting}",
            "{forecasting:Forecasting}",
            "{change-management:Change management}",
        ),
        ("{pmp@held:PMP, 2012}",),
        (
            Edu(
                "B.S. Manufacturing Engineering, Wolverine Technical University, 2010",
                "bachelor",
                "engineering",
            ),
        ),
        "program",
        "Program: ERP program manager, 15.6 IT PM years, PMP.",
        headings=H_CAPS,
    ),
    Spec(
        "38_technical_pm_doctorate",
        "pdf1",
        "Ngozi Halvorsen-Tran",
        contact("nhalvorsen", "Pittsburgh, PA", "019-2214"),
        "Technical Project Manager",
        "Technical project manager with a doctorate in computer science; {pmp@held:PMP}.",
        (
            J(
                "Technical Project Manager",
                "Steel City Robotics",
                "Pittsburgh, PA",
                (2021, 1),
                "present",
                "month_to",
                "techpm",
                6,
                pm=True,
            ),
            J(
                "Research {software-development:Software Engineer}",
                "Allegheny Institute of Technology",
                "Pittsburgh, PA",
                (2017, 9),
                (2020, 12),
                "month_to",
                "dev",
                3,
            ),
        ),
        (
            "{jira:Jira}",
            "{github:GitHub}",
            "{ci-cd:CI/CD}",
            "{apis:APIs}",
            "{cloud-infrastructure:Cloud infrastructure}",
            "{sdlc:SDLC}",
        ),
        ("{pmp@held:PMP, 2022}",),
        (
            Edu(
                "Ph.D. Computer Science, Allegheny Institute of Technology, 2017",
                "doctorate",
                "computing",
            ),
            Edu("B.S. Physics, Ohio Valley University, 2011", "bachelor", "other"),
        ),
        "pm",
        "Technical: 5.8 technical PM years after research software work; doctorate.",
        headings=H_CAPS,
        layout="employer_first",
    ),
    Spec(
        "39_masters_project_management",
        "txt",
        "Cassius Mahlangu-Petersen",
        contact("cmahlangu", "Baltimore, MD", "015-6612"),
        "",
        "IT project manager with a master's in project management; {pmp@held:PMP}.",
        (
            J(
                "IT Project Manager",
                "Chesapeake Shipping Lines",
                "Baltimore, MD",
                (2022, 8),
                "present",
                "month_to",
                "itpm",
                4,
                pm=True,
            ),
            J(
                "IT Project Coordinator",
                "Harbor East Insurance",
                "Baltimore, MD",
                (2020, 1),
                (2022, 7),
                "month_to",
                "coordinator",
                3,
            ),
        ),
        (
            "{ms-project:MS Project}",
            "{jira:Jira}",
            "{agile:Agile}",
            "{waterfall:Waterfall}",
            "{resource-planning:Resource planning}",
        ),
        ("{pmp@held:PMP, 2023}",),
        (
            Edu(
                "M.S. Project Management, Chesapeake University, 2019",
                "master",
                "project_management",
            ),
            Edu("B.A. Sociology, Chesapeake University, 2017", "bachelor", "other"),
        ),
        "pm",
        "4.3 IT PM years after coordinating; master's in project management.",
        headings=H_CAPS,
    ),
    Spec(
        "40_associate_degree_help_desk_up",
        "docx_table",
        "Ruthanne Obiora",
        contact("robiora", "Louisville, KY", "017-9930"),
        "",
        "IT project manager who started on the help desk; {pmp@held:PMP}.",
        (
            J(
                "IT Project Manager",
                "Bluegrass Distilling Co.",
                "Louisville, KY",
                (2017, 1),
                "present",
                "mmyyyy",
                "itpm",
                5,
                pm=True,
            ),
            J(
                "IT Project Coordinator",
                "Bluegrass Distilling Co.",
                "Louisville, KY",
                (2014, 6),
                (2016, 12),
                "mmyyyy",
                "coordinator",
                2,
            ),
            J(
                "Help Desk Technician",
                "Derby City Schools",
                "Louisville, KY",
                (2011, 8),
                (2014, 5),
                "mmyyyy",
                "support",
                2,
            ),
        ),
        (
            "{ms-project:MS Project}",
            "{smartsheet:Smartsheet}",
            "{waterfall:Waterfall}",
            "{kanban:Kanban}",
            "{delegation:Delegation}",
        ),
        ("{pmp@held:PMP, 2018}",),
        (
            Edu(
                "A.A.S. Computer Support Technology, Jefferson Community College, 2011",
                "associate",
                "computing",
            ),
        ),
        "pm",
        "9.8 IT PM years; associate degree only.",
        headings=H_CAREER,
    ),
    Spec(
        "41_no_degree_pmp_csm",
        "txt",
        "Emeka Lindqvist-Barrow",
        contact("elindqvist", "Salt Lake City, UT", "012-8845"),
        "",
        "IT project manager without a degree; {pmp@held:PMP} and {csm@held:CSM}.",
        (
            J(
                "IT Project Manager",
                "Wasatch Outdoor Retail",
                "Salt Lake City, UT",
                (2020, 5),
                "present",
                "mon",
                "itpm",
                4,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Beehive Credit Union",
                "Provo, UT",
                (2018, 11),
                (2020, 4),
                "mon",
                "itpm",
                2,
                pm=True,
            ),
            J(
                "Store Systems Technician",
                "Wasatch Outdoor Retail",
                "Salt Lake City, UT",
                (2013, 3),
                (2018, 10),
                "mon",
                "support",
                2,
            ),
        ),
        (
            "{jira:Jira}",
            "{scrum:Scrum}",
            "{agile:Agile}",
            "{trello:Trello}",
            "{conflict-resolution:Conflict resolution}",
        ),
        ("{pmp@held:PMP, 2020}", "{csm@held:Certified ScrumMaster, 2019}"),
        (Edu("High school diploma, Granite High School, 2012", "none", ""),),
        "pm",
        "8.0 IT PM years, no degree, PMP and CSM.",
        headings=H_CAPS,
        bullet="-",
    ),
    Spec(
        "42_remote_junior_capm",
        "docx",
        "Imogen Achebe-Valdez",
        contact("iachebe", "Remote (Spokane, WA)", "014-5573"),
        "",
        "Junior IT project manager on a {remote-teams:remote team}; {capm@held:CAPM}.",
        (
            J(
                "Junior IT Project Manager",
                "Inland Empire SaaS Co.",
                "Remote",
                (2025, 4),
                "present",
                "mon",
                "remotepm",
                4,
                pm=True,
            ),
            J(
                "Marketing Assistant",
                "Lilac City Events",
                "Spokane, WA",
                (2023, 6),
                (2025, 3),
                "mon",
                "events",
                1,
                it=False,
            ),
        ),
        ("{slack:Slack}", "{zoom:Zoom}", "{trello:Trello}", "{asana:Asana}", "{kanban:Kanban}"),
        ("{capm@held:CAPM (PMI), 2025}",),
        (Edu("B.A. Business, Eastern Washington College, 2023", "bachelor", "business"),),
        "entry",
        "Junior remote: 1.6 remote IT PM years, CAPM.",
        headings=H_CAPS,
    ),
    Spec(
        "43_pmp_exam_scheduled_mba_in_progress",
        "pdf2",
        "Florian Nakamura-Osei",
        contact("fnakamura", "San Diego, CA", "018-1120"),
        "IT Project Manager",
        "IT project manager for defence firms. {pmp@in_progress:PMP candidate, exam "
        "scheduled March 2027}.",
        (
            J(
                "IT Project Manager",
                "Coronado Systems Group",
                "San Diego, CA",
                (2021, 6),
                "present",
                "mon",
                "itpm",
                4,
                pm=True,
            ),
            J(
                "IT Project Coordinator",
                "Point Loma Avionics",
                "San Diego, CA",
                (2018, 9),
                (2021, 5),
                "mon",
                "coordinator",
                2,
            ),
        ),
        (
            "{ms-project:MS Project}",
            "{jira:Jira}",
            "{waterfall:Waterfall}",
            "{risk-management:Risk management}",
            "{scope-management:Scope management}",
        ),
        ("{pmp@in_progress:PMP – exam scheduled March 2027}",),
        (
            Edu(
                "MBA, Pacific Coast School of Business (in progress, expected 2027)",
                "master",
                "business",
                done=False,
            ),
            Edu("B.S. Information Systems, Torrey Pines University, 2018", "bachelor", "computing"),
        ),
        "pm",
        "5.4 IT PM years; PMP only scheduled (in progress); MBA in progress so highest "
        "completed is the bachelor.",
        headings=H_CAPS,
    ),
    Spec(
        "44_developer_project_analyst_itpm",
        "docx_table",
        "Hamza Vasquez-Lindholm",
        contact("hvasquez", "Columbus, OH", "013-4487"),
        "",
        "Developer, then project analyst, now an IT project manager.",
        (
            J(
                "IT Project Manager",
                "Scioto Insurance Group",
                "Columbus, OH",
                (2025, 7),
                "present",
                "mon",
                "itpm",
                3,
                pm=True,
            ),
            J(
                "Project Analyst",
                "Scioto Insurance Group",
                "Columbus, OH",
                (2023, 6),
                (2025, 6),
                "mon",
                "analyst",
                3,
            ),
            J(
                "{software-development:Software Developer}",
                "Olentangy Apps",
                "Columbus, OH",
                (2019, 6),
                (2023, 5),
                "mon",
                "dev",
                3,
            ),
        ),
        ("{jira:Jira}", "{github:GitHub}", "{sdlc:SDLC}", "{scrum:Scrum}"),
        (),
        (Edu("B.S. Computer Science, Ohio Central University, 2019", "bachelor", "computing"),),
        "pm",
        "1.3 IT PM years; project analyst years are not PM years; no certifications.",
        headings=H_EXP,
    ),
    Spec(
        "45_help_desk_technician_nonpm",
        "txt",
        "Lucinda Okwuosa-Brandt",
        contact("lokwuosa", "Tulsa, OK", "019-7734"),
        "",
        "IT support technician.",
        (
            J(
                "IT Support Technician",
                "Tulsa Regional Schools",
                "Tulsa, OK",
                (2021, 8),
                "present",
                "mmyyyy",
                "support",
                3,
            ),
            J(
                "Retail Associate",
                "Brookside Books",
                "Tulsa, OK",
                (2018, 5),
                (2021, 7),
                "mmyyyy",
                "events",
                0,
                it=False,
                extra=("Ran the front counter and stock room.",),
            ),
        ),
        ("Windows 11", "Active Directory", "Ticketing", "Customer service"),
        ("CompTIA A+",),
        (
            Edu(
                "A.A.S. Information Technology, Tulsa Community College, 2021",
                "associate",
                "computing",
            ),
        ),
        "nonpm",
        "Non-PM: IT support technician.",
        headings=H_CAPS,
        bullet="-",
    ),
    Spec(
        "46_senior_technical_partly_remote",
        "txt",
        "Marguerite Oyinlola-Schmidt",
        contact("moyinlola", "Minneapolis, MN", "016-8890"),
        "Senior Technical Project Manager",
        "Senior technical IT project manager for integration-heavy platforms; {pmp@held:PMP} and "
        "{csm@held:CSM}.",
        (
            J(
                "Senior Technical Project Manager",
                "Northwoods Commerce",
                "Remote",
                (2022, 1),
                "present",
                "mon",
                "techpm",
                5,
                pm=True,
            ),
            J(
                "Technical Project Manager",
                "Mississippi Logistics Tech",
                "St. Paul, MN",
                (2016, 4),
                (2021, 12),
                "mon",
                "techpm",
                4,
                pm=True,
            ),
            J(
                "{software-development:Software Engineer}",
                "Mississippi Logistics Tech",
                "St. Paul, MN",
                (2012, 7),
                (2016, 3),
                "mon",
                "dev",
                2,
            ),
        ),
        (
            "{jira:Jira}",
            "{confluence:Confluence}",
            "{github:GitHub}",
            "{ci-cd:CI/CD}",
            "{apis:APIs}",
            "{system-integration:System integration}",
            "{scrum:Scrum}",
            "{agile:Agile}",
            "{slack:Slack}",
            "{zoom:Zoom}",
        ),
        ("{pmp@held:PMP, 2017}", "{csm@held:CSM, 2016}"),
        (Edu("B.S. Computer Engineering, Twin Cities Tech, 2012", "bachelor", "engineering"),),
        "pm",
        "Senior technical: 10.6 technical PM years, 4.8 of them remote; PMP, CSM.",
        headings=H_REL,
    ),
]


# 47–58: variety in remote work (fully remote at several tenures, remote only in the last job,
# hybrid stated two ways, an office PM of offshore teams, remote non-IT PM and developer, a remote
# coordinator and program director), with "remote" shown in different places of the résumé.
SPECS += [
    Spec(
        "47_remote_itpm_first_year_capm",
        "docx",
        "Lior Ben-Haim",
        contact("lbenhaim", "Sacramento, CA", "013-4417"),
        "",
        "IT project manager in my first year in the role, working from home for a health-tech "
        "startup after three years on the help desk. {capm@held:CAPM} (2025).",
        (
            J(
                "IT Project Manager (Remote)",
                "Pulsewell Health Tech",
                "Sacramento, CA",
                (2025, 11),
                "present",
                "mmyyyy",
                "remote_itpm",
                3,
                pm=True,
            ),
            J(
                "IT Support Analyst",
                "Capitol Region Water District",
                "Sacramento, CA",
                (2022, 6),
                (2025, 10),
                "mmyyyy",
                "support",
                2,
            ),
        ),
        (
            "{jira:Jira}",
            "{trello:Trello}",
            "{slack:Slack}",
            "{zoom:Zoom}",
            "{scrum:Scrum}",
            "{agile:Agile}",
        ),
        ("{capm@held:Certified Associate in Project Management (CAPM), 2025}",),
        (
            Edu(
                "B.S. Information Technology, Sierra Valley State University, 2022",
                "bachelor",
                "computing",
            ),
        ),
        "pm",
        "Remote newcomer: 1.0 IT PM year, all of it remote (shown only by the '(Remote)' title "
        "suffix); help desk before; CAPM.",
        headings=H_COLON,
    ),
    Spec(
        "48_remote_itpm_three_years_pmp_in_progress",
        "pdf2",
        "Camille Oyelaran-Duval",
        contact("coyelaran", "Raleigh, NC", "012-7781"),
        "IT Project Manager",
        "IT project manager for {saas:SaaS} products, the last three years {remote-teams:fully remote}. "
        "{pmp@in_progress:PMP exam booked for January 2027}; {csm@held:CSM}.",
        (
            J(
                "IT Project Manager",
                "Loomwork Software",
                "Remote – US (Eastern hours)",
                (2023, 10),
                "present",
                "month_to",
                "remote_itpm",
                5,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Triangle Mutual Insurance",
                "Cary, NC",
                (2021, 8),
                (2023, 9),
                "month_to",
                "itpm",
                3,
                pm=True,
            ),
            J(
                "Project Coordinator",
                "Triangle Mutual Insurance",
                "Cary, NC",
                (2019, 6),
                (2021, 7),
                "month_to",
                "coordinator",
                2,
            ),
        ),
        (
            "{jira:Jira}",
            "{confluence:Confluence}",
            "{slack:Slack}",
            "{zoom:Zoom}",
            "{scrum:Scrum}",
            "{kanban:Kanban}",
            "{agile:Agile}",
        ),
        (
            "{csm@held:Certified ScrumMaster (CSM), Scrum Alliance, 2022}",
            "{pmp@in_progress:PMP – exam scheduled January 2027}",
        ),
        (Edu("B.A. Journalism, Piedmont College, 2019", "bachelor", "other"),),
        "pm",
        "Remote mid-level: 3.1 remote IT PM years of 5.3; PMP only in progress, CSM held.",
        headings=H_CAPS,
    ),
    Spec(
        "49_remote_itpm_six_years_pmp_masters",
        "txt",
        "Nomvula Sithole-Park",
        contact("nsithole", "Halifax, NS", "015-3306"),
        "Remote IT Project Manager",
        "IT project manager for {remote-teams:fully distributed} product companies since 2020; "
        "{pmp@held:PMP} since 2019.",
        (
            J(
                "Senior IT Project Manager",
                "Northlight Ledger Inc.",
                "Remote-first (home office in Halifax, NS)",
                (2022, 3),
                "present",
                "iso",
                "remotepm",
                5,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Tidepool Learning",
                "Remote",
                (2020, 2),
                (2022, 2),
                "iso",
                "remote_itpm",
                4,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Maritime Provincial Credit Union",
                "Halifax, NS",
                (2017, 3),
                (2020, 1),
                "iso",
                "itpm",
                3,
                pm=True,
            ),
        ),
        (
            "{jira:Jira}",
            "{slack:Slack}",
            "{zoom:Zoom}",
            "{asana:Asana}",
            "{scrum:Scrum}",
            "{kanban:Kanban}",
            "{agile:Agile}",
            "{saas:SaaS}",
        ),
        ("{pmp@held:PMP, 2019}", "{csm@held:Certified ScrumMaster, 2020}"),
        (
            Edu("M.S. Information Systems, Atlantic Shore University, 2016", "master", "computing"),
            Edu("B.Comm., Atlantic Shore University, 2014", "bachelor", "business"),
        ),
        "pm",
        "Remote: 6.8 remote IT PM years of 9.7 over two remote employers; PMP, CSM, master's.",
        headings=H_PLAIN,
        bullet="-",
        skills_inline=True,
    ),
    Spec(
        "50_remote_last_role_only_pmp_lapsed",
        "pdf1",
        "Rafael Domínguez Oyama",
        contact("rdominguez", "Fort Worth, TX", "016-9912"),
        "IT Project Manager",
        "IT project manager with 11 years in freight and airline systems. "
        "{prince2@held:PRINCE2 Practitioner}; {pmp@expired:PMP (lapsed 2023)}.",
        (
            J(
                "IT Project Manager",
                "Trinity Freight Systems",
                "Dallas, TX",
                (2022, 2),
                "present",
                "dotted",
                "itpm",
                3,
                pm=True,
                extra=(
                    "{remote-teams:Fully remote} since March 2024, when the Dallas office closed; kept the same "
                    "team and projects.",
                ),
                remote_from=(2024, 3),
            ),
            J(
                "IT Project Manager",
                "Lone Star Regional Airlines",
                "Irving, TX",
                (2015, 9),
                (2022, 1),
                "dotted",
                "itpm",
                4,
                pm=True,
            ),
            J(
                "Project Coordinator",
                "Lone Star Regional Airlines",
                "Irving, TX",
                (2013, 6),
                (2015, 8),
                "dotted",
                "coordinator",
                2,
            ),
        ),
        (
            "{ms-project:MS Project}",
            "{jira:Jira}",
            "{waterfall:Waterfall}",
            "{agile:Agile}",
            "{risk-management:Risk management}",
            "{vendor-management:Vendor management}",
        ),
        (
            "{prince2@held:PRINCE2 Practitioner, 2017}",
            "{pmp@expired:PMP, 2014 (lapsed 2023)}",
        ),
        (
            Edu(
                "B.B.A. Management Information Systems, Brazos Valley University, 2013",
                "bachelor",
                "computing",
            ),
        ),
        "pm",
        "Remote only in the last role, and only said in a bullet (location line says Dallas): "
        "11.2 IT PM years, 2.7 of them remote since 03/2024; PMP lapsed, PRINCE2. Override "
        "remote 2: the rubric sees no remote years, but 2.7 remote years without a current PMP "
        "is what it rates 2.",
        headings=H_CAREER,
        fit={"remote": 2},
    ),
    Spec(
        "51_hybrid_two_days_onsite_technical",
        "pdfside",
        "Mei-Ling Castellano",
        contact("mcastellano", "Chicago, IL", "014-8820"),
        "Technical Project Manager",
        "Technical IT project manager for {cloud-infrastructure:cloud} platforms at a Chicago "
        "insurer; hybrid work, two days a week in the office. {pmp@held:PMP}, "
        "{aws-ccp@held:AWS Certified Cloud Practitioner}.",
        (
            J(
                "Technical Project Manager",
                "Lakefront Mutual Insurance",
                "Chicago, IL (hybrid work: Tue & Thu on site)",
                (2021, 1),
                "present",
                "mon",
                "techpm",
                5,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Wabash Data Services",
                "Chicago, IL",
                (2019, 4),
                (2020, 12),
                "mon",
                "hybrid_office",
                3,
                pm=True,
            ),
            J(
                "{software-development:Software Engineer}",
                "Wabash Data Services",
                "Chicago, IL",
                (2015, 7),
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
            "{aws:AWS}",
            "{apis:APIs}",
            "{database-systems:PostgreSQL}",
            "{scrum:Scrum}",
            "{agile:Agile}",
        ),
        ("{pmp@held:PMP, 2020}", "{aws-ccp@held:AWS Certified Cloud Practitioner, 2022}"),
        (
            Edu(
                "B.S. Computer Science, University of Lake Michigan, 2015",
                "bachelor",
                "computing",
            ),
        ),
        "pm",
        "Hybrid, not remote: 7.6 technical IT PM years, 'hybrid work' (two office days) is the "
        "working pattern, not the hybrid method; PMP, AWS CCP, former engineer.",
        headings=H_EXP,
    ),
    Spec(
        "52_hybrid_three_days_remote_healthcare",
        "docx",
        "Abimbola Fairchild-Ng",
        contact("afairchild", "Denver, CO", "011-2054"),
        "",
        "IT project manager for hospital and clinic systems; {pmp@held:PMP}, MBA.",
        (
            J(
                "IT Project Manager",
                "Front Range Health Partners",
                "Denver, CO · 3 days remote, 2 in office",
                (2021, 5),
                "present",
                "mon",
                "itpm",
                4,
                pm=True,
                extra=("Kept every change to patient systems within {hipaa:HIPAA} rules.",),
            ),
            J(
                "IT Project Manager",
                "Aspen Valley Clinics",
                "Boulder, CO",
                (2017, 8),
                (2021, 4),
                "mon",
                "hybrid_office",
                3,
                pm=True,
            ),
        ),
        (
            "{ms-project:Microsoft Project}",
            "{smartsheet:Smartsheet}",
            "{waterfall:Waterfall}",
            "{agile:Agile}",
            "{hipaa:HIPAA}",
            "{budgeting:Budgeting}",
        ),
        ("{pmp@held:Project Management Professional (PMP), 2018}",),
        (
            Edu("MBA, Rocky Mountain School of Business, 2017", "master", "business"),
            Edu(
                "B.S. Health Informatics, Colorado Plains University, 2012",
                "bachelor",
                "computing",
            ),
        ),
        "pm",
        "Hybrid with 'remote' in the location: 9.3 IT PM years, PMP, MBA; 5.5 years at three "
        "remote days a week. Override remote 2, not the rubric's 3: a hybrid role with weekly "
        "office days is not the fully virtual, distributed work the remote role asks for.",
        headings=H_REL,
        layout="employer_first",
        fit={"remote": 2},
    ),
    Spec(
        "53_office_pm_offshore_nearshore_teams",
        "docx_table",
        "Ifeoma Rautenberg",
        contact("irautenberg", "Atlanta, GA", "018-6631"),
        "Senior IT Project Manager – Global Delivery",
        "Senior IT project manager based in the Atlanta office, running delivery with "
        "{offshore-teams:offshore and nearshore} {vendor-management:partners} in India, Costa Rica, Colombia and "
        "Poland. {pmp@held:PMP}, {prince2@held:PRINCE2}.",
        (
            J(
                "Senior IT Project Manager",
                "Peachtree Payments Corp.",
                "Atlanta, GA",
                2019,
                "present",
                "year",
                "distributed",
                5,
                pm=True,
                extra=(
                    "Coordinated {remote-teams:teams across four} {time-zone-management:time zones} from the Atlanta "
                    "office, with hand-offs at the start and end of each US day.",
                ),
            ),
            J(
                "IT Project Manager",
                "Chattahoochee Telecom",
                "Alpharetta, GA",
                2015,
                2019,
                "year",
                "distributed",
                3,
                pm=True,
            ),
            J(
                "{software-development:Software Engineer}",
                "Kaveri Softech",
                "Bengaluru, India",
                2013,
                2015,
                "year",
                "dev",
                2,
            ),
        ),
        (
            "{jira:Jira}",
            "{confluence:Confluence}",
            "{ms-project:MS Project}",
            "{vendor-management:Vendor management}",
            "{contract-management:Contract management}",
            "{agile:Agile}",
            "{waterfall:Waterfall}",
        ),
        ("{pmp@held:PMP, 2017}", "{prince2@held:PRINCE2 Foundation, 2015}"),
        (
            Edu(
                "B.E. Electronics and Instrumentation, Coromandel Institute of Engineering, 2013",
                "bachelor",
                "engineering",
            ),
        ),
        "pm",
        "Office-based, distributed teams: 11.4 IT PM years (year-only dates) running vendor "
        "teams in four countries and time zones from Atlanta; never remote herself; PMP, "
        "PRINCE2. Override remote 2, not 1: years of daily time-zone and distributed-team "
        "work cover most of what the remote role asks, short of working remotely.",
        headings=H_CAPS,
        extra=(("Languages", ("English, Hindi, Kannada, Spanish (working)",)),),
        fit={"remote": 2},
    ),
    Spec(
        "54_remote_marketing_pm_nonit",
        "txt",
        "Saoirse Delacroix-Amadi",
        contact("sdelacroix", "Remote (Asheville, NC)", "019-4458"),
        "Marketing Project Manager (Remote)",
        "Marketing project manager, {remote-teams:fully remote} since 2019, for travel and consumer brands. "
        "{pmp@held:PMP}.",
        (
            J(
                "Senior Marketing Project Manager",
                "Bluecrest Travel Co.",
                "Remote",
                2022,
                "present",
                "apos",
                "remote_nonit",
                5,
                pm=True,
                it=False,
            ),
            J(
                "Marketing Project Manager",
                "Harbor & Pine Agency",
                "Remote",
                2019,
                2022,
                "apos",
                "remote_nonit",
                3,
                pm=True,
                it=False,
            ),
            J(
                "Marketing Coordinator",
                "Harbor & Pine Agency",
                "Charlotte, NC",
                2016,
                2019,
                "apos",
                "events",
                2,
                it=False,
            ),
        ),
        (
            "{asana:Asana}",
            "{trello:Trello}",
            "{slack:Slack}",
            "{zoom:Zoom}",
            "{budgeting:Budgeting}",
            "HubSpot",
        ),
        ("{pmp@held:PMP, 2021}", "HubSpot Content Marketing Certification"),
        (Edu("B.A. Marketing, Blue Ridge College, 2016", "bachelor", "business"),),
        "nonpm",
        "Non-IT remote PM: 7.4 remote marketing PM years, PMP held, but no IT delivery; like the "
        "construction PM (10) not an IT PM candidate, remote role included.",
        headings=H_CAPS,
        bullet="*",
    ),
    Spec(
        "55_remote_fullstack_developer_nonpm",
        "pdf1",
        "Arjun Venkataraman-Holt",
        contact("avenkataraman", "Boise, ID", "012-3391"),
        "Senior {software-development:Software Engineer} · Remote",
        "{software-development:Full-stack developer} working remotely since 2020 on {saas:SaaS} "
        "billing products, in {software-development:Java} and TypeScript.",
        (
            J(
                "Senior Software Engineer",
                "Ledgerline",
                "Remote (US)",
                (2022, 1),
                "present",
                "mon",
                "dev",
                4,
            ),
            J(
                "Software Engineer",
                "Sawtooth Apps",
                "Remote",
                (2020, 3),
                (2021, 12),
                "mon",
                "dev",
                3,
            ),
            J(
                "Junior Developer",
                "Treasure Valley Bank",
                "Boise, ID",
                (2018, 7),
                (2020, 2),
                "mon",
                "dev",
                1,
            ),
        ),
        (
            "{software-development:Java}",
            "TypeScript",
            "React",
            "{apis:REST APIs}",
            "{database-systems:PostgreSQL}",
            "{github:GitHub}",
            "{ci-cd:CI/CD}",
            "{aws:AWS}",
            "{scrum:Scrum}",
            "{slack:Slack}",
        ),
        (),
        (
            Edu(
                "B.S. Computer Science, Snake River State University, 2018",
                "bachelor",
                "computing",
            ),
        ),
        "nonpm",
        "Non-PM remote: developer, 6.7 remote years, no project management; remote tools alone "
        "do not make a remote IT PM.",
        headings=H_EXP,
        skills_inline=True,
    ),
    Spec(
        "56_remote_junior_project_coordinator",
        "pdfside",
        "Thandiwe Mokoena-Reyes",
        contact("tmokoena", "Tucson, AZ", "017-5526"),
        "Project Coordinator",
        "Project coordinator for an IT department that works remotely; "
        "{scrum-fundamentals@held:Scrum Fundamentals Certified} and studying for the "
        "{capm@in_progress:CAPM}.",
        (
            J(
                "IT Project Coordinator",
                "Sonoran Health Partners",
                "Remote (Arizona)",
                (2025, 3),
                "present",
                "mmyyyy",
                "remote_coord",
                4,
            ),
            J(
                "Help Desk Technician",
                "Saguaro Community College",
                "Tucson, AZ",
                (2022, 8),
                (2025, 2),
                "mmyyyy",
                "support",
                2,
            ),
        ),
        (
            "{asana:Asana}",
            "{jira:Jira}",
            "{zoom:Zoom}",
            "{slack:Slack}",
            "{scrum:Scrum}",
            "Excel",
        ),
        (
            "{scrum-fundamentals@held:Scrum Fundamentals Certified (SFC), 2025}",
            "{capm@in_progress:CAPM – in progress}",
        ),
        (
            Edu(
                "A.A.S. Information Technology, Pima Valley Community College, 2022",
                "associate",
                "computing",
            ),
            Edu(
                "B.S. Information Technology, Desert State University (expected 2027)",
                "bachelor",
                "computing",
                done=False,
            ),
        ),
        "coordinator",
        "Junior remote coordinator: 1.7 remote coordinator years (not PM years), help desk "
        "before; Scrum Fundamentals held, CAPM in progress; associate degree, bachelor's in "
        "progress.",
        headings=H_COLON,
        layout="dates_first",
    ),
    Spec(
        "57_remote_program_director_pgmp",
        "docx_table",
        "Gustavo Nakashima-Osei",
        contact("gnakashima", "Toronto, ON", "013-0079"),
        "IT Program Director",
        "IT program director running {program-management:multi-year programs} for companies "
        "without a head office; {pmp@held:PMP} and {pgmp@held:PgMP}.",
        (
            J(
                "Director, IT Programs",
                "Borealis Retail Platforms",
                "100% Remote",
                (2021, 6),
                "present",
                "mon",
                "programpm",
                5,
                pm=True,
                extra=(
                    "Ran a {remote-teams:program team spread over seven countries}, meeting in "
                    "person once a year.",
                ),
            ),
            J(
                "Senior IT Program Manager",
                "Lakeshore Bancorp",
                "Toronto, ON",
                (2015, 2),
                (2021, 5),
                "mon",
                "programpm",
                3,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Lakeshore Bancorp",
                "Toronto, ON",
                (2011, 9),
                (2015, 1),
                "mon",
                "itpm",
                3,
                pm=True,
            ),
        ),
        (
            "{program-management:Program management}",
            "{portfolio-management:Portfolio management}",
            "{planview:Planview}",
            "{financial-reporting:Financial reporting}",
            "{roadmap-planning:Roadmap planning}",
            "{zoom:Zoom}",
            "{slack:Slack}",
        ),
        ("{pmp@held:PMP, 2012}", "{pgmp@held:PgMP, 2019}"),
        (
            Edu("MBA, Lake Ontario School of Management, 2014", "master", "business"),
            Edu("B.Sc. Computer Science, Lake Ontario University, 2010", "bachelor", "computing"),
        ),
        "program",
        "Remote program director: 15.2 IT PM years, program roles since 2015, remote since "
        "06/2021 (5.5 years); PMP, PgMP, MBA.",
        headings=H_CAREER,
    ),
    Spec(
        "58_virtual_technical_pm_aws",
        "pdf2",
        "Hana Kowalczyk-Mensah",
        contact("hkowalczyk", "Burlington, VT", "016-7743"),
        "Technical Project Manager",
        "Technical IT project manager for {cloud-infrastructure:cloud} platform teams. {remote-teams:Fully "
        "remote} since 2022: I work from home in Vermont, with engineers across the US and Europe. "
        "{pmp@held:PMP}, {aws-ccp@held:AWS Certified Cloud Practitioner}.",
        (
            J(
                "Technical Project Manager",
                "Granite Peak Software",
                "Virtual (US)",
                (2024, 2),
                "present",
                "mon",
                "techpm",
                4,
                pm=True,
            ),
            J(
                "Technical Project Manager",
                "Quarrystone Data",
                "Home-based",
                (2022, 1),
                (2024, 1),
                "mon",
                "remote_itpm",
                3,
                pm=True,
            ),
            J(
                "IT Project Manager",
                "Green Mountain Utilities",
                "Burlington, VT",
                (2018, 6),
                (2021, 12),
                "mon",
                "itpm",
                3,
                pm=True,
            ),
        ),
        (
            "{aws:AWS}",
            "{cloud-infrastructure:Cloud infrastructure}",
            "{devops:DevOps}",
            "{github:GitHub}",
            "{ci-cd:CI/CD}",
            "{apis:APIs}",
            "{jira:Jira}",
            "{slack:Slack}",
            "{zoom:Zoom}",
            "{agile:Agile}",
        ),
        ("{pmp@held:PMP, 2019}", "{aws-ccp@held:AWS Certified Cloud Practitioner, 2023}"),
        (
            Edu(
                "B.S. Computer Engineering, Champlain Valley University, 2017",
                "bachelor",
                "engineering",
            ),
        ),
        "pm",
        "Remote said as 'Virtual (US)' / 'Home-based' and in the summary, never as 'remote' in "
        "a job: 8.5 technical IT PM years, 4.8 of them remote; PMP, AWS CCP. Override remote "
        "3: the rubric sees no remote years, but 4+ remote years with PMP is its own 3.",
        headings=H_REL,
        fit={"remote": 3},
    ),
]

# ---------------------------------------------------------------- build, label, write


def build(spec: Spec) -> Resume:
    """Return the résumé of a spec, with pool bullets picked by a seed fixed by its key."""
    rng = random.Random(zlib.crc32(spec.key.encode()))
    used: set[str] = set()
    positions = []
    for job in spec.jobs:
        pool = [b for b in POOLS[job.pool] if b not in used]
        picked = rng.sample(pool, min(job.n, len(pool)))
        used.update(picked)
        positions.append(
            Position(
                job.title,
                job.employer,
                job.location,
                format_dates(job.start, job.end, job.style),
                (*job.extra, *picked),
            )
        )
    return Resume(
        name=spec.name,
        contact=spec.contact,
        headline=spec.headline,
        summary=spec.summary,
        positions=tuple(positions),
        skills=spec.skills,
        certifications=spec.certs,
        education=tuple(e.text for e in spec.edu),
        headings=spec.headings,
        position_layout=spec.layout,
        skills_inline=spec.skills_inline,
        bullet=spec.bullet,
        extra=spec.extra,
    )


def years(spec: Spec) -> dict[str, float]:
    """Return total, PM, IT PM and remote years as a careful reader computes them."""
    paid = [j for j in spec.jobs if not j.intern]
    iv = {j: interval(j.start, j.end, j.style) for j in paid}
    return {
        "total_years": merged_years(list(iv.values())),
        "pm_years": merged_years([iv[j] for j in paid if j.pm]),
        "it_pm_years": merged_years([iv[j] for j in paid if j.pm and j.it]),
        "remote_years": merged_years([_remote_part(iv[j], j) for j in paid if j.remote]),
    }


def _remote_part(months: tuple[int, int], job: Job) -> tuple[int, int]:
    """Return the remote months of a job: from `remote_from` when it turned remote."""
    if job.remote_from is None:
        return months
    return interval(job.remote_from, job.end, job.style)[0], months[1]


LEVEL_RANK = {"none": 0, "associate": 1, "bachelor": 2, "master": 3, "doctorate": 4}


def fit(
    spec: Spec, y: dict[str, float], held: set[str], others: dict[str, str], skills: set[str]
) -> dict[str, int]:
    """Return the 0–3 fit per role from an explicit rubric of the job descriptions."""
    if spec.track == "nonpm":
        return dict.fromkeys(("general", "junior", "senior", "technical", "program", "remote"), 0)
    it, rem = y["it_pm_years"], y["remote_years"]
    pmp = "pmp" in held
    tech = len(skills & TECH_SKILLS)
    prog = spec.track == "program" or bool(skills & {"program-management", "portfolio-management"})
    entry_signal = (
        bool(held & {"capm", "scrum-fundamentals"})
        or "capm" in others
        or any(j.intern for j in spec.jobs)
        or spec.track in ("coordinator", "entry")
    )
    general = (3 if pmp else 2) if it >= 3 else (2 if pmp else 1) if it >= 1 else 1
    if it <= 3.5:
        junior = 3 if entry_signal or it >= 1 else 2
    else:
        junior = 2 if it <= 6 else 1 if it <= 12 else 0
    senior = (
        (3 if pmp else 2) if it >= 7 else (2 if pmp else 1) if it >= 5 else (1 if it >= 3 else 0)
    )
    if it >= 5 and tech >= 4:
        technical = 3 if pmp else 2
    elif it >= 3 and tech >= 3:
        technical = 2
    else:
        technical = 1 if it >= 2 else 0
    if it >= 10:
        program = (3 if pmp else 2) if prog else (2 if pmp else 1)
    elif it >= 7:
        program = 2 if prog else 1
    else:
        program = 1 if it >= 5 else 0
    if rem >= 4:
        remote = 3 if pmp else 2
    elif rem >= 2.5:
        remote = 2
    else:
        remote = 1 if it >= 2 or rem > 0 else 0
    out = {
        "general": general,
        "junior": junior,
        "senior": senior,
        "technical": technical,
        "program": program,
        "remote": remote,
    }
    out.update(spec.fit)
    return out


def label(spec: Spec, resume: Resume, file: str) -> dict[str, object]:
    """Return the label record of one résumé, after checking its vocabulary."""
    marked = resume.all_text()
    found = mentions(marked)
    skills = {m.id for m in found if not m.status}
    certs = [m for m in found if m.status]
    held = {m.id for m in certs if m.status == "held"}
    others = {m.id: m.status for m in certs if m.id not in held}
    unknown = {m.id for m in certs} - CERT_IDS
    if unknown:
        raise ValueError(f"{spec.key}: unknown certification ids {sorted(unknown)}")
    check_vocabulary(spec.key, marked, skills)
    y = years(spec)
    done = [e for e in spec.edu if e.done]
    top = max(done, key=lambda e: LEVEL_RANK[e.level]) if done else None
    return {
        "file": file,
        "held_certifications": sorted(held),
        "other_certifications": dict(sorted(others.items())),
        "skills": sorted(skills),
        **y,
        "year_only": any(j.style in YEAR_ONLY_STYLES for j in spec.jobs),
        "degree_level": top.level if top else "none",
        "degree_field": top.field if top and top.level != "none" else "",
        "fit": fit(spec, y, held, others, skills),
        "note": spec.note,
    }


EXTENSIONS = {
    "pdf1": "pdf",
    "pdf2": "pdf",
    "pdfside": "pdf",
    "docx": "docx",
    "docx_table": "docx",
    "txt": "txt",
}


def generate(out: Path) -> list[Path]:
    """Write every labelled résumé and labels.yaml into out; return the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    records, written = [], []
    for spec in SPECS:
        resume = build(spec)
        name = f"{spec.key}.{EXTENSIONS[spec.fmt]}"
        record = label(spec, resume, name)
        if spec.fmt == "docx_table":
            render(resume, out / name, "docx", positions_table=True)
        elif spec.fmt == "docx":
            render(resume, out / name, "docx")
        else:
            render(resume, out / name, spec.fmt)
        records.append(record)
        written.append(out / name)
    header = (
        "# Labels for the résumés in this folder, written by tools/make_labelled.py (do not edit\n"
        "# by hand: change the script and re-run it). Years are computed as of `as_of`: month\n"
        "# ranges include the end month, year-only dates count from mid-year, overlapping\n"
        "# positions are merged, internships and student jobs are left out, and Project\n"
        "# Coordinator / Scrum Master / Business Analyst / Project Analyst / Project Engineer are\n"
        "# not PM years. `skills` lists every skill id the text truly evidences (typos included).\n"
        "# `fit` is a 0-3 judgement per role (3 strong, 2 good, 1 weak, 0 none).\n"
    )
    body = yaml.safe_dump(
        {"as_of": "2026-11-01", "resumes": records}, sort_keys=False, allow_unicode=True, width=100
    )
    labels = out / "labels.yaml"
    labels.write_text(header + body, encoding="utf-8")
    return [*written, labels]


def main(argv: list[str] | None = None) -> int:
    """Generate the labelled set; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    paths = generate(args.out)
    print(f"wrote {len(paths)} files to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
