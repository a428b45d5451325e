"""Checking a second-factor code against what a member set up.

One entry point, ``prove_possession``, used by the login's code step and by
the account changes that need "a current code" (turning MFA off, new
recovery codes). A code is a TOTP code, an SMS code sent for this purpose,
or one of the recovery codes; a successful check consumes it (the TOTP step
is remembered, the recovery code is deleted), so no code works twice.
"""

from oif.tremplin.core import audit
from oif.tremplin.core import clock
from oif.tremplin.security.mfa import recovery_codes
from oif.tremplin.security.mfa import store
from oif.tremplin.security.mfa import totp


def cleaned(code) -> str:
    return "".join(code.split()) if isinstance(code, str) else ""


def _totp_matches(userid: str, record: dict, code: str) -> bool:
    active = record.get("totp")
    if not active:
        return False
    step = totp.matching_step(active["secret"], code, active.get("last_step", -1))
    if step is None:
        return False
    record["totp"] = {**active, "last_step": step}
    store.save_account(userid, record)
    return True


def sms_code_matches(sms: dict | None, code: str) -> bool:
    """True when ``code`` is the SMS code described by ``sms`` (a dict with
    the ``code`` digest, its ``salt`` and an optional ``expires``)."""
    if not sms or not totp.looks_like_code(code):
        return False
    expires = sms.get("expires")
    if expires is not None and expires <= clock.now():
        return False
    return store.same_digest(store.code_digest(code, sms["salt"]), sms["code"])


def _recovery_code_matches(userid: str, record: dict, code: str) -> bool:
    if not recovery_codes.looks_like_recovery_code(code):
        return False
    digest = recovery_codes.recovery_digest(code)
    left = tuple(record.get("recovery", ()))
    if digest not in left:
        return False
    record["recovery"] = tuple(d for d in left if d != digest)
    store.save_account(userid, record)
    # She proved her password and owns the code: the actor is known.
    audit.record(
        "security.recovery_code_used",
        userid,
        actor=userid,
        codes_left=len(record["recovery"]),
    )
    return True


def prove_possession(userid: str, code, sms: dict | None = None) -> str | None:
    """The kind of code that ``code`` is for ``userid`` (``totp``, ``sms`` or
    ``recovery``), consuming it; None when it proves nothing. ``sms``
    describes the SMS code valid in this context (see sms_code_matches):
    the caller forgets it on success."""
    code = cleaned(code)
    if not code:
        return None
    record = store.account(userid)
    if _totp_matches(userid, record, code):
        return "totp"
    if record.get("sms") and sms_code_matches(sms, code):
        return "sms"
    if _recovery_code_matches(userid, record, code):
        return "recovery"
    return None
