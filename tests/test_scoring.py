"""The scorer is pure: properties over generated profiles, plus worked examples."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import TaxonomyError
from pipeline.models import (
    DEGREE_LEVELS,
    ROLE_KEYS,
    CandidateProfile,
    CertificationFact,
    Degree,
    Document,
    Education,
    Evidence,
    Experience,
    Position,
    SkillFact,
)
from pipeline.scoring import Policy, best_fit, score_all, score_role

EV = Evidence(text="x", start=0, end=1, section="skills")
FIELDS = ("computing", "engineering", "business", "project_management", "other", "")
STATUSES = ("held", "in_progress", "expired", "negated")
years = st.floats(min_value=0, max_value=40, allow_nan=False).map(lambda y: round(y, 1))


def profile_strategy(taxonomy):
    cert_ids = sorted(e.id for e in taxonomy.certifications())
    skill_ids = sorted(e.id for e in taxonomy.skills())

    @st.composite
    def build(draw):
        certs = draw(
            st.dictionaries(st.sampled_from(cert_ids), st.sampled_from(STATUSES), max_size=6)
        )
        skills = draw(st.dictionaries(st.sampled_from(skill_ids), st.booleans(), max_size=40))
        total = draw(years)
        pm = min(total, draw(years))
        it_pm = min(pm, draw(years))
        remote = min(total, draw(years))
        return CandidateProfile(
            certifications=tuple(
                CertificationFact(cid, taxonomy.entries[cid].name, status, (EV,))  # type: ignore[arg-type]
                for cid, status in sorted(certs.items())
            ),
            skills=tuple(
                SkillFact(
                    sid, taxonomy.entries[sid].name, taxonomy.entries[sid].category, (EV,), in_exp
                )
                for sid, in_exp in sorted(skills.items())
            ),
            experience=Experience(total, pm, it_pm, remote, it_project_years=pm),
            education=Education(
                draw(st.sampled_from(DEGREE_LEVELS)), draw(st.sampled_from(FIELDS))
            ),  # type: ignore[arg-type]
        )

    return build()


def test_scores_stay_within_0_and_100_and_are_deterministic(taxonomy):
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(profile_strategy(taxonomy))
    def check(profile):
        first = score_all(profile, taxonomy)
        assert set(first) == set(ROLE_KEYS)
        for rs in first.values():
            assert 0.0 <= rs.score <= 100.0
            assert all(0 <= c.credit <= c.weight for c in rs.criteria)
        assert score_all(profile, taxonomy) == first

    check()


def test_gaining_a_required_criterion_never_lowers_a_score(taxonomy):
    policy = Policy.from_rules(taxonomy.rules.get("scoring", {}))

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(profile_strategy(taxonomy), st.sampled_from(ROLE_KEYS))
    def check(profile, role_key):
        role = taxonomy.roles[role_key]
        before = score_role(profile, role, taxonomy, policy)
        for criterion in role.criteria:
            if criterion.importance != "required" or criterion.kind not in (
                "certification",
                "skill_group",
                "soft_skill",
            ):
                continue
            gained = _gain(profile, criterion, taxonomy)
            after = score_role(gained, role, taxonomy, policy)
            assert after.score >= before.score
            assert criterion.id not in after.missing

    check()


def _gain(profile, criterion, taxonomy):
    entry_id = criterion.entries[0]
    entry = taxonomy.entries[entry_id]
    if criterion.kind == "certification":
        certs = tuple(c for c in profile.certifications if c.id != entry_id)
        certs += (CertificationFact(entry_id, entry.name, "held", (EV,)),)
        return replace(profile, certifications=certs)
    have = {s.id for s in profile.skills}
    extra = tuple(
        SkillFact(e, taxonomy.entries[e].name, taxonomy.entries[e].category, (EV,), True)
        for e in criterion.entries[: criterion.min_count]
        if e not in have
    )
    return replace(profile, skills=profile.skills + extra)


def _profile(taxonomy, certs=(), skills=(), exp=(0, 0, 0, 0), degree=("none", "")):
    return CandidateProfile(
        certifications=tuple(
            CertificationFact(c, taxonomy.entries[c].name, "held", (EV,)) for c in certs
        ),
        skills=tuple(
            SkillFact(s, taxonomy.entries[s].name, taxonomy.entries[s].category, (EV,), True)
            for s in skills
        ),
        experience=Experience(*exp, it_project_years=exp[1]),
        education=Education(*degree),
    )


def test_in_progress_certification_earns_nothing(taxonomy):
    held = _profile(taxonomy, certs=["pmp"])
    pending = replace(held, certifications=(CertificationFact("pmp", "PMP", "in_progress", (EV,)),))
    senior_held = score_all(held, taxonomy)["senior"]
    senior_pending = score_all(pending, taxonomy)["senior"]
    senior = taxonomy.roles["senior"]
    pmp_criteria = [
        c.id for c in senior.criteria if c.kind == "certification" and "pmp" in c.entries
    ]
    assert pmp_criteria
    assert not set(pmp_criteria) & set(senior_held.missing)
    assert set(pmp_criteria) <= set(senior_pending.missing)
    assert senior_pending.score < senior_held.score


def test_without_a_project_role_skills_and_experience_earn_a_share(taxonomy):
    skills = ["aws", "apis", "ci-cd", "github", "jira", "software-development", "sdlc"]
    developer = _profile(taxonomy, skills=skills, degree=("bachelor", "computing"))
    engineer = Position(
        title="Software Engineer",
        employer="Contoso",
        start=date(2018, 1, 1),
        end=date(2025, 12, 31),
        is_pm=False,
        is_it=True,
        is_remote=False,
        is_internship=False,
        evidence=EV,
        is_technical=True,
    )
    developer = replace(
        developer,
        experience=replace(
            developer.experience, total_years=8, technical_years=8, positions=(engineer,)
        ),
    )
    coordinator = replace(developer, experience=replace(developer.experience, it_project_years=0.5))
    share = Policy.from_rules(taxonomy.rules["scoring"]).no_project_role_factor
    assert 0 < share < 1
    dev, coord = (score_all(p, taxonomy)["technical"] for p in (developer, coordinator))
    assert dev.score < coord.score
    by_id = {c.id: c for c in dev.criteria}
    full = {c.id: c for c in coord.criteria}
    assert by_id["technical-areas"].credit == pytest.approx(full["technical-areas"].credit * share)
    assert "no project role held" in by_id["technical-areas"].detail
    assert by_id["degree"].credit == full["degree"].credit  # degrees and certificates are kept
    # Undecided is not lacking: no dated position read, or one without its title, costs nothing.
    for positions in ((), (replace(engineer, title=""),)):
        unread = replace(developer, experience=replace(developer.experience, positions=positions))
        assert score_all(unread, taxonomy)["technical"].score == coord.score


def test_a_share_outside_0_and_1_is_a_taxonomy_error():
    with pytest.raises(TaxonomyError, match="no_project_role_factor"):
        Policy.from_rules({"no_project_role": {"credit_factor": 1.5}})


def test_over_qualified_candidate_is_a_weaker_junior_fit(taxonomy):
    skills = ["jira", "ms-project", "agile", "scrum", "communication", "organization"]
    junior = _profile(
        taxonomy, certs=["capm"], skills=skills, exp=(2, 2, 2, 0), degree=("bachelor", "computing")
    )
    director = _profile(
        taxonomy,
        certs=["capm"],
        skills=skills,
        exp=(15, 15, 15, 0),
        degree=("bachelor", "computing"),
    )
    assert (
        score_all(director, taxonomy)["junior"].score < score_all(junior, taxonomy)["junior"].score
    )


def test_over_qualification_counts_years_managing_it_projects_and_weakens_the_whole_fit(
    taxonomy,
):
    policy = Policy.from_rules(taxonomy.rules["scoring"])
    skills = ["jira", "ms-project", "agile", "scrum", "communication", "organization"]
    base = _profile(taxonomy, certs=["capm"], skills=skills, degree=("bachelor", "computing"))

    def scores(total, it_pm, it_project):
        experience = replace(
            base.experience,
            total_years=total,
            pm_years=it_pm,
            it_pm_years=it_pm,
            it_project_years=it_project,
        )
        return score_all(replace(base, experience=experience), taxonomy)

    def junior(total, it_pm, it_project):
        return scores(total, it_pm, it_project)["junior"]

    entry = junior(2, 2, 2)
    # Eight years as an analyst on IT projects, two of them managing: years supporting projects
    # are the experience the level asks for, so nothing is taken away.
    analyst = junior(8, 2, 8)
    assert analyst.score == entry.score
    assert not any("over-qualified" in c.detail for c in analyst.criteria)
    experience = next(c for c in analyst.criteria if c.kind == "experience")
    assert experience.met and "(2 it pm years)" in experience.detail
    # Ten years managing IT projects: over the band by seven, the rest of the credit is scaled.
    manager = junior(10, 10, 10)
    factor = max(policy.over_role_floor, 1 - policy.over_role_penalty_per_year * 7)
    assert 0 < factor < 1
    for mine, theirs in zip(manager.criteria, entry.criteria, strict=True):
        if mine.kind == "experience":
            assert not mine.met and "above the 0.5-3 band" in mine.detail
        else:
            assert mine.credit == pytest.approx(theirs.credit * factor, abs=1e-3)
            # Only credit that was scaled says so.
            assert ("over-qualified: 10 it pm years" in mine.detail) == (theirs.credit > 0)
    assert manager.score < analyst.score
    # Other levels have no maximum: the same manager is no weaker a senior fit for it.
    assert not any(
        "over-qualified" in c.detail for c in score_all(base, taxonomy)["senior"].criteria
    )


def test_every_criterion_names_its_job_description_line(taxonomy):
    profile = _profile(
        taxonomy, certs=["pmp"], skills=["jira"], exp=(8, 8, 8, 2), degree=("bachelor", "computing")
    )
    for rs in score_all(profile, taxonomy).values():
        for c in rs.criteria:
            assert c.source and c.source_line > 0


# --- the degree criterion judges every degree read ------------------------------------------
def _degree_criterion(screener, education: str, role: str):
    text = (
        "Pat Example\n\nEXPERIENCE\nIT Project Manager, Acme Software | Jan 2016 – Present\n"
        f"• Ran sprints\n\nEDUCATION\n{education}\n"
    )
    result = screener.screen_document(Document(text=text, format="txt"))
    return result.profile.education, next(
        c for c in result.scores[role].criteria if c.id == "degree"
    )


def test_a_lower_degree_in_the_asked_field_meets_the_technical_degree(screener):
    # JD line 122: "Bachelor's degree in computer science, engineering, or IT".
    education, degree = _degree_criterion(
        screener, "MBA, Coast School of Business, 2016\nB.S. Computer Science, 2010", "technical"
    )
    assert (education.level, education.field) == ("master", "business")  # still the one reported
    assert (degree.met, degree.credit) == (True, degree.weight)
    assert degree.detail.startswith("bachelor in computing;")
    assert "highest: master in business" in degree.detail
    assert [e.text for e in degree.evidence] == [
        "B.S. Computer Science, 2010",
        "MBA, Coast School of Business, 2016",
    ]


@pytest.mark.parametrize(
    ("education", "met", "share"),
    [
        # No degree in the field: the field share, as before.
        ("MBA, 2016\nB.A. History, 2010", True, "other_field"),
        ("MBA, 2016", True, "other_field"),
        # Only the level falls short: one level's share.
        ("A.A.S. Computer Support Technology, 2008", False, "one_level_short"),
        # Both degrees fall short, each its own way: the better share wins, met by the MBA's level.
        ("MBA, 2016\nA.A.S. Web Development, 2006", True, "one_level_short"),
        ("B.S. Computer Science, 2010", True, "full"),
    ],
)
def test_the_best_degree_earns_the_credit(screener, taxonomy, education, met, share):
    policy = Policy.from_rules(taxonomy.rules["scoring"])
    shares = {
        "full": 1.0,
        "other_field": policy.other_field_factor,
        "one_level_short": 1 - policy.lower_level_factor,
    }
    _, degree = _degree_criterion(screener, education, "technical")
    assert degree.met is met
    assert degree.credit == pytest.approx(degree.weight * shares[share], abs=1e-3)


def test_a_further_degree_never_lowers_a_score_nor_eligibility(taxonomy):
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        profile_strategy(taxonomy),
        st.sampled_from(DEGREE_LEVELS[1:]),
        st.sampled_from(FIELDS[:-1]),
    )
    def check(profile, level, field):
        edu = profile.education
        if edu.level == "none" or DEGREE_LEVELS.index(level) > DEGREE_LEVELS.index(edu.level):
            return  # a higher degree would become the reported one
        top = Degree(edu.level, edu.field or "other", edu.evidence)
        one = replace(profile, education=replace(edu, field=top.field, degrees=(top,)))
        two = replace(one, education=replace(one.education, degrees=(top, Degree(level, field))))
        before, after = score_all(one, taxonomy), score_all(two, taxonomy)
        for key in before:
            assert after[key].score >= before[key].score
            assert after[key].eligible == before[key].eligible

    check()


def test_best_fit_is_none_for_an_empty_profile(taxonomy):
    empty = _profile(taxonomy)
    assert best_fit(score_all(empty, taxonomy), taxonomy) == "none"


def test_best_fit_is_the_highest_score_over_the_floor_eligible_or_not(taxonomy):
    floor = Policy.from_rules(taxonomy.rules["scoring"]).best_fit_min_score
    scores = score_all(_profile(taxonomy), taxonomy)

    def with_scores(**by_role):
        return {k: replace(v, score=by_role.get(k, 0.0), eligible=False) for k, v in scores.items()}

    assert best_fit(with_scores(senior=floor + 20, general=floor + 10), taxonomy) == "senior"
    assert best_fit(with_scores(senior=floor - 0.1), taxonomy) == "none"
    # A tie goes to the role listed first in the taxonomy.
    assert best_fit(with_scores(program=floor, general=floor), taxonomy) == "general"
    eligible = with_scores(general=floor + 5, remote=floor + 1)
    eligible["remote"] = replace(eligible["remote"], eligible=True)
    assert best_fit(eligible, taxonomy) == "general"


def test_a_criterion_finds_its_skills_in_profile_order_even_when_ids_repeat(taxonomy):
    # _Facts looks a criterion's skills up by id instead of scanning them all; what it finds
    # must be what the scan finds, in the same order, for any order of skills and repeated ids.
    from pipeline.scoring import _Facts

    skill_ids = sorted(e.id for e in taxonomy.skills())
    entries = frozenset(skill_ids[::3])
    policy = Policy.from_rules(taxonomy.rules["scoring"])

    @settings(max_examples=100, deadline=None)
    @given(st.lists(st.sampled_from(skill_ids), max_size=30))
    def check(ids):
        skills = tuple(SkillFact(i, i, "x", (EV,), n % 2 == 0) for n, i in enumerate(ids))
        profile = CandidateProfile((), skills, Experience(0, 0, 0, 0), Education("none", ""))
        found = _Facts(profile, policy, stuffed=False).skills_among(entries)
        assert found == [s for s in skills if s.id in entries]

    check()


def _remote_criteria(screener, bullet: str, location: str = "Chicago, IL"):
    text = (
        "Pat Example\n\nEXPERIENCE\n"
        f"IT Project Manager, Acme Software, {location} | Jan 2016 – Present\n"
        f"• {bullet}\n• Tracked delivery in Jira\n"
    )
    result = screener.screen_document(Document(text=text, format="txt"))
    return {c.id: c for c in result.scores["remote"].criteria}, result.scores["remote"].score


def test_leading_a_team_spread_over_countries_earns_the_distributed_teams_credit(screener):
    spread, score = _remote_criteria(screener, "Ran the ERP rollout in 14 countries")
    local, local_score = _remote_criteria(screener, "Ran the ERP rollout in 14 warehouses")
    remote, remote_score = _remote_criteria(screener, "Ran the ERP rollout", location="Remote")
    distributed = spread["distributed-teams-experience"]
    assert distributed.met and distributed.credit == distributed.weight
    # The position's header and the words that say the team was spread out.
    assert [e.text for e in distributed.evidence][-1] == "in 14 countries"
    assert not spread["experience"].met  # not remote work: the remote years stay at 0
    assert local["distributed-teams-experience"].credit == 0.0
    assert remote["distributed-teams-experience"].met and remote["experience"].met
    assert local_score < score < remote_score
