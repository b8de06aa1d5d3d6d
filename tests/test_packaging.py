"""`pip install .` gives a working command from any directory, taxonomy included."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import pipeline
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    target = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return target


def _run(installed, *args, cwd):
    env = {**os.environ, "PYTHONPATH": str(installed)}
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], cwd=cwd, env=env, capture_output=True, text=True
    )


def test_the_wheel_ships_the_taxonomy_and_report_assets(installed):
    data = installed / "pipeline" / "taxonomy_data"
    for name in ("certifications.yaml", "skills.yaml", "roles.yaml", "job-descriptions.txt"):
        assert (data / name).is_file(), name
    assert (installed / "pipeline" / "writers" / "report.js").is_file()
    assert (
        (installed / f"resume_screen-{pipeline.__version__}.dist-info" / "entry_points.txt")
        .read_text()
        .count("resume-screen = pipeline.cli:main")
    )


def test_installed_command_screens_from_another_directory(installed, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    check = _run(installed, "taxonomy", "check", cwd=elsewhere)
    assert check.returncode == 0 and str(installed) in check.stdout, check.stdout + check.stderr
    sample = next((ROOT / "samples").glob("*.txt"))
    proc = _run(
        installed,
        "screen",
        str(sample),
        "-o",
        "out",
        "--as-of",
        "2026-11-01",
        "--quiet",
        cwd=elsewhere,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert (elsewhere / "out" / "scores.csv").is_file()
