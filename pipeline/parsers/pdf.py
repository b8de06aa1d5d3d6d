"""PDF résumés: PDFium (default, fast) or pdfplumber, both in column-aware reading order.

PDFium's text follows the content stream, which is already the reading order for most files. Only
when the stream glues the lines of two columns together (see `_stream_interleaves`) is the page put
in order from the positions of its text runs (`order_fragments`), the costly path.
"""

from __future__ import annotations

import ctypes
import functools
import io
import os
import re
import shutil
import subprocess
import threading
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pipeline.errors import ParseError
from pipeline.models import Document
from pipeline.parsers.colors import DARK, NEAR_WHITE, luminance
from pipeline.text.normalize import normalize_text, obfuscation_flags

if TYPE_CHECKING:
    from pipeline.parsers import ParseLimits

MIN_VISIBLE_PT = 2.0  # text smaller than this is not meant to be read
MIN_GUTTER_PT = 9.0  # narrowest blank strip accepted between two columns
_CID = re.compile(r"\(cid:\d+\)")
_PAGE_NUMBER = re.compile(r"\d+")
_GARBAGE = re.compile("[\ufffd\ue000-\uf8ff\x00-\x09\x0b-\x1f]")
_FPDF_PAGEOBJ_TEXT = 1
_FPDF_PAGEOBJ_PATH = 2
_FPDF_PAGEOBJ_IMAGE = 3
_FPDF_PAGEOBJ_FORM = 5
_PERM_COPY = 0x10
# "endstream" is told apart by hand: a pattern that opens with a look-behind cannot use re's fast
# search for its literal, and took 50 us to scan a 3 kB file.
_STREAM_START = re.compile(rb"stream(?:\r\n|\n|\r)")
_CHUNK = 1 << 16


@dataclass(frozen=True)
class Fragment:
    """A run of text on one line, in top-down page coordinates (points)."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str


@dataclass
class _PageText:
    lines: list[str]
    hidden: list[str]
    ocr: bool = False


# --------------------------------------------------------------------------------------------
# Compression bombs


def check_compression(data: bytes, limits: ParseLimits) -> None:
    """Raises ParseError(code="zip_bomb") when the Flate streams inflate beyond the cap.

    PDFium inflates a content stream whole: a 2 KB stream deflated twice (a "nested Flate bomb")
    that inflates to 1 GB makes it abort the process when memory runs out. Each stream is
    inflated here first, a chunk at a time and only up to the cap, so memory stays flat.
    """
    budget = limits.max_unzipped_bytes
    for match in _STREAM_START.finditer(data):
        if data[max(match.start() - 3, 0) : match.start()] == b"end":
            continue
        start = match.end()
        if not _is_zlib(data[start : start + 2]):
            continue
        budget -= _inflated_size(data, start, budget + 1)
        if budget < 0:
            raise ParseError(
                "the PDF holds compressed data that would expand beyond "
                f"{limits.max_unzipped_bytes // (1024 * 1024)} MB",
                code="zip_bomb",
            )


def _is_zlib(head: bytes) -> bool:
    return len(head) == 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


def _inflated_size(data: bytes, start: int, cap: int) -> int:
    """Returns the inflated size of the zlib stream at `start` (layers unwrapped), at most ~cap."""
    stream: Iterator[bytes] = _inflate(
        data[i : i + _CHUNK] for i in range(start, len(data), _CHUNK)
    )
    for _ in range(4):  # /Filter [/FlateDecode /FlateDecode ...]: inflate the inner layers too
        first = next(stream, b"")
        if _is_zlib(first[:2]):
            stream = _inflate(_chain(first, stream))
        else:
            stream = _chain(first, stream)
            break
    size = 0
    for chunk in stream:
        size += len(chunk)
        if size >= cap:
            break
    return size


def _chain(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def _inflate(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Yields the inflated data of zlib `chunks` in pieces of at most 1 MB; stops at an error."""
    inflater = zlib.decompressobj()
    for chunk in chunks:
        while chunk:
            try:
                out = inflater.decompress(chunk, 1 << 20)
            except zlib.error:
                return
            if out:
                yield out
            if inflater.eof:
                return
            chunk = inflater.unconsumed_tail


