"""What a member does with her own second factors (``@tremplin-mfa``).

Every function acts on the user it is given, which the services take from
the request's authenticated user only: nobody manages another account's
factors. Functions raise ``CountedError`` (a 400 whose counting must
commit) or return field errors for the services to raise.
"""

from datetime import timedelta
from oif.tremplin.core import audit
from oif.tremplin.core import clock
from oif.tremplin.core.mail import member_language
from oif.tremplin.security.alerts import send_security_alert
from oif.tremplin.security.sessions import issue_token
from oif.tremplin.security.mfa import messages
from oif.tremplin.security.mfa import quota
from oif.tremplin.security.mfa import recovery_codes
from oif.tremplin.security.mfa import sms
from oif.tremplin.security.mfa import store
from oif.tremplin.security.mfa import totp
from oif.tremplin.security.mfa.answers import CountedError
from oif.tremplin.security.mfa.factors import cleaned
from oif.tremplin.security.mfa.factors import sms_code_matches
from oif.tremplin.security.mfa.login import drop_session_cookie
from oif.tremplin.security.mfa.login import login_name
from oif.tremplin.security.mfa.policy import mfa_methods
from oif.tremplin.security.mfa.policy import mfa_required
from zope.globalrequest import getRequest
from zope.i18n import translate

import secrets


SMS_CODE_LIFETIME = timedelta(minutes=10)
SMS_CODE_TRIES = 5


class TooSoon(Exception):
    def __init__(self, retry_after: int):
        super().__init__(retry_after)
        self.retry_after = retry_after


def status(user) -> dict:
    """The answer of ``GET @tremplin-mfa``."""
    userid = user.getId()
    record = store.account(userid)
    methods = mfa_methods(userid)
    phone = (record.get("sms") or {}).get("phone")
    return {
        "enabled": bool(methods),
        "methods": methods,
        "required": mfa_required(user),
        "recovery_codes_left": len(record.get("recovery", ())) if methods else 0,
        "sms": {"phone": sms.masked_phone(phone)} if phone else None,
    }


def start_totp(user) -> dict:
    """A new pending secret (replacing an unconfirmed one) and its QR code."""
    userid = user.getId()
    record = store.account(userid)
    if record.get("totp"):
        raise CountedError({"method": messages.METHOD_ACTIVE})
    secret = totp.new_secret()
    record["totp_pending"] = {"secret": secret, "created": clock.now()}
    store.save_account(userid, record)
    uri = totp.provisioning_uri(secret, user.getProperty("email") or login_name(user))
    return {"secret": secret, "otpauth_uri": uri, "qr_svg": totp.qr_svg_data_uri(uri)}


def confirm_totp(user, code) -> dict:
    """Turn the pending secret on when ``code`` comes from it."""
    userid = user.getId()
    record = store.account(userid)
    pending = record.get("totp_pending")
    if record.get("totp") or not pending:
        raise CountedError({"code": messages.NOTHING_PENDING})
    step = totp.matching_step(pending["secret"], cleaned(code))
    if step is None:
        raise CountedError({"code": messages.CODE_WRONG_NO_COUNT})
    record["totp"] = {
        "secret": pending["secret"],
        "last_step": step,
        "since": clock.now(),
    }
    record["totp_pending"] = None
    return _method_confirmed(user, record, "totp")


def start_sms(user, phone) -> dict:
    """Send a code to ``phone`` (E.164); it becomes the SMS factor once the
    code comes back. Raises TooSoon, sms.SMSUnavailable."""
    userid = user.getId()
    record = store.account(userid)
    phone = sms.normalized_phone(phone)
    if record.get("sms"):
        raise CountedError({"method": messages.METHOD_ACTIVE})
    if not sms.is_e164(phone):
        raise CountedError({"phone": messages.PHONE_INVALID})
    code = _send_code(user, phone)
    record = store.account(userid)
    record["sms_pending"] = {"phone": phone, **_code_record(code)}
    store.save_account(userid, record)
    return {"phone": sms.masked_phone(phone), "expires": _expiry(record["sms_pending"])}


