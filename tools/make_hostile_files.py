"""Writes the hostile-input catalogue to tests/fixtures/hostile/ (deterministic: same bytes every run).

Each file reproduces one way a stranger's upload breaks a parser (see issue 9). Files that are big
by nature (a 2,000-page PDF, a 40 MB file, a 50 MB single-line TXT, a DOCX with thousands of
entries) are not committed: tests build them into a temporary folder with the functions below.

Run: PYTHONPATH=. .venv/bin/python tools/make_hostile_files.py
"""

from __future__ import annotations

import io
import sys
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "hostile"
ZIP_DATE = (2024, 1, 1, 0, 0, 0)

RESUME_LINES = (
    "Jane Example",
    "EXPERIENCE",
    "Senior IT Project Manager, Acme Corp Jan 2018 - Present",
    "Led Agile delivery with Scrum and Jira for 40 applications",
    "CERTIFICATIONS",
    "PMP",
)

# --------------------------------------------------------------------------------------------
# PDF: written by hand, so that each structural fault is exactly the one named


def _content(lines: Sequence[str], top: int = 740) -> bytes:
    """Returns a content stream that shows `lines` in Helvetica, one under the other."""
    ops = [b"BT /F1 11 Tf 14 TL", f"72 {top} Td".encode()]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj T*".encode("latin-1"))
    ops.append(b"ET")
    return b"\n".join(ops)


def _stream(body: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(body), extra) + body + b"\nendstream"


