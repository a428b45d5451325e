from oif.tremplin.demo import DEMO_PASSWORD
from oif.tremplin.security.sessions.testing import enable_test_totp
from oif.tremplin.security.sessions.testing import issue_test_token
import pytest
import transaction


START = "2027-02-01 10:00:00+00:00"


@pytest.fixture
def clock(time_machine):
    """The site's clock, stopped at START; ``clock.move(seconds=…)``."""
    from datetime import datetime
    from datetime import timedelta

    class Clock:
        now = datetime.fromisoformat(START)

        def move(self, **delta):
            self.now = self.now + timedelta(**delta)
            time_machine.move_to(self.now, tick=False)

    time_machine.move_to(START, tick=False)
    return Clock()


@pytest.fixture
def token_for(functional_portal):
    """A session token for a demo account, issued as the sign-in would."""
    return issue_test_token


@pytest.fixture
def bearer(request_factory):
    """A REST session that sends ``token`` as plone.restapi's Bearer."""

    def session_for(token: str, **headers):
        session = request_factory()
        session.headers["Authorization"] = f"Bearer {token}"
        session.headers.update(headers)
        return session

    return session_for


@pytest.fixture
def basic(request_factory):
    def session_for(username: str, password: str = DEMO_PASSWORD):
        return request_factory(basic_auth=(username, password))

    return session_for


@pytest.fixture
def with_mfa(functional_portal):
    """Give a demo account a confirmed TOTP factor."""
    return enable_test_totp


@pytest.fixture
def ac_cookie(functional_portal):
    """The __ac cookie of plone.session for ``username``, as Plone's
    classic login would set it (that form itself is refused now)."""

    class Response:
        def setCookie(self, name, value, **options):
            self.cookie = value

    def sign_in(username: str) -> str:
        transaction.begin()
        response = Response()
        functional_portal.acl_users.session._setupSession(username, response)
        value = response.cookie
        return value.decode() if isinstance(value, bytes) else value

    return sign_in


@pytest.fixture
def audit_log(functional_portal):
    def read(**filters):
        from oif.tremplin.core import audit

        transaction.begin()  # see what the HTTP thread committed
        return list(audit.entries(**filters))

    return read
