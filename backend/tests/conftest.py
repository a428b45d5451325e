from aiosmtpd.controller import Controller
from email import message_from_bytes
from email import policy
from oif.tremplin.demo import DEMO_PASSWORD
from oif.tremplin.testing import FUNCTIONAL_TESTING
from oif.tremplin.testing import INTEGRATION_TESTING
from plone import api
from pytest_plone import fixtures_factory

import pytest
import socket
import transaction


GUEST_PASSWORD = "guest-password-2026"


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


@pytest.fixture
def member_session(request_factory):
    """A REST session (on ++api++) logged in as a demo account."""

    def session_for(username: str):
        return request_factory(basic_auth=(username, DEMO_PASSWORD))

    return session_for


@pytest.fixture
def guest(functional_portal):
    """An authenticated member who holds no Tremplin role yet."""
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
