"""Dated positions (title, employer, dates, kind of work) and the years they add up to.

A position is a date range on a header line of an experience section, plus the job title and
employer found on that line or on the nearest header lines above or below it. Its kind of work
(project management, IT, remote, internship) is decided by the vocabulary in taxonomy/titles.yaml.
Years are the union of the positions' months, so overlapping jobs count once and gaps not at all.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from pipeline.facts.dates import MIN_YEAR, DateRange, find_date_ranges, month_index
from pipeline.models import Evidence, Experience, Position, Section
from pipeline.text.normalize import CASE_TRAPS

# Sections whose dates are never jobs when the résumé has no experience heading.
_NOT_EXPERIENCE = {"education", "certifications", "skills", "projects", "summary"}
_MAX_HEADER_CHARS = 120  # longer lines are sentences, not title/employer lines
_LOOK = 3  # header lines searched above or below a date line
_SEPARATORS = re.compile(r"\s*[|•·●▪\t]\s*|\s+[–—-]+\s+|\s*,\s+|\s{2,}|\s+(?:@|at)\s+|[()\[\]]")
# The same, capturing, so `split` keeps the separators (none matches empty: same pieces).
_SPLIT = re.compile(f"({_SEPARATORS.pattern})")
# A region after a remote place: "(US)", ", USA", "– North America", "(U.K.)".
_REGION = re.compile(r"[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?")
_STRIP = " \t-–—|•·,.:;()[]"
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")  # a word left over
_VOCAB_KEYS = ("phrases", "acronyms")
# A LinkedIn-style length of service after the dates ("(6 yrs 11 mos)", "· 1 yr 5 mos"): no employer.
_DURATION = re.compile(
    r"\W*\d+\s*(?:yrs?|years?|mos?|months?)\b(?:\W*\d+\s*(?:mos?|months?)\b)?\W*$", re.IGNORECASE
)

IMPLAUSIBLE_DATE = "implausible_date"
# Lower-case phrases with more first letters than this skip ahead to almost every letter of a
# text, and there pay for a long alternation before the word-start check fails inside a word:
# checking the word start first is then faster (a quarter, on the bench's header lines and bodies).
_MAX_SKIP_AHEAD_FIRSTS = 8


# --- vocabulary -----------------------------------------------------------------------------
class Vocab:
    """Whole-word matcher: phrases case-insensitively, acronyms case-sensitively.

    It runs on every header line and position body, so its patterns are tries (one branch per
    distinct next character, not one per term) and phrases are searched in lower-cased text,
    where the regex engine can skip ahead to a term's first letter: 2.5x faster than a plain
    alternation on the bench corpus, same matches. Text holding one of the few characters
    lower() reads otherwise than a case-insensitive match (`CASE_TRAPS`: "İ", "ı") is searched
    case-insensitively as it is.
    """

    def __init__(self, phrases: Iterable[str] = (), acronyms: Iterable[str] = ()):
        phrases = _terms(_unhyphenated(t) for t in phrases if isinstance(t, str))
        self._phrases = _pattern(phrases, re.IGNORECASE)  # for `remove`, on the text as it is
        lowered = [t.lower() for t in phrases]
        firsts = {t[0] for t in lowered}
        self._lowered = _pattern(lowered, 0, skip_ahead=len(firsts) <= _MAX_SKIP_AHEAD_FIRSTS)
        self._acronyms = _pattern(_terms(acronyms), 0, skip_ahead=True)
        self._ascii_terms = all(t.isascii() for t in phrases)  # else lower() may differ from re.I

    @classmethod
    def from_rules(cls, data: Any) -> Vocab:
        """Return a matcher for a {phrases, acronyms} mapping (a bare list = phrases)."""
        if isinstance(data, list):
            return cls(data)
        if not isinstance(data, dict):
            return cls()
        return cls(data.get("phrases") or (), data.get("acronyms") or ())

    def found(self, text: str) -> set[str]:
        """Return the distinct terms present in `text`, lower-cased."""
        hits: set[str] = set()
        lowered = _exact_lower(text) if self._ascii_terms else None
        pattern, haystack = (
            (self._lowered, lowered) if lowered is not None else (self._phrases, text)
        )
        # findall: the patterns have no groups, so it lists the matched texts
        if pattern is not None:
            hits.update([_unhyphenated(t.lower()) for t in pattern.findall(haystack)])
        if self._acronyms is not None:
            hits.update([t.lower() for t in self._acronyms.findall(text)])
        return hits

    def __call__(self, text: str) -> bool:
        if self._acronyms is not None and self._acronyms.search(text):
            return True
        if self._lowered is None:
            return False
        lowered = _exact_lower(text) if self._ascii_terms else None
        if lowered is not None:
            return self._lowered.search(lowered) is not None
        return bool(self._phrases and self._phrases.search(text))  # see `_exact_lower`

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Return the [start, end) of every phrase and acronym found in `text`, in text order."""
        found: list[tuple[int, int]] = []
        if self._acronyms is not None:
            found += [m.span() for m in self._acronyms.finditer(text)]
        if self._lowered is not None:
            lowered = _exact_lower(text) if self._ascii_terms else None
            if lowered is not None:
                found += [m.span() for m in self._lowered.finditer(lowered)]
            elif self._phrases is not None:
                found += [m.span() for m in self._phrases.finditer(text)]
        return sorted(found)

    def remove(self, text: str) -> str:
        """Return `text` with every match replaced by a separator."""
        for pattern in (self._phrases, self._acronyms):
            if pattern is not None:
                text = pattern.sub(" | ", text)
        return text


def _exact_lower(text: str) -> str | None:
    """Returns `text` lower-cased when a search of it finds what a case-insensitive search of
    `text` finds, at the same offsets; None when it holds one of the few characters lower() reads
    otherwise (`CASE_TRAPS`: "İT".lower() is three characters, "ı" stays). isascii() reads a
    flag: no scan for most texts."""
    return text.lower() if text.isascii() or not CASE_TRAPS.search(text) else None


def _terms(terms: Iterable[str]) -> list[str]:
    return sorted({t.strip() for t in terms if isinstance(t, str) and t.strip()})


def _unhyphenated(phrase: str) -> str:
    """Returns a phrase with its hyphens read as spaces, the form phrases are kept and found in."""
    return phrase.replace("-", " ")


def _pattern(terms: Sequence[str], flags: int, skip_ahead: bool = False) -> re.Pattern[str] | None:
    """Returns a pattern for any of `terms` as whole words; the longest wins where several start.

    With `skip_ahead` the word-start check follows each term's first character, so the pattern
    starts with a set of literal characters the engine scans for; without it the check comes
    first, as case-insensitive matching needs."""
    if not terms:
        return None
    fold = str.lower if flags & re.IGNORECASE else str
    trie: dict[str, Any] = {}
    for term in terms:
        node = trie
        for ch in fold(term):
            node = node.setdefault(ch, {})
        node[""] = {}  # a term ends here
    if skip_ahead:
        firsts = (
            re.escape(ch) + r"(?<!\w.)" + _branches(node) for ch, node in sorted(trie.items())
        )
        return re.compile("(?:" + "|".join(firsts) + r")(?!\w)", flags)
    return re.compile(r"(?<!\w)(?:" + _branches(trie) + r")(?!\w)", flags)


