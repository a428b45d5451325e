"""Registrations waiting for their e-mail confirmation (spec §6.1.1).

Nothing exists in Plone before the address is confirmed: no user, no
profile. What the person typed waits here, in one OOBTree in the site's
annotations, with her password already hashed and only the SHA-256 digest of
the confirmation token, so a copy of the database opens no account.

Also kept here: the send times of the last 24 hours per address digest, for
every address asked about (known or not), so the rate limit answers the same
for all and reveals nothing; and the digests of used tokens until they would
have expired, so a second click says "already used" rather than "unknown".
"""

from BTrees.OOBTree import OOBTree
from datetime import datetime
from datetime import timedelta
from plone import api
from zope.annotation.interfaces import IAnnotations

import hashlib
import secrets


STORE_KEY = "oif.tremplin.accounts.pending"
TOKEN_HOURS_RECORD = "oif.tremplin.registration_token_hours"  # noqa: S105 - a name
DEFAULT_TOKEN_HOURS = 48
SEND_INTERVAL = timedelta(seconds=60)
SEND_WINDOW = timedelta(hours=24)
SENDS_PER_WINDOW = 5


class InvalidToken(Exception):
    """Why a token opens nothing (``reason``): ``unknown``, ``expired``,
    ``used``, or ``taken`` (its address became a member's meanwhile)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _store(create: bool = False) -> OOBTree | None:
    annotations = IAnnotations(api.portal.get())
    if STORE_KEY not in annotations and create:
        annotations[STORE_KEY] = OOBTree({
            "pending": OOBTree(),  # e-mail -> registration dict
            "tokens": OOBTree(),  # token digest -> e-mail
            "used": OOBTree(),  # token digest -> when it would have expired
            "sends": OOBTree(),  # e-mail digest -> send times (last 24 h)
        })
    return annotations.get(STORE_KEY)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def token_hours() -> int:
    hours = api.portal.get_registry_record(TOKEN_HOURS_RECORD, default=None)
    return hours or DEFAULT_TOKEN_HOURS


def pending_registration(email: str) -> dict | None:
    store = _store()
    found = store["pending"].get(email) if store is not None else None
    return dict(found) if found is not None else None


def seconds_before_next_send(email: str, now: datetime) -> int:
    """0 when a mail may go to ``email`` now, else how long to wait: at
    least a minute between two mails, at most five mails a day."""
    store = _store()
    known = store["sends"].get(digest(email), ()) if store else ()
    sends = [t for t in known if now - t < SEND_WINDOW]
    waits = []
    if sends and now - sends[-1] < SEND_INTERVAL:
        waits.append(SEND_INTERVAL - (now - sends[-1]))
    if len(sends) >= SENDS_PER_WINDOW:
        waits.append(sends[-SENDS_PER_WINDOW] + SEND_WINDOW - now)
    return max((int(w.total_seconds()) + 1 for w in waits), default=0)


def note_send(email: str, now: datetime) -> None:
    sends = _store(create=True)["sends"]
    key = digest(email)
    recent = tuple(t for t in sends.get(key, ()) if now - t < SEND_WINDOW)
    sends[key] = (*recent, now)


def store_registration(registration: dict, now: datetime) -> tuple[str, dict]:
    """Keep ``registration`` (keyed by its ``email``) with a fresh token;
    a pending registration of the same address is replaced. Returns the
    token, which exists only in the mail from then on, and the record."""
    store = _store(create=True)
    email = registration["email"]
    _forget_token(store, email)
    token = secrets.token_urlsafe(32)
    record = {
        **registration,
        "token_digest": digest(token),
        "created": now,
        "expires": now + timedelta(hours=token_hours()),
    }
    store["pending"][email] = record
    store["tokens"][record["token_digest"]] = email
    return token, dict(record)


def renew_token(email: str, now: datetime) -> tuple[str, dict] | None:
    """A new token and expiry for a pending registration; the old link dies."""
    registration = pending_registration(email)
    if registration is None:
        return None
    return store_registration(registration, now)


def take_registration(token: str, now: datetime) -> dict:
    """The registration of ``token``, removed from the store: a token opens
    one account once. Raises InvalidToken."""
    store = _store()
    key = digest(token or "")
    if store is None:
        raise InvalidToken("unknown")
    if key in store["used"]:
        raise InvalidToken("used")
    email = store["tokens"].get(key)
    if email is None:
        raise InvalidToken("unknown")
    record = dict(store["pending"][email])
    if record["expires"] <= now:
        raise InvalidToken("expired")
    del store["tokens"][key]
    del store["pending"][email]
    store["used"][key] = record["expires"]
    return record


def purge_expired(now: datetime) -> int:
    """Forget expired registrations, old used-token digests and send times
    older than a day; returns how many registrations went."""
    store = _store()
    if store is None:
        return 0
    expired = [e for e, r in store["pending"].items() if r["expires"] <= now]
    for email in expired:
        _forget_token(store, email)
        del store["pending"][email]
    for key in [k for k, until in store["used"].items() if until <= now]:
        del store["used"][key]
    for key in [
        k for k, times in store["sends"].items() if now - times[-1] >= SEND_WINDOW
    ]:
        del store["sends"][key]
    return len(expired)


def _forget_token(store: OOBTree, email: str) -> None:
    previous = store["pending"].get(email)
    if previous is not None:
        store["tokens"].pop(previous["token_digest"], None)
