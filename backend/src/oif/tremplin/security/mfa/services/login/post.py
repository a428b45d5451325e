"""``POST @login``: plone.restapi's login, with the login guard and MFA.

Registered on our layer under the stock name, so Volto and integrators keep
calling ``@login``. Without MFA the answer is the stock one (``token``; but
no ``__ac`` cookie, see ``login.drop_session_cookie``); with MFA it is a
challenge for ``@tremplin-login-code`` and nothing that authenticates.
"""

from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.errors import read_json
from oif.tremplin.security.abuse.login_guard import captcha_required
from oif.tremplin.security.abuse.login_guard import lockout_remaining
from oif.tremplin.security.abuse.login_guard import record_failure
from oif.tremplin.security.abuse.login_guard import record_success
from oif.tremplin.security.captcha import captcha_errors
from oif.tremplin.security.mfa import messages
from oif.tremplin.security.mfa.answers import locked_answer
from oif.tremplin.security.mfa.challenges import challenge_answer
from oif.tremplin.security.mfa.login import check_password
from oif.tremplin.security.mfa.login import complete_login
from oif.tremplin.security.mfa.login import find_user_folder
from oif.tremplin.security.mfa.login import has_jwt_plugin
from oif.tremplin.security.mfa.policy import mfa_methods
from oif.tremplin.security.mfa.policy import mfa_required
from oif.tremplin.security.passwords import rehash_if_needed
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides


class Login(Service):
    """Password step of a sign-in."""

    def check_permission(self):
        """Anyone may try to sign in (zope.Public, as plone.restapi's)."""

    def reply(self):
        data = read_json(self.request)
        data = data if isinstance(data, dict) else {}
        login, password = data.get("login"), data.get("password")
        if not (
            isinstance(login, str) and login and isinstance(password, str) and password
        ):
            return self._error(400, "Missing credentials", messages.MISSING_CREDENTIALS)
        alsoProvides(self.request, IDisableCSRFProtection)
        if wait := lockout_remaining(self.request, login):
            return locked_answer(self.request, wait)
        if captcha_required(self.request, login) and (errors := captcha_errors(data)):
            raise field_errors(errors)
        user_folder = find_user_folder(self.context, login)
        if user_folder is not None and not has_jwt_plugin(user_folder):
            return self._error(
                501, "Login failed", "JWT authentication plugin not installed."
            )
        user = check_password(self.context, self.request, login, password)
        if user is None:
            record_failure(self.request, login)
            answer = self._error(
                401, "Invalid credentials", messages.INVALID_CREDENTIALS
            )
            answer["captcha_required"] = captcha_required(self.request, login)
            return answer
        rehash_if_needed(user.getId(), password)
        if methods := mfa_methods(user.getId()):
            return self._challenge(user, login, methods)
        record_success(self.request, login)
        token = complete_login(self.context, self.request, user, second_factor=None)
        if mfa_required(user):
            return {"token": token, "mfa_enrolment_required": True}
        return {"token": token}

    def _challenge(self, user, login: str, methods: list[str]) -> dict:
        # The account's failures are cleared only when the code step
        # succeeds: otherwise each right password would reset the count and
        # let the codes be guessed without ever reaching the lockout.
        return challenge_answer(user.getId(), login, methods)

    def _error(self, status: int, kind: str, message) -> dict:
        self.request.response.setStatus(status)
        text = translate(message, context=self.request)
        return {"error": {"type": kind, "message": text}}
