"""How many text messages one account may cause: SMS cost money and can be
abused (SMS pumping, harassing a number), so each account gets at most one
message every 30 seconds and ten a day, whatever asked for them (enrolment,
login, a code for an account change)."""

from datetime import timedelta
from math import ceil
from oif.tremplin.core import clock
from oif.tremplin.security.mfa import store


INTERVAL = timedelta(seconds=30)
WINDOW = timedelta(hours=24)
PER_WINDOW = 10


def _recent(record: dict) -> tuple:
    now = clock.now()
    return tuple(t for t in record.get("sms_sends", ()) if now - t < WINDOW)


def seconds_before_next_sms(userid: str) -> int:
    """0 when a message may go now, else the wait in seconds."""
    now = clock.now()
    sends = _recent(store.account(userid))
    waits = []
    if sends and now - sends[-1] < INTERVAL:
        waits.append(INTERVAL - (now - sends[-1]))
    if len(sends) >= PER_WINDOW:
        waits.append(sends[-PER_WINDOW] + WINDOW - now)
    return max((ceil(w.total_seconds()) for w in waits), default=0)


def note_sms(userid: str) -> None:
    record = store.account(userid)
    record["sms_sends"] = (*_recent(record), clock.now())
    store.save_account(userid, record)
