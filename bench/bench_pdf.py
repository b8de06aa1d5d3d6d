"""Median ms per PDF: pdfplumber extract_text() against our default engine, and the ratio.

Run: PYTHONPATH=. .venv/bin/python bench/bench_pdf.py [corpus_dir]
(builds bench/corpus/pdf with make_pdf_corpus.py when the folder is empty)
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber

from pipeline.parsers import parse

HERE = Path(__file__).resolve().parent
REPEATS = 3


def plumber_text(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()


def ours(engine: str) -> Callable[[Path], None]:
    return lambda path: parse(path, pdf_engine=engine)


def per_doc_ms(fn: Callable[[Path], None], paths: list[Path]) -> list[float]:
    """Returns, per document, the best of REPEATS timings in ms."""
    out = []
    for path in paths:
        best = float("inf")
        for _ in range(REPEATS):
            t0 = time.perf_counter()
            fn(path)
            best = min(best, time.perf_counter() - t0)
        out.append(best * 1000)
    return out


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "corpus" / "pdf"
    paths = sorted(corpus.glob("*.pdf"))
    if not paths:
        sys.path.insert(0, str(HERE))
        from make_pdf_corpus import build

        paths = sorted(build(corpus))
    for fn in (plumber_text, ours("pdfium")):  # warm imports and caches
        fn(paths[0])
    plumber = per_doc_ms(plumber_text, paths)
    pdfium = per_doc_ms(ours("pdfium"), paths)
    plumber_ours = per_doc_ms(ours("pdfplumber"), paths)
    p90 = lambda xs: statistics.quantiles(xs, n=10)[-1]  # noqa: E731
    print(f"corpus: {len(paths)} PDFs in {corpus}")
    print(
        f"pdfplumber extract_text():      median {statistics.median(plumber):7.2f} ms  p90 {p90(plumber):7.2f}"
    )
    print(
        f"ours, --pdf-engine pdfplumber:  median {statistics.median(plumber_ours):7.2f} ms  p90 {p90(plumber_ours):7.2f}"
    )
    print(
        f"ours, --pdf-engine pdfium:      median {statistics.median(pdfium):7.2f} ms  p90 {p90(pdfium):7.2f}"
    )
    print(
        f"ratio (median pdfplumber extract_text / median pdfium): "
        f"{statistics.median(plumber) / statistics.median(pdfium):.1f}x"
    )


if __name__ == "__main__":
    main()
