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

# The characters _TABLE changes, for `_apply_table`: str.translate with a mapping costs ~40 ns a
# character of any text (0.1 ms a résumé), a search for the few characters it changes far less.
_TABLE_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")

_CRLF = re.compile(r"\r\n?")
# Runs of white space other than a line feed, but for a lone " " (which needs no work; most
# résumé spaces): each match costs a substitution.
_SPACES = re.compile(r" [^\S\n]+|[^\S \n][^\S\n]*")
_ODD_SPACE = re.compile(r"[^\S \n]")  # white space _SPACES turns into " "
_BULLET_AT_START = re.compile("(?m)^[ \ue000]*\ue000[ \ue000]*")
_HYPHEN_BREAK = re.compile(r"([a-zà-öø-ÿ])-\n(?=[a-zà-öø-ÿ])")
_BLANK_RUNS = re.compile(r"\n{3,}")
_COLUMN_TAB = re.compile(r"(?<=[^\W_]{2})[ \t]*\t[ \t]*(?=[^\W_])")
# ... but not inside a date: "June 2018<tab>to<tab>Present", "Jan<tab>2019".
_DATE_WORD_BEFORE = re.compile(
    r"\b(?:to|until|till|through|thru|from|since|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|"
    r"may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$",
    re.IGNORECASE,
)
_DATE_WORD_AFTER = re.compile(
    r"(?:to|until|till|through|thru|present|current|now)\b", re.IGNORECASE
)
# A line set in spaced-out letters, as designed résumés set their headings and names
# ("P R O F E S S I O N A L   E X P E R I E N C E", "S K I L L S  &  T O O L S"): words of two or
# more letters one space apart, two or more spaces between words, "&", "/", "+" or "|" alone.
_SPACED_WORD = r"[^\W\d_](?: [^\W\d_])+"
_SPACED_PART = rf"(?:{_SPACED_WORD}|[&/+|])"
_SPACED_LINE = re.compile(rf"(?m)^ *({_SPACED_PART}(?: {{2,}}{_SPACED_PART})*) *$")
_WORD_GAP = re.compile(" {2,}")
_LINE_EDGES = re.compile(r" +\n *|\n +")  # spaces around a line feed, not the line feed alone

