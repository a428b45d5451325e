"""Demo accounts and companies for development and the browser tests.

Created by the `tremplin` distribution when `setup_content` is true. The
passwords are for development only and printed by `make start`.
"""

from oif.tremplin.companies.structure import company_folder
from oif.tremplin.core.ownership import hand_over
from oif.tremplin.security.mfa.preset import enrol_totp
from oif.tremplin.security.mfa import mfa_enabled
from pathlib import Path
from plone import api
from plone.app.multilingual.api import translate
from plone.base.interfaces import ILanguage

import yaml


DEMO_PASSWORD = "Demo-Tremplin-2026"  # noqa: S105 development-only, shown in README
DEMO_FILE = Path(__file__).parent / "demo.yaml"


def load_demo_data() -> dict:
    return yaml.safe_load(DEMO_FILE.read_text("utf-8"))


def create_demo_content(portal) -> None:
    data = load_demo_data()
    for account in data["accounts"]:
        create_demo_account(account)
    for company in data["companies"]:
        create_demo_company(company)


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


def create_demo_company(company: dict) -> None:
    """French profile + English translation, verified, owned by the persona."""
    folder = company_folder("fr")
    if company["id"] in folder:
        return
    french = api.content.create(
        container=folder,
        type="Company",
        id=company["id"],
        **company["fields"],
    )
    _write_texts(french, company["fr"])
    ILanguage(french).set_language("fr")
    hand_over(french, company["owner"])
    english = translate(french, "en")
    _write_texts(english, company["en"])
    hand_over(english, company["owner"])
    verify_through_review(french)


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
