"""Second factors set from code, not by the member: demo accounts (a
documented development secret) and test fixtures."""

from oif.tremplin.core import audit
from oif.tremplin.core import clock
from oif.tremplin.security.mfa import recovery_codes
from oif.tremplin.security.mfa import store

import base64
import binascii


def enrol_totp(userid: str, secret: str) -> list[str]:
    """Turn TOTP on for ``userid`` with ``secret`` (base32), replacing any
    factor she had; returns ten new recovery codes. No confirmation code and
    no alert mail: never for a real member's account."""
    try:
        base64.b32decode(secret.upper(), casefold=True)
    except (binascii.Error, ValueError) as error:
        raise ValueError("The TOTP secret must be base32") from error
    record = store.account(userid)
    codes = recovery_codes.new_codes()
    record.update({
        "totp": {"secret": secret.upper(), "last_step": -1, "since": clock.now()},
        "totp_pending": None,
        "recovery": tuple(recovery_codes.recovery_digest(c) for c in codes),
    })
    store.save_account(userid, record)
    audit.record("security.mfa_on", userid, method="totp", preset=True)
    return codes
