"""Measured accuracy on a labelled set: facts (certifications, skills, years, degree) and ranking.

The labels file (YAML) holds one record per résumé:
`file, held_certifications, skills, total_years, pm_years, it_pm_years, remote_years, year_only,
degree_level, fit: {role: 0-3}`; paths are relative to the labels file. A fact key left out of a
record is not measured for that record (a set labelled for ranking only carries `fit` alone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from pipeline.models import ROLE_KEYS, Result

YEAR_MEASURES = ("total_years", "pm_years", "it_pm_years", "remote_years")


@dataclass(frozen=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    files: int
    certifications: PRF
    skills: PRF
    skills_labelled: int  # records that carry a `skills` key; 0: the set does not measure skills
    years_within: float
    degree_accuracy: float
    spearman: dict[str, float]
    spearman_ceiling: dict[str, float]
    non_pm_in_top_quarter: dict[str, list[str]]
    mistakes: list[str] = field(default_factory=list)
    # How many records label held certificates, year measures and degrees (0: not measured; a
    # file of fit labels alone, such as a second rater's, carries none).
    certifications_labelled: int = 0
    years_labelled: int = 0
    degrees_labelled: int = 0
    # best_fit against the fit labels: of the résumés labelled 2 or 3 on some level, how many it
    # names a level labelled at their best (and how many it calls 'none'); of the others, how
    # many it names any level for.
    best_fit_cases: int = 0
    best_fit_top: int = 0
    best_fit_none: int = 0
    best_fit_weak_named: int = 0
    best_fit_weak: int = 0


def load_labels(path: Path) -> list[dict[str, Any]]:
    """Returns the label records of a labels YAML file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    records = data["resumes"] if isinstance(data, dict) and "resumes" in data else data
    if not isinstance(records, list):
        raise ValueError(f"{path}: expected a list of label records")
    return records