# Cyrillic and Greek letters drawn exactly like Latin ones (a subset of Unicode's confusables.txt).
# "Jіra" with a Cyrillic і reads as Jira; such words are folded to Latin and flagged.
_LOOKALIKES = {
    **dict(zip("аеорсу\u0445ѕіјһԁԛԝӏ", "aeopcyxsijhdqwl", strict=True)),
    **dict(zip("АВЕКМНОРСТХУЅІЈԚԜ", "ABEKMHOPCTXYSIJQW", strict=True)),
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοριν", "ABEZHIKMNOPTYXopiv", strict=True)),
}
_FOLD = str.maketrans(_LOOKALIKES)
_HAS_LOOKALIKE = re.compile("[" + "".join(_LOOKALIKES) + "]")
_WORD = re.compile(r"[^\W\d_]+")
_FOREIGN = re.compile("[\u0370-\u03ff\u0400-\u052f]")  # Greek and Cyrillic blocks
# Signs that a word was written to look like one thing and read by a machine as another.
_INVISIBLE = (
    "\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\u3164\ufeff"
)
_INVISIBLE_IN_WORD = re.compile(f"[A-Za-z][{_INVISIBLE}]+[A-Za-z]")
_FULL_WIDTH_LATIN = re.compile("[\uff21-\uff3a\uff41-\uff5a]")
# A character each disguise needs: one scan for it finds most texts innocent, where the search
# for an invisible character inside a word tries its pattern at every letter.
_DISGUISE_CHARS = re.compile(f"[{_INVISIBLE}\uff21-\uff3a\uff41-\uff5a{''.join(_LOOKALIKES)}]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Every character _characters changes and the later steps look for: table characters, the
# bullet placeholder, lone surrogates, white space other than " " and "\n" (the table holds the
# rest of what str.isspace() and \s accept) and look-alikes.
_UNUSUAL = re.compile(
    "["
    + "".join(re.escape(chr(c)) for c in sorted(_TABLE))
    + "\ue000\ud800-\udfff\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
    + "".join(_LOOKALIKES)
    + "]"
)
# The only characters on which str.lower() and case-insensitive matching disagree about ASCII
# letters (found by testing every code point): "İ".lower() is "i" plus a combining dot, while
# "ı", "ſ" and the Kelvin sign match i, s and k case-insensitively but lower() leaves them (or
# maps K to k outside the regex's view). Text without them can be lower-cased and searched for
# ASCII terms exactly as a case-insensitive search would find them.
CASE_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")
OBFUSCATED = "obfuscated_text"


def normalize_text(s: str) -> str:
    """Returns `s` in NFKC with invisible characters removed, bullets as "- " and tidy lines."""
    try:
        return _normalize(s)
    except Exception:  # never let odd input stop a batch; fall back to the bare minimum
        return "".join(ch for ch in str(s) if ch == "\n" or ch.isprintable())


def _normalize(s: str) -> str:
    if "\r" in s:
        s = _CRLF.sub("\n", s)
    if "\t" in s:
        # A tab between words separates columns ("IT Project Manager<tab>Nationwide<tab>2019 –
        # Present"): kept as a separator, not lost in a space. After a bullet or a number it
        # only indents.
        s = _COLUMN_TAB.sub(_column_tab, s)
    # Most non-ASCII text (an en dash is enough) holds no character that the steps below change
    # or look for, which one scan shows: it then skips their scans of the text.
    plain = not s.isascii() and not _UNUSUAL.search(s) and unicodedata.is_normalized("NFKC", s)
    if not plain:
        s = _characters(s)
    s = _SPACED_LINE.sub(_close_up, s)
    # The table turned ASCII white space into " " and "\n": only two spaces in a row or other
    # (Unicode) white space need the pattern. The checks cost far less than its scan of the text.
    if "  " in s or (not plain and not s.isascii() and _ODD_SPACE.search(s)):
        s = _SPACES.sub(" ", s)
    if " \n" in s or "\n " in s:
        s = _LINE_EDGES.sub("\n", s)
    if "-\n" in s:
        s = _HYPHEN_BREAK.sub(r"\1", s)
    if "\n\n\n" in s:
        s = _BLANK_RUNS.sub("\n\n", s)
    if not plain and not s.isascii() and _HAS_LOOKALIKE.search(s):
        s = fold_lookalikes(s)
    return s.strip()


def _column_tab(match: re.Match[str]) -> str:
    """Returns " | " for a tab between two columns, " " for one inside a date."""
    text = match.string
    before = text[max(0, match.start() - 12) : match.start()]
    if _DATE_WORD_BEFORE.search(before) or _DATE_WORD_AFTER.match(text, match.end()):
        return " "
    return " | "


def _close_up(match: re.Match[str]) -> str:
    """Returns a spaced-out line with its letters closed up ("E X P E R I E N C E" reads
    "EXPERIENCE"); a line of fewer than four letters ("U S A") is left alone."""
    words = [w.replace(" ", "") for w in _WORD_GAP.split(match.group(1))]
    if sum(map(len, words)) < 4:
        return match.group(0)
    return " ".join(words)


def _characters(s: str) -> str:
    """Returns `s` without invisible or control characters or lone surrogates, in NFKC, with
    bullets read."""
    s = _apply_table(s)
    if not s.isascii() and _SURROGATE.search(s):
        # A lone surrogate (a broken ToUnicode map, bytes decoded with surrogateescape) cannot be
        # encoded: spaCy's tokenizer and every UTF-8 writer would fail on it.
        s = _SURROGATE.sub("\ufffd", s)
    if not s.isascii() and not unicodedata.is_normalized("NFKC", s):
        s = unicodedata.normalize("NFKC", s)
        s = _apply_table(s)  # NFKC can create new controls/format characters (rare)
    if _BULLET_MARK in s:
        s = _BULLET_AT_START.sub("- ", s)
        s = s.replace(_BULLET_MARK, " | ")
    return s


def _apply_table(s: str) -> str:
    """Returns `s.translate(_TABLE)`."""
    return _TABLE_CHARS.sub(_table_char, s) if _TABLE_CHARS.search(s) else s


def _table_char(match: re.Match[str]) -> str:
    return _TABLE[ord(match.group(0))] or ""


def fold_lookalikes(s: str) -> str:
    """Returns `s` with Cyrillic/Greek look-alike letters turned Latin in the words they disguise.

    A word is disguised when it mixes Latin letters with look-alikes ("PМP"), or when it is made of
    look-alikes only in a text with (almost) no genuine Cyrillic or Greek, so that real Russian or
    Greek words are left alone. Counting only letters that are not look-alikes keeps the decision
    the same after folding, which keeps normalize_text idempotent.
    """
    words = _WORD.findall(s)
    letters = sum(len(w) for w in words)
    genuine = sum(1 for w in words for ch in w if _FOREIGN.match(ch) and ch not in _LOOKALIKES)
    latin_text = genuine <= 0.02 * letters

    def fold(match: re.Match[str]) -> str:
        word = match.group(0)
        if not _HAS_LOOKALIKE.search(word):
            return word
        foreign = [ch for ch in word if _FOREIGN.match(ch)]
        if any(ch not in _LOOKALIKES for ch in foreign):
            return word  # a real Cyrillic/Greek word
        has_latin = any("a" <= ch.lower() <= "z" for ch in word)
        if has_latin or (latin_text and len(word) >= 2):
            return word.translate(_FOLD)
        return word

    return _WORD.sub(fold, s)


def obfuscation_flags(raw: str) -> tuple[str, ...]:
    """Returns ("obfuscated_text",) when raw text disguises words, else ().

    Disguises: invisible characters inside a Latin word ("Ji\u200bra"), full-width Latin letters
    ("ＰＭＰ") and Cyrillic/Greek look-alikes. normalize_text reads all three as the word a reader
    sees, so matches are kept, but never silently: the flag marks the file for a human look.
    """
    if raw.isascii() or not _DISGUISE_CHARS.search(raw):
        return ()
    if _INVISIBLE_IN_WORD.search(raw) or _FULL_WIDTH_LATIN.search(raw):
        return (OBFUSCATED,)
    if _HAS_LOOKALIKE.search(raw):
        text = unicodedata.normalize("NFKC", raw.translate(_TABLE))
        if fold_lookalikes(text) != text:
            return (OBFUSCATED,)
    return ()
