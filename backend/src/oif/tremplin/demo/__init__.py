"""Demo accounts, companies and experts for development and the browser tests.

Created by the `tremplin` distribution when `setup_content` is true. The
passwords are for development only and printed by `make start`.
"""

from oif.tremplin.companies.structure import company_folder
from oif.tremplin.core.clock import now
from oif.tremplin.core.ownership import hand_over
from oif.tremplin.demo.verified_state import set_verified
from oif.tremplin.experts.structure import expert_folder
from oif.tremplin.security.mfa.preset import enrol_totp
from oif.tremplin.security.mfa import mfa_enabled
from pathlib import Path
from plone import api
from plone.app.multilingual.api import translate
from plone.base.interfaces import ILanguage

import yaml


DEMO_PASSWORD = "Demo-Tremplin-2026"  # noqa: S105 development-only, shown in README
DEMO_FILE = Path(__file__).parent / "demo.yaml"
FEATURED_BEHAVIOR = "oif.tremplin.featured"


def load_demo_data() -> dict:
    return yaml.safe_load(DEMO_FILE.read_text("utf-8"))


def create_demo_content(portal) -> None:
    data = load_demo_data()
    for account in data["accounts"]:
        create_demo_account(account)
    for company in data["companies"]:
        create_demo_profile(company, company_folder("fr"), "Company")
    for expert in data.get("experts", ()):
        create_demo_profile(expert, expert_folder("fr"), "Expert")


def today():
    return now().date()


def create_demo_account(account: dict) -> None:
    username = account["username"]
    if api.user.get(username=username) is None:
        api.user.create(
            username=username,
            email=account["email"],
            password=DEMO_PASSWORD,
            properties={"fullname": account["fullname"], "language": "fr"},
        )
    for group in account["groups"]:
        api.group.add_user(groupname=group, username=username)
    if secret := account.get("totp_secret"):
        user = api.user.get(username=username)
        if not mfa_enabled(user.getId()):
            enrol_totp(user.getId(), secret)


def create_demo_profile(entry: dict, folder, portal_type: str) -> None:
    """French profile + English translation, verified.

    A persona's profile (`owner`) goes through the review as hers would;
    the others belong to no member and are put in the verified state
    directly (verified_state.py), so nobody joins a group through them.
    """
    if entry["id"] in folder:
        return
    owner = entry.get("owner")
    french = api.content.create(
        container=folder, type=portal_type, id=entry["id"], **entry["fields"]
    )
    _write_texts(french, entry["fr"])
    ILanguage(french).set_language("fr")
    if owner:
        hand_over(french, owner)
    english = translate(french, "en")
    _write_texts(english, entry["en"])
    profiles = (french, english)
    if entry.get("featured"):
        feature(*profiles)
    if owner:
        hand_over(english, owner)
        verify_through_review(french)
        return
    for profile in profiles:
        disown(profile)
        set_verified(profile, today())
        profile.reindexObject()


def disown(profile) -> None:
    """No local Owner: whoever ran the site creation keeps no role on it."""
    owners = [p for p, roles in profile.get_local_roles() if "Owner" in roles]
    profile.manage_delLocalRoles(owners)
    profile.reindexObjectSecurity()


def feature(*profiles) -> None:
    """Mark the profiles "Recommandé par l'OIF" (directory/behaviors.py), once
    their type has the behaviour."""
    fti = api.portal.get_tool("portal_types")[profiles[0].portal_type]
    if FEATURED_BEHAVIOR not in fti.behaviors:
        return
    for profile in profiles:
        profile.featured = True
        profile.reindexObject()


# The path every profile takes (verification/), as the OIF team would walk it.
DEMO_REVIEW = (
    ("submit", "Dossier complet."),
    ("start_review", ""),
    ("verify", "Documents vérifiés."),
)


def verify_through_review(profile) -> None:
    """Submitted, reviewed and verified; the English translation follows
    every step (core/translations.py)."""
    for transition, comment in DEMO_REVIEW:
        api.content.transition(obj=profile, transition=transition, comment=comment)


def _write_texts(profile, texts: dict) -> None:
    """The fields each translation words in its own language."""
    texts = dict(texts)
    profile.setSubject(texts.pop("subjects", ()))
    for name, value in texts.items():
        setattr(profile, name, value)
    profile.reindexObject()
