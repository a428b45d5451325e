from AccessControl import Unauthorized
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.errors import read_json
from oif.tremplin.verification.review import review
from oif.tremplin.verification.review import review_errors
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.interface import alsoProvides


REVIEW_PROFILES = "oif.tremplin: Review profiles"


class ReviewPost(Service):
    """A moderator's decision on this profile, with her message to the applicant."""

    def reply(self):
        if not api.user.has_permission(REVIEW_PROFILES, obj=self.context):
            raise Unauthorized(REVIEW_PROFILES)
        data = read_json(self.request)
        if not isinstance(data, dict):
            data = {}  # every field is then reported missing
        action, message = data.get("action"), data.get("message", "")
        if errors := review_errors(self.context, action, message):
            raise field_errors(errors)
        alsoProvides(self.request, IDisableCSRFProtection)
        return {
            "@id": self.context.absolute_url(),
            "review_state": review(self.context, action, str(message or "").strip()),
        }
