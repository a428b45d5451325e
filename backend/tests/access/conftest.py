from oif.tremplin.core import audit

import pytest
import transaction


AWA_COMPANY = "/fr/entreprises/delices-tropicaux-du-senegal"


@pytest.fixture
def admin(member_session):
    """The demo Site Administrator's REST session."""
    return member_session("administrateur")


@pytest.fixture
def audit_log(functional_portal):
    """The audit entries as the site sees them now (reads committed data)."""

    def read(**filters):
        transaction.begin()  # see what the HTTP thread committed
        return list(audit.entries(**filters))

    return read
