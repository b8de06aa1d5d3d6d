"""Pure scoring: CandidateProfile + RoleProfile -> RoleScore, every point with its evidence.

score = 100 * sum(credit) / sum(weight) over the role's criteria; `eligible` means every
`required` criterion is met. All weights and factors come from taxonomy/roles.yaml and
taxonomy/scoring.yaml.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from pipeline.errors import TaxonomyError
from pipeline.facts.experience import evidence_toward
from pipeline.models import (
    DEGREE_LEVELS,
    CandidateProfile,
    CriterionResult,
    Degree,
    Evidence,
    RoleScore,
    SkillFact,
)
from pipeline.taxonomy import Criterion, RoleProfile, Taxonomy


@dataclass(frozen=True)
class Policy:
    """The scoring policy of taxonomy/scoring.yaml."""

    list_only_factor: float = 0.6
    below_floor: float = 0.0
    over_penalty_per_year: float = 0.07
    over_floor: float = 0.0
    over_role_penalty_per_year: float = 0.1
    over_role_floor: float = 0.5
    lower_level_factor: float = 0.35
    other_field_factor: float = 0.6
    best_fit_min_score: float = 50.0
    stuffing_min_terms: int = 20
    stuffing_max_evidenced_share: float = 0.25
    stuffing_credit_factor: float = 0.5
    no_project_role_factor: float = 1.0

    @classmethod
    def from_rules(cls, rules: dict[str, Any]) -> Policy:
        """Returns the policy, defaults filled in for keys the file leaves out."""
        exp, deg, stuff = (
            rules.get("experience", {}),
            rules.get("degree", {}),
            rules.get("stuffing", {}),
        )
        d = cls()
        return cls(
            list_only_factor=float(rules.get("list_only_factor", d.list_only_factor)),
            below_floor=float(exp.get("below_floor", d.below_floor)),
            over_penalty_per_year=float(exp.get("over_penalty_per_year", d.over_penalty_per_year)),
            over_floor=float(exp.get("over_floor", d.over_floor)),
            over_role_penalty_per_year=float(
                exp.get("over_role_penalty_per_year", d.over_role_penalty_per_year)
            ),
            over_role_floor=float(exp.get("over_role_floor", d.over_role_floor)),
            lower_level_factor=float(deg.get("lower_level_factor", d.lower_level_factor)),
            other_field_factor=float(deg.get("other_field_factor", d.other_field_factor)),
            best_fit_min_score=float(rules.get("best_fit_min_score", d.best_fit_min_score)),
            stuffing_min_terms=int(stuff.get("min_terms", d.stuffing_min_terms)),
            stuffing_max_evidenced_share=float(
                stuff.get("max_evidenced_share", d.stuffing_max_evidenced_share)
            ),
            stuffing_credit_factor=float(stuff.get("credit_factor", d.stuffing_credit_factor)),
            no_project_role_factor=float(
                rules.get("no_project_role", {}).get("credit_factor", d.no_project_role_factor)
            ),
        )._checked()

    def _checked(self) -> Policy:
        """Returns the policy when every share lies in [0, 1]; raises TaxonomyError otherwise."""
        for name in _SHARES:
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise TaxonomyError(f"scoring.yaml: {name} must lie between 0 and 1, not {value}")
        return self


_SHARES = (
    "list_only_factor",
    "below_floor",
    "over_penalty_per_year",
    "over_floor",
    "over_role_penalty_per_year",
    "over_role_floor",
    "lower_level_factor",
    "other_field_factor",
    "stuffing_max_evidenced_share",
    "stuffing_credit_factor",
    "no_project_role_factor",
)


def is_keyword_stuffed(profile: CandidateProfile, policy: Policy) -> bool:
    """Returns True when a résumé lists many skills but evidences few of them in positions.

    Only list-only skills count towards the threshold, so gaining evidence (a skill shown in a
    position, a held certification) can never turn the flag on and lower a score.
    """
    listed_only = sum(1 for s in profile.skills if not s.in_experience)
    if listed_only < policy.stuffing_min_terms:
        return False
    share = 1 - listed_only / len(profile.skills)
    return share <= policy.stuffing_max_evidenced_share or profile.experience.total_years < 1.0


def lacks_project_role(profile: CandidateProfile) -> bool:
    """Returns True when the résumé's dated positions were all read with a title and none of them
    is a project role (managing a project anywhere, or coordinating, supporting or interning on IT
    projects). No dated position, or one whose title was not found, leaves it undecided: False,
    so a misread layout never costs a project manager credit."""
    exp = profile.experience
    if not exp.positions or any(not p.title.strip() for p in exp.positions):
        return False
    return not (exp.pm_years > 0 or exp.it_project_years > 0)


def score_role(
    profile: CandidateProfile,
    role: RoleProfile,
    taxonomy: Taxonomy,
    policy: Policy,
    stuffed: bool | None = None,
) -> RoleScore:
    """Returns the role's 0-100 score with every criterion met or missed, and why."""
    if stuffed is None:
        stuffed = is_keyword_stuffed(profile, policy)
    return _score_role(_Facts(profile, policy, stuffed), role, taxonomy, policy)


