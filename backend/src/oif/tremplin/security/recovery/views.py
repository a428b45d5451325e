"""Plone's classic reset pages, moved to the code reset (see configure.zcml)."""

from oif.tremplin.accounts.registration import frontend_url
from plone import api
from Products.Five import BrowserView
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


@implementer(IPublishTraverse)
class ResetMovedView(BrowserView):
    """Redirects ``@@mail_password`` and ``@@passwordreset/<token>`` to the
    Volto page that mails a code; no stock reset link is honoured."""

    def publishTraverse(self, request, name):
        return self  # the token of an old link: ignored

    def __call__(self):
        language = api.portal.get_current_language()
        language = language if language in ("fr", "en") else "fr"
        self.request.response.redirect(f"{frontend_url()}/{language}/password-reset")
        return ""
