"""Where text can sit in a DOCX package, one case per test, each package built in the test.

Every place is either read into Document.text in reading order, set aside as hidden text, or
dropped (deleted revisions, field codes); what cannot be read is flagged "unread_content".
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from pipeline.errors import ParseError, UnsupportedFormat
from pipeline.models import Document
from pipeline.parsers import ParseLimits, parse
from tools.make_parser_fixtures import docx, hdr_xml, p, r, tbl, tc, text_box, tr


def read(tmp_path: Path, body: str, **package: object) -> Document:
    """Returns the Document of a DOCX whose body is `body` (package: arguments of docx())."""
    path = tmp_path / "resume.docx"
    path.write_bytes(docx(body, **package))  # type: ignore[arg-type]
    return parse(path)


def lines(doc: Document) -> list[str]:
    return doc.text.split("\n")


def field(instr: str, result: str) -> str:
    """Returns the runs of a complex field: begin, instruction, separate, result, end."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{instr}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'{result}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


# --- content controls, custom XML, smart tags: wrappers whose content is read -------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<w:sdt><w:sdtContent>" + p(r("PMP, 2019")) + "</w:sdtContent></w:sdt>", ["PMP, 2019"]),
        (
            "<w:p>" + r("Certified: ") + "<w:sdt><w:sdtPr><w:alias w:val='x'/></w:sdtPr>"
            "<w:sdtContent>" + r("PMP") + "</w:sdtContent></w:sdt></w:p>",
            ["Certified: PMP"],
        ),
        (
            tbl(
                "<w:sdt><w:sdtContent>"
                + tr(tc(p(r("PMP"))), tc(p(r("2019"))))
                + "</w:sdtContent></w:sdt>"
            ),
            ["PMP | 2019"],
        ),
        (
            tbl(
                tr(
                    "<w:sdt><w:sdtContent>" + tc(p(r("PMP"))) + "</w:sdtContent></w:sdt>",
                    tc(p(r("2019"))),
                )
            ),
            ["PMP | 2019"],
        ),
    ],
    ids=["block", "run", "row", "cell"],
)
def test_content_control_text_is_read_at_every_level(
    tmp_path: Path, body: str, expected: list[str]
) -> None:
    assert lines(read(tmp_path, body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('<w:customXml w:element="cert">' + p(r("PMP, 2019")) + "</w:customXml>", ["PMP, 2019"]),
        ('<w:p><w:customXml w:element="cert">' + r("PMP") + "</w:customXml></w:p>", ["PMP"]),
        (
            tbl(
                '<w:customXml w:element="row">'
                + tr(tc(p(r("PMP"))), tc(p(r("2019"))))
                + "</w:customXml>"
            ),
            ["PMP | 2019"],
        ),
        (
            '<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
            '<w:smartTag w:element="City">' + r("London") + "</w:smartTag></w:smartTag></w:p>",
            ["London"],
        ),
    ],
    ids=["custom-xml-block", "custom-xml-run", "custom-xml-row", "nested-smart-tags"],
)
def test_custom_xml_and_smart_tag_text_is_read(
    tmp_path: Path, body: str, expected: list[str]
) -> None:
    assert lines(read(tmp_path, body)) == expected


# --- tracked changes ----------------------------------------------------------------------------


def test_deleted_and_moved_away_text_is_dropped_inserted_and_moved_here_kept(
    tmp_path: Path,
) -> None:
    doc = read(
        tmp_path,
        "<w:p>"
        + r("Led ")
        + '<w:ins w:id="1" w:author="A">'
        + r("twelve")
        + "</w:ins>"
        + '<w:del w:id="2" w:author="A"><w:r><w:delText>three</w:delText></w:r></w:del>'
        + r(" projects")
        + '<w:moveFrom w:id="3" w:author="A">'
        + r(" in Paris")
        + "</w:moveFrom>"
        + '<w:moveTo w:id="4" w:author="A">'
        + r(" in London")
        + "</w:moveTo>"
        + "</w:p>"
        + '<w:p><w:sdt><w:sdtContent><w:del w:id="5" w:author="A"><w:r><w:delText>Dismissed</w:delText>'
        "</w:r></w:del></w:sdtContent></w:sdt></w:p>",
    )
    assert "Led twelve projects in London" in doc.text
    for gone in ("three", "Paris", "Dismissed"):
        assert gone not in doc.text and gone not in doc.hidden_text


# --- fields -------------------------------------------------------------------------------------


def test_field_results_are_read_and_instructions_never_leak(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        p(r("Name: "), field(" MERGEFIELD FirstName \\* MERGEFORMAT ", r("Jane")))
        + '<w:p><w:fldSimple w:instr=" HYPERLINK &quot;mailto:jane@example.com&quot; ">'
        + r("jane@example.com")
        + "</w:fldSimple></w:p>",
    )
    assert lines(doc) == ["Name: Jane", "jane@example.com"]
    assert "MERGEFIELD" not in doc.text and "HYPERLINK" not in doc.text
    assert "mailto:jane@example.com" in doc.links


def test_result_of_a_field_nested_in_an_instruction_is_not_read(tmp_path: Path) -> None:
    # IF { MERGEFIELD Title } = "" "..." "...": Word shows only the IF field's result; the inner
    # field's cached result ("Kubernetes Terraform") is part of the instruction.
    inner = field(" MERGEFIELD Title ", r("Kubernetes Terraform"))
    doc = read(
        tmp_path,
        "<w:p>"
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
        + inner
        + '<w:r><w:instrText xml:space="preserve"> = "" "PMP" "" </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + r("PMP")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + r(" certified")
        + "</w:p>",
    )
    assert lines(doc) == ["PMP certified"]


