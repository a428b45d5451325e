"""Login challenges: the link between the password step and the code step.

The password step of a member with MFA opens a challenge: a random token
given to the client (only its SHA-256 digest is stored), valid 5 minutes,
for at most 5 wrong codes, used once. The code step (or an SMS request)
names the challenge; nothing else identifies the member before the token.
"""

from datetime import timedelta
from math import ceil
from oif.tremplin.core import clock
from oif.tremplin.security.mfa import store

import hashlib
import secrets


LIFETIME = timedelta(minutes=5)
TRIES = 5
SMS_PER_CHALLENGE = 3
SMS_INTERVAL = timedelta(seconds=30)


class ChallengeError(Exception):
    """Why a challenge opens nothing: ``unknown`` (or already used),
    ``expired`` or ``exhausted`` (too many wrong codes)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def challenge_key(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def open_challenge(userid: str, login: str, methods: list[str]) -> tuple[str, dict]:
    """A new challenge for ``userid`` (signed in as ``login``); returns the
    token, which only the client holds from then on, and the record."""
    now = clock.now()
    store.purge_challenges(now)
    token = secrets.token_urlsafe(32)
    record = {
        "userid": userid,
        "login": login,
        "methods": tuple(methods),
        "expires": now + LIFETIME,
        "tries_left": TRIES,
        "state": "live",
        "sms": None,  # {"code", "salt", "sent": (times,)} once an SMS is asked for
    }
    store.save_challenge(challenge_key(token), record)
    return token, record


def live_challenge(token) -> tuple[str, dict]:
    """(key, record) of a challenge that can still be answered; raises
    ChallengeError."""
    if not isinstance(token, str) or not token:
        raise ChallengeError("unknown")
    key = challenge_key(token)
    record = store.challenge(key)
    if record is None or record["state"] == "used":
        raise ChallengeError("unknown")
    if record["expires"] <= clock.now():
        raise ChallengeError("expired")
    if record["state"] == "exhausted" or record["tries_left"] <= 0:
        raise ChallengeError("exhausted")
    return key, record


def spend_try(key: str, record: dict) -> int:
    """Count one wrong code; returns the tries left (0: the challenge is dead)."""
    left = max(record["tries_left"] - 1, 0)
    record = {**record, "tries_left": left, "state": "live" if left else "exhausted"}
    store.save_challenge(key, record)
    return left


def close_challenge(key: str, record: dict) -> None:
    """The challenge was answered: it opens nothing again."""
    store.save_challenge(key, {**record, "state": "used", "sms": None})


def seconds_before_sms(record: dict) -> int | None:
    """0 when an SMS may be sent for this challenge now, the wait in seconds,
    or None when the challenge has had all its messages."""
    sent = (record.get("sms") or {}).get("sent", ())
    if len(sent) >= SMS_PER_CHALLENGE:
        return None
    if sent and clock.now() - sent[-1] < SMS_INTERVAL:
        return ceil((SMS_INTERVAL - (clock.now() - sent[-1])).total_seconds())
    return 0


def attach_sms_code(key: str, record: dict, code: str) -> None:
    """Remember (as a digest) the SMS code sent for this challenge; a new
    message replaces the previous code."""
    salt = secrets.token_hex(8)
    sent = (record.get("sms") or {}).get("sent", ())
    sms = {
        "code": store.code_digest(code, salt),
        "salt": salt,
        "sent": (*sent, clock.now()),
    }
    store.save_challenge(key, {**record, "sms": sms})


def challenge_answer(userid: str, login: str, methods: list[str]) -> dict:
    """The answer of a first sign-in step (password, external identity) for
    an account with a second factor: a challenge for ``@tremplin-login-code``
    and nothing that authenticates."""
    token, record = open_challenge(userid, login, methods)
    return {
        "mfa_required": True,
        "challenge": token,
        "methods": methods,
        "expires": record["expires"].isoformat(timespec="seconds"),
    }
