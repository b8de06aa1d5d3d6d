"""CSV, Excel and blind-mode reports, read back the way analysts and recruiters open them."""

from __future__ import annotations

import csv
import hashlib
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.models import ROLE_KEYS, Evidence, Result
from pipeline.taxonomy import MEASURES
from pipeline.writers.blind import PLACEHOLDER, blind, blind_key, pseudonym_keys
from pipeline.writers.csv import write_csv
from pipeline.writers.jsonl import write_jsonl

openpyxl = pytest.importorskip("openpyxl", reason="openpyxl is needed for the Excel report")

from pipeline.writers.html import write_html  # noqa: E402
from pipeline.writers.xlsx import write_xlsx  # noqa: E402

NAME = "Maribel Quintanilla-Osei"
EMAIL = "maribel.qo@example.org"
PHONE = "+1 (555) 014-2231"
CITY = "Tucson, AZ"
LINKEDIN = "linkedin.com/in/mqosei"
RESUME = f"""{NAME}, PMP
{EMAIL} | {PHONE} | {CITY} | {LINKEDIN}
1450 N Cactus Lane, Apt 7

Summary
IT project manager with nine years of cloud and ERP delivery. PMP certified.

Professional Experience
Senior IT Project Manager
Sonoran Data Systems | {CITY} | Mar 2018 – Present
- Led the cloud migration of 40 applications with Agile and Scrum teams.
- Managed a $2M budget, vendor management and risk management for the programme.
- Tracked work in Jira and Confluence; reported to executives every month.

IT Project Coordinator
Desert Bank | Phoenix, AZ | Jan 2015 – Feb 2018
- Coordinated Waterfall releases in MS Project.

Education
B.S. Computer Science, University of Arizona, 2014

Certifications
- Project Management Professional (PMP), 2019
- Certified ScrumMaster (CSM), 2020
"""
JUNIOR = """Tomasz Ebright
tomasz.ebright@example.net | (555) 010-7781

Experience
Project Coordinator
Ridgeview Clinic | Jan 2024 – Present
- Kept the team's tasks in Trello and ran Kanban stand-ups.

Education
B.A. Business Administration, 2023
"""
# File names are chosen by whoever uploads the résumé; each one starts like a formula.
HOSTILE_NAMES = [
    '=HYPERLINK("x","y").txt',
    "+1-555.txt",
    "-2+3.txt",
    "@SUM(A1).txt",
    "\tcmd.txt",
    "\rcr.txt",
    "\nlf.txt",
    "   =lead-spaces.txt",
]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def _screen(screener, folder: Path, files: dict[str, str | bytes]) -> list[Result]:
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    for name, body in files.items():
        path = folder / name
        if isinstance(body, bytes):
            path.write_bytes(body)
        else:
            path.write_text(body, encoding="utf-8")
        results.append(screener.screen_file(path, name=name))
    return results


@pytest.fixture(scope="module")
def results(screener, tmp_path_factory) -> list[Result]:
    files: dict[str, str | bytes] = {"maribel_quintanilla_cv.txt": RESUME, "tomasz.txt": JUNIOR}
    files.update({name: RESUME if i % 2 else JUNIOR for i, name in enumerate(HOSTILE_NAMES)})
    files["=empty.txt"] = b""  # an error row whose file name also looks like a formula
    return _screen(screener, tmp_path_factory.mktemp("inbox"), files)


