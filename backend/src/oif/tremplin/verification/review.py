"""What moderators do: act on a profile and list the profiles waiting for them."""

from oif.tremplin import _
from oif.tremplin.core import clock
from oif.tremplin.core.profiles import PROFILE_TYPES
from oif.tremplin.verification.checks import count_by_status
from oif.tremplin.verification.checks import run_checks
from oif.tremplin.verification.cycle import owner_of
from oif.tremplin.verification.supporting_documents import documents_of
from oif.tremplin.verification.supporting_documents import file_type_of
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager


REVIEW_ACTIONS = ("start_review", "verify", "reject", "request_documents")
MESSAGE_REQUIRED = ("reject", "request_documents")
PENDING_STATES = ("submitted", "in_review", "appealed")

ACTION_NOT_POSSIBLE = _(
    "error_review_action_not_possible",
    default="This action is not possible on a profile in this state.",
)
MESSAGE_MISSING = _(
    "error_review_message_required",
    default="Write a message to the applicant: she reads it in her mail.",
)


def possible_actions(profile) -> set[str]:
    workflow = api.portal.get_tool("portal_workflow")
    return {t["id"] for t in workflow.getTransitionsFor(profile)} & set(REVIEW_ACTIONS)


def review_errors(profile, action, message) -> dict:
    """Field -> message for a review request; empty when it can be done."""
    errors = {}
    if not isinstance(action, str) or action not in possible_actions(profile):
        errors["action"] = ACTION_NOT_POSSIBLE
    if action in MESSAGE_REQUIRED and not str(message or "").strip():
        errors["message"] = MESSAGE_MISSING
    return errors


def review(profile, action: str, message: str) -> str:
    """Fire the moderator's action; the profile's new review state."""
    api.content.transition(obj=profile, transition=action, comment=message or "")
    return api.content.get_state(profile)


def _one_language_per_profile(brains, language: str) -> list:
    """The request's language when the profile has it, else the first one."""
    chosen = {}
    for brain in brains:
        group = ITranslationManager(brain.getObject()).tg
        if group not in chosen or brain.Language == language:
            chosen[group] = brain
    return list(chosen.values())


def owner_summary(profile) -> dict:
    owner = owner_of(profile)
    if owner is None:
        return {"id": "", "fullname": "", "email": ""}
    return {
        "id": owner.getId(),
        "fullname": owner.getProperty("fullname", ""),
        "email": owner.getProperty("email", ""),
    }


def document_summary(document) -> dict:
    url = document.absolute_url()
    declared = getattr(document.file, "contentType", "") if document.file else ""
    return {
        "@id": url,
        "title": document.title,
        "document_kind": document.document_kind,
        "content_type": file_type_of(document) or declared,
        "download": f"{url}/@@download/file",
    }


def queue_item(profile) -> dict:
    submitted_on = getattr(profile, "submitted_on", None)
    age = (clock.now() - submitted_on).days if submitted_on else 0
    return {
        "@id": profile.absolute_url(),
        "title": profile.title,
        "portal_type": profile.portal_type,
        "review_state": api.content.get_state(profile),
        "owner": owner_summary(profile),
        "submitted_on": submitted_on.isoformat() if submitted_on else None,
        "age_days": age,
        "checks": count_by_status(run_checks(profile)),
        "documents": [document_summary(d) for d in documents_of(profile)],
    }


def review_queue(language: str) -> list[dict]:
    """Profiles waiting for a moderator, oldest submission first."""
    brains = api.content.find(portal_type=PROFILE_TYPES, review_state=PENDING_STATES)
    profiles = [b.getObject() for b in _one_language_per_profile(brains, language)]
    items = [queue_item(profile) for profile in profiles]
    return sorted(items, key=lambda item: item["submitted_on"] or "")
