"""Command line: argument parsing and printing only. `main(argv) -> int` is testable in-process."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import ScreeningError
from pipeline.models import ROLE_KEYS

if TYPE_CHECKING:
    from pipeline.batch.engine import BatchOptions, BatchOutcome
    from pipeline.writers.rendered import Rendered

EXIT_OK, EXIT_FILE_ERRORS, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130

MAIN_EXAMPLES = """examples:
  resume-screen screen samples/                      screen a folder into reports/
  resume-screen screen inbox/ -o out/ --as-of 2026-11-01 --roles senior,program
  resume-screen explain samples/senior_it_pm.pdf --role senior
  resume-screen taxonomy check taxonomy/
  resume-screen taxonomy show --role junior
"""


def _as_of(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _choices(value: str, allowed: Sequence[str], what: str) -> tuple[str, ...]:
    """Returns a comma-separated list of known names, or an argparse error naming the choices."""
    chosen = tuple(v.strip().lower() for v in value.replace(" ", ",").split(",") if v.strip())
    unknown = [v for v in chosen if v not in allowed]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            f"unknown {what} {', '.join(unknown) or value!r}; choose from {', '.join(allowed)}"
        )
    return chosen


def _roles(value: str) -> tuple[str, ...]:
    return _choices(value, ROLE_KEYS, "role")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--as-of",
        type=_as_of,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date 'Present' means, for reproducible runs (default: today)",
    )
    p.add_argument(
        "--taxonomy",
        type=Path,
        default=None,
        metavar="DIR",
        help="screen with an edited copy of the taxonomy folder",
    )
    p.add_argument(
        "--pdf-engine",
        choices=("pdfium", "pdfplumber"),
        default="pdfium",
        help="PDF text extractor (default: pdfium, fast and column-aware)",
    )


SCREEN_EPILOG = """examples:
  resume-screen screen samples/
  resume-screen screen inbox/ cv.pdf -o out/ --as-of 2026-11-01 --roles senior,technical
  resume-screen screen inbox/ -o out/ --workers 4 --timeout 20 --log-format json --no-progress
  resume-screen screen inbox/ -o out/ --executor dask --scheduler tcp://scheduler.example:8786

A rerun screens only new or changed files: results are kept in <output>/state.sqlite.
exit codes: 0 every file ok (or a duplicate), 1 some files ended in an error row,
2 usage or configuration error, 130 interrupted (rerun to resume).
"""


def _batch_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--workers",
        type=_positive_int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes (default: all cores)",
    )
    p.add_argument(
        "--executor",
        choices=("local", "dask"),
        default="local",
        help="local worker processes (default) or an existing Dask cluster",
    )
    p.add_argument(
        "--scheduler", default=None, metavar="tcp://HOST:PORT", help="the Dask scheduler"
    )
    p.add_argument(
        "--state",
        type=Path,
        default=None,
        metavar="PATH",
        help="state database (default: <output>/state.sqlite)",
    )
    p.add_argument(
        "--timeout",
        type=_positive_float,
        default=30.0,
        metavar="SECONDS",
        help="per-file wall-clock limit; a slower file ends as 'timeout' (default 30)",
    )
    p.add_argument(
        "--max-memory-mb",
        type=_positive_int,
        default=1024,
        metavar="MB",
        help="address-space cap per worker process (default 1024)",
    )
    p.add_argument(
        "--max-size-mb",
        type=_positive_float,
        default=10.0,
        metavar="MB",
        help="larger files end as 'too_large' without being opened (default 10)",
    )
    p.add_argument(
        "--max-pages",
        type=_positive_int,
        default=50,
        metavar="N",
        help="PDFs with more pages end as 'too_many_pages' (default 50)",
    )
    p.add_argument(
        "--log-format",
        choices=("text", "json"),
        default="text",
        help="json: one JSON object per line on stderr, with hashes and codes, no résumé text",
    )
    p.add_argument(
        "--fail-on-error",
        action="store_true",
        help="stop at the first file that ends in an error (exit 1, no reports written)",
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")


def _whole_number(minimum: int) -> Callable[[str], int]:
    """Returns an argparse type for whole numbers of at least `minimum`."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            number = minimum - 1
        if number < minimum:
            raise argparse.ArgumentTypeError(
                f"{value!r} is not a whole number of at least {minimum}"
            )
        return number

    return parse


