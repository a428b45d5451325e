"""``DELETE @tremplin-external-identities/<provider>``: unlink one of the
caller's own external accounts."""

from oif.tremplin.security.external import messages
from oif.tremplin.security.external.identities import unlink_identity
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


@implementer(IPublishTraverse)
class ExternalIdentityDelete(Service):
    """The path names a provider, never a member: she unlinks her own."""

    segments: tuple = ()

    def publishTraverse(self, request, name):
        self.segments = (*self.segments, name)
        return self

    def reply(self):
        userid = api.user.get_current().getId()
        alsoProvides(self.request, IDisableCSRFProtection)
        provider = self.segments[0] if len(self.segments) == 1 else ""
        if not provider or not unlink_identity(userid, provider):
            self.request.response.setStatus(404)
            message = translate(messages.NOT_LINKED, context=self.request)
            return {"error": {"type": "NotLinked", "message": message}}
        return self.reply_no_content()
