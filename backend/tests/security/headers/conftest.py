from oif.tremplin.security.captcha.testing import cheap_challenges
from oif.tremplin.security.sessions.testing import signed_in_with_mfa

import pytest


@pytest.fixture
def oif_session(request_factory):
    """A REST session of a member of the OIF team (moderator, administrator)
    signed in with her second factor, as the site requires of them."""

    def session_for(username: str):
        return signed_in_with_mfa(request_factory(), username)

    return session_for


@pytest.fixture
def cheap_captcha(monkeypatch):
    """Challenges that solve in milliseconds: these tests are about what the
    forms keep, not the proof of work."""
    cheap_challenges(monkeypatch)