def _char(ch: str) -> str:
    """Returns the regex of one term character; a space between words also matches a hyphen."""
    return r"[ \-]" if ch == " " else re.escape(ch)


def _branches(node: dict[str, Any]) -> str:
    """Returns the regex of a trie node's continuations; greedy, so longer terms are tried first."""
    kids = [_char(ch) + _branches(sub) for ch, sub in sorted(node.items()) if ch]
    if not kids:
        return ""
    body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
    return f"(?:{body})?" if "" in node else body


class SpreadMatcher:
    """Finds the words saying a position led a team spread out: a phrase ("offshore teams") or a
    count before a noun ("in 14 countries", "across three time zones", "a 12-country rollout").

    A phrase after "no", "not" or "without" says the opposite ("no offshore team"), and a count
    after words of reach (`counted.unless`: "customers in 40 countries") is about the market,
    not the team. Most bodies name none of the nouns, so the count pattern runs only where a
    cheap search finds one: the scan stays a small part of the ~0.7 ms positions cost a résumé."""

    def __init__(self, data: dict[str, Any] | None = None):
        data = data or {}
        self.phrases = Vocab(data.get("phrases") or ())
        counted = data.get("counted") or {}
        nouns = [str(n).lower() for n in counted.get("nouns") or ()]
        compounds = [str(n).lower() for n in counted.get("compounds") or ()]
        counts = [str(n).lower() for n in counted.get("counts") or ()]
        before = [str(n).lower() for n in counted.get("before") or ()]
        self._unless = Vocab(counted.get("unless") or ())
        self._nouns = (
            _both("|".join(map(_loose, nouns + compounds))) if nouns or compounds else None
        )
        count = "|".join([r"\d{1,3}\+?", *map(re.escape, counts)])
        alternatives = []
        if nouns and before:
            alternatives.append(
                rf"\b(?:{'|'.join(map(re.escape, before))})\s+(?:{count})\s+"
                rf"(?:{'|'.join(map(_loose, nouns))})\b"
            )
        if compounds:
            alternatives.append(rf"\b(?:{count})-(?:{'|'.join(map(_loose, compounds))})\b")
        self._counted = _both("|".join(alternatives)) if alternatives else None

    def search(self, text: str) -> tuple[int, int] | None:
        """Return the [start, end) of the first statement found in `text`, or None."""
        spans = [
            s
            for s in self.phrases.spans(text)
            if not _NEGATED.search(text, max(0, s[0] - 16), s[0])
        ]
        if self._counted is not None and self._nouns is not None:
            # Lower-cased text is searched 3x faster than with re.IGNORECASE (see `_exact_lower`).
            lowered = _exact_lower(text)
            haystack, at = (lowered, 0) if lowered is not None else (text, 1)
            if self._nouns[at].search(haystack):
                for found in self._counted[at].finditer(haystack):
                    clause = text[text.rfind("\n", 0, found.start()) + 1 : found.start()]
                    if not self._unless(clause):
                        spans.append(found.span())
                        break
        return min(spans) if spans else None


# "no offshore team", "not a distributed team", "without remote teams": right before a phrase.
_NEGATED = re.compile(r"\b(?:no|not|without|non)\b[\s-]+(?:an?\s+)?$", re.IGNORECASE)