# --------------------------------------------------------------------------------------------
# PDFium engine


# PDFium is not thread-safe: two threads inside it at once crash the process (seen with a
# threaded Dask worker). Every PDFium call goes through this lock; worker processes never contend.
_PDFIUM_LOCK = threading.RLock()


def parse_pdfium(data: bytes, limits: ParseLimits) -> Document:
    """Returns the Document of a PDF read with PDFium."""
    check_compression(data, limits)
    with _PDFIUM_LOCK:
        return _parse_pdfium(data, limits)


def _parse_pdfium(data: bytes, limits: ParseLimits) -> Document:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if raw.FPDF_GetLastError() == raw.FPDF_ERR_PASSWORD:
            raise ParseError("the PDF needs a password to open", code="encrypted") from exc
        raise ParseError("the PDF is damaged and cannot be opened", code="corrupt") from exc
    try:
        flags: list[str] = []
        if raw.FPDF_GetSecurityHandlerRevision(pdf.raw) != -1 and not (
            raw.FPDF_GetDocPermissions(pdf.raw) & _PERM_COPY
        ):
            flags.append("copy_protected")
        n_pages = len(pdf)
        _check_pages(n_pages, limits)
        pages: list[_PageText] = []
        ocr_budget = [limits.max_ocr_pages]
        for index in range(n_pages):
            try:
                page = pdf[index]
            except pdfium.PdfiumError:  # one broken page object; the others may still be read
                pages.append(_PageText([], []))
                if "damaged_pages" not in flags:
                    flags.append("damaged_pages")
                continue
            try:
                pages.append(_pdfium_page(page, limits, ocr_budget))
            finally:
                page.close()
    finally:
        pdf.close()
    if n_pages and "damaged_pages" in flags and not any(p.lines for p in pages):
        raise ParseError("the PDF is damaged: none of its pages can be read", code="corrupt")
    return _document(pages, n_pages, flags, engine="pdfium")


def _pdfium_page(page: Any, limits: ParseLimits, ocr_budget: list[int]) -> _PageText:
    """Returns the visible lines and hidden text of one page."""
    textpage = page.get_textpage()
    try:
        scan = _scan_objects(page, textpage)
        if not scan.has_text:
            if scan.has_images and ocr_budget[0] > 0:
                ocr_budget[0] -= 1
                return _PageText(_ocr(page, limits).splitlines(), [], ocr=True)
            return _PageText([], [])
        interleaved = _stream_interleaves(scan.visible)
        if scan.hidden or interleaved:
            frags = [_with_text(f, textpage) for f in scan.visible]
            frags = [f for f in frags if f.text.strip()]
            hidden = [_with_text(f, textpage).text for f in scan.hidden]
            lines = order_fragments(frags) if interleaved else _stream_lines(frags)
            return _PageText(lines, [h for h in hidden if h.strip()])
        text = textpage.get_text_range()
        return _PageText(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), [])
    finally:
        textpage.close()


