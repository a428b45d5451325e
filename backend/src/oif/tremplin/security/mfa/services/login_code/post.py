"""``POST @tremplin-login-code``: the code step of a sign-in with MFA."""

from oif.tremplin.core import audit
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.errors import read_json
from oif.tremplin.security.abuse.login_guard import lockout_remaining
from oif.tremplin.security.abuse.login_guard import record_failure
from oif.tremplin.security.abuse.login_guard import record_success
from oif.tremplin.security.mfa import messages
from oif.tremplin.security.mfa import store
from oif.tremplin.security.mfa.answers import field_error_answer
from oif.tremplin.security.mfa.answers import locked_answer
from oif.tremplin.security.mfa.challenges import ChallengeError
from oif.tremplin.security.mfa.challenges import close_challenge
from oif.tremplin.security.mfa.challenges import LIFETIME
from oif.tremplin.security.mfa.challenges import live_challenge
from oif.tremplin.security.mfa.challenges import spend_try
from oif.tremplin.security.mfa.factors import cleaned
from oif.tremplin.security.mfa.factors import prove_possession
from oif.tremplin.security.mfa.login import complete_login
from oif.tremplin.security.mfa.login import user_by_id
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.interface import alsoProvides


def challenge_error(reason: str):
    message = messages.CHALLENGE_ERRORS[reason]
    minutes = int(LIFETIME.total_seconds() // 60)
    return field_errors({
        "challenge": type(message)(message, mapping={"minutes": minutes})
    })


def read_challenge(request) -> tuple[dict, str, dict]:
    """The body of a code-step request and the live challenge it names
    (400 on the ``challenge`` field when there is none)."""
    data = read_json(request)
    data = data if isinstance(data, dict) else {}
    try:
        key, record = live_challenge(data.get("challenge"))
    except ChallengeError as error:
        raise challenge_error(error.reason) from None
    return data, key, record


class LoginCode(Service):
    """Second factor of a sign-in: a TOTP code, an SMS code or a recovery code."""

    def check_permission(self):
        """Anyone holding a challenge may answer it (zope.Public)."""

    def reply(self):
        data, key, record = read_challenge(self.request)
        code = cleaned(data.get("code"))
        if not code:
            raise field_errors({"code": messages.CODE_MISSING})
        alsoProvides(self.request, IDisableCSRFProtection)
        login, userid = record["login"], record["userid"]
        if wait := lockout_remaining(self.request, login):
            return locked_answer(self.request, wait)
        user = user_by_id(userid)
        if user is None:
            raise challenge_error("unknown")
        method = prove_possession(userid, code, sms=record["sms"])
        if method is None:
            return self._wrong_code(key, record)
        close_challenge(key, record)
        record_success(self.request, login)
        token = complete_login(self.context, self.request, user, second_factor=method)
        if method == "recovery":
            left = len(store.account(userid).get("recovery", ()))
            return {"token": token, "recovery_codes_left": left}
        return {"token": token}

    def _wrong_code(self, key: str, record: dict) -> dict:
        """Spend a try and count a failure (returned: both must commit)."""
        left = spend_try(key, record)
        record_failure(self.request, record["login"])
        audit.record(
            "security.mfa_code_failed",
            record["userid"],
            tries_left=left,
        )
        if not left:
            return field_error_answer(
                self.request, {"challenge": messages.CHALLENGE_ERRORS["exhausted"]}
            )
        wrong = type(messages.CODE_WRONG)(messages.CODE_WRONG, mapping={"tries": left})
        return field_error_answer(self.request, {"code": wrong})