def test_field_left_open_hides_no_more_than_its_paragraph(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        p(r("Jane Example"), '<w:r><w:fldChar w:fldCharType="begin"/></w:r>', r("junk"))
        + p(r("IT Project Manager")),
    )
    assert lines(doc) == ["Jane Example", "IT Project Manager"]


def test_field_result_spanning_paragraphs_is_read(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        p(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            r("Experience"),
        )
        + p(r("Education"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        + p(r("Skills")),
    )
    assert lines(doc) == ["Experience", "Education", "Skills"]


# --- drawings: text boxes once, alternate content -----------------------------------------------


def test_text_box_with_a_vml_fallback_is_read_once(tmp_path: Path) -> None:
    doc = read(
        tmp_path, p(r("Experience"), text_box(p(r("Led a cloud migration")))) + p(r("Education"))
    )
    assert lines(doc) == ["Experience", "Led a cloud migration", "Education"]


def test_alternate_content_without_a_choice_reads_its_fallback(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        p(r("Experience"))
        + "<w:p><w:r><mc:AlternateContent><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
        + p(r("Led a cloud migration"))
        + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        + "<mc:AlternateContent><mc:Fallback>"
        + p(r("Education"))
        + "</mc:Fallback></mc:AlternateContent>",
    )
    assert lines(doc) == ["Experience", "", "Led a cloud migration", "Education"]


def test_block_alternate_content_reads_the_choice_only(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        '<mc:AlternateContent><mc:Choice Requires="wps">' + p(r("Skills")) + "</mc:Choice>"
        "<mc:Fallback>" + p(r("Skills")) + "</mc:Fallback></mc:AlternateContent>",
    )
    assert lines(doc) == ["Skills"]


def test_smartart_diagram_is_flagged_unread(tmp_path: Path) -> None:
    diagram = (
        "<w:r><w:drawing><wp:inline><a:graphic><a:graphicData "
        'uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">'
        '<dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
        'r:dm="rId20" r:lo="rId21" r:qs="rId22" r:cs="rId23"/>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
    picture = (
        '<w:r><w:drawing><wp:inline><a:graphic><a:graphicData uri="http://schemas.'
        'openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:inline></w:drawing></w:r>'
    )
    assert "unread_content" in read(tmp_path, p(r("Skills")) + p(diagram)).flags
    assert read(tmp_path, p(r("Skills")) + p(picture)).flags == ()


def test_ruby_base_text_is_read_and_the_guide_is_not(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "<w:p>" + r("Based in ") + "<w:r><w:ruby><w:rubyPr/><w:rt>" + r("toukyou") + "</w:rt>"
        "<w:rubyBase>" + r("Tokyo") + "</w:rubyBase></w:ruby></w:r></w:p>",
    )
    assert lines(doc) == ["Based in Tokyo"]


# --- headers, footers, notes --------------------------------------------------------------------


def test_text_box_in_a_header_is_read_first(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        p(r("Experience")),
        parts={"header1.xml": hdr_xml("hdr", p(text_box(p(r("jane@example.com")))))},
        rels=[("rId5", "header", "header1.xml", False)],
    )
    assert lines(doc) == ["jane@example.com", "Experience"]


NOTES = (
    '<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
    '<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>'
    '<w:{tag} w:id="1"><w:p>{text}</w:p></w:{tag}>'
)


@pytest.mark.parametrize("kind", ["footnote", "endnote"])
def test_footnotes_and_endnotes_are_read_after_the_body(tmp_path: Path, kind: str) -> None:
    doc = read(
        tmp_path,
        p(r("PMP certified"), f'<w:r><w:{kind}Reference w:id="1"/></w:r>') + p(r("Education")),
        parts={
            f"{kind}s.xml": hdr_xml(
                f"{kind}s",
                NOTES.format(
                    tag=kind,
                    text=r("Credential ID 1234567, renewed 2022") + r(" Kubernetes", "<w:vanish/>"),
                ),
            ),
            "footer1.xml": hdr_xml("ftr", p(r("References on request"))),
        },
        rels=[
            ("rId6", f"{kind}s", f"{kind}s.xml", False),
            ("rId7", "footer", "footer1.xml", False),
        ],
    )
    assert lines(doc) == [
        "PMP certified",
        "Education",
        "Credential ID 1234567, renewed 2022",
        "References on request",
    ]
    assert doc.hidden_text == "Kubernetes"
    assert "hidden_text" in doc.flags


# --- altChunk: parts in other formats imported into the body ------------------------------------

HTML = "text/html"
XHTML = "application/xhtml+xml"
WORDML = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def alt(rid: str) -> str:
    return f'<w:altChunk r:id="{rid}"/>'


def chunked(
    tmp_path: Path,
    body: str,
    chunks: dict[str, tuple[str, bytes, str]],
    limits: ParseLimits | None = None,
    store: bool = False,
    **package: object,
) -> Document:
    """Returns the Document of a DOCX whose body imports `chunks`: rId -> (name, bytes, type).

    store=True keeps the parts uncompressed: a hostile chunk that compresses too well would
    otherwise be refused by the ratio check before the defence under test is reached.
    """
    path = tmp_path / "resume.docx"
    data = docx(
        body,
        rels=[(rid, "aFChunk", name, False) for rid, (name, _, _) in chunks.items()],
        extra_files={f"word/{name}": data for name, data, _ in chunks.values()},
        content_types={f"word/{name}": kind for name, _, kind in chunks.values() if kind},
        **package,  # type: ignore[arg-type]
    )
    path.write_bytes(stored(data) if store else data)
    return parse(path, limits=limits)


def stored(package: bytes) -> bytes:
    """Returns the zip `package` with every entry stored, not deflated."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            out.writestr(info.filename, src.read(info))
    return buf.getvalue()


def page(body: str, head: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


RESUME_HTML = page(
    "<h2>Experience</h2>"
    "<p><b>Senior IT Project Manager</b>, Acme&nbsp;Corp &ndash; R&amp;D</p>"
    "<ul><li>Led a cloud migration</li><li>Ran <i>Scrum</i> for 3 teams</li></ul>"
    "<table><tr><th>Certification</th><th>Year</th></tr><tr><td>PMP</td><td>2019</td></tr></table>"
    '<p>Contact: <a href="mailto:jane@example.com">jane@example.com</a>'
    '<script>document.write("Kubernetes")</script></p>',
    head="<title>CV</title><style>p { margin: 0 }</style>",
)


def test_html_chunk_is_read_in_its_place(tmp_path: Path) -> None:
    doc = chunked(
        tmp_path,
        p(r("Jane Example")) + alt("rId10") + p(r("Education")),
        {"rId10": ("chunk1.html", RESUME_HTML, HTML)},
    )
    assert lines(doc) == [
        "Jane Example",
        "Experience",
        "Senior IT Project Manager, Acme Corp – R&D",
        "- Led a cloud migration",
        "- Ran Scrum for 3 teams",
        "Certification | Year",
        "PMP | 2019",
        "Contact: jane@example.com",
        "Education",
    ]
    assert "mailto:jane@example.com" in doc.links
    assert not doc.flags and not doc.hidden_text


def test_body_made_only_of_chunks_reads_each_in_order(tmp_path: Path) -> None:
    # Mail-merge and résumé-builder output: the body is nothing but altChunks.
    doc = chunked(
        tmp_path,
        alt("rId10") + alt("rId11") + "<w:sectPr/>",
        {
            "rId10": ("part1.html", page("<h1>Jane Example</h1><p>IT Project Manager</p>"), HTML),
            "rId11": ("part2.htm", page("<p>PMP, 2019</p>"), ""),  # type from the suffix
        },
    )
    assert lines(doc) == ["Jane Example", "IT Project Manager", "PMP, 2019"]


def test_chunks_in_a_header_and_in_a_table_cell_are_read(tmp_path: Path) -> None:
    header = hdr_xml("hdr", alt("rId1"))
    path = tmp_path / "resume.docx"
    path.write_bytes(
        docx(
            tbl(tr(tc(p(r("Skills"))), tc(alt("rId10")))),
            parts={"header1.xml": header},
            rels=[
                ("rId5", "header", "header1.xml", False),
                ("rId10", "aFChunk", "cell.html", False),
            ],
            extra_files={
                "word/_rels/header1.xml.rels": (
                    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                    b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
                    b'org/officeDocument/2006/relationships/aFChunk" Target="contact.html"/>'
                    b"</Relationships>"
                ),
                "word/contact.html": page("<p>jane@example.com | +44 20 7946 0000</p>"),
                "word/cell.html": page("<p>Jira</p>"),
            },
            content_types={"word/contact.html": HTML, "word/cell.html": HTML},
        )
    )
    assert lines(parse(path)) == ["jane@example.com | +44 20 7946 0000", "Skills | Jira"]


HIDING = [
    '<span style="display:none">Kubernetes Terraform</span>',
    '<span style="visibility: hidden">Kubernetes Terraform</span>',
    '<span style="font-size:0">Kubernetes Terraform</span>',
    '<span style="font-size: 1px">Kubernetes Terraform</span>',
    '<span style="font:0/0 a">Kubernetes Terraform</span>',
    '<span style="color:#fff">Kubernetes Terraform</span>',
    '<span style="color: White !important">Kubernetes Terraform</span>',
    '<font color="#FEFEFE">Kubernetes Terraform</font>',
    '<span style="color:rgba(0,0,0,0)">Kubernetes Terraform</span>',
    '<span style="opacity:0">Kubernetes Terraform</span>',
    "<span hidden>Kubernetes Terraform</span>",
    '<span class="x k">Kubernetes Terraform</span>',
    '<div id="side"><span>Kubernetes Terraform</span></div>',
    '<div style="font-size:0"><p><span style="font-size:50%">Kubernetes Terraform</span></p></div>',
]


@pytest.mark.parametrize("hiding", HIDING)
def test_text_hidden_by_html_or_css_is_set_aside(tmp_path: Path, hiding: str) -> None:
    style = "<style>.k { display: none } div#side > span { color: #ffffff; }</style>"
    doc = chunked(
        tmp_path,
        alt("rId10"),
        {"rId10": ("c.html", page(f"<p>Jane Example {hiding}</p>", head=style), HTML)},
    )
    assert doc.text == "Jane Example"
    assert doc.hidden_text == "Kubernetes Terraform"
    assert "hidden_text" in doc.flags


SHOWING = [
    '<span style="color:#fff;background:#003366">Kubernetes Terraform</span>',
    '<table><tr><td bgcolor="navy"><font color="white">Kubernetes Terraform</font></td></tr></table>',
    '<span class="dark"><span style="color:white">Kubernetes Terraform</span></span>',
    '<div style="visibility:hidden"><span style="visibility:visible">Kubernetes Terraform</span></div>',
    '<span style="font-size:11pt;color:#333">Kubernetes Terraform</span>',
    '<span class="print-only">Kubernetes Terraform</span>',
    '<span class="unused-k">Kubernetes Terraform</span>',
    '<span style="font-size:0"><span style="font-size:10pt">Kubernetes Terraform</span></span>',
]


@pytest.mark.parametrize("showing", SHOWING)
def test_html_text_a_reader_can_see_is_not_hidden(tmp_path: Path, showing: str) -> None:
    style = (
        "<style>.dark { background-color: rgb(20, 20, 40) } .unused { display:none }"
        "@media print { .print-only { display: none } } p:hover .k { display:none }</style>"
    )
    doc = chunked(
        tmp_path,
        alt("rId10"),
        {"rId10": ("c.html", page(f"<p>Jane Example</p>{showing}", head=style), HTML)},
    )
    assert lines(doc) == ["Jane Example", "Kubernetes Terraform"]
    assert not doc.hidden_text and "hidden_text" not in doc.flags


def test_plain_text_chunk_is_read_in_its_encoding(tmp_path: Path) -> None:
    text = "Jane Example\r\nRésumé – IT Project Manager\r\n"
    doc = chunked(tmp_path, alt("rId10"), {"rId10": ("c.txt", text.encode("cp1252"), "text/plain")})
    assert lines(doc) == ["Jane Example", "Résumé – IT Project Manager"]


def test_xhtml_chunk_with_an_xml_declaration_is_read(tmp_path: Path) -> None:
    xhtml = (
        '<?xml version="1.0" encoding="iso-8859-1"?>'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Ren\xe9e Example</p>'
        "<p>PMP &amp; PRINCE2</p></body></html>"
    ).encode("latin-1")
    doc = chunked(tmp_path, alt("rId10"), {"rId10": ("c.xhtml", xhtml, XHTML)})
    assert lines(doc) == ["Renée Example", "PMP & PRINCE2"]


def test_mhtml_chunk_reads_its_html_part(tmp_path: Path) -> None:
    mhtml = (
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="XX"\r\n\r\n'
        "--XX\r\n"
        'Content-Type: text/html; charset="windows-1252"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        '<html><body><p style=3D"color:#000">Ren=E9e Example</p><p>IT Project =\r\nManager</p>'
        "</body></html>\r\n"
        "--XX\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
        "--XX--\r\n"
    ).encode("ascii")
    doc = chunked(tmp_path, alt("rId10"), {"rId10": ("c.mht", mhtml, "message/rfc822")})
    assert lines(doc) == ["Renée Example", "IT Project Manager"]


def test_nested_docx_chunk_is_read_with_the_same_walker(tmp_path: Path) -> None:
    inner = docx(
        p(r("Senior IT Project Manager, Acme Corp"))
        + p(r("Kubernetes", "<w:vanish/>"))
        + '<w:p><w:hyperlink r:id="rId3">'
        + r("LinkedIn")
        + "</w:hyperlink></w:p>",
        rels=[("rId3", "hyperlink", "https://www.linkedin.com/in/jane-example", True)],
    )
    doc = chunked(
        tmp_path,
        p(r("Jane Example")) + alt("rId10") + p(r("Education")),
        {"rId10": ("inner.docx", inner, WORDML)},
    )
    assert lines(doc) == [
        "Jane Example",
        "Senior IT Project Manager, Acme Corp",
        "",
        "LinkedIn",
        "Education",
    ]
    assert doc.hidden_text == "Kubernetes"
    assert "https://www.linkedin.com/in/jane-example" in doc.links


def test_wordprocessingml_part_chunk_is_read(tmp_path: Path) -> None:
    part = (
        '<?xml version="1.0" encoding="UTF-8"?><w:document '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + p(r("PMP, 2019"))
        + "</w:body></w:document>"
    ).encode()
    doc = chunked(tmp_path, p(r("Jane Example")) + alt("rId10"), {"rId10": ("c.xml", part, WORDML)})
    assert lines(doc) == ["Jane Example", "PMP, 2019"]


RTF = rb"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}}\f0 PMP, 2019\par}"


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("c.rtf", RTF, "application/rtf"),
        ("c.bin", RTF, ""),  # sniffed from the bytes
        ("c.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
        ("c.docx", b"PK\x03\x04" + bytes(40), WORDML),  # a damaged nested package
        ("c.mht", b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhi", "message/rfc822"),
    ],
    ids=["rtf", "rtf-sniffed", "image", "damaged-docx", "mhtml-without-html"],
)
def test_chunk_that_cannot_be_read_is_flagged_and_the_rest_kept(
    tmp_path: Path, name: str, data: bytes, kind: str
) -> None:
    doc = chunked(
        tmp_path,
        p(r("Jane Example")) + alt("rId10") + p(r("Education")),
        {"rId10": (name, data, kind)},
    )
    assert lines(doc) == ["Jane Example", "Education"]
    assert "unread_content" in doc.flags


def test_document_whose_only_text_is_an_rtf_chunk_is_an_unsupported_format(
    tmp_path: Path,
) -> None:
    with pytest.raises(UnsupportedFormat) as info:
        chunked(tmp_path, alt("rId10"), {"rId10": ("c.rtf", RTF, "application/rtf")})
    assert info.value.code == "unsupported_format"
    assert "rtf" in info.value.message


def test_dangling_chunk_reference_is_neither_text_nor_flag(tmp_path: Path) -> None:
    doc = chunked(tmp_path, p(r("Jane Example")) + alt("rId99"), {})
    assert lines(doc) == ["Jane Example"] and not doc.flags


def test_chunks_nested_too_deep_are_flagged_not_followed(tmp_path: Path) -> None:
    level = docx(p(r("Level 6")))
    for n in range(5, 0, -1):
        level = docx(
            p(r(f"Level {n}")) + alt("rId10"),
            rels=[("rId10", "aFChunk", "inner.docx", False)],
            extra_files={"word/inner.docx": level},
            content_types={"word/inner.docx": WORDML},
        )
    path = tmp_path / "resume.docx"
    path.write_bytes(level)
    doc = parse(path)
    assert lines(doc) == ["Level 1", "Level 2", "Level 3", "Level 4"]
    assert "unread_content" in doc.flags


# --- hostile chunks: a clear error, never a crash or a hang -------------------------------------


def test_html_chunk_declaring_entities_is_unsafe(tmp_path: Path) -> None:
    bomb = b'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]><p>&b;</p>'
    with pytest.raises(ParseError) as info:
        chunked(tmp_path, p(r("Jane")) + alt("rId10"), {"rId10": ("c.html", bomb, HTML)})
    assert info.value.code == "unsafe_xml"


def test_chunk_over_the_part_size_cap_is_refused(tmp_path: Path) -> None:
    big = page("<p>" + "Agile " * 40_000 + "</p>")
    with pytest.raises(ParseError) as info:
        chunked(
            tmp_path,
            alt("rId10"),
            {"rId10": ("c.html", big, HTML)},
            limits=ParseLimits(max_xml_part_bytes=100_000),
        )
    assert info.value.code == "zip_bomb"


@pytest.mark.parametrize("nested", [False, True], ids=["html", "nested-docx"])
def test_one_chunk_referenced_over_and_over_hits_the_read_budget(
    tmp_path: Path, nested: bool
) -> None:
    # 12 kB read 900 times is 10.8 MB: over the 5 MB that all chunks of a file may read together.
    chunk = page("<p>" + "Agile " * 2_000 + "</p>")
    if nested:
        chunk = docx(p(r("Agile " * 2_000)))
    with pytest.raises(ParseError) as info:
        chunked(
            tmp_path,
            alt("rId10") * 900,
            {"rId10": ("c.docx" if nested else "c.html", chunk, WORDML if nested else HTML)},
            limits=ParseLimits(max_xml_part_bytes=5_000_000),
            store=True,
        )
    assert info.value.code == "zip_bomb"


def test_too_many_chunk_references_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ParseError) as info:
        chunked(tmp_path, alt("rId10") * 1_001, {"rId10": ("c.txt", b"PMP", "text/plain")})
    assert info.value.code == "zip_bomb"


def test_html_chunk_nested_too_deep_keeps_what_was_read_and_is_flagged(tmp_path: Path) -> None:
    # libxml2 stops at 256 levels: the text before is kept, the rest is reported as unread.
    deep = "<p>Jane Example</p>" + "<div>" * 50_000 + "PMP" + "</div>" * 50_000 + "<p>Agile</p>"
    doc = chunked(tmp_path, alt("rId10"), {"rId10": ("c.html", deep.encode(), HTML)}, store=True)
    assert doc.text == "Jane Example"
    assert "unread_content" in doc.flags


def test_style_sheet_too_costly_to_match_is_refused(tmp_path: Path) -> None:
    rules = "".join(
        f"div div div div div div div div {{ color: #{i % 10}00 }}" for i in range(2_000)
    )
    body = "<div>" * 200 + "<div>x</div>" * 2_000 + "</div>" * 200
    with pytest.raises(ParseError) as info:
        chunked(
            tmp_path,
            alt("rId10"),
            {"rId10": ("c.html", page(body, f"<style>{rules}</style>"), HTML)},
            store=True,
        )
    assert info.value.code == "too_large"


@pytest.mark.parametrize(
    "css",
    ["/*" * 300_000, "a{" * 300_000, "@a{" + "{@}" * 200_000, "x" * 600_000 + "{"],
    ids=["unclosed-comments", "unclosed-braces", "nested-at-rules", "long-selector"],
)
def test_pathological_style_sheet_is_scanned_in_linear_time(tmp_path: Path, css: str) -> None:
    chunk = page("<p>Jane Example</p>", f"<style>{css}</style>")
    doc = chunked(tmp_path, alt("rId10"), {"rId10": ("c.html", chunk, HTML)}, store=True)
    assert doc.text == "Jane Example"


@pytest.mark.parametrize(
    "declaration",
    [
        "font-size:" + "1" * 20_000 + "x",  # took 13 s: the length pattern backtracked
        "font-size:" + "1" * 20_000 + ".5pt",
        "color:rgb(" + "9" * 400 + ",0,0)",  # raised OverflowError: the whole file was "corrupt"
        "color:rgb(1" + "0" * 60 + ",0,0)",
        "opacity:" + "0" * 20_000 + "1",
    ],
    ids=["font-size-digits", "font-size-long-pt", "rgb-overflow", "rgb-huge", "opacity-digits"],
)
def test_absurd_css_number_is_ignored(tmp_path: Path, declaration: str) -> None:
    chunk = page(f'<p>Jane Example</p><p style="{declaration}">PRINCE2 Practitioner</p>')
    doc = chunked(tmp_path, alt("rId10"), {"rId10": ("c.html", chunk, HTML)})
    assert lines(doc) == ["Jane Example", "PRINCE2 Practitioner"]
    assert not doc.flags


def test_element_with_thousands_of_classes_is_matched_in_linear_time(tmp_path: Path) -> None:
    # 2,000 rules against 30,000 classes took 4.7 s an element: the class list was split per rule.
    rules = "".join(f".c{i} {{ color: #00000{i % 10} }}" for i in range(1_999))
    classes = " ".join(f"c{i}" for i in range(30_000))
    body = f'<p class="{classes}">Jane Example</p><p class="{classes} k">PRINCE2 Practitioner</p>'
    style = f"<style>{rules} .k {{ display: none }}</style>"
    doc = chunked(tmp_path, alt("rId10"), {"rId10": ("c.html", page(body, style), HTML)})
    assert doc.text == "Jane Example"
    assert doc.hidden_text == "PRINCE2 Practitioner" and "hidden_text" in doc.flags


def test_small_chunks_that_compress_too_well_are_a_zip_bomb(tmp_path: Path) -> None:
    # 19 chunks of 900 kB, 1.7 kB each zipped, spent the 20 MB chunk budget in 5.7 s: only parts
    # over 1 MB had their compression ratio checked.
    chunk = page("<b></b>" * 130_000 + "<p>PMP</p>")
    chunks = {f"rId{10 + n}": (f"c{n}.html", chunk, HTML) for n in range(19)}
    with pytest.raises(ParseError) as info:
        chunked(tmp_path, "".join(alt(rid) for rid in chunks), chunks)
    assert info.value.code == "zip_bomb"


@pytest.mark.parametrize("where", ["meta", "mime"])
@pytest.mark.parametrize("charset", ["punycode", "unicode_escape", "rot13", "utf-7", "hex"])
def test_chunk_declaring_a_codec_no_web_page_uses_is_read_as_utf8(
    tmp_path: Path, where: str, charset: str
) -> None:
    # "punycode" decoded a 1 MB chunk in a minute; none of these is an encoding of a web page.
    html = "<p>Ren\u00e9e Example</p><p>" + "+AGE-\\x41" + "-abcdefghij" * 50_000 + "</p>"
    if where == "meta":
        data = f'<html><head><meta charset="{charset}"></head><body>{html}</body></html>'.encode()
        chunk = ("c.html", data, HTML)
    else:
        data = (
            "MIME-Version: 1.0\r\n"
            'Content-Type: multipart/related; boundary="XX"\r\n\r\n'
            f'--XX\r\nContent-Type: text/html; charset="{charset}"\r\n\r\n'
            f"<html><body>{html}</body></html>\r\n--XX--\r\n"
        ).encode()
        chunk = ("c.mht", data, "message/rfc822")
    limits = ParseLimits(max_text_chars=1_000_000)
    doc = chunked(tmp_path, alt("rId10"), {"rId10": chunk}, limits=limits, store=True)
    assert lines(doc)[0] == "Renée Example"
    assert lines(doc)[1].startswith("+AGE-\\x41-abcdefghij")


@pytest.mark.parametrize("where", ["archive", "part"])
def test_mhtml_header_too_long_to_be_real_is_flagged_unread(tmp_path: Path, where: str) -> None:
    # The email package reads Content-Type parameters in quadratic time: 140,000 took 4 s a part.
    params = "\r\n a=b;" * 140_000
    top = "multipart/related; boundary=XX;" + (params if where == "archive" else "")
    part = "text/html;" + (params if where == "part" else "")
    mhtml = (
        f"MIME-Version: 1.0\r\nContent-Type: {top}\r\n\r\n"
        f"--XX\r\nContent-Type: {part}\r\n\r\n<p>PMP</p>\r\n--XX--\r\n"
    ).encode()
    doc = chunked(
        tmp_path,
        p(r("Jane Example")) + alt("rId10"),
        {"rId10": ("c.mht", mhtml, "multipart/related")},
        store=True,
    )
    assert lines(doc) == ["Jane Example"]
    assert "unread_content" in doc.flags


# Each was scored as seen, with no flag: (style sheet, attributes of the span).
CSS_HIDING = [
    ("<!-- .k { display: none } -->", 'class="k"'),
    ("<!--\n.x { margin: 0 }\n.k { display: none }\n-->", 'class="k"'),
    (".k { color: white !important }", 'class="k" style="color: black"'),
    (".k { display: none ! important }", 'class="k" style="display: inline"'),
    ("@media all { .k { display: none } }", 'class="k"'),
    ("@media screen { p .k { color: #fff } }", 'class="k"'),
    ("@media only screen, print { .k { display: none } }", 'class="k"'),
    ("", 'style="mso-hide: all"'),
    (".k { mso-hide: all }", 'class="k"'),
]


@pytest.mark.parametrize(("css", "attributes"), CSS_HIDING)
def test_text_hidden_by_css_a_browser_applies_is_set_aside(
    tmp_path: Path, css: str, attributes: str
) -> None:
    body = f"<p>Jane Example <span {attributes}>PRINCE2 Practitioner, PMI-ACP</span></p>"
    chunk = page(body, head=f"<style>{css}</style>")
    doc = chunked(tmp_path, alt("rId10"), {"rId10": ("c.html", chunk, HTML)})
    assert doc.text == "Jane Example"
    assert doc.hidden_text == "PRINCE2 Practitioner, PMI-ACP"
    assert "hidden_text" in doc.flags


CSS_SHOWING = [
    (".k { color: white }", 'class="k" style="color: black"'),
    (".k { color: white !important }", 'class="k" style="color: black !important"'),
    ("@media screen and (max-width: 600px) { .k { display: none } }", 'class="k"'),
    ("@media print { .k { display: none } }", 'class="k"'),
    ("@media (min-width: 1px) { .k { display: none } }", 'class="k"'),
    ("@supports (display: grid) { .k { display: none } }", 'class="k"'),
    ("", 'style="mso-hide: none"'),
]


@pytest.mark.parametrize(("css", "attributes"), CSS_SHOWING)
def test_text_css_does_not_hide_on_a_screen_is_read(
    tmp_path: Path, css: str, attributes: str
) -> None:
    body = f"<p>Jane Example</p><p {attributes}>PRINCE2 Practitioner, PMI-ACP</p>"
    chunk = page(body, head=f"<style>{css}</style>")
    doc = chunked(tmp_path, alt("rId10"), {"rId10": ("c.html", chunk, HTML)})
    assert lines(doc) == ["Jane Example", "PRINCE2 Practitioner, PMI-ACP"]
    assert not doc.hidden_text and not doc.flags


# --- run and paragraph properties: looked up without lxml's find(), with its answers ------------


def test_property_lookup_answers_as_lxml_find_does() -> None:
    from lxml import etree

    from pipeline.parsers.docx import _child, _children

    root = etree.fromstring(
        '<a xmlns:w="urn:w"><!-- c --><w:b/><?pi x?><w:color w:val="FFFFFF"/>'
        '<w:color w:val="000000"/></a>'
    )
    props = _children(root)
    for tag in ("{urn:w}b", "{urn:w}color", "{urn:w}sz"):
        found = root.find(tag)
        assert _child(root, tag) is found
        assert props.get(tag) is found


def test_run_properties_are_read_wherever_they_sit_and_first_one_counts(tmp_path: Path) -> None:
    late = "<w:r><w:t>PMP</w:t><w:rPr><w:vanish/></w:rPr></w:r>"
    twice = (
        '<w:r><w:rPr><w:color w:val="FFFFFF"/><w:color w:val="000000"/></w:rPr><w:t>CSM</w:t></w:r>'
    )
    doc = read(tmp_path, p(r("Jane Example")) + p(late) + p(twice))
    assert doc.text == "Jane Example"
    assert doc.hidden_text == "PMP\nCSM"


# --- styles that hide text, and the cache of them kept across the files of a batch --------------


def styles_xml(quiet: str, padding: int = 0) -> bytes:
    """Returns a styles.xml whose paragraph style "Quiet" has run properties `quiet`."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:style w:type="paragraph" w:styleId="Quiet"><w:rPr>{quiet}</w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Quieter"><w:basedOn w:val="Quiet"/></w:style>'
        f"<!-- {'x' * padding} --></w:styles>"
    ).encode()


STYLED_BODY = (
    p(r("Jane Example"))
    + p(r("PMP"), ppr='<w:pPr><w:pStyle w:val="Quiet"/></w:pPr>')
    + p(r("CSM"), ppr='<w:pPr><w:pStyle w:val="Quieter"/></w:pPr>')
)


def styled(tmp_path: Path, styles: bytes, name: str = "resume.docx", **limits: int) -> Document:
    path = tmp_path / name
    path.write_bytes(docx(STYLED_BODY, extra_files={"word/styles.xml": styles}))
    return parse(path, limits=ParseLimits(**limits))


def test_text_in_a_hiding_style_is_hidden_on_every_read(tmp_path: Path) -> None:
    styles = styles_xml("<w:vanish/>")
    for name in ("a.docx", "b.docx"):  # the second is answered from the cache
        doc = styled(tmp_path, styles, name)
        assert doc.text == "Jane Example"
        assert doc.hidden_text == "PMP\nCSM"


def test_styles_cache_answers_by_what_the_part_holds(tmp_path: Path) -> None:
    assert styled(tmp_path, styles_xml("<w:b/>"), "plain.docx").text == "Jane Example\nPMP\nCSM"
    assert styled(tmp_path, styles_xml("<w:vanish/>"), "hiding.docx").text == "Jane Example"


def test_cached_styles_still_count_against_the_part_size_cap(tmp_path: Path) -> None:
    styles = styles_xml("<w:vanish/>", padding=50_000)
    assert styled(tmp_path, styles, "a.docx").text == "Jane Example"
    with pytest.raises(ParseError) as err:
        styled(tmp_path, styles, "b.docx", max_xml_part_bytes=20_000)
    assert err.value.code == "zip_bomb"


def test_styles_part_with_a_bad_crc_is_corrupt_though_its_bytes_were_cached(
    tmp_path: Path,
) -> None:
    styles = styles_xml("<w:vanish/>", padding=10)
    good = docx(STYLED_BODY, extra_files={"word/styles.xml": styles})
    (tmp_path / "good.docx").write_bytes(good)
    assert parse(tmp_path / "good.docx").text == "Jane Example"
    info = zipfile.ZipFile(io.BytesIO(good)).getinfo("word/styles.xml")
    bad = bytearray(good)
    wrong = (info.CRC ^ 1).to_bytes(4, "little")
    bad[info.header_offset + 14 : info.header_offset + 18] = wrong  # local header
    central = good.index(b"PK\x01\x02")
    while good[central + 46 : central + 46 + len(info.filename)] != info.filename.encode():
        central = good.index(b"PK\x01\x02", central + 4)
    bad[central + 16 : central + 20] = wrong  # central directory
    (tmp_path / "bad.docx").write_bytes(bytes(bad))
    with pytest.raises(ParseError) as err:
        parse(tmp_path / "bad.docx")
    assert err.value.code == "corrupt"


def test_styles_are_read_in_the_main_parts_namespace_whatever_was_read_before(
    tmp_path: Path,
) -> None:
    # The same styles.xml under a Strict main part reads no styles; the cache must not carry that
    # answer over to a Transitional document, whose text the style hides.
    styles = styles_xml("<w:vanish/>", padding=20)
    strict = (
        '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>'
        + STYLED_BODY
        + "</w:body></w:document>"
    )
    path = tmp_path / "strict.docx"
    path.write_bytes(docx("", document_xml=strict, extra_files={"word/styles.xml": styles}))
    assert parse(path).text == "Jane Example\nPMP\nCSM"
    assert styled(tmp_path, styles).text == "Jane Example"


def test_stored_digest_names_what_a_part_inflates_to_wherever_it_sits() -> None:
    from pipeline.parsers.docx import _Package

    def digest(data: bytes, name: str = "word/styles.xml") -> bytes | None:
        return _Package(data, zipfile.ZipFile(io.BytesIO(data)), ParseLimits()).stored_digest(name)

    bold = styles_xml("<w:b/>")
    short = docx(p(r("A")), extra_files={"word/styles.xml": bold})
    long = docx(p(r("A much longer body " * 50)), extra_files={"word/styles.xml": bold})
    italic = docx(p(r("A")), extra_files={"word/styles.xml": styles_xml("<w:i/>")})
    assert digest(short) == digest(long) != digest(italic)
    assert digest(short, "word/missing.xml") is None


# --- list items: Word draws the bullet, the text has none ---------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_NUMBERING = (
    f"<w:numbering {_W}>"
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl>'
    "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    "</w:numbering>"
).encode()
_LIST_STYLES = (
    f"<w:styles {_W}>"
    '<w:style w:type="paragraph" w:styleId="ListBullet"><w:pPr><w:numPr><w:numId w:val="1"/>'
    "</w:numPr></w:pPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="MyBullet"><w:basedOn w:val="ListBullet"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="2"/>'
    "</w:numPr></w:pPr></w:style>"
    "</w:styles>"
).encode()


def _item(text: str, style: str = "", num: str = "", level: str = "") -> str:
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num:
        ilvl = f'<w:ilvl w:val="{level}"/>' if level else ""
        ppr += f'<w:numPr>{ilvl}<w:numId w:val="{num}"/></w:numPr>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{r(text)}</w:p>"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (_item("Led the ERP rollout", style="ListBullet"), "- Led the ERP rollout"),
        (_item("Led the ERP rollout", style="MyBullet"), "- Led the ERP rollout"),  # basedOn
        (_item("Led the ERP rollout", num="1"), "- Led the ERP rollout"),
        (_item("Led the ERP rollout", num="1", level="1"), "Led the ERP rollout"),  # decimal level
        (_item("Led the ERP rollout", style="ListNumber"), "Led the ERP rollout"),
        (_item("Led the ERP rollout", style="ListBullet", num="0"), "Led the ERP rollout"),
        (_item("Led the ERP rollout", num="7"), "Led the ERP rollout"),  # no such list
        (_item("Led the ERP rollout"), "Led the ERP rollout"),
    ],
)
def test_bulleted_list_items_read_as_bullets(tmp_path, paragraph, expected):
    body = p(r("EXPERIENCE")) + paragraph
    files = {"word/styles.xml": _LIST_STYLES, "word/numbering.xml": _NUMBERING}
    assert lines(read(tmp_path, body, extra_files=files)) == ["EXPERIENCE", expected]