@pytest.fixture(scope="module")
def reports(results, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    write_csv(results, out, ROLE_KEYS)
    write_xlsx(results, out, ROLE_KEYS)
    return out


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_fixture_has_scored_rows_and_an_error_row(results):
    assert sum(r.status == "ok" for r in results) == len(results) - 1
    assert [r.status for r in results if r.error] == ["empty"]
    main = results[0]
    assert main.contact.name == NAME and main.contact.email == EMAIL
    assert main.scores["general"].score > results[1].scores["general"].score


@pytest.mark.parametrize("report", ["scores.csv", "evidence.csv", "errors.csv"])
def test_csv_has_bom_and_crlf(reports, report):
    raw = (reports / report).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") >= 2


@pytest.mark.parametrize("report", ["scores.csv", "evidence.csv", "errors.csv"])
def test_no_csv_text_cell_starts_like_a_formula(reports, report):
    rows = _read_csv(reports / report)
    assert rows
    for row in rows:
        for value in row.values():
            if value.lstrip(" ").startswith(FORMULA_START):
                float(value)  # only a number (a negative one) may start with "-"


def test_hostile_file_names_come_back_prefixed_and_otherwise_unchanged(reports):
    files = {row["file"] for row in _read_csv(reports / "scores.csv")}
    for name in HOSTILE_NAMES:
        assert "'" + name in files
    assert "'=empty.txt" in {row["file"] for row in _read_csv(reports / "errors.csv")}
    assert "'" + HOSTILE_NAMES[0] in {row["file"] for row in _read_csv(reports / "evidence.csv")}


def test_numbers_stay_numeric_for_pandas(reports):
    import pandas as pd

    frame = pd.read_csv(reports / "scores.csv", encoding="utf-8-sig")
    assert frame.columns[0] == "file"
    for column in [*ROLE_KEYS, *MEASURES]:
        assert frame[column].dtype == "float64", column
    evidence = pd.read_csv(reports / "evidence.csv", encoding="utf-8-sig")
    assert evidence["weight"].dtype == "float64" and evidence["credit"].dtype == "float64"


def test_scores_csv_shows_every_measure_an_experience_band_reads(screener, results, reports):
    # The remote level reads remote_it_years and the technical level technical_years: an analyst
    # checking a score from its row needs those, not only total, PM and remote years.
    criteria = [c for role in screener.taxonomy.roles.values() for c in role.criteria]
    read = {c.measure for c in criteria if c.kind == "experience"}
    read |= {c.over_measure for c in criteria if c.over_measure}
    assert {"remote_it_years", "technical_years", "it_project_years"} <= read
    rows = _read_csv(reports / "scores.csv")  # one per Result, in order
    assert [row["sha256"] for row in rows] == [r.sha256 for r in results]
    assert any(r.profile is not None for r in results)
    for result, row in zip(results, rows, strict=True):
        for measure in read:
            if result.profile is None:  # the error row
                assert row[measure] == "", measure
            else:
                assert float(row[measure]) == getattr(result.profile.experience, measure), measure


def test_xlsx_has_a_sheet_per_role_plus_scores_evidence_errors(reports):
    wb = openpyxl.load_workbook(reports / "report.xlsx")
    assert wb.sheetnames == [*ROLE_KEYS, "scores", "evidence", "errors"]


def test_xlsx_never_holds_a_formula_or_a_link(reports):
    wb = openpyxl.load_workbook(reports / "report.xlsx")
    texts = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                assert cell.hyperlink is None
                texts += cell.data_type == "s"
    assert texts > 100
    names = {c.value: c for c in wb["scores"]["A"]}
    for name in [*HOSTILE_NAMES, "=empty.txt"]:
        assert names[name].data_type == "s"  # the exact name, stored as text
        assert names[name].quotePrefix  # and Excel keeps it text when the cell is edited


def test_xlsx_headers_frozen_filtered_and_scores_coloured(reports):
    wb = openpyxl.load_workbook(reports / "report.xlsx")
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
    for role in ROLE_KEYS:
        ws = wb[role]
        header = [c.value for c in ws[1]]
        score_col = openpyxl.utils.get_column_letter(header.index("score") + 1)
        ranges = [str(cf.sqref) for cf in ws.conditional_formatting]
        assert any(r.startswith(f"{score_col}2:") for r in ranges), role
        rules = [rule.type for cf in ws.conditional_formatting for rule in cf.rules]
        assert "colorScale" in rules


def test_xlsx_rankings_sorted_by_score_then_file_with_numeric_scores(reports, results):
    wb = openpyxl.load_workbook(reports / "report.xlsx")
    for role in ROLE_KEYS:
        rows = list(wb[role].iter_rows(min_row=2, values_only=True))
        header = [c.value for c in wb[role][1]]
        score, file, rank = header.index("score"), header.index("file"), header.index("rank")
        assert len(rows) == sum(r.status == "ok" for r in results)
        assert all(isinstance(row[score], float | int) for row in rows)
        keys = [(-row[score], row[file]) for row in rows]
        assert keys == sorted(keys)
        assert [row[rank] for row in rows] == list(range(1, len(rows) + 1))
    expected = {r.file: r.scores["senior"].score for r in results if r.status == "ok"}
    header = [c.value for c in wb["senior"][1]]
    for row in wb["senior"].iter_rows(min_row=2, values_only=True):
        assert row[header.index("score")] == expected[row[header.index("file")]]


# ---- blind mode --------------------------------------------------------------------------------

IDENTITY = [NAME, "Maribel", "Quintanilla", EMAIL, "555) 014-2231", "014-2231", "Tucson", "mqosei"]
IDENTITY += [
    "Cactus Lane",
    "Tomasz",
    "Ebright",
    "tomasz.ebright",
    "010-7781",
    "maribel_quintanilla",
]


def _texts_of(folder: Path) -> dict[str, str]:
    texts = {}
    for path in folder.iterdir():
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as z:
                texts[path.name] = "\n".join(z.read(n).decode("utf-8") for n in z.namelist())
        else:
            texts[path.name] = path.read_text(encoding="utf-8-sig")
    return texts


def _numbers(result: Result) -> dict:
    return {
        key: (
            rs.score,
            rs.eligible,
            rs.missing,
            [
                (c.id, c.met, c.weight, c.credit, [(e.start, e.end) for e in c.evidence])
                for c in rs.criteria
            ],
        )
        for key, rs in result.scores.items()
    } | {"best_fit": result.best_fit, "flags": result.flags, "sha256": result.sha256}


@pytest.fixture(scope="module")
def blind_reports(results, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("blind")
    blinded = blind(results)
    for writer in (write_csv, write_jsonl, write_xlsx, write_html):
        writer(blinded, out, ROLE_KEYS)
    return out


def test_blind_outputs_carry_no_identity(blind_reports, reports):
    texts = _texts_of(blind_reports)
    assert set(texts) == {
        "scores.csv",
        "evidence.csv",
        "errors.csv",
        "results.jsonl",
        "report.xlsx",
        "report.html",
    }
    for name, text in texts.items():
        for secret in IDENTITY:
            assert secret.lower() not in text.lower(), (name, secret)
    # The same check finds them in the ordinary reports, so it can fail.
    plain = "\n".join(_texts_of(reports).values())
    assert NAME in plain and "maribel_quintanilla" in plain


def test_blind_scores_are_identical(results):
    blinded = blind(results)
    assert [_numbers(b) for b in blinded] == [_numbers(r) for r in results]
    assert [b.status for b in blinded] == [r.status for r in results]


def test_blind_keeps_evidence_offsets_valid(results):
    for original, blinded in zip(results, blind(results), strict=True):
        if original.document is None:
            continue
        text = blinded.document.text
        assert len(text) == len(original.document.text)
        assert blinded.document.links == ()
        for rs in blinded.scores.values():
            for c in rs.criteria:
                for e in c.evidence:
                    assert text[e.start : e.end] == e.text
        assert PLACEHOLDER in text


def test_blind_keeps_facts_found_in_the_header(results):
    blinded = blind(results)[0]
    held = {c.id for c in blinded.profile.certifications}
    assert held == {c.id for c in results[0].profile.certifications}
    first, contact_line, address = blinded.document.text.split("\n")[:3]
    assert set(contact_line) == set(address) == {PLACEHOLDER}
    assert first.endswith("PMP") and set(first[:-3]) == {PLACEHOLDER}  # the evidence stays


def test_blind_keeps_every_number_and_degree_of_the_profile(results, screener, tmp_path):
    (two_degrees,) = _screen(
        screener,
        tmp_path / "degrees",
        {"cv.txt": RESUME + "\nEducation\nMBA, Desert State University, 2016\n"
         "B.S. Computer Science, Desert State University, 2010\n"},
    )  # fmt: skip
    for original in [*results, two_degrees]:
        if original.profile is None:
            continue
        blinded = blind([original])[0]
        exp, blind_exp = original.profile.experience, blinded.profile.experience
        assert blind_exp.technical_years == exp.technical_years
        assert blind_exp.it_project_years == exp.it_project_years
        degrees = [(d.level, d.field) for d in original.profile.education.degrees]
        assert [(d.level, d.field) for d in blinded.profile.education.degrees] == degrees
    assert degrees[0] == ("master", "business") and ("bachelor", "computing") in degrees


def test_pseudonyms_are_stable_and_derived_from_the_hash(results, screener, tmp_path):
    again = _screen(screener, tmp_path / "again", {"maribel_quintanilla_cv.txt": RESUME})
    first, second = blind(results)[0], blind(again)[0]
    assert first.contact.name == second.contact.name
    assert re.fullmatch(r"Candidate [0-9a-f]{8}", first.contact.name)
    assert first.contact.name.split()[1] == hashlib.sha256(RESUME.encode()).hexdigest()[:8]
    assert first.file == first.contact.name + ".txt"
    key = [(row["pseudonym"], row["file"]) for row in blind_key(results)]
    assert (first.contact.name, "maribel_quintanilla_cv.txt") in key


def test_pseudonyms_differ_when_hashes_share_a_prefix_and_repeat_for_the_same_bytes():
    a = Result("a.txt", "0123456789" + "a" * 54, "ok")
    b = Result("b.txt", "0123456789" + "b" * 54, "ok")
    c = Result("c.txt", "f" * 64, "ok")
    d = replace(c, file="copy_of_c.txt")
    keys = pseudonym_keys([a, b, c, d])
    assert keys == ["0123456789a", "0123456789b", "ffffffff", "ffffffff"]
    unreadable = Result("locked.pdf", "", "permission_denied")  # no hash: derived from the name
    assert pseudonym_keys([unreadable]) == pseudonym_keys([unreadable]) != [""]


def test_rendered_evidence_rows_follow_the_evidence_columns():
    # render() encodes a criterion's own cells once and the file's cells per row; the two lists
    # must interleave into exactly the evidence.csv header.
    from pipeline.writers.csv import EVIDENCE_COLUMNS
    from pipeline.writers.rendered import _CRITERION_CELLS, _OWN_CELLS

    fixed, own = list(_CRITERION_CELLS), list(_OWN_CELLS)
    assert ["file", *fixed[:4], *own, *fixed[4:]] == EVIDENCE_COLUMNS


def test_a_failure_while_writing_leaves_the_previous_reports_whole(results, tmp_path):
    from pipeline.writers import write_reports
    from pipeline.writers.rendered import rendered

    out = tmp_path / "out"
    first = write_reports(results, out, ROLE_KEYS)
    before = {p.name: p.read_bytes() for p in first}
    assert sorted(before) == ["errors.csv", "evidence.csv", "results.jsonl", "scores.csv"]

    def rows_then_a_failure():
        for i, row in enumerate(rendered(results, ROLE_KEYS)):
            if i == 2:
                raise OSError("disk full")
            yield row

    with pytest.raises(OSError, match="disk full"):
        write_reports(results, out, ROLE_KEYS, rows=rows_then_a_failure)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no temporary file left

    again = write_reports(results, out, ROLE_KEYS, rows=lambda: rendered(results, ROLE_KEYS))
    assert {p.name: p.read_bytes() for p in again} == before  # one pass writes the same bytes


def test_rendered_evidence_lines_are_the_evidence_rows_csv_would_write(results):
    # render() reads evidence cells straight from the criteria; tables.iter_evidence_rows (the
    # rows the XLSX report shows) is the reference for what each line holds.
    from pipeline.writers.rendered import file_cell, render

    for result in results:
        rendered = render(result, ROLE_KEYS)
        cell = file_cell(result.file)
        assert "".join(cell + line for line in rendered.evidence_rows) == _evidence_csv(result)


def _evidence_csv(result: Result) -> str:
    # The reference evidence.csv lines of one Result: tables.iter_evidence_rows through DictWriter.
    import io

    from pipeline.writers.csv import EVIDENCE_COLUMNS
    from pipeline.writers.tables import iter_evidence_rows, safe_cell

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EVIDENCE_COLUMNS, lineterminator="\r\n")
    for row in iter_evidence_rows([result]):
        writer.writerow({k: safe_cell("" if v is None else v) for k, v in row.items()})
    return buffer.getvalue()


@pytest.mark.parametrize(
    "text",
    [
        "=HYPERLINK(1)",  # formula starts, plain and after spaces or a quote-forcing comma
        "  -2",
        "\t@SUM",
        "a, =1",  # a false alarm: the row is encoded with care, to the same bytes
        "cv\u202efdp.exe",  # a bidirectional control anywhere
        "two\r\nlines",  # a line end inside a cell: the rows are encoded one by one
        "\r\n=both",
        'say "hi", then ,',
    ],
)
def test_rendered_evidence_lines_take_care_of_any_cell(results, text):
    # render() encodes the file's own evidence cells by hand when none needs care; any cell, in
    # any criterion, must come out as the reference (csv.DictWriter, safe_cell) has it.
    from pipeline.writers.rendered import file_cell, render

    result = next(r for r in results if r.scores)
    for role, field in [("general", "detail"), ("senior", "source"), ("remote", "id")]:
        scores = result.scores[role]
        criteria = list(scores.criteria)
        criteria[1] = replace(criteria[1], **{field: text})
        criteria[-1] = replace(
            criteria[-1], evidence=(Evidence(text, 0, 1), *criteria[-1].evidence)
        )
        changed = replace(
            result, scores={**result.scores, role: replace(scores, criteria=tuple(criteria))}
        )
        lines = render(changed, ROLE_KEYS).evidence_rows
        assert "".join(file_cell(changed.file) + line for line in lines) == _evidence_csv(changed)


def test_a_result_kept_by_0_3_0_reports_its_one_degree(results):
    from pipeline.writers.records import result_record

    scored = next(r for r in results if r.profile and r.profile.education.level != "none")
    education = scored.profile.education
    old = replace(scored, profile=replace(scored.profile, education=replace(education, degrees=())))
    (degree,) = result_record(old)["education"]["degrees"]
    assert (degree["level"], degree["field"]) == (education.level, education.field)


@given(
    st.text(alphabet=st.sampled_from(',"\r\n\t =+-@ aé’\u202e\x00\x0b'), max_size=12) | st.text()
)
def test_a_text_cell_is_encoded_as_csv_writer_encodes_it(text):
    # rendered.csv_text stands in for csv.writer on the evidence rows' text cells.
    import io

    from pipeline.writers.rendered import LINE_END, csv_text

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=LINE_END).writerow([text, text])
    assert buffer.getvalue() == f"{csv_text(text)},{csv_text(text)}{LINE_END}"