def pdf(objects: Sequence[bytes], *, root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """Returns a PDF file of the numbered `objects` (1-based) with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\n" % (len(objects) + 1, root, trailer_extra)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def simple_pdf(lines: Sequence[str] = RESUME_LINES) -> bytes:
    """Returns a valid one-page PDF showing `lines`."""
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            _stream(_content(lines)),
            _FONT,
        ]
    )


def truncated_pdf() -> bytes:
    """Returns the first 60 % of a valid PDF: no xref, no trailer, a stream cut in the middle."""
    data = simple_pdf()
    return data[: len(data) * 6 // 10]


def xref_loop_pdf() -> bytes:
    """Returns a PDF whose cross-reference sections point at each other through /Prev."""
    data = simple_pdf()
    first = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    body = data[: data.rindex(b"startxref")]
    # A second (update) section whose /Prev is the first one; the first one's /Prev is patched
    # to point back at the second: a loop pdfminer.six used to follow until RecursionError.
    placeholder = b"?" * 10  # fixed width: the offsets after it do not move when it is filled
    body = body.replace(b"/Root 1 0 R ", b"/Root 1 0 R /Prev " + placeholder + b" ")
    second = len(body)
    body = body.replace(placeholder, b"%010d" % second)
    body += b"xref\n0 1\n0000000000 65535 f \n"
    body += b"trailer\n<< /Size 6 /Root 1 0 R /Prev %d >>\n" % first
    return body + b"startxref\n%d\n%%%%EOF\n" % second


def page_tree_loop_pdf() -> bytes:
    """Returns a PDF whose page tree contains itself: /Pages -> /Kids -> the same /Pages."""
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            _stream(_content(RESUME_LINES)),
            _FONT,
            b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 6 0 R] /Count 1 >>",
        ]
    )


def circular_xobjects_pdf() -> bytes:
    """Returns a PDF whose page draws form A, which draws form B, which draws form A again."""
    resources = b"/Resources << /Font << /F1 5 0 R >> /XObject << /A 6 0 R /B 7 0 R >> >>"
    form = b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] " + resources + b" "
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            + resources
            + b" /Contents 4 0 R >>",
            _stream(_content(RESUME_LINES) + b"\n/A Do"),
            _FONT,
            _stream(_content(["Form A"], top=300) + b"\n/B Do", form),
            _stream(_content(["Form B"], top=200) + b"\n/A Do", form),
        ]
    )


def nested_flate_bomb_pdf(inflated_mb: int = 1024) -> bytes:
    """Returns a PDF whose content stream is deflated twice and inflates to `inflated_mb` MB."""
    inner = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    parts = [inner.compress(chunk) for _ in range(inflated_mb)]
    once = b"".join(parts) + inner.flush()
    twice = zlib.compress(once, 9)
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            _stream(twice, b"/Filter [/FlateDecode /FlateDecode] "),
            _FONT,
        ]
    )


def many_pages_pdf(n_pages: int) -> bytes:
    """Returns a valid PDF of `n_pages` pages sharing one small content stream."""
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(n_pages))
    pages = [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 3 0 R >>"
    ] * n_pages
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n_pages,
            _stream(_content(["Page"])),
            _FONT,
            *pages,
        ]
    )


def exe_named_pdf() -> bytes:
    """Returns the first bytes of a Windows executable (DOS stub and PE header)."""
    stub = bytearray(b"MZ" + bytes(58) + (128).to_bytes(4, "little"))
    stub += b"This program cannot be run in DOS mode.\r\r\n$".ljust(64, b"\x00")
    stub += b"PE\x00\x00" + bytes(252)
    return bytes(stub)


# --------------------------------------------------------------------------------------------
# DOCX


def docx(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """Returns a minimal DOCX package with `document_xml` as its main part."""
    parts = {
        "[Content_Types].xml": (
            b'<?xml version="1.0" encoding="UTF-8"?>'
            b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Default Extension="rels" '
            b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            b'<Override PartName="/word/document.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            b'<?xml version="1.0" encoding="UTF-8"?>'
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": document_xml,
        **(extra or {}),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, blob, compresslevel=9)
    return buf.getvalue()


_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def document_xml(lines: Sequence[str], prolog: bytes = b"") -> bytes:
    """Returns a WordprocessingML body with one paragraph per line."""
    paras = b"".join(
        b'<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % line.replace("&", "&amp;").replace("<", "&lt;").encode("utf-8")
        for line in lines
    )
    return (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + prolog
        + b"<w:document "
        + _W
        + b"><w:body>"
        + paras
        + b"</w:body></w:document>"
    )


def ratio_bomb_docx() -> bytes:
    """Returns a DOCX whose main part inflates from about 30 KB to 30 MB (ratio near 1000)."""
    filler = b"<w:p><w:r><w:t>" + b" " * (30 * 1024 * 1024) + b"</w:t></w:r></w:p>"
    xml = document_xml(RESUME_LINES).replace(b"</w:body>", filler + b"</w:body>")
    return docx(xml)


def entity_bomb_docx() -> bytes:
    """Returns a DOCX whose main part declares a "billion laughs" entity chain."""
    prolog = (
        b'<!DOCTYPE w:document [<!ENTITY a "lol">'
        + b"".join(
            b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&" + bytes([97 + i]) + b";") * 10)
            for i in range(9)
        )
        + b"]>"
    )
    return docx(document_xml([*RESUME_LINES, "&j;"], prolog).replace(b"&amp;j;", b"&j;"))


def many_entries_docx(n_entries: int) -> bytes:
    """Returns a DOCX package holding `n_entries` tiny extra parts."""
    extra = {f"word/media/part{i}.bin": b"x" for i in range(n_entries)}
    return docx(document_xml(RESUME_LINES), extra)


# DOCX whose w:altChunk parts are hostile: each must end as one error row or a flagged ok row

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WORDML_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def chunked_docx(
    body: bytes, chunks: dict[str, tuple[str, bytes, str]], lines: Sequence[str] = RESUME_LINES
) -> bytes:
    """Returns a DOCX of `lines` then `body`, holding `chunks`: r:id -> (name, bytes, type)."""
    rels = b"".join(
        b'<Relationship Id="%s" Type="%s/aFChunk" Target="%s"/>'
        % (rid.encode(), _REL.encode(), name.encode())
        for rid, (name, _, _) in chunks.items()
    )
    overrides = b"".join(
        b'<Override PartName="/word/%s" ContentType="%s"/>' % (name.encode(), kind.encode())
        for name, _, kind in chunks.values()
    )
    main = document_xml(lines).replace(b"</w:body>", body + b"</w:body>")
    main = main.replace(b"<w:document ", b'<w:document xmlns:r="%s" ' % _REL.encode())
    return docx(
        main,
        {
            "[Content_Types].xml": (
                b'<?xml version="1.0" encoding="UTF-8"?>'
                b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                b'<Default Extension="rels" '
                b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                b'<Override PartName="/word/document.xml" ContentType="%s"/>%s</Types>'
                % (_WORDML_MAIN.encode(), overrides)
            ),
            "word/_rels/document.xml.rels": (
                b'<?xml version="1.0" encoding="UTF-8"?>'
                b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                b'relationships">' + rels + b"</Relationships>"
            ),
            **{f"word/{name}": data for name, data, _ in chunks.values()},
        },
    )


def _alt(rid: str, times: int = 1) -> bytes:
    return b'<w:altChunk r:id="%s"/>' % rid.encode() * times


def chunk_entity_bomb_docx() -> bytes:
    """Returns a DOCX importing an HTML chunk that declares a "billion laughs" entity chain."""
    entities = b"".join(
        b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&" + bytes([97 + i]) + b";") * 10)
        for i in range(9)
    )
    html = (
        b'<!DOCTYPE html [<!ENTITY a "lol">' + entities + b"]><html><body><p>&j;</p></body></html>"
    )
    return chunked_docx(_alt("rId10"), {"rId10": ("bomb.html", html, "text/html")})


def chunk_repeated_docx(times: int = 1001) -> bytes:
    """Returns a DOCX importing one small chunk `times` times (over the cap on references)."""
    return chunked_docx(
        _alt("rId10", times), {"rId10": ("c.html", b"<p>Agile Scrum Jira</p>", "text/html")}
    )


def chunk_amplified_docx() -> bytes:
    """Returns a 3 kB DOCX importing a nested DOCX of 0.8 MB of XML 1,000 times (800 MB read)."""
    inner = docx(document_xml(["Agile"] * 14_000))
    return chunked_docx(_alt("rId10", 1000), {"rId10": ("inner.docx", inner, _WORDML_MAIN)})


def chunk_nested_deep_docx(levels: int = 8) -> bytes:
    """Returns a DOCX whose chunk imports a DOCX whose chunk imports ... `levels` deep."""
    package = docx(document_xml(["PMP"]))
    for _ in range(levels):
        package = chunked_docx(_alt("rId10"), {"rId10": ("inner.docx", package, _WORDML_MAIN)})
    return package


def chunk_deep_html_docx() -> bytes:
    """Returns a DOCX importing HTML nested 10,000 elements deep (libxml2 stops at 256).

    Each element has its own id: bare <div>s compress 600 times, and chunks compressed
    beyond 200 times are refused as zip bombs before they are parsed.
    """
    opening = b"".join(b'<div id="d%d">' % i for i in range(10_000))
    html = b"<html><body>" + opening + b"PMP" + b"</div>" * 10_000 + b"</body></html>"
    return chunked_docx(_alt("rId10"), {"rId10": ("deep.html", html, "text/html")})


def chunk_damaged_docx() -> bytes:
    """Returns a DOCX importing a nested DOCX cut off after 200 bytes."""
    inner = docx(document_xml(["PMP"]))[:200]
    return chunked_docx(_alt("rId10"), {"rId10": ("inner.docx", inner, _WORDML_MAIN)})


def chunk_costly_css_docx() -> bytes:
    """Returns a DOCX importing HTML whose style sheet takes millions of selector checks."""
    rules = b"".join(
        b"div div div div div div div div { color: #%d00 }" % (i % 10) for i in range(2000)
    )
    body = b"<div>" * 200 + b"<div>x</div>" * 2000 + b"</div>" * 200
    html = b"<html><head><style>" + rules + b"</style></head><body>" + body + b"</body></html>"
    return chunked_docx(_alt("rId10"), {"rId10": ("costly.html", html, "text/html")})


def chunk_css_hidden_docx() -> bytes:
    """Returns a DOCX importing HTML that hides three certifications in ways only a browser saw.

    A style sheet wrapped in <!-- -->, an !important colour over an inline one, a rule in
    "@media all", and Word's "mso-hide: all": once all scored as seen, with no flag.
    """
    style = (
        b"<style><!-- .a { display: none } .b { color: white !important } -->"
        b"@media all { .c { display: none } }</style>"
    )
    body = (
        b'<p>IT Project Manager <span class="a">PRINCE2 Practitioner</span>'
        b'<span class="b" style="color: black">Certified ScrumMaster</span>'
        b'<span class="c">PMI-ACP</span><span style="mso-hide: all">PRINCE2 Foundation</span></p>'
    )
    html = b"<html><head>" + style + b"</head><body>" + body + b"</body></html>"
    return chunked_docx(_alt("rId10"), {"rId10": ("hidden.html", html, "text/html")})


def chunk_rtf_only_docx() -> bytes:
    """Returns a DOCX whose only text is in an RTF chunk, which is not read."""
    rtf = b"{\\rtf1\\ansi Jane Example\\par IT Project Manager\\par}"
    return chunked_docx(_alt("rId10"), {"rId10": ("cv.rtf", rtf, "application/rtf")}, lines=())


# --------------------------------------------------------------------------------------------
# TXT: obfuscated skill words

OBFUSCATED_LINES = (
    "Jane Example",
    "EXPERIENCE",
    "IT Project Manager, Acme Corp Jan 2018 - Present",
    "Ran delivery of the billing platform for 30 people",
    "SKILLS",
    "{jira}, {scrum}",
    "CERTIFICATIONS",
    "{pmp}",
)


def obfuscated_txt(jira: str, scrum: str, pmp: str) -> bytes:
    """Returns a TXT résumé whose only skill and certification words are the given spellings."""
    text = "\n".join(OBFUSCATED_LINES).format(jira=jira, scrum=scrum, pmp=pmp)
    return (text + "\n").encode("utf-8")


def big_single_line_txt(path: Path, n_bytes: int) -> None:
    """Writes a TXT file of one line of about `n_bytes` bytes, built from résumé words."""
    word = b"Agile Scrum Jira stakeholder budget risk "
    block = word * (1024 * 1024 // len(word))
    with path.open("wb") as fh:
        written = 0
        while written < n_bytes:
            fh.write(block)
            written += len(block)


def sparse_file(path: Path, n_bytes: int, head: bytes = b"%PDF-1.7\n") -> None:
    """Writes a file of `n_bytes` bytes (a PDF header, then a hole of zeros)."""
    with path.open("wb") as fh:
        fh.write(head)
        fh.truncate(n_bytes)


def catalogue() -> dict[str, bytes]:
    """Returns the committed catalogue: file name -> bytes."""
    return {
        "zero_byte.pdf": b"",
        "truncated.pdf": truncated_pdf(),
        "xref_loop.pdf": xref_loop_pdf(),
        "page_tree_loop.pdf": page_tree_loop_pdf(),
        "circular_xobjects.pdf": circular_xobjects_pdf(),
        "nested_flate_bomb.pdf": nested_flate_bomb_pdf(),
        "exe_named.pdf": exe_named_pdf(),
        "ratio_bomb.docx": ratio_bomb_docx(),
        "entity_bomb.docx": entity_bomb_docx(),
        "chunk_entity_bomb.docx": chunk_entity_bomb_docx(),
        "chunk_repeated.docx": chunk_repeated_docx(),
        "chunk_amplified.docx": chunk_amplified_docx(),
        "chunk_nested_deep.docx": chunk_nested_deep_docx(),
        "chunk_deep_html.docx": chunk_deep_html_docx(),
        "chunk_damaged_docx.docx": chunk_damaged_docx(),
        "chunk_costly_css.docx": chunk_costly_css_docx(),
        "chunk_rtf_only.docx": chunk_rtf_only_docx(),
        "chunk_css_hidden.docx": chunk_css_hidden_docx(),
        "zero_width.txt": obfuscated_txt("Ji\u200bra", "Scr\u200cum", "P\u200dM\u2060P"),
        "homoglyph.txt": obfuscated_txt("J\u0456ra", "S\u0441rum", "P\u041cP"),
        "full_width.txt": obfuscated_txt(
            "\uff2a\uff49\uff52\uff41", "\uff33crum", "\uff30\uff2d\uff30"
        ),
        "plain_control.txt": obfuscated_txt("Jira", "Scrum", "PMP"),
    }


def main(out: Path = OUT) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for name, blob in catalogue().items():
        (out / name).write_bytes(blob)
    total = sum(p.stat().st_size for p in out.iterdir())
    print(f"wrote {len(catalogue())} files, {total / 1024:.0f} KB, to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
