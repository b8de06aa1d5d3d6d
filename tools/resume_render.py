"""Render a small résumé data structure to PDF (three layouts), DOCX and TXT, byte-deterministically.

Text fields may carry inline markup used by the generators to know exactly what a résumé evidences:
``{skill-id:visible text}``, ``{skill-id~:Typo text}`` (a misspelt mention) and
``{cert-id@status:visible text}``. Every renderer shows only the visible text.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

MARKUP = re.compile(r"\{([a-z0-9-]+)(@[a-z_]+)?(~)?:([^{}]*)\}")
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
FIXED_DOC_TIME = datetime(2026, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Mention:
    """One marked-up mention: a skill or certification id, its status and visible text."""

    id: str
    status: str  # "" for skills; held | in_progress | expired | negated for certifications
    typo: bool
    text: str


def plain(text: str) -> str:
    """Return the text with markup removed, as a reader sees it."""
    return MARKUP.sub(lambda m: m.group(4), text)


def mentions(text: str) -> list[Mention]:
    """Return every marked-up mention in the text."""
    return [
        Mention(m.group(1), (m.group(2) or "")[1:], bool(m.group(3)), m.group(4))
        for m in MARKUP.finditer(text)
    ]


@dataclass(frozen=True)
class Position:
    title: str
    employer: str
    location: str
    dates: str
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Headings:
    summary: str = "Summary"
    experience: str = "Professional Experience"
    skills: str = "Skills"
    certifications: str = "Certifications"
    education: str = "Education"
    upper: bool = True  # render headings in capitals


@dataclass(frozen=True)
class Resume:
    name: str
    contact: tuple[str, ...]
    headline: str = ""
    summary: str = ""
    positions: tuple[Position, ...] = ()
    skills: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()
    education: tuple[str, ...] = ()
    headings: Headings = field(default_factory=Headings)
    # stacked: title line, then employer/location/dates; employer_first: employer line, then
    # title and dates on one line; dates_first: "dates | title, employer (location)"
    position_layout: str = "stacked"
    skills_inline: bool = False  # skills as one comma-separated line instead of a list
    bullet: str = "•"  # TXT bullet marker
    extra: tuple[tuple[str, tuple[str, ...]], ...] = ()  # further sections: (heading, lines)

    def all_text(self) -> str:
        """Return every text field joined, markup included (for the generators' checks)."""
        parts = [self.name, *self.contact, self.headline, self.summary]
        for p in self.positions:
            parts += [p.title, p.employer, p.location, p.dates, *p.bullets]
        parts += [*self.skills, *self.certifications, *self.education]
        for heading, lines in self.extra:
            parts += [heading, *lines]
        return "\n".join(parts)


def _heading(resume: Resume, text: str) -> str:
    return text.upper() if resume.headings.upper else text


def _position_lines(p: Position, layout: str) -> list[str]:
    """Return the header lines of a position for plain-text layouts."""
    title, employer, loc, dates = plain(p.title), plain(p.employer), plain(p.location), p.dates
    if layout == "employer_first":
        return [f"{employer}, {loc}" if loc else employer, f"{title}    {dates}"]
    if layout == "dates_first":
        where = f" ({loc})" if loc else ""
        return [f"{dates} | {title}, {employer}{where}"]
    meta = " | ".join(x for x in (employer, loc, dates) if x)
    return [title, meta]


# ---------------------------------------------------------------- TXT


def render_txt(resume: Resume, path: Path) -> Path:
    """Write the résumé as UTF-8 plain text and return the path."""
    h = resume.headings
    lines: list[str] = [resume.name]
    if resume.headline:
        lines.append(plain(resume.headline))
    lines.append(" | ".join(plain(c) for c in resume.contact))
    lines.append("")

    def section(title: str, body: list[str]) -> None:
        if not body:
            return
        heading = _heading(resume, title)
        lines.append(heading)
        if heading.isupper() and not heading.endswith(":"):
            lines.append("=" * len(heading))
        lines.extend(body)
        lines.append("")

    section(h.summary, [plain(resume.summary)] if resume.summary else [])
    exp: list[str] = []
    for p in resume.positions:
        exp.extend(_position_lines(p, resume.position_layout))
        exp.extend(f"{resume.bullet} {plain(b)}" for b in p.bullets)
        exp.append("")
    if exp:
        exp.pop()
    section(h.experience, exp)
    if resume.skills_inline:
        section(h.skills, [", ".join(plain(s) for s in resume.skills)] if resume.skills else [])
    else:
        section(h.skills, [f"{resume.bullet} {plain(s)}" for s in resume.skills])
    section(h.certifications, [f"{resume.bullet} {plain(c)}" for c in resume.certifications])
    section(h.education, [plain(e) for e in resume.education])
    for heading, body in resume.extra:
        section(heading, [plain(x) for x in body])
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- PDF


def _pdf_styles() -> dict[str, object]:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5)
    return {
        "name": ParagraphStyle(
            "name", parent=base, fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=2
        ),
        "headline": ParagraphStyle(
            "headline", parent=base, fontSize=11, leading=14, textColor=HexColor("#444444")
        ),
        "contact": ParagraphStyle("contact", parent=base, fontSize=9, leading=12),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=11,
            leading=14,
            spaceBefore=9,
            spaceAfter=3,
            textColor=HexColor("#1F3B5C"),
        ),
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName="Helvetica-Bold", spaceBefore=5),
        "meta": ParagraphStyle("meta", parent=base, fontName="Helvetica-Oblique"),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2),
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=11.5),
    }


