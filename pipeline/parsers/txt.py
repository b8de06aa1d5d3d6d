"""Plain-text résumés in UTF-8, UTF-16 or the old Windows/Latin-1 code pages."""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING

from pipeline.errors import ParseError
from pipeline.models import Document
from pipeline.text.normalize import normalize_text, obfuscation_flags

if TYPE_CHECKING:
    from pipeline.parsers import ParseLimits

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\f\x1a")


def parse(data: bytes, limits: ParseLimits) -> Document:
    """Returns the Document of a text file, decoded in the encoding it most likely uses."""
    if len(data) > 4 * limits.max_text_chars + 4:  # no encoding spends more than 4 bytes a char
        raise ParseError(text_too_long(limits), code="too_large")
    raw, encoding = decode(data)
    text = normalize_text(plain_markdown(raw))
    if not text:
        raise ParseError("the file contains no text", code="empty")
    return Document(
        text=text,
        format="txt",
        pages=1,
        flags=obfuscation_flags(raw),
        engine=f"text/{encoding}",
    )


# Markdown's marks, as a résumé kept in Markdown (or pasted from a chat) carries them: a title in
# "**IT Project Manager**" was no title, so the job lost its PM years.
_MD_HEADING = re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+(?=\S)")
# Bounded: an unclosed "**" would otherwise try every later one on its line (80 kB took 15 s).
_MD_STRONG = re.compile(r"(?<![\w*])(\*\*|__)(?=\S)([^\n]{1,200}?)(?<=\S)\1(?![\w*])")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*])\*(?![\w*])")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\(((?:https?://|mailto:)[^)\s]+)\)")


def plain_markdown(text: str) -> str:
    """Returns the text without Markdown's heading, emphasis and link marks."""
    if "#" in text:
        text = _MD_HEADING.sub("", text)
    if "**" in text or "__" in text:
        text = _MD_STRONG.sub(r"\2", text)
    if "*" in text:
        text = _MD_EMPHASIS.sub(r"\1", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1 (\2)", text)
    return text


def text_too_long(limits: ParseLimits) -> str:
    """Returns the message for a text longer than the cap."""
    return f"the file holds more than {limits.max_text_chars:,} characters of text"


def decode(data: bytes) -> tuple[str, str]:
    """Returns the decoded text and the name of the encoding used."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # cp1252 leaves five bytes undefined; Latin-1 maps every byte
        return data.decode("latin-1"), "latin-1"


def _utf16_without_bom(data: bytes) -> str:
    """Returns "utf-16-le"/"utf-16-be" when every other byte is mostly NUL, else ""."""
    sample = data[:4096]
    if len(sample) < 4:
        return ""
    half = len(sample) // 2
    even_nul = sample[0::2].count(0) / half
    odd_nul = sample[1::2].count(0) / half
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return ""


def looks_like_text(data: bytes) -> bool:
    """Returns True when the bytes decode to text with few control characters."""
    sample = data[:8192]
    if any(sample.startswith(bom) for bom, _ in _BOMS) or _utf16_without_bom(sample):
        return True
    controls = sum(sample.count(b) for b in _CONTROL_BYTES)
    return controls <= max(2, len(sample) // 50)
