"""``GET @tremplin-external-identities``: the caller's linked accounts and
the providers she may link."""

from oif.tremplin.security.external.identities import linked_identities
from oif.tremplin.security.external.identities import provider_list
from plone import api
from plone.restapi.services import Service
from zExceptions import NotFound
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


@implementer(IPublishTraverse)
class ExternalIdentitiesGet(Service):
    """Only ever about the authenticated member: no path names anyone else."""

    def publishTraverse(self, request, name):
        raise NotFound(name)

    def reply(self):
        userid = api.user.get_current().getId()
        return {
            "@id": f"{self.context.absolute_url()}/@tremplin-external-identities",
            "items": linked_identities(userid),
            "providers": provider_list(),
        }
