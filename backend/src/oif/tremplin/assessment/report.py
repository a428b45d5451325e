"""What a company reads about its assessments: the overview (where am I,
is a draft waiting) and the report of one submission, written with the
texts and levels of the version it answered (ET20)."""

from oif.tremplin.assessment import store
from oif.tremplin.assessment.drafts import draft_state
from oif.tremplin.assessment.questionnaire import localised
from oif.tremplin.assessment.recommendations import recommendations


def _level(version: dict, level_id: str | None, language: str) -> dict | None:
    if level_id is None:
        return None
    levels = version["levels"]
    index = [level["id"] for level in levels].index(level_id)
    following = levels[index + 1] if index + 1 < len(levels) else None
    return {
        "id": level_id,
        "title": localised(levels[index]["title"], language),
        "next": {
            "id": following["id"],
            "title": localised(following["title"], language),
            "min": following["min"],
        }
        if following
        else None,
    }


def _summary(submitted: dict) -> dict:
    return {
        "id": submitted["id"],
        "submitted_at": submitted["submitted_at"],
        "questionnaire_version": submitted["questionnaire_version"],
        "overall": submitted["overall"],
        "level": submitted["level"],
    }


def overview(company, record, can_take: bool) -> dict:
    """The company's assessments in short; the draft only for its takers."""
    history = [_summary(s) for s in store.submissions(record)] if record else []
    latest = history[-1] if history else None
    result = {
        "@id": f"{company.absolute_url()}/@tremplin-assessment",
        "company": {"@id": company.absolute_url(), "title": company.Title()},
        "level": latest["level"] if latest else None,
        "overall": latest["overall"] if latest else None,
        "last_submitted": latest["submitted_at"] if latest else None,
        "history": history,
    }
    if can_take:
        draft = draft_state(company)
        result["draft"] = (
            {
                "revision": draft["revision"],
                "current_step": draft["current_step"],
                "updated_at": draft["updated_at"],
                "answered": len(draft["answers"]),
            }
            if draft
            else None
        )
    return result


def _evolution(record, version: dict, language: str) -> dict:
    """Every submission's scores, by the dimensions of `version` (a dimension
    that an older version lacked shows None)."""
    everything = store.submissions(record)
    return {
        "assessments": [_summary(s) for s in everything],
        "dimensions": [
            {
                "id": dimension["id"],
                "title": localised(dimension["title"], language),
                "scores": [s["scores"].get(dimension["id"]) for s in everything],
            }
            for dimension in version["dimensions"]
        ],
    }


def build_report(company, record, submitted: dict, language: str) -> dict:
    """The report of one submission, in `language`."""
    version = store.published_version(submitted["questionnaire_version"])
    titles = {d["id"]: localised(d["title"], language) for d in version["dimensions"]}
    return {
        "@id": (
            f"{company.absolute_url()}/@tremplin-assessment-report/{submitted['id']}"
        ),
        "company": {"@id": company.absolute_url(), "title": company.Title()},
        "id": submitted["id"],
        "submitted_at": submitted["submitted_at"],
        "questionnaire_version": submitted["questionnaire_version"],
        "questionnaire": localised(version["title"], language),
        "language": language,
        "overall": submitted["overall"],
        "level": _level(version, submitted["level"], language),
        "dimensions": [
            {
                "id": dimension["id"],
                "title": titles[dimension["id"]],
                "weight": dimension["weight"],
                "score": submitted["scores"].get(dimension["id"]),
            }
            for dimension in version["dimensions"]
        ],
        "strengths": [
            {"id": d, "title": titles[d]} for d in submitted.get("strengths", [])
        ],
        "priorities": [
            {"id": d, "title": titles[d]} for d in submitted.get("priorities", [])
        ],
        "recommendations": recommendations(store.rules(), submitted, titles, language),
        "evolution": _evolution(record, version, language),
    }
