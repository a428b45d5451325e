"""The login guard: failed sign-ins counted per account and per client address.

Called by the ``@login`` service (``security.mfa``) in this order:
``lockout_remaining`` (429 when > 0), ``captcha_required`` (then the
payload must verify), the password check, then ``record_failure`` or
``record_success``.

Rules (sliding window of 15 minutes, see ``docs/developer/security-abuse.md``):

- 3 failures on an account or from an address: the CAPTCHA is required;
- 5 failures on an account: the account is locked 15 minutes, its owner is
  mailed once (``send_security_alert(userid, "lockout")``), audit
  ``security.lockout``;
- 20 failures from one address: the address is locked 15 minutes (audit
  ``security.lockout`` with ``scope="address"``).

Counting goes by the login as typed (lower-cased), whether an account
exists or not, so the answers reveal nothing about who is a member.
A success clears the account's failures, never the address's: otherwise
one valid account of her own would let an attacker reset the address
counter between guesses at other accounts.

The client address is ``request.getClientAddr()``, which honours zope.conf's
``trusted-proxy``. An address that is itself a proxy (loopback or a
``trusted-proxy``) says nothing about the person behind it: counting it
would lock every visitor of Volto at once, so it is not counted (the
account counters still are). See the docs page for the proxy set-up.
"""

from BTrees.OOBTree import OOBTree
from datetime import datetime
from datetime import timedelta
from math import ceil
from oif.tremplin.core import audit
from oif.tremplin.core import clock
from oif.tremplin.security import alerts
from plone import api
from zope.annotation.interfaces import IAnnotations

import hashlib
import ipaddress
import ZPublisher.HTTPRequest


STORE_KEY = "oif.tremplin.security.abuse"
WINDOW = timedelta(minutes=15)
CAPTCHA_AFTER = 3
ACCOUNT_LOCK_AFTER = 5
ADDRESS_LOCK_AFTER = 20
LOCK_MINUTES = 15
LOCK_DURATION = timedelta(minutes=LOCK_MINUTES)
# An address under attack keeps at most this many failure times: enough to
# decide, bounded whatever the rate.
KEEP_TIMES = ADDRESS_LOCK_AFTER
PURGE_EVERY = timedelta(minutes=5)


def _store(create: bool = False) -> OOBTree | None:
    annotations = IAnnotations(api.portal.get())
    if STORE_KEY not in annotations and create:
        annotations[STORE_KEY] = OOBTree({
            "failures": OOBTree(),  # key -> tuple of failure datetimes
            "locks": OOBTree(),  # key -> datetime the lock ends
            "purged": None,  # when stale entries were last dropped
        })
    return annotations.get(STORE_KEY)


def account_key(login: str | None) -> str:
    """``account:<sha256 of the lower-cased login>``: the store keeps no
    list of the addresses people typed."""
    normalized = (login or "").strip().lower()
    return "account:" + hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def client_address(request) -> str | None:
    """The address counted for ``request``; None when it is a proxy's own
    (loopback, a zope.conf ``trusted-proxy``) or unknown."""
    address = (request.getClientAddr() or "").strip() if request else ""
    if not address or address in ZPublisher.HTTPRequest.trusted_proxies:
        return None
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address  # a host name from a proxy: count it as given
    if parsed.is_loopback or parsed.is_unspecified:
        return None
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        # One person usually holds a whole /64: count the network.
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def _address_key(request) -> str | None:
    address = client_address(request)
    return f"address:{address}" if address else None


def _recent(store: OOBTree | None, key: str | None, now: datetime) -> tuple:
    if store is None or key is None:
        return ()
    return tuple(t for t in store["failures"].get(key, ()) if now - t < WINDOW)


def _lock_left(store: OOBTree | None, key: str | None, now: datetime) -> int:
    if store is None or key is None:
        return 0
    until = store["locks"].get(key)
    if until is None or until <= now:
        return 0
    return ceil((until - now).total_seconds())