@given(
    st.text(alphabet=st.sampled_from(',"\r\n\t =+-@ aé’\u202e\x00\x0b'), max_size=12) | st.text()
)
def test_a_file_cell_is_the_cell_csv_writer_writes_for_the_safe_name(name):
    # rendered.file_cell stands in for csv.writer on the first cell of every CSV line.
    import io

    from pipeline.writers.rendered import LINE_END, file_cell
    from pipeline.writers.tables import safe_cell

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=LINE_END).writerow([safe_cell(name)])
    assert file_cell(name) + LINE_END == buffer.getvalue()


def test_every_dict_of_a_record_is_built_with_its_keys_sorted(results):
    # results.jsonl is encoded without sorting keys (records.py builds them sorted); a key out
    # of order would move in the report.
    from pipeline.models import ErrorInfo
    from pipeline.writers.records import result_record

    def check(value, where):
        if isinstance(value, dict):
            assert list(value) == sorted(value), where
            for key, item in value.items():
                check(item, f"{where}.{key}")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                check(item, f"{where}[{i}]")

    unread = Result("locked.pdf", "", "permission_denied", error=ErrorInfo("x", "y"))
    assert any(r.document is not None and r.profile is not None for r in results)
    for result in [*results, unread]:
        check(result_record(result), result.file)


