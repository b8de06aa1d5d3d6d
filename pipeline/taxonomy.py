"""Loads and validates taxonomy/*.yaml: the entries résumés are searched for and the role profiles.

Every entry and criterion quotes the line of job-descriptions.txt it comes from, so each score can
say which requirement it serves. Validation is done once, here, and names file, key and problem.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, TypeGuard

import yaml

from pipeline.errors import TaxonomyError
from pipeline.models import DEGREE_LEVELS, ROLE_KEYS

DOCUMENT = "job-descriptions.txt"
ENTRY_FILES = {"certifications.yaml": "certifications", "skills.yaml": "skills"}
ROLES_FILE = "roles.yaml"

CATEGORIES = ("certification", "tool", "method", "technical", "compliance", "business", "soft")
KINDS = ("certification", "skill_group", "soft_skill", "experience", "degree")
IMPORTANCES = ("required", "strongly_preferred", "recommended", "preferred")
MEASURES = (
    "total_years",
    "pm_years",
    "it_pm_years",
    "remote_years",
    "it_project_years",
    "technical_years",
    "remote_it_years",
    "distributed_it_project_years",
)
LEVELS = tuple(level for level in DEGREE_LEVELS if level != "none")
FIELDS = ("computing", "engineering", "business", "project_management", "other")

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ENTRY_KEYS = {
    "id",
    "name",
    "category",
    "aliases",
    "acronyms",
    "not",
    "not_patterns",
    "method_aliases",
    "implies",
    "fuzzy",
    "source",
}
_SOURCE_KEYS = {"line", "quote", "beyond_document"}
_ROLE_KEYS = {"title", "source", "criteria"}
_CRITERION_KEYS = {
    "certification": {"entries", "min_count", "full_count"},
    "skill_group": {"entries", "min_count", "full_count"},
    "soft_skill": {"entries", "min_count", "full_count"},
    "experience": {"measure", "band", "over_measure"},
    "degree": {"level", "fields"},
}
_COMMON_CRITERION_KEYS = {"id", "kind", "importance", "weight", "source"}
_MAX_PROBLEMS_IN_ERROR = 25


@dataclass(frozen=True)
class Source:
    line: int
    quote: str
    beyond_document: str = ""


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    category: str
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...]
    not_phrases: tuple[str, ...]
    fuzzy: bool
    source: Source
    # Regular expressions for near-misses a phrase cannot write ("Hybrid – Denver, CO").
    not_patterns: tuple[str, ...] = ()
    # A certification's aliases or acronyms that also name its method ("PRINCE2"), as bare
    # names: alone in a skills list or a summary they say the candidate knows the method, not
    # that they hold the certificate (pipeline.facts._names_the_method).
    method_aliases: frozenset[str] = frozenset()
    # Aliases, as bare names, that name other entries too: "Scrum ceremonies" is Agile ceremonies
    # run the Scrum way. The longest match takes the words, so without this the other entry is
    # never mentioned there.
    implies: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Criterion:
    id: str
    kind: str
    importance: str
    weight: float
    source: Source
    entries: tuple[str, ...] = ()
    min_count: int = 1  # entries needed to meet the criterion
    full_count: int = 0  # entries needed for full credit (0: the same as min_count)
    measure: str = ""
    band: tuple[float, float | None] = (0.0, None)
    # What is held against the band's maximum (over-qualification); "" means `measure`.
    over_measure: str = ""
    level: str = ""
    fields: tuple[str, ...] = ()

    @cached_property
    def entry_set(self) -> frozenset[str]:
        """Returns the entries as a set, for membership tests on the scoring path."""
        return frozenset(self.entries)


@dataclass(frozen=True)
class RoleProfile:
    key: str
    title: str
    source: Source
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class Taxonomy:
    directory: Path
    entries: dict[str, Entry]
    roles: dict[str, RoleProfile]
    rules: dict[str, Any]
    digest: str

    def certifications(self) -> list[Entry]:
        """Returns the certification entries in file order."""
        return [e for e in self.entries.values() if e.category == "certification"]

    def skills(self) -> list[Entry]:
        """Returns every non-certification entry in file order."""
        return [e for e in self.entries.values() if e.category != "certification"]


def default_directory() -> Path:
    """Returns the installed taxonomy folder, or taxonomy/ of the source checkout."""
    try:
        # joinpath on a file also works when the data package is a namespace package.
        roles = resources.files("pipeline.taxonomy_data").joinpath(ROLES_FILE)
        path = Path(str(roles)).parent
        if (path / ROLES_FILE).is_file():
            return path
    except (ModuleNotFoundError, TypeError, ValueError):
        pass
    return Path(__file__).resolve().parent.parent / "taxonomy"


def load_taxonomy(directory: Path | None = None) -> Taxonomy:
    """Returns the validated taxonomy; raises TaxonomyError listing the problems found."""
    directory = Path(directory) if directory is not None else default_directory()
    checker = _Checker(directory)
    problems = checker.run()
    if problems:
        shown = problems[:_MAX_PROBLEMS_IN_ERROR]
        more = len(problems) - len(shown)
        lines = [f"taxonomy in {directory} has {len(problems)} problem(s):", *shown]
        if more:
            lines.append(f"... and {more} more (run `resume-screen taxonomy check`)")
        raise TaxonomyError("\n".join(lines), path=directory)
    data = checker.read  # each file parsed once: the check read them all, and found no problem
    entries: dict[str, Entry] = {}
    for name, top in ENTRY_FILES.items():
        for raw in data[name][top]:
            entries[raw["id"]] = _entry(raw)
    roles = {key: _role(key, data[ROLES_FILE]["roles"][key]) for key in ROLE_KEYS}
    rules = {
        Path(name).stem: value or {}
        for name, value in sorted(data.items())
        if name not in ENTRY_FILES and name != ROLES_FILE
    }
    return Taxonomy(directory, entries, roles, rules, taxonomy_digest(directory))


def check_taxonomy(directory: Path) -> list[str]:
    """Returns every problem in the taxonomy folder, one line each: "<file>: <where>: <what>"."""
    return _Checker(Path(directory)).run()


def _validate_rules(name: str, data: Any, lines: list[str] | None) -> list[str]:
    """Returns the problems the owning stage finds in one of the other YAML files."""
    # Imported here: the stages import this module, and only a check needs their validators.
    from pipeline.facts.education import validate_education_rules
    from pipeline.facts.experience import validate_title_rules

    if name == "titles.yaml":
        return validate_title_rules(data, lines)
    if name == "education.yaml":
        return validate_education_rules(data, lines)
    if name == "context.yaml":
        return _validate_patterns(name, data)
    return []


def _validate_patterns(name: str, data: Any, where: str = "") -> list[str]:
    """Returns a problem for every string in a nested structure that is not a valid regex."""
    if isinstance(data, dict):
        return [
            p
            for k, v in data.items()
            if k not in ("source", "note")
            for p in _validate_patterns(name, v, f"{where}/{k}".strip("/"))
        ]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in _validate_patterns(name, v, f"{where}[{i}]")]
    if isinstance(data, str):
        try:
            re.compile(data)
        except re.error as exc:
            return [f"{name}: {where}: bad regular expression: {exc}"]
    return []


def describe_role(taxonomy: Taxonomy, role: str) -> str:
    """Returns what a role asks for, grouped by importance, each criterion with its source line."""
    if role not in taxonomy.roles:
        raise TaxonomyError(f"unknown role {role!r}; choose one of {', '.join(taxonomy.roles)}")
    profile = taxonomy.roles[role]
    total = sum(c.weight for c in profile.criteria)
    out = [f"{profile.title} [{profile.key}] (line {profile.source.line}), total weight {total:g}"]
    for importance in IMPORTANCES:
        group = [c for c in profile.criteria if c.importance == importance]
        if not group:
            continue
        out.append("")
        out.append(importance.replace("_", " ").capitalize())
        for c in group:
            out.append(f"  - {c.id} ({c.kind}, weight {c.weight:g}): {_what(taxonomy, c)}")
            out.append(f'      line {c.source.line}: "{c.source.quote}"')
            if c.source.beyond_document:
                out.append(f"      beyond the document: {c.source.beyond_document}")
    return "\n".join(out)


def _what(taxonomy: Taxonomy, c: Criterion) -> str:
    if c.kind == "experience":
        low, high = c.band
        span = f"{low:g}+" if high is None else f"{low:g}-{high:g}"
        over = f"; above {high:g} judged on {c.over_measure}" if c.over_measure else ""
        return f"{span} years ({c.measure}{over})"
    if c.kind == "degree":
        return f"{c.level} or higher in {', '.join(c.fields)}"
    names = [taxonomy.entries[e].name if e in taxonomy.entries else e for e in c.entries]
    need = "any" if c.min_count == 1 else f"{c.min_count} of"
    full = f" (full credit for {c.full_count})" if c.full_count > c.min_count else ""
    return f"{need}{full}: {', '.join(names)}"


# libyaml's C loader reads the taxonomy ~10x faster than the pure-Python one (~1 s at start-up,
# in the parent and in every worker); same safe subset, same error marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    try:
        return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        return yaml.safe_load(text)  # the pure-Python loader words its errors for people


def taxonomy_digest(directory: Path) -> str:
    """Returns the hex SHA-256 over a taxonomy folder's file names and bytes."""
    sha = hashlib.sha256()
    for path in sorted(p for p in directory.iterdir() if p.is_file()):
        sha.update(path.name.encode())
        sha.update(b"\0")
        sha.update(path.read_bytes())
    return sha.hexdigest()


