"""What one worker spends on a résumé, stage by stage, and what the parent waits for in the state.

    PYTHONPATH=. .venv/bin/python bench/bench_worker.py                 # stages, 200 files x 5
    PYTHONPATH=. .venv/bin/python bench/bench_worker.py --state         # + the parent's puts

Stages are measured as process CPU time (less sensitive to the rest of the machine than wall
time), median over the passes after a first warm-up pass, over the first N files of the e2e
corpus: parse, sections, contact, nlp, facts, score, render (the report rows) and freeze (the
Result and rows pickled and compressed). `--state` then runs the real command line over
bench/out/subset-2000 with RunState.put timed: the wall time the parent spent storing Results,
and its stalls (puts over 5 ms), during which the workers can run out of queued files.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("parse", "sections", "contact", "nlp", "facts", "score", "render", "freeze")


def stage_cpu(files: list[Path], passes: int) -> dict[str, float]:
    """Returns the median process CPU milliseconds per file of each stage."""
    from datetime import date

    from pipeline.batch.packed import freeze
    from pipeline.facts import build_profile
    from pipeline.facts.contact import extract_contact
    from pipeline.nlp import analyse
    from pipeline.parsers import ParseLimits, parse
    from pipeline.scoring import score_all
    from pipeline.screening import Screener, Settings
    from pipeline.writers.rendered import render

    screener = Screener(Settings(as_of=date(2026, 11, 1)))
    roles, clock = screener.settings.roles, time.process_time
    per_pass: dict[str, list[float]] = {s: [] for s in STAGES}
    for n in range(passes + 1):
        spent = dict.fromkeys(STAGES, 0.0)
        for path in files:
            t0 = clock()
            document = parse(path, limits=ParseLimits())
            t1 = clock()
            sections = screener.sections.detect(document.text)
            t2 = clock()
            extract_contact(document.text, document.links)
            t3 = clock()
            doc = analyse(screener.nlp, document.text, screener.settings.as_of)
            t4 = clock()
            profile = build_profile(doc, sections, screener.taxonomy, screener.settings.as_of)
            t5 = clock()
            score_all(profile, screener.taxonomy, roles, screener.policy, False)
            t6 = clock()
            result = screener.screen_document(document, path.name, "0" * 64)
            t7 = clock()
            rows = render(result, roles)
            t8 = clock()
            freeze(result), freeze(rows)
            t9 = clock()
            for stage, spent_s in zip(
                STAGES,
                (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t8 - t7, t9 - t8),
                strict=True,
            ):
                spent[stage] += spent_s
        if n:  # the first pass warms the caches
            for stage in STAGES:
                per_pass[stage].append(1000 * spent[stage] / len(files))
    return {s: statistics.median(v) for s, v in per_pass.items()}


def state_puts() -> str:
    """Runs the command line on subset-2000 with RunState.put timed; returns a summary line."""
    from pipeline.batch import state
    from pipeline.cli import main

    folder = ROOT / "bench" / "out" / "subset-2000"
    if not folder.is_dir():
        raise SystemExit(f"{folder} is missing: run bench/bench_e2e.py --sizes 2000 first")
    out = ROOT / "bench" / "out" / "reports-state"
    shutil.rmtree(out, ignore_errors=True)
    original, waits = state.RunState.put, []

    def timed(self: state.RunState, config: str, packed: state.Packed) -> None:
        started = time.perf_counter()
        original(self, config, packed)
        waits.append(time.perf_counter() - started)

    state.RunState.put = timed  # type: ignore[method-assign]
    started = time.perf_counter()
    main(["screen", str(folder), "-o", str(out), "--as-of", "2026-11-01", "--workers", "2",
          "--quiet", "--no-progress"])  # fmt: skip
    wall = time.perf_counter() - started
    stalls = [w for w in waits if w > 0.005]
    return (
        f"{len(waits)} puts in a {wall:.2f} s run: {sum(waits):.3f} s in put, median "
        f"{1000 * statistics.median(waits):.3f} ms, max {1000 * max(waits):.1f} ms; "
        f"{len(stalls)} stalls over 5 ms summing {sum(stalls):.3f} s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--state", action="store_true", help="also time the parent's puts")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    corpus = ROOT / "bench" / "corpus" / "e2e"
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".pdf", ".docx"))[: args.files]
    if not files:
        raise SystemExit(f"no corpus in {corpus}: run python bench/make_corpus.py first")
    cpu = stage_cpu(files, args.passes)
    print(
        f"worker CPU ms/résumé over {len(files)} files, median of {args.passes} passes: "
        + ", ".join(f"{s} {v:.3f}" for s, v in cpu.items())
        + f"; total {sum(cpu.values()):.2f}"
    )
    if args.state:
        print("parent:", state_puts())
    return 0


if __name__ == "__main__":
    sys.exit(main())