def _score_role(facts: _Facts, role: RoleProfile, taxonomy: Taxonomy, policy: Policy) -> RoleScore:
    results = tuple(_judge(c, facts, taxonomy, policy) for c in role.criteria)
    factor, why = _overqualification(role, facts.profile, policy)
    if factor != 1.0:
        results = tuple(
            _scaled(r, factor, why) if r.kind != "experience" and r.credit else r for r in results
        )
    total = sum(r.weight for r in results)
    score = round(100.0 * sum(r.credit for r in results) / total, 1) if total else 0.0
    missing = tuple(r.id for r in results if r.importance == "required" and not r.met)
    return RoleScore(
        role=role.key, score=score, eligible=not missing, missing=missing, criteria=results
    )


def _overqualification(
    role: RoleProfile, profile: CandidateProfile, policy: Policy
) -> tuple[float, str]:
    """Returns the share of its other credit a candidate above the level's experience band keeps,
    and why: a PM with ten years has the skills a junior role lists, but they are not evidence of
    fit for an entry-level role. 1.0 when no band of the role has a maximum that is exceeded."""
    factor, why = 1.0, ""
    for c in role.criteria:
        over = _over_band(c, profile) if c.kind == "experience" else None
        if over is None:
            continue
        years, label = over
        high = c.band[1] or 0.0
        share = max(policy.over_role_floor, 1 - policy.over_role_penalty_per_year * (years - high))
        if share < factor:
            factor, why = share, f"over-qualified: {years:g} {label}, above the level's {high:g}"
    return factor, why


def _over_band(c: Criterion, profile: CandidateProfile) -> tuple[float, str] | None:
    """Returns the years held against the band's maximum, and their label, when they exceed it."""
    high = c.band[1]
    if high is None:
        return None
    measure = c.over_measure or c.measure
    years = float(getattr(profile.experience, measure))
    return (years, measure.replace("_", " ")) if years > high else None


def _scaled(r: CriterionResult, factor: float, why: str) -> CriterionResult:
    return replace(r, credit=round(r.credit * factor, 3), detail=f"{r.detail}; x{factor:g}, {why}")


def score_all(
    profile: CandidateProfile,
    taxonomy: Taxonomy,
    roles: Iterable[str] | None = None,
    policy: Policy | None = None,
    stuffed: bool | None = None,
) -> dict[str, RoleScore]:
    """Returns a RoleScore for each requested role key (all six by default), in taxonomy order;
    `stuffed` is is_keyword_stuffed's answer when the caller has it already."""
    policy = policy or Policy.from_rules(taxonomy.rules.get("scoring", {}))
    if stuffed is None:
        stuffed = is_keyword_stuffed(profile, policy)
    facts = _Facts(profile, policy, stuffed)
    wanted = list(roles) if roles is not None else list(taxonomy.roles)
    return {key: _score_role(facts, taxonomy.roles[key], taxonomy, policy) for key in wanted}