def _source(raw: dict[str, Any]) -> Source:
    return Source(int(raw["line"]), str(raw["quote"]), str(raw.get("beyond_document") or ""))


def _entry(raw: dict[str, Any]) -> Entry:
    return Entry(
        id=raw["id"],
        name=raw["name"],
        category=raw["category"],
        aliases=tuple(raw.get("aliases") or ()),
        acronyms=tuple(raw.get("acronyms") or ()),
        not_phrases=tuple(raw.get("not") or ()),
        fuzzy=bool(raw.get("fuzzy", True)),
        source=_source(raw["source"]),
        not_patterns=tuple(raw.get("not_patterns") or ()),
        method_aliases=frozenset(bare_name(a) for a in raw.get("method_aliases") or ()),
        implies=tuple(
            (bare_name(alias), tuple(ids)) for alias, ids in (raw.get("implies") or {}).items()
        ),
    )


def _role(key: str, raw: dict[str, Any]) -> RoleProfile:
    criteria = []
    for c in raw["criteria"]:
        band = c.get("band") or [0, None]
        criteria.append(
            Criterion(
                id=c["id"],
                kind=c["kind"],
                importance=c["importance"],
                weight=float(c["weight"]),
                source=_source(c["source"]),
                entries=tuple(c.get("entries") or ()),
                min_count=int(c.get("min_count", 1)),
                full_count=int(c.get("full_count", 0) or 0),
                measure=c.get("measure", ""),
                band=(float(band[0]), None if band[1] is None else float(band[1])),
                over_measure=c.get("over_measure", ""),
                level=c.get("level", ""),
                fields=tuple(c.get("fields") or ()),
            )
        )
    return RoleProfile(key, raw["title"], _source(raw["source"]), tuple(criteria))


