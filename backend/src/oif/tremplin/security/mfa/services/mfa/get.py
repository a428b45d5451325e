"""``GET @tremplin-mfa``: the caller's own second factors."""

from oif.tremplin.security.mfa.enrolment import status
from plone import api
from plone.restapi.services import Service
from zExceptions import NotFound
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


@implementer(IPublishTraverse)
class MFAGet(Service):
    """Only ever about the authenticated member: no path names anyone else."""

    def publishTraverse(self, request, name):
        raise NotFound(name)

    def reply(self):
        return status(api.user.get_current())