def _both(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Returns a lower-case pattern compiled for lower-cased text, and case-insensitively."""
    return re.compile(pattern), re.compile(pattern, re.IGNORECASE)


def _loose(noun: str) -> str:
    """Returns a noun's regex: a space between its words may also be a hyphen or nothing."""
    return r"[ -]?".join(map(re.escape, noun.split()))


@dataclass
class TitleRules:
    """titles.yaml compiled once."""

    title_words: Vocab
    pm_include: Vocab
    pm_exclude: Vocab
    pm_ambiguous: list[tuple[Vocab, Vocab]]
    it_title: Vocab
    it_employer: Vocab
    it_body: Vocab
    it_non_it: Vocab
    min_body_terms: int
    min_body_terms_non_it: int
    remote_header: Vocab
    remote_body: Vocab
    # Words that say the job was remote only as the last part of a header or location line
    # ("Acme | Virtual (US)", see _Layout.names_remote_place): elsewhere they name employers
    # and products ("Virtual Instruments", "Virtual, Inc.", "virtual servers").
    remote_places: frozenset[str]
    internship: Vocab
    education_words: Vocab
    time_off: Vocab
    bullets: tuple[str, ...]
    headings: frozenset[str] = field(default_factory=frozenset)
    project_support: Vocab = field(default_factory=Vocab)
    technical_roles: Vocab = field(default_factory=Vocab)
    # Technical roles that also name work outside IT: no IT work by the title alone.
    technical_need_it_evidence: Vocab = field(default_factory=Vocab)
    rank_words: Vocab = field(default_factory=Vocab)
    title_functions: Vocab = field(default_factory=Vocab)
    pm_functions: Vocab = field(default_factory=Vocab)
    pm_ranks: Vocab = field(default_factory=Vocab)
    internship_prefixes: tuple[str, ...] = ()
    org_unit_prefixes: tuple[str, ...] = ()  # "Office of the CIO" is a department, not a title
    employment_types: frozenset[str] = frozenset()  # "(contract)" is no employer
    # Words a header may end with, dot included ("Acme Software Inc."): not a sentence's end.
    final_abbreviations: frozenset[str] = frozenset()
    # Last words that make a part an organisation, never a title ("Principal Financial Group").
    employer_suffixes: frozenset[str] = frozenset()
    project_words: Vocab = field(default_factory=Vocab)
    # A position body's statement that the team was spread out (Position.distributed_by).
    distributed: SpreadMatcher = field(default_factory=SpreadMatcher)


_COMPILED: dict[int, tuple[dict[str, Any], TitleRules]] = {}


def compile_title_rules(data: dict[str, Any]) -> TitleRules:
    """Return the compiled matchers for a titles.yaml dict (cached per dict object)."""
    cached = _COMPILED.get(id(data))
    if cached is not None and cached[0] is data:
        return cached[1]
    pm = data.get("pm") or {}
    it = data.get("it") or {}
    remote = data.get("remote") or {}
    rules = TitleRules(
        title_words=Vocab.from_rules(data.get("title_words")),
        pm_include=Vocab.from_rules(pm.get("include")),
        pm_exclude=Vocab.from_rules(pm.get("exclude")),
        pm_ambiguous=[
            (Vocab([a.get("phrase", "")]), Vocab(a.get("unless") or ()))
            for a in pm.get("ambiguous") or ()
            if isinstance(a, dict)
        ],
        it_title=Vocab.from_rules(it.get("title")),
        it_employer=Vocab.from_rules(it.get("employer")),
        it_body=Vocab.from_rules(it.get("body")),
        it_non_it=Vocab.from_rules(it.get("non_it")),
        min_body_terms=int(it.get("min_body_terms", 3)),
        min_body_terms_non_it=int(it.get("min_body_terms_non_it", 4)),
        remote_header=Vocab.from_rules(remote.get("header")),
        remote_body=Vocab.from_rules(remote.get("body")),
        remote_places=frozenset(str(w).strip().lower() for w in remote.get("places") or ()),
        internship=Vocab.from_rules(data.get("internship")),
        education_words=Vocab.from_rules(data.get("education_words")),
        time_off=Vocab.from_rules(data.get("time_off")),
        bullets=tuple(b for b in data.get("bullets") or () if isinstance(b, str) and b),
        headings=frozenset(str(h).lower() for h in data.get("headings") or ()),
        project_support=Vocab.from_rules(data.get("project_support")),
        technical_roles=Vocab.from_rules(data.get("technical_roles")),
        technical_need_it_evidence=Vocab.from_rules(
            (data.get("technical_roles") or {}).get("need_it_evidence")
        ),
        rank_words=Vocab.from_rules(data.get("rank_words")),
        title_functions=Vocab.from_rules(data.get("title_functions")),
        pm_functions=Vocab.from_rules((pm.get("function_with_rank") or {}).get("functions")),
        pm_ranks=Vocab.from_rules((pm.get("function_with_rank") or {}).get("ranks")),
        internship_prefixes=tuple(
            str(w).lower() for w in (data.get("internship") or {}).get("title_prefixes") or ()
        ),
        org_unit_prefixes=tuple(str(w).lower() for w in data.get("org_unit_prefixes") or ()),
        employment_types=frozenset(str(w).lower() for w in data.get("employment_types") or ()),
        final_abbreviations=frozenset(
            str(w).lower().rstrip(".") for w in data.get("final_abbreviations") or ()
        ),
        project_words=Vocab.from_rules(data.get("project_words")),
        distributed=SpreadMatcher(data.get("distributed")),
        employer_suffixes=frozenset(
            str(w).lower().rstrip(".") for w in data.get("employer_suffixes") or ()
        ),
    )
    if len(_COMPILED) > 16:
        _COMPILED.clear()
    _COMPILED[id(data)] = (data, rules)
    return rules


def load_rules(path: Path | str) -> dict[str, Any]:
    """Return the parsed YAML file (for tests and tools; the pipeline gets Taxonomy.rules)."""
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return data if isinstance(data, dict) else {}


def _check_vocab(problems: list[str], data: Any, path: str, required: bool = True) -> None:
    if data is None:
        if required:
            problems.append(f"titles.yaml: {path}: missing")
        return
    if isinstance(data, list):
        data = {"phrases": data}
    if not isinstance(data, dict):
        problems.append(f"titles.yaml: {path}: must be a mapping with phrases/acronyms")
        return
    for key, value in data.items():
        if key not in _VOCAB_KEYS:
            problems.append(f"titles.yaml: {path}.{key}: unknown key")
        elif not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            problems.append(f"titles.yaml: {path}.{key}: must be a list of non-empty strings")


def _check_distributed(problems: list[str], data: Any, jd_lines: Sequence[str] | None) -> None:
    if not isinstance(data, dict):
        problems.append("titles.yaml: distributed: must be a mapping")
        return
    _check_source(problems, data.get("source"), "distributed.source", jd_lines)
    lists = {"phrases": data.get("phrases")}
    counted = data.get("counted")
    if counted is not None and not isinstance(counted, dict):
        problems.append("titles.yaml: distributed.counted: must be a mapping")
        counted = {}
    for key, value in (counted or {}).items():
        if key not in ("before", "counts", "nouns", "compounds", "unless"):
            problems.append(f"titles.yaml: distributed.counted.{key}: unknown key")
        lists[f"counted.{key}"] = value
    if counted and counted.get("nouns") and not counted.get("before"):
        problems.append(
            "titles.yaml: distributed.counted.nouns: needs `before` words to count after"
        )
    for key in data:
        if key not in ("source", "phrases", "counted"):
            problems.append(f"titles.yaml: distributed.{key}: unknown key")
    for key, value in lists.items():
        if value is not None and (
            not isinstance(value, list) or not all(isinstance(v, str) and v for v in value)
        ):
            problems.append(f"titles.yaml: distributed.{key}: must be a list of non-empty strings")


def _check_source(problems: list[str], data: Any, path: str, lines: Sequence[str] | None) -> None:
    if not isinstance(data, dict) or not isinstance(data.get("line"), int):
        problems.append(f"titles.yaml: {path}: needs line (int) and quote")
        return
    quote = data.get("quote")
    if not isinstance(quote, str) or not quote:
        problems.append(f"titles.yaml: {path}.quote: missing")
    elif lines is not None:
        line = data["line"]
        if not 1 <= line <= len(lines) or quote not in lines[line - 1]:
            problems.append(f"titles.yaml: {path}.quote: not found on line {line}")


def _mapping(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def validate_title_rules(data: Any, jd_lines: Sequence[str] | None = None) -> list[str]:
    """Return every problem in a titles.yaml dict, one line each (empty when valid)."""
    if not isinstance(data, dict):
        return ["titles.yaml: <root>: must be a mapping"]
    problems: list[str] = []
    _check_vocab(problems, data.get("title_words"), "title_words")
    for section in ("pm", "it", "remote", "internship"):
        if not isinstance(data.get(section), dict):
            problems.append(f"titles.yaml: {section}: missing or not a mapping")
            continue
        _check_source(problems, data[section].get("source"), f"{section}.source", jd_lines)
    pm = _mapping(data, "pm")
    _check_vocab(problems, pm.get("include"), "pm.include")
    _check_vocab(problems, pm.get("exclude"), "pm.exclude")
    for i, item in enumerate(pm.get("ambiguous") or ()):
        if not isinstance(item, dict) or not isinstance(item.get("phrase"), str):
            problems.append(f"titles.yaml: pm.ambiguous[{i}]: needs phrase and unless")
        else:
            _check_vocab(problems, item.get("unless"), f"pm.ambiguous[{i}].unless")
    it = _mapping(data, "it")
    for key in ("title", "employer", "body", "non_it"):
        _check_vocab(problems, it.get(key), f"it.{key}")
    for key in ("min_body_terms", "min_body_terms_non_it"):
        value = it.get(key)
        if value is not None and (not isinstance(value, int) or value < 1):
            problems.append(f"titles.yaml: it.{key}: must be an integer >= 1")
    remote = _mapping(data, "remote")
    _check_vocab(problems, remote.get("header"), "remote.header")
    _check_vocab(problems, remote.get("body"), "remote.body")
    places = remote.get("places")
    if places is not None and (
        not isinstance(places, list) or not all(isinstance(w, str) and w.strip() for w in places)
    ):
        problems.append("titles.yaml: remote.places: must be a list of non-empty strings")
    distributed = data.get("distributed")
    if distributed is not None:
        _check_distributed(problems, distributed, jd_lines)
    internship = _mapping(data, "internship")
    _check_vocab(
        problems,
        {k: v for k, v in internship.items() if k not in ("source", "title_prefixes")},
        "internship",
    )
    _check_vocab(problems, data.get("education_words"), "education_words", required=False)
    _check_vocab(problems, data.get("time_off"), "time_off", required=False)
    for key in ("rank_words", "title_functions"):
        _check_vocab(problems, data.get(key), key, required=False)
    with_rank = pm.get("function_with_rank")
    if with_rank is not None:
        if not isinstance(with_rank, dict):
            problems.append("titles.yaml: pm.function_with_rank: must be a mapping")
        else:
            for key in ("functions", "ranks"):
                _check_vocab(problems, with_rank.get(key), f"pm.function_with_rank.{key}")
    for key in ("project_support", "technical_roles"):
        vocab = data.get(key)
        if isinstance(vocab, dict):
            inner = {k: v for k, v in vocab.items() if k not in ("source", "need_it_evidence")}
            _check_vocab(problems, inner, key)
    technical = _mapping(data, "technical_roles")
    if "need_it_evidence" in technical:
        _check_vocab(problems, technical["need_it_evidence"], "technical_roles.need_it_evidence")
    for key in (
        "bullets",
        "headings",
        "org_unit_prefixes",
        "employment_types",
        "final_abbreviations",
        "employer_suffixes",
        "project_words",
    ):
        value = data.get(key)
        if value is not None and not (
            isinstance(value, list) and all(isinstance(v, str) and v for v in value)
        ):
            problems.append(f"titles.yaml: {key}: must be a list of non-empty strings")
    return problems


# --- layout ---------------------------------------------------------------------------------
@dataclass(slots=True)  # one per line of every résumé: slots make them cheaper to build
class _Line:
    start: int
    end: int
    text: str


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    offset = 0
    for raw in text.split("\n"):
        lines.append(_Line(offset, offset + len(raw), raw))
        offset += len(raw) + 1
    return lines


def _scope(sections: Sequence[Section], length: int) -> list[tuple[int, int, str]]:
    """Return the (start, end, section name) spans whose dates may be positions."""
    experience = [(s.start, s.end, s.name) for s in sections if s.name == "experience"]
    if experience:
        return experience
    spans = [(s.start, s.end, s.name) for s in sections if s.name not in _NOT_EXPERIENCE]
    if not sections:
        spans = [(0, length, "other")]
    return spans


@dataclass
class _Header:
    """What a date line's header says: title, employer and the lines they came from."""

    date_line: int
    title: str = ""
    employer: str = ""
    lines: list[int] = field(default_factory=list)
    title_line: int = -1
    employer_span: tuple[int, int] | None = None  # offsets of the employer in the whole text


class _Layout:
    def __init__(self, text: str, sections: Sequence[Section], rules: TitleRules):
        self.text = text
        self.rules = rules
        self.lines = _split_lines(text)
        self.starts = [line.start for line in self.lines]
        self.date_lines: set[int] = set()
        self.used: set[int] = set()
        self._spans: dict[str, list[tuple[int, int]]] = {}  # part_spans, by line text
        self.heading_lines = {
            i
            for s in sections
            if s.heading and s.start < len(text)
            for i in [self.line_at(s.start)]
            if s.heading.lower() in self.lines[i].text.lower()
        }

    def line_at(self, offset: int) -> int:
        """Return the index of the line holding a character offset."""
        return max(bisect_right(self.starts, offset) - 1, 0)

    def is_bullet(self, line: str) -> bool:
        stripped = line.lstrip()
        return bool(stripped) and stripped.startswith(self.rules.bullets)

    def is_header(self, index: int) -> bool:
        """Return True when a line may hold a title or employer."""
        if index in self.date_lines or index in self.used or index in self.heading_lines:
            return False
        line = self.lines[index].text.strip()
        if not line or len(line) > _MAX_HEADER_CHARS or self.is_bullet(line):
            return False
        if line.lower().strip(_STRIP) in self.rules.headings:
            return False
        has_letter = line[0].isalpha() or any(c.isalpha() for c in line)
        return has_letter and not self.ends_sentence(line)

    def ends_sentence(self, line: str) -> bool:
        """Return True for a line ending with a full stop that is not an abbreviation's dot:
        "Acme Software Inc.", "Boston, MA, U.S." and "J." end headers, not sentences."""
        if not line.endswith("."):
            return False
        last = line[:-1].rsplit(None, 1)[-1].lstrip("(,").lower() if line[:-1].strip() else ""
        if last in self.rules.final_abbreviations:
            return False
        return not re.fullmatch(r"(?:[^\W\d_]\.)*[^\W\d_]", last)  # an initial or U.S.

    def part_spans(self, text: str) -> list[tuple[int, int]]:
        """Return the [start, end) offsets of the non-empty pieces of a header line between
        separators (read once a line: a header line is asked for them several times)."""
        found = self._spans.get(text)
        if found is None:
            found = self._spans[text] = self._part_spans(text)
        return found

    def _part_spans(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        start = 0
        pieces = _SPLIT.split(text)  # piece, separator, piece, ..., piece
        last = len(pieces) - 1
        for i in range(0, last + 1, 2):
            piece = pieces[i]
            stripped = piece.strip(_STRIP)
            if len(stripped) > 1 and (stripped[0].isalpha() or any(c.isalpha() for c in stripped)):
                lead = start + len(piece) - len(piece.lstrip(_STRIP))
                spans.append((lead, lead + len(stripped)))
            start += len(piece) + (len(pieces[i + 1]) if i < last else 0)
        return spans

    def read_line(
        self, index: int, text: str | None = None, cities_only: bool = False
    ) -> tuple[str, str, tuple[int, int] | None]:
        """Return the title, the employer and the employer's offsets in the whole text of header
        line `index` (`text`: that line with its dates blanked out, same length)."""
        line = self.lines[index]
        text = line.text if text is None else text
        spans = self.part_spans(text)
        # A form's labels ("Title: Program Manager", "Employer: Raytheon") name no part.
        if ":" in text:
            spans = [(s + _label_length(text, s, e), e) for s, e in spans]
        parts = [text[s:e] for s, e in spans]
        title, at = self.title_and_employer_at(parts, cities_only)
        if at < 0:
            return title, "", None
        start, end = spans[at]
        return title, parts[at], (line.start + start, line.start + end)

    def title_and_employer_at(self, parts: list[str], cities_only: bool = False) -> tuple[str, int]:
        """Return the title and the index of the employer part (-1 when there is none; with
        `cities_only`, also when the only candidate is a city before a state's code)."""
        index = next(
            (
                i
                for i, p in enumerate(parts)
                if self.rules.title_words(p)
                and not p.lower().startswith(self.rules.org_unit_prefixes)
                and not self.names_organisation(p)
            ),
            -1,
        )
        used = {index}
        title = parts[index] if index >= 0 else ""
        if (
            title
            and index + 1 < len(parts)
            and self.rules.title_functions(parts[index + 1])
            and not _TWO_LETTERS.search(self.rules.rank_words.remove(title).replace("|", ""))
        ):
            title = f"{title}, {parts[index + 1]}"
            used.add(index + 1)
        elif (
            title
            and index + 2 < len(parts)
            and self.names_work(parts[index + 1])
            and not self.names_organisation(parts[index + 1])
        ):
            # "Project Manager, Enterprise Applications | Stark Industries": what the job was,
            # not the employer, when more parts follow.
            title = f"{title}, {parts[index + 1]}"
            used.add(index + 1)
        candidates = [
            i
            for i, p in enumerate(parts)
            if i not in used
            and len(p) > 2
            and not self.only_remote(p)
            and p.strip(" ()[]").lower() not in self.rules.employment_types
            and not _TERMS_OF_EMPLOYMENT.fullmatch(p.strip(" ()[]"))
            and not _DURATION.match(p)
            and not _LOCATION_LABEL.match(p)
        ]
        # A part before a state's code is a city ("Chicago, IL"), unless nothing else could be the
        # employer ("IT Project Manager, Cerner, MO").
        employer = next((i for i in candidates if not _before_state_code(parts, i)), -1)
        if employer < 0 and not cities_only:
            employer = candidates[0] if candidates else -1
        return title, employer

    def names_work(self, part: str) -> bool:
        """Return True for a part made only of words of IT or PM work ("Enterprise Applications",
        "Cloud Infrastructure", "Network Infrastructure"): PM functions, and in a part of two or
        more words IT words that name no company ("Salesforce", "Oracle Cloud" and "SAP" are
        employers as often as products)."""
        rest = self.rules.title_functions.remove(part)
        if len(part.split()) > 1 and not self.rules.it_employer(rest):
            rest = self.rules.it_title.remove(rest)
        return not _TWO_LETTERS.search(rest.replace("|", ""))

    def names_organisation(self, part: str) -> bool:
        """Return True for a part ending in an organisation word ("Principal Financial Group",
        "Associated Bank"): a title word inside it does not make it a title."""
        words = part.split()
        return len(words) > 1 and words[-1].lower().rstrip(".,") in self.rules.employer_suffixes

    def only_remote(self, part: str) -> bool:
        """Return True for a part that only says where the work was done ("Remote", "WFH")."""
        return not _TWO_LETTERS.search(self.rules.remote_header.remove(part).replace("|", ""))

    def names_remote_place(self, line: str, as_of: date) -> bool:
        """Return True when a header or location line ends in a remote place, alone or with a
        region: "Acme | Virtual (US) | 2019 – 2022", "Virtual". Followed by more ("Virtual,
        Inc.", "Virtual, Instructor-Led Programs | Acme", "Virtual, hybrid and live events"),
        the word names something else."""
        places = self.rules.remote_places
        if not places or not any(p in line.lower() for p in places):
            return False
        line = _without_dates(line, [(s, e) for s, e, _ in find_date_ranges(line, as_of)])
        parts = [line[s:e] for s, e in self.part_spans(line)]
        for i, part in enumerate(parts):
            if part.lower() in places:
                rest = parts[i + 1 :]
                return not rest or (
                    len(rest) == 1
                    and _REGION.fullmatch(rest[0]) is not None
                    and rest[0].lower().rstrip(".") not in self.rules.employer_suffixes
                )
        return False

    def neighbours(self, index: int, step: int, low: int, high: int) -> list[int]:
        """Return up to _LOOK header lines next to `index` (one blank line may be skipped)."""
        found: list[int] = []
        blanks = 0
        i = index + step
        while low <= i < high and len(found) < _LOOK:
            if not self.lines[i].text.strip():
                blanks += 1
                if blanks > 1:
                    break
            elif self.is_header(i):
                found.append(i)
            else:
                break
            i += step
        return found


def _header_for(layout: _Layout, index: int, residual: str, span: tuple[int, int],
                prefer_below: bool, last: int) -> _Header:  # fmt: skip
    """Return the title/employer of the date line `index`, whose dates run on to line `last`
    ("Jan 2019 –" / "Present" in a narrow PDF column)."""
    header = _Header(index, lines=list(range(index, last + 1)))
    title, employer, employer_span = layout.read_line(index, residual)
    header.title, header.employer, header.employer_span = title, employer, employer_span
    if title:
        header.title_line = index
    low = layout.line_at(span[0])
    high = layout.line_at(max(span[1] - 1, span[0])) + 1
    above = layout.neighbours(index, -1, low, high)
    below = layout.neighbours(last, 1, low, high)
    directions = [below, above] if prefer_below else [above, below]
    if not title:
        for side, candidates in enumerate(directions):
            for i in candidates:
                found = layout.read_line(i)[0]
                if found:
                    header.title, header.title_line = found, i
                    break
            if header.title:
                # Employer: a header line between the date and the title or just past the title
                # ("Employer / Title / dates", "dates / Title / Employer"), else the title line.
                for i in candidates[: candidates.index(header.title_line) + 2]:
                    if i == header.title_line:
                        header.lines.append(i)
                    elif not header.employer:
                        _take_employer(header, layout, i)
                if not header.employer:
                    _, header.employer, header.employer_span = layout.read_line(header.title_line)
                else:
                    # "Chicago, IL | Mar 2019 – Nov 2021" under "IT Project Manager — Northwind":
                    # the date line's first part was the city; the title line names the employer.
                    _, employer, employer_span = layout.read_line(header.title_line)
                    if employer and _city_before_region(layout, index, header.employer):
                        header.employer, header.employer_span = employer, employer_span
                if not header.employer:
                    # Two columns: "Title / dates / Employer" puts the employer on the other side
                    # (past a location line: "Oracle Corporation / Redwood Shores, CA / dates").
                    for i in directions[1 - side][:2]:
                        if _take_employer(header, layout, i):
                            break
                break
    elif not employer:
        for candidates in directions:
            if candidates and _take_employer(header, layout, candidates[0]):
                break
    layout.used.update(header.lines)
    return header


# A title heading a contractor's clients: "Contract IT Project Manager — Self-employed" over
# "Acme Logistics | 2020 – 2021" and "Globex Health, Remote | 2021 – Present".
_CLIENTS_HEADING = re.compile(
    r"\b(?:contract(?:or)?|freelancer?|self[- ]employed|independent|various\s+clients|"
    r"client\s+engagements?)\b",
    re.IGNORECASE,
)


def _carry_over(layout: _Layout, headers: list[_Header]) -> None:
    """Fills in what a block of entries says once, from the entry before:

    - the employer line heading a run of promotions ("Northwind Systems, Remote" over "Senior IT
      Project Manager | 2022 – Present" and "IT Project Manager | 2019 – 2021") is each one's;
    - a contractor's title heading its clients is each client's, when the client's own lines
      name no title.
    """
    for prev, header in zip(headers, headers[1:], strict=False):
        if header is prev or header.date_line <= prev.date_line:
            continue
        first = min([header.date_line, *header.lines])
        if any(not layout.lines[i].text.strip() for i in range(prev.date_line, first)):
            continue  # a blank line ends a block
        if header.title and not header.employer and prev.employer_span is not None:
            heading = layout.line_at(prev.employer_span[0])
            if prev.title_line >= 0 and heading < min(prev.title_line, prev.date_line):
                header.employer, header.employer_span = prev.employer, prev.employer_span
                header.lines.append(heading)
        elif (
            not header.title
            and prev.title
            and prev.title_line >= 0
            and _CLIENTS_HEADING.search(layout.lines[prev.title_line].text)
        ):
            # Only a client's own lines, in the same block: the employer on the date line or on
            # the one line above it. Any more, or a blank line between, and the entry has a
            # title of its own that was not read ("Web Producer" over "Pixel & Pine | 2019 – 22").
            above = [
                i
                for i in layout.neighbours(header.date_line, -1, 0, header.date_line)
                if i > max(prev.lines)
            ]
            below = layout.neighbours(header.date_line, 1, 0, len(layout.lines))
            if len(above) > 1 or (above and header.employer) or below:
                continue  # a line of its own under the dates ("Barista") is its own title
            header.title, header.title_line = prev.title, prev.title_line
            if not header.employer and above:
                _take_employer(header, layout, above[0])


# "(short-term contract)", "6-month assignment": the terms of a job, not its employer.
_TERMS_OF_EMPLOYMENT = re.compile(
    r"(?:(?:\d+[- ]?(?:months?|mos?|weeks?|years?|yrs?)|short[- ]term|long[- ]term|fixed[- ]term|"
    r"temporary|interim|part[- ]time|full[- ]time)[- ])*"
    r"(?:contract|contractor|assignment|secondment|engagement|placement|role|position)",
    re.IGNORECASE,
)
_FIELD_LABEL = re.compile(
    r"(?:job\s+title|title|position|role|employer|company|client|organi[sz]ation)\s*:\s*",
    re.IGNORECASE,
)


def _label_length(text: str, start: int, end: int) -> int:
    """Return the length of a form label opening the part text[start:end] (0 when none)."""
    found = _FIELD_LABEL.match(text, start, end)
    return found.end() - start if found and found.end() < end else 0


_LOCATION_LABEL = re.compile(r"\s*(?:location|based in|office)\s*:", re.IGNORECASE)


def _before_state_code(parts: list[str], i: int) -> bool:
    """Return True when part `i` is followed by a state's, a province's or a country's code
    ("Chicago, IL", "London, UK"): a city, as an employer only when nothing else could be."""
    return i + 1 < len(parts) and _STATE_CODE.fullmatch(parts[i + 1].strip()) is not None


_STATE_CODE = re.compile(
    r"A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|"
    r"T[NX]|UT|V[AT]|W[AIVY]|AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|USA|U\.S\.A?\.?|UK|U\.K\."
)


def _city_before_region(layout: _Layout, index: int, part: str) -> bool:
    """Return True when `part` of header line `index` is a city ("Chicago, IL")."""
    parts = [layout.lines[index].text[s:e] for s, e in layout.part_spans(layout.lines[index].text)]
    return part in parts and _before_state_code(parts, parts.index(part))


def _take_employer(header: _Header, layout: _Layout, index: int) -> bool:
    """Sets the header's employer from a header line that names one (see `_employer_line`),
    the line then belonging to the header; returns whether it did."""
    employer, employer_span = _employer_line(layout, index)
    if employer:
        header.employer, header.employer_span = employer, employer_span
        header.lines.append(index)
    return bool(employer)


def _employer_line(layout: _Layout, index: int) -> tuple[str, tuple[int, int] | None]:
    """Return the employer a header line names when it names no job title, and its offsets
    ("" and None otherwise)."""
    text = layout.lines[index].text
    if layout.rules.title_words(text) and not all(
        layout.names_organisation(text[s:e])
        for s, e in layout.part_spans(text)
        if layout.rules.title_words(text[s:e])
    ):
        return "", None  # a title word outside an organisation's name ("PM Prep Academy")
    # "Redwood Shores, CA" names none: a city before a state's code.
    return layout.read_line(index, cities_only=True)[1:]


# --- classification -------------------------------------------------------------------------
def is_pm_title(title: str, context: str, rules: TitleRules) -> bool:
    """Return True when the title names a project, program or portfolio management job."""
    remaining = rules.pm_exclude.remove(title)
    if rules.pm_functions(remaining) and rules.pm_ranks(remaining):
        return True  # "Director, Project Management Office", "Head of IT Programme Management"
    hits = rules.pm_include.found(remaining)
    if not hits:
        return False
    unchanged = remaining
    for phrase, unless in rules.pm_ambiguous:
        if phrase(remaining) and unless(context):
            hits -= phrase.found(remaining)
            remaining = phrase.remove(remaining)
    if remaining == unchanged:
        return bool(hits)  # what pm_include found in it is still there
    return bool(hits) and bool(rules.pm_include.found(remaining))


def is_internship(title: str, header: str, rules: TitleRules) -> bool:
    """Return True for student work: an internship word, or a title opening with "Student"."""
    first = title.split(maxsplit=1)[0].lower() if title.strip() else ""
    return first in rules.internship_prefixes or rules.internship(title) or rules.internship(header)


def is_it_role(title: str, rules: TitleRules) -> bool:
    """Return True when the title names a hands-on IT role that means IT work by itself:
    "Programmer Analyst" does, "Developer" does not ("Curriculum Developer")."""
    roles = rules.technical_roles.found(title)
    return bool(roles - rules.technical_need_it_evidence.found(title))


def is_it_work(title: str, header: str, body: str, rules: TitleRules) -> bool:
    """Return True when the title, the header lines (employer, location) or the bullet lines
    show technology work."""
    title_non_it = rules.it_non_it(title)
    if (rules.it_title(title) or is_it_role(title, rules)) and not title_non_it:
        return True
    employer_non_it = rules.it_non_it(header)
    if not title_non_it and rules.it_employer(header) and not employer_non_it:
        return True
    needed = (
        rules.min_body_terms_non_it if title_non_it or employer_non_it else rules.min_body_terms
    )
    return len(rules.it_body.found(body)) >= needed


# --- positions ------------------------------------------------------------------------------
def extract_positions(
    text: str, sections: Sequence[Section], as_of: date, rules: dict[str, Any]
) -> list[Position]:
    """Return the dated positions of the experience part of `text`, in text order."""
    compiled = compile_title_rules(rules or {})
    layout = _Layout(text, sections, compiled)
    spans = _scope(sections, len(text))
    if not spans:
        return []
    dated: list[tuple[int, int, DateRange, tuple[int, int, str]]] = []
    for start, end, found in find_date_ranges(text, as_of):
        span = next((s for s in spans if s[0] <= start < s[1]), None)
        if span is not None:
            dated.append((start, end, found, span))
            # Every line the range runs over: its "Present" line is no employer.
            layout.date_lines.update(range(layout.line_at(start), layout.line_at(end - 1) + 1))

    headers: list[tuple[int, int, DateRange, tuple[int, int, str], _Header]] = []
    prefer_below: bool | None = None
    done_lines: set[int] = set()
    for start, _end, _found, span in dated:
        index = layout.line_at(start)
        line = layout.lines[index]
        if index in done_lines:
            continue  # a second range on one line ("2015 – 2017, 2018 – 2019") joins the first
        if layout.is_bullet(line.text) or len(line.text.strip()) > _MAX_HEADER_CHARS:
            continue  # a date inside a sentence or bullet is not a job header
        # After the skip: on one long line this list is quadratic (26 s for 200,000 characters).
        on_line = [(s, e) for s, e, _, _ in dated if line.start <= s < line.end]
        residual = _without_dates(line.text, [(s - line.start, min(e, line.end) - line.start)
                                              for s, e in on_line])  # fmt: skip
        last_line = layout.line_at(max(e for _, e in on_line) - 1)
        header = _header_for(layout, index, residual, span[:2], bool(prefer_below), last_line)
        if not header.title and (
            compiled.education_words(_header_text(layout, header))
            or compiled.time_off(_header_text(layout, header) + "\n" + _label_above(layout, index))
        ):
            continue
        if prefer_below is None and header.title_line >= 0:
            prefer_below = header.title_line > index
        for s, e, other, _ in dated:
            if line.start <= s < line.end:
                headers.append((s, e, other, span, header))
        done_lines.add(index)

    _carry_over(layout, [h for *_, h in headers])
    positions: list[Position] = []
    for n, (_start, end, found, span, header) in enumerate(headers):
        next_first = min(headers[n + 1][4].lines) if n + 1 < len(headers) else None
        body_lines = _body_lines(layout, header, span, next_first)
        body = "\n".join(layout.lines[i].text for i in body_lines)
        header_text = _header_text(layout, header)
        title_line = header.title_line if header.title_line >= 0 else header.date_line
        first = layout.lines[min(title_line, header.date_line)]
        last = layout.lines[max(title_line, header.date_line)]
        is_pm = is_pm_title(header.title, header_text, compiled)
        # The whole header, not just the employer read from it: "Loopwise (remote-first SaaS),
        # Remote" says what the company does in words the employer name drops.
        title_line_text = layout.lines[header.title_line].text if header.title_line >= 0 else ""
        work = _with_qualifiers(header.title, title_line_text, _employer_elsewhere(layout, header))
        is_it = is_it_work(work, header_text, body, compiled)
        remote_since = None
        is_remote = (
            compiled.remote_header(header_text)
            or any(
                layout.names_remote_place(layout.lines[i].text, as_of) for i in set(header.lines)
            )
            or _is_remote_location(layout, body, as_of)
        )
        if not is_remote and compiled.remote_body(body):
            is_remote = True
            remote_since = _turned_remote(layout, body_lines, found, as_of)
        positions.append(
            Position(
                title=header.title,
                employer=header.employer,
                employer_span=_organisation_span(text, header, layout),
                distributed_by=_distributed_by(layout, body_lines, span[2]),
                start=found.start,
                end=found.end,
                is_pm=is_pm,
                is_it=is_it,
                is_remote=is_remote,
                remote_since=remote_since,
                is_internship=is_internship(header.title, header_text, compiled),
                evidence=Evidence(
                    text=text[first.start : max(last.end, end)],
                    start=first.start,
                    end=max(last.end, end),
                    section=span[2],
                    method="rule",
                ),
                precision=found.precision,
                current=found.current,
                is_project_support=not is_pm and compiled.project_support(header.title),
                # "Curriculum Developer" or "Real Estate Developer" is no IT background.
                is_technical=not is_pm
                and is_it
                and compiled.technical_roles(work)
                and not compiled.it_non_it(work),
            )
        )
    return positions


def _organisation_span(text: str, header: _Header, layout: _Layout) -> tuple[int, int] | None:
    """Return the employer's offsets when the part read as the employer names an organisation;
    None for a bracket ("Project Manager (Cloud Migration)") or a project or programme ("Agile
    Transformation Program"), whose words say what the candidate worked on."""
    span = header.employer_span
    if span is None:
        return None
    if span[0] > 0 and text[span[0] - 1] in "([":
        return None
    name = text[span[0] : span[1]]
    if layout.rules.project_words(name) and not layout.names_organisation(name):
        return None
    return span


# Brackets right after a title: "Freelance Project Manager (Web & Mobile)", "Consultant [SAP]".
_QUALIFIERS = re.compile(r"(?:\s*[(\[][^()\[\]\n]{1,60}[)\]])+")


def _with_qualifiers(title: str, line: str, rest: bool = False) -> str:
    """Return the title with the brackets that follow it on its line: the header parts split
    them off (a bracket may hold the employer or the terms of employment), but "(Web & Mobile)"
    says what the job was. With `rest` (the employer is on another line), the rest of the line
    too: "Program Manager – ERP Systems" over "Kraft Heinz" was an ERP job, "Project Manager,
    Construction" a construction one."""
    at = line.find(title) if title else -1
    if at < 0:
        return title
    if rest:
        return line[at:]
    found = _QUALIFIERS.match(line, at + len(title))
    return title + found.group(0) if found else title


def _employer_elsewhere(layout: _Layout, header: _Header) -> bool:
    """Return True when the header's employer (if any) is not on its title line."""
    if header.title_line < 0:
        return False
    line = layout.lines[header.title_line]
    found = header.employer_span
    return found is None or not line.start <= found[0] < line.end


def _without_dates(line: str, spans: list[tuple[int, int]]) -> str:
    """Return the line with each date range replaced by a separator of the same length, so
    offsets found in it are offsets in the line."""
    for s, e in sorted(spans, reverse=True):
        blank = " |" + " " * (e - s - 2) if e - s >= 2 else "|"
        line = line[:s] + blank + line[e:]
    return line


def _header_text(layout: _Layout, header: _Header) -> str:
    return "\n".join(layout.lines[i].text for i in sorted(set(header.lines)))


def _label_above(layout: _Layout, index: int) -> str:
    """Returns the line just above a date line when it may label it ("Career Break"): a short
    line that is no bullet (a job's last line of prose is none), else ""."""
    if index == 0:
        return ""
    above = layout.lines[index - 1].text
    return "" if layout.is_bullet(above) or len(above) > 40 else above


def _turned_remote(layout: _Layout, lines: range, found: DateRange, as_of: date) -> date | None:
    """Return the date from which a position was remote when the bullet saying so gives one
    inside the position ("Fully remote since March 2024", "remote from 2021"); None when it was
    remote throughout. Only an open-ended date says when: "Fully remote; delivered the 2018 –
    2019 ERP program" dates a project."""
    for i in lines:
        line = layout.lines[i].text
        if not layout.rules.remote_body(line):
            continue
        for _, _, said in find_date_ranges(line, as_of):
            if said.current and found.start < said.start <= found.end:
                return said.start
        return None
    return None


def _is_remote_location(layout: _Layout, body: str, as_of: date) -> bool:
    """Return True when the body's first line says the job was remote."""
    location = _location_line(layout, body)
    return bool(location) and (
        layout.rules.remote_header(location) or layout.names_remote_place(location, as_of)
    )


def _location_line(layout: _Layout, body: str) -> str:
    """Return the body's first line when it only says where the job was ("Remote", "Remote
    (US)", "Hybrid – Austin, TX"): a header's last line, under the dates. A bullet, a sentence
    or a line naming a job is no location ("" then)."""
    first = body.split("\n", 1)[0].strip()
    if not first or len(first) > 40 or layout.is_bullet(first) or first.endswith("."):
        return ""
    return "" if layout.rules.title_words(first) else first


def _body_lines(layout: _Layout, header: _Header, span: tuple[int, int, str],
                next_first: int | None) -> range:  # fmt: skip
    """Return the indexes of the lines after a position's header up to the next position's header."""
    first = max(header.lines) + 1
    last = layout.line_at(max(span[1] - 1, span[0]))
    if next_first is not None:
        last = min(last, next_first - 1)
    return range(first, last + 1)


def _distributed_by(layout: _Layout, lines: range, section: str) -> Evidence | None:
    """Return the first words of a position's body that say its team was spread out."""
    if not lines:
        return None
    first, last = layout.lines[lines[0]], layout.lines[lines[-1]]
    body = layout.text[first.start : last.end]  # the lines as they are, joined by their "\n"
    found = layout.rules.distributed.search(body)
    if found is None:
        return None
    start, end = first.start + found[0], first.start + found[1]
    return Evidence(body[found[0] : found[1]], start, end, section, "rule")


# --- years ----------------------------------------------------------------------------------
def implausible_reason(position: Position, as_of: date) -> str:
    """Return why a position's dates cannot be summed ("" when they can)."""
    as_of_month = month_index(as_of)
    if position.start.year < MIN_YEAR:
        return "before_1950"
    if month_index(position.start) > as_of_month or month_index(position.end) > as_of_month:
        return "future"
    if position.end < position.start:
        return "end_before_start"
    return ""


def _union_months(intervals: Iterable[tuple[int, int]]) -> int:
    """Return the number of months covered by inclusive (first, last) month intervals."""
    total = 0
    current: tuple[int, int] | None = None
    for first, last in sorted(intervals):
        if current is None or first > current[1] + 1:
            if current is not None:
                total += current[1] - current[0] + 1
            current = (first, last)
        else:
            current = (current[0], max(current[1], last))
    if current is not None:
        total += current[1] - current[0] + 1
    return total


def _years(months: int) -> float:
    return round(months / 12, 1)


def _start(position: Position) -> date:
    return position.start


def _remote_start(position: Position) -> date:
    """The first remote month: a job that turned remote counts from then."""
    return position.remote_since or position.start


def _distributed_start(position: Position) -> date:
    """The first month with a spread-out team: the whole job when a bullet says it led one."""
    return position.start if position.distributed_by is not None else _remote_start(position)


def _runs_it_projects(p: Position) -> bool:
    return p.is_it and (p.is_pm or p.is_project_support)


def _position_evidence(p: Position) -> tuple[Evidence, ...]:
    return (p.evidence,)


def _spread_evidence(p: Position) -> tuple[Evidence, ...]:
    """The position, and the words saying its team was spread out."""
    return (p.evidence,) if p.distributed_by is None else (p.evidence, p.distributed_by)


@dataclass(frozen=True)
class _Measure:
    counts: Callable[[Position], bool]  # which positions count
    start: Callable[[Position], date] = _start  # from which month on
    internships: bool = False  # student work counts too
    evidence: Callable[[Position], tuple[Evidence, ...]] = _position_evidence  # what shows it


# Every Experience measure in years, read by `summarize` and by the scorer's evidence.
MEASURES: dict[str, _Measure] = {
    "total_years": _Measure(lambda p: True),
    "pm_years": _Measure(lambda p: p.is_pm),
    "it_pm_years": _Measure(lambda p: p.is_pm and p.is_it),
    "remote_years": _Measure(lambda p: p.is_remote, _remote_start),
    # IT projects: managing or supporting them, internships included.
    "it_project_years": _Measure(
        lambda p: _runs_it_projects(p) or (p.is_it and p.is_internship), internships=True
    ),
    "technical_years": _Measure(lambda p: p.is_technical),
    "remote_it_years": _Measure(lambda p: p.is_remote and p.is_it, _remote_start),
    "distributed_it_project_years": _Measure(
        lambda p: p.is_distributed and _runs_it_projects(p),
        _distributed_start,
        False,
        _spread_evidence,
    ),
}


def evidence_toward(measure: str, position: Position) -> tuple[Evidence, ...]:
    """Returns what shows that a position counts toward an Experience measure; () when it
    does not count."""
    found = MEASURES.get(measure)
    if found is None or (position.is_internship and not found.internships):
        return ()
    return found.evidence(position) if found.counts(position) else ()


def summarize(positions: Sequence[Position], as_of: date) -> Experience:
    """Return the years of paid, PM, IT PM and remote work; overlaps merged, gaps not counted."""
    flags: list[str] = []
    kept: list[Position] = []
    for position in positions:
        if implausible_reason(position, as_of):
            if IMPLAUSIBLE_DATE not in flags:
                flags.append(IMPLAUSIBLE_DATE)
        else:
            kept.append(position)

    def years(measure: _Measure) -> float:
        return _years(
            _union_months(
                (month_index(measure.start(p)), month_index(p.end))
                for p in kept
                if (measure.internships or not p.is_internship) and measure.counts(p)
            )
        )

    return Experience(
        positions=tuple(kept),
        flags=tuple(flags),
        **{name: years(measure) for name, measure in MEASURES.items()},
    )
