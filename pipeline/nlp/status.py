"""Decides for each certification mention whether it is held, in progress, expired or negated.

The cues are data (taxonomy/context.yaml). "Preparing for the PMP exam" must never count as a PMP,
so any cue beats the default `held`, and the strongest cue wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import models
from pipeline.errors import TaxonomyError
from pipeline.facts.dates import find_date_ranges, parse_date_point
from pipeline.nlp.mentions import (
    Statuses,
    mentions,
    release_mentions,
    set_statuses,
    status_at,
    statuses,
)
from pipeline.nlp.patterns import CERT_LABEL
from pipeline.nlp.registry import registered_taxonomy

# Strongest first; otherwise "held". A mention about someone else's certificate is no claim at all.
STATUS_ORDER: tuple[models.MentionStatus, ...] = (
    "not_a_claim",
    "negated",
    "expired",
    "in_progress",
)


def _status(ent: Span) -> models.MentionStatus | None:
    found = status_at(statuses(ent.doc), ent.start, ent.end)
    return None if found is None else found[0]


def _cue(ent: Span) -> str:
    found = status_at(statuses(ent.doc), ent.start, ent.end)
    return "" if found is None else found[1]


# For readers of single Spans (tests, debugging); the pipeline reads `statuses(doc)`.
Span.set_extension("cert_status", getter=_status, force=True)
Span.set_extension("status_cue", getter=_cue, force=True)


@dataclass(frozen=True)
class StatusCues:
    window: int
    clause_break: re.Pattern[str]
    before: dict[str, list[re.Pattern[str]]]
    after: dict[str, list[re.Pattern[str]]]
    line: dict[str, list[re.Pattern[str]]]
    expiry: list[re.Pattern[str]]

    @classmethod
    def from_rules(cls, rules: dict[str, Any]) -> StatusCues:
        """Returns compiled cues; raises TaxonomyError naming the bad key."""
        try:
            statuses = rules["statuses"]

            def compile_all(where: str) -> dict[str, list[re.Pattern[str]]]:
                return {
                    status: [
                        re.compile(p, re.IGNORECASE)
                        for p in statuses.get(status, {}).get(where, [])
                    ]
                    for status in STATUS_ORDER
                }

            return cls(
                window=int(rules.get("window", 60)),
                clause_break=re.compile(rules.get("clause_breaks", r"[;|\n]")),
                before=compile_all("before"),
                after=compile_all("after"),
                line=compile_all("line"),
                expiry=[re.compile(p, re.IGNORECASE) for p in rules.get("expiry", [])],
            )
        except (KeyError, TypeError, ValueError, re.error) as exc:
            raise TaxonomyError(f"context.yaml: {exc.__class__.__name__}: {exc}") from exc


class CertStatus:
    """Records the status and its cue of every certification entity (`statuses(doc)`)."""

    def __init__(self, cues: StatusCues):
        self.cues = cues

    def __call__(self, doc: Doc) -> Doc:
        as_of: date = doc.user_data.get("as_of") or date.today()
        text: str = doc.user_data.get("text") or doc.text
        certs = [e for e in mentions(doc) if e.label_ == CERT_LABEL]
        groups = _lists(text, certs)
        decided: Statuses = {}
        for n, group in enumerate(groups):
            # A list shares its context: "Preparing for PMP and CAPM", "PMP, CSM - studying for both".
            first, last = group[0], group[-1]
            prev_end = groups[n - 1][-1].end_char if n else 0
            next_start = groups[n + 1][0].start_char if n + 1 < len(groups) else len(text)
            status, cue = self.decide(
                text, first.start_char, last.end_char, prev_end, next_start, as_of
            )
            for ent in group:
                decided[ent.start] = (ent.end, status, cue)
            if len(group) > 1 and _OWN_NOTE.match(text, last.end_char):
                # "CSM, PMP (in progress)", "CSM, PMP candidate": the note is the last one's own.
                status, cue = self.decide(
                    text, first.start_char, group[-2].end_char, prev_end, last.start_char, as_of
                )
                for ent in group[:-1]:
                    decided[ent.start] = (ent.end, status, cue)
        set_statuses(doc, decided)
        # The last component of build_nlp's pipeline: a Doc holding Spans in user_data could not
        # be pickled, serialised or sent through nlp.pipe(n_process>1).
        release_mentions(doc)
        return doc

    def decide(
        self, text: str, start: int, end: int, prev_end: int, next_start: int, as_of: date
    ) -> tuple[models.MentionStatus, str]:
        """Returns (status, the cue text that decided it) for one mention at [start, end)."""
        w = self.cues.window
        before = text[max(prev_end, start - w) : start]
        breaks = list(self.cues.clause_break.finditer(before))
        if breaks:
            before = before[breaks[-1].end() :]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        after = self._after(text, end, line_end, next_start)
        for status in STATUS_ORDER:
            for where, segment in (("before", before), ("after", after), ("line", line)):
                for pattern in getattr(self.cues, where)[status]:
                    m = pattern.search(segment)
                    if m:
                        return status, m.group(0).strip()
            if status == "expired":
                for pattern in self.cues.expiry:
                    m = pattern.search(after)
                    if m and _before(m.group("date"), as_of) and not _someone_elses_end(after, m):
                        return "expired", m.group(0).strip()
                # "PMP (2014–2020)", "CSM, 2015 to 2019": held for a span that has ended.
                ended = self._ended_span(after, as_of)
                if ended:
                    return "expired", ended
        # "Expired:" on its own line over "CSM, 2014" and "PMI-ACP, 2016".
        label = _label_above(text, line_start)
        return _LABELLED.get(label.lower().replace("-", " "), "held"), label

    def _after(self, text: str, end: int, line_end: int, next_start: int) -> str:
        """Returns what is said of a mention after it: its clause, then the parts of its line and
        the lines under it that say how it stands."""
        w = self.cues.window
        after = text[end : min(next_start, end + w)]
        cut = self.cues.clause_break.search(after)
        if cut:
            clause = after[: cut.start()]
        elif end + w >= next_start and next_start < len(text):
            # It runs on to the next mention: the words after the last joining word are that
            # one's ("PMP certified and pursuing PgMP"). The next mention still reads them all as
            # its own `before`, so a cue for it is never lost ("CSM holder studying for and
            # registered to sit the PMP"); at worst the first is read as not held.
            clause = _before_last_join(after)
        else:
            clause = after
        if cut is not None and after[cut.start()] != "\n":
            # "PMP | Issued 04/2016 | Expires 04/2025": the parts of its line that say how it stands.
            rest_end = min(next_start, line_end if line_end >= 0 else len(text))
            rest = text[end + cut.end() : rest_end] if end + cut.end() < rest_end else ""
            clause += "\n" + "\n".join(
                part for part in self.cues.clause_break.split(rest) if _STATUS_LINE.match(part)
            )
        # LinkedIn's layout: "Issued Jan 2015 · Expired Jan 2021" under the name and issuer (none
        # when the next mention is on this line).
        return clause + "\n" + _status_lines_below(text, line_end, next_start)

    @staticmethod
    def _ended_span(after: str, as_of: date) -> str:
        """Returns the last date range the clause gives the certificate when it has ended
        ("PMP (2014–2020)", "CSM, 2015 to 2019"), else "". A current range ("2019–present")
        means held; the dates of a job the clause goes on to ("PMP-certified PM at Acme,
        2015-19") are not the certificate's."""
        spans = []
        for r_start, r_end, span in find_date_ranges(after, as_of):
            if _JOB_WORDS.search(after, 0, r_start):
                break
            if span.valid:
                spans.append((span, after[r_start:r_end]))
        if not spans or any(span.current for span, _ in spans):
            return ""
        last, said = max(spans, key=lambda found: found[0].end)
        return said if _ended(last.end, last.precision, as_of) else ""


# Items of a list share one line ("PMP, CSM - studying for both"); a line break ends the list
# unless an "and"/"or" carries it over, since each line of a certifications section is its own
# item ("CAPM" above "PMP - in progress").
_LIST_GLUE = re.compile(r"^[ \t,/&+]*(?:(?:and|or)\b[\s,/]*)?\Z", re.IGNORECASE)


def _lists(text: str, certs: list[Span]) -> list[list[Span]]:
    """Returns the mentions grouped into lists joined only by commas, slashes, 'and', 'or'."""
    groups: list[list[Span]] = []
    for ent in certs:
        if groups and _LIST_GLUE.match(text[groups[-1][-1].end_char : ent.start_char]):
            groups[-1].append(ent)
        else:
            groups.append([ent])
    return groups


_CLAUSE_JOIN = re.compile(r",|\b(?:and|but|while|plus|whilst)\b", re.IGNORECASE)


def _before_last_join(between: str) -> str:
    """Returns the text between two mentions up to its last joining comma or word."""
    joins = list(_CLAUSE_JOIN.finditer(between))
    return between[: joins[-1].start()] if joins else between


def _before(when: str, as_of: date) -> bool:
    """Returns True when an expiry date ("2025", "Mar 2025", "03/2025", "14/02/2025") lies
    before as_of: a month counts to its end, a year to December."""
    found = parse_date_point(when, as_of)
    return found is not None and found < (as_of.year, as_of.month)


def _ended(end: date, precision: str, as_of: date) -> bool:
    """Returns True when a range's end lies before as_of (a year's end counted to December)."""
    if precision == "year":
        return end.year < as_of.year
    return (end.year, end.month) < (as_of.year, as_of.month)


_JOB_WORDS = re.compile(
    r"\b(?:at|with|for|as|on|pm|manager|lead|led|managed|managing|role|position)\b", re.IGNORECASE
)
# Lines under a certificate that say how it stands (the issuer's line between may be skipped).
_STATUS_LINE = re.compile(
    r"[ \t]*(?:issued|expire[sd]?|expiration|expiry|exp\.|valid|status|lapsed|renewed|"
    r"credential|active|inactive|in progress|pending|exam)\b",
    re.IGNORECASE,
)
# ... or after the issuer and a separator ("Scrum Alliance · Issued Feb 2018 · Expired Feb 2022");
# not in brackets after a name ("CCNP Enterprise (expired 2012)" is an item of its own).
_STATUS_WORDS = re.compile(
    r"[^\n·|•(]{0,60}[·|•]\s*(?:issued|expire[sd]|expiration|expiry|lapsed|status\s*:)",
    re.IGNORECASE,
)
_LINES_BELOW = 3
_LIST_ITEM = re.compile(r"[ \t]*[-*\u2013\u2014\u2022]\s")
# A label on a line of its own over a list of certificates: "Expired:", "In progress", "Current:".
_STATUS_LABEL = re.compile(
    r"[ \t]*(?:(?:certifications?|credentials?)[ \t]*[(\[:\u2013\u2014-][ \t]*)?"
    r"(expired|lapsed|inactive|in[ -]progress|pending|planned|current|active)"
    r"[)\]]?(?:[ \t]+certifications?)?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
_LINES_ABOVE = 8
# Any other label on a line of its own ("Completed:", "Earned:") ends the reach of one above.
_OTHER_LABEL = re.compile(r"[ \t]*[^\W\d_][\w '&/-]{0,30}:[ \t]*")
# A bare "until"/"through" names the certificate's end only close after it, with no job between:
# "PMP certified since 2012 and Scrum coach through 2020" does not end the PMP.
_BARE_END = re.compile(r"(?:until|till|through|thru)\b", re.IGNORECASE)
_OTHER_SUBJECT = re.compile(
    r"\b(?:and|who|while|served|serving|worked|working|used|coach|coaching|as|at|with|for|role|"
    r"lead)\b",
    re.IGNORECASE,
)


def _someone_elses_end(after: str, m: re.Match[str]) -> bool:
    """Return True when a bare "until <date>" in the clause ends something else than the
    certificate (a job, a role named after it)."""
    if not _BARE_END.match(m.group(0)):
        return False
    between = after[: m.start()]
    return len(between) > 45 or _OTHER_SUBJECT.search(between) is not None


_LABELLED: dict[str, models.MentionStatus] = {
    "expired": "expired",
    "lapsed": "expired",
    "inactive": "expired",
    "in progress": "in_progress",
    "pending": "in_progress",
    "planned": "in_progress",
}


def _status_lines_below(text: str, line_end: int, next_start: int) -> str:
    """Returns the short lines right under a certificate's line, up to the next mention or blank
    line, that say how it stands ("Issued Jan 2015 · Expired Jan 2021", "Status: Lapsed")."""
    found = []
    pos = line_end
    for _ in range(_LINES_BELOW):
        if pos < 0 or pos + 1 >= next_start:
            break
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        line = text[pos + 1 : end]
        if not line.strip() or len(line) > 80 or end > next_start:
            break
        if _STATUS_LABEL.fullmatch(line) or _LIST_ITEM.match(line):
            # "Expired:" labels the certificates under it, not the one above; "- CCNA (expired
            # 2019)" is an item of its own, though the taxonomy does not know it.
            break
        if _STATUS_LINE.match(line) or _STATUS_WORDS.match(line):
            found.append(line)
        pos = end
    return "\n".join(found)


def _label_above(text: str, line_start: int) -> str:
    """Returns the status label ("Expired", "In progress") on its own line over a certificate's
    line and the other short lines of its list, else ""."""
    pos = line_start - 1
    for _ in range(_LINES_ABOVE):
        if pos <= 0:
            return ""
        start = text.rfind("\n", 0, pos) + 1
        line = text[start:pos]
        if not line.strip() or len(line) > 80:
            return ""
        found = _STATUS_LABEL.fullmatch(line)
        if found:
            return found.group(1)
        if _OTHER_LABEL.fullmatch(line):
            return ""  # "Completed:" over this list: an earlier label does not reach it
        pos = start - 1
    return ""


# A note right after the last of a list that is its own, unless it says it is for all of them.
_OWN_NOTE = re.compile(
    r"[ \t]*(?:[(\[](?![^)\]\n]*\b(?:both|all|each|either)\b)|(?:exam\s+)?candidate\b)",
    re.IGNORECASE,
)


@Language.factory("cert_status", default_config={"taxonomy": ""}, requires=["doc.ents"])
def make_cert_status(nlp: Language, name: str, taxonomy: str) -> CertStatus:
    rules = registered_taxonomy(taxonomy).rules.get("context", {})
    return CertStatus(StatusCues.from_rules(rules))
