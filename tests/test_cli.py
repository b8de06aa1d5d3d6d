"""The command line, through main(argv), on the committed samples and on bad files."""

from __future__ import annotations

import csv
import json

import pytest

from pipeline.cli import build_parser, main
from pipeline.models import ROLE_KEYS
from pipeline.screening import discover
from tests.conftest import ROOT

SAMPLES = ROOT / "samples"
REQUIRED_COLUMNS = [
    "file",
    "status",
    "candidate",
    "best_fit",
    *ROLE_KEYS,
    "pm_years",
    "certifications",
]
RECORD_KEYS = {
    "file",
    "sha256",
    "status",
    "error",
    "certifications",
    "skills",
    "experience",
    "education",
    "scores",
    "best_fit",
    "flags",
}


def _commands(parser, prefix=()):
    yield prefix
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                yield from _commands(sub, (*prefix, name))


@pytest.mark.parametrize(
    "command", list(_commands(build_parser())), ids=lambda c: " ".join(c) or "main"
)
def test_every_command_has_help_with_an_example(command, capsys):
    assert main([*command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "usage:" in out and "example" in out


@pytest.fixture(scope="module")
def screened(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    code = main(["screen", str(SAMPLES), "-o", str(out), "--as-of", "2026-11-01", "--quiet"])
    return code, out


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_screening_samples_writes_one_row_per_file(screened):
    code, out = screened
    assert code == 0
    inputs = discover([SAMPLES])
    assert len(inputs) >= 12 and not any(name.endswith("README.md") for _, name in inputs)
    rows = _rows(out / "scores.csv")
    assert [r["file"] for r in rows] == [name for _, name in inputs]
    assert set(REQUIRED_COLUMNS) <= set(rows[0])
    assert all(r["status"] == "ok" for r in rows)
    for r in rows:
        for key in ROLE_KEYS:
            assert 0.0 <= float(r[key]) <= 100.0


def test_results_jsonl_follows_the_output_contract(screened):
    _, out = screened
    records = [
        json.loads(line)
        for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert records
    for rec in records:
        assert set(rec) >= RECORD_KEYS
        assert len(rec["sha256"]) == 64 and rec["error"] is None
        assert set(rec["scores"]) == set(ROLE_KEYS)
        assert rec["best_fit"] in (*ROLE_KEYS, "none")
        assert {"total_years", "pm_years", "it_pm_years", "remote_years", "positions"} <= set(
            rec["experience"]
        )
        assert rec["education"]["level"] in ("none", "associate", "bachelor", "master", "doctorate")
        for cert in rec["certifications"]:
            assert (
                cert["status"] in ("held", "in_progress", "expired", "negated") and cert["evidence"]
            )
        for role in rec["scores"].values():
            assert {"score", "eligible", "criteria"} <= set(role)
            for crit in role["criteria"]:
                assert crit["source"] and crit["source_line"] > 0


def test_each_role_sample_fits_its_level_and_non_pms_fit_none(screened):
    _, out = screened
    rows = {r["file"].split("/")[-1]: r for r in _rows(out / "scores.csv")}
    for role in ROLE_KEYS:
        sample = next(name for name in rows if name.startswith(f"{role}_"))
        scores = sorted(((float(rows[sample][k]), k) for k in ROLE_KEYS), reverse=True)
        assert role in [k for _, k in scores[:2]], (sample, scores)
        assert float(rows[sample][role]) >= 65, (sample, scores)
    for name, row in rows.items():
        if "nonpm" in name or "nonit" in name:
            assert row["best_fit"] == "none", name
            assert max(float(row[k]) for k in ROLE_KEYS) < 50, name


def test_a_bad_file_becomes_an_error_row_and_the_run_goes_on(tmp_path, capsys):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "empty.pdf").write_bytes(b"")
    (inbox / "letter.rtf").write_bytes(b"{\\rtf1\\ansi Hello}")
    (inbox / "cv.txt").write_text(
        "Jane Roe\nEXPERIENCE\nIT Project Manager, Acme\nJan 2019 - Present\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    assert main(["screen", str(inbox), "-o", str(out), "--as-of", "2026-11-01"]) == 1
    rows = {r["file"]: r for r in _rows(out / "scores.csv")}
    assert rows["inbox/cv.txt"]["status"] == "ok"
    assert rows["inbox/letter.rtf"]["status"] == "unsupported_format"
    assert rows["inbox/empty.pdf"]["status"] not in ("ok", "")
    errors = _rows(out / "errors.csv")
    assert {e["file"] for e in errors} == {"inbox/letter.rtf", "inbox/empty.pdf"}
    assert all(e["message"] for e in errors)
    printed = capsys.readouterr().out
    assert "unsupported_format" in printed


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["screen", str(tmp_path / "missing")]) == 2
    assert main(["screen", str(tmp_path), "--as-of", "yesterday"]) == 2
    assert main(["screen", str(tmp_path), "--roles", "ceo"]) == 2


def test_explain_prints_every_criterion_with_its_source_line(capsys):
    sample = next(p for p, _ in discover([SAMPLES]) if p.suffix == ".pdf")
    assert main(["explain", str(sample), "--role", "senior", "--as-of", "2026-11-01"]) == 0
    out = capsys.readouterr().out
    assert "senior:" in out and "job description line" in out


def test_python_api_returns_results_and_a_dataframe():
    import pipeline

    results = pipeline.screen([SAMPLES], as_of=__import__("datetime").date(2026, 11, 1))
    frame = pipeline.screen(
        SAMPLES, as_of=__import__("datetime").date(2026, 11, 1), as_dataframe=True
    )
    assert len(frame) == len(results)
    assert list(frame["file"]) == [r.file for r in results]
    assert set(ROLE_KEYS) <= set(frame.columns)


def test_blind_run_hides_identity_and_keeps_every_score(screened, tmp_path):
    _, out = screened
    blind_out = tmp_path / "blind"
    args = ["screen", str(SAMPLES), "-o", str(blind_out), "--as-of", "2026-11-01", "--quiet"]
    assert main([*args, "--blind", "--format", "csv,jsonl,html,xlsx"]) == 0
    plain = {r["sha256"]: r for r in _rows(out / "scores.csv")}
    hidden = {r["sha256"]: r for r in _rows(blind_out / "scores.csv")}
    assert plain.keys() == hidden.keys()
    names = {r["candidate"] for r in plain.values() if r["candidate"]}
    assert len(names) >= 10
    for sha, row in hidden.items():
        assert [row[k] for k in ROLE_KEYS] == [plain[sha][k] for k in ROLE_KEYS]
        assert row["candidate"].startswith("Candidate ")
    for report in ("scores.csv", "evidence.csv", "results.jsonl", "report.html"):
        text = (blind_out / report).read_text(encoding="utf-8-sig")
        leaked = [n for n in names if n in text]
        assert not leaked, (report, leaked)
    assert (blind_out / "report.xlsx").stat().st_size > 0


def test_keyword_stuffing_is_flagged_and_never_outranks_a_genuine_candidate(screened):
    _, out = screened
    rows = {r["file"].split("/")[-1]: r for r in _rows(out / "scores.csv")}
    stuffed = rows["keyword_list_without_experience.pdf"]
    assert "keyword_stuffing" in stuffed["flags"].split(";")
    assert stuffed["certifications"] == ""  # "studying for all of them" holds none
    for role in ROLE_KEYS:
        genuine = next(r for name, r in rows.items() if name.startswith(f"{role}_"))
        assert float(stuffed[role]) < float(genuine[role]), role


def test_hidden_text_never_counts(screener):
    fixtures = ROOT / "tests" / "fixtures" / "parsing"
    for name in ("white_text.pdf", "tiny_text.pdf", "white_text.docx"):
        result = screener.screen_file(fixtures / name, name)
        assert result.status == "ok" and "hidden_text" in result.flags
        assert "PMP" in result.document.hidden_text
        found = {c.id for c in result.profile.certifications} | {
            s.id for s in result.profile.skills
        }
        assert not found & {"pmp", "prince2"}, (name, found)


def test_report_rebuilds_the_html_report_identically(tmp_path):
    out, copy = tmp_path / "out", tmp_path / "copy"
    run = ["--format", "csv,jsonl,html"]
    assert (
        main(["screen", str(SAMPLES), "-o", str(out), "--as-of", "2026-11-01", "--quiet", *run])
        == 0
    )
    assert main(["report", "--state", str(out / "state.sqlite"), "-o", str(copy), *run]) == 0
    for name in ("scores.csv", "evidence.csv", "results.jsonl", "report.html"):
        assert (copy / name).read_bytes() == (out / name).read_bytes(), name


def test_both_pdf_engines_yield_the_same_facts_on_the_samples(taxonomy):
    from datetime import date

    from pipeline.screening import Screener, Settings

    engines = {
        engine: Screener(Settings(as_of=date(2026, 11, 1), pdf_engine=engine), taxonomy)
        for engine in ("pdfium", "pdfplumber")
    }
    pdfs = [p for p, _ in discover([SAMPLES]) if p.suffix == ".pdf"]
    assert len(pdfs) >= 5
    for pdf in pdfs:
        a, b = (engines[e].screen_file(pdf) for e in ("pdfium", "pdfplumber"))
        assert a.profile is not None and b.profile is not None
        facts = lambda r: (  # noqa: E731
            {(c.id, c.status) for c in r.profile.certifications},
            {s.id for s in r.profile.skills},
            r.profile.experience.total_years,
            r.profile.experience.pm_years,
            r.profile.education.level,
        )
        assert facts(a) == facts(b), pdf.name


def test_an_edited_taxonomy_copy_changes_the_screen(tmp_path):
    import shutil

    edited = tmp_path / "my-taxonomy"
    shutil.copytree(ROOT / "taxonomy", edited)
    certs = edited / "certifications.yaml"
    certs.write_text(
        certs.read_text(encoding="utf-8")
        + """
  - id: itil-4
    name: ITIL 4 Foundation
    category: certification
    aliases: [ITIL 4 Foundation, ITIL Foundation]
    acronyms: [ITIL]
    source:
      line: 32
      quote: "Recommended: Certified ScrumMaster (CSM), PRINCE2, Agile Certified Practitioner (PMI-ACP)"
      beyond_document: "asked for by our service-management team"
""",
        encoding="utf-8",
    )
    assert main(["taxonomy", "check", str(edited)]) == 0
    cv = tmp_path / "inbox" / "cv.txt"
    cv.parent.mkdir()
    cv.write_text("Jo Bloggs\nCERTIFICATIONS\nITIL 4 Foundation, 2021\n", encoding="utf-8")
    for taxonomy, expected in ((None, ""), (edited, "itil-4")):
        out = tmp_path / f"out-{expected or 'default'}"
        extra = ["--taxonomy", str(taxonomy)] if taxonomy else []
        assert (
            main(["screen", str(cv), "-o", str(out), "--as-of", "2026-11-01", "--quiet", *extra])
            == 0
        )
        assert _rows(out / "scores.csv")[0]["certifications"] == expected
