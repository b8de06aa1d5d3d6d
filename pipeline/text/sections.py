"""Finds section headings ("PROFESSIONAL EXPERIENCE", "Skills:", "Education | ...") in résumé text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from pipeline.models import Section

_STRIP = " \t-–—•*#=_:|.()[]"
_WORD = re.compile(r"[a-z]+")


class SectionDetector:
    """Splits text into sections using the heading vocabulary of taxonomy/sections.yaml."""

    def __init__(self, rules: dict[str, Any]):
        self.max_words = int(rules.get("max_heading_words", 6))
        self._names: dict[str, str] = {}
        for name, headings in rules.get("headings", {}).items():
            for heading in headings:
                self._names.setdefault(_key(heading), name)
        self._first_words = {key.split(" ", 1)[0] for key in self._names}

    def heading_of(self, line: str) -> tuple[str, str] | None:
        """Returns (section name, heading text) when the line opens a section."""
        stripped = line.strip()
        if not stripped or len(stripped) > 60:
            return None
        # Every candidate starts the line, cut at a separator that is no letter, so its key has
        # no word or starts with the line's first word: most lines fail on that word alone.
        first = _WORD.search(stripped.lower().replace("&", " and "))
        if first is None or first.group() not in self._first_words:
            return None
        for candidate in _heading_candidates(stripped):
            key = _key(candidate)
            if not key or len(key.split()) > self.max_words:
                continue
            if key in self._names:
                return self._names[key], candidate.strip(_STRIP)
            # "Education & Credentials", "Skills and Certifications": headings joined by "and"
            # open the section of the first one.
            parts = key.split(" and ")
            if len(parts) > 1 and all(part in self._names for part in parts):
                return self._names[parts[0]], candidate.strip(_STRIP)
        return None

    def detect(self, text: str) -> tuple[Section, ...]:
        """Returns the sections in order; text before the first heading is a 'header' section."""
        sections: list[Section] = []
        name, heading, start = "header", "", 0
        offset = 0
        for line in text.split("\n"):
            found = self.heading_of(line)
            if found:
                if offset > start or sections or name != "header":
                    sections.append(Section(name, start, offset, heading))
                name, heading = found
                start = offset
            offset += len(line) + 1
        sections.append(Section(name, start, len(text), heading))
        return tuple(s for s in sections if s.end > s.start)


def _heading_candidates(line: str) -> list[str]:
    """Returns the parts of a line that may be a heading: the whole line, before ':' or '|'."""
    candidates = [line]
    for sep in (":", "|", "\t"):
        if sep in line:
            candidates.append(line.split(sep, 1)[0])
    return candidates


def _key(heading: str) -> str:
    return " ".join(_WORD.findall(heading.lower().replace("&", " and ")))


def section_at(sections: Sequence[Section], offset: int) -> str:
    """Returns the name of the section holding a character offset ('other' when none)."""
    starts = [s.start for s in sections]
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sections[i].start <= offset < sections[i].end:
        return sections[i].name
    return "other"
