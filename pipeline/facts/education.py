"""Completed degrees and their field groups, from the vocabulary in taxonomy/education.yaml.

The highest is the one reported; all of them are kept, because a degree criterion may be met by a
lower one in the field it asks for ("MBA" over "B.S. Computer Science").

A degree counts when it is named ("B.S.", "Bachelor of Science", "MBA", "Ph.D." ...) and nothing
near it says it is unfinished ("in progress", "expected 2027", "candidate", "pursuing", a
graduation year after `as_of`). "Near" is the text between the neighbouring degree mentions on the
same line, plus the next line when that line names no degree itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from pipeline.facts.dates import MONTH_NAME
from pipeline.models import DEGREE_LEVELS, Degree, Education, Evidence, Section

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_VOCAB_KEYS = ("phrases", "acronyms")
# Outside an education section an undotted "MS"/"BA" counts only as "MS in Computer Science".
_DEGREE_OF = re.compile(r"\s+(?:in|of)\s+[A-Z]")


def _phrase_pattern(phrases: Sequence[str]) -> str:
    terms = sorted({p.strip() for p in phrases if isinstance(p, str) and p.strip()}, key=len)
    return "|".join(re.escape(t) for t in reversed(terms))


def _acronym_pattern(acronym: str, dots_required: bool) -> str:
    """Return a regex for an acronym with optional (or required) dots: PhD -> Ph.D., Ph. D."""
    chunks = re.findall(r"[A-Z][a-z]*", acronym) or [acronym]
    parts = [re.escape(c[0]) + "".join(f"[{ch}{ch.upper()}]" for ch in c[1:]) for c in chunks]
    if dots_required:
        return r"\.\s?".join(parts) + r"\.?"
    return r"(?:\.\s?)?".join(parts) + r"\.?"


def _bounded(body: str, flags: int = 0) -> re.Pattern[str] | None:
    return re.compile(rf"(?<![A-Za-z])(?:{body})(?![A-Za-z])", flags) if body else None


@dataclass(frozen=True)
class _DegreeRule:
    level: str
    field: str
    phrases: re.Pattern[str] | None  # case-insensitive
    acronyms: re.Pattern[str] | None  # case-sensitive, dots optional (or required when ambiguous)
    loose: re.Pattern[str] | None  # undotted ambiguous acronyms: education section only


@dataclass(frozen=True)
class _Vocab:
    phrases: re.Pattern[str] | None
    acronyms: re.Pattern[str] | None

    def search(self, text: str) -> bool:
        return any(p is not None and p.search(text) for p in (self.phrases, self.acronyms))


def _vocab(data: Any) -> _Vocab:
    data = data if isinstance(data, dict) else {"phrases": data or []}
    acronyms = [a for a in data.get("acronyms") or () if isinstance(a, str) and a]
    return _Vocab(
        _bounded(_phrase_pattern(data.get("phrases") or ()), re.IGNORECASE),
        _bounded("|".join(re.escape(a) for a in acronyms)),
    )


@dataclass(frozen=True)
class EducationRules:
    """education.yaml compiled once."""

    degrees: tuple[_DegreeRule, ...]
    in_progress: _Vocab
    fields: tuple[tuple[str, _Vocab], ...]
    not_followed_by: re.Pattern[str] | None
    state_codes: frozenset[str]
    # Any degree term at all, checked before the degrees one by one: most lines name none. Its
    # word bounds are case-sensitive, looser than the phrases' own, so it finds a superset.
    any_degree: re.Pattern[str] | None = None


def compile_education_rules(data: dict[str, Any]) -> EducationRules:
    """Return the compiled vocabulary of an education.yaml dict."""
    ambiguous = data.get("ambiguous") or {}
    loose_set = set(ambiguous.get("acronyms") or ())
    degrees = []
    any_phrase: list[str] = []
    any_acronym: list[str] = []
    for item in data.get("degrees") or ():
        if not isinstance(item, dict) or item.get("level") not in DEGREE_LEVELS[1:]:
            continue
        acronyms = [a for a in item.get("acronyms") or () if isinstance(a, str) and a]
        strict = [_acronym_pattern(a, a in loose_set) for a in acronyms]
        loose = [re.escape(a) for a in acronyms if a in loose_set]
        phrases = _phrase_pattern(item.get("phrases") or ())
        any_phrase += [phrases] if phrases else []
        any_acronym += strict + loose
        degrees.append(
            _DegreeRule(
                level=item["level"],
                field=str(item.get("field") or ""),
                phrases=_bounded(phrases, re.IGNORECASE),
                acronyms=_bounded("|".join(strict)),
                loose=_bounded("|".join(loose)),
            )
        )
    any_terms = ([f"(?i:{'|'.join(any_phrase)})"] if any_phrase else []) + any_acronym
    stop_words = [w for w in ambiguous.get("not_followed_by") or () if isinstance(w, str)]
    return EducationRules(
        degrees=tuple(degrees),
        in_progress=_vocab(data.get("in_progress")),
        fields=tuple(
            (str(f.get("group")), _vocab(f))
            for f in data.get("fields") or ()
            if isinstance(f, dict) and f.get("group")
        ),
        not_followed_by=re.compile(
            r"\s+(?:" + "|".join(re.escape(w) for w in stop_words) + r")\b", re.IGNORECASE
        )
        if stop_words
        else None,
        state_codes=frozenset(ambiguous.get("state_codes") or ()),
        any_degree=_bounded("|".join(any_terms)),
    )


_CACHE: dict[int, tuple[dict[str, Any], EducationRules]] = {}


def _compiled(rules: dict[str, Any]) -> EducationRules:
    cached = _CACHE.get(id(rules))
    if cached is None or cached[0] is not rules:
        if len(_CACHE) > 16:
            _CACHE.clear()
        cached = _CACHE[id(rules)] = (rules, compile_education_rules(rules))
    return cached[1]


def load_rules(path: Path | str) -> dict[str, Any]:
    """Return the parsed YAML file (for tests and tools; the pipeline gets Taxonomy.rules)."""
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return data if isinstance(data, dict) else {}


# --- validation -----------------------------------------------------------------------------
def _check_vocab(problems: list[str], data: Any, path: str) -> None:
    if not isinstance(data, dict):
        problems.append(f"education.yaml: {path}: must be a mapping with phrases/acronyms")
        return
    for key, value in data.items():
        if key in ("level", "field", "group"):
            continue
        if key not in _VOCAB_KEYS:
            problems.append(f"education.yaml: {path}.{key}: unknown key")
        elif not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            problems.append(f"education.yaml: {path}.{key}: must be a list of non-empty strings")


def validate_education_rules(data: Any, jd_lines: Sequence[str] | None = None) -> list[str]:
    """Return every problem in an education.yaml dict, one line each (empty when valid)."""
    if not isinstance(data, dict):
        return ["education.yaml: <root>: must be a mapping"]
    problems: list[str] = []
    groups = {"computing", "engineering", "business", "project_management", "other"}
    sources = data.get("source")
    if not isinstance(sources, list) or not sources:
        problems.append("education.yaml: source: must be a non-empty list of {line, quote}")
        sources = []
    for i, src in enumerate(sources):
        if not isinstance(src, dict) or not isinstance(src.get("line"), int):
            problems.append(f"education.yaml: source[{i}]: needs line (int) and quote")
        elif not isinstance(src.get("quote"), str) or not src["quote"]:
            problems.append(f"education.yaml: source[{i}].quote: missing")
        elif jd_lines is not None and not (
            1 <= src["line"] <= len(jd_lines) and src["quote"] in jd_lines[src["line"] - 1]
        ):
            problems.append(f"education.yaml: source[{i}].quote: not found on line {src['line']}")
    degrees = data.get("degrees")
    if not isinstance(degrees, list) or not degrees:
        problems.append("education.yaml: degrees: must be a non-empty list")
        degrees = []
    for i, item in enumerate(degrees):
        if not isinstance(item, dict):
            problems.append(f"education.yaml: degrees[{i}]: must be a mapping")
            continue
        if item.get("level") not in DEGREE_LEVELS[1:]:
            problems.append(
                f"education.yaml: degrees[{i}].level: must be one of {', '.join(DEGREE_LEVELS[1:])}"
            )
        if item.get("field", "") and item["field"] not in groups:
            problems.append(f"education.yaml: degrees[{i}].field: unknown group {item['field']!r}")
        _check_vocab(problems, item, f"degrees[{i}]")
    ambiguous = data.get("ambiguous")
    if ambiguous is not None:
        if not isinstance(ambiguous, dict):
            problems.append("education.yaml: ambiguous: must be a mapping")
        else:
            for key in ("acronyms", "not_followed_by", "state_codes"):
                value = ambiguous.get(key, [])
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    problems.append(f"education.yaml: ambiguous.{key}: must be a list of strings")
    if data.get("in_progress") is None:
        problems.append("education.yaml: in_progress: missing")
    else:
        _check_vocab(problems, data["in_progress"], "in_progress")
    fields = data.get("fields")
    if not isinstance(fields, list) or not fields:
        problems.append("education.yaml: fields: must be a non-empty list")
        fields = []
    for i, item in enumerate(fields):
        if not isinstance(item, dict) or item.get("group") not in groups:
            problems.append(f"education.yaml: fields[{i}].group: must be one of {sorted(groups)}")
            continue
        _check_vocab(problems, item, f"fields[{i}]")
    return problems


# --- extraction -----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Mention:
    start: int  # offsets within the line
    end: int
    level: str
    field: str


def _mentions(line: str, rules: EducationRules, loose: bool) -> list[_Mention]:
    """Return the degree mentions of a line, longest first where they overlap, in line order."""
    if rules.any_degree is not None and not rules.any_degree.search(line):
        return []
    found: list[_Mention] = []
    for degree in rules.degrees:
        for pattern in (degree.phrases, degree.acronyms):
            if pattern is not None:
                found += [
                    _Mention(m.start(), m.end(), degree.level, degree.field)
                    for m in pattern.finditer(line)
                ]
        if degree.loose is not None:
            found += [
                _Mention(m.start(), m.end(), degree.level, degree.field)
                for m in degree.loose.finditer(line)
                if _plausible_loose(line, m, rules) and (loose or _DEGREE_OF.match(line, m.end()))
            ]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _plausible_loose(line: str, match: re.Match[str], rules: EducationRules) -> bool:
    """Return False for "MS Project", "Senior BA" style words and "Boston, MA" style codes."""
    after = line[match.end() :]
    if rules.not_followed_by is not None and rules.not_followed_by.match(after):
        return False
    if match.group(0) in rules.state_codes:
        before = line[: match.start()]
        if re.search(r"[A-Za-z]\s*,\s*$", before) and re.match(r"\s*(?:$|\d{5}|[|·•–—\-)])", after):
            return False
    return True


# An institution's name, with up to two capitalised words before it, to the next separator:
# "London School of Economics", "Georgia Institute of Technology", "Harvard Business School". A
# field read from it would let the university decide a degree's credit.
_INSTITUTION = re.compile(
    r"(?:\b[A-Z][\w.&'’-]*\s+){0,2}\b(?:University|Universidad|Università|Universität|Université|"
    r"College|School|Institute|Institut|Academy|Polytechnic|Polytechnique|Conservatory|"
    r"Hochschule)\b[^,;|()\[\]\n–—]*"
)


# Between a degree's name and its abbreviation: "Bachelor of Science (B.S.)".
_ABBREVIATION_OF = re.compile(r"\s*[(\[]\s*")
_TRAILING = re.compile(r"[\s,;|–—()\[\]/.:\d-]+$")
_ASIDE = re.compile(r"\b(?:minors?|double\s+minor)\b[^;|\n]*", re.IGNORECASE)
# On a degree's line, words that name no field: honours, months, grades.
_NO_FIELD = re.compile(
    r"\b(?:hono(?:u)?rs?|with\s+(?:high(?:est)?\s+)?(?:distinction|honou?rs)|summa|magna|cum|"
    r"laude|first[- ]class|upper|lower|second|class|division|gpa|cgpa|graduated|conferred|"
    rf"awarded|{MONTH_NAME}|spring|summer|fall|autumn|winter|expected|dean'?s\s+list)\b",
    re.IGNORECASE,
)
_LABELLED_LINE = re.compile(
    r"\W*(?:thesis|dissertation|capstone|project|relevant\s+coursework|coursework|courses|"
    r"honou?rs|awards?|activities|minor|concentration|gpa|research|advisor|supervisor)\b[^:\n]{0,20}:",
    re.IGNORECASE,
)
_FIELD_CONNECTOR = re.compile(r"(?:\b(?:in|of|and)|[&,/-])\s*$", re.IGNORECASE)


def _once(mentions: list[_Mention], line: str) -> list[_Mention]:
    """Return the mentions without a degree's abbreviation after its name: "Bachelor of Science
    (B.S.) in Computer Science" is one degree, its field after both."""
    kept: list[_Mention] = []
    for mention in mentions:
        if (
            kept
            and mention.level == kept[-1].level
            and _ABBREVIATION_OF.fullmatch(line, kept[-1].end, mention.start)
        ):
            continue
        kept.append(mention)
    return kept


