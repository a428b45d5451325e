"""Self-registration: a request waits for its e-mail confirmation, then
becomes a member (a Guest) with her draft Company or Expert profile.

Services call ``register``, ``resend`` and ``confirm`` after validating
the request (validation.py); these functions write.
"""

from datetime import datetime
from oif.tremplin.accounts import pending
from oif.tremplin.accounts.consents import current_versions
from oif.tremplin.accounts.consents import record_consent
from oif.tremplin.accounts.validation import is_member_address
from oif.tremplin.companies.structure import company_folder
from oif.tremplin.core import audit
from oif.tremplin.core.mail import send_templated_mail
from oif.tremplin.core.ownership import hand_over
from oif.tremplin.experts.structure import expert_folder
from oif.tremplin.security.passwords import hash_password
from pathlib import Path
from plone import api
from plone.app.users.utils import generate_user_id
from plone.base.interfaces import ILanguage

import os


MAIL_DIR = Path(__file__).parent / "mail"
PROFILE_TYPES = {"company": "Company", "expert": "Expert"}


class TooManyMails(Exception):
    """A mail went to this address too recently; ``retry_after`` seconds."""

    def __init__(self, retry_after: int):
        super().__init__(retry_after)
        self.retry_after = retry_after


def frontend_url() -> str:
    """Where people open the site: Volto, not the API (as plone.volto's own
    password-reset mail decides it)."""
    url = os.environ.get("VOLTO_FRONTEND_DOMAIN") or api.portal.get_registry_record(
        "volto.frontend_domain", default=None
    )
    return (url or api.portal.get().absolute_url()).rstrip("/")


def confirmation_link(language: str, token: str) -> str:
    return f"{frontend_url()}/{language}/register/confirm?token={token}"


def _throttle(email: str, now: datetime) -> None:
    wait = pending.seconds_before_next_send(email, now)
    if wait:
        raise TooManyMails(wait)


def _send_confirmation(registration: dict, token: str, now: datetime) -> None:
    send_templated_mail(
        MAIL_DIR,
        "confirm_registration",
        to=registration["email"],
        lang=registration["language"],
        fullname=registration["fullname"],
        url=confirmation_link(registration["language"], token),
        hours=str(pending.token_hours()),
    )
    pending.note_send(registration["email"], now)


def register(data: dict, profile: dict, now: datetime) -> dict:
    """Keep a validated request and mail its confirmation link.

    ``profile`` holds the Company or Expert field values. Raises
    TooManyMails before writing anything when the address got a mail just now.
    """
    email = data["email"].strip().lower()
    _throttle(email, now)
    registration = {
        "email": email,
        "fullname": data["fullname"].strip(),
        # Hashed (bcrypt) as the user manager would; it keeps a hashed value as is.
        "password": hash_password(data["password"]),
        "language": data["language"],
        "kind": data["kind"],
        "profile": dict(profile),
    }
    token, record = pending.store_registration(registration, now)
    _send_confirmation(record, token, now)
    return record


def resend(email: str, now: datetime) -> None:
    """Mail a new link if ``email`` waits for one. Unknown addresses count
    against the same limit, so the answer tells nothing about them."""
    _throttle(email, now)
    renewed = pending.renew_token(email, now)
    if renewed is None:
        pending.note_send(email, now)
        return
    token, record = renewed
    _send_confirmation(record, token, now)


def confirm(token: str, now: datetime):
    """Create the member and her draft profile; returns (user, profile).

    Raises pending.InvalidToken (nothing written) for an unknown, expired
    or used token, or an address that became a member's meanwhile.
    """
    registration = pending.take_registration(token, now)
    if is_member_address(registration["email"]):  # an account made meanwhile
        raise pending.InvalidToken("taken")
    user = create_member(registration)
    user_id = user.getId()
    record_consent(user_id, **current_versions(), when=now)
    profile = create_profile(registration, user_id)
    audit.record(
        "account.registered",
        user_id,
        actor=user_id,
        kind=registration["kind"],
        profile="/".join(profile.getPhysicalPath()),
    )
    return user, profile


def create_member(registration: dict):
    """A member with no Tremplin role (a Guest) who signs in with her e-mail."""
    portal = api.portal.get()
    email = registration["email"]
    user_id = generate_user_id(
        portal, {"fullname": registration["fullname"], "email": email}
    )
    # Not portal_registration.addMember: it would test the password policy
    # on the hash. The password was tested when the request came in.
    api.portal.get_tool("portal_membership").addMember(
        user_id,
        registration["password"],
        ("Member",),
        "",
        {
            "fullname": registration["fullname"],
            "email": email,
            "language": registration["language"],
        },
    )
    if user_id != email:
        api.portal.get_tool("acl_users").updateLoginName(user_id, email)
    return api.user.get(userid=user_id)


def create_profile(registration: dict, user_id: str):
    """Her draft Company or Expert, in the folder of her language, owned by her."""
    kind, language = registration["kind"], registration["language"]
    folder = company_folder(language) if kind == "company" else expert_folder(language)
    fields = dict(registration["profile"])
    if kind == "expert":
        fields["title"] = registration["fullname"]
    # The visitor may not add profiles; she owns this one once it exists.
    with api.env.adopt_roles(["Manager"]):
        profile = api.content.create(
            container=folder, type=PROFILE_TYPES[kind], safe_id=True, **fields
        )
    ILanguage(profile).set_language(language)
    hand_over(profile, user_id)
    profile.reindexObject()
    return profile