_positive_int = _whole_number(1)
_count = _whole_number(0)


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = 0.0
    if not number > 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive number")
    return number


def _formats(value: str) -> tuple[str, ...]:
    from pipeline.writers import WRITERS

    return _choices(value, tuple(WRITERS), "format")


def _report_options(p: argparse.ArgumentParser) -> None:
    from pipeline.writers import DEFAULT_FORMATS

    p.add_argument(
        "--format",
        type=_formats,
        default=DEFAULT_FORMATS,
        metavar="FORMATS",
        help="comma-separated report formats: csv, jsonl, html, xlsx "
        f"(default: {','.join(DEFAULT_FORMATS)})",
    )
    p.add_argument(
        "--blind",
        action="store_true",
        help="leave names, e-mails, phones, addresses and links out of every report; each "
        "candidate appears as a pseudonym derived from the file's hash (scores are unchanged)",
    )


def _write(  # type: ignore[no-untyped-def]
    results,
    args: argparse.Namespace,
    roles: Sequence[str],
    done: dict[str, list[Path]] | None = None,
) -> list[Path]:
    """Writes the requested reports not `done` already, blinded when asked; returns the files
    of every requested format."""
    from pipeline.writers import write_formats

    written = dict(done or {})
    formats = [fmt for fmt in args.format if fmt not in written]
    if args.blind:
        from pipeline.writers.blind import blind

        # Sorted by pseudonym: the original order follows file names, which often carry names.
        results = sorted(blind(list(results)), key=lambda r: r.file)
        written.update(write_formats(results, args.output, roles, formats))
    elif formats:  # a batch's results come with the rows its workers rendered
        written.update(write_formats(results, args.output, roles, formats, rows=results.rows))
    return [path for fmt in args.format for path in written[fmt]]


