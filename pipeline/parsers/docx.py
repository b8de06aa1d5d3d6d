"""DOCX résumés read with zipfile + lxml: body, tables, headers, footers, notes, text boxes, links.

Parts in other formats that the body imports with w:altChunk are read in place: HTML, MHTML,
plain text, and the body of a nested DOCX (with this same walker, at most _MAX_CHUNK_DEPTH deep).
What cannot be read (RTF, unknown types, damaged chunks, SmartArt diagrams) is left out and the
Document is flagged "unread_content", so a reader knows text may be missing.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from pipeline.errors import ParseError, UnsupportedFormat
from pipeline.models import Document
from pipeline.parsers.colors import is_dark, is_near_white
from pipeline.text.normalize import normalize_text, obfuscation_flags

# (namespace, part kind, stored_digest of styles.xml or numbering.xml) -> (its size, what it says)
_STYLE_CACHE: dict[tuple[str, str, bytes], tuple[int, Any]] = {}
_STYLE_CACHE_SIZE = 256

if TYPE_CHECKING:
    from pipeline.parsers import ParseLimits


class _Styles(NamedTuple):
    hidden: dict[str, bool]  # styleId -> its runs hide text
    numbering: dict[str, tuple[str, str]]  # styleId -> (numId, ilvl) of the list it makes


_NO_STYLES = _Styles({}, {})

_W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_R_NS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
_VML = "{urn:schemas-microsoft-com:vml}"
_DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_HYPERLINK_FIELD = re.compile(r'HYPERLINK\s+"([^"]+)"')
_OFF = frozenset({"0", "false", "off"})
# Only entries this large are checked for their compression ratio, except chunks: those are all
# checked, or 19 chunks of 900 kB, 1.7 kB each zipped, spend the chunk budget in a 32 kB file.
_BIG_ENTRY = 1024 * 1024
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
# w:altChunk: a nested DOCX may import another; a file that contains itself (a zip quine) stops here.
_MAX_CHUNK_DEPTH = 3
_MAX_CHUNKS = 1_000  # references to chunks in one file; mail-merge output has tens
_WORDML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_CHUNK_KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "message/rfc822": "mhtml",
    "multipart/related": "mhtml",
    "application/x-mimearchive": "mhtml",
    "text/plain": "text",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
    _WORDML + "document.main+xml": "docx",
    _WORDML + "document": "docx",
    _WORDML + "template.main+xml": "docx",
}
_CHUNK_SUFFIXES = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".mht": "mhtml",
    ".mhtml": "mhtml",
    ".txt": "text",
    ".rtf": "rtf",
    ".docx": "docx",
    ".dotx": "docx",
}


def parse_encrypted_office(data: bytes, limits: ParseLimits) -> Document:
    """Raises ParseError: an OLE2 container with an EncryptedPackage is a password-protected DOCX."""
    raise ParseError("the document is password-protected", code="encrypted")


def parse(data: bytes, limits: ParseLimits) -> Document:
    """Returns the Document of a DOCX file; raises ParseError on unsafe or broken packages."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise ParseError("the DOCX package is damaged", code="corrupt") from exc
    with zf:
        _check_package(zf, limits)
        package = _Package(data, zf, limits)
        main = package.main_part()
        walker = _Walker(package, main)
        body = walker.part_lines(main)
        headers, footers = walker.header_footer_lines(main)
        notes = walker.note_lines(main)
    raw = "\n".join([*headers, *body, *notes, *footers])
    text = normalize_text(raw)
    hidden = normalize_text("\n".join(walker.hidden))
    if not text and not hidden:
        if walker.unread:
            kinds = ", ".join(sorted(set(walker.unread)))
            raise UnsupportedFormat(
                f"the document's text is only in embedded parts that cannot be read ({kinds})"
            )
        raise ParseError("the document contains no text", code="empty")
    return Document(
        text=text,
        format="docx",
        pages=1,
        flags=(
            *obfuscation_flags(raw),
            *(("hidden_text",) if hidden else ()),
            *(("unread_content",) if walker.unread else ()),
        ),
        hidden_text=hidden,
        links=tuple(dict.fromkeys(walker.links)),
        engine="zip+lxml",
    )


