"""POST @tremplin-featured: the OIF team recommends a profile (or stops)."""

from oif.tremplin import _
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.errors import read_json
from oif.tremplin.directory.featuring import set_featured
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.interface import alsoProvides


NOT_A_FLAG = _("error_featured_not_a_flag", default="Enter true or false.")


class FeaturedPost(Service):
    """Moderators may not edit a verified profile, yet they recommend it."""

    def reply(self):
        featured = read_json(self.request).get("featured")
        if not isinstance(featured, bool):
            raise field_errors({"featured": NOT_A_FLAG})
        alsoProvides(self.request, IDisableCSRFProtection)
        set_featured(self.context, featured)
        return {"featured": featured}
