"""End-to-end benchmark: résumés per second through `resume-screen screen`, start-up, per-stage
milliseconds, peak memory (parent + workers), and a naive one-process baseline on the same corpus.

    python bench/make_corpus.py --count 2000
    python bench/bench_e2e.py --sizes 2000 --workers 2

Each size N runs the real command line on the first N files of bench/corpus (hard-linked into
bench/out/subset-N so discovery sees a plain folder), with a fresh state database.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus" / "e2e"
OUT = ROOT / "bench" / "out"
AS_OF = date(2026, 11, 1)


def corpus_files(corpus: Path) -> list[Path]:
    """Returns the corpus files in a stable order."""
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".pdf", ".docx"))
    if not files:
        raise SystemExit(f"no corpus in {corpus}: run python bench/make_corpus.py first")
    return files


def subset(files: list[Path], n: int) -> Path:
    """Returns a folder holding hard links to the first n files."""
    folder = OUT / f"subset-{n}"
    if folder.exists() and len(list(folder.iterdir())) == n:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for path in files[:n]:
        os.link(path, folder / path.name)
    return folder


class PeakRss:
    """Samples the summed RSS of a process and all its descendants every 100 ms."""

    def __init__(self, pid: int):
        import psutil

        self.root = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
                total = 0
                for p in procs:
                    with contextlib.suppress(psutil.Error):
                        total += p.memory_info().rss
                self.peak = max(self.peak, total)
            except psutil.Error:
                return
            time.sleep(0.1)  # the sampler shares the 2 cores: keep it light

    def stop(self) -> int:
        """Returns the peak in bytes."""
        self._stop.set()
        self._thread.join()
        return self.peak


def run_cli(folder: Path, workers: int, tag: str) -> dict[str, float]:
    """Runs the command line on a folder; returns wall time, start-up, rate and peak memory."""
    out = OUT / f"reports-{tag}"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [
        sys.executable, "-m", "pipeline", "screen", str(folder), "-o", str(out),
        "--workers", str(workers), "--as-of", AS_OF.isoformat(), "--quiet", "--no-progress",
        "--log-format", "json",
    ]  # fmt: skip
    started = time.time()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peak = PeakRss(proc.pid)
    _, err = proc.communicate()
    wall = time.time() - started
    rss = peak.stop()
    first = None
    count = 0
    for line in err.splitlines():
        if not line.startswith("{"):
            continue
        entry = json.loads(line)
        if entry["event"] == "file screened":
            count += 1
            if first is None:
                first = entry["ts"]
    from datetime import datetime

    first_s = datetime.fromisoformat(first).timestamp() - started if first else float("nan")
    n = len(list(folder.iterdir()))
    return {
        "files": n,
        "screened": count,
        "wall_s": wall,
        "rate": n / wall,
        "startup_s": first_s,
        "steady_rate": (n - 1) / max(wall - first_s, 1e-9),
        "peak_mb": rss / 2**20,
        "exit": proc.returncode,
    }


def stage_times(files: list[Path]) -> dict[str, float]:
    """Returns mean milliseconds per résumé for each stage, in one process."""
    sys.path.insert(0, str(ROOT))
    from pipeline.facts import build_profile
    from pipeline.facts.contact import extract_contact
    from pipeline.models import Result
    from pipeline.nlp import analyse
    from pipeline.parsers import parse
    from pipeline.scoring import best_fit, score_all
    from pipeline.screening import Screener, Settings
    from pipeline.writers import write_reports

    screener = Screener(Settings(as_of=AS_OF))
    totals = dict.fromkeys(("parse", "nlp", "facts", "score", "write"), 0.0)
    results = []
    for path in files:
        t0 = time.perf_counter()
        document = parse(path, pdf_engine="pdfium")
        t1 = time.perf_counter()
        sections = screener.sections.detect(document.text)
        doc = analyse(screener.nlp, document.text, AS_OF)
        t2 = time.perf_counter()
        profile = build_profile(doc, sections, screener.taxonomy, AS_OF)
        extract_contact(document.text, document.links)
        t3 = time.perf_counter()
        scores = score_all(profile, screener.taxonomy, screener.settings.roles)
        best_fit(scores, screener.taxonomy)
        t4 = time.perf_counter()
        totals["parse"] += t1 - t0
        totals["nlp"] += t2 - t1
        totals["facts"] += t3 - t2
        totals["score"] += t4 - t3
        results.append(screener.screen_document(document, path.name, ""))
    t0 = time.perf_counter()
    write_reports([r for r in results if isinstance(r, Result)], OUT / "stage-reports", ROLES())
    totals["write"] = time.perf_counter() - t0
    return {k: 1000 * v / len(files) for k, v in totals.items()}


def ROLES() -> tuple[str, ...]:  # noqa: N802
    from pipeline.models import ROLE_KEYS

    return ROLE_KEYS


def baseline(files: list[Path]) -> float:
    """Returns résumés per second of the naive pipeline: pdfplumber/python-docx + an entity ruler."""
    import docx
    import pdfplumber
    import spacy
    import yaml

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    patterns = []
    for name, key in (("skills.yaml", "skills"), ("certifications.yaml", "certifications")):
        data = yaml.safe_load((ROOT / "taxonomy" / name).read_text(encoding="utf-8"))
        for entry in data[key]:
            for alias in [*entry.get("aliases", []), *entry.get("acronyms", [])]:
                patterns.append({"label": entry["id"], "pattern": alias})
    ruler.add_patterns(patterns)
    started = time.perf_counter()
    for path in files:
        if path.suffix == ".pdf":
            with pdfplumber.open(path) as pdf:
                text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        else:
            text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
        _ = [ent.label_ for ent in nlp(text).ents]
    return len(files) / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    """Prints the figures; returns 0."""
    parser = argparse.ArgumentParser(description="End-to-end benchmark of resume-screen.")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sizes", default="2000", help="comma-separated corpus sizes to run")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stage-sample", type=int, default=200, help="0: no stage timings")
    parser.add_argument("--baseline-sample", type=int, default=100, help="0: no naive baseline")
    args = parser.parse_args(argv)
    files = corpus_files(args.corpus)
    OUT.mkdir(parents=True, exist_ok=True)
    # pip compiles an installed package's bytecode; an editable install's is written on first
    # import, unless PYTHONDONTWRITEBYTECODE is set (as on CI machines): then every process
    # would compile the package's ~60 modules again (~0.1 s of start-up). `make demo` does the same.
    compileall.compile_dir(ROOT / "pipeline", quiet=1)
    print(f"corpus: {len(files)} files in {args.corpus}; {os.cpu_count()} cores")

    single = subset(files, 1)
    one = run_cli(single, 1, "single")
    print(f"start-up (one file, whole command): {one['wall_s']:.2f} s wall")

    rates = []
    for n in (int(s) for s in args.sizes.split(",")):
        if n > len(files):
            print(f"skip {n}: the corpus has {len(files)} files")
            continue
        r = run_cli(subset(files, n), args.workers, f"{n}")
        rates.append(r["rate"])
        print(
            f"e2e {n} files, {args.workers} workers: {r['rate']:.1f} résumés/s "
            f"({r['wall_s']:.1f} s wall, first result after {r['startup_s']:.2f} s, "
            f"steady {r['steady_rate']:.1f}/s), peak RSS parent+workers {r['peak_mb']:.0f} MB, "
            f"exit {r['exit']:.0f}"
        )

    if args.stage_sample > 0:
        stride = max(1, len(files) // args.stage_sample)
        sample = files[::stride][: args.stage_sample]
        stages = stage_times(sample)
        total = sum(stages.values())
        print(
            f"stages, ms/résumé over {len(sample)} files (one process): "
            + ", ".join(f"{k} {v:.2f}" for k, v in stages.items())
            + f"; total {total:.2f}"
        )

    if args.baseline_sample > 0:
        stride = max(1, len(files) // args.baseline_sample)
        naive = baseline(files[::stride][: args.baseline_sample])
        print(
            "naive baseline (pdfplumber/python-docx + entity ruler, 1 process): "
            f"{naive:.1f} résumés/s"
        )
        if rates:
            print(f"speed-up over the baseline: {max(rates) / naive:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