def _check_package(zf: zipfile.ZipFile, limits: ParseLimits) -> None:
    """Raises ParseError(code="zip_bomb") when the archive's declared sizes exceed the caps."""
    infos = zf.infolist()
    if len(infos) > limits.max_zip_entries:
        raise ParseError(
            f"the DOCX package has more than {limits.max_zip_entries} entries", code="zip_bomb"
        )
    if sum(i.file_size for i in infos) > limits.max_unzipped_bytes:
        raise ParseError("the DOCX package would expand beyond the size cap", code="zip_bomb")
    for info in infos:
        if info.file_size > _BIG_ENTRY:
            _check_ratio(info, limits)


def _check_ratio(info: zipfile.ZipInfo, limits: ParseLimits) -> None:
    """Raises ParseError(code="zip_bomb") when an entry expands more than any real part does."""
    if info.file_size > 0 and (
        info.compress_size == 0
        or info.file_size / info.compress_size > limits.max_compression_ratio
    ):
        raise ParseError("the DOCX package has an implausibly compressed part", code="zip_bomb")


def _xml_parser() -> Any:
    """Returns an lxml parser that never loads DTDs, resolves entities or touches the network."""
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        remove_comments=True,
    )


class _Budget:
    """What the chunks of one file may cost together: bytes read for them, references followed.

    A chunk can be referenced many times and nest others, so the caps of each part alone do not
    bound the work: a 1 MB chunk referenced 1,000 times would be read 1,000 times. All chunks
    together may read as much as one part may hold (max_xml_part_bytes), so a file costs at most
    about twice what a file without chunks can.
    """

    def __init__(self, limits: ParseLimits):
        self.bytes_left = limits.max_xml_part_bytes
        self.chunks_left = _MAX_CHUNKS

    def read(self, n_bytes: int) -> None:
        self.bytes_left -= n_bytes
        if self.bytes_left < 0:
            raise ParseError(
                "the DOCX's embedded documents expand beyond the size cap", code="zip_bomb"
            )

    def chunk(self) -> None:
        self.chunks_left -= 1
        if self.chunks_left < 0:
            raise ParseError(
                f"the DOCX imports more than {_MAX_CHUNKS:,} embedded documents", code="zip_bomb"
            )


