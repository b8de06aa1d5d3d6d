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
        # A line (after a line feed) whose first letters may be a heading's first word in any
        # case, or whose "&" would be read as "and": the only lines heading_of need look at.
        trie: dict[str, Any] = {}
        for word in filter(None, self._first_words):
            node = trie
            for ch in word:
                node = node.setdefault(ch, {})
            node[""] = {}
        self._maybe_heading = re.compile(
            r"\n[^A-Za-z&\n]*(?:&|" + (_any_case(trie) or "(?!)") + r"(?![A-Za-z]))"
        )

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
        for offset in self._line_starts_to_read(text):
            end = text.find("\n", offset)
            found = self.heading_of(text[offset:] if end < 0 else text[offset:end])
            if found:
                if offset > start or sections or name != "header":
                    sections.append(Section(name, start, offset, heading))
                name, heading = found
                start = offset
        sections.append(Section(name, start, len(text), heading))
        return tuple(s for s in sections if s.end > s.start)

    def _line_starts_to_read(self, text: str) -> list[int]:
        """Returns the offsets of the lines that may be headings, in order: one scan of the text
        instead of heading_of on every line (most fail on their first word)."""
        if "\u0130" in text or "\u212a" in text:
            # The only letters lower() turns into ASCII ones ("İ" into two characters): every
            # line, as read before.
            return [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]
        # A match starts at the line feed before its line: index k in "\n" + text is offset k.
        return [m.start() for m in self._maybe_heading.finditer("\n" + text)]


def _heading_candidates(line: str) -> list[str]:
    """Returns the parts of a line that may be a heading: the whole line, before ':' or '|',
    and before a bracket ("Experience (selected)", "Certifications (active)")."""
    candidates = [line]
    for sep in (":", "|", "\t", "("):
        if sep in line:
            candidates.append(line.split(sep, 1)[0])
    return candidates


def _any_case(node: dict[str, Any]) -> str:
    """Returns the regex of a trie of lower-case ASCII words, matching them in any case."""
    kids = [f"[{ch}{ch.upper()}]" + _any_case(sub) for ch, sub in sorted(node.items()) if ch]
    if not kids:
        return ""
    body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
    return f"(?:{body})?" if "" in node else body


def _key(heading: str) -> str:
    return " ".join(_WORD.findall(heading.lower().replace("&", " and ")))


def section_at(sections: Sequence[Section], offset: int) -> str:
    """Returns the name of the section holding a character offset ('other' when none)."""
    starts = [s.start for s in sections]
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sections[i].start <= offset < sections[i].end:
        return sections[i].name
    return "other"
