"""``POST @tremplin-login-sms``: text the sign-in code of a challenge."""

from oif.tremplin.core import clock
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.mail import member_language
from oif.tremplin.security.abuse.login_guard import lockout_remaining
from oif.tremplin.security.mfa import messages
from oif.tremplin.security.mfa import quota
from oif.tremplin.security.mfa import sms
from oif.tremplin.security.mfa import store
from oif.tremplin.security.mfa.answers import locked_answer
from oif.tremplin.security.mfa.answers import too_soon_answer
from oif.tremplin.security.mfa.answers import unavailable_answer
from oif.tremplin.security.mfa.challenges import attach_sms_code
from oif.tremplin.security.mfa.challenges import seconds_before_sms
from oif.tremplin.security.mfa.services.login_code.post import read_challenge
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides


class LoginSMS(Service):
    """Send the code of a sign-in challenge to the account's phone."""

    def check_permission(self):
        """Anyone holding a challenge may ask for its SMS (zope.Public)."""

    def reply(self):
        _data, key, record = read_challenge(self.request)
        userid = record["userid"]
        phone = (store.account(userid).get("sms") or {}).get("phone")
        if not phone:
            raise field_errors({"method": messages.NO_SMS})
        alsoProvides(self.request, IDisableCSRFProtection)
        if wait := lockout_remaining(self.request, record["login"]):
            return locked_answer(self.request, wait)
        wait = seconds_before_sms(record)
        if wait is None:
            raise field_errors({"challenge": messages.SMS_LIMIT})
        wait = max(wait, quota.seconds_before_next_sms(userid))
        if wait:
            message = type(messages.SMS_TOO_SOON)(
                messages.SMS_TOO_SOON, mapping={"seconds": wait}
            )
            return too_soon_answer(self.request, wait, message)
        code = sms.new_code()
        minutes = max(int((record["expires"] - clock.now()).total_seconds() // 60), 1)
        text = translate(
            sms.code_message(code, minutes),
            target_language=member_language(api.user.get(userid=userid)),
        )
        try:
            sms.send_sms_after_commit(phone, text)
        except sms.SMSUnavailable:
            return unavailable_answer(self.request)
        attach_sms_code(key, record, code)
        quota.note_sms(userid)
        self.request.response.setStatus(202)
        return {
            "phone": sms.masked_phone(phone),
            "expires": record["expires"].isoformat(timespec="seconds"),
        }