class _Package:
    """Reads and parses the XML parts of one DOCX zip, each within the caps."""

    def __init__(
        self,
        data: bytes,
        zf: zipfile.ZipFile,
        limits: ParseLimits,
        budget: _Budget | None = None,
    ):
        self.data = data  # the bytes `zf` reads
        self.zf = zf
        self.limits = limits
        self.budget = budget  # set on a package nested in a chunk: every part it reads is charged
        self.names = set(zf.namelist())
        self.parser = _xml_parser()
        self._content_types: dict[str, str] | None = None
        # The main part's relationships are asked for by the body, the headers and each kind of note.
        self._rels: dict[str, tuple[tuple[str, str, str], ...]] = {}

    def raw(self, name: str) -> bytes | None:
        """Returns the bytes of part `name` within the caps, or None when it is absent."""
        if name not in self.names:
            return None
        try:
            with self.zf.open(name) as fh:
                raw = fh.read(self.limits.max_xml_part_bytes + 1)  # declared sizes can lie
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            # a bad CRC, a cut deflate stream, an unknown compression method
            raise ParseError("a part of the DOCX package is damaged", code="corrupt") from exc
        self.charge(len(raw))
        return raw

    def charge(self, n_bytes: int) -> None:
        """Raises ParseError(code="zip_bomb") when a part of `n_bytes` breaks the caps."""
        if n_bytes > self.limits.max_xml_part_bytes:
            raise ParseError("a DOCX part is larger than the size cap", code="zip_bomb")
        if self.budget is not None:
            self.budget.read(n_bytes)

    def stored_digest(self, name: str) -> bytes | None:
        """Returns a digest of what part `name` inflates to, taken from its stored bytes.

        zipfile checks the part's headers when it opens it, then inflates the `compress_size`
        bytes after the local header by the part's method and checks the CRC: two parts alike in
        these inflate alike, or fail alike. Hashing the stored bytes (12 kB for a 350 kB styles.xml)
        spares inflating and hashing the part. None when `name` is absent or cut short.
        """
        if name not in self.names:
            return None
        try:
            self.zf.open(name).close()  # the header checks, without inflating anything
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            raise ParseError("a part of the DOCX package is damaged", code="corrupt") from exc
        info = self.zf.getinfo(name)
        # APPNOTE 4.3.7: a 30-byte local header whose last fields are the name and extra lengths.
        name_len, extra_len = struct.unpack_from("<HH", self.data, info.header_offset + 26)
        start = info.header_offset + 30 + name_len + extra_len
        stored = memoryview(self.data)[start : start + info.compress_size]
        if len(stored) != info.compress_size:
            return None
        fields = (info.compress_type, info.flag_bits, info.CRC, info.compress_size, info.file_size)
        digest = hashlib.sha256(repr(fields).encode())
        digest.update(stored)
        return digest.digest()

    def xml(self, name: str, raw: bytes | None = None) -> Any:
        """Returns the parsed root element of part `name`, or None when it is absent."""
        from lxml import etree

        raw = raw if raw is not None else self.raw(name)
        if raw is None:
            return None
        if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
            raise ParseError("the DOCX contains a DOCTYPE/entity declaration", code="unsafe_xml")
        try:
            root = etree.fromstring(raw, self.parser)
        except etree.XMLSyntaxError as exc:
            raise ParseError("a DOCX part is not well-formed XML", code="corrupt") from exc
        if root.getroottree().docinfo.doctype:  # e.g. a UTF-16 part the byte check cannot see
            raise ParseError("the DOCX contains a DOCTYPE/entity declaration", code="unsafe_xml")
        return root

    def rels(self, part: str) -> tuple[tuple[str, str, str], ...]:
        """Returns (id, type, target) of the relationships of `part`, targets resolved to names."""
        if part not in self._rels:
            self._rels[part] = self._read_rels(part)
        return self._rels[part]

    def _read_rels(self, part: str) -> tuple[tuple[str, str, str], ...]:
        folder, base = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        if root is None:
            return ()
        out = []
        for rel in root.iter(_PKG_REL):
            target = rel.get("Target", "")
            if rel.get("TargetMode") != "External":
                target = posixpath.normpath(posixpath.join(folder, target)).lstrip("/")
            out.append((rel.get("Id", ""), rel.get("Type", ""), target))
        return tuple(out)

    def content_type(self, name: str) -> str:
        """Returns the declared content type of part `name`, lower-case, "" when undeclared."""
        if self._content_types is None:
            self._content_types = {}
            root = self.xml("[Content_Types].xml")
            if root is not None:
                for default in root.iter(_CT + "Default"):
                    ext = default.get("Extension", "").lower()
                    self._content_types["*." + ext] = default.get("ContentType", "")
                for override in root.iter(_CT + "Override"):  # part names ignore case (OPC)
                    part = override.get("PartName", "").lstrip("/").lower()
                    self._content_types[part] = override.get("ContentType", "")
        types = self._content_types
        ext = posixpath.splitext(name)[1].lower()
        found = types.get(name.lower()) or types.get("*" + ext, "")
        return found.split(";")[0].strip().lower()

    def main_part(self) -> str:
        """Returns the name of the main document part."""
        for _, rel_type, target in self.rels(""):
            if rel_type.endswith("/officeDocument") and target in self.names:
                return target
        if "word/document.xml" in self.names:
            return "word/document.xml"
        raise ParseError("the DOCX package has no main document", code="corrupt")


