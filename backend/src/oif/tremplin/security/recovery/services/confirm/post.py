from oif.tremplin.accounts.validation import EMAIL_INVALID
from oif.tremplin.accounts.validation import REQUIRED
from oif.tremplin.accounts.validation import normalized_email
from oif.tremplin.core import clock
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.errors import read_json
from oif.tremplin.security.passwords import password_message
from oif.tremplin.security.recovery.codes import CodeRefused
from oif.tremplin.security.recovery.messages import CODE_ERRORS
from oif.tremplin.security.recovery.messages import CODE_FORMAT
from oif.tremplin.security.recovery.messages import wrong_code
from oif.tremplin.security.recovery.reset import PasswordRefused
from oif.tremplin.security.recovery.reset import confirm_reset
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from Products.CMFPlone.RegistrationTool import EmailAddressInvalid
from Products.CMFPlone.RegistrationTool import checkEmailAddress
from zope.i18n import translate
from zope.interface import alsoProvides

import json
import re


CODE_PATTERN = re.compile(r"\d{6}")


def normalized_code(value) -> str:
    """What people paste: "123 456", "123-456", with spaces around."""
    return re.sub(r"[\s-]", "", value) if isinstance(value, str) else ""


def request_errors(email: str, code: str, password) -> dict:
    errors = {}
    try:
        checkEmailAddress(email)
    except EmailAddressInvalid:
        errors["email"] = EMAIL_INVALID if email else REQUIRED
    if not CODE_PATTERN.fullmatch(code):
        errors["code"] = CODE_FORMAT
    if not isinstance(password, str) or not password:
        errors["password"] = REQUIRED
    return errors


class PasswordResetConfirmPost(Service):
    """The code from the mail and a new password: the password is set."""

    def reply(self):
        data = read_json(self.request)
        data = data if isinstance(data, dict) else {}
        email = normalized_email(data.get("email"))
        code = normalized_code(data.get("code"))
        password = data.get("password")
        errors = request_errors(email, code, password)
        if errors:
            raise field_errors(errors)
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            confirm_reset(email, code, password, clock.now())
        except CodeRefused as refused:
            return self.code_refused(refused)
        except PasswordRefused as weak:
            raise field_errors({"password": password_message(weak.problems)}) from weak
        return {"status": "reset"}

    def code_refused(self, refused: CodeRefused) -> dict:
        """The 400 of ``field_errors``, returned rather than raised: the try
        a wrong code used up must be committed."""
        if refused.reason == "wrong":
            message = wrong_code(refused.tries_left)
        else:
            message = CODE_ERRORS[refused.reason]
        self.request.response.setStatus(400)
        errors = [
            {"field": "code", "message": translate(message, context=self.request)}
        ]
        return {
            "type": "BadRequest",
            "message": json.dumps(errors, ensure_ascii=False),
            "reason": refused.reason,
            "tries_left": refused.tries_left,
        }