def evaluate(labels_path: Path, results: Sequence[Result]) -> Evaluation:
    """Returns precision/recall/F1, tolerances, accuracy and rank correlation against the labels."""
    labels = {str(r["file"]): r for r in load_labels(labels_path)}
    by_file = {Path(r.file).name if r.file not in labels else r.file: r for r in results}
    cert = [0, 0, 0]
    skill = [0, 0, 0]
    years_ok = years_n = degree_ok = degree_n = skills_labelled = certs_labelled = 0
    scores: dict[str, list[tuple[float, int]]] = {role: [] for role in ROLE_KEYS}
    mistakes: list[str] = []
    non_pm: dict[str, list[str]] = {role: [] for role in ROLE_KEYS}
    best = dict.fromkeys(("cases", "top", "none", "weak_named", "weak"), 0)
    for name, label in sorted(labels.items()):
        result = by_file.get(name) or by_file.get(Path(name).name)
        if result is None or result.profile is None:
            mistakes.append(f"{name}: not scored ({result.status if result else 'missing'})")
            continue
        p = result.profile
        held = {c.id for c in p.certifications if c.status == "held"}
        if "held_certifications" in label:
            certs_labelled += 1
            want_held = set(label["held_certifications"] or [])
            _count(cert, held, want_held, name, "cert", mistakes)
        if "skills" in label:
            skills_labelled += 1
            want_skills = set(label["skills"] or [])
            _count(skill, {s.id for s in p.skills}, want_skills, name, "skill", mistakes)
        tolerance = 1.0 if label.get("year_only") else 0.5
        for measure in YEAR_MEASURES:
            if measure not in label:
                continue
            got, want = getattr(p.experience, measure), float(label[measure])
            years_n += 1
            if abs(got - want) <= tolerance + 1e-9:
                years_ok += 1
            else:
                mistakes.append(f"{name}: {measure} {got} != {want}")
        if "degree_level" in label:
            degree_n += 1
            if p.education.level == label["degree_level"]:
                degree_ok += 1
            else:
                mistakes.append(f"{name}: degree {p.education.level} != {label['degree_level']}")
        for role in ROLE_KEYS:
            if role in result.scores and role in (label.get("fit") or {}):
                scores[role].append((result.scores[role].score, int(label["fit"][role])))
        fit = {role: int(v) for role, v in (label.get("fit") or {}).items()}
        if fit:
            _judge_best_fit(best, result.best_fit, fit)
    for role in ROLE_KEYS:
        ranked = sorted(
            ((result_score, name) for name, result_score in _role_scores(labels, by_file, role)),
            reverse=True,
        )
        quarter = ranked[: max(1, len(ranked) // 4)]
        non_pm[role] = [n for _, n in quarter if _is_non_pm(labels[n])]
    n = len(labels)
    return Evaluation(
        files=n,
        certifications=PRF(*cert),
        skills=PRF(*skill),
        skills_labelled=skills_labelled,
        years_within=years_ok / years_n if years_n else 1.0,
        degree_accuracy=degree_ok / degree_n if degree_n else 1.0,
        spearman={
            role: spearman([s for s, _ in pairs], [f for _, f in pairs])
            for role, pairs in scores.items()
        },
        spearman_ceiling={
            role: spearman_ceiling([f for _, f in pairs]) for role, pairs in scores.items()
        },
        non_pm_in_top_quarter=non_pm,
        mistakes=mistakes,
        certifications_labelled=certs_labelled,
        years_labelled=years_n,
        degrees_labelled=degree_n,
        best_fit_cases=best["cases"],
        best_fit_top=best["top"],
        best_fit_none=best["none"],
        best_fit_weak_named=best["weak_named"],
        best_fit_weak=best["weak"],
    )


def _judge_best_fit(acc: dict[str, int], named: str, fit: dict[str, int]) -> None:
    top = max(fit.values())
    if top < 2:
        acc["weak"] += 1
        acc["weak_named"] += named != "none"
        return
    acc["cases"] += 1
    acc["none"] += named == "none"
    acc["top"] += fit.get(named, -1) == top


def _role_scores(
    labels: dict[str, Any], by_file: dict[str, Result], role: str
) -> list[tuple[str, float]]:
    out = []
    for name in labels:
        result = by_file.get(name) or by_file.get(Path(name).name)
        if result is not None and role in result.scores:
            out.append((name, result.scores[role].score))
    return out


def _is_non_pm(label: dict[str, Any]) -> bool:
    return all(int(v) == 0 for v in (label.get("fit") or {}).values())


def _count(
    acc: list[int], got: set[str], want: set[str], name: str, what: str, mistakes: list[str]
) -> None:
    acc[0] += len(got & want)
    acc[1] += len(got - want)
    acc[2] += len(want - got)
    for x in sorted(got - want):
        mistakes.append(f"{name}: extra {what} {x}")
    for x in sorted(want - got):
        mistakes.append(f"{name}: missed {what} {x}")


def spearman_ceiling(labels: Sequence[int]) -> float:
    """Returns the Spearman correlation a perfect ranking with distinct scores reaches against
    these labels: below 1.0 when many share a label, so a figure is read against it."""
    order = sorted(range(len(labels)), key=lambda i: labels[i])
    ranks = [0.0] * len(labels)
    for rank, i in enumerate(order):
        ranks[i] = float(rank)
    return spearman(ranks, labels)


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Returns Spearman's rank correlation (average ranks for ties); 0.0 when undefined."""
    if len(xs) < 2:
        return 0.0
    rx, ry = _ranks(xs), _ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    return cov / (vx * vy) ** 0.5 if vx and vy else 0.0


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def format_evaluation(ev: Evaluation, *, show_mistakes: bool = False) -> str:
    """Returns the printed report of an evaluation."""
    c, s = ev.certifications, ev.skills
    lines = [
        f"labelled résumés: {ev.files}",
        f"held certifications  precision {c.precision:.3f}  recall {c.recall:.3f}  F1 {c.f1:.3f}  "
        f"(false holds: {c.fp})"
        if ev.certifications_labelled
        else "held certifications  not labelled in this set",
        f"skills               precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}"
        if ev.skills_labelled
        else "skills               not labelled in this set",
        f"years within ±0.5 (±1 year-only): {ev.years_within:.1%}"
        if ev.years_labelled
        else "years: not labelled in this set",
        f"degree level accuracy: {ev.degree_accuracy:.1%}"
        if ev.degrees_labelled
        else "degree level: not labelled in this set",
        "Spearman (score vs expert fit 0-3): "
        + "  ".join(f"{role} {rho:.3f}" for role, rho in ev.spearman.items()),
        "  best a perfect ranking reaches on these labels: "
        + "  ".join(f"{role} {rho:.3f}" for role, rho in ev.spearman_ceiling.items()),
    ]
    if ev.best_fit_cases or ev.best_fit_weak:
        lines.append(
            f"best_fit names a level labelled at its best for {ev.best_fit_top} of "
            f"{ev.best_fit_cases} résumés with a good fit (none for {ev.best_fit_none}); "
            f"a level for {ev.best_fit_weak_named} of {ev.best_fit_weak} without one"
        )
    leaks = {role: names for role, names in ev.non_pm_in_top_quarter.items() if names}
    lines.append("non-PM résumés in a role's top quarter: " + (str(leaks) if leaks else "none"))
    if show_mistakes and ev.mistakes:
        lines += ["", "differences from the labels:", *(f"  {m}" for m in ev.mistakes)]
    return "\n".join(lines)


def run_evaluation(
    labels_path: Path, *, as_of: date, pdf_engine: str = "pdfium", taxonomy_dir: Path | None = None
) -> Evaluation:
    """Returns the evaluation of every file named in the labels, screened afresh."""
    from pipeline.screening import Screener, Settings

    screener = Screener(Settings(as_of=as_of, pdf_engine=pdf_engine, taxonomy_dir=taxonomy_dir))
    base = labels_path.parent
    results = [
        screener.screen_file(base / str(r["file"]), str(r["file"]))
        for r in load_labels(labels_path)
    ]
    return evaluate(labels_path, results)
