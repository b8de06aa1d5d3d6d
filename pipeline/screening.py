"""The one module that knows the whole flow: file -> Document -> Doc -> profile -> scores -> Result."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.errors import ScreeningError
from pipeline.facts import build_profile
from pipeline.facts.contact import extract_contact
from pipeline.facts.experience import compile_title_rules
from pipeline.models import ROLE_KEYS, ErrorInfo, Result
from pipeline.parsers import parse
from pipeline.scoring import Policy, best_fit, is_keyword_stuffed, score_all
from pipeline.taxonomy import Taxonomy, default_directory, load_taxonomy, taxonomy_digest
from pipeline.text.sections import SectionDetector

log = logging.getLogger(__name__)

# Taxonomies loaded and their spaCy pipelines built ahead of time, by folder and digest. The
# worker forkserver fills it once (see `pipeline.batch.preload`), so the workers it forks, and
# those that replace recycled ones, skip spaCy's import and pattern building (~1 s of CPU each).
_PREPARED: dict[tuple[Path, str], tuple[Taxonomy, Any]] = {}


@dataclass(frozen=True)
class Settings:
    """What a run is asked to do; the same settings give the same results."""

    as_of: date = field(default_factory=date.today)
    roles: tuple[str, ...] = ROLE_KEYS
    pdf_engine: str = "pdfium"
    taxonomy_dir: Path | None = None


class Screener:
    """Holds the loaded taxonomy and spaCy pipeline; screens one file at a time."""

    def __init__(self, settings: Settings, taxonomy: Taxonomy | None = None):
        from pipeline.nlp import build_nlp  # spaCy import costs ~0.5 s; only pay it when screening

        self.settings = settings
        prepared = None if taxonomy else _prepared(settings.taxonomy_dir)
        if prepared:
            taxonomy = prepared[0]
        self.taxonomy = taxonomy or load_taxonomy(settings.taxonomy_dir)
        unknown = [r for r in settings.roles if r not in self.taxonomy.roles]
        if unknown:
            raise ScreeningError(
                f"unknown role(s): {', '.join(unknown)}; choose from {', '.join(self.taxonomy.roles)}"
            )
        self.nlp = prepared[1] if prepared else build_nlp(self.taxonomy)
        self.sections = SectionDetector(self.taxonomy.rules.get("sections", {}))
        self.policy = Policy.from_rules(self.taxonomy.rules.get("scoring", {}))
        self._title_words = compile_title_rules(self.taxonomy.rules.get("titles", {})).title_words

    def _not_a_name(self, line: str) -> bool:
        """Returns True for lines shaped like a name that are a heading or a job title."""
        return self.sections.heading_of(line) is not None or self._title_words(line)

    def screen_file(self, path: Path, name: str | None = None) -> Result:
        """Returns a scored Result, or an error Result with a reason code; never raises."""
        name = display_name(name or str(path))
        sha256 = ""
        try:
            sha256 = file_sha256(path)
            return self._screen(path, name, sha256)
        except ScreeningError as exc:
            return error_result(name, sha256, exc.code, exc.message)
        except OSError as exc:
            code = "permission_denied" if isinstance(exc, PermissionError) else "unreadable"
            return error_result(
                name, sha256, code, f"cannot read the file ({exc.__class__.__name__})"
            )
        except Exception as exc:  # a bug or a library failure must not sink the batch
            log.exception("internal error on a file", extra={"file_sha256": sha256})
            return error_result(
                name, sha256, "internal_error", f"unexpected {exc.__class__.__name__}"
            )

    def screen_document(self, document: Any, name: str = "<text>", sha256: str = "") -> Result:
        """Returns the Result for an already parsed Document."""
        from pipeline.nlp import analyse

        text = document.text
        sections = self.sections.detect(text)
        contact = extract_contact(text, document.links, self._not_a_name)
        doc = analyse(self.nlp, text, self.settings.as_of)
        profile = build_profile(doc, sections, self.taxonomy, self.settings.as_of)
        stuffed = is_keyword_stuffed(profile, self.policy)
        scores = score_all(profile, self.taxonomy, self.settings.roles, self.policy, stuffed)
        flags = [*document.flags, *profile.flags]
        if stuffed:
            flags.append("keyword_stuffing")
        return Result(
            file=name,
            sha256=sha256,
            status="ok",
            document=document,
            contact=contact,
            profile=profile,
            scores=scores,
            best_fit=best_fit(scores, self.taxonomy, self.policy),
            flags=tuple(dict.fromkeys(flags)),
            sections=sections,
        )

    def _screen(self, path: Path, name: str, sha256: str) -> Result:
        document = parse(path, pdf_engine=self.settings.pdf_engine)
        return self.screen_document(document, name, sha256)


def prepare(directory: Path | None = None) -> None:
    """Loads a taxonomy and builds its spaCy pipeline now, for every later Screener of it."""
    from pipeline.nlp import build_nlp

    taxonomy = load_taxonomy(directory)
    # Keyed by the digest of what was loaded, not the files' state after the build: an edit made
    # meanwhile must not file the old pipeline under the new taxonomy.
    key = (Path(taxonomy.directory).resolve(), taxonomy.digest)
    _PREPARED[key] = (taxonomy, build_nlp(taxonomy))


def _prepared(directory: Path | None) -> tuple[Taxonomy, Any] | None:
    """Returns the prepared taxonomy and pipeline of a folder if its files are unchanged."""
    if not _PREPARED:
        return None
    try:
        return _PREPARED.get(_prepared_key(directory or default_directory()))
    except OSError:
        return None  # load_taxonomy reports a missing or unreadable folder


def _prepared_key(directory: Path) -> tuple[Path, str]:
    return Path(directory).resolve(), taxonomy_digest(Path(directory))


def error_result(name: str, sha256: str, code: str, message: str) -> Result:
    """Returns the row for a file that could not be screened."""
    return Result(file=name, sha256=sha256, status=code, error=ErrorInfo(code, message))


def file_sha256(path: Path) -> str:
    """Returns the hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


