from AccessControl import Unauthorized
from oif.tremplin.verification.checks import run_checks
from plone import api
from plone.restapi.services import Service


REVIEW_PROFILES = "oif.tremplin: Review profiles"


class ChecksGet(Service):
    """The automated checks of this profile, run now."""

    def reply(self):
        if not api.user.has_permission(REVIEW_PROFILES, obj=self.context):
            raise Unauthorized(REVIEW_PROFILES)
        return {
            "@id": f"{self.context.absolute_url()}/@tremplin-checks",
            "items": run_checks(self.context),
        }
