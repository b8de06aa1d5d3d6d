"""Frozen dataclasses that flow between the stages.

file -> Document -> spaCy Doc -> CandidateProfile -> RoleScore -> Result -> writers
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

CertStatus = Literal["held", "in_progress", "expired", "negated"]
# What the context says of one mention: a CertStatus, or that the certificate is someone else's
# ("mentored five engineers to pass the PMP"), which is no claim at all.
MentionStatus = Literal["held", "in_progress", "expired", "negated", "not_a_claim"]
DegreeLevel = Literal["none", "associate", "bachelor", "master", "doctorate"]
ROLE_KEYS: tuple[str, ...] = ("general", "junior", "senior", "technical", "program", "remote")
DEGREE_LEVELS: tuple[str, ...] = ("none", "associate", "bachelor", "master", "doctorate")


@dataclass(frozen=True)
class Document:
    """Visible text of one file, as a reader sees it, plus what the parser noticed."""

    text: str  # normalised visible text; lines separated by "\n", reading order
    format: str  # "pdf" | "docx" | "txt"
    pages: int = 1
    flags: tuple[str, ...] = ()  # e.g. "hidden_text", "ocr", "low_text_quality"
    hidden_text: str = ""  # text found in the file but invisible to a reader; never matched
    links: tuple[str, ...] = ()  # hyperlink targets (mailto:, https://linkedin...)
    engine: str = ""  # which extractor produced the text


@dataclass(frozen=True)
class Section:
    """A titled part of the text: [start, end) character offsets into Document.text."""

    name: str  # canonical: summary, experience, education, certifications, skills, projects, other
    start: int
    end: int
    heading: str = ""


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from in the text."""

    text: str
    start: int
    end: int
    section: str = "other"
    method: str = "exact"  # exact | fuzzy | rule
    similarity: float = 100.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "section": self.section,
            "method": self.method,
            "similarity": self.similarity,
        }


@dataclass(frozen=True)
class CertificationFact:
    id: str
    name: str
    status: CertStatus
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class SkillFact:
    id: str
    name: str
    category: str
    evidence: tuple[Evidence, ...]
    in_experience: bool = False  # evidenced inside a dated position, not only a list


@dataclass(frozen=True)
class Position:
    title: str
    employer: str
    start: date
    end: date  # inclusive month end already applied; "Present" = as_of
    is_pm: bool
    is_it: bool
    is_remote: bool
    is_internship: bool
    evidence: Evidence
    precision: Literal["month", "year", "season"] = "month"
    current: bool = False
    is_project_support: bool = False  # coordinator, analyst, scrum master: projects, not PM
    is_technical: bool = False  # hands-on IT work: developer, engineer, administrator, analyst
    # [start, end) of the employer's name in the text: words in it are no skills of the candidate.
    employer_span: tuple[int, int] | None = None
    # What shows the position led a team spread over countries, sites or time zones ("teams in
    # 14 countries", "offshore team"); None when the body says nothing of the kind.
    distributed_by: Evidence | None = None
    # When only a bullet says the job turned remote at a date ("Fully remote since March 2024"),
    # that date: the months before it were not remote. None: remote for the whole position.
    remote_since: date | None = None

    @property
    def is_distributed(self) -> bool:
        """True when the position's team was remote to the candidate: a remote job, or one that
        led a distributed team."""
        return self.is_remote or self.distributed_by is not None


@dataclass(frozen=True)
class Experience:
    total_years: float
    pm_years: float
    it_pm_years: float
    remote_years: float
    positions: tuple[Position, ...] = ()
    flags: tuple[str, ...] = ()
    it_project_years: float = 0.0  # IT projects: managing or supporting them, internships included
    technical_years: float = 0.0  # hands-on IT positions (Position.is_technical), internships out
    # Remote work in IT (Position.is_remote and is_it), internships out.
    remote_it_years: float = 0.0
    # IT projects managed or supported with a spread-out team (Position.is_distributed).
    distributed_it_project_years: float = 0.0


@dataclass(frozen=True)
class Degree:
    """One completed degree read from the text."""

    level: DegreeLevel
    field: str  # computing | engineering | business | project_management | other
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Education:
    """The highest completed degree (level, field, evidence) and every completed degree read."""

    level: DegreeLevel
    field: str  # computing | engineering | business | project_management | other | ""
    evidence: tuple[Evidence, ...] = ()
    # Highest first, the one above included: "MBA / B.S. Computer Science" keeps the computing
    # field a degree criterion may ask for. Empty when built by hand from level and field only.
    degrees: tuple[Degree, ...] = ()

    @property
    def every_degree(self) -> tuple[Degree, ...]:
        """Returns `degrees`, or the one degree `level` and `field` describe when only those are
        known (an Education built by hand, or kept in a state by 0.3.0)."""
        if self.degrees or self.level == "none":
            return self.degrees
        return (Degree(self.level, self.field, self.evidence),)


@dataclass(frozen=True)
class Contact:
    """Identity details, for reports only. Never an input to a score."""

    name: str = ""
    email: str = ""
    phone: str = ""
    linkedin: str = ""
    city: str = ""


@dataclass(frozen=True)
class CandidateProfile:
    """Everything the scorer may look at. Deliberately holds no identity details."""

    certifications: tuple[CertificationFact, ...]
    skills: tuple[SkillFact, ...]
    experience: Experience
    education: Education
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class CriterionResult:
    id: str
    kind: str
    importance: str
    weight: float
    credit: float
    met: bool
    detail: str
    source: str
    source_line: int
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class RoleScore:
    role: str
    score: float
    eligible: bool
    missing: tuple[str, ...]
    criteria: tuple[CriterionResult, ...]


@dataclass(frozen=True)
class ErrorInfo:
    code: str
    message: str


@dataclass(frozen=True)
class Result:
    """One row of the report: a scored file or an error."""

    file: str
    sha256: str
    status: str  # "ok" or an error code
    error: ErrorInfo | None = None
    document: Document | None = None
    contact: Contact = field(default_factory=Contact)
    profile: CandidateProfile | None = None
    scores: dict[str, RoleScore] = field(default_factory=dict)
    best_fit: str = "none"
    flags: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
