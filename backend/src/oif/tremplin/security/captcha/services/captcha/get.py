from oif.tremplin.security.captcha.challenge import new_challenge
from plone.restapi.services import Service


class CaptchaGet(Service):
    """A fresh ALTCHA challenge for the Volto widget (anonymous visitors)."""

    def reply(self):
        # Each challenge is single-use: no cache may hand it to someone else.
        self.request.response.setHeader("Cache-Control", "no-store")
        return new_challenge(self.request)
