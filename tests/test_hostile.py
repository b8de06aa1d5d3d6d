"""Hostile input through the real batch command: every bad file ends as one clear row, in time.

Files come from tools/make_hostile_files.py (tests/fixtures/hostile/) and the parser fixtures; the
big ones (2,000 pages, 40 MB, a 50 MB single line, 2,001 zip entries) are built into tmp_path.
One batch per group of files keeps the suite fast.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pipeline.batch import BatchOptions, run_batch
from pipeline.cli import main
from pipeline.screening import Settings
from tools import make_hostile_files as hostile

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
PARSING = Path(__file__).parent / "fixtures" / "parsing"
TIMEOUT_S = 20
# Codes that mean the batch, not the file, failed: never acceptable for a file a parser can judge.
NOT_CLEAN = {"crashed", "timeout", "internal_error"}
MB = 1024 * 1024


@dataclass
class Batch:
    """The reports of one batch run, keyed by file name (without the input folder)."""

    exit_code: int
    scores: dict[str, dict[str, str]]
    errors: dict[str, dict[str, str]]
    records: dict[str, dict[str, Any]]
    out: Path | None = None

    def row(self, name: str) -> dict[str, str]:
        return self.scores[name]

    def flags(self, name: str) -> set[str]:
        return set(filter(None, self.scores[name]["flags"].split(";")))


def screen(inbox: Path, out: Path, *options: str) -> Batch:
    """Returns the reports of `resume-screen screen inbox -o out` with the given options."""
    argv = ["screen", str(inbox), "-o", str(out), "--as-of", "2026-11-01", "--no-progress"]
    argv += ["--quiet", "--workers", "2", "--timeout", str(TIMEOUT_S), *options]
    code = main(argv)
    prefix = inbox.name + "/"

    def key(name: str) -> str:
        # The CSV shows bidirectional controls as visible markers ("[U+202E]"); map them back.
        name = re.sub(r"\[U\+([0-9A-F]{4})\]", lambda m: chr(int(m.group(1), 16)), name)
        return name[len(prefix) :] if name.startswith(prefix) else name

    with (out / "scores.csv").open(encoding="utf-8-sig", newline="") as fh:
        scores = [{k: v for k, v in row.items()} for row in csv.DictReader(fh)]
    with (out / "errors.csv").open(encoding="utf-8-sig", newline="") as fh:
        errors = list(csv.DictReader(fh))
    with (out / "results.jsonl").open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    assert len(scores) == len(records)
    return Batch(
        code,
        {key(r["file"]): r for r in scores},
        {key(r["file"]): r for r in errors},
        {key(r["file"]): r for r in records},
        out,
    )


def inbox_of(root: Path, files: dict[str, Path | bytes]) -> Path:
    """Writes (or copies) the files into a fresh folder `root`; returns it."""
    root.mkdir(parents=True)
    for name, source in files.items():
        if isinstance(source, Path):
            shutil.copyfile(source, root / name)
        else:
            (root / name).write_bytes(source)
    return root


def assert_every_file_is_one_clean_row(batch: Batch, names: set[str]) -> None:
    assert set(batch.scores) == names
    assert not {n: r["status"] for n, r in batch.scores.items() if r["status"] in NOT_CLEAN}
    for name, row in batch.scores.items():
        if row["status"] != "ok":
            assert row["error_code"] == row["status"]
            assert batch.errors[name]["code"] == row["status"]
            assert_plain(row["error_message"])


def assert_plain(message: str) -> None:
    """An error message is one short printable English sentence: no bytes, no résumé text."""
    assert message and len(message) < 200, message
    assert message.isprintable() and message.isascii(), message
    for leak in ("\\x", "b'", "Jane", "Example", "Acme", "Jira", "Scrum"):
        assert leak not in message, message


# ------------------------------------------------------------------------------------ PDF

PDF_FILES: dict[str, Path | bytes] = {
    "zero_byte.pdf": HOSTILE / "zero_byte.pdf",
    "truncated.pdf": HOSTILE / "truncated.pdf",
    "xref_loop.pdf": HOSTILE / "xref_loop.pdf",
    "page_tree_loop.pdf": HOSTILE / "page_tree_loop.pdf",
    "circular_xobjects.pdf": HOSTILE / "circular_xobjects.pdf",
    "nested_flate_bomb.pdf": HOSTILE / "nested_flate_bomb.pdf",
    "exe_named.pdf": HOSTILE / "exe_named.pdf",
    "html_named.pdf": PARSING / "html_named.pdf",
    "user_password.pdf": PARSING / "encrypted.pdf",
    "owner_password_no_copy.pdf": PARSING / "copy_protected.pdf",
    "image_only.pdf": PARSING / "scanned_page.pdf",
    "cid_garbage.pdf": PARSING / "cid_garbage.pdf",
}


@pytest.fixture(scope="module", params=["pdfium", "pdfplumber"])
def pdf_batch(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Batch:
    root = tmp_path_factory.mktemp(f"pdf-{request.param}")
    files = {**PDF_FILES, "pages_2000.pdf": hostile.many_pages_pdf(2000)}
    inbox = inbox_of(root / "inbox", files)
    hostile.sparse_file(inbox / "size_40mb.pdf", 40 * MB)
    batch = screen(inbox, root / "out", "--pdf-engine", request.param)
    batch.engine = request.param  # type: ignore[attr-defined]
    return batch


def test_every_hostile_pdf_ends_as_one_clean_row(pdf_batch: Batch) -> None:
    assert_every_file_is_one_clean_row(pdf_batch, {*PDF_FILES, "pages_2000.pdf", "size_40mb.pdf"})
    assert pdf_batch.exit_code == 1


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("zero_byte.pdf", "empty"),
        ("truncated.pdf", "corrupt"),
        ("nested_flate_bomb.pdf", "zip_bomb"),
        ("exe_named.pdf", "unsupported_format"),
        ("html_named.pdf", "unsupported_format"),
        ("user_password.pdf", "encrypted"),
        ("pages_2000.pdf", "too_many_pages"),
        ("size_40mb.pdf", "too_large"),
    ],
)
def test_hostile_pdf_ends_with_its_error_code(pdf_batch: Batch, name: str, status: str) -> None:
    assert pdf_batch.row(name)["status"] == status


@pytest.mark.parametrize("name", ["page_tree_loop.pdf", "circular_xobjects.pdf"])
def test_pdf_with_a_structural_loop_is_still_read(pdf_batch: Batch, name: str) -> None:
    record = pdf_batch.records[name]
    assert record["status"] == "ok"
    titles = {p["title"] for p in record["experience"]["positions"]}
    assert titles == {"Senior IT Project Manager"}


def test_pdf_with_a_cross_reference_loop_is_read_or_corrupt(pdf_batch: Batch) -> None:
    # PDFium repairs the loop; pdfminer.six follows it into a RecursionError, caught as corrupt.
    expected = "ok" if pdf_batch.engine == "pdfium" else "corrupt"  # type: ignore[attr-defined]
    assert pdf_batch.row("xref_loop.pdf")["status"] == expected


def test_owner_password_pdf_is_extracted_and_flagged(pdf_batch: Batch) -> None:
    row = pdf_batch.row("owner_password_no_copy.pdf")
    assert row["status"] == "ok"
    assert "copy_protected" in pdf_batch.flags("owner_password_no_copy.pdf")


def test_image_only_pdf_is_read_with_ocr_or_needs_ocr(pdf_batch: Batch) -> None:
    row = pdf_batch.row("image_only.pdf")
    if shutil.which("tesseract"):
        assert row["status"] == "ok" and "ocr" in pdf_batch.flags("image_only.pdf")
    else:
        assert row["status"] == "needs_ocr"


def test_cid_garbage_pdf_is_flagged_low_text_quality(pdf_batch: Batch) -> None:
    assert pdf_batch.row("cid_garbage.pdf")["status"] == "ok"
    assert "low_text_quality" in pdf_batch.flags("cid_garbage.pdf")


# ----------------------------------------------------------------------------------- DOCX

DOCX_FILES: dict[str, Path | bytes] = {
    "zip_bomb_declared_size.docx": PARSING / "zip_bomb.docx",
    "zip_bomb_ratio.docx": HOSTILE / "ratio_bomb.docx",
    "doctype.docx": PARSING / "doctype.docx",
    "entity_bomb.docx": HOSTILE / "entity_bomb.docx",
    "encrypted_ole.docx": PARSING / "encrypted_ole.docx",
    "legacy.doc": PARSING / "legacy.doc",
    "legacy_renamed.docx": (PARSING / "legacy.doc").read_bytes() + b"\x00",  # not a duplicate
    "resume.rtf": PARSING / "resume.rtf",
    "resume.odt": PARSING / "resume.odt",
    "textbox.docx": PARSING / "textbox.docx",
    "tracked_changes.docx": PARSING / "tracked_changes.docx",
    "alt_chunks.docx": PARSING / "alt_chunks.docx",
    **{
        name: HOSTILE / name
        for name in (
            "chunk_entity_bomb.docx",
            "chunk_repeated.docx",
            "chunk_amplified.docx",
            "chunk_costly_css.docx",
            "chunk_rtf_only.docx",
            "chunk_nested_deep.docx",
            "chunk_deep_html.docx",
            "chunk_damaged_docx.docx",
            "chunk_css_hidden.docx",
        )
    },
}


@pytest.fixture(scope="module")
def docx_batch(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    root = tmp_path_factory.mktemp("docx")
    files = {**DOCX_FILES, "zip_bomb_entries.docx": hostile.many_entries_docx(2001)}
    return screen(inbox_of(root / "inbox", files), root / "out")


def test_every_hostile_docx_ends_as_one_clean_row(docx_batch: Batch) -> None:
    assert_every_file_is_one_clean_row(docx_batch, {*DOCX_FILES, "zip_bomb_entries.docx"})


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("zip_bomb_declared_size.docx", "zip_bomb"),
        ("zip_bomb_ratio.docx", "zip_bomb"),
        ("zip_bomb_entries.docx", "zip_bomb"),
        ("doctype.docx", "unsafe_xml"),
        ("entity_bomb.docx", "unsafe_xml"),
        ("encrypted_ole.docx", "encrypted"),
        ("legacy.doc", "unsupported_format"),
        ("legacy_renamed.docx", "unsupported_format"),
        ("resume.rtf", "unsupported_format"),
        ("resume.odt", "unsupported_format"),
        ("chunk_entity_bomb.docx", "unsafe_xml"),
        ("chunk_repeated.docx", "zip_bomb"),
        ("chunk_amplified.docx", "zip_bomb"),
        ("chunk_costly_css.docx", "too_large"),
        ("chunk_rtf_only.docx", "unsupported_format"),
    ],
)
def test_hostile_docx_ends_with_its_error_code(docx_batch: Batch, name: str, status: str) -> None:
    assert docx_batch.row(name)["status"] == status


def test_docx_text_in_text_boxes_and_tracked_insertions_is_screened(docx_batch: Batch) -> None:
    for name in ("textbox.docx", "tracked_changes.docx"):
        assert docx_batch.row(name)["status"] == "ok"
        assert docx_batch.row(name)["candidate"] == "Jane Example"
    titles = [p["title"] for p in docx_batch.records["textbox.docx"]["experience"]["positions"]]
    assert titles == ["Senior IT Project Manager"]  # the job is inside a text box


def test_docx_made_of_alt_chunks_is_screened_and_flagged(docx_batch: Batch) -> None:
    row = docx_batch.row("alt_chunks.docx")
    assert row["status"] == "ok" and row["candidate"] == "Jane Example"
    assert {"hidden_text", "unread_content"} <= docx_batch.flags("alt_chunks.docx")
    record = docx_batch.records["alt_chunks.docx"]
    assert [p["title"] for p in record["experience"]["positions"]] == ["Senior IT Project Manager"]


def test_certifications_hidden_by_css_are_flagged_not_held(docx_batch: Batch) -> None:
    assert docx_batch.row("chunk_css_hidden.docx")["status"] == "ok"
    assert "hidden_text" in docx_batch.flags("chunk_css_hidden.docx")
    held = {c["id"] for c in docx_batch.records["chunk_css_hidden.docx"]["certifications"]}
    assert not held & {"prince2", "csm", "pmi-acp"}


@pytest.mark.parametrize(
    "name", ["chunk_nested_deep.docx", "chunk_deep_html.docx", "chunk_damaged_docx.docx"]
)
def test_docx_with_a_chunk_it_cannot_read_is_screened_and_flagged(
    docx_batch: Batch, name: str
) -> None:
    assert docx_batch.row(name)["status"] == "ok"
    assert docx_batch.row(name)["candidate"] == "Jane Example"
    assert "unread_content" in docx_batch.flags(name)


# ------------------------------------------------------------------------------------ TXT

TXT_FILES: dict[str, Path | bytes] = {
    "utf16.txt": PARSING / "utf16.txt",
    "cp1252.txt": PARSING / "cp1252.txt",
    "nul_bytes.txt": PARSING / "nul_controls.txt",
    "zero_width.txt": HOSTILE / "zero_width.txt",
    "homoglyph.txt": HOSTILE / "homoglyph.txt",
    "full_width.txt": HOSTILE / "full_width.txt",
    "plain_control.txt": HOSTILE / "plain_control.txt",
}
OBFUSCATED = ("zero_width.txt", "homoglyph.txt", "full_width.txt")


@pytest.fixture(scope="module")
def txt_batch(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    root = tmp_path_factory.mktemp("txt")
    inbox = inbox_of(root / "inbox", TXT_FILES)
    hostile.big_single_line_txt(inbox / "single_line_50mb.txt", 50 * MB)
    # The size cap is raised so that the 50 MB line reaches a worker's parser.
    return screen(inbox, root / "out", "--max-size-mb", "64")


def test_every_hostile_txt_ends_as_one_clean_row(txt_batch: Batch) -> None:
    assert_every_file_is_one_clean_row(txt_batch, {*TXT_FILES, "single_line_50mb.txt"})


@pytest.mark.parametrize("name", ["utf16.txt", "cp1252.txt", "nul_bytes.txt"])
def test_txt_in_any_encoding_or_with_nul_bytes_is_screened(txt_batch: Batch, name: str) -> None:
    assert txt_batch.row(name)["status"] == "ok"
    titles = [p["title"] for p in txt_batch.records[name]["experience"]["positions"]]
    assert titles == ["Senior IT Project Manager"], titles


def test_a_50_mb_single_line_is_refused_as_too_large(txt_batch: Batch) -> None:
    assert txt_batch.row("single_line_50mb.txt")["status"] == "too_large"


def test_plain_skill_words_are_not_flagged(txt_batch: Batch) -> None:
    assert txt_batch.row("plain_control.txt")["status"] == "ok"
    assert "obfuscated_text" not in txt_batch.flags("plain_control.txt")


@pytest.mark.parametrize("name", OBFUSCATED)
def test_obfuscated_skill_words_are_read_as_seen_and_flagged(txt_batch: Batch, name: str) -> None:
    """Zero-width, look-alike and full-width letters: matched as a reader sees them, never silently."""
    assert "obfuscated_text" in txt_batch.flags(name)

    def found(record: dict[str, Any]) -> set[str]:
        return {s["id"] for s in record["skills"]} | {c["id"] for c in record["certifications"]}

    plain = found(txt_batch.records["plain_control.txt"])
    assert plain and found(txt_batch.records[name]) == plain


# ----------------------------------------------------------------------- names and folders

ODD_NAME = 'cv "quoted",\nnew line\u202etxt.exe.txt'
BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


@pytest.fixture(scope="module")
def odd_batch(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    root = tmp_path_factory.mktemp("odd")
    inbox = inbox_of(root / "inbox", {ODD_NAME: HOSTILE / "plain_control.txt"})
    os.symlink("loop_b", inbox / "loop_a")
    os.symlink("loop_a", inbox / "loop_b")
    os.symlink("self", inbox / "self")
    os.mkfifo(inbox / "pipe.txt")
    return screen(inbox, root / "out")


def test_a_file_name_with_newline_quotes_and_rtl_override_survives(odd_batch: Batch) -> None:
    assert odd_batch.records[ODD_NAME]["status"] == "ok"  # JSON Lines: exact, escaped
    (name,) = [n for n in odd_batch.scores if n.startswith("cv")]
    # The CSV keeps the row whole and shows the override as the marker "[U+202E]", never raw.
    assert name == ODD_NAME
    assert odd_batch.scores[name]["status"] == "ok"
    csv_text = (odd_batch.out / "scores.csv").read_text(encoding="utf-8-sig")
    assert "\u202e" not in csv_text and "[U+202E]" in csv_text


def test_symlink_loops_and_a_fifo_end_as_error_rows(odd_batch: Batch) -> None:
    assert_every_file_is_one_clean_row(
        odd_batch, {ODD_NAME, "loop_a", "loop_b", "self", "pipe.txt"}
    )
    assert {n: odd_batch.row(n)["status"] for n in ("loop_a", "loop_b", "self", "pipe.txt")} == {
        "loop_a": "broken_symlink",
        "loop_b": "broken_symlink",
        "self": "broken_symlink",
        "pipe.txt": "not_regular_file",
    }


def vanish(path: Path) -> None:
    """Worker hook: the file named VANISH disappears after discovery, before parsing."""
    if "VANISH" in path.name:
        path.unlink()


def test_a_file_that_disappears_before_parsing_is_one_error_row(tmp_path: Path) -> None:
    inbox = inbox_of(
        tmp_path / "inbox",
        {"VANISH.txt": HOSTILE / "plain_control.txt", "stays.txt": PARSING / "cp1252.txt"},
    )
    outcome = run_batch(
        [inbox],
        Settings(as_of=date(2026, 11, 1)),
        BatchOptions(workers=1, progress=False, hook="tests.test_hostile:vanish"),
        tmp_path / "out",
    )
    try:
        statuses = {r.file: r.status for r in outcome.results}
    finally:
        outcome.state.close()
    assert statuses == {"inbox/VANISH.txt": "vanished", "inbox/stays.txt": "ok"}
