from oif.tremplin.access.temporary import GRANT_PERMISSION
from oif.tremplin.access.temporary import grants_of
from oif.tremplin.access.temporary import serialize_grant
from oif.tremplin.core.services import require
from plone.restapi.services import Service


class TemporaryAccessGet(Service):
    """The temporary access grants of this object."""

    def reply(self):
        require(GRANT_PERMISSION, self.context)
        return {
            "@id": f"{self.context.absolute_url()}/@tremplin-temporary-access",
            "items": [serialize_grant(g) for g in grants_of(self.context)],
        }