class _Calls:
    """The PDFium functions the object scan calls, with handles passed and returned as ints.

    pypdfium2 declares each handle as a typed pointer: making one for every object and checking
    it on every call cost ~0.12 us a call, and the scan makes four or six calls for each of the
    ~120 text runs of a résumé. The signatures are pypdfium2's own, handle types made c_void_p.
    """

    def __init__(self, raw: Any):
        handles = {raw.FPDF_PAGE, raw.FPDF_PAGEOBJECT, raw.FPDF_TEXTPAGE}

        def plain(func: Any) -> Any:
            argtypes = [ctypes.c_void_p if t in handles else t for t in func.argtypes]
            restype = ctypes.c_void_p if func.restype in handles else func.restype
            prototype: Any = ctypes.CFUNCTYPE(restype, *argtypes)
            return prototype(ctypes.cast(func, ctypes.c_void_p).value)  # the same C function

        self.page_object = plain(raw.FPDFPage_GetObject)
        self.form_object = plain(raw.FPDFFormObj_GetObject)
        self.form_count = plain(raw.FPDFFormObj_CountObjects)
        self.type = plain(raw.FPDFPageObj_GetType)
        self.bounds = plain(raw.FPDFPageObj_GetBounds)
        self.fill = plain(raw.FPDFPageObj_GetFillColor)
        self.matrix = plain(raw.FPDFPageObj_GetMatrix)
        self.font_size = plain(raw.FPDFTextObj_GetFontSize)
        self.draw_mode = plain(raw.FPDFPath_GetDrawMode)
        self.text = plain(raw.FPDFTextObj_GetText)


@functools.cache
def _calls() -> _Calls:
    """Returns the scan's PDFium functions, declared once a process."""
    import pypdfium2.raw as raw

    return _Calls(raw)


@dataclass
class _Scan:
    visible: list[Any]  # (Fragment without text, pdfium object handle)
    hidden: list[Any]
    has_text: bool
    has_images: bool


class _Obj:
    """A PDFium text object with its page-space box; text is read only when needed."""

    __slots__ = ("handle", "x0", "top", "x1", "bottom")

    def __init__(self, handle: Any, x0: float, top: float, x1: float, bottom: float):
        self.handle = handle
        self.x0, self.top, self.x1, self.bottom = x0, top, x1, bottom


def _scan_objects(page: Any, textpage: Any) -> _Scan:
    """Returns the page's text objects split into visible and hidden, and whether it has images."""
    import pypdfium2.raw as raw

    left, bottom, right, top = page.get_cropbox()
    height = top
    fl, fb, fr, ft = (ctypes.c_float() for _ in range(4))
    cr, cg, cb, ca = (ctypes.c_uint() for _ in range(4))
    size = ctypes.c_float()
    matrix = raw.FS_MATRIX()
    visible: list[_Obj] = []
    hidden: list[_Obj] = []
    whites: list[_Obj] = []
    backgrounds: list[tuple[float, float, float, float]] = []
    has_images = False

    # Bound once: this loop runs for every text run of a page. The c_float/c_uint instances are
    # passed as they are (ctypes takes their address itself): byref() objects are checked against
    # the pointer argtypes by a slower path, ~0.5 us a call.
    calls = _calls()
    get_type, get_bounds, get_fill = calls.type, calls.bounds, calls.fill
    white = 255 * NEAR_WHITE
    # Glyphs this tall cannot come from a tiny font: shorter runs (and NaN boxes) are measured.
    tall = 1.5 * MIN_VISIBLE_PT

    def walk(container: Any, count: int, get: Any, depth: int, form_matrix: Any) -> None:
        nonlocal has_images
        for i in range(count):
            obj = get(container, i)
            kind = get_type(obj)
            if kind == _FPDF_PAGEOBJ_TEXT:
                get_bounds(obj, fl, fb, fr, ft)
                if form_matrix is None:
                    x0, y0, x1, y1 = fl.value, fb.value, fr.value, ft.value
                else:
                    x0, y0, x1, y1 = _transform_box(
                        form_matrix, fl.value, fb.value, fr.value, ft.value
                    )
                item = _Obj(obj, x0, height - y1, x1, height - y0)
                get_fill(obj, cr, cg, cb, ca)
                if (
                    ca.value == 0
                    or x1 < left
                    or x0 > right
                    or y1 < bottom
                    or y0 > top
                    or (not y1 - y0 >= tall and _tiny(obj, form_matrix, calls, size, matrix))
                ):
                    hidden.append(item)
                    continue
                visible.append(item)
                if cr.value >= white and cg.value >= white and cb.value >= white:
                    whites.append(item)
            elif kind == _FPDF_PAGEOBJ_IMAGE:
                has_images = True
                get_bounds(obj, fl, fb, fr, ft)
                backgrounds.append(
                    _transform_box(form_matrix, fl.value, fb.value, fr.value, ft.value)
                )
            elif kind == _FPDF_PAGEOBJ_PATH:
                if _dark_filled_path(obj, calls, cr, cg, cb, ca):
                    get_bounds(obj, fl, fb, fr, ft)
                    backgrounds.append(
                        _transform_box(form_matrix, fl.value, fb.value, fr.value, ft.value)
                    )
            elif kind == _FPDF_PAGEOBJ_FORM and depth < 8:
                inner = raw.FS_MATRIX()
                calls.matrix(obj, inner)
                walk(obj, calls.form_count(obj), calls.form_object, depth + 1, inner)

    walk(page.raw, raw.FPDFPage_CountObjects(page.raw), calls.page_object, 0, None)
    for item in whites:  # white text is only hidden when nothing dark lies beneath it
        cx, cy = (item.x0 + item.x1) / 2, height - (item.top + item.bottom) / 2
        if not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in backgrounds):
            visible.remove(item)
            hidden.append(item)
    has_text = bool(visible or hidden) and textpage.count_chars() > 0
    return _Scan(visible, hidden, has_text, has_images)