def _p(text: str, style: object, **kw: object) -> object:
    from reportlab.platypus import Paragraph

    return Paragraph(escape(plain(text)), style, **kw)  # type: ignore[arg-type]


def _pdf_heading(resume: Resume, text: str, st: dict[str, object], width: float) -> list[object]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import HRFlowable

    return [
        _p(_heading(resume, text), st["heading"]),
        HRFlowable(width=width, thickness=0.6, color=HexColor("#1F3B5C"), spaceAfter=3),
    ]


def _pdf_positions(resume: Resume, st: dict[str, object], width: float) -> list[object]:
    from reportlab.platypus import Paragraph, Table, TableStyle

    out: list[object] = []
    for p in resume.positions:
        title, employer, loc = (escape(plain(x)) for x in (p.title, p.employer, p.location))
        dates = escape(p.dates)
        if resume.position_layout == "employer_first":
            out.append(
                Paragraph(f"<b>{employer}</b>, {loc}" if loc else f"<b>{employer}</b>", st["title"])
            )  # type: ignore[arg-type]
            row = Table(
                [
                    [
                        Paragraph(f"<i>{title}</i>", st["body"]),  # type: ignore[arg-type]
                        Paragraph(dates, st["body"]),
                    ]
                ],  # type: ignore[arg-type]
                colWidths=[width * 0.68, width * 0.32],
            )
            row.setStyle(
                TableStyle(
                    [
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ]
                )
            )
            out.append(row)
        elif resume.position_layout == "dates_first":
            where = f" ({loc})" if loc else ""
            out.append(Paragraph(f"{dates} | <b>{title}</b>, {employer}{where}", st["title"]))  # type: ignore[arg-type]
        else:
            out.append(Paragraph(title, st["title"]))  # type: ignore[arg-type]
            meta = " | ".join(x for x in (employer, loc, dates) if x)
            out.append(Paragraph(meta, st["meta"]))  # type: ignore[arg-type]
        out.extend(_p(b, st["bullet"], bulletText=_pdf_bullet(resume)) for b in p.bullets)
    return out


def _pdf_bullet(resume: Resume) -> str:
    """Return the bullet glyph for PDFs: reportlab's Helvetica "•" is not extractable as text."""
    return "–" if resume.bullet == "•" else resume.bullet


def _pdf_list(resume: Resume, items: Iterable[str], st: dict[str, object]) -> list[object]:
    return [_p(x, st["bullet"], bulletText=_pdf_bullet(resume)) for x in items]


def _pdf_skills(resume: Resume, st: dict[str, object]) -> list[object]:
    if resume.skills_inline:
        return [_p(", ".join(plain(s) for s in resume.skills), st["body"])]
    return _pdf_list(resume, resume.skills, st)


def _doc(path: Path, title: str) -> object:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.platypus import BaseDocTemplate

    return BaseDocTemplate(
        str(path),
        pagesize=LETTER,
        invariant=1,
        title=title,
        author="",
        creator="resume-screen tools",
        subject="",
        leftMargin=40,
        rightMargin=40,
        topMargin=40,
        bottomMargin=40,
    )


def render_pdf_onecolumn(resume: Resume, path: Path) -> Path:
    """Write a one-column PDF résumé and return the path."""
    from reportlab.platypus import Frame, PageTemplate

    doc = _doc(path, "Resume")
    st = _pdf_styles()
    w = doc.width  # type: ignore[attr-defined]
    frame = Frame(doc.leftMargin, doc.bottomMargin, w, doc.height, id="main")  # type: ignore[attr-defined]
    doc.addPageTemplates([PageTemplate(id="one", frames=[frame])])  # type: ignore[attr-defined]
    h = resume.headings
    story: list[object] = [_p(resume.name, st["name"])]
    if resume.headline:
        story.append(_p(resume.headline, st["headline"]))
    story.append(_p("  |  ".join(plain(c) for c in resume.contact), st["contact"]))
    if resume.summary:
        story += _pdf_heading(resume, h.summary, st, w) + [_p(resume.summary, st["body"])]
    story += _pdf_heading(resume, h.experience, st, w) + _pdf_positions(resume, st, w)
    if resume.skills:
        story += _pdf_heading(resume, h.skills, st, w) + _pdf_skills(resume, st)
    if resume.certifications:
        story += _pdf_heading(resume, h.certifications, st, w)
        story += _pdf_list(resume, resume.certifications, st)
    if resume.education:
        story += _pdf_heading(resume, h.education, st, w)
        story += [_p(e, st["body"]) for e in resume.education]
    for heading, body in resume.extra:
        story += _pdf_heading(resume, heading, st, w) + [_p(x, st["body"]) for x in body]
    doc.build(story)  # type: ignore[attr-defined]
    return path


