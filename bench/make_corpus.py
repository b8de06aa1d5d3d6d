"""Generate a benchmark corpus of distinct résumés: PDF (one-column, two-column, sidebar) and DOCX.

Deterministic for a given --seed. Skill and certification names come from taxonomy/*.yaml, so the
corpus exercises the real entity patterns. Usage:

    python bench/make_corpus.py --count 2000 --out bench/corpus/e2e
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from resume_render import Headings, Position, Resume, render  # noqa: E402

KINDS = ("pdf1", "pdf2", "pdfside", "docx")
FIRST = [
    "Ana",
    "Ben",
    "Chloe",
    "Dev",
    "Elena",
    "Farid",
    "Grace",
    "Hugo",
    "Ines",
    "Jon",
    "Kemi",
    "Liam",
    "Maya",
    "Noor",
    "Omar",
    "Priya",
]
LAST = [
    "Alvarez",
    "Brown",
    "Chen",
    "Dubois",
    "Eze",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jensen",
    "Kowalski",
    "Lopez",
]
CITIES = ("Austin, TX", "Denver, CO", "Leeds, UK", "Toronto, ON", "Remote", "Boston, MA")
TITLES = (
    "IT Project Manager",
    "Senior IT Project Manager",
    "Technical Project Manager",
    "Program Manager",
    "Project Coordinator",
    "Software Engineer",
    "Business Analyst",
    "Scrum Master",
)
EMPLOYERS = [
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Vandelay",
    "Stark",
    "Wayne",
    "Wonka",
    "Tyrell",
]
VERBS = ("Led", "Managed", "Delivered", "Coordinated", "Planned", "Drove", "Oversaw")
OBJECTS = (
    "a {n}-person team migrating services to {s}",
    "the rollout of {s} across {n} sites",
    "a ${n}M portfolio using {s}",
    "vendor selection and contracts for {s}",
    "{n} releases per quarter with {s}",
    "risk and budget tracking in {s}",
)
DEGREES = (
    "B.S. Computer Science, State University, 2009",
    "MBA, Business School, 2015",
    "B.A. Economics, City College, 2011",
    "M.S. Information Systems, Tech Institute, 2013",
)


def vocabulary() -> tuple[list[str], list[str]]:
    """Returns (skill names, certification acronyms or names) from the taxonomy."""
    skills = yaml.safe_load((ROOT / "taxonomy" / "skills.yaml").read_text(encoding="utf-8"))
    certs = yaml.safe_load((ROOT / "taxonomy" / "certifications.yaml").read_text(encoding="utf-8"))
    skill_names = [s["aliases"][0] if s.get("aliases") else s["name"] for s in skills["skills"]]
    cert_names = [(c.get("acronyms") or [c["name"]])[0] for c in certs["certifications"]]
    return skill_names, cert_names


def make_resume(i: int, seed: int, skills: list[str], certs: list[str]) -> Resume:
    """Returns the i-th résumé: 1-3 pages' worth of positions, distinct from every other."""
    rng = random.Random(seed * 1_000_003 + i)
    pages = rng.choice((1, 1, 2, 2, 3))
    n_positions = {1: rng.randint(2, 3), 2: rng.randint(6, 8), 3: rng.randint(15, 18)}[pages]
    year = 2026
    positions = []
    for _ in range(n_positions):
        length = rng.randint(1, 4) if pages < 3 else rng.randint(1, 2)
        start = year - length
        end = "Present" if year == 2026 else f"Dec {year}"
        bullets = tuple(
            f"{rng.choice(VERBS)} "
            + rng.choice(OBJECTS).format(n=rng.randint(2, 60), s=rng.choice(skills))
            for _ in range(rng.randint(4, 6) if pages > 1 else rng.randint(3, 5))
        )
        positions.append(
            Position(
                title=rng.choice(TITLES),
                employer=f"{rng.choice(EMPLOYERS)} {rng.choice(('Corp', 'Ltd', 'Inc', 'Group'))}",
                location=rng.choice(CITIES),
                dates=f"{rng.choice(('Jan', 'Mar', 'Jun', 'Sep'))} {start} - {end}",
                bullets=bullets,
            )
        )
        year = start
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return Resume(
        name=name,
        contact=(f"candidate{i}@example.com", f"+1 555 {i % 10000:04d} {seed % 100:02d}"),
        headline=rng.choice(TITLES),
        summary=f"Candidate {i}: {rng.randint(3, 25)} years delivering IT projects with "
        f"{rng.choice(skills)} and {rng.choice(skills)}.",
        positions=tuple(positions),
        skills=tuple(rng.sample(skills, rng.randint(6, 16))),
        certifications=tuple(rng.sample(certs, rng.randint(0, 3))),
        education=(rng.choice(DEGREES),),
        headings=Headings(upper=rng.random() < 0.5),
    )


def _render_one(job: tuple[int, int, str, list[str], list[str]]) -> str:
    i, seed, out, skills, certs = job
    kind = KINDS[i % len(KINDS)]
    suffix = "docx" if kind == "docx" else "pdf"
    path = Path(out) / f"{i // 1000:03d}" / f"cv{i:06d}_{kind}.{suffix}"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        render(make_resume(i, seed, skills, certs), path, kind)
    return str(path)


def main(argv: list[str] | None = None) -> int:
    """Writes the corpus; returns 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "corpus" / "e2e")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=multiprocessing.cpu_count())
    args = parser.parse_args(argv)
    skills, certs = vocabulary()
    jobs = [(i, args.seed, str(args.out), skills, certs) for i in range(args.count)]
    with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
        for done, _ in enumerate(pool.imap(_render_one, jobs, chunksize=16), 1):
            if done % 500 == 0:
                print(f"{done}/{args.count}", file=sys.stderr)
    print(f"{args.count} résumés in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