def _tiny(obj: int, form_matrix: Any, calls: _Calls, size: Any, matrix: Any) -> bool:
    """Returns True when the text object's effective font size is under MIN_VISIBLE_PT.

    Only asked of runs under 1.5 * MIN_VISIBLE_PT tall: it costs two PDFium calls.
    """
    calls.font_size(obj, size)
    calls.matrix(obj, matrix)
    scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
    if form_matrix is not None:
        scale *= abs(form_matrix.a * form_matrix.d - form_matrix.b * form_matrix.c) ** 0.5
    return 0 < size.value * scale < MIN_VISIBLE_PT


def _dark_filled_path(obj: int, calls: _Calls, cr: Any, cg: Any, cb: Any, ca: Any) -> bool:
    """Returns True for a filled path dark enough for white text to be read on it."""
    fill_mode = ctypes.c_int()
    stroke = ctypes.c_int()
    if not calls.draw_mode(obj, fill_mode, stroke) or fill_mode.value == 0:
        return False
    calls.fill(obj, cr, cg, cb, ca)
    return ca.value > 0 and luminance(cr.value, cg.value, cb.value) < 255 * DARK


def _transform_box(
    m: Any, x0: float, y0: float, x1: float, y1: float
) -> tuple[float, float, float, float]:
    """Returns the box mapped by the form matrix `m` (None: unchanged), as (left, bottom, right, top)."""
    if m is None:
        return x0, y0, x1, y1
    xs, ys = [], []
    for x, y in ((x0, y0), (x0, y1), (x1, y0), (x1, y1)):
        xs.append(m.a * x + m.c * y + m.e)
        ys.append(m.b * x + m.d * y + m.f)
    return min(xs), min(ys), max(xs), max(ys)


def _with_text(item: _Obj, textpage: Any) -> Fragment:
    """Returns the fragment of a PDFium text object, with its text."""
    get_text = _calls().text
    n_bytes = get_text(item.handle, textpage.raw, None, 0)
    buffer = ctypes.create_string_buffer(n_bytes)
    get_text(
        item.handle, textpage.raw, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), n_bytes
    )
    text = buffer.raw.decode("utf-16-le", errors="replace").rstrip("\x00")
    return Fragment(item.x0, item.top, item.x1, item.bottom, text)