class _Walker:
    """Turns WordprocessingML into lines in document order, setting hidden runs aside."""

    def __init__(self, package: _Package, main: str, parent: _Walker | None = None):
        self.package = package
        # A walker over an imported chunk adds to the text, links and flags of its parent's file.
        self.depth: int = parent.depth + 1 if parent else 0
        self.links: list[str] = parent.links if parent else []
        self.hidden: list[str] = parent.hidden if parent else []
        self.unread: list[str] = parent.unread if parent else []  # kinds of chunks left out
        self.budget: _Budget = parent.budget if parent else _Budget(package.limits)
        self.rel_targets: dict[str, str] = {}
        self._shaded = 0  # > 0 while inside a dark cell, paragraph or shape: white text is visible
        # Complex fields open around the current run, innermost last: True while between its
        # "begin" and "separate", i.e. in the instruction, whose text Word never shows.
        self._fields: list[bool] = []
        root = package.xml(main)
        if root is None:
            raise ParseError("the DOCX package has no main document", code="corrupt")
        self.main_root = root
        self.main = main
        w = _W_STRICT if root.tag.startswith("{" + _W_STRICT) else _W_TRANSITIONAL
        self.w = "{" + w + "}"
        self.styles_part = posixpath.join(posixpath.dirname(main), "styles.xml")
        self.styles: _Styles
        self.bullets: dict[str, frozenset[str]]  # numId -> the levels drawn with a bullet
        if parent and parent.package is package and parent.styles_part == self.styles_part:
            self.styles, self.bullets = (
                parent.styles,
                parent.bullets,
            )  # a chunk read again and again
        else:
            self.styles = self._cached(self.styles_part, "styles", self._parse_styles, _NO_STYLES)
            numbering = posixpath.join(posixpath.dirname(main), "numbering.xml")
            self.bullets = self._cached(numbering, "numbering", self._parse_bullets, {})

    # parts ---------------------------------------------------------------------------------

    def part_lines(self, part: str) -> list[str]:
        """Returns the lines of a document, header or footer part."""
        root = self.main_root if part == self.main else self.package.xml(part)
        if root is None:
            return []
        self.rel_targets = {rid: target for rid, _, target in self.package.rels(part)}
        self._fields = []
        body = root.find(self.w + "body")
        return self.block(body if body is not None else root)

    def header_footer_lines(self, main: str) -> tuple[list[str], list[str]]:
        """Returns the lines of the page headers and of the footers, each distinct text once."""
        headers: list[str] = []
        footers: list[str] = []
        seen: set[str] = set()
        parts = sorted(
            (rel_type.rsplit("/", 1)[-1], target)
            for _, rel_type, target in self.package.rels(main)
            if rel_type.endswith(("/header", "/footer"))
        )
        for kind, target in parts:
            lines = self.part_lines(target)
            key = "\n".join(line for line in lines if line.strip())
            if key and key not in seen:
                seen.add(key)
                (headers if kind == "header" else footers).extend(lines)
        return headers, footers

    def note_lines(self, main: str) -> list[str]:
        """Returns the lines of the footnotes, then of the endnotes, without their separators."""
        out: list[str] = []
        for kind in ("footnote", "endnote"):
            for _, rel_type, target in self.package.rels(main):
                if not rel_type.endswith(f"/{kind}s"):
                    continue
                root = self.package.xml(target)
                if root is None:
                    continue
                self.rel_targets = {rid: t for rid, _, t in self.package.rels(target)}
                self._fields = []
                for note in root.iter(self.w + kind):
                    # separator, continuationSeparator, continuationNotice: the rule above the notes
                    if note.get(self.w + "type", "normal") == "normal":
                        out.extend(self.block(note))
        return out

    # blocks --------------------------------------------------------------------------------

    def block(self, container: Any) -> list[str]:
        """Returns the lines of a container of paragraphs and tables (body, cell, text box)."""
        w = self.w
        out: list[str] = []
        for child in container:
            tag = child.tag
            if tag == w + "p":
                out.extend(self.paragraph(child))
            elif tag == w + "tbl":
                out.extend(self.table(child))
            elif tag == w + "sdt":
                content = child.find(w + "sdtContent")
                if content is not None:
                    out.extend(self.block(content))
            elif tag in (w + "customXml", w + "ins", w + "moveTo", w + "smartTag"):
                out.extend(self.block(child))
            elif tag == w + "altChunk":
                out.extend(self.alt_chunk(child))
            elif tag == _MC + "AlternateContent":
                branch = _mc_branch(child)
                if branch is not None:
                    out.extend(self.block(branch))
        return out

    def alt_chunk(self, el: Any) -> list[str]:
        """Returns the lines of the part a w:altChunk imports; notes what cannot be read."""
        target = self.rel_targets.get(_attr_any(el, "id"))
        if not target or target not in self.package.names:
            return []  # a dangling reference holds no text
        self.budget.chunk()
        if self.depth >= _MAX_CHUNK_DEPTH:
            self.unread.append("nested too deep")
            return []
        kind = "damaged"
        try:
            _check_ratio(self.package.zf.getinfo(target), self.package.limits)
            raw = self.package.raw(target) or b""
            if self.package.budget is None:  # a nested package charges its own reads
                self.budget.read(len(raw))
            kind = _chunk_kind(raw, self.package.content_type(target), target)
            if kind in ("html", "mhtml"):
                return self._html_chunk(raw, kind)
            if kind == "text":
                from pipeline.parsers import txt

                return txt.decode(raw)[0].splitlines()
            if kind == "docx":
                return self._docx_chunk(raw, target)
        except ParseError as exc:
            if exc.code != "corrupt":
                raise  # hostile (zip bomb, entities, too complex): the whole file is refused
            kind = "damaged"
        except RecursionError:
            kind = "damaged"
        self.unread.append(kind)
        return []

    def _html_chunk(self, raw: bytes, kind: str) -> list[str]:
        from pipeline.parsers import html

        charset = ""
        if kind == "mhtml":
            found = html.html_of_mhtml(raw)
            if found is None:
                raise ParseError("an embedded MHTML part has no HTML", code="corrupt")
            raw, charset = found
        result = html.read(raw, charset=charset)
        if not result.complete:
            self.unread.append("damaged")  # what was read before the parser gave up is kept
        self.hidden.extend(result.hidden)
        self.links.extend(result.links)
        return result.lines

    def _docx_chunk(self, raw: bytes, target: str) -> list[str]:
        """Returns the body lines of an imported DOCX package or WordprocessingML part."""
        if not raw.startswith(b"PK"):  # a bare document.xml-like part of this same package
            return _Walker(self.package, target, parent=self).part_lines(target)
        try:
            zf = zipfile.ZipFile(io.BytesIO(raw))
        except (zipfile.BadZipFile, ValueError) as exc:
            raise ParseError("an embedded DOCX is damaged", code="corrupt") from exc
        with zf:
            _check_package(zf, self.package.limits)
            package = _Package(raw, zf, self.package.limits, self.budget)
            main = package.main_part()
            return _Walker(package, main, parent=self).part_lines(main)

    def table(self, tbl: Any) -> list[str]:
        """Returns one line per row ("a | b | c"); cells holding several paragraphs come cell by cell."""
        w = self.w
        out: list[str] = []
        for row in tbl.iter(w + "tr"):
            if _ancestor_table(row, w) is not tbl:
                continue  # rows of nested tables are read inside their cell
            cells = [self.cell(tc) for tc in row.iter(w + "tc") if _ancestor_row(tc, w) is row]
            filled = [[line for line in cell if line.strip()] for cell in cells]
            if all(len(cell) <= 1 for cell in filled):
                line = " | ".join(cell[0] for cell in filled if cell)
                if line:
                    out.append(line)
            else:  # a layout table: read each cell as a column
                for cell in filled:
                    out.extend(cell)
        return out

    def cell(self, tc: Any) -> list[str]:
        """Returns the lines of one table cell."""
        tcpr = _child(tc, self.w + "tcPr")
        dark = tcpr is not None and is_dark(_shd_fill(_children(tcpr), self.w))
        self._shaded += dark
        try:
            return self.block(tc)
        finally:
            self._shaded -= dark

    def paragraph(self, p: Any) -> list[str]:
        """Returns the paragraph's line(s), followed by the lines of any text box anchored in it."""
        w = self.w
        ppr = _child(p, w + "pPr")
        props = _children(ppr) if ppr is not None else {}
        style = props.get(w + "pStyle")
        style_id = style.get(w + "val", "") if style is not None else ""
        style_hidden = self.styles.hidden.get(style_id, False)
        dark = is_dark(_shd_fill(props, w))
        visible: list[str] = []
        hidden: list[str] = []
        boxes: list[str] = []
        self._shaded += dark
        try:
            self.inline(p, visible, hidden, boxes, style_hidden)
        finally:
            self._shaded -= dark
        if True in self._fields:
            # An instruction never spans paragraphs (a result may: TOC); a field left open by a
            # broken file must not hide the rest of the document.
            del self._fields[self._fields.index(True) :]
        if hidden:
            self.hidden.append("".join(hidden))
        line = "".join(visible)
        if line.strip() and self._bulleted(props.get(w + "numPr"), style_id) and not _dated(line):
            # Word draws the bullet from the list's definition: the text has none, and a bullet
            # line read as a header line became the next job's employer. A short item holding a
            # date range is a job's header set as a list item, and stays one.
            line = "- " + line.lstrip()
        return [line, *boxes]

    def _bulleted(self, num_pr: Any, style_id: str) -> bool:
        """Returns True when the paragraph is an item of a bulleted (not numbered) list."""
        if num_pr is not None:
            w = self.w
            num_id, level = num_pr.find(w + "numId"), num_pr.find(w + "ilvl")
            if num_id is not None:  # its own numbering; numId 0 takes the style's list away
                levels = self.bullets.get(num_id.get(w + "val", ""), frozenset())
                return (level.get(w + "val", "0") if level is not None else "0") in levels
        numbering = self.styles.numbering.get(style_id)
        return numbering is not None and numbering[1] in self.bullets.get(numbering[0], ())

    # runs ----------------------------------------------------------------------------------

    def inline(
        self, el: Any, visible: list[str], hidden: list[str], boxes: list[str], para_hidden: bool
    ) -> None:
        """Appends the text of the runs under `el` to `visible` or `hidden`, text boxes to `boxes`."""
        w = self.w
        for child in el:
            tag = child.tag
            if tag == w + "r":
                self.run(child, visible, hidden, boxes, para_hidden)
            elif tag == w + "hyperlink":
                rid = _attr_any(child, "id")
                if rid and rid in self.rel_targets:
                    self.links.append(self.rel_targets[rid])
                self.inline(child, visible, hidden, boxes, para_hidden)
            elif tag == w + "fldSimple":
                self._field_link(child.get(w + "instr", ""))
                self.inline(child, visible, hidden, boxes, para_hidden)
            elif tag in (
                w + "ins",
                w + "moveTo",
                w + "smartTag",
                w + "customXml",
                w + "bdo",
                w + "dir",
            ):
                self.inline(child, visible, hidden, boxes, para_hidden)
            elif tag == w + "sdt":
                content = child.find(w + "sdtContent")
                if content is not None:
                    self.inline(content, visible, hidden, boxes, para_hidden)
            elif tag == _MC + "AlternateContent":
                branch = _mc_branch(child)
                if branch is not None:
                    self.inline(branch, visible, hidden, boxes, para_hidden)
            # w:del and w:moveFrom hold deleted text: dropped

    def run(
        self, r: Any, visible: list[str], hidden: list[str], boxes: list[str], para_hidden: bool
    ) -> None:
        """Appends one run's text to `visible` or `hidden`."""
        w = self.w
        out = hidden if para_hidden or self._run_hidden(_child(r, w + "rPr")) else visible
        for child in r:
            tag = child.tag
            if tag == w + "fldChar":
                self._field_char(child.get(w + "fldCharType", ""))
            elif tag == w + "instrText":
                self._field_link(child.text or "")
            elif True in self._fields:
                continue  # a nested field's cached result inside an instruction: not shown
            elif tag == w + "t":
                out.append(child.text or "")
            elif tag in (w + "tab", w + "ptab"):
                out.append("\t")  # normalize_text keeps a tab between words as a separator
            elif tag in (w + "br", w + "cr"):
                out.append("\n")
            elif tag == w + "noBreakHyphen":
                out.append("-")
            elif tag in (w + "drawing", w + "pict", _MC + "AlternateContent", w + "object"):
                self._text_boxes(child, boxes)
            elif tag == w + "ruby":  # the base text; w:rt, the small guide above it, is left out
                base = child.find(w + "rubyBase")
                if base is not None:
                    self.inline(base, visible, hidden, boxes, para_hidden)

    def _field_char(self, kind: str) -> None:
        """Tracks the nesting of complex fields (ECMA-376 17.16.18) from one w:fldChar."""
        if kind == "begin":
            self._fields.append(True)
        elif kind == "separate" and self._fields:
            self._fields[-1] = False
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _text_boxes(self, el: Any, boxes: list[str]) -> None:
        """Appends the lines of text boxes under `el`, skipping mc:Fallback copies of them."""
        if el.tag == _MC + "AlternateContent":
            branch = _mc_branch(el)
            if branch is not None:
                for child in branch:
                    self._text_boxes(child, boxes)
            return
        for graphic in el.iter(_A + "graphicData"):
            # SmartArt keeps its text in a data part of its own, which is not read (yet)
            if graphic.get("uri") == _DIAGRAM and not _in_unused_fallback(graphic, el):
                self.unread.append("diagram")
        for txbx in el.iter(self.w + "txbxContent"):
            if _in_unused_fallback(txbx, el) or _inside(txbx, self.w + "txbxContent", el):
                continue
            dark = _shape_is_dark(txbx)
            self._shaded += dark
            fields, self._fields = self._fields, []  # a box's fields neither open nor close ours
            try:
                boxes.extend(self.block(txbx))
            finally:
                self._shaded -= dark
                self._fields = fields

    def _field_link(self, instr: str) -> None:
        match = _HYPERLINK_FIELD.search(instr)
        if match:
            self.links.append(match.group(1))

    def _run_hidden(self, rpr: Any) -> bool:
        """Returns True when the run properties make the text invisible on the page."""
        if rpr is None:
            return False
        w = self.w
        props = _children(rpr)
        style = props.get(w + "rStyle")
        if style is not None and self.styles.hidden.get(style.get(w + "val", ""), False):
            return True
        own_fill = _shd_fill(props, w)
        highlight = props.get(w + "highlight")
        shaded = (
            self._shaded > 0
            or is_dark(own_fill)
            or (highlight is not None and highlight.get(w + "val", "none") not in ("none", "white"))
        )
        return _props_hidden(props, w, shaded)

    def _cached(self, part: str, kind: str, parse: Callable[[Any], Any], absent: Any) -> Any:
        """Returns what `parse` reads in the part, `absent` when there is no such part.

        Cached by the part's stored bytes: résumés made from one template share their styles.xml,
        whose parse (~8 ms) cost more than the rest of the document, and whose inflating (0.5 ms)
        did too once the parse was cached. A collision-resistant digest, so that a crafted part
        cannot pass for a cached one; the namespace, because the part is read in the main part's.
        """
        digest = self.package.stored_digest(part)
        if digest is None:
            raw = self.package.raw(part)
            return absent if raw is None else parse(self.package.xml(part, raw))
        key = (self.w, kind, digest)
        if key in _STYLE_CACHE:
            size, found = _STYLE_CACHE[key]
            self.package.charge(size)  # the caps a read would have checked
            return found
        raw = self.package.raw(part) or b""
        found = parse(self.package.xml(part, raw))
        if len(_STYLE_CACHE) >= _STYLE_CACHE_SIZE:
            _STYLE_CACHE.clear()
        _STYLE_CACHE[key] = (len(raw), found)
        return found

    def _parse_styles(self, root: Any) -> _Styles:
        """Reads which styles hide text and which make a paragraph a list item, basedOn followed."""
        w = self.w
        own: dict[str, bool] = {}
        own_list: dict[str, tuple[str, str]] = {}
        based: dict[str, str] = {}
        for style in root.iter(w + "style"):
            sid = style.get(w + "styleId", "")
            rpr = style.find(w + "rPr")
            own[sid] = rpr is not None and _props_hidden(_children(rpr), w, shaded=False)
            num_pr = style.find(f"{w}pPr/{w}numPr")
            if num_pr is not None:
                num_id, level = num_pr.find(w + "numId"), num_pr.find(w + "ilvl")
                if num_id is not None:
                    own_list[sid] = (
                        num_id.get(w + "val", ""),
                        level.get(w + "val", "0") if level is not None else "0",
                    )
            base = style.find(w + "basedOn")
            if base is not None:
                based[sid] = base.get(w + "val", "")
        hidden: dict[str, bool] = {}
        numbering: dict[str, tuple[str, str]] = {}
        for sid in own:
            cur, depth, is_hidden, listed = sid, 0, False, None
            while cur and depth < 20 and not (is_hidden and listed):
                is_hidden = is_hidden or own.get(cur, False)
                listed = listed or own_list.get(cur)
                cur, depth = based.get(cur, ""), depth + 1
            hidden[sid] = is_hidden
            if listed is not None:
                numbering[sid] = listed
        return _Styles(hidden, numbering)

    def _parse_bullets(self, root: Any) -> dict[str, frozenset[str]]:
        """Reads numbering.xml: numId -> the levels whose number format is a bullet."""
        w = self.w
        abstract: dict[str, frozenset[str]] = {}
        for definition in root.iter(w + "abstractNum"):
            abstract[definition.get(w + "abstractNumId", "")] = frozenset(
                lvl.get(w + "ilvl", "0")
                for lvl in definition.iter(w + "lvl")
                if (fmt := lvl.find(w + "numFmt")) is not None and fmt.get(w + "val") == "bullet"
            )
        out: dict[str, frozenset[str]] = {}
        for num in root.iter(w + "num"):
            ref = num.find(w + "abstractNumId")
            if ref is not None:
                out[num.get(w + "numId", "")] = abstract.get(ref.get(w + "val", ""), frozenset())
        return out


