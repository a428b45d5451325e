from oif.tremplin import _
from oif.tremplin.accounts.pending import InvalidToken
from oif.tremplin.accounts.registration import confirm
from oif.tremplin.accounts.validation import EMAIL_TAKEN
from oif.tremplin.core import clock
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.errors import read_json
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.interface import alsoProvides


TOKEN_ERRORS = {
    "unknown": _(
        "error_token_unknown",
        default=(
            "This confirmation link is not valid. Copy the whole link from the "
            "e-mail, or ask for a new one."
        ),
    ),
    "expired": _(
        "error_token_expired",
        default="This confirmation link has expired. Ask for a new one.",
    ),
    "used": _(
        "error_token_used",
        default=(
            "This confirmation link was already used: your account exists, sign in."
        ),
    ),
    "taken": EMAIL_TAKEN,
}


class ConfirmationPost(Service):
    """Turn a confirmed registration into a member and her draft profile."""

    def reply(self):
        data = read_json(self.request)
        token = data.get("token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            raise field_errors({"token": TOKEN_ERRORS["unknown"]})
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            user, profile = confirm(token, clock.now())
        except InvalidToken as invalid:
            raise field_errors({"token": TOKEN_ERRORS[invalid.reason]}) from invalid
        return {
            "login": user.getProperty("email"),
            "profile": profile.absolute_url(),
        }
