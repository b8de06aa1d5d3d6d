"""Text normalisation shared by every parser: what a reader sees, in plain Unicode."""

from __future__ import annotations

import re
import unicodedata

# Characters a reader never sees or that only decorate: deleted before NFKC, because NFKC would
# otherwise turn the trademark signs into the letters "TM" / "SM".
_DELETE = (
    "\u00ad"  # soft hyphen
    "\u034f"  # combining grapheme joiner
    "\u061c"  # Arabic letter mark
    "\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e"
    "\u200b\u200c\u200d\u200e\u200f"  # zero-width and direction marks
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f"
    "\u3164\ufeff\uffa0\ufff9\ufffa\ufffb"
    "\u00ae\u2122\u2120"  # ® ™ ℠
)
_BULLETS = (
    "\u2022\u2023\u2024\u2043\u2219\u25aa\u25ab\u25a0\u25a1\u25cf\u25cb\u25c6\u25c7\u25ba\u25b6"
    "\u25b8\u25e6\u25d8\u25d9\u2605\u2606\u2713\u2714\u2794\u27a2\u27a4\u27a9\u2756\u2666\u2660"
    "\u2663\u2665\u29bf\u29be\u2b9a\u25fe\u25fd\u25fc\u25fb\u2043\u00b7\u30fb"
    "\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8\uf0e0\uf0f0\uf0de"  # Symbol/Wingdings private-use bullets
)
_BULLET_MARK = "\ue000"  # private-use placeholder: survives NFKC and the control-char pass

_TABLE: dict[int, str | None] = {ord(c): None for c in _DELETE}
_TABLE.update({ord(c): _BULLET_MARK for c in _BULLETS})
_TABLE.update({0x2028: "\n", 0x2029: "\n", 0x0085: "\n", ord("\r"): "\n", ord("\t"): " "})
# C0/C1 control characters other than the line feed (NUL included) are dropped.
_TABLE.update({c: None for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]})
_TABLE.update({c: None for c in range(0x7F, 0xA0) if c != 0x85})

_CRLF = re.compile(r"\r\n?")
_SPACES = re.compile(r"[^\S\n]+")
_BULLET_AT_START = re.compile("(?m)^[ \ue000]*\ue000[ \ue000]*")
_HYPHEN_BREAK = re.compile(r"([a-zà-öø-ÿ])-\n(?=[a-zà-öø-ÿ])")
_BLANK_RUNS = re.compile(r"\n{3,}")
_LINE_EDGES = re.compile(r" *\n *")


def normalize_text(s: str) -> str:
    """Returns `s` in NFKC with invisible characters removed, bullets as "- " and tidy lines."""
    try:
        return _normalize(s)
    except Exception:  # never let odd input stop a batch; fall back to the bare minimum
        return "".join(ch for ch in str(s) if ch == "\n" or ch.isprintable())


def _normalize(s: str) -> str:
    if "\r" in s:
        s = _CRLF.sub("\n", s)
    s = s.translate(_TABLE)
    if not s.isascii() and not unicodedata.is_normalized("NFKC", s):
        s = unicodedata.normalize("NFKC", s)
        s = s.translate(_TABLE)  # NFKC can create new controls/format characters (rare)
    if _BULLET_MARK in s:
        s = _BULLET_AT_START.sub("- ", s)
        s = s.replace(_BULLET_MARK, " | ")
    s = _SPACES.sub(" ", s)
    s = _LINE_EDGES.sub("\n", s)
    if "-\n" in s:
        s = _HYPHEN_BREAK.sub(r"\1", s)
    s = _BLANK_RUNS.sub("\n\n", s)
    return s.strip()
