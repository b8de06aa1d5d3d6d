"""Parsers keyed by the real file type, sniffed from the bytes rather than trusted from the suffix."""

from __future__ import annotations

import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import ParseError, ScreeningError, UnsupportedFormat
from pipeline.models import Document
from pipeline.parsers import docx, pdf, txt

SUPPORTED = "PDF, DOCX, TXT"


@dataclass(frozen=True)
class ParseLimits:
    """Caps that keep one hostile file from exhausting time or memory."""

    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 50
    max_zip_entries: int = 2_000
    # DOCX: sum of the declared sizes of all zip entries; PDF: sum of the inflated Flate streams
    max_unzipped_bytes: int = 200 * 1024 * 1024
    max_xml_part_bytes: int = 20 * 1024 * 1024  # one XML part, decompressed
    max_compression_ratio: float = 200.0
    max_ocr_pages: int = 10
    ocr_timeout_s: float = 60.0
    ocr_dpi: int = 200
    ocr_max_pixels: int = 40_000_000  # a page rendered for OCR; a letter page at 200 dpi is 3.7 M
    # spaCy refuses texts over 1,000,000 characters; a résumé of 60 dense pages has ~200,000.
    max_text_chars: int = 200_000


Parser = Callable[[bytes, ParseLimits], Document]

PARSERS: dict[str, Parser] = {
    "docx": docx.parse,
    "txt": txt.parse,
    "encrypted_office": docx.parse_encrypted_office,
}
PDF_ENGINES: dict[str, Parser] = {
    "pdfium": pdf.parse_pdfium,
    "pdfplumber": pdf.parse_pdfplumber,
}


def parse(path: Path, *, pdf_engine: str = "pdfium", limits: ParseLimits | None = None) -> Document:
    """Returns the Document of the file at `path`; raises ParseError or UnsupportedFormat."""
    limits = limits or ParseLimits()
    path = Path(path)
    try:
        data = _read(path, limits)
        fmt = detect_format(data)
        if fmt == "empty":
            raise ParseError("the file is empty", code="empty")
        if fmt == "pdf":
            if pdf_engine not in PDF_ENGINES:
                raise ScreeningError(
                    f"unknown PDF engine {pdf_engine!r}; choose from {', '.join(PDF_ENGINES)}"
                )
            parser = PDF_ENGINES[pdf_engine]
        elif fmt in PARSERS:
            parser = PARSERS[fmt]
        else:
            raise UnsupportedFormat(
                f"unsupported file type ({fmt}); supported formats are {SUPPORTED}"
            )
        document = parser(data, limits)
        if len(document.text) > limits.max_text_chars:
            raise ParseError(txt.text_too_long(limits), code="too_large")
        return document
    except ScreeningError as exc:
        if exc.path is None:
            exc.path = path
        raise
    except RecursionError as exc:
        raise ParseError(
            "the file's structure is too deeply nested", path=path, code="corrupt"
        ) from exc
    except (OSError, MemoryError) as exc:
        raise ParseError(
            f"cannot read the file ({type(exc).__name__})", path=path, code="unreadable"
        ) from exc
    except Exception as exc:  # libraries raise IndexError, ValueError, ... on broken files
        raise ParseError(
            f"the file is damaged ({type(exc).__name__})", path=path, code="corrupt"
        ) from exc


def _read(path: Path, limits: ParseLimits) -> bytes:
    """Returns the file's bytes after checking it is a regular file within the size cap."""
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        raise ParseError("the file no longer exists", code="missing") from exc
    if not stat.S_ISREG(st.st_mode):
        raise ParseError("not a regular file", code="not_a_file")  # a FIFO would block for ever
    if st.st_size > limits.max_bytes:
        raise ParseError(
            f"the file is larger than {limits.max_bytes // (1024 * 1024)} MB", code="too_large"
        )
    with path.open("rb") as fh:
        # Asked for the cap, read() sets aside 20 MB a file and gives back what the file left;
        # the size stat() saw costs a third. A file that grew since is read on, up to the cap.
        data = fh.read(st.st_size + 1)
        if len(data) > st.st_size:
            data += fh.read(limits.max_bytes + 1 - len(data))
    if len(data) > limits.max_bytes:
        raise ParseError(
            f"the file is larger than {limits.max_bytes // (1024 * 1024)} MB", code="too_large"
        )
    return data


_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"{\\rtf", "rtf"),
    (b"\x7fELF", "elf"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
    (b"\x1f\x8b", "gzip"),
    (b"%!PS", "postscript"),
)
# "12 0 obj": the body of a PDF whose header was lost; PDFium decides whether it can be read.
_PDF_OBJECT = re.compile(rb"\d+[ \t\r\n\x00]+\d+[ \t\r\n\x00]+obj\b")


def detect_format(data: bytes) -> str:
    """Returns the file type named by the leading bytes: "pdf", "docx", "txt", "rtf", ..."""
    if not data.strip(b" \t\r\n\x00"):
        return "empty"
    if b"%PDF-" in data[:1024]:  # the spec lets junk precede the header
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if data.startswith(_OLE2):
        # An encrypted OOXML file is an OLE2 container holding an "EncryptedPackage" stream.
        if "EncryptedPackage".encode("utf-16-le") in data:
            return "encrypted_office"
        return "doc"
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data.startswith(b"MZ") and b"\x00" in data[:64]:
        return "exe"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]:
        return "html"
    if head.startswith(b"<?xml"):
        return "xml"
    if txt.looks_like_text(data):
        return "txt"
    if _PDF_OBJECT.search(data, 0, 1 << 20):
        return "pdf"
    return "unknown"


def _zip_kind(data: bytes) -> str:
    """Returns "docx", "odt", "xlsx", "pptx", "epub" or "zip" from the entry names in the bytes."""
    # Local file headers carry the names in clear, so a truncated archive is still recognised.
    head = data[:65536]
    if b"word/document.xml" in data or b"word/_rels/" in head:
        return "docx"
    if head[30:38] == b"mimetype":
        if b"opendocument.text" in head[:200]:
            return "odt"
        if b"epub" in head[:200]:
            return "epub"
        return "opendocument"
    if b"xl/workbook" in data:
        return "xlsx"
    if b"ppt/presentation" in data:
        return "pptx"
    return "zip"