IGNORE_FILE = ".screenignore"


def discover(paths: Iterable[Path | str]) -> list[tuple[Path, str]]:
    """Returns (path, display name) for each file under the given files and folders, sorted.

    Hidden files are skipped, and so are files matching a glob in the folder's `.screenignore`
    (one pattern per line), so notes such as a README can live beside the résumés.
    """
    found: list[tuple[Path, str]] = []
    for raw in paths:
        root = Path(raw)
        if root.is_dir():
            ignored = ignore_patterns(root)
            for p in sorted(root.rglob("*")):
                rel = p.relative_to(root)
                if any(part.startswith(".") for part in rel.parts) or p.is_dir():
                    continue
                if any(rel.match(pattern) for pattern in ignored):
                    continue
                found.append((p, display_name(str(Path(root.name) / rel))))
        else:
            found.append((root, display_name(str(raw))))
    return found


def display_name(name: str) -> str:
    """Returns a file name fit for a report: bytes that are not UTF-8 (which Python keeps as
    lone surrogates, and no UTF-8 writer accepts) are shown as escapes, "caf\\xe9_cv.txt"."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that no undecodable byte produced
        return name.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def ignore_patterns(root: Path) -> list[str]:
    """Returns the globs of a folder's .screenignore (one per line; # starts a comment)."""
    path = root / IGNORE_FILE
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def screen(
    paths: Sequence[Path | str] | Path | str,
    *,
    as_of: date | None = None,
    roles: Sequence[str] | None = None,
    pdf_engine: str = "pdfium",
    taxonomy_dir: Path | str | None = None,
    as_dataframe: bool = False,
) -> Any:
    """Returns one Result per discovered file (or a pandas DataFrame of the scores.csv rows)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    settings = Settings(
        as_of=as_of or date.today(),
        roles=tuple(roles) if roles else ROLE_KEYS,
        pdf_engine=pdf_engine,
        taxonomy_dir=Path(taxonomy_dir) if taxonomy_dir else None,
    )
    screener = Screener(settings)
    results = [screener.screen_file(path, name) for path, name in discover(paths)]
    if as_dataframe:
        from pipeline.writers.tables import scores_frame

        return scores_frame(results, settings.roles)
    return results