_ANY_DAY = date(2000, 1, 1)


def _dated(line: str) -> bool:
    """Returns True for a short line holding a date range ("IT Project Manager, Acme | 2015 –
    2019"): a header, though Word sets it as a list item."""
    if len(line) > 150 or not any(c.isdigit() for c in line):
        return False
    from pipeline.facts.dates import find_date_ranges  # the parser's only use of facts

    return bool(find_date_ranges(line, _ANY_DAY))  # whether there is one, not what it means


def _props_hidden(props: dict[Any, Any], w: str, shaded: bool) -> bool:
    """Returns True for w:vanish, a size under 2 pt, or white text on no dark background.

    `props` maps the tags of run properties to their elements (see `_children`).
    """
    vanish = props.get(w + "vanish")
    if vanish is not None and vanish.get(w + "val", "true").lower() not in _OFF:
        return True
    size = props.get(w + "sz")
    if size is not None:
        try:
            if float(size.get(w + "val", "24")) < 4:  # half-points
                return True
        except ValueError:
            pass
    color = props.get(w + "color")
    if color is not None and not shaded:
        theme = color.get(w + "themeColor", "")
        if theme in ("background1", "light1"):
            return True
        return is_near_white(color.get(w + "val", ""))
    return False


def _shd_fill(props: dict[Any, Any], w: str) -> str:
    shd = props.get(w + "shd")
    return "" if shd is None else shd.get(w + "fill", "")


