from AccessControl import Unauthorized
from AccessControl import getSecurityManager
from oif.tremplin.core.completeness import ICompletenessReport
from plone.restapi.services import Service
from Products.CMFCore.permissions import ModifyPortalContent


class CompletenessGet(Service):
    """How complete this profile is, and what is missing: for those who may
    edit it (its owner, the OIF team's administrators)."""

    def reply(self):
        if not getSecurityManager().checkPermission(ModifyPortalContent, self.context):
            raise Unauthorized(ModifyPortalContent)
        return {
            "@id": f"{self.context.absolute_url()}/@tremplin-completeness",
            **ICompletenessReport(self.context),
        }