def confirm_sms(user, code) -> dict:
    """Turn the pending phone on when ``code`` is the one sent to it. A
    wrong code spends one of its tries (raises CountedError)."""
    userid = user.getId()
    record = store.account(userid)
    pending = record.get("sms_pending")
    if record.get("sms") or not pending:
        raise CountedError({"code": messages.NOTHING_PENDING})
    if pending["expires"] <= clock.now():
        raise CountedError({"code": messages.CODE_EXPIRED})
    if not sms_code_matches(pending, cleaned(code)):
        record["sms_pending"] = _spend(pending)
        store.save_account(userid, record)
        raise CountedError({"code": _wrong(record["sms_pending"])})
    record["sms"] = {"phone": pending["phone"], "since": clock.now()}
    record["sms_pending"] = None
    return _method_confirmed(user, record, "sms")


def send_action_code(user) -> dict:
    """An SMS code to the confirmed phone, for an account change that needs
    a current code (turning MFA off, new recovery codes)."""
    userid = user.getId()
    record = store.account(userid)
    phone = (record.get("sms") or {}).get("phone")
    if not phone:
        raise CountedError({"method": messages.NO_SMS})
    code = _send_code(user, phone)
    record = store.account(userid)
    record["action_code"] = _code_record(code)
    store.save_account(userid, record)
    return {"phone": sms.masked_phone(phone), "expires": _expiry(record["action_code"])}


def disable(user) -> None:
    """Forget every factor and recovery code of ``user`` (the caller checked
    her password and a current code)."""
    userid = user.getId()
    methods = mfa_methods(userid)
    record = store.account(userid)
    store.save_account(userid, {"sms_sends": record.get("sms_sends")})
    audit.record("security.mfa_off", userid, methods=methods)
    send_security_alert(userid, "mfa_off")


def regenerate_recovery_codes(user) -> list[str]:
    """Ten new codes; the old ones stop working (the caller checked her
    password and a current code)."""
    userid = user.getId()
    record = store.account(userid)
    codes = recovery_codes.new_codes()
    record["recovery"] = tuple(recovery_codes.recovery_digest(c) for c in codes)
    store.save_account(userid, record)
    audit.record("security.recovery_codes", userid, count=len(codes))
    send_security_alert(userid, "recovery_codes")
    return codes


def _method_confirmed(user, record: dict, method: str) -> dict:
    """Store the confirmed ``method``; the first method also brings the
    recovery codes (shown once: ``null`` when the account keeps its codes).

    The answer carries a new token: she has just proven her password (the
    session) and the factor. The token she came with is refused from now on
    (a sign-in without the second factor), and the page that shows her
    recovery codes must not be thrown back to the login form."""
    userid = user.getId()
    first = not mfa_methods(userid)
    codes = recovery_codes.new_codes() if first else None
    if codes:
        record["recovery"] = tuple(recovery_codes.recovery_digest(c) for c in codes)
    store.save_account(userid, record)
    # This browser's session cookie, from the password-only sign-in, would
    # now be refused (MFARequired) even on the next sign-in's code step.
    drop_session_cookie(getRequest())
    audit.record("security.mfa_on", userid, method=method)
    send_security_alert(userid, "mfa_on")
    return {
        "enabled": True,
        "methods": mfa_methods(userid),
        "recovery_codes": codes,
        "token": issue_token(getRequest(), user, mfa=True),
    }


def _send_code(user, phone: str) -> str:
    userid = user.getId()
    wait = quota.seconds_before_next_sms(userid)
    if wait:
        raise TooSoon(wait)
    code = sms.new_code()
    minutes = int(SMS_CODE_LIFETIME.total_seconds() // 60)
    text = translate(
        sms.code_message(code, minutes), target_language=member_language(user)
    )
    sms.send_sms_after_commit(phone, text)
    quota.note_sms(userid)
    return code


def _code_record(code: str) -> dict:
    salt = secrets.token_hex(8)
    return {
        "code": store.code_digest(code, salt),
        "salt": salt,
        "expires": clock.now() + SMS_CODE_LIFETIME,
        "tries_left": SMS_CODE_TRIES,
    }


def _expiry(code_record: dict) -> str:
    return code_record["expires"].isoformat(timespec="seconds")


def _spend(code_record: dict) -> dict | None:
    left = code_record["tries_left"] - 1
    return {**code_record, "tries_left": left} if left > 0 else None


def _wrong(code_record: dict | None):
    if code_record is None:
        return messages.NOTHING_PENDING
    return type(messages.CODE_WRONG)(
        messages.CODE_WRONG, mapping={"tries": code_record["tries_left"]}
    )
