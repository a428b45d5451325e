from datetime import timedelta
from oif.tremplin.accounts.pending import token_hours
from oif.tremplin.accounts.registration import TooManyMails
from oif.tremplin.accounts.registration import register
from oif.tremplin.accounts.services.throttling import too_many_mails
from oif.tremplin.accounts.validation import normalized_email
from oif.tremplin.accounts.validation import registration_errors
from oif.tremplin.core import audit
from oif.tremplin.core import clock
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.errors import read_json
from oif.tremplin.security.captcha import captcha_errors
from oif.tremplin.security.captcha import honeypot_filled
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.interface import alsoProvides


class RegistrationPost(Service):
    """Keep a registration until its e-mail is confirmed; mail the link.

    Anti-robot checks first (docs/developer/security-abuse.md): a missing,
    invalid, expired or reused ``captcha`` is a 400 naming it; a filled
    ``website`` honeypot gets the answer of a success, and nothing is kept
    or mailed, so a robot learns nothing about the trap.
    """

    def reply(self):
        data = read_json(self.request)
        errors = captcha_errors(data)
        if not errors and honeypot_filled(data):
            return self.pretend_success(data)
        field_problems, profile = registration_errors(data)
        errors.update(field_problems)
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

    def pretend_success(self, data: dict) -> dict:
        """The 201 of a registration, for a robot: only the audit entry and
        the spent captcha are written."""
        alsoProvides(self.request, IDisableCSRFProtection)
        audit.record("security.honeypot", "", service="registration")
        expires = clock.now() + timedelta(hours=token_hours())
        self.request.response.setStatus(201)
        return {
            "email": normalized_email(data.get("email")),
            "expires": expires.isoformat(timespec="seconds"),
        }