def lockout_remaining(request, login: str | None) -> int:
    """Seconds before ``login`` may be tried again from this address; 0 when
    neither the account nor the address is locked."""
    store, now = _store(), clock.now()
    return max(
        _lock_left(store, account_key(login), now),
        _lock_left(store, _address_key(request), now),
    )


def captcha_required(request, login: str | None) -> bool:
    """True after ``CAPTCHA_AFTER`` failures in the window on the account or
    from the address."""
    store, now = _store(), clock.now()
    return (
        len(_recent(store, account_key(login), now)) >= CAPTCHA_AFTER
        or len(_recent(store, _address_key(request), now)) >= CAPTCHA_AFTER
    )


def record_failure(request, login: str | None) -> None:
    """Count one failed sign-in; lock the account or the address at their
    threshold (the account's owner is mailed once per lock)."""
    store, now = _store(create=True), clock.now()
    _purge_if_due(store, now)
    key = account_key(login)
    if _count(store, key, now) >= ACCOUNT_LOCK_AFTER and not _lock_left(
        store, key, now
    ):
        _lock(store, key, now)
        userid = _userid(login)
        audit.record(
            "security.lockout",
            userid or "",
            scope="account",
            minutes=LOCK_MINUTES,
            failures=ACCOUNT_LOCK_AFTER,
            known=bool(userid),
        )
        if userid:
            alerts.send_security_alert(userid, "lockout", minutes=str(LOCK_MINUTES))
    address_key = _address_key(request)
    if address_key is None:
        return
    if _count(store, address_key, now) >= ADDRESS_LOCK_AFTER and not _lock_left(
        store, address_key, now
    ):
        _lock(store, address_key, now)
        audit.record(
            "security.lockout",
            client_address(request),
            scope="address",
            minutes=LOCK_MINUTES,
            failures=ADDRESS_LOCK_AFTER,
        )


def record_success(request, login: str | None) -> None:
    """A right password: forget the account's failures (not the address's)."""
    store = _store()
    if store is None:
        return
    key = account_key(login)
    if key in store["failures"]:
        del store["failures"][key]


def unlock(login: str) -> bool:
    """Lift an account's lock and failures (for an administrator's script);
    True when there was something to lift."""
    store = _store()
    if store is None:
        return False
    key = account_key(login)
    found = key in store["locks"] or key in store["failures"]
    store["locks"].pop(key, None)
    store["failures"].pop(key, None)
    return found


def purge_expired(now: datetime | None = None) -> int:
    """Drop ended locks and failure lists with nothing left in the window;
    returns how many entries went."""
    store = _store()
    if store is None:
        return 0
    return _purge(store, now or clock.now())


def _count(store: OOBTree, key: str, now: datetime) -> int:
    times = (*_recent(store, key, now), now)[-KEEP_TIMES:]
    store["failures"][key] = times
    return len(times)


def _lock(store: OOBTree, key: str, now: datetime) -> None:
    store["locks"][key] = now + LOCK_DURATION


def _purge_if_due(store: OOBTree, now: datetime) -> None:
    last = store["purged"]
    if last is None or now - last >= PURGE_EVERY or now < last:
        _purge(store, now)


def _purge(store: OOBTree, now: datetime) -> int:
    stale = [k for k, times in store["failures"].items() if now - times[-1] >= WINDOW]
    ended = [k for k, until in store["locks"].items() if until <= now]
    for key in stale:
        del store["failures"][key]
    for key in ended:
        del store["locks"][key]
    store["purged"] = now
    return len(stale) + len(ended)


def _userid(login: str | None) -> str | None:
    """The id of the account whose login (or id) is ``login`` as typed or
    lower-cased (registration stores e-mail logins lower-cased), if any."""
    acl_users = api.portal.get_tool("acl_users")
    typed = (login or "").strip()
    for candidate in dict.fromkeys((typed, typed.lower())):
        if not candidate:
            continue
        for criterion in ("login", "id"):
            found = acl_users.searchUsers(exact_match=True, **{criterion: candidate})
            if found:
                return found[0]["userid"]
    return None