def _two_frame_pdf(
    resume: Resume,
    path: Path,
    *,
    side_left: bool,
    side_ratio: float,
    side_story: list[object],
    main_story_fn: object,
    shade: bool,
) -> Path:
    """Build a page with a side frame (filled first) and a main frame; later pages one frame."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import FrameBreak, NextPageTemplate, PageTemplate
    from reportlab.platypus.frames import Frame

    doc = _doc(path, "Resume")
    gap = 16
    side_w = doc.width * side_ratio  # type: ignore[attr-defined]
    main_w = doc.width - side_w - gap  # type: ignore[attr-defined]
    x0, y0, hgt = doc.leftMargin, doc.bottomMargin, doc.height  # type: ignore[attr-defined]
    side_x, main_x = (x0, x0 + side_w + gap) if side_left else (x0 + main_w + gap, x0)
    side = Frame(side_x, y0, side_w, hgt, id="side", leftPadding=4, rightPadding=4)
    main = Frame(main_x, y0, main_w, hgt, id="main")
    later = Frame(main_x, y0, main_w, hgt, id="later")

    def paint(canvas: object, _doc: object) -> None:
        if shade:
            canvas.saveState()  # type: ignore[attr-defined]
            canvas.setFillColor(HexColor("#EEF2F6"))  # type: ignore[attr-defined]
            canvas.rect(side_x - 6, 0, side_w + 12, doc.pagesize[1], stroke=0, fill=1)  # type: ignore[attr-defined]
            canvas.restoreState()  # type: ignore[attr-defined]

    doc.addPageTemplates(
        [  # type: ignore[attr-defined]
            PageTemplate(id="first", frames=[side, main], onPage=paint),
            PageTemplate(id="later", frames=[later]),
        ]
    )
    story = [NextPageTemplate("later"), *side_story, FrameBreak(), *main_story_fn(main_w)]  # type: ignore[operator]
    doc.build(story)  # type: ignore[attr-defined]
    return path


def render_pdf_twocolumn(resume: Resume, path: Path) -> Path:
    """Write a two-column PDF: experience on the left, skills and credentials on the right."""
    st = _pdf_styles()
    h = resume.headings

    side: list[object] = []
    sw = 170.0
    if resume.skills:
        side += _pdf_heading(resume, h.skills, st, sw) + _pdf_skills(resume, st)
    if resume.certifications:
        side += _pdf_heading(resume, h.certifications, st, sw)
        side += _pdf_list(resume, resume.certifications, st)
    if resume.education:
        side += _pdf_heading(resume, h.education, st, sw)
        side += [_p(e, st["small"]) for e in resume.education]
    for heading, body in resume.extra:
        side += _pdf_heading(resume, heading, st, sw) + [_p(x, st["small"]) for x in body]

    def main(w: float) -> list[object]:
        out: list[object] = [_p(resume.name, st["name"])]
        if resume.headline:
            out.append(_p(resume.headline, st["headline"]))
        out.extend(_p(c, st["contact"]) for c in resume.contact)
        if resume.summary:
            out += _pdf_heading(resume, h.summary, st, w) + [_p(resume.summary, st["body"])]
        out += _pdf_heading(resume, h.experience, st, w) + _pdf_positions(resume, st, w)
        return out

    return _two_frame_pdf(
        resume,
        path,
        side_left=False,
        side_ratio=0.34,
        side_story=side,
        main_story_fn=main,
        shade=False,
    )


def render_pdf_sidebar(resume: Resume, path: Path) -> Path:
    """Write a sidebar PDF: narrow shaded left column (contact, skills, certifications)."""
    st = _pdf_styles()
    h = resume.headings
    sw = 150.0
    side: list[object] = [_p(resume.name, st["headline"])]
    side += _pdf_heading(resume, "Contact", st, sw) + [_p(c, st["small"]) for c in resume.contact]
    if resume.skills:
        side += _pdf_heading(resume, h.skills, st, sw)
        side += [_p(s, st["small"]) for s in resume.skills]
    if resume.certifications:
        side += _pdf_heading(resume, h.certifications, st, sw)
        side += [_p(c, st["small"]) for c in resume.certifications]

    def main(w: float) -> list[object]:
        out: list[object] = []
        if resume.headline:
            out.append(_p(resume.headline, st["name"]))
        if resume.summary:
            out += _pdf_heading(resume, h.summary, st, w) + [_p(resume.summary, st["body"])]
        out += _pdf_heading(resume, h.experience, st, w) + _pdf_positions(resume, st, w)
        if resume.education:
            out += _pdf_heading(resume, h.education, st, w)
            out += [_p(e, st["body"]) for e in resume.education]
        for heading, body in resume.extra:
            out += _pdf_heading(resume, heading, st, w) + [_p(x, st["body"]) for x in body]
        return out

    return _two_frame_pdf(
        resume,
        path,
        side_left=True,
        side_ratio=0.28,
        side_story=side,
        main_story_fn=main,
        shade=True,
    )


# ---------------------------------------------------------------- DOCX


def _fixed_zip(data: bytes) -> bytes:
    """Return the zip re-written with fixed entry timestamps and attributes, same order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 0
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def render_docx(
    resume: Resume,
    path: Path,
    *,
    contact_in_header: bool = True,
    skills_table: bool = True,
    positions_table: bool = False,
) -> Path:
    """Write a DOCX résumé (contact in the page header, skills in a table) and return the path."""
    from docx import Document
    from docx.shared import Pt

    d = Document()
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = "Resume"
    cp.created = FIXED_DOC_TIME
    cp.modified = FIXED_DOC_TIME
    cp.last_printed = FIXED_DOC_TIME
    cp.revision = 1
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    h = resume.headings
    contact = "  |  ".join(plain(c) for c in resume.contact)

    if contact_in_header:
        header = d.sections[0].header
        hp = header.paragraphs[0]
        run = hp.add_run(resume.name)
        run.bold = True
        run.font.size = Pt(14)
        header.add_paragraph(contact)
    else:
        d.add_heading(resume.name, level=0)
        d.add_paragraph(contact)
    if resume.headline:
        d.add_paragraph(plain(resume.headline)).runs[0].italic = True

    def heading(text: str) -> None:
        d.add_heading(_heading(resume, text), level=1)

    if resume.summary:
        heading(h.summary)
        d.add_paragraph(plain(resume.summary))
    heading(h.experience)
    if positions_table:
        table = d.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for p in resume.positions:
            left, right = table.add_row().cells
            left.text = p.dates
            right.paragraphs[0].add_run(plain(p.title)).bold = True
            where = f", {plain(p.location)}" if p.location else ""
            right.add_paragraph(f"{plain(p.employer)}{where}")
            for b in p.bullets:
                right.add_paragraph(f"• {plain(b)}")
    else:
        for p in resume.positions:
            if resume.position_layout == "dates_first":
                where = f" ({plain(p.location)})" if p.location else ""
                para = d.add_paragraph(f"{p.dates} | ")
                para.add_run(plain(p.title)).bold = True
                para.add_run(f", {plain(p.employer)}{where}")
            else:
                d.add_paragraph().add_run(plain(p.title)).bold = True
                meta = " | ".join(x for x in (plain(p.employer), plain(p.location), p.dates) if x)
                d.add_paragraph(meta).runs[0].italic = True
            for b in p.bullets:
                d.add_paragraph(plain(b), style="List Bullet")
    if resume.skills:
        heading(h.skills)
        if skills_table:
            cols = 3
            rows = (len(resume.skills) + cols - 1) // cols
            table = d.add_table(rows=rows, cols=cols)
            table.style = "Table Grid"
            for i, s in enumerate(resume.skills):
                table.cell(i // cols, i % cols).text = plain(s)
        elif resume.skills_inline:
            d.add_paragraph(", ".join(plain(s) for s in resume.skills))
        else:
            for s in resume.skills:
                d.add_paragraph(plain(s), style="List Bullet")
    if resume.certifications:
        heading(h.certifications)
        for c in resume.certifications:
            d.add_paragraph(plain(c), style="List Bullet")
    if resume.education:
        heading(h.education)
        for e in resume.education:
            d.add_paragraph(plain(e))
    for title, body in resume.extra:
        heading(title)
        for x in body:
            d.add_paragraph(plain(x))
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))
    return path


RENDERERS = {
    "pdf1": render_pdf_onecolumn,
    "pdf2": render_pdf_twocolumn,
    "pdfside": render_pdf_sidebar,
    "txt": render_txt,
}


def render(resume: Resume, path: Path, kind: str, **docx_options: bool) -> Path:
    """Write the résumé in the given layout kind (pdf1, pdf2, pdfside, docx, txt)."""
    if kind == "docx":
        return render_docx(resume, path, **docx_options)
    return RENDERERS[kind](resume, path)