def _stream_interleaves(items: Sequence[Any]) -> bool:
    """Returns True when the content stream hops between two columns line by line.

    The cheap check: count "hops", consecutive runs in stream order that sit side by side (about
    the same height, a wide gap between them). Only when several hops cross one strip is the page
    tested for a real column block. A job title with its dates flush right hops too, but the
    bullet lines under it keep such a strip from forming a column.
    """
    hops: list[tuple[float, float]] = []
    for a, b in zip(items, items[1:], strict=False):
        height = max(a.bottom - a.top, b.bottom - b.top, 0.1)
        if abs((a.top + a.bottom) - (b.top + b.bottom)) / 2 > 1.5 * height:
            continue
        if b.x0 - a.x1 >= MIN_GUTTER_PT:
            hops.append((a.x1, b.x0))
        elif a.x0 - b.x1 >= MIN_GUTTER_PT:
            hops.append((b.x1, a.x0))
    if len(hops) < 3:
        return False
    # A column's runs share a left edge; a flush-right date column does not. Lines crossing the
    # strip (bullets under a title) outnumber the hops on a one-column page.
    edge, count = Counter(round(hi) for _, hi in hops).most_common(1)[0]
    if count < 3:
        return False
    crossing = sum(1 for f in items if f.x0 < edge - 1.0 and f.x1 > edge + 1.0)
    if crossing >= count:
        return False
    block = _best_column_block(_rows(items))
    if block is None:
        return False
    x = block[0]
    return sum(1 for lo, hi in hops if lo <= x + 0.5 and x - 0.5 <= hi) >= 3


def _stream_lines(frags: Sequence[Fragment]) -> list[str]:
    """Returns lines in content-stream order, runs on the same line joined by a space."""
    lines: list[str] = []
    previous: Fragment | None = None
    for frag in frags:
        if previous is not None and _same_line(previous, frag) and frag.x0 >= previous.x1 - 1:
            lines[-1] += " " + frag.text
        else:
            lines.append(frag.text)
        previous = frag
    return lines


# --------------------------------------------------------------------------------------------
# pdfplumber engine


def parse_pdfplumber(data: bytes, limits: ParseLimits) -> Document:
    """Returns the Document of a PDF read with pdfplumber, ordered by the same column rules."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    check_compression(data, limits)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PDFPasswordIncorrect as exc:
        raise ParseError("the PDF needs a password to open", code="encrypted") from exc
    except Exception as exc:
        if "password" in type(exc).__name__.lower() or "PDFPasswordIncorrect" in repr(exc):
            raise ParseError("the PDF needs a password to open", code="encrypted") from exc
        raise ParseError("the PDF is damaged and cannot be opened", code="corrupt") from exc
    with pdf:
        flags: list[str] = []
        encryption = getattr(pdf.doc, "encryption", None)
        if encryption and not getattr(pdf.doc, "is_extractable", True):
            flags.append("copy_protected")
        n_pages = len(pdf.pages)
        _check_pages(n_pages, limits)
        pages: list[_PageText] = []
        ocr_budget = limits.max_ocr_pages
        for index, page in enumerate(pdf.pages):
            visible, hidden = _plumber_fragments(page)
            if not visible and not hidden:
                if page.images and ocr_budget > 0:
                    ocr_budget -= 1
                    pages.append(
                        _PageText(_ocr_page_of(data, index, limits).splitlines(), [], True)
                    )
                else:
                    pages.append(_PageText([], []))
                continue
            pages.append(_PageText(order_fragments(visible), [f.text for f in hidden]))
            page.close()
    return _document(pages, n_pages, flags, engine="pdfplumber")


def _plumber_fragments(page: Any) -> tuple[list[Fragment], list[Fragment]]:
    """Returns the page's visible and hidden runs of characters."""
    x0, top, x1, bottom = page.bbox
    backgrounds = [
        (r["x0"], r["top"], r["x1"], r["bottom"])
        for r in (*page.rects, *page.curves)
        if r.get("fill") and _is_dark_color(r.get("non_stroking_color"))
    ] + [(i["x0"], i["top"], i["x1"], i["bottom"]) for i in page.images]
    visible: list[dict[str, Any]] = []
    hidden: list[dict[str, Any]] = []
    chars = page.chars
    for i, ch in enumerate(chars):
        if ch["text"].startswith("(cid:") and i + 1 < len(chars) and chars[i + 1]["text"] == " ":
            # pdfminer cannot name some bullet glyphs (PDFium can): a lone unnamed glyph before a
            # space is read as a bullet, so it neither counts as garbage nor glues to the next word.
            ch = {**ch, "text": "\u2022"}
        outside = ch["x1"] < x0 or ch["x0"] > x1 or ch["bottom"] < top or ch["top"] > bottom
        if outside or ch["size"] < MIN_VISIBLE_PT:
            hidden.append(ch)
        elif _is_white_color(ch.get("non_stroking_color")):
            cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
            on_dark = any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in backgrounds)
            (visible if on_dark else hidden).append(ch)
        else:
            visible.append(ch)
    return _char_runs(visible), _char_runs(hidden)


