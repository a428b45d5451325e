"""Proof that the member at the keyboard owns the account, before turning
MFA off or replacing the recovery codes: her password and a current code.

Wrong answers count towards the login guard's lockout (a stolen session
must not become a way to guess the password or the codes at leisure).
"""

from oif.tremplin.core.errors import field_errors
from oif.tremplin.security.abuse.login_guard import record_failure
from oif.tremplin.security.mfa import messages
from oif.tremplin.security.mfa import store
from oif.tremplin.security.mfa.answers import CountedError
from oif.tremplin.security.mfa.factors import cleaned
from oif.tremplin.security.mfa.factors import prove_possession
from oif.tremplin.security.mfa.login import check_password
from oif.tremplin.security.mfa.login import login_name
from oif.tremplin.security.mfa.policy import mfa_enabled
from zope.component.hooks import getSite


def confirm_owner(request, user, data: dict) -> None:
    """Return when ``data`` holds the password of ``user`` and a current
    code (which is consumed); raise field_errors when one is missing (nothing
    counted) or CountedError when one is wrong (a failure is counted)."""
    userid, login = user.getId(), login_name(user)
    password, code = data.get("password"), cleaned(data.get("code"))
    errors = {}
    if not mfa_enabled(userid):
        errors["code"] = messages.NOT_ENABLED
    if not isinstance(password, str) or not password:
        errors["password"] = messages.PASSWORD_MISSING
    if not code and "code" not in errors:
        errors["code"] = messages.CODE_MISSING
    if errors:
        raise field_errors(errors)
    if check_password(getSite(), request, login, password) is None:
        record_failure(request, login)
        raise CountedError({"password": messages.PASSWORD_WRONG})
    record = store.account(userid)
    method = prove_possession(userid, code, sms=record.get("action_code"))
    if method is None:
        record_failure(request, login)
        raise CountedError({"code": messages.CODE_WRONG_NO_COUNT})
    if method == "sms":
        record = store.account(userid)
        record["action_code"] = None
        store.save_account(userid, record)
