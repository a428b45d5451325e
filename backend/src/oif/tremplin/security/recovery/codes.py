"""Password reset codes (spec §6.3.5): 6 digits, 15 minutes, 5 tries.

One OOBTree in the site's annotations holds, per address asked about, the
HMAC-SHA256 of its live code (keyed by the HMAC of the address, so the store
lists no addresses), when it expires and how many tries are left. The HMAC
key is a random secret made once per site and kept beside the codes: a copy
of the codes alone, or of the code space (a million values), opens nothing.

An address that is nobody's gets a record too, with a code nobody is sent:
asking for a code, and trying one, then do the same work and give the same
answers whether the address is a member's or not.
"""

from BTrees.OOBTree import OOBTree
from datetime import datetime
from datetime import timedelta
from plone import api
from zope.annotation.interfaces import IAnnotations

import hashlib
import hmac
import secrets


STORE_KEY = "oif.tremplin.security.recovery"
CODE_LIFETIME = timedelta(minutes=15)
MAX_TRIES = 5
CODE_DIGITS = 6
# An expired code is kept a day, to say "expired" rather than "not valid".
KEEP_EXPIRED = timedelta(days=1)


class CodeRefused(Exception):
    """Why a code opens nothing (``reason``): ``unknown`` (no live code: never
    asked, used, or replaced), ``expired``, ``used_up`` (no tries left) or
    ``wrong`` (``tries_left`` more are allowed)."""

    def __init__(self, reason: str, tries_left: int = 0):
        super().__init__(reason)
        self.reason = reason
        self.tries_left = tries_left


def _store(create: bool = False) -> OOBTree | None:
    annotations = IAnnotations(api.portal.get())
    if STORE_KEY not in annotations and create:
        annotations[STORE_KEY] = OOBTree({
            "secret": secrets.token_hex(32),
            "codes": OOBTree(),  # address key -> {digest, expires, tries_left}
        })
    return annotations.get(STORE_KEY)


def _mac(store: OOBTree, text: str) -> str:
    return hmac.new(
        store["secret"].encode("ascii"), text.encode("utf-8"), hashlib.sha256
    ).hexdigest()


def _address_key(store: OOBTree, email: str) -> str:
    return _mac(store, "address:" + email)


def _code_digest(store: OOBTree, key: str, code: str) -> str:
    # Bound to the address: a code is worth nothing for another record.
    return _mac(store, f"code:{key}:{code}")


def issue_code(email: str, now: datetime) -> str:
    """A new code for ``email``; the address's previous code dies."""
    store = _store(create=True)
    key = _address_key(store, email)
    code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
    store["codes"][key] = {
        "digest": _code_digest(store, key, code),
        "expires": now + CODE_LIFETIME,
        "tries_left": MAX_TRIES,
    }
    return code


def check_code(email: str, code: str, now: datetime) -> None:
    """Nothing when ``code`` is the live code of ``email``; else raises
    CodeRefused. A wrong code uses up a try, written at once: the caller
    must let that write commit (answer, do not raise)."""
    store = _store()
    key = _address_key(store, email) if store is not None else ""
    record = store["codes"].get(key) if store is not None else None
    if record is None:
        raise CodeRefused("unknown")
    if record["tries_left"] <= 0:
        raise CodeRefused("used_up")
    if record["expires"] <= now:
        raise CodeRefused("expired")
    if hmac.compare_digest(record["digest"], _code_digest(store, key, code)):
        return
    tries_left = record["tries_left"] - 1
    store["codes"][key] = {**record, "tries_left": tries_left}
    raise CodeRefused("wrong" if tries_left else "used_up", tries_left)


def forget_code(email: str) -> None:
    """The code of ``email`` served: it never works again."""
    store = _store()
    if store is not None:
        store["codes"].pop(_address_key(store, email), None)


def purge_expired(now: datetime) -> int:
    """Forget the codes expired for a day; returns how many went."""
    store = _store()
    if store is None:
        return 0
    expired = [
        k for k, r in store["codes"].items() if r["expires"] + KEEP_EXPIRED <= now
    ]
    for key in expired:
        del store["codes"][key]
    return len(expired)