def best_fit(scores: dict[str, RoleScore], taxonomy: Taxonomy, policy: Policy | None = None) -> str:
    """Returns the role with the highest score of at least the policy's floor, or 'none'.

    Eligibility is not asked: a required criterion is often missed for want of one word on the
    page (a PM with nine years who never writes "Waterfall"), and gating on it left half of the
    candidates the raters call a good fit with 'none'. Each role's `eligible` and `missing`
    still say which required criteria are not met.
    """
    policy = policy or Policy.from_rules(taxonomy.rules.get("scoring", {}))
    fitting = [s for s in scores.values() if s.score >= policy.best_fit_min_score]
    if not fitting:
        return "none"
    order = list(taxonomy.roles)
    return max(fitting, key=lambda s: (s.score, -order.index(s.role))).role


class _Facts:
    """What the criteria read of one profile, worked out once for all of them (a résumé is
    judged on ~75 criteria over the six roles) rather than once per criterion."""

    def __init__(self, profile: CandidateProfile, policy: Policy, stuffed: bool):
        self.profile = profile
        self.list_factor = policy.list_only_factor * (
            policy.stuffing_credit_factor if stuffed else 1.0
        )
        factor = policy.no_project_role_factor
        # The share of credit skills and experience earn: all of it, or the policy's share when
        # no project role was ever held.
        self.project_factor = 1.0 if factor == 1.0 or not lacks_project_role(profile) else factor
        self._rank = {s.id: i for i, s in enumerate(profile.skills)}
        # build_profile gives one SkillFact per id; a profile built otherwise is scanned.
        self._ids = frozenset(self._rank) if len(self._rank) == len(profile.skills) else None
        self._evidence: dict[str, list[Evidence]] = {}

    def skills_among(self, entries: frozenset[str]) -> list[SkillFact]:
        """Returns the profile's skills whose id is one of `entries`, in profile order."""
        skills = self.profile.skills
        if self._ids is None:
            return [s for s in skills if s.id in entries]
        rank = self._rank
        return [skills[i] for i in sorted([rank[e] for e in entries & self._ids])]

    def evidence_for(self, measure: str) -> list[Evidence]:
        """Returns the evidence of the positions that count towards an experience measure."""
        found = self._evidence.get(measure)
        if found is None:
            positions = self.profile.experience.positions
            found = [e for p in positions for e in evidence_toward(measure, p)]
            self._evidence[measure] = found
        return found


def _judge(c: Criterion, facts: _Facts, taxonomy: Taxonomy, policy: Policy) -> CriterionResult:
    kind = c.kind
    if kind == "skill_group" or kind == "soft_skill":
        return _skills(c, facts, taxonomy)
    if kind == "experience":
        return _experience(c, facts, policy)
    if kind == "certification":
        return _certification(c, facts.profile, taxonomy)
    if kind == "degree":
        return _degree(c, facts.profile, policy)
    raise ValueError(f"unknown criterion kind {c.kind!r}")  # the taxonomy validator prevents this


def _result(
    c: Criterion,
    credit: float,
    met: bool,
    detail: str,
    evidence: Iterable[Evidence] = (),
    factor: float = 1.0,
) -> CriterionResult:
    credit = round(min(c.weight, max(0.0, credit)), 3)
    if factor != 1.0:  # _Facts.project_factor: the credit capped first, then its share taken
        credit = round(credit * factor, 3)
        detail = f"{detail}; x{factor:g}, no project role held"
    return CriterionResult(
        id=c.id,
        kind=c.kind,
        importance=c.importance,
        weight=c.weight,
        credit=credit,
        met=met,
        detail=detail,
        source=c.source.quote,
        source_line=c.source.line,
        evidence=tuple(evidence),
    )