def _field_below(
    line: str, mention: _Mention, subject: str, below: str, rules: EducationRules
) -> str:
    """Return the field the next line gives the degree: when its own line names none after the
    degree ("Bachelor of Science" over "Computer Science, SJSU") or stops at "in", "of", "and",
    or when the name runs on across the lines ("in Computer" over "Engineering, SJSU"). "B.S.
    Biology" over "Student worker, IT help desk" gets none."""
    rest = _NO_FIELD.sub(" ", _YEAR.sub(" ", _without_institutions(line[mention.end :])))
    rest = _TRAILING.sub("", rest)
    if not re.search(r"[^\W\d_]{2}", rest) or _FIELD_CONNECTOR.search(rest):
        return _field(f"{subject} {below}", rules)
    text, joint = f"{subject} {below}", len(subject)
    for group, vocab in rules.fields:
        for pattern in (vocab.phrases, vocab.acronyms):
            if pattern is not None and any(
                m.start() < joint < m.end() for m in pattern.finditer(text)
            ):
                return group
    return ""


def _without_institutions(context: str) -> str:
    return _INSTITUTION.sub(" ", context)


def _field(text: str, rules: EducationRules) -> str:
    return next((group for group, vocab in rules.fields if vocab.search(text)), "")


# Enrolled in a degree's honours program is no degree in progress.
_HONOURS = re.compile(r"\benrolled\s+in\s+(?:the\s+)?hono(?:u)?rs\b", re.IGNORECASE)