def test_a_dead_writers_temporary_file_is_removed_and_a_live_ones_kept(tmp_path):
    import fcntl
    import os

    from pipeline.writers.atomic import ABANDONED_AFTER_S, atomic_open

    target = tmp_path / "scores.csv"
    dead, live = (tmp_path / f".scores.csv.{n}.tmp" for n in ("dead", "live"))
    fresh = tmp_path / ".scores.csv.fresh.new"  # created a moment ago, not locked yet
    for tmp in (dead, live, fresh):
        tmp.write_text("partial")
    old = os.stat(dead).st_mtime - 2 * ABANDONED_AFTER_S
    for tmp in (dead, live):
        os.utime(tmp, (old, old))
    (tmp_path / ".evidence.csv.dead.tmp").write_text("another report's")
    with open(live, "rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # as a writer in another process holds it
        with atomic_open(target) as fh:
            fh.write("whole")
    assert target.read_text() == "whole"
    assert not dead.exists()
    assert live.exists() and fresh.exists()  # locked; created a moment ago
    assert (tmp_path / ".evidence.csv.dead.tmp").exists()


def test_a_temporary_file_of_a_writer_killed_a_moment_ago_is_removed_by_the_next_writer(tmp_path):
    # README: "a killed run's temporary files are removed by the next run into the same folder";
    # rerunning at once after a kill -9 is how a run is resumed.
    import subprocess
    import sys

    from pipeline.writers.atomic import atomic_open

    target = tmp_path / "scores.csv"
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, signal, sys\n"
            "from pathlib import Path\n"
            "from pipeline.writers.atomic import atomic_open\n"
            "with atomic_open(Path(sys.argv[1])) as fh:\n"
            "    fh.write('partial'); fh.flush()\n"
            "    os.kill(os.getpid(), signal.SIGKILL)\n",
            str(target),
        ],
        check=False,
    )
    assert killed.returncode == -9
    assert len(list(tmp_path.glob(".scores.csv.*"))) == 1  # what the killed writer left
    with atomic_open(target) as fh:
        fh.write("whole")
    assert target.read_text() == "whole"
    assert list(tmp_path.glob(".scores.csv.*")) == []


def test_a_format_asked_for_twice_is_written_whole_from_rendered_rows(results, tmp_path):
    # `report --format jsonl,csv,jsonl` (and the state's rows): a second sink of the same file
    # must not leave the report empty.
    from pipeline.writers import write_reports
    from pipeline.writers.rendered import rendered

    once, twice = tmp_path / "once", tmp_path / "twice"
    write_reports(results, once, ROLE_KEYS, ["jsonl", "csv"])
    write_reports(
        results,
        twice,
        ROLE_KEYS,
        ["jsonl", "csv", "jsonl"],
        rows=lambda: rendered(results, ROLE_KEYS),
    )
    for name in ("results.jsonl", "scores.csv", "evidence.csv", "errors.csv"):
        assert (twice / name).read_bytes() == (once / name).read_bytes(), name