def _alias_key(alias: str) -> str:
    """Returns the form two aliases collide in: case, hyphens and spacing do not matter."""
    return " ".join(alias.lower().replace("-", " ").split())


def bare_name(text: str) -> str:
    """Returns the letters and digits of a name, lower-cased: what a mention is compared with an
    entry's method aliases and implying aliases in ("PRINCE2®" is "prince2")."""
    return "".join(c for c in text.lower() if c.isalnum())


def _is_text(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and bool(value.strip())


def _is_number(value: object) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


class _Checker:
    """Collects every problem of one taxonomy folder."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.problems: list[str] = []
        self.lines: list[str] | None = None
        self.entries: dict[str, tuple[str, str]] = {}  # id -> (file, category)
        self.aliases: dict[str, tuple[str, str, str]] = {}  # key -> (id, file, alias)
        self.acronyms: dict[str, tuple[str, str]] = {}  # acronym -> (id, file)
        self.implied: list[tuple[str, str, str]] = []  # (file, entry id, implied entry id)
        self.entries_read = True  # False when an entry file is unreadable: skip id references
        self.read: dict[str, Any] = {}  # file name -> parsed YAML, for load_taxonomy

    def run(self) -> list[str]:
        if not self.directory.is_dir():
            return [f"{self.directory}: not a directory"]
        self._load_document()
        for name, top in ENTRY_FILES.items():
            data = self._load(name)
            if data is not None:
                self._check_entry_file(name, top, data)
            else:
                self.entries_read = False
        self._check_acronym_alias_clashes()
        if self.entries_read:
            self._check_implied_ids()
        roles = self._load(ROLES_FILE)
        if roles is not None:
            self._check_roles(roles)
        for path in sorted(self.directory.glob("*.yaml")):
            if path.name not in ENTRY_FILES and path.name != ROLES_FILE:
                data = self._load(path.name)
                if data is not None:
                    self.problems += _validate_rules(path.name, data, self.lines)
        return self.problems

    def add(self, file: str, where: str, what: str) -> None:
        self.problems.append(f"{file}: {where}: {what}")

    def _load_document(self) -> None:
        path = self.directory / DOCUMENT
        if not path.is_file():
            self.problems.append(f"{DOCUMENT}: missing; sources cannot be checked")
            return
        self.lines = path.read_text(encoding="utf-8").splitlines()

    def _load(self, name: str) -> Any:
        path = self.directory / name
        if not path.is_file():
            self.problems.append(f"{name}: missing")
            return None
        try:
            data = _read_yaml(path)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = f"line {mark.line + 1}" if mark is not None else "unknown line"
            self.add(name, line, f"YAML syntax error: {exc.problem or exc.context}")
            return None
        except yaml.YAMLError as exc:
            self.add(name, "YAML", f"cannot be read: {exc}")
            return None
        except UnicodeDecodeError:
            self.add(name, "encoding", "is not UTF-8")
            return None
        self.read[name] = data
        return data

    # ---- sources ------------------------------------------------------------------------------
    def _check_source(self, file: str, where: str, raw: Any) -> None:
        if raw is None:
            self.add(file, where, "missing source (line and quote of job-descriptions.txt)")
            return
        if not isinstance(raw, dict):
            self.add(file, where, "source must be a mapping with line and quote")
            return
        for key in sorted(set(raw) - _SOURCE_KEYS):
            self.add(file, where, f"source has unknown key {key!r}")
        line, quote = raw.get("line"), raw.get("quote")
        if not isinstance(line, int) or isinstance(line, bool):
            self.add(file, where, f"source line {line!r} is not a line number")
            return
        if not isinstance(quote, str) or not quote.strip():
            self.add(file, where, "source quote is missing or empty")
            return
        beyond = raw.get("beyond_document")
        if beyond is not None and (not isinstance(beyond, str) or not beyond.strip()):
            self.add(file, where, "beyond_document must say why the entry is beyond the document")
        if self.lines is None:
            return
        if not 1 <= line <= len(self.lines):
            self.add(
                file, where, f"source line {line} is outside the document (1-{len(self.lines)})"
            )
        elif quote not in self.lines[line - 1]:
            found = [str(i) for i, text in enumerate(self.lines, 1) if quote in text]
            hint = f" (it is on line {', '.join(found[:5])})" if found else ""
            self.add(file, where, f"source quote {quote!r} is not on line {line}{hint}")

    # ---- entries ------------------------------------------------------------------------------
    def _check_entry_file(self, file: str, top: str, data: Any) -> None:
        if not isinstance(data, dict) or top not in data:
            self.add(file, top, f"missing top-level key {top!r}")
            return
        items = data[top]
        if not isinstance(items, list):
            self.add(file, top, "must be a list of entries")
            return
        for i, raw in enumerate(items):
            self._check_entry(file, top, i, raw)

    def _check_entry(self, file: str, top: str, index: int, raw: Any) -> None:
        if not isinstance(raw, dict):
            self.add(file, f"{top}[{index}]", "entry must be a mapping")
            return
        entry_id = raw.get("id")
        if not isinstance(entry_id, str) or not _ID.match(entry_id):
            self.add(file, f"{top}[{index}]", f"id {entry_id!r} is not lower-case kebab-case")
            return
        where = entry_id
        if entry_id in self.entries:
            self.add(file, where, f"duplicate id (also in {self.entries[entry_id][0]})")
        for key in sorted(set(raw) - _ENTRY_KEYS):
            self.add(file, where, f"unknown key {key!r}")
        if not isinstance(raw.get("name"), str) or not raw["name"].strip():
            self.add(file, where, "missing name")
        category = raw.get("category")
        if category not in CATEGORIES:
            self.add(
                file, where, f"unknown category {category!r} (use one of {', '.join(CATEGORIES)})"
            )
        elif (category == "certification") != (top == "certifications"):
            self.add(file, where, f"category {category!r} does not belong in {file}")
        self.entries.setdefault(entry_id, (file, str(category)))
        lists = {
            key: raw.get(key) or []
            for key in ("aliases", "acronyms", "not", "not_patterns", "method_aliases")
        }
        for key, values in lists.items():
            if not isinstance(values, list) or not all(_is_text(v) for v in values):
                self.add(file, where, f"{key} must be a list of non-empty strings")
                lists[key] = []
        if not lists["aliases"] and not lists["acronyms"]:
            self.add(file, where, "needs at least one alias or acronym")
        known = {_alias_key(a) for a in [*lists["aliases"], *lists["acronyms"]]}
        self._check_implies(file, where, raw.get("implies"), known)
        for alias in lists["method_aliases"]:
            if _alias_key(alias) not in known:
                self.add(
                    file, where, f"method_aliases: {alias!r} is none of its aliases or acronyms"
                )
        for pattern in lists["not_patterns"]:
            try:
                re.compile(pattern)
            except re.error as exc:
                self.add(file, where, f"not_patterns: bad regular expression {pattern!r}: {exc}")
        if "fuzzy" in raw and not isinstance(raw["fuzzy"], bool):
            self.add(file, where, f"fuzzy {raw['fuzzy']!r} is not true or false")
        for alias in lists["aliases"]:
            key = _alias_key(alias)
            owner = self.aliases.get(key)
            if owner is not None and owner[0] != entry_id:
                self.add(file, where, f"alias {alias!r} is also claimed by {owner[0]} ({owner[1]})")
            else:
                self.aliases.setdefault(key, (entry_id, file, alias))
        for acronym in lists["acronyms"]:
            owner2 = self.acronyms.get(acronym)
            if owner2 is not None and owner2[0] != entry_id:
                self.add(
                    file, where, f"acronym {acronym!r} is also claimed by {owner2[0]} ({owner2[1]})"
                )
            else:
                self.acronyms.setdefault(acronym, (entry_id, file))
        self._check_source(file, where, raw.get("source"))

    def _check_implies(self, file: str, where: str, implies: Any, known: set[str]) -> None:
        if implies is None:
            return
        if not isinstance(implies, dict):
            self.add(file, where, "implies must map aliases to lists of entry ids")
            return
        for alias, ids in implies.items():
            if not _is_text(alias) or _alias_key(alias) not in known:
                self.add(file, where, f"implies: {alias!r} is none of its aliases or acronyms")
            if not isinstance(ids, list) or not all(_is_text(i) for i in ids):
                self.add(file, where, f"implies: {alias!r} must map to a list of entry ids")
            else:
                self.implied.extend((file, where, i) for i in ids)

    def _check_implied_ids(self) -> None:
        for file, where, entry_id in self.implied:
            if entry_id not in self.entries:
                self.add(file, where, f"implies: unknown entry {entry_id!r}")
            elif entry_id == where:
                self.add(file, where, "implies: an entry cannot imply itself")

    def _check_acronym_alias_clashes(self) -> None:
        for acronym, (entry_id, file) in self.acronyms.items():
            owner = self.aliases.get(_alias_key(acronym))
            if owner is not None and owner[0] != entry_id:
                self.add(
                    file,
                    entry_id,
                    f"acronym {acronym!r} is also an alias of {owner[0]} ({owner[1]})",
                )

    # ---- roles --------------------------------------------------------------------------------
    def _check_roles(self, data: Any) -> None:
        file = ROLES_FILE
        if not isinstance(data, dict) or not isinstance(data.get("roles"), dict):
            self.add(file, "roles", "missing top-level mapping 'roles'")
            return
        roles = data["roles"]
        for key in ROLE_KEYS:
            if key not in roles:
                self.add(file, "roles", f"missing role {key!r}")
        for key, raw in roles.items():
            if key not in ROLE_KEYS:
                self.add(file, f"roles/{key}", f"unknown role (use one of {', '.join(ROLE_KEYS)})")
            elif not isinstance(raw, dict):
                self.add(file, key, "role must be a mapping with title, source and criteria")
            else:
                self._check_role(key, raw)

    def _check_role(self, key: str, raw: dict[str, Any]) -> None:
        file = ROLES_FILE
        for extra in sorted(set(raw) - _ROLE_KEYS):
            self.add(file, key, f"unknown key {extra!r}")
        if not isinstance(raw.get("title"), str) or not raw["title"].strip():
            self.add(file, key, "missing title")
        self._check_source(file, key, raw.get("source"))
        criteria = raw.get("criteria")
        if not isinstance(criteria, list) or not criteria:
            self.add(file, key, "criteria must be a non-empty list")
            return
        seen: set[str] = set()
        for i, c in enumerate(criteria):
            if not isinstance(c, dict):
                self.add(file, f"{key}/criteria[{i}]", "criterion must be a mapping")
                continue
            cid = c.get("id")
            where = f"{key}/criteria[{i}] ({cid})"
            if not isinstance(cid, str) or not cid.strip():
                self.add(file, where, "missing id")
            elif cid in seen:
                self.add(file, where, "duplicate criterion id in this role")
            seen.add(str(cid))
            self._check_criterion(where, c)

    def _check_criterion(self, where: str, c: dict[str, Any]) -> None:
        file = ROLES_FILE
        kind = c.get("kind")
        if kind not in KINDS:
            self.add(file, where, f"unknown kind {kind!r} (use one of {', '.join(KINDS)})")
        if c.get("importance") not in IMPORTANCES:
            self.add(
                file,
                where,
                f"unknown importance {c.get('importance')!r} (use one of {', '.join(IMPORTANCES)})",
            )
        weight = c.get("weight")
        if not _is_number(weight):
            self.add(file, where, f"weight {weight!r} is not a number")
        elif weight <= 0:
            self.add(file, where, f"weight {weight!r} must be greater than 0")
        allowed = _COMMON_CRITERION_KEYS | _CRITERION_KEYS.get(str(kind), set())
        for extra in sorted(set(c) - allowed):
            self.add(file, where, f"key {extra!r} does not apply to kind {kind!r}")
        self._check_source(file, where, c.get("source"))
        if kind in ("certification", "skill_group", "soft_skill"):
            self._check_criterion_entries(where, str(kind), c)
        elif kind == "experience":
            self._check_experience(where, c)
        elif kind == "degree":
            self._check_degree(where, c)

    def _check_criterion_entries(self, where: str, kind: str, c: dict[str, Any]) -> None:
        file = ROLES_FILE
        entries = c.get("entries")
        if not isinstance(entries, list) or not entries or not all(_is_text(e) for e in entries):
            self.add(file, where, "entries must be a non-empty list of entry ids")
            return
        for entry_id in entries:
            if entry_id not in self.entries and not self.entries_read:
                continue
            if entry_id not in self.entries:
                self.add(file, where, f"unknown entry {entry_id!r}")
                continue
            category = self.entries[entry_id][1]
            wrong = (
                (kind == "certification" and category != "certification")
                or (kind == "skill_group" and category == "certification")
                or (kind == "soft_skill" and category != "soft")
            )
            if wrong:
                self.add(
                    file,
                    where,
                    f"entry {entry_id!r} is a {category}, not usable in a {kind} criterion",
                )
        limit = len(entries)
        for key in ("min_count", "full_count"):
            count = c.get(key, 1)
            whole = isinstance(count, int) and not isinstance(count, bool)
            if not whole or not 1 <= count <= limit:
                self.add(file, where, f"{key} {count!r} must be a whole number from 1 to {limit}")

    def _check_experience(self, where: str, c: dict[str, Any]) -> None:
        file = ROLES_FILE
        if c.get("measure") not in MEASURES:
            self.add(
                file,
                where,
                f"unknown measure {c.get('measure')!r} (use one of {', '.join(MEASURES)})",
            )
        band = c.get("band")
        if not isinstance(band, list) or len(band) != 2:
            self.add(file, where, f"band {band!r} must be [min, max] years (max may be null)")
            return
        low, high = band
        if not _is_number(low) or low < 0:
            self.add(file, where, f"band minimum {low!r} is not a number of years")
        elif high is not None and (not _is_number(high) or high < low):
            self.add(file, where, f"band maximum {high!r} must be null or a number >= {low}")
        if "over_measure" in c:
            if c["over_measure"] not in MEASURES:
                self.add(
                    file,
                    where,
                    f"unknown over_measure {c['over_measure']!r} (use one of {', '.join(MEASURES)})",
                )
            elif high is None:
                self.add(file, where, "over_measure needs a band maximum to be held against")

    def _check_degree(self, where: str, c: dict[str, Any]) -> None:
        file = ROLES_FILE
        if c.get("level") not in LEVELS:
            self.add(
                file, where, f"unknown level {c.get('level')!r} (use one of {', '.join(LEVELS)})"
            )
        fields = c.get("fields")
        if not isinstance(fields, list) or not fields:
            self.add(file, where, f"fields must be a non-empty list of: {', '.join(FIELDS)}")
            return
        for field in fields:
            if field not in FIELDS:
                self.add(file, where, f"unknown field {field!r} (use one of {', '.join(FIELDS)})")
