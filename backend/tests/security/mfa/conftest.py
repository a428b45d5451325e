"""Helpers of the MFA tests: sign-ins over real HTTP, TOTP codes computed
from the secret at the (frozen) test clock, the captured SMS."""

from oif.tremplin.core import clock
from oif.tremplin.security.mfa import recovery_codes
from oif.tremplin.security.mfa import store
from oif.tremplin.security.mfa.sms import capture_gateway
from mfa_helpers import code_at
from mfa_helpers import login_of
from mfa_helpers import PASSWORD
from mfa_helpers import PEOPLE
from mfa_helpers import SECRET
from plone import api

import pytest
import transaction


NOW = "2027-03-01 10:00:00+00:00"


@pytest.fixture
def mfa_enrolment_enforced():
    """Mandatory enrolment is on here (the suite's autouse fixture of this
    name switches it off for the other features' tests)."""
    return True


@pytest.fixture(autouse=True)
def frozen_clock(time_machine):
    time_machine.move_to(NOW, tick=False)
    return time_machine


@pytest.fixture(autouse=True)
def people(functional_portal):
    """Two members, a moderator and a site administrator (by their groups),
    each signing in with her e-mail address."""
    membership = api.portal.get_tool("portal_membership")
    acl_users = api.portal.get_tool("acl_users")
    for userid, (login, group) in PEOPLE.items():
        membership.addMember(
            userid, PASSWORD, ("Member",), "", {"email": login, "fullname": userid}
        )
        acl_users.updateLoginName(userid, login)
        if group:
            api.portal.get_tool("portal_groups").addPrincipalToGroup(userid, group)
    transaction.commit()
    return PEOPLE


@pytest.fixture(autouse=True)
def mails(inbox):
    """Security alerts are real mails: every test here has an SMTP server."""
    return inbox


@pytest.fixture(autouse=True)
def captured_sms():
    capture_gateway.messages.clear()
    yield capture_gateway
    capture_gateway.messages.clear()


def enrol_in_store(userid: str, secret: str = SECRET) -> list[str]:
    """Give ``userid`` an active TOTP factor and recovery codes, without
    the API (for tests about the sign-in); returns the recovery codes."""
    transaction.begin()
    codes = recovery_codes.new_codes()
    store.save_account(
        userid,
        {
            "totp": {"secret": secret, "last_step": -1, "since": clock.now()},
            "recovery": tuple(recovery_codes.recovery_digest(c) for c in codes),
        },
    )
    transaction.commit()
    return codes


@pytest.fixture
def enrolled():
    return enrol_in_store


@pytest.fixture
def anon(request_factory):
    return request_factory()


@pytest.fixture
def password_step(anon):
    """POST @login for ``userid`` (by her e-mail) with her password (or
    ``password``)."""

    def post(userid: str, password: str = PASSWORD, **extra):
        body = {"login": login_of(userid), "password": password, **extra}
        return anon.post("/@login", json=body)

    return post


@pytest.fixture
def code_step(anon):
    def post(challenge: str, code: str):
        return anon.post(
            "/@tremplin-login-code", json={"challenge": challenge, "code": code}
        )

    return post


@pytest.fixture
def bearer(request_factory):
    """A REST session that sends ``token`` as plone.restapi's Bearer."""

    def session_for(token: str):
        session = request_factory()
        session.headers["Authorization"] = f"Bearer {token}"
        return session

    return session_for


@pytest.fixture
def sign_in(password_step, code_step):
    """Both steps for an account with TOTP; returns the token."""

    def run(userid: str, code: str | None = None) -> str:
        first = password_step(userid)
        assert first.status_code == 200, first.text
        assert first.json()["mfa_required"] is True
        second = code_step(first.json()["challenge"], code or code_at())
        assert second.status_code == 200, second.text
        return second.json()["token"]

    return run