def build_parser() -> argparse.ArgumentParser:
    """Returns the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="resume-screen",
        description="Screen résumés (PDF, DOCX, TXT) for IT Project Manager role levels, offline, "
        "with the evidence behind every score.",
        epilog=MAIN_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    screen = sub.add_parser(
        "screen",
        help="screen files and folders into reports",
        description="Screen résumé files and folders; write scores.csv, evidence.csv, errors.csv "
        "and results.jsonl.",
        epilog=SCREEN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    screen.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="résumé files or folders"
    )
    screen.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("reports"),
        metavar="DIR",
        help="folder for the reports (default: reports/)",
    )
    screen.add_argument(
        "--roles",
        type=_roles,
        default=ROLE_KEYS,
        metavar="ROLES",
        help=f"comma-separated role levels (default: all of {','.join(ROLE_KEYS)})",
    )
    screen.add_argument(
        "--top", type=_count, default=10, help="rows in the printed summary (default 10)"
    )
    screen.add_argument("--quiet", action="store_true", help="print only where the reports are")
    _common(screen)
    _report_options(screen)
    _batch_options(screen)

    report = sub.add_parser(
        "report",
        help="rebuild the reports from the state database",
        description="Write the reports of the latest finished run again, from the state database "
        "alone (no résumé is read): the files are identical to the ones that run wrote.",
        epilog="example:\n  resume-screen report --state reports/state.sqlite -o copy/\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument(
        "--state", type=Path, required=True, metavar="PATH", help="the run's state.sqlite"
    )
    _report_options(report)
    report.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("reports"),
        metavar="DIR",
        help="folder for the reports (default: reports/)",
    )

    explain = sub.add_parser(
        "explain",
        help="print the score breakdown of one résumé",
        description="Print every criterion of every role for one résumé: met or missed, weight, "
        "credit, the matched text and the job-description line it serves.",
        epilog="examples:\n  resume-screen explain cv.pdf\n  resume-screen explain cv.docx --role senior\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    explain.add_argument("file", type=Path, metavar="FILE")
    explain.add_argument(
        "--role",
        type=_roles,
        default=ROLE_KEYS,
        metavar="ROLE",
        help="only this role (or a comma-separated list)",
    )
    _common(explain)

    evaluate = sub.add_parser(
        "evaluate",
        help="measure accuracy against a labelled set",
        description="Screen every résumé named in a labels file and print precision, recall and F1 "
        "for held certifications and skills, years within tolerance, degree accuracy, and the "
        "Spearman correlation of each role's score with the expert fit labels.",
        epilog="example:\n  resume-screen evaluate tests/data/labelled/labels.yaml --as-of 2026-11-01\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluate.add_argument("labels", type=Path, metavar="LABELS", help="labels YAML file")
    evaluate.add_argument("--mistakes", action="store_true", help="also list every difference")
    _common(evaluate)

    tax = sub.add_parser(
        "taxonomy",
        help="check or browse the taxonomy",
        description="Validate the taxonomy YAML or show what each role asks for.",
        epilog="examples:\n  resume-screen taxonomy check\n  resume-screen taxonomy check my-taxonomy/\n"
        "  resume-screen taxonomy show --role senior\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    tax_sub = tax.add_subparsers(dest="taxonomy_command", metavar="ACTION")
    check = tax_sub.add_parser(
        "check",
        help="validate a taxonomy folder (exit 0 when valid)",
        epilog="example:\n  resume-screen taxonomy check taxonomy/\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument(
        "directory",
        nargs="?",
        type=Path,
        default=None,
        metavar="DIR",
        help="taxonomy folder (default: the installed one)",
    )
    show = tax_sub.add_parser(
        "show",
        help="print what each role asks for, by importance",
        epilog="example:\n  resume-screen taxonomy show --role program\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    show.add_argument("--role", type=_roles, default=ROLE_KEYS, metavar="ROLE")
    show.add_argument("--taxonomy", type=Path, default=None, metavar="DIR")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit code (0 ok, 1 some files failed, 2 usage error)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help (0) and on usage errors (2)
        return int(exc.code or 0)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "screen":
            return _screen(args)
        if args.command == "report":
            return _report(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "taxonomy":
            return _taxonomy(args, parser)
        if args.command == "evaluate":
            return _evaluate(args)
        parser.print_help()
        return EXIT_USAGE
    except ScreeningError as exc:
        print(f"resume-screen: error: {exc.message}", file=sys.stderr)
        return EXIT_USAGE


def _settings(args: argparse.Namespace, roles: Sequence[str]):  # type: ignore[no-untyped-def]
    from pipeline.screening import Settings

    return Settings(
        as_of=args.as_of or date.today(),
        roles=tuple(roles),
        pdf_engine=args.pdf_engine,
        taxonomy_dir=args.taxonomy,
    )


def _screen(args: argparse.Namespace) -> int:
    from contextlib import nullcontext

    if args.executor == "local":
        from pipeline.batch.warmup import start_forkserver

        start_forkserver()
    from pipeline.batch import BatchOptions
    from pipeline.batch.logs import json_logs

    missing = [str(p) for p in args.paths if not p.exists() and not p.is_symlink()]
    if missing:
        print(
            f"resume-screen: error: no such file or folder: {', '.join(missing)}", file=sys.stderr
        )
        return EXIT_USAGE
    options = BatchOptions(
        workers=args.workers,
        executor=args.executor,
        scheduler=args.scheduler,
        state_path=args.state,
        timeout_s=args.timeout,
        max_memory_mb=args.max_memory_mb,
        max_size_mb=args.max_size_mb,
        max_pages=args.max_pages,
        stop_on_error=args.fail_on_error,
        progress=False if args.no_progress else None,
    )
    with json_logs() if args.log_format == "json" else nullcontext():
        summary = None if args.quiet else _Summary(args.roles, args.top)
        try:
            outcome, streamed = _run_writing(args, options, summary)
        except KeyboardInterrupt:
            print(
                "resume-screen: interrupted; finished files are kept in the state, "
                "rerun the same command to resume",
                file=sys.stderr,
            )
            return EXIT_INTERRUPTED
        try:
            if outcome.stopped:
                print(
                    "resume-screen: stopped at the first error (--fail-on-error); "
                    "no reports written",
                    file=sys.stderr,
                )
                return EXIT_FILE_ERRORS
            written = _write(outcome.results, args, args.roles, done=streamed)
            if summary is not None:  # every row went through it while the run went
                print(summary.text())
                print(
                    f"state: {outcome.screened} file(s) screened, {outcome.reused} reused "
                    f"from {outcome.state.path}"
                )
            print(f"reports: {', '.join(str(p) for p in written)}")
            return EXIT_FILE_ERRORS if outcome.failed else EXIT_OK
        finally:
            outcome.state.close()


class _Stopped(Exception):
    """Leaves the reports a stopped run was writing unwritten."""


def _run_writing(
    args: argparse.Namespace, options: BatchOptions, summary: _Summary | None
) -> tuple[BatchOutcome, dict[str, list[Path]]]:
    """Runs the batch while its CSV and JSONL reports are written (renamed into place only when
    the run finishes); returns the outcome and the report files written, by format."""
    from contextlib import ExitStack

    from pipeline.batch import run_batch
    from pipeline.writers import ROW_SINKS

    # Blinded reports are sorted by pseudonym, so they are written after the run.
    formats = [] if args.blind else list(dict.fromkeys(f for f in args.format if f in ROW_SINKS))
    outcome: BatchOutcome | None = None
    try:
        with ExitStack() as stack:
            sinks = [(fmt, *ROW_SINKS[fmt](stack, args.output, args.roles)) for fmt in formats]

            def on_row(name: str, row: Rendered) -> None:
                for _, _, write in sinks:
                    write(name, row)
                if summary is not None:
                    summary.add(name, row)

            wanted = bool(sinks) or summary is not None
            outcome = run_batch(
                args.paths,
                _settings(args, args.roles),
                options,
                args.output,
                on_row=on_row if wanted else None,
            )
            if outcome.stopped:
                raise _Stopped
    except _Stopped:
        assert outcome is not None
        return outcome, {}
    except BaseException:
        if outcome is not None:  # the reports could not be put in place
            outcome.state.close()
        raise
    return outcome, {fmt: paths for fmt, paths, _ in sinks}


def _report(args: argparse.Namespace) -> int:
    from pipeline.batch import open_last_run

    state, results, settings = open_last_run(args.state)
    try:
        written = _write(results, args, settings["roles"])
    finally:
        state.close()
    print(f"reports: {', '.join(str(p) for p in written)}")
    return EXIT_OK


class _Summary:
    """The terminal summary: counts by status, the top files and every error, gathered one row
    at a time so a large batch stays within memory."""

    def __init__(self, roles: Sequence[str], top: int):
        from collections import Counter

        self.roles, self.top = roles, top
        self.statuses: Counter[str] = Counter()
        self.ranked: list[tuple[float, str, Rendered]] = []
        self.errors: list[str] = []

    def add(self, name: str, row: Rendered) -> None:
        """Counts one file's row."""
        import heapq

        self.statuses[row.status] += 1
        if row.status == "ok":
            best = max((score for _, score, _ in row.scores), default=0.0)
            self.ranked.append((best, name, row))
            if len(self.ranked) > 4 * self.top + 64:
                self.ranked = heapq.nsmallest(self.top + 1, self.ranked, key=_rank)
        if row.error:
            self.errors.append(f"error: {_clip(name, 60)}: {row.error.code}: {row.error.message}")

    def text(self) -> str:
        """Returns the summary of the rows counted."""
        import heapq

        roles, top = self.roles, self.top
        n_ok = self.statuses["ok"]
        best = heapq.nsmallest(top, self.ranked, key=_rank)
        header = f"{'file':<36} {'best fit':<10}" + "".join(f"{r:>10}" for r in roles)
        lines = [
            f"screened {sum(self.statuses.values())} file(s): "
            + ", ".join(f"{n} {status}" for status, n in sorted(self.statuses.items())),
            "",
            header,
            "-" * len(header),
        ]
        for _, name, row in best:
            scores = {role: (score, eligible) for role, score, eligible in row.scores}
            cells = "".join(
                f"{scores[k][0]:>9.0f}{'' if scores[k][1] else '*'}" if k in scores else f"{'':>10}"
                for k in roles
            )
            lines.append(f"{_clip(name, 36):<36} {row.best_fit:<10}{cells}")
        if n_ok > top:
            lines.append(f"... and {n_ok - top} more in the reports")
        lines.append("* = a required criterion is missing (not eligible)")
        return "\n".join(lines + self.errors)


