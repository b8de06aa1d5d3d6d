"""The public malformed corpus (../shared/corpora/malformed/) screened as one batch per PDF engine.

Files from the test suites of qpdf, pdf.js, pdfminer.six, PDFium, Apache POI and Apache Tika (see
the corpus README). Every file must end as exactly one row with a clean outcome, the batch going on.
Run with `pytest -s` to see the histogram of outcomes and the time taken.
"""

from __future__ import annotations

import csv
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.test_hostile import NOT_CLEAN, TIMEOUT_S, Batch, assert_plain, screen

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "malformed"

pytestmark = pytest.mark.skipif(
    not (CORPUS / "MANIFEST.tsv").is_file(),
    reason=f"the malformed corpus is not next to the repository ({CORPUS})",
)


def corpus_files() -> set[str]:
    """Returns the names of the corpus files listed in MANIFEST.tsv."""
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        return {row["file"] for row in csv.DictReader(fh, delimiter="\t")}


def histogram(batch: Batch) -> str:
    """Returns the outcomes as "status: count" lines, most frequent first."""
    counts = Counter(row["status"] for row in batch.scores.values())
    return "\n".join(f"  {status:<20} {n}" for status, n in counts.most_common())


@pytest.fixture(scope="module", params=["pdfium", "pdfplumber"])
def corpus_batch(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Batch:
    out = tmp_path_factory.mktemp(f"malformed-{request.param}")
    started = time.perf_counter()
    batch = screen(CORPUS, out, "--pdf-engine", request.param)
    elapsed = time.perf_counter() - started
    print(
        f"\nmalformed corpus, {request.param}: {len(batch.scores)} rows in {elapsed:.1f} s "
        f"(2 workers, {TIMEOUT_S} s per file)\n{histogram(batch)}"
    )
    return batch


def test_every_file_of_the_folder_ends_as_exactly_one_row(corpus_batch: Batch) -> None:
    on_disk = {p.name for p in CORPUS.iterdir() if p.is_file() and not p.name.startswith(".")}
    assert set(corpus_batch.scores) == on_disk, histogram(corpus_batch)
    assert len(corpus_batch.records) == len(on_disk)
    assert corpus_files() <= set(corpus_batch.scores)


def test_no_file_crashes_hangs_or_breaks_the_memory_cap(corpus_batch: Batch) -> None:
    bad = {
        name: (row["status"], row["error_message"])
        for name, row in corpus_batch.scores.items()
        if row["status"] in NOT_CLEAN or "memory" in row["error_message"]
    }
    assert not bad, f"{bad}\n{histogram(corpus_batch)}"


def test_every_error_row_has_a_code_and_a_plain_message(corpus_batch: Batch) -> None:
    for name, row in corpus_batch.scores.items():
        if row["status"] != "ok":
            assert row["error_code"] == row["status"], name
            assert corpus_batch.errors[name]["code"] == row["status"], name
            assert_plain(row["error_message"])


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("qpdf__70245.fuzz.pdf", "empty"),  # zero bytes
        ("pdfium__encrypted_hello_world_r3.pdf", "encrypted"),
        ("poi__bug53475-password-is-pass.docx", "encrypted"),  # an OLE2 container
        ("poi__ExternalEntityInText.docx", "unsafe_xml"),
        ("poi__poc-xmlbomb.xlsx.docx", "unsupported_format"),
        ("poi__51921-Word-Crash067.doc.docx", "unsupported_format"),
        ("pdfjs__pdkids.pdf", "too_many_pages"),
        ("qpdf__17630.fuzz.pdf", "corrupt"),  # PDF objects without a %PDF header
    ],
)
def test_known_bad_files_get_their_clean_code(corpus_batch: Batch, name: str, status: str) -> None:
    assert corpus_batch.row(name)["status"] == status


@pytest.mark.parametrize("name", ["tika__testAltChunkHTML.docx", "tika__testAltChunkMHT.docx"])
def test_docx_whose_body_is_an_alt_chunk_is_read(corpus_batch: Batch, name: str) -> None:
    # Both bodies are a single w:altChunk: an HTML part, and an MHTML archive holding one.
    assert corpus_batch.row(name)["status"] == "ok"
    assert "unread_content" not in corpus_batch.flags(name)
