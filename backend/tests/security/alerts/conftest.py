from plone import api

import pytest
import transaction


PASSWORD = "Baobab-sous-la-pluie-1987"


@pytest.fixture
def member(functional_portal):
    """Mariama, who reads her mail in ``language``."""

    def create(language: str = "fr") -> str:
        transaction.begin()  # see what other sessions committed meanwhile
        api.user.create(
            username="mariama",
            email="mariama.sow@example.org",
            password=PASSWORD,
            properties={"fullname": "Mariama SOW", "language": language},
        )
        transaction.commit()
        return "mariama"

    return create


@pytest.fixture
def clock(time_machine):
    """27 Nov 2036, 10:05 UTC: in the future, see tests/security/recovery."""
    time_machine.move_to("2036-11-27 10:05:00+00:00", tick=False)


@pytest.fixture
def committed():
    """Run ``action`` in its own transaction and commit it (mails leave then)."""

    def run(action, *args, **kwargs):
        transaction.begin()
        result = action(*args, **kwargs)
        transaction.commit()
        return result

    return run


@pytest.fixture
def text_of():
    return lambda mail: mail.get_body().get_content()


@pytest.fixture
def administrator(member_session):
    """The demo Site Administrator's session (signed in with her code)."""
    return member_session("administrateur")
