"""Contact details for the reports (and blind mode). Never an input to a score."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipeline.models import Contact
from pipeline.text.normalize import CASE_TRAPS

# The lookbehind starts a match only where a run of address characters starts: without it a
# long run with no "@" (a base64 blob, text without spaces) is retried from each of its
# characters, quadratic in the run (100,000 letters took 25 s).
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(
    r"(?<![\w/])(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)|\d{2,4})[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?![\w/])"
)
_LINKEDIN = re.compile(
    r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|pub)/[\w%-]+/?", re.IGNORECASE
)
# Text every _LINKEDIN match holds: its search jumps from one "." to the next, while _LINKEDIN
# (IGNORECASE, cased letters first) is tried at every character.
_DOT_COM = re.compile(r"\.com/", re.IGNORECASE)
_CITY = re.compile(r"\b([A-Z][a-zA-Z.'-]+(?:\s[A-Z][a-zA-Z.'-]+){0,2}),\s?([A-Z]{2}|[A-Z][a-z]+)\b")
_CITY_SEPARATORS = re.compile(r"[|•·]")
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]*)*$")
_DOTTED_ABBREVIATION = re.compile(r"^(?:[^\W\d_]\.){2,}$")  # "B.S.", "M.B.A." - not an initial
_HEAD_LINES = 8


def extract_contact(
    text: str, links: Sequence[str] = (), not_a_name: Callable[[str], bool] = lambda _: False
) -> Contact:
    """Returns name, e-mail, phone, LinkedIn and city found near the contact block of a résumé.

    The contact block is the top of the text, or, when a sidebar or column came first in reading
    order, the lines around the first e-mail address. `not_a_name` rejects lines that look like
    names but are headings, job titles or degrees.
    """
    email = _first(EMAIL, text)
    linkedin = next((link for link in links if "linkedin.com" in link.lower()), "")
    # The search alone costs 0.2 ms a résumé; lower-casing is an exact pre-check but for
    # CASE_TRAPS ("LİNKEDİN.COM"), and both cost more than _DOT_COM, which most texts fail.
    if (
        not linkedin
        and _DOT_COM.search(text)
        and (CASE_TRAPS.search(text) or "linkedin.com" in text.lower())
    ):
        linkedin = _first(_LINKEDIN, text)
    lines = [line for line in map(str.strip, text.split("\n")) if line]
    at = next((i for i, line in enumerate(lines) if email and email in line), 0)
    first = max(0, at - 4) if at >= _HEAD_LINES else 0
    head = lines[first : first + _HEAD_LINES]
    phone = ""
    for line in head:
        m = _PHONE.search(line)
        if m and sum(c.isdigit() for c in m.group(0)) >= 9:
            phone = m.group(0).strip()
            break
    name_line = next(
        (line for line in head[:5] if _looks_like_name(line) and not not_a_name(line)), ""
    )
    name = name_line.split(",", 1)[0].strip()  # "Jane Doe, PMP" -> "Jane Doe"
    city = ""
    for line in head:
        if line == name_line:
            continue
        for part in _CITY_SEPARATORS.split(line):
            if "@" in part or "," not in part:  # every _CITY match holds a comma
                continue
            m = _CITY.search(part)
            if m:
                city = m.group(0).strip()
                break
        if city:
            break
    return Contact(name=name, email=email, phone=phone, linkedin=linkedin, city=city)


def _first(pattern: re.Pattern[str], text: str) -> str:
    m = pattern.search(text)
    return m.group(0) if m else ""


def _looks_like_name(line: str) -> bool:
    """Returns True for a line of two to four capitalised words, such as 'Ingrid Valdés-Moreau'."""
    words = line.partition(",")[0].split()  # "Jane Doe, PMP" -> "Jane Doe"
    if not 2 <= len(words) <= 4 or any(c.isdigit() for c in line):
        return False
    if any(_DOTTED_ABBREVIATION.match(w) or not _NAME_WORD.match(w) for w in words):
        return False
    if line.isupper():  # "JANE DOE"
        return True
    # In a mixed-case line an acronym ("Senior IT Project Manager") means a title, not a name.
    return all(w[0].isupper() and not _is_acronym(w) for w in words)


def _is_acronym(word: str) -> bool:
    letters = word.strip(".'’-")
    return len(letters) > 1 and letters.isupper()