def test_a_bullet_item_above_a_job_is_not_its_employer(tmp_path, screener):
    body = (
        p(r("EXPERIENCE"))
        + p(r("IT Project Manager, Northwind Systems | Mar 2019 – Nov 2021"))
        + _item("Cut release cycle time by 30% through Agile adoption", style="ListBullet")
        + p(r("Project Coordinator | Jun 2016 – Feb 2019"))
        + p(r("Fabrikam Software, Chicago, IL"))
        + _item("Maintained project schedules for 12 projects", style="ListBullet")
    )
    files = {"word/styles.xml": _LIST_STYLES, "word/numbering.xml": _NUMBERING}
    document = read(tmp_path, body, extra_files=files)
    result = screener.screen_document(document, "bullets.docx", "")
    assert [(p.title, p.employer) for p in result.profile.experience.positions] == [
        ("IT Project Manager", "Northwind Systems"),
        ("Project Coordinator", "Fabrikam Software"),
    ]


def test_a_tab_between_a_title_and_its_dates_separates_them(tmp_path):
    body = p(r("IT Project Manager") + "<w:r><w:tab/></w:r>" + r("Mar 2019 – Nov 2021"))
    assert lines(read(tmp_path, body)) == ["IT Project Manager | Mar 2019 – Nov 2021"]