def _char_runs(chars: Sequence[dict[str, Any]]) -> list[Fragment]:
    """Returns runs of characters that follow each other on one line without a wide gap."""
    runs: list[Fragment] = []
    text: list[str] = []
    box: list[float] = []
    prev: dict[str, Any] | None = None
    for ch in chars:
        size = ch["size"] or 1.0
        if prev is not None:
            gap = ch["x0"] - prev["x1"]
            same = abs(ch["bottom"] - prev["bottom"]) < 0.5 * max(size, prev["size"] or 1.0)
            if same and -0.5 * size <= gap < MIN_GUTTER_PT:
                if gap > 0.2 * size and text and text[-1] != " " and ch["text"] != " ":
                    text.append(" ")
                text.append(ch["text"])
                box = [
                    box[0],
                    min(box[1], ch["top"]),
                    max(box[2], ch["x1"]),
                    max(box[3], ch["bottom"]),
                ]
                prev = ch
                continue
            runs.append(Fragment(box[0], box[1], box[2], box[3], "".join(text)))
        text = [ch["text"]]
        box = [ch["x0"], ch["top"], ch["x1"], ch["bottom"]]
        prev = ch
    if prev is not None:
        runs.append(Fragment(box[0], box[1], box[2], box[3], "".join(text)))
    return [r for r in runs if r.text.strip()]


