from oif.tremplin.access.temporary import GRANT_PERMISSION
from oif.tremplin.access.temporary import grant_access
from oif.tremplin.access.temporary import serialize_grant
from oif.tremplin.access.temporary import validate_grant
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.services import read_json_object
from oif.tremplin.core.services import require
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.interface import alsoProvides


class TemporaryAccessPost(Service):
    """Give a member a role on this object for a period (spec §6.2.4)."""

    def reply(self):
        require(GRANT_PERMISSION, self.context)
        fields, errors = validate_grant(read_json_object(self.request))
        if errors:
            raise field_errors(errors)
        alsoProvides(self.request, IDisableCSRFProtection)
        grant = grant_access(self.context, **fields)
        self.request.response.setStatus(201)
        return serialize_grant(grant)