def _rank(item: tuple[float, str, Rendered]) -> tuple[float, str]:
    return -item[0], item[1]


def _clip(text: str, width: int) -> str:
    text = text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text
    return text if len(text) <= width else "…" + text[-(width - 1) :]


def _explain(args: argparse.Namespace) -> int:
    from pipeline.screening import Screener, file_sha256

    if not args.file.is_file():
        print(f"resume-screen: error: no such file: {args.file}", file=sys.stderr)
        return EXIT_USAGE
    screener = Screener(_settings(args, args.role))
    result = screener.screen_file(args.file, str(args.file))
    if result.error:
        print(f"{result.file}: {result.error.code}: {result.error.message}")
        return EXIT_FILE_ERRORS
    assert result.sha256 == file_sha256(args.file)
    print(_explanation(result))
    return EXIT_OK


def _explanation(result) -> str:  # type: ignore[no-untyped-def]
    p = result.profile
    exp = p.experience
    lines = [
        f"{result.file}",
        f"  best fit: {result.best_fit}    flags: {', '.join(result.flags) or '-'}",
        f"  experience: {exp.total_years:g} y total, {exp.pm_years:g} y PM, {exp.it_pm_years:g} y IT PM, "
        f"{exp.remote_years:g} y remote, {exp.distributed_it_project_years:g} y distributed teams; degree: {p.education.level} {p.education.field}".rstrip(),
        "  certifications: "
        + (", ".join(f"{c.name} ({c.status})" for c in p.certifications) or "-"),
    ]
    for key, rs in result.scores.items():
        state = "eligible" if rs.eligible else "NOT eligible, missing " + ", ".join(rs.missing)
        lines += ["", f"{key}: {rs.score:g}/100 ({state})"]
        for c in rs.criteria:
            mark = "+" if c.met else "-"
            lines.append(
                f"  {mark} {c.id:<24} {c.importance:<18} {c.credit:>5.1f}/{c.weight:<5g} {c.detail}"
            )
            for e in c.evidence[:3]:
                lines.append(f'      "{e.text}" [{e.section} {e.start}-{e.end}, {e.method}]')
            lines.append(f"      job description line {c.source_line}: {c.source}")
    return "\n".join(lines)


def _evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluation import format_evaluation, run_evaluation

    if not args.labels.is_file():
        print(f"resume-screen: error: no such labels file: {args.labels}", file=sys.stderr)
        return EXIT_USAGE
    evaluation = run_evaluation(
        args.labels,
        as_of=args.as_of or date.today(),
        pdf_engine=args.pdf_engine,
        taxonomy_dir=args.taxonomy,
    )
    print(format_evaluation(evaluation, show_mistakes=args.mistakes))
    return EXIT_OK


def _taxonomy(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from pipeline.taxonomy import check_taxonomy, default_directory, describe_role, load_taxonomy

    if args.taxonomy_command == "check":
        directory = args.directory or default_directory()
        problems = check_taxonomy(directory)
        for problem in problems:
            print(problem)
        if problems:
            print(f"{len(problems)} problem(s) in {directory}", file=sys.stderr)
            return EXIT_USAGE
        print(f"taxonomy OK: {directory}")
        return EXIT_OK
    if args.taxonomy_command == "show":
        taxonomy = load_taxonomy(args.taxonomy)
        print("\n\n".join(describe_role(taxonomy, role) for role in args.role))
        return EXIT_OK
    parser.parse_args(["taxonomy", "--help"])
    return EXIT_USAGE
