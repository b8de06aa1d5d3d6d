"""Where text can sit in a DOCX package, one case per test, each package built in the test.

Every place is either read into Document.text in reading order, set aside as hidden text, or
dropped (deleted revisions, field codes); what cannot be read is flagged "unread_content".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Document
from pipeline.parsers import parse
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