# Properties are looked up by one pass over an element's few children: lxml's find() goes through
# its path parser every time (~1.3 us), and a run used to cost ten of them.


def _child(el: Any, tag: str) -> Any:
    """Returns the first child of `el` with tag `tag`, or None: what el.find(tag) returns."""
    for child in el:
        if child.tag == tag:
            return child
    return None


def _children(el: Any) -> dict[Any, Any]:
    """Returns tag -> first child of `el` with that tag, for looking up several properties."""
    out: dict[Any, Any] = {}
    for child in el:
        out.setdefault(child.tag, child)
    return out


def _shape_is_dark(txbx: Any) -> bool:
    """Returns True when the shape holding a text box has a dark solid fill."""
    node = txbx.getparent()
    while node is not None and node.tag not in (_WPS + "wsp", _VML + "shape", _VML + "rect"):
        node = node.getparent()
    if node is None:
        return False
    if node.tag.startswith(_VML):
        return node.get("filled", "t") not in ("f", "false") and is_dark(
            node.get("fillcolor", "").lstrip("#")
        )
    sp_pr = node.find(_WPS + "spPr")
    if sp_pr is None:
        return False
    fill = sp_pr.find(_A + "solidFill")
    if fill is None:
        return False
    srgb = fill.find(_A + "srgbClr")
    if srgb is not None:
        return is_dark(srgb.get("val", ""))
    scheme = fill.find(_A + "schemeClr")
    return scheme is not None and scheme.get("val", "") in (
        "tx1",
        "dk1",
        "dk2",
        "accent1",
        "accent2",
    )


