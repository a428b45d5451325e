"""A member without a profile creates hers after the fact: the path of an
account made by external login (issue 7), or of one whose profile an
administrator removed. Same fields and checks as sign-up."""

from oif.tremplin import _
from oif.tremplin.accounts.consents import current_versions
from oif.tremplin.accounts.consents import record_consent
from oif.tremplin.accounts.registration import create_profile
from oif.tremplin.accounts.validation import CONSENT_REQUIRED
from oif.tremplin.accounts.validation import KIND_INVALID
from oif.tremplin.accounts.validation import KINDS
from oif.tremplin.accounts.validation import LANGUAGE_INVALID
from oif.tremplin.accounts.validation import profile_values
from oif.tremplin.core import audit
from oif.tremplin.core.profiles import PROFILE_TYPES
from oif.tremplin.core.vocabularies import LANGUAGES
from plone import api


# The OIF team works without a profile of its own: no invitation to create one.
TEAM_ROLES = {"Moderator", "Site Administrator", "Manager"}
ALREADY_HAS_PROFILE = _(
    "error_profile_exists",
    default="You already have a profile: complete it instead of creating another.",
)


def profiles_owned_by(user_id: str) -> list:
    """Catalog entries of the profiles `user_id` owns, in every language."""
    catalog = api.portal.get_tool("portal_catalog")
    return list(
        catalog.unrestrictedSearchResults(portal_type=PROFILE_TYPES, Creator=user_id)
    )


def is_invited_to_create(user, owned: list) -> bool:
    """Whether Volto invites `user` to create her profile."""
    return not owned and not TEAM_ROLES.intersection(user.getRoles())


def summarize(brain) -> dict:
    return {
        "@id": brain.getURL(),
        "@type": brain.portal_type,
        "title": brain.Title,
        "review_state": brain.review_state,
        "language": brain.Language,
    }


def own_profile_errors(user_id: str, data: dict) -> tuple[dict, dict]:
    """(field → message, profile values) of a request to create one's profile."""
    kind = data.get("kind")
    errors = {}
    if kind not in KINDS:
        errors["kind"] = KIND_INVALID
    elif profiles_owned_by(user_id):
        errors["kind"] = ALREADY_HAS_PROFILE
    if data.get("language") not in LANGUAGES:
        errors["language"] = LANGUAGE_INVALID
    consents = data.get("consents")
    consents = consents if isinstance(consents, dict) else {}
    for name in ("terms", "privacy"):
        if consents.get(name) is not True:
            errors[f"consents.{name}"] = CONSENT_REQUIRED
    values = {}
    if kind in KINDS:
        profile_errors, values = profile_values(kind, data.get(kind))
        errors.update(profile_errors)
    return errors, values


def create_own_profile(user, data: dict, values: dict, now):
    """Her draft profile, owned by her, and her consent recorded; the
    request was checked by own_profile_errors."""
    user_id = user.getId()
    record_consent(user_id, **current_versions(), when=now)
    profile = create_profile(
        {
            "kind": data["kind"],
            "language": data["language"],
            "fullname": user.getProperty("fullname") or user_id,
            "profile": values,
        },
        user_id,
    )
    audit.record(
        "profile.created",
        user_id,
        actor=user_id,
        kind=data["kind"],
        profile="/".join(profile.getPhysicalPath()),
    )
    return profile
