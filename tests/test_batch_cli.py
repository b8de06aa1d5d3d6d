"""`resume-screen screen` as a batch: determinism, reports rebuilt from the state, logs, Dask."""

from __future__ import annotations

import json
import shutil

import pytest

from pipeline.cli import main
from tests.conftest import ROOT
from tests.test_batch import make_inbox

REPORTS = ("scores.csv", "evidence.csv", "errors.csv", "results.jsonl")
AS_OF = ["--as-of", "2026-11-01", "--no-progress", "--quiet"]


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    """The committed samples, a few TXT résumés, a duplicate and a broken file."""
    root = tmp_path_factory.mktemp("batch") / "inbox"
    shutil.copytree(ROOT / "samples", root)
    make_inbox(root / "more", [f"cv{i}.txt" for i in range(4)])
    shutil.copy(root / "more" / "cv0.txt", root / "more" / "cv0_again.txt")
    (root / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<")
    return root


def _reports(out):  # type: ignore[no-untyped-def]
    return {name: (out / name).read_bytes() for name in REPORTS}


@pytest.fixture(scope="module")
def two_workers(inbox, tmp_path_factory):
    out = tmp_path_factory.mktemp("w2")
    code = main(["screen", str(inbox), "-o", str(out), "--workers", "2", *AS_OF])
    return code, out


def test_reports_are_byte_identical_whatever_the_worker_count(inbox, two_workers, tmp_path):
    code, out2 = two_workers
    assert code == 1  # broken.pdf ends in an error row
    out1 = tmp_path / "w1"
    assert main(["screen", str(inbox), "-o", str(out1), "--workers", "1", *AS_OF]) == 1
    assert _reports(out1) == _reports(out2)
    rows = (out2 / "scores.csv").read_text(encoding="utf-8-sig").splitlines()
    names = [line.split(",", 1)[0] for line in rows[1:]]
    assert names == sorted(names, key=lambda n: n.split("/"))
    assert any(",duplicate_of," in line and "inbox/more/cv0.txt" in line for line in rows)


def test_report_rebuilds_identical_files_from_the_state_alone(two_workers, tmp_path):
    _, out = two_workers
    copy = tmp_path / "copy"
    assert main(["report", "--state", str(out / "state.sqlite"), "-o", str(copy)]) == 0
    assert _reports(copy) == _reports(out)


def test_report_without_a_state_is_a_usage_error(tmp_path, capsys):
    assert main(["report", "--state", str(tmp_path / "none.sqlite"), "-o", str(tmp_path)]) == 2
    assert "no state database" in capsys.readouterr().err


def test_json_logs_carry_hashes_and_statuses_but_no_resume_text(inbox, tmp_path, capsys):
    out = tmp_path / "out"
    main(["screen", str(inbox / "more"), "-o", str(out), "--log-format", "json", *AS_OF])
    err = capsys.readouterr().err
    lines = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    screened = [entry for entry in lines if entry["event"] == "file screened"]
    assert len(screened) == 4  # cv0_again.txt is a duplicate, never screened
    assert all(len(e["file_sha256"]) == 64 and e["status"] == "ok" for e in screened)
    assert "Number0" not in err and "example.com" not in err and "cv0.txt" not in err


def test_a_rerun_prints_that_nothing_was_screened_again(inbox, tmp_path, capsys):
    out = tmp_path / "out"
    args = ["screen", str(inbox / "more"), "-o", str(out), "--as-of", "2026-11-01"]
    assert main(args) == 0
    assert "state: 4 file(s) screened, 0 reused" in capsys.readouterr().out
    assert main(args) == 0
    assert "state: 0 file(s) screened, 4 reused" in capsys.readouterr().out


def test_fail_on_error_stops_without_writing_reports(inbox, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["screen", str(inbox), "-o", str(out), "--fail-on-error", *AS_OF]) == 1
    assert not (out / "scores.csv").exists()
    assert sorted(p.name for p in out.iterdir()) == ["state.sqlite"]  # no temporary file left
    assert "--fail-on-error" in capsys.readouterr().err


def test_no_progress_bar_when_stderr_is_not_a_terminal(inbox, tmp_path, capsys):
    main(["screen", str(inbox / "more"), "-o", str(tmp_path), "--as-of", "2026-11-01", "--quiet"])
    assert "files/s" not in capsys.readouterr().err


def test_progress_bar_shows_counts_and_rate():
    import io

    from pipeline.batch.progress import Progress

    stream = io.StringIO()
    progress = Progress(3, enabled=True, stream=stream)
    for status in ("ok", "timeout", "ok"):
        progress.update(status)
    progress.close()
    assert "3/3 files, 1 error(s)" in stream.getvalue() and "files/s" in stream.getvalue()


def test_a_dask_cluster_gives_the_same_reports_as_local_workers(inbox, two_workers, tmp_path):
    distributed = pytest.importorskip("distributed")
    _, local = two_workers
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        protocol="tcp://",  # a real TCP scheduler on loopback, as --scheduler expects
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        out = tmp_path / "dask"
        args = ["screen", str(inbox), "-o", str(out), *AS_OF]
        assert main([*args, "--executor", "dask", "--scheduler", cluster.scheduler_address]) == 1
    assert _reports(out) == _reports(local)


def test_dask_without_a_scheduler_is_a_usage_error(inbox, tmp_path, capsys):
    args = ["screen", str(inbox / "more"), "-o", str(tmp_path), "--executor", "dask", *AS_OF]
    assert main(args) == 2
    assert "--scheduler" in capsys.readouterr().err
