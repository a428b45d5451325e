from AccessControl import Unauthorized
from oif.tremplin.verification.review import review_queue
from plone import api
from plone.restapi.services import Service


REVIEW_PROFILES = "oif.tremplin: Review profiles"


class ReviewQueueGet(Service):
    """Profiles waiting for a moderator (submitted, in review, appealed)."""

    def reply(self):
        if not api.user.has_permission(REVIEW_PROFILES, obj=self.context):
            raise Unauthorized(REVIEW_PROFILES)
        items = review_queue(api.portal.get_current_language())
        return {
            "@id": f"{self.context.absolute_url()}/@tremplin-review-queue",
            "items": items,
            "items_total": len(items),
        }
