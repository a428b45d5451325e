from oif.tremplin.accounts.registration import TooManyMails
from oif.tremplin.accounts.registration import resend
from oif.tremplin.accounts.services.throttling import too_many_mails
from oif.tremplin.accounts.validation import EMAIL_INVALID
from oif.tremplin.accounts.validation import normalized_email
from oif.tremplin.core import clock
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.errors import read_json
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from Products.CMFPlone.RegistrationTool import EmailAddressInvalid
from Products.CMFPlone.RegistrationTool import checkEmailAddress
from zope.interface import alsoProvides


class ResendPost(Service):
    """A new confirmation link; the same 202 whether the address waits for
    one or not, so nobody learns who registered."""

    def reply(self):
        data = read_json(self.request)
        email = normalized_email(data.get("email") if isinstance(data, dict) else "")
        try:
            checkEmailAddress(email)
        except EmailAddressInvalid:
            raise field_errors({"email": EMAIL_INVALID}) from None
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            resend(email, clock.now())
        except TooManyMails as too_soon:
            return too_many_mails(self.request, too_soon.retry_after)
        self.request.response.setStatus(202)
        return {"email": email}
