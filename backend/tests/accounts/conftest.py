from accounts_data import COMPANY
from accounts_data import EXPERT
from oif.tremplin.security.captcha.testing import cheap_challenges
from oif.tremplin.security.captcha.testing import solved_captcha

import pytest
import re


PASSWORD = "Tremplin-Aminata-2026"

TOKEN_LINK = re.compile(r"(https?://\S+/(fr|en)/register/confirm\?token=(\S+))")


def registration(**changes) -> dict:
    """A complete, valid company registration; keyword arguments change it."""
    body = {
        "fullname": "Mariama SOW",
        "email": "mariama.sow@example.org",
        "password": PASSWORD,
        "language": "fr",
        "kind": "company",
        "company": dict(COMPANY),
        "consents": {"terms": True, "privacy": True},
    }
    body.update(changes)
    return body


def expert_registration(**changes) -> dict:
    body = registration(
        fullname="Ousmane FALL",
        email="ousmane.fall@example.org",
        kind="expert",
        expert=dict(EXPERT),
    )
    del body["company"]
    body.update(changes)
    return body


def link_in(mail) -> tuple[str, str, str]:
    """(link, language, token) of a confirmation mail."""
    match = TOKEN_LINK.search(mail.get_body().get_content())
    assert match, mail.get_body().get_content()
    return match.groups()


@pytest.fixture(autouse=True)
def _cheap_captcha(monkeypatch):
    """These tests are about registrations, not the proof of work: each
    challenge costs a few milliseconds to solve (tests/security/captcha
    runs the real difficulty)."""
    cheap_challenges(monkeypatch)


@pytest.fixture
def captcha(anon_request):
    """A solved captcha payload, as the Volto widget posts it."""
    return lambda session=anon_request: solved_captcha(session)


@pytest.fixture
def register(anon_request, inbox, captcha):
    """POST a registration, with a solved captcha unless ``body`` has one;
    returns (response, token from the mail or None)."""

    def post(body):
        body = {"captcha": captcha(), **body}
        response = anon_request.post("/@tremplin-registration", json=body)
        mails = inbox.to(body.get("email", "")) if response.status_code == 201 else []
        return response, (link_in(mails[-1])[2] if mails else None)

    return post


@pytest.fixture
def company_body():
    return registration


@pytest.fixture
def expert_body():
    return expert_registration


@pytest.fixture
def confirmation_link():
    return link_in
