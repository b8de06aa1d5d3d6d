"""The JSONL record of a Result: the complete, versioned machine-readable form."""

from __future__ import annotations

from typing import Any

from pipeline.models import Result

SCHEMA_VERSION = 1


def result_record(result: Result) -> dict[str, Any]:
    """Returns the JSON-ready dict for one file (see README, 'Output contract')."""
    profile = result.profile
    record: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "file": result.file,
        "sha256": result.sha256,
        "status": result.status,
        "error": {"code": result.error.code, "message": result.error.message}
        if result.error
        else None,
        "candidate": _contact(result),
        "certifications": [],
        "skills": [],
        "experience": None,
        "education": None,
        "scores": {},
        "best_fit": result.best_fit,
        "flags": list(result.flags),
    }
    if result.document is not None:
        record["document"] = {
            "format": result.document.format,
            "pages": result.document.pages,
            "engine": result.document.engine,
            "hidden_text": result.document.hidden_text,
        }
    if profile is None:
        return record
    record["certifications"] = [
        {
            "id": c.id,
            "name": c.name,
            "status": c.status,
            "evidence": [e.as_dict() for e in c.evidence],
        }
        for c in profile.certifications
    ]
    record["skills"] = [
        {
            "id": s.id,
            "name": s.name,
            "category": s.category,
            "in_experience": s.in_experience,
            "evidence": [e.as_dict() for e in s.evidence],
        }
        for s in profile.skills
    ]
    exp = profile.experience
    record["experience"] = {
        "total_years": exp.total_years,
        "pm_years": exp.pm_years,
        "it_pm_years": exp.it_pm_years,
        "remote_years": exp.remote_years,
        "it_project_years": exp.it_project_years,
        "technical_years": exp.technical_years,
        "positions": [
            {
                "title": p.title,
                "employer": p.employer,
                "start": p.start.isoformat(),
                "end": p.end.isoformat(),
                "current": p.current,
                "precision": p.precision,
                "is_pm": p.is_pm,
                "is_it": p.is_it,
                "is_remote": p.is_remote,
                "is_internship": p.is_internship,
                "is_project_support": p.is_project_support,
                "is_technical": p.is_technical,
                "evidence": p.evidence.as_dict(),
            }
            for p in exp.positions
        ],
        "flags": list(exp.flags),
    }
    record["education"] = {
        "level": profile.education.level,
        "field": profile.education.field,
        "evidence": [e.as_dict() for e in profile.education.evidence],
        # Every completed degree read, highest first (the one above included).
        "degrees": [
            {
                "level": d.level,
                "field": d.field,
                "evidence": [e.as_dict() for e in d.evidence],
            }
            for d in profile.education.every_degree
        ],
    }
    record["scores"] = {
        key: {
            "score": rs.score,
            "eligible": rs.eligible,
            "missing": list(rs.missing),
            "criteria": [
                {
                    "id": c.id,
                    "kind": c.kind,
                    "importance": c.importance,
                    "met": c.met,
                    "weight": c.weight,
                    "credit": c.credit,
                    "detail": c.detail,
                    "source_line": c.source_line,
                    "source": c.source,
                    "evidence": [e.as_dict() for e in c.evidence],
                }
                for c in rs.criteria
            ],
        }
        for key, rs in result.scores.items()
    }
    return record


def _contact(result: Result) -> dict[str, str]:
    c = result.contact
    return {
        "name": c.name,
        "email": c.email,
        "phone": c.phone,
        "linkedin": c.linkedin,
        "city": c.city,
    }
