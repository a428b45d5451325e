from oif.tremplin.security.captcha.testing import cheap_challenges
from oif.tremplin.security.captcha.testing import solved_captcha
from plone import api

import json
import pytest
import re
import transaction


EMAIL = "mariama.sow@example.org"
OLD_PASSWORD = "Baobab-sous-la-pluie-1987"
NEW_PASSWORD = "Pirogue-rouge-au-large-de-Joal"
CODE_LINE = re.compile(r"^\s+(\d{6})\s*$", re.MULTILINE)


@pytest.fixture(autouse=True)
def _cheap_captcha(monkeypatch):
    """These tests are about the reset, not the proof of work
    (tests/security/captcha runs the real difficulty)."""
    cheap_challenges(monkeypatch)


@pytest.fixture
def member(functional_portal):
    """Mariama, who signs in as "mariama" and reads her mail in ``language``."""

    def create(language: str = "fr") -> str:
        transaction.begin()  # see what other sessions committed meanwhile
        api.user.create(
            username="mariama",
            email=EMAIL,
            password=OLD_PASSWORD,
            properties={"fullname": "Mariama SOW", "language": language},
        )
        transaction.commit()
        return "mariama"

    return create


@pytest.fixture
def mariama(member):
    return member()


@pytest.fixture
def clock(time_machine):
    """Move the clock (server thread included) to 27 Nov 2036, 10:mm:ss UTC.

    In the future, not the past: the test's DemoStorage dates its first
    commit from the clock, and an earlier date than the layer's own commits
    makes every object look not yet created (ReadConflictError)."""

    def move(minutes: float = 0):
        time_machine.move_to(
            f"2036-11-27 10:{int(minutes):02d}:{int(minutes * 60) % 60:02d}+00:00",
            tick=False,
        )

    move(0)
    return move


@pytest.fixture
def ask(anon_request, inbox):
    """POST @tremplin-password-reset with a solved captcha (unless the body
    says otherwise); returns the response."""

    def post(email=EMAIL, **body):
        body = {"email": email, "captcha": solved_captcha(anon_request), **body}
        return anon_request.post("/@tremplin-password-reset", json=body)

    return post


def code_in(mail) -> str:
    match = CODE_LINE.search(mail.get_body().get_content())
    assert match, mail.get_body().get_content()
    return match.group(1)


@pytest.fixture
def read_code():
    """The code of a reset mail."""
    return code_in


@pytest.fixture
def code_for(ask, inbox):
    """Ask for a code and return the one in the mail."""

    def ask_and_read(email=EMAIL) -> str:
        response = ask(email)
        assert response.status_code == 202, response.text
        return code_in(inbox.to(email)[-1])

    return ask_and_read


@pytest.fixture
def confirm(anon_request):
    def post(code, password=NEW_PASSWORD, email=EMAIL):
        return anon_request.post(
            "/@tremplin-password-reset-confirm",
            json={"email": email, "code": code, "password": password},
        )

    return post


@pytest.fixture
def signs_in(request_factory):
    """True when ``password`` opens Mariama's account (HTTP Basic)."""

    def check(password: str, login: str = "mariama") -> bool:
        session = request_factory(basic_auth=(login, password))
        return session.get("/@users/mariama").status_code == 200

    return check


@pytest.fixture
def errors_of():
    """{field: message} of a 400."""

    def read(response) -> dict:
        messages = json.loads(response.json()["message"])
        return {e["field"]: e["message"] for e in messages}

    return read
