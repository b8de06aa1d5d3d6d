"""Writes the parser fixtures to tests/fixtures/parsing/ (deterministic: same bytes every run).

Run: PYTHONPATH=. .venv/bin/python tools/make_parser_fixtures.py
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # no timestamps or random IDs in the PDFs
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.pdfencrypt import StandardEncryption  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "parsing"
PAGE_W, PAGE_H = letter
DASH = "\u2013"


@dataclass(frozen=True)
class Job:
    title: str
    dates: str
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class Resume:
    name: str = "Jane Example"
    contact: str = "jane.example@example.com | +44 20 7946 0000 | linkedin.com/in/jane-example"
    jobs: tuple[Job, ...] = (
        Job(
            "Senior IT Project Manager, Acme Corp",
            f"Jan 2018 {DASH} Present",
            (
                "Led delivery of a cloud migration for 40 applications",
                "Managed a budget of 2.4 million and a team of 12",
                "Introduced Scrum and Kanban across three teams",
            ),
        ),
        Job(
            "IT Project Manager, Globex Ltd",
            f"Mar 2014 {DASH} Dec 2017",
            (
                "Ran the ERP upgrade from plan to go-live",
                "Reported risks and status to the steering board",
            ),
        ),
        Job(
            "Business Analyst, Initech",
            f"Jun 2010 {DASH} Feb 2014",
            ("Wrote requirements for the billing platform", "Coordinated user acceptance tests"),
        ),
    )
    side: tuple[str, ...] = (
        "SKILLS",
        "Agile delivery",
        "Scrum and Kanban",
        "Stakeholder management",
        "Budget control",
        "Jira and Confluence",
        "Risk management",
        "",
        "CERTIFICATIONS",
        "PMP, 2019",
        "PRINCE2 Practitioner",
        "",
        "EDUCATION",
        "BSc Computer Science",
        "University of Leeds, 2010",
    )
    extra: tuple[str, ...] = field(default=())  # more main-column lines (longer résumés)


@dataclass
class Run:
    """One drawString: where, what, how."""

    x: float
    y: float
    text: str
    font: str = "Helvetica"
    size: float = 9.0
    align: str = "left"
    color: tuple[float, float, float] = (0, 0, 0)


def main_column(resume: Resume, x0: float, x1: float, y: float, leading: float = 13.0) -> list[Run]:
    """Returns the runs of the experience column between x0 and x1, from height y downwards."""
    runs = [Run(x0, y, "EXPERIENCE", "Helvetica-Bold", 10.5)]
    y -= leading * 1.4
    for job in resume.jobs:
        runs.append(Run(x0, y, job.title, "Helvetica-Bold", 9.5))
        runs.append(Run(x1, y, job.dates, "Helvetica", 9.0, "right"))
        y -= leading
        for bullet in job.bullets:
            runs.append(Run(x0 + 8, y, "\u2022 " + bullet))
            y -= leading
        y -= leading * 0.5
    for line in resume.extra:
        runs.append(Run(x0, y, line))
        y -= leading
    return runs


def side_column(
    resume: Resume, x0: float, y: float, leading: float = 13.0, color=(0, 0, 0)
) -> list[Run]:
    """Returns the runs of the skills/certifications/education column."""
    runs = []
    for line in resume.side:
        if line:
            bold = line.isupper()
            runs.append(
                Run(
                    x0,
                    y,
                    line,
                    "Helvetica-Bold" if bold else "Helvetica",
                    10 if bold else 9,
                    color=color,
                )
            )
        y -= leading
    return runs


def header(resume: Resume, x0: float, y: float) -> list[Run]:
    return [Run(x0, y, resume.name, "Helvetica-Bold", 18), Run(x0, y - 18, resume.contact)]


def draw(c: canvas.Canvas, runs: Sequence[Run]) -> None:
    for run in runs:
        c.setFont(run.font, run.size)
        c.setFillColorRGB(*run.color)
        if run.align == "right":
            c.drawRightString(run.x, run.y, run.text)
        else:
            c.drawString(run.x, run.y, run.text)
    c.setFillColorRGB(0, 0, 0)


def interleave(left: Sequence[Run], right: Sequence[Run]) -> list[Run]:
    """Returns the runs of two columns in the order a row-by-row generator writes them."""
    runs = [*left, *right]
    return sorted(runs, key=lambda r: (-round(r.y, 1), r.x))


def layout_pdf(resume: Resume, layout: str, pages: int = 1, **canvas_kw) -> bytes:
    """Returns a résumé PDF in one of the layouts: one_column, two_column, sidebar, interleaved."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, **canvas_kw)
    for page in range(pages):
        top = PAGE_H - 50
        if layout == "sidebar":
            c.setFillColorRGB(0.13, 0.2, 0.32)
            c.rect(0, 0, 175, PAGE_H, stroke=0, fill=1)
            side = []
            if page == 0:
                side = [
                    Run(20, top, resume.name, "Helvetica-Bold", 14, color=(1, 1, 1)),
                    Run(20, top - 16, resume.contact.split(" | ")[0], size=8, color=(1, 1, 1)),
                ]
            side += side_column(resume, 20, top - 50, color=(1, 1, 1))
            draw(c, side)
            draw(c, main_column(resume, 200, 570, top))
        elif layout in ("two_column", "interleaved"):
            runs_head = header(resume, 50, top) if page == 0 else []
            left = main_column(resume, 50, 352, top - 50)
            right = side_column(resume, 385, top - 50)
            draw(c, runs_head)
            draw(c, interleave(left, right) if layout == "interleaved" else [*left, *right])
        else:
            runs = header(resume, 50, top) if page == 0 else []
            runs += [Run(50, top - 45, "SUMMARY", "Helvetica-Bold", 10.5)]
            runs += [
                Run(
                    50,
                    top - 60,
                    "IT project manager with twelve years of delivery in finance and retail.",
                )
            ]
            runs += main_column(resume, 50, 562, top - 85)
            y = min(r.y for r in runs) - 25
            for line in resume.side:
                if line:
                    runs.append(
                        Run(50, y, line, "Helvetica-Bold" if line.isupper() else "Helvetica")
                    )
                y -= 13
            draw(c, runs)
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_with(extra: Sequence[Run], resume: Resume = Resume(), **canvas_kw) -> bytes:
    """Returns a one-column résumé PDF with some extra runs drawn on it."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, **canvas_kw)
    top = PAGE_H - 50
    draw(c, [*header(resume, 50, top), *main_column(resume, 50, 562, top - 50)])
    draw(c, extra)
    c.showPage()
    c.save()
    return buf.getvalue()


def repeated_header_footer_pdf(resume: Resume) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    bodies = [main_column(resume, 50, 562, PAGE_H - 90), side_column(resume, 50, PAGE_H - 90)]
    for number, body in enumerate(bodies, start=1):
        draw(c, [Run(50, PAGE_H - 40, f"{resume.name} {DASH} Curriculum Vitae", size=8)])
        draw(c, body)
        draw(c, [Run(PAGE_W / 2, 30, f"Page {number} of 2", size=8)])
        c.showPage()
    c.save()
    return buf.getvalue()


def scanned_pdf(resume: Resume) -> bytes:
    """Returns a one-page PDF holding only an image of text (200 dpi), no text layer."""
    import reportlab
    from PIL import Image, ImageDraw, ImageFont

    font_dir = Path(reportlab.__file__).parent / "fonts"
    regular = ImageFont.truetype(str(font_dir / "Vera.ttf"), 40)
    bold = ImageFont.truetype(str(font_dir / "VeraBd.ttf"), 52)
    image = Image.new("L", (1700, 2200), 255)
    pen = ImageDraw.Draw(image)
    y = 150
    pen.text((150, y), resume.name, font=bold, fill=0)
    y += 110
    for line in [
        "EXPERIENCE",
        f"{resume.jobs[0].title}  Jan 2018 - Present",
        *resume.jobs[0].bullets[:2],
        "SKILLS",
        "Agile delivery, Scrum, Risk management",
    ]:
        pen.text((150, y), line, font=regular, fill=0)
        y += 75
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.drawImage(ImageReader(image), 0, 0, PAGE_W, PAGE_H)
    c.showPage()
    c.save()
    return buf.getvalue()


def cid_pdf() -> bytes:
    garbage = "".join(f"(cid:{n})" for n in (71, 82, 68, 17, 49, 68, 80, 72, 3, 44, 55, 3, 51, 80))
    runs = [Run(50, PAGE_H - 60 - 14 * i, garbage) for i in range(20)]
    runs.insert(0, Run(50, PAGE_H - 40, "Curriculum Vitae"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    draw(c, runs)
    c.showPage()
    c.save()
    return buf.getvalue()


# DOCX ----------------------------------------------------------------------------------------

W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"'
)
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WORDML_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def p(*runs: str, ppr: str = "") -> str:
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def r(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'


def tbl(*rows: str) -> str:
    return f"<w:tbl>{''.join(rows)}</w:tbl>"


def tr(*cells: str) -> str:
    return f"<w:tr>{''.join(cells)}</w:tr>"


def tc(*blocks: str, tcpr: str = "") -> str:
    return f"<w:tc>{tcpr}{''.join(blocks)}</w:tc>"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(
    body: str,
    parts: dict[str, str] | None = None,
    rels: Sequence[tuple[str, str, str, bool]] = (),
    extra_files: dict[str, bytes] | None = None,
    document_xml: str | None = None,
    content_types: dict[str, str] | None = None,
) -> bytes:
    """Returns a minimal DOCX package; rels are (id, type suffix, target, external).

    `content_types` maps the names of `extra_files` to their declared type (altChunk parts).
    """
    parts = parts or {}
    overrides = "".join(
        f'<Override PartName="/word/{name}" ContentType="application/vnd.openxmlformats-officedocument.'
        f'wordprocessingml.{name.rstrip("0123456789.xml") or "document"}+xml"/>'
        for name in parts
    ) + "".join(
        f'<Override PartName="/{name}" ContentType="{kind}"/>'
        for name, kind in (content_types or {}).items()
    )
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            f'officedocument.wordprocessingml.document.main+xml"/>{overrides}</Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"
        ),
        "word/document.xml": document_xml
        or f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>{body}</w:body></w:document>',
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(
                f'<Relationship Id="{rid}" Type="{REL_NS}/{kind}" Target="{_esc(target)}"'
                + (' TargetMode="External"' if external else "")
                + "/>"
                for rid, kind, target, external in rels
            )
            + "</Relationships>"
        ),
    }
    for name, xml in parts.items():
        files[f"word/{name}"] = xml
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in files.items():
            zf.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), content, zipfile.ZIP_DEFLATED)
        for name, blob in (extra_files or {}).items():
            zf.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), blob, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def hdr_xml(tag: str, body: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag} {W_NS}>{body}</w:{tag}>'
    )


def job_paragraphs(resume: Resume) -> str:
    out = [p(r("Experience", "<w:b/>"))]
    for job in resume.jobs:
        out.append(p(r(job.title, "<w:b/>"), "<w:r><w:tab/></w:r>", r(job.dates)))
        out.extend(p(r("\u2022 " + b)) for b in job.bullets)
    return "".join(out)


def text_box(text_paragraphs: str) -> str:
    """Returns a run holding a DrawingML text box with its VML fallback (same text twice)."""
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        "<a:graphic><a:graphicData><wps:wsp><wps:spPr/><wps:txbx><w:txbxContent>"
        f"{text_paragraphs}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
        f"{text_paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def alt_chunks_docx(resume: Resume) -> bytes:
    """Returns a DOCX whose body is only w:altChunks, as résumé builders and mail merges write.

    Contact and experience in HTML (with a keyword hidden by CSS), skills in MHTML, education in a
    nested DOCX, references in RTF (which is not read).
    """
    job = resume.jobs[0]
    html = (
        "<!DOCTYPE html><html><head><style>.ats { display: none }</style></head><body>"
        f"<h1>{resume.name}</h1><p>{_esc(resume.contact)}</p><h2>Experience</h2>"
        f"<p><b>{_esc(job.title)}</b> &nbsp; {job.dates}</p>"
        "<ul>" + "".join(f"<li>{_esc(b)}</li>" for b in job.bullets) + "</ul>"
        '<p class="ats">Kubernetes Terraform CISSP</p></body></html>'
    )
    mhtml = (
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="NEXT"\r\n\r\n'
        '--NEXT\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n'
        "<html><body><h2>Skills</h2><ul><li>Agile delivery</li><li>Jira and Confluence</li></ul>"
        "</body></html>\r\n--NEXT--\r\n"
    )
    education = docx(
        p(r("Education", "<w:b/>")) + p(r("BSc Computer Science, University of Leeds, 2010"))
    )
    rtf = b"{\\rtf1\\ansi References available on request\\par}"
    chunks = {
        "rId11": ("experience.html", html.encode(), "text/html"),
        "rId12": ("skills.mht", mhtml.encode(), "message/rfc822"),
        "rId13": ("education.docx", education, _WORDML_MAIN),
        "rId14": ("references.rtf", rtf, "application/rtf"),
    }
    return docx(
        "".join(f'<w:altChunk r:id="{rid}"/>' for rid in chunks) + "<w:sectPr/>",
        rels=[(rid, "aFChunk", name, False) for rid, (name, _, _) in chunks.items()],
        extra_files={f"word/{name}": data for name, data, _ in chunks.values()},
        content_types={f"word/{name}": kind for name, _, kind in chunks.values()},
    )


def build(out: Path = OUT) -> dict[str, bytes]:
    """Returns every fixture as name -> bytes, after writing them to `out`."""
    cv = Resume()
    files: dict[str, bytes] = {}
    for layout in ("one_column", "two_column", "sidebar"):
        files[f"{layout}.pdf"] = layout_pdf(cv, layout)
    files["interleaved_stream.pdf"] = layout_pdf(cv, "interleaved")
    files["white_text.pdf"] = pdf_with(
        [
            Run(50, 120, "Kubernetes Terraform PMP PRINCE2 SAFe CISSP", color=(1, 1, 1)),
            Run(50, 100, "Scrum Master Six Sigma ITIL", color=(0.97, 0.97, 0.97)),
        ]
    )
    files["tiny_text.pdf"] = pdf_with(
        [
            Run(50, 120, "Kubernetes Terraform PMP PRINCE2 SAFe CISSP", size=1),
            Run(-400, 100, "Scrum Master Six Sigma ITIL"),
        ]
    )
    files["repeated_header_footer.pdf"] = repeated_header_footer_pdf(cv)
    files["scanned_page.pdf"] = scanned_pdf(cv)
    files["cid_garbage.pdf"] = cid_pdf()
    files["encrypted.pdf"] = layout_pdf(
        cv, "one_column", encrypt=StandardEncryption("open-sesame", "owner", canCopy=0)
    )
    files["copy_protected.pdf"] = layout_pdf(
        cv, "one_column", encrypt=StandardEncryption("", "owner", canCopy=0, canModify=0)
    )

    files["table_based.docx"] = docx(
        p(r(cv.name, "<w:b/>"))
        + p(r("Skills", "<w:b/>"))
        + tbl(
            tr(tc(p(r("Agile delivery"))), tc(p(r("Scrum"))), tc(p(r("Kanban")))),
            tr(tc(p(r("Jira"))), tc(p(r("Confluence"))), tc(p(r("MS Project")))),
        )
        + tbl(
            tr(tc(p(r(cv.jobs[0].title))), tc(p(r(cv.jobs[0].dates)))),
            tr(tc(p(r(cv.jobs[1].title))), tc(p(r(cv.jobs[1].dates)))),
        )
        + tbl(
            tr(
                tc(
                    p(r("Certifications", "<w:b/>")),
                    tbl(
                        tr(tc(p(r("PMP"))), tc(p(r("2019")))),
                        tr(tc(p(r("PRINCE2 Practitioner"))), tc(p(r("2016")))),
                    ),
                ),
                tc(
                    p(r("Education", "<w:b/>")),
                    p(r("BSc Computer Science")),
                    p(r("University of Leeds, 2010")),
                ),
            )
        )
    )
    files["contact_in_header.docx"] = docx(
        p(r("Summary", "<w:b/>"))
        + p(
            r("IT project manager. Profile: "),
            '<w:hyperlink r:id="rId10">' + r("LinkedIn") + "</w:hyperlink>",
        )
        + job_paragraphs(cv),
        parts={
            "header1.xml": hdr_xml(
                "hdr",
                p(r(cv.name, "<w:b/>"))
                + p(
                    '<w:hyperlink r:id="rId1">' + r("jane.example@example.com") + "</w:hyperlink>",
                    r(" | +44 20 7946 0000"),
                ),
            ),
            "footer1.xml": hdr_xml("ftr", p(r("References available on request"))),
        },
        rels=[
            ("rId10", "hyperlink", "https://www.linkedin.com/in/jane-example", True),
            ("rId20", "header", "header1.xml", False),
            ("rId21", "footer", "footer1.xml", False),
        ],
    )
    # header rels: the mailto link lives in the header part
    files["contact_in_header.docx"] = _add_part(
        files["contact_in_header.docx"],
        "word/_rels/header1.xml.rels",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL_NS}/hyperlink" Target="mailto:jane.example@example.com" '
        'TargetMode="External"/></Relationships>',
    )
    files["white_text.docx"] = docx(
        tbl(
            tr(
                tc(
                    p(r("EXPERIENCE", '<w:b/><w:color w:val="FFFFFF"/>')),
                    tcpr='<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr>',
                )
            )
        )
        + job_paragraphs(cv)
        + p(r("Certified in Agile delivery. "), r("Kubernetes Terraform", "<w:vanish/>"))
        + p(
            r("PMP PRINCE2 SAFe ", '<w:color w:val="FFFFFF"/>'),
            r("CISSP ITIL", '<w:color w:val="FDFDFD"/>'),
        )
        + p(r("Six Sigma Black Belt", '<w:sz w:val="2"/>'))
    )
    files["textbox.docx"] = docx(
        p(r(cv.name, "<w:b/>"))
        + p(
            r("Experience"),
            text_box(
                p(r(cv.jobs[0].title), r("  " + cv.jobs[0].dates))
                + p(r("Led delivery of a cloud migration"))
            ),
        )
        + p(r("Education"))
    )
    files["tracked_changes.docx"] = docx(
        p(r(cv.name))
        + p(
            r("Managed a portfolio of "),
            '<w:ins w:id="1" w:author="A" w:date="2020-01-01T00:00:00Z">'
            + r("twelve")
            + "</w:ins>",
            '<w:del w:id="2" w:author="A" w:date="2020-01-01T00:00:00Z"><w:r><w:delText>three</w:delText></w:r></w:del>',
            r(" projects"),
        )
        + '<w:p><w:del w:id="3" w:author="A" w:date="2020-01-01T00:00:00Z"><w:r><w:delText>Fired for cause</w:delText>'
        "</w:r></w:del></w:p>"
    )
    files["alt_chunks.docx"] = alt_chunks_docx(cv)
    files["doctype.docx"] = docx(
        "",
        document_xml=(
            '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY boom "boom">]>'
            f"<w:document {W_NS}><w:body>{p(r('&boom;'))}</w:body></w:document>"
        ).replace("&amp;boom;", "&boom;"),
    )
    files["zip_bomb.docx"] = docx(
        p(r("hello")), extra_files={"word/media/filler.bin": bytes(30 * 1024 * 1024)}
    )
    files["encrypted_ole.docx"] = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(504)
        + "EncryptedPackage".encode("utf-16-le")
        + bytes(480)
    )
    files["legacy.doc"] = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(504)
        + "WordDocument".encode("utf-16-le")
        + bytes(480)
    )
    files["pdf_named.docx"] = files["one_column.pdf"]
    files["resume.rtf"] = (
        b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 Jane Example\\par IT Project Manager\\par}"
    )
    files["resume.odt"] = _odt()
    files["photo.png"] = _png()
    files["html_named.pdf"] = b"<!DOCTYPE html><html><body><p>Jane Example</p></body></html>"

    text = "Jane Example\r\nSenior IT Project Manager, Acme Corp  Jan 2018 \u2013 Present\r\nR\u00e9sum\u00e9 \u2019quoted\u2019\r\n"
    files["cp1252.txt"] = text.encode("cp1252")
    files["utf16.txt"] = b"\xff\xfe" + text.encode("utf-16-le")
    files["utf16_nobom.txt"] = text.encode("utf-16-be")
    files["utf8_bom.txt"] = b"\xef\xbb\xbf" + text.encode("utf-8")
    files["nul_controls.txt"] = (
        text.replace("Acme", "Ac\x00me").replace("Present", "Pre\x07sent").encode("utf-8")
    )
    files["empty.txt"] = b""

    out.mkdir(parents=True, exist_ok=True)
    for name, blob in files.items():
        (out / name).write_bytes(blob)
    return files


def _add_part(package: bytes, name: str, content: str) -> bytes:
    buf = io.BytesIO(package)
    with zipfile.ZipFile(buf, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), content, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _odt() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(
            zipfile.ZipInfo("mimetype", (1980, 1, 1, 0, 0, 0)),
            "application/vnd.oasis.opendocument.text",
        )
        zf.writestr(
            zipfile.ZipInfo("content.xml", (1980, 1, 1, 0, 0, 0)),
            '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:'
            'opendocument:xmlns:office:1.0"/>',
            zipfile.ZIP_DEFLATED,
        )
    return buf.getvalue()


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(buf, format="PNG")
    return buf.getvalue()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    written = build(target)
    print(f"wrote {len(written)} fixtures to {target}")
