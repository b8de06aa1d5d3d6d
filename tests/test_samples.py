"""The committed samples and labelled set are reproducible, complete and consistent with taxonomy."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import make_labelled  # noqa: E402
import make_labelled_b  # noqa: E402
import make_labelled_c  # noqa: E402
import make_samples  # noqa: E402
from resume_render import plain  # noqa: E402

SAMPLES = ROOT / "samples"
LABELLED = ROOT / "tests" / "data" / "labelled"
LABELLED_B = ROOT / "tests" / "data" / "labelled_b"
LABELLED_C = ROOT / "tests" / "data" / "labelled_c"
ROLES = {"general", "junior", "senior", "technical", "program", "remote"}
CERT_IDS = {
    "pmp",
    "capm",
    "csm",
    "prince2",
    "pmi-acp",
    "pgmp",
    "safe-spc",
    "aws-ccp",
    "rmp",
    "scrum-fundamentals",
}


def _labels() -> list[dict]:
    return yaml.safe_load((LABELLED / "labels.yaml").read_text(encoding="utf-8"))["resumes"]


# Written by hand beside a generated set, not by its generator: a second rater's labels, and the
# consensus an adjudicator decided between the two raters.
HAND_WRITTEN = {
    "second_rater.yaml",
    "second_rater_rubric.md",
    "consensus.yaml",
    "adjudication_rubric.md",
}


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.startswith(".") and p.name not in HAND_WRITTEN
    }


@pytest.mark.parametrize(
    ("generate", "committed"),
    [
        (make_samples.generate, SAMPLES),
        (make_labelled.generate, LABELLED),
        (make_labelled_b.generate, LABELLED_B),
        (make_labelled_c.generate, LABELLED_C),
    ],
    ids=["samples", "labelled", "labelled_b", "labelled_c"],
)
def test_generator_rewrites_committed_files_byte_for_byte(generate, committed, tmp_path):
    generate(tmp_path)
    fresh, old = _files(tmp_path), _files(committed)
    assert sorted(fresh) == sorted(old)
    changed = [name for name in fresh if fresh[name] != old[name]]
    assert changed == []


def test_every_labelled_file_exists_and_every_file_is_labelled():
    labelled = [r["file"] for r in _labels()]
    assert len(labelled) == len(set(labelled)) >= 40
    on_disk = {p.name for p in LABELLED.iterdir() if p.suffix in {".pdf", ".docx", ".txt"}}
    assert set(labelled) == on_disk


def test_every_sample_in_the_readme_exists_and_every_sample_is_described():
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([^`]+)` \|", readme, re.M))
    on_disk = {p.name for p in SAMPLES.iterdir() if p.suffix in {".pdf", ".docx", ".txt"}}
    assert len(listed) >= 12
    assert listed == on_disk


def test_labelled_set_mixes_formats_as_intended():
    suffixes = [Path(r["file"]).suffix for r in _labels()]
    share = {s: suffixes.count(s) / len(suffixes) for s in (".pdf", ".docx", ".txt")}
    assert 0.35 <= share[".pdf"] <= 0.45
    assert 0.30 <= share[".docx"] <= 0.40
    assert 0.20 <= share[".txt"] <= 0.30


def test_label_records_are_well_formed():
    for r in _labels():
        assert set(r["held_certifications"]) <= CERT_IDS, r["file"]
        assert set(r["other_certifications"]) <= CERT_IDS, r["file"]
        assert set(r["other_certifications"].values()) <= {"in_progress", "expired", "negated"}
        assert not set(r["held_certifications"]) & set(r["other_certifications"]), r["file"]
        assert r["degree_level"] in {"none", "associate", "bachelor", "master", "doctorate"}
        assert r["degree_field"] in {
            "computing",
            "engineering",
            "business",
            "project_management",
            "other",
            "",
        }
        assert 0 <= r["it_pm_years"] <= r["pm_years"] <= r["total_years"] < 60, r["file"]
        assert 0 <= r["remote_years"] <= r["total_years"], r["file"]
        assert set(r["fit"]) == ROLES and set(r["fit"].values()) <= {0, 1, 2, 3}, r["file"]


def test_each_role_has_strong_and_weak_examples():
    fits = [r["fit"] for r in _labels()]
    for role in ROLES:
        values = {f[role] for f in fits}
        assert {0, 3} <= values, role


def test_dates_cover_every_format_the_facts_issue_names():
    text = "\n".join(plain(make_labelled.build(s).all_text()) for s in make_labelled.SPECS)
    shapes = [
        r"[A-Z][a-z]{2} \d{4} – Present",
        r"[A-Z][a-z]+ \d{4} to Current",
        r"\d{2}/\d{4} - \d{2}/\d{4}",
        r"\d{4}-\d{2} – \d{4}-\d{2}",
        r"\b\d{4}–\d{4}\b",
        r"\d{4} to date",
        r"Sept\. \d{4} – [A-Z][a-z]{2} \d{4}",
        r"Summer \d{4}",
        r"'\d{2} – '\d{2}",
    ]
    for shape in shapes:
        assert re.search(shape, text), shape


def test_year_arithmetic_follows_the_stated_rules():
    years = make_labelled.merged_years
    iv = make_labelled.interval
    assert years([iv(2012, 2016, "year")]) == 4.0
    assert years([iv((2015, 3), (2019, 6), "mmyyyy")]) == round(52 / 12, 2)
    assert years([iv(2019, 2019, "summer")]) == 0.25
    overlapping = [iv(2014, 2019, "year"), iv(2016, 2018, "year")]
    assert years(overlapping) == 5.0


def _taxonomy_mentions(text: str, entries: list[dict]) -> set[str]:
    """Return ids of taxonomy entries matched exactly (longest match wins, `not` phrases out)."""
    lower = text.lower()
    spans: list[tuple[int, int, str]] = []
    for e in entries:
        nots = [
            (m.start(), m.end())
            for n in e.get("not", [])
            for m in re.finditer(re.escape(n.lower()), lower)
        ]
        pats = [re.compile(rf"(?<![\w-]){re.escape(a)}(?![\w-])", re.I) for a in e["aliases"]]
        pats += [re.compile(rf"(?<![\w-]){re.escape(a)}(?![\w-])") for a in e.get("acronyms", [])]
        for pat in pats:
            for m in pat.finditer(text):
                if not any(s < m.end() and m.start() < t for s, t in nots):
                    spans.append((m.start(), m.end(), e["id"]))
    taken: list[tuple[int, int]] = []
    found: set[str] = set()
    for s, t, i in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
        if not any(s < b and a < t for a, b in taken):
            taken.append((s, t))
            found.add(i)
    return found


@pytest.mark.skipif(not (ROOT / "taxonomy" / "skills.yaml").exists(), reason="no taxonomy yet")
def test_every_exact_taxonomy_skill_mention_is_labelled():
    entries = yaml.safe_load((ROOT / "taxonomy" / "skills.yaml").read_text())["skills"]
    known = {e["id"] for e in entries}
    labels = {r["file"]: r for r in _labels()}
    unlabelled = {}
    for spec in make_labelled.SPECS:
        record = next(r for f, r in labels.items() if Path(f).stem == spec.key)
        assert set(record["skills"]) <= known, spec.key
        text = plain(make_labelled.build(spec).all_text())
        extra = _taxonomy_mentions(text, entries) - set(record["skills"])
        if extra:
            unlabelled[spec.key] = sorted(extra)
    assert unlabelled == {}