def _chunk_kind(raw: bytes, content_type: str, name: str) -> str:
    """Returns "html", "mhtml", "text", "rtf", "docx" or "unknown": the bytes first, then the type."""
    if raw.startswith(b"PK\x03\x04"):
        return "docx"
    if raw.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if content_type in _CHUNK_KINDS:
        return _CHUNK_KINDS[content_type]
    return _CHUNK_SUFFIXES.get(posixpath.splitext(name)[1].lower(), "unknown")


def _mc_branch(alternate: Any) -> Any:
    """Returns the mc:Choice of an mc:AlternateContent, or its mc:Fallback when it has none."""
    choice = alternate.find(_MC + "Choice")
    return choice if choice is not None else alternate.find(_MC + "Fallback")


def _in_unused_fallback(el: Any, stop: Any) -> bool:
    """Returns True when `el` sits in an mc:Fallback (below `stop`) whose mc:Choice is read."""
    node = el.getparent()
    while node is not None and node is not stop:
        if node.tag == _MC + "Fallback":
            parent = node.getparent()
            if parent is not None and parent.find(_MC + "Choice") is not None:
                return True
        node = node.getparent()
    return False


def _attr_any(el: Any, local: str) -> str:
    for ns in _R_NS:
        value = el.get("{" + ns + "}" + local)
        if value:
            return str(value)
    return ""


def _inside(el: Any, tag: str, stop: Any) -> bool:
    """Returns True when an ancestor of `el` below `stop` has the tag `tag`."""
    node = el.getparent()
    while node is not None and node is not stop:
        if node.tag == tag:
            return True
        node = node.getparent()
    return False


def _ancestor_table(el: Any, w: str) -> Any:
    node = el.getparent()
    while node is not None and node.tag != w + "tbl":
        node = node.getparent()
    return node


def _ancestor_row(el: Any, w: str) -> Any:
    node = el.getparent()
    while node is not None and node.tag != w + "tr":
        node = node.getparent()
    return node
