"""report.html: one self-contained page to rank candidates per role and see why each scored so.

Safety: every piece of résumé text goes through html.escape; the one inline script and the one
stylesheet are allowed by their SHA-256 in a Content-Security-Policy that forbids everything else
(no network, no other script, no inline event handler); data reaches the script as JSON in a
<script type="application/json"> block with "<", ">" and "&" escaped, so "</script>" or "<!--"
inside a résumé cannot end the block. The script writes only textContent, never HTML.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from html import escape as _html_escape
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.models import ROLE_KEYS, Evidence, Result, RoleScore
from pipeline.writers.atomic import atomic_open
from pipeline.writers.tables import safe_cell_bidi


def escape(text: str, quote: bool = True) -> str:
    """Returns HTML-escaped text with bidirectional controls shown as [U+202E]-style markers."""
    return _html_escape(safe_cell_bidi(text), quote=quote)


TITLE = "Résumé screening report"
_BINS = 10


def write_html(
    results: Sequence[Result], out_dir: Path, roles: Sequence[str] = ROLE_KEYS
) -> list[Path]:
    """Writes report.html atomically; returns its path."""
    path = out_dir / "report.html"
    with atomic_open(path) as fh:
        fh.write(render_report(results, roles))
    return [path]


def render_report(results: Sequence[Result], roles: Sequence[str] = ROLE_KEYS) -> str:
    """Returns the whole report page."""
    style = _asset("report.css")
    script = _asset("report.js")
    ids = {id(r): f"c{i}" for i, r in enumerate(results, start=1)}
    data = {"roles": list(roles), "candidates": {ids[id(r)]: _label(r) for r in results}}
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src '{_sha256(script)}'",
            f"style-src '{_sha256(style)}'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    ok = sum(r.status == "ok" for r in results)
    nav = (
        "".join(f'<a href="#role-{i}">{escape(role)}</a>' for i, role in enumerate(roles))
        + '<a href="#errors">errors</a>'
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="icon" href="data:,">',
        f"<title>{escape(TITLE)}</title>",
        f"<style>{style}</style>",
        "</head>",
        "<body>",
        '<header class="top">',
        f"<h1>{escape(TITLE)}</h1>",
        f"<p>{len(results)} files · {ok} scored · {len(results) - ok} errors · generated "
        f"{datetime.now(UTC).strftime('%Y-%m-%d %H:%M')} UTC</p>",
        f"<nav>{nav}</nav>",
        '<p id="viewing" aria-live="polite"></p>',
        "</header>",
        "<main>",
        *(_role_section(results, role, i, ids) for i, role in enumerate(roles)),
        _errors_section(results, ids),
        *(_candidate(r, ids[id(r)], roles) for r in results),
        "</main>",
        f'<script type="application/json" id="report-data">{json_for_html(data)}</script>',
        f"<script>{script}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def json_for_html(value: Any) -> str:
    """Returns JSON that cannot close or comment out the <script> block it is placed in."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _asset(name: str) -> str:
    return resources.files("pipeline.writers").joinpath(name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _label(r: Result) -> str:
    """Returns "name (file)", or the file alone when it already starts with the name (blind)."""
    if not r.contact.name or r.file.startswith(r.contact.name):
        return r.file
    return f"{r.contact.name} ({r.file})"


def _num(value: float) -> str:
    return f"{value:.1f}" if value != int(value) else f"{int(value)}"


def _role_section(results: Sequence[Result], role: str, index: int, ids: dict[int, str]) -> str:
    scored = [r for r in results if r.status == "ok" and role in r.scores]
    scored.sort(key=lambda r: (-r.scores[role].score, r.file))
    table_id, count_id = f"rank-{index}", f"count-{index}"
    header = _header_row(
        [
            ("Rank", "number"),
            ("Candidate", "text"),
            ("File", "text"),
            ("Score", "number"),
            ("Eligible", "text"),
            ("Missing (required)", "text"),
            ("Best fit", "text"),
            ("Flags", "text"),
        ]
    )
    rows = []
    for rank, r in enumerate(scored, start=1):
        rs = r.scores[role]
        cid = ids[id(r)]
        rows.append(
            f'<tr data-order="{rank}" data-candidate="{cid}">'
            f'<td class="num" data-value="{rank}">{rank}</td>'
            f'<td><a href="#{cid}">{escape(r.contact.name) or "(no name found)"}</a></td>'
            f"<td>{escape(r.file)}</td>"
            f'<td class="num" data-value="{rs.score!r}">{_num(rs.score)}</td>'
            f"<td>{_yes_no(rs.eligible)}</td>"
            f"<td>{escape(', '.join(rs.missing))}</td>"
            f"<td>{escape(r.best_fit)}</td>"
            f"<td>{_flags(r.flags)}</td>"
            "</tr>"
        )
    return "\n".join(
        [
            f'<section class="role" id="role-{index}">',
            f"<h2>Ranking: {escape(role)}</h2>",
            '<div class="role-head">',
            histogram(role, [r.scores[role] for r in scored]),
            "</div>",
            '<div class="controls">',
            f'<label>Filter <input type="search" class="filter" data-table="{table_id}" '
            f'data-count="{count_id}" placeholder="name, file, flag…" '
            f'aria-label="Filter the {escape(role)} ranking"></label>',
            f'<span class="count" id="{count_id}">{len(rows)} of {len(rows)} shown</span>',
            "</div>",
            f'<table class="ranking sortable" id="{table_id}">',
            f"<thead>{header}</thead>",
            "<tbody>",
            *rows,
            "</tbody></table>",
            "</section>",
        ]
    )


def _header_row(columns: Iterable[tuple[str, str]]) -> str:
    cells = "".join(
        f'<th scope="col" data-type="{kind}" aria-sort="none"'
        f"{' class=num' if kind == 'number' else ''}>"
        f'<button type="button">{escape(name)}</button></th>'
        for name, kind in columns
    )
    return f"<tr>{cells}</tr>"


def histogram(role: str, scores: Sequence[RoleScore]) -> str:
    """Returns an inline SVG bar chart of the scores in ten bands, eligible stacked first."""
    eligible = [0] * _BINS
    other = [0] * _BINS
    for rs in scores:
        band = min(_BINS - 1, max(0, int(rs.score // (100 / _BINS))))
        (eligible if rs.eligible else other)[band] += 1
    width, height, left, bottom, top = 360, 150, 28, 22, 8
    plot_h = height - bottom - top
    bar_w = (width - left - 4) / _BINS
    peak = max([e + o for e, o in zip(eligible, other, strict=True)] + [1])
    parts = [
        f'<svg class="histogram" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Score distribution for {escape(role)}">',
        f'<line class="axis" x1="{left}" y1="{height - bottom}" x2="{width - 2}" '
        f'y2="{height - bottom}"/>',
        f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}"/>',
        f'<text x="{left - 4}" y="{top + 8}" text-anchor="end">{peak}</text>',
        f'<text x="{left - 4}" y="{height - bottom}" text-anchor="end">0</text>',
    ]
    for i in range(_BINS):
        x = left + i * bar_w + 1
        base = float(height - bottom)
        lo, hi = i * 100 // _BINS, (i + 1) * 100 // _BINS
        for count, css, what in (
            (eligible[i], "bar-eligible", "eligible"),
            (other[i], "bar-other", "not eligible"),
        ):
            if not count:
                continue
            h = plot_h * count / peak
            base -= h
            parts.append(
                f'<rect class="{css}" x="{x:.1f}" y="{base:.1f}" width="{bar_w - 2:.1f}" '
                f'height="{h:.1f}"><title>{lo}–{hi}: {count} {what}</title></rect>'
            )
        if i % 2 == 0:
            parts.append(
                f'<text x="{left + i * bar_w:.1f}" y="{height - bottom + 14}" '
                f'text-anchor="middle">{lo}</text>'
            )
    parts.append(
        f'<text x="{width - 4}" y="{height - bottom + 14}" text-anchor="end">100</text></svg>'
    )
    caption = (
        f"<figcaption>Score distribution, {len(scores)} candidates "
        f"(green: eligible, grey: not eligible)</figcaption>"
    )
    return f'<figure class="chart">{"".join(parts)}{caption}</figure>'


def _errors_section(results: Sequence[Result], ids: dict[int, str]) -> str:
    errors = [r for r in results if r.error is not None]
    header = _header_row(
        [("File", "text"), ("Code", "text"), ("Message", "text"), ("SHA-256", "text")]
    )
    rows = [
        f'<tr data-order="{n}"><td><a href="#{ids[id(r)]}">{escape(r.file)}</a></td>'
        f"<td>{escape(r.error.code)}</td><td>{escape(r.error.message)}</td>"
        f"<td>{escape(r.sha256)}</td></tr>"
        for n, r in enumerate(errors, start=1)
        if r.error is not None
    ]
    body = (
        f'<table class="sortable" id="errors-table"><thead>{header}</thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
        if rows
        else "<p>Every file was scored.</p>"
    )
    return f'<section class="errors" id="errors"><h2>Errors ({len(rows)})</h2>{body}</section>'


def _candidate(r: Result, cid: str, roles: Sequence[str]) -> str:
    doc = r.document
    facts = [
        ("Candidate", r.contact.name or "(no name found)"),
        ("File", r.file),
        ("Status", r.status),
        ("Best fit", r.best_fit),
        ("SHA-256", r.sha256),
    ]
    for key in ("email", "phone", "city", "linkedin"):
        value = getattr(r.contact, key)
        if value:
            facts.append((key.capitalize(), value))
    if doc is not None:
        facts.append(("Document", f"{doc.format}, {doc.pages} page(s), {doc.engine or 'n/a'}"))
        if doc.links:  # shown as text only: a link target from a résumé is never made clickable
            facts.append(("Links", " ".join(doc.links)))
    parts = [
        f'<article class="candidate" id="{cid}">',
        '<a class="back" href="#role-0">↑ back to the rankings</a>',
        f"<h2>{escape(_label(r))}</h2>",
        '<dl class="facts">',
        *(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in facts),
        f"<dt>Flags</dt><dd>{_flags(r.flags) or 'none'}</dd>",
        "</dl>",
    ]
    if r.error is not None:
        parts.append(
            f'<h3>Error</h3><p class="error">{escape(r.error.code)}: {escape(r.error.message)}</p>'
        )
    for n, role in enumerate(k for k in roles if k in r.scores):
        parts.append(_breakdown(role, r.scores[role], open_=n == 0))
    if doc is not None:
        parts += [
            "<h3>Résumé text</h3>",
            _legend(),
            f'<div class="resume">{highlight(doc.text, entity_spans(r))}</div>',
        ]
        if doc.hidden_text:
            parts += [
                "<h3>Hidden text (invisible to a reader; never matched)</h3>",
                f'<p><del class="hidden-text">{escape(doc.hidden_text)}</del></p>',
            ]
    parts.append("</article>")
    return "\n".join(parts)


def _breakdown(role: str, rs: RoleScore, open_: bool) -> str:
    met = sum(c.met for c in rs.criteria)
    summary = (
        f"{escape(role)}: {_num(rs.score)} / 100 · {'eligible' if rs.eligible else 'not eligible'}"
        f" · {met} of {len(rs.criteria)} criteria met"
    )
    if rs.missing:
        summary += f" · missing: {escape(', '.join(rs.missing))}"
    rows = []
    for c in rs.criteria:
        evidence = "<br>".join(_evidence(e) for e in c.evidence)
        detail = f'<div class="where">{escape(c.detail)}</div>' if c.detail else ""
        rows.append(
            f'<tr class="{"met" if c.met else "missed"}">'
            f"<td>{escape(c.id)}</td><td>{escape(c.kind)}</td><td>{escape(c.importance)}</td>"
            f"<td>{_yes_no(c.met)}</td>"
            f'<td class="num">{_num(c.weight)}</td><td class="num">{_num(c.credit)}</td>'
            f"<td>{evidence}{detail}</td>"
            f'<td><span class="source-line">line {c.source_line}:</span> {escape(c.source)}</td>'
            "</tr>"
        )
    head = "".join(
        f"<th{' class=num' if n in ('Weight', 'Credit') else ''}>{n}</th>"
        for n in (
            "Criterion",
            "Kind",
            "Importance",
            "Met",
            "Weight",
            "Credit",
            "Evidence",
            "Job description",
        )
    )
    return (
        f'<details class="breakdown"{" open" if open_ else ""}><summary>{summary}</summary>'
        f'<table class="criteria"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></details>"
    )


def _evidence(e: Evidence) -> str:
    how = e.method if e.method != "fuzzy" else f"fuzzy {_num(e.similarity)}"
    return (
        f'<q class="evidence">{escape(e.text)}</q> '
        f'<span class="where">{escape(e.section)} · {e.start}–{e.end} · {escape(how)}</span>'
    )


def entity_spans(r: Result) -> list[tuple[int, int, str, str, str]]:
    """Returns non-overlapping (start, end, label, css class, title) spans to highlight."""
    p = r.profile
    if p is None or r.document is None:
        return []
    wanted: list[tuple[Evidence, str, str, str]] = []
    for c in p.certifications:
        css = "ent-cert" if c.status == "held" else "ent-cert-other"
        label = "cert" if c.status == "held" else f"cert {c.status.replace('_', ' ')}"
        wanted += [(e, label, css, f"{c.name} ({c.status})") for e in c.evidence]
    for s in p.skills:
        wanted += [(e, s.category or "skill", "ent-skill", s.name) for e in s.evidence]
    wanted += [(e, "degree", "ent-degree", p.education.level) for e in p.education.evidence]
    for pos in p.experience.positions:
        title = f"{pos.start:%Y-%m} to {pos.end:%Y-%m}"
        wanted.append((pos.evidence, "position", "ent-position", title))
    size = len(r.document.text)
    taken: list[tuple[int, int, str, str, str]] = []
    # Facts first, then longer context (positions): a skill inside a position line keeps its mark.
    for e, label, css, title in wanted:
        if not (0 <= e.start < e.end <= size):
            continue
        if any(e.start < end and start < e.end for start, end, *_ in taken):
            continue
        taken.append((e.start, e.end, label, css, title))
    return sorted(taken)


def highlight(text: str, spans: Sequence[tuple[int, int, str, str, str]]) -> str:
    """Returns escaped text with displaCy-style entity marks around the spans."""
    out: list[str] = []
    at = 0
    for start, end, label, css, title in spans:
        out.append(escape(text[at:start]))
        out.append(
            f'<mark class="entity {css}" title="{escape(title)}">{escape(text[start:end])}'
            f'<span class="entity-label">{escape(label)}</span></mark>'
        )
        at = end
    out.append(escape(text[at:]))
    return "".join(out)


def _legend() -> str:
    items = [
        ("ent-cert", "cert"),
        ("ent-cert-other", "cert not held"),
        ("ent-skill", "skill"),
        ("ent-degree", "degree"),
        ("ent-position", "position"),
    ]
    marks = " ".join(f'<mark class="entity {css}">{escape(text)}</mark>' for css, text in items)
    return f'<p class="legend">{marks}</p>'


def _yes_no(value: bool) -> str:
    return '<span class="yes">yes</span>' if value else '<span class="no">no</span>'


def _flags(flags: Iterable[str]) -> str:
    return "".join(f'<span class="flag">{escape(f)}</span>' for f in flags)
