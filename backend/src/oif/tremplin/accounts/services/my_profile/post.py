from oif.tremplin.accounts.own_profile import create_own_profile
from oif.tremplin.accounts.own_profile import own_profile_errors
from oif.tremplin.core import clock
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.errors import read_json
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zExceptions import Unauthorized
from zope.interface import alsoProvides


class MyProfilePost(Service):
    """Create the signed-in member's draft profile, once; she then
    completes and submits it like any profile."""

    def reply(self):
        if api.user.is_anonymous():
            raise Unauthorized("Sign in first.")
        data = read_json(self.request)
        data = data if isinstance(data, dict) else {}
        user = api.user.get_current()
        errors, values = own_profile_errors(user.getId(), data)
        if errors:
            raise field_errors(errors)
        alsoProvides(self.request, IDisableCSRFProtection)
        profile = create_own_profile(user, data, values, clock.now())
        self.request.response.setStatus(201)
        return {
            "@id": profile.absolute_url(),
            "@type": profile.portal_type,
            "title": profile.title,
            "review_state": api.content.get_state(profile),
        }
