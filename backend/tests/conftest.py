from aiosmtpd.controller import Controller
from email import message_from_bytes
from email import policy
from oif.tremplin.demo import DEMO_PASSWORD
from oif.tremplin.demo import load_demo_data
from oif.tremplin.testing import FUNCTIONAL_TESTING
from oif.tremplin.testing import INTEGRATION_TESTING
from plone import api
from pytest_plone import fixtures_factory

import jwt
import pyotp
import pytest
import socket
import time
import transaction


GUEST_PASSWORD = "Guest-Fromager-Lagune-2026"


pytest_plugins = ["pytest_plone"]

globals().update(
    fixtures_factory((
        (FUNCTIONAL_TESTING, "functional"),
        (INTEGRATION_TESTING, "integration"),
    ))
)


class Inbox:
    """An aiosmtpd handler that keeps every message it receives."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append(message)
        return "250 OK"

    def to(self, address: str) -> list:
        return [m for m in self.messages if address in m["To"]]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def inbox(functional_portal):
    """A real SMTP server on loopback that the site's MailHost delivers to."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    # Plone 6 reads the SMTP settings from the registry at every send.
    api.portal.set_registry_record("plone.smtp_host", "127.0.0.1")
    api.portal.set_registry_record("plone.smtp_port", controller.port)
    api.portal.set_registry_record("plone.email_from_address", "noreply@tremplin.test")
    api.portal.set_registry_record("plone.email_from_name", "Tremplin")
    transaction.commit()
    yield inbox
    controller.stop()


@pytest.fixture
def request_factory(request_factory):
    """pytest-plone's sessions, each request on a fresh connection.

    Tests move the clock (time-machine) between requests; waitress then takes
    a kept-alive connection for one idle for days and closes it while the
    next request is being sent (ConnectionResetError, now and then)."""

    def session_for(*args, **kwargs):
        session = request_factory(*args, **kwargs)
        session.headers["Connection"] = "close"
        return session

    return session_for


def demo_totp_secrets() -> dict[str, str]:
    """Demo accounts that sign in with a second factor (moderator, admin)."""
    accounts = load_demo_data()["accounts"]
    return {a["username"]: a["totp_secret"] for a in accounts if "totp_secret" in a}


def _mfa_token(session, username: str, secret: str) -> str:
    """Sign in as a client does: password, then a code of the authenticator.

    A time step is accepted once per account; other sign-ins in the same
    30 s take the neighbouring steps' codes (the server accepts one step
    either side)."""
    answer = session.post(
        "@login", json={"login": username, "password": DEMO_PASSWORD}
    ).json()
    for steps in (-1, 0, 1):
        code = pyotp.TOTP(secret).at(time.time() + 30 * steps)
        reply = session.post(
            "@tremplin-login-code",
            json={"challenge": answer["challenge"], "code": code},
        )
        if reply.status_code == 200:
            return reply.json()["token"]
    raise AssertionError(f"{username} could not complete the second step: {reply.text}")


class MFASession:
    """Wraps a REST session with a bearer token from a two-step login, and
    signs in again on a 401: the session ended (idle, lifetime) or the token
    expired, e.g. after a test moved the clock."""

    def __init__(self, session, username: str, secret: str):
        self._session = session
        self._username = username
        self._secret = secret
        self._sign_in()

    def _sign_in(self):
        # Signing in writes on the server (challenge, TOTP step, session):
        # the test's own transaction must not hold an older snapshot.
        transaction.commit()
        self._session.headers.pop("Authorization", None)
        token = _mfa_token(self._session, self._username, self._secret)
        self._session.headers["Authorization"] = f"Bearer {token}"
        transaction.begin()

    def _session_over(self, response) -> bool:
        """A 401 because the session ended, not because access is refused."""
        token = self._session.headers["Authorization"].split()[-1]
        claims = jwt.decode(token, options={"verify_signature": False})
        return "SessionExpired" in response.text or claims["exp"] <= time.time()

    def request(self, method, url, *args, **kwargs):
        response = self._session.request(method, url, *args, **kwargs)
        if response.status_code == 401 and self._session_over(response):
            self._sign_in()
            response = self._session.request(method, url, *args, **kwargs)
        return response

    def __getattr__(self, name):
        verbs = ("get", "post", "patch", "put", "delete", "head", "options")
        if name in verbs:
            return lambda url, *a, **kw: self.request(name.upper(), url, *a, **kw)
        return getattr(self._session, name)


@pytest.fixture
def member_session(request_factory):
    """A REST session (on ++api++) logged in as a demo account: basic auth,
    or the two-step login for the accounts that have a second factor."""
    secrets = demo_totp_secrets()
    # One two-step sign-in per account and test: a frozen clock has only
    # three usable codes (one step either side).
    signed_in = {}

    def session_for(username: str):
        if username in secrets:
            if username not in signed_in:
                signed_in[username] = MFASession(
                    request_factory(), username, secrets[username]
                )
            return signed_in[username]
        return request_factory(basic_auth=(username, DEMO_PASSWORD))

    return session_for


@pytest.fixture
def guest(functional_portal):
    """An authenticated member who holds no Tremplin role yet."""
    # Sign-ins on the server write in between: start from a fresh snapshot.
    transaction.begin()
    api.user.create(
        username="guest", email="guest@example.org", password=GUEST_PASSWORD
    )
    transaction.commit()
    return "guest"


@pytest.fixture
def session_of(member_session, request_factory, guest):
    """A REST session for a username: a demo account, "guest", or None for
    an anonymous visitor."""

    def session_for(username):
        if username is None:
            return request_factory()
        if username == "guest":
            return request_factory(basic_auth=("guest", GUEST_PASSWORD))
        return member_session(username)

    return session_for


@pytest.fixture
def share_with_everyone():
    """POSTs to @sharing the Reader role for every logged-in member."""

    def share(session, path):
        return session.post(
            f"{path}/@sharing",
            json={
                "entries": [
                    {
                        "id": "AuthenticatedUsers",
                        "type": "group",
                        "roles": {"Reader": True},
                    }
                ]
            },
        )

    return share
