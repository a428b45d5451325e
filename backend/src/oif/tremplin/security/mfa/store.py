"""Where the second factors live: one record per account, plus the login
challenges, in two OOBTrees in the site's annotations.

A record is a plain dict replaced as a whole on every change (so the BTree
notices it):

- ``totp``: ``{"secret", "last_step", "since"}`` once confirmed; ``last_step``
  is the last 30-second step a code was accepted for (no replay);
- ``totp_pending``: ``{"secret", "created"}`` between the QR code and the
  first code;
- ``sms``: ``{"phone", "since"}`` once confirmed;
- ``sms_pending``: ``{"phone", "code", "expires", "tries_left", "sent"}``;
- ``action_code``: an SMS code sent to the confirmed phone so that an SMS-only
  member can prove possession outside a login (same keys, no ``phone``);
- ``recovery``: the SHA-256 digests of the unused recovery codes.

Codes are kept only as salted digests (``code_digest``). The TOTP secret has
to stay readable: the server computes the expected codes from it.
"""

from BTrees.OOBTree import OOBTree
from plone import api
from zope.annotation.interfaces import IAnnotations

import hashlib
import hmac


STORE_KEY = "oif.tremplin.security.mfa"


def _store(create: bool = False) -> OOBTree | None:
    annotations = IAnnotations(api.portal.get())
    if STORE_KEY not in annotations and create:
        annotations[STORE_KEY] = OOBTree({
            "accounts": OOBTree(),  # userid -> record dict
            "challenges": OOBTree(),  # challenge digest -> challenge dict
        })
    return annotations.get(STORE_KEY)


def code_digest(code: str, salt: str = "") -> str:
    """The stored form of a code: SHA-256 of salt + code."""
    return hashlib.sha256(f"{salt}:{code}".encode()).hexdigest()


def same_digest(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a, b)


def account(userid: str) -> dict:
    """A copy of the record of ``userid`` (empty when she has none)."""
    store = _store()
    found = store["accounts"].get(userid) if store is not None and userid else None
    return dict(found) if found else {}


def save_account(userid: str, record: dict) -> None:
    """Replace the record of ``userid``; an empty record is removed."""
    accounts = _store(create=True)["accounts"]
    kept = {key: value for key, value in record.items() if value}
    if kept:
        accounts[userid] = kept
    elif userid in accounts:
        del accounts[userid]


def challenge(key: str) -> dict | None:
    store = _store()
    found = store["challenges"].get(key) if store is not None else None
    return dict(found) if found is not None else None


def save_challenge(key: str, record: dict) -> None:
    _store(create=True)["challenges"][key] = dict(record)


def purge_challenges(now) -> int:
    """Forget challenges that have expired; returns how many went."""
    store = _store()
    if store is None:
        return 0
    doomed = [k for k, c in store["challenges"].items() if c["expires"] <= now]
    for key in doomed:
        del store["challenges"][key]
    return len(doomed)
