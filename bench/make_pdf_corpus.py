"""Writes the PDF benchmark corpus: 80 résumés of 1–3 pages in four layouts (deterministic).

Run: PYTHONPATH=. .venv/bin/python bench/make_pdf_corpus.py [out_dir]   (default bench/corpus/pdf)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
from make_parser_fixtures import DASH, Job, Resume, layout_pdf  # noqa: E402

OUT = Path(__file__).resolve().parent / "corpus" / "pdf"
LAYOUTS = ("one_column", "two_column", "sidebar", "interleaved")
TITLES = (
    "IT Project Manager",
    "Senior IT Project Manager",
    "Program Manager",
    "Delivery Lead",
    "Scrum Master",
    "Business Analyst",
    "Technical Project Manager",
    "PMO Analyst",
)
EMPLOYERS = (
    "Acme Corp",
    "Globex Ltd",
    "Initech",
    "Umbrella plc",
    "Hooli",
    "Stark Industries",
    "Wayne Enterprises",
    "Cyberdyne",
)
BULLETS = (
    "Led delivery of a cloud migration for 40 applications",
    "Managed a budget of 2.4 million and a team of 12",
    "Introduced Scrum and Kanban across three teams",
    "Ran the ERP upgrade from plan to go-live",
    "Reported risks and status to the steering board",
    "Wrote requirements for the billing platform",
    "Coordinated user acceptance tests with 60 users",
    "Negotiated supplier contracts and service levels",
)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def resume(rng: random.Random) -> Resume:
    jobs = []
    year = 2024
    for _ in range(rng.randint(3, 5)):
        start = year - rng.randint(1, 4)
        end = "Present" if not jobs else f"{rng.choice(MONTHS)} {year}"
        jobs.append(
            Job(
                f"{rng.choice(TITLES)}, {rng.choice(EMPLOYERS)}",
                f"{rng.choice(MONTHS)} {start} {DASH} {end}",
                tuple(rng.sample(BULLETS, rng.randint(3, 6))),
            )
        )
        year = start
    return Resume(name=f"Candidate {rng.randint(100, 999)}", jobs=tuple(jobs))


def build(out: Path = OUT, count: int = 80) -> list[Path]:
    """Returns the paths of the corpus PDFs after writing them."""
    rng = random.Random(20240601)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        layout = LAYOUTS[i % len(LAYOUTS)]
        path = out / f"{i:03d}_{layout}.pdf"
        path.write_bytes(layout_pdf(resume(rng), layout, pages=rng.randint(1, 3)))
        paths.append(path)
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    print(f"wrote {len(build(target))} PDFs to {target}")
