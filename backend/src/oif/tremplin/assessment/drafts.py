"""Saving a company's answers as they come, and submitting them. Each
function checks everything first and writes only when nothing is wrong: a
400 leaves the draft, its revision and the submissions as they were."""

from oif.tremplin import _
from oif.tremplin.assessment import store
from oif.tremplin.assessment.answers import carry_over
from oif.tremplin.assessment.answers import is_answered
from oif.tremplin.assessment.answers import validate_answers
from oif.tremplin.assessment.scoring import score_assessment
from oif.tremplin.core import clock
from plone import api


def _now() -> str:
    return clock.now().isoformat(timespec="seconds")


def draft_state(company) -> dict | None:
    """The draft on the current version: its answers carried over from the
    version it was started on, and what was dropped on the way."""
    record = store.company_record(company)
    draft = record.draft if record is not None else None
    if draft is None:
        return None
    current = store.current_version()
    answers = dict(draft["answers"])
    dropped = []
    if draft["questionnaire_version"] != current["version"]:
        old = store.published_version(draft["questionnaire_version"])
        answers, dropped = carry_over(old, current, answers)
    return {
        **draft,
        "answers": answers,
        "questionnaire_version": current["version"],
        "carried_over": {
            "from_version": draft["questionnaire_version"],
            "dropped": dropped,
        }
        if draft["questionnaire_version"] != current["version"]
        else None,
    }


def _stale_revision():
    return _(
        "assessment_stale_revision",
        default="These answers were changed elsewhere: reload them.",
    )


def _updated_version(version: dict):
    return _(
        "assessment_version_updated",
        default="The questionnaire was updated (version ${version}): reload "
        "your answers, check them and submit again.",
        mapping={"version": version["version"]},
    )


def save_draft(company, data: dict, language: str) -> dict:
    """Merge `data["answers"]` into the draft (creating it on the current
    version) and return it; raise `{field: message}` errors as a dict."""
    current = store.current_version()
    existing = draft_state(company)
    errors = {}
    if existing is not None and data.get("revision") != existing["revision"]:
        errors["revision"] = _stale_revision()
    if data.get("questionnaire_version", current["version"]) != current["version"]:
        errors["questionnaire_version"] = _updated_version(current)
    answers = data.get("answers", {})
    errors.update(validate_answers(current, answers, language))
    step = data.get("current_step")
    if step is not None and step not in {d["id"] for d in current["dimensions"]}:
        errors["current_step"] = _(
            "assessment_unknown_step",
            default="This step is not in the questionnaire.",
        )
    if errors:
        return {"errors": errors}
    merged = {**(existing["answers"] if existing else {}), **answers}
    record = store.company_record(company, create=True)
    record.draft = {
        "questionnaire_version": current["version"],
        "revision": (existing["revision"] + 1) if existing else 1,
        "started_at": existing["started_at"] if existing else _now(),
        "updated_at": _now(),
        "updated_by": api.user.get_current().getId(),
        "current_step": step or (existing or {}).get("current_step"),
        "answers": {key: value for key, value in merged.items() if is_answered(value)},
    }
    return {"draft": draft_state(company)}


def company_facts(company) -> dict:
    """What statistics group a submission by, as the company was then."""
    return {
        "country": company.country or "",
        "sectors": list(company.sectors or ()),
        "size": company.size or "",
        "experience_level": company.experience_level or "",
    }


def submit_draft(company, data: dict, language: str) -> dict:
    """Score the draft and freeze it as a submission; return it, or
    `{"errors": …}`."""
    draft = draft_state(company)
    if draft is None:
        return {
            "errors": {
                "draft": _(
                    "assessment_nothing_to_submit",
                    default="There is nothing to submit: start the assessment.",
                )
            }
        }
    current = store.current_version()
    errors = {}
    if data.get("revision") != draft["revision"]:
        errors["revision"] = _stale_revision()
    if (
        draft["carried_over"] is not None
        or data.get("questionnaire_version") != (current["version"])
    ):
        errors["questionnaire_version"] = _updated_version(current)
    errors.update(validate_answers(current, draft["answers"], language, complete=True))
    if errors:
        return {"errors": errors}
    result = score_assessment(current, draft["answers"])
    record = store.company_record(company)
    submitted = store.add_submission(
        record,
        {
            "questionnaire_id": current["id"],
            "questionnaire_version": current["version"],
            "submitted_at": _now(),
            "submitted_by": api.user.get_current().getId(),
            "answers": draft["answers"],
            "scores": result["scores"],
            "overall": result["overall"],
            "level": result["level"],
            "strengths": result["strengths"],
            "priorities": result["priorities"],
            "facts": company_facts(company),
        },
    )
    return {"submission": submitted}
