from oif.tremplin.access.temporary import GRANT_PERMISSION
from oif.tremplin.access.temporary import revoke_access
from oif.tremplin.core.services import require
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zExceptions import BadRequest
from zExceptions import NotFound
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


@implementer(IPublishTraverse)
class TemporaryAccessDelete(Service):
    """End a grant now: DELETE @tremplin-temporary-access/<id>."""

    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        self.params.append(name)
        return self

    def reply(self):
        require(GRANT_PERMISSION, self.context)
        if len(self.params) != 1:
            raise BadRequest("DELETE @tremplin-temporary-access/<grant id>")
        alsoProvides(self.request, IDisableCSRFProtection)
        if revoke_access(self.context, self.params[0]) is None:
            raise NotFound(self.params[0])
        return self.reply_no_content()