def _in_progress(context: str, rules: EducationRules, as_of: date) -> bool:
    if rules.in_progress.search(_HONOURS.sub(" ", context)):
        return True
    return any(int(y) > as_of.year for y in _YEAR.findall(context))  # graduation still to come


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    offset = lo
    for line in text[lo:hi].split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def _degrees_in(
    text: str, spans: list[tuple[int, int, str]], rules: EducationRules, as_of: date, loose: bool
) -> tuple[list[Degree], bool]:
    """Return the completed degrees in text order and whether any degree was named at all."""
    degrees: list[Degree] = []
    named = False
    for lo, hi, section in spans:
        lines = _lines(text, lo, hi)
        mentions = [_once(_mentions(line, rules, loose), line) for _, line in lines]
        for i, (offset, line) in enumerate(lines):
            for k, mention in enumerate(mentions[i]):
                named = True
                left = mentions[i][k - 1].end if k else 0
                right = mentions[i][k + 1].start if k + 1 < len(mentions[i]) else len(line)
                context = line[left:right]
                # "Minor in Computer Science", "concentration in IT" say what else was studied.
                subject = _ASIDE.sub(" ", _without_institutions(context))  # names end at the line
                below = ""
                nxt = i + 1 < len(lines) and not mentions[i + 1]
                # In the education section the next line carries the school and dates; elsewhere
                # only a parenthesis left open runs on: "MBA (in\nprogress)". A labelled line
                # ("Thesis: Expected monetary value ...", "Relevant coursework: ...") is not the
                # degree's.
                if (
                    nxt
                    and (loose or line.count("(") > line.count(")"))
                    and not _LABELLED_LINE.match(lines[i + 1][1])
                ):
                    context += " " + lines[i + 1][1]
                    below = _without_institutions(lines[i + 1][1])
                if _in_progress(context, rules, as_of):
                    continue
                # The degree's own line first: "B.S. Informatics" above "Relevant coursework:
                # Project Management" is a computing degree; then the field its name implies
                # ("MBA"); then the line below, which may end a wrapped name ("in Computer /
                # Engineering, San Jose State University"), when the line names no field of its
                # own ("B.S. Biology" over "Student worker, IT help desk" is no computing degree).
                field = (
                    _field(subject, rules)
                    or mention.field
                    or (below and _field_below(line, mention, subject, below, rules))
                    or "other"
                )
                stripped = line.strip()
                start = offset + line.index(stripped) if stripped else offset
                evidence = Evidence(stripped, start, start + len(stripped), section, "rule")
                degree = Degree(mention.level, field, (evidence,))  # type: ignore[arg-type]
                if degree not in degrees:  # "Bachelor of Business Administration (BBA)": one
                    degrees.append(degree)
    return degrees, named


def extract_education(
    text: str, sections: Sequence[Section], rules: dict[str, Any], as_of: date | None = None
) -> Education:
    """Return the highest completed degree (unfinished ones do not count) and its field group,
    with every completed degree read."""
    compiled = _compiled(rules or {})
    as_of = as_of or date.today()
    education = [(s.start, s.end, s.name) for s in sections if s.name == "education"]
    degrees, named = _degrees_in(text, education, compiled, as_of, loose=True)
    if not named:
        # No education heading (or no degree in it): the whole text, where an undotted "MS" or
        # "BA" counts only as "MS in ..." because elsewhere they are mostly other words.
        whole = [(s.start, s.end, s.name) for s in sections] or [(0, len(text), "other")]
        degrees, _ = _degrees_in(text, whole, compiled, as_of, loose=False)
    if not degrees:
        return Education(level="none", field="")
    # Highest level first; at one level the first with a known field is the one reported.
    degrees.sort(key=lambda d: (-DEGREE_LEVELS.index(d.level), d.field == "other"))
    top = degrees[0]
    return Education(top.level, top.field, top.evidence, tuple(degrees))
