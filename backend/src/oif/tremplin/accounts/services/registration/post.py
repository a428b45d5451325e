from oif.tremplin.accounts.registration import TooManyMails
from oif.tremplin.accounts.registration import register
from oif.tremplin.accounts.services.throttling import too_many_mails
from oif.tremplin.accounts.validation import registration_errors
from oif.tremplin.core import clock
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.errors import read_json
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.interface import alsoProvides


class RegistrationPost(Service):
    """Keep a registration until its e-mail is confirmed; mail the link."""

    def reply(self):
        data = read_json(self.request)
        errors, profile = registration_errors(data)
        if errors:
            raise field_errors(errors)
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            record = register(data, profile, clock.now())
        except TooManyMails as too_soon:
            return too_many_mails(self.request, too_soon.retry_after)
        self.request.response.setStatus(201)
        return {
            "email": record["email"],
            "expires": record["expires"].isoformat(timespec="seconds"),
        }