def _certification(c: Criterion, profile: CandidateProfile, taxonomy: Taxonomy) -> CriterionResult:
    held = [f for f in profile.certifications if f.id in c.entries and f.status == "held"]
    if held:
        names = ", ".join(f.name for f in held)
        return _result(c, c.weight, True, f"holds {names}", (e for f in held for e in f.evidence))
    other = [f for f in profile.certifications if f.id in c.entries]
    wanted = " or ".join(taxonomy.entries[e].name for e in c.entries)
    if other:
        states = ", ".join(f"{f.name} {f.status.replace('_', ' ')}" for f in other)
        return _result(
            c, 0.0, False, f"{wanted} not held ({states})", (e for f in other for e in f.evidence)
        )
    return _result(c, 0.0, False, f"no {wanted}")


def _skills(c: Criterion, facts: _Facts, taxonomy: Taxonomy) -> CriterionResult:
    list_factor = facts.list_factor
    found = facts.skills_among(c.entry_set)
    strengths = sorted((1.0 if s.in_experience else list_factor for s in found), reverse=True)
    need = max(1, c.min_count)
    full = max(need, c.full_count)
    credit = c.weight * min(1.0, sum(strengths[:full]) / full)
    met = len(found) >= need
    if found:
        parts = [
            f"{s.name} ({'in a position' if s.in_experience else 'listed only'})" for s in found
        ]
        detail = f"{len(found)} of {need} needed: " + ", ".join(parts)
    else:
        names = ", ".join(taxonomy.entries[e].name for e in c.entries[:6])
        detail = f"none of: {names}" + (", ..." if len(c.entries) > 6 else "")
    evidence = [s.evidence[0] for s in found]
    return _result(c, credit, met, detail, evidence, facts.project_factor)


def _experience(c: Criterion, facts: _Facts, policy: Policy) -> CriterionResult:
    years = float(getattr(facts.profile.experience, c.measure))
    low, high = c.band
    label = c.measure.replace("_", " ")
    band = f"{low:g}+" if high is None else f"{low:g}-{high:g}"
    over = _over_band(c, facts.profile)
    if years < low:
        share = policy.below_floor + (1 - policy.below_floor) * (years / low if low else 1.0)
        fit = f"{years:g} {label}, below the {band} band"
    elif over is not None:
        over_years, over_label = over
        share = max(
            policy.over_floor, 1 - policy.over_penalty_per_year * (over_years - (high or 0))
        )
        fit = f"{over_years:g} {over_label}, above the {band} band"
    else:
        share = 1.0
        fit = f"{years:g} {label}, within the {band} band"
        if high is not None and years > high:  # over_measure, held against the maximum, is not
            held = c.over_measure
            held_years = float(getattr(facts.profile.experience, held))
            fit = f"{years:g} {label} ({held_years:g} {held.replace('_', ' ')}), within the {band} band"
    met = low <= years and over is None
    evidence = facts.evidence_for(c.measure)
    return _result(c, c.weight * share, met, fit, evidence, facts.project_factor)


def _degree(c: Criterion, profile: CandidateProfile, policy: Policy) -> CriterionResult:
    edu = profile.education
    want = DEGREE_LEVELS.index(c.level or "bachelor")
    if edu.level == "none":
        return _result(c, 0.0, False, f"no completed degree (asks {c.level})", edu.evidence)

    def share(degree: Degree) -> float:
        have = DEGREE_LEVELS.index(degree.level)
        level = 1.0 if have >= want else max(0.0, 1 - policy.lower_level_factor * (want - have))
        in_field = not c.fields or degree.field in c.fields
        return level * (1.0 if in_field else policy.other_field_factor)

    # Every degree read is judged; the best one earns the credit (the highest first on a tie).
    # Met, as before, means the highest degree reaches the level: the field only weighs.
    degrees = edu.every_degree
    best = max(degrees, key=share)
    highest = degrees[0]
    detail = f"{_named(best)}; asks {c.level} in {', '.join(c.fields) or 'any field'}"
    evidence = best.evidence
    if best is not highest:
        detail += f"; highest: {_named(highest)}"
        evidence += tuple(e for e in highest.evidence if e not in evidence)
    met = DEGREE_LEVELS.index(edu.level) >= want
    return _result(c, c.weight * share(best), met, detail, evidence)


def _named(degree: Degree) -> str:
    return f"{degree.level} in {degree.field.replace('_', ' ') or 'unknown field'}"
