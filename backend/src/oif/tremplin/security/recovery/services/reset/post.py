from oif.tremplin.accounts.registration import TooManyMails
from oif.tremplin.accounts.services.throttling import too_many_mails
from oif.tremplin.accounts.validation import EMAIL_INVALID
from oif.tremplin.accounts.validation import REQUIRED
from oif.tremplin.accounts.validation import normalized_email
from oif.tremplin.core import clock
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.errors import read_json
from oif.tremplin.security.captcha import captcha_errors
from oif.tremplin.security.captcha import honeypot_errors
from oif.tremplin.security.recovery.codes import CODE_LIFETIME
from oif.tremplin.security.recovery.reset import request_reset
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from Products.CMFPlone.RegistrationTool import EmailAddressInvalid
from Products.CMFPlone.RegistrationTool import checkEmailAddress
from zope.interface import alsoProvides


def email_error(email: str):
    if not email:
        return REQUIRED
    try:
        checkEmailAddress(email)
    except EmailAddressInvalid:
        return EMAIL_INVALID
    return None


class PasswordResetPost(Service):
    """Mail a reset code. The same 202 (or 429) whether the address is a
    member's or not, so nobody learns who has an account."""

    def reply(self):
        data = read_json(self.request)
        data = data if isinstance(data, dict) else {}
        email = normalized_email(data.get("email"))
        errors = honeypot_errors(data)
        if email_error(email):
            errors["email"] = email_error(email)
        # A 400 aborts the transaction: the solution is not spent by it.
        errors.update(captcha_errors(data))
        if errors:
            raise field_errors(errors)
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            request_reset(email, clock.now())
        except TooManyMails as too_soon:
            return too_many_mails(self.request, too_soon.retry_after)
        self.request.response.setStatus(202)
        return {"email": email, "expires_in": int(CODE_LIFETIME.total_seconds())}
