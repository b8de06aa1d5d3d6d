"""The real taxonomy is complete, traceable and valid; broken copies give precise problems."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from pipeline.errors import TaxonomyError
from pipeline.models import ROLE_KEYS
from pipeline.taxonomy import (
    Taxonomy,
    check_taxonomy,
    default_directory,
    describe_role,
    load_taxonomy,
)

DATA = Path(__file__).parent / "data"
CERTIFICATION_IDS = {
    "pmp", "capm", "csm", "prince2", "pmi-acp", "pgmp", "safe-spc", "aws-ccp", "rmp",
    "scrum-fundamentals",
}  # fmt: skip
SKILL_IDS = {
    "tool": "ms-project ms-project-online jira smartsheet trello asana confluence clarity-ppm "
    "planview zoom slack clickup github ci-cd devops",
    "method": "agile scrum waterfall kanban hybrid sdlc",
    "technical": "cloud-infrastructure apis database-systems it-infrastructure "
    "application-deployment system-integration erp saas",
    "compliance": "hipaa gdpr sox",
    "business": "budgeting forecasting financial-reporting procurement vendor-management "
    "risk-management stakeholder-management resource-planning scope-management kpi-tracking roi "
    "contract-management change-management portfolio-management program-management "
    "roadmap-planning project-scheduling documentation offshore-teams remote-teams",
    "soft": "communication leadership delegation time-management prioritization organization "
    "multitasking negotiation decision-making conflict-resolution analytical-thinking "
    "attention-to-detail collaboration strategic-thinking self-discipline team-motivation "
    "initiative willingness-to-learn problem-solving",
}
BANDS = {
    "general": ("it_pm_years", (3, None)),
    "junior": ("it_project_years", (0.5, 3)),
    "senior": ("it_pm_years", (7, None)),
    "technical": ("it_pm_years", (5, None)),
    "program": ("it_pm_years", (10, None)),
    "remote": ("remote_it_years", (4, None)),
}
# Headings under which every bullet names something a résumé is screened for.
SCREENED_SECTIONS = {
    "IT Project Manager Core Responsibilities",
    "Responsibilities",
    "Hard skills",
    "Soft skills",
    "Education",
    "Certifications",
    "Preferred Qualifications",
}


@pytest.fixture(scope="module")
def items() -> dict:
    return yaml.safe_load((DATA / "taxonomy_items.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def document() -> list[str]:
    return (default_directory() / "job-descriptions.txt").read_text(encoding="utf-8").splitlines()


def _key(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


def _lookup(taxonomy: Taxonomy) -> dict[str, set[str]]:
    """Returns entry ids by every surface form: alias, acronym, name, and their simple plurals."""
    found: dict[str, set[str]] = {}
    for entry in taxonomy.entries.values():
        for form in (*entry.aliases, *entry.acronyms, entry.name):
            for key in {_key(form), _key(form) + "s"}:
                found.setdefault(key, set()).add(entry.id)
    return found


def _item_pairs(items: dict) -> list[tuple[int, str, str | None]]:
    pairs = []
    for line, named in items["items"].items():
        for item in named:
            if isinstance(item, dict):
                ((text, entry_id),) = item.items()
                pairs.append((int(line), str(text), str(entry_id)))
            else:
                pairs.append((int(line), str(item), None))
    return pairs


def test_real_taxonomy_has_no_problems():
    assert check_taxonomy(default_directory()) == []


def test_default_directory_holds_the_taxonomy():
    assert (default_directory() / "roles.yaml").is_file()
    assert (default_directory() / "job-descriptions.txt").is_file()


def test_certification_ids_are_the_fixed_ones(taxonomy):
    assert {e.id for e in taxonomy.certifications()} >= CERTIFICATION_IDS
    assert all(e.category == "certification" for e in taxonomy.certifications())


@pytest.mark.parametrize("category", sorted(SKILL_IDS))
def test_required_skill_ids_exist_with_their_category(taxonomy, category):
    for entry_id in SKILL_IDS[category].split():
        assert entry_id in taxonomy.entries, entry_id
        assert taxonomy.entries[entry_id].category == category, entry_id


def test_every_named_item_resolves_to_an_entry(taxonomy, items):
    lookup = _lookup(taxonomy)
    unresolved = []
    for line, text, entry_id in _item_pairs(items):
        if entry_id is not None:
            if entry_id not in taxonomy.entries:
                unresolved.append(f"line {line}: {text!r} -> unknown entry {entry_id!r}")
        elif _key(text) not in lookup:
            unresolved.append(f"line {line}: {text!r}")
    assert unresolved == []


def test_every_item_is_written_on_its_line(items, document):
    misplaced = [
        f"line {line}: {text!r}"
        for line, text, _ in _item_pairs(items)
        if text.lower() not in document[line - 1].lower()
    ]
    assert misplaced == []


def test_every_screened_bullet_is_covered(items, document):
    """Every bullet under a responsibilities, skills, education, certification or preferred heading
    is in the items file."""
    covered = set(items["items"]) | set(items["criteria"])
    section, missing = "", []
    for number, text in enumerate(document, 1):
        if not text.startswith("- "):
            section = text.strip()
        elif section in SCREENED_SECTIONS and number not in covered:
            missing.append(f"line {number}: {text}")
    assert missing == []


def test_degrees_experience_and_certifications_are_criteria(taxonomy, items):
    missing = []
    for line, want in items["criteria"].items():
        role = taxonomy.roles[want["role"]]
        if not any(c.kind == want["kind"] and c.source.line == line for c in role.criteria):
            missing.append(f"line {line}: no {want['kind']} criterion in {want['role']}")
    assert missing == []


def test_every_entry_and_criterion_quotes_its_line(taxonomy, document):
    for entry in taxonomy.entries.values():
        assert entry.source.quote in document[entry.source.line - 1], entry.id
    for role in taxonomy.roles.values():
        for c in role.criteria:
            assert c.source.quote in document[c.source.line - 1], f"{role.key}/{c.id}"


def test_roles_have_the_document_experience_bands(taxonomy):
    assert tuple(taxonomy.roles) == ROLE_KEYS
    for key, (measure, band) in BANDS.items():
        experience = next(c for c in taxonomy.roles[key].criteria if c.id == "experience")
        assert (experience.measure, experience.band) == (measure, band), key


def test_pmp_importance_follows_the_document(taxonomy):
    importance = {
        key: next(c.importance for c in role.criteria if "pmp" in c.entries)
        for key, role in taxonomy.roles.items()
        if any("pmp" in c.entries for c in role.criteria)
    }
    assert importance == {
        "general": "strongly_preferred",
        "senior": "required",
        "technical": "required",
        "program": "required",
        "remote": "required",
    }


def test_recommended_certifications_weigh_less_than_pmp(taxonomy):
    for role in taxonomy.roles.values():
        pmp = [c.weight for c in role.criteria if c.entries == ("pmp",)]
        recommended = [c.weight for c in role.criteria if c.importance == "recommended"]
        assert recommended, role.key
        assert all(r < p for r in recommended for p in pmp), role.key


def test_describe_role_groups_by_importance_with_source_lines(taxonomy):
    text = describe_role(taxonomy, "senior")
    headings = [line for line in text.splitlines() if line and not line.startswith(" ")][1:]
    assert headings == ["Required", "Strongly preferred", "Recommended", "Preferred"]
    assert 'line 95: "PMP (Project Management Professional) required"' in text
    assert "7+ years (it_pm_years)" in text
    with pytest.raises(TaxonomyError, match="unknown role 'chief'"):
        describe_role(taxonomy, "chief")


def test_other_yaml_files_are_kept_as_rules_and_change_the_digest(tmp_path, taxonomy):
    copy = _copy(tmp_path)
    (copy / "context.yaml").write_text("window: 40\n", encoding="utf-8")
    edited = load_taxonomy(copy)
    assert edited.rules["context"] == {"window": 40}
    assert edited.digest != taxonomy.digest


# ---- broken copies ------------------------------------------------------------------------------


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "taxonomy"
    shutil.copytree(default_directory(), target)
    return target


def _break(tmp_path: Path, file: str, old: str, new: str) -> Path:
    copy = _copy(tmp_path)
    path = copy / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {file}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return copy


def _line_of(directory: Path, file: str, text: str) -> int:
    lines = (directory / file).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if text in line)


BROKEN = {
    "implied entry unknown": (
        "skills.yaml",
        "implies: {Scrum ceremonies: [scrum],",
        "implies: {Scrum ceremonies: [scrumm],",
        "skills.yaml: agile-ceremonies: implies: unknown entry 'scrumm'",
    ),
    "implying alias unknown": (
        "skills.yaml",
        "implies: {Scrum ceremonies: [scrum],",
        "implies: {Scrum rituals: [scrum],",
        "skills.yaml: agile-ceremonies: implies: 'Scrum rituals' is none of its aliases or acronyms",
    ),
    "method alias that is no alias": (
        "certifications.yaml",
        "method_aliases: [PRINCE2, PRINCE 2]",
        "method_aliases: [PRINCE2, Prince Two]",
        "certifications.yaml: prince2: method_aliases: 'Prince Two' is none of its aliases or acronyms",
    ),
    "unknown key in the distributed vocabulary": (
        "titles.yaml",
        "\n  counted:\n",
        "\n  regexes:\n",
        "titles.yaml: distributed.regexes: unknown key",
    ),
    "duplicate id": (
        "skills.yaml",
        "  - id: trello\n",
        "  - id: jira\n",
        "skills.yaml: jira: duplicate id (also in skills.yaml)",
    ),
    "alias in two entries": (
        "skills.yaml",
        "aliases: [Trello, Atlassian Trello]",
        "aliases: [Trello, Atlassian Trello, JIRA]",
        "skills.yaml: trello: alias 'JIRA' is also claimed by jira (skills.yaml)",
    ),
    "acronym in two entries": (
        "certifications.yaml",
        "acronyms: [CAPM]",
        "acronyms: [CAPM, PMP]",
        "certifications.yaml: capm: acronym 'PMP' is also claimed by pmp (certifications.yaml)",
    ),
    "unknown entry in a criterion": (
        "roles.yaml",
        "entries: [pmi-acp, csm]",
        "entries: [pmi-acp, psm]",
        "roles.yaml: senior/criteria[1] (recommended-certifications): unknown entry 'psm'",
    ),
    "entry of the wrong kind": (
        "roles.yaml",
        "entries: [organization, multitasking,",
        "entries: [organization, jira,",
        "roles.yaml: junior/criteria[4] (soft-skills): entry 'jira' is a tool, "
        "not usable in a soft_skill criterion",
    ),
    "weight not a number": (
        "roles.yaml",
        "        weight: 25\n        entries: [pmp]\n        source: {line: 95,",
        "        weight: high\n        entries: [pmp]\n        source: {line: 95,",
        "roles.yaml: senior/criteria[0] (pmp): weight 'high' is not a number",
    ),
    "weight zero": (
        "roles.yaml",
        "        weight: 25\n        entries: [pmp]\n        source: {line: 95,",
        "        weight: 0\n        entries: [pmp]\n        source: {line: 95,",
        "roles.yaml: senior/criteria[0] (pmp): weight 0 must be greater than 0",
    ),
    "missing source": (
        "skills.yaml",
        '    source: {line: 19, quote: "Trello"}\n',
        "",
        "skills.yaml: trello: missing source (line and quote of job-descriptions.txt)",
    ),
    "quote not on its line": (
        "skills.yaml",
        'source: {line: 19, quote: "Trello"}',
        'source: {line: 20, quote: "Trello"}',
        "skills.yaml: trello: source quote 'Trello' is not on line 20 (it is on line 19, 172)",
    ),
    "unknown importance": (
        "roles.yaml",
        "importance: strongly_preferred\n        weight: 25\n        entries: [pmp]",
        "importance: nice_to_have\n        weight: 25\n        entries: [pmp]",
        "roles.yaml: general/criteria[0] (pmp): unknown importance 'nice_to_have' "
        "(use one of required, strongly_preferred, recommended, preferred)",
    ),
    "unknown category": (
        "skills.yaml",
        "    name: Trello\n    category: tool",
        "    name: Trello\n    category: gadget",
        "skills.yaml: trello: unknown category 'gadget' "
        "(use one of certification, tool, method, technical, compliance, business, soft)",
    ),
    "unknown measure": (
        "roles.yaml",
        "measure: remote_it_years",
        "measure: remote_it_months",
        "roles.yaml: remote/criteria[8] (experience): unknown measure 'remote_it_months' "
        "(use one of total_years, pm_years, it_pm_years, remote_years, it_project_years, technical_years, remote_it_years, distributed_it_project_years)",
    ),
    "unknown over-qualification measure": (
        "roles.yaml",
        "over_measure: it_pm_years",
        "over_measure: pm_months",
        "roles.yaml: junior/criteria[6] (experience): unknown over_measure 'pm_months' "
        "(use one of total_years, pm_years, it_pm_years, remote_years, it_project_years, technical_years, remote_it_years, distributed_it_project_years)",
    ),
    "over-qualification without a band maximum": (
        "roles.yaml",
        "measure: remote_it_years",
        "measure: remote_it_years\n        over_measure: pm_years",
        "roles.yaml: remote/criteria[8] (experience): over_measure needs a band maximum to be held against",
    ),
    "unknown degree field": (
        "roles.yaml",
        "fields: [computing, engineering]\n        source: {line: 122,",
        "fields: [computing, plumbing]\n        source: {line: 122,",
        "roles.yaml: technical/criteria[7] (degree): unknown field 'plumbing' "
        "(use one of computing, engineering, business, project_management, other)",
    ),
    "bad near-miss pattern": (
        "skills.yaml",
        "not: [yoga asana, yoga asanas]",
        "not: [yoga asana, yoga asanas]\n    not_patterns: ['yoga (asana']",
        "skills.yaml: asana: not_patterns: bad regular expression 'yoga (asana': "
        "missing ), unterminated subpattern at position 5",
    ),
    "missing role": (
        "roles.yaml",
        "  remote:\n",
        "  distant:\n",
        "roles.yaml: roles: missing role 'remote'",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_taxonomy_names_file_entry_and_problem(tmp_path, case):
    file, old, new, expected = BROKEN[case]
    copy = _break(tmp_path, file, old, new)
    problems = check_taxonomy(copy)
    assert expected in problems
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(copy)
    assert expected in caught.value.message
    assert caught.value.path == copy


def test_yaml_syntax_error_gives_its_line_number(tmp_path):
    copy = _break(tmp_path, "skills.yaml", "    name: Trello\n", "    name: Trello: boards\n")
    line = _line_of(copy, "skills.yaml", "name: Trello: boards")
    assert check_taxonomy(copy) == [
        f"skills.yaml: line {line}: YAML syntax error: mapping values are not allowed here"
    ]


def test_unclosed_bracket_is_reported_with_a_line_number(tmp_path):
    copy = _break(tmp_path, "roles.yaml", "entries: [pgmp, safe-spc]", "entries: [pgmp, safe-spc")
    (problem,) = check_taxonomy(copy)
    assert re.match(r"roles\.yaml: line \d+: YAML syntax error: ", problem)


def test_every_problem_is_listed_not_only_the_first(tmp_path):
    copy = _break(tmp_path, "skills.yaml", "  - id: trello\n", "  - id: jira\n")
    roles = copy / "roles.yaml"
    roles.write_text(roles.read_text(encoding="utf-8").replace("weight: 25", "weight: high"))
    problems = check_taxonomy(copy)
    assert "skills.yaml: jira: duplicate id (also in skills.yaml)" in problems
    assert sum("weight 'high' is not a number" in p for p in problems) >= 6


def test_a_bad_pattern_in_a_stage_file_is_reported(tmp_path):
    copy = _copy(tmp_path)
    context = copy / "context.yaml"
    context.write_text(
        context.read_text(encoding="utf-8").replace('"\\\\bexpired\\\\b"', '"(expired"', 1),
        encoding="utf-8",
    )
    problems = check_taxonomy(copy)
    assert any(
        p.startswith("context.yaml: statuses/expired/after") and "regular expression" in p
        for p in problems
    ), problems


def test_the_counted_distributed_vocabulary_is_checked():
    from pipeline.facts.experience import load_rules, validate_title_rules

    data = load_rules(default_directory() / "titles.yaml")
    data["distributed"]["counted"]["nouns"] = "countries"
    data["distributed"]["counted"]["units"] = ["sites"]
    assert validate_title_rules(data) == [
        "titles.yaml: distributed.counted.units: unknown key",
        "titles.yaml: distributed.counted.nouns: must be a list of non-empty strings",
    ]
