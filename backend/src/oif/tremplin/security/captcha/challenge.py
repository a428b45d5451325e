"""ALTCHA proof-of-work challenges: issue them, check and spend the solutions.

The Volto widget is npm ``altcha`` 3.2.2. It solves the *v2* protocol of the
python ``altcha`` 2.x library (``{"parameters": {...}, "signature"}``,
``counterMode`` ``uint32``) and posts ``base64(JSON {"challenge":
{"parameters", "signature"}, "solution": {"counter", "derivedKey", "time"}})``.

Difficulty (deterministic mode, the one ALTCHA recommends): the server picks
a secret counter in ``COUNTER_RANGE`` and publishes the first half of the
key PBKDF2-SHA-256 (``COST`` iterations) derives from it; the browser tries
counters from 0 until it finds that key, so the work is ``counter * COST``
HMAC-SHA-256 rounds, spread over the widget's workers. Measured figures are
in ``docs/developer/security-abuse.md``. The challenge also carries the
HMAC of the full key (``keySignature``), so checking a solution costs one
HMAC, never a PBKDF2.

Secrets and spent challenges live in the site's annotations (one OOBTree):
two random keys made once per site (never in the repository), and the
signatures of solved challenges until they expire, so a payload opens one
form once.
"""

from altcha import create_challenge
from altcha import verify_solution
from BTrees.OOBTree import OOBTree
from datetime import datetime
from datetime import timedelta
from oif.tremplin.core import clock
from plone import api
from plone.protect.utils import safeWrite
from zope.annotation.interfaces import IAnnotations

import base64
import binascii
import json
import secrets


STORE_KEY = "oif.tremplin.security.captcha"
ALGORITHM = "PBKDF2/SHA-256"
COST = 1000  # PBKDF2 iterations per counter tried
COUNTER_RANGE = (400, 1200)  # the secret counter: 800 * 1000 rounds on average
LIFETIME = timedelta(minutes=10)
MAX_PAYLOAD = 4096  # a genuine payload is ~700 characters
PURGE_EVERY = timedelta(minutes=5)


def _annotations():
    return IAnnotations(api.portal.get())


def _store(create: bool = False, request=None) -> OOBTree | None:
    annotations = _annotations()
    if STORE_KEY not in annotations and create:
        store = OOBTree({
            "secret": secrets.token_hex(32),  # signs the challenges
            "key_secret": secrets.token_hex(32),  # signs the derived keys
            "used": OOBTree(),  # challenge signature -> expiresAt (Unix time)
            "purged": 0,  # Unix time of the last purge
        })
        annotations[STORE_KEY] = store
        if request is not None:  # made during a GET: tell plone.protect it is ours
            safeWrite(store, request)
            safeWrite(getattr(annotations, "obj", None), request)
            safeWrite(getattr(annotations.obj, "__annotations__", None), request)
    return annotations.get(STORE_KEY)


def install(portal) -> None:
    """Make the site's keys now rather than at the first challenge."""
    _store(create=True)


def new_challenge(request=None) -> dict:
    """A signed challenge, as the widget expects it, valid ``LIFETIME``."""
    store = _store(create=True, request=request)
    low, high = COUNTER_RANGE
    challenge = create_challenge(
        ALGORITHM,
        COST,
        counter=low + secrets.randbelow(high - low + 1),
        expires_at=clock.now() + LIFETIME,
        hmac_secret=store["secret"],
        hmac_key_secret=store["key_secret"],
    )
    return challenge.to_dict()


def _parse(payload: str) -> dict | None:
    try:
        data = json.loads(base64.b64decode(payload, validate=True))
        challenge = data["challenge"]
        return {
            "signature": challenge["signature"],
            "expires": challenge["parameters"]["expiresAt"],
        }
    except (binascii.Error, ValueError, KeyError, TypeError, RecursionError):
        return None


def spend(payload: str) -> bool:
    """True when ``payload`` solves an unexpired challenge of this site that
    nobody spent before; it is then spent (in this transaction)."""
    store = _store()
    if store is None or not isinstance(payload, str) or len(payload) > MAX_PAYLOAD:
        return False
    parsed = _parse(payload)
    if parsed is None or not isinstance(parsed["signature"], str):
        return False
    now = clock.now().timestamp()
    expires = parsed["expires"]
    # Our challenges always expire within LIFETIME; refuse any other shape
    # (the signature check below would too, this keeps the rule explicit).
    if type(expires) is not int or not now < expires <= now + LIFETIME.total_seconds():
        return False
    result = verify_solution(
        payload, store["secret"], hmac_key_secret=store["key_secret"]
    )
    if not result.verified:
        return False
    signature = parsed["signature"].lower()
    if signature in store["used"]:
        return False
    store["used"][signature] = expires
    _purge_if_due(store, now)
    return True


def purge_expired(now: datetime | None = None) -> int:
    """Forget spent challenges that expired (they fail the expiry check
    anyway); returns how many went."""
    store = _store()
    if store is None:
        return 0
    return _purge(store, (now or clock.now()).timestamp())


def _purge_if_due(store: OOBTree, now: float) -> None:
    if not 0 <= now - store["purged"] < PURGE_EVERY.total_seconds():
        _purge(store, now)


def _purge(store: OOBTree, now: float) -> int:
    expired = [key for key, expires in store["used"].items() if expires <= now]
    for key in expired:
        del store["used"][key]
    store["purged"] = now
    return len(expired)
