"""``POST @tremplin-mfa/<action>``: the caller sets up, checks or turns off
her own second factors. Nothing in the path or the body names a member: the
service acts on the authenticated user only."""

from oif.tremplin.core.errors import read_json
from oif.tremplin.security.abuse.login_guard import lockout_remaining
from oif.tremplin.security.mfa import enrolment
from oif.tremplin.security.mfa import messages
from oif.tremplin.security.mfa.answers import CountedError
from oif.tremplin.security.mfa.answers import field_error_answer
from oif.tremplin.security.mfa.answers import locked_answer
from oif.tremplin.security.mfa.answers import too_soon_answer
from oif.tremplin.security.mfa.answers import unavailable_answer
from oif.tremplin.security.mfa.confirmation import confirm_owner
from oif.tremplin.security.mfa.login import login_name
from oif.tremplin.security.mfa.sms import SMSUnavailable
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zExceptions import NotFound
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


def _start_totp(user, data: dict) -> dict:
    return enrolment.start_totp(user)


def _confirm_totp(user, data: dict) -> dict:
    return enrolment.confirm_totp(user, data.get("code"))


def _start_sms(user, data: dict) -> dict:
    return enrolment.start_sms(user, data.get("phone"))


def _confirm_sms(user, data: dict) -> dict:
    return enrolment.confirm_sms(user, data.get("code"))


def _send_sms_code(user, data: dict) -> dict:
    return enrolment.send_action_code(user)


def _disable(user, data: dict) -> dict:
    enrolment.disable(user)
    return enrolment.status(user)


def _new_recovery_codes(user, data: dict) -> dict:
    return {"recovery_codes": enrolment.regenerate_recovery_codes(user)}


ACTIONS = {
    ("totp",): _start_totp,
    ("totp", "confirm"): _confirm_totp,
    ("sms",): _start_sms,
    ("sms", "confirm"): _confirm_sms,
    ("sms", "send"): _send_sms_code,
}
# These need the password and a current code first.
GUARDED_ACTIONS = {
    ("disable",): _disable,
    ("recovery-codes",): _new_recovery_codes,
}


@implementer(IPublishTraverse)
class MFAPost(Service):
    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        self.params.append(name)
        return self

    def reply(self):
        path = tuple(self.params)
        action = ACTIONS.get(path) or GUARDED_ACTIONS.get(path)
        if action is None:
            raise NotFound("/".join(path))
        data = read_json(self.request)
        data = data if isinstance(data, dict) else {}
        user = api.user.get_current()
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            if path in GUARDED_ACTIONS:
                if wait := lockout_remaining(self.request, login_name(user)):
                    return locked_answer(self.request, wait)
                confirm_owner(self.request, user, data)
            return action(user, data)
        except CountedError as error:
            return field_error_answer(self.request, error.errors)
        except enrolment.TooSoon as too_soon:
            message = type(messages.SMS_TOO_SOON)(
                messages.SMS_TOO_SOON, mapping={"seconds": too_soon.retry_after}
            )
            return too_soon_answer(self.request, too_soon.retry_after, message)
        except SMSUnavailable:
            return unavailable_answer(self.request)
