"""Names the MFA tests import (a module of its own: ``from conftest import``
would find whichever test folder's conftest was imported first)."""

from oif.tremplin.core import clock

import json
import pyotp


PASSWORD = "Baobab-Sous-La-Pluie-2027"
# userid -> (login, group): members sign in with their e-mail (accounts/).
PEOPLE = {
    "nadia": ("nadia@example.org", None),
    "karim": ("karim@example.org", None),
    "fatou": ("fatou@example.org", "moderators"),
    "jeanmarc": ("jeanmarc@example.org", "Site Administrators"),
}
# A fixed secret, so a failing test can be replayed with an authenticator app.
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def login_of(userid: str) -> str:
    return PEOPLE[userid][0]


def code_at(secret: str = SECRET, steps: int = 0) -> str:
    """The TOTP code of the current step, or ``steps`` steps away."""
    return pyotp.TOTP(secret).at(clock.now().timestamp() + 30 * steps)


def field_errors(response) -> dict:
    """{field: message} of a 400 in core.errors.field_errors' format."""
    assert response.status_code == 400, response.text
    return {e["field"]: e["message"] for e in json.loads(response.json()["message"])}