def _rgb01(color: Any) -> tuple[float, float, float] | None:
    """Returns a pdfplumber colour (gray, RGB or CMYK tuple) as RGB in 0..1, else None."""
    if color is None or isinstance(color, str):
        return None
    if isinstance(color, int | float):
        color = (color,)
    try:
        values = [float(v) for v in color]
    except (TypeError, ValueError):
        return None
    if len(values) == 1:
        return values[0], values[0], values[0]
    if len(values) == 3:
        return values[0], values[1], values[2]
    if len(values) == 4:
        c, m, y, k = values
        return (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    return None


def _is_white_color(color: Any) -> bool:
    rgb = _rgb01(color)
    return rgb is not None and min(rgb) >= NEAR_WHITE


def _is_dark_color(color: Any) -> bool:
    rgb = _rgb01(color)
    return rgb is not None and luminance(*rgb) < DARK


# --------------------------------------------------------------------------------------------
# Reading order from geometry


def order_fragments(frags: Sequence[Fragment], depth: int = 0) -> list[str]:
    """Returns the lines of the fragments in reading order: a column at a time, rows within."""
    rows = _rows(frags)
    if depth > 3 or len(rows) < 3:
        return [_row_text(row) for row in rows]
    block = _best_column_block(rows)
    if block is None:
        return [_row_text(row) for row in rows]
    x, start, end = block
    inside = [f for row in rows[start:end] for f in row]
    left = [f for f in inside if f.x1 <= x + 0.5]
    right = [f for f in inside if f.x1 > x + 0.5]
    return [
        *order_fragments([f for row in rows[:start] for f in row], depth),
        *order_fragments(left, depth + 1),
        *order_fragments(right, depth + 1),
        *order_fragments([f for row in rows[end:] for f in row], depth),
    ]


def _best_column_block(rows: Sequence[Sequence[Any]]) -> tuple[float, int, int] | None:
    """Returns (gutter x, first row, end row) of the largest run of rows set in two columns."""
    starts = Counter(round(f.x0) for row in rows for f in row)
    best: tuple[int, int, float, int, int] | None = None
    for x0, count in starts.items():
        if count < 3:
            continue
        x = x0 - 0.5
        run_start = 0
        for i in range(len(rows) + 1):
            crossing = i == len(rows) or any(f.x0 < x - 0.5 and f.x1 > x + 1.0 for f in rows[i])
            if not crossing:
                continue
            if i - run_start >= 3 and _is_column_block(rows[run_start:i], x):
                key = (i - run_start, -run_start, x, run_start, i)
                if best is None or key[:2] > best[:2]:
                    best = key
            run_start = i + 1
    return None if best is None else (best[2], best[3], best[4])


def _is_column_block(rows: Sequence[Sequence[Any]], x: float) -> bool:
    """Returns True when both sides of `x` hold text in runs of successive lines (real columns)."""
    left = [[f for f in row if f.x1 <= x + 0.5] for row in rows]
    right = [[f for f in row if f.x0 >= x - 0.5] for row in rows]
    left = [side for side in left if side]
    right = [side for side in right if side]
    if len(left) < 2 or len(right) < 2:
        return False
    left_edge = max(f.x1 for side in left for f in side)
    right_edge = min(f.x0 for side in right for f in side)
    if right_edge - left_edge < MIN_GUTTER_PT:
        return False
    return _continuity(left) >= 0.5 and _continuity(right) >= 0.5


def _continuity(lines: Sequence[Sequence[Any]]) -> float:
    """Returns the share of lines that have a neighbour at normal line spacing.

    Lines of a column follow each other closely; dates in a rail beside the titles are several
    lines apart. Measured in points, not rows: the two columns' baselines need not line up.
    """
    spans = [(min(f.top for f in line), max(f.bottom for f in line)) for line in lines]
    close = [
        b[0] - a[1] <= 1.2 * max(a[1] - a[0], b[1] - b[0])
        for a, b in zip(spans, spans[1:], strict=False)
    ]
    joined = sum(
        1 for i in range(len(spans)) if (i > 0 and close[i - 1]) or (i < len(close) and close[i])
    )
    return joined / len(spans)


def _rows(frags: Iterable[Any]) -> list[list[Any]]:
    """Returns the fragments grouped into lines, top to bottom, each line sorted left to right."""
    rows: list[list[Any]] = []
    anchors: list[Any] = []
    for frag in sorted(frags, key=lambda f: (f.top + f.bottom) / 2):
        if anchors and _same_line(anchors[-1], frag):
            rows[-1].append(frag)
        else:
            rows.append([frag])
            anchors.append(frag)
    for row in rows:
        row.sort(key=lambda f: f.x0)
    return rows


def _same_line(a: Any, b: Any) -> bool:
    """Returns True when two boxes overlap vertically by at least half the smaller height."""
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap >= 0.5 * max(min(a.bottom - a.top, b.bottom - b.top), 0.1)


def _row_text(row: Sequence[Fragment]) -> str:
    return " ".join(f.text.strip() for f in row)


# --------------------------------------------------------------------------------------------
# Shared: pages, OCR, quality


def _check_pages(n_pages: int, limits: ParseLimits) -> None:
    if n_pages > limits.max_pages:
        raise ParseError(f"the PDF has more than {limits.max_pages} pages", code="too_many_pages")


def _document(pages: list[_PageText], n_pages: int, flags: list[str], engine: str) -> Document:
    """Returns the Document built from per-page lines, headers/footers dropped, flags set."""
    page_lines = _drop_repeated_margins([p.lines for p in pages])
    raw_text = "\n".join(line for lines in page_lines for line in lines)
    if any(p.ocr for p in pages):
        flags.append("ocr")
    if _low_quality(raw_text):
        flags.append("low_text_quality")
    flags.extend(obfuscation_flags(raw_text))
    text = normalize_text(_CID.sub("", raw_text))
    hidden = normalize_text("\n".join(h for p in pages for h in p.hidden))
    if hidden:
        flags.append("hidden_text")
    if not text:
        raise ParseError("the PDF contains no readable text", code="empty")
    return Document(
        text=text,
        format="pdf",
        pages=n_pages,
        flags=tuple(flags),
        hidden_text=hidden,
        engine=engine,
    )


def _drop_repeated_margins(pages: list[list[str]]) -> list[list[str]]:
    """Returns the pages without lines repeated at the top or bottom of several pages.

    The first copy of a repeated top line is kept: page headers often carry the contact details.
    """
    if len(pages) < 2:
        return pages

    def key(line: str) -> str:
        return _PAGE_NUMBER.sub("#", " ".join(line.split()).lower())

    def margins(lines: list[str]) -> list[tuple[int, str]]:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        return [(i, key(lines[i])) for i in dict.fromkeys([*filled[:2], *filled[-2:]])]

    seen = Counter(k for lines in pages for k in {k for _, k in margins(lines)})
    repeated = {k for k, n in seen.items() if n >= 2 and n >= len(pages) / 2}
    if not repeated:
        return pages
    kept_once: set[str] = set()
    out = []
    for lines in pages:
        drop = set()
        filled = [i for i, line in enumerate(lines) if line.strip()]
        top = set(filled[:2])
        for i, k in margins(lines):
            if k not in repeated:
                continue
            if i in top and k not in kept_once:
                kept_once.add(k)
                continue
            drop.add(i)
        out.append([line for i, line in enumerate(lines) if i not in drop])
    return out


def _low_quality(text: str) -> bool:
    """Returns True when much of the text is (cid:NN) codes, replacement or private-use glyphs."""
    chars = len(text) - text.count(" ") - text.count("\n")
    if chars < 20:
        return False
    cid = sum(len(m) for m in _CID.findall(text))
    if cid / chars > 0.05:
        return True
    bad = len(_GARBAGE.findall(text))
    return bad / chars > 0.1


def _ocr(page: Any, limits: ParseLimits) -> str:
    """Returns the text Tesseract reads on a rendering of `page`."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise ParseError(
            "the PDF is a scan without a text layer; install OCR with `apt-get install tesseract-ocr`",
            code="needs_ocr",
        )
    scale = limits.ocr_dpi / 72
    width, height = page.get_size()
    if width * height * scale * scale > limits.ocr_max_pixels:  # a huge page would exhaust memory
        scale = (limits.ocr_max_pixels / max(width * height, 1.0)) ** 0.5
    image = page.render(scale=scale, grayscale=True).to_pil()
    png = io.BytesIO()
    image.save(png, format="PNG")
    env = {
        **os.environ,
        "OMP_THREAD_LIMIT": "1",
    }  # one thread per file; the batch runs files in parallel
    try:
        done = subprocess.run(
            [exe, "stdin", "stdout", "--psm", "3"],
            input=png.getvalue(),
            capture_output=True,
            timeout=limits.ocr_timeout_s,
            check=False,
            env=env,
        )
    except subprocess.TimeoutExpired as exc:
        raise ParseError("OCR took longer than the time limit", code="ocr_timeout") from exc
    if done.returncode != 0:
        raise ParseError(f"OCR failed (tesseract exit code {done.returncode})", code="ocr_failed")
    return done.stdout.decode("utf-8", errors="replace")


def _ocr_page_of(data: bytes, index: int, limits: ParseLimits) -> str:
    """Returns the OCR text of page `index` of the PDF in `data` (rendered with PDFium)."""
    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data)
        try:
            page = pdf[index]
            try:
                return _ocr(page, limits)
            finally:
                page.close()
        finally:
            pdf.close()
