"""The JSONL record of a Result: the complete, versioned machine-readable form.

Every dict of a record is built with its keys in sorted order, the order results.jsonl shows
them in: the record is then encoded as it is, without orjson's OPT_SORT_KEYS, which would
double what encoding it costs (a test holds every dict to the order).
"""

from __future__ import annotations

from typing import Any

from pipeline.models import Evidence, Result

SCHEMA_VERSION = 1


def result_record(result: Result) -> dict[str, Any]:
    """Returns the JSON-ready dict for one file (see README, 'Output contract')."""
    profile = result.profile
    document = result.document
    record: dict[str, Any] = {
        "best_fit": result.best_fit,
        "candidate": _contact(result),
        "certifications": [],
        "document": None
        if document is None
        else {
            "engine": document.engine,
            "format": document.format,
            "hidden_text": document.hidden_text,
            "pages": document.pages,
        },
        "education": None,
        "error": {"code": result.error.code, "message": result.error.message}
        if result.error
        else None,
        "experience": None,
        "file": result.file,
        "flags": list(result.flags),
        "schema": SCHEMA_VERSION,
        "scores": {},
        "sha256": result.sha256,
        "skills": [],
        "status": result.status,
    }
    if document is None:
        del record["document"]  # a file that was never read has no member at all
    if profile is None:
        return record
    # A résumé's ~70 Evidence objects are each cited ~3 times (a skill's first mention backs a
    # criterion of every role): each is made into a dict once, and the record shares it.
    made: dict[int, dict[str, Any]] = {}

    def _evidence(e: Evidence) -> dict[str, Any]:
        found = made.get(id(e))  # the Evidence objects outlive the call: ids are not reused
        if found is None:
            found = made[id(e)] = _evidence_dict(e)
        return found

    record["certifications"] = [
        {
            "evidence": [_evidence(e) for e in c.evidence],
            "id": c.id,
            "name": c.name,
            "status": c.status,
        }
        for c in profile.certifications
    ]
    record["skills"] = [
        {
            "category": s.category,
            "evidence": [_evidence(e) for e in s.evidence],
            "id": s.id,
            "in_experience": s.in_experience,
            "name": s.name,
        }
        for s in profile.skills
    ]
    exp = profile.experience
    record["experience"] = {
        "distributed_it_project_years": exp.distributed_it_project_years,
        "flags": list(exp.flags),
        "it_pm_years": exp.it_pm_years,
        "it_project_years": exp.it_project_years,
        "pm_years": exp.pm_years,
        "positions": [
            {
                "current": p.current,
                "distributed_by": _evidence(p.distributed_by) if p.distributed_by else None,
                "employer": p.employer,
                "end": p.end.isoformat(),
                "evidence": _evidence(p.evidence),
                "is_internship": p.is_internship,
                "is_it": p.is_it,
                "is_pm": p.is_pm,
                "is_project_support": p.is_project_support,
                "is_remote": p.is_remote,
                "is_technical": p.is_technical,
                "precision": p.precision,
                "remote_since": p.remote_since.isoformat() if p.remote_since else None,
                "start": p.start.isoformat(),
                "title": p.title,
            }
            for p in exp.positions
        ],
        "remote_it_years": exp.remote_it_years,
        "remote_years": exp.remote_years,
        "technical_years": exp.technical_years,
        "total_years": exp.total_years,
    }
    record["education"] = {
        # Every completed degree read, highest first (that of `level` and `field` included).
        "degrees": [
            {
                "evidence": [_evidence(e) for e in d.evidence],
                "field": d.field,
                "level": d.level,
            }
            for d in profile.education.every_degree
        ],
        "evidence": [_evidence(e) for e in profile.education.evidence],
        "field": profile.education.field,
        "level": profile.education.level,
    }
    record["scores"] = {
        key: {
            "criteria": [
                {
                    "credit": c.credit,
                    "detail": c.detail,
                    "evidence": [_evidence(e) for e in c.evidence],
                    "id": c.id,
                    "importance": c.importance,
                    "kind": c.kind,
                    "met": c.met,
                    "source": c.source,
                    "source_line": c.source_line,
                    "weight": c.weight,
                }
                for c in rs.criteria
            ],
            "eligible": rs.eligible,
            "missing": list(rs.missing),
            "score": rs.score,
        }
        for key, rs in sorted(result.scores.items())
    }
    return record


def _evidence_dict(e: Evidence) -> dict[str, Any]:
    return {
        "end": e.end,
        "method": e.method,
        "section": e.section,
        "similarity": e.similarity,
        "start": e.start,
        "text": e.text,
    }


def _contact(result: Result) -> dict[str, str]:
    c = result.contact
    return {
        "city": c.city,
        "email": c.email,
        "linkedin": c.linkedin,
        "name": c.name,
        "phone": c.phone,
    }
